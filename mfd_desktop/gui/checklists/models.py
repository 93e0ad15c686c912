"""What the checklist table models share: the sort role, the colours and the state
labels in the UI language.

The models themselves live one per file: `open_documents_model.OpenDocumentsModel`
(Offene Unterlagen) and `checklist_items_model.ChecklistItemsModel` (one checklist's
items); both are on the shared `RowTableModel` and tested without views.
`language` ("de"/"en") picks the texts that come from templates: in English the
snapshot's English title/label where it has one, else the German one. The owner sets it
from the UI language (`set_language`, also after a language switch).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from mfd_desktop.gui.form_widgets import german_date

__all__ = ["OVERDUE", "RETIRED", "SORT_ROLE", "german_date", "state_label", "texts_changed"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QBrush(QColor("#a01818"))
RETIRED = QBrush(QColor("#777777"))


def state_label(state: str) -> str:
    """The state in the UI language (German labels are the domain's own)."""
    labels = {
        "fehlt": QCoreApplication.translate("ChecklistStates", "missing"),
        "angefordert": QCoreApplication.translate("ChecklistStates", "requested"),
        "liegt_vor_kopie": QCoreApplication.translate("ChecklistStates", "available (copy)"),
        "liegt_vor_original": QCoreApplication.translate("ChecklistStates",
                                                         "available (original)"),
        "eingereicht": QCoreApplication.translate("ChecklistStates", "submitted"),
        "entfaellt": QCoreApplication.translate("ChecklistStates", "not needed"),
    }
    return labels.get(state, state)


def texts_changed(model: QAbstractTableModel) -> None:
    """Every cell and header may read differently now (same rows, same order)."""
    rows, columns = model.rowCount(), model.columnCount()
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
