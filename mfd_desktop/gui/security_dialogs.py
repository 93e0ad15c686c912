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
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.passphrase_fields import PassphraseFields
from mfd_desktop.gui.recovery_key_view import RecoveryKeyView
from mfd_desktop.gui.rekey_notice import OldBackupsNotice
from mfd_desktop.gui.status_widgets import busy_bar, error_label
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
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.current_label = QLabel(self)
        self.current = QLineEdit(self)
        self.current.setObjectName("currentPassphrase")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_label.setBuddy(self.current)
        self.busy = busy_bar(self)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("rekeyProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.progress_label = QLabel(self)
        self.progress_label.setWordWrap(True)
        self.progress_label.hide()
        self.key_view = RecoveryKeyView(ctx, self)
        self.key_view.hide()
        self.notice: OldBackupsNotice | None = None
        self.new_key = ""
        self._rekeying = False
        self._closed = False
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.intro)
        self.setMinimumWidth(560)
        ctx.locking.connect(self._vault_locking)
        self.current.textChanged.connect(self._update)

    def _finish_layout(self, fields: PassphraseFields | None = None) -> None:
        if fields is not None:
            fields.add_leading_row(self.current_label, self.current)
            self.layout_.addWidget(fields)
        else:
            form = QFormLayout()
            form.addRow(self.current_label, self.current)
            self.layout_.addLayout(form)
        self.layout_.addWidget(self.key_view)
        self.layout_.addWidget(self.busy)
        self.layout_.addWidget(self.progress_label)
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self.retranslate()
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.current_label.setText(self.tr("&Current passphrase:"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.progress_label.setText(self.tr(
            "The vault is being re-encrypted with a new key. This can take a minute; please "
            "do not switch the computer off."))
        self.progress.setAccessibleName(self.tr("Re-encryption progress"))

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
        self.layout_.insertWidget(self.layout_.indexOf(self.key_view) + 1, self.notice)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.retranslate()

    def _hide_inputs(self) -> None:
        """Hide what was typed before the re-key (subclasses add their fields)."""


class ChangePassphraseDialog(_SecurityDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.fields = PassphraseFields(self)
        self.fields.changed.connect(self._update)
        self.suspect = QCheckBox(self)
        self.suspect.setObjectName("suspectLeakCheck")
        self.suspect.toggled.connect(self.retranslate)
        self.suspect_note = QLabel(self)
        self.suspect_note.setWordWrap(True)
        self.suspect_note.setContentsMargins(24, 0, 0, 0)
        self._finish_layout(self.fields)
        index = self.layout_.indexOf(self.fields) + 1
        self.layout_.insertWidget(index, self.suspect)
        self.layout_.insertWidget(index + 1, self.suspect_note)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Change passphrase"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.new_key:
            ok.setText(self.tr("Done"))
            self.intro.setText(self.tr(
                "The passphrase is changed and the vault is re-encrypted: the old passphrase "
                "and the old recovery key no longer open it. This is your new recovery key. "
                "It is shown only now. Save the emergency sheet and keep it in the office "
                "safe; shred the old one."))
            return
        ok.setText(self.tr("Change passphrase"))
        if self.suspect.isChecked():
            self.intro.setText(self.tr("Enter your current passphrase and choose a new one."))
        else:
            self.intro.setText(self.tr(
                "Enter your current passphrase and choose a new one. The recovery key stays "
                "valid."))
        self.suspect.setText(self.tr("I &suspect that someone knows the old passphrase"))
        self.suspect_note.setText(self.tr(
            "Then the whole vault is re-encrypted with a new key and you get a new recovery "
            "key. The old passphrase and the old recovery key will no longer open it. This can "
            "take a minute."))

    def _ready(self) -> bool:
        if self.new_key:
            return True
        return bool(self.current.text()) and self.fields.is_acceptable()

    def _hide_inputs(self) -> None:
        for widget in (self.fields, self.suspect, self.suspect_note):
            widget.hide()

    def start(self) -> None:
        if self.new_key:
            self.accept()
            return
        if not self.ctx.is_unlocked:
            self.reject()
            return
        if self.suspect.isChecked():
            self._start_rekey(self.fields.passphrase(), self.ctx.kdf_params)
            return
        self.error.clear()
        self._set_busy(True)
        self.ctx.tasks.run(
            functools.partial(change_passphrase, self.ctx.vault, self.current.text(),
                              self.fields.passphrase(), self.ctx.kdf_params,
                              self.ctx.allow_below_floor),
            on_done=lambda _r: self.accept(), on_error=self._failed)


class NewRecoveryKeyDialog(_SecurityDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._finish_layout()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New recovery key"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Done") if self.new_key else self.tr("Create new key"))
        if not self.new_key:
            self.intro.setText(self.tr(
                "A new recovery key replaces the old one at once: the whole vault is "
                "re-encrypted with a new key, so the old emergency sheet stops working and "
                "should be shredded. This can take a minute. Enter your current passphrase "
                "to continue."))
        else:
            self.intro.setText(self.tr(
                "This is your new recovery key. It is shown only now. Save the emergency sheet "
                "and keep it in the office safe."))

    def start(self) -> None:
        if self.new_key:
            self.accept()
            return
        if not self.ctx.is_unlocked:
            self.reject()
            return
        # The passphrase stays; it is wrapped again around the new key.
        self._start_rekey(self.current.text(), None)

    def _ready(self) -> bool:
        return bool(self.new_key) or bool(self.current.text())
