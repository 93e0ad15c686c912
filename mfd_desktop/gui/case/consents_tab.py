"""The Einwilligungen tab of the case view: consents of one client (purpose, recipient,
form version, given and withdrawn dates)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.domain.referrals import consents, referrals
from mfd_desktop.errors import UserError
from mfd_desktop.gui.case.case_tabs import KeyComboOffice, _CaseTab, _table, fit_columns
from mfd_desktop.gui.case.rows_model import RowsModel
from mfd_desktop.gui.form_widgets import DateLine, KeyCombo, german_date, labelled
from mfd_desktop.messages import render


class ConsentsTab(_CaseTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        lang = self.lang()
        self.model = RowsModel(self)
        self.view = _table(self, self.model, "")
        self.purpose = KeyCombo("consent_purpose", lang, allow_none=False, parent=self)
        self.recipient_key = KeyCombo("referral_targets", lang, parent=self)
        self.office = KeyComboOffice(self)
        self.recipient_text = QLineEdit(self)
        self.form_version = QLineEdit(self)
        self.given = DateLine(self)
        self.add_button = QPushButton(self)
        self.withdraw_button = QPushButton(self)
        self.add_button.clicked.connect(self.add)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.labels = {k: QLabel(self) for k in ("purpose", "kind", "office", "text", "form",
                                                 "given")}
        form = QFormLayout()
        for key, widget in (("purpose", self.purpose), ("kind", self.recipient_key),
                            ("office", self.office), ("text", self.recipient_text),
                            ("form", self.form_version), ("given", self.given)):
            form.addRow(self.labels[key], widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.headers = [self.tr("Purpose and recipient"), self.tr("Form"),
                              self.tr("Given on"), self.tr("Withdrawn on")]
        names = {"purpose": self.tr("&Purpose"), "kind": self.tr("Kind of &recipient"),
                 "office": self.tr("Office from the address &book"),
                 "text": self.tr("Recipient in &words"), "form": self.tr("&Form version"),
                 "given": self.tr("&Given on")}
        widgets = {"purpose": self.purpose, "kind": self.recipient_key, "office": self.office,
                   "text": self.recipient_text, "form": self.form_version, "given": self.given}
        for key, label in self.labels.items():
            labelled(label, widgets[key], names[key])
        self.view.setAccessibleName(self.tr("Consents of this client"))
        self.add_button.setText(self.tr("&Record consent"))
        self.withdraw_button.setText(self.tr("&Withdraw selected"))
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
