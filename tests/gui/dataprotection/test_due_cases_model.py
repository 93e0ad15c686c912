"""The retention table model without a view: rows, headers, tick boxes (restricted cases
cannot be ticked), the client-id role, sorting through a proxy, the empty state."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from mfd_desktop.domain.dataprotection.retention import DueCase
from mfd_desktop.gui.dataprotection.due_cases_model import DueCasesModel
from mfd_desktop.gui.row_table_model import RowTableModel
from tests.gui.conftest import switch_language

H = Qt.Orientation.Horizontal
CHECK = Qt.ItemDataRole.CheckStateRole


def _case(client_id: int, number: str, *, restricted: bool = False) -> DueCase:
    return DueCase(client_id=client_id, case_number=number, display_name=f"Name {client_id}",
                   closed_on="2015-03-01", due_on="2025-03-01", restricted=restricted)


def test_rows_headers_checks_and_roles(ctx, qtbot):
    model = DueCasesModel()
    assert isinstance(model, RowTableModel)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 0 and model.columnCount() == 5  # empty: headers only
    assert [model.headerData(c, H) for c in range(5)] == [
        "Fallnummer", "Name", "Abgeschlossen am", "Fällig seit", "Hinweis"]
    model.set_rows([_case(1, "MZ-2015-0002"), _case(2, "MZ-2015-0001", restricted=True)])
    assert model.rowCount() == 2
    assert [model.data(model.index(0, c)) for c in range(5)] == [
        "MZ-2015-0002", "Name 1", "01.03.2015", "01.03.2025", ""]
    assert model.data(model.index(1, model.NOTE)) == "eingeschränkt (Art. 18)"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.UserRole) == 2
    assert model.data(model.index(0, 0), CHECK) == Qt.CheckState.Unchecked
    assert model.data(model.index(1, 0), CHECK) is None  # restricted: no box
    assert model.data(model.index(0, 1), CHECK) is None
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(model.index(0, 0), Qt.CheckState.Checked.value, CHECK)
    assert not model.setData(model.index(1, 0), Qt.CheckState.Checked.value, CHECK)
    assert not model.setData(model.index(0, 1), Qt.CheckState.Checked.value, CHECK)
    assert not model.setData(model.index(0, 0), "x", Qt.ItemDataRole.EditRole)
    assert model.checked == {1}
    assert model.data(model.index(0, 0), CHECK) == Qt.CheckState.Checked
    assert model.setData(model.index(0, 0), Qt.CheckState.Unchecked.value, CHECK)
    assert model.checked == set()
    model.check_all()
    assert model.checked == {1}  # the restricted case stays unticked
    assert model.data(QModelIndex()) is None
    switch_language(ctx, qtbot, "en")
    model.relabel()
    assert model.headerData(0, H) == "Case number"
    assert model.data(model.index(1, model.NOTE)) == "restricted (Art. 18)"


def test_sort_refill_and_empty_state(ctx):
    model = DueCasesModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows([_case(1, "MZ-2015-0002"), _case(3, "MZ-2015-0003"),
                    _case(2, "MZ-2015-0001")])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(model.CASE_NUMBER, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == [
        "MZ-2015-0001", "MZ-2015-0002", "MZ-2015-0003"]
    model.check_all()
    model.set_rows([_case(3, "MZ-2015-0003")])  # ticks stay on the cases still listed
    assert model.checked == {3}
    model.clear()
    assert model.rowCount() == 0 and model.checked == set()
    assert model.headerData(0, H) == "Fallnummer"
