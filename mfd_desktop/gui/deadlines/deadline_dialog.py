"""New deadline for one client: the calculator plus note, reminders and an own last day.

`DeadlineDialog(ctx, client_id, rule_key=None, start=None)`; OK stores the deadline
(`saved_id`). Typed text is kept as an encrypted draft until saved. Layout:
ui/deadline_dialog.ui (the calculator is ui/deadline_calculator_form.ui).
`format_date` is re-exported for callers that imported it from here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from mfd_desktop.domain.deadlines import deadlines
from mfd_desktop.domain.deadlines.title_expiry import TITLE_EXPIRY_RULES, client_title_expiry
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.dates import format_date, from_qdate, to_qdate
from mfd_desktop.gui.deadlines.draft_dialog import DraftDialog
from mfd_desktop.gui.draft_keeper import DraftKeeper
from mfd_desktop.gui.forms.ui_deadline_dialog import Ui_DeadlineDialog

__all__ = ["DeadlineDialog", "format_date"]


class DeadlineDialog(DraftDialog):
    """New deadline for one client, computed by the calculator; `saved_id` after OK."""

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None,
                 rule_key: str | None = None, start: dt.date | None = None):
        super().__init__(ctx, parent)
        self.client_id = client_id
        self.saved_id: int | None = None
        ui = Ui_DeadlineDialog()
        ui.setupUi(self)
        self._wire(ui)
        self.calculator, self.form = ui.calculator, ui.formLayout
        self.note_edit, self.reminders_check = ui.noteEdit, ui.remindersCheck
        self.override_check, self.override_date = ui.overrideCheck, ui.overrideDate
        self.reason_edit = ui.reasonEdit
        self.note_label, self.date_label = ui.noteLabel, ui.overrideDateLabel
        self.reason_label = ui.reasonLabel
        self.calculator.hide_info_rules()
        if rule_key:
            self.calculator.set_rule(rule_key)
        if start is not None:
            self.calculator.set_date(start)
        self.override_date.setDate(to_qdate(dt.date.today()))
        self.override_check.toggled.connect(self._override_toggled)
        self.calculator.changed.connect(self._calculation_changed)
        self._title_expiry = client_title_expiry(ctx.vault.conn, client_id)
        self.calculator.rule_combo.currentIndexChanged.connect(self._offer_title_expiry)
        self.keeper = DraftKeeper(
            ctx, f"deadline:new:client:{client_id}", "deadline",
            {"rule": self.calculator.rule_combo, "date": self.calculator.date_edit,
             "posted": self.calculator.posted_check,
             "no_instruction": self.calculator.no_instruction_check, "note": self.note_edit,
             "override": self.override_check, "override_date": self.override_date,
             "reason": self.reason_edit},
            record_id=client_id, parent=self)
        if not self.keeper.restore() and start is None:
            self._offer_title_expiry()
        self._override_toggled(self.override_check.isChecked())
        self._calculation_changed()
        self.resize(640, self.sizeHint().height())

    def _offer_title_expiry(self, *_args) -> None:
        """Rules running to the title's expiry start from the date stored with the client."""
        if self._title_expiry and self.calculator.rule_key() in TITLE_EXPIRY_RULES:
            self.calculator.set_date(self._title_expiry)

    def _override_toggled(self, checked: bool) -> None:
        self.override_date.setEnabled(checked)
        self.reason_edit.setEnabled(checked)

    def _calculation_changed(self) -> None:
        calc = self.calculator.calculation()
        if calc is not None and not self.override_check.isChecked():
            self.override_date.setDate(to_qdate(calc.end))  # a sensible start for an own date
        self.reminders_check.setVisible(bool(calc and calc.rule.reminders))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(calc is not None)

    def save(self, conn) -> None:
        override = self.override_check.isChecked()
        self.saved_id = deadlines.add_deadline(
            conn, self.client_id, self.calculator.rule_key(), note=self.note_edit.toPlainText(),
            override_date=from_qdate(self.override_date.date()) if override else None,
            override_reason=self.reason_edit.text() if override else None,
            with_reminders=self.reminders_check.isVisible() and self.reminders_check.isChecked(),
            **self.calculator.inputs())
