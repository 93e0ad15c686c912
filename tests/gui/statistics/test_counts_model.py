"""The Statistik figures table without a view: rows, headers in both languages, the
sort role, and hidden cells ("." grey with a reason, "mindestens N" sorting by its bound)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.gui.statistics.counts_model import MUTED, SORT_ROLE, CountsModel
from mfd_desktop.stats.presentation import Row
from tests.gui.conftest import switch_language

ROWS = [Row("syrien", "Syrien", 12, "12"),
        Row("irak", "Irak", None, "."),
        Row("iran", "Iran", None, "mindestens 9", lower_bound=9),
        Row("tuerkei", "Türkei", None, ".", small_unit=True),
        Row("afghanistan", "Afghanistan", 0, "–")]


def _cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_empty_then_rows_and_headers(ctx, qtbot):
    model = CountsModel()
    assert isinstance(model, RowTableModel)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert (model.rowCount(), model.columnCount()) == (0, 2)
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(2)] == [
        "Kategorie", "Anzahl"]
    model.set_rows(ROWS)
    assert (model.rowCount(), model.rowCount(model.index(0, 0))) == (5, 0)
    assert model.row(0).category == "syrien"
    assert [_cell(model, i, 0) for i in range(5)] == [r.label for r in ROWS]
    assert [_cell(model, i, 1) for i in range(5)] == ["12", ".", "mindestens 9", ".", "–"]
    assert model.data(QModelIndex()) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    switch_language(ctx, qtbot, "en")
    model.relabel()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
    model.set_rows([])
    assert model.rowCount() == 0


def test_hidden_cells_are_grey_explained_and_sort_low(ctx):
    model = CountsModel()
    model.set_rows(ROWS)
    assert [_cell(model, i, 1, SORT_ROLE) for i in range(5)] == [12, -1, 9, -1, 0]
    assert [_cell(model, i, 0, SORT_ROLE) for i in range(5)] == [0, 1, 2, 3, 4]
    assert _cell(model, 0, 1, Qt.ItemDataRole.ForegroundRole) is None
    assert _cell(model, 1, 1, Qt.ItemDataRole.ForegroundRole) == MUTED
    assert _cell(model, 0, 1, Qt.ItemDataRole.ToolTipRole) is None
    assert "Aus Datenschutzgründen nicht ausgewiesen" in _cell(
        model, 1, 1, Qt.ItemDataRole.ToolTipRole)
    assert "Mindestens" in _cell(model, 2, 1, Qt.ItemDataRole.ToolTipRole)
    small = _cell(model, 3, 1, Qt.ItemDataRole.ToolTipRole)
    assert small != _cell(model, 1, 1, Qt.ItemDataRole.ToolTipRole)
    alignment = _cell(model, 0, 1, Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)
    assert _cell(model, 0, 0, Qt.ItemDataRole.TextAlignmentRole) is None
