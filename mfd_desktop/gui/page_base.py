"""Base classes for the widgets areas plug into the window shell.

- `Page`: one entry of the main navigation (see `page_registry.NAVIGATION`).
- `SettingsSection`: one tab of the settings dialog (see `page_registry.SETTINGS_SECTIONS`).

Both are constructed as `Cls(ctx, parent=None)` while the vault is unlocked, and get
`on_unlocked()` / `on_locking()` calls from the shell (pages may also connect to the
`ctx` signals themselves). In `on_locking()` a page saves its drafts and empties its
models; the vault still works during that call. When the UI language changes, Qt
sends LanguageChange and the base class calls `retranslate()`: set texts there.
Translate with `self.tr("English source")`; the shell shows `title()` as heading.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from mfd_desktop.gui.context import AppContext


class Page(QWidget):
    nav_key: str = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        """The translated heading; defaults to the navigation entry's title."""
        from mfd_desktop.gui.page_registry import nav_title

        return nav_title(self.nav_key)

    def on_unlocked(self) -> None:
        """The vault was (re)opened: load data, restore drafts."""

    def on_locking(self) -> None:
        """The vault is about to close: save drafts, drop models and cached personal data."""

    def on_shown(self) -> None:
        """The user navigated to this page (refresh cheap things here)."""

    def retranslate(self) -> None:
        """The UI language changed: set every visible text again (self.tr(...))."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SettingsSection(QWidget):
    """A tab in the settings dialog. `apply()` is called on OK; raise `UserError` to keep
    the dialog open with that message."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        return type(self).__name__

    def apply(self) -> None:
        """Store the section's values."""

    def on_locking(self) -> None:
        """The vault is about to close while the dialog is open."""

    def retranslate(self) -> None:
        """The UI language changed."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
