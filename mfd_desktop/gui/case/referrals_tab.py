"""The Weitervermittlungen tab of the case view: referrals of one client and a visible
warning when data went to an office without a matching consent. Layout, labels,
accessible names and tab order: the form ui/referrals_tab.ui."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QInputDialog, QWidget

from mfd_desktop.domain import reference
from mfd_desktop.domain.referrals import referrals
from mfd_desktop.errors import UserError
from mfd_desktop.gui.case.case_tabs import _CaseTab, _short, fit_columns, prepare_table
from mfd_desktop.gui.case.rows_model import RowsModel
from mfd_desktop.gui.form_widgets import german_date, refill_reference_widgets
from mfd_desktop.gui.forms.ui_referrals_tab import Ui_ReferralsTab
from mfd_desktop.gui.i18n import current_language
from mfd_desktop.messages import render


class ReferralsTab(_CaseTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.editing_id: int | None = None
        self.ui = Ui_ReferralsTab()
        self.ui.setupUi(self)
        refill_reference_widgets(self, self.lang())
        ui = self.ui
        self.model = RowsModel(self)
        self.view = prepare_table(ui.referralsView, self.model)
        self.warning, self.target, self.office = ui.warningLabel, ui.targetCombo, ui.officeCombo
        self.add_office_button, self.date = ui.addOfficeButton, ui.dateEdit
        self.accompanied, self.passes_data = ui.accompaniedCheck, ui.passesDataCheck
        self.status, self.outcome, self.follow_up = ui.statusCombo, ui.outcomeEdit, ui.followUpEdit
        self.new_button, self.save_button = ui.newReferralButton, ui.saveReferralButton
        self.labels = {"target": ui.targetLabel, "office": ui.officeLabel, "date": ui.dateLabel,
                       "accompanied": ui.accompaniedLabel, "passes": ui.passesLabel,
                       "status": ui.statusLabel, "outcome": ui.outcomeLabel,
                       "follow_up": ui.followUpLabel}
        self.view.doubleClicked.connect(lambda index: self.edit(self.model.ids[index.row()]))
        self.add_office_button.clicked.connect(self.add_office)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.headers = [self.tr("Date"), self.tr("Referred to"), self.tr("Status"),
                              self.tr("Accompanied"), self.tr("Follow-up"), self.tr("Outcome")]
        self._refresh_if_shown()

    def load(self, client_id: int) -> None:
        self.client_id = client_id
        self.office.reload(self.conn)
        self.refresh()
        self.new()

    def refresh(self) -> None:
        lang = self.lang()
        names = referrals.office_names(self.conn)
        items = referrals.list_referrals(self.conn, self.client_id)
        rows, alert, warnings = [], set(), []
        no_consent = self.tr("no consent")
        for i, r in enumerate(items):
            warned = referrals.consent_warnings(self.conn, r)
            if warned:
                alert.add(i)
                warnings += [w for w in warned if w not in warnings]
            target = render(r.target_label(names), lang) + (f"  ⚠ {no_consent}" if warned else "")
            rows.append((german_date(r.referred_on), target,
                         reference.label("referral_status", r.status, lang),
                         self.tr("yes") if r.accompanied else self.tr("no"),
                         german_date(r.follow_up_on), _short(r.outcome_note)))
        self.model.set_rows(rows, [r.id for r in items], alert)
        fit_columns(self.view)
        self.show_warnings(warnings)

    def new(self) -> None:
        self.editing_id = None
        self.target.set_key(None)
        self.office.set_id(None)
        self.date.set_iso(dt.date.today().isoformat())
        self.accompanied.setChecked(False)
        self.passes_data.setChecked(False)
        self.status.set_key("vereinbart")
        self.outcome.clear()
        self.follow_up.clear()

    def edit(self, referral_id: int | None) -> None:
        if referral_id is None:
            return
        r = referrals.get_referral(self.conn, referral_id)
        self.editing_id = referral_id
        self.target.set_key(r.target_key)
        self.office.set_id(r.office_id)
        self.date.set_iso(r.referred_on)
        self.accompanied.setChecked(r.accompanied)
        self.passes_data.setChecked(r.passes_data)
        self.status.set_key(r.status)
        self.outcome.setPlainText(r.outcome_note or "")
        self.follow_up.set_iso(r.follow_up_on)

    def save(self) -> bool:
        record = referrals.Referral(
            client_id=self.client_id, target_key=self.target.key(), office_id=self.office.id(),
            referred_on=self.date.iso(), accompanied=self.accompanied.isChecked(),
            passes_data=self.passes_data.isChecked(), status=self.status.key(),
            outcome_note=self.outcome.toPlainText(), follow_up_on=self.follow_up.iso())
        try:
            if self.editing_id is None:
                saved = referrals.add_referral(self.conn, record)
            else:
                saved = referrals.update_referral(self.conn, self.editing_id, record)
        except UserError as exc:
            self.fail(exc)
            return False
        self.refresh()  # shows every referral still lacking a consent, this one included
        if saved.warnings and not self.warning.isVisible():
            self.show_warnings(saved.warnings)
        self.new()
        self.changed.emit()
        return True

    def show_warnings(self, warnings: list) -> None:
        self.warning.setText("\n".join(render(w, current_language()) for w in warnings))
        self.warning.setVisible(bool(warnings))

    def add_office(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New office"),
                                        self.tr("Name of the office (e.g. Jobcenter Mainz):"))
        if not ok or not name.strip():
            return
        try:
            office_id = referrals.add_office(self.conn, referrals.Office(
                name=name, target_key=self.target.key()))
        except UserError as exc:
            self.fail(exc)
            return
        self.office.reload(self.conn)
        self.office.set_id(office_id)
