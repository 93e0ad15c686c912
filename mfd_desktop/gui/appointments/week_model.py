"""The week as a list grouped by day: a bold row per day (the view spans it over all
columns), beneath it the day's appointments and imported calendar events in time order.
Overlapping appointments are flagged ("⚠") in the status column and coloured; imported
events are grey and say "imported". `ROW_ROLE` gives what a row shows:
("appointment", Appointment), ("imported", ImportedEvent) or None for a day row."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from mfd_desktop.domain import reference
from mfd_desktop.domain.appointments import appointments as appts
from mfd_desktop.gui.i18n import current_language
from mfd_desktop.gui.row_table_model import RowTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
CONFLICT_COLOUR = QColor("#a33a00")
IMPORTED_COLOUR = QColor("#6b7780")


def place_text(a: appts.Appointment) -> str:
    if a.place_kind == "office":
        return QCoreApplication.translate("WeekModel", "Office")
    return a.place_text


def client_text(a: appts.Appointment) -> str:
    if a.client_id is None:
        return ""
    return f"{a.case_number} – {a.client_name}" if a.client_name else str(a.case_number)


def interpreter_text(a: appts.Appointment) -> str:
    if not a.interpreter_needed:
        return ""
    if a.interpreter_language:
        return reference.label("languages", a.interpreter_language, current_language())
    return QCoreApplication.translate("WeekModel", "yes")


def status_text(a: appts.Appointment, conflicts: set[int]) -> str:
    parts = []
    if a.id in conflicts:
        parts.append(QCoreApplication.translate("WeekModel", "⚠ overlaps"))
    if a.recorded_as == "consultation":
        parts.append(QCoreApplication.translate("WeekModel", "consultation recorded"))
    elif a.recorded_as == "structural_work":
        parts.append(QCoreApplication.translate("WeekModel", "structural work recorded"))
    return ", ".join(parts)


def day_title(day: dt.date) -> str:
    name = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    title = f"{name}, {day:%d.%m.%Y}"
    if day == dt.date.today():
        today = QCoreApplication.translate("WeekModel", "today")
        title += f"  ({today})"
    return title


def configure_columns(view: QTableView) -> None:
    """Time fixed (a day's title spans it and Kind); Place and Client share the rest, so
    on a small screen they are elided instead of pushing Status out of sight."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
    for column, mode in enumerate((QHeaderView.ResizeMode.Fixed, fit, stretch, stretch,
                                   fit, fit)):
        header.setSectionResizeMode(column, mode)
    header.resizeSection(0, 120)


class WeekModel(RowTableModel):
    COLUMNS = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.span: appts.Span | None = None
        self.conflicts: set[int] = set()
        self.set_headers()

    def set_headers(self) -> None:
        self.headers = [QCoreApplication.translate("WeekModel", "Time"),
                        QCoreApplication.translate("WeekModel", "Kind"),
                        QCoreApplication.translate("WeekModel", "Place"),
                        QCoreApplication.translate("WeekModel", "Client"),
                        QCoreApplication.translate("WeekModel", "Interpreter"),
                        QCoreApplication.translate("WeekModel", "Status")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def set_span(self, span: appts.Span | None) -> None:
        """Rows: ("day", date, empty?), ("appointment", Appointment), ("imported", event)."""
        self.span = span
        self.conflicts = span.conflicts if span else set()
        rows: list[tuple[str, Any, bool]] = []
        day = span.start if span else dt.date.today()
        while span is not None and day <= span.end:
            own, imported = span.day(day)
            rows.append(("day", day, not own and not imported))
            entries = [(a.start, ("appointment", a, False)) for a in own]
            entries += [(e.start, ("imported", e, False)) for e in imported]
            rows += [entry for _start, entry in sorted(entries, key=lambda pair: pair[0])]
            day += dt.timedelta(days=1)
        self.set_rows(rows)

    def day_rows(self) -> list[int]:
        return [i for i, row in enumerate(self.rows) if row[0] == "day"]

    def _cells(self, row: tuple[str, Any, bool]) -> list[str]:
        kind, obj, empty = row
        if kind == "day":
            # the title spans Time and Kind (see AppointmentsPage._loaded)
            return [day_title(obj), "", QCoreApplication.translate("WeekModel", "no appointments")
                    if empty else "", "", "", ""]
        if kind == "appointment":
            a: appts.Appointment = obj
            return [f"{a.start:%H:%M}–{a.end:%H:%M}",
                    reference.label("appointment_kind", a.kind, current_language()),
                    place_text(a), client_text(a), interpreter_text(a),
                    status_text(a, self.conflicts)]
        when = (QCoreApplication.translate("WeekModel", "all day") if obj.all_day
                else f"{obj.start:%H:%M}–{obj.end:%H:%M}")
        return [when, obj.summary, obj.location, "", "",
                QCoreApplication.translate("WeekModel", "imported (recurring)")
                if obj.recurring else QCoreApplication.translate("WeekModel", "imported")]

    def data(self, index: QModelIndex | QPersistentModelIndex,  # noqa: C901 - one per role
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        kind, obj, _empty = row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(row)[index.column()]
        if role == ROW_ROLE:
            return None if kind == "day" else (kind, obj)
        if role == Qt.ItemDataRole.FontRole and kind == "day" and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if kind == "imported" or (kind == "day" and index.column() > 1):
                return QBrush(IMPORTED_COLOUR)
            if kind == "appointment" and obj.id in self.conflicts:
                return QBrush(CONFLICT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and kind != "day":
            # the full text of a cell that may be elided, and the note of an appointment
            text = self._cells(row)[index.column()]
            note = obj.note if kind == "appointment" else ""
            return "\n".join(part for part in (text, note) if part) or None
        return None
