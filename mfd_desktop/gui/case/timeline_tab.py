"""The Verlauf tab of the case view: every dated event of one client in one
chronological list (domain/casework/timeline.py). Layout: ui/timeline_tab.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mfd_desktop.domain.casework import timeline
from mfd_desktop.gui.case.case_tabs import _CaseTab, _short, fit_columns, prepare_table
from mfd_desktop.gui.case.rows_model import RowsModel
from mfd_desktop.gui.form_widgets import german_date
from mfd_desktop.gui.forms.ui_timeline_tab import Ui_TimelineTab
from mfd_desktop.gui.i18n import current_language
from mfd_desktop.messages import render


class TimelineTab(_CaseTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = Ui_TimelineTab()
        self.ui.setupUi(self)
        self.model = RowsModel(self)
        self.view = prepare_table(self.ui.timelineView, self.model)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.headers = [self.tr("Date"), self.tr("Event"), self.tr("Details")]
        self._refresh_if_shown()

    def load(self, client_id: int) -> None:
        self.client_id = client_id
        self.refresh()

    def refresh(self) -> None:
        events = timeline.events(self.conn, self.client_id)
        lang = current_language()
        self.model.set_rows([(german_date(e.date), render(e.title, lang),
                              _short(render(e.detail, lang), 120)) for e in events],
                            [e.record_id for e in events])
        fit_columns(self.view, cap=560)
