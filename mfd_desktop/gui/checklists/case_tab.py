"""The „Checklisten“ tab of a client's case.

The case view (gui/case/case_view.py, extension point CASE_TABS) constructs it as
`ChecklistsTab(ctx, parent)` and calls `load(client_id)`; `title()`, `on_locking()` and
the `changed` signal complete that contract (`ChecklistCaseTab` is the same class). It lets the counsellor assign a template (a snapshot is
stored), set item states, due dates and notes, see the progress, set the appointment,
update to a newer template version after seeing what changes, and print the handout.

In the English UI the template texts (titles, document labels, conditions, office, note)
show in English where the checklist's snapshot has them, else in German; a language
switch retranslates the tab and refills its lists, keeping the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.checklists import templates as template_service
from mfd_desktop.errors import UserError
from mfd_desktop.gui.checklists.checklist_items_model import ChecklistItemsModel
from mfd_desktop.gui.checklists.handout_dialog import HandoutDialog
from mfd_desktop.gui.checklists.models import german_date, state_label
from mfd_desktop.gui.form_widgets import ui_language
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.messages import render


class StateDelegate(QStyledItemDelegate):
    """A combo box with the six states for the state column."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        combo = QComboBox(parent)
        for state in cc.STATES:
            combo.addItem(state_label(state), state)
        return combo

    def setEditorData(self, editor, index):  # noqa: N802 - Qt API
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt API
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ChecklistsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None, *, client_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self._templates = template_service.load_all(ctx.paths)
        layout = QVBoxLayout(self)

        assign_row = QHBoxLayout()
        self.template_combo = QComboBox()
        self._fill_templates()
        self.new_appointment = QLineEdit()
        self.assign_button = QPushButton()
        self.assign_button.clicked.connect(self.assign_selected)
        self.new_label = QLabel()
        assign_row.addWidget(self.new_label)
        assign_row.addWidget(self.template_combo, 2)
        assign_row.addWidget(self.new_appointment, 1)
        assign_row.addWidget(self.assign_button)
        layout.addLayout(assign_row)

        pick_row = QHBoxLayout()
        self.checklist_combo = QComboBox()
        self.checklist_combo.currentIndexChanged.connect(self._show_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.checklist_label = QLabel()
        pick_row.addWidget(self.checklist_label)
        pick_row.addWidget(self.checklist_combo, 1)
        pick_row.addWidget(self.delete_button)
        layout.addLayout(pick_row)

        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.update_row = QWidget()
        update_layout = QHBoxLayout(self.update_row)
        update_layout.setContentsMargins(0, 0, 0, 0)
        self.update_label = QLabel()
        self.update_button = QPushButton()
        self.update_button.clicked.connect(self.offer_update)
        update_layout.addWidget(self.update_label, 1)
        update_layout.addWidget(self.update_button)
        layout.addWidget(self.update_row)

        detail_row = QHBoxLayout()
        self.appointment = QLineEdit()
        self.appointment.editingFinished.connect(self.save_appointment)
        self.progress = QProgressBar()
        self.appointment_label = QLabel()
        detail_row.addWidget(self.appointment_label)
        detail_row.addWidget(self.appointment)
        detail_row.addWidget(self.progress, 1)
        layout.addLayout(detail_row)

        self.model = ChecklistItemsModel(lambda: self.ctx.vault.conn, self,
                                         language=ui_language(ctx))
        self.model.error.connect(self._show_error)
        self.model.changed.connect(self._refresh_progress)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(1, StateDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setVisible(False)
        layout.addWidget(self.view, 1)

        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a01818;")
        self.handout_button = QPushButton()
        self.handout_button.clicked.connect(self.open_handout_dialog)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.handout_button)
        layout.addLayout(bottom)
        self.handout_dialog: HandoutDialog | None = None
        self._set_texts()
        if client_id is not None:
            self.reload()
        else:
            self._show_selected()

    # ----- texts ---------------------------------------------------------------------------

    def _set_texts(self) -> None:
        self.template_combo.setAccessibleName(self.tr("Checklist template"))
        self.new_appointment.setPlaceholderText(self.tr("Appointment (DD.MM.YYYY, optional)"))
        self.new_appointment.setAccessibleName(self.tr("Appointment"))
        self.assign_button.setText(self.tr("Assign checklist"))
        self.new_label.setText(self.tr("New:"))
        self.checklist_combo.setAccessibleName(self.tr("Checklists of this client"))
        self.delete_button.setText(self.tr("Delete checklist"))
        self.checklist_label.setText(self.tr("Checklist:"))
        self.update_button.setText(self.tr("Update to new version…"))
        self.appointment.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.appointment.setAccessibleName(self.tr("Appointment at the office"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.appointment_label.setText(self.tr("Appointment:"))
        self.handout_button.setText(self.tr("Print handout…"))

    def _fill_templates(self) -> None:
        """The template picker, titles in the UI language; keeps the chosen template."""
        current = self.template_combo.currentData()
        language = ui_language(self.ctx)
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for loaded in self._templates.sorted(language):
            self.template_combo.addItem(render(loaded.template.title, language), loaded.key)
        index = self.template_combo.findData(current) if current is not None else -1
        self.template_combo.setCurrentIndex(max(index, 0))
        self.template_combo.blockSignals(False)

    def retranslate(self) -> None:
        """The UI language changed: texts, template titles and document labels anew."""
        self._set_texts()
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
        if event.type() == QEvent.Type.LanguageChange:
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
        self.checklist_combo.blockSignals(True)
        self.checklist_combo.clear()
        self.checklist_combo.blockSignals(False)
        self.reload()

    def on_locking(self) -> None:
        """Drop everything shown before the vault closes (edits are already saved)."""
        self.client_id = None
        self.checklist_combo.blockSignals(True)
        self.checklist_combo.clear()
        self.checklist_combo.blockSignals(False)
        self.model.set_checklist(None)
        self.info.clear()
        self.message.clear()

    # ----- data ----------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        if self.client_id is None:
            return
        current = select_id or self.current_checklist_id()
        summaries = cc.list_for_client(self.ctx.vault.conn, self.client_id)
        language = ui_language(self.ctx)
        self.checklist_combo.blockSignals(True)
        self.checklist_combo.clear()
        for s in summaries:
            self.checklist_combo.addItem(f"{render(s.title(), language)} (v{s.template_version})", s.id)
        index = self.checklist_combo.findData(current) if current else -1
        self.checklist_combo.setCurrentIndex(index if index >= 0 else len(summaries) - 1)
        self.checklist_combo.blockSignals(False)
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
        answer = QMessageBox.question(
            self, self.tr("Delete checklist"),
            self.tr("Delete this checklist with all states and notes?"))
        if answer != QMessageBox.StandardButton.Yes:
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
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Update to new version"))
        box.setText(self.tr("These changes will be applied. States, due dates and notes of "
                            "the remaining documents are kept."))
        lines = [render(line, ui_language(self.ctx)) for line in plan.describe()]
        box.setDetailedText("\n".join(lines))
        box.setInformativeText("\n".join(lines[:12]))
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Ok:
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
