"""Hostile input on the umbrella pages (status, site page, decision, site declaration,
downloads): never a 500, on SQLite and PostgreSQL (which refuses NUL in text)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.server.support import CLOSED_PERIOD, make_payload, put
from tests.server.umbrella import add_admin, csrf_of, declare, login_as

NASTY = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x7f), max_size=80),
    st.sampled_from(["\x00", "Mainz-Caritas\x00", "a" * 5000, "../..", "2025-Q1\n", "%00",
                     "approved", "returned", "0" * 64, "Mainz-Caritas", CLOSED_PERIOD,
                     "2025-Q5", "0000", "🙂", "' OR 1=1 --"]))
HYPO = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture
def umbrella(server_factory, db_url):
    live = server_factory(db_url)
    declare(live, "Mainz-Caritas", "Caritas")
    add_admin(live, "boss")
    add_admin(live, "land", "--role", "reader")
    dev = live.enroll("Mainz-Caritas")
    assert put(live, dev, make_payload(dev)).status_code == 200
    boss = login_as(live, "boss")
    return live, boss, login_as(live, "land"), csrf_of(boss.get("/admin/sites").text)


@HYPO
@given(site=NASTY, period=NASTY, stand=NASTY)
def test_pages_never_500(umbrella, site, period, stand):
    _live, boss, land, _csrf = umbrella
    s, p = quote(site, safe=""), quote(period, safe="")
    for client in (boss, land):
        for url in (f"/admin/status/{p}", f"/admin/sites/{s}/periods/{p}",
                    f"/admin/periods/{p}", f"/admin/periods/{CLOSED_PERIOD}/export.json"):
            r = client.get(url, params={"stand": stand})
            assert r.status_code < 500, (url, r.text[:300])


@HYPO
@given(site=NASTY, decision=NASTY, comment=NASTY, fingerprint=NASTY)
def test_decisions_never_500(umbrella, site, decision, comment, fingerprint):
    _live, boss, land, csrf = umbrella
    for client in (boss, land):
        r = client.post(f"/admin/sites/{quote(site, safe='')}/periods/{CLOSED_PERIOD}/decision",
                        data={"csrf": csrf, "decision": decision, "comment": comment,
                              "fingerprint": fingerprint})
        assert r.status_code < 500, r.text[:300]


@HYPO
@given(site=NASTY, name=NASTY, traeger=NASTY, owes=st.lists(NASTY, max_size=5))
def test_site_declarations_never_500(umbrella, site, name, traeger, owes):
    _live, boss, land, csrf = umbrella
    for client in (boss, land):
        r = client.post("/admin/sites", data={"csrf": csrf, "site": site, "name": name,
                                              "traeger": traeger, "owes": owes})
        assert r.status_code < 500, r.text[:300]
