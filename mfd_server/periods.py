"""Has a reporting period ended? (Server side; the device has its own in mfd_desktop.stats.)

Reports are accepted only for periods whose last day lies before today in Germany
(Europe/Berlin), so a running quarter can never be sent and later differ.
"""

from __future__ import annotations

import datetime as dt

from mfd_desktop.stats.payload import PERIOD_PATTERNS

try:
    from zoneinfo import ZoneInfo

    _BERLIN: dt.tzinfo = ZoneInfo("Europe/Berlin")
except Exception:  # pragma: no cover - tzdata missing: fall back to UTC
    _BERLIN = dt.UTC


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
