"""Funder figures from released payloads (stats/released_figures.py): the latest revision of
a quarter, years and half-years summed from released quarters with lower bounds where a
quarter hides a cell, refusals for what was never released and for months."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfd_desktop.errors import UserError
from mfd_desktop.stats import release as release_mod
from mfd_desktop.stats.catalogue import GENDER_MERGED
from mfd_desktop.stats.payload import Cell, StatsPayload
from mfd_desktop.stats.periods import parse_period
from mfd_desktop.stats.presentation import released_report as _released_report
from mfd_desktop.stats.presentation import rendered
from mfd_desktop.stats.released_figures import Shown, parts_of, released_figures
from mfd_desktop.storage.transaction import transaction


def released_report(figures):
    """The report as the PDF and the German app read it."""
    return rendered(_released_report(figures), "de")


TODAY = dt.date(2026, 11, 28)
DEVICE = "0" * 32


def _payload(period: str, cells: dict, *, revision: int = 1, totals_only: bool = False
             ) -> StatsPayload:
    """`cells`: {(measure, dimension, category): value or None (hidden)}; totals default 40."""
    full = {(m, "total", "total"): 40 for m in ("clients", "consultations",
                                                 "cases_open_end")}
    full.update(cells)
    return StatsPayload(
        site_id="s", device_id=DEVICE, period=period, period_kind="quarter",
        revision=revision, totals_only=totals_only,
        cells=[Cell(measure=m, dimension=d, category=c, value=v, suppressed=v is None)
               for (m, d, c), v in full.items()])


def _release(conn, payload: StatsPayload) -> None:
    """Store `payload` as released, as release() does, but without its disclosure gate:
    these tables are made by hand to test the summing (several are not additive, which
    the gate rightly refuses); the gate has its own tests in test_audit*.py."""
    text = release_mod.canonical_json(payload)
    with transaction(conn):
        conn.execute(
            "INSERT INTO stats_releases(period, period_kind, revision, payload_json, "
            "payload_sha256, idempotency_key) VALUES (?, ?, ?, ?, ?, ?)",
            (payload.period, payload.period_kind, payload.revision, text,
             hashlib.sha256(text.encode("ascii")).hexdigest(), uuid.uuid4().hex))


REGION = ("clients", "region")


def test_quarter_is_its_latest_revision(vault):
    _release(vault.conn, _payload("2026-Q2", {(*REGION, "naher_osten"): 12}))
    _release(vault.conn, _payload("2026-Q2", {(*REGION, "naher_osten"): 14}, revision=2))
    figures = released_figures(vault.conn, parse_period("2026-Q2"), "quarter", today=TODAY)
    assert not figures.summed and [p.revision for p in figures.parts] == [2]
    assert figures.shown(*REGION, "naher_osten") == Shown(14)
    assert figures.shown(*REGION, "tuerkei") == Shown(0)  # unlisted = 0
    report = released_report(figures)
    assert "Freigegebene Fassung 2 vom" in report.facts[0]


def test_year_sums_visible_quarters_and_bounds_hidden_ones(vault):
    _release(vault.conn, _payload("2026-Q1", {(*REGION, "nordafrika"): 5,
                                              (*REGION, "tuerkei"): 6}))
    _release(vault.conn, _payload("2026-Q2", {(*REGION, "nordafrika"): None,
                                              (*REGION, "tuerkei"): None}))
    _release(vault.conn, _payload("2026-Q3", {(*REGION, "tuerkei"): 9,
                                              ("clients", "gender", "divers"): None,
                                              ("cases_open_end", "total", "total"): 33}))
    figures = released_figures(vault.conn, parse_period("2026"), "quarter", today=TODAY)
    assert figures.summed and figures.provisional
    assert [p.key for p in figures.missing] == ["2026-Q4"]
    assert figures.shown(*REGION, "nordafrika") == Shown(None, 5)
    assert figures.shown(*REGION, "tuerkei") == Shown(None, 15)
    assert figures.shown("clients", "gender", "divers") == Shown(None, None)
    assert figures.shown("clients", "total", "total") == Shown(120)
    assert figures.shown("cases_open_end", "total", "total") == Shown(33)  # a stock
    report = released_report(figures)
    region = {r.category: r.text for r in report.section("clients.region").rows}
    assert region["nordafrika"] == "mindestens 5" and region["tuerkei"] == "mindestens 15"
    assert report.lower_bounds and "mindestens N" in report.legend
    half = released_figures(vault.conn, parse_period("2026-H1"), "quarter", today=TODAY)
    assert not half.provisional and half.shown(*REGION, "nordafrika") == Shown(None, 5)


def test_merged_small_categories_are_not_summed_as_exact(vault):
    # Q1 merged divers/ohne Eintrag/keine Angabe (6); Q2 shows divers alone (7)
    _release(vault.conn, _payload("2026-Q1", {("clients", "gender", GENDER_MERGED): 6}))
    _release(vault.conn, _payload("2026-Q2", {("clients", "gender", "divers"): 7}))
    figures = released_figures(vault.conn, parse_period("2026-H1"), "quarter", today=TODAY)
    assert figures.shown("clients", "gender", "divers") == Shown(None, 7, merged_only=True)
    assert figures.shown("clients", "gender", GENDER_MERGED) == Shown(6)
    assert figures.shown("clients", "gender", "offen").merged_only


def test_totals_only_quarter_leaves_breakdowns_as_lower_bounds(vault):
    _release(vault.conn, _payload("2026-Q1", {}, totals_only=True))
    _release(vault.conn, _payload("2026-Q2", {(*REGION, "naher_osten"): 30}))
    figures = released_figures(vault.conn, parse_period("2026-H1"), "quarter", today=TODAY)
    assert figures.shown(*REGION, "naher_osten") == Shown(None, 30)
    assert figures.shown("clients", "total", "total") == Shown(80)
    warnings = " ".join(released_report(figures).warnings)
    assert "Für 1. Quartal 2026 wurden nur Summen übermittelt" in warnings


def test_refusals(vault):
    with pytest.raises(UserError) as info:
        released_figures(vault.conn, parse_period("2026-Q2"), "quarter", today=TODAY)
    assert "noch nicht freigegeben" in str(info.value)
    assert "Freigeben" in str(info.value) and "“Release”" in info.value.render("en")
    with pytest.raises(UserError) as info:
        released_figures(vault.conn, parse_period("2026-Q4"), "quarter", today=TODAY)
    assert "läuft noch" in str(info.value)
    with pytest.raises(UserError) as info:
        released_figures(vault.conn, parse_period("2026-05"), "quarter", today=TODAY)
    assert "Monats" in str(info.value)
    with pytest.raises(UserError) as info:
        released_figures(vault.conn, parse_period("2026-Q1"), "half_year", today=TODAY)
    assert "Quartals" in str(info.value) and "Halbjahre" in str(info.value)
    with pytest.raises(UserError) as info:
        released_figures(vault.conn, parse_period("2026"), "quarter", today=TODAY)
    assert "noch kein Quartal freigegeben" in str(info.value)


def test_parts_of():
    assert [p.key for p in parts_of(parse_period("2026"), "quarter")] == [
        "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    assert [p.key for p in parts_of(parse_period("2026-H2"), "month")][0] == "2026-07"
    assert [p.key for p in parts_of(parse_period("2026"), "half_year")] == ["2026-H1",
                                                                          "2026-H2"]
    assert parts_of(parse_period("2026-Q1"), "year") == []


value = st.one_of(st.just(0), st.integers(5, 60))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(quarters=st.lists(st.tuples(value, value, st.booleans(), st.booleans()),
                         min_size=4, max_size=4))
def test_year_never_says_more_than_the_quarters(vault, quarters):
    """Random true values of two regions per quarter, each hidden or not: the year shows
    the exact sum only when no quarter hides it, and otherwise a lower bound that every
    assignment of the hidden values consistent with the quarters satisfies."""
    vault.conn.execute("DELETE FROM stats_releases")  # a fresh history per example
    for q, (a, b, hide_a, hide_b) in enumerate(quarters, start=1):
        _release(vault.conn, _payload(f"2025-Q{q}", {
            (*REGION, "tuerkei"): None if hide_a and a else a,
            (*REGION, "amerika"): None if hide_b and b else b}))
    figures = released_figures(vault.conn, parse_period("2025"), "quarter", today=TODAY)
    for index, category in ((0, "tuerkei"), (1, "amerika")):
        true = sum(q[index] for q in quarters)
        hidden = [q[index] for q in quarters if q[index + 2] and q[index]]
        visible = true - sum(hidden)
        shown = figures.shown(*REGION, category)
        if not hidden:
            assert shown == Shown(true)
        else:  # any hidden value ≥ 1 fits: the year pins none of them
            assert shown.value is None and shown.lower_bound == (visible or None)
