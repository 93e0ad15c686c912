"""The Strukturarbeit model, without a view: columns, alignment, sort keys, empty state;
the year's totals line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from mfd_desktop.domain.casework.structural_work import Activity, ActivityTotal
from mfd_desktop.gui.deadlines.activities_model import ActivitiesModel
from mfd_desktop.gui.deadlines.structural_work_page import year_totals_args
from mfd_desktop.gui.row_table_model import RowTableModel


def test_rows_headers_roles_and_sort_keys(ctx):
    model = ActivitiesModel()
    assert isinstance(model, RowTableModel)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert (model.rowCount(), model.columnCount()) == (0, 5)
    model.headers = ["Datum", "Tätigkeit", "Minuten", "Teilnehmende", "Notiz"]
    counted = Activity(1, "gremienarbeit", dt.date(2026, 3, 12), 90, 12, "AG Migration")
    uncounted = Activity(2, "netzwerktreffen", dt.date(2026, 3, 5), 45, None, "")
    model.set_rows([counted, uncounted])
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Minuten"
    row = [model.data(model.index(0, c)) for c in range(5)]
    assert row == ["Do 12.03.2026", counted.type_label, "90", "12", "AG Migration"]
    assert model.data(model.index(1, ActivitiesModel.PARTICIPANTS)) == ""  # not counted
    assert model.data(model.index(0, ActivitiesModel.NOTE), Qt.ItemDataRole.ToolTipRole) == (
        "AG Migration")
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(0, ActivitiesModel.MINUTES),
                      Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.data(model.index(0, ActivitiesModel.NOTE), Qt.ItemDataRole.TextAlignmentRole) is None
    role = ActivitiesModel.SORT_ROLE
    assert [model.data(model.index(r, ActivitiesModel.DATE), role) for r in range(2)] == [
        "2026-03-12", "2026-03-05"]
    assert [model.data(model.index(r, ActivitiesModel.MINUTES), role) for r in range(2)] == [90, 45]
    # not counted sorts before every count, numbers as numbers
    assert [model.data(model.index(r, ActivitiesModel.PARTICIPANTS), role)
            for r in range(2)] == [12, -1]
    assert model.data(model.index(0, ActivitiesModel.TYPE), role) == counted.type_label.casefold()
    assert model.data(QModelIndex()) is None
    model.set_rows([])
    assert model.rowCount() == 0


def test_year_totals_are_summed_with_a_decimal_comma():
    totals = [ActivityTotal("gremienarbeit", 2, 12, 90), ActivityTotal("netzwerktreffen", 1, 0, 45)]
    assert year_totals_args(totals) == ("3", "2,2", "12")  # 135 minutes = 2.25 hours
    assert year_totals_args([]) == ("0", "0,0", "0")
