"""The proxy between the client list view and `ClientTableModel`: it sorts nothing
itself but passes the view's sort to the source model (SQL over all clients, not only
the rows loaded so far)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt


class ClientSortProxy(QSortFilterProxyModel):
    """Passes sorting to the source model (SQL over all clients, not just loaded rows)."""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
