"""Screenshots of the Statistik view (see page_registry) on the demo vault: the figures
with a bar chart, the transfer preview and the outbox."""

from __future__ import annotations

from mfd_desktop.gui.stats.statistics_page import StatisticsPage, _load
from mfd_desktop.settings import STATS_SITE_ID
from mfd_desktop.stats.payload_builder import load_config


def shots(ctx):
    conn = ctx.vault.conn
    if not ctx.settings.get(STATS_SITE_ID.key) and not ctx.settings.is_locked(STATS_SITE_ID.key):
        ctx.settings.set(STATS_SITE_ID.key, "demo-standort")  # the demo vault is synthetic

    def page_at(tab: int, section: str | None = None) -> StatisticsPage:
        page = StatisticsPage(ctx)
        ctx.tasks.wait_for_all(30_000)
        period = page.current_period()
        page._loaded(_load(conn, period, load_config(conn, ctx.settings.get), page._today()))
        if section and section in page.section_keys():
            page.show_section(section)
        page.tabs.setCurrentIndex(tab)
        return page

    return [("statistics_figures", page_at(0, "clients.region")),
            ("statistics_preview", page_at(1)),
            ("statistics_outbox", page_at(2))]
