"""The checklist template format and its check.

A template is a TOML file (see resources/checklists/*.toml):

    key = "ae_verlaengerung"          # stable, snake_case ASCII, never renamed
    version = 1                       # raise after every change of content
    title = { de = "…", en = "…" }
    office = { de = "…", en = "…" }   # the responsible office (Stelle)
    note = { de = "…", en = "…" }     # optional, for the counsellor

    [[items]]
    key = "pass"                      # document key; unique within the template
    label = { de = "…", en = "…" }
    condition = { de = "falls …", en = "if …" }   # optional
    note = "…"                        # optional, German, for the counsellor

`parse_template` raises `TemplateError` whose German message names the file, the line
and the field, e.g. „Vorlage „x.toml“, Zeile 12, Feld „items[3].label.de“: Text fehlt.“
TOML syntax errors carry their line from the parser; for a wrong or missing field the
line of that key (or of its `[[items]]` block) is looked up in the text.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from typing import Any

from mfd_desktop import messages
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg, dynamic

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
MAX_TEXT = 400
MAX_ITEMS = 200

TOP_FIELDS = {"key", "version", "title", "office", "note", "items"}
ITEM_FIELDS = {"key", "label", "condition", "note"}


@dataclass(frozen=True)
class Text:
    """A template text in German and (optionally) English: data, not a code text. The
    edge picks the language (`render`): English where there is one, else German."""

    de: str
    en: str = ""

    def render(self, language: str = "de") -> str:
        return self.en if language == "en" and self.en else self.de

    def __str__(self) -> str:
        return self.de

    def to_dict(self) -> dict[str, str]:
        return {"de": self.de, "en": self.en} if self.en else {"de": self.de}


@dataclass(frozen=True)
class TemplateItem:
    key: str
    label: Text
    condition: Text | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "label": self.label.to_dict()}
        if self.condition:
            out["condition"] = self.condition.to_dict()
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class Template:
    key: str
    version: int
    title: Text
    office: Text
    items: tuple[TemplateItem, ...]
    note: Text | None = None

    def item(self, key: str) -> TemplateItem | None:
        return next((i for i in self.items if i.key == key), None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "version": self.version,
                               "title": self.title.to_dict(), "office": self.office.to_dict()}
        if self.note:
            out["note"] = self.note.to_dict()
        out["items"] = [i.to_dict() for i in self.items]
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Template:
        """Rebuild from `to_dict()` output (trusted: snapshots written by this app)."""

        def text(d: dict[str, str]) -> Text:
            return Text(d["de"], d.get("en", ""))

        def optional(d: dict[str, str] | None) -> Text | None:
            return text(d) if d else None

        return cls(
            key=data["key"], version=int(data["version"]), title=text(data["title"]),
            office=text(data["office"]), note=optional(data.get("note")),
            items=tuple(TemplateItem(i["key"], text(i["label"]), optional(i.get("condition")),
                                     i.get("note")) for i in data["items"]),
        )


class TemplateError(UserError):
    """A template file that cannot be used; the message names file/line/field.

    `problem` is a message of its own; the error's message puts the place before it."""

    def __init__(self, source: str, line: int | None, field: str | None, problem: Msg):
        if line is not None and field:
            where = Msg("template_schema.where_line_field", source=source, line=line, field=field)
        elif line is not None:
            where = Msg("template_schema.where_line", source=source, line=line)
        elif field:
            where = Msg("template_schema.where_field", source=source, field=field)
        else:
            where = Msg("template_schema.where", source=source)
        super().__init__(Msg("template_schema.error", where=where, problem=problem))
        self.source = source
        self.line = line
        self.field = field
        self.problem = problem


# ----- finding the line of a field --------------------------------------------------------

_HEADER = re.compile(r"^\s*\[")
_ITEMS_HEADER = re.compile(r"^\s*\[\[\s*items\s*\]\]")


def _key_line(lines: list[str], start: int, end: int, name: str) -> int | None:
    pattern = re.compile(rf"^\s*[\"']?{re.escape(name)}[\"']?\s*[=.]")
    for index in range(start, end):
        if pattern.match(lines[index]):
            return index + 1
    return None


def locate(text: str, path: tuple[str | int, ...]) -> int:
    """1-based line of the field at `path` (e.g. ("items", 2, "label", "de")), best effort."""
    lines = text.splitlines()
    headers = [i for i, line in enumerate(lines) if _HEADER.match(line)]
    top_end = headers[0] if headers else len(lines)
    if not path:
        return 1
    if path[0] == "items" and len(path) >= 2 and isinstance(path[1], int):
        blocks = [i for i, line in enumerate(lines) if _ITEMS_HEADER.match(line)]
        if path[1] < len(blocks):
            start = blocks[path[1]]
            following = [h for h in headers if h > start]
            end = following[0] if following else len(lines)
            if len(path) >= 3:
                found = _key_line(lines, start + 1, end, str(path[2]))
                if found:
                    return found
            return start + 1
        found = _key_line(lines, 0, top_end, "items")
        return found or 1
    found = _key_line(lines, 0, top_end, str(path[0]))
    return found or 1


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

    def fail(self, path: tuple[str | int, ...], problem: Msg) -> TemplateError:
        return TemplateError(self.source, locate(self.source_text, path), _field_name(path),
                             problem)

    def string(self, value: Any, path: tuple[str | int, ...], *, required: bool = True,
               limit: int = MAX_TEXT) -> str | None:
        if value is None:
            if required:
                raise self.fail(path, Msg("template_schema.value_missing"))
            return None
        if not isinstance(value, str):
            raise self.fail(path, Msg("template_schema.text_expected_found",
                                      value=_type_name(value)))
        stripped: str = value.strip()
        if not stripped:
            raise self.fail(path, Msg("template_schema.text_empty"))
        if len(stripped) > limit:
            raise self.fail(path, Msg("template_schema.text_too_long_at_most_characters",
                                      limit=limit))
        return stripped

    def text(self, value: Any, path: tuple[str | int, ...], *, required: bool = True,
             need_en: bool = True) -> Text | None:
        if value is None:
            if required:
                raise self.fail(path, Msg("template_schema.value_missing_de_en"))
            return None
        if not isinstance(value, dict):
            raise self.fail(path, Msg("template_schema.expected_found",
                                      value=_type_name(value)))
        unknown = set(value) - {"de", "en"}
        if unknown:
            raise self.fail(path + (sorted(unknown)[0],), Msg("template_schema.unknown_language_de_en_are_allowed"))
        de = self.string(value.get("de"), path + ("de",))
        en = self.string(value.get("en"), path + ("en",), required=need_en)
        return Text(de or "", en or "")

    def key(self, value: Any, path: tuple[str | int, ...]) -> str:
        text = self.string(value, path, limit=63)
        if not KEY_PATTERN.match(text or ""):
            raise self.fail(path, Msg("template_schema.key_has_only_lower_case_letters"))
        return text or ""


