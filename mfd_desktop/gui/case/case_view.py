"""The case view: one client with tabs Stammdaten, Beratungen, Weitervermittlungen,
Einwilligungen, Verlauf, plus tabs other areas add through `CASE_TABS`.

Extension point: append "module:Class" to `CASE_TABS` (e.g. the checklists area). Two
kinds of tab are accepted:
- `Cls(ctx, parent)` with `title() -> str` and `load(client_id: int)`: built once, loaded
  for each case;
- `Cls(ctx, client_id, parent)` (a required `client_id` parameter): built anew for each
  case (the data-protection tab works like this).
Optional: `on_locking()`, a `changed` signal (any arguments; the timeline is refreshed),
a `case_deleted` signal (the view returns to the list). A tab without `title()` is
named by `CASE_TAB_TITLES` or its window title. A module that does not exist is skipped.

Keys: Ctrl+S saves the tab being edited (Stammdaten or the current consultation /
referral), Ctrl+P prints the Fallübersicht (PDF made in a worker, saved where the
user chooses). The Stammdaten form keeps an encrypted draft too ("client:<id>").
"""

from __future__ import annotations

import datetime as dt
import inspect
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import case_numbers, clients
from mfd_desktop.errors import UserError
from mfd_desktop.gui import page_registry
from mfd_desktop.gui.case.consents_tab import ConsentsTab
from mfd_desktop.gui.case.consultations_tab import ConsultationsTab
from mfd_desktop.gui.case.referrals_tab import ReferralsTab
from mfd_desktop.gui.case.timeline_tab import TimelineTab
from mfd_desktop.gui.draft_keeper import DraftKeeper
from mfd_desktop.gui.form_widgets import (
    CheckList,
    DateLine,
    KeyCombo,
    RetranslateOnLanguageChange,
    labelled,
    refill_reference_widgets,
    ui_language,
)
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.tasks import TaskFailure, show_failure
from mfd_desktop.messages import Msg

log = logging.getLogger("mfd.gui.cases.case_view")

CASE_TABS: list[str] = [
    "mfd_desktop.gui.checklists.case_tab:ChecklistCaseTab",
    "mfd_desktop.gui.dataprotection.case_tab:DataProtectionTab",
]
CASE_TAB_TITLES: dict[str, str] = {
    "mfd_desktop.gui.dataprotection.case_tab:DataProtectionTab":
        QT_TRANSLATE_NOOP("CaseView", "Data protection"),
}


def register_case_tab(target: str) -> None:
    if target not in CASE_TABS:
        CASE_TABS.append(target)


def _needs_client_id(cls: type) -> bool:
    try:
        parameter = inspect.signature(cls.__init__).parameters.get("client_id")
    except (TypeError, ValueError):
        return False
    return (parameter is not None and parameter.default is inspect.Parameter.empty
            and parameter.kind in (inspect.Parameter.POSITIONAL_ONLY,
                                   inspect.Parameter.POSITIONAL_OR_KEYWORD))


def _render_and_write(conn, client_id: int, path: str) -> str:
    from mfd_desktop.reports.case_summary import render_case_summary
    from mfd_desktop.reports.pdf_base import write_pdf

    write_pdf(path, render_case_summary(conn, client_id))
    return path


