"""Ranked search hits as a table model: case number, name, where found, snippet.

On the shared `RowTableModel`. The rows stay in the order the search ranked them (no
sorting); the snippet column is HTML with the matching words in bold (drawn by
`HtmlDelegate`), its tool tip the plain text. `ClientIdRole` gives a hit's client id.
Tested without a view (tests/gui/clients/test_search_results_model.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from mfd_desktop.domain.casework import search
from mfd_desktop.gui.clients.client_list_model import ClientIdRole
from mfd_desktop.gui.row_table_model import RowTableModel


class SearchResultsModel(RowTableModel):
    """Ranked search hits: case number, name, where found, snippet (HTML, highlighted)."""

    COLUMNS = 4
    CASE, NAME, FOUND_IN, SNIPPET = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.found_in: dict[str, str] = {}  # hit kind -> translated "where found"

    @property
    def hits(self) -> list[search.Hit]:
        return self.rows

    def set_hits(self, hits: list[search.Hit]) -> None:
        self.set_rows(hits)

    def set_headers(self, headers: list[str], found_in: dict[str, str]) -> None:
        self.headers, self.found_in = list(headers), dict(found_in)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, self.FOUND_IN),
                                  self.index(len(self.rows) - 1, self.FOUND_IN))

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit: search.Hit = self.rows[index.row()]
        if role == ClientIdRole:
            return hit.client_id
        if role == Qt.ItemDataRole.DisplayRole:
            return (hit.case_number, hit.display_name, self.found_in.get(hit.kind, hit.kind),
                    hit.snippet_html())[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.SNIPPET:
            return hit.snippet_text("", "")
        return None
