"""The audit-log table model without a view: rows from a real vault, headers in both
languages, paging (fetchMore), sorting through a proxy, the empty state."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from mfd_desktop.gui.dataprotection.audit_log_model import AuditLogModel, local_time
from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.storage import audit
from tests.gui.conftest import switch_language

H = Qt.Orientation.Horizontal


def _column(model, column: int) -> list:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_rows_headers_and_roles(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    before = audit.count(conn)
    audit.append(conn, "client.restricted", record_type="client", record_id=7)
    audit.append(conn, "future.action")
    model = AuditLogModel(lambda: conn)
    assert isinstance(model, RowTableModel)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 0  # nothing read before reload()
    model.reload()
    assert (model.rowCount(), model.columnCount()) == (before + 2, 5)
    assert [model.headerData(c, H) for c in range(5)] == ["Nr.", "Wann", "Wer", "Vorgang",
                                                          "Datensatz"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    newest, restricted = model.rows[0], model.rows[1]
    assert newest.action == "future.action" and restricted.action == "client.restricted"
    assert model.data(model.index(0, model.SEQ)) == newest.seq > restricted.seq
    assert model.data(model.index(0, model.WHAT)) == "future.action"  # no label: the key
    assert model.data(model.index(1, model.WHAT)) == "Verarbeitung eingeschränkt"
    assert model.data(model.index(1, model.RECORD)) == "Klient*in 7"
    assert model.data(model.index(0, model.RECORD)) == ""
    assert model.data(model.index(1, model.WHEN)) == local_time(restricted.at)
    assert model.data(model.index(1, model.WHO)) == restricted.actor
    assert model.data(model.index(1, model.WHAT), Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(QModelIndex()) is None
    switch_language(unlocked_ctx, qtbot, "en")
    model.relabel()
    assert model.headerData(3, H) == "What"
    assert model.data(model.index(1, model.WHAT)) == "Processing restricted"
    assert model.data(model.index(1, model.RECORD)) == "Client 7"


def test_pages_sort_and_empty_state(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    for _ in range(7):
        audit.append(conn, "backup.created")
    total = audit.count(conn)
    model = AuditLogModel(lambda: conn)
    model.PAGE = 3
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload()
    assert model.rowCount() == 3 and model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total and not model.canFetchMore(QModelIndex())
    seqs = _column(model, model.SEQ)
    assert seqs == sorted(seqs, reverse=True) == list(range(total, 0, -1))  # newest first
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(model.SEQ, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, model.SEQ).data() for r in range(3)] == [1, 2, 3]
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    assert model.headerData(1, H) == "Wann"  # headers stay without rows
    locked = AuditLogModel(lambda: None)
    locked.reload()
    locked.fetchMore(QModelIndex())
    assert locked.rowCount() == 0 and not locked.canFetchMore(QModelIndex())
