"""The „Checklisten“ page: Offene Unterlagen across all clients, and template management.

- Offene Unterlagen: documents still missing or requested, sorted by due date (item due
  date, else the checklist's appointment), loaded in a worker; double-click opens the case.
- Vorlagen: shipped and own templates, broken files with their German message; import,
  export, edit (administrators), remove an own copy, print a handout for a template.

In the English UI template titles, offices and document labels show in English where
the template (for a case's checklist: its stored snapshot) has them, else in German. A
language switch retranslates the page and refills both tables, keeping the selection.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.checklists import open_documents
from mfd_desktop.checklists import templates as template_service
from mfd_desktop.checklists.translations import unreviewed_summary
from mfd_desktop.errors import UserError
from mfd_desktop.gui.checklists.handout_dialog import HandoutDialog
from mfd_desktop.gui.checklists.models import SORT_ROLE
from mfd_desktop.gui.checklists.open_documents_model import OpenDocumentsModel
from mfd_desktop.gui.checklists.template_editor import TemplateEditorDialog
from mfd_desktop.gui.form_widgets import ui_language
from mfd_desktop.gui.i18n import current_language, gui_text
from mfd_desktop.gui.page_base import Page
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.messages import render


class OpenDocumentsView(QWidget):
    loaded = Signal()

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self._counts: tuple[int, int] | None = None  # (shown, total) of the last load
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.model = OpenDocumentsModel(self, language=ui_language(ctx))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._open_case)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        self.ctx.tasks.run_with_connection(_load_open, read_only=True, on_done=self._loaded,
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
        self.refresh_button.setText(self.tr("Refresh"))
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


def _load_open(conn):
    return open_documents.list_open(conn), open_documents.count_open(conn)


class TemplatesView(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.template_set = template_service.TemplateSet()
        layout = QVBoxLayout(self)
        self.model = QStandardItemModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        layout.addWidget(self.view, 1)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a01818;")
        layout.addWidget(self.problems)
        self.review = QLabel()
        self.review.setWordWrap(True)
        self.review.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.review)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (("handout", self.handout), ("new", self.new_template),
                          ("edit", self.edit), ("import", self.import_file),
                          ("export", self.export), ("remove", self.remove)):
            button = QPushButton()
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._set_button_texts()
        self.reload()

    def _set_button_texts(self) -> None:
        for key, text in (("handout", self.tr("Handout…")), ("new", self.tr("New…")),
                          ("edit", self.tr("Edit…")), ("import", self.tr("Import…")),
                          ("export", self.tr("Export…")),
                          ("remove", self.tr("Remove own version"))):
            self.buttons[key].setText(text)

    def retranslate(self) -> None:
        """Texts and template titles in the new UI language; keeps the chosen template."""
        self._set_button_texts()
        chosen = self.selected()
        self.reload()
        if chosen is not None:
            self.select_key(chosen.key)

    def reload(self) -> None:
        self.template_set = template_service.load_all(self.ctx.paths)
        language = ui_language(self.ctx)
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Title"),
                                              self.tr("Version"), self.tr("Office"),
                                              self.tr("Source")])
        for loaded in self.template_set.sorted(language):
            t = loaded.template
            origin = self.tr("shipped") if loaded.origin == template_service.SHIPPED \
                else self.tr("own")
            row = [QStandardItem(t.key), QStandardItem(render(t.title, language)),
                   QStandardItem(str(t.version)), QStandardItem(render(t.office, language)),
                   QStandardItem(origin)]
            self.model.appendRow(row)
        header = self.view.horizontalHeader()
        for column in (0, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.problems.setText("\n".join(p.render(current_language())
                                        for p in self.template_set.problems))
        pending = [f"{code} ({n})" for code, (n, _total) in unreviewed_summary().items() if n]
        self.review.setText(self.tr("Translations not yet reviewed by a native speaker: %1")
                            .replace("%1", ", ".join(pending)) if pending else "")

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        key = self.model.item(rows[0].row(), 0).text()
        return self.template_set.templates.get(key)

    def select_key(self, key: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).text() == key:
                self.view.selectRow(row)
                return

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Checklist templates"), message)

    def handout(self) -> HandoutDialog | None:
        loaded = self.selected()
        if loaded is None:
            return None
        dialog = HandoutDialog(self.ctx, template=loaded.template, parent=self)
        dialog.open()
        return dialog

    def new_template(self) -> None:
        if TemplateEditorDialog(self.ctx, None, self).exec():
            self.reload()

    def edit(self) -> None:
        loaded = self.selected()
        if loaded is None:
            return
        dialog = TemplateEditorDialog(self.ctx, loaded.template, self)
        if dialog.exec():
            self.reload()
            self.select_key(loaded.key)

    def import_file(self, path: str | None = None) -> None:
        if not path:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Import template"), "",
                                                   self.tr("Checklist template (*.toml)"))
        if not path:
            return
        try:
            template = template_service.import_template(self.ctx.paths, Path(path))
        except UserError as exc:
            self._warn(gui_text(exc))
            return
        self.reload()
        self.select_key(template.key)

    def export(self, path: str | None = None) -> None:
        loaded = self.selected()
        if loaded is None:
            return
        if not path:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Export template"),
                                                   f"{loaded.key}.toml",
                                                   self.tr("Checklist template (*.toml)"))
        if not path:
            return
        try:
            template_service.export_template(loaded.template, Path(path))
        except OSError:
            self._warn(self.tr("The file could not be written."))

    def remove(self) -> None:
        loaded = self.selected()
        if loaded is None or loaded.origin != template_service.CUSTOM:
            return
        try:
            template_service.remove_custom_template(self.ctx.paths, loaded.key)
        except UserError as exc:
            self._warn(gui_text(exc))
        self.reload()


class ChecklistsPage(Page):
    nav_key = "checklists"

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.open_view = OpenDocumentsView(ctx)
        self.templates_view = TemplatesView(ctx)
        self.tabs.addTab(self.open_view, self.tr("Open documents"))
        self.tabs.addTab(self.templates_view, self.tr("Templates"))
        layout.addWidget(self.tabs)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Open documents"))
        self.tabs.setTabText(1, self.tr("Templates"))
        self.open_view.retranslate()
        self.templates_view.retranslate()

    def on_unlocked(self) -> None:
        self.open_view.refresh()

    def on_shown(self) -> None:
        self.open_view.refresh()

    def on_locking(self) -> None:
        self.open_view.clear()
