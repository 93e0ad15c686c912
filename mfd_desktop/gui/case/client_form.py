"""The Stammdaten tab of the case view: one client's personal data (new when
`client_id` is None), kept as an encrypted draft while typed ("client:<id>").

Layout, labels, accessible names and tab order: the form ui/client_form.ui; its
reference-list inputs are filled in the UI language (`reference_fields`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from mfd_desktop.domain.casework import arrival, case_numbers, clients, districts, history
from mfd_desktop.errors import UserError
from mfd_desktop.gui.draft_keeper import DraftKeeper
from mfd_desktop.gui.form_widgets import (
    CheckList,
    RetranslateOnLanguageChange,
    refill_reference_widgets,
    ui_language,
)
from mfd_desktop.gui.forms.ui_client_form import Ui_ClientForm
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.messages import Msg

# field key -> the input's object name in the form (also the tab order and draft keys)
FIELDS = (
    ("case_number", "caseNumberEdit"), ("name", "nameEdit"), ("pseudonym", "pseudonymEdit"),
    ("anonymous", "anonymousCheck"), ("birth_year", "birthYearEdit"),
    ("gender", "genderCombo"), ("country", "countryCombo"), ("languages", "languagesList"),
    ("interpreter", "interpreterCheck"), ("sprachmittlung", "sprachmittlungCombo"),
    ("residence_status", "residenceStatusCombo"), ("title_expires", "titleExpiresEdit"),
    ("protection", "protectionCombo"), ("needs", "needsList"), ("service", "serviceCombo"),
    ("household", "householdEdit"), ("first_contact", "firstContactEdit"),
    ("phone", "phoneEdit"), ("email", "emailEdit"), ("address", "addressEdit"),
    ("status", "statusCombo"), ("closing_reason", "closingReasonCombo"),
    ("closed_on", "closedOnEdit"), ("tags", "tagsEdit"),
    ("arrival", "arrivalEdit"), ("district", "districtCombo"),
    ("district_local", "districtLocalEdit"),
)
# dated histories shown below the fields: kind -> prefix of the form's widgets
HISTORIES = (("residence_status", "residence"), ("work_situation", "work"),
             ("language_level", "language"))


class ClientForm(RetranslateOnLanguageChange, QWidget):
    """Stammdaten of one client (new when `client_id` is None)."""

    saved = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.keeper: DraftKeeper | None = None
        self.ui = Ui_ClientForm()
        self.ui.setupUi(self)
        self.ui.languagesList.attach_filter(self.ui.languagesFilter)
        refill_reference_widgets(self, ui_language(ctx))
        self.fields = [(key, getattr(self.ui, name)) for key, name in FIELDS]
        for key, widget in self.fields:
            setattr(self, key, widget)
        self.labels = {key: widget_label for key, widget in self.fields
                       if (widget_label := self._label_of(widget)) is not None}
        self.status.currentIndexChanged.connect(self._status_changed)
        self.arrival.textChanged.connect(self._show_years)
        # Tests replace this to fill a dialog instead of showing it modally.
        self.exec_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        for kind, prefix in HISTORIES:
            button = getattr(self.ui, f"{prefix}HistoryButton")
            button.clicked.connect(lambda _checked=False, k=kind: self.new_history_entry(k))
        self._set_history_enabled()

    def _label_of(self, widget: QWidget):
        return getattr(self.ui, widget.objectName()
                       .removesuffix("Edit").removesuffix("Combo").removesuffix("List")
                       .removesuffix("Check") + "Label", None)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.district.fill(ui_language(self.ctx))
        self._show_years()
        if self.client_id is not None and self.ctx.is_unlocked:
            self._show_histories()

    def _status_changed(self) -> None:
        closed = self.status.key() == "abgeschlossen"
        self.closing_reason.setEnabled(closed)
        self.closed_on.setEnabled(closed)

    @property
    def conn(self):
        return self.ctx.vault.conn

    # ----- data ---------------------------------------------------------------------------

    def load(self, client_id: int | None) -> None:
        if self.keeper is not None:
            self.keeper.detach()
            self.keeper = None
        self.client_id = client_id
        c = clients.get_client(self.conn, client_id) if client_id else clients.Client()
        self.case_number.setText(c.case_number or "")
        if client_id is None:
            self.case_number.setPlaceholderText(case_numbers.next_case_number(self.conn))
        self.name.setText(c.name or "")
        self.pseudonym.setText(c.pseudonym or "")
        self.anonymous.setChecked(c.anonymous)
        self.birth_year.setText(str(c.birth_year or ""))
        self.gender.set_key(c.gender)
        self.country.set_key(c.country)
        self.languages.set_keys(c.languages)
        self.interpreter.setChecked(c.interpreter_needed)
        self.sprachmittlung.set_key(c.sprachmittlung)
        self.residence_status.set_key(c.residence_status)
        self.title_expires.set_iso(c.residence_title_expires)
        self.protection.set_key(c.protection_status)
        self.needs.set_keys(c.special_needs)
        self.service.set_key(c.service)
        self.household.setText(str(c.household_size or ""))
        self.first_contact.set_iso(c.first_contact or (None if client_id else
                                                       dt.date.today().isoformat()))
        self.phone.setText(c.phone or "")
        self.email.setText(c.email or "")
        self.address.setPlainText(c.address or "")
        self.status.set_key(c.status)
        self.closing_reason.set_key(c.closing_reason)
        self.closed_on.set_iso(c.closed_on)
        self.tags.setText(", ".join(c.tags))
        came = arrival.get_arrival(self.conn, client_id) if client_id else None
        self.arrival.setText(came.text() if came else "")
        place = districts.get_residence(self.conn, client_id) if client_id else None
        self.district.set_key(place.district if place else None)
        self.district_local.setText(place.local if place else "")
        self._status_changed()
        self._show_years()
        self._show_histories()
        self._set_history_enabled()
        key = f"client:{client_id}" if client_id else "client:new"
        self.keeper = DraftKeeper(self.ctx, key, "client", {
            k: w for k, w in self.fields if not isinstance(w, CheckList)}, record_id=client_id,
            parent=self)
        self.keeper.restore()

    def collect(self) -> clients.Client:
        return clients.Client(
            case_number=self.case_number.text().strip() or None, name=self.name.text(),
            pseudonym=self.pseudonym.text(), anonymous=self.anonymous.isChecked(),
            birth_year=self.birth_year.text().strip() or None, gender=self.gender.key(),
            country=self.country.key(), languages=self.languages.keys(),
            interpreter_needed=self.interpreter.isChecked(),
            sprachmittlung=self.sprachmittlung.key(),
            residence_status=self.residence_status.key(),
            residence_title_expires=self.title_expires.iso(),
            protection_status=self.protection.key(), special_needs=self.needs.keys(),
            service=self.service.key(), household_size=self.household.text().strip() or None,
            first_contact=self.first_contact.iso(), phone=self.phone.text(),
            email=self.email.text(), address=self.address.toPlainText(),
            status=self.status.key(), closing_reason=self.closing_reason.key(),
            closed_on=self.closed_on.iso(),
            tags=[t for t in self.tags.text().split(",") if t.strip()])

    def save(self) -> int | None:
        record = self.collect()
        try:
            arrival.parse(self.arrival.text())  # refused before anything is saved
            districts.find(self.district.key())
            if self.client_id is None:
                client_id = clients.create_client(self.conn, record)
            else:
                if record.case_number is None:
                    raise UserError(Msg("clients.enter_case_number"))
                clients.update_client(self.conn, self.client_id, record)
                client_id = self.client_id
            # own services: a form that does not show them never overwrites them
            arrival.set_arrival(self.conn, client_id, self.arrival.text())
            districts.set_residence(self.conn, client_id, self.district.key(),
                                    self.district_local.text())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), gui_text(exc))
            return None
        if self.keeper is not None:
            self.keeper.finish()
            self.keeper = None
        self.load(client_id)
        self.saved.emit(client_id)
        return client_id

    # ----- arrival and dated histories ----------------------------------------------------

    def _show_years(self) -> None:
        """"Jahre in Deutschland" from what is typed (nothing while it is not a date)."""
        try:
            came = arrival.parse(self.arrival.text())
        except UserError:
            came = None
        years = arrival.years_in_germany(came, dt.date.today())
        self.ui.yearsInGermanyValue.setText("" if years is None else str(years))

    def _set_history_enabled(self) -> None:
        self.ui.historyBox.setEnabled(self.client_id is not None)

    def history_text(self, kind: str) -> str:
        """Current value in bold, then the earlier entries, newest first."""
        lang = ui_language(self.ctx)
        entries = history.entries(self.conn, self.client_id, kind) if self.client_id else []
        if not entries:
            return self.tr("nothing recorded")
        today = dt.date.today()
        current = history.value_at(self.conn, self.client_id, kind, today)
        lines = []
        for entry in reversed(entries):
            value = entry.label(lang) or self.tr("not known")
            if entry.certificate:
                value += " (" + self.tr("certificate") + ")"
            since = self.tr("since %1").replace("%1", entry.valid_from.strftime("%d.%m.%Y"))
            line = f"{value} – {since}"
            lines.append(f"<b>{_html(line)}</b>" if current and entry.id == current.id
                         else _html(line))
        return "<br>".join(lines)

    def _show_histories(self) -> None:
        for kind, prefix in HISTORIES:
            getattr(self.ui, f"{prefix}HistoryText").setText(self.history_text(kind))

    def new_history_entry(self, kind: str) -> None:
        if self.client_id is None:
            return
        from mfd_desktop.gui.case.history_dialog import HistoryEntryDialog

        prefix = dict(HISTORIES)[kind]
        title = getattr(self.ui, f"{prefix}HistoryLabel").text().replace("&", "")
        dialog = HistoryEntryDialog(kind, title, ui_language(self.ctx), self)
        while self.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            v = dialog.values()
            try:
                history.add(self.conn, self.client_id, kind, v["value"], v["valid_from"],
                            certificate=v["certificate"])
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Not saved"), gui_text(exc))
                continue
            if kind == "residence_status":  # the case's current value may have changed
                current = clients.get_client(self.conn, self.client_id).residence_status
                self.residence_status.set_key(current)
            self._show_histories()
            self.saved.emit(self.client_id)
            return


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


