"""The interpreter address book (ui/interpreter_book_dialog.ui), opened from the
consultation form: a list of entries and one editor (name, languages, contact, kind).
Every write goes through domain/casework/interpreters.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from mfd_desktop.domain.casework import interpreters
from mfd_desktop.domain.casework.interpreters import Interpreter
from mfd_desktop.errors import UserError
from mfd_desktop.gui.form_widgets import refill_reference_widgets, ui_language
from mfd_desktop.gui.forms.ui_interpreter_book_dialog import Ui_InterpreterBookDialog
from mfd_desktop.gui.i18n import gui_text


class InterpreterBookDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_InterpreterBookDialog()
        ui.setupUi(self)
        refill_reference_widgets(self, ui_language(ctx))
        self.editing_id: int | None = None
        ui.entriesList.currentItemChanged.connect(lambda item, _old: self._show(item))
        ui.newButton.clicked.connect(self.new)
        ui.saveButton.clicked.connect(self.save)
        ui.deleteButton.clicked.connect(self.delete)
        ui.buttonBox.rejected.connect(self.reject)
        self.reload()
        self.new()

    @property
    def conn(self):
        return self.ctx.vault.conn

    def reload(self, select: int | None = None) -> None:
        box = self.ui.entriesList
        box.blockSignals(True)
        box.clear()
        for entry in interpreters.all_interpreters(self.conn):
            item = QListWidgetItem(entry.name)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            box.addItem(item)
            if entry.id == select:
                box.setCurrentItem(item)
        box.blockSignals(False)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        entry = interpreters.get(self.conn, int(item.data(Qt.ItemDataRole.UserRole)))
        self.editing_id = entry.id
        self.ui.nameEdit.setText(entry.name)
        self.ui.languagesList.set_keys(list(entry.languages))
        self.ui.contactEdit.setText(entry.contact)
        self.ui.kindCombo.set_key(entry.kind)
        self.ui.deleteButton.setEnabled(True)
        self.ui.statusLabel.clear()

    def new(self) -> None:
        self.editing_id = None
        self.ui.entriesList.clearSelection()
        self.ui.nameEdit.clear()
        self.ui.languagesList.set_keys([])
        self.ui.contactEdit.clear()
        self.ui.kindCombo.set_key(None)
        self.ui.deleteButton.setEnabled(False)
        self.ui.nameEdit.setFocus()

    def save(self) -> bool:
        entry = Interpreter(self.ui.nameEdit.text(), tuple(self.ui.languagesList.keys()),
                            self.ui.contactEdit.text(), self.ui.kindCombo.key())
        try:
            if self.editing_id is None:
                self.editing_id = interpreters.add(self.conn, entry)
            else:
                interpreters.update(self.conn, self.editing_id, entry)
        except UserError as exc:
            self.ui.statusLabel.setText(gui_text(exc))
            return False
        self.reload(select=self.editing_id)
        self.ui.deleteButton.setEnabled(True)
        self.ui.statusLabel.setText(self.tr("Saved."))
        return True

    def delete(self) -> None:
        if self.editing_id is None:
            return
        used = interpreters.times_used(self.conn, self.editing_id)
        if used and QMessageBox.question(
                self, self.tr("Delete"),
                self.tr("Consultations that name this interpreter: %1. They keep the kind "
                        "and the languages, but not the name. Delete?").replace("%1", str(used))
        ) != QMessageBox.StandardButton.Yes:
            return
        try:
            interpreters.delete(self.conn, self.editing_id)
        except UserError as exc:
            self.ui.statusLabel.setText(gui_text(exc))
            return
        self.reload()
        self.new()
