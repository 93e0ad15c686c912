"""Shows a recovery key in large readable groups and saves the Notfallblatt PDF.

The PDF is rendered in a worker and written only to the file the user picks.
Layout, button text and tool tip: the form ui/recovery_key_view.ui.
"""

from __future__ import annotations

import functools
import html
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase
from PySide6.QtWidgets import QFileDialog, QWidget

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_recovery_key_view import Ui_RecoveryKeyView
from mfd_desktop.gui.i18n import fill
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.reports.pdf_base import write_pdf
from mfd_desktop.reports.recovery_sheet import render_recovery_sheet
from mfd_desktop.security import recovery_key


def _make_sheet(key: str, vault_id: str, target: str) -> str:
    write_pdf(Path(target), render_recovery_sheet(key, vault_id))
    return target


class RecoveryKeyView(QWidget):
    """Controller of the form ui/recovery_key_view.ui."""

    pdf_saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 show_groups: bool = True, show_save: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self._key = ""
        self._vault_id = ""
        self.ui = ui = Ui_RecoveryKeyView()
        ui.setupUi(self)
        count = recovery_key.CHARS // recovery_key.GROUP
        self._group_labels = [getattr(ui, f"group{i + 1}") for i in range(count)]
        self._numbers = [getattr(ui, f"number{i + 1}") for i in range(count)]
        self.save_button, self.busy, self.status = ui.savePdfButton, ui.busyBar, ui.statusLabel
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.6)
        mono.setWeight(QFont.Weight.Bold)
        for label in self._group_labels:
            label.setFont(mono)
        self.busy.hide()
        self.save_button.clicked.connect(self.choose_and_save)
        self.status.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        if not show_groups:
            for label in [*self._group_labels, *self._numbers]:
                label.hide()
            ui.viewLayout.removeItem(ui.groupsSpace)
        if not show_save:
            for widget in (self.save_button, self.busy, self.status):
                widget.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for i, label in enumerate(self._group_labels):
            label.setAccessibleName(fill(self.tr("Group %1 of the recovery key"), i + 1))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_key(self, key: str, vault_id: str) -> None:
        self._key = key
        self._vault_id = vault_id
        for label, group in zip(self._group_labels, recovery_key.groups(key), strict=True):
            label.setText(group)
        self.status.clear()

    def groups(self) -> list[str]:
        return [label.text() for label in self._group_labels]

    def default_pdf_path(self) -> str:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(docs or Path.home()) / self.tr("Emergency-sheet-MFD-Desktop.pdf"))

    def choose_and_save(self) -> None:
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save emergency sheet"), self.default_pdf_path(),
            self.tr("PDF documents (*.pdf)"))
        if target:
            if not target.lower().endswith(".pdf"):
                target += ".pdf"
            self.save_to(target)

    def save_to(self, target: str) -> None:
        """Render and write the sheet in a worker; the result shows in `status`."""
        self.save_button.setEnabled(False)
        self.busy.show()
        self.status.setText(self.tr("Creating the PDF…"))
        self.ctx.tasks.run(functools.partial(_make_sheet, self._key, self._vault_id, target),
                           on_done=self._saved, on_error=self._failed)

    def _saved(self, target: str) -> None:
        self.save_button.setEnabled(True)
        self.busy.hide()
        url = QUrl.fromLocalFile(target).toString()
        self.status.setText(fill(
            self.tr("Saved: %1. <a href=\"%2\">Open to print</a>. After printing, please "
                    "delete the file."), html.escape(Path(target).name), url))
        self.pdf_saved.emit(target)

    def _failed(self, failure: TaskFailure) -> None:
        self.save_button.setEnabled(True)
        self.busy.hide()
        self.status.setText(fill(self.tr("The PDF could not be saved: %1"),
                                 html.escape(failure.message)))
