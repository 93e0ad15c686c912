"""The lock screen: passphrase → unlocked vault, or a way back in with the recovery key.

Layout, texts, tab order and accessible names: the form ui/unlock_screen.ui.

The KDF runs in a worker (TaskRunner) with a busy indicator; a wrong passphrase is
reported as soon as AES-GCM rejects it and changes no file. On success the screen
hands the vault to `ctx.set_unlocked`. „Passphrase anzeigen“ shows the typed text (off
again after every lock); a hint says when Caps Lock seems to be on – guessed from the
letters typed (gui/caps_lock.py: Qt cannot read Caps Lock on every platform).

The full page check (every page's HMAC + quick_check: seconds on a large vault) does not
delay the window: the vault opens with `full_check=False` and the same check runs right
after on a task-runner connection (a lock meanwhile interrupts it). If it finds damage, the vault is locked at once, the lock screen
shows the German message, and the next unlock runs the full check before opening, so a
damaged vault ends in the restore offer (newest good backup) with the typed passphrase.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from mfd_desktop.errors import VaultDamagedError, WrongSecretError
from mfd_desktop.gui.caps_lock import CapsLockWatch
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_unlock_screen import Ui_UnlockScreen
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.icons import app_icon
from mfd_desktop.gui.status_widgets import ERROR_STYLE
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.security import keyslots as ks
from mfd_desktop.storage.connection import (
    DAMAGED_MESSAGE,
    check_integrity,
)
from mfd_desktop.storage.vault import Vault


def has_device_slot(ctx: AppContext) -> bool:
    try:
        return ks.SLOT_KEYRING in ks.KeySlotFile.load(ctx.paths.keyslots).slots
    except Exception:  # noqa: BLE001 - a damaged file is reported when unlocking
        return False


class UnlockScreen(QWidget):
    """Controller of the form ui/unlock_screen.ui."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._full_check_next = False  # set after the deferred check found damage
        self.ui = ui = Ui_UnlockScreen()
        ui.setupUi(self)
        self.heading, self.subheading = ui.headingLabel, ui.subheadingLabel
        self.passphrase_label, self.passphrase = ui.passphraseLabel, ui.passphraseField
        self.error, self.busy_bar = ui.errorLabel, ui.busyBar
        self.unlock_button, self.device_button = ui.unlockButton, ui.deviceUnlockButton
        self.recovery_link = ui.recoveryLink
        self.show_check, self.caps_hint = ui.showPassphraseCheck, ui.capsLockHint
        self.show_check.toggled.connect(self._show_passphrase)
        self.caps = CapsLockWatch(self.passphrase)
        self.caps.changed.connect(self.caps_hint.setVisible)
        ui.logoLabel.setPixmap(app_icon().pixmap(QSize(64, 64), self.devicePixelRatioF()))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.passphrase.returnPressed.connect(self.unlock_with_passphrase)
        self.unlock_button.clicked.connect(self.unlock_with_passphrase)
        self.device_button.clicked.connect(self.unlock_with_device)
        self.recovery_link.linkActivated.connect(lambda _link: self.open_recovery())
        self.retranslate()
        self.reset()

    # ----- text ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """The form's texts, and the recovery link (its markup stays out of the catalogue)."""
        self.ui.retranslateUi(self)
        self.recovery_link.setText("<a href=\"recover\">" + self.tr(
            "Forgot your passphrase? Open with the recovery key") + "</a>")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----- state --------------------------------------------------------------------------

    def reset(self) -> None:
        """Fresh screen after a lock: empty field, no message, device button if possible."""
        self.passphrase.clear()
        self.show_check.setChecked(False)
        self.caps.reset()
        self.caps_hint.hide()
        self.error.clear()
        self._set_busy(False)
        self.device_button.setVisible(has_device_slot(self.ctx))

    def _show_passphrase(self, shown: bool) -> None:
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                    else QLineEdit.EchoMode.Password)

    def focus_passphrase(self) -> None:
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        for widget in (self.passphrase, self.unlock_button, self.device_button,
                       self.recovery_link, self.show_check):
            widget.setEnabled(not busy)

    @property
    def is_busy(self) -> bool:
        return self._busy

    # ----- unlocking ----------------------------------------------------------------------

    def unlock_with_passphrase(self) -> None:
        if self._busy:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.setText(self.tr("Please enter your passphrase."))
            self.focus_passphrase()
            return
        self.error.setText(self.tr("Opening the vault…"))
        self.error.setStyleSheet("")
        self._set_busy(True)
        self.ctx.tasks.run(
            functools.partial(Vault.unlock_with_passphrase, self.ctx.paths, passphrase,
                              allow_below_floor=self.ctx.allow_below_floor,
                              full_check=self._full_check_next),
            on_done=self._opened, on_error=self._failed)

    def unlock_with_device(self) -> None:
        if self._busy:
            return
        self.error.setText(self.tr("Opening the vault…"))
        self.error.setStyleSheet("")
        self._set_busy(True)
        self.ctx.tasks.run(functools.partial(Vault.unlock_with_device, self.ctx.paths,
                                             full_check=self._full_check_next),
                           on_done=self._opened, on_error=self._failed)

    def _opened(self, vault: Vault) -> None:
        self.passphrase.clear()
        self.show_check.setChecked(False)
        self.caps.reset()
        self.caps_hint.hide()
        self.error.clear()
        self._set_busy(False)
        checked = self._full_check_next
        self._full_check_next = False
        self.ctx.set_unlocked(vault)
        if not checked:
            # On a connection of the task runner: a lock meanwhile interrupts the check
            # before the connections close, and then no callback runs.
            self.ctx.tasks.run_with_connection(
                check_integrity, read_only=True, on_done=functools.partial(self._checked, vault),
                on_error=lambda _failure: None)

    def _checked(self, vault: Vault, problems: list[str]) -> None:
        """The deferred page check's result. Damage: stop using the vault now, say so, and
        make the next unlock check fully (which then offers the newest good backup)."""
        if not problems or self.ctx.vault is not vault:
            return
        self._full_check_next = True
        self.ctx.lock()  # the lock screen comes back (reset() clears the message)
        self._show_error(gui_text(DAMAGED_MESSAGE))

    def _show_error(self, message: str) -> None:
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setText(message)

    def _failed(self, failure: TaskFailure) -> None:
        self._set_busy(False)
        self.error.setStyleSheet(ERROR_STYLE)
        if isinstance(failure.error, WrongSecretError) and self.passphrase.text():
            self.error.setText(self.tr("The passphrase is wrong."))
        else:
            self.error.setText(failure.message)
        self.passphrase.selectAll()
        self.focus_passphrase()
        if isinstance(failure.error, VaultDamagedError):
            self._offer_restore()

    def _offer_restore(self) -> None:
        """Damaged vault: offer the newest backup that opens with the typed passphrase."""
        from mfd_desktop.gui.dataprotection import hooks

        passphrase = self.passphrase.text() or None

        def restored(result) -> None:
            if result is not None and self.passphrase.text():
                self._full_check_next = True
                self.unlock_with_passphrase()

        hooks.offer_restore_after_damage(
            self.ctx, self, passphrase,
            lock_held=getattr(self.ctx, "instance_lock", None) is not None,
            on_restored=restored)

    def open_recovery(self) -> None:
        from mfd_desktop.gui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.ctx, self)
        if dialog.exec() and dialog.vault is not None:
            self.reset()
            self.ctx.set_unlocked(dialog.vault)
