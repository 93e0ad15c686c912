"""A reusable client picker: a search field (name or case number) over a list of clients.

`ClientPicker.load(ctx)` fills the list in a worker (most recently changed cases first) and
emits `loaded`; typing filters it (any part of the name or the case number, case does not
matter), Up/Down move the selection while the cursor stays in the search field, and
`chosen(client_id)` is emitted on Enter or a double click. `current()` gives the selected
`ClientChoice`. Layout: ui/client_picker.ui; the dialog around it:
gui/clients/client_picker_dialog.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from mfd_desktop.domain.casework.clients import list_clients
from mfd_desktop.gui.forms.ui_client_picker import Ui_ClientPicker
from mfd_desktop.gui.i18n import fill

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_CLIENTS = 20_000


@dataclass(frozen=True)
class ClientChoice:
    client_id: int
    name: str
    case_number: str

    def label(self) -> str:
        """'Nour Beispiel (MZ-2025-0042)' – how the dialogs name the client."""
        return f"{self.name} ({self.case_number})" if self.case_number else self.name


def load_choices(conn) -> list[ClientChoice]:
    """Worker: every client, most recently changed first."""
    rows = list_clients(conn, order="updated_at", descending=True, limit=MAX_CLIENTS)
    return [ClientChoice(r.id, r.display_name or "", r.case_number or "") for r in rows]


class ClientPicker(QWidget):
    """Search field and list of clients (controller of ui/client_picker.ui)."""

    chosen = Signal(int)
    current_changed = Signal()
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_ClientPicker()
        ui.setupUi(self)
        self.search, self.view, self.count_label = ui.searchEdit, ui.resultList, ui.countLabel
        self._choices: dict[int, ClientChoice] = {}
        self._preselect: int | None = None
        self.source = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view.setModel(self.proxy)
        self.setFocusProxy(self.search)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.view.selectionModel().currentChanged.connect(lambda *_a: self.current_changed.emit())
        self.view.activated.connect(self._activated)
        self.search.returnPressed.connect(self._enter)

    # ----- data ---------------------------------------------------------------------------

    def load(self, ctx, preselect: int | None = None) -> None:
        """Fill the list from the open vault in a worker."""
        self._preselect = preselect
        ctx.tasks.run_with_connection(load_choices, read_only=True, on_done=self.set_choices)

    def set_choices(self, choices: list[ClientChoice]) -> None:
        self.source.clear()
        self._choices = {c.client_id: c for c in choices}
        for choice in choices:
            item = QStandardItem(f"{choice.name} – {choice.case_number}"
                                 if choice.case_number else choice.name)
            item.setData(choice.client_id, ID_ROLE)
            item.setEditable(False)
            self.source.appendRow(item)
        self._filter(self.search.text())
        if self._preselect is not None:
            self.select(self._preselect)
        self.loaded.emit()

    def select(self, client_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == client_id:
                self.view.setCurrentIndex(self.proxy.index(row, 0))
                return

    def current(self) -> ClientChoice | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self._choices.get(index.data(ID_ROLE))

    # ----- interaction --------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self.view.setCurrentIndex(self.proxy.index(-1, -1))
            self.current_changed.emit()
        self.count_label.setText(fill(self.tr("%1 of %2 clients"), self.proxy.rowCount(),
                                      self.source.rowCount()))

    def _activated(self, index) -> None:
        if index.isValid():
            self.chosen.emit(int(index.data(ID_ROLE)))

    def _enter(self) -> None:
        choice = self.current()
        if choice is not None:
            self.chosen.emit(choice.client_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                row = self.view.currentIndex().row()
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10,
                        Qt.Key.Key_PageUp: -10}[key]
                row = max(0, min(self.proxy.rowCount() - 1, row + step))
                if self.proxy.rowCount():
                    self.view.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._filter(self.search.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
