"""The settings dialog (menu Tools → Settings…): the settings panel with OK / Cancel."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.settings_panel import SettingsPanel
from mfd_desktop.gui.status_widgets import error_label


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, **panel_options):
        super().__init__(parent)
        self.ctx = ctx
        self.panel = SettingsPanel(ctx, self, **panel_options)
        self.error = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, 440)
        ctx.locking.connect(self._on_locking)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))

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
