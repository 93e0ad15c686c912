"""Screenshots of Heute, Fristen, Strukturarbeit and the deadline dialogs (the `shots(ctx)` convention).

`ctx` is unlocked on the demo vault; `scripts/screenshots.py` finds this module like every
area's `screenshots.py`.
Lists load in workers, so each page is waited for before it is handed back.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from mfd_desktop.gui.clients.client_picker_dialog import ClientPickerDialog
from mfd_desktop.gui.dates import to_qdate
from mfd_desktop.gui.deadlines.deadline_dialog import DeadlineDialog
from mfd_desktop.gui.deadlines.deadlines_page import DeadlinesPage
from mfd_desktop.gui.deadlines.followup_dialog import FollowUpDialog
from mfd_desktop.gui.deadlines.override_dialog import OverrideDialog
from mfd_desktop.gui.deadlines.quick_capture import QuickCapture
from mfd_desktop.gui.deadlines.structural_work_page import StructuralWorkPage
from mfd_desktop.gui.today.today_page import TodayPage


def _wait_for(signal, timeout_ms: int = 15_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def _first_client(ctx) -> int:
    row = ctx.vault.conn.execute(
        "SELECT id FROM clients WHERE status != 'abgeschlossen' ORDER BY id LIMIT 1").fetchone()
    return int(row[0]) if row else 0


def shots(ctx) -> list[tuple[str, QWidget]]:
    out: list[tuple[str, QWidget]] = []

    today_page = TodayPage(ctx)
    today_page.resize(1280, 800)
    today_page.refresh()
    _wait_for(today_page.loaded)
    out.append(("heute", today_page))

    page = DeadlinesPage(ctx)
    page.resize(1280, 800)
    page.calculator.set_rule("asyl_klage_2w")  # reference example 1: Christmas
    page.calculator.date_edit.setDate(to_qdate(dt.date(2025, 12, 11)))
    out.append(("fristen-rechner", page))

    open_page = DeadlinesPage(ctx)
    open_page.resize(1280, 800)
    open_page.tabs.setCurrentIndex(1)
    _wait_for(open_page.items_loaded)
    out.append(("fristen-offen", open_page))

    work_page = StructuralWorkPage(ctx)
    work_page.resize(1280, 800)
    _wait_for(work_page.activities_loaded)
    out.append(("strukturarbeit", work_page))

    client_id = _first_client(ctx)
    if client_id:
        dialog = DeadlineDialog(ctx, client_id, rule_key="fz_fluechtling_3m",
                                start=dt.date(2025, 11, 30))  # reference example 7
        out.append(("frist-dialog", dialog))
        row = ctx.vault.conn.execute(
            "SELECT id FROM deadlines WHERE done = 0 ORDER BY id LIMIT 1").fetchone()
        if row is not None:
            out.append(("frist-eigenes-fristende", OverrideDialog(ctx, int(row[0]))))
        followup = FollowUpDialog(ctx, client_id)
        followup.text_edit.setPlainText("Nachfragen, ob die Unterlagen angekommen sind")
        out.append(("wiedervorlage-dialog", followup))
        quick = DeadlineDialog(ctx, client_id)  # as quick capture opens it: day 0 today
        quick.rule_search.setText("dubl")
        quick.calculator.find_rule("dubl")
        out.append(("schnellerfassung-frist", quick))
    picker = ClientPickerDialog(ctx, QuickCapture.tr("Record deadline – choose client"))
    _wait_for(picker.picker.loaded)
    picker.picker.search.setText("a")
    out.append(("schnellerfassung-klient", picker))
    return out
