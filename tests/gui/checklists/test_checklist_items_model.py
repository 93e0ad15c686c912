"""One checklist's items as a table model, without a view, on a real vault: rows,
headers in both languages, roles (edit, tool tip, grey retired items), edits that reach
the database, a refused date, sorting through a proxy, the empty state."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.checklists.template_schema import Template, TemplateItem, Text
from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.gui.checklists.checklist_items_model import ChecklistItemsModel
from mfd_desktop.gui.checklists.models import RETIRED
from mfd_desktop.gui.row_table_model import RowTableModel

H = Qt.Orientation.Horizontal
EDIT = Qt.ItemDataRole.EditRole
V1 = Template(key="probe", version=1, title=Text("Probe", "Probe EN"), office=Text("Amt"),
              items=(TemplateItem("pass", Text("Pass", "Passport"), note="gültig"),
                     TemplateItem("foto", Text("Foto"), condition=Text("falls verlangt")),
                     TemplateItem("alt", Text("Altes Formular"))))
V2 = Template(key="probe", version=2, title=Text("Probe"), office=Text("Amt"),
              items=V1.items[:2])


def _column(model, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [model.data(model.index(r, column), role) for r in range(model.rowCount())]


def _model(unlocked_ctx, language="de"):
    conn = unlocked_ctx.vault.conn
    client = create_client(conn, Client(name="Nour Beispiel"))
    checklist_id = cc.assign(conn, client, V1)
    model = ChecklistItemsModel(lambda: conn, language=language)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return model, conn, checklist_id


def test_empty_state_rows_headers_and_roles(unlocked_ctx):
    model, conn, checklist_id = _model(unlocked_ctx)
    assert isinstance(model, RowTableModel)
    assert (model.rowCount(), model.columnCount()) == (0, 4) and model.checklist is None
    assert [model.headerData(c, H) for c in range(4)] == [
        "Dokument", "Status", "Frist (TT.MM.JJJJ)", "Notiz"]
    assert not model.setData(model.index(0, 1), "eingereicht")  # nothing shown: no edit
    model.set_checklist(cc.get(conn, checklist_id))
    assert model.rowCount() == 3
    assert _column(model, 0) == ["Pass", "Foto (falls verlangt)", "Altes Formular"]
    assert _column(model, 1) == ["fehlt"] * 3
    assert _column(model, 2) == ["", "", ""] and _column(model, 3) == ["", "", ""]
    assert model.data(model.index(0, 1), EDIT) == "fehlt"  # the state key for the editor
    assert model.data(model.index(0, 0), EDIT) == "Pass"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "gültig"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert all(model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable for c in (1, 2, 3))
    assert model.item(1).key == "foto"
    assert model.data(QModelIndex()) is None
    model.set_language("en")  # template texts in English, German where there are none
    assert _column(model, 0) == ["Passport", "Foto (falls verlangt)", "Altes Formular"]
    model.set_checklist(None)
    assert model.rowCount() == 0 and model.checklist is None


def test_edits_reach_the_vault_and_a_bad_date_is_refused(unlocked_ctx, qtbot):
    model, conn, checklist_id = _model(unlocked_ctx)
    model.set_checklist(cc.get(conn, checklist_id))
    errors: list[str] = []
    model.error.connect(errors.append)
    with qtbot.waitSignal(model.changed):
        assert model.setData(model.index(0, 1), "liegt_vor_original")
    assert model.setData(model.index(1, 2), "01.03.2030")
    assert model.setData(model.index(2, 3), "bringt die Tochter mit")
    assert not model.setData(model.index(0, 0), "Neu")  # the document is not editable
    assert not model.setData(model.index(1, 2), "31.02.2026")
    assert len(errors) == 1 and errors[0]  # the message reaches the tab
    saved = cc.get(conn, checklist_id).items
    assert [i.state for i in saved] == ["liegt_vor_original", "fehlt", "fehlt"]
    assert saved[1].due_date == "2030-03-01" and saved[2].note == "bringt die Tochter mit"
    assert model.index(0, 1).data() == "liegt vor (Original)"
    assert model.data(model.index(0, 1), EDIT) == "liegt_vor_original"
    assert model.index(1, 2).data() == "01.03.2030"
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == [
        "Altes Formular", "Foto (falls verlangt)", "Pass"]


def test_a_retired_item_is_grey_and_marked(unlocked_ctx):
    model, conn, checklist_id = _model(unlocked_ctx)
    cc.set_note(conn, cc.get(conn, checklist_id).items[2].id, "schon da")
    cc.apply_update(conn, checklist_id, V2)
    model.set_checklist(cc.get(conn, checklist_id))
    retired = model.rowCount() - 1
    assert model.item(retired).retired
    assert model.index(retired, 0).data() == "Altes Formular – nicht mehr in der Vorlage"
    assert model.data(model.index(retired, 0), Qt.ItemDataRole.ForegroundRole) == RETIRED
