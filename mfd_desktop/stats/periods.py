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
from mfd_desktop.stats.payload import PERIOD_PATTERNS

KINDS = ("month", "quarter", "half_year", "year")
KIND_LABELS_DE = {
    "month": "Monat",
    "quarter": "Quartal",
    "half_year": "Halbjahr",
    "year": "Jahr",
}
KIND_LABELS_EN = {
    "month": "month",
    "quarter": "quarter",
    "half_year": "half-year",
    "year": "year",
}
_MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


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
    def label_de(self) -> str:
        year = self.start.year
        if self.kind == "month":
            return f"{_MONTHS_DE[self.start.month - 1]} {year}"
        if self.kind == "quarter":
            return f"{(self.start.month - 1) // 3 + 1}. Quartal {year}"
        if self.kind == "half_year":
            return f"{1 if self.start.month == 1 else 2}. Halbjahr {year}"
        return f"Jahr {year}"

    @property
    def label_en(self) -> str:
        year = self.start.year
        if self.kind == "month":
            return f"{_MONTHS_EN[self.start.month - 1]} {year}"
        if self.kind == "quarter":
            return f"Q{(self.start.month - 1) // 3 + 1} {year}"
        if self.kind == "half_year":
            return f"H{1 if self.start.month == 1 else 2} {year}"
        return f"Year {year}"

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
    raise UserError(
        f"„{raw[:20]}“ ist kein gültiger Zeitraum. Erlaubt sind z. B. 2026-Q3 (Quartal), "
        "2026-H2 (Halbjahr), 2026 (Jahr) oder 2026-09 (Monat).",
        en=f"“{raw[:20]}” is not a valid period. Allowed are e.g. 2026-Q3 (quarter), "
           "2026-H2 (half-year), 2026 (year) or 2026-09 (month).",
    )


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
