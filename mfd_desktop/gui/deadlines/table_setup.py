"""Put a row model behind a sorting proxy into a table view of a form."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView, QTableView


def attach_sorted(view: QTableView, model, sort_order: Qt.SortOrder) -> QSortFilterProxyModel:
    """The view shows `model` sorted by its `SORT_ROLE`, first column in `sort_order`;
    columns fit their content (the form sets selection, sorting and the last stretch)."""
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(model.SORT_ROLE)
    view.setModel(proxy)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.sortByColumn(0, sort_order)
    return proxy
