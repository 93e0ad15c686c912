"""Strukturarbeit: network and committee work without a case, as its own page.

The entry form and the list are `StructuralWorkTab` (layout ui/structural_work_tab.ui);
this page puts it into the navigation (after Fristen, where it was a tab before) with
its own F1 chapter. Emits `activities_loaded` after each list load.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.deadlines.structural_work_tab import StructuralWorkTab
from mfd_desktop.gui.page_base import Page


class StructuralWorkPage(Page):
    nav_key = "structural_work"
    activities_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("structuralWorkPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.structural = StructuralWorkTab(ctx, self)
        layout.addWidget(self.structural)
        self.structural.loaded.connect(self.activities_loaded)
        if ctx.is_unlocked:
            QTimer.singleShot(0, self.on_unlocked)

    def reload_activities(self) -> None:
        self.structural.reload()

    def on_unlocked(self) -> None:
        self.structural.bind_draft()
        self.reload_activities()

    def on_shown(self) -> None:
        if self.ctx.is_unlocked:
            self.on_unlocked()

    def on_locking(self) -> None:
        # The draft keeper saves and clears the form itself on ctx.locking.
        self.structural.clear()

    def retranslate(self) -> None:
        pass  # the tab retranslates itself
