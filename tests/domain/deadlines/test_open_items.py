"""The list across cases of the Fristen page and the title-expiry start, on a real vault."""

from __future__ import annotations

import datetime as dt

import pytest

from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.domain.deadlines.open_items import (
    KIND_ALL,
    KIND_DEADLINES,
    KIND_FOLLOWUPS,
    PERIOD_ALL,
    PERIOD_MONTH,
    PERIOD_OVERDUE,
    PERIOD_WEEK,
    due_until,
    load_open_items,
)
from mfd_desktop.domain.deadlines.title_expiry import TITLE_EXPIRY_RULES, client_title_expiry
from mfd_desktop.messages import Msg, render

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def conn(vault):
    return vault.conn


@pytest.fixture
def items(conn):
    """An overdue deadline, one in 5 days, one in 20, one in 60; follow-ups at 3 and 40
    days (one without a case); one deadline done."""
    a = create_client(conn, Client(name="Amina Beispiel"))
    b = create_client(conn, Client(name="Bora Muster"))
    ids = {
        "overdue": deadlines.add_deadline(conn, a, "anhoerung", given_date=TODAY - dt.timedelta(days=2)),
        "d5": deadlines.add_deadline(conn, b, "anhoerung", given_date=TODAY + dt.timedelta(days=5),
                                     note="erste Zeile\nzweite"),
        "d20": deadlines.add_deadline(conn, a, "sonstiges", given_date=TODAY + dt.timedelta(days=20)),
        "d60": deadlines.add_deadline(conn, b, "sonstiges", given_date=TODAY + dt.timedelta(days=60)),
        "f3": followups.add_followup(conn, TODAY + dt.timedelta(days=3), "Rückruf\nmit Details", a),
        "f40": followups.add_followup(conn, TODAY + dt.timedelta(days=40), "Netzwerktreffen"),
    }
    done = deadlines.add_deadline(conn, a, "sonstiges", given_date=TODAY + dt.timedelta(days=1))
    deadlines.set_done(conn, done)
    return ids


def _keys(rows, ids):
    names = {(("deadline" if k.startswith("d") or k == "overdue" else "followup"), v): k
             for k, v in ids.items()}
    return [names[(r.kind, r.id)] for r in rows]


def test_periods_end_where_they_say():
    assert due_until(PERIOD_OVERDUE, TODAY) == dt.date(2026, 6, 14)
    assert due_until(PERIOD_WEEK, TODAY) == dt.date(2026, 6, 22)
    assert due_until(PERIOD_MONTH, TODAY) == dt.date(2026, 7, 15)
    assert due_until(PERIOD_ALL, TODAY) is None


def test_all_open_items_earliest_first(conn, items):
    rows = load_open_items(conn, KIND_ALL, PERIOD_ALL, None, today=TODAY)
    assert _keys(rows, items) == ["overdue", "f3", "d5", "d20", "f40", "d60"]
    by_key = dict(zip(_keys(rows, items), rows, strict=True))
    assert by_key["f3"].what == "Rückruf" and by_key["f3"].note == ""  # first line only
    assert by_key["f40"].client_id is None and by_key["f40"].case_number == ""
    assert by_key["d5"].rule_key == "anhoerung" and isinstance(by_key["d5"].what, Msg)
    assert render(by_key["d5"].what, "de") == render(deadlines.rule_name("anhoerung"), "de")
    assert by_key["d5"].note == "erste Zeile\nzweite" and by_key["d5"].client_name == "Bora Muster"


def test_kind_period_and_rule_filters(conn, items):
    def keys(kind, period, rule=None):
        return _keys(load_open_items(conn, kind, period, rule, today=TODAY), items)

    assert keys(KIND_DEADLINES, PERIOD_ALL) == ["overdue", "d5", "d20", "d60"]
    assert keys(KIND_FOLLOWUPS, PERIOD_ALL) == ["f3", "f40"]
    assert keys(KIND_ALL, PERIOD_OVERDUE) == ["overdue"]
    assert keys(KIND_ALL, PERIOD_WEEK) == ["overdue", "f3", "d5"]
    assert keys(KIND_ALL, PERIOD_MONTH) == ["overdue", "f3", "d5", "d20"]
    # a rule filter leaves follow-ups out (they have no rule)
    assert keys(KIND_ALL, PERIOD_ALL, "sonstiges") == ["d20", "d60"]
    assert keys(KIND_FOLLOWUPS, PERIOD_ALL, "sonstiges") == []


def test_empty_vault_has_no_open_items(conn):
    assert load_open_items(conn, KIND_ALL, PERIOD_ALL, None, today=TODAY) == []


def test_title_expiry_of_a_client(conn):
    assert {"ae_verlaengerung", "chancen_ae_104c"} == TITLE_EXPIRY_RULES
    with_title = create_client(conn, Client(name="Titel", residence_title_expires="2026-05-31"))
    without = create_client(conn, Client(name="Ohne"))
    assert client_title_expiry(conn, with_title) == dt.date(2026, 5, 31)
    assert client_title_expiry(conn, without) is None
    assert client_title_expiry(conn, 999_999) is None  # gone


def test_due_plan_reviews_are_wiedervorlagen(conn):
    """A Förderplan goal's review date shows among the Wiedervorlagen (issue 17), until
    the goal has an outcome; a rule filter or 'deadlines only' leaves it out."""
    from mfd_desktop.domain.casework import support_plans as sp

    cid = create_client(conn, Client(name="Plan Probe"))
    plan = sp.start_plan(conn, cid, started_on=TODAY - dt.timedelta(days=30))
    goal = sp.add_goal(conn, plan, "Deutsch B1 schaffen",
                       review_on=TODAY + dt.timedelta(days=4))
    sp.add_goal(conn, plan, "Später prüfen", review_on=TODAY + dt.timedelta(days=90))
    rows = [r for r in load_open_items(conn, KIND_FOLLOWUPS, PERIOD_WEEK, None, today=TODAY)
            if r.kind == "plan_review"]
    assert [(r.id, r.client_id, r.client_name, r.due_on) for r in rows] == [
        (goal, cid, "Plan Probe", TODAY + dt.timedelta(days=4))]
    assert render(rows[0].what) == "Überprüfung Förderplan: Deutsch B1 schaffen"
    assert not [r for r in load_open_items(conn, KIND_DEADLINES, PERIOD_ALL, None, today=TODAY)
                if r.kind == "plan_review"]
    assert not [r for r in load_open_items(conn, KIND_ALL, PERIOD_ALL, "anhoerung", today=TODAY)
                if r.kind == "plan_review"]
    sp.set_outcome(conn, goal, "erreicht", TODAY)
    assert not [r for r in load_open_items(conn, KIND_FOLLOWUPS, PERIOD_WEEK, None, today=TODAY)
                if r.kind == "plan_review"]
