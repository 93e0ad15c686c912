"""Heute on a real vault: sections, the checklist hook, drafts, and index use."""

from __future__ import annotations

import datetime as dt
import logging
import re

import pytest

from mfd_desktop.domain import today
from mfd_desktop.domain.casework import short_contacts, timeline
from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.messages import render
from mfd_desktop.storage import drafts

D = dt.date.fromisoformat
TODAY = D("2026-03-02")  # a Monday


@pytest.fixture
def conn(vault):
    return vault.conn


@pytest.fixture
def case(conn):
    """Three clients with deadlines, follow-ups, a title running out and a draft."""
    a = create_client(conn, Client(name="Amina Beispiel", residence_title_expires="2026-03-23"))
    b = create_client(conn, Client(name="Bernd Geschlossen", residence_title_expires="2026-03-20",
                                   status="abgeschlossen", closing_reason="ziel_erreicht"))
    c = create_client(conn, Client(pseudonym="Stern"))
    ids = {
        "a": a, "b": b, "c": c,
        # overdue: due 27.02.; this week: due 05.03.; later: 20.03.; done: not shown
        "overdue": deadlines.add_deadline(conn, a, "anhoerung", given_date=D("2026-02-27")),
        "week": deadlines.add_deadline(conn, c, "widerspruch", start=D("2026-02-05")),
        "later": deadlines.add_deadline(conn, a, "widerspruch", start=D("2026-02-20")),
        "done": deadlines.add_deadline(conn, c, "anhoerung", given_date=D("2026-02-25")),
        "f_overdue": followups.add_followup(conn, D("2026-02-26"), "Unterlagen anfordern", a),
        "f_week": followups.add_followup(conn, D("2026-03-06"), "Team-Fallbesprechung"),
        "f_later": followups.add_followup(conn, D("2026-04-01"), "Später", c),
    }
    deadlines.set_done(conn, ids["done"], today=TODAY)
    drafts.save_draft(conn, f"consultation:new:client:{a}", "consultation", {"note": "halb"})
    drafts.save_draft(conn, "structural_work:new", "structural_work", {"note": "x"})
    return ids


def test_sections_show_what_is_due(conn, case):
    data = today.refresh_today(conn, TODAY)
    assert [i.ref_id for i in data.items("deadlines_overdue")] == [case["overdue"]]
    assert data.items("deadlines_overdue")[0].overdue
    assert data.items("deadlines_overdue")[0].client_id == case["a"]
    assert data.items("deadlines_overdue")[0].case_number
    week = data.items("deadlines_week")
    assert [i.ref_id for i in week] == [case["week"]]  # 05.03.: Do within 7 days
    assert week[0].date == D("2026-03-05") and week[0].client_name == "Stern"
    assert str(week[0].text).startswith("Widerspruch")
    assert [i.ref_id for i in data.items("followups")] == [case["f_overdue"], case["f_week"]]
    assert data.items("followups")[0].overdue and not data.items("followups")[1].overdue
    assert data.items("followups")[1].client_id is None
    titles = data.items("titles")
    assert [i.client_id for i in titles] == [case["a"]]  # closed case b is not shown
    assert "23.03.2026" in str(titles[0].text) and isinstance(titles[0].ref_id, int)
    assert data.totals["deadlines_week"] == 1


def test_title_reminders_do_not_repeat_in_followups_and_can_be_ticked_off(conn, case):
    data = today.refresh_today(conn, TODAY)
    assert all(i.kind == "followup" for i in data.items("followups"))
    reminder_id = data.items("titles")[0].ref_id
    followups.set_done(conn, reminder_id, today=TODAY)
    assert today.load_today(conn, TODAY).items("titles") == []


def test_drafts_name_their_case_and_never_show_content(conn, case):
    items = today.load_today(conn, TODAY).items("drafts")
    by_key = {i.ref_id: i for i in items}
    mine = by_key[f"consultation:new:client:{case['a']}"]
    assert mine.client_id == case["a"] and mine.client_name == "Amina Beispiel"
    assert str(mine.text) == "Entwurf: Beratungsnotiz" and "halb" not in str(mine.text)
    assert by_key["structural_work:new"].client_id is None


def test_recent_cases_and_short_contacts_today(conn, case):
    short_contacts.add(conn, "telefonisch", "wohnen", on=TODAY)
    short_contacts.add(conn, "persoenlich", "aufenthaltsrecht", on=TODAY - dt.timedelta(days=1))
    data = today.load_today(conn, TODAY)
    assert data.short_contacts_today == 1
    assert {i.client_id for i in data.items("recent")} == {case["a"], case["b"], case["c"]}


