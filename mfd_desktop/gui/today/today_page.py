"""Heute: what needs attention today; every row opens its case (double-click or Enter).

Sections come from `mfd_desktop.domain.today` (loaded in a worker, one query set): overdue
deadlines, deadlines of the next 7 days, Wiedervorlagen, residence titles running out,
open checklist items, unsaved drafts and recent cases. Beside them the Kurzkontakte
tally (gui/today/short_contact_tally.py). Quick capture (gui/deadlines/quick_capture.py):
„Frist erfassen“ Ctrl+Shift+D, „Beratung erfassen“ Ctrl+Shift+B, „Wiedervorlage“
Ctrl+Shift+W, also as buttons. Layout: the form ui/today_page.ui, which
places the seven `TodaySection`s and the tally; this class wires them to the data.

One scroll area, and only upwards and downwards: the appointments and the sections
sit in it, each table as tall as its rows (see today_section.py). Where the page is
narrower than `TWO_COLUMNS_FROM` (a 1024-pixel screen) the two columns become one, so
the key texts still fit.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget

from mfd_desktop.domain import today
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.errors import UserError
from mfd_desktop.gui.deadlines.quick_capture import SHORTCUTS, QuickCapture
from mfd_desktop.gui.forms.ui_today_page import Ui_TodayPage
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.page_base import Page
from mfd_desktop.gui.tasks import TaskFailure, show_failure
from mfd_desktop.gui.today.today_section import TodaySection

log = logging.getLogger("mfd.gui.cases.today")


class TodayPage(Page):
    nav_key = "today"
    loaded = Signal()  # after each successful load (tests and screenshots wait for it)

    LEFT = ("deadlines_overdue", "deadlines_week", "followups", "titles", "checklists")
    RIGHT = ("drafts", "recent")
    TWO_COLUMNS_FROM = 1000  # page width in pixels

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.data: today.TodayData | None = None
        self._loading = False
        self._reload_pending = False
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self)
        self.date_label, self.status_label = self.ui.todayDate, self.ui.todayStatus
        self.refresh_button, self.tally = self.ui.todayRefresh, self.ui.shortContactTally
        font = self.date_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.date_label.setFont(font)
        self.refresh_button.clicked.connect(self.refresh)
        refresh_action = QAction(self)
        refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh_action.triggered.connect(self.refresh)
        self.addAction(refresh_action)
        self.tally.bind(ctx, self.conn)
        self.ui.todayAppointments.bind(ctx)  # Termine heute und morgen, first
        self.quick = QuickCapture(ctx, self)
        self.quick_buttons = {"deadline": self.ui.quickDeadline,
                              "consultation": self.ui.quickConsultation,
                              "followup": self.ui.quickFollowup}
        for kind, button in self.quick_buttons.items():
            start = getattr(self.quick, kind)
            button.clicked.connect(lambda _c=False, start=start: start())
            action = QAction(self)  # while Heute is shown, wherever the focus is
            action.setShortcut(QKeySequence(SHORTCUTS[kind]))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, start=start: start())
            self.addAction(action)
        self.quick.saved.connect(lambda *_a: self.refresh())
        self.sections: dict[str, TodaySection] = {}
        for key in self.LEFT + self.RIGHT:
            section: TodaySection = getattr(self.ui, f"section_{key}")
            section.set_key(key)
            section.item_activated.connect(self.open_item)
            section.mark_done.connect(self.mark_done)
            self.sections[key] = section
        # Tab reaches the scroll area after its rows (it is made before them in the form).
        QWidget.setTabOrder(self.sections[self.RIGHT[-1]].view, self.ui.scroll)
        self.ui.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.retranslate()
        # Midnight and long-open windows: refresh every 10 minutes while visible.
        self._timer = QTimer(self)
        self._timer.setInterval(10 * 60 * 1000)
        self._timer.timeout.connect(self._timed_refresh)
        self._timer.start()
        # No load here: the shell calls on_unlocked() right after creating a page (a load
        # from here as well made Heute load twice at every start, issue 21).

    # ----- layout -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _arrange(self, width: int) -> None:
        """Two columns side by side on a wide page, one below the other on a narrow one."""
        direction = (QBoxLayout.Direction.LeftToRight if width >= self.TWO_COLUMNS_FROM
                     else QBoxLayout.Direction.TopToBottom)
        if self.ui.columns.direction() != direction:
            self.ui.columns.setDirection(direction)

    # ----- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
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
        self.ui.todayAppointments.forget()
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
        self.ui.todayAppointments.refresh()
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
            if item.kind == "plan_review" and isinstance(item.ref_id, int):
                self.ctx.case_focus = ("plan", item.ref_id)  # the case opens on this goal
            self.ctx.open_case.emit(int(item.client_id))

    def mark_done(self, item: today.TodayItem) -> None:
        conn = self.conn()
        if conn is None or not isinstance(item.ref_id, int):
            return
        try:
            if item.kind == "deadline":
                deadlines.set_done(conn, item.ref_id)
            elif item.kind in ("followup", "title"):
                followups.set_done(conn, item.ref_id)
            else:  # a Förderplan review is done in the case, with the goal's outcome
                return
        except UserError as exc:
            show_failure(TaskFailure(gui_text(exc), exc, True), self)
        self.refresh()
