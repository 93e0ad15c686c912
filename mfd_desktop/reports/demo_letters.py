"""Demo data: three printed letters kept in the first open case of the demo vault (the one
with the demo Bescheid): a Vollmacht and a Terminbestätigung in the client's language
(Arabic when the client speaks none of the letters' languages) and a request for more
time in German, as if printed over the last days. Runs after the attachments' step
(`mfd_desktop.demo.STEPS`)."""

from __future__ import annotations

import datetime as dt

from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.letters import fill, kept, templates
from mfd_desktop.reports.letter import render_letter
from mfd_desktop.storage.connection import Connection

DEMO_SERVICE = fill.Service("Migrationsfachdienst Demo", "Demo-Träger e. V.",
                            "Musterstraße 5, 55116 Mainz")


def populate_letters(conn: Connection, *, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    row = conn.execute("SELECT client_id FROM attachments ORDER BY id LIMIT 1").fetchone() or \
        conn.execute("SELECT id FROM clients WHERE status = 'offen' ORDER BY id LIMIT 1").fetchone()
    if row is None:
        return
    client_id = int(row[0])
    found = templates.load_all()
    spoken = clients.get_client(conn, client_id).languages
    plan = (("vollmacht", 6, None), ("fristverlaengerung", 3, "de"),
            ("terminbestaetigung", 1, None))
    for key, days_ago, language in plan:
        template = found.get(key)
        if language is None:
            language = next((code for code in spoken if code in template.languages[1:]), "ar")
        printed = today - dt.timedelta(days=days_ago)
        appointment = fill.Appointment(today + dt.timedelta(days=7), "10:00")
        letter = fill.fill(conn, client_id, template, language, service=DEMO_SERVICE,
                           appointment=appointment, today=printed)
        kept.keep_printed(conn, letter, render_letter(letter), printed_on=printed)
