"""The Einwilligungen tab of the case view: consents of one client (purpose, recipient,
form version, given and withdrawn dates). Layout, labels, accessible names and tab
order: the form ui/consents_tab.ui."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from mfd_desktop.domain.referrals import consents, referrals
from mfd_desktop.errors import UserError
from mfd_desktop.gui.case.case_tabs import _CaseTab, fit_columns, prepare_table
from mfd_desktop.gui.case.rows_model import RowsModel
from mfd_desktop.gui.form_widgets import german_date, refill_reference_widgets
from mfd_desktop.gui.forms.ui_consents_tab import Ui_ConsentsTab
from mfd_desktop.messages import render


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
        self.labels = {"purpose": ui.purposeLabel, "kind": ui.recipientKindLabel,
                       "office": ui.officeLabel, "text": ui.recipientTextLabel,
                       "form": ui.formVersionLabel, "given": ui.givenLabel}
        self.add_button.clicked.connect(self.add)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.headers = [self.tr("Purpose and recipient"), self.tr("Form"),
                              self.tr("Given on"), self.tr("Withdrawn on")]
        self._refresh_if_shown()

    def load(self, client_id: int) -> None:
        self.client_id = client_id
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
        self.refresh()
        self.changed.emit()
        return True

    def withdraw_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            QMessageBox.information(self, self.tr("Withdraw"),
                                    self.tr("Please select a consent in the list first."))
            return
        consent_id = self.model.ids[rows[0].row()]
        try:
            consents.withdraw_consent(self.conn, consent_id)
        except UserError as exc:
            self.fail(exc)
            return
        self.refresh()
        self.changed.emit()
