"""Dated histories of a case: residence status, work/training situation, German level.

One current value is not enough for Case-Management: the statistics count the value at a
period's end, and the case shows how a status developed. Each entry holds a value (None:
not known from then on) valid from a day; the value at a day is the entry with the
latest `valid_from` on or before it (ties: the later entry). The residence status also
stays on the case (`clients.residence_status`, the current value): adding a status here
updates it when the entry is the newest, and db/0011's triggers date every change made
elsewhere (the case form, the CSV import, a correction).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework.clients import parse_date, require_client, touch
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

KINDS = {"residence_status": "residence_status", "work_situation": "work_situation",
         "language_level": "language_level"}  # kind -> value list
_FIELD = {"residence_status": "Aufenthaltsstatus", "work_situation": "Arbeit/Ausbildung",
          "language_level": "Deutschkenntnisse"}


@dataclass(frozen=True)
class Entry:
    id: int
    kind: str
    value: str | None
    valid_from: dt.date
    certificate: bool | None  # language level: a certificate was passed

    def label(self, language: str = "de") -> str:
        return reference.label(KINDS[self.kind], self.value, language) if self.value else ""


def _row(r: tuple[object, ...]) -> Entry:
    return Entry(int(str(r[0])), str(r[1]), None if r[2] is None else str(r[2]),
                 dt.date.fromisoformat(str(r[3])), None if r[4] is None else bool(r[4]))


def add(conn: Connection, client_id: int, kind: str, value: str | None, valid_from: object,
        *, certificate: bool | None = None) -> int:
    """Record that `kind` is `value` from `valid_from` on. Returns the entry's id."""
    if kind not in KINDS:
        raise UserError(Msg("history.unknown_kind", kind=kind[:40]))
    if value is not None:
        reference.require(KINDS[kind], value, _FIELD[kind], allow_none=False)
    day = parse_date(valid_from, "Gültig ab")
    if day is None:
        raise UserError(Msg("history.date_missing"))
    if day > dt.date.today().isoformat():
        raise UserError(Msg("history.date_in_future"))
    if certificate is not None and kind != "language_level":
        certificate = None
    with transaction(conn):
        require_client(conn, client_id)
        cur = conn.execute(
            "INSERT INTO client_history(client_id, kind, value, certificate, valid_from) "
            "VALUES (?, ?, ?, ?, ?)",
            (client_id, kind, value, None if certificate is None else int(certificate), day))
        entry_id = int(cur.lastrowid or 0)
        if kind == "residence_status":
            newest = value_at(conn, client_id, kind, dt.date.today())
            if newest is not None and newest.id == entry_id:
                conn.execute("UPDATE clients SET residence_status = ? WHERE id = ?",
                             (value, client_id))
        touch(conn, client_id)
    return entry_id


def delete(conn: Connection, entry_id: int) -> None:
    """Remove a wrong entry (a correction; the case's current status stays as it is)."""
    with transaction(conn):
        row = conn.execute("SELECT client_id FROM client_history WHERE id = ?",
                           (entry_id,)).fetchone()
        if row is None:
            return
        conn.execute("DELETE FROM client_history WHERE id = ?", (entry_id,))
        touch(conn, int(row[0]))


def entries(conn: Connection, client_id: int, kind: str) -> list[Entry]:
    """The history of `kind`, oldest first."""
    rows = conn.execute(
        "SELECT id, kind, value, valid_from, certificate FROM client_history "
        "WHERE client_id = ? AND kind = ? ORDER BY valid_from, id", (client_id, kind))
    return [_row(r) for r in rows]


def value_at(conn: Connection, client_id: int, kind: str, day: dt.date) -> Entry | None:
    """The entry valid on `day` (None: nothing recorded up to then)."""
    row = conn.execute(
        "SELECT id, kind, value, valid_from, certificate FROM client_history "
        "WHERE client_id = ? AND kind = ? AND valid_from <= ? "
        "ORDER BY valid_from DESC, id DESC LIMIT 1",
        (client_id, kind, day.isoformat())).fetchone()
    return _row(row) if row is not None else None


def values_at(conn: Connection, kind: str, day: dt.date) -> dict[int, str | None]:
    """client id -> value of `kind` on `day`, for every case with an entry up to then
    (one query; the statistics read the value at a period's end)."""
    rows = conn.execute(
        "SELECT client_id, value FROM ("
        "  SELECT client_id, value, row_number() OVER ("
        "    PARTITION BY client_id ORDER BY valid_from DESC, id DESC) AS n"
        "  FROM client_history WHERE kind = ? AND valid_from <= ?) WHERE n = 1",
        (kind, day.isoformat()))
    return {int(r[0]): None if r[1] is None else str(r[1]) for r in rows}
