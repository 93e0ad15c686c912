"""The „Statistik“ page.

- Pick a period (kind: quarter, half-year, year, month; then one of the recent ones).
- „Zahlen“: an overview and every breakdown as a table with a bar chart, the same
  figures a funder may get: a released-kind period (quarter) as the preview shows it,
  a half-year or year summed from the released quarters (`stats.released_figures`,
  the same figures as the PDF), a month none (not for funders). Hidden cells read "."
  with the legend under the table; a running period is marked „vorläufig“. A check box
  shows the exact own counts instead, marked „nur für Sie, nicht zur Weitergabe“; it is
  off after every load and never reaches the PDF.
- „Vorschau der Übermittlung“: exactly the payload that would be sent, as a readable
  table and as raw JSON, and „Freigeben…“ (with confirmation) which stores exactly
  that payload in the outbox. A small unit (fewer clients than the threshold,
  statistics.md rule 5) gets one sentence why only totals are shown and sent.
- „Postausgang“: every release with its sending status.
- „PDF speichern…“: the Statistik-PDF from the released figures, built in a worker.

All counting and PDF work runs through `ctx.tasks` with a worker-owned connection.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.errors import UserError
from mfd_desktop.gui.i18n import current_language, gui_text
from mfd_desktop.gui.page_base import Page
from mfd_desktop.gui.stats.bar_chart import BarChart
from mfd_desktop.gui.stats.models import SORT_ROLE, CountsModel, OutboxModel, PayloadModel
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.stats import release as release_mod
from mfd_desktop.stats.payload_builder import Preview, StatsConfig, build_preview, load_config
from mfd_desktop.stats.periods import KINDS, Period, recent_periods
from mfd_desktop.stats.presentation import (
    Figures,
    Row,
    Section,
    exact_figures,
    legend,
    payload_rows,
    preview_figures,
    released_report,
    rule_sentence,
    small_unit_sentence,
)
from mfd_desktop.stats.released_figures import ReleasedFigures, not_sent_reason, released_figures

log = logging.getLogger("mfd.gui.stats")

OVERVIEW_KEY = "overview"


def _lang() -> str:
    """The display language of the services' texts ("de" or "en")."""
    return current_language()


def period_label(period: Period) -> str:
    """'3. Quartal 2026' in the German app, 'Q3 2026' in the English one."""
    return period.label_en if _lang() == "en" else period.label_de


@dataclass(frozen=True)
class PageData:
    """What one load found for a period (worker result)."""

    period: Period
    preview: Preview | None  # only for the released kind: what "Freigeben" would send
    released: ReleasedFigures | None  # a funder's figures (also the PDF's)
    released_error: UserError | None  # why there are none (not released yet, a month)
    releases: list


def _load(conn, period: Period, config: StatsConfig, today: dt.date) -> PageData:
    """Worker: the preview (released kind only), the released figures and the outbox."""
    preview = None
    if period.kind == config.release_kind:
        preview = build_preview(conn, period, config, today=today)
    released, error = None, None
    try:
        released = released_figures(conn, period, config.release_kind, today=today)
    except UserError as exc:
        error = exc
    return PageData(period, preview, released, error, release_mod.list_releases(conn))


def _count_exact(conn, period: Period):
    """Worker: the exact counts of `period`, for the counsellor's screen only."""
    from mfd_desktop.stats.counting import count_period

    return period, count_period(conn, period)


def _release(conn, payload, release_kind: str, today: dt.date):
    return release_mod.release(conn, payload, release_kind=release_kind, today=today)


def _write_pdf(conn, period: Period, config: StatsConfig, today: dt.date, path: str) -> str:
    """Worker: the Statistik-PDF from what was released (never from a fresh count)."""
    from mfd_desktop.reports.pdf_base import write_pdf
    from mfd_desktop.reports.statistics_report import render_statistics_pdf

    figures = released_figures(conn, period, config.release_kind, today=today)
    write_pdf(Path(path), render_statistics_pdf(released_report(figures, today=today),
                                                today=today))
    return path


def _table_view(model, stretch_column: int) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view, proxy


