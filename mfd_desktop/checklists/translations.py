"""Translations of checklist texts for client handouts (resources/checklists/translations/).

One TOML file per language. Every string carries `reviewed`: true only after a native
speaker checked it. Machine-made or non-native texts stay `reviewed = false`, and the
handout (and the app) then shows "Übersetzung nicht geprüft".

Lookup keys:
- `items`: the document key (`pass`, `meldebescheinigung`, …) – shared by all templates;
- `titles`, `offices`: the template key;
- `conditions`: the German condition text of the template ("falls verheiratet"), like a
  gettext msgid, so an administrator's template that reuses a known condition is
  translated too;
- `phrases`: fixed handout phrases (see `SOURCE_PHRASES` for the German originals).

A missing translation is not an error: the handout then prints the German text only.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from mfd_desktop import messages
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg, dynamic
from mfd_desktop.paths import resources_dir

SECTIONS = ("phrases", "titles", "offices", "items", "conditions")

# Handout languages besides German, in the order offered in the app.
HANDOUT_LANGUAGES = ("en", "ar", "fa", "uk", "ru", "tr")
RTL_LANGUAGES = frozenset({"ar", "fa", "prs", "ps", "ckb", "ur"})

# German names for the language picker (from the reference list "languages").
LANGUAGE_NAMES_DE = {
    "de": "nur Deutsch",
    "en": "Englisch",
    "ar": "Arabisch",
    "fa": "Farsi/Persisch",
    "uk": "Ukrainisch",
    "ru": "Russisch",
    "tr": "Türkisch",
}

messages.DYNAMIC_PREFIXES["translations.language_"] = __name__


def language_name(code: str) -> Msg | str:
    """The name of handout language `code` for the picker (rendered by the GUI)."""
    return dynamic(f"translations.language_{code}") if code in LANGUAGE_NAMES_DE else code

# The German source of the fixed handout phrases.
SOURCE_PHRASES = {
    "heading": "Bitte bringen Sie diese Unterlagen mit",
    "office": "Stelle",
    "appointment": "Termin",
    "client": "Für",
    "hint_copies": "Bitte bringen Sie die Originale und je eine Kopie mit. Dokumente in einer "
                   "anderen Sprache brauchen meist eine beglaubigte Übersetzung ins Deutsche.",
    "hint_varies": "Die Anforderungen können je nach Behörde abweichen. Bei Fragen wenden Sie "
                   "sich an Ihre Beratungsstelle.",
    "unreviewed": "Übersetzung nicht geprüft",
    "created": "Erstellt am",
    "contact": "Ihre Beratungsstelle",
    "phone": "Telefon",
    "hours": "Öffnungszeiten",
}


@dataclass(frozen=True)
class Entry:
    text: str
    reviewed: bool


@dataclass(frozen=True)
class Translation:
    language: str
    name: str
    direction: str
    sections: dict[str, dict[str, Entry]] = field(default_factory=dict)

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    def get(self, section: str, key: str) -> Entry | None:
        return self.sections.get(section, {}).get(key)

    def unreviewed_count(self) -> int:
        return sum(1 for table in self.sections.values() for e in table.values() if not e.reviewed)

    def total_count(self) -> int:
        return sum(len(table) for table in self.sections.values())


def translations_dir() -> Path:
    return resources_dir() / "checklists" / "translations"


def _problem(path: Path, problem: Msg) -> UserError:
    return UserError(Msg("translations.translation_file", name=path.name, problem=problem))


def parse_translation(path: Path) -> Translation:
    """Read and check one translation file; raises `UserError` with a German message."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise _problem(path, Msg("translations.not_valid_toml", exc=exc)) from exc
    except OSError as exc:
        raise _problem(path, Msg("translations.cannot_read")) from exc
    language = data.get("language")
    if not isinstance(language, str) or language != path.stem:
        raise _problem(path, Msg("translations.field_language_missing_does_not_match"))
    direction = data.get("direction", "ltr")
    if direction not in ("ltr", "rtl"):
        raise _problem(path, Msg("translations.field_direction_must_ltr_rtl"))
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _problem(path, Msg("translations.field_name_missing"))
    sections: dict[str, dict[str, Entry]] = {}
    for section in SECTIONS:
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise _problem(path, Msg("translations.must_table", section=section))
        entries = {}
        for key, value in table.items():
            if (not isinstance(value, dict) or not isinstance(value.get("text"), str)
                    or not value["text"].strip() or not isinstance(value.get("reviewed"), bool)):
                raise _problem(path, Msg("translations.entry_needs_text_text_reviewed_true",
                                         section=section, key=key))
            entries[key] = Entry(value["text"].strip(), value["reviewed"])
        sections[section] = entries
    return Translation(language, name.strip(), direction, sections)


@functools.lru_cache(maxsize=16)
def _load_cached(path_str: str, _mtime: float) -> Translation:
    return parse_translation(Path(path_str))


def load_translation(language: str) -> Translation:
    """The translation for `language` (cached until the file changes)."""
    path = translations_dir() / f"{language}.toml"
    if language not in available_languages():
        known = ", ".join(available_languages())
        raise UserError(Msg("translations.there_no_translation_for_language_available",
                            language=language, known=known))
    return _load_cached(str(path), path.stat().st_mtime)


def available_languages() -> list[str]:
    directory = translations_dir()
    found = {p.stem for p in directory.glob("*.toml")} if directory.exists() else set()
    ordered = [lang for lang in HANDOUT_LANGUAGES if lang in found]
    return ordered + sorted(found - set(ordered))


def unreviewed_summary() -> dict[str, tuple[int, int]]:
    """Per language: (unreviewed strings, all strings)."""
    out = {}
    for language in available_languages():
        tr = load_translation(language)
        out[language] = (tr.unreviewed_count(), tr.total_count())
    return out
