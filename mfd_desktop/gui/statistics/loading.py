"""The Statistik page's worker jobs (each runs through `ctx.tasks` with a worker-owned
connection): loading a period, counting exactly, releasing, writing the PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mfd_desktop.errors import UserError
from mfd_desktop.stats import release as release_mod
from mfd_desktop.stats.payload_builder import Preview, StatsConfig, build_preview
from mfd_desktop.stats.periods import Period
from mfd_desktop.stats.presentation import released_report
from mfd_desktop.stats.released_figures import ReleasedFigures, released_figures


@dataclass(frozen=True)
class PageData:
    """What one load found for a period (worker result)."""

    period: Period
    preview: Preview | None  # only for the released kind: what "Freigeben" would send
    released: ReleasedFigures | None  # a funder's figures (also the PDF's)
    released_error: UserError | None  # why there are none (not released yet, a month)
    releases: list


def load(conn, period: Period, config: StatsConfig, today: dt.date) -> PageData:
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


def count_exact(conn, period: Period):
    """Worker: the exact counts of `period`, for the counsellor's screen only."""
    from mfd_desktop.stats.counting import count_period

    return period, count_period(conn, period)


def release(conn, payload, release_kind: str, today: dt.date):
    return release_mod.release(conn, payload, release_kind=release_kind, today=today)


def write_pdf(conn, period: Period, config: StatsConfig, today: dt.date, path: str,
              site_name: str = "", traeger: str = "") -> str:
    """Worker: the Statistik-PDF from what was released (never from a fresh count), naming
    the Beratungsstelle and the Träger."""
    from mfd_desktop.reports.pdf_base import write_pdf as write
    from mfd_desktop.reports.statistics_report import render_statistics_pdf

    figures = released_figures(conn, period, config.release_kind, today=today)
    write(Path(path), render_statistics_pdf(released_report(figures, today=today),
                                            site_name=site_name or None,
                                            traeger=traeger or None, today=today))
    return path


def pretty_json(canonical: str) -> str:
    import json

    return json.dumps(json.loads(canonical), indent=2, ensure_ascii=False)
