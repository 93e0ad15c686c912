"""Heute: what needs attention today; every row opens its case (double-click or Enter).

Sections come from `mfd_desktop.domain.today` (loaded in a worker, one query set): overdue
deadlines, deadlines of the next 7 days, Wiedervorlagen, residence titles running out,
open checklist items, unsaved drafts and recent cases. Beside them the Kurzkontakte
tally: pick channel and topic, click "+1"; nothing about the person is stored, and the
last clicks of this session can be undone.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.domain import reference, today
from mfd_desktop.domain.casework import short_contacts
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.errors import UserError
from mfd_desktop.gui.form_widgets import ui_language
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.page_base import Page
from mfd_desktop.gui.tasks import TaskFailure, show_failure
from mfd_desktop.gui.today.today_model import TodayTableModel

log = logging.getLogger("mfd.gui.cases.today")

MAX_VISIBLE_ROWS = 8


class TodaySection(QWidget):
    """A heading with a count, a table of rows and an "all clear" line when empty."""

    item_activated = Signal(object)
    mark_done = Signal(object)

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"section_{key}")
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.model = TodayTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName(f"view_{key}")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.view.activated.connect(self._activated)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.empty = QLabel(self)
        self.empty.setObjectName(f"empty_{key}")
        self.empty.setStyleSheet("color: #5a6670; padding: 2px 0 8px 2px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        self._title = key
        self._total = 0
        self.set_items([], 0)

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


class ShortContactTally(QGroupBox):
    """Kurzkontakte: channel + topic, "+1", undo. Stores only date, channel and topic."""

    counted = Signal()

    def __init__(self, page: TodayPage):
        super().__init__(page)
        self.page = page
        self.setObjectName("shortContactTally")
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("tallyChannel")
        self.topic_combo = QComboBox(self)
        self.topic_combo.setObjectName("tallyTopic")
        self.topic_combo.setMaxVisibleItems(20)
        self.plus_button = QPushButton("+1", self)
        self.plus_button.setObjectName("tallyPlus")
        font = self.plus_button.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.plus_button.setFont(font)
        self.plus_button.setMinimumHeight(40)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("tallyUndo")
        self.undo_button.setEnabled(False)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("tallyCount")
        self.feedback = QLabel(self)
        self.feedback.setObjectName("tallyFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setStyleSheet("color: #2b5877;")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5a6670;")
        self.channel_label, self.topic_label = QLabel(self), QLabel(self)
        self.channel_label.setBuddy(self.channel_combo)
        self.topic_label.setBuddy(self.topic_combo)
        grid = QGridLayout(self)
        grid.addWidget(self.channel_label, 0, 0)
        grid.addWidget(self.channel_combo, 0, 1)
        grid.addWidget(self.topic_label, 1, 0)
        grid.addWidget(self.topic_combo, 1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plus_button, 2)
        buttons.addWidget(self.undo_button, 1)
        grid.addLayout(buttons, 2, 0, 1, 2)
        grid.addWidget(self.count_label, 3, 0, 1, 2)
        grid.addWidget(self.feedback, 4, 0, 1, 2)
        grid.addWidget(self.hint, 5, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self._undo: list[int] = []
        self._today_count = 0
        self.plus_button.clicked.connect(self.count_one)
        self.undo_button.clicked.connect(self.undo_last)
        self._fill_combos()

    def _fill_combos(self) -> None:
        lang = ui_language(self.page.ctx)  # the language the UI shows, as everywhere
        for combo, name in ((self.channel_combo, "channel"), (self.topic_combo, "topics")):
            current = combo.currentData()
            combo.clear()
            for value in reference.get(name).active():
                combo.addItem(value.label(lang), value.key)
            if current:
                combo.setCurrentIndex(max(0, combo.findData(current)))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Short contacts (anonymous tally)"))
        self.channel_label.setText(self.tr("C&hannel:"))
        self.topic_label.setText(self.tr("&Topic:"))
        self.undo_button.setText(self.tr("&Undo last"))
        self.plus_button.setToolTip(self.tr("Count one short contact (no person is stored)"))
        self.plus_button.setAccessibleName(self.tr("Count one short contact"))
        self.undo_button.setAccessibleName(self.tr("Undo the last short contact"))
        self.channel_combo.setAccessibleName(self.tr("Channel of the short contact"))
        self.topic_combo.setAccessibleName(self.tr("Topic of the short contact"))
        self.hint.setText(self.tr("Only date, channel and topic are counted – no name, "
                                  "no note. Counted in the statistics."))
        self._fill_combos()
        self._show_count()

    def set_today_count(self, count: int) -> None:
        self._today_count = count
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("Counted today: %1").replace("%1",
                                                                     str(self._today_count)))

    def count_one(self) -> None:
        conn = self.page.conn()
        if conn is None:
            return
        channel, topic = self.channel_combo.currentData(), self.topic_combo.currentData()
        try:
            contact_id = short_contacts.add(conn, channel, topic)
        except UserError as exc:
            self.feedback.setText(gui_text(exc))
            return
        self._undo.append(contact_id)
        self.undo_button.setEnabled(True)
        self.set_today_count(self._today_count + 1)
        self.feedback.setText(self.tr("Counted: %1 · %2")
                              .replace("%1", self.channel_combo.currentText())
                              .replace("%2", self.topic_combo.currentText()))
        self.counted.emit()

    def undo_last(self) -> None:
        conn = self.page.conn()
        if conn is None or not self._undo:
            return
        contact_id = self._undo.pop()
        if short_contacts.remove(conn, contact_id):
            self.set_today_count(max(0, self._today_count - 1))
            self.feedback.setText(self.tr("The last short contact was removed."))
        self.undo_button.setEnabled(bool(self._undo))

    def forget(self) -> None:
        """At lock: the undo list refers to this session only."""
        self._undo.clear()
        self.undo_button.setEnabled(False)
        self.feedback.clear()


class TodayPage(Page):
    nav_key = "today"
    loaded = Signal()  # after each successful load (tests and screenshots wait for it)

    LEFT = ("deadlines_overdue", "deadlines_week", "followups", "titles")
    RIGHT = ("checklists", "drafts", "recent")

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("todayPage")
        self.data: today.TodayData | None = None
        self._loading = False
        self._reload_pending = False
        self.date_label = QLabel(self)
        self.date_label.setObjectName("todayDate")
        font = self.date_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.date_label.setFont(font)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("todayStatus")
        self.status_label.setStyleSheet("color: #5a6670;")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("todayRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        refresh_action = QAction(self)
        refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh_action.triggered.connect(self.refresh)
        self.addAction(refresh_action)

        self.sections: dict[str, TodaySection] = {}
        left, right = QVBoxLayout(), QVBoxLayout()
        for key in self.LEFT:
            left.addWidget(self._section(key))
        left.addStretch(1)
        self.tally = ShortContactTally(self)
        right.addWidget(self.tally)
        for key in self.RIGHT:
            right.addWidget(self._section(key))
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        body = QWidget(self)
        body.setLayout(columns)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        top = QHBoxLayout()
        top.addWidget(self.date_label)
        top.addStretch(1)
        top.addWidget(self.status_label)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.retranslate()
        # Midnight and long-open windows: refresh every 10 minutes while visible.
        self._timer = QTimer(self)
        self._timer.setInterval(10 * 60 * 1000)
        self._timer.timeout.connect(self._timed_refresh)
        self._timer.start()
        if ctx.is_unlocked:
            QTimer.singleShot(0, self.refresh)

    def _section(self, key: str) -> TodaySection:
        section = TodaySection(key, self)
        section.item_activated.connect(self.open_item)
        section.mark_done.connect(self.mark_done)
        self.sections[key] = section
        return section

    # ----- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Load Heute again (F5)"))
        headers = [self.tr("Date"), self.tr("Case"), self.tr("Name"), self.tr("What")]
        titles = {
            "deadlines_overdue": (self.tr("Overdue deadlines"), self.tr("No overdue deadline.")),
            "deadlines_week": (self.tr("Deadlines in the next 7 days"),
                               self.tr("No deadline in the next 7 days.")),
            "followups": (self.tr("Follow-ups (Wiedervorlagen)"), self.tr("No follow-up due.")),
            "titles": (self.tr("Residence titles running out"),
                       self.tr("No residence title runs out soon.")),
            "checklists": (self.tr("Open checklist items"), self.tr("No open checklist item.")),
            "drafts": (self.tr("Unsaved drafts"), self.tr("No unsaved draft.")),
            "recent": (self.tr("Recent cases"), self.tr("No case yet.")),
        }
        for key, (title, empty) in titles.items():
            section_headers = headers if key != "recent" else \
                [self.tr("Changed"), headers[1], headers[2], self.tr("Status")]
            self.sections[key].set_title(title, empty, section_headers)
        self.tally.retranslate()
        self._show_date()
        if self.data is not None and self.ctx.is_unlocked:
            self.refresh()  # the rows' texts (checklist labels, titles…) in the new language

    def _show_date(self) -> None:
        day = self.data.today if self.data else dt.date.today()
        weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        self.date_label.setText(self.tr("Today, %1 %2")
                                .replace("%1", weekday)
                                .replace("%2", f"{day:%d.%m.%Y}"))

    # ----- loading ------------------------------------------------------------------------

    def conn(self):
        return self.ctx.vault.conn if self.ctx.is_unlocked else None

    def on_unlocked(self) -> None:
        self.refresh()

    def on_shown(self) -> None:
        self.refresh()

    def on_locking(self) -> None:
        self.data = None
        for section in self.sections.values():
            section.set_items([], 0)
        self.tally.forget()
        self.tally.set_today_count(0)
        self.status_label.clear()

    def _timed_refresh(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        if self._loading:
            self._reload_pending = True
            return
        self._loading = True
        self.status_label.setText(self.tr("Loading…"))
        self.ctx.tasks.run_with_connection(today.refresh_today, on_done=self._loaded,
                                           on_error=self._failed)

    def _loaded(self, data: today.TodayData) -> None:
        self._loading = False
        if self._reload_pending:
            self._reload_pending = False
            self.refresh()
            return
        if not self.ctx.is_unlocked:
            return  # locked while loading: show nothing
        self.data = data
        for key, section in self.sections.items():
            section.set_items(data.items(key), data.totals.get(key, 0))
        self.tally.set_today_count(data.short_contacts_today)
        self.status_label.clear()
        self._show_date()
        self.loaded.emit()

    def _failed(self, failure: TaskFailure) -> None:
        self._loading = False
        self._reload_pending = False
        self.status_label.clear()
        if self.ctx.is_unlocked:
            show_failure(failure, self)

    # ----- actions ------------------------------------------------------------------------

    def open_item(self, item: today.TodayItem) -> None:
        if item.client_id is not None:
            self.ctx.open_case.emit(int(item.client_id))

    def mark_done(self, item: today.TodayItem) -> None:
        conn = self.conn()
        if conn is None or not isinstance(item.ref_id, int):
            return
        try:
            if item.kind == "deadline":
                deadlines.set_done(conn, item.ref_id)
            else:  # follow-ups and title reminders
                followups.set_done(conn, item.ref_id)
        except UserError as exc:
            show_failure(TaskFailure(gui_text(exc), exc, True), self)
        self.refresh()
