"""„Fall übergeben“: how the colleague will open the handover file.

Two ways:
- „mit Einmal-Kennwort“ — the app makes a one-time password after writing the file; the
  counsellor reads it out by phone.
- „an den Schlüssel einer Kollegin / eines Kollegen“ — the colleague sent their handover
  key (Datei › Mein Übergabe-Schlüssel…); the file is sealed to their vault and needs no
  password. The counsellor pastes the key; as soon as it reads correctly, the pasted text
  (`mfdpk2:…`, a long code nobody needs to read) gives way to a calm panel with the key's
  fingerprint (and the colleague's name when a case from that key was taken over here
  before), and „Anderen Schlüssel einfügen…“ leads back to an empty field. Text that is no
  usable key stays in the field with a German message under it, and the dialog cannot be
  accepted. The counsellor confirms they compared the fingerprint by phone before
  anything is written.

The dialog only collects the choice (no database, no file): `accepted` means the caller
may ask for the file name and start the export. The key itself carries no name; the
caller passes the names of known colleagues (`known_colleagues`, fingerprint → name).
Layout and fixed texts: the form ui/handover_dialog.ui.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.errors import UserError
from mfd_desktop.gui.dataprotection.handover_key import fixed_font
from mfd_desktop.gui.forms.ui_handover_dialog import Ui_HandoverDialog
from mfd_desktop.gui.i18n import fill, gui_text

PASSPHRASE = "passphrase"
KEY = "key"


class HandoverDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, own_fingerprint: str | None = None,
                 known_colleagues: Mapping[str, str] | None = None):
        super().__init__(parent)
        self._own_fingerprint = own_fingerprint
        self._known = dict(known_colleagues or {})
        self.ui = ui = Ui_HandoverDialog()
        ui.setupUi(self)
        self.question, self.group = ui.questionLabel, ui.modeGroup
        self.passphrase_radio, self.passphrase_hint = ui.handoverWithPassphrase, ui.passphraseHint
        self.key_radio, self.key_hint = ui.handoverToKey, ui.keyHint
        self.paste_panel, self.key_edit, self.key_error = (ui.keyPastePanel, ui.colleagueKey,
                                                           ui.colleagueKeyError)
        self.shown_panel, self.key_title = ui.keyShownPanel, ui.colleagueKeyTitle
        self.fingerprint, self.change_button = ui.colleagueKeyFingerprint, ui.changeKeyButton
        self.confirm, self.message, self.buttons = (ui.fingerprintCompared, ui.handoverMessage,
                                                    ui.buttonBox)
        self.key_edit.setFont(fixed_font())
        self.key_edit.setFixedHeight(self.key_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.fingerprint.setFont(fixed_font(3))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.group.buttonToggled.connect(lambda *_a: self._update())
        self.key_edit.textChanged.connect(self._key_changed)
        self.change_button.clicked.connect(self.paste_another_key)
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

    @property
    def key_shown(self) -> bool:
        """A usable key was pasted: the panel with its fingerprint replaces the field."""
        return self._key_problem() is None

    # ----- texts and state ------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._ok().setText(self.tr("&Save handover file…"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "buttons"):
            self.retranslate()
        super().changeEvent(event)

    def _ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def paste_another_key(self) -> None:
        """„Anderen Schlüssel einfügen…“: back to an empty field, ready for pasting."""
        self.key_edit.clear()
        self.key_edit.setFocus()

    def _key_changed(self) -> None:
        self.confirm.setChecked(False)  # a compared fingerprint belongs to the old key
        was_typing = self.focusWidget() is self.key_edit
        self._update()
        if was_typing and self.key_shown:
            self.confirm.setFocus()  # the field is gone; ticking the box is the next step

    def _key_problem(self) -> str | None:
        """Why the pasted text is no usable colleague key (German), "" while nothing is
        pasted, None for a usable key."""
        if not self.recipient_key:
            return ""
        try:
            found = case_transfer.key_fingerprint(self.recipient_key)
        except UserError as exc:
            return gui_text(exc)
        if self._own_fingerprint is not None and found == self._own_fingerprint:
            return self.tr("This is your own handover key. Please paste the key your colleague "
                           "sent you.")
        return None

    def _update(self) -> None:
        to_key = self.key_radio.isChecked()
        problem = self._key_problem()
        shown = problem is None
        self.message.setText("")
        self.paste_panel.setVisible(not shown)
        self.shown_panel.setVisible(shown)
        self.key_error.setText(problem or "")
        self.key_error.setVisible(bool(problem) and to_key)  # no alarm for the other way
        for widget in (self.key_edit, self.key_error, self.shown_panel):
            widget.setEnabled(to_key)
        self.confirm.setEnabled(to_key and shown)
        self._ok().setEnabled(not to_key or shown)
        if not shown:
            self.fingerprint.setText("")
            return
        found = self.recipient_fingerprint or ""
        self.fingerprint.setText(found)
        name = self._known.get(found)
        self.key_title.setText(fill(self.tr(
            "Handover key of %1 (you have taken over a case from there before)."), name)
            if name else self.tr("Your colleague's handover key is complete."))

    # ----- checking before anything is written -------------------------------------------

    def problem(self) -> str | None:
        """Why the dialog cannot be accepted yet (a German sentence), or None."""
        if self.mode == PASSPHRASE:
            return None
        key_problem = self._key_problem()
        if key_problem == "":
            return self.tr("Please paste your colleague's handover key first.")
        if key_problem:
            return key_problem
        if not self.confirm.isChecked():
            return self.tr("Please compare the fingerprint with your colleague by phone first "
                           "and tick the box.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        super().accept()
