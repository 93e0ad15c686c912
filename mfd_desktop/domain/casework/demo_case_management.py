"""Demo: one Case-Management case with a Förderplan in progress, after the demo clients
and the steps that pick among them (`mfd_desktop.demo.STEPS`).

Invented person: Semira Haile (arrived 2019, lives in Mainz), counselled in the MBE with
a professional interpreter for Tigrinya from the address book. The plan began ten weeks
ago with two goals: the B1 certificate (reached) and a training place as a care
assistant (in progress, reviewed in a few days, so Heute lists it). The histories of
residence status, work/training situation and German level have two or three entries;
the consultations carry their service and interpreting. Dates follow `today`.
"""

from __future__ import annotations

import datetime as dt

from mfd_desktop.domain.casework import (
    arrival,
    case_numbers,
    clients,
    consultations,
    districts,
    history,
    interpreters,
)
from mfd_desktop.domain.casework import support_plans as sp
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

NAME = "Semira Haile"
CLIENTS = 1  # cases this module adds to the demo vault

_BOOK = [
    ("Tesfay Gebremariam", ("ti", "am"), "0151 2345678, Dienstag und Donnerstag",
     "professionell"),
    ("Leyla Yousef", ("ar", "kmr"), "leyla.yousef@example.org", "ehrenamtlich"),
]


def populate(conn: Connection, *, today: dt.date | None = None) -> None:
    today = today or dt.date.today()

    def ago(days: int) -> str:
        return (today - dt.timedelta(days=days)).isoformat()

    with transaction(conn):
        book = [interpreters.add(conn, interpreters.Interpreter(n, langs, contact, kind))
                for n, langs, contact, kind in _BOOK]
        first = today - dt.timedelta(days=200)
        client_id = clients.create_client(conn, clients.Client(
            case_number=case_numbers.next_case_number(conn, first.year), name=NAME,
            birth_year=today.year - 29, gender="weiblich", country="ER",
            languages=["ti", "am"], interpreter_needed=True,
            residence_status="aufenthaltsgestattung", service="mbe",
            household_size=1, first_contact=first.isoformat(), status="offen",
            tags=["Ausbildung"]))
        arrival.set_arrival(conn, client_id, f"{today.year - 7}")
        districts.set_residence(conn, client_id, "07315", "Mainz-Neustadt")
        history.add(conn, client_id, "residence_status", "ae_humanitaer_schutz", ago(120))
        history.add(conn, client_id, "work_situation", "arbeitsverbot", first.isoformat())
        history.add(conn, client_id, "work_situation", "sprachkurs", ago(150))
        history.add(conn, client_id, "work_situation", "geringfuegig", ago(30))
        history.add(conn, client_id, "language_level", "a2", first.isoformat(),
                    certificate=True)
        history.add(conn, client_id, "language_level", "b1", ago(21), certificate=True)

        visits = [
            (200, "einzelfallberatung", "mbe", ["aufenthaltsrecht"], True,
             "Erstgespräch mit Dolmetscher. Anerkennung als Flüchtling steht noch aus; "
             "Wunsch: Ausbildung in der Pflege."),
            (70, "case_management", "mbe", ["ausbildung_arbeit", "sprache_integrationskurs"],
             True, "Förderplan vereinbart: B1-Prüfung und Ausbildungsplatz Pflegehilfe."),
            (21, "case_management", "mbe", ["sprache_integrationskurs"], False,
             "B1-Zertifikat bestanden, Kopie für die Akte. Gespräch ohne Dolmetscher möglich."),
            (8, "case_management", "mfd", ["ausbildung_arbeit"], True,
             "Bewerbungsunterlagen für drei Pflegeschulen zusammengestellt."),
        ]
        for days, method, service, topics, interpreted, note in visits:
            consultations.add_consultation(conn, consultations.Consultation(
                client_id, held_on=ago(days), duration_minutes=60, channel="persoenlich",
                method=method, topics=topics, service=service, interpreter_used=interpreted,
                sprachmittlung="professionell" if interpreted else None,
                interpreting_language="ti" if interpreted else None,
                interpreter_id=book[0] if interpreted else None, note=note))

        plan = sp.start_plan(conn, client_id, ago(70), note="Vereinbart im Gespräch mit "
                             "Dolmetscher; Kopie für Frau Haile auf Deutsch und Tigrinya.")
        german = sp.add_goal(conn, plan, "Ich will die B1-Prüfung schaffen.",
                             topic="sprache_integrationskurs", review_on=ago(25))
        register = sp.add_step(conn, german, "Zur Prüfung beim Kursträger anmelden",
                               "klient", due_on=ago(56))
        practice = sp.add_step(conn, german, "Übungstest zusammen durchgehen", "beratung",
                               due_on=ago(40))
        sp.mark_step_done(conn, register, ago(50))
        sp.mark_step_done(conn, practice, ago(45))
        sp.set_outcome(conn, german, "erreicht", ago(21), note="Zertifikat B1 liegt vor.")
        care = sp.add_goal(conn, plan, "Ich möchte eine Ausbildung als Pflegehelferin "
                           "beginnen.", topic="ausbildung_arbeit",
                           review_on=(today + dt.timedelta(days=4)).isoformat())
        sp.add_step(conn, care, "Bewerbungen an drei Pflegeschulen schicken", "klient",
                    due_on=(today + dt.timedelta(days=10)).isoformat())
        sp.add_step(conn, care, "Anerkennung des Schulabschlusses beantragen",
                    "andere_stelle", office="Anerkennungsberatung IQ",
                    due_on=(today + dt.timedelta(days=30)).isoformat())
        sp.add_step(conn, care, "Ausbildungsförderung klären", "beratung",
                    due_on=(today + dt.timedelta(days=21)).isoformat())
