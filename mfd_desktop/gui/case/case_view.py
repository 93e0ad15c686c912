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

Consent bar (`consent_bar.py`): when a referral passed data on without a matching
consent, a calm info bar above the tabs says so and offers "Jetzt erfassen".

Layout of the view (title row, status line, consent bar, tab bar): the form ui/case_view.ui; the
tabs are added here because each needs the app context. Stammdaten: `client_form.py`.

Keys: Ctrl+S saves the tab being edited (Stammdaten or the current consultation /
referral), Ctrl+P prints the Fallübersicht (PDF made in memory in a worker, shown in
the print preview of gui/printing). The Stammdaten form keeps an encrypted draft too ("client:<id>").
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QScrollArea, QWidget

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import clients
from mfd_desktop.gui import page_registry
from mfd_desktop.gui.case.client_form import ClientForm
from mfd_desktop.gui.case.consent_bar import ConsentBarMixin
from mfd_desktop.gui.case.consents_tab import ConsentsTab
from mfd_desktop.gui.case.consultations_tab import ConsultationsTab
from mfd_desktop.gui.case.extra_tabs import build_tab, needs_client_id
from mfd_desktop.gui.case.letters_action import LettersActionMixin
from mfd_desktop.gui.case.referrals_tab import ReferralsTab
from mfd_desktop.gui.case.summary_print import PrintSummaryMixin
from mfd_desktop.gui.case.timeline_tab import TimelineTab
from mfd_desktop.gui.form_widgets import (
    RetranslateOnLanguageChange,
    refill_reference_widgets,
    ui_language,
)
from mfd_desktop.gui.forms.ui_case_view import Ui_CaseView

log = logging.getLogger("mfd.gui.cases.case_view")

CASE_TABS: list[str] = [
    "mfd_desktop.gui.case.plan_tab:PlanTab",
    "mfd_desktop.gui.checklists.case_tab:ChecklistCaseTab",
    "mfd_desktop.gui.dataprotection.case_tab:DataProtectionTab",
    "mfd_desktop.gui.case.attachments_tab:AttachmentsTab",
]
CASE_TAB_TITLES: dict[str, str] = {
    "mfd_desktop.gui.dataprotection.case_tab:DataProtectionTab":
        QT_TRANSLATE_NOOP("CaseView", "Data protection"),
}


def register_case_tab(target: str) -> None:
    if target not in CASE_TABS:
        CASE_TABS.append(target)


