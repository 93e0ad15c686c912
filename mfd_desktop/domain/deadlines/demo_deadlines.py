"""Demo data for deadlines, Wiedervorlagen, Kurzkontakte and Strukturarbeit (synthetic only).

Runs after the case work's demo clients exist (see `mfd_desktop.demo.STEPS`)
and works with whatever open clients are there. Dates are relative to today, so Heute
always shows something overdue, something due this week and titles running out.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from mfd_desktop.domain.casework import short_contacts, structural_work
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.domain.deadlines.deadline_calculator import previous_working_day
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

SEED = 20260302


def _open_clients(conn: Connection) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT id FROM clients WHERE status != 'abgeschlossen' ORDER BY id LIMIT 40")]


def populate_deadlines(conn: Connection, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    rnd = random.Random(SEED)

    def ago(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    with transaction(conn):
        ids = _open_clients(conn)
        plans: list[tuple[str, dict[str, Any], str]] = [
            # (rule, kwargs, note)
            ("dublin_1w", {"start": ago(3)}, "Dublin-Bescheid, Abschiebungsanordnung Italien"),
            ("asyl_klage_2w", {"start": ago(6)}, "Bescheid BAMF, Anwältin informiert"),
            ("anhoerung", {"given_date": previous_working_day(ago(2))},
             "Anhörung Ausländerbehörde zur Verlängerung"),
            ("widerspruch", {"posted_on": ago(20)}, "Jobcenter: Aufhebungsbescheid"),
            ("fz_fluechtling_3m", {"start": ago(45)}, "Fristwahrende Anzeige über fap.diplo.de"),
            ("mitwirkung", {"given_date": today + dt.timedelta(days=4)},
             "Kontoauszüge der letzten 3 Monate"),
            ("klage_nach_widerspruch", {"start": ago(12)}, "Widerspruchsbescheid Wohngeld"),
            ("buergergeld_wba", {"given_date": today + dt.timedelta(days=40)}, ""),
        ]
        for client_id, (rule, kwargs, note) in zip(ids, plans, strict=False):
            deadlines.add_deadline(conn, client_id, rule, note=note, **kwargs)
        if len(ids) > 8:
            own = deadlines.add_deadline(conn, ids[8], "widerspruch", start=ago(10),
                                         note="Elterngeldstelle")
            deadlines.set_override(conn, own, ago(10) + dt.timedelta(days=21),
                                   "Früher einreichen: Urlaub der Beraterin")
            done = deadlines.add_deadline(conn, ids[8], "anhoerung", given_date=ago(30))
            deadlines.set_done(conn, done, today=ago(32))

        texts = ["Nachfragen, ob Termin beim Jobcenter wahrgenommen wurde",
                 "Sprachkurs-Anmeldung prüfen", "Rückruf wegen Kita-Platz",
                 "Unterlagen für Einbürgerungsantrag vollständig?"]
        for client_id, text, offset in zip(ids[9:], texts, (-2, 1, 3, 12), strict=False):
            followups.add_followup(conn, today + dt.timedelta(days=offset), text, client_id)
        followups.add_followup(conn, today + dt.timedelta(days=2),
                               "Netzwerktreffen Migration vorbereiten (Tagesordnung)")
        followups.sync_title_expiry_reminders(conn, today=today)

        channels = ["persoenlich", "telefonisch", "telefonisch", "email_messenger", "aufsuchend"]
        topics = ["aufenthaltsrecht", "sozialleistungen", "wohnen", "alltag_behoerden",
                  "sprache_integrationskurs", "gesundheit", "familie_familiennachzug"]
        for _ in range(45):
            short_contacts.add(conn, rnd.choice(channels), rnd.choice(topics),
                               on=ago(rnd.randint(0, 40)))

        for activity, days, minutes, people, note in [
            ("netzwerktreffen", 5, 120, 14, "Runder Tisch Asyl, Stadtteil Neustadt"),
            ("gremienarbeit", 12, 90, 9, "AG Migration der LIGA"),
            ("ehrenamtskoordination", 19, 60, 6, "Einführung neuer Ehrenamtlicher"),
            ("interkulturelle_oeffnung", 26, 180, 22, "Schulung im Jobcenter"),
            ("oeffentlichkeitsarbeit", 33, 45, None, "Artikel für das Gemeindeblatt"),
            ("infoveranstaltungen", 40, 120, 31, "Infoabend Einbürgerung"),
        ]:
            structural_work.add_activity(conn, activity, ago(days), minutes, people, note)
