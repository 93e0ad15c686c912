"""The letter template format and its check (documented in docs/letters.md).

A template is a TOML file in resources/letters/ (or the administrator's
`<data dir>/letter_templates/`):

    key = "vollmacht"               # stable, snake_case ASCII, = the file name
    version = 1                     # raise after every change of content
    title = "Vollmacht"             # German title (lists are sorted by it)
    languages = ["de", "en", "ar"]  # German first; one [text.<lang>] table each
    office = "any"                  # which office {office.*} is: bamf, auslaenderbehoerde, any, none
    primary = "de"                  # "de": the German text binds, the translation follows;
                                    # "client": the client's language first, German after
    draft = false                   # true: every page says "Entwurf zur eigenen Unterschrift"
    deadlines = ["mitwirkung"]      # optional: {deadline.date} only from entries of these
                                    # deadline rules (mfd frist --list); default: any
    note = "…"                      # optional, German, for the counsellor

    [text.de]
    title = "Vollmacht"
    reviewed = true                 # false until a native speaker checked the translation
    paragraphs = [
      "Ich, {client.name}, …",      # one paragraph per line; "\n" breaks a line
    ]

Placeholders (`PLACEHOLDERS`) are filled from the case by `fill.py`; any other `{…}` or
a lone brace is an error. `parse_template` raises `LetterTemplateError`, whose German
message names the file, the line and the field, e.g. „Schreiben-Vorlage „x.toml“,
Zeile 12, Feld „text.ar.paragraphs[3]“: Platzhalter {client.nme} gibt es nicht.“
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import Any

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
MAX_TEXT = 2000
MAX_PARAGRAPHS = 60
# The languages a letter may have (as the handouts): German plus the clients' languages.
LANGUAGES = ("de", "en", "ar", "fa", "uk", "ru", "tr")
RTL_LANGUAGES = frozenset({"ar", "fa"})
OFFICE_KINDS = ("bamf", "auslaenderbehoerde", "any", "none")
PRIMARY = ("de", "client")
PLACEHOLDERS = frozenset({
    "client.name", "client.address", "client.birth_date", "case.number",
    "office.name", "office.address", "deadline.date",
    "service.name", "service.traeger", "service.address",
    "appointment.date", "appointment.time", "appointment.place", "today",
})
_PLACEHOLDER = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)?)\}")

TOP_FIELDS = {"key", "version", "title", "languages", "office", "primary", "draft", "note",
              "deadlines", "text"}
TEXT_FIELDS = {"title", "reviewed", "paragraphs"}


@dataclass(frozen=True)
class LetterText:
    """A template's text in one language."""

    language: str
    title: str
    paragraphs: tuple[str, ...]
    reviewed: bool


@dataclass(frozen=True)
class LetterTemplate:
    key: str
    version: int
    title: str
    languages: tuple[str, ...]
    office: str
    primary: str
    draft: bool
    texts: dict[str, LetterText]
    note: str | None = None
    deadlines: tuple[str, ...] = ()  # deadline rules {deadline.date} may come from; () = any

    def text(self, language: str) -> LetterText:
        return self.texts[language]

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1


class LetterTemplateError(UserError):
    """A template file that cannot be used; the message names file, line and field."""

    def __init__(self, source: str, line: int | None, field: str | None, problem: Msg):
        if line is not None and field:
            where = Msg("letters.where_line_field", source=source, line=line, field=field)
        elif line is not None:
            where = Msg("letters.where_line", source=source, line=line)
        elif field:
            where = Msg("letters.where_field", source=source, field=field)
        else:
            where = Msg("letters.where", source=source)
        super().__init__(Msg("letters.template_error", where=where, problem=problem))
        self.source = source
        self.line = line
        self.field = field
        self.problem = problem


# ----- finding the line of a field --------------------------------------------------------

_HEADER = re.compile(r"^\s*\[")


