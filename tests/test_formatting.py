"""Dates, weekdays, months and numbers for PDFs and the command line (mfd_desktop/formatting.py),
with their names from the message catalogue."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mfd_desktop.formatting import (
    format_date,
    format_number,
    month_name,
    weekday_date,
    weekday_date_text,
    weekday_name,
)
from mfd_desktop.messages import Msg, render


def test_dates_are_tt_mm_jjjj_in_both_languages():
    day = dt.date(2026, 3, 7)
    assert format_date(day) == format_date(day, "en") == "07.03.2026"
    assert weekday_date_text(day) == "Sa 07.03.2026"
    assert weekday_date_text(day, "en") == "Sat 07.03.2026"
    assert weekday_date_text(None) == ""


def test_weekday_and_month_names_come_from_the_catalogue():
    assert render(weekday_name(dt.date(2026, 3, 8))) == "Sonntag"
    assert render(weekday_name(dt.date(2026, 3, 8)), "en") == "Sunday"
    assert [render(month_name(m)) for m in (1, 3, 12)] == ["Januar", "März", "Dezember"]
    assert render(month_name(3), "en") == "March"
    with pytest.raises(ValueError):
        month_name(13)


def test_a_weekday_date_inside_a_stored_message_survives_the_round_trip():
    message = Msg("deadline_calculator.summary_end", end=weekday_date(dt.date(2025, 12, 29)))
    again = Msg.from_json(message.to_json())
    assert render(again) == "Fristende: Mo 29.12.2025"
    assert render(again, "en") == "Last day: Mon 29.12.2025"


def test_numbers():
    assert format_number(1234567) == "1.234.567"
    assert format_number(1234567, "en") == "1,234,567"
    assert format_number(1234.5, decimals=1) == "1.234,5"
    assert format_number(1234.5, "en", decimals=1) == "1,234.5"


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_every_day_has_both_weekday_forms(day):
    german, english = weekday_date_text(day), weekday_date_text(day, "en")
    assert german.endswith(format_date(day)) and english.endswith(format_date(day))
    assert german.split()[0] == ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")[day.weekday()]
    assert english.split()[0] == ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()]


def test_stored_utc_timestamps_are_shown_in_local_time_across_summer_time():
    from mfd_desktop.formatting import local_timestamp

    assert local_timestamp("2026-01-15 09:05:00") == "15.01.2026 10:05"  # winter: UTC+1
    assert local_timestamp("2026-07-15T09:05:00Z") == "15.07.2026 11:05"  # summer: UTC+2
    assert local_timestamp("2026-03-29T00:59:59.123Z") == "29.03.2026 01:59"
    assert local_timestamp("2026-03-29T01:00:00Z") == "29.03.2026 03:00"  # the hour skipped
    assert local_timestamp("2026-07-15T11:05:00+02:00") == "15.07.2026 11:05"
    assert local_timestamp("2026-07-15") is None
    assert local_timestamp("kein Datum") is None
    assert local_timestamp("2026-13-45 99:99") is None


@given(st.text(max_size=40))
def test_local_timestamp_never_raises(text):
    from mfd_desktop.formatting import local_timestamp

    result = local_timestamp(text)
    assert result is None or len(result) == 16
