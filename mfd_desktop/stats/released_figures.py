"""Figures for funders, built only from what was released ("Freigeben").

Everything a funder gets from this device on paper (the Statistik-PDF, in the app and
from `mfd stats report`) comes from the payloads stored in `stats_releases`, never
from a fresh count. So a PDF cannot tell anyone more than the released payloads
already did (issue 14, attack 3: a year PDF counted and suppressed on its own showed a
region with 7 next to released quarters showing 5 and two hidden ones — both hidden
quarters were then 1).

- A period of the released kind (quarter by default, setting/policy
  `stats_release_period_kind`): the latest released revision, as it was sent.
  Never released → refused with a German sentence ("zuerst freigeben").
- A longer period (half-year, year) of released periods: the sum of the released
  parts. A cell hidden in any part is not summed: it becomes a lower bound
  "mindestens N" (N = the sum of the parts where it is visible), or "." when it is
  visible in none. Parts not (yet) released are named, and a period that is still
  running or lacks parts is "vorläufig". Every number on such a report is a sum of
  released numbers, so "year minus quarters" is zero for every visible cell and a
  lower bound is exactly what the quarters already say: nothing new can be derived.
- A shorter period (a month when quarters are released): not for funders, refused.
  The counsellor's own screen may show exact counts, marked as not for passing on
  (`mfd_desktop.gui.statistics`), never on paper.

Reads `stats_releases` directly (one query of its own) and parses the stored payloads
with the schema; it never writes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.stats import catalogue
from mfd_desktop.stats.catalogue import REPORTED
from mfd_desktop.stats.payload import StatsPayload
from mfd_desktop.stats.periods import Period, kind_name, parse_period
from mfd_desktop.storage.connection import Connection

Key = tuple[str, str, str]  # (measure, dimension, category)

# Kinds from short to long; a period "contains" the kinds before it.
_ORDER = ("month", "quarter", "half_year", "year")
# A measure that is a stock at the end of the period, not a flow: the longer period's
# value is the value at the end of its last part, not a sum.
STOCK_MEASURES = frozenset({"cases_open_end"})
# Counted as distinct persons per period: summing quarters counts a person once per
# quarter in which they were counselled (said under the table). New clients add up:
# a person's first contact ever lies in exactly one quarter.
PERSON_MEASURES = frozenset({"clients"})
# Categories that payload_builder may fold into another before suppression: in a part
# where the fold target is non-zero or hidden, an unlisted folded category is not known
# to be 0 (it may sit in the target), so a sum over parts cannot call it exact.
FOLDS: dict[str, tuple[str, frozenset[str] | None]] = {
    "gender": (catalogue.GENDER_MERGED, frozenset(catalogue.GENDER_SMALL)),
    "language": ("sonstiges", None),  # None: every other language may be folded
}


@dataclass(frozen=True)
class ReleasedPart:
    """One released revision that a funder figure is built from."""

    period: Period
    revision: int
    released_at: str  # UTC, "2026-10-02T09:15:00Z"
    payload: StatsPayload

    @property
    def released_on(self) -> dt.date:
        return dt.date.fromisoformat(self.released_at[:10])


@dataclass(frozen=True)
class Shown:
    """What a report may say about one cell.

    `value`: the exact number (visible in every part). Otherwise `value` is None and
    `lower_bound` is the sum of the parts where it is visible (None when that is 0:
    then only "." is shown). `merged_only`: not known only because a small category was
    folded into "andere …" in some part; no part hid it."""

    value: int | None
    lower_bound: int | None = None
    merged_only: bool = False

    @property
    def hidden(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class ReleasedFigures:
    period: Period
    release_kind: str
    parts: tuple[ReleasedPart, ...]  # in time order
    missing: tuple[Period, ...]  # parts with no release (running or not released yet)
    provisional: bool  # the period is running, or parts are missing
    k: int
    cells: dict[Key, Shown]
    totals_only: bool  # every part was a small unit (rule 5): no breakdowns at all

    @property
    def summed(self) -> bool:
        """Built from several released periods (a year from quarters)."""
        return self.period.kind != self.release_kind

    def shown(self, measure: str, dimension: str, category: str) -> Shown:
        return self.cells.get((measure, dimension, category), Shown(0))

    def categories(self, measure: str, dimension: str) -> list[str]:
        """Every category of the breakdown that has a cell, in display order."""
        keys = {c for (m, d, c) in self.cells if m == measure and d == dimension}
        return sorted(keys, key=lambda c: (catalogue.display_order(dimension, c), c))


def latest_release(conn: Connection, period: str) -> ReleasedPart | None:
    """The newest released revision of `period`, whatever its sending status."""
    row = conn.execute(
        "SELECT revision, released_at, payload_json FROM stats_releases WHERE period = ? "
        "ORDER BY revision DESC LIMIT 1", (period,)).fetchone()
    if row is None:
        return None
    return ReleasedPart(parse_period(period), int(row[0]), str(row[1]),
                        StatsPayload.model_validate_json(row[2]))


def parts_of(period: Period, kind: str) -> list[Period]:
    """The periods of `kind` that make up `period`, in time order (`period` itself when
    it is of that kind; empty when `kind` is longer)."""
    if period.kind == kind:
        return [period]
    if _ORDER.index(kind) > _ORDER.index(period.kind):
        return []
    year = period.start.year
    candidates = {
        "month": [f"{year}-{m:02d}" for m in range(1, 13)],
        "quarter": [f"{year}-Q{q}" for q in range(1, 5)],
        "half_year": [f"{year}-H1", f"{year}-H2"],
    }[kind]
    return [p for p in map(parse_period, candidates) if period.contains(p)]


def released_figures(conn: Connection, period: Period, release_kind: str, *,
                     today: dt.date | None = None) -> ReleasedFigures:
    """The figures a funder may get for `period`; UserError (a Msg) when
    there are none: a shorter period than the released kind, a released-kind period
    without a release, a longer period none of whose parts is released yet."""
    parts = parts_of(period, release_kind)
    if not parts:
        raise UserError(Msg("stats.funders_period_too_short", kind=kind_name(period.kind),
                            kinds=kind_name(release_kind, plural=True)))
    found = [(p, latest_release(conn, p.key)) for p in parts]
    released = tuple(r for _p, r in found if r is not None)
    missing = tuple(p for p, r in found if r is None)
    if not released:
        raise _nothing_released(period, parts, release_kind, today)
    cells = _combine(released, summed=period.kind != release_kind)
    return ReleasedFigures(
        period=period, release_kind=release_kind, parts=released, missing=missing,
        provisional=period.is_provisional(today) or bool(missing),
        k=max(r.payload.suppression_k for r in released), cells=cells,
        totals_only=all(r.payload.totals_only for r in released))


def _nothing_released(period: Period, parts: list[Period], release_kind: str,
                      today: dt.date | None) -> UserError:
    if len(parts) == 1:
        if not period.has_ended(today):
            return UserError(Msg("stats.funders_period_running", period=period.key))
        return UserError(Msg("stats.funders_period_not_released", period=period.key))
    return UserError(Msg("stats.funders_no_part_released", period=period.key,
                         kind=kind_name(release_kind),
                         kinds=kind_name(release_kind, plural=True)))


# ----- combining parts --------------------------------------------------------------------

# What one part says about one cell: a number, hidden, or unknown because folded.
_HIDDEN = "hidden"
_FOLDED = "folded"


def _part_view(payload: StatsPayload) -> dict[Key, int | str]:
    out: dict[Key, int | str] = {}
    for cell in payload.cells:
        key = (cell.measure, cell.dimension, cell.category)
        out[key] = _HIDDEN if cell.suppressed else int(cell.value or 0)
    return out


def _in_part(view: dict[Key, int | str], payload: StatsPayload, key: Key) -> int | str:
    measure, dimension, category = key
    if key in view:
        return view[key]
    if dimension != "total" and payload.totals_only:
        return _HIDDEN  # a small unit sent no breakdowns: unknown, not 0
    fold = FOLDS.get(dimension)
    if fold and category != fold[0] and (fold[1] is None or category in fold[1]):
        target = view.get((measure, dimension, fold[0]), 0)
        if target == _HIDDEN or (isinstance(target, int) and target > 0):
            return _FOLDED
    return 0  # the payload lists every non-zero or hidden cell: unlisted is 0


def _combine(parts: tuple[ReleasedPart, ...], *, summed: bool) -> dict[Key, Shown]:
    views = [_part_view(p.payload) for p in parts]
    keys: set[Key] = set()
    for view in views:
        keys.update(view)
    for measure, dims in REPORTED.items():
        for dimension in dims:
            keys.update((measure, dimension, c) for c in catalogue.categories(dimension))
    out: dict[Key, Shown] = {}
    for key in keys:
        if key[0] not in REPORTED or key[1] not in REPORTED[key[0]]:
            continue
        if key[0] in STOCK_MEASURES:  # the stock at the end of the last released part
            said = [_in_part(views[-1], parts[-1].payload, key)]
        else:
            said = [_in_part(v, p.payload, key) for v, p in zip(views, parts, strict=True)]
        if not summed:  # one part: exactly the payload (unlisted = 0, as it says)
            said = [0 if s == _FOLDED else s for s in said]
        visible = sum(s for s in said if isinstance(s, int))
        if all(isinstance(s, int) for s in said):
            out[key] = Shown(visible)
        else:
            out[key] = Shown(None, visible or None,
                             merged_only=_HIDDEN not in said)
    return out


def not_sent_reason(period: Period, release_kind: str) -> Msg:
    """Why nothing is previewed or released for a period of another kind (view, CLI)."""
    return Msg("stats.not_sent_reason", period=period.key,
               kinds=kind_name(release_kind, plural=True))
