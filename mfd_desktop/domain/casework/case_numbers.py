"""Case numbers (Fallnummern): "<site>-<year>-<NNNN>", e.g. "MZ-2026-0042".

Generated per site and year from the `site_code` setting; counsellors may edit a
number (e.g. to keep the one from an old Excel list), so any non-empty text of up to
40 printable characters is accepted as long as it is unique (case-insensitively).
"""

from __future__ import annotations

import datetime as dt
import json
import re

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.settings import SITE_CODE
from mfd_desktop.storage.connection import Connection

_SITE_CODE = re.compile(r"^[A-Z0-9]{1,8}$")
MAX_LENGTH = 40


def site_code(conn: Connection) -> str:
    row = conn.execute("SELECT value_json FROM settings WHERE key = ?", (SITE_CODE.key,)).fetchone()
    if row:
        try:
            value = json.loads(row[0])
        except ValueError:
            value = None
        if isinstance(value, str) and _SITE_CODE.match(value.strip().upper()):
            return value.strip().upper()
    default: str = SITE_CODE.default
    return default


def set_site_code(conn: Connection, code: str) -> str:
    code = (code or "").strip().upper()
    if not _SITE_CODE.match(code):
        raise UserError(Msg("case_numbers.short_code_counselling_service_has_1"))
    conn.execute(
        "INSERT INTO settings(key, value_json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
        "SET value_json = excluded.value_json, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')",
        (SITE_CODE.key, json.dumps(code)),
    )
    return code


def next_case_number(conn: Connection, year: int | None = None) -> str:
    """The next free number for this site and year (one past the highest used)."""
    year = year or dt.date.today().year
    prefix = f"{site_code(conn)}-{year}-"
    highest = 0
    rows = conn.execute(
        "SELECT case_number FROM clients WHERE case_number LIKE ? ESCAPE '\\'",
        (prefix.replace("_", "\\_").replace("%", "\\%") + "%",),
    )
    for (number,) in rows:
        tail = number[len(prefix):]
        if tail.isdigit():
            highest = max(highest, int(tail))
    return f"{prefix}{highest + 1:04d}"


def example(conn: Connection, year: int | None = None) -> str:
    """A number in this site's form for placeholders, e.g. "MZ-2026-0042" (never a real
    next number: a placeholder must not look like a value to copy)."""
    return f"{site_code(conn)}-{year or dt.date.today().year}-0042"


def normalise(number: str | None) -> str:
    """The case number as it will be stored, or UserError (German) if it cannot be one."""
    text = " ".join((number or "").split())
    if not text:
        raise UserError(Msg("case_numbers.enter_case_number"))
    if len(text) > MAX_LENGTH:
        raise UserError(Msg("case_numbers.case_number_too_long_at_most", MAX_LENGTH=MAX_LENGTH))
    if not all(ch.isprintable() for ch in text):
        raise UserError(Msg("case_numbers.case_number_contains_control_characters_that"))
    return text


def is_taken(conn: Connection, number: str, except_client_id: int | None = None) -> bool:
    row = conn.execute(
        "SELECT id FROM clients WHERE case_number = ? COLLATE NOCASE AND id IS NOT ?",
        (number, except_client_id),
    ).fetchone()
    return row is not None
