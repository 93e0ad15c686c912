"""Heute, first section: today's and tomorrow's appointments (own ones and imported
calendar events), overlaps flagged; Enter or a double-click opens the case of an
appointment with a client. Layout: ui/today_appointments.ui, placed at the top of
ui/today_page.ui as a promoted widget; the page calls `bind(ctx)` and `refresh()`.
The table has no scroll bars of its own (Heute scrolls as one page): it is as tall as
its rows, its columns fitted with the time and the client complete (gui/column_fit.py),
every cell's full text in its tool tip."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from mfd_desktop.domain import reference
from mfd_desktop.domain.appointments import appointments as appts
from mfd_desktop.gui.appointments import week_model
from mfd_desktop.gui.column_fit import fit_columns
from mfd_desktop.gui.forms.ui_today_appointments import Ui_TodayAppointments
from mfd_desktop.gui.i18n import current_language, fill
from mfd_desktop.gui.tasks import TaskFailure

WHEN, KIND, PLACE, CLIENT, INTERPRETER, STATUS = range(6)


class TodayAppointments(QWidget):
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = None
        self.span: appts.Span | None = None
        self._loading = self._pending = False
        self.ui = Ui_TodayAppointments()
        self.ui.setupUi(self)
        font = self.ui.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.ui.heading.setFont(font)
        self.model = QStandardItemModel(self)
        self.ui.view.setModel(self.model)
        self.ui.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fitter = fit_columns(self.ui.view, (WHEN, KIND, CLIENT))
        self.ui.view.activated.connect(self._activated)
        self.rows: list[int | None] = []  # client id per row
        self.retranslate()
        self._show([])

    def bind(self, ctx) -> None:
        self.ctx = ctx

    def refresh(self) -> None:
        if self.ctx is None or not self.ctx.is_unlocked:
            return
        if self._loading:
            self._pending = True
            return
        self._loading, self._pending = True, False
        self.ctx.tasks.run_with_connection(appts.today_and_tomorrow, read_only=True,
                                           on_done=self._loaded, on_error=self._failed)

    def forget(self) -> None:
        self.span = None
        self._show([])

    def _loaded(self, span: appts.Span) -> None:
        self._loading = False
        if self._pending:
            self.refresh()
            return
        if self.ctx is None or not self.ctx.is_unlocked:
            return
        self.span = span
        self._fill()
        self.loaded.emit()

    def _failed(self, _failure: TaskFailure) -> None:
        self._loading = self._pending = False  # the page's own load reports failures

    def _fill(self) -> None:
        span = self.span
        if span is None:
            self._show([])
            return
        lang = current_language()
        rows: list[tuple[list[str], int | None, bool, bool]] = []
        for offset, word in ((0, self.tr("Today")), (1, self.tr("Tomorrow"))):
            day = span.start + dt.timedelta(days=offset)
            own, imported = span.day(day)
            for a in own:
                rows.append(([f"{word} {a.start:%H:%M}–{a.end:%H:%M}",
                              reference.label("appointment_kind", a.kind, lang),
                              week_model.place_text(a), week_model.client_text(a),
                              week_model.interpreter_text(a),
                              week_model.status_text(a, span.conflicts)],
                             a.client_id, a.id in span.conflicts, False))
            for e in imported:
                when = self.tr("all day") if e.all_day else f"{e.start:%H:%M}–{e.end:%H:%M}"
                rows.append(([f"{word} {when}", e.summary, e.location, "", "",
                              self.tr("imported")], None, False, True))
        self._show(rows)

    def _show(self, rows) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.rows = []
        for cells, client_id, conflict, imported in rows:
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setEditable(False)
                item.setToolTip(item.text())
                if conflict:
                    item.setForeground(QBrush(week_model.CONFLICT_COLOUR))
                elif imported:
                    item.setForeground(QBrush(week_model.IMPORTED_COLOUR))
            self.model.appendRow(items)
            self.rows.append(client_id)
        self.ui.view.setVisible(bool(rows))
        self.ui.empty.setVisible(not rows)
        if rows:
            view = self.ui.view
            height = view.horizontalHeader().height() + 2 * view.frameWidth()
            height += sum(view.rowHeight(r) for r in range(len(rows)))
            view.setFixedHeight(height + 2)
        text = self.tr("Appointments today and tomorrow")
        self.ui.heading.setText(fill(self.tr("%1 (%2)"), text, len(rows)) if rows else text)

    def _activated(self, index) -> None:
        client_id = self.rows[index.row()] if 0 <= index.row() < len(self.rows) else None
        if client_id is not None and self.ctx is not None:
            self.ctx.open_case.emit(int(client_id))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.setHorizontalHeaderLabels([self.tr("When"), self.tr("Kind"),
                                              self.tr("Place"), self.tr("Client"),
                                              self.tr("Interpreter"), self.tr("Status")])
        if self.span is not None:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