class StatisticsPage(Page):
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

        layout = QVBoxLayout(self)  # the shell shows the page title above
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        bar = QHBoxLayout()
        self.period_label = QLabel()
        bar.addWidget(self.period_label)
        self.kind_combo = QComboBox()
        for kind in ("quarter", "half_year", "year", "month"):
            assert kind in KINDS
            self.kind_combo.addItem("", kind)  # labels in _set_static_texts()
        self.kind_combo.currentIndexChanged.connect(self._fill_periods)
        bar.addWidget(self.kind_combo)
        self.period_combo = QComboBox()
        self.period_combo.setMinimumWidth(220)
        self.period_combo.currentIndexChanged.connect(self.refresh)
        bar.addWidget(self.period_combo)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.save_pdf)
        bar.addWidget(self.pdf_button)
        layout.addLayout(bar)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("statsStatus")
        layout.addWidget(self.status)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_figures(), "")
        self.tabs.addTab(self._build_preview(), "")
        self.tabs.addTab(self._build_outbox(), "")
        layout.addWidget(self.tabs, 1)
        self._set_static_texts()
        self._fill_periods()

    # ----- building -------------------------------------------------------------------------

    def _build_figures(self) -> QWidget:
        outer = QWidget()
        column = QVBoxLayout(outer)
        column.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.figures_notice = QLabel()  # where the figures come from, or why there are none
        self.figures_notice.setObjectName("statsFiguresNotice")
        self.figures_notice.setWordWrap(True)
        top.addWidget(self.figures_notice, 1)
        self.exact_check = QCheckBox()
        self.exact_check.setObjectName("statsExact")
        self.exact_check.toggled.connect(self._exact_toggled)
        top.addWidget(self.exact_check, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.section_list = QListWidget()
        self.section_list.setMinimumWidth(300)
        self.section_list.setMaximumWidth(420)
        self.section_list.setWordWrap(True)
        self.section_list.currentRowChanged.connect(self._show_section)
        splitter.addWidget(self.section_list)
        right = QWidget()
        box = QVBoxLayout(right)
        self.section_title = QLabel()
        title_font = self.section_title.font()
        title_font.setBold(True)
        self.section_title.setFont(title_font)
        box.addWidget(self.section_title)
        inner = QHBoxLayout()
        self.counts_model = CountsModel(self)
        self.counts_view, self.counts_proxy = _table_view(self.counts_model, 0)
        self.counts_view.setMinimumWidth(300)
        inner.addWidget(self.counts_view, 2)
        self.chart = BarChart()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        inner.addWidget(scroll, 3)
        box.addLayout(inner, 1)
        self.section_note = QLabel()
        self.section_note.setWordWrap(True)
        self.section_note.setStyleSheet("color: #555555;")
        box.addWidget(self.section_note)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setStyleSheet("color: #555555;")
        box.addWidget(self.rule_label)
        self.legend_label = QLabel()
        self.legend_label.setObjectName("statsLegend")
        self.legend_label.setWordWrap(True)
        self.legend_label.setStyleSheet("color: #555555;")
        box.addWidget(self.legend_label)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        column.addWidget(splitter, 1)
        return outer

    def _build_preview(self) -> QWidget:
        widget = QWidget()
        box = QVBoxLayout(widget)
        self.preview_info = QLabel()
        self.preview_info.setWordWrap(True)
        box.addWidget(self.preview_info)
        self.small_unit_notice = QLabel()  # rule 5: why only totals
        self.small_unit_notice.setObjectName("statsSmallUnit")
        self.small_unit_notice.setWordWrap(True)
        self.small_unit_notice.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.small_unit_notice.setVisible(False)
        box.addWidget(self.small_unit_notice)
        self.preview_legend = QLabel()
        self.preview_legend.setWordWrap(True)
        self.preview_legend.setStyleSheet("color: #555555;")
        self.preview_tabs = QTabWidget()
        self.payload_model = PayloadModel(self)
        self.payload_view, _proxy = _table_view(self.payload_model, 2)
        self.preview_tabs.addTab(self.payload_view, "")
        self.json_view = QPlainTextEdit()
        self.json_view.setReadOnly(True)
        self.json_view.setFont(QFont("monospace"))
        self.preview_tabs.addTab(self.json_view, "")
        box.addWidget(self.preview_tabs, 1)
        box.addWidget(self.preview_legend)
        row = QHBoxLayout()
        self.release_reason = QLabel()
        self.release_reason.setWordWrap(True)
        self.release_reason.setStyleSheet("color: #8a5a00;")
        row.addWidget(self.release_reason, 1)
        self.release_button = QPushButton()
        self.release_button.setEnabled(False)
        self.release_button.clicked.connect(self.confirm_release)
        row.addWidget(self.release_button)
        box.addLayout(row)
        return widget

    def _build_outbox(self) -> QWidget:
        widget = QWidget()
        box = QVBoxLayout(widget)
        self.outbox_explain = QLabel()
        self.outbox_explain.setWordWrap(True)
        box.addWidget(self.outbox_explain)
        self.outbox_model = OutboxModel(self)
        self.outbox_view, _proxy = _table_view(self.outbox_model, 5)
        box.addWidget(self.outbox_view, 1)
        return widget

    # ----- periods ----------------------------------------------------------------------------

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def _fill_periods(self) -> None:
        kind = self.kind_combo.currentData()
        today = self._today()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        count = {"month": 13, "quarter": 9, "half_year": 6, "year": 4}[kind]
        for period in recent_periods(kind, today, count):
            label = period_label(period)
            if period.is_provisional(today):
                label += " – " + self.tr("provisional")
            self.period_combo.addItem(label, period)
        # Default: the last period that has ended (the one to release next).
        self.period_combo.setCurrentIndex(1 if self.period_combo.count() > 1 else 0)
        self.period_combo.blockSignals(False)
        self.refresh()

    def _set_static_texts(self) -> None:
        self.intro.setText(self.tr(
            "Anonymised counts for a period. Only these counts, with small numbers hidden, "
            "can leave this computer – and only after you release them."))
        self.period_label.setText(self.tr("Period:"))
        kind_labels = {"quarter": self.tr("Quarter"), "half_year": self.tr("Half-year"),
                       "year": self.tr("Year"), "month": self.tr("Month")}
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, kind_labels[self.kind_combo.itemData(i)])
        self.refresh_button.setText(self.tr("Refresh"))
        self.pdf_button.setText(self.tr("Save PDF…"))
        for i, title in enumerate((self.tr("Figures"), self.tr("Transfer preview"),
                                   self.tr("Outbox"))):
            self.tabs.setTabText(i, title)
        self.preview_tabs.setTabText(0, self.tr("As a table"))
        self.preview_tabs.setTabText(1, self.tr("Raw data (JSON)"))
        self.release_button.setText(self.tr("Release…"))
        self.exact_check.setText(self.tr("Exact figures (for you only, not to be passed on)"))
        self.exact_check.setToolTip(self.tr(
            "Shows your exact counts, small numbers included, on this screen only. They are "
            "never printed or sent; the PDF always shows the released figures."))
        self.outbox_explain.setText(self.tr(
            "Released statistics wait here until the next transfer to the statistics "
            "server. A newer revision of the same period replaces one not yet sent."))

    def retranslate(self) -> None:
        """After a language switch: the page's own texts, period names, status line and
        the rule sentences of what is already shown follow the new language (counts and
        tables are set when loaded)."""
        if not hasattr(self, "outbox_explain"):
            return  # still being built
        self._set_static_texts()
        today = self._today()
        for i in range(self.period_combo.count()):
            period = self.period_combo.itemData(i)
            label = period_label(period)
            if period.is_provisional(today):
                label += " – " + self.tr("provisional")
            self.period_combo.setItemText(i, label)
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
        self.preview = None
        self.data = None
        self.figures = None
        self._exact_counts = None
        self._sections = {}
        self.exact_check.blockSignals(True)
        self.exact_check.setChecked(False)
        self.exact_check.blockSignals(False)
        self.counts_model.set_rows([])
        self.chart.set_rows([])
        self.payload_model.set_rows([])
        self.outbox_model.set_rows([])
        self.json_view.clear()
        self.section_list.clear()
        self.figures_notice.clear()
        self.small_unit_notice.clear()
        self.small_unit_notice.setVisible(False)

    def refresh(self) -> None:
        period = self.current_period()
        if period is None or not self.ctx.is_unlocked:
            return
        self._config = load_config(self.ctx.vault.conn, self.ctx.settings.get)
        self.status.setText(self.tr("Counting…"))
        self.release_button.setEnabled(False)
        self.ctx.tasks.run_with_connection(_load, period, self._config, self._today(),
                                           on_done=self._loaded, on_error=self._failed)

    def _failed(self, failure: TaskFailure) -> None:
        self.status.setText(failure.message)

    def _loaded(self, data: PageData) -> None:
        if data.period != self.current_period():
            return  # the user picked another period meanwhile; its result follows
        same_period = self.data is not None and self.data.period == data.period
        self.data = data
        self.preview = data.preview
        self._exact_counts = None
        recount = same_period and self.exact_check.isChecked()
        if not recount:  # exact figures are never the default: off for every new period
            self.exact_check.blockSignals(True)
            self.exact_check.setChecked(False)
            self.exact_check.blockSignals(False)
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

    # ----- the figures tab --------------------------------------------------------------------

    def _funder_figures(self) -> Figures | None:
        """What a funder may see: the preview of a released-kind period, else the
        figures summed from the released periods (None: there are none)."""
        data = self.data
        if data is None:
            return None
        if data.preview is not None:
            return preview_figures(data.preview, _lang())
        if data.released is not None:
            return released_report(data.released, _lang(), today=self._today())
        return None

    def _show_figures(self) -> None:
        data = self.data
        if data is None:
            return
        exact = self.exact_check.isChecked() and self._exact_counts is not None
        if exact:
            period, counts = self._exact_counts
            k = self._config.k if self._config else 5
            figures = exact_figures(period, counts, provisional=period.is_provisional(
                self._today()), k=k, language=_lang())
            notice = figures.warnings[0]
            style = "color: #a01818; font-weight: bold;"
        else:
            figures = self._funder_figures()
            if figures is None:
                notice = gui_text(data.released_error)
                style = "color: #8a5a00;"
            else:
                lines = [*figures.facts, *figures.warnings]
                if data.preview is not None and data.released is not None:
                    lines.append(self.tr("The PDF shows the released revision %1.").replace(
                        "%1", str(data.released.parts[-1].revision)))
                elif data.preview is not None:
                    lines.append(self.tr("A PDF for funders exists once the period is "
                                         "released."))
                notice = "\n".join(lines)
                style = ("color: #8a5a00;" if figures.warnings and not figures.exact
                         else "color: #444444;")
        self.figures = figures
        self.figures_notice.setText(notice)
        self.figures_notice.setStyleSheet(style)
        if figures is None:
            self.rule_label.setText("")
            self.legend_label.setText("")
        elif figures.exact:
            self.rule_label.setText(self.tr(
                "Nothing is hidden here: these are not the figures that are sent."))
            self.legend_label.setText("")
        else:
            self.rule_label.setText(rule_sentence(figures.k, _lang()))
            self.legend_label.setText(figures.legend)
        self._fill_sections(figures)

    def _exact_toggled(self, checked: bool) -> None:
        period = self.current_period()
        if not checked or period is None or not self.ctx.is_unlocked:
            self._show_figures()
            return
        if self._exact_counts is not None and self._exact_counts[0] == period:
            self._show_figures()
            return
        self.ctx.tasks.run_with_connection(_count_exact, period, on_done=self._exact_loaded,
                                           on_error=self._failed)

    def _exact_loaded(self, result) -> None:
        period, _counts = result
        if period != self.current_period() or not self.exact_check.isChecked():
            return
        self._exact_counts = result
        self._show_figures()
        self.loaded.emit()

    def _fill_sections(self, figures: Figures | None) -> None:
        current = self.section_list.currentRow()
        self._sections = {}
        self.section_list.blockSignals(True)
        self.section_list.clear()
        if figures is not None:
            self.section_list.addItem(self.tr("Overview"))
            for section in figures.sections:
                self._sections[section.key] = section
                self.section_list.addItem(section.title)
                item = self.section_list.item(self.section_list.count() - 1)
                item.setToolTip(section.title)
        self.section_list.blockSignals(False)
        if figures is None:
            self.section_title.setText("")
            self.counts_model.set_rows([])
            self.chart.set_rows([])
            self.section_note.setText("")
            return
        self.section_list.setCurrentRow(max(0, min(current, self.section_list.count() - 1)))
        self._show_section(self.section_list.currentRow())

    def section_keys(self) -> list[str]:
        return [OVERVIEW_KEY, *self._sections] if self.figures is not None else []

    def show_section(self, key: str) -> None:
        self.section_list.setCurrentRow(self.section_keys().index(key))

    def _show_section(self, index: int) -> None:
        figures = self.figures
        if figures is None or index < 0:
            return
        keys = self.section_keys()
        if keys[index] == OVERVIEW_KEY:
            rows: list[Row] = list(figures.overview)
            title = self.tr("Overview: totals")
            notes = list(figures.notes)
        else:
            section = self._sections[keys[index]]
            rows, title = list(section.rows), section.title
            notes = [section.note] if section.note else []
            if section.omitted_zero:
                notes.append(self.tr("Categories not listed are 0."))
        if figures.provisional:
            title += " (" + self.tr("provisional") + ")"
        if figures.exact:
            title += " – " + self.tr("for you only")
        self.section_title.setText(title)
        self.counts_model.set_rows(rows)
        self.counts_view.resizeColumnToContents(1)
        self.chart.set_rows(rows)
        self.section_note.setText(" ".join(notes))

    # ----- the transfer preview tab -----------------------------------------------------------

    def _fill_preview(self, data: PageData) -> None:
        preview = data.preview
        self.preview_legend.setText(legend(_lang()))
        if preview is None:  # another kind than the released one: nothing is sent
            kind = self._config.release_kind if self._config else "quarter"
            reason = not_sent_reason(data.period, kind, _lang())
            self.small_unit_notice.clear()
            self.small_unit_notice.setVisible(False)
            self.preview_info.setText(reason)
            self.payload_model.set_rows([])
            self.json_view.clear()
            self.release_reason.setText(reason)
            self.release_button.setEnabled(False)
            return
        payload = preview.payload
        self.small_unit_notice.setText(
            small_unit_sentence(preview.small_unit, _lang()) if preview.totals_only else "")
        self.small_unit_notice.setVisible(preview.totals_only)
        if payload is None:
            self.preview_info.setText(preview.payload_problem or "")
            self.payload_model.set_rows([])
            self.json_view.clear()
        else:
            if payload.totals_only:
                info = self.tr("Exactly this would be sent for %1: revision %2, site %3, "
                               "device %4. Only the totals, no breakdowns.")
            else:
                info = self.tr("Exactly this would be sent for %1: revision %2, site %3, "
                               "device %4. Categories not listed are 0.")
            self.preview_info.setText(
                info.replace("%1", preview.period.key).replace("%2", str(payload.revision))
                .replace("%3", payload.site_id).replace("%4", payload.device_id))
            self.payload_model.set_rows(payload_rows(payload, _lang()))
            self.payload_view.resizeColumnsToContents()
            self.json_view.setPlainText(_pretty(release_mod.canonical_json(payload)))
        self.release_reason.setText(preview.not_releasable_reason or "")
        self.release_button.setEnabled(preview.releasable)

    # ----- actions ----------------------------------------------------------------------------

    def confirm_release(self) -> None:
        preview = self.preview
        if preview is None or preview.payload is None or not preview.releasable:
            return
        answer = QMessageBox.question(
            self, self.tr("Release statistics"),
            self.tr("Release the statistics for %1 (revision %2)? Exactly the figures shown "
                    "in the preview will be sent at the next transfer.")
            .replace("%1", period_label(preview.period))
            .replace("%2", str(preview.payload.revision)))
        if answer == QMessageBox.StandardButton.Yes:
            self.release_previewed()

    def release_previewed(self) -> None:
        """Store exactly the previewed payload in the outbox (after confirmation)."""
        preview, config = self.preview, self._config
        if preview is None or preview.payload is None or config is None:
            return
        self.release_button.setEnabled(False)
        self.ctx.tasks.run_with_connection(_release, preview.payload, config.release_kind,
                                           self._today(), on_done=self._released,
                                           on_error=self._release_failed)

    def _released(self, record) -> None:
        self.status.setText(self.tr("%1 released as revision %2; it will be sent at the next "
                                    "transfer.").replace("%1", record.period)
                            .replace("%2", str(record.revision)))
        self.released.emit(record.id)
        self.tabs.setCurrentIndex(2)
        self.refresh()

    def _release_failed(self, failure: TaskFailure) -> None:
        self.release_reason.setText(failure.message)
        self.release_button.setEnabled(bool(self.preview and self.preview.releasable))

    def save_pdf(self) -> None:
        period = self.current_period()
        if period is None or not self.ctx.is_unlocked:
            return
        data = self.data
        if data is not None and data.period == period and data.released is None:
            self.status.setText(gui_text(data.released_error))
            return  # nothing released to print: say why instead of asking for a file
        suggested = str(Path.home() / f"Statistik-{period.key}.pdf")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save statistics PDF"),
                                                    suggested, self.tr("PDF files (*.pdf)"))
        if path:
            self.write_pdf_to(path)

    def write_pdf_to(self, path: str) -> None:
        period = self.current_period()
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        config = load_config(self.ctx.vault.conn, self.ctx.settings.get)
        self.pdf_button.setEnabled(False)
        self.status.setText(self.tr("Creating the PDF…"))
        self.ctx.tasks.run_with_connection(_write_pdf, period, config, self._today(), path,
                                           on_done=self._pdf_done,
                                           on_error=self._pdf_failed)

    def _pdf_done(self, path: str) -> None:
        self.pdf_button.setEnabled(True)
        self.status.setText(self.tr("PDF saved: %1").replace("%1", path))
        self.pdf_written.emit(path)

    def _pdf_failed(self, failure: TaskFailure) -> None:
        self.pdf_button.setEnabled(True)
        self.status.setText(failure.message)


def _pretty(canonical: str) -> str:
    import json

    return json.dumps(json.loads(canonical), indent=2, ensure_ascii=False)
