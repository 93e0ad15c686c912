"""Totals across sites for one period, and the CSV / JSON export.

A total sums only the visible values, in Python integers (no SQL SUM that could
overflow, whatever is stored). Where at least one contributing cell was
suppressed on a device (`<k`), the true total is higher: such a total is marked as a
lower bound ("mindestens") with the number of suppressed cells behind it.

A site with very few clients in a period sends measure totals only (`totals_only`,
statistics.md rule 5): its people are in the totals but in no breakdown, so every
breakdown cell of a measure such a report has a non-zero (or suppressed) total for is
a lower bound too (`totals_only_reports`). A report of the older schema `mfd-stats/1`
(a laptop not yet updated) has none of what `mfd-stats/2` added (`vocabulary.SINCE_2`):
it counts towards `totals_only_reports` of those cells, so their sums are lower bounds
as well. A category no site listed is not exported; for such a measure it is not
necessarily 0.

How a total is shown (`TotalCell.shown`, admin page and both exports), after the
statistical offices' signs (DIN 55301): an exact total as its number; a lower bound as
"mindestens N"; a total with nothing visible behind it as "." (`HIDDEN_SIGN`, legend
`HIDDEN_LEGEND`). Never "< 5": a hidden cell may hold any value.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from mfd_desktop.stats import vocabulary
from mfd_desktop.stats.payload import MEASURES
from mfd_server.db import as_utc
from mfd_server.models import ApprovedCell, ApprovedReport, Report, ReportCell

EXPORT_SCHEMA = "mfd-export/1"
HIDDEN_SIGN = "."
HIDDEN_LEGEND = "aus Datenschutzgründen nicht ausgewiesen"
LOWER_BOUND_NOTE_DE = ("Bei Werten mit lower_bound=true wurden an mindestens einem Gerät "
                       "Werte aus Datenschutzgründen nicht ausgewiesen; die wahre Summe ist "
                       "größer oder gleich dem angegebenen Wert (shown: „mindestens N“). "
                       f"shown „{HIDDEN_SIGN}“: {HIDDEN_LEGEND} (kein Wert sichtbar). "
                       "Bei totals_only_reports > 0 meldeten so viele "
                       "Beratungsstellen mit sehr wenigen Ratsuchenden nur Summen (oder Geräte "
                       "mit dem älteren Format mfd-stats/1 meldeten diese Zahl nicht); ihre "
                       "Personen fehlen in den Aufgliederungen.")
# How the server's canonical JSON (`StatsPayload.to_json_dict`, sorted, compact) marks a
# totals-only report; the flag is left out when false.
TOTALS_ONLY_MARK = '"totals_only":true'
V1_MARK = '"schema":"mfd-stats/1"'


@dataclass(frozen=True)
class TotalCell:
    measure: str
    dimension: str
    category: str
    value: int
    suppressed_cells: int
    reports: int
    totals_only_reports: int = 0  # breakdown cells: reports with totals only (rule 5)

    @property
    def lower_bound(self) -> bool:
        return self.suppressed_cells > 0 or self.totals_only_reports > 0

    @property
    def hidden(self) -> bool:
        """Nothing visible stands behind this total: shown as "."."""
        return self.lower_bound and self.value == 0

    @property
    def shown(self) -> str:
        if self.hidden:
            return HIDDEN_SIGN
        if self.lower_bound:
            return f"mindestens {self.value}"
        return str(self.value)


@dataclass(frozen=True)
class SiteReport:
    site_id: str
    devices: int
    revisions: str
    last_received_at: str


def _order_key(cell: TotalCell) -> tuple:
    measures = list(MEASURES)
    m_index = measures.index(cell.measure) if cell.measure in MEASURES else len(measures)
    dims = MEASURES.get(cell.measure, ())
    d_index = dims.index(cell.dimension) if cell.dimension in dims else len(dims)
    return (m_index, cell.measure, d_index, cell.dimension, cell.category)


def totals(session: Session, period: str, sites: list[str] | None = None) -> list[TotalCell]:
    stmt = (
        select(ReportCell.measure, ReportCell.dimension, ReportCell.category,
               ReportCell.value, ReportCell.suppressed)
        .join(Report, Report.id == ReportCell.report_id)
        .where(Report.period == period)
    )
    small = (
        select(ReportCell.measure, func.count(func.distinct(ReportCell.report_id)))
        .join(Report, Report.id == ReportCell.report_id)
        .where(Report.period == period, Report.payload_json.contains(TOTALS_ONLY_MARK, autoescape=True),
               ReportCell.dimension == "total",
               or_(ReportCell.suppressed.is_(True), ReportCell.value > 0))
        .group_by(ReportCell.measure)
    )
    if sites:
        stmt = stmt.where(Report.site_id.in_(sites))
        small = small.where(Report.site_id.in_(sites))
    older = select(func.count(Report.id)).where(
        Report.period == period, Report.payload_json.contains(V1_MARK, autoescape=True))
    if sites:
        older = older.where(Report.site_id.in_(sites))
    totals_only = {m: int(n) for m, n in session.execute(small)}
    return sum_cells(session.execute(stmt), totals_only,
                     older_reports=int(session.execute(older).scalar_one()))


def sum_cells(rows, totals_only: dict[str, int], *, older_reports: int = 0) -> list[TotalCell]:
    """Totals of (measure, dimension, category, value, suppressed) rows; `totals_only`:
    per measure, the reports that listed only totals with something in them;
    `older_reports`: reports of `mfd-stats/1`, which have none of the /2 cells."""
    # key -> [sum of visible values, suppressed cells, reports]; Python ints never overflow
    sums: dict[tuple[str, str, str], list[int]] = {}
    for m, d, c, value, suppressed in rows:
        if vocabulary.check_cell(m, d, c) is not None:
            continue  # never shown: only the published vocabulary (see alembic 0002)
        acc = sums.setdefault((m, d, c), [0, 0, 0])
        if suppressed:
            acc[1] += 1
        elif value is not None:
            acc[0] += int(value)
        acc[2] += 1
    cells = [TotalCell(m, d, c, v, s, n,
                       (0 if d == "total" else totals_only.get(m, 0))
                       + (older_reports if (m, d) in vocabulary.SINCE_2 else 0))
             for (m, d, c), (v, s, n) in sums.items()]
    return sorted(cells, key=_order_key)


def approved_totals(session: Session, period: str,
                    sites: list[str] | None = None) -> list[TotalCell]:
    """Totals over the approved revisions of `sites` (all approved sites if None)."""
    stmt = (
        select(ApprovedCell.measure, ApprovedCell.dimension, ApprovedCell.category,
               ApprovedCell.value, ApprovedCell.suppressed)
        .join(ApprovedReport, ApprovedReport.id == ApprovedCell.report_id)
        .where(ApprovedReport.period == period)
    )
    small = (
        select(ApprovedCell.measure, func.count(func.distinct(ApprovedCell.report_id)))
        .join(ApprovedReport, ApprovedReport.id == ApprovedCell.report_id)
        .where(ApprovedReport.period == period, ApprovedReport.totals_only.is_(True),
               ApprovedCell.dimension == "total",
               or_(ApprovedCell.suppressed.is_(True), ApprovedCell.value > 0))
        .group_by(ApprovedCell.measure)
    )
    if sites is not None:
        stmt = stmt.where(ApprovedReport.site_id.in_(sites))
        small = small.where(ApprovedReport.site_id.in_(sites))
    totals_only = {m: int(n) for m, n in session.execute(small)}
    return sum_cells(session.execute(stmt), totals_only)


def reporting_sites(session: Session, period: str) -> list[SiteReport]:
    stmt = (select(Report.site_id, func.count(Report.id), func.min(Report.revision),
                   func.max(Report.revision), func.max(Report.received_at))
            .where(Report.period == period).group_by(Report.site_id).order_by(Report.site_id))
    out = []
    for site, devices, rmin, rmax, last in session.execute(stmt):
        revisions = str(rmin) if rmin == rmax else f"{rmin}–{rmax}"
        last_dt = as_utc(last)
        out.append(SiteReport(site, int(devices), revisions,
                              last_dt.strftime("%d.%m.%Y %H:%M UTC") if last_dt else ""))
    return out


def periods(session: Session) -> list[tuple[str, int]]:
    stmt = (select(Report.period, func.count(func.distinct(Report.site_id)))
            .group_by(Report.period).order_by(Report.period.desc()))
    return [(p, int(n)) for p, n in session.execute(stmt)]


def export_json(session: Session, period: str, sites: list[str] | None = None, *,
                approved: bool = False) -> str:
    """`approved`: only the approved revisions of approved sites (the umbrella's view);
    the document then lists the sites that are missing from it."""
    if approved:
        from mfd_server import approval

        cells = approved_totals(session, period, sites)
        state = approval.period_states(session, period, sites)
        reported = sorted(s for s, st in state.items() if st.approved_revisions)
        missing = sorted(s for s, st in state.items() if not st.approved_revisions)
    else:
        cells = totals(session, period, sites)
        reported = [s.site_id for s in reporting_sites(session, period)
                    if not sites or s.site_id in sites]
        missing = []
    doc: dict = {
        "schema": EXPORT_SCHEMA,
        "period": period,
        "sites": reported,
        "note": LOWER_BOUND_NOTE_DE,
        "cells": [{"measure": c.measure, "dimension": c.dimension, "category": c.category,
                   "value": c.value, "lower_bound": c.lower_bound, "shown": c.shown,
                   "suppressed_cells": c.suppressed_cells,
                   "totals_only_reports": c.totals_only_reports} for c in cells],
    }
    if approved:
        doc["approved_only"] = True
        doc["sites_not_approved"] = missing
    return json.dumps(doc, ensure_ascii=False, indent=2)


def export_csv(session: Session, period: str, sites: list[str] | None = None, *,
               approved: bool = False) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["period", "measure", "dimension", "category", "value", "lower_bound",
                     "suppressed_cells", "reports", "totals_only_reports", "shown"])
    cells = approved_totals(session, period, sites) if approved else totals(session, period, sites)
    for c in cells:
        writer.writerow([period, c.measure, c.dimension, c.category, c.value,
                         "true" if c.lower_bound else "false", c.suppressed_cells, c.reports,
                         c.totals_only_reports, c.shown])
    return buffer.getvalue()


def as_dicts(cells: list[TotalCell]) -> list[dict]:
    return [asdict(c) | {"lower_bound": c.lower_bound, "shown": c.shown} for c in cells]
