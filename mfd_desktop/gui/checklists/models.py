"""Table models for checklists (tested without views).

`language` ("de"/"en") picks the texts that come from templates: in English the
snapshot's English title/label where it has one, else the German one. The owner sets it
from the UI language (`set_language`, also after a language switch).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.checklists.open_documents import OpenDocument
from mfd_desktop.errors import UserError
from mfd_desktop.gui.form_widgets import german_date
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.messages import render

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QBrush(QColor("#a01818"))
RETIRED = QBrush(QColor("#777777"))


def state_label(state: str) -> str:
    """The state in the UI language (German labels are the domain's own)."""
    labels = {
        "fehlt": QCoreApplication.translate("ChecklistStates", "missing"),
        "angefordert": QCoreApplication.translate("ChecklistStates", "requested"),
        "liegt_vor_kopie": QCoreApplication.translate("ChecklistStates", "available (copy)"),
        "liegt_vor_original": QCoreApplication.translate("ChecklistStates",
                                                         "available (original)"),
        "eingereicht": QCoreApplication.translate("ChecklistStates", "submitted"),
        "entfaellt": QCoreApplication.translate("ChecklistStates", "not needed"),
    }
    return labels.get(state, state)


def _texts_changed(model: QAbstractTableModel) -> None:
    """Every cell and header may read differently now (same rows, same order)."""
    rows, columns = model.rowCount(), model.columnCount()
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)


class OpenDocumentsModel(QAbstractTableModel):
    COLUMNS = ("due", "case_number", "client", "checklist", "document", "state")

    def __init__(self, parent=None, language: str = "de"):
        super().__init__(parent)
        self._rows: list[OpenDocument] = []
        self.today = dt.date.today()
        self.language = language

    def set_language(self, language: str) -> None:
        """Show template texts in `language`; rows and selection stay."""
        self.language = language
        _texts_changed(self)

    def set_rows(self, rows: list[OpenDocument]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> OpenDocument:
        return self._rows[index]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Due"), self.tr("Case no."), self.tr("Client"), self.tr("Checklist"),
                  self.tr("Document"), self.tr("State"))
        return titles[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == "due":
                return (r.sort_due or "9999") if role == SORT_ROLE else german_date(r.sort_due)
            return {"case_number": r.case_number, "client": r.client_name,
                    "checklist": render(r.title(), self.language),
                    "document": render(r.label(), self.language),
                    "state": state_label(r.state)}[column]
        if role == Qt.ItemDataRole.ForegroundRole and r.is_overdue(self.today):
            return OVERDUE
        return None


class ChecklistItemsModel(QAbstractTableModel):
    """Items of one checklist. State, due date and note are editable; edits go straight
    to the service (small writes); a bad date raises a German message via `error`."""

    COLUMNS = ("document", "state", "due", "note")
    error = Signal(str)
    changed = Signal()

    def __init__(self, conn_provider, parent=None, language: str = "de"):
        super().__init__(parent)
        self._conn = conn_provider
        self._checklist: cc.Checklist | None = None
        self.language = language

    def set_language(self, language: str) -> None:
        """Show template texts in `language`; rows and selection stay."""
        self.language = language
        _texts_changed(self)

    @property
    def checklist(self) -> cc.Checklist | None:
        return self._checklist

    def set_checklist(self, checklist: cc.Checklist | None) -> None:
        self.beginResetModel()
        self._checklist = checklist
        self.endResetModel()

    def item(self, row: int) -> cc.ChecklistItem:
        assert self._checklist is not None
        return self._checklist.items[row]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        if parent.isValid() or self._checklist is None:
            return 0
        return len(self._checklist.items)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Document"), self.tr("State"), self.tr("Due (DD.MM.YYYY)"),
                self.tr("Note"))[section]

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and self.COLUMNS[index.column()] != "document":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._checklist is None:
            return None
        item = self._checklist.items[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "document":
                text = render(item.label(), self.language)
                condition = render(item.condition(), self.language)
                if condition:
                    text += f" ({condition})"
                if item.retired:
                    text += " – " + self.tr("no longer in the template")
                return text
            if column == "state":
                return state_label(item.state)
            if column == "due":
                return german_date(item.due_date)
            return item.note or ""
        if role == Qt.ItemDataRole.EditRole:
            return {"document": render(item.label(), self.language), "state": item.state,
                    "due": german_date(item.due_date), "note": item.note or ""}[column]
        if role == Qt.ItemDataRole.ToolTipRole and item.template_item and item.template_item.note:
            return item.template_item.note
        if role == Qt.ItemDataRole.ForegroundRole and item.retired:
            return RETIRED
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 - Qt API
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._checklist is None:
            return False
        item = self._checklist.items[index.row()]
        column = self.COLUMNS[index.column()]
        conn = self._conn()
        try:
            if column == "state":
                cc.set_state(conn, item.id, str(value))
            elif column == "due":
                cc.set_due_date(conn, item.id, str(value or "").strip() or None)
            elif column == "note":
                cc.set_note(conn, item.id, str(value or ""))
            else:
                return False
        except UserError as exc:
            self.error.emit(gui_text(exc))
            return False
        self._checklist = cc.get(conn, self._checklist.id)
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), self.columnCount() - 1))
        self.changed.emit()
        return True
