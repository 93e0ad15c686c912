"""One Heute section: a heading with a count, a table of rows, an "all clear" line.

Layout: the form ui/today_section.ui. The page places seven of these through its own
form (ui/today_page.ui promotes them) and gives each its key, title and headers.

The table never scrolls on its own (Heute has one scroll area, the page's): it is as
tall as its rows, at most `MAX_VISIBLE_ROWS` of them, with a "N more…" link that shows
the rest. Columns are fitted to the table's width with the key text (the rule, the
document, the client's name) complete (gui/column_fit.py; on a narrow column the case
number is left out first); the whole line of the current row, case number included,
stands in the detail line below the table and the row's text in the tool tip.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from mfd_desktop.domain import today
from mfd_desktop.gui.column_fit import fit_columns
from mfd_desktop.gui.forms.ui_today_section import Ui_TodaySection
from mfd_desktop.gui.i18n import fill
from mfd_desktop.gui.today.today_model import TodayTableModel

MAX_VISIBLE_ROWS = 8


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
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # the case number is left out where the key texts need its room (detail line)
        self.fitter = fit_columns(self.view, self.key_columns(""),
                                  optional_columns=(TodayTableModel.CASE,))
        self.view.activated.connect(self._activated)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_detail())
        self.more, self.detail = self.ui.more, self.ui.detail
        self.more.clicked.connect(self.toggle_all)
        self.expanded = False
        self.key = ""
        self._title = ""
        self._total = 0
        self.set_items([], 0)

    @staticmethod
    def key_columns(key: str) -> tuple[int, ...]:
        """The columns that must stay complete: when, who and — where it is the rule,
        the document or the residence title, not free text — what. Free text (a
        follow-up's note, a draft, a case's status) gives way first; the detail line
        and the tool tip show all of it."""
        if key in ("followups", "drafts", "recent"):
            return (TodayTableModel.DATE, TodayTableModel.NAME)
        return (TodayTableModel.DATE, TodayTableModel.WHAT, TodayTableModel.NAME)

    def set_key(self, key: str) -> None:
        """Which section this is (the page's key); names the widgets after it."""
        self.key = self._title = key
        self.setObjectName(f"section_{key}")
        self.view.setObjectName(f"view_{key}")
        self.empty.setObjectName(f"empty_{key}")
        self.more.setObjectName(f"more_{key}")
        self.fitter.set_key_columns(self.key_columns(key))
        self._update_heading()

    def set_title(self, title: str, empty_text: str, headers: list[str]) -> None:
        self._title = title
        self.empty.setText(empty_text)
        self.model.set_headers(headers)
        self._update_heading()
        self._show_rows()  # the "N more…" link in the new language

    def set_items(self, items: list[today.TodayItem], total: int) -> None:
        self.model.set_items(items)
        self._total = total
        has_rows = bool(items)
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._update_heading()
        self._show_rows()
        self._show_detail()

    def toggle_all(self) -> None:
        """Show every row, or only the first `MAX_VISIBLE_ROWS` again."""
        self.expanded = not self.expanded
        self._show_rows()

    def _show_rows(self) -> None:
        rows = self.model.rowCount()
        shown = rows if self.expanded else min(rows, MAX_VISIBLE_ROWS)
        for row in range(rows):
            self.view.setRowHidden(row, row >= shown)
        hidden = rows - shown
        if hidden:
            self.more.setText(fill(self.tr("%1 more…"), hidden))
        else:
            self.more.setText(self.tr("Show fewer"))
        self.more.setVisible(rows > MAX_VISIBLE_ROWS)
        self.more.setAccessibleName(self.more.text())
        self._fit_height(shown)
        self.fitter.schedule()

    def _show_detail(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            self.detail.clear()
            self.detail.hide()
            return
        item = self.model.item(index.row())
        parts = [p for p in (item.case_number, item.client_name,
                             self.model.full_text(index.row())) if p]
        self.detail.setText(" · ".join(parts))
        self.detail.show()

    def _update_heading(self) -> None:
        count = f" ({self._total})" if self._total else ""
        self.heading.setText(self._title + count)
        self.view.setAccessibleName(self._title)

    def _fit_height(self, rows: int) -> None:
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
