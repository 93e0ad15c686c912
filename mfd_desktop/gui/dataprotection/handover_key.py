"""„Mein Übergabe-Schlüssel“ (Datei › Mein Übergabe-Schlüssel…): this vault's handover
public key as its fingerprint in groups of four, with a button to copy the key. The key
text itself (`mfdpk2:…`) is never shown to the counsellor: it only goes onto the
clipboard (the hidden line edit holds it for accessibility tools and tests).

A colleague who wants to hand a case over to this counsellor pastes the key in „Fall
übergeben…“; the file is then sealed to this vault and needs no one-time passphrase. The
key is not secret (it goes on the ordinary clipboard, not the self-clearing one); the
fingerprint is compared by phone so a key changed on the way is noticed. The private half
never leaves the encrypted vault (`domain.dataprotection.case_transfer.my_public_key`).

The key is made on first use, which writes to the vault: it is loaded in a worker.
Layout and fixed texts: the form ui/handover_key_dialog.ui.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_handover_key_dialog import Ui_HandoverKeyDialog


def fixed_font(point_delta: int = 0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_delta and font.pointSize() > 0:
        font.setPointSize(font.pointSize() + point_delta)
    return font


class HandoverKeyDialog(QDialog):
    """Shows the key once the worker has it (`key_shown` is then True)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.public_key = ""
        self.key_fingerprint = ""
        self.ui = ui = Ui_HandoverKeyDialog()
        ui.setupUi(self)
        self.intro, self.key_label, self.key_edit = ui.introLabel, ui.keyLabel, ui.handoverKeyText
        self.copy_button, self.fingerprint_label = ui.copyKeyButton, ui.fingerprintLabel
        self.fingerprint, self.compare_hint = ui.handoverKeyFingerprint, ui.compareHint
        self.status, self.buttons = ui.handoverKeyStatus, ui.buttonBox
        self.key_edit.setFont(fixed_font())
        self.fingerprint.setFont(fixed_font(3))
        self.copy_button.clicked.connect(self.copy_key)
        self.buttons.rejected.connect(self.reject)
        ctx.locking.connect(self._on_locking)
        self.retranslate()
        self.load()

    @property
    def key_shown(self) -> bool:
        return bool(self.public_key)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if not self.key_shown and not self.status.text():
            self.status.setText(self.tr("Loading the key…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "status"):
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
