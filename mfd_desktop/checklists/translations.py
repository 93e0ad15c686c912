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

from mfd_desktop.errors import UserError
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

# English names for the picker in the English app (as the reference list "languages").
LANGUAGE_NAMES_EN = {
    "de": "German only",
    "en": "English",
    "ar": "Arabic",
    "fa": "Farsi/Persian",
    "uk": "Ukrainian",
    "ru": "Russian",
    "tr": "Turkish",
}


def language_name(code: str, language: str = "de") -> str:
    """The name of handout language `code` for the picker, in `language` (de/en)."""
    names = LANGUAGE_NAMES_EN if language == "en" else LANGUAGE_NAMES_DE
    return names.get(code, code)

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


def _problem(path: Path, message: str, en: str) -> UserError:
    return UserError(f"Übersetzungsdatei „{path.name}“: {message}",
                     en=f"Translation file “{path.name}”: {en}")


def parse_translation(path: Path) -> Translation:
    """Read and check one translation file; raises `UserError` with a German message."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise _problem(path, f"kein gültiges TOML ({exc}).", f"not valid TOML ({exc}).") from exc
    except OSError as exc:
        raise _problem(path, "kann nicht gelesen werden.", "cannot be read.") from exc
    language = data.get("language")
    if not isinstance(language, str) or language != path.stem:
        raise _problem(path, "Feld „language“ fehlt oder passt nicht zum Dateinamen.",
                       "the field “language” is missing or does not match the file name.")
    direction = data.get("direction", "ltr")
    if direction not in ("ltr", "rtl"):
        raise _problem(path, "Feld „direction“ muss „ltr“ oder „rtl“ sein.",
                       "the field “direction” must be “ltr” or “rtl”.")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _problem(path, "Feld „name“ fehlt.", "the field “name” is missing.")
    sections: dict[str, dict[str, Entry]] = {}
    for section in SECTIONS:
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise _problem(path, f"„[{section}]“ muss eine Tabelle sein.",
                           f"“[{section}]” must be a table.")
        entries = {}
        for key, value in table.items():
            if (not isinstance(value, dict) or not isinstance(value.get("text"), str)
                    or not value["text"].strip() or not isinstance(value.get("reviewed"), bool)):
                raise _problem(path, f"Eintrag „{section}.{key}“ braucht text (Text) und "
                                     "reviewed (true/false).",
                               f"the entry “{section}.{key}” needs text (text) and reviewed "
                               "(true/false).")
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
        raise UserError(f"Für die Sprache „{language}“ gibt es keine Übersetzung. "
                        f"Verfügbar: de, {known}.",
                        en=f"There is no translation for the language “{language}”. "
                           f"Available: de, {known}.")
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
