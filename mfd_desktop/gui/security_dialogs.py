"""Change the passphrase; make a new recovery key. Both ask for the current passphrase
first (someone at an unattended, unlocked laptop must not take over the vault) and run
the KDF in a worker. The dialogs close if the vault locks meanwhile.

Re-keying (a new recovery key always; a new passphrase when "I suspect that someone
knows the old passphrase" is ticked) re-encrypts the whole vault: the slow part
(`Vault.prepare_rekey`) runs in a worker with progress, the quick swap
(`Vault.commit_rekey`) on the UI thread, which owns `vault.conn`. While it runs the
dialog cannot be closed (only locking stops it, and then nothing changes). Afterwards
the dialog shows the new recovery key and says that older backups still open with the
old secrets (gui/rekey_notice.py)."""

from __future__ import annotations

import contextlib
import functools

import shiboken6
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.recovery_key_view import RecoveryKeyView
from mfd_desktop.gui.rekey_notice import OldBackupsNotice
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.paths import DataPaths
from mfd_desktop.security import keyslots as ks
from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.storage.vault import Vault


def verify_passphrase(paths: DataPaths, passphrase: str, allow_below_floor: bool) -> None:
    """Raises WrongSecretError unless `passphrase` opens the passphrase slot."""
    slot_file = ks.KeySlotFile.load(paths.keyslots)
    key = ks.open_with_passphrase(slot_file.slot(ks.SLOT_PASSPHRASE), slot_file.vault_id,
                                  passphrase, allow_below_floor=allow_below_floor)
    for i in range(len(key)):
        key[i] = 0


def change_passphrase(vault: Vault, current: str, new: str, kdf_params: KdfParams | None,
                      allow_below_floor: bool) -> None:
    verify_passphrase(vault.paths, current, allow_below_floor)
    vault.change_passphrase(new, kdf_params=kdf_params, allow_below_floor=allow_below_floor)


def prepare_rekey(vault: Vault, current: str, new: str, kdf_params: KdfParams | None,
                  allow_below_floor: bool, progress=None):
    """Worker half of a re-key: check the current passphrase, then `Vault.prepare_rekey`."""
    verify_passphrase(vault.paths, current, allow_below_floor)
    return vault.prepare_rekey(new, kdf_params=kdf_params, allow_below_floor=allow_below_floor,
                               progress=progress)


class _SecurityDialog(QDialog):
    """Shared controller of ui/change_passphrase_dialog.ui and ui/new_recovery_key_dialog.ui.

    `form` is the dialog's `Ui_…` object; its widgets named introLabel, currentLabel,
    currentPassphrase, keyViewSlot, noticeSlot, busyBar, progressLabel, rekeyProgress,
    errorLabel and buttons are used here."""

    def __init__(self, ctx: AppContext, form, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = form
        ui.setupUi(self)
        self.intro, self.current_label, self.current = (
            ui.introLabel, ui.currentLabel, ui.currentPassphrase)
        self.busy, self.progress, self.progress_label = (
            ui.busyBar, ui.rekeyProgress, ui.progressLabel)
        self.error, self.buttons = ui.errorLabel, ui.buttons
        for widget in (self.busy, self.progress, self.progress_label):
            widget.hide()
        self.key_view = RecoveryKeyView(ctx, self)
        self.key_view.hide()
        ui.keyViewSlot.addWidget(self.key_view)
        self.setTabOrder(self.key_view.save_button, self.buttons)  # as it is laid out
        self.notice: OldBackupsNotice | None = None
        self.new_key = ""
        self._rekeying = False
        self._closed = False
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        ctx.locking.connect(self._vault_locking)
        self.current.textChanged.connect(self._update)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The button box names its standard buttons again after this (children get
            # the event after us): give OK its own text back once that is done.
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The form's texts; subclasses add the texts that depend on the state."""
        self.ui.retranslateUi(self)

    def _ready(self) -> bool:
        return bool(self.current.text())

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._ready())

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def _failed(self, failure: TaskFailure) -> None:
        self._rekeying = False
        self.progress.hide()
        self.progress_label.hide()
        self._set_busy(False)
        self.error.setText(failure.message)
        self.current.selectAll()
        self.current.setFocus()

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.locking.disconnect(self._vault_locking)
        self._closed = True
        super().done(result)

    def reject(self) -> None:
        if self._rekeying:  # Escape or the window's close button while re-encrypting
            return
        super().reject()

    def _vault_locking(self) -> None:
        self._rekeying = False  # locking stops the re-key; nothing changes then
        self.reject()

    def start(self) -> None:
        raise NotImplementedError

    # ----- re-keying ----------------------------------------------------------------------

    def _start_rekey(self, new_passphrase: str, kdf_params: KdfParams | None) -> None:
        vault = self.ctx.vault
        if vault is None or vault.is_locked:
            self.reject()
            return
        self.error.clear()
        self._set_busy(True)
        self._rekeying = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self.progress_label.show()
        dialog = self

        def prepared(result) -> None:
            # A closure, not a bound method: it must run even if the dialog is gone, so the
            # prepared re-key is always either committed or thrown away (never left holding
            # the vault's write lock).
            alive = shiboken6.isValid(dialog) and not dialog._closed
            if not alive:
                result.abort()
                return
            try:
                key = vault.commit_rekey(result)
            except UserError as exc:
                dialog._failed(TaskFailure(gui_text(exc), exc, True))
                return
            dialog._rekeyed(key)

        self.ctx.tasks.run(
            functools.partial(prepare_rekey, vault, self.current.text(), new_passphrase,
                              kdf_params, self.ctx.allow_below_floor),
            on_done=prepared, on_error=self._failed, progress=self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)

    def _rekeyed(self, key: str) -> None:
        self._rekeying = False
        self._set_busy(False)
        self.progress.hide()
        self.progress_label.hide()
        self.new_key = key
        self.current.clear()
        self.current_label.hide()
        self.current.hide()
        self._hide_inputs()
        self.key_view.set_key(key, self.ctx.vault.vault_id if self.ctx.vault else "")
        self.key_view.show()
        self.notice = OldBackupsNotice(self.ctx, self)
        self.ui.noticeSlot.addWidget(self.notice)
        self.setTabOrder(self.key_view.save_button, self.notice.delete_button)
        self.setTabOrder(self.notice.delete_button, self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.key_view.save_button.setFocus()  # the next step: print the emergency sheet
        self.retranslate()

    def _hide_inputs(self) -> None:
        """Hide what was typed before the re-key (subclasses add their fields)."""
