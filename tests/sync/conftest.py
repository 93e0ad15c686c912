"""Sync tests: a real vault (fixtures from tests/conftest.py), a real server on
127.0.0.1 and, where faults are injected, the FaultProxy in between."""

from __future__ import annotations

import random

import keyring.backends.fail
import pytest

from mfd_desktop.security.os_keyring import SecretStore
from mfd_desktop.stats import release
from mfd_desktop.stats.payload import StatsPayload
from mfd_desktop.stats.payload_builder import device_id as pseudonym
from mfd_desktop.sync.client import RetryPolicy, SyncService
from tests.server.support import (  # noqa: F401 - fixtures
    CLOSED_PERIOD,
    db_url,
    live_server,
    pg_cluster,
    server_factory,
    sqlite_url,
)
from tests.sync.fault_proxy import FaultProxy


def no_keyring() -> SecretStore:
    """A store whose backend is refused, as on a machine without a trusted keyring."""
    return SecretStore(backend=keyring.backends.fail.Keyring())


class RecordingSleep:
    def __init__(self):
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)  # no real waiting: tests stay fast and bounded


def make_service(vault, **kwargs) -> SyncService:
    kwargs.setdefault("secret_store", no_keyring())
    kwargs.setdefault("policy", RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.05))
    kwargs.setdefault("sleep", RecordingSleep())
    kwargs.setdefault("rng", random.Random(7))
    return SyncService(vault, **kwargs)


def release_stats(vault, site_id: str, period: str = CLOSED_PERIOD, clients: int = 12,
                  regions: dict | None = None) -> release.ReleaseRecord:
    """Release a payload through the statistics module's real release() into the outbox."""
    # Two hidden regions share the total: neither is pinned, so the release gate
    # (stats/disclosure_audit.py) lets it out. One hidden cell next to a visible one
    # would be refused, as it should be.
    regions = regions if regions is not None else {"westbalkan": None, "naher_osten": None}
    cells = [{"measure": "clients", "dimension": "total", "category": "total", "value": clients}]
    for key, value in regions.items():
        cells.append({"measure": "clients", "dimension": "region", "category": key,
                      "value": value, "suppressed": value is None})
    payload = StatsPayload.model_validate({
        "schema": "mfd-stats/1", "site_id": site_id, "device_id": pseudonym(vault.conn),
        "period": period, "period_kind": "quarter",
        "revision": release.next_revision(vault.conn, period), "suppression_k": 5,
        "cells": cells})
    return release.release(vault.conn, payload, release_kind="quarter")


def outbox_rows(vault) -> list[tuple]:
    return vault.conn.execute(
        "SELECT period, revision, status, attempts, last_error_de FROM stats_releases ORDER BY id"
    ).fetchall()


@pytest.fixture
def proxy_factory():
    made: list[FaultProxy] = []

    def factory(upstream_port: int, **kwargs) -> FaultProxy:
        proxy = FaultProxy(upstream_port, **kwargs)
        made.append(proxy)
        return proxy

    yield factory
    for proxy in made:
        proxy.stop()