def _key_line(lines: list[str], start: int, end: int, name: str) -> int | None:
    pattern = re.compile(rf"^\s*[\"']?{re.escape(name)}[\"']?\s*=")
    for index in range(start, end):
        if pattern.match(lines[index]):
            return index
    return None


def locate(text: str, path: tuple[str | int, ...]) -> int:
    """1-based line of the field at `path`, e.g. ("text", "ar", "paragraphs", 2); best
    effort: a paragraph is found when each stands on its own line (as documented)."""
    lines = text.splitlines()
    headers = [i for i, line in enumerate(lines) if _HEADER.match(line)]
    if not path:
        return 1
    if path[0] == "text" and len(path) >= 2:
        header = re.compile(rf"^\s*\[\s*text\s*\.\s*[\"']?{re.escape(str(path[1]))}[\"']?\s*\]")
        start = next((i for i in headers if header.match(lines[i])), None)
        if start is None:
            found = _key_line(lines, 0, headers[0] if headers else len(lines), "text")
            return (found + 1) if found is not None else (headers[0] + 1 if headers else 1)
        following = [h for h in headers if h > start]
        end = following[0] if following else len(lines)
        if len(path) < 3:
            return start + 1
        key_at = _key_line(lines, start + 1, end, str(path[2]))
        if key_at is None:
            return start + 1
        if len(path) >= 4 and isinstance(path[3], int):
            strings = [i for i in range(key_at, end)
                       if re.match(r"^\s*(\w+\s*=\s*\[\s*)?\"", lines[i])]
            if path[3] < len(strings):
                return strings[path[3]] + 1
        return key_at + 1
    found = _key_line(lines, 0, headers[0] if headers else len(lines), str(path[0]))
    return (found + 1) if found is not None else 1


