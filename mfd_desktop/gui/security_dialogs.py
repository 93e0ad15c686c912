"""Change the passphrase; make a new recovery key. Both ask for the current passphrase
first (someone at an unattended, unlocked laptop must not take over the vault) and run
the KDF in a worker. The dialogs close if the vault locks meanwhile."""

from __future__ import annotations

import contextlib
import functools

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.passphrase_fields import PassphraseFields
from mfd_desktop.gui.recovery_key_view import RecoveryKeyView
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


def new_recovery_key(vault: Vault, current: str, allow_below_floor: bool) -> str:
    verify_passphrase(vault.paths, current, allow_below_floor)
    return vault.new_recovery_key()


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
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.intro)
        self.setMinimumWidth(560)
        ctx.locking.connect(self.reject)
        self.current.textChanged.connect(self._update)

    def _finish_layout(self, fields: PassphraseFields | None = None) -> None:
        if fields is not None:
            fields.add_leading_row(self.current_label, self.current)
            self.layout_.addWidget(fields)
        else:
            form = QFormLayout()
            form.addRow(self.current_label, self.current)
            self.layout_.addLayout(form)
        self.layout_.addWidget(self.busy)
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

    def _ready(self) -> bool:
        return bool(self.current.text())

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._ready())

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def _failed(self, failure: TaskFailure) -> None:
        self._set_busy(False)
        self.error.setText(failure.message)
        self.current.selectAll()
        self.current.setFocus()

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.locking.disconnect(self.reject)
        super().done(result)

    def start(self) -> None:
        raise NotImplementedError


class ChangePassphraseDialog(_SecurityDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.fields = PassphraseFields(self)
        self.fields.changed.connect(self._update)
        self._finish_layout(self.fields)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Change passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change passphrase"))
        self.intro.setText(self.tr(
            "Enter your current passphrase and choose a new one. The recovery key stays valid."))

    def _ready(self) -> bool:
        return bool(self.current.text()) and self.fields.is_acceptable()

    def start(self) -> None:
        if not self.ctx.is_unlocked:
            self.reject()
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
        self.key_view = RecoveryKeyView(ctx, self)
        self.key_view.hide()
        self.new_key = ""
        self._finish_layout()
        self.layout_.insertWidget(self.layout_.indexOf(self.busy), self.key_view)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("New recovery key"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Done") if self.new_key else self.tr("Create new key"))
        if not self.new_key:
            self.intro.setText(self.tr(
                "A new recovery key replaces the old one at once: the old emergency sheet stops "
                "working and should be shredded. Enter your current passphrase to continue."))
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
        self.error.clear()
        self._set_busy(True)
        self.ctx.tasks.run(
            functools.partial(new_recovery_key, self.ctx.vault, self.current.text(),
                              self.ctx.allow_below_floor),
            on_done=self._made, on_error=self._failed)

    def _made(self, key: str) -> None:
        self._set_busy(False)
        self.new_key = key
        self.current.clear()
        self.current_label.hide()
        self.current.hide()
        self.key_view.set_key(key, self.ctx.vault.vault_id if self.ctx.vault else "")
        self.key_view.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.retranslate()

    def _ready(self) -> bool:
        return bool(self.new_key) or bool(self.current.text())
