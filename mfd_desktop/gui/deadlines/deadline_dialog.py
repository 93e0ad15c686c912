"""New deadline for one client: the calculator plus note, reminders and an own last day.

`DeadlineDialog(ctx, client_id, rule_key=None, start=None)`; OK stores the deadline
(`saved_id`). Typed text is kept as an encrypted draft until saved. The client's name and
case number head the dialog and its title; the rules used most often come first, and
"Regel suchen" selects a rule by part of its name (Up/Down: next match). Day 0 is today
unless given. Layout: ui/deadline_dialog.ui (the calculator is
ui/deadline_calculator_form.ui).
`format_date` is re-exported for callers that imported it from here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from mfd_desktop.domain.casework import clients
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
        self.client_label, self.rule_search = ui.clientLabel, ui.ruleSearch
        c = clients.get_client(ctx.vault.conn, client_id)
        self.client_text = f"{c.display_name} ({c.case_number})"
        self.calculator.hide_info_rules()
        self.calculator.put_first(deadlines.most_used_rules(ctx.vault.conn))
        self.calculator.rule_combo.setCurrentIndex(0)  # the most used rule, if any
        self.rule_search.textEdited.connect(lambda text: self.calculator.find_rule(text))
        self.rule_search.installEventFilter(self)
        # The draft keeps the rule by its key: the order of the rules changes with use.
        self.rule_key_field = QLineEdit(self)
        self.rule_key_field.hide()
        self.rule_key_field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rule_key_field.setText(self.calculator.rule_key())
        self.calculator.rule_combo.currentIndexChanged.connect(
            lambda _i: self.rule_key_field.setText(self.calculator.rule_key()))
        self.rule_key_field.textChanged.connect(self._rule_key_restored)
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
            {"rule_key": self.rule_key_field, "date": self.calculator.date_edit,
             "posted": self.calculator.posted_check,
             "no_instruction": self.calculator.no_instruction_check, "note": self.note_edit,
             "override": self.override_check, "override_date": self.override_date,
             "reason": self.reason_edit},
            record_id=client_id, parent=self)
        if not self.keeper.restore() and start is None:
            self._offer_title_expiry()
        self._override_toggled(self.override_check.isChecked())
        self._calculation_changed()
        self.retranslate()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)  # Enter in the rule search stores the deadline
        self.rule_search.setFocus()
        self.resize(640, self.sizeHint().height())

    def retranslate(self) -> None:
        super().retranslate()
        self.client_label.setText(self.tr("Deadline for %1").replace("%1", self.client_text))
        self.setWindowTitle(self.tr("New deadline – %1").replace("%1", self.client_text))

    def _rule_key_restored(self, key: str) -> None:
        if key and key != self.calculator.rule_key():
            self.calculator.set_rule(key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.rule_search and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key(), 0)
            if step:
                if not self.calculator.find_rule(self.rule_search.text(), step):
                    combo = self.calculator.rule_combo
                    combo.setCurrentIndex(max(0, min(combo.count() - 1,
                                                     combo.currentIndex() + step)))
                return True
        return super().eventFilter(watched, event)

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