class ClientForm(RetranslateOnLanguageChange, QWidget):
    """Stammdaten of one client (new when `client_id` is None)."""

    saved = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.keeper: DraftKeeper | None = None
        lang = ui_language(ctx)
        self.case_number = QLineEdit(self)
        self.name = QLineEdit(self)
        self.pseudonym = QLineEdit(self)
        self.anonymous = QCheckBox(self)
        self.birth_year = QLineEdit(self)
        self.birth_year.setMaxLength(4)
        self.birth_year.setPlaceholderText("1987")
        self.gender = KeyCombo("gender", lang, parent=self)
        self.country = KeyCombo("country", lang, parent=self)
        self.languages = CheckList("languages", lang, self)
        self.interpreter = QCheckBox(self)
        self.sprachmittlung = KeyCombo("sprachmittlung", lang, parent=self)
        self.residence_status = KeyCombo("residence_status", lang, parent=self)
        self.title_expires = DateLine(self)
        self.protection = KeyCombo("protection_status", lang, parent=self)
        self.needs = CheckList("special_needs", lang, self)
        self.service = KeyCombo("service", lang, parent=self)
        self.household = QLineEdit(self)
        self.household.setMaxLength(2)
        self.first_contact = DateLine(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(60)
        self.status = KeyCombo("case_status", lang, allow_none=False, parent=self)
        self.closing_reason = KeyCombo("closing_reason", lang, parent=self)
        self.closed_on = DateLine(self)
        self.tags = QLineEdit(self)
        self.status.currentIndexChanged.connect(self._status_changed)

        self.fields = [
            ("case_number", self.case_number), ("name", self.name), ("pseudonym", self.pseudonym),
            ("anonymous", self.anonymous), ("birth_year", self.birth_year), ("gender", self.gender),
            ("country", self.country), ("languages", self.languages),
            ("interpreter", self.interpreter), ("sprachmittlung", self.sprachmittlung),
            ("residence_status", self.residence_status), ("title_expires", self.title_expires),
            ("protection", self.protection), ("needs", self.needs), ("service", self.service),
            ("household", self.household), ("first_contact", self.first_contact),
            ("phone", self.phone), ("email", self.email), ("address", self.address),
            ("status", self.status), ("closing_reason", self.closing_reason),
            ("closed_on", self.closed_on), ("tags", self.tags),
        ]
        self.labels = {key: QLabel(self) for key, _w in self.fields}
        left, right = QFormLayout(), QFormLayout()
        split = 12
        for i, (key, widget) in enumerate(self.fields):
            (left if i < split else right).addRow(self.labels[key], widget)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for (_k1, a), (_k2, b) in zip(self.fields, self.fields[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            "case_number": self.tr("Case &number"), "name": self.tr("Na&me"),
            "pseudonym": self.tr("&Pseudonym"), "anonymous": self.tr("&Anonymous"),
            "birth_year": self.tr("&Year of birth"), "gender": self.tr("&Gender"),
            "country": self.tr("&Country of origin"), "languages": self.tr("&Languages"),
            "interpreter": self.tr("&Interpreter needed"),
            "sprachmittlung": self.tr("Kind of interpreting"),
            "residence_status": self.tr("&Residence status"),
            "title_expires": self.tr("Title &valid until"),
            "protection": self.tr("Pro&tection status"),
            "needs": self.tr("Special protection &needs"), "service": self.tr("&Service"),
            "household": self.tr("&Household size"), "first_contact": self.tr("&First contact"),
            "phone": self.tr("Phone"), "email": self.tr("E-mail"), "address": self.tr("Address"),
            "status": self.tr("Case s&tatus"), "closing_reason": self.tr("Closing &reason"),
            "closed_on": self.tr("Closed &on"), "tags": self.tr("Tags (comma-separated)"),
        }
        for key, widget in self.fields:
            labelled(self.labels[key], widget, names[key])
        self.case_number.setPlaceholderText(self.tr("generated when saved"))

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
        self._status_changed()
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
            if self.client_id is None:
                client_id = clients.create_client(self.conn, record)
            else:
                if record.case_number is None:
                    raise UserError(Msg("clients.enter_case_number"))
                clients.update_client(self.conn, self.client_id, record)
                client_id = self.client_id
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), gui_text(exc))
            return None
        if self.keeper is not None:
            self.keeper.finish()
            self.keeper = None
        self.load(client_id)
        self.saved.emit(client_id)
        return client_id


