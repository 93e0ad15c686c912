"""Faults between client and server: the outbox keeps the item, retries, nothing is
duplicated or lost. The FaultProxy answers for the server or cuts the connection."""

from __future__ import annotations

import random

import httpx
import pytest
from sqlalchemy import func, select

from mfd_desktop.sync.client import RetryPolicy
from mfd_server.models import Report
from tests.sync.conftest import RecordingSleep, make_service, outbox_rows, release_stats

FAULTS = ["reset", "status:500", "status:503:2", "status:429:1", "timeout", "cut_request",
          "cut_response"]


def server_reports(live) -> int:
    with live.sessions()() as session:
        return session.scalar(select(func.count()).select_from(Report))


@pytest.fixture
def setup(vault, live_server, proxy_factory):
    proxy = proxy_factory(live_server.port, hang_seconds=1.5)
    service = make_service(vault, timeout=httpx.Timeout(1.0))
    service.enroll(proxy.url, live_server.enrollment_code())
    release_stats(vault, "Mainz-Caritas", "2025-Q1")
    release_stats(vault, "Mainz-Caritas", "2025-Q2")
    return service, proxy


@pytest.mark.parametrize("fault", FAULTS)
def test_fault_keeps_item_and_a_later_run_delivers_once(setup, vault, live_server, fault):
    service, proxy = setup
    service.policy = RetryPolicy(max_attempts=1)
    proxy.script = [fault]
    first = service.push_pending()
    assert first.outcome == "offline", first
    assert first.sent == 0 and first.pending == 2
    rows = outbox_rows(vault)
    assert [r[2] for r in rows] == ["pending", "pending"]  # nothing lost
    assert rows[0][3] == 1 and rows[0][4]  # the attempt and a German reason are kept
    assert rows[1][3] == 0  # the later item did not overtake the first
    second = service.push_pending()
    assert (second.outcome, second.sent) == ("ok", 2)
    assert [r[2] for r in outbox_rows(vault)] == ["sent", "sent"]
    assert server_reports(live_server) == 2  # nothing duplicated


@pytest.mark.parametrize("fault, expected_sleep", [("status:503:2", 2.0), ("status:429:1", 1.0)])
def test_retry_after_is_honoured(setup, vault, fault, expected_sleep):
    service, proxy = setup
    sleep = RecordingSleep()
    service._sleep = sleep
    proxy.script = [fault]
    result = service.push_pending()
    assert result.sent == 2
    assert sleep.calls == [expected_sleep]


def test_backoff_is_full_jitter_and_bounded(setup, vault, live_server):
    service, proxy = setup
    sleep = RecordingSleep()
    service._sleep = sleep
    service.policy = RetryPolicy(max_attempts=4, base_delay=0.5, max_delay=1.5)
    proxy.script = ["status:500", "status:500", "status:500"]
    result = service.push_pending()
    assert result.sent == 2 and result.attempts == 5
    caps = [0.5, 1.0, 1.5]
    assert len(sleep.calls) == 3
    assert all(0 <= s <= cap for s, cap in zip(sleep.calls, caps, strict=True))
    assert server_reports(live_server) == 2


def test_full_jitter_distribution():
    policy = RetryPolicy(base_delay=1.0, max_delay=8.0)
    rng = random.Random(1)
    draws = [policy.backoff(5, rng) for _ in range(500)]
    assert max(draws) <= 8.0 and min(draws) >= 0.0
    assert min(draws) < 1.0 and max(draws) > 7.0  # spread over the whole range


def test_too_long_retry_after_ends_the_run(setup, vault):
    service, proxy = setup
    sleep = RecordingSleep()
    service._sleep = sleep
    service.policy = RetryPolicy(max_attempts=5, max_retry_after=10)
    proxy.script = ["status:503:3600"]
    result = service.push_pending()
    assert result.outcome == "offline" and sleep.calls == []
    assert "ausgelastet" in result.message_de
    assert [r[2] for r in outbox_rows(vault)] == ["pending", "pending"]


def test_server_down_then_back(setup, vault, live_server):
    service, proxy = setup
    proxy.stop()  # connection refused
    result = service.push_pending()
    assert result.outcome == "offline"
    assert "nicht erreichbar" in result.message_de
    assert [r[2] for r in outbox_rows(vault)] == ["pending", "pending"]
    assert service.status().last_run.outcome == "offline"
    proxy.start()
    assert service.push_pending().sent == 2
    assert server_reports(live_server) == 2


def test_many_faults_in_a_row_then_delivered_exactly_once(setup, vault, live_server):
    service, proxy = setup
    service.policy = RetryPolicy(max_attempts=20, base_delay=0.001, max_delay=0.002)
    proxy.script = list(FAULTS) + list(reversed(FAULTS))
    proxy.script = [f if not f.startswith("status:5") and not f.startswith("status:4")
                    else f.split(":")[0] + ":" + f.split(":")[1] for f in proxy.script]
    result = service.push_pending()
    assert result.sent == 2 and result.outcome == "ok"
    assert server_reports(live_server) == 2
    assert [r[2] for r in outbox_rows(vault)] == ["sent", "sent"]
