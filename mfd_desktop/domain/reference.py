"""Reference value lists (Wertelisten) with stable keys, German and English labels.

The lists live in `resources/reference/categories.toml` (from shared/reference/
categories.md) and `resources/reference/countries.toml` (ISO 3166-1 alpha-2 with
German names). Records store keys only; labels are looked up here. Keys are never
renamed; a retired key stays in the file with `deprecated = true` so old records
still show a label, but it is not offered for new input.

Usage:
    reference.get("topics").label("wohnen")           -> "Wohnen"
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

from mfd_desktop.domain import field_labels
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.paths import resources_dir

LIST_NAMES = (
    "residence_status", "protection_status", "special_needs", "topics", "referral_targets",
    "channel", "method", "service", "closing_reason", "gender", "age_band", "languages",
    "sprachmittlung", "case_status", "referral_status", "consent_purpose", "structural_activity",
    "work_situation", "language_level", "plan_outcome", "step_owner", "appointment_kind",
)


@dataclass(frozen=True)
class Label:
    """A label of the reference data in both of its languages; the edge picks one
    (`render(language)`), so the core can put it into a message as it is."""

    de: str
    en: str

    def render(self, language: str = "de") -> str:
        return self.en if language == "en" and self.en else self.de

    def __str__(self) -> str:
        return self.de


@dataclass(frozen=True)
class Value:
    key: str
    de: str
    en: str
    rtl: bool = False
    deprecated: bool = False
    short: str | None = None
    aliases: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def label(self, lang: str = "de") -> str:
        return self.en if lang == "en" else self.de


_PAREN = re.compile(r"\s*\([^)]*\)")


def _loose(text: str) -> str:
    """Case-, space- and accent-insensitive form for matching typed labels."""
    text = unicodedata.normalize("NFKD", text.strip().casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.split())


@dataclass(frozen=True)
class ValueList:
    name: str
    de: str
    en: str
    values: tuple[Value, ...]
    sensitive: bool = False

    @functools.cached_property
    def _by_key(self) -> dict[str, Value]:
        return {v.key: v for v in self.values}

    @functools.cached_property
    def _by_text(self) -> dict[str, str]:
        index: dict[str, str] = {}
        # Later entries never override earlier ones: keys win over labels, labels over aliases.
        for v in self.values:
            index.setdefault(_loose(v.key), v.key)
        for v in self.values:
            for text in (v.de, v.en, v.short or "", *v.aliases):
                if text:
                    index.setdefault(_loose(text), v.key)
        # Labels without their legal reference: "AE § 24" for "AE § 24 (vorübergehender
        # Schutz)", "Duldung" for "Duldung (§ 60a)" – only where that stays unambiguous.
        short_forms: dict[str, set[str]] = {}
        for v in self.values:
            for text in (v.de, v.en):
                bare = _loose(_PAREN.sub("", text))
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
        if key is None:
            return ""
        v = self._by_key.get(key)
        return v.label(lang) if v else key

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


def _value(raw: dict[str, Any]) -> Value:
    known = {"key", "de", "en", "rtl", "deprecated", "short", "aliases"}
    return Value(
        key=raw["key"], de=raw["de"], en=raw.get("en", raw["de"]), rtl=bool(raw.get("rtl", False)),
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
        out[name] = ValueList(name=name, de=section["de"], en=section["en"],
                              values=tuple(_value(v) for v in section["values"]),
                              sensitive=bool(section.get("sensitive", False)))
    return out


@functools.cache
def countries() -> ValueList:
    data = _load_toml("countries.toml")
    return ValueList(name="country", de="Herkunftsland", en="Country of origin",
                     values=tuple(_value(v) for v in data["countries"]))


def get(name: str) -> ValueList:
    if name == "country":
        return countries()
    return _lists()[name]


def all_lists() -> dict[str, ValueList]:
    return dict(_lists())


def label(list_name: str, key: str | None, lang: str = "de") -> str:
    """The label in `lang`, for the edge (GUI, PDFs); the core uses `text()`."""
    return get(list_name).label(key, lang)


def text(list_name: str, key: str | None) -> Label:
    """The label of `key` in both languages (rendered at the edge)."""
    values = get(list_name)
    return Label(values.label(key, "de"), values.label(key, "en"))


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
