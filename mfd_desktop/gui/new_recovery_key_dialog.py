"""Settings → Security → "New recovery key…": the current passphrase, then the vault is
re-keyed and the new recovery key is shown (see gui/security_dialogs.py).

Layout, fixed texts, tab order and accessible names: the form ui/new_recovery_key_dialog.ui.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_new_recovery_key_dialog import Ui_NewRecoveryKeyDialog
from mfd_desktop.gui.security_dialogs import _SecurityDialog


class NewRecoveryKeyDialog(_SecurityDialog):
    """Controller of the form ui/new_recovery_key_dialog.ui."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, Ui_NewRecoveryKeyDialog(), parent)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        super().retranslate()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Done") if self.new_key else self.tr("Create new key"))
        if not self.new_key:
            self.intro.setText(self.tr(
                "A new recovery key replaces the old one at once: the whole vault is "
                "re-encrypted with a new key, so the old emergency sheet stops working and "
                "should be shredded. This can take a minute. Enter your current passphrase "
                "to continue."))
        else:
            self.intro.setText(self.tr(
                "This is your new recovery key. It is shown only now. Print the emergency sheet "
                "and keep it in the office safe."))

    def start(self) -> None:
        if self.new_key:
            self.accept()
            return
        if not self.ctx.is_unlocked:
            self.reject()
            return
        # The passphrase stays; it is wrapped again around the new key.
        self._start_rekey(self.current.text(), None)

    def _ready(self) -> bool:
        return bool(self.new_key) or bool(self.current.text())
