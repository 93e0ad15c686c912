"""Settings → Security → "Change passphrase…": the current passphrase, a new one twice,
and "I suspect that someone knows the old passphrase" (then the vault is re-keyed and a
new recovery key is shown; see gui/security_dialogs.py).

Layout, fixed texts, tab order and accessible names: the form ui/change_passphrase_dialog.ui.
"""

from __future__ import annotations

import functools

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_change_passphrase_dialog import Ui_ChangePassphraseDialog
from mfd_desktop.gui.security_dialogs import _SecurityDialog, change_passphrase


class ChangePassphraseDialog(_SecurityDialog):
    """Controller of the form ui/change_passphrase_dialog.ui."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, Ui_ChangePassphraseDialog(), parent)
        self.fields, self.suspect, self.suspect_note = (
            self.ui.passphraseFields, self.ui.suspectLeakCheck, self.ui.suspectNote)
        # The current passphrase joins the new-passphrase rows so that the fields line up.
        self.fields.add_leading_row(self.current_label, self.current)
        self.fields.changed.connect(self._update)
        self.suspect.toggled.connect(self._state_texts)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        super().retranslate()
        self._state_texts()

    def _state_texts(self) -> None:
        """The intro and the OK button follow the checkbox and the finished re-key."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.new_key:
            ok.setText(self.tr("Done"))
            self.intro.setText(self.tr(
                "The passphrase is changed and the vault is re-encrypted: the old passphrase "
                "and the old recovery key no longer open it. This is your new recovery key. "
                "It is shown only now. Print the emergency sheet and keep it in the office "
                "safe; shred the old one."))
            return
        ok.setText(self.tr("Change passphrase"))
        if self.suspect.isChecked():
            self.intro.setText(self.tr("Enter your current passphrase and choose a new one."))
        else:
            self.intro.setText(self.tr(
                "Enter your current passphrase and choose a new one. The recovery key stays "
                "valid."))

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
