"""Periods on the server: has one ended, and its German name.

Reports are accepted only for periods whose last day lies before today in Germany
(Europe/Berlin), so a running quarter can never be sent and later differ. Period strings
are parsed strictly by the payload schema's patterns (years 2000 … 2099, ASCII digits).
"""

from __future__ import annotations

import datetime as dt

from mfd_desktop.stats.payload import PERIOD_PATTERNS

try:
    from zoneinfo import ZoneInfo

    _BERLIN: dt.tzinfo = ZoneInfo("Europe/Berlin")
except Exception:  # pragma: no cover - tzdata missing: fall back to UTC
    _BERLIN = dt.UTC

_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember")


def last_day(period: str) -> dt.date | None:
    for kind, pattern in PERIOD_PATTERNS.items():
        match = pattern.match(period)
        if not match:
            continue
        year = int(match.group(1))
        if kind == "year":
            end_month = 12
        elif kind == "month":
            end_month = int(match.group(2))
        elif kind == "quarter":
            end_month = int(match.group(2)) * 3
        else:
            end_month = int(match.group(2)) * 6
        if end_month == 12:
            return dt.date(year, 12, 31)
        return dt.date(year, end_month + 1, 1) - dt.timedelta(days=1)
    return None


def today_in_germany() -> dt.date:
    return dt.datetime.now(_BERLIN).date()


def has_ended(period: str, today: dt.date | None = None) -> bool:
    end = last_day(period)
    return end is not None and (today or today_in_germany()) > end


def label(key: str) -> str:
    """`2025-Q3` → "3. Quartal 2025" (and likewise for months, half-years, years)."""
    year, _, rest = key.partition("-")
    if not rest:
        return f"Jahr {year}"
    if rest.startswith("Q"):
        return f"{rest[1:]}. Quartal {year}"
    if rest.startswith("H"):
        return f"{rest[1:]}. Halbjahr {year}"
    try:
        return f"{_MONTHS[int(rest) - 1]} {year}"
    except (ValueError, IndexError):
        return key
