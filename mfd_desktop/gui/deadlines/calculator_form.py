"""The deadline calculator's inputs and result (Fristen page and the deadline dialog).

Rule, start date (or the date from the letter), plain post (Bekanntgabefiktion), missing
Belehrung; shows the last day with rule, legal basis, notes and "ohne Gewähr". Pure
computation on the UI thread (no database). Layout: ui/deadline_calculator_form.ui.
Rule names, start events and notes are messages of the core rendered in the display
language; legal bases stay German.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget

from mfd_desktop.domain.deadlines.deadline_calculator import Calculation, calculate
from mfd_desktop.domain.deadlines.deadline_rules import RULES, LengthKind, rule
from mfd_desktop.errors import UserError
from mfd_desktop.gui.dates import format_date, from_qdate, to_qdate
from mfd_desktop.gui.forms.ui_deadline_calculator_form import Ui_DeadlineCalculatorForm
from mfd_desktop.gui.i18n import current_language
from mfd_desktop.messages import render


def _text(message) -> str:
    """A message of the core in the display language."""
    return render(message, current_language())


def _rule_item_text(r) -> str:
    """'Name – length' in the display language, as the rule combo shows it."""
    return f"{_text(r.name())} – {_text(r.length_label())}"


def rule_groups(show_info_rules: bool = True) -> list[list]:
    """Fixed-length rules first, then those needing a date from the letter, then guidance."""
    groups = [[r for r in RULES if r.has_fixed_length], [r for r in RULES if r.needs_given_date]]
    if show_info_rules:
        groups.append([r for r in RULES if r.kind is LengthKind.INFO])
    return groups


class DeadlineCalculatorForm(QWidget):
    """Inputs of the calculator and its result; emits `changed` after every recalculation."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, rule_key: str | None = None,
                 show_info_rules: bool = True):
        super().__init__(parent)
        self.ui = Ui_DeadlineCalculatorForm()
        self.ui.setupUi(self)
        ui = self.ui
        self.rule_combo, self.rule_title, self.form = ui.ruleCombo, ui.ruleTitle, ui.formLayout
        self.date_label, self.date_edit = ui.dateLabel, ui.startDate
        self.posted_check, self.no_instruction_check = ui.postedCheck, ui.noInstructionCheck
        self.end_label, self.details_label = ui.endLabel, ui.detailsLabel
        self.caveat_label = ui.caveatLabel
        # Long rule names (the English ones above all) must not make the form wider than a
        # laptop screen: the field shows the start of the name (the form sets a minimum
        # contents length), the open list and the tool tip the whole of it, the result
        # the rule in full.
        self._fill_rules(show_info_rules)
        self.date_edit.setDate(to_qdate(dt.date.today()))
        font = self.end_label.font()  # relative to the user's font size: not in the form
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.end_label.setFont(font)

        self._calc: Calculation | None = None
        self._error = ""
        if rule_key:
            self.set_rule(rule_key)
        self.rule_combo.currentIndexChanged.connect(self._rule_changed)
        self.rule_combo.currentTextChanged.connect(self.rule_combo.setToolTip)
        self.date_edit.dateChanged.connect(self.recalculate)
        self.posted_check.toggled.connect(self.recalculate)
        self.no_instruction_check.toggled.connect(self.recalculate)
        self.retranslate()
        self._rule_changed()

    def _fill_rules(self, show_info_rules: bool) -> None:
        self.rule_combo.clear()
        for index, group in enumerate(rule_groups(show_info_rules)):
            if index:
                self.rule_combo.insertSeparator(self.rule_combo.count())
            for r in group:
                self.rule_combo.addItem(_rule_item_text(r), r.key)

    def hide_info_rules(self) -> None:
        """Offer only rules with a computable last day (a deadline to store); keeps the
        selected rule when it is one of them."""
        key = self.rule_key()
        self.rule_combo.blockSignals(True)
        self._fill_rules(False)
        self.rule_combo.blockSignals(False)
        self.set_rule(key)
        self._retranslate_rules()
        self._rule_changed()

    def put_first(self, keys: list[str]) -> None:
        """Move these rules (e.g. the most used) to the top, in this order, as their own
        group; keeps the selected rule."""
        current = self.rule_key()
        present = [k for k in keys if self.rule_combo.findData(k) >= 0]
        if not present:
            return
        self.rule_combo.blockSignals(True)
        for key in present:
            self.rule_combo.removeItem(self.rule_combo.findData(key))
        for position, key in enumerate(present):
            self.rule_combo.insertItem(position, _rule_item_text(rule(key)), key)
        self.rule_combo.insertSeparator(len(present))
        self.rule_combo.blockSignals(False)
        self.set_rule(current)
        self._retranslate_rules()

    def find_rule(self, text: str, step: int = 0) -> bool:
        """Select the first rule whose name (or key) contains `text`; with `step` ±1 the
        next/previous one from the current rule. False when none matches."""
        needle = text.strip().casefold()
        if not needle:
            return False
        matches = [i for i in range(self.rule_combo.count())
                   if (key := self.rule_combo.itemData(i))
                   and (needle in self.rule_combo.itemText(i).casefold() or needle in key)]
        if not matches:
            return False
        index = matches[0]
        if step and self.rule_combo.currentIndex() in matches:
            at = matches.index(self.rule_combo.currentIndex())
            index = matches[(at + step) % len(matches)]
        self.rule_combo.setCurrentIndex(index)
        return True

    # ----- state ------------------------------------------------------------------------

    def rule_key(self) -> str:
        return self.rule_combo.currentData() or ""

    def set_rule(self, key: str) -> None:
        index = self.rule_combo.findData(key)
        if index >= 0:
            self.rule_combo.setCurrentIndex(index)

    def set_date(self, day: dt.date) -> None:
        self.date_edit.setDate(to_qdate(day))

    def calculation(self) -> Calculation | None:
        return self._calc

    def error(self) -> str:
        return self._error

    def inputs(self) -> dict:
        """Keyword arguments for `deadlines.add_deadline` (besides client, rule, note)."""
        r = rule(self.rule_key())
        day = from_qdate(self.date_edit.date())
        if r.needs_given_date:
            return {"given_date": day}
        if self.posted_check.isVisible() and self.posted_check.isChecked():
            return {"posted_on": day,
                    "without_instruction": self._without_instruction()}
        return {"start": day, "without_instruction": self._without_instruction()}

    def _without_instruction(self) -> bool:
        return (rule(self.rule_key()).one_year_without_instruction
                and self.no_instruction_check.isChecked())

    # ----- behaviour --------------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_rules()
        self._update_date_label()
        self.recalculate()

    def _retranslate_rules(self) -> None:
        """Rule names in the display language; same items in the same order, so the
        selection (and a draft's stored index) stays as it was."""
        for index in range(self.rule_combo.count()):
            key = self.rule_combo.itemData(index)
            if key:
                text = _rule_item_text(rule(key))
                self.rule_combo.setItemText(index, text)
                self.rule_combo.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
        self.rule_combo.setToolTip(self.rule_combo.currentText())

    def _update_date_label(self) -> None:
        key = self.rule_key()
        if not key:
            return
        r = rule(key)
        if r.needs_given_date:
            text = _text(r.given_date_label())
        elif r.kind is LengthKind.AGE_LIMIT:
            text = _text(r.start_event())
        elif r.kind is LengthKind.INFO:
            text = self.tr("Date")
        else:
            text = self.tr("Day 0 (%1)").replace("%1", _text(r.start_event()))
        self.date_label.setText(text + ":")

    def _rule_changed(self, *_args) -> None:
        key = self.rule_key()
        if not key:
            return
        r = rule(key)
        fixed = r.has_fixed_length and r.kind is not LengthKind.AGE_LIMIT
        self.posted_check.setVisible(fixed)
        self.no_instruction_check.setVisible(r.one_year_without_instruction)
        self.date_edit.setEnabled(r.kind is not LengthKind.INFO)
        self._update_date_label()
        self.recalculate()

    def recalculate(self, *_args) -> None:
        key = self.rule_key()
        if not key:
            return
        self._calc, self._error = None, ""
        try:
            self._calc = calculate(key, **self._calc_kwargs())
        except UserError as exc:
            self._error = exc.render(current_language())
        if self._calc is not None:
            caveat = _text(self._calc.caveat)  # the calculator's own caveat
        else:
            caveat = self.tr("Without guarantee (ohne Gewähr): the app only suggests the date. "
                             "The Rechtsbehelfsbelehrung of the letter and legal advice prevail.")
        self.caveat_label.setText(caveat)
        if self._calc is None:
            self.end_label.setText(self.tr("No computed last day"))
            self.end_label.setStyleSheet("")
        else:
            self.end_label.setText(self.tr("Last day: %1").replace("%1", format_date(self._calc.end)))
        self.details_label.setText("\n".join(self._detail_lines(rule(key))))
        self.changed.emit()

    def _detail_lines(self, r) -> list[str]:
        t_rule, t_basis, t_day0 = self.tr("Rule"), self.tr("Legal basis"), self.tr("Day 0")
        t_raw, t_reminders = self.tr("Computed last day"), self.tr("Reminders")
        c = self._calc
        if c is None:
            return [self._error, "", f"{t_basis}: {r.legal_basis}"]
        lines = [f"{t_rule}: {_text(r.name())} ({_text(c.length_label)})",
                 f"{t_basis}: {c.legal_basis}"]
        if c.start is not None and not r.needs_given_date:
            lines.append(f"{t_day0}: {format_date(c.start)} ({_text(r.start_event())})")
        if c.raw_end != c.end:
            lines.append(f"{t_raw}: {format_date(c.raw_end)}")
        lines += [_text(note) for note in c.notes]
        if c.reminders:
            lines.append(f"{t_reminders}: " + ", ".join(format_date(d) for d in c.reminders))
        if r.notes():
            lines.append(_text(r.notes()))
        return lines

    def _calc_kwargs(self) -> dict:
        if rule(self.rule_key()).kind is LengthKind.INFO:
            return {}
        return self.inputs()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
