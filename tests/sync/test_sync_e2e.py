"""Enrol and push against the real server (SQLite and PostgreSQL), through the vault outbox."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import func, select

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.sync import messages, state
from mfd_server.models import IdempotencyRecord, Report
from tests.sync.conftest import make_service, outbox_rows, release_stats


def server_reports(live) -> int:
    with live.sessions()() as session:
        return session.scalar(select(func.count()).select_from(Report))


def test_enrol_push_and_export(vault, live_server):
    service = make_service(vault)
    result = service.enroll(live_server.url + "/", live_server.enrollment_code("Mainz-Caritas"))
    assert result.site_id == "Mainz-Caritas"
    assert result.token_location == "vault"
    assert "Mainz-Caritas" in result.message_de
    release_stats(vault, "Mainz-Caritas", "2025-Q1", clients=12)
    release_stats(vault, "Mainz-Caritas", "2025-Q2", clients=20)
    status = service.status()
    assert status.enrolled and status.pending == 2 and status.last_success is None

    pushed = service.push_pending()
    assert (pushed.outcome, pushed.sent, pushed.pending) == ("ok", 2, 0)
    assert [r[2] for r in outbox_rows(vault)] == ["sent", "sent"]
    assert server_reports(live_server) == 2
    code, out = live_server.cli("export", "--period", "2025-Q2", "--format", "json")
    cells = {(c["dimension"], c["category"]): c for c in json.loads(out)["cells"]}
    assert cells[("total", "total")]["value"] == 20
    assert cells[("region", "naher_osten")]["lower_bound"] is True

    again = service.push_pending()
    assert again.outcome == "nothing" and again.sent == 0
    status = service.status()
    assert status.pending == 0 and status.last_success is not None
    assert "Nichts wartet" in status.summary_de()


def test_new_revision_replaces_on_server(vault, live_server):
    service = make_service(vault)
    service.enroll(live_server.url, live_server.enrollment_code())
    release_stats(vault, "Mainz-Caritas", clients=12)
    assert service.push_pending().sent == 1
    release_stats(vault, "Mainz-Caritas", clients=15)
    assert service.push_pending().sent == 1
    assert server_reports(live_server) == 1
    code, out = live_server.cli("export", "--period", "2025-Q1", "--format", "json")
    totals = {(c["dimension"], c["category"]): c["value"] for c in json.loads(out)["cells"]}
    assert totals[("total", "total")] == 15


def test_permanent_refusal_stops_retrying_that_item_only(vault, live_server):
    service = make_service(vault)
    service.enroll(live_server.url, live_server.enrollment_code("Mainz-Caritas"))
    release_stats(vault, "Falsche-Stelle", "2025-Q1")  # the server refuses: wrong site
    release_stats(vault, "Mainz-Caritas", "2025-Q2")
    result = service.push_pending()
    assert (result.sent, result.refused, result.outcome) == (1, 1, "refused")
    assert result.attempts == 2  # the refused item was tried once, not retried
    rows = outbox_rows(vault)
    assert rows[0][2] == "failed"
    stored = messages.text_of(rows[0][4], "de")  # kept as a key with values, shown in German
    assert "abgelehnt" in stored and "Beratungsstelle" in stored
    assert Msg.from_json(rows[0][4]).key == "sync.refused"
    assert rows[1][2] == "sent"
    refused = service.status().refused
    assert [(r.period, r.revision) for r in refused] == [("2025-Q1", 1)]
    # A second run does not send the refused item again.
    assert service.push_pending().outcome == "nothing"


def test_revoked_device_keeps_items_and_says_why(vault, live_server):
    service = make_service(vault)
    enrolled = service.enroll(live_server.url, live_server.enrollment_code())
    release_stats(vault, "Mainz-Caritas")
    assert live_server.cli("revoke-device", enrolled.device_id)[0] == 0
    result = service.push_pending()
    assert result.outcome == "error" and "gesperrt" in result.message_de
    assert outbox_rows(vault)[0][2] == "pending"
    assert server_reports(live_server) == 0
    assert state.last_run(vault.conn).outcome == "error"


def test_enrolment_code_reused_is_refused_in_german(vault, live_server):
    service = make_service(vault)
    code = live_server.enrollment_code()
    service.enroll(live_server.url, code)
    with pytest.raises(UserError, match="schon benutzt"):
        service.enroll(live_server.url, code)


def test_not_enrolled(vault):
    with pytest.raises(UserError, match="noch nicht"):
        make_service(vault).push_pending()


def test_token_never_in_a_plain_file(vault, live_server, data_paths):
    service = make_service(vault)
    service.enroll(live_server.url, live_server.enrollment_code())
    token = state.vault_token(vault.conn)
    assert token and len(token) > 40
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    secret = token.split(".", 1)[1].encode()
    for path in data_paths.root.rglob("*"):
        if path.is_file():
            assert secret not in path.read_bytes(), path.name


def test_token_in_os_keyring_when_available(vault, live_server):
    from mfd_desktop.security import os_keyring
    from mfd_desktop.sync.credentials import keyring_name

    if not os_keyring.available():
        pytest.skip("no trusted OS keyring in this session (run under scripts/test-session.sh)")
    store = os_keyring.SecretStore()
    service = make_service(vault, secret_store=store)
    try:
        result = service.enroll(live_server.url, live_server.enrollment_code())
        assert result.token_location == "keyring"
        assert state.vault_token(vault.conn) is None
        assert store.get(keyring_name(vault.vault_id))
        release_stats(vault, "Mainz-Caritas")
        assert service.push_pending().sent == 1
    finally:
        service.forget_enrolment()
    assert store.get(keyring_name(vault.vault_id)) is None


def test_sync_never_locks_out_the_counsellor(vault, live_server, proxy_factory):
    """While a push waits for a hanging server, the UI connection keeps writing."""
    proxy = proxy_factory(live_server.port, hang_seconds=3)
    service = make_service(vault)
    service.enroll(proxy.url, live_server.enrollment_code())
    release_stats(vault, "Mainz-Caritas")
    import httpx

    service._timeout = httpx.Timeout(2.0)
    proxy.script = ["timeout"]
    seen_before = proxy.requests_seen
    done = threading.Event()
    outcome = {}

    def run():
        outcome["result"] = service.push_pending()
        done.set()

    worker = threading.Thread(target=run)
    worker.start()
    while proxy.requests_seen == seen_before and worker.is_alive():
        worker.join(0.02)
    # the push is now waiting for the network: the counsellor's writes go through
    vault.conn.execute("INSERT INTO settings(key, value_json) VALUES ('probe', '1')")
    assert not done.is_set()
    # and a second run of the same service does not start in parallel
    assert "läuft bereits" in service.push_pending().message_de
    worker.join(30)
    assert outcome["result"].sent == 1  # the retry after the timeout went through


def test_same_report_pushed_three_times_is_stored_once(vault, live_server, proxy_factory):
    proxy = proxy_factory(live_server.port)
    service = make_service(vault)
    service.enroll(proxy.url, live_server.enrollment_code())
    release_stats(vault, "Mainz-Caritas")
    proxy.script = ["cut_response", "cut_response", "pass"]
    before = proxy.forwarded  # the enrolment went through the proxy too
    result = service.push_pending()
    assert result.sent == 1 and result.attempts == 3
    assert proxy.forwarded - before == 3  # the server saw the report three times ...
    assert server_reports(live_server) == 1  # ... and stored it once
    with live_server.sessions()() as session:
        assert session.scalar(select(func.count()).select_from(IdempotencyRecord)) == 1
    assert outbox_rows(vault)[0][2] == "sent"
