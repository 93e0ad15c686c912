"""The items of one checklist as an editable table (document, state, due date, note).

On the shared `RowTableModel` (rows, headers, counts); the rows are the checklist's
`ChecklistItem`s. State, due date and note are editable; edits go straight to the
service (small writes); a bad date is reported in the UI language via `error`. Retired
items (no longer in the template) are grey. Tested without a view
(tests/gui/checklists/test_checklist_items_model.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.errors import UserError
from mfd_desktop.gui.checklists.models import RETIRED, state_label, texts_changed
from mfd_desktop.gui.form_widgets import german_date
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.row_table_model import RowTableModel
from mfd_desktop.messages import render


class ChecklistItemsModel(RowTableModel):
    """Items of one checklist. State, due date and note are editable; edits go straight
    to the service (small writes); a bad date raises a German message via `error`."""

    COLUMN_KEYS = ("document", "state", "due", "note")
    COLUMNS = len(COLUMN_KEYS)
    error = Signal(str)
    changed = Signal()

    def __init__(self, conn_provider, parent=None, language: str = "de"):
        super().__init__(parent)
        self._conn = conn_provider
        self._checklist: cc.Checklist | None = None
        self.rows: list[cc.ChecklistItem] = []
        self.language = language
        self._set_headers()

    def _set_headers(self) -> None:
        self.headers = [self.tr("Document"), self.tr("State"), self.tr("Due (DD.MM.YYYY)"),
                        self.tr("Note")]

    def set_language(self, language: str) -> None:
        """Show template texts in `language`; rows and selection stay."""
        self.language = language
        self._set_headers()
        texts_changed(self)

    @property
    def checklist(self) -> cc.Checklist | None:
        return self._checklist

    def set_checklist(self, checklist: cc.Checklist | None) -> None:
        self._checklist = checklist
        self.set_rows(checklist.items if checklist is not None else [])

    def item(self, row: int) -> cc.ChecklistItem:
        assert self._checklist is not None
        return self.rows[row]

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and self.COLUMN_KEYS[index.column()] != "document":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._checklist is None:
            return None
        item = self.rows[index.row()]
        column = self.COLUMN_KEYS[index.column()]
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
        item = self.rows[index.row()]
        column = self.COLUMN_KEYS[index.column()]
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
        self.rows = list(self._checklist.items)
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), self.columnCount() - 1))
        self.changed.emit()
        return True
