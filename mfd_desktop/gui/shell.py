"""The unlocked part of the main window: navigation list on the left, pages on the right.

Pages are created on first visit (so a slow area does not slow the start) and kept
while the app runs; at lock they get `on_locking()` (save drafts, drop models) and after
unlock `on_unlocked()`. `ctx.open_case` switches to the "clients" entry; the cases
area shows the client itself.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.gui import page_registry
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.icons import nav_icon

log = logging.getLogger("mfd.gui.shell")


class Shell(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries = list(page_registry.NAVIGATION)
        self.pages: dict[str, QWidget] = {}
        # Pages that had on_unlocked() since the last unlock: a page made while the window
        # switches to the shell (the list selects its first row when shown) has loaded
        # already and must not load again in on_unlocked() (Heute loaded twice, issue 21).
        self._unlocked_pages: set[str] = set()
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(210)
        self.nav.setStyleSheet(
            "QListWidget#navigation { border: none; background: #eef2f5; padding-top: 8px; }"
            "QListWidget#navigation::item { padding: 9px 10px; border-radius: 4px; }"
            "QListWidget#navigation::item:selected { background: #2b5877; color: white; }")
        for entry in self.entries:
            item = QListWidgetItem(nav_icon(entry.icon), entry.translated_title(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.heading.setFont(font)
        self.stack = QStackedWidget(self)
        right = QVBoxLayout()
        right.setContentsMargins(18, 12, 18, 12)
        right.addWidget(self.heading)
        right.addWidget(self.stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.nav.currentRowChanged.connect(self._row_changed)
        ctx.open_case.connect(self._open_case)
        self.retranslate()

    # ----- navigation ---------------------------------------------------------------------

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def show_page(self, key: str) -> QWidget | None:
        for row, entry in enumerate(self.entries):
            if entry.key == key:
                self.nav.setCurrentRow(row)
                return self.pages.get(key)
        return None

    def _open_case(self, client_id: int) -> None:
        """Show the case on the clients page. The page may not exist yet (first visit
        from Heute): it is created here, so it cannot miss this request."""
        page = self.page("clients")
        self.show_page("clients")
        opener = getattr(page, "open_case", None)  # the placeholder page has none
        if opener is not None:
            opener(client_id)

    def page(self, key: str) -> QWidget:
        """The page for `key`, created now if needed."""
        if key not in self.pages:
            entry = page_registry.nav_entry(key)
            if entry is None:
                raise KeyError(key)
            page = page_registry.create_page(entry, self.ctx, self.stack)
            self.pages[key] = page
            self.stack.addWidget(page)
            if self.ctx.is_unlocked:
                self._unlocked_pages.add(key)
                page.on_unlocked()
        return self.pages[key]

    def _row_changed(self, row: int) -> None:
        if row < 0 or not self.ctx.is_unlocked:
            return
        key = self.entries[row].key
        fresh = key not in self.pages
        page = self.page(key)  # a page made now has just loaded in on_unlocked()
        self._show(page)
        if not fresh:
            page.on_shown()

    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self.heading.setText(page.title())

    # ----- vault life cycle ---------------------------------------------------------------

    def on_unlocked(self) -> None:
        for key, page in list(self.pages.items()):
            if key not in self._unlocked_pages:
                self._unlocked_pages.add(key)
                page.on_unlocked()
        # Each page loads once per unlock: on_unlocked() above, not on_shown() again.
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        else:
            self._show(self.page(self.entries[self.nav.currentRow()].key))

    def on_locking(self) -> None:
        self._unlocked_pages.clear()
        for key, page in self.pages.items():
            try:
                page.on_locking()
            except Exception as exc:  # one broken page must not stop the lock
                log.error("page %s failed to prepare for locking: %s", key, type(exc).__name__)

    # ----- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        self.nav.setAccessibleName(self.tr("Navigation"))
        for row, entry in enumerate(self.entries):
            self.nav.item(row).setText(entry.translated_title())
        page = self.stack.currentWidget()
        if page is not None:
            self.heading.setText(page.title())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
