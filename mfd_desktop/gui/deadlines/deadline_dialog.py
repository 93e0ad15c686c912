"""Deadline calculator form and the dialogs the case view embeds.

- `DeadlineCalculatorForm`: rule, start date (or the date from the letter), plain post
  (Bekanntgabefiktion), missing Belehrung; shows the last day with rule, legal basis,
  notes and "ohne Gewähr". Pure computation on the UI thread (no database).
- `DeadlineDialog(ctx, client_id)`: the form plus note and an own date with reason;
  OK stores the deadline for the client (`saved_id`). Typed text is kept as an
  encrypted draft until saved.
- `OverrideDialog(ctx, deadline_id)`: set or remove the counsellor's own last day.
- `FollowUpDialog(ctx, client_id=None)`: a Wiedervorlage with date and text.

Texts are English sources translated in resources/translations/cases_*.ts; rule names,
start events and notes come from the reference data in the display language
(`deadline_rules` / `deadline_rules_en`); legal bases stay German.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.domain.casework.clients import find_by_case_number
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.domain.deadlines.deadline_calculator import Calculation, calculate
from mfd_desktop.domain.deadlines.deadline_rules import RULES, LengthKind, rule
from mfd_desktop.errors import UserError
from mfd_desktop.formatting import weekday_date_text
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.draft_keeper import DraftKeeper
from mfd_desktop.gui.i18n import current_language, gui_text
from mfd_desktop.messages import render

log = logging.getLogger("mfd.gui.cases.deadlines")

ERROR_STYLE = "color: #a61b1b;"
# Rules whose date is the residence title's expiry: prefilled from the client record.
TITLE_EXPIRY_RULES = frozenset({"ae_verlaengerung", "chancen_ae_104c"})
CAVEAT_STYLE = ("background: #fff6d6; border: 1px solid #e0c96b; border-radius: 4px; "
                "padding: 6px; color: #4a3b00;")


def format_date(day: dt.date | None) -> str:
    """'Mo 29.12.2025' in the German app, 'Mon 29.12.2025' in the English one."""
    return weekday_date_text(day, current_language())


def _text(message) -> str:
    """A message of the core in the display language."""
    return render(message, current_language())


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> dt.date:
    return dt.date(qdate.year(), qdate.month(), qdate.day())


def make_date_edit(parent: QWidget, day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit


def _rule_item_text(r) -> str:
    """'Name – length' in the display language, as the rule combo shows it."""
    return f"{_text(r.name())} – {_text(r.length_label())}"


def _rule_order() -> list:
    """Fixed-length rules first, then those needing a date from the letter, then guidance."""
    groups = [
        [r for r in RULES if r.has_fixed_length],
        [r for r in RULES if r.needs_given_date],
        [r for r in RULES if r.kind is LengthKind.INFO],
    ]
    return groups


class DeadlineCalculatorForm(QWidget):
    """Inputs of the calculator and its result; emits `changed` after every recalculation."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, rule_key: str | None = None,
                 show_info_rules: bool = True):
        super().__init__(parent)
        self.rule_combo = QComboBox(self)
        self.rule_combo.setObjectName("ruleCombo")
        self.rule_combo.setMaxVisibleItems(25)
        # Long rule names (the English ones above all) must not make the form wider than a
        # laptop screen: the field shows the start of the name, the open list and the
        # tool tip the whole of it, the result the rule in full.
        self.rule_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule_combo.setMinimumContentsLength(60)
        groups = _rule_order() if show_info_rules else _rule_order()[:2]
        for index, group in enumerate(groups):
            if index:
                self.rule_combo.insertSeparator(self.rule_combo.count())
            for r in group:
                self.rule_combo.addItem(_rule_item_text(r), r.key)
        self.date_label = QLabel(self)
        self.date_edit = make_date_edit(self)
        self.date_edit.setObjectName("startDate")
        self.date_label.setBuddy(self.date_edit)
        self.posted_check = QCheckBox(self)
        self.posted_check.setObjectName("postedCheck")
        self.no_instruction_check = QCheckBox(self)
        self.no_instruction_check.setObjectName("noInstructionCheck")

        self.end_label = QLabel(self)
        self.end_label.setObjectName("endLabel")
        font = self.end_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.end_label.setFont(font)
        self.end_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = QLabel(self)
        self.details_label.setObjectName("detailsLabel")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caveat_label = QLabel(self)
        self.caveat_label.setObjectName("caveatLabel")
        self.caveat_label.setWordWrap(True)
        self.caveat_label.setStyleSheet(CAVEAT_STYLE)

        self.form = QFormLayout()
        self.rule_title = QLabel(self)
        self.rule_title.setBuddy(self.rule_combo)
        self.form.addRow(self.rule_title, self.rule_combo)
        self.form.addRow(self.date_label, self.date_edit)
        self.form.addRow("", self.posted_check)
        self.form.addRow("", self.no_instruction_check)
        result = QFrame(self)
        result.setObjectName("resultFrame")
        result.setFrameShape(QFrame.Shape.StyledPanel)
        result_layout = QVBoxLayout(result)
        result_layout.addWidget(self.end_label)
        result_layout.addWidget(self.details_label)
        result_layout.addWidget(self.caveat_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(result)

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
        self.rule_title.setText(self.tr("&Deadline rule:"))
        self.posted_check.setText(self.tr(
            "Date is the day of posting (plain letter: counts as received on the 4th day, "
            "Bekanntgabefiktion)"))
        self.no_instruction_check.setText(self.tr(
            "Rechtsbehelfsbelehrung missing or wrong (1 year instead)"))
        self.rule_combo.setAccessibleName(self.tr("Deadline rule"))
        self._retranslate_rules()
        self.date_edit.setAccessibleName(self.tr("Start date"))
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
        r = rule(key)
        self._calc, self._error = None, ""
        try:
            self._calc = calculate(key, **self._calc_kwargs())
        except UserError as exc:
            self._error = exc.render(current_language())
        t_rule, t_basis, t_day0 = self.tr("Rule"), self.tr("Legal basis"), self.tr("Day 0")
        t_raw, t_reminders = self.tr("Computed last day"), self.tr("Reminders")
        if self._calc is not None:
            caveat = _text(self._calc.caveat)  # the calculator's own caveat
        else:
            caveat = self.tr("Without guarantee (ohne Gewähr): the app only suggests the date. "
                             "The Rechtsbehelfsbelehrung of the letter and legal advice prevail.")
        self.caveat_label.setText(caveat)
        if self._calc is None:
            self.end_label.setText(self.tr("No computed last day"))
            self.end_label.setStyleSheet("")
            lines = [self._error, "", f"{t_basis}: {r.legal_basis}"]
            self.details_label.setText("\n".join(lines))
        else:
            c = self._calc
            self.end_label.setText(self.tr("Last day: %1").replace("%1", format_date(c.end)))
            lines = [
                f"{t_rule}: {_text(r.name())} ({_text(c.length_label)})",
                f"{t_basis}: {c.legal_basis}",
            ]
            if c.start is not None and not r.needs_given_date:
                lines.append(f"{t_day0}: {format_date(c.start)} "
                             f"({_text(r.start_event())})")
            if c.raw_end != c.end:
                lines.append(f"{t_raw}: "
                             f"{format_date(c.raw_end)}")
            lines += [_text(note) for note in c.notes]
            if c.reminders:
                lines.append(f"{t_reminders}: "
                             + ", ".join(format_date(d) for d in c.reminders))
            if r.notes():
                lines.append(_text(r.notes()))
            self.details_label.setText("\n".join(lines))
        self.changed.emit()

    def _calc_kwargs(self) -> dict:
        r = rule(self.rule_key())
        if r.kind is LengthKind.INFO:
            return {}
        return self.inputs()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _Dialog(QDialog):
    """Common bits: an inline German error line and OK/Cancel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.keeper: DraftKeeper | None = None

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _save(self) -> None:
        if not self.ctx.is_unlocked:
            self.show_error(self.tr("The vault is locked. Your input is kept; unlock and "
                                    "try again."))
            return
        try:
            self.save(self.ctx.vault.conn)
        except UserError as exc:
            self.show_error(gui_text(exc))
            return
        if self.keeper is not None:
            self.keeper.finish()
        self.accept()

    def save(self, conn) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self.keeper is not None:
            self.keeper.finish()
        super().reject()


class DeadlineDialog(_Dialog):
    """New deadline for one client, computed by the calculator; `saved_id` after OK."""

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None,
                 rule_key: str | None = None, start: dt.date | None = None):
        super().__init__(ctx, parent)
        self.client_id = client_id
        self.saved_id: int | None = None
        self.setObjectName("deadlineDialog")
        self.calculator = DeadlineCalculatorForm(self, rule_key, show_info_rules=False)
        if start is not None:
            self.calculator.set_date(start)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(64)
        self.override_check = QCheckBox(self)
        self.override_check.setObjectName("overrideCheck")
        self.override_date = make_date_edit(self)
        self.override_date.setObjectName("overrideDate")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reminders_check = QCheckBox(self)
        self.reminders_check.setObjectName("remindersCheck")
        self.reminders_check.setChecked(True)
        self.form = QFormLayout()
        self.note_label, self.date_label, self.reason_label = QLabel(self), QLabel(self), QLabel(self)
        self.note_label.setBuddy(self.note_edit)
        self.date_label.setBuddy(self.override_date)
        self.reason_label.setBuddy(self.reason_edit)
        self.form.addRow(self.note_label, self.note_edit)
        self.form.addRow("", self.reminders_check)
        self.form.addRow("", self.override_check)
        self.form.addRow(self.date_label, self.override_date)
        self.form.addRow(self.reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calculator)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.override_check.toggled.connect(self._override_toggled)
        self.calculator.changed.connect(self._calculation_changed)
        self._title_expiry = self._client_title_expiry()
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
        self.retranslate()
        self._override_toggled(self.override_check.isChecked())
        self._calculation_changed()
        self.resize(640, self.sizeHint().height())

    def _client_title_expiry(self) -> dt.date | None:
        row = self.ctx.vault.conn.execute(
            "SELECT residence_title_expires FROM clients WHERE id = ?", (self.client_id,)
        ).fetchone()
        try:
            return dt.date.fromisoformat(row[0]) if row and row[0] else None
        except ValueError:
            return None

    def _offer_title_expiry(self, *_args) -> None:
        """Rules running to the title's expiry start from the date stored with the client."""
        if self._title_expiry and self.calculator.rule_key() in TITLE_EXPIRY_RULES:
            self.calculator.set_date(self._title_expiry)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New deadline"))
        self.note_label.setText(self.tr("&Note:"))
        self.override_check.setText(self.tr("Use my own last day instead (needs a reason)"))
        self.date_label.setText(self.tr("Own &last day:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reminders_check.setText(self.tr("Create follow-ups for the reminders"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.override_date.setAccessibleName(self.tr("Own last day"))
        self.reason_edit.setAccessibleName(self.tr("Reason for the own last day"))
        self.reason_edit.setPlaceholderText(self.tr("e.g. confirmed by the lawyer"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # the calculator form retranslates itself
        super().changeEvent(event)

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


class OverrideDialog(_Dialog):
    """Set (or remove) the counsellor's own last day of a stored deadline."""

    def __init__(self, ctx: AppContext, deadline_id: int, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.deadline_id = deadline_id
        d = deadlines.get_deadline(ctx.vault.conn, deadline_id)
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        computed = self.tr("computed")
        self.info_label.setText(
            f"{_text(deadlines.rule_name(d.rule_key))}\n{format_date(d.end_date)} ({computed})")
        self.remove_check = QCheckBox(self)
        self.date_edit = make_date_edit(self, d.override_date or d.end_date)
        self.date_edit.setObjectName("overrideDate")
        self.reason_edit = QLineEdit(d.override_reason or "", self)
        self.reason_edit.setObjectName("reasonEdit")
        form = QFormLayout()
        self.date_label, self.reason_label = QLabel(self), QLabel(self)
        self.date_label.setBuddy(self.date_edit)
        self.reason_label.setBuddy(self.reason_edit)
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.reason_label, self.reason_edit)
        form.addRow("", self.remove_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.keeper = DraftKeeper(ctx, f"deadline:{deadline_id}:client:{d.client_id}", "deadline",
                                  {"override_date": self.date_edit, "reason": self.reason_edit},
                                  record_id=d.client_id, parent=self)
        self.keeper.restore()
        self.remove_check.setVisible(d.is_overridden)
        self.remove_check.toggled.connect(lambda on: (self.date_edit.setDisabled(on),
                                                      self.reason_edit.setDisabled(on)))
        self.setWindowTitle(self.tr("Own last day"))
        self.date_label.setText(self.tr("Own &last day:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.remove_check.setText(self.tr("Use the computed last day again"))
        self.date_edit.setAccessibleName(self.tr("Own last day"))
        self.reason_edit.setAccessibleName(self.tr("Reason for the own last day"))

    def save(self, conn) -> None:
        if self.remove_check.isChecked():
            deadlines.set_override(conn, self.deadline_id, None)
        else:
            deadlines.set_override(conn, self.deadline_id, from_qdate(self.date_edit.date()),
                                   self.reason_edit.text())


class FollowUpDialog(_Dialog):
    """New Wiedervorlage: for `client_id`, or with an optional case number typed in."""

    def __init__(self, ctx: AppContext, client_id: int | None = None,
                 parent: QWidget | None = None, due: dt.date | None = None):
        super().__init__(ctx, parent)
        self.client_id = client_id
        self.saved_id: int | None = None
        self.date_edit = make_date_edit(self, due or dt.date.today() + dt.timedelta(days=7))
        self.date_edit.setObjectName("followupDate")
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("followupText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(80)
        self.case_edit = QLineEdit(self)
        self.case_edit.setObjectName("caseNumberEdit")
        form = QFormLayout()
        self.date_label, self.text_label, self.case_label = QLabel(self), QLabel(self), QLabel(self)
        self.date_label.setBuddy(self.date_edit)
        self.text_label.setBuddy(self.text_edit)
        self.case_label.setBuddy(self.case_edit)
        form.addRow(self.date_label, self.date_edit)
        form.addRow(self.text_label, self.text_edit)
        if client_id is None:
            form.addRow(self.case_label, self.case_edit)
        else:
            self.case_edit.hide()
            self.case_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        key = f"followup:new:client:{client_id}" if client_id else "followup:new"
        self.keeper = DraftKeeper(ctx, key, "followup",
                                  {"date": self.date_edit, "text": self.text_edit,
                                   "case": self.case_edit}, record_id=client_id, parent=self)
        self.keeper.restore()
        self.setWindowTitle(self.tr("New follow-up"))
        self.date_label.setText(self.tr("&Date:"))
        self.text_label.setText(self.tr("&What:"))
        self.case_label.setText(self.tr("&Case number (optional):"))
        self.date_edit.setAccessibleName(self.tr("Follow-up date"))
        self.text_edit.setAccessibleName(self.tr("Follow-up text"))
        self.case_edit.setAccessibleName(self.tr("Case number"))
        self.resize(480, self.sizeHint().height())

    def save(self, conn) -> None:
        client_id = self.client_id
        typed = self.case_edit.text().strip()
        if client_id is None and typed:
            client_id = find_by_case_number(conn, typed)
            if client_id is None:
                raise UserError(self.tr("There is no case with this case number."))
        self.saved_id = followups.add_followup(conn, from_qdate(self.date_edit.date()),
                                               self.text_edit.toPlainText(), client_id)