class CaseView(ConsentBarMixin, PrintSummaryMixin, LettersActionMixin, RetranslateOnLanguageChange,
               QWidget):
    """One client's file. `open(client_id)` or `open_new()`; `back` returns to the list."""

    back = Signal()
    client_saved = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.ui = Ui_CaseView()
        self.ui.setupUi(self)
        self.title, self.status_line, self.tabs = (self.ui.titleLabel, self.ui.statusLine,
                                                   self.ui.tabs)
        self.back_button, self.save_button, self.print_button = (
            self.ui.backButton, self.ui.saveButton, self.ui.printButton)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.consent_bar, self.consent_bar_text, self.consent_bar_action = (
            self.ui.consentBar, self.ui.consentBarText, self.ui.consentBarAction)
        self._lacking = []
        self._opening = False
        self.consent_bar_action.clicked.connect(self.record_missing_consent)
        self.back_button.clicked.connect(self.back)
        self.save_button.clicked.connect(self.save_current)
        # One save button in sight: the header's saves the Stammdaten; the other tabs have
        # their own (Strg+S saves the open tab everywhere).
        self.tabs.currentChanged.connect(self._show_save_button)
        self.print_button.clicked.connect(self.print_summary)
        self.letters_button = self.ui.lettersButton
        self.letters_button.clicked.connect(self.open_letters)
        self.form = ClientForm(ctx, self)
        self.form_scroll = scroll = QScrollArea(self)
        scroll.setObjectName("clientFormScroll")
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
            if not needs_client_id(cls):
                tab = build_tab(self, target, cls, None)
                if tab is None:
                    continue
            placeholder = tab or QWidget(self)
            self.extra.append((target, cls, tab))
            self.tabs.addTab(placeholder, self._extra_title(target, tab))
        for tab in (self.consultations, self.referrals, self.consents):
            tab.changed.connect(self._children_changed)
        self.form.saved.connect(self._client_saved)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_current,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_summary,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Alt+Left"), self, self.back.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        for index, text in enumerate((self.tr("Personal data"), self.tr("Consultations"),
                                      self.tr("Referrals"), self.tr("Consents"),
                                      self.tr("History"))):
            self.tabs.setTabText(index, text)
        self.form_scroll.setAccessibleName(self.tr("Personal data"))
        for offset, (target, _cls, tab) in enumerate(self.extra, start=5):
            self.tabs.setTabText(offset, self._extra_title(target, tab))
        refill_reference_widgets(self, ui_language(self.ctx))
        if self.ctx.is_unlocked:
            self._set_title()
            self._fill_consent_bar()

    @property
    def extra_tabs(self) -> list[QWidget]:
        return [tab for _t, _c, tab in self.extra if tab is not None]

    def _extra_title(self, target: str, tab: QWidget | None) -> str:
        if tab is not None and callable(getattr(tab, "title", None)):
            return tab.title()
        if target in CASE_TAB_TITLES:
            return QCoreApplication.translate("CaseView", CASE_TAB_TITLES[target])
        return (tab.windowTitle() if tab is not None else "") or target.rsplit(":", 1)[-1]

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
        self._opening = True  # tabs that report a change while loading did not save
        try:
            self._open(client_id)
        finally:
            self._opening = False

    def _open(self, client_id: int) -> None:
        self.client_id = client_id
        self.letters_button.setEnabled(True)
        self.form.load(client_id)
        for tab in (self.consultations, self.referrals, self.consents, self.timeline):
            tab.setEnabled(True)
            tab.load(client_id)
        for position, (target, cls, tab) in enumerate(self.extra):
            index = 5 + position
            if needs_client_id(cls):
                old = self.tabs.widget(index)
                current = self.tabs.currentIndex()
                tab = build_tab(self, target, cls, client_id) or QWidget(self)
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
        focus, self.ctx.case_focus = getattr(self.ctx, "case_focus", None), None
        if focus is not None:
            self.show_tab(*focus)

    def show_tab(self, key: str, item_id: int | None = None) -> None:
        """Switch to the extra tab whose `tab_key` is `key` (e.g. "plan"), showing `item_id`."""
        for tab in self.extra_tabs:
            if getattr(tab, "tab_key", None) == key:
                self.tabs.setCurrentWidget(tab)
                if item_id is not None and hasattr(tab, "show_goal"):
                    tab.show_goal(item_id)
                return

    def open_new(self) -> None:
        self.client_id = None
        self.form.load(None)
        for index in range(1, self.tabs.count()):
            self.tabs.widget(index).setEnabled(False)
        self.letters_button.setEnabled(False)
        self.tabs.setCurrentIndex(0)
        self._hide_consent_bar()
        self.status_line.setText(self.tr("Save the personal data first; then consultations, "
                                         "referrals and consents can be added."))
        self._set_title()
        self.form.name.setFocus()

    # ----- actions ------------------------------------------------------------------------

    def _show_save_button(self, _index: int = 0) -> None:
        self.save_button.setVisible(self.tabs.currentIndex() == 0)

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
            if not self._opening:
                self.status_line.setText(self.tr("Saved."))
            self.client_saved.emit(self.client_id)

    def on_locking(self) -> None:
        """Nothing of the case stays in the widgets while the vault is locked."""
        self._hide_consent_bar()
        for tab in (self.consultations, self.referrals, self.consents, self.timeline):
            tab.model.set_rows([], [])
        for check_list in (self.form.languages, self.form.needs, self.consultations.topics):
            check_list.set_keys([])
        self.title.clear()
        for tab in self.extra_tabs:
            if hasattr(tab, "on_locking"):
                try:
                    tab.on_locking()
                except Exception as exc:  # one area's bug must not stop the lock
                    log.error("case tab failed at lock: %s", type(exc).__name__)
