"""The settings dialog (menu Tools → Settings…): the settings panel with OK / Cancel.

Layout and title: the form ui/settings_dialog.ui; the panel goes above the error line."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.settings.settings_panel import SettingsPanel


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, **panel_options):
        super().__init__(parent)
        self.ctx = ctx
        self.panel = SettingsPanel(ctx, self, **panel_options)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.dialogLayout.insertWidget(0, self.panel)
        self.error, self.buttons = self.ui.errorLabel, self.ui.buttons
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 440)  # the form's size, again now that the panel is in
        ctx.locking.connect(self._on_locking)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        try:
            self.panel.apply()
        except UserError as exc:
            self.error.setText(gui_text(exc))
            return
        super().accept()

    def _on_locking(self) -> None:
        self.panel.on_locking()
        self.reject()

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.locking.disconnect(self._on_locking)
        super().done(result)
