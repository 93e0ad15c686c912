"""Dates, weekdays, months and numbers for the PDFs and the command line.

The GUI formats through QLocale; everything else that prints a date goes through here,
so there is one table of weekday and month names: the message catalogue
(resources/messages/*/date.po, keys "date.weekday_<0-6>", "date.weekday_short_<0-6>",
"date.month_<1-12>"). Dates are TT.MM.JJJJ in both languages, as on the letters
counsellors read (`messages.format_date`).

The core returns these as messages (`weekday_date(day)` is a `Msg`), so the edge renders
them in its language: "Mo 29.12.2025" in German, "Mon 29.12.2025" in English.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from mfd_desktop import messages
from mfd_desktop.messages import Msg, dynamic, format_date, render

BERLIN = ZoneInfo("Europe/Berlin")  # tzdata ships with the app, so Windows has the rules

__all__ = ["format_date", "format_number", "month_name", "weekday_date", "weekday_name"]

# Keys built from a weekday or month number.
messages.DYNAMIC_PREFIXES["date."] = __name__


def weekday_name(day: dt.date) -> Msg:
    """'Samstag' / 'Saturday'."""
    return dynamic(f"date.weekday_{day.weekday()}")


def weekday_date(day: dt.date) -> Msg:
    """'Mo 29.12.2025' / 'Mon 29.12.2025' – weekday first, as counsellors write it."""
    return Msg("date.with_weekday", weekday=dynamic(f"date.weekday_short_{day.weekday()}"),
               date=day)


def month_name(month: int) -> Msg:
    """'Dezember' / 'December' for 1…12."""
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month}")
    return dynamic(f"date.month_{month}")


def format_number(value: int | float, language: str = messages.REFERENCE_LANGUAGE, *,
                  decimals: int = 0) -> str:
    """1.234,5 in German, 1,234.5 in English."""
    text = f"{value:,.{decimals}f}"
    if language == "en":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def weekday_date_text(day: dt.date | None, language: str = messages.REFERENCE_LANGUAGE) -> str:
    """`weekday_date` rendered; '' for no date."""
    return render(weekday_date(day), language) if day is not None else ""


# Stored timestamps are UTC (SQLite `datetime('now')` or ISO with Z); people read local time.
_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
                    r"(Z|[+-]\d{2}:?\d{2})?$")


def local_timestamp(text: str) -> str | None:
    """'2026-03-29 01:30:00' (UTC) -> '29.03.2026 03:30' in Europe/Berlin; None if `text` is
    not a timestamp. A stamp without a zone counts as UTC, as the vault stores them."""
    m = _STAMP.match(text.strip())
    if not m:
        return None
    zone = m[5] or "Z"
    try:
        moment = dt.datetime.fromisoformat(
            f"{m[1]}T{m[2]}:{m[3]}:{m[4] or '00'}{'+00:00' if zone == 'Z' else zone}")
    except ValueError:
        return None
    return moment.astimezone(BERLIN).strftime("%d.%m.%Y %H:%M")
