"""One Heute section: a heading with a count, a table of rows, an "all clear" line.

Layout: the form ui/today_section.ui. The page places seven of these through its own
form (ui/today_page.ui promotes them) and gives each its key, title and headers.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from mfd_desktop.domain import today
from mfd_desktop.gui.forms.ui_today_section import Ui_TodaySection
from mfd_desktop.gui.today.today_model import TodayTableModel

MAX_VISIBLE_ROWS = 8
RESIZE_PRECISION_ROWS = MAX_VISIBLE_ROWS


class TodaySection(QWidget):
    """A heading with a count, a table of rows and an "all clear" line when empty."""

    item_activated = Signal(object)
    mark_done = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TodaySection()
        self.ui.setupUi(self)
        self.heading, self.view, self.empty = self.ui.heading, self.ui.view, self.ui.empty
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.model = TodayTableModel(self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Widths from the rows in sight (a section shows at most MAX_VISIBLE_ROWS), not
        # all 100 of a full section: ResizeToContents measures every row it is allowed to
        # at each layout (issue 21, startup: 24 rows cost ~60 ms of Heute's first paint).
        header.setResizeContentsPrecision(RESIZE_PRECISION_ROWS)
        self.view.activated.connect(self._activated)
        self.view.customContextMenuRequested.connect(self._menu)
        self.key = ""
        self._title = ""
        self._total = 0
        self.set_items([], 0)

    def set_key(self, key: str) -> None:
        """Which section this is (the page's key); names the widgets after it."""
        self.key = self._title = key
        self.setObjectName(f"section_{key}")
        self.view.setObjectName(f"view_{key}")
        self.empty.setObjectName(f"empty_{key}")
        self._update_heading()

    def set_title(self, title: str, empty_text: str, headers: list[str]) -> None:
        self._title = title
        self.empty.setText(empty_text)
        self.model.set_headers(headers)
        self._update_heading()

    def set_items(self, items: list[today.TodayItem], total: int) -> None:
        self.model.set_items(items)
        self._total = total
        has_rows = bool(items)
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._update_heading()
        self._fit_height()

    def _update_heading(self) -> None:
        count = f" ({self._total})" if self._total else ""
        self.heading.setText(self._title + count)
        self.view.setAccessibleName(self._title)

    def _fit_height(self) -> None:
        rows = min(self.model.rowCount(), MAX_VISIBLE_ROWS)
        row_height = self.view.verticalHeader().defaultSectionSize()
        header = self.view.horizontalHeader().sizeHint().height()
        self.view.setFixedHeight(header + rows * row_height + 2 * self.view.frameWidth() + 2)

    def _activated(self, index: QModelIndex) -> None:
        self.item_activated.emit(self.model.item(index.row()))

    def _menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        item = self.model.item(index.row())
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("Open case"))
        open_action.setEnabled(item.client_id is not None)
        done_action = None
        if item.kind in ("deadline", "followup", "title") and isinstance(item.ref_id, int):
            done_action = menu.addAction(self.tr("Mark as done"))
        chosen = menu.exec(self.view.viewport().mapToGlobal(pos))
        if chosen is open_action:
            self.item_activated.emit(item)
        elif done_action is not None and chosen is done_action:
            self.mark_done.emit(item)
