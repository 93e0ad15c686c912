"""Shared parts of the case view's tabs: the `_CaseTab` base class, the table helpers
and the address-book combo box. The tabs themselves live one per module
(consultations_tab, referrals_tab, consents_tab, timeline_tab); their table model is
`rows_model.RowsModel`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from mfd_desktop.domain.referrals import referrals
from mfd_desktop.errors import UserError
from mfd_desktop.gui.case.rows_model import RowsModel
from mfd_desktop.gui.form_widgets import RetranslateOnLanguageChange, ui_language
from mfd_desktop.gui.i18n import gui_text

WARNING_STYLE = ("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #e0a8a3; "
                 "border-radius: 4px; padding: 6px; font-weight: bold; }")


def _table(parent: QWidget, model: RowsModel, name: str) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    view.setAccessibleName(name)
    return view


def prepare_table(view: QTableView, model: RowsModel) -> QTableView:
    """A case tab's table from its form (selection, headers, accessible name are set
    there): give it its model."""
    view.setModel(model)
    return view


def fit_columns(view: QTableView, cap: int = 420) -> None:
    """Columns as wide as their content, but none so wide that the table scrolls sideways;
    the last column takes the rest (long notes are shortened there, full text as tool tip)."""
    model = view.model()
    for column in range(max(0, model.columnCount() - 1)):
        view.resizeColumnToContents(column)
        if view.columnWidth(column) > cap:
            view.setColumnWidth(column, cap)


def _short(text: str | None, limit: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _CaseTab(RetranslateOnLanguageChange, QWidget):
    """Common parts: the context, the client shown, a message line."""

    changed = Signal()  # something was saved (the case view refreshes the timeline)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None

    @property
    def conn(self):
        return self.ctx.vault.conn

    def lang(self) -> str:
        return ui_language(self.ctx)

    def fail(self, exc: UserError) -> None:
        # Not self.tr(): at run time that would look in the subclass's context.
        QMessageBox.warning(self, QCoreApplication.translate("CaseTab", "Not saved"), gui_text(exc))

    def load(self, client_id: int) -> None:  # pragma: no cover - overridden
        self.client_id = client_id

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass

    def _refresh_if_shown(self) -> None:
        """Lists show reference labels in the UI language: redraw them after a switch."""
        if self.client_id is not None and self.ctx.is_unlocked:
            self.refresh()

    def refresh(self) -> None:  # pragma: no cover - overridden
        pass

    def on_locking(self) -> None:
        """Drop what is on screen (drafts are saved by their keepers)."""


class KeyComboOffice(QComboBox):
    """The site's address book of offices as a combo box ("–" = none)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.addItem("–", None)

    def reload(self, conn) -> None:
        current = self.currentData()
        self.clear()
        self.addItem("–", None)
        for office in referrals.list_offices(conn):
            self.addItem(office.name, office.id)
        self.set_id(current)

    def id(self) -> int | None:
        return self.currentData()

    def set_id(self, office_id: int | None) -> None:
        index = self.findData(office_id) if office_id is not None else 0
        self.setCurrentIndex(max(index, 0))
