"""„Offene Unterlagen“ as a table model, without a view: rows, headers in both languages,
the sort role (due date, undated last), red overdue rows, the empty state."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from mfd_desktop.checklists.open_documents import OpenDocument
from mfd_desktop.gui.checklists.models import OVERDUE, SORT_ROLE
from mfd_desktop.gui.checklists.open_documents_model import OpenDocumentsModel
from mfd_desktop.gui.row_table_model import RowTableModel
from tests.gui.conftest import switch_language

H = Qt.Orientation.Horizontal


def _doc(item_id: int, due: str | None, **changes) -> OpenDocument:
    values = dict(item_id=item_id, checklist_id=1, client_id=7, case_number="MZ-2026-0001",
                  client_name="Nour Beispiel", checklist_title="Kindergeld",
                  label_de="Geburtsurkunde", state="fehlt", due_date=due,
                  appointment_date=None, sort_due=due,
                  checklist_title_en="Child benefit", label_en="Birth certificate")
    values.update(changes)
    return OpenDocument(**values)


def test_rows_headers_roles_and_language(ctx, qtbot):
    model = OpenDocumentsModel()
    assert isinstance(model, RowTableModel)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert (model.rowCount(), model.columnCount()) == (0, 6)  # empty: headers only
    assert [model.headerData(c, H) for c in range(6)] == [
        "Fällig", "Fallnummer", "Klient*in", "Checkliste", "Dokument", "Status"]
    model.today = dt.date(2026, 3, 10)
    model.set_rows([_doc(1, "2026-03-01"),
                    _doc(2, None, label_de="Foto", label_en="", state="angefordert")])
    assert [model.index(0, c).data() for c in range(6)] == [
        "01.03.2026", "MZ-2026-0001", "Nour Beispiel", "Kindergeld", "Geburtsurkunde", "fehlt"]
    assert model.index(1, 0).data() == "" and model.index(1, 5).data() == "angefordert"
    assert model.data(model.index(0, 0), SORT_ROLE) == "2026-03-01"
    assert model.data(model.index(1, 0), SORT_ROLE) == "9999"  # undated last
    assert model.data(model.index(0, 4), Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert model.data(model.index(1, 4), Qt.ItemDataRole.ForegroundRole) is None
    assert model.row(1).item_id == 2
    assert model.data(QModelIndex()) is None
    switch_language(ctx, qtbot, "en")
    model.set_language("en")
    assert model.headerData(1, H) == "Case no."
    assert [model.index(r, 4).data() for r in range(2)] == ["Birth certificate", "Foto"]
    assert model.index(0, 3).data() == "Child benefit" and model.index(0, 5).data() == "missing"


def test_sorted_by_due_date_through_the_sort_role(ctx):
    model = OpenDocumentsModel()
    model.set_rows([_doc(1, None), _doc(2, "2026-05-01"), _doc(3, "2026-01-15")])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["15.01.2026", "01.05.2026", ""]
    model.set_rows([])
    assert proxy.rowCount() == 0 and model.headerData(0, H) == "Fällig"
    assert model.headerData(6, H) is None  # no such column
    del model.headers  # as while Python tears the model down: no error, no header
    assert model.headerData(0, H) is None
