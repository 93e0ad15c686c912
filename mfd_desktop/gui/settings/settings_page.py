"""The "Settings" navigation entry: the settings panel with a Save button.

Layout and button texts: the form ui/settings_page.ui; the panel is put above the
buttons after unlock."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.page_base import Page
from mfd_desktop.gui.settings.settings_panel import SettingsPanel


class SettingsPage(Page):
    nav_key = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.panel: SettingsPanel | None = None
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.status, self.save_button, self.revert_button = (
            self.ui.statusLabel, self.ui.saveSettingsButton, self.ui.revertButton)
        self._layout = self.ui.pageLayout
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def on_unlocked(self) -> None:
        if self.panel is None:
            self.panel = SettingsPanel(self.ctx, self)
            self._layout.insertWidget(0, self.panel, 1)
        self.panel.load()
        self.status.clear()

    def on_locking(self) -> None:
        if self.panel is not None:
            self.panel.on_locking()
            # Sections may show personal data (sync, backups): rebuild after unlock.
            self.panel.deleteLater()
            self.panel = None

    def save(self) -> None:
        if self.panel is None:
            return
        try:
            self.panel.apply()
        except UserError as exc:
            self.status.setText(gui_text(exc))
            return
        self.status.setText(self.tr("Settings saved."))

    def revert(self) -> None:
        if self.panel is not None:
            self.panel.load()
            self.status.clear()
