"""Sync messages as they are kept in the vault: a key and its arguments, never a sentence.

What a run said (`sync_runs.message`) and why the server refused a statistic
(`stats_releases.last_error_de`) are stored as `Msg.to_json()` and rendered at the edge
(German on the command line, the display language in the app). Changing a text in the
catalogue (resources/messages/*/sync.po) therefore never breaks what was stored.

Rows written before migration 0009 hold a German sentence; those that could not be
converted to a key by the migration (sentences with values such as a server's reason)
are shown as they are — old text stays readable.
"""

from __future__ import annotations

import json

from mfd_desktop.messages import Msg, render


def stored(message: Msg | str | None) -> str | None:
    """The text to keep in the vault for `message`."""
    if message is None:
        return None
    return message.to_json() if isinstance(message, Msg) else message


def load(text: str | None) -> Msg | str | None:
    """A message kept by `stored()`; an older row's plain sentence comes back as text."""
    if not text or not text.startswith("{"):
        return text
    try:
        return Msg.from_json(text)
    except (ValueError, TypeError, KeyError, json.JSONDecodeError):
        return text


def text_of(stored_text: str | None, language: str = "de") -> str:
    """A kept message in `language` ("" for none)."""
    message = load(stored_text)
    return render(message, language) if message is not None else ""
