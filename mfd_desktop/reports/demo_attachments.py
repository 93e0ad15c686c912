"""Demo data: a Bescheid (PDF, generated) and a photo of a document (PNG) on the first
open case of the demo vault, the Bescheid with its delivery date and linked to the
case's first checklist item when it has one. Runs after the checklists' step
(`mfd_desktop.demo.STEPS`)."""

from __future__ import annotations

import datetime as dt

from mfd_desktop.domain.casework import attachments
from mfd_desktop.reports.sample_documents import bescheid_pdf, document_png
from mfd_desktop.storage.connection import Connection


def populate_attachments(conn: Connection, *, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    row = conn.execute("SELECT c.id FROM clients c WHERE c.status = 'offen' AND EXISTS "
                       "(SELECT 1 FROM checklists k WHERE k.client_id = c.id) "
                       "ORDER BY c.id LIMIT 1").fetchone() or conn.execute(
        "SELECT id FROM clients WHERE status = 'offen' ORDER BY id LIMIT 1").fetchone()
    if row is None:
        return
    client_id = int(row[0])
    item = conn.execute("SELECT i.id FROM checklist_items i JOIN checklists k "
                        "ON k.id = i.checklist_id WHERE k.client_id = ? ORDER BY i.id LIMIT 1",
                        (client_id,)).fetchone()
    delivered = today - dt.timedelta(days=9)
    pdf = bescheid_pdf([
        "Jobcenter Mainz - Musterstraße 1 - 55116 Mainz",
        f"Mainz, den {(delivered - dt.timedelta(days=3)):%d.%m.%Y}",
        "",
        "Bescheid über Leistungen zur Sicherung des Lebensunterhalts",
        "(Beispieldokument, erzeugt für den Demo-Tresor)",
        "",
        "Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats",
        "nach Bekanntgabe Widerspruch erhoben werden.",
    ], title="Bescheid (Demo)")
    attachments.add(conn, client_id, "Bescheid Jobcenter.pdf", pdf,
                    description="Bescheid Jobcenter (Demo)", delivered_on=delivered,
                    checklist_item_id=int(item[0]) if item else None)
    attachments.add(conn, client_id, "Foto Aufenthaltstitel.png", document_png(),
                    description="Foto eines Dokuments (Demo)")
