"""Reference value lists (Wertelisten) with stable keys; their labels are in the message catalogue.

The lists live in `resources/reference/categories.toml` (from shared/reference/
categories.md) and `resources/reference/countries.toml` (ISO 3166-1 alpha-2): keys,
order and flags (rtl, deprecated, short forms, aliases, extra fields), no labels. Records
store keys only. Keys are never renamed; a retired key stays in the file with
`deprecated = true` so old records still show a label, but it is not offered for new input.

Labels are catalogue texts like every other message (mfd_desktop/messages.py):
"ref.<list>.<key>" for a value, "ref.<list>._title" for a list's name, in
resources/messages/de/ref.po (German, complete) and en/ref.po; countries are the list
"country" ("ref.country.TR"). A new key in the TOML gets its empty catalogue entry from
scripts/update_messages.py; tests/domain/test_reference.py fails until it has German text.

The core takes a label as a message (`text()`, `Value.text()`), the edge renders it in
the display language; tables and combo boxes ask `label(list, key, language)`, which
reads each list's texts from the catalogue once per language (no gettext call per cell).

Usage:
    reference.text("topics", "wohnen")                -> Msg, rendered at the edge
    reference.label("topics", "wohnen", "en")         -> "Housing"
    reference.get("residence_status").find("Duldung (§ 60a)") -> "duldung"
    reference.countries().find("Türkei")               -> "TR"
    reference.require("channel", key, "Beratungsweg")  -> key or UserError (German)
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, overload

from mfd_desktop import messages
from mfd_desktop.domain import field_labels
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg, dynamic
from mfd_desktop.paths import resources_dir

LIST_NAMES = (
    "residence_status", "protection_status", "special_needs", "topics", "referral_targets",
    "channel", "method", "service", "closing_reason", "gender", "age_band", "languages",
    "sprachmittlung", "case_status", "referral_status", "consent_purpose", "structural_activity",
    "work_situation", "language_level", "plan_outcome", "step_owner", "appointment_kind",
)
COUNTRY = "country"
PREFIX = "ref."
TITLE = "_title"  # "ref.<list>._title": the name of the list
messages.DYNAMIC_PREFIXES[PREFIX] = __name__


def message_key(list_name: str, key: str) -> str:
    """The catalogue key of a value's label ("ref.topics.wohnen")."""
    return f"{PREFIX}{list_name}.{key}"


@dataclass(frozen=True)
class Value:
    list_name: str
    key: str
    rtl: bool = False
    deprecated: bool = False
    short: str | None = None
    aliases: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def text(self) -> Msg:
        """The label as a message, for the core (rendered at the edge)."""
        return dynamic(message_key(self.list_name, self.key))

    def label(self, lang: str = "de") -> str:
        """The label in `lang`, for the edge."""
        return label(self.list_name, self.key, lang)


_PAREN = re.compile(r"\s*\([^)]*\)")


def _loose(text: str) -> str:
    """Case-, space- and accent-insensitive form for matching typed labels."""
    text = unicodedata.normalize("NFKD", text.strip().casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.split())


@dataclass(frozen=True)
class ValueList:
    name: str
    values: tuple[Value, ...]
    sensitive: bool = False

    def title(self) -> Msg:
        """The name of the list ("Beratungsthemen") as a message."""
        return dynamic(message_key(self.name, TITLE))

    @functools.cached_property
    def _by_key(self) -> dict[str, Value]:
        return {v.key: v for v in self.values}

    @functools.cached_property
    def _by_text(self) -> dict[str, str]:
        index: dict[str, str] = {}
        labels = [_labels(self.name, language) for language in messages.LANGUAGES]
        # Later entries never override earlier ones: keys win over labels, labels over aliases.
        for v in self.values:
            index.setdefault(_loose(v.key), v.key)
        for v in self.values:
            for text in (*(texts[v.key] for texts in labels), v.short or "", *v.aliases):
                if text:
                    index.setdefault(_loose(text), v.key)
        # Labels without their legal reference: "AE § 24" for "AE § 24 (vorübergehender
        # Schutz)", "Duldung" for "Duldung (§ 60a)" – only where that stays unambiguous.
        short_forms: dict[str, set[str]] = {}
        for v in self.values:
            for texts in labels:
                bare = _loose(_PAREN.sub("", texts[v.key]))
                if bare:
                    short_forms.setdefault(bare, set()).add(v.key)
        for bare, keys in short_forms.items():
            if len(keys) == 1:
                index.setdefault(bare, next(iter(keys)))
        return index

    def keys(self, *, include_deprecated: bool = False) -> list[str]:
        return [v.key for v in self.values if include_deprecated or not v.deprecated]

    def active(self) -> list[Value]:
        return [v for v in self.values if not v.deprecated]

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def value(self, key: str) -> Value | None:
        return self._by_key.get(key)

    def label(self, key: str | None, lang: str = "de") -> str:
        """The label of `key`; an unknown key is shown as itself (never raises)."""
        return label(self.name, key, lang)

    def find(self, text: str | None) -> str | None:
        """The key for a typed key, German/English label, short form or alias; else None."""
        if text is None:
            return None
        loose = _loose(text)
        if not loose:
            return None
        return self._by_text.get(loose)


