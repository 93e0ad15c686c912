"""The Einwilligungen tab of the case view: consents of one client (purpose, recipient,
form version, given and withdrawn dates). The one place where consents are recorded and
withdrawn: a withdrawal marks the referrals that passed data on the consent
(`data_subject_rights.withdraw_consent`); the case view's consent bar opens this tab with
the form filled for the referral that lacks a consent (`prefill_for`). "Einwilligung
drucken…" prints the form the client signs (reports/consent_form.py, made in memory in a
worker, shown in the print preview) for the purpose and recipient chosen. Layout, labels,
accessible names and tab order: the form ui/consents_tab.ui."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.domain.referrals import consents, referrals
from mfd_desktop.errors import UserError
from mfd_desktop.gui.case.case_tabs import _CaseTab, fit_columns, prepare_table
from mfd_desktop.gui.case.rows_model import RowsModel
from mfd_desktop.gui.form_widgets import german_date, refill_reference_widgets
from mfd_desktop.gui.forms.ui_consents_tab import Ui_ConsentsTab
from mfd_desktop.gui.printing import print_pdf
from mfd_desktop.gui.tasks import show_failure
from mfd_desktop.messages import render
from mfd_desktop.site import site_contact


def render_form(conn, client_id: int, purpose: str | None, recipient_key: str | None,
                office_id: int | None, recipient_text: str, site) -> bytes:
    """Worker: the Einwilligungserklärung of one client as PDF bytes (never a file)."""
    from mfd_desktop.reports.consent_form import ConsentForm, render_consent_form

    client = clients.get_client(conn, client_id)
    office = referrals.office_names(conn).get(office_id) if office_id is not None else None
    recipient = (office or recipient_text.strip()
                 or reference.label("referral_targets", recipient_key, "de"))
    return render_consent_form(ConsentForm(
        client_name=client.display_name, case_number=client.case_number or "",
        purpose=reference.label("consent_purpose", purpose, "de"), recipient=recipient,
        site=site))


class ConsentsTab(_CaseTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_ConsentsTab()
        self.ui.setupUi(self)
        refill_reference_widgets(self, self.lang())
        ui = self.ui
        self.model = RowsModel(self)
        self.view = prepare_table(ui.consentsView, self.model)
        self.purpose, self.recipient_key, self.office = (ui.purposeCombo, ui.recipientKindCombo,
                                                         ui.officeCombo)
        self.recipient_text, self.form_version, self.given = (ui.recipientTextEdit,
                                                              ui.formVersionEdit, ui.givenEdit)
        self.add_button, self.withdraw_button = ui.recordConsentButton, ui.withdrawButton
        self.status = ui.consentStatus
        # Confirmation hook (tests replace it).
        self.ask = lambda title, text: QMessageBox.question(
            self, title, text) == QMessageBox.StandardButton.Yes
        self.labels = {"purpose": ui.purposeLabel, "kind": ui.recipientKindLabel,
                       "office": ui.officeLabel, "text": ui.recipientTextLabel,
                       "form": ui.formVersionLabel, "given": ui.givenLabel}
        self.print_button = ui.printFormButton
        self.print_preview = None  # the open preview (tests look at it)
        self.add_button.clicked.connect(self.add)
        self.print_button.clicked.connect(self.print_form)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.headers = [self.tr("Purpose and recipient"), self.tr("Form"),
                              self.tr("Given on"), self.tr("Withdrawn on")]
        self._refresh_if_shown()

    def load(self, client_id: int) -> None:
        self.client_id = client_id
        self.status.clear()
        self.office.reload(self.conn)
        self.given.set_iso(dt.date.today().isoformat())
        self.refresh()

    def refresh(self) -> None:
        names = referrals.office_names(self.conn)
        items = consents.list_consents(self.conn, self.client_id)
        lang = self.lang()
        rows = []
        for c in items:
            text = render(c.describe(names), lang)
            rows.append((text, c.form_version or "", german_date(c.given_on),
                         german_date(c.withdrawn_on)))
        self.model.set_rows(rows, [c.id for c in items],
                            {i for i, c in enumerate(items) if c.withdrawn_on})
        fit_columns(self.view)

    def add(self) -> bool:
        record = consents.Consent(
            client_id=self.client_id, purpose=self.purpose.key(),
            recipient_key=self.recipient_key.key(), office_id=self.office.id(),
            recipient_text=self.recipient_text.text(), form_version=self.form_version.text(),
            given_on=self.given.iso())
        try:
            consents.add_consent(self.conn, record)
        except UserError as exc:
            self.fail(exc)
            return False
        self.recipient_text.clear()
        self.status.setText(self.tr("Consent recorded."))
        self.refresh()
        self.changed.emit()
        return True

    def print_form(self) -> int | None:
        """The consent form for the purpose and recipient chosen in the form, printed via
        the print preview; its version goes into the form-version field."""
        if self.client_id is None or not self.ctx.is_unlocked:
            return None
        from mfd_desktop.reports.consent_form import FORM_VERSION

        self.print_button.setEnabled(False)
        if not self.form_version.text().strip():
            self.form_version.setText(FORM_VERSION)
        return self.ctx.tasks.run_with_connection(
            render_form, self.client_id, self.purpose.key(), self.recipient_key.key(),
            self.office.id(), self.recipient_text.text(), site_contact(self.ctx.settings.get),
            read_only=True, on_done=self._form_ready, on_error=self._form_failed)

    def _form_ready(self, pdf: bytes) -> None:
        self.print_button.setEnabled(True)
        title = self.tr("Print consent form")
        self.print_preview = print_pdf(self, pdf, title=title,
                                       suggested_name=self.tr("Consent") + ".pdf")

    def _form_failed(self, failure) -> None:
        self.print_button.setEnabled(True)
        show_failure(failure, self)

    def prefill_for(self, referral: referrals.Referral) -> None:
        """Fill the form with the consent `referral` lacks: passing data to its office
        (or kind of office), given on the referral's day at the latest."""
        today = dt.date.today().isoformat()
        self.purpose.set_key("weitergabe_stelle")
        self.recipient_key.set_key(referral.target_key)
        self.office.set_id(referral.office_id)
        self.given.set_iso(min(referral.referred_on or today, today))
        self.status.setText(self.tr("Check the purpose, recipient and date, then record the "
                                    "consent."))
        self.add_button.setFocus()

    def withdraw_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            self.status.setText(self.tr("Please select a consent in the list first."))
            return
        row = rows[0].row()
        if row in self.model.alert:  # the withdrawn ones
            self.status.setText(self.tr("This consent has already been withdrawn."))
            return
        if not self.ask(self.tr("Withdraw consent"), self.tr(
                "Record the withdrawal of this consent as of today? Referrals that passed data "
                "on it are marked.")):
            return
        try:
            marked = dsr.withdraw_consent(self.conn, self.model.ids[row])
        except UserError as exc:
            self.fail(exc)
            return
        self.refresh()
        self.status.setText(self.tr("Withdrawal recorded; {count} referral(s) marked.")
                            .format(count=len(marked)))
        self.changed.emit()
