"""The demo vault's appointments: two weeks around today with clients, an outreach day, a
group session ready to be taken over, an overlap, and today's and tomorrow's on Heute."""

from __future__ import annotations

import datetime as dt

import pytest

from mfd_desktop.domain.appointments import appointments as A
from mfd_desktop.domain.appointments import demo_appointments
from mfd_desktop.domain.casework import demo_data


@pytest.mark.parametrize("today", [dt.date(2026, 3, 11), dt.date(2026, 12, 5),
                                   dt.date(2026, 12, 6)])  # Wednesday, Saturday, Sunday
def test_two_weeks_around_today(vault, today):
    conn = vault.conn
    demo_data.populate(conn)
    demo_appointments.populate_appointments(conn, today=today)
    items = A.list_range(conn, today - dt.timedelta(days=9), today + dt.timedelta(days=9))
    assert len(items) == len(A.list_range(conn, dt.date(2000, 1, 1), dt.date(2100, 1, 1)))
    assert len(items) >= 14
    assert min(a.date for a in items) < today < max(a.date for a in items)
    with_client = [a for a in items if a.client_id is not None]
    assert len(with_client) >= 8 and any(a.interpreter_language for a in with_client)
    # an outreach day: a whole morning's Sprechstunde at an outreach place
    assert any(a.place_kind == "outreach" and a.kind == "sprechstunde"
               and a.duration_minutes >= 180 for a in items)
    # a group session that took place, not yet taken over as Strukturarbeit
    assert any(a.is_group and a.date < today and a.recorded_as is None for a in items)
    assert any(a.recorded_as == "consultation" for a in items)
    # Heute: today's and tomorrow's, with an overlap to show the warning
    span = A.today_and_tomorrow(conn, today)
    own_today, _ = span.day(today)
    own_tomorrow, _ = span.day(today + dt.timedelta(days=1))
    assert own_today and own_tomorrow and span.conflicts
    # past days other than today fall on working days
    assert all(a.date.weekday() < 5 for a in items
               if a.date not in (today, today + dt.timedelta(days=1)))
