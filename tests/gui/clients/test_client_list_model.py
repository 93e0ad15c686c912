"""The client list model without a view, on a real vault: rows, headers, roles, the
SQL sort behind each column, paging, the empty and the locked state."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from mfd_desktop.domain.casework import clients, consultations
from mfd_desktop.gui.clients.client_list_model import PAGE_SIZE, ClientIdRole, ClientTableModel
from mfd_desktop.gui.row_table_model import RowTableModel

HEADERS = ["Fallnummer", "Name", "Status", "Dienst", "Erstkontakt", "Letzte Beratung",
           "Schlagworte"]


def _model(conn) -> ClientTableModel:
    model = ClientTableModel(lambda: conn)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return model


def _column(model, column: int) -> list:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_empty_state_before_loading_and_on_an_empty_vault(qapp, vault):
    model = _model(vault.conn)
    assert isinstance(model, RowTableModel)
    assert (model.rowCount(), model.columnCount(), model.total) == (0, 7, 0)
    assert not model.canFetchMore()
    model.reload()
    assert (model.rowCount(), model.total, model.loaded()) == (0, 0, 0)
    assert model.data(QModelIndex()) is None
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children


def test_headers_follow_set_headers(qapp, vault, qtbot):
    model = _model(vault.conn)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "case_number"  # before any text
    with qtbot.waitSignal(model.headerDataChanged) as blocker:
        model.set_headers(HEADERS)
    assert blocker.args == [Qt.Orientation.Horizontal, 0, 6]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == HEADERS
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_rows_and_roles(qapp, vault):
    conn = vault.conn
    cid = clients.create_client(conn, clients.Client(
        name="Gül Öztürk", case_number="A-1", status="ruhend", service="mbe",
        first_contact="2026-02-03", tags=["Wohnung", "Familie"]))
    consultations.add_consultation(conn, consultations.Consultation(cid, held_on="2026-03-04"))
    clients.create_client(conn, clients.Client(pseudonym="Stern", case_number="A-2",
                                               service="sonstiges"))
    model = _model(conn)
    model.reload()
    assert model.rowCount() == 2 and model.total == 2
    first = [model.data(model.index(0, c)) for c in range(7)]
    assert first == ["A-1", "Gül Öztürk", "ruhend", "MBE", "03.02.2026", "04.03.2026",
                     "Familie, Wohnung"]
    second = [model.data(model.index(1, c)) for c in range(7)]
    assert second[:4] == ["A-2", "Stern", "offen", "sonstiges"]  # no short name: the label
    assert second[4:6] == ["", ""]
    assert model.data(model.index(0, 1), ClientIdRole) == cid
    assert model.row(0).id == cid
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == "Gül Öztürk"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
    model.lang = "en"
    assert model.data(model.index(0, 2)) == "Dormant"
    assert model.data(model.index(1, 3)) == "Other"


def test_each_column_sorts_in_sql(qapp, vault):
    conn = vault.conn
    for number, name, status in (("C-3", "Anna", "abgeschlossen"), ("C-1", "Cem", "offen"),
                                 ("C-2", "Berta", "ruhend")):
        reason = "ziel_erreicht" if status == "abgeschlossen" else None
        clients.create_client(conn, clients.Client(name=name, case_number=number, status=status,
                                                   closing_reason=reason))
    model = _model(conn)
    model.reload()
    assert _column(model, 0) == ["C-1", "C-2", "C-3"]  # case number, ascending by default
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert (model.order, model.descending) == ("name", False)
    assert _column(model, 1) == ["Anna", "Berta", "Cem"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert _column(model, 1) == ["Cem", "Berta", "Anna"]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert model.order == "status" and _column(model, 0) == ["C-3", "C-1", "C-2"]
    for column, key in enumerate(ClientTableModel.COLUMN_KEYS):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        assert model.order == (key if key in clients.SORT_COLUMNS else "case_number")
    model.sort(6, Qt.SortOrder.DescendingOrder)  # tags: not sortable in SQL, by case number
    assert model.order == "case_number" and _column(model, 0) == ["C-3", "C-2", "C-1"]
    model.sort(99)
    assert model.order == "case_number" and not model.descending


def test_list_model_loads_lazily_and_sorts_in_sql(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    for i in range(450):
        clients.create_client(conn, clients.Client(name=f"Person {i:03d}", case_number=f"T-{i:03d}"))
    model = ClientTableModel(lambda: conn)
    model.reload()
    assert model.total == 450 and model.rowCount() == 200
    assert PAGE_SIZE == 200
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 200
    assert model.data(model.index(0, 0)) == "T-449"  # over all rows, not only loaded ones
    model.filter = clients.ClientFilter(status="ruhend")
    model.reload()
    assert model.rowCount() == 0


def test_a_locked_vault_shows_nothing_and_clear_empties(qapp, vault):
    clients.create_client(vault.conn, clients.Client(name="A"))
    connection = {"conn": vault.conn}

    def conn():
        if connection["conn"] is None:
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        return connection["conn"]

    model = ClientTableModel(conn)
    model.reload()
    assert model.rowCount() == 1
    model.clear()
    assert (model.rowCount(), model.total) == (0, 0)
    model.reload()
    connection["conn"] = None
    model.reload()  # locked meanwhile: empty, no exception
    assert (model.rowCount(), model.total) == (0, 0) and not model.canFetchMore()
