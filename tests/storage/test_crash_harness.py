"""SIGKILL at random moments never costs an acknowledged record or damages the vault."""

from __future__ import annotations

import sys

import pytest

from tests.storage.crash_writer import PASSPHRASE, kill_loop

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")


def test_200_random_kills_lose_nothing(make_vault, data_paths):
    vault, _ = make_vault(PASSPHRASE)
    vault.lock()
    result = kill_loop(data_paths.root, 200, seed=20261128)
    assert result.damaged == []
    assert result.lost == []
    assert result.kills == 200
    assert result.acknowledged > 50  # the writer really got records through between kills


def test_the_writer_script_as_its_own_process(make_vault, data_paths):
    vault, _ = make_vault(PASSPHRASE)
    vault.lock()
    result = kill_loop(data_paths.root, 8, seed=3, use_script=True, max_delay=0.5)
    assert result.damaged == [] and result.lost == []
    assert result.acknowledged > 0


def test_the_harness_catches_a_writer_that_acknowledges_too_early(make_vault, data_paths):
    """A writer that reports a record before COMMIT loses some when killed mid-commit:
    the harness must see that (otherwise its green result above would mean nothing)."""
    vault, _ = make_vault(PASSPHRASE)
    vault.lock()
    result = kill_loop(data_paths.root, 60, seed=5, broken_writer=True)
    assert result.damaged == []
    assert result.lost, "the harness did not notice records acknowledged before COMMIT"


def test_kills_during_vacuum_lose_nothing(make_vault, data_paths):
    """VACUUM rewrites the whole file (it follows every Löschung); a kill in the middle
    must leave the old or the new file, never a broken one."""
    import os
    import random
    import signal
    import time

    from mfd_desktop.storage.vault import Vault
    from tests.storage.crash_writer import _acked, _drain, _spawn_fork, first_line, write_forever

    vault, _ = make_vault(PASSPHRASE)
    vault.lock()
    rng = random.Random(11)
    acknowledged: set[int] = set()
    root = str(data_paths.root)
    for i in range(25):
        start = i * 100_000
        pid, fd = _spawn_fork(root, start, target=lambda wfd, s=start: write_forever(
            root, s, wfd, vacuum_every=5))
        first = first_line(fd)  # the writer is past unlock and writing
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        acknowledged.update(_acked(first + _drain(fd)))
        again = Vault.unlock_with_passphrase(data_paths, PASSPHRASE, allow_below_floor=True)
        try:
            present = {int(k.split(":")[1]) for (k,) in again.conn.execute(
                "SELECT draft_key FROM drafts WHERE form = 'crash'")}
        finally:
            again.lock()
        assert acknowledged <= present
    assert len(acknowledged) >= 25


def test_a_killed_backup_leaves_no_file_or_a_good_one(make_vault, data_paths, tmp_path):
    import os
    import random
    import signal
    import time

    from mfd_desktop.storage import backup
    from mfd_desktop.storage.vault import Vault
    from tests.storage.crash_writer import _drain, _spawn_fork, backup_forever, first_line

    vault, _ = make_vault(PASSPHRASE)
    conn = vault.conn
    for i in range(200):
        conn.execute("INSERT INTO drafts(draft_key, form, content_json) VALUES (?, 'x', ?)",
                     (f"k{i}", '"' + "Notiz " * 100 + '"'))
    vault.lock()
    rng = random.Random(12)
    out = tmp_path / "stick" / "sicherung.mfdbak"
    out.parent.mkdir()
    completed = 0
    for attempt in range(15):
        pid, fd = _spawn_fork(str(data_paths.root), 0,
                              target=lambda wfd: backup_forever(data_paths.root, str(out), wfd))
        first = first_line(fd) if attempt == 0 else b""  # one surely complete backup
        time.sleep(rng.uniform(0.02, 0.4))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        completed += (first + _drain(fd)).count(b"b\n")
        if out.exists():
            backup.verify_backup(out, passphrase=PASSPHRASE, allow_below_floor=True)
    assert completed > 0 and out.exists()
    leftovers = [p.name for p in out.parent.iterdir() if p != out]
    assert all(name.endswith((".db-part", ".db-part-journal", ".db-part-wal", ".db-part-shm",
                              ".tmp-mfd")) for name in leftovers), leftovers
    vault = Vault.unlock_with_passphrase(data_paths, PASSPHRASE, allow_below_floor=True)
    try:
        backup.create_backup(vault, out)  # the next backup tidies up what a kill left
    finally:
        vault.lock()
    assert [p.name for p in out.parent.iterdir()] == [out.name]
