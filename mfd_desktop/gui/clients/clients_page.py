"""Klient*innen: the client list (lazy, sorted in SQL), search with ranked snippets, the
case view, and the CSV import.

- `ClientTableModel` loads pages of 200 rows on demand (`canFetchMore`/`fetchMore`),
  so 5,000 clients scroll smoothly; sorting is done in SQL over all rows (the proxy
  forwards `sort()` to the source model instead of sorting only the loaded rows).
- Filters: status, service, counsellor-defined tag (SQL WHERE).
- Ctrl+F: search box (German folding, prefix, phrases); results ranked with the
  matching words highlighted. Enter/double-click opens the case.
- Ctrl+N: new client. Ctrl+S in the case view saves. Ctrl+I: import a CSV list.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import clients, search
from mfd_desktop.gui.case.case_view import CaseView
from mfd_desktop.gui.form_widgets import german_date, ui_language
from mfd_desktop.gui.i18n import current_language
from mfd_desktop.gui.page_base import Page
from mfd_desktop.messages import render

log = logging.getLogger("mfd.gui.cases.clients")

PAGE_SIZE = 200
_Index = QModelIndex | QPersistentModelIndex
ClientIdRole = Qt.ItemDataRole.UserRole + 1


class ClientTableModel(QAbstractTableModel):
    """The client list, fetched page by page from the vault."""

    COLUMNS = ("case_number", "name", "status", "service", "first_contact", "last_contact", "tags")

    def __init__(self, conn_provider, parent=None):
        super().__init__(parent)
        self._conn = conn_provider
        self._rows: list[clients.ClientRow] = []
        self._total = 0
        self.filter = clients.ClientFilter()
        self.order = "case_number"
        self.descending = False
        self.lang = "de"
        self.headers = list(self.COLUMNS)

    # ----- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        try:
            conn = self._conn()
            self._total = clients.count_clients(conn, self.filter)
            self._rows = clients.list_clients(conn, self.filter, order=self.order,
                                              descending=self.descending, limit=PAGE_SIZE)
        except Exception as exc:  # locked meanwhile: show nothing rather than crash
            log.info("client list not loaded: %s", type(exc).__name__)
            self._total = 0
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows, self._total = [], 0
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = clients.list_clients(self._conn(), self.filter, order=self.order,
                                    descending=self.descending, limit=PAGE_SIZE,
                                    offset=len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    @property
    def total(self) -> int:
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    def row(self, row: int) -> clients.ClientRow:
        return self._rows[row]

    # ----- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == ClientIdRole:
            return r.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = self.COLUMNS[index.column()]
        if column == "case_number":
            return r.case_number
        if column == "name":
            return r.display_name
        if column == "status":
            return reference.label("case_status", r.status, self.lang)
        if column == "service":
            value = reference.get("service").value(r.service or "")
            return (value.short or value.label(self.lang)) if value else ""
        if column == "first_contact":
            return german_date(r.first_contact)
        if column == "last_contact":
            return german_date(r.last_contact)
        return r.tags

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column] if 0 <= column < len(self.COLUMNS) else "case_number"
        self.order = key if key in clients.SORT_COLUMNS else "case_number"
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class ClientProxyModel(QSortFilterProxyModel):
    """Passes sorting to the source model (SQL over all clients, not just loaded rows)."""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class SearchResultsModel(QAbstractTableModel):
    """Ranked search hits: case number, name, where found, snippet (HTML, highlighted)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[search.Hit] = []
        self.headers = ["", "", "", ""]
        self.found_in: dict[str, str] = {}

    def set_hits(self, hits: list[search.Hit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == ClientIdRole:
            return hit.client_id
        if role == Qt.ItemDataRole.DisplayRole:
            return (hit.case_number, hit.display_name, self.found_in.get(hit.kind, hit.kind),
                    hit.snippet_html())[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return hit.snippet_text("", "")
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Draws the snippet column as rich text (matching words in bold)."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setHtml(opt.text)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        doc.setTextWidth(opt.rect.width())
        offset = max(0.0, (opt.rect.height() - doc.size().height()) / 2)
        painter.translate(opt.rect.left(), opt.rect.top() + offset)
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(QPalette.ColorRole.Text,
                                 opt.palette.color(QPalette.ColorRole.HighlightedText))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), 24))


