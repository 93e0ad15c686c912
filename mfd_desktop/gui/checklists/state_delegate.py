"""The editor of a checklist item's state: a combo box with the six states in the UI
language (the stored value is the state key)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.gui.checklists.models import state_label


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
