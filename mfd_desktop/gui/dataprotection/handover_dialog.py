"""„Fall übergeben“: how the colleague will open the handover file.

Two ways:
- „mit Einmal-Kennwort“ — the app makes a one-time password after writing the file; the
  counsellor reads it out by phone.
- „an den Schlüssel einer Kollegin / eines Kollegen“ — the colleague sent their handover
  key (Datei › Mein Übergabe-Schlüssel…); the file is sealed to their vault and needs no
  password. The key's fingerprint is shown as soon as the key reads correctly, and the
  counsellor confirms they compared it by phone before anything is written.

The dialog only collects the choice (no database, no file): `accepted` means the caller
may ask for the file name and start the export. A malformed key, the counsellor's own
key or an unconfirmed fingerprint keep the dialog open with a German message.
Layout and fixed texts: the form ui/handover_dialog.ui.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.errors import UserError
from mfd_desktop.gui.dataprotection.handover_key import fixed_font
from mfd_desktop.gui.forms.ui_handover_dialog import Ui_HandoverDialog
from mfd_desktop.gui.i18n import fill, gui_text

PASSPHRASE = "passphrase"
KEY = "key"


class HandoverDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, own_fingerprint: str | None = None):
        super().__init__(parent)
        self._own_fingerprint = own_fingerprint
        self.ui = ui = Ui_HandoverDialog()
        ui.setupUi(self)
        self.question, self.group = ui.questionLabel, ui.modeGroup
        self.passphrase_radio, self.passphrase_hint = ui.handoverWithPassphrase, ui.passphraseHint
        self.key_radio, self.key_hint = ui.handoverToKey, ui.keyHint
        self.key_edit, self.fingerprint = ui.colleagueKey, ui.colleagueKeyFingerprint
        self.confirm, self.message, self.buttons = (ui.fingerprintCompared, ui.handoverMessage,
                                                    ui.buttonBox)
        self.key_edit.setFont(fixed_font())
        self.key_edit.setFixedHeight(self.key_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.group.buttonToggled.connect(lambda *_a: self._update())
        self.key_edit.textChanged.connect(self._key_changed)
        self.confirm.toggled.connect(lambda _on: self.message.setText(""))
        self.retranslate()

    # ----- what the caller reads after `accepted` ---------------------------------------

    @property
    def mode(self) -> str:
        return KEY if self.key_radio.isChecked() else PASSPHRASE

    @property
    def recipient_key(self) -> str:
        return "".join(self.key_edit.toPlainText().split())

    @property
    def recipient_fingerprint(self) -> str | None:
        try:
            return case_transfer.key_fingerprint(self.recipient_key)
        except UserError:
            return None

    # ----- texts and state ------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Save handover file…"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "buttons"):
            self.retranslate()
        super().changeEvent(event)

    def _key_changed(self) -> None:
        self.confirm.setChecked(False)  # a compared fingerprint belongs to the old key
        self._update()

    def _update(self) -> None:
        to_key = self.key_radio.isChecked()
        for widget in (self.key_edit, self.fingerprint, self.confirm):
            widget.setEnabled(to_key)
        self.message.setText("")
        if not self.recipient_key:
            self.fingerprint.setText(self.tr("The fingerprint appears here once the key is "
                                             "pasted."))
            return
        found = self.recipient_fingerprint
        if found is None:
            self.fingerprint.setText(self.tr("This key cannot be read yet — please paste it "
                                             "completely."))
            return
        self.fingerprint.setText(fill(self.tr(
            "Fingerprint: %1 — compare it by phone with the one your colleague sees under "
            "File › My handover key…"), f"<b><tt>{found}</tt></b>"))

    # ----- checking before anything is written -------------------------------------------

    def problem(self) -> str | None:
        """Why the dialog cannot be accepted yet (a German sentence), or None."""
        if self.mode == PASSPHRASE:
            return None
        if not self.recipient_key:
            return self.tr("Please paste your colleague's handover key first.")
        try:
            found = case_transfer.key_fingerprint(self.recipient_key)
        except UserError as exc:
            return gui_text(exc)
        if self._own_fingerprint is not None and found == self._own_fingerprint:
            return self.tr("This is your own handover key. Please paste the key your colleague "
                           "sent you.")
        if not self.confirm.isChecked():
            return self.tr("Please compare the fingerprint with your colleague by phone first "
                           "and tick the box.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            if self.mode == KEY and self.recipient_fingerprint is None:
                self.fingerprint.setText("")  # the red message below says what is wrong
            self.message.setText(problem)
            return
        super().accept()

