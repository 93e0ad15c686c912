"""The Heute section model, without a view: columns, overdue rows, item and sort roles."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from mfd_desktop.domain.today import TodayItem
from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.gui.today.today_model import OVERDUE_COLOR, ItemRole, SortRole, TodayTableModel


def _item(**changes) -> TodayItem:
    values = dict(section="deadlines_week", kind="deadline", ref_id=1, client_id=7,
                  case_number="MZ-2026-0001",
                  client_name="Amina Haddad", date=dt.date(2026, 3, 2), text="Widerspruch",
                  overdue=False)
    values.update(changes)
    return TodayItem(**values)


def test_columns_roles_and_overdue(qapp):
    model = TodayTableModel()
    assert isinstance(model, RowTableModel)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_headers(["Datum", "Fall", "Name", "Was"])
    late = _item(ref_id=2, overdue=True, date=dt.date(2026, 2, 1))
    undated = _item(ref_id=3, date=None, text="Entwurf")
    model.set_items([_item(), late, undated])
    assert (model.rowCount(), model.columnCount()) == (3, 4)
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Was"
    row = [model.data(model.index(0, c)) for c in range(4)]
    assert row[1:] == ["MZ-2026-0001", "Amina Haddad", "Widerspruch"] and "2026" in row[0]
    assert model.data(model.index(2, TodayTableModel.DATE)) == ""
    assert model.item(1) is late and model.data(model.index(1, 2), ItemRole) is late
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOR
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(1, 1), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    sort_keys = [model.data(model.index(r, TodayTableModel.DATE), SortRole) for r in range(3)]
    assert sorted(sort_keys) == [sort_keys[1], sort_keys[0], sort_keys[2]]  # undated last
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "Widerspruch"
    assert model.data(QModelIndex()) is None
    model.set_items([])
    assert model.rowCount() == 0
