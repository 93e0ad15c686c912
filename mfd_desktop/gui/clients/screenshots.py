"""Screenshots of the case work for docs/handbuch.md (`scripts/screenshots.py` calls `shots`).

`ctx` is unlocked on the demo vault. Each shot gets its own widget, because the script
closes a widget after grabbing it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.referrals import referrals

_SAMPLE_CSV = (
    "Fallnummer;Name;Geburtsjahr;Herkunftsland;Sprache;Aufenthaltsstatus;Erstkontakt;Notiz\r\n"
    "AL-2024-0101;Leyla Demir;1984;Türkei;Türkisch;Niederlassungserlaubnis;03.02.2024;"
    "\"Rente beantragt.\r\nBescheid abwarten.\"\r\n"
    "AL-2024-0102;Samir Haddad;1979;Syrien;Arabisch;Duldung;2024-03-04;\r\n"
    "AL-2024-0103;Olha Melnyk;19991;Ukraine;Ukrainisch;AE § 24;12.04.2024;\r\n"
    "AL-2024-0104;Karim Ahmadi;1990;Atlantis;Dari;Aufenthaltsgestattung;31.02.2024;\r\n"
).encode("cp1252")


def _client_with_warning(conn) -> int:
    for row in clients.list_clients(conn, limit=500):
        for r in referrals.list_referrals(conn, row.id):
            if referrals.consent_warnings(conn, r):
                return row.id
    return clients.list_clients(conn, limit=1)[0].id


def _client_with_letters(conn) -> int | None:
    row = conn.execute("SELECT client_id FROM letters ORDER BY id LIMIT 1").fetchone()
    return int(row[0]) if row else None


def _page(ctx):
    from mfd_desktop.gui.clients.clients_page import ClientsPage

    page = ClientsPage(ctx)
    page.resize(1280, 800)
    page.on_unlocked()
    return page


def shots(ctx) -> list[tuple[str, QWidget]]:
    from mfd_desktop.gui.clients.import_dialog import CsvImportDialog

    conn = ctx.vault.conn
    out: list[tuple[str, QWidget]] = []

    page = _page(ctx)
    out.append(("cases-list", page))

    page = _page(ctx)
    page.search_box.setText("bescheid")
    page.run_search()
    out.append(("cases-search", page))

    client_id = _client_with_warning(conn)
    page = _page(ctx)
    page.open_case(client_id)
    out.append(("cases-case-personal-data", page))

    page = _page(ctx)
    page.open_case(client_id)
    view = page.case_view
    view.tabs.setCurrentWidget(view.consultations)
    view.consultations.note.setPlainText("Heute: Rückfrage zum Bescheid des Jobcenters. "
                                         "Widerspruch wird vorbereitet …")
    out.append(("cases-case-consultations", page))

    page = _page(ctx)
    page.open_case(client_id)
    view = page.case_view
    view.tabs.setCurrentWidget(view.referrals)
    out.append(("cases-case-referrals", page))

    page = _page(ctx)
    page.open_case(client_id)
    page.case_view.tabs.setCurrentWidget(page.case_view.timeline)
    out.append(("cases-case-history", page))

    page = _page(ctx)
    page.open_case(client_id)
    page.case_view.record_missing_consent()  # the consent bar's "Jetzt erfassen…"
    out.append(("cases-case-consents", page))
    letters_case = _client_with_letters(conn) or client_id
    page = _page(ctx)
    page.open_case(letters_case)
    page.case_view.open_letters()
    letter_dialog = page.case_view.letter_dialog
    letter_dialog.select_template("vollmacht")
    letter_dialog.select_language("ar")
    letter_dialog.resize(1100, 720)
    out.append(("case-letter-dialog", letter_dialog))

    dialog = CsvImportDialog(ctx)
    dialog.load_bytes(_SAMPLE_CSV, "klientenliste.csv")
    ctx.tasks.wait_for_all(30_000)
    for _ in range(50):  # deliver the worker's result (queued to this thread)
        if dialog.plan is not None or dialog.problems_label.isVisibleTo(dialog):
            break
        QCoreApplication.processEvents()
        time.sleep(0.02)
    out.append(("cases-import-problems", dialog))
    return out
