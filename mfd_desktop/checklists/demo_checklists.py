"""Demo checklists: a few open clients of the demo vault get a checklist with some
documents already there, some requested and some due soon (so Heute and Offene
Unterlagen have something to show). Invented data only; fixed seed."""

from __future__ import annotations

import datetime as dt
import random

from mfd_desktop.checklists import case_checklists, templates
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

SEED = 815
TEMPLATES = ("ae_verlaengerung", "buergergeld_erstantrag", "kindergeld", "wohngeld",
             "familiennachzug", "einbuergerung")


def populate(conn: Connection, *, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    rng = random.Random(SEED)
    shipped = templates.load_all()
    client_ids = [r[0] for r in conn.execute(
        "SELECT id FROM clients WHERE status = 'offen' ORDER BY id LIMIT 12")]
    with transaction(conn):
        for index, client_id in enumerate(client_ids):
            template = shipped.get(TEMPLATES[index % len(TEMPLATES)])
            checklist_id = case_checklists.assign(
                conn, client_id, template,
                appointment_date=today + dt.timedelta(days=rng.randint(3, 40)))
            for item in case_checklists.get(conn, checklist_id).items:
                roll = rng.random()
                if roll < 0.35:
                    case_checklists.set_state(conn, item.id, "liegt_vor_kopie")
                elif roll < 0.5:
                    case_checklists.set_state(conn, item.id, "angefordert")
                    case_checklists.set_due_date(conn, item.id,
                                                 today + dt.timedelta(days=rng.randint(-3, 10)))
