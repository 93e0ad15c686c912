"""Fristen: calculator, all open deadlines and follow-ups across cases.

Two tabs (layout: ui/deadlines_page.ui; tab 2 is its own widget):
- Fristenrechner: rule and start date → last day with rule, legal basis and "ohne
  Gewähr"; "Save for case…" stores it for a case number (own date with reason there).
- Offene Fristen und Wiedervorlagen (`OpenItemsTab`): one list across cases with filters
  (kind, period, rule); open the case, tick off, set an own last day, new follow-up.
Strukturarbeit is its own page (structural_work_page.py).
Lists load in a worker; small single-row writes use the UI thread's connection.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from mfd_desktop.domain.casework import case_numbers
from mfd_desktop.domain.casework.clients import find_by_case_number
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.deadlines.deadline_dialog import DeadlineDialog
from mfd_desktop.gui.deadlines.open_items_model import OpenItemsModel
from mfd_desktop.gui.deadlines.open_items_tab import OpenItemsTab
from mfd_desktop.gui.forms.ui_deadlines_page import Ui_DeadlinesPage
from mfd_desktop.gui.page_base import Page

__all__ = ["DeadlinesPage", "OpenItemsModel"]


class DeadlinesPage(Page):
    nav_key = "deadlines"
    items_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = ui = Ui_DeadlinesPage()
        ui.setupUi(self)
        self.tabs, self.calculator = ui.deadlineTabs, ui.calculator
        self.case_edit, self.save_for_case_button, self.calc_error = (
            ui.calcCaseNumber, ui.saveForCase, ui.calcError)
        self.open_items = OpenItemsTab(ctx, ui.openTab)
        ui.openTabLayout.addWidget(self.open_items)
        self.open_items.loaded.connect(self.items_loaded)
        self.save_for_case_button.clicked.connect(self.save_for_case)
        self.case_edit.returnPressed.connect(self.save_for_case)
        self.calculator.changed.connect(self._calculation_changed)
        self.tabs.currentChanged.connect(lambda _i: self.on_shown())
        self._calculation_changed()
        if ctx.is_unlocked:
            QTimer.singleShot(0, self.on_unlocked)

    # ----- tab 1: calculator --------------------------------------------------------------

    def _calculation_changed(self) -> None:
        self.save_for_case_button.setEnabled(self.calculator.calculation() is not None)
        self.calc_error.clear()

    def save_for_case(self) -> DeadlineDialog | None:
        """Open the deadline dialog for the typed case number, filled from the calculator."""
        if not self.ctx.is_unlocked or self.calculator.calculation() is None:
            return None
        client_id = find_by_case_number(self.ctx.vault.conn, self.case_edit.text())
        if client_id is None:
            self.calc_error.setText(self.tr("There is no case with this case number."))
            return None
        self.calc_error.clear()
        dialog = DeadlineDialog(self.ctx, client_id, self)
        src, dst = self.calculator, dialog.calculator
        dst.set_rule(src.rule_key())
        dst.date_edit.setDate(src.date_edit.date())
        dst.posted_check.setChecked(src.posted_check.isChecked())
        dst.no_instruction_check.setChecked(src.no_instruction_check.isChecked())
        dialog.accepted.connect(self.reload_items)
        dialog.open()
        return dialog

    # ----- the lists ----------------------------------------------------------------------

    def reload_items(self, *_args) -> None:
        self.open_items.reload()

    # ----- life cycle and texts -----------------------------------------------------------

    def on_unlocked(self) -> None:
        self._case_placeholder()
        self.reload_items()

    def on_shown(self) -> None:
        if self.ctx.is_unlocked:
            self.on_unlocked()

    def on_locking(self) -> None:
        self.open_items.clear()
        self.case_edit.clear()

    def _case_placeholder(self) -> None:
        """„z. B. MZ-2026-0042“: the site's own form of case number."""
        if self.ctx.is_unlocked:
            example = case_numbers.example(self.ctx.vault.conn)
            self.case_edit.setPlaceholderText(self.tr("e.g. %1").replace("%1", example))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)  # the tabs and the calculator retranslate themselves
        self._case_placeholder()
