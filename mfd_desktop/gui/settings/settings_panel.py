"""The settings, as tabs: General, Security, plus the sections other areas register
(`page_registry.SETTINGS_SECTIONS`). Used by the settings dialog and the settings page.

A setting fixed by the administrator's policy (`SettingsService.is_locked`) is shown
greyed out with the note "set by your administrator" and is never written.
Layout, fixed texts, tab order and accessible names: the form ui/settings_panel.ui.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from mfd_desktop import settings as settings_mod
from mfd_desktop.gui import page_registry
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_settings_panel import Ui_SettingsPanel
from mfd_desktop.gui.i18n import fill
from mfd_desktop.gui.tasks import TaskFailure, show_failure
from mfd_desktop.security import os_keyring

log = logging.getLogger("mfd.gui.settings")

LANGUAGE_NAMES = (("de", "Deutsch"), ("en", "English"))


@dataclass(frozen=True)
class PolicyRow:
    """An input of the form and its "set by your administrator" note."""

    editor: QWidget
    note: QLabel

    def show_locked(self, locked: bool) -> None:
        self.note.setVisible(locked)
        self.editor.setEnabled(not locked)


class SettingsPanel(QTabWidget):
    """Controller of the form ui/settings_panel.ui (tabs General and Security)."""

    applied = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 keyring_available: Callable[[], bool] = os_keyring.available):
        super().__init__(parent)
        self.ctx = ctx
        self._keyring_ok = self._probe(keyring_available)
        self.ui = ui = Ui_SettingsPanel()
        ui.setupUi(self)
        self.general, self.security = ui.general, ui.security
        self.language, self.auto_lock, self.clipboard = (
            ui.languageCombo, ui.autoLockSpin, ui.clipboardSpin)
        self.language_label, self.auto_lock_label, self.clipboard_label = (
            ui.languageLabel, ui.autoLockLabel, ui.clipboardLabel)
        self.remember, self.remember_note, self.info = ui.rememberCheck, ui.rememberNote, ui.info
        self.change_button, self.recovery_button = (
            ui.changePassphraseButton, ui.newRecoveryKeyButton)
        self._set_up_general()
        self._set_up_security()
        self.sections = page_registry.create_settings_sections(ctx, self)
        for section in self.sections:
            self.addTab(section, section.title())
        self.retranslate()
        self.load()

    @staticmethod
    def _probe(check: Callable[[], bool]) -> bool:
        try:
            return bool(check())
        except Exception:  # noqa: BLE001
            return False

    # ----- setting up ---------------------------------------------------------------------

    def _set_up_general(self) -> None:
        s, ui = self.ctx.settings, self.ui
        for index, (code, _name) in enumerate(LANGUAGE_NAMES):  # the names are in the form
            self.language.setItemData(index, code)
        # An administrator's policy may cap auto-lock; offer nothing above the cap.
        cap = s.maximum(settings_mod.AUTO_LOCK_MINUTES.key)
        self.auto_lock.setRange(settings_mod.AUTO_LOCK_MINUTES.minimum,
                                min(cap or settings_mod.AUTO_LOCK_MINUTES.maximum,
                                    settings_mod.AUTO_LOCK_MINUTES.maximum))
        self.clipboard.setRange(settings_mod.CLIPBOARD_CLEAR_SECONDS.minimum,
                                settings_mod.CLIPBOARD_CLEAR_SECONDS.maximum)
        self.rows = {
            settings_mod.LANGUAGE.key: PolicyRow(self.language, ui.languagePolicyNote),
            settings_mod.AUTO_LOCK_MINUTES.key: PolicyRow(self.auto_lock, ui.autoLockPolicyNote),
            settings_mod.CLIPBOARD_CLEAR_SECONDS.key: PolicyRow(self.clipboard,
                                                                ui.clipboardPolicyNote),
        }
        for key, row in self.rows.items():
            row.show_locked(s.is_locked(key))

    def _set_up_security(self) -> None:
        allowed = bool(self.ctx.settings.get(settings_mod.REMEMBER_ALLOWED.key))
        self.remember_row = PolicyRow(self.remember, self.ui.rememberPolicyNote)
        self.remember_row.show_locked(not allowed)
        if allowed and not self._keyring_ok:
            self.remember.setEnabled(False)
        self.change_button.clicked.connect(self.open_change_passphrase)
        self.recovery_button.clicked.connect(self.open_new_recovery_key)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for section in self.sections:
            self.setTabText(self.indexOf(section), section.title())
        if not self.ctx.settings.get(settings_mod.REMEMBER_ALLOWED.key):
            note = self.tr("Your administrator does not allow remembering the vault key.")
        elif not self._keyring_ok:
            note = self.tr("This computer has no secure password store, so the vault key "
                           "cannot be remembered here.")
        else:
            note = self.tr("Unlock with this computer's password store instead of the "
                           "passphrase. Only on a laptop that only you use.")
        self.remember_note.setText(note)
        self._show_info()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_info(self) -> None:
        vault = self.ctx.vault
        if vault is None or vault.is_locked:
            self.info.clear()
            return
        info = vault.info()
        self.info.setText(fill(self.tr(
            "Encryption: SQLCipher %1, key derivation Argon2id with %2 MiB memory and %3 "
            "passes. Schema version %4."), info.sqlcipher_version, info.kdf.memory_kib // 1024,
            info.kdf.iterations, info.schema_version))

    # ----- values -------------------------------------------------------------------------

    def load(self) -> None:
        s = self.ctx.settings
        index = self.language.findData(s.get(settings_mod.LANGUAGE.key))
        self.language.setCurrentIndex(max(index, 0))
        self.auto_lock.setValue(s.get(settings_mod.AUTO_LOCK_MINUTES.key))
        self.clipboard.setValue(s.get(settings_mod.CLIPBOARD_CLEAR_SECONDS.key))
        vault = self.ctx.vault
        self.remember.setChecked(bool(vault and not vault.is_locked
                                      and vault.is_remembered_on_device()))
        self._show_info()

    def apply(self) -> None:
        """Store changed values; raises UserError (German) if one is refused."""
        s = self.ctx.settings
        wanted = {
            settings_mod.LANGUAGE.key: self.language.currentData(),
            settings_mod.AUTO_LOCK_MINUTES.key: self.auto_lock.value(),
            settings_mod.CLIPBOARD_CLEAR_SECONDS.key: self.clipboard.value(),
        }
        language_before = s.get(settings_mod.LANGUAGE.key)
        for key, value in wanted.items():
            if not s.is_locked(key) and s.get(key) != value:
                s.set(key, value)
        self._apply_remember()
        for section in self.sections:
            section.apply()
        language = s.get(settings_mod.LANGUAGE.key)
        if language != language_before:
            self.ctx.translations.apply(language)
        self.applied.emit()

    def _apply_remember(self) -> None:
        vault = self.ctx.vault
        if vault is None or not self.remember.isEnabled():
            return
        want = self.remember.isChecked()
        if want == vault.is_remembered_on_device():
            return
        work = vault.remember_on_device if want else vault.forget_on_device
        self.ctx.tasks.run(work, on_done=lambda _r: self.load(), on_error=self._remember_failed)

    def _remember_failed(self, failure: TaskFailure) -> None:
        if not failure.expected:
            failure = TaskFailure(self.tr(
                "The password store of this computer did not accept the key. Nothing was "
                "changed."), failure.error, True)
        show_failure(failure, self)
        self.load()

    def on_locking(self) -> None:
        for section in self.sections:
            section.on_locking()

    # ----- security dialogs ---------------------------------------------------------------

    def open_change_passphrase(self) -> None:
        from mfd_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog

        ChangePassphraseDialog(self.ctx, self).exec()
        self._show_info()

    def open_new_recovery_key(self) -> None:
        from mfd_desktop.gui.new_recovery_key_dialog import NewRecoveryKeyDialog

        NewRecoveryKeyDialog(self.ctx, self).exec()
