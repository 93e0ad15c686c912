"""One keyed message catalogue for everything outside the GUI's own widgets.

The core (domain, storage, security, checklists, stats, sync) never knows which
language is on screen. It returns and raises `Msg` values — a key plus named
arguments — and the edge renders them: the GUI in the display language, the command
line, logs and the PDFs for funders in German.

    Msg("vault.wrong_passphrase")
    Msg("csv.bad_date", line=4, value="31.02.2026")
    Msg("backup.kept_files", count=3)          # plural forms from the catalogue

Catalogues are gettext: `resources/messages/de/*.po` (complete, the reference) and
`en/*.po`, one file per subject — a key's first part names its file ("vault.…" in
vault.po). The labels of the reference value lists are catalogue texts too ("ref.topics.wohnen"
in ref.po, see domain/reference.py). Their msgids are the keys; msgstr holds the text with
`{name}` placeholders (str.format). `scripts/update_messages.py` extracts keys with
Babel and compiles each language's files into one .mo (build output, made by scripts/setup.sh and
the build); at run time only the standard library's `gettext` reads them.

A message with a `count` argument takes the catalogue's plural form for that count.
An argument may itself be a `Msg` (rendered in the same language), a `date`
(TT.MM.JJJJ in both languages, as on the letters counsellors read), a list (joined
with ", ") or a piece of data that carries its own languages and has a
`render(language)` method (a checklist template's title).

Messages are values: `to_json()`/`from_json()` store a key and its arguments, never a
sentence, so changing a text never breaks what was stored (sync run messages, release
errors).

Missing texts: English falls back to German; a key without German text renders as the
key itself (tests/test_messages.py fails on such a key, on unused keys and on English
texts whose placeholders differ from the German ones).
"""

from __future__ import annotations

import datetime as _dt
import gettext
import json
import logging
import string
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

log = logging.getLogger("mfd.messages")

LANGUAGES = ("de", "en")
REFERENCE_LANGUAGE = "de"

# Keys that are built from data (e.g. one per deadline rule) rather than written out
# as literals. Each prefix names the module that builds them; tests/test_messages.py
# counts every catalogue key under such a prefix as used.
DYNAMIC_PREFIXES: dict[str, str] = {}

_Scalar = str | int | float | bool | None


def messages_dir() -> Path:
    from mfd_desktop.paths import resources_dir

    return resources_dir() / "messages"


class Msg:
    """A message key with named arguments; rendered only at the edge."""

    __slots__ = ("key", "args")

    def __init__(self, key: str, /, **args: Any) -> None:
        if not key or not isinstance(key, str):
            raise ValueError("a message needs a key")
        self.key = key
        self.args: dict[str, Any] = args

    @property
    def count(self) -> int | None:
        value = self.args.get("count")
        return value if isinstance(value, int) else None

    def render(self, language: str = REFERENCE_LANGUAGE) -> str:
        return render(self, language)

    def __str__(self) -> str:  # German, as logs and the command line speak
        return render(self, REFERENCE_LANGUAGE)

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in sorted(self.args.items()))
        return f"Msg({self.key!r}{args})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.key, self.args) == (other.key, other.args)

    def __hash__(self) -> int:
        return hash((self.key, json.dumps(_encode_args(self.args), sort_keys=True)))

    # -- persistence: a key and its arguments, never a sentence ------------------------
    def to_json(self) -> str:
        return json.dumps({"key": self.key, "args": _encode_args(self.args)},
                          ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Msg:
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("key"), str):
            raise ValueError("not a stored message")
        args = data.get("args") or {}
        if not isinstance(args, dict):
            raise ValueError("not a stored message")
        return cls(data["key"], **{str(k): _decode(v) for k, v in args.items()})


def dynamic(key: str, /, **args: Any) -> Msg:
    """A message whose key is built from data ("deadline_rule.<rule>.name"). Its prefix
    must be registered in `DYNAMIC_PREFIXES` (the test for unused keys relies on it)."""
    if not any(key.startswith(prefix) for prefix in DYNAMIC_PREFIXES):
        raise ValueError(f"message key {key!r} is built from data but its prefix is not "
                         "registered in messages.DYNAMIC_PREFIXES")
    return Msg(key, **args)


class Lines:
    """Messages (or plain texts) shown one per line, each rendered in the same language."""

    __slots__ = ("items",)

    def __init__(self, items: list[Msg | str]) -> None:
        self.items = list(items)

    def render(self, language: str = REFERENCE_LANGUAGE) -> str:
        return "\n".join(render(item, language) for item in self.items)

    def __str__(self) -> str:
        return self.render(REFERENCE_LANGUAGE)


def _encode(value: Any) -> Any:
    if isinstance(value, Msg):
        return {"$msg": {"key": value.key, "args": _encode_args(value.args)}}
    if isinstance(value, _dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _encode_args(args: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _encode(v) for k, v in args.items()}


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "$date" in value:
            return _dt.date.fromisoformat(value["$date"])
        if "$msg" in value:
            inner = value["$msg"]
            return Msg(inner["key"], **{k: _decode(v) for k, v in inner["args"].items()})
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of `language` (German for anything unknown)."""
    if language not in LANGUAGES:
        language = REFERENCE_LANGUAGE
    path = messages_dir() / f"{language}.mo"
    try:
        with path.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except OSError:
        log.warning("message catalogue %s.mo missing (scripts/update_messages.py)", language)
        return gettext.NullTranslations()


def text_of(key: str, language: str, count: int | None = None) -> str | None:
    """The raw catalogue text of `key` in `language`, or None when it has none."""
    cat = catalogue(language)
    text = cat.ngettext(key, key, count) if count is not None else cat.gettext(key)
    if text == key and count is not None:
        text = cat.gettext(key)  # a key without plural forms also serves counts
    return None if text == key else text


def format_date(day: _dt.date, language: str = REFERENCE_LANGUAGE) -> str:
    """TT.MM.JJJJ — the form counsellors read on letters, in both languages."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def _render_arg(value: Any, language: str) -> Any:
    if isinstance(value, Msg):
        return value.render(language)  # a subclass may render itself (stats.catalogue.Term)
    if callable(getattr(value, "render", None)):  # data with its own languages (Text)
        return value.render(language)
    if isinstance(value, _dt.datetime):
        return format_date(value.date(), language) + value.strftime(" %H:%M")
    if isinstance(value, _dt.date):
        return format_date(value, language)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(_render_arg(v, language)) for v in value)
    return value


def render(message: Any, language: str = REFERENCE_LANGUAGE) -> str:
    """The text of `message` in `language` (English falls back to German).

    Also takes a plain string (returned as it is), None ("") and data with its own
    languages (anything with a `render(language)` method, e.g. a template's `Text`)."""
    if message is None:
        return ""
    if isinstance(message, str):
        return message
    if not isinstance(message, Msg):
        return message.render(language)
    text = text_of(message.key, language, message.count)
    if text is None and language != REFERENCE_LANGUAGE:
        text = text_of(message.key, REFERENCE_LANGUAGE, message.count)
    if text is None:
        log.warning("message key without text: %s", message.key)
        return message.key
    args = {k: _render_arg(v, language) for k, v in message.args.items()}
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):
        log.warning("message %s: arguments do not fit its text", message.key)
        return text


def placeholders(text: str) -> set[str]:
    """The `{name}` placeholders of a catalogue text."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
