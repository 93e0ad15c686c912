"""Reporting periods: month `2026-09`, quarter `2026-Q3`, half-year `2026-H2`, year `2026`.

Only fixed calendar periods exist (no free date ranges), so two released figures can
never be subtracted from each other over an arbitrary window. A period has *ended*
when `today` is after its last day; the running period is "vorläufig" (provisional).
`today` is always injectable so tests and the UI agree on what "now" is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mfd_desktop.errors import UserError
from mfd_desktop.messages import DYNAMIC_PREFIXES, Msg
from mfd_desktop.stats.payload import PERIOD_PATTERNS

KINDS = ("month", "quarter", "half_year", "year")
# Names built from data: "period.month_9" (September {year}), "period.kind_quarter"
# (Quartal), "period.kinds_quarter" (Quartale); texts in resources/messages/*/period.po.
MONTH_PREFIX = "period.month_"
KIND_PREFIX = "period.kind_"
KINDS_PREFIX = "period.kinds_"
for _prefix in (MONTH_PREFIX, KIND_PREFIX, KINDS_PREFIX):
    DYNAMIC_PREFIXES[_prefix] = __name__


def kind_name(kind: str, plural: bool = False) -> Msg:
    """"Quartal" / "quarter" (plural: "Quartale" / "quarters"), rendered at the edge."""
    return Msg(f"{KINDS_PREFIX if plural else KIND_PREFIX}{kind}")


@dataclass(frozen=True, order=True)
class Period:
    key: str  # canonical text, e.g. "2026-Q3"
    kind: str
    start: dt.date  # first day (inclusive)
    end: dt.date  # last day (inclusive)

    @property
    def end_exclusive(self) -> dt.date:
        return self.end + dt.timedelta(days=1)

    def has_ended(self, today: dt.date | None = None) -> bool:
        return (today or dt.date.today()) > self.end

    def has_started(self, today: dt.date | None = None) -> bool:
        return (today or dt.date.today()) >= self.start

    def is_provisional(self, today: dt.date | None = None) -> bool:
        """Vorläufig: the period is still running (or lies in the future)."""
        return not self.has_ended(today)

    @property
    def label(self) -> Msg:
        """The period's name ("3. Quartal 2026" / "Q3 2026"), rendered at the edge."""
        year = self.start.year
        if self.kind == "month":
            return Msg(f"{MONTH_PREFIX}{self.start.month}", year=year)
        if self.kind == "quarter":
            return Msg("period.quarter", number=(self.start.month - 1) // 3 + 1, year=year)
        if self.kind == "half_year":
            return Msg("period.half_year", number=1 if self.start.month == 1 else 2, year=year)
        return Msg("period.year", year=year)

    @property
    def range_de(self) -> str:
        return f"{self.start:%d.%m.%Y} – {self.end:%d.%m.%Y}"

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end


def _last_day(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def parse_period(text: str) -> Period:
    """`2026-Q3`, `2026-H2`, `2026`, `2026-09` (case-insensitive q/h) → Period.

    Raises UserError with a German sentence for anything else."""
    raw = (text or "").strip()
    canonical = raw.upper() if ("q" in raw.lower() or "h" in raw.lower()) else raw
    for kind, pattern in PERIOD_PATTERNS.items():
        match = pattern.match(canonical)
        if not match:
            continue
        year = int(match.group(1))
        if not 1900 <= year <= 2999:
            break
        if kind == "month":
            month = int(match.group(2))
            return Period(canonical, kind, dt.date(year, month, 1), _last_day(year, month))
        if kind == "quarter":
            q = int(match.group(2))
            return Period(canonical, kind, dt.date(year, 3 * q - 2, 1), _last_day(year, 3 * q))
        if kind == "half_year":
            h = int(match.group(2))
            return Period(canonical, kind, dt.date(year, 6 * h - 5, 1), _last_day(year, 6 * h))
        return Period(canonical, kind, dt.date(year, 1, 1), dt.date(year, 12, 31))
    raise UserError(Msg("period.invalid", text=raw[:20]))


def period_of(kind: str, day: dt.date) -> Period:
    """The period of `kind` that contains `day`."""
    if kind == "month":
        return parse_period(f"{day.year}-{day.month:02d}")
    if kind == "quarter":
        return parse_period(f"{day.year}-Q{(day.month - 1) // 3 + 1}")
    if kind == "half_year":
        return parse_period(f"{day.year}-H{1 if day.month <= 6 else 2}")
    if kind == "year":
        return parse_period(str(day.year))
    raise ValueError(f"unknown period kind {kind}")


def previous(period: Period) -> Period:
    return period_of(period.kind, period.start - dt.timedelta(days=1))


def recent_periods(kind: str, today: dt.date | None = None, count: int = 8) -> list[Period]:
    """The running period of `kind` and the `count - 1` before it, newest first."""
    current = period_of(kind, today or dt.date.today())
    out = [current]
    while len(out) < count:
        out.append(previous(out[-1]))
    return out
