"""Checklists in the GUI on a real vault: assign, change states, progress, Heute, handout."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.gui.checklists.case_tab import ChecklistsTab
from mfd_desktop.gui.checklists.checklists_page import ChecklistsPage
from mfd_desktop.gui.today.today_page import TodayPage

TODAY = dt.date.today()


@pytest.fixture
def client_ctx(unlocked_ctx):
    unlocked_ctx.client_id = create_client(unlocked_ctx.vault.conn,
                                           Client(name="Nour Beispiel"))
    return unlocked_ctx


@pytest.fixture
def tab(client_ctx, qtbot):
    widget = ChecklistsTab(client_ctx)
    qtbot.addWidget(widget)
    assert widget.title() == "Checklisten"
    assert not widget.assign_button.isEnabled()  # no client loaded yet
    widget.load(client_ctx.client_id)  # as the case view does
    widget.resize(1000, 700)
    widget.show()
    return widget


def _assign(tab, qtbot, key="kindergeld", appointment=""):
    tab.template_combo.setCurrentIndex(tab.template_combo.findData(key))
    tab.new_appointment.setText(appointment)
    qtbot.mouseClick(tab.assign_button, Qt.MouseButton.LeftButton)


def test_assign_change_states_and_progress(tab, qtbot, client_ctx):
    assert not tab.handout_button.isEnabled()
    _assign(tab, qtbot, appointment=(TODAY + dt.timedelta(days=3)).strftime("%d.%m.%Y"))
    assert tab.checklist_combo.count() == 1
    model = tab.model
    total = model.rowCount()
    assert total == 8 and tab.handout_button.isEnabled()
    assert tab.progress.text() == f"0 von {total} erledigt"
    state = model.index(0, 1)
    assert model.setData(state, "liegt_vor_original")
    assert model.setData(model.index(1, 1), "entfaellt")
    assert tab.progress.text() == f"1 von {total - 1} erledigt"
    assert model.index(0, 1).data() == "liegt vor (Original)"
    # A wrong date is refused with a German message; nothing is lost.
    assert not model.setData(model.index(2, 2), "31.02.2026")
    assert "kein gültiges Datum" in tab.message.text()
    assert model.setData(model.index(2, 3), "bringt die Tochter mit")
    stored = cc.get(client_ctx.vault.conn, tab.current_checklist_id())
    assert stored.items[2].note == "bringt die Tochter mit"


def test_state_delegate_edits_through_a_combo(tab, qtbot):
    _assign(tab, qtbot)
    index = tab.model.index(0, 1)
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = tab.view.indexWidget(index) or tab.view.focusWidget()
    editor.setCurrentIndex(editor.findData("angefordert"))
    tab.view.commitData(editor)
    assert tab.model.checklist.items[0].state == "angefordert"


def test_heute_shows_the_due_document(tab, qtbot, client_ctx):
    _assign(tab, qtbot)
    assert tab.model.setData(tab.model.index(0, 2), TODAY.strftime("%d.%m.%Y"))
    page = TodayPage(client_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    model = page.sections["checklists"].model
    texts = [model.data(model.index(r, model.WHAT)) for r in range(model.rowCount())]
    assert any("Antragsformular" in t for t in texts)


def test_offene_unterlagen_page(tab, qtbot, client_ctx):
    _assign(tab, qtbot, appointment="01.03.2030")
    tab.model.setData(tab.model.index(3, 2), "01.01.2030")
    page = ChecklistsPage(client_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.open_view.loaded, timeout=10_000):
        page.on_shown()
    proxy = page.open_view.proxy
    assert proxy.rowCount() == 8
    assert proxy.index(0, 0).data() == "01.01.2030"
    assert proxy.index(1, 0).data() == "01.03.2030"
    assert proxy.index(0, 2).data() == "Nour Beispiel"
    with qtbot.waitSignal(client_ctx.open_case, timeout=2000) as opened:
        page.open_view.view.doubleClicked.emit(proxy.index(0, 1))
    assert opened.args == [client_ctx.client_id]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_print_handout_off_the_ui_thread(tab, qtbot, tmp_path):
    _assign(tab, qtbot, appointment="12.03.2026")
    dialog = tab.open_handout_dialog()
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert "nicht" in dialog.review_note.text()  # unreviewed translation is flagged
    assert not dialog.with_name.isChecked()
    dialog.with_name.setChecked(True)
    with qtbot.waitSignal(dialog.ready, timeout=20_000) as made:
        qtbot.keyClick(dialog.language, Qt.Key.Key_Return)  # the default button: print
    preview = made.args[0]
    pdf = preview.pdf_bytes
    assert preview.isVisible() and not dialog.isVisible()
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True).stdout.decode()
    assert "Nour Beispiel" in text and "Kindergeld" in text and "12.03.2026" in text
    assert any("\u0600" <= ch <= "\u06ff" for ch in text)  # the Arabic side
    from PySide6.QtPrintSupport import QPrinter

    from mfd_desktop.gui.printing import paint_pdf
    from mfd_desktop.gui.printing.pdf_printer import page_count

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(printer, pdf) == page_count(pdf)
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True,
                          text=True).stdout
    assert re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1) == str(page_count(pdf))
    preview.close()


def test_update_to_new_version_from_the_tab(tab, qtbot, client_ctx):
    import dataclasses

    from mfd_desktop.checklists import templates

    _assign(tab, qtbot)
    tab.model.setData(tab.model.index(0, 1), "eingereicht")
    shipped = templates.load_all().get("kindergeld")
    newer = dataclasses.replace(shipped, version=2, items=shipped.items[:-1])
    templates.save_template(client_ctx.paths, newer)
    tab2 = ChecklistsTab(client_ctx, client_id=client_ctx.client_id)
    qtbot.addWidget(tab2)
    tab2.show()
    assert tab2.update_row.isVisible()
    plan = tab2.update_plan()
    assert [c.key for c in plan.removed] == ["iban"]
    tab2.apply_update()
    assert tab2.model.checklist.template.version == 2
    assert tab2.model.checklist.items[0].state == "eingereicht"
    assert not tab2.update_row.isVisible()


def test_locking_empties_the_tab(tab, qtbot, client_ctx):
    _assign(tab, qtbot)
    assert tab.model.rowCount() == 8
    tab.on_locking()
    assert tab.model.rowCount() == 0 and tab.checklist_combo.count() == 0