class ClientsPage(Page):
    nav_key = "clients"

    LIST, CASE = 0, 1

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = ClientTableModel(self._conn, self)
        self.proxy = ClientProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(False)

        self.search_box = QLineEdit(self)
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaxLength(search.MAX_QUERY_CHARS)
        self.status_filter = QComboBox(self)
        self.service_filter = QComboBox(self)
        self.tag_filter = QComboBox(self)
        self.new_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.count_label = QLabel(self)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((140, 260, 110, 70, 105, 125)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._open_from_list)
        self.table.doubleClicked.connect(self._open_from_list)

        self.results_model = SearchResultsModel(self)
        self.results = QTableView(self)
        self.results.setModel(self.results_model)
        self.results.setItemDelegateForColumn(3, HtmlDelegate(self.results))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.activated.connect(self._open_from_results)
        self.results.doubleClicked.connect(self._open_from_results)
        self.results.hide()

        self.case_view = CaseView(ctx, self)
        self.case_view.back.connect(self.show_list)
        self.case_view.client_saved.connect(lambda _cid: self._reload_keep_position())

        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.service_filter, 1)
        bar.addWidget(self.tag_filter, 1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.new_button)
        list_widget = QWidget(self)
        list_layout = QVBoxLayout(list_widget)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.hint_label)
        list_layout.addWidget(self.results, 1)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count_label)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(list_widget)
        self.stack.addWidget(self.case_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        for a, b in ((self.search_box, self.status_filter), (self.status_filter, self.service_filter),
                     (self.service_filter, self.tag_filter), (self.tag_filter, self.import_button),
                     (self.import_button, self.new_button), (self.new_button, self.results),
                     (self.results, self.table)):
            QWidget.setTabOrder(a, b)

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
        # ctx.open_case reaches open_case() through the shell, which creates this page
        # first if needed (a connection made here would miss the very first request).
        # The shell calls on_locking too; clearing twice is harmless, missing it is not.
        ctx.locking.connect(self.on_locking)
        self._fill_filters()
        self.retranslate()

    def _conn(self):
        return self.ctx.vault.conn

    # ----- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = ui_language(self.ctx)
        self.model.lang = lang
        self.model.headers = [self.tr("Case number"), self.tr("Name"), self.tr("Status"),
                              self.tr("Service"), self.tr("First contact"),
                              self.tr("Last consultation"), self.tr("Tags")]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.headers) - 1)
        self.results_model.headers = [self.tr("Case number"), self.tr("Name"),
                                      self.tr("Found in"), self.tr("Match")]
        self.results_model.found_in = {"client": self.tr("Name/case number"),
                                       "consultation": self.tr("Consultation note"),
                                       "referral": self.tr("Referral")}
        self.search_box.setPlaceholderText(self.tr("Search names, case numbers and notes "
                                                   "(Ctrl+F)"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.service_filter.setAccessibleName(self.tr("Filter by service"))
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.table.setAccessibleName(self.tr("Client list"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.new_button.setText(self.tr("&New client (Ctrl+N)"))
        self.import_button.setText(self.tr("&Import list…"))
        self._fill_filters()
        self._update_count()

    def _fill_filters(self) -> None:
        lang = ui_language(self.ctx)
        for combo, everything, items in (
            (self.status_filter, self.tr("All statuses"),
             [(v.label(lang), v.key) for v in reference.get("case_status").active()]),
            (self.service_filter, self.tr("All services"),
             [(v.short or v.label(lang), v.key) for v in reference.get("service").active()]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, key in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self._fill_tags()

    def _fill_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        if self.ctx.is_unlocked:
            for tag in clients.all_tags(self._conn()):
                self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.blockSignals(False)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 clients").replace("%1", str(self.model.total)))

    # ----- life cycle ---------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self._fill_tags()
        self.model.reload()
        self._update_count()
        if self.stack.currentIndex() == self.CASE:
            if self.case_view.client_id is not None:
                self.case_view.open(self.case_view.client_id)
            else:
                self.case_view.open_new()

    def on_locking(self) -> None:
        self.case_view.on_locking()
        self.model.clear()
        self.results_model.set_hits([])
        for tab in (self.case_view.consultations, self.case_view.referrals,
                    self.case_view.consents, self.case_view.timeline):
            tab.model.set_rows([], [])
        for check_list in (self.case_view.form.languages, self.case_view.form.needs,
                           self.case_view.consultations.topics):
            check_list.set_keys([])
        self.case_view.title.clear()

    def on_shown(self) -> None:
        if self.stack.currentIndex() == self.LIST and self.ctx.is_unlocked:
            self._reload_keep_position()

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

    # ----- opening cases ------------------------------------------------------------------

    def _open_from_list(self, index: QModelIndex) -> None:
        client_id = self.proxy.data(index, ClientIdRole)
        if client_id is not None:
            self.open_case(int(client_id))

    def _open_from_results(self, index: QModelIndex) -> None:
        client_id = self.results_model.data(index, ClientIdRole)
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
