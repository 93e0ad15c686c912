"""Forgot the passphrase: open the vault with the recovery key and set a new passphrase.

Both steps run in one worker: the key is checked by AES-GCM before anything changes;
only then is the passphrase slot replaced (atomically). A wrong key changes nothing.
Layout, texts, tab order and accessible names: the form ui/recovery_dialog.ui.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_recovery_dialog import Ui_RecoveryDialog
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.paths import DataPaths
from mfd_desktop.security import recovery_key
from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.storage.vault import Vault


def recover(paths: DataPaths, typed_key: str, new_passphrase: str,
            kdf_params: KdfParams | None, allow_below_floor: bool) -> Vault:
    vault = Vault.unlock_with_recovery_key(paths, typed_key)
    try:
        vault.change_passphrase(new_passphrase, kdf_params=kdf_params,
                                allow_below_floor=allow_below_floor)
    except BaseException:
        vault.lock()
        raise
    return vault


class RecoveryDialog(QDialog):
    """Controller of the form ui/recovery_dialog.ui."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.vault: Vault | None = None
        self.ui = ui = Ui_RecoveryDialog()
        ui.setupUi(self)
        self.intro, self.key_label, self.key_field = (
            ui.introLabel, ui.keyLabel, ui.recoveryKeyField)
        self.passphrase, self.busy, self.error, self.buttons = (
            ui.passphraseFields, ui.busyBar, ui.errorLabel, ui.buttons)
        self.busy.hide()
        # The key row joins the passphrase rows so that the fields line up.
        self.passphrase.add_leading_row(self.key_label, self.key_field)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.key_field.textChanged.connect(self._update)
        self.passphrase.changed.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Open and set passphrase"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The button box names its standard buttons again after this (children get
            # the event after us): give OK its own text back once that is done.
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def _update(self) -> None:
        ready = (recovery_key.normalise(self.key_field.text()) is not None
                 and self.passphrase.is_acceptable())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def start(self) -> None:
        self.error.clear()
        self.busy.show()
        self.buttons.setEnabled(False)
        self.ctx.tasks.run(
            functools.partial(recover, self.ctx.paths, self.key_field.text(),
                              self.passphrase.passphrase(), self.ctx.kdf_params,
                              self.ctx.allow_below_floor),
            on_done=self._done, on_error=self._failed)

    def _done(self, vault: Vault) -> None:
        self.busy.hide()
        self.vault = vault
        self.passphrase.clear()
        self.accept()

    def _failed(self, failure: TaskFailure) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        self.error.setText(failure.message)
        self.key_field.setFocus()
