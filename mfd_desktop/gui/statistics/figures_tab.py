"""The „Zahlen“ and „Vorschau der Übermittlung“ tabs of the Statistik page: what the
loaded figures and the preview look like on screen (a mixin of `StatisticsPage`, whose
form holds the widgets).

- „Zahlen“: an overview and every breakdown as a table with a bar chart, the same
  figures a funder may get (a released-kind period as the preview shows it, a half-year
  or year summed from the released quarters, a month none). Hidden cells read "." with
  the legend under the table. The exact own counts („nur für Sie“) replace them while
  the check box is on.
- The preview: exactly the payload that would be sent, as a table and as JSON, and why
  it cannot be released (a small unit gets one sentence why only totals are sent).

Texts are translated in the page's Linguist context ("StatisticsPage").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mfd_desktop.gui.i18n import current_language
from mfd_desktop.gui.statistics.loading import PageData, count_exact, pretty_json
from mfd_desktop.stats import release as release_mod
from mfd_desktop.stats.presentation import (
    Figures,
    Row,
    exact_figures,
    in_language,
    legend,
    payload_rows,
    preview_figures,
    released_report,
    rendered,
    rule_sentence,
    small_unit_sentence,
)
from mfd_desktop.stats.released_figures import not_sent_reason

OVERVIEW_KEY = "overview"


class FiguresTabMixin:
    """The figures and preview tabs of `StatisticsPage` (uses its widgets and state)."""

    def _funder_figures(self) -> Figures | None:
        """What a funder may see: the preview of a released-kind period, else the
        figures summed from the released periods (None: there are none)."""
        data = self.data
        if data is None:
            return None
        if data.preview is not None:
            return rendered(preview_figures(data.preview), current_language())
        if data.released is not None:
            return rendered(released_report(data.released, today=self._today()),
                            current_language())
        return None

    def _show_figures(self) -> None:
        data = self.data
        if data is None:
            return
        lang = current_language()
        if self.exact_check.isChecked() and self._exact_counts is not None:
            period, counts = self._exact_counts
            k = self._config.k if self._config else 5
            figures = rendered(exact_figures(period, counts, provisional=period.is_provisional(
                self._today()), k=k), lang)
            notice = figures.warnings[0]
            style = "color: #a01818; font-weight: bold;"
        else:
            figures = self._funder_figures()
            if figures is None:
                notice = data.released_error.render(lang) if data.released_error else ""
                style = "color: #8a5a00;"
            else:
                notice = self._funder_notice(data, figures)
                style = ("color: #8a5a00;" if figures.warnings and not figures.exact
                         else "color: #444444;")
        self.figures = figures
        self.figures_notice.setText(notice)
        self.figures_notice.setStyleSheet(style)
        if figures is None:
            self.rule_label.setText("")
            self.legend_label.setText("")
        elif figures.exact:
            self.rule_label.setText(QCoreApplication.translate(
                "StatisticsPage", "Nothing is hidden here: these are not the figures that "
                "are sent."))
            self.legend_label.setText("")
        else:
            self.rule_label.setText(rule_sentence(figures.k).render(lang))
            self.legend_label.setText(figures.legend)
        self._fill_sections(figures)

    def _funder_notice(self, data: PageData, figures: Figures) -> str:
        lines = [*figures.facts, *figures.warnings]
        if data.preview is not None and data.released is not None:
            lines.append(QCoreApplication.translate(
                "StatisticsPage", "The PDF shows the released revision %1.").replace(
                "%1", str(data.released.parts[-1].revision)))
        elif data.preview is not None:
            lines.append(QCoreApplication.translate(
                "StatisticsPage", "A PDF for funders exists once the period is released."))
        return "\n".join(lines)

    def _exact_toggled(self, checked: bool) -> None:
        period = self.current_period()
        if not checked or period is None or not self.ctx.is_unlocked:
            self._show_figures()
            return
        if self._exact_counts is not None and self._exact_counts[0] == period:
            self._show_figures()
            return
        self.ctx.tasks.run_with_connection(count_exact, period, on_done=self._exact_loaded,
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
            self.section_list.addItem(QCoreApplication.translate("StatisticsPage", "Overview"))
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
            title = QCoreApplication.translate("StatisticsPage", "Overview: totals")
            notes = list(figures.notes)
        else:
            section = self._sections[keys[index]]
            rows, title = list(section.rows), section.title
            notes = [section.note] if section.note else []
            if section.omitted_zero:
                notes.append(QCoreApplication.translate("StatisticsPage",
                                                        "Categories not listed are 0."))
        if figures.provisional:
            title += " (" + QCoreApplication.translate("StatisticsPage", "provisional") + ")"
        if figures.exact:
            title += " – " + QCoreApplication.translate("StatisticsPage", "for you only")
        self.section_title.setText(title)
        self.counts_model.set_rows(rows)
        self.counts_view.resizeColumnToContents(1)
        self.chart.set_rows(rows)
        self.section_note.setText(" ".join(notes))

    # ----- the transfer preview tab -----------------------------------------------------------

    def _fill_preview(self, data: PageData) -> None:
        preview, lang = data.preview, current_language()
        self.preview_legend.setText(legend().render(lang))
        if preview is None:  # another kind than the released one: nothing is sent
            kind = self._config.release_kind if self._config else "quarter"
            reason = not_sent_reason(data.period, kind).render(lang)
            self.small_unit_notice.clear()
            self.small_unit_notice.setVisible(False)
            self.preview_info.setText(reason)
            self.payload_model.set_rows([])
            self.json_view.clear()
            self.details_info.clear()
            self.release_reason.setText(reason)
            self.release_button.setEnabled(False)
            return
        payload = preview.payload
        self.small_unit_notice.setText(
            small_unit_sentence(preview.small_unit).render(lang) if preview.totals_only else "")
        self.small_unit_notice.setVisible(preview.totals_only)
        if payload is None:
            self.preview_info.setText(in_language(preview.payload_problem, lang) or "")
            self.payload_model.set_rows([])
            self.json_view.clear()
            self.details_info.clear()
        else:
            if payload.totals_only:
                info = QCoreApplication.translate(
                    "StatisticsPage", "Exactly this would be sent for %1 (version %2). Only "
                    "the totals, no breakdowns.")
            else:
                info = QCoreApplication.translate(
                    "StatisticsPage", "Exactly this would be sent for %1 (version %2). "
                    "Categories not listed are 0.")
            self.preview_info.setText(info.replace("%1", data.period.label.render(lang))
                                      .replace("%2", str(payload.revision)))
            self.details_info.setText(QCoreApplication.translate(
                "StatisticsPage", "Period key %1, site %2, device %3. The data exactly as "
                "sent:").replace("%1", preview.period.key).replace("%2", payload.site_id)
                .replace("%3", payload.device_id))
            self.payload_model.set_rows([tuple(in_language(v, lang) for v in row)
                                        for row in payload_rows(payload)])
            self.payload_view.resizeColumnsToContents()
            self.json_view.setPlainText(pretty_json(release_mod.canonical_json(payload)))
        self.release_reason.setText(in_language(preview.not_releasable_reason, lang) or "")
        self.release_button.setEnabled(preview.releasable)
