"""The case tabs' table model, without a view: rows, ids, headers and red alert rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from mfd_desktop.gui.case.rows_model import ALERT_COLOUR, RowsModel
from mfd_desktop.gui.row_table_model import RowTableModel


def test_rows_ids_headers_and_alerts(qapp):
    model = RowsModel()
    assert isinstance(model, RowTableModel)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert (model.rowCount(), model.columnCount()) == (0, 0)
    model.headers = ["Datum", "Stelle"]
    model.set_rows([("01.02.2026", "Jobcenter"), ("03.02.2026", "Ausländerbehörde")],
                   [11, 12], alert={1})
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table
    assert model.ids == [11, 12]
    assert model.data(model.index(1, 1)) == "Ausländerbehörde"
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole) == "Ausländerbehörde"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Stelle"
    assert model.headerData(5, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    red = model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole)
    assert red.color().name() == ALERT_COLOUR
    assert model.data(QModelIndex()) is None


def test_reset_replaces_everything(qapp):
    model = RowsModel()
    model.headers = ["A"]
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows([("x",)], [1], alert={0})
    model.set_rows([], [])
    assert resets == [True, True]
    assert (model.rowCount(), model.ids, model.alert) == (0, [], set())