def test_checklist_provider_hook(conn, case, caplog):
    def provider(c, day):
        return [today.TodayItem("checklists", "checklist", 7, case["c"], "X-1", "Stern", day,
                                "Pass kopieren")]

    def broken(c, day):
        raise RuntimeError("Amina Beispiel geheim")

    today.register_checklist_provider(provider)
    today.register_checklist_provider(broken)
    today.register_checklist_provider(provider)  # twice: no effect
    try:
        with caplog.at_level(logging.INFO, logger="mfd"):
            items = today.load_today(conn, TODAY).items("checklists")
    finally:
        today.unregister_checklist_provider(provider)
        today.unregister_checklist_provider(broken)
    assert [str(i.text) for i in items] == ["Pass kopieren"]
    assert "geheim" not in caplog.text and "Amina" not in caplog.text
    assert "RuntimeError" in caplog.text


def test_empty_vault_has_empty_sections(conn):
    data = today.refresh_today(conn, TODAY)
    assert all(data.items(s) == [] for s in today.SECTIONS)


def test_heute_queries_use_indexes(conn, case):
    """Every statement of Heute finds its rows through an index (no full table scan of
    deadlines, follow-ups or clients), so it stays fast with thousands of cases."""
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        today.load_today(conn, TODAY)
    finally:
        conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) >= 8
    bad = []
    for sql in selects:
        for row in conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall():
            detail = row[-1]
            if re.match(r"SCAN (d|f|c|deadlines|followups|clients)\b", detail) and \
                    "USING" not in detail:
                bad.append((sql[:80], detail))
    assert bad == []


def test_timeline_shows_deadlines_and_followups(conn, case):
    events = timeline.events(conn, case["a"])
    kinds = {e.kind for e in events}
    assert {"deadline", "followup"} <= kinds
    deadline_event = next(e for e in events if e.kind == "deadline"
                          and e.record_id == case["overdue"])
    assert deadline_event.date == "2026-02-27"  # the date from the letter, a Friday
    assert "Anhörung" in str(deadline_event.title) and "ohne Gewähr" in str(deadline_event.detail)


def test_heute_texts_render_in_either_language(conn, case):
    from mfd_desktop.domain.casework import search

    data = today.refresh_today(conn, TODAY)
    assert render(data.items("titles")[0].text, "en") == "Residence title expires on 23.03.2026"
    drafts_by_key = {i.ref_id: i for i in data.items("drafts")}
    assert render(drafts_by_key[f"consultation:new:client:{case['a']}"].text, "en") == \
        "Draft: consultation note"
    assert render(search.search(conn, "").hint, "en") == (
        "Please enter a search term (a name, a case number or a word from a note).")
    assert render(search.search(conn, "Zzzyxw").hint, "en").startswith("Nothing found.")
    data = today.load_today(conn, TODAY)
    assert render(data.items("titles")[0].text) == "Aufenthaltstitel läuft ab am 23.03.2026"
    assert search.search(conn, "").hint == search.HINT_EMPTY
    assert render(search.search(conn, "").hint) == (
        "Bitte einen Suchbegriff eingeben (Name, Fallnummer oder ein Wort aus einer Notiz).")


def test_foerderplan_reviews_come_with_the_followups_by_day(conn, case):
    from mfd_desktop.domain.casework import support_plans

    plan = support_plans.start_plan(conn, case["c"], "2026-01-10")
    due = support_plans.add_goal(conn, plan, "Eine Ausbildung finden\nmehr Text",
                                 review_on="2026-03-02")
    support_plans.add_goal(conn, plan, "Später", review_on="2026-05-01")
    done = support_plans.add_goal(conn, plan, "Schon erreicht", review_on="2026-02-01")
    support_plans.set_outcome(conn, done, "erreicht", "2026-02-01")
    items = today.load_today(conn, TODAY).items("followups")
    assert [(i.kind, i.ref_id) for i in items] == [
        ("followup", case["f_overdue"]), ("plan_review", due), ("followup", case["f_week"])]
    review = items[1]
    assert review.client_name == "Stern" and review.date == D("2026-03-02")
    assert render(review.text) == "Förderplan überprüfen: Eine Ausbildung finden"
    assert render(review.text, "en") == "Review the support plan: Eine Ausbildung finden"
    support_plans.end_plan(conn, plan, "2026-03-01")  # a closed plan is not reviewed
    assert [i.kind for i in today.load_today(conn, TODAY).items("followups")] == [
        "followup", "followup"]
