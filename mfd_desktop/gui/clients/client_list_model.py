"""The Klient*innen list as a table model, fetched from the vault page by page.

On the shared `RowTableModel` (rows, headers, counts). It loads `PAGE_SIZE` rows at a
time (`canFetchMore`/`fetchMore`), so 5,000 clients scroll smoothly, and sorts in SQL
over all clients (`sort()` reloads; `ClientSortProxy` forwards the view's sort here).
`ClientIdRole` gives a row's client id. Tested without a view
(tests/gui/clients/test_client_list_model.py).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import clients
from mfd_desktop.gui.form_widgets import german_date
from mfd_desktop.gui.row_table_model import RowTableModel

log = logging.getLogger("mfd.gui.cases.clients")

PAGE_SIZE = 200
ClientIdRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class ClientTableModel(RowTableModel):
    """The client list. Columns: case number, name, status, service, first contact,
    last consultation, tags."""

    COLUMN_KEYS = ("case_number", "name", "status", "service", "first_contact",
                   "last_contact", "tags")
    COLUMNS = len(COLUMN_KEYS)

    def __init__(self, conn_provider, parent=None):
        super().__init__(parent)
        self._conn = conn_provider
        self._total = 0
        self.filter = clients.ClientFilter()
        self.order = "case_number"
        self.descending = False
        self.lang = "de"
        self.headers = list(self.COLUMN_KEYS)
        self._loaded = False  # reload() ran since the last clear(): sort() must reload

    def set_headers(self, headers: list[str]) -> None:
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    # ----- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._loaded = True
        try:
            conn = self._conn()
            self._total = clients.count_clients(conn, self.filter)
            self.rows = clients.list_clients(conn, self.filter, order=self.order,
                                             descending=self.descending, limit=PAGE_SIZE)
        except Exception as exc:  # locked meanwhile: show nothing rather than crash
            log.info("client list not loaded: %s", type(exc).__name__)
            self._total = 0
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows, self._total = [], 0
        self._loaded = False
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = clients.list_clients(self._conn(), self.filter, order=self.order,
                                    descending=self.descending, limit=PAGE_SIZE,
                                    offset=len(self.rows))
        if not more:
            self._total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    @property
    def total(self) -> int:
        return self._total

    def loaded(self) -> int:
        return len(self.rows)

    def row(self, row: int) -> clients.ClientRow:
        return self.rows[row]

    # ----- Qt model API -------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == ClientIdRole:
            return r.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = self.COLUMN_KEYS[index.column()]
        if column == "case_number":
            return r.case_number
        if column == "name":
            return r.display_name
        if column == "status":
            return reference.label("case_status", r.status, self.lang)
        if column == "service":
            value = reference.get("service").value(r.service or "")
            return (value.short or value.label(self.lang)) if value else ""
        if column == "first_contact":
            return german_date(r.first_contact)
        if column == "last_contact":
            return german_date(r.last_contact)
        return r.tags

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL over all clients (not only the loaded rows); an unknown column
        (tags) sorts by case number."""
        key = self.COLUMN_KEYS[column] if 0 <= column < self.COLUMNS else "case_number"
        self.order = key if key in clients.SORT_COLUMNS else "case_number"
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:  # before the first load only the order is noted (the page's
            self.reload()  # constructor sorts, then on_unlocked() loads: one query, not two)
