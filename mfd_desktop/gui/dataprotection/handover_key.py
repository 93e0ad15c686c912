"""„Mein Übergabe-Schlüssel“ (Datei › Mein Übergabe-Schlüssel…): this vault's handover
public key and its fingerprint, with a button to copy the key.

A colleague who wants to hand a case over to this counsellor pastes the key in „Fall
übergeben…“; the file is then sealed to this vault and needs no one-time passphrase. The
key is not secret (it goes on the ordinary clipboard, not the self-clearing one); the
fingerprint is compared by phone so a key changed on the way is noticed. The private half
never leaves the encrypted vault (`domain.dataprotection.case_transfer.my_public_key`).

The key is made on first use, which writes to the vault: it is loaded in a worker.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.gui.context import AppContext


def fixed_font(point_delta: int = 0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_delta and font.pointSize() > 0:
        font.setPointSize(font.pointSize() + point_delta)
    return font


class HandoverKeyDialog(QDialog):
    """Shows the key once the worker has it (`key_shown` is then True)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("handoverKeyDialog")
        self.ctx = ctx
        self.public_key = ""
        self.key_fingerprint = ""
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.key_label = QLabel(self)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("handoverKeyText")
        self.key_edit.setReadOnly(True)
        self.key_edit.setFont(fixed_font())
        self.key_edit.setMinimumWidth(self.key_edit.fontMetrics().horizontalAdvance("m" * 52))
        self.key_label.setBuddy(self.key_edit)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyKeyButton")
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self.copy_key)
        self.fingerprint_label = QLabel(self)
        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("handoverKeyFingerprint")
        self.fingerprint.setFont(fixed_font(3))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare_hint = QLabel(self)
        self.compare_hint.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("handoverKeyStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.copy_button)
        form = QFormLayout()
        form.addRow(self.key_label, key_row)
        form.addRow(self.fingerprint_label, self.fingerprint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.compare_hint)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        ctx.locking.connect(self._on_locking)
        self.retranslate()
        self.load()

    @property
    def key_shown(self) -> bool:
        return bool(self.public_key)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("My handover key"))
        self.intro.setText(self.tr(
            "With this key, a colleague can hand a case over to you without a one-time "
            "password. The key is not secret: send it to your colleague, for example by "
            "e-mail. They paste it under “Hand case over…” › “To a colleague's handover "
            "key”."))
        self.key_label.setText(self.tr("&Key:"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy handover key"))
        self.fingerprint_label.setText(self.tr("Fingerprint:"))
        self.compare_hint.setText(self.tr(
            "Compare the fingerprint by phone with the one your colleague's app shows after "
            "pasting your key. If they match, the key was not changed on the way. Colleagues "
            "who take over a case from you see the same fingerprint as its sender."))
        if not self.key_shown and not self.status.text():
            self.status.setText(self.tr("Loading the key…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> int | None:
        if not self.ctx.is_unlocked:
            return None

        def done(result: tuple[str, str]) -> None:
            self.public_key, self.key_fingerprint = result
            self.key_edit.setText(self.public_key)
            self.key_edit.setCursorPosition(0)
            self.fingerprint.setText(self.key_fingerprint)
            self.copy_button.setEnabled(True)
            self.status.setText("")

        return self.ctx.tasks.run_with_connection(
            case_transfer.my_public_key, on_done=done,
            on_error=lambda failure: self.status.setText(failure.message))

    def copy_key(self) -> None:
        """Onto the ordinary clipboard: the key is public and is meant to be pasted into
        an e-mail, so it must not vanish after a few seconds."""
        if not self.key_shown:
            return
        QGuiApplication.clipboard().setText(self.public_key)
        self.status.setText(self.tr("The key is on the clipboard. Paste it into an e-mail "
                                    "to your colleague."))

    def _on_locking(self) -> None:
        self.reject()

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.locking.disconnect(self._on_locking)
        super().done(result)
