"""Import and export of letter templates in the letter dialog (a mixin of `LetterDialog`).

Like the checklist templates: „Vorlage importieren…“ checks a TOML file and copies it into
the administrator's folder (`<data dir>/letter_templates`, a changed template needs a
higher version; a broken one gets the German message with file, line and field);
„Vorlage exportieren…“ writes the selected template's file to share with colleagues."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox

from mfd_desktop.domain.letters import templates
from mfd_desktop.errors import UserError
from mfd_desktop.gui.i18n import gui_text

KEY_ROLE = 256  # Qt.ItemDataRole.UserRole


class LetterTemplateFilesMixin:
    def fill_template_list(self) -> None:
        self.templates = templates.load_all(self.ctx.paths)
        listing = self.ui.templateList
        listing.blockSignals(True)
        listing.clear()
        for template in self.templates.by_title():
            item = QListWidgetItem(template.title, listing)
            item.setData(KEY_ROLE, template.key)
        listing.blockSignals(False)

    def import_template(self, path: str | None = None) -> None:
        if not path:
            path, _f = QFileDialog.getOpenFileName(self, self.tr("Import letter template"), "",
                                                   self.tr("Letter template (*.toml)"))
        if not path:
            return
        try:
            template = templates.import_template(self.ctx.paths, Path(path))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Import letter template"), gui_text(exc))
            return
        self.fill_template_list()
        self.select_template(template.key)
        self._template_changed()

    def export_template(self, path: str | None = None) -> None:
        template = self.template()
        if template is None:
            return
        if not path:
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Export letter template"),
                                                   f"{template.key}.toml",
                                                   self.tr("Letter template (*.toml)"))
        if not path:
            return
        try:
            templates.export_template(self.ctx.paths, template.key, Path(path))
        except (OSError, UserError):
            QMessageBox.warning(self, self.tr("Export letter template"),
                                self.tr("The file could not be written."))
