"""Klient*innen: the client list (lazy, sorted in SQL), search with ranked snippets, the
case view, and the CSV import.

Layout, fixed texts and tab order: the form ui/clients_page.ui (list, search box,
filters, buttons; the case view is the stack's second page). This class wires the form
to its models and the services:
- `ClientTableModel` (client_list_model.py) loads pages of 200 rows on demand and sorts
  in SQL over all rows (`ClientSortProxy` forwards the view's sort to it).
- Filters: status, service, counsellor-defined tag (SQL WHERE).
- Ctrl+F: search box (German folding, prefix, phrases); results ranked with the
  matching words highlighted (`SearchResultsModel`, `HtmlDelegate`). Enter/double-click
  opens the case.
- Ctrl+N: new client. Ctrl+S in the case view saves. Ctrl+I: import a CSV list.
- Quick capture for the open case or the selected client: Ctrl+Shift+D Frist,
  Ctrl+Shift+B Beratung, Ctrl+Shift+W Wiedervorlage (gui/deadlines/quick_capture.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import clients, search
from mfd_desktop.gui.clients.client_list_model import ClientIdRole, ClientTableModel
from mfd_desktop.gui.clients.client_sort_proxy import ClientSortProxy
from mfd_desktop.gui.clients.filter_combo import refill_combo
from mfd_desktop.gui.clients.html_delegate import HtmlDelegate
from mfd_desktop.gui.clients.search_results_model import SearchResultsModel
from mfd_desktop.gui.column_fit import fit_columns
from mfd_desktop.gui.deadlines.quick_capture import SHORTCUTS, QuickCapture
from mfd_desktop.gui.form_widgets import ui_language
from mfd_desktop.gui.forms.ui_clients_page import Ui_ClientsPage
from mfd_desktop.gui.i18n import current_language
from mfd_desktop.gui.page_base import Page
from mfd_desktop.messages import render

if TYPE_CHECKING:
    from mfd_desktop.gui.case.case_view import CaseView

CASE_VIEW_WARM_MS = 1000  # the case view is built this long after the list (if not before)
LIST_KEY_COLUMNS = (0, 1)  # case number, name: never cut (gui/column_fit.py)


class ClientsPage(Page):
    nav_key = "clients"

    LIST, CASE = 0, 1

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = ui = Ui_ClientsPage()
        ui.setupUi(self)
        self.search_box, self.hint_label, self.count_label = (ui.searchBox, ui.hintLabel,
                                                              ui.countLabel)
        self.status_filter, self.service_filter, self.tag_filter = (
            ui.statusFilter, ui.serviceFilter, ui.tagFilter)
        self.new_button, self.import_button = ui.newButton, ui.importButton
        self.table, self.results, self.stack = ui.clientTable, ui.results, ui.stack
        self.search_box.setMaxLength(search.MAX_QUERY_CHARS)

        self.model = ClientTableModel(self._conn, self)
        self.proxy = ClientSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(False)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # case number and name complete, the other columns give way (no sideways scrolling)
        self.fitter = fit_columns(self.table, LIST_KEY_COLUMNS)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)

        self.results_model = SearchResultsModel(self)
        self.results.setModel(self.results_model)
        self.results.setItemDelegateForColumn(SearchResultsModel.SNIPPET,
                                              HtmlDelegate(self.results))
        self.results.activated.connect(self._open_index)
        self.results.doubleClicked.connect(self._open_index)

        # The case view (with its tabs, a third of this page's construction) is made on
        # first use, or on a timer shortly after the list has painted (issue 21).
        self._case_view: CaseView | None = None
        self._warm_timer = QTimer(self)  # restarted when the list is shown: never during it
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(CASE_VIEW_WARM_MS)
        self._warm_timer.timeout.connect(self._warm_case_view)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self._search_enter)
        for combo in (self.status_filter, self.service_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.new_button.clicked.connect(self.new_client)
        self.import_button.clicked.connect(self.import_csv)
        shortcut = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.New, self, self.new_client, context=shortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search, context=shortcut)
        QShortcut(QKeySequence("Ctrl+I"), self, self.import_csv, context=shortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_box, self.search_box.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)
        # Quick capture (gui/deadlines/quick_capture.py) for the open case or the client
        # selected in the list; with none, the client picker comes first.
        self.quick = QuickCapture(ctx, self)
        self.quick.saved.connect(lambda _kind, _cid: self._quick_saved())
        for kind, keys in SHORTCUTS.items():
            QShortcut(QKeySequence(keys), self,
                      lambda kind=kind: getattr(self.quick, kind)(self.selected_client()),
                      context=shortcut)
        # ctx.open_case reaches open_case() through the shell, which creates this page
        # first if needed (a connection made here would miss the very first request).
        # The shell calls on_locking too; clearing twice is harmless, missing it is not.
        ctx.locking.connect(self.on_locking)
        self.retranslate()  # fills the filters too

    def _conn(self):
        return self.ctx.vault.conn

    @property
    def case_view(self) -> CaseView:
        """The case view (the stack's second page), created on first use."""
        if self._case_view is None:
            from mfd_desktop.gui.case.case_view import CaseView

            view = CaseView(self.ctx, self)
            view.back.connect(self.show_list)
            view.client_saved.connect(lambda _cid: self._reload_keep_position())
            self.stack.addWidget(view)
            self._case_view = view
        return self._case_view

    def _warm_case_view(self) -> None:
        if self._case_view is None and self.ctx.is_unlocked:
            _ = self.case_view

    # ----- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.lang = ui_language(self.ctx)
        self.model.set_headers([self.tr("Case number"), self.tr("Name"), self.tr("Status"),
                                self.tr("Service"), self.tr("First contact"),
                                self.tr("Last consultation"), self.tr("Tags")])
        self.results_model.set_headers(
            [self.tr("Case number"), self.tr("Name"), self.tr("Found in"), self.tr("Match")],
            {"client": self.tr("Name/case number"),
             "consultation": self.tr("Consultation note"),
             "referral": self.tr("Referral")})
        self._fill_filters()
        self._update_count()

    def _fill_filters(self) -> None:
        lang = ui_language(self.ctx)
        refill_combo(self.status_filter, self.tr("All statuses"),
                     [(v.label(lang), v.key) for v in reference.get("case_status").active()])
        refill_combo(self.service_filter, self.tr("All services"),
                     [(v.short or v.label(lang), v.key) for v in reference.get("service").active()])
        self._fill_tags()

    def _fill_tags(self) -> None:
        tags = clients.all_tags(self._conn()) if self.ctx.is_unlocked else []
        refill_combo(self.tag_filter, self.tr("All tags"), [(tag, tag) for tag in tags])

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 clients").replace("%1", str(self.model.total)))

    # ----- life cycle ---------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self._fill_tags()
        self.model.reload()
        self._update_count()
        if self._case_view is None:
            self._warm_timer.start()
        if self.stack.currentIndex() == self.CASE:
            if self.case_view.client_id is not None:
                self.case_view.open(self.case_view.client_id)
            else:
                self.case_view.open_new()

    def on_locking(self) -> None:
        if self._case_view is not None:
            self._case_view.on_locking()  # clears its tabs too
        self.model.clear()
        self.results_model.set_hits([])

    def on_shown(self) -> None:
        if self.stack.currentIndex() == self.LIST and self.ctx.is_unlocked:
            self._reload_keep_position()
            if self._case_view is None:  # built a while after the list has painted
                self._warm_timer.start()

    # ----- list, filters, search ------------------------------------------------------------

    def _filters_changed(self) -> None:
        self.model.filter = clients.ClientFilter(status=self.status_filter.currentData(),
                                                 service=self.service_filter.currentData(),
                                                 tag=self.tag_filter.currentData())
        self.model.reload()
        self._update_count()

    def _reload_keep_position(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self._fill_tags()
        self.model.reload()
        self._update_count()
        if self.search_box.text().strip():
            self.run_search()

    def focus_search(self) -> None:
        self.show_list()
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        text = self.search_box.text()
        if not text.strip():
            self.results.hide()
            self.table.show()
            self.hint_label.hide()
            self.results_model.set_hits([])
            self._update_count()
            return
        if not self.ctx.is_unlocked:
            return
        result = search.search(self._conn(), text)
        self.results_model.set_hits(result.hits)
        self.results.resizeColumnToContents(0)
        self.results.resizeColumnToContents(1)
        self.results.resizeColumnToContents(2)
        self.results.show()
        self.table.hide()
        self.hint_label.setText(render(result.hint, current_language()))
        self.hint_label.setVisible(bool(result.hint))
        self.count_label.setText(self.tr("%1 matches").replace("%1", str(len(result.hits))))

    def _search_enter(self) -> None:
        self._search_timer.stop()
        self.run_search()
        if self.results_model.rowCount() > 0:
            self.results.setFocus()
            self.results.selectRow(0)

    def selected_client(self) -> int | None:
        """The open case's client, else the client under the cursor in the list."""
        if self.stack.currentIndex() == self.CASE:
            return self.case_view.client_id
        view = self.results if self.results.isVisible() else self.table
        client_id = view.currentIndex().data(ClientIdRole) if view.currentIndex().isValid() \
            else None
        return int(client_id) if client_id is not None else None

    def _quick_saved(self) -> None:
        if self.stack.currentIndex() == self.CASE and self.case_view.client_id is not None:
            self.case_view.timeline.refresh()

    # ----- opening cases ------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        """A row of the list or of the search results was activated."""
        client_id = index.data(ClientIdRole)
        if client_id is not None:
            self.open_case(int(client_id))

    def open_case(self, client_id: int) -> None:
        if not self.ctx.is_unlocked:
            return
        self.case_view.open(int(client_id))
        self.stack.setCurrentIndex(self.CASE)
        self.case_view.tabs.setFocus()

    def new_client(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.case_view.open_new()
        self.stack.setCurrentIndex(self.CASE)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(self.LIST)
        self._reload_keep_position()

    def import_csv(self) -> None:
        from mfd_desktop.gui.clients.import_dialog import CsvImportDialog

        dialog = CsvImportDialog(self.ctx, self)
        if dialog.choose_file():
            dialog.exec()
        self._reload_keep_position()
