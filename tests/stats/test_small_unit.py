"""Rule 5 of statistics.md on a real vault: a site with fewer clients in a period than the
small-unit threshold (default 20) releases the measure totals only; revisions that cross
the threshold in either direction stay protected."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mfd_desktop.stats import release as rel
from mfd_desktop.stats.catalogue import REPORTED
from mfd_desktop.stats.payload import StatsPayload
from mfd_desktop.stats.payload_builder import StatsConfig, build_preview, load_config
from mfd_desktop.stats.periods import parse_period
from mfd_desktop.stats.presentation import (
    HIDDEN_SIGN,
    in_language,
    payload_rows,
    sections,
    small_unit_sentence,
)
from mfd_desktop.stats.suppression import check_protected
from mfd_desktop.storage.transaction import transaction

TODAY = dt.date(2026, 11, 28)
Q3 = parse_period("2026-Q3")
CONFIG = StatsConfig("site-a")


def add_clients(conn, count: int, *, first_id: int, country: str = "SY",
                held_on: str = "2026-08-03") -> list[int]:
    """`count` new clients, each with one consultation on `held_on` (two consultations for
    every client, so consultations stay above k even for small sites)."""
    ids = list(range(first_id, first_id + count))
    with transaction(conn):
        for cid in ids:
            conn.execute("INSERT INTO clients(id, case_number, country, gender, first_contact) "
                         "VALUES (?, ?, ?, 'weiblich', ?)", (cid, f"K-{cid}", country, held_on))
            for _ in range(2):
                conn.execute("INSERT INTO consultations(client_id, held_on, channel, method) "
                             "VALUES (?, ?, 'persoenlich', 'einzelfallberatung')", (cid, held_on))
    return ids


def remove_from_period(conn, client_id: int) -> None:
    """A correction: the client's consultations were really in Q2, not in Q3."""
    conn.execute("UPDATE consultations SET held_on = '2026-05-04' WHERE client_id = ?",
                 (client_id,))


def breakdown_cells(payload: StatsPayload):
    return [c for c in payload.cells if c.dimension != "total"]


def test_nineteen_clients_give_totals_only(vault):
    add_clients(vault.conn, 19, first_id=1)
    preview = build_preview(vault.conn, Q3, CONFIG, today=TODAY)
    payload = preview.payload
    assert preview.totals_only and payload.totals_only and preview.releasable
    assert preview.small_unit == 20
    assert breakdown_cells(payload) == []
    totals = {c.measure: c.value for c in payload.cells}
    assert totals["clients"] == 19 and totals["consultations"] == 38
    assert set(totals) == set(REPORTED) and len(payload.cells) == len(REPORTED)
    # every breakdown is hidden in what the view and the PDF show, zeros included
    assert all(c.suppressed for c in preview.cells if c.dimension != "total")
    assert check_protected(preview.cells, preview.k) == []
    shown = sections(preview)
    assert shown and all(r.small_unit and r.text == HIDDEN_SIGN for s in shown for r in s.rows)
    region = next(s for s in shown if s.key == "clients.region")
    assert len(region.rows) == 14 and region.omitted_zero == 0  # not even which occur
    rows = [tuple(in_language(v, "de") for v in row) for row in payload_rows(payload)]
    assert ("Ratsuchende (beraten)", "Herkunftsregion", "alle Kategorien",
            "nicht übermittelt") in rows
    text = rel.canonical_json(payload)
    assert '"totals_only":true' in text and '"region"' not in text
    assert StatsPayload.model_validate_json(text) == payload
    record = rel.release(vault.conn, payload, release_kind="quarter", today=TODAY)
    assert record.revision == 1
    assert StatsPayload.model_validate_json(rel.pending_outbox(vault.conn)[0].payload_json
                                            ).totals_only


def test_twenty_clients_give_breakdowns(vault):
    add_clients(vault.conn, 12, first_id=1, country="SY")
    add_clients(vault.conn, 8, first_id=100, country="UA")
    preview = build_preview(vault.conn, Q3, CONFIG, today=TODAY)
    payload = preview.payload
    assert not preview.totals_only and not payload.totals_only
    cells = {(c.measure, c.dimension, c.category): c.value for c in payload.cells}
    assert cells[("clients", "total", "total")] == 20
    assert cells[("clients", "region", "naher_osten")] == 12
    assert cells[("clients", "region", "osteuropa_kaukasus")] == 8
    assert "totals_only" not in rel.canonical_json(payload)  # ordinary payloads unchanged
    assert all(not r.small_unit for s in sections(preview) for r in s.rows)


def test_small_totals_stay_suppressed_in_a_totals_only_payload(vault):
    add_clients(vault.conn, 3, first_id=1)  # 3 clients, 6 consultations
    payload = build_preview(vault.conn, Q3, CONFIG, today=TODAY).payload
    cells = {c.measure: c for c in payload.cells}
    assert payload.totals_only
    assert cells["clients"].suppressed and cells["clients"].value is None
    assert cells["consultations"].value == 6
    # an empty period is a small unit too: all totals 0, nothing else
    empty = build_preview(vault.conn, parse_period("2026-Q1"), CONFIG, today=TODAY).payload
    assert empty.totals_only and all(c.value == 0 for c in empty.cells)


def test_threshold_is_never_below_k(vault):
    add_clients(vault.conn, 25, first_id=1)
    assert not build_preview(vault.conn, Q3, StatsConfig("s", k=5), today=TODAY).totals_only
    raised = build_preview(vault.conn, Q3, StatsConfig("s", k=30, small_unit=20), today=TODAY)
    assert raised.totals_only and raised.small_unit == 30
    lower = build_preview(vault.conn, Q3, StatsConfig("s", small_unit=5), today=TODAY)
    assert not lower.totals_only
    higher = build_preview(vault.conn, Q3, StatsConfig("s", small_unit=26), today=TODAY)
    assert higher.totals_only and "Weniger als 26 Ratsuchende" in small_unit_sentence(26).render("de")


