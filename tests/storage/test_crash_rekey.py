"""kill -9 during a re-key, in real processes: the vault always opens, with the old secrets
before the commit point and with the new ones from it on, and no record is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from mfd_desktop.errors import WrongSecretError
from mfd_desktop.storage import audit, rekey
from mfd_desktop.storage.vault import Vault
from tests.storage.crash_writer import (
    PASSPHRASE,
    _acked,
    _drain,
    _spawn_fork,
    first_line,
    rekey_forever,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from mfd_desktop.paths import DataPaths
    from mfd_desktop.storage.vault import Vault

    root, crash_at, passphrase = sys.argv[1:4]
    paths = DataPaths(root=Path(root), log_dir=Path(root) / "logs")
    vault = Vault.unlock_with_passphrase(paths, passphrase, allow_below_floor=True)

    def hook(step):
        if step == crash_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def progress(done, total):
        if crash_at == "mid_export" and 0 < done < 80:
            os.kill(os.getpid(), signal.SIGKILL)

    prepared = vault.prepare_rekey(passphrase, allow_below_floor=True, step_hook=hook,
                                   progress=progress)
    print(prepared.recovery_key, flush=True)
    vault.commit_rekey(prepared)
    print("completed", flush=True)
    """
)

BEFORE_COMMIT = ("mid_export", "exported", "verified", "slots_staged")
AFTER_COMMIT = ("committed", "db_swapped", "slots_swapped", "finished")


def _bulk(vault: Vault, n: int) -> None:
    conn = vault.conn
    conn.execute("BEGIN")
    for i in range(n):
        conn.execute("INSERT INTO drafts(draft_key, form, content_json) VALUES (?, 'crash', ?)",
                     (f"crash:{i}", '{"text": "' + "Notiz Ärger mit Behörde " * 20 + '"}'))
    conn.execute("COMMIT")


def _staged_left(root) -> list[str]:
    names = {rekey.STAGED_DB, rekey.STAGED_SLOTS, rekey.COMMIT_MARKER}
    return [n for n in os.listdir(root) if n in names or n.startswith(rekey.STAGED_DB)]


@pytest.mark.parametrize("crash_at", BEFORE_COMMIT + AFTER_COMMIT)
def test_kill_at_every_step_of_a_rekey(make_vault, data_paths, crash_at):
    vault, old_rkey = make_vault(PASSPHRASE)
    _bulk(vault, 3000)  # a few MB, so the export takes a while and reports progress
    vault.lock()
    proc = subprocess.run([sys.executable, "-c", CHILD, str(data_paths.root), crash_at, PASSPHRASE],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    printed = proc.stdout.split()
    committed = crash_at in AFTER_COMMIT
    assert bool(printed) == committed  # the child prints the new key just before committing
    # the passphrase (unchanged) opens the vault in either case, with every record
    opened = Vault.unlock_with_passphrase(data_paths, PASSPHRASE, allow_below_floor=True)
    try:
        assert opened.conn.execute("SELECT count(*) FROM drafts WHERE form='crash'"
                                   ).fetchone()[0] == 3000
        assert opened.integrity_problems() == []
        assert audit.verify(opened.conn).ok
    finally:
        opened.lock()
    assert _staged_left(data_paths.root) == []
    if committed:
        Vault.unlock_with_recovery_key(data_paths, printed[0]).lock()
        with pytest.raises(WrongSecretError):
            Vault.unlock_with_recovery_key(data_paths, old_rkey)
    else:
        Vault.unlock_with_recovery_key(data_paths, old_rkey).lock()


def test_random_kills_during_repeated_rekeys_lose_nothing(make_vault, data_paths):
    vault, _ = make_vault(PASSPHRASE)
    _bulk(vault, 1500)
    vault.lock()
    root = str(data_paths.root)
    rng = random.Random(20261204)
    acknowledged: set[int] = set(range(1500))
    mid_rekey = 0  # kills that left staged files: the next unlock had to undo or finish
    for i in range(30):
        start = (i + 1) * 100_000
        pid, fd = _spawn_fork(root, start, target=lambda wfd, s=start: rekey_forever(root, s, wfd))
        first = first_line(fd)  # past unlock: the first record is in, a re-key starts
        time.sleep(rng.uniform(0.0, 0.4))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        acknowledged.update(_acked(first + _drain(fd)))
        mid_rekey += bool(_staged_left(data_paths.root))
        again = Vault.unlock_with_passphrase(data_paths, PASSPHRASE, allow_below_floor=True)
        try:
            present = {int(k.split(":")[1]) for (k,) in again.conn.execute(
                "SELECT draft_key FROM drafts WHERE form = 'crash'")}
            assert again.integrity_problems() == []
            assert audit.verify(again.conn).ok
        finally:
            again.lock()
        missing = acknowledged - present
        assert not missing, f"kill {i + 1}: lost {sorted(missing)[:5]}"
        assert _staged_left(data_paths.root) == []
    assert len(acknowledged) > 1500 + 10
    assert mid_rekey >= 5, "the kills did not land inside re-keys; the test proves nothing"
