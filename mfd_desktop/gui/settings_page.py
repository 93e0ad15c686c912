"""The "Settings" navigation entry: the settings panel with a Save button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.page_base import Page
from mfd_desktop.gui.settings_panel import SettingsPanel


class SettingsPage(Page):
    nav_key = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.panel: SettingsPanel | None = None
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveSettingsButton")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self)
        self.revert_button.clicked.connect(self.revert)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("&Save"))
        self.revert_button.setText(self.tr("&Undo changes"))

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
