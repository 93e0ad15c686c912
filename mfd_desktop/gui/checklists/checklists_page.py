"""The „Checklisten“ page: Offene Unterlagen across all clients (`open_documents_view`)
and template management (`templates_view`), one tab each.

In the English UI template titles, offices and document labels show in English where
the template (for a case's checklist: its stored snapshot) has them, else in German. A
language switch retranslates the page and refills both tables, keeping the selection.
Layout and tab titles: the form ui/checklists_page.ui.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mfd_desktop.gui.checklists.open_documents_view import OpenDocumentsView
from mfd_desktop.gui.checklists.templates_view import TemplatesView
from mfd_desktop.gui.forms.ui_checklists_page import Ui_ChecklistsPage
from mfd_desktop.gui.page_base import Page


class ChecklistsPage(Page):
    nav_key = "checklists"

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_ChecklistsPage()
        self.ui.setupUi(self)
        self.tabs = self.ui.tabs
        self.open_view = OpenDocumentsView(ctx)
        self.templates_view = TemplatesView(ctx)
        self.ui.openDocumentsTabLayout.addWidget(self.open_view)
        self.ui.templatesTabLayout.addWidget(self.templates_view)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.open_view.retranslate()
        self.templates_view.retranslate()

    def on_unlocked(self) -> None:
        self.open_view.refresh()

    def on_shown(self) -> None:
        self.open_view.refresh()

    def on_locking(self) -> None:
        self.open_view.clear()
