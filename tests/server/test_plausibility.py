"""Plausibility rules (mfd_server/rules/plausibility-v1.toml): flagged, never refused;
hidden cells and lower bounds are never used as values."""

from __future__ import annotations

import pytest

from mfd_server import plausibility as pl
from tests.server.support import make_payload, put
from tests.server.umbrella import add_admin, declare, login_as

RULES = pl.load_rules()


def by_id(findings):
    return {f.rule_id: f for f in findings}


def test_rules_file_is_versioned_and_complete():
    assert RULES.version == 1 and RULES.name == "plausibility-v1"
    assert {r.id for r in RULES.rules} == {"new_clients_le_clients",
                                           "closed_le_open_before_plus_new",
                                           "consultations_ge_clients", "change_vs_last_year"}


def test_each_rule_flags_and_passes():
    current = {"clients": 40, "new_clients": 45, "consultations": 30, "closed_cases": 60,
               "cases_open_end": 20}
    previous = {"cases_open_end": 10}
    last_year = {"clients": 20, "new_clients": 45, "consultations": 10, "closed_cases": 60}
    f = by_id(pl.evaluate(RULES, current, previous, last_year))
    assert f["new_clients_le_clients"].status == pl.FLAGGED
    assert f["closed_le_open_before_plus_new"].status == pl.FLAGGED  # 60 > 10 + 45
    assert f["consultations_ge_clients"].status == pl.FLAGGED
    assert f["change_vs_last_year:clients"].status == pl.FLAGGED  # +100 %
    assert f["change_vs_last_year:new_clients"].status == pl.OK
    assert f["change_vs_last_year:consultations"].status == pl.OK  # base 10 < 20
    fine = {"clients": 40, "new_clients": 20, "consultations": 90, "closed_cases": 25}
    f = by_id(pl.evaluate(RULES, fine, {"cases_open_end": 10}, fine))
    assert all(x.status == pl.OK for x in f.values()), f


@pytest.mark.parametrize("hidden", ["clients", "new_clients"])
def test_hidden_or_lower_bound_totals_are_never_values(hidden):
    current = {"clients": 40, "new_clients": 45, "consultations": 90}
    current[hidden] = None  # "." or "mindestens N"
    f = by_id(pl.evaluate(RULES, current))
    assert f["new_clients_le_clients"].status == pl.UNCHECKABLE
    assert "nicht ausgewiesen" in f["new_clients_le_clients"].detail
    assert f["closed_le_open_before_plus_new"].status == pl.UNCHECKABLE
    assert f["change_vs_last_year:clients"].status == pl.UNCHECKABLE


def test_previous_and_last_year_periods():
    assert pl.previous_period("2026-Q1") == "2025-Q4"
    assert pl.previous_period("2026-Q3") == "2026-Q2"
    assert pl.previous_period("2026-H1") == "2025-H2"
    assert pl.previous_period("2026-01") == "2025-12"
    assert pl.previous_period("2026") == "2025"
    assert pl.previous_period("2000-Q1") is None
    assert pl.same_period_last_year("2026-Q3") == "2025-Q3"
    assert pl.same_period_last_year("2026") == "2025"


def test_broken_rules_files_are_refused(tmp_path):
    path = tmp_path / "plausibility-v9.toml"
    for text in ("", "version = 1\n[[rule]]\nid = 'x'\n",
                 "version = 1\n[[rule]]\nid='x'\nkind='compare'\ntext='t'\nleft=['anna']\n"
                 "right=['clients']\n", "version = 1\n[[rule]]\nid='x'\nkind='compare'\n"
                 "text='t'\nleft=['clients']\nop='<'\nright=['clients']\n"):
        path.write_text(text)
        with pytest.raises(pl.RulesError):
            pl.load_rules(path)


def test_site_page_shows_flags_before_approval(server_factory, sqlite_url):
    live = server_factory(sqlite_url)
    declare(live, "Mainz-Caritas", "Caritas")
    add_admin(live, "boss")
    dev = live.enroll("Mainz-Caritas")
    payload = make_payload(dev, period="2025-Q2", clients=12)
    payload["cells"] += [
        {"measure": "new_clients", "dimension": "total", "category": "total", "value": 20},
        {"measure": "consultations", "dimension": "total", "category": "total",
         "value": None, "suppressed": True}]
    assert put(live, dev, payload).status_code == 200  # flagged, not refused
    page = login_as(live, "boss").get("/admin/sites/Mainz-Caritas/periods/2025-Q2").text
    assert "Plausibilität" in page and "Version 1" in page
    row = page[page.index("Neue Ratsuchende dürfen nicht mehr"):][:400]
    assert "auffällig" in row and "= 20" in row and "= 12" in row
    row = page[page.index("Beratungskontakte ≥ Ratsuchende"):][:400]
    assert "nicht prüfbar" in row and "nicht ausgewiesen oder nur Untergrenze" in row
    assert "Freigeben" in page  # approval stays possible
