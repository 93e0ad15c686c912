"""Release and outbox on a real vault."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mfd_desktop.errors import UserError
from mfd_desktop.stats import release as rel
from mfd_desktop.stats.payload import Cell, StatsPayload

TODAY = dt.date(2026, 11, 28)


def payload(period="2026-Q3", kind="quarter", revision=1, clients=12) -> StatsPayload:
    return StatsPayload(
        site_id="caritas-mainz", device_id="ab" * 16, period=period, period_kind=kind,
        revision=revision,
        cells=[Cell(measure="clients", dimension="total", category="total", value=clients)],
    )


def test_release_stores_exactly_the_payload_and_queues_it(vault):
    p = payload()
    record = rel.release(vault.conn, p, release_kind="quarter", today=TODAY)
    assert (record.period, record.revision, record.status) == ("2026-Q3", 1, "pending")
    items = rel.pending_outbox(vault.conn)
    assert len(items) == 1
    assert StatsPayload.model_validate_json(items[0].payload_json) == p
    assert json.loads(items[0].payload_json)["schema"] == "mfd-stats/2"
    assert items[0].payload_json == rel.canonical_json(p)
    assert len(items[0].idempotency_key) == 32


def test_running_period_and_other_kinds_are_refused(vault):
    with pytest.raises(UserError, match="noch nicht abgeschlossen"):
        rel.release(vault.conn, payload("2026-Q4"), release_kind="quarter", today=TODAY)
    with pytest.raises(UserError, match="Quartal"):
        rel.release(vault.conn, payload("2026-09", "month"), release_kind="quarter", today=TODAY)
    assert rel.pending_outbox(vault.conn) == []


def test_revisions_supersede_pending_and_refuse_duplicates(vault):
    rel.release(vault.conn, payload(), release_kind="quarter", today=TODAY)
    with pytest.raises(UserError, match="veraltet"):
        rel.release(vault.conn, payload(clients=13), release_kind="quarter", today=TODAY)
    with pytest.raises(UserError, match="schon freigegeben"):
        rel.release(vault.conn, payload(revision=2), release_kind="quarter", today=TODAY)
    rel.release(vault.conn, payload(revision=2, clients=13), release_kind="quarter", today=TODAY)
    items = rel.pending_outbox(vault.conn)
    assert [(i.period, i.revision) for i in items] == [("2026-Q3", 2)]
    statuses = {r.revision: r.status for r in rel.list_releases(vault.conn)}
    assert statuses == {1: "superseded", 2: "pending"}


def test_mark_sent_and_failed(vault):
    rel.release(vault.conn, payload("2026-Q2"), release_kind="quarter", today=TODAY)
    rel.release(vault.conn, payload("2026-Q3"), release_kind="quarter", today=TODAY)
    first, second = rel.pending_outbox(vault.conn)
    rel.mark_failed(vault.conn, first.id, "Server nicht erreichbar.", permanent=False)
    assert [i.id for i in rel.pending_outbox(vault.conn)] == [first.id, second.id]
    rel.mark_sent(vault.conn, first.id, "receipt-1")
    rel.mark_failed(vault.conn, second.id, "Schema abgelehnt.", permanent=True)
    assert rel.pending_outbox(vault.conn) == []
    records = {r.id: r for r in rel.list_releases(vault.conn)}
    assert records[first.id].status == "sent" and records[first.id].attempts == 2
    assert records[second.id].status == "failed"
    assert records[second.id].last_error_de == "Schema abgelehnt."


def test_late_entries_give_a_new_revision_suppressed_consistently(vault):
    from mfd_desktop.stats.payload_builder import StatsConfig, build_preview
    from mfd_desktop.stats.periods import parse_period
    from mfd_desktop.stats.suppression import check_protected
    from tests.stats.casedata import populate

    conn = vault.conn
    populate(conn, clients=150, consultations=900, year=2026, seed=9)
    q3 = parse_period("2026-Q3")
    config = StatsConfig("site-a")
    first = build_preview(conn, q3, config, today=TODAY)
    rel.release(conn, first.payload, release_kind="quarter", today=TODAY)
    before = {(c.measure, c.dimension, c.category): c.value for c in first.payload.cells}
    # two late consultations for new clients from Eritrea (region ostafrika)
    for cid in (9001, 9002):
        conn.execute("INSERT INTO clients(id, case_number, country, first_contact) "
                     "VALUES (?, ?, 'ER', '2026-08-01')", (cid, f"L-{cid}"))
        conn.execute("INSERT INTO consultations(client_id, held_on, channel, method) "
                     "VALUES (?, '2026-08-02', 'persoenlich', 'einzelfallberatung')", (cid,))
    second = build_preview(conn, q3, config, today=TODAY)
    assert second.payload.revision == 2
    assert check_protected(second.cells, second.k) == []
    key = ("clients", "region", "ostafrika")
    cell = second.cell(*key)
    assert before[key] is not None and before[key] >= 5  # visible in revision 1 (seed 9)
    assert cell.suppressed  # a difference of 2 must not show
    for c in second.payload.cells:  # what was hidden in revision 1 stays hidden
        k = (c.measure, c.dimension, c.category)
        if k in before and before[k] is None and second.cell(*k).value:
            assert c.suppressed, k
    rel.release(conn, second.payload, release_kind="quarter", today=TODAY)
    assert [i.revision for i in rel.pending_outbox(conn)] == [2]


def test_refusals_and_the_preview_reason_render_in_english(vault):
    from mfd_desktop.stats.payload_builder import StatsConfig, build_preview
    from mfd_desktop.stats.periods import parse_period

    with pytest.raises(UserError) as info:
        rel.release(vault.conn, payload("2026-Q4"), release_kind="quarter", today=TODAY)
    assert info.value.render("en") == (
        "The period 2026-Q4 (Q4 2026) has not ended yet. It can be released only after its "
        "last day; until then the figures are provisional.")
    assert "noch nicht abgeschlossen" in str(info.value)
    assert str(info.value) == (
        "Der Zeitraum 2026-Q4 (4. Quartal 2026) ist noch nicht abgeschlossen. Freigeben geht "
        "erst nach seinem letzten Tag; bis dahin sind die Zahlen vorläufig.")
    rel.release(vault.conn, payload(), release_kind="quarter", today=TODAY)
    with pytest.raises(UserError) as info:
        rel.release(vault.conn, payload(revision=2), release_kind="quarter", today=TODAY)
    assert info.value.render("en").startswith("Exactly these statistics have already been released")
    preview = build_preview(vault.conn, parse_period("2026-09"), StatsConfig("s"), today=TODAY)
    assert preview.not_releasable_reason.render("en").startswith(
        "Only periods of the kind “quarter” are released")
    assert str(preview.not_releasable_reason).startswith(
        "Freigegeben werden nur Zeiträume der Art „Quartal“ (Vorgabe der Administration). "
        "„2026-09“ ist ein Monat und")
    missing = build_preview(vault.conn, parse_period("2026-Q3"), StatsConfig(""), today=TODAY)
    assert missing.not_releasable_reason.render("en").startswith(
        "The site ID for the statistics is not set up")
    with pytest.raises(UserError) as info:
        parse_period("2026-Q5")
    assert info.value.render("en").startswith("“2026-Q5” is not a valid period.")
    assert str(info.value).startswith("„2026-Q5“ ist kein gültiger Zeitraum.")


def test_rule_sentences_in_english():
    from mfd_desktop.stats.presentation import rule_sentence, small_unit_sentence

    assert rule_sentence(5).render("en").startswith(
        "To protect the clients, values from 1 to 4 are not shown (“.”)")
    assert "< 5" not in rule_sentence(5).render("en") + rule_sentence(5).render("de")
    assert str(rule_sentence(5)).startswith("Zum Schutz der Ratsuchenden werden Werte von 1 bis 4")
    assert small_unit_sentence(10).render("en").startswith("Fewer than 10 clients in this period")
    assert str(small_unit_sentence(10)).startswith("Weniger als 10 Ratsuchende")