class CaseView(RetranslateOnLanguageChange, QWidget):
    """One client's file. `open(client_id)` or `open_new()`; `back` returns to the list."""

    back = Signal()
    client_saved = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.back_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.back_button.clicked.connect(self.back)
        self.save_button.clicked.connect(self.save_current)
        self.print_button.clicked.connect(self.print_summary)
        self.status_line = QLabel(self)
        self.tabs = QTabWidget(self)
        self.form = ClientForm(ctx, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.consultations = ConsultationsTab(ctx, self)
        self.referrals = ReferralsTab(ctx, self)
        self.consents = ConsentsTab(ctx, self)
        self.timeline = TimelineTab(ctx, self)
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.consultations, "")
        self.tabs.addTab(self.referrals, "")
        self.tabs.addTab(self.consents, "")
        self.tabs.addTab(self.timeline, "")
        # (target, class, widget) of the other areas' tabs; per-client ones are rebuilt
        self.extra: list[tuple[str, type, QWidget | None]] = []
        for target in CASE_TABS:
            try:
                cls = page_registry.resolve(target)
            except Exception as exc:  # another area's bug must not break the case view
                log.error("case tab %s cannot be imported: %s", target, type(exc).__name__)
                continue
            if cls is None:
                continue
            tab = None
            if not _needs_client_id(cls):
                tab = self._build_tab(target, cls, None)
                if tab is None:
                    continue
            placeholder = tab or QWidget(self)
            self.extra.append((target, cls, tab))
            self.tabs.addTab(placeholder, self._extra_title(target, tab))
        for tab in (self.consultations, self.referrals, self.consents):
            tab.changed.connect(self._children_changed)
        self.form.saved.connect(self._client_saved)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.status_line)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_current,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_summary,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Alt+Left"), self, self.back.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← Back to the list"))
        self.back_button.setAccessibleName(self.tr("Back to the client list"))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.print_button.setText(self.tr("Print case summary…"))
        for index, text in enumerate((self.tr("Personal data"), self.tr("Consultations"),
                                      self.tr("Referrals"), self.tr("Consents"),
                                      self.tr("History"))):
            self.tabs.setTabText(index, text)
        for offset, (target, _cls, tab) in enumerate(self.extra, start=5):
            self.tabs.setTabText(offset, self._extra_title(target, tab))
        refill_reference_widgets(self, ui_language(self.ctx))
        if self.ctx.is_unlocked:
            self._set_title()

    @property
    def extra_tabs(self) -> list[QWidget]:
        return [tab for _t, _c, tab in self.extra if tab is not None]

    def _extra_title(self, target: str, tab: QWidget | None) -> str:
        if tab is not None and callable(getattr(tab, "title", None)):
            return tab.title()
        if target in CASE_TAB_TITLES:
            return QCoreApplication.translate("CaseView", CASE_TAB_TITLES[target])
        return (tab.windowTitle() if tab is not None else "") or target.rsplit(":", 1)[-1]

    def _build_tab(self, target: str, cls: type, client_id: int | None) -> QWidget | None:
        try:
            tab = cls(self.ctx, self) if client_id is None else cls(self.ctx, client_id, self)
        except Exception as exc:  # another area's bug must not close the case
            log.error("case tab %s failed to start: %s", target, type(exc).__name__)
            return None
        if hasattr(tab, "changed"):
            tab.changed.connect(lambda *_args: self._children_changed())
        if hasattr(tab, "case_deleted"):
            tab.case_deleted.connect(lambda *_args: self._case_deleted())
        return tab

    def _case_deleted(self) -> None:
        self.client_id = None
        self.back.emit()

    def _set_title(self) -> None:
        if self.client_id is None:
            self.title.setText(self.tr("New client"))
            return
        c = clients.get_client(self.ctx.vault.conn, self.client_id)
        status = reference.label("case_status", c.status, ui_language(self.ctx))
        self.title.setText(f"{c.case_number} · {c.display_name} · {status}")

    # ----- opening ------------------------------------------------------------------------

    def open(self, client_id: int) -> None:
        self.client_id = client_id
        self.form.load(client_id)
        for tab in (self.consultations, self.referrals, self.consents, self.timeline):
            tab.setEnabled(True)
            tab.load(client_id)
        for position, (target, cls, tab) in enumerate(self.extra):
            index = 5 + position
            if _needs_client_id(cls):
                old = self.tabs.widget(index)
                current = self.tabs.currentIndex()
                tab = self._build_tab(target, cls, client_id) or QWidget(self)
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, tab, self._extra_title(target, tab))
                self.tabs.setCurrentIndex(current)
                old.deleteLater()
                self.extra[position] = (target, cls, tab)
                continue
            tab.setEnabled(True)
            try:
                tab.load(client_id)
            except Exception as exc:  # another area's bug must not close the case
                log.error("case tab %s failed to load: %s", target, type(exc).__name__)
        self._show_consent_hint()
        self._set_title()

    def _show_consent_hint(self) -> None:
        """Keep a missing consent visible whichever tab is open."""
        if not self.referrals.warning.isHidden():
            self.status_line.setText(self.tr("⚠ A referral passes data on without a valid "
                                             "consent (see Referrals)."))
            self.status_line.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        else:
            self.status_line.clear()
            self.status_line.setStyleSheet("")

    def open_new(self) -> None:
        self.client_id = None
        self.form.load(None)
        for index in range(1, self.tabs.count()):
            self.tabs.widget(index).setEnabled(False)
        self.tabs.setCurrentIndex(0)
        self.status_line.setStyleSheet("")
        self.status_line.setText(self.tr("Save the personal data first; then consultations, "
                                         "referrals and consents can be added."))
        self._set_title()
        self.form.name.setFocus()

    # ----- actions ------------------------------------------------------------------------

    def save_current(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.consultations:
            self.consultations.save()
        elif current is self.referrals:
            self.referrals.save()
        elif current is self.consents:
            self.consents.add()
        else:
            self.form.save()

    def _client_saved(self, client_id: int) -> None:
        was_new = self.client_id is None
        self.client_id = client_id
        if was_new:
            self.open(client_id)
        else:
            self._set_title()
            self.timeline.refresh()
        self.status_line.setText(self.tr("Saved."))
        self.client_saved.emit(client_id)

    def _children_changed(self) -> None:
        if self.client_id is not None:
            self.timeline.refresh()
            self._show_consent_hint()
            if self.referrals.warning.isHidden():
                self.status_line.setText(self.tr("Saved."))
            self.client_saved.emit(self.client_id)

    def print_summary(self) -> None:
        if self.client_id is None:
            return
        c = clients.get_client(self.ctx.vault.conn, self.client_id)
        # Translator: start of the suggested PDF file name, no spaces (German: "Fallübersicht")
        stem = self.tr("Case_summary", "file name")
        suggested = f"{stem}_{c.case_number}.pdf".replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save case summary"), suggested, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        self.print_button.setEnabled(False)
        self.status_line.setText(self.tr("Creating the case summary…"))
        self.ctx.tasks.run_with_connection(_render_and_write, self.client_id, path, read_only=True,
                                           on_done=self._printed, on_error=self._print_failed)

    def _printed(self, path: str) -> None:
        self.print_button.setEnabled(True)
        self.status_line.setText(self.tr("Case summary saved: %1").replace("%1", path))

    def _print_failed(self, failure: TaskFailure) -> None:
        self.print_button.setEnabled(True)
        self.status_line.clear()
        show_failure(failure, self)

    def on_locking(self) -> None:
        for tab in self.extra_tabs:
            if hasattr(tab, "on_locking"):
                try:
                    tab.on_locking()
                except Exception as exc:  # one area's bug must not stop the lock
                    log.error("case tab failed at lock: %s", type(exc).__name__)
