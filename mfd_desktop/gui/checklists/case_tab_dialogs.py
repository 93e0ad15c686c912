"""The questions the „Checklisten“ tab asks: deleting a checklist and updating it to a
newer template version (with the list of changes). Texts in the tab's Linguist context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_delete(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ChecklistsTab", "Delete checklist"),
        QCoreApplication.translate("ChecklistsTab",
                                   "Delete this checklist with all states and notes?"))
    return answer == QMessageBox.StandardButton.Yes


def confirm_update(parent: QWidget, lines: list[str]) -> bool:
    """The changes (the first twelve shown, all under details); True on OK."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("ChecklistsTab", "Update to new version"))
    box.setText(QCoreApplication.translate(
        "ChecklistsTab", "These changes will be applied. States, due dates and notes of the "
        "remaining documents are kept."))
    box.setDetailedText("\n".join(lines))
    box.setInformativeText("\n".join(lines[:12]))
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Ok
