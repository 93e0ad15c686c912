"""The „Vorlagen“ tab of the Checklisten page: shipped and own templates, broken files
with their message; import, export, edit (administrators), remove an own copy, print a
handout for a template. Titles and offices in the UI language where the template has
them, else in German.

Layout and fixed texts: the form ui/templates_view.ui.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from mfd_desktop.checklists import templates as template_service
from mfd_desktop.checklists.translations import unreviewed_summary
from mfd_desktop.errors import UserError
from mfd_desktop.gui.checklists.handout_dialog import HandoutDialog
from mfd_desktop.gui.checklists.template_editor import TemplateEditorDialog
from mfd_desktop.gui.form_widgets import ui_language
from mfd_desktop.gui.forms.ui_templates_view import Ui_TemplatesView
from mfd_desktop.gui.i18n import current_language, gui_text
from mfd_desktop.messages import render


class TemplatesView(QWidget):
    TITLE, OFFICE, VERSION, SOURCE, KEY = range(5)  # columns

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.template_set = template_service.TemplateSet()
        self.ui = ui = Ui_TemplatesView()
        ui.setupUi(self)
        self.view, self.problems, self.review = (ui.templatesTable, ui.problemsLabel,
                                                 ui.reviewLabel)
        self.model = QStandardItemModel(self)
        self.view.setModel(self.model)
        self.buttons = {"handout": ui.handoutButton, "new": ui.newButton, "edit": ui.editButton,
                        "import": ui.importButton, "export": ui.exportButton,
                        "remove": ui.removeButton}
        for key, slot in (("handout", self.handout), ("new", self.new_template),
                          ("edit", self.edit), ("import", self.import_file),
                          ("export", self.export), ("remove", self.remove)):
            self.buttons[key].clicked.connect(slot)
        self.reload()

    def retranslate(self) -> None:
        """Texts and template titles in the new UI language; keeps the chosen template."""
        self.ui.retranslateUi(self)
        chosen = self.selected()
        self.reload()
        if chosen is not None:
            self.select_key(chosen.key)

    def reload(self) -> None:
        self.template_set = template_service.load_all(self.ctx.paths)
        language = ui_language(self.ctx)
        self.model.clear()
        # The title first (what counsellors look for), the technical key last.
        self.model.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Office"),
                                              self.tr("Version"), self.tr("Source"),
                                              self.tr("Key")])
        for loaded in self.template_set.sorted(language):
            t = loaded.template
            origin = self.tr("shipped") if loaded.origin == template_service.SHIPPED \
                else self.tr("own")
            row = [QStandardItem(render(t.title, language)),
                   QStandardItem(render(t.office, language)), QStandardItem(str(t.version)),
                   QStandardItem(origin), QStandardItem(t.key)]
            self.model.appendRow(row)
        header = self.view.horizontalHeader()
        for column in (self.VERSION, self.SOURCE, self.KEY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (self.TITLE, self.OFFICE):
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
        key = self.model.item(rows[0].row(), self.KEY).text()
        return self.template_set.templates.get(key)

    def select_key(self, key: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row, self.KEY).text() == key:
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
