"""The deferred page check after unlock runs on a worker at the scheduler's idle priority
(Linux SCHED_IDLE, that thread only) so it does not compete with the window for the CPU
(issue 21); on the main thread (the CLI's full check) the priority stays as it is."""

from __future__ import annotations

import os
import threading

import pytest

from mfd_desktop.storage import connection

pytestmark = pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="Linux scheduling only")


class _Spy:
    """Wraps a real vault connection and notes the thread's policy at each pragma."""

    def __init__(self, conn):
        self._conn = conn
        self.policies: list[int] = []

    def execute(self, sql, *args):
        self.policies.append(os.sched_getscheduler(0))
        return self._conn.execute(sql, *args)


def test_check_on_a_worker_runs_idle_and_restores_the_policy(vault):
    spy = _Spy(vault.conn)
    out: dict[str, object] = {}

    def work():
        out["problems"] = connection.check_integrity(spy)
        out["after"] = os.sched_getscheduler(0)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert out["problems"] == []
    assert spy.policies == [os.SCHED_IDLE, os.SCHED_IDLE]
    assert out["after"] == os.SCHED_OTHER


def test_check_on_the_main_thread_keeps_its_priority(vault):
    spy = _Spy(vault.conn)
    assert connection.check_integrity(spy) == []
    assert spy.policies == [os.SCHED_OTHER, os.SCHED_OTHER]
    assert os.sched_getscheduler(0) == os.SCHED_OTHER
