"""The „Statistik“ page.

- Pick a period (kind: quarter, half-year, year, month; then one of the recent ones).
- „Zahlen“ and „Vorschau der Übermittlung“: see `figures_tab.py` (a running period is
  marked „vorläufig“; the exact own counts are off after every load and never reach
  the PDF). „Freigeben…“ (with confirmation) stores exactly the previewed payload in
  the outbox.
- „Postausgang“: every release with its sending status.
- „PDF speichern…“: the Statistik-PDF from the released figures, built in a worker.

Layout, fixed texts and tab order: the form ui/statistics_page.ui. All counting and PDF
work runs through `ctx.tasks` with a worker-owned connection (`loading.py`).
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from mfd_desktop.gui.forms.ui_statistics_page import Ui_StatisticsPage
from mfd_desktop.gui.page_base import Page
from mfd_desktop.gui.statistics import loading
from mfd_desktop.gui.statistics.counts_model import SORT_ROLE, CountsModel
from mfd_desktop.gui.statistics.figures_tab import OVERVIEW_KEY, FiguresTabMixin
from mfd_desktop.gui.statistics.loading import PageData
from mfd_desktop.gui.statistics.outbox_model import OutboxModel
from mfd_desktop.gui.statistics.payload_model import PayloadModel
from mfd_desktop.gui.statistics.release_actions import (
    ReleaseActionsMixin,
    failure_text,
    period_label,
)
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.stats.payload_builder import Preview, StatsConfig, load_config
from mfd_desktop.stats.periods import KINDS, Period, recent_periods
from mfd_desktop.stats.presentation import Figures, Section

log = logging.getLogger("mfd.gui.stats")

__all__ = ["OVERVIEW_KEY", "StatisticsPage", "period_label"]

KIND_ORDER = ("quarter", "half_year", "year", "month")  # the kind combo's items in the form


def _sorted_table(view: QTableView, model, stretch_column: int) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    view.horizontalHeader().setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return proxy


class StatisticsPage(FiguresTabMixin, ReleaseActionsMixin, Page):
    nav_key = "statistics"
    loaded = Signal()
    released = Signal(int)
    pdf_written = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.today: dt.date | None = None  # tests fix "today"; None = the real date
        self.preview: Preview | None = None
        self.data: PageData | None = None
        self.figures: Figures | None = None  # what the figures tab shows now
        self._exact_counts: tuple[Period, dict] | None = None
        self._sections: dict[str, Section] = {}
        self._config: StatsConfig | None = None
        self.ui = Ui_StatisticsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.intro, self.period_label, self.kind_combo = (ui.introLabel, ui.periodLabel,
                                                          ui.kindCombo)
        self.period_combo, self.refresh_button, self.pdf_button = (ui.periodCombo,
                                                                   ui.refreshButton, ui.pdfButton)
        self.status, self.tabs, self.exact_check = ui.statsStatus, ui.tabs, ui.statsExact
        self.figures_notice, self.section_list = ui.statsFiguresNotice, ui.sectionList
        self.section_title, self.counts_view, self.chart = (ui.sectionTitle, ui.countsView,
                                                            ui.chart)
        self.section_note, self.rule_label, self.legend_label = (ui.sectionNote, ui.ruleLabel,
                                                                 ui.statsLegend)
        self.preview_info, self.small_unit_notice = ui.previewInfo, ui.statsSmallUnit
        self.payload_view, self.json_view = ui.payloadView, ui.jsonView
        # Developer words (site and device ids, the JSON) stay behind "Details".
        self.details_button, self.details_panel, self.details_info = (
            ui.detailsButton, ui.detailsPanel, ui.detailsInfo)
        self.details_button.toggled.connect(self._show_details)
        self.preview_legend, self.release_reason = ui.previewLegend, ui.releaseReason
        self.release_button, self.outbox_explain, self.outbox_view = (
            ui.releaseButton, ui.outboxExplain, ui.outboxView)
        self.json_view.setFont(QFont("monospace"))
        for i, kind in enumerate(KIND_ORDER):
            assert kind in KINDS
            self.kind_combo.setItemData(i, kind)
        self.counts_model = CountsModel(self)
        self.counts_proxy = _sorted_table(self.counts_view, self.counts_model, 0)
        self.payload_model = PayloadModel(self)
        _sorted_table(self.payload_view, self.payload_model, 2)
        self.outbox_model = OutboxModel(self)
        _sorted_table(self.outbox_view, self.outbox_model, 5)

        self.kind_combo.currentIndexChanged.connect(self._fill_periods)
        self.period_combo.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.sachbericht_button = ui.sachberichtButton
        self.sachbericht_button.clicked.connect(self.open_sachbericht)
        self.exact_check.toggled.connect(self._exact_toggled)
        self.section_list.currentRowChanged.connect(self._show_section)
        self.release_button.clicked.connect(self.confirm_release)
        self._fill_periods()

    # ----- periods ----------------------------------------------------------------------------

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def _period_text(self, period: Period) -> str:
        label = period_label(period)
        if period.is_provisional(self._today()):
            label += " – " + self.tr("provisional")
        return label

    def _fill_periods(self) -> None:
        kind = self.kind_combo.currentData()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        count = {"month": 13, "quarter": 9, "half_year": 6, "year": 4}[kind]
        for period in recent_periods(kind, self._today(), count):
            self.period_combo.addItem(self._period_text(period), period)
        # Default: the last period that has ended (the one to release next).
        self.period_combo.setCurrentIndex(1 if self.period_combo.count() > 1 else 0)
        self.period_combo.blockSignals(False)
        self.refresh()

    def _show_details(self, shown: bool) -> None:
        self.details_panel.setVisible(shown)
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                         else Qt.ArrowType.RightArrow)

    def retranslate(self) -> None:
        """After a language switch: the form's texts, period names, status line and the
        rule sentences of what is already shown follow the new language (counts and
        tables are set when loaded)."""
        if not hasattr(self, "outbox_model"):
            return  # still being built
        self.ui.retranslateUi(self)
        for model in (self.counts_model, self.payload_model, self.outbox_model):
            model.relabel()
        for i in range(self.period_combo.count()):
            self.period_combo.setItemText(i, self._period_text(self.period_combo.itemData(i)))
        if self.data is not None:
            self._show_data()  # status, figures, preview: all in the new language

    def select_period(self, key: str) -> None:
        """Select a period by key (e.g. "2026-Q3"); used by tests and screenshots."""
        from mfd_desktop.stats.periods import parse_period

        period = parse_period(key)
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(period.kind))
        self.kind_combo.blockSignals(False)
        self._fill_periods()
        for i in range(self.period_combo.count()):
            if self.period_combo.itemData(i).key == period.key:
                self.period_combo.setCurrentIndex(i)
                return
        self.period_combo.addItem(period_label(period), period)
        self.period_combo.setCurrentIndex(self.period_combo.count() - 1)

    def current_period(self) -> Period | None:
        return self.period_combo.currentData()

    # ----- loading ----------------------------------------------------------------------------

    def on_unlocked(self) -> None:
        self.refresh()

    def on_shown(self) -> None:
        self.refresh()

    def on_locking(self) -> None:
        self.preview = self.data = self.figures = self._exact_counts = None
        self._sections = {}
        self._uncheck_exact()
        for model in (self.counts_model, self.chart, self.payload_model, self.outbox_model):
            model.set_rows([])
        for widget in (self.json_view, self.section_list, self.figures_notice,
                       self.small_unit_notice):
            widget.clear()
        self.small_unit_notice.setVisible(False)

    def _uncheck_exact(self) -> None:
        self.exact_check.blockSignals(True)
        self.exact_check.setChecked(False)
        self.exact_check.blockSignals(False)

    def refresh(self) -> None:
        period = self.current_period()
        if period is None or not self.ctx.is_unlocked:
            return
        self._config = load_config(self.ctx.vault.conn, self.ctx.settings.get)
        self.status.setText(self.tr("Counting…"))
        self.release_button.setEnabled(False)
        self.ctx.tasks.run_with_connection(loading.load, period, self._config, self._today(),
                                           on_done=self._loaded, on_error=self._failed)

    def _failed(self, failure: TaskFailure) -> None:
        self.status.setText(failure_text(failure))

    def _loaded(self, data: PageData) -> None:
        if data.period != self.current_period():
            return  # the user picked another period meanwhile; its result follows
        same_period = self.data is not None and self.data.period == data.period
        self.data = data
        self.preview = data.preview
        self._exact_counts = None
        recount = same_period and self.exact_check.isChecked()
        if not recount:  # exact figures are never the default: off for every new period
            self._uncheck_exact()
        self._show_data()
        if recount:  # "Aktualisieren" with exact figures on: count them again
            self._exact_toggled(True)
        self.outbox_model.set_rows(data.releases)
        self.outbox_view.resizeColumnsToContents()
        self.loaded.emit()

    def _show_data(self) -> None:
        data = self.data
        if data is None:
            return
        self._show_status(data)
        self._show_figures()
        self._fill_preview(data)

    def _show_status(self, data: PageData) -> None:
        period = data.period
        text = f"{period_label(period)} ({period.range_de})"
        if period.is_provisional(self._today()):
            text += " – " + self.tr("provisional: the period has not ended, the figures "
                                     "may still change.")
        else:
            text += " – " + self.tr("ended.")
        self.status.setText(text)
