"""„Offene Unterlagen“: documents still missing or requested across all clients, sorted
by due date (item due date, else the checklist's appointment), loaded in a worker;
double-click opens the case.

Layout and fixed texts: the form ui/open_documents_view.ui; the table model is
`open_documents_model.OpenDocumentsModel`, sorted through a proxy by `SORT_ROLE`.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QWidget

from mfd_desktop.checklists import open_documents
from mfd_desktop.gui.checklists.models import SORT_ROLE
from mfd_desktop.gui.checklists.open_documents_model import OpenDocumentsModel
from mfd_desktop.gui.column_fit import fit_columns
from mfd_desktop.gui.form_widgets import ui_language
from mfd_desktop.gui.forms.ui_open_documents_view import Ui_OpenDocumentsView
from mfd_desktop.gui.tasks import TaskFailure


def load_open(conn):
    """The open documents (first page) and how many there are in all (worker thread)."""
    return open_documents.list_open(conn), open_documents.count_open(conn)


class OpenDocumentsView(QWidget):
    loaded = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._counts: tuple[int, int] | None = None  # (shown, total) of the last load
        self.ui = Ui_OpenDocumentsView()
        self.ui.setupUi(self)
        self.summary, self.refresh_button = self.ui.summaryLabel, self.ui.refreshButton
        self.view = self.ui.openDocumentsTable
        self.refresh_button.clicked.connect(self.refresh)
        self.model = OpenDocumentsModel(self, language=ui_language(ctx))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # the document, its state, the client and the due day complete; the checklist's
        # title and the case number give way (tool tip: the whole text), on a small
        # screen they are left out
        self.fitter = fit_columns(self.view, (0, 2, 4, 5), optional_columns=(3, 1))
        self.view.doubleClicked.connect(self._open_case)

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.ctx.tasks.run_with_connection(load_open, read_only=True, on_done=self._loaded,
                                           on_error=self._failed)

    def _loaded(self, result) -> None:
        rows, total = result
        self.model.set_rows(rows)  # its language is kept current by retranslate()
        self._counts = (len(rows), total)
        self._show_summary()
        self.loaded.emit()

    def _show_summary(self) -> None:
        if self._counts is None:
            return
        shown, total = self._counts
        text = self.tr("%1 open documents, sorted by due date.").replace("%1", str(total))
        if total > shown:
            text += " " + self.tr("Showing the first %1.").replace("%1", str(shown))
        self.summary.setText(text)

    def retranslate(self) -> None:
        """Texts and document labels in the new UI language; rows and selection stay."""
        self.ui.retranslateUi(self)
        self.model.set_language(ui_language(self.ctx))
        self._show_summary()

    def _failed(self, failure: TaskFailure) -> None:
        self._counts = None
        self.summary.setText(failure.message)

    def _open_case(self, index) -> None:
        row = self.model.row(self.proxy.mapToSource(index).row())
        self.ctx.open_case.emit(int(row.client_id))

    def clear(self) -> None:
        self.model.set_rows([])
        self._counts = None
        self.summary.clear()
