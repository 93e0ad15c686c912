"""The Sachbericht's free texts: what the counsellors write for a year's annual report.

Three sections per period (usually a year, "2026"): Schwerpunkte (what the service
concentrated on), Kooperationen (with whom it worked) and Bedarfe (what is missing in
the region). Kept in the vault (`report_texts`, db/0010_report_texts.sql), read by the
Sachbericht (mfd_desktop.reports.sachbericht). No case data belongs here; the app says so
beside the fields. Texts are stored as typed (trailing blanks trimmed), never parsed.
"""

from __future__ import annotations

import datetime as dt

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.stats.periods import parse_period
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

SECTIONS = ("schwerpunkte", "kooperationen", "bedarfe")
MAX_LENGTH = 20_000  # characters per section: about six pages


def _period_key(period: str) -> str:
    return parse_period(period).key  # raises UserError for anything that is not a period


def load(conn: Connection, period: str) -> dict[str, str]:
    """Section -> text ("" where nothing was written) for `period`."""
    key = _period_key(period)
    texts = dict.fromkeys(SECTIONS, "")
    for section, body in conn.execute(
            "SELECT section, body FROM report_texts WHERE period = ?", (key,)):
        texts[str(section)] = str(body)
    return texts


def save(conn: Connection, period: str, texts: dict[str, str]) -> None:
    """Store the sections given in `texts` (others stay as they are); an empty text
    removes the section's row."""
    key = _period_key(period)
    for section, body in texts.items():
        if section not in SECTIONS:
            raise UserError(Msg("report_texts.unknown_section", section=section))
        if len(body) > MAX_LENGTH:
            raise UserError(Msg("report_texts.too_long", limit=MAX_LENGTH))
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with transaction(conn):
        for section, body in texts.items():
            text = "\n".join(line.rstrip() for line in body.strip().splitlines())
            if text:
                conn.execute(
                    "INSERT INTO report_texts(period, section, body, updated_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT(period, section) DO UPDATE SET "
                    "body = excluded.body, updated_at = excluded.updated_at",
                    (key, section, text, now))
            else:
                conn.execute("DELETE FROM report_texts WHERE period = ? AND section = ?",
                             (key, section))
