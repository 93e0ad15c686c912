"""Settings tab „Sichtschutz“: the short PIN that lifts the privacy screen.

The PIN is stored only as a scrypt hash in the vault (storage/privacy_pin.py); leaving
both fields empty keeps the PIN as it is, „PIN entfernen“ deletes it (then only the
passphrase lifts the screen). Layout: ui/privacy_settings_section.ui.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mfd_desktop.errors import UserError
from mfd_desktop.gui.forms.ui_privacy_settings_section import Ui_PrivacySettingsSection
from mfd_desktop.gui.page_base import SettingsSection
from mfd_desktop.messages import Msg
from mfd_desktop.storage import privacy_pin


class PrivacySettingsSection(SettingsSection):
    """Controller of the form ui/privacy_settings_section.ui."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = ui = Ui_PrivacySettingsSection()
        ui.setupUi(self)
        self.pin, self.repeat, self.remove = ui.pinEdit, ui.repeatEdit, ui.removeCheck
        self.state = ui.stateLabel
        self.remove.toggled.connect(self._remove_toggled)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Privacy screen")

    def _has_pin(self) -> bool:
        return self.ctx.is_unlocked and privacy_pin.has_pin(self.ctx.vault.conn)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.state.setText(
            self.tr("A PIN is set.") if self._has_pin()
            else self.tr("No PIN is set: only the passphrase shows the screen again."))
        self.remove.setEnabled(self._has_pin())

    def _remove_toggled(self, on: bool) -> None:
        for field in (self.pin, self.repeat):
            field.setEnabled(not on)

    def apply(self) -> None:
        if not self.ctx.is_unlocked:
            return
        conn = self.ctx.vault.conn
        if self.remove.isChecked():
            privacy_pin.clear_pin(conn)
        elif self.pin.text() or self.repeat.text():
            if self.pin.text() != self.repeat.text():
                raise UserError(Msg("privacy_pin.repeat_differs"))
            privacy_pin.set_pin(conn, self.pin.text())
        self.pin.clear()
        self.repeat.clear()
        self.remove.setChecked(False)
        self.retranslate()
