"""„Beschreibung…“ on the Anhänge tab: file name, description, delivery date and what the
attachment belongs to — a consultation of the case or a document of one of its checklists
(issue 17). Layout: the form ui/attachment_describe_dialog.ui."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from mfd_desktop.checklists import case_checklists
from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import attachments, consultations
from mfd_desktop.gui.form_widgets import german_date
from mfd_desktop.gui.forms.ui_attachment_describe_dialog import Ui_AttachmentDescribeDialog


class AttachmentDescribeDialog(QDialog):
    def __init__(self, conn, chosen: attachments.Attachment, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_AttachmentDescribeDialog()
        ui.setupUi(self)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.nameEdit.setText(chosen.file_name)
        ui.descriptionEdit.setText(chosen.description)
        delivered = ui.deliveredEdit
        delivered.setSpecialValueText(self.tr("not recorded"))
        delivered.setMinimumDate(QDate(1990, 1, 1))
        day = chosen.delivered_on
        delivered.setDate(QDate(day.year, day.month, day.day) if day else delivered.minimumDate())
        none = self.tr("– (the case as a whole)")
        ui.consultationCombo.addItem(none, None)
        for k in sorted(consultations.list_consultations(conn, chosen.client_id),
                        key=lambda k: (k.held_on, k.id or 0), reverse=True):
            method = reference.label("method", k.method) if k.method else ""
            ui.consultationCombo.addItem(f"{german_date(k.held_on)} {method}".strip(), k.id)
        ui.documentCombo.addItem(none, None)
        for summary in case_checklists.list_for_client(conn, chosen.client_id):
            checklist = case_checklists.get(conn, summary.id)
            title = checklist.template.title.de
            for item in checklist.items:
                if not item.retired:
                    ui.documentCombo.addItem(f"{item.label_de} ({title})", item.id)
        for combo, current in ((ui.consultationCombo, chosen.consultation_id),
                               (ui.documentCombo, chosen.checklist_item_id)):
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))

    def values(self) -> dict:
        """The keyword arguments for `attachments.describe`."""
        ui = self.ui
        day = ui.deliveredEdit.date()
        return {"file_name": ui.nameEdit.text(), "description": ui.descriptionEdit.text(),
                "delivered_on": None if day == ui.deliveredEdit.minimumDate()
                else day.toString("yyyy-MM-dd"),
                "consultation_id": ui.consultationCombo.currentData(),
                "checklist_item_id": ui.documentCombo.currentData()}