def test_threshold_comes_from_the_setting_and_the_policy(vault, tmp_path, monkeypatch):
    from mfd_desktop import policy as policy_mod
    from mfd_desktop.settings import SettingsService

    add_clients(vault.conn, 25, first_id=1)
    plain = SettingsService(tmp_path / "prefs.json", lambda: vault.conn)
    assert load_config(vault.conn, plain.get).small_unit == 20
    plain.set("stats_small_unit_threshold", 30)
    config = load_config(vault.conn, plain.get)
    assert config.small_unit == 30
    assert build_preview(vault.conn, Q3, config, today=TODAY).totals_only

    policy_file = tmp_path / "policy.toml"
    policy_file.write_text("[statistics]\nsuppression_threshold = 5\n"
                           "small_unit_threshold = 10\n", encoding="utf-8")
    monkeypatch.setenv(policy_mod.ENV_POLICY_FILE, str(policy_file))
    pol = policy_mod.load_policy()
    managed = SettingsService(tmp_path / "prefs.json", lambda: vault.conn,
                              **pol.settings_service_kwargs())
    assert managed.is_locked("stats_small_unit_threshold")
    config = load_config(vault.conn, managed.get)
    assert config.small_unit == 10  # the policy wins over the counsellor's 30
    assert not build_preview(vault.conn, Q3, config, today=TODAY).totals_only


def test_revision_crossing_the_threshold_upwards_shows_breakdowns(vault):
    conn = vault.conn
    add_clients(conn, 19, first_id=1, country="SY")
    first = build_preview(conn, Q3, CONFIG, today=TODAY)
    assert first.totals_only
    rel.release(conn, first.payload, release_kind="quarter", today=TODAY)
    add_clients(conn, 6, first_id=100, country="UA")  # late entries: 25 clients now
    second = build_preview(conn, Q3, CONFIG, today=TODAY)
    assert not second.totals_only and second.payload.revision == 2
    assert check_protected(second.cells, second.k) == []
    cells = {(c.measure, c.dimension, c.category): c for c in second.payload.cells}
    # revision 1 showed no breakdown, so there is nothing to subtract from: the normal
    # rules alone apply (19 and 6 are both >= k)
    assert cells[("clients", "region", "naher_osten")].value == 19
    assert cells[("clients", "region", "osteuropa_kaukasus")].value == 6
    rel.release(conn, second.payload, release_kind="quarter", today=TODAY)
    assert [i.revision for i in rel.pending_outbox(conn)] == [2]


def test_revision_crossing_the_threshold_downwards_hides_everything(vault):
    conn = vault.conn
    add_clients(conn, 10, first_id=1, country="SY")
    ua = add_clients(conn, 10, first_id=100, country="UA")
    first = build_preview(conn, Q3, CONFIG, today=TODAY)
    assert not first.totals_only
    rel.release(conn, first.payload, release_kind="quarter", today=TODAY)
    remove_from_period(conn, ua[0])  # 19 clients
    second = build_preview(conn, Q3, CONFIG, today=TODAY)
    assert second.totals_only and second.payload.revision == 2
    assert breakdown_cells(second.payload) == []
    assert check_protected(second.cells, second.k) == []
    rel.release(conn, second.payload, release_kind="quarter", today=TODAY)
    # the same figures again are refused, as for any revision
    again = build_preview(conn, Q3, CONFIG, today=TODAY)
    with pytest.raises(Exception, match="schon freigegeben"):
        rel.release(conn, again.payload, release_kind="quarter", today=TODAY)

    # Up again (21 clients). The funder still has revision 1 with its breakdowns, so
    # revision 3 must stay consistent with revision 1: naher_osten 10 -> 12 and
    # osteuropa 10 -> 9 are differences below k and must not show.
    add_clients(conn, 2, first_id=200, country="SY")
    third = build_preview(conn, Q3, CONFIG, today=TODAY)
    assert not third.totals_only and third.payload.revision == 3
    assert check_protected(third.cells, third.k) == []
    assert third.cell("clients", "region", "naher_osten").suppressed
    assert third.cell("clients", "region", "osteuropa_kaukasus").suppressed
    assert third.cell("clients", "total", "total").released_value == 21
    record = rel.release(conn, third.payload, release_kind="quarter", today=TODAY)
    assert record.revision == 3
    statuses = {r.revision: r.status for r in rel.list_releases(conn)}
    assert statuses == {1: "superseded", 2: "superseded", 3: "pending"}


def test_schema_refuses_breakdowns_in_a_totals_only_payload():
    base = {"schema": "mfd-stats/1", "site_id": "s", "device_id": "ab" * 16,
            "period": "2026-Q3", "period_kind": "quarter", "revision": 1,
            "cells": [{"measure": "clients", "dimension": "total", "category": "total",
                       "value": 12}]}
    assert StatsPayload.model_validate(base).totals_only is False
    assert "totals_only" not in StatsPayload.model_validate(base).to_json_dict()
    ok = StatsPayload.model_validate(base | {"totals_only": True})
    assert ok.to_json_dict()["totals_only"] is True
    bad = base | {"totals_only": True, "cells": [*base["cells"], {
        "measure": "clients", "dimension": "region", "category": "tuerkei", "value": 6}]}
    with pytest.raises(ValueError, match="totals-only"):
        StatsPayload.model_validate(bad)
    assert json.loads(json.dumps(ok.to_json_dict()))["totals_only"] is True
