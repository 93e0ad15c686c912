"""Choosing a counsellor profile when several share this laptop.

Each profile has its own vault and passphrase (`mfd_desktop.storage.profiles`); the app
asks whose vault to open before the unlock screen, and only when there is a choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from mfd_desktop.storage.profiles import Profile


def profile_dialog(profiles: list[Profile], parent: QWidget | None = None) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ProfileChooser", "Choose profile"))
    dialog.setLabelText(QCoreApplication.translate(
        "ProfileChooser", "Several counsellors use this computer. Whose data should be opened?"))
    dialog.setComboBoxItems([p.name for p in profiles])
    dialog.setComboBoxEditable(False)
    dialog.setOkButtonText(QCoreApplication.translate("ProfileChooser", "Open"))
    dialog.setCancelButtonText(QCoreApplication.translate("ProfileChooser", "Cancel"))
    return dialog


def choose_profile(profiles: list[Profile], parent: QWidget | None = None,
                   dialog: QInputDialog | None = None) -> Profile | None:
    """The profile to open: the only one without asking, else the counsellor's choice
    (None when they cancel)."""
    if len(profiles) <= 1:
        return profiles[0] if profiles else None
    dialog = dialog or profile_dialog(profiles, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    names = [p.name for p in profiles]
    return profiles[names.index(dialog.textValue())]