def _load_toml(name: str) -> dict[str, Any]:
    with (resources_dir() / "reference" / name).open("rb") as handle:
        return tomllib.load(handle)


def _value(list_name: str, raw: dict[str, Any]) -> Value:
    known = {"key", "rtl", "deprecated", "short", "aliases"}
    return Value(
        list_name=list_name, key=raw["key"], rtl=bool(raw.get("rtl", False)),
        deprecated=bool(raw.get("deprecated", False)), short=raw.get("short"),
        aliases=tuple(raw.get("aliases", ())),
        extra={k: v for k, v in raw.items() if k not in known},
    )


@functools.cache
def _lists() -> dict[str, ValueList]:
    data = _load_toml("categories.toml")
    out: dict[str, ValueList] = {}
    for name in LIST_NAMES:
        section = data[name]
        out[name] = ValueList(name=name, values=tuple(_value(name, v) for v in section["values"]),
                              sensitive=bool(section.get("sensitive", False)))
    return out


@functools.cache
def countries() -> ValueList:
    data = _load_toml("countries.toml")
    return ValueList(name=COUNTRY, values=tuple(_value(COUNTRY, v) for v in data["countries"]))


def get(name: str) -> ValueList:
    if name == COUNTRY:
        return countries()
    return _lists()[name]


def all_lists() -> dict[str, ValueList]:
    return dict(_lists())


def message_keys() -> list[str]:
    """Every catalogue key of the lists, titles included (scripts/update_messages.py)."""
    return [key for values in (*_lists().values(), countries())
            for key in (message_key(values.name, TITLE),
                        *(message_key(values.name, v.key) for v in values.values))]


@functools.cache
def _labels(list_name: str, language: str) -> dict[str, str]:
    """Key -> label of one list in `language`, read from the catalogue once (English falls
    back to German, a key without any text to itself)."""
    out: dict[str, str] = {}
    for v in get(list_name).values:
        name = message_key(list_name, v.key)
        out[v.key] = (messages.text_of(name, language)
                      or messages.text_of(name, messages.REFERENCE_LANGUAGE) or v.key)
    return out


def label(list_name: str, key: str | None, lang: str = "de") -> str:
    """The label in `lang`, for the edge (GUI, PDFs); the core uses `text()`. An unknown
    key is shown as itself (never raises)."""
    if key is None:
        return ""
    return _labels(list_name, lang).get(key, key)


def text(list_name: str, key: str | None) -> Msg | str:
    """The label of `key` as a message (rendered at the edge); an unknown key as itself."""
    if key is None:
        return ""
    value = get(list_name).value(key)
    return value.text() if value else key


@overload
def require(list_name: str, key: str | None, field_label: str, *,
            allow_none: Literal[False]) -> str: ...
@overload
def require(list_name: str, key: str | None, field_label: str, *,
            allow_none: bool = True) -> str | None: ...
def require(list_name: str, key: str | None, field_label: str, *,
            allow_none: bool = True) -> str | None:
    """`key` if it is a valid key of the list (None allowed unless `allow_none=False`).

    Raises UserError with a German sentence naming the field otherwise."""
    if key is None or key == "":
        if allow_none:
            return None
        raise UserError(Msg("reference.choose_value", field_label=field_labels.label(field_label)))
    if key not in get(list_name):
        raise UserError(Msg("reference.not_valid_value",
                            field_label=field_labels.label(field_label), key=_clip(key)))
    return key


def require_many(list_name: str, keys: Iterable[str] | None, field_label: str) -> list[str]:
    """Validated, de-duplicated keys in the given order."""
    out: list[str] = []
    for key in keys or ():
        require(list_name, key, field_label, allow_none=False)
        if key not in out:
            out.append(key)
    return out


def is_rtl(language_key: str | None) -> bool:
    v = get("languages").value(language_key or "")
    return bool(v and v.rtl)


def _clip(text: str, limit: int = 40) -> str:
    text = "".join(ch for ch in str(text) if ch.isprintable())
    return text if len(text) <= limit else text[: limit - 1] + "…"
