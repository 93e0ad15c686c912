"""Shows a recovery key in large readable groups and saves the Notfallblatt PDF.

The PDF is rendered in a worker and written only to the file the user picks.
"""

from __future__ import annotations

import functools
import html
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.i18n import fill
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.reports.pdf_base import write_pdf
from mfd_desktop.reports.recovery_sheet import render_recovery_sheet
from mfd_desktop.security import recovery_key


def _make_sheet(key: str, vault_id: str, target: str) -> str:
    write_pdf(Path(target), render_recovery_sheet(key, vault_id))
    return target


class RecoveryKeyView(QWidget):
    pdf_saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 show_groups: bool = True, show_save: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self._key = ""
        self._vault_id = ""
        self._group_labels: list[QLabel] = []
        self._numbers: list[QLabel] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.6)
        mono.setWeight(QFont.Weight.Bold)
        for i in range(recovery_key.CHARS // recovery_key.GROUP):
            label = QLabel(self)
            label.setFont(mono)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet("QLabel { border: 1px solid #8a9ba8; border-radius: 4px;"
                                " background: #f5f7f9; padding: 6px 10px; }")
            number = QLabel(str(i + 1), self)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setStyleSheet("color: #6b6b6b;")
            number.setAccessibleName("")
            grid.addWidget(number, (i // 4) * 2, i % 4)
            grid.addWidget(label, (i // 4) * 2 + 1, i % 4)
            self._group_labels.append(label)
            self._numbers.append(number)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePdfButton")
        self.save_button.clicked.connect(self.choose_and_save)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setOpenExternalLinks(False)
        self.status.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.busy)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if show_groups:
            layout.addLayout(grid)
            layout.addSpacing(8)
        else:
            for label in [*self._group_labels, *self._numbers]:
                label.hide()
        if show_save:
            layout.addLayout(row)
            layout.addWidget(self.status)
        else:
            for widget in (self.save_button, self.busy, self.status):
                widget.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save emergency sheet as &PDF…"))
        self.save_button.setToolTip(self.tr("A one-page sheet with the recovery key, to print "
                                            "and keep in the office safe."))
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
