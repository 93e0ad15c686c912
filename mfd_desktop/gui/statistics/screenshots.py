"""Screenshots of the Statistik view (see page_registry) on the demo vault: the figures
with a bar chart, the transfer preview, the outbox, and a year built from the released
quarters (the demo's ended quarters of this year are released for it)."""

from __future__ import annotations

from mfd_desktop.gui.statistics.loading import load as _load
from mfd_desktop.gui.statistics.statistics_page import StatisticsPage
from mfd_desktop.settings import STATS_SITE_ID
from mfd_desktop.stats import release as release_mod
from mfd_desktop.stats.payload_builder import build_preview, load_config
from mfd_desktop.stats.periods import parse_period
from mfd_desktop.stats.released_figures import parts_of


def _release_ended_quarters(conn, config, year, today) -> None:
    for quarter in parts_of(year, "quarter"):
        if quarter.has_ended(today) and release_mod.last_released_payload(
                conn, quarter.key) is None:
            preview = build_preview(conn, quarter, config, today=today)
            if preview.releasable:
                release_mod.release(conn, preview.payload, release_kind="quarter",
                                    today=today)


def shots(ctx):
    conn = ctx.vault.conn
    if not ctx.settings.get(STATS_SITE_ID.key) and not ctx.settings.is_locked(STATS_SITE_ID.key):
        ctx.settings.set(STATS_SITE_ID.key, "demo-standort")  # the demo vault is synthetic

    def page_at(tab: int, section: str | None = None, period: str | None = None
                ) -> StatisticsPage:
        page = StatisticsPage(ctx)
        ctx.tasks.wait_for_all(30_000)
        if period is not None:
            page.select_period(period)
            ctx.tasks.wait_for_all(30_000)
        chosen = page.current_period()
        page._loaded(_load(conn, chosen, load_config(conn, ctx.settings.get), page._today()))
        if section and section in page.section_keys():
            page.show_section(section)
        page.tabs.setCurrentIndex(tab)
        return page

    shots = [("statistics_figures", page_at(0, "clients.region")),
             ("statistics_preview", page_at(1)),
             ("statistics_outbox", page_at(2))]
    config = load_config(conn, ctx.settings.get)
    probe = StatisticsPage(ctx)
    ctx.tasks.wait_for_all(30_000)
    today = probe._today()
    probe.deleteLater()
    year = parse_period(str(today.year if today.month > 3 else today.year - 1))
    if config.release_kind == "quarter":
        _release_ended_quarters(conn, config, year, today)
        shots.append(("statistics_year", page_at(0, "clients.region", year.key)))
        from mfd_desktop.gui.statistics.sachbericht_dialog import SachberichtDialog

        dialog = SachberichtDialog(ctx, year.start.year)
        dialog.edits["schwerpunkte"].setPlainText(
            "Asylverfahrensberatung in der Aufnahmeeinrichtung, Sprechstunden im Landkreis.")
        dialog.edits["kooperationen"].setPlainText("Runder Tisch Migration; Jobcenter.")
        dialog.resize(720, 600)
        shots.append(("sachbericht_dialog", dialog))
    return shots
