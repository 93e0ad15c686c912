"""The „Checklisten“ tab of a client's case.

The case view (gui/case/case_view.py, extension point CASE_TABS) constructs it as
`ChecklistsTab(ctx, parent)` and calls `load(client_id)`; `title()`, `on_locking()` and
the `changed` signal complete that contract (`ChecklistCaseTab` is the same class). It
lets the counsellor assign a template (a snapshot is stored), set item states, due dates
and notes, see the progress, set the appointment, update to a newer template version
after seeing what changes, and print the handout.

In the English UI the template texts (titles, document labels, conditions, office, note)
show in English where the checklist's snapshot has them, else in German; a language
switch retranslates the tab and refills its lists, keeping the selection.

Layout and fixed texts: the form ui/checklists_tab.ui; the questions it asks come from
`case_tab_dialogs`, the state editor from `state_delegate`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.checklists import templates as template_service
from mfd_desktop.errors import UserError
from mfd_desktop.gui.checklists import case_tab_dialogs
from mfd_desktop.gui.checklists.checklist_items_model import ChecklistItemsModel
from mfd_desktop.gui.checklists.handout_dialog import HandoutDialog
from mfd_desktop.gui.checklists.models import german_date
from mfd_desktop.gui.checklists.state_delegate import StateDelegate
from mfd_desktop.gui.form_widgets import ui_language
from mfd_desktop.gui.forms.ui_checklists_tab import Ui_ChecklistsTab
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.messages import render

_STRETCH, _FIT = QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents


class ChecklistsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None, *, client_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self._templates = template_service.load_all(ctx.paths)
        self.ui = ui = Ui_ChecklistsTab()
        ui.setupUi(self)
        self.template_combo, self.new_appointment = ui.templateCombo, ui.newAppointmentEdit
        self.assign_button, self.checklist_combo = ui.assignButton, ui.checklistCombo
        self.delete_button, self.info = ui.deleteChecklistButton, ui.infoLabel
        self.update_row, self.update_label = ui.updateRow, ui.updateLabel
        self.appointment, self.progress = ui.appointmentEdit, ui.progressBar
        self.view, self.message, self.handout_button = (ui.itemTable, ui.messageLabel,
                                                        ui.handoutButton)
        self._fill_templates()
        for signal, slot in ((ui.assignButton.clicked, self.assign_selected),
                             (ui.checklistCombo.currentIndexChanged, self._show_selected),
                             (ui.deleteChecklistButton.clicked, self.delete_selected),
                             (ui.updateButton.clicked, self.offer_update),
                             (ui.appointmentEdit.editingFinished, self.save_appointment),
                             (ui.handoutButton.clicked, self.open_handout_dialog)):
            signal.connect(slot)
        self.model = ChecklistItemsModel(lambda: self.ctx.vault.conn, self,
                                         language=ui_language(ctx))
        self.model.error.connect(self._show_error)
        self.model.changed.connect(self._refresh_progress)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(1, StateDelegate(self.view))
        header = self.view.horizontalHeader()
        for column, mode in enumerate((_STRETCH, _FIT, _FIT, _STRETCH)):
            header.setSectionResizeMode(column, mode)
        self.handout_dialog: HandoutDialog | None = None
        if client_id is not None:
            self.reload()
        else:
            self._show_selected()

    # ----- texts ---------------------------------------------------------------------------

    def _fill_templates(self) -> None:
        """The template picker, titles in the UI language; keeps the chosen template."""
        language = ui_language(self.ctx)
        _refill(self.template_combo, [(render(t.template.title, language), t.key)
                                      for t in self._templates.sorted(language)],
                self.template_combo.currentData(), 0)

    def retranslate(self) -> None:
        """The UI language changed: texts, template titles and document labels anew."""
        self.ui.retranslateUi(self)
        self._fill_templates()
        self.model.set_language(ui_language(self.ctx))
        if self.client_id is not None and self.ctx.is_unlocked:
            row = self.view.currentIndex().row()
            self.reload()  # the checklist picker's titles; keeps the chosen checklist
            if 0 <= row < self.model.rowCount():
                self.view.selectRow(row)
        elif self.client_id is None:
            self._show_selected()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "model"):
            self.retranslate()
        super().changeEvent(event)

    # ----- case view contract ----------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Checklists")

    def load(self, client_id: int) -> None:
        """Show the checklists of `client_id` (called by the case view)."""
        self.client_id = client_id
        self._templates = template_service.load_all(self.ctx.paths)
        self._fill_templates()
        self.model.set_language(ui_language(self.ctx))
        self._clear_checklists()
        self.reload()

    def on_locking(self) -> None:
        """Drop everything shown before the vault closes (edits are already saved)."""
        self.client_id = None
        self._clear_checklists()
        self.model.set_checklist(None)
        self.info.clear()
        self.message.clear()

    # ----- data ----------------------------------------------------------------------------

    def _clear_checklists(self) -> None:
        _refill(self.checklist_combo, [], None, -1)

    def reload(self, select_id: int | None = None) -> None:
        if self.client_id is None:
            return
        current = select_id or self.current_checklist_id()
        summaries = cc.list_for_client(self.ctx.vault.conn, self.client_id)
        language = ui_language(self.ctx)
        _refill(self.checklist_combo,
                [(f"{render(s.title(), language)} (v{s.template_version})", s.id)
                 for s in summaries], current or None, len(summaries) - 1)
        self._show_selected()

    def current_checklist_id(self) -> int | None:
        data = self.checklist_combo.currentData()
        return int(data) if data is not None else None

    def _show_selected(self) -> None:
        checklist_id = self.current_checklist_id()
        has = checklist_id is not None
        self.assign_button.setEnabled(self.client_id is not None)
        for widget in (self.delete_button, self.appointment, self.handout_button, self.view):
            widget.setEnabled(has)
        if not has:
            self.model.set_checklist(None)
            self.info.setText(self.tr("No checklist yet. Choose a template above."))
            self.update_row.setVisible(False)
            self.progress.setValue(0)
            self.appointment.clear()
            return
        checklist = cc.get(self.ctx.vault.conn, checklist_id)
        self.model.set_checklist(checklist)
        t = checklist.template
        language = ui_language(self.ctx)
        text = self.tr("Office: %1 · template version %2") \
            .replace("%1", render(t.office, language)).replace("%2", str(t.version))
        if t.note:
            text += "\n" + render(t.note, language)
        self.info.setText(text)
        self.appointment.setText(german_date(checklist.appointment_date))
        latest = self._templates.templates.get(t.key)
        newer = latest is not None and latest.template.version > t.version
        self.update_row.setVisible(newer)
        if newer:
            self.update_label.setText(self.tr("A newer version of this template exists "
                                              "(version %1).")
                                      .replace("%1", str(latest.template.version)))
        self._refresh_progress()

    def _refresh_progress(self) -> None:
        checklist = self.model.checklist
        if checklist is None:
            return
        progress = checklist.progress
        self.progress.setMaximum(max(progress.relevant, 1))
        self.progress.setValue(progress.done if progress.relevant else 1)
        self.progress.setFormat(self.tr("%1 of %2 done").replace("%1", str(progress.done))
                                .replace("%2", str(progress.relevant)))
        self.changed.emit()

    def _show_error(self, message: str) -> None:
        self.message.setText(message)

    # ----- actions -------------------------------------------------------------------------

    def assign_selected(self) -> int | None:
        key = self.template_combo.currentData()
        if key is None or self.client_id is None:
            return None
        try:
            checklist_id = cc.assign(self.ctx.vault.conn, self.client_id,
                                     self._templates.get(key),
                                     self.new_appointment.text().strip() or None)
        except UserError as exc:
            self._show_error(gui_text(exc))
            return None
        self.message.clear()
        self.new_appointment.clear()
        self.reload(checklist_id)
        return checklist_id

    def save_appointment(self) -> None:
        checklist_id = self.current_checklist_id()
        if checklist_id is None:
            return
        try:
            cc.set_appointment(self.ctx.vault.conn, checklist_id,
                               self.appointment.text().strip() or None)
        except UserError as exc:
            self._show_error(gui_text(exc))
            return
        self.message.clear()
        self.changed.emit()

    def delete_selected(self) -> None:
        checklist_id = self.current_checklist_id()
        if checklist_id is None:
            return
        if not case_tab_dialogs.ask_delete(self):
            return
        cc.delete(self.ctx.vault.conn, checklist_id)
        self.reload()

    def update_plan(self) -> cc.UpdatePlan | None:
        checklist_id = self.current_checklist_id()
        checklist = self.model.checklist
        if checklist_id is None or checklist is None:
            return None
        latest = self._templates.templates.get(checklist.template.key)
        if latest is None:
            return None
        return cc.plan_update(self.ctx.vault.conn, checklist_id, latest.template)

    def offer_update(self) -> None:
        plan = self.update_plan()
        if plan is None or plan.is_empty:
            return
        lines = [render(line, ui_language(self.ctx)) for line in plan.describe()]
        if case_tab_dialogs.confirm_update(self, lines):
            self.apply_update()

    def apply_update(self) -> cc.UpdatePlan | None:
        checklist = self.model.checklist
        if checklist is None:
            return None
        latest = self._templates.get(checklist.template.key)
        plan = cc.apply_update(self.ctx.vault.conn, checklist.id, latest)
        self.reload(checklist.id)
        return plan

    def open_handout_dialog(self) -> HandoutDialog | None:
        checklist_id = self.current_checklist_id()
        if checklist_id is None:
            return None
        self.handout_dialog = HandoutDialog(self.ctx, checklist_id=checklist_id, parent=self)
        self.handout_dialog.open()
        return self.handout_dialog


# The name the case view's CASE_TABS entry uses.
ChecklistCaseTab = ChecklistsTab


def _refill(combo, entries: list[tuple[str, object]], current, fallback: int) -> None:
    """Fill `combo` with (text, data) without signals; `current` stays chosen if it is
    still there, else the entry at `fallback`."""
    combo.blockSignals(True)
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else fallback)
    combo.blockSignals(False)
