"""mfd-server's command line, and parallel pushes of the same report."""

from __future__ import annotations

import datetime as dt
import io
import threading

from sqlalchemy import func, select, update

from mfd_server import cli as server_cli
from mfd_server.models import IdempotencyRecord, Report
from tests.server.support import CLOSED_PERIOD, make_payload, put


def test_cli_refuses_bad_input_in_german(sqlite_url, capsys, monkeypatch):
    assert server_cli.main(["--db", sqlite_url, "enroll-code", "--site", "x"]) == 1
    assert "init-db" in capsys.readouterr().err
    assert server_cli.main(["--db", sqlite_url, "init-db"]) == 0
    assert server_cli.main(["--db", sqlite_url, "init-db"]) == 0  # safe to run again
    assert server_cli.main(["--db", sqlite_url, "enroll-code", "--site", "Mainz Caritas"]) == 1
    assert "Buchstaben" in capsys.readouterr().err
    assert server_cli.main(["--db", sqlite_url, "export", "--period", "Q1-2025"]) == 1
    assert "Zeitraum" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("zu-kurz\n"))
    assert server_cli.main(["--db", sqlite_url, "create-admin", "--password-stdin"]) == 1
    assert "12 Zeichen" in capsys.readouterr().err


def test_parallel_identical_pushes_store_once(live_server):
    dev = live_server.enroll()
    payload = make_payload(dev)
    answers: list = []

    def push(key: str) -> None:
        answers.append(put(live_server, dev, payload, key=key))

    threads = [threading.Thread(target=push, args=(f"parallel-key-{i % 2}",)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(a.status_code for a in answers) == [200] * 6
    assert len({a.json()["received_at"] for a in answers}) == 1
    with live_server.sessions()() as session:
        assert session.scalar(select(func.count()).select_from(Report)) == 1
        assert session.scalar(select(func.count()).select_from(IdempotencyRecord)) == 2


def test_prune_removes_old_idempotency_records(live_server):
    dev = live_server.enroll()
    assert put(live_server, dev, make_payload(dev), key="old-key-0001").status_code == 200
    assert put(live_server, dev, make_payload(dev, period="2025-Q2"),
               period="2025-Q2", key="new-key-0001").status_code == 200
    with live_server.sessions()() as session:
        session.execute(update(IdempotencyRecord).where(IdempotencyRecord.key == "old-key-0001")
                        .values(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=400)))
        session.commit()
    code, out = live_server.cli("prune", "--days", "365")
    assert code == 0 and out.startswith("1 alte")
    with live_server.sessions()() as session:
        keys = session.scalars(select(IdempotencyRecord.key)).all()
        assert keys == ["new-key-0001"]
        assert session.scalar(select(func.count()).select_from(Report)) == 2
    # the pruned key's report is still answered the same (same revision, same content)
    again = put(live_server, dev, make_payload(dev), key="old-key-0001")
    assert again.status_code == 200 and again.json()["period"] == CLOSED_PERIOD
