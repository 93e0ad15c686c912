"""The real Qt dialogs behind the „Datenschutz“ tab's hooks (tests pass their own):
a yes/no question, typing the case number, showing the one-time password, choosing the
disclosure folder and the handover file. Texts in the tab's Linguist context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from mfd_desktop.domain.dataprotection import case_transfer


def ask(parent: QWidget, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


def type_case_number(parent: QWidget, prompt: str, title: str = "") -> str | None:
    title = title or QCoreApplication.translate("DataProtectionTab", "Delete case")
    text, ok = QInputDialog.getText(parent, title, prompt)
    return text if ok else None


def show_passphrase(parent: QWidget, title: str, passphrase: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(QCoreApplication.translate(
        "DataProtectionTab", "One-time password for the handover — please read it out to "
        "your colleague by phone. Never send it with the file."))
    box.setInformativeText(passphrase)
    font = QFont("monospace")
    font.setPointSize(14)
    box.setFont(font)
    box.exec()


def choose_folder(parent: QWidget) -> str:
    title = QCoreApplication.translate("DataProtectionTab", "Folder for the disclosure")
    return QFileDialog.getExistingDirectory(parent, title)


def choose_file(parent: QWidget) -> str:
    title = QCoreApplication.translate("DataProtectionTab", "Save handover file")
    return QFileDialog.getSaveFileName(parent, title, "fall" + case_transfer.SUFFIX,
                                       "MFD (*" + case_transfer.SUFFIX + ")")[0]
