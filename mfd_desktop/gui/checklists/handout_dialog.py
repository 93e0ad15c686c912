"""„Handout drucken“: choose the second language, tick the client's name if wanted, print.

The PDF is built in memory in a worker (`ctx.tasks`) and opens in the print preview
(gui/printing); no file is written unless the user chooses "Als PDF speichern…" there.
The client's name is printed only when the box is ticked (unticked by default).
Layout and fixed texts: the form ui/handout_dialog.ui.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.checklists.translations import (
    HANDOUT_LANGUAGES,
    language_name,
    load_translation,
)
from mfd_desktop.gui.form_widgets import ui_language
from mfd_desktop.gui.forms.ui_handout_dialog import Ui_HandoutDialog
from mfd_desktop.gui.printing import print_pdf
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.messages import render
from mfd_desktop.reports.handout import render_checklist_handout, render_template_handout
from mfd_desktop.site import SiteContact, site_contact


def _checklist_handout(conn, checklist_id: int, language: str, with_name: bool,
                       contact: SiteContact) -> bytes:
    checklist = cc.get(conn, checklist_id)
    name = cc.client_display_name(conn, checklist.client_id) if with_name else None
    return render_checklist_handout(checklist, language, client_name=name, contact=contact)


def _template_handout(template, language: str, contact: SiteContact) -> bytes:
    return render_template_handout(template, language, contact=contact)


class HandoutDialog(QDialog):
    ready = Signal(object)  # the print preview, once the PDF is made
    failed = Signal(str)

    def __init__(self, ctx, *, checklist_id: int | None = None, template=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.checklist_id = checklist_id
        self.template = template
        self.preview = None
        self.ui = ui = Ui_HandoutDialog()
        ui.setupUi(self)
        self.language, self.with_name = ui.languageCombo, ui.withNameCheck
        self.review_note, self.status, self.buttons = ui.reviewNote, ui.statusLabel, ui.buttonBox
        self.print_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.print_button.setDefault(True)
        self.language.addItem(self.tr("German only"), "de")
        for code in HANDOUT_LANGUAGES:  # names in the UI language, codes as printed
            self.language.addItem(f"{render(language_name(code), ui_language(ctx))} ({code})", code)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.with_name.setChecked(False)
        self.with_name.setVisible(checklist_id is not None)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self._language_changed()
        self._name_buttons()

    def _name_buttons(self) -> None:
        self.print_button.setText(self.tr("Preview and print…"))

    def _language_changed(self) -> None:
        code = self.language.currentData()
        if code == "de":
            self.review_note.setText("")
            return
        tr = load_translation(code)
        unreviewed = tr.unreviewed_count()
        self.review_note.setText(
            self.tr("Translation not reviewed by a native speaker (%1 of %2 texts). The "
                    "handout says so.").replace("%1", str(unreviewed))
            .replace("%2", str(tr.total_count())) if unreviewed else "")

    def start(self) -> None:
        language = self.language.currentData()
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Creating the handout…"))
        # The contact block: Einstellungen › Beratungsstelle (read here, on the UI thread).
        contact = site_contact(self.ctx.settings.get) if self.ctx.is_unlocked else SiteContact()
        if self.checklist_id is not None:
            self.ctx.tasks.run_with_connection(
                _checklist_handout, self.checklist_id, language, self.with_name.isChecked(),
                contact, read_only=True, on_done=self._done, on_error=self._error)
        else:
            self.ctx.tasks.run(_template_handout, self.template, language, contact,
                               on_done=self._done, on_error=self._error)

    def _done(self, pdf: bytes) -> None:
        self.buttons.setEnabled(True)
        self.status.clear()
        self.preview = print_pdf(self.parentWidget(), pdf, title=self.tr("Print handout"),
                                 suggested_name=self.tr("Handout") + ".pdf")
        self.ready.emit(self.preview)
        self.accept()

    def _error(self, failure: TaskFailure) -> None:
        self.buttons.setEnabled(True)
        self.status.setText(failure.message)
        self.failed.emit(failure.message)
