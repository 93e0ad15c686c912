"""Demo appointments (synthetic only): two weeks around today, so Termine and Heute show
a planned week at once.

Runs after the case work's demo clients exist (see `mfd_desktop.demo.STEPS`).
Dates are relative to today: appointments with clients (one with an interpreter, one
accompanying a client to the Ausländerbehörde), an outreach day at a shared
accommodation, a group session that took place and is not yet taken over as
Strukturarbeit, a network meeting ahead, and one overlap so the warning shows. Past days
before today fall on working days; today and tomorrow always get appointments, so Heute
shows them even on a weekend.
"""

from __future__ import annotations

import datetime as dt

from mfd_desktop.domain.appointments import appointments as appts
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

OUTREACH_PLACES = ("Gemeinschaftsunterkunft Hechtsheim", "Stadtteiltreff Neustadt",
                   "Familienzentrum Lerchenberg")


def _open_clients(conn: Connection) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT id FROM clients WHERE status != 'abgeschlossen' AND anonymous = 0 "
        "ORDER BY id LIMIT 12")]


def _working_day(today: dt.date, offset: int) -> dt.date:
    """today + offset; away from today and tomorrow a weekend day moves to a weekday."""
    day = today + dt.timedelta(days=offset)
    if offset in (0, 1) or day.weekday() < 5:
        return day
    return day + dt.timedelta(days=7 - day.weekday()) if offset > 0 else \
        day - dt.timedelta(days=day.weekday() - 4)


def populate_appointments(conn: Connection, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    with transaction(conn):
        places = [appts.add_outreach_place(conn, name) for name in OUTREACH_PLACES]
        clients = _open_clients(conn)

        def client(index: int) -> int | None:
            return clients[index] if index < len(clients) else None

        # (offset in days, start, minutes, kind, place kind, place, client index,
        #  interpreter language, note)
        plans: list[tuple[int, str, int, str, str, int | str | None, int | None,
                          str | None, str]] = [
            (-7, "09:00", 60, "beratung", "office", None, 0, "ar", "Bescheid mitbringen"),
            (-6, "10:00", 240, "sprechstunde", "outreach", places[0], None, None, ""),
            (-5, "14:00", 120, "gruppenangebot", "office", None, None, None,
             "Elterncafé: Schule und Kita"),
            (-3, "08:30", 90, "begleitung", "other_office", "Ausländerbehörde Mainz", 1, "fa",
             "Verlängerung Aufenthaltserlaubnis"),
            (-2, "11:00", 45, "beratung", "office", None, 2, None, ""),
            (-1, "15:00", 60, "beratung", "office", None, 3, "uk", ""),
            (0, "09:30", 60, "beratung", "office", None, 4, None, "Antrag Wohngeld ausfüllen"),
            (0, "10:00", 30, "beratung", "office", None, 5, "ru", ""),  # overlaps 09:30
            (0, "13:30", 90, "sprechstunde", "office", None, None, None, "Offene Sprechstunde"),
            (1, "09:00", 240, "sprechstunde", "outreach", places[0], None, "ar", ""),
            (1, "14:00", 60, "beratung", "outreach", places[1], 6, None, ""),
            (2, "10:00", 60, "begleitung", "other_office", "Jobcenter Mainz", 7, "ti", ""),
            (3, "18:00", 120, "infoveranstaltung", "outreach", places[2], None, None,
             "Infoabend Einbürgerung"),
            (4, "09:00", 45, "beratung", "office", None, 8, None, ""),
            (6, "14:00", 120, "netzwerktreffen", "other_office", "Rathaus Mainz, Raum 12",
             None, None, "Runder Tisch Asyl"),
            (7, "11:00", 60, "beratung", "office", None, 9, "fa", ""),
        ]
        for offset, start, minutes, kind, place_kind, place, index, language, note in plans:
            appts.add_appointment(conn, appts.Appointment(
                _working_day(today, offset), start, minutes, kind=kind, place_kind=place_kind,
                outreach_place_id=place if isinstance(place, int) else None,
                place_text=place if isinstance(place, str) else "",
                client_id=client(index) if index is not None else None,
                interpreter_needed=language is not None, interpreter_language=language,
                note=note))
        # the first one took place and is already recorded in the case
        first = appts.list_range(conn, _working_day(today, -7), _working_day(today, -7))
        taken = [a for a in first if a.client_id is not None and a.id is not None]
        if taken:
            appts.record_consultation(conn, int(taken[0].id or 0))
