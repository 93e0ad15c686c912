"""The transfer preview table without a view: rows of display texts, headers, alignment."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.gui.statistics.payload_model import PayloadModel
from tests.gui.conftest import switch_language

ROWS = [("Klient*innen", "Geschlecht", "männlich", "14"),
        ("Klient*innen", "Geschlecht", "weiblich", ".")]


def test_rows_headers_and_empty_state(ctx, qtbot):
    model = PayloadModel()
    assert isinstance(model, RowTableModel)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert (model.rowCount(), model.columnCount()) == (0, 4)
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)] == [
        "Kennzahl", "Aufgliederung", "Kategorie", "Wert"]
    model.set_rows(ROWS)
    assert model.rowCount() == 2 and model.row(1) == ROWS[1]
    assert [model.data(model.index(1, c)) for c in range(4)] == list(ROWS[1])
    assert model.data(model.index(1, 3), Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight)
    assert model.data(model.index(1, 0), Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(QModelIndex()) is None
    switch_language(ctx, qtbot, "en")
    model.relabel()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Measure"
    model.set_rows([])
    assert model.rowCount() == 0