def _field_name(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


# ----- checking ---------------------------------------------------------------------------


class _Checker:
    def __init__(self, text: str, source: str):
        self.source_text = text
        self.source = source

    def fail(self, path: tuple[str | int, ...], problem: Msg) -> LetterTemplateError:
        return LetterTemplateError(self.source, locate(self.source_text, path),
                                   _field_name(path), problem)

    def string(self, value: Any, path: tuple[str | int, ...], *, required: bool = True,
               limit: int = MAX_TEXT, placeholders: bool = False) -> str | None:
        if value is None:
            if required:
                raise self.fail(path, Msg("letters.value_missing"))
            return None
        if not isinstance(value, str):
            raise self.fail(path, Msg("letters.text_expected"))
        text = value.strip()
        if not text:
            raise self.fail(path, Msg("letters.text_empty"))
        if len(text) > limit:
            raise self.fail(path, Msg("letters.text_too_long", limit=limit))
        if placeholders:
            self.placeholders(text, path)
        elif "{" in text or "}" in text:
            raise self.fail(path, Msg("letters.no_placeholder_here"))
        return text

    def placeholders(self, text: str, path: tuple[str | int, ...]) -> None:
        for name in _PLACEHOLDER.findall(text):
            if name not in PLACEHOLDERS:
                raise self.fail(path, Msg("letters.placeholder_unknown", name=name))
        rest = _PLACEHOLDER.sub("", text)
        if "{" in rest or "}" in rest:
            raise self.fail(path, Msg("letters.brace_alone"))

    def choice(self, value: Any, path: tuple[str | int, ...], choices: tuple[str, ...],
               default: str) -> str:
        if value is None:
            return default
        if not isinstance(value, str) or value not in choices:
            raise self.fail(path, Msg("letters.choice_expected", choices=", ".join(choices)))
        return value

    def flag(self, value: Any, path: tuple[str | int, ...], default: bool) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(path, Msg("letters.true_false_expected"))
        return value


def parse_template(text: str, source: str) -> LetterTemplate:
    """Parse and check template text; `source` (the file name) is used in messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        lines = text.splitlines()
        line = int(match.group(1)) if match else (len(lines) or 1)
        problem = (Msg("letters.not_toml_at_column", column=int(match.group(2))) if match
                   else Msg("letters.not_toml"))
        raise LetterTemplateError(source, line, None, problem) from exc
    return check_template_data(data, text, source)


def check_template_data(data: dict[str, Any], text: str, source: str) -> LetterTemplate:
    c = _Checker(text, source)
    unknown = sorted(set(data) - TOP_FIELDS)
    if unknown:
        raise c.fail((unknown[0],), Msg("letters.unknown_field",
                                        allowed=", ".join(sorted(TOP_FIELDS))))
    key = c.string(data.get("key"), ("key",), limit=63) or ""
    if not KEY_PATTERN.match(key):
        raise c.fail(("key",), Msg("letters.key_invalid"))
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise c.fail(("version",), Msg("letters.version_invalid"))
    title = c.string(data.get("title"), ("title",), limit=120) or ""
    note = c.string(data.get("note"), ("note",), required=False)
    office = c.choice(data.get("office"), ("office",), OFFICE_KINDS, "none")
    primary = c.choice(data.get("primary"), ("primary",), PRIMARY, "de")
    draft = c.flag(data.get("draft"), ("draft",), False)
    raw_languages = data.get("languages")
    if (not isinstance(raw_languages, list) or not raw_languages
            or not all(isinstance(v, str) for v in raw_languages)):
        raise c.fail(("languages",), Msg("letters.languages_expected"))
    for language in raw_languages:
        if language not in LANGUAGES:
            raise c.fail(("languages",), Msg("letters.language_unknown", language=language,
                                             allowed=", ".join(LANGUAGES)))
    if raw_languages[0] != "de" or len(set(raw_languages)) != len(raw_languages):
        raise c.fail(("languages",), Msg("letters.german_first"))
    raw_deadlines = data.get("deadlines", [])
    if not isinstance(raw_deadlines, list) or not all(
            isinstance(v, str) and KEY_PATTERN.match(v) for v in raw_deadlines):
        raise c.fail(("deadlines",), Msg("letters.deadline_rules_expected"))
    raw_texts = data.get("text")
    if not isinstance(raw_texts, dict):
        raise c.fail(("text",), Msg("letters.text_tables_expected"))
    for language in raw_texts:
        if language not in raw_languages:
            raise c.fail(("text", language), Msg("letters.text_not_in_languages",
                                                 language=language))
    texts: dict[str, LetterText] = {}
    for language in raw_languages:
        raw = raw_texts.get(language)
        path: tuple[str | int, ...] = ("text", language)
        if not isinstance(raw, dict):
            raise c.fail(path, Msg("letters.text_table_missing", language=language))
        unknown = sorted(set(raw) - TEXT_FIELDS)
        if unknown:
            raise c.fail(path + (unknown[0],), Msg("letters.unknown_field",
                                                   allowed=", ".join(sorted(TEXT_FIELDS))))
        text_title = c.string(raw.get("title"), path + ("title",), limit=120) or ""
        reviewed = raw.get("reviewed")
        if not isinstance(reviewed, bool):
            raise c.fail(path + ("reviewed",), Msg("letters.true_false_expected"))
        paragraphs = raw.get("paragraphs")
        if not isinstance(paragraphs, list) or not paragraphs:
            raise c.fail(path + ("paragraphs",), Msg("letters.paragraphs_expected"))
        if len(paragraphs) > MAX_PARAGRAPHS:
            raise c.fail(path + ("paragraphs",), Msg("letters.too_many_paragraphs",
                                                     limit=MAX_PARAGRAPHS))
        checked = tuple(c.string(p, path + ("paragraphs", i), placeholders=True) or ""
                        for i, p in enumerate(paragraphs))
        texts[language] = LetterText(language, text_title, checked, reviewed)
    return LetterTemplate(key, version, title, tuple(raw_languages), office, primary, draft,
                          texts, note, tuple(raw_deadlines))


def placeholders_in(text: str) -> list[str]:
    return _PLACEHOLDER.findall(text)


def substitute(text: str, values: dict[str, str]) -> str:
    """`text` with each known placeholder replaced by its value."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)