messages.DYNAMIC_PREFIXES["template_schema.type_"] = __name__


def _type_name(value: Any) -> Msg | str:
    if isinstance(value, bool):
        kind = "bool"
    elif isinstance(value, int | float):
        kind = "number"
    elif isinstance(value, str | list | dict):
        kind = type(value).__name__
    else:
        return type(value).__name__
    return dynamic(f"template_schema.type_{kind}")


_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
_TOML_END = re.compile(r"\(at end of document\)")


def parse_template(text: str, source: str) -> Template:
    """Parse and check template text; `source` (file name) is used in messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_POSITION.search(message)
        lines = text.splitlines()
        if match:
            line, column = int(match.group(1)), int(match.group(2))
        else:
            line, column = (len(lines) or 1), None
        field = None
        if 0 < line <= len(lines):
            candidate = lines[line - 1].split("=", 1)[0].strip().strip("[]\"' ")
            field = candidate if "=" in lines[line - 1] and candidate else None
        problem = (Msg("template_schema.file_not_valid_toml_at_column", column=column)
                   if column else Msg("template_schema.file_not_valid_toml"))
        raise TemplateError(source, line, field, problem) from exc
    return check_template_data(data, text, source)


def check_template_data(data: dict[str, Any], text: str, source: str) -> Template:
    c = _Checker(text, source)
    unknown = sorted(set(data) - TOP_FIELDS)
    if unknown:
        raise c.fail((unknown[0],), Msg("template_schema.unknown_field_typo_allowed_key_version"))
    key = c.key(data.get("key"), ("key",))
    version = data.get("version")
    if version is None:
        raise c.fail(("version",), Msg("template_schema.value_missing_whole_number_from_1"))
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise c.fail(("version",), Msg("template_schema.whole_number_from_1_expected_found",
                                       version=_type_name(version)))
    title = c.text(data.get("title"), ("title",))
    office = c.text(data.get("office"), ("office",))
    note = c.text(data.get("note"), ("note",), required=False, need_en=False)
    raw_items = data.get("items")
    if raw_items is None:
        raise c.fail(("items",), Msg("template_schema.template_needs_at_least_one_document"))
    if not isinstance(raw_items, list) or not raw_items:
        raise c.fail(("items",), Msg("template_schema.list_documents_items_expected"))
    if len(raw_items) > MAX_ITEMS:
        raise c.fail(("items",), Msg("template_schema.at_most_documents_per_template",
                                     MAX_ITEMS=MAX_ITEMS))
    items = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_items):
        path: tuple[str | int, ...] = ("items", index)
        if not isinstance(raw, dict):
            raise c.fail(path, Msg("template_schema.each_document_table_with_key_label"))
        unknown = sorted(set(raw) - ITEM_FIELDS)
        if unknown:
            raise c.fail(path + (unknown[0],), Msg("template_schema.unknown_field_typo_allowed_key_label"))
        item_key = c.key(raw.get("key"), path + ("key",))
        if item_key in seen:
            raise c.fail(path + ("key",), Msg("template_schema.key_appears_twice",
                                              item_key=item_key))
        seen.add(item_key)
        label = c.text(raw.get("label"), path + ("label",))
        condition = c.text(raw.get("condition"), path + ("condition",), required=False,
                           need_en=False)
        item_note = c.string(raw.get("note"), path + ("note",), required=False)
        items.append(TemplateItem(item_key, label, condition, item_note))  # type: ignore[arg-type]
    return Template(key, version, title, office, tuple(items), note)  # type: ignore[arg-type]


# ----- writing ----------------------------------------------------------------------------


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _inline(text: Text) -> str:
    parts = [f"de = {_q(text.de)}"] + ([f"en = {_q(text.en)}"] if text.en else [])
    return "{ " + ", ".join(parts) + " }"


def dump_template(template: Template) -> str:
    """TOML text for a template (used by the editor and for export)."""
    lines = [
        "# Checklisten-Vorlage für MFD Desktop. Schlüssel nie ändern; nach Änderungen version "
        "erhöhen.",
        f"key = {_q(template.key)}",
        f"version = {template.version}",
        f"title = {_inline(template.title)}",
        f"office = {_inline(template.office)}",
    ]
    if template.note:
        lines.append(f"note = {_inline(template.note)}")
    for item in template.items:
        lines += ["", "[[items]]", f"key = {_q(item.key)}", f"label = {_inline(item.label)}"]
        if item.condition:
            lines.append(f"condition = {_inline(item.condition)}")
        if item.note:
            lines.append(f"note = {_q(item.note)}")
    return "\n".join(lines) + "\n"
