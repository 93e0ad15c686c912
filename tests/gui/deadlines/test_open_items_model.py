"""The open deadlines and follow-ups model, without a view: columns, texts in both
languages, overdue colour, sort keys, empty state."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from mfd_desktop.domain.deadlines.deadline_rules import RULES_BY_KEY
from mfd_desktop.domain.deadlines.open_items import OpenRow
from mfd_desktop.gui.deadlines.open_items_model import OVERDUE_COLOR, OpenItemsModel
from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.messages import render
from tests.gui.conftest import switch_language

TODAY = dt.date.today()


def _rows() -> list[OpenRow]:
    rule = RULES_BY_KEY["widerspruch"]
    return [
        OpenRow("deadline", 1, 7, "MZ-2026-0001", "Amina Haddad", dt.date(2025, 12, 29),
                rule.name(), "Bescheid vom Jobcenter\nzweite Zeile", overridden=True,
                rule_key="widerspruch"),
        OpenRow("followup", 2, None, "", "", TODAY + dt.timedelta(days=3), "Rückruf", ""),
    ]


def _texts(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.COLUMNS)]


def test_rows_headers_roles_and_sort_keys(ctx, qtbot):
    model = OpenItemsModel()
    assert isinstance(model, RowTableModel)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert (model.rowCount(), model.columnCount()) == (0, 6)  # empty state
    assert model.data(QModelIndex()) is None
    model.headers = ["Fällig", "Art", "Fall", "Name", "Was", "Notiz"]
    model.kind_labels = {"deadline": "Frist", "followup": "Wiedervorlage"}
    model.set_rows(_rows())
    assert model.rowCount() == 2
    assert model.headerData(OpenItemsModel.WHAT, Qt.Orientation.Horizontal) == "Was"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    de_name = RULES_BY_KEY["widerspruch"].name_de
    assert _texts(model, 0) == ["Mo 29.12.2025 *", "Frist", "MZ-2026-0001", "Amina Haddad",
                                de_name, "Bescheid vom Jobcenter"]
    assert _texts(model, 1)[1:] == ["Wiedervorlage", "", "", "Rückruf", ""]
    assert (model.data(model.index(0, OpenItemsModel.NOTE), Qt.ItemDataRole.ToolTipRole)
            == "Bescheid vom Jobcenter")
    # overdue rows are red in every column; rows still to come are not
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOR
    assert model.data(model.index(1, 3), Qt.ItemDataRole.ForegroundRole) is None
    role = OpenItemsModel.SORT_ROLE
    assert model.data(model.index(0, OpenItemsModel.DUE), role) == "2025-12-29"
    assert model.data(model.index(0, OpenItemsModel.NAME), role) == "amina haddad"
    assert model.data(model.index(0, OpenItemsModel.DUE), Qt.ItemDataRole.EditRole) is None

    switch_language(ctx, qtbot, "en")
    assert _texts(model, 0)[0] == "Mon 29.12.2025 *"
    assert _texts(model, 0)[OpenItemsModel.WHAT] == render(RULES_BY_KEY["widerspruch"].name(), "en")
    switch_language(ctx, qtbot, "de")
    assert _texts(model, 0)[OpenItemsModel.WHAT] == de_name
    model.set_rows([])
    assert model.rowCount() == 0


def test_unknown_kind_and_retired_rule_are_shown_as_they_are(ctx):
    model = OpenItemsModel()
    model.set_rows([OpenRow("other", 3, 1, "X-1", "N", TODAY, "alt", "", rule_key="retired_rule")])
    assert model.data(model.index(0, OpenItemsModel.KIND)) == "other"
    assert model.data(model.index(0, OpenItemsModel.WHAT)) == "retired_rule"
