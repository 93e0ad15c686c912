"""Screenshots of the Case-Management parts of the case view for docs/handbuch.md and
docs/case-management.md (`scripts/screenshots.py` calls `shots`): the Förderplan tab of
the demo case at 1366×768 and 1024×768, the print dialog, and a consultation with
Dienst and Sprachmittlung. `ctx` is unlocked on the demo vault; each shot gets its own
widget (the script closes it after grabbing). A widget's dynamic property
"screenshotSize" asks the script for that window size."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from mfd_desktop.domain.casework import clients, consultations


def _demo_case(conn) -> int:
    from mfd_desktop.domain.casework.demo_case_management import NAME

    for row in clients.list_clients(conn, limit=500):
        if row.display_name == NAME:
            return row.id
    return clients.list_clients(conn, limit=1)[0].id


def _page(ctx, client_id: int, size: tuple[int, int]):
    from mfd_desktop.gui.clients.clients_page import ClientsPage

    page = ClientsPage(ctx)
    page.setProperty("screenshotSize", QSize(*size))
    page.resize(*size)
    page.on_unlocked()
    page.open_case(client_id)
    return page


def _plan_tab(page):
    from mfd_desktop.gui.case.plan_tab import PlanTab

    view = page.case_view
    tab = next(t for t in view.extra_tabs if isinstance(t, PlanTab))
    view.tabs.setCurrentWidget(tab)
    return tab


def shots(ctx) -> list[tuple[str, QWidget]]:
    from mfd_desktop.gui.case.plan_print import PlanPrintDialog

    conn = ctx.vault.conn
    client_id = _demo_case(conn)
    out: list[tuple[str, QWidget]] = []
    for size in ((1366, 768), (1024, 768)):
        page = _page(ctx, client_id, size)
        tab = _plan_tab(page)
        if tab.plan() is not None and tab.plan().goals:
            tab._select("goal", tab.plan().goals[-1].id)
        out.append((f"case-plan-{size[0]}x{size[1]}", page))

    dialog = PlanPrintDialog(ctx)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("ti")
                                            if dialog.ui.languageCombo.findData("ti") >= 0
                                            else dialog.ui.languageCombo.findData("ar"))
    out.append(("case-plan-print-dialog", dialog))

    interpreted = next((k for k in consultations.list_consultations(conn, client_id)
                        if k.interpreter_id), None)
    for size in ((1366, 768), (1024, 768)):
        page = _page(ctx, client_id, size)
        view = page.case_view
        view.tabs.setCurrentWidget(view.consultations)
        if interpreted is not None:
            view.consultations.edit(interpreted.id)
        out.append((f"case-consultation-interpreting-{size[0]}x{size[1]}", page))
    return out
