"""Einreise: when a client arrived in Germany, and the derived "Jahre in Deutschland".

Counsellors often know only the month or the year. The date is stored as the day it
counts as — a month as its 15th, a year as its 1 July — together with its precision
("day", "month", "year"), so the app shows what was entered ("03.2019", "2019") and
statistics compute with one date. `parse()` accepts TT.MM.JJJJ, JJJJ-MM-TT, MM.JJJJ,
JJJJ-MM and JJJJ.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from mfd_desktop import residence_years
from mfd_desktop.domain.casework.clients import require_client, touch
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

PRECISIONS = ("day", "month", "year")
EARLIEST_YEAR = 1900


@dataclass(frozen=True)
class Arrival:
    date: dt.date  # the day it counts as
    precision: str  # "day", "month" or "year"

    def text(self) -> str:
        """As entered: 03.02.2019, 02.2019 or 2019."""
        if self.precision == "year":
            return f"{self.date.year}"
        if self.precision == "month":
            return f"{self.date.month:02d}.{self.date.year}"
        return f"{self.date:%d.%m.%Y}"


def _checked(year: int, month: int, day: int, precision: str, raw: str,
             today: dt.date) -> Arrival:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise UserError(Msg("arrival.invalid", text=raw)) from None
    if year < EARLIEST_YEAR:
        raise UserError(Msg("arrival.invalid", text=raw))
    # a month or year that has begun counts even if its 15th / 1 July lies ahead
    start = {"day": date, "month": dt.date(year, month, 1), "year": dt.date(year, 1, 1)}
    if start[precision] > today:
        raise UserError(Msg("arrival.in_future", text=raw))
    return Arrival(min(date, today), precision)


def parse(text: str | None, *, today: dt.date | None = None) -> Arrival | None:
    """The arrival written in `text`; None for an empty text. UserError otherwise."""
    if text is None or not text.strip():
        return None
    raw = text.strip()
    today = today or dt.date.today()
    if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", raw):
        return _checked(int(m[3]), int(m[2]), int(m[1]), "day", raw, today)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", raw):
        return _checked(int(m[1]), int(m[2]), int(m[3]), "day", raw, today)
    if m := re.fullmatch(r"(\d{1,2})\.(\d{4})", raw):
        return _checked(int(m[2]), int(m[1]), 15, "month", raw, today) \
            if 1 <= int(m[1]) <= 12 else _invalid(raw)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", raw):
        return _checked(int(m[1]), int(m[2]), 15, "month", raw, today) \
            if 1 <= int(m[2]) <= 12 else _invalid(raw)
    if m := re.fullmatch(r"(\d{4})", raw):
        return _checked(int(m[1]), 7, 1, "year", raw, today)
    return _invalid(raw)


def _invalid(raw: str) -> Arrival:
    raise UserError(Msg("arrival.invalid", text=raw[:40]))


def stored(date: str | None, precision: str | None) -> Arrival | None:
    """The Arrival of the columns clients.arrival_date / arrival_precision."""
    if not date:
        return None
    return Arrival(dt.date.fromisoformat(date), precision if precision in PRECISIONS else "day")


def years_in_germany(arrival: Arrival | None, on: dt.date) -> int | None:
    """Full years between the arrival and `on` (None when unknown or not yet arrived)."""
    return residence_years.full_years(arrival.date if arrival else None, on)


def years_band(arrival: Arrival | None, on: dt.date) -> str:
    """Statistics category at `on`: under 1, 1 to under 3, 3 to under 6, 6 and more."""
    return residence_years.band(arrival.date if arrival else None, on)


# ----- on the case ----------------------------------------------------------------------
# Kept apart from the case form's record (clients.Client), so a form that does not show
# the arrival never overwrites it.


def set_arrival(conn: Connection, client_id: int, text: str | None, *,
                today: dt.date | None = None) -> Arrival | None:
    """Store the arrival written in `text` on the case (empty: not known)."""
    parsed = parse(text, today=today)
    with transaction(conn):
        require_client(conn, client_id)
        conn.execute("UPDATE clients SET arrival_date = ?, arrival_precision = ? WHERE id = ?",
                     (parsed.date.isoformat() if parsed else None,
                      parsed.precision if parsed else None, client_id))
        touch(conn, client_id)
    return parsed


def get_arrival(conn: Connection, client_id: int) -> Arrival | None:
    row = conn.execute("SELECT arrival_date, arrival_precision FROM clients WHERE id = ?",
                       (client_id,)).fetchone()
    return stored(row[0], row[1]) if row is not None else None
