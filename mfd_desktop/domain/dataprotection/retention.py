"""Löschfristen: closed cases are deleted a number of years after closing.

The period is the setting `retention_years` (default 3, an administrator's policy can
fix it). `due_for_deletion()` lists closed cases whose period has run out; nothing is
deleted without the counsellor confirming them in "Löschfristen" (or `mfd retention
delete … --yes`). Deletion is real (see `data_subject_rights.delete_clients`: secure
delete, search index merged, VACUUM). Released statistics keep their counts.

A case can be kept longer on purpose (`hold()`, e.g. an ongoing court case); it then
stops showing as due until the given date. Restricted cases (Art. 18) are listed but
not deleted until the restriction is lifted.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mfd_desktop.domain.casework import search
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage import audit
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.domain.retention")

DEFAULT_YEARS = 3
HOLD_REASONS = {  # key -> label ("retention.hold_<key>")
    "ongoing_procedure": Msg("retention.hold_ongoing_procedure"),
    "legal_claims": Msg("retention.hold_legal_claims"),
    "other": Msg("retention.hold_other"),
}

if TYPE_CHECKING:
    from mfd_desktop.settings import SettingsService


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February → 28 February
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class DueCase:
    client_id: int
    case_number: str
    display_name: str
    closed_on: str
    due_on: str
    restricted: bool


def due_for_deletion(conn: Connection, *, years: int = DEFAULT_YEARS,
                     today: dt.date | None = None) -> list[DueCase]:
    """Closed cases whose retention period ended on or before `today`, oldest first."""
    today = today or dt.date.today()
    cutoff = add_years(today, -years)
    rows = conn.execute(
        "SELECT c.id, c.case_number, c.name, c.pseudonym, c.anonymous, c.closed_on, "
        "       r.client_id IS NOT NULL "
        "FROM clients c "
        "LEFT JOIN client_restrictions r ON r.client_id = c.id "
        "LEFT JOIN retention_holds h ON h.client_id = c.id AND h.hold_until >= ? "
        "WHERE c.status = 'abgeschlossen' AND c.closed_on IS NOT NULL AND c.closed_on <= ? "
        "  AND h.client_id IS NULL "
        "ORDER BY c.closed_on, c.case_number",
        (today.isoformat(), cutoff.isoformat())).fetchall()
    out = []
    for cid, number, name, pseudonym, anonymous, closed_on, restricted in rows:
        due = add_years(dt.date.fromisoformat(closed_on), years)
        out.append(DueCase(int(cid), number, search.display_name(name, pseudonym, bool(anonymous)),
                           closed_on, due.isoformat(), bool(restricted)))
    return out


def delete_due(conn: Connection, client_ids: list[int], *, years: int = DEFAULT_YEARS,
               today: dt.date | None = None) -> int:
    """Delete the confirmed cases — only those still due and not restricted. Returns how
    many were deleted. Slow (VACUUM): run in a worker with its own connection."""
    due = {c.client_id: c for c in due_for_deletion(conn, years=years, today=today)}
    chosen = [cid for cid in dict.fromkeys(client_ids) if cid in due]
    if not chosen:
        return 0
    blocked = [cid for cid in chosen if due[cid].restricted]
    if blocked:
        raise dsr.CaseRestrictedError(
            Msg("retention.chosen_cases_are_restricted_art_18", blocked=len(blocked)))
    return dsr.delete_clients(conn, chosen, action="client.retention_deleted")


def hold(conn: Connection, client_id: int, until: dt.date | str, reason: str) -> None:
    """Keep a case beyond its retention period until `until` (with a reason key)."""
    if reason not in HOLD_REASONS:
        raise UserError(Msg("retention.choose_reason_why_case_kept_longer"))
    day = until if isinstance(until, dt.date) else dt.date.fromisoformat(str(until))
    if day <= dt.date.today():
        raise UserError(Msg("retention.date_keep_until_must_in_future"))
    with transaction(conn):
        conn.execute(
            "INSERT INTO retention_holds(client_id, hold_until, reason) VALUES (?, ?, ?) "
            "ON CONFLICT(client_id) DO UPDATE SET hold_until = excluded.hold_until, "
            "reason = excluded.reason", (client_id, day.isoformat(), reason))
        audit.append(conn, "client.retention_hold", record_type="client", record_id=client_id)
    log.info("retention hold for client %d", client_id)


def years_from_settings(settings: SettingsService) -> int:
    """The configured period from a `SettingsService` (policy wins), else the default."""
    try:
        return int(settings.get("retention_years"))
    except Exception:
        return DEFAULT_YEARS
