"""The settings, as tabs: General, Security, plus the sections other areas register
(`page_registry.SETTINGS_SECTIONS`). Used by the settings dialog and the settings page.

A setting fixed by the administrator's policy (`SettingsService.is_locked`) is shown
greyed out with the note "set by your administrator" and is never written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop import settings as settings_mod
from mfd_desktop.gui import page_registry
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.i18n import fill
from mfd_desktop.gui.tasks import TaskFailure, show_failure
from mfd_desktop.security import os_keyring

log = logging.getLogger("mfd.gui.settings")

LANGUAGE_NAMES = (("de", "Deutsch"), ("en", "English"))
POLICY_STYLE = "color: #6b6b6b; font-style: italic;"


class _PolicyRow(QWidget):
    """An input plus the "set by your administrator" note when the policy fixes it."""

    def __init__(self, editor: QWidget, locked: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.note = QLabel(self)
        self.note.setObjectName("policyNote")
        self.note.setStyleSheet(POLICY_STYLE)
        self.note.setVisible(locked)
        editor.setEnabled(not locked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor)
        row.addWidget(self.note)
        row.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(self.tr("set by your administrator"))


class SettingsPanel(QTabWidget):
    applied = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 keyring_available: Callable[[], bool] = os_keyring.available):
        super().__init__(parent)
        self.ctx = ctx
        self._keyring_ok = self._probe(keyring_available)
        self.general = QWidget(self)
        self.security = QWidget(self)
        self.addTab(self.general, "")
        self.addTab(self.security, "")
        self._build_general()
        self._build_security()
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

    # ----- building -----------------------------------------------------------------------

    def _build_general(self) -> None:
        s = self.ctx.settings
        self.language = QComboBox(self.general)
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.auto_lock = QSpinBox(self.general)
        self.auto_lock.setObjectName("autoLockSpin")
        # An administrator's policy may cap auto-lock; offer nothing above the cap.
        cap = s.maximum(settings_mod.AUTO_LOCK_MINUTES.key)
        self.auto_lock.setRange(settings_mod.AUTO_LOCK_MINUTES.minimum,
                                min(cap or settings_mod.AUTO_LOCK_MINUTES.maximum,
                                    settings_mod.AUTO_LOCK_MINUTES.maximum))
        self.clipboard = QSpinBox(self.general)
        self.clipboard.setObjectName("clipboardSpin")
        self.clipboard.setRange(settings_mod.CLIPBOARD_CLEAR_SECONDS.minimum,
                                settings_mod.CLIPBOARD_CLEAR_SECONDS.maximum)
        self.rows = {
            settings_mod.LANGUAGE.key: _PolicyRow(self.language,
                                                  s.is_locked(settings_mod.LANGUAGE.key)),
            settings_mod.AUTO_LOCK_MINUTES.key: _PolicyRow(
                self.auto_lock, s.is_locked(settings_mod.AUTO_LOCK_MINUTES.key)),
            settings_mod.CLIPBOARD_CLEAR_SECONDS.key: _PolicyRow(
                self.clipboard, s.is_locked(settings_mod.CLIPBOARD_CLEAR_SECONDS.key)),
        }
        self.language_label, self.auto_lock_label, self.clipboard_label = (
            QLabel(self.general), QLabel(self.general), QLabel(self.general))
        self.language_label.setBuddy(self.language)
        self.auto_lock_label.setBuddy(self.auto_lock)
        self.clipboard_label.setBuddy(self.clipboard)
        form = QFormLayout(self.general)
        form.addRow(self.language_label, self.rows[settings_mod.LANGUAGE.key])
        form.addRow(self.auto_lock_label, self.rows[settings_mod.AUTO_LOCK_MINUTES.key])
        form.addRow(self.clipboard_label, self.rows[settings_mod.CLIPBOARD_CLEAR_SECONDS.key])

    def _build_security(self) -> None:
        s = self.ctx.settings
        allowed = bool(s.get(settings_mod.REMEMBER_ALLOWED.key))
        self.remember = QCheckBox(self.security)
        self.remember.setObjectName("rememberCheck")
        self.remember_row = _PolicyRow(self.remember, not allowed, self.security)
        if allowed and not self._keyring_ok:
            self.remember.setEnabled(False)
        self.remember_note = QLabel(self.security)
        self.remember_note.setWordWrap(True)
        self.change_button = QPushButton(self.security)
        self.change_button.setObjectName("changePassphraseButton")
        self.change_button.clicked.connect(self.open_change_passphrase)
        self.recovery_button = QPushButton(self.security)
        self.recovery_button.setObjectName("newRecoveryKeyButton")
        self.recovery_button.clicked.connect(self.open_new_recovery_key)
        self.info = QLabel(self.security)
        self.info.setWordWrap(True)
        self.info.setStyleSheet(POLICY_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.security)
        layout.addWidget(self.remember_row)
        layout.addWidget(self.remember_note)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.info)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTabText(self.indexOf(self.general), self.tr("General"))
        self.setTabText(self.indexOf(self.security), self.tr("Security"))
        for section in self.sections:
            self.setTabText(self.indexOf(section), section.title())
        self.language_label.setText(self.tr("&Language:"))
        self.auto_lock_label.setText(self.tr("Lock &automatically after:"))
        self.auto_lock.setSuffix(self.tr(" minutes without input"))
        self.clipboard_label.setText(self.tr("Clear &clipboard after:"))
        self.clipboard.setSuffix(self.tr(" seconds"))
        self.language.setAccessibleName(self.tr("Language"))
        self.auto_lock.setAccessibleName(self.tr("Lock automatically after minutes"))
        self.clipboard.setAccessibleName(self.tr("Clear clipboard after seconds"))
        self.remember.setText(self.tr("&Remember on this device"))
        if not self.ctx.settings.get(settings_mod.REMEMBER_ALLOWED.key):
            note = self.tr("Your administrator does not allow remembering the vault key.")
        elif not self._keyring_ok:
            note = self.tr("This computer has no secure password store, so the vault key "
                           "cannot be remembered here.")
        else:
            note = self.tr("Unlock with this computer's password store instead of the "
                           "passphrase. Only on a laptop that only you use.")
        self.remember_note.setText(note)
        self.change_button.setText(self.tr("Change &passphrase…"))
        self.recovery_button.setText(self.tr("New recovery &key…"))
        for row in self.rows.values():
            row.retranslate()
        self.remember_row.retranslate()
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
        from mfd_desktop.gui.security_dialogs import ChangePassphraseDialog

        ChangePassphraseDialog(self.ctx, self).exec()
        self._show_info()

    def open_new_recovery_key(self) -> None:
        from mfd_desktop.gui.security_dialogs import NewRecoveryKeyDialog

        NewRecoveryKeyDialog(self.ctx, self).exec()
