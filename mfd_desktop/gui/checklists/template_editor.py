"""Editor for administrators: a template as TOML text, checked while typing.

The same schema check as at load time runs on every change; the German message names
the line and field. Saving stores the template in `<data dir>/templates/` (a changed
template needs a higher version, see `checklists.templates`). Layout and fixed texts:
the form ui/template_editor_dialog.ui.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mfd_desktop.checklists import templates as template_service
from mfd_desktop.checklists.template_schema import (
    Template,
    TemplateError,
    dump_template,
    parse_template,
)
from mfd_desktop.errors import UserError
from mfd_desktop.gui.forms.ui_template_editor_dialog import Ui_TemplateEditorDialog
from mfd_desktop.gui.i18n import gui_text


class TemplateEditorDialog(QDialog):
    def __init__(self, ctx, template: Template | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved_template: Template | None = None
        self.ui = Ui_TemplateEditorDialog()
        self.ui.setupUi(self)
        self.editor, self.problem, self.buttons = (self.ui.templateText, self.ui.problemLabel,
                                                   self.ui.buttonBox)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.editor.setFont(font)
        self.editor.setPlainText(dump_template(template) if template else _NEW_TEMPLATE)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.check)
        self.editor.textChanged.connect(self._timer.start)
        self.check()

    def check(self) -> Template | None:
        try:
            template = parse_template(self.editor.toPlainText(), self.tr("Editor"))
        except TemplateError as exc:
            self.problem.setStyleSheet("color: #a01818;")
            self.problem.setText(gui_text(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return None
        self.problem.setStyleSheet("color: #1f6f2a;")
        self.problem.setText(self.tr("Template is valid: %1 documents.")
                             .replace("%1", str(len(template.items))))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        return template

    def go_to_line(self, line: int) -> None:
        cursor = QTextCursor(self.editor.document().findBlockByNumber(max(0, line - 1)))
        self.editor.setTextCursor(cursor)

    def save(self) -> None:
        template = self.check()
        if template is None:
            return
        try:
            template_service.save_template(self.ctx.paths, template)
        except UserError as exc:
            self.problem.setStyleSheet("color: #a01818;")
            self.problem.setText(gui_text(exc))
            return
        self.saved_template = template
        self.accept()


_NEW_TEMPLATE = """key = "neue_vorlage"
version = 1
title = { de = "Titel", en = "Title" }
office = { de = "Stelle", en = "Office" }

[[items]]
key = "pass"
label = { de = "Gültiger Pass oder Passersatz", en = "Valid passport or passport substitute" }
"""
