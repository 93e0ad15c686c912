"""Shows a recovery key in large readable groups and prints the Notfallblatt.

The PDF is rendered in memory in a worker and opens in the print preview (gui/printing);
no file is written unless the user explicitly chooses "Als PDF speichern…" there.
Layout, button text and tool tip: the form ui/recovery_key_view.ui.
"""

from __future__ import annotations

import functools
import html

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QWidget

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_recovery_key_view import Ui_RecoveryKeyView
from mfd_desktop.gui.i18n import fill
from mfd_desktop.gui.printing import print_pdf
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.reports.recovery_sheet import render_recovery_sheet
from mfd_desktop.security import recovery_key


def _make_sheet(key: str, vault_id: str) -> bytes:
    return render_recovery_sheet(key, vault_id)


class RecoveryKeyView(QWidget):
    """Controller of the form ui/recovery_key_view.ui."""

    preview_opened = Signal(object)  # the print preview of the sheet

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
        self.save_button.clicked.connect(self.print_sheet)
        self.preview = None
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

    def print_sheet(self) -> None:
        """Render the sheet in a worker, then open the print preview."""
        self.save_button.setEnabled(False)
        self.busy.show()
        self.status.setText(self.tr("Creating the PDF…"))
        self.ctx.tasks.run(functools.partial(_make_sheet, self._key, self._vault_id),
                           on_done=self._ready, on_error=self._failed)

    def _ready(self, pdf: bytes) -> None:
        self.save_button.setEnabled(True)
        self.busy.hide()
        self.status.setText(self.tr("Print the sheet and keep it in the office safe."))
        self.preview = print_pdf(self, pdf, title=self.tr("Print emergency sheet"),
                                 suggested_name=self.tr("Emergency-sheet-MFD-Desktop.pdf"))
        self.preview_opened.emit(self.preview)

    def _failed(self, failure: TaskFailure) -> None:
        self.save_button.setEnabled(True)
        self.busy.hide()
        self.status.setText(fill(self.tr("The PDF could not be created: %1"),
                                 html.escape(failure.message)))
