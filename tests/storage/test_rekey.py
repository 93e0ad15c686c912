"""Re-keying (storage/rekey.py) with real SQLCipher files: a new data key, every row
carried over, the old key useless for the new file, and nothing changed when it stops."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

import pytest

from mfd_desktop.errors import UserError, VaultDamagedError, VaultLockedError, WrongSecretError
from mfd_desktop.security import keyslots as ks
from mfd_desktop.security.os_keyring import SecretStore
from mfd_desktop.storage import rekey
from mfd_desktop.storage.connection import open_connection
from mfd_desktop.storage.drafts import load_draft, save_draft
from mfd_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, snapshot_files
from tests.security.test_os_keyring import real_keyring_or_skip

NEW = "eine ganz andere Passphrase nach dem Verdacht"


def _fill(vault: Vault, n: int = 200) -> None:
    conn = vault.conn
    conn.execute("BEGIN")
    for i in range(n):
        conn.execute("INSERT INTO drafts(draft_key, form, content_json) VALUES (?, 'bulk', ?)",
                     (f"bulk:{i}", '{"text": "' + "Notiz " * 40 + '"}'))
    conn.execute("COMMIT")
    conn.execute("INSERT INTO search_index(rowid, name, note, kind, client_id) "
                 "VALUES (4, 'erika beispiel', 'aufenthaltstitel mainz', 'client', 1)")


def _search(conn, word: str) -> list[int]:
    return [r for (r,) in conn.execute(
        "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank", (word,))]


def _counts(conn) -> dict[str, int]:
    names = [n for (n,) in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _old_key(data_paths, raw_slots: bytes, passphrase: str = PASSPHRASE) -> bytearray:
    slots = ks.KeySlotFile.parse(raw_slots)
    return ks.open_with_passphrase(slots.slot(ks.SLOT_PASSPHRASE), slots.vault_id, passphrase,
                                   allow_below_floor=True)


def test_rekey_carries_every_row_and_the_old_key_no_longer_opens_the_file(make_vault, data_paths,
                                                                         unlock):
    vault, old_rkey = make_vault()
    _fill(vault)
    save_draft(vault.conn, "client:7", "client", {"name": "Erika Beispiel"})
    before = _counts(vault.conn)
    old_slots = data_paths.keyslots.read_bytes()
    steps: list[str] = []
    reports: list[tuple[int, int]] = []
    new_rkey = vault.rekey(PASSPHRASE, allow_below_floor=True, step_hook=steps.append,
                           progress=lambda d, t: reports.append((d, t)))
    assert steps == list(rekey.STEPS)
    assert reports[0] == (0, 0) and reports[-1] == (95, 100)
    assert new_rkey != old_rkey
    # the same object keeps working, with the new key, and writes still land
    assert _counts(vault.conn) == before
    save_draft(vault.conn, "client:8", "client", {"name": "nach dem Neu-Verschlüsseln"})
    vault.lock()
    left = set(os.listdir(data_paths.root))
    assert not left & {rekey.STAGED_DB, rekey.STAGED_SLOTS, rekey.COMMIT_MARKER}
    again = unlock()
    try:
        assert _search(again.conn, "aufenthalt*") == [4]  # the full-text index came along
        after = _counts(again.conn)
        assert after["drafts"] == before["drafts"] + 1
        assert load_draft(again.conn, "client:7").content == {"name": "Erika Beispiel"}
    finally:
        again.lock()
    Vault.unlock_with_recovery_key(data_paths, new_rkey).lock()
    with pytest.raises(WrongSecretError):
        Vault.unlock_with_recovery_key(data_paths, old_rkey)
    # The old data key (from an old keyslots.json + the passphrase) opens nothing now.
    old_key = _old_key(data_paths, old_slots)
    with pytest.raises(VaultDamagedError):
        open_connection(data_paths.vault, old_key)


def test_change_passphrase_with_rekey_new_passphrase_only(make_vault, data_paths, unlock):
    vault, _ = make_vault()
    vault.rekey(NEW, allow_below_floor=True)
    vault.lock()
    with pytest.raises(WrongSecretError):
        unlock(PASSPHRASE)
    unlock(NEW).lock()


def test_too_little_free_space_is_refused_before_anything_changes(make_vault, data_paths):
    vault, rkey = make_vault()
    _fill(vault)
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot_files(data_paths.root)
    with pytest.raises(UserError, match="zu wenig Speicherplatz frei") as caught:
        vault.rekey(PASSPHRASE, allow_below_floor=True, free_bytes=lambda _d: 1024 * 1024)
    assert "Es wurde nichts verändert" in str(caught.value)
    assert "MB" in str(caught.value) and "MB" in caught.value.render("en")
    assert caught.value.render("en") != caught.value.render("de")
    # nothing staged, and the vault still works with the old secrets
    assert not [n for n in os.listdir(data_paths.root) if "rekey" in n and n != "rekey.lock"]
    assert vault.conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 200
    vault.lock()
    after = snapshot_files(data_paths.root)
    assert after["keyslots.json"] == before["keyslots.json"]
    Vault.unlock_with_recovery_key(data_paths, rkey).lock()


def test_a_stopped_rekey_changes_nothing(make_vault, data_paths, unlock):
    vault, rkey = make_vault()
    _fill(vault)
    slots_before = data_paths.keyslots.read_bytes()
    prepared = vault.prepare_rekey(PASSPHRASE, allow_below_floor=True)
    assert (data_paths.root / rekey.STAGED_DB).exists()
    prepared.abort()
    assert not (data_paths.root / rekey.STAGED_DB).exists()
    assert not (data_paths.root / rekey.STAGED_SLOTS).exists()
    assert data_paths.keyslots.read_bytes() == slots_before
    save_draft(vault.conn, "still", "f", {"ok": 1})  # the write lock was given back
    vault.lock()
    Vault.unlock_with_recovery_key(data_paths, rkey).lock()


def test_locking_during_the_export_stops_it(make_vault, data_paths):
    vault, rkey = make_vault()
    _fill(vault, 2000)
    slots_before = data_paths.keyslots.read_bytes()
    started = threading.Event()

    def progress(done, total):
        if done > 0 or total == 0:
            started.set()

    outcome: list[BaseException] = []

    def work():
        try:
            vault.prepare_rekey(PASSPHRASE, allow_below_floor=True, progress=progress)
        except BaseException as exc:  # noqa: BLE001 - the test looks at it
            outcome.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    started.wait(10)
    vault.lock()
    worker.join(30)
    assert outcome and isinstance(outcome[0], UserError), outcome
    assert data_paths.keyslots.read_bytes() == slots_before
    assert not (data_paths.root / rekey.STAGED_DB).exists()
    Vault.unlock_with_recovery_key(data_paths, rkey).lock()


def test_commit_after_lock_is_refused(make_vault, data_paths):
    vault, rkey = make_vault()
    prepared = vault.prepare_rekey(PASSPHRASE, allow_below_floor=True)
    vault.lock()
    with pytest.raises(VaultLockedError):
        vault.commit_rekey(prepared)
    Vault.unlock_with_recovery_key(data_paths, rkey).lock()


OTHER_READER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from mfd_desktop.paths import DataPaths
    from mfd_desktop.storage.vault import Vault
    root = Path(sys.argv[1])
    vault = Vault.unlock_with_passphrase(DataPaths(root=root, log_dir=root / "logs"), sys.argv[2],
                                         allow_below_floor=True, full_check=False)
    vault.conn.execute("SELECT count(*) FROM drafts").fetchone()
    print("open", flush=True)
    sys.stdin.readline()
    vault.lock()
    """
)


def test_another_process_with_the_vault_open_stops_the_commit(make_vault, data_paths):
    """Writes of another program must never land in the old file after the swap: while
    it has the vault open, the re-key stops before the commit point."""
    vault, rkey = make_vault()
    _fill(vault, 20)
    vault.lock()
    other = subprocess.Popen([sys.executable, "-c", OTHER_READER, str(data_paths.root), PASSPHRASE],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "open"
        vault = Vault.unlock_with_passphrase(data_paths, PASSPHRASE, allow_below_floor=True)
        with pytest.raises(UserError, match="anderen Programm"):
            vault.rekey(PASSPHRASE, allow_below_floor=True)
        # unchanged, and this process can go on working with the old key
        assert vault.conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 20
        vault.lock()
    finally:
        other.communicate("\n", timeout=30)
    Vault.unlock_with_recovery_key(data_paths, rkey).lock()
    assert not (data_paths.root / rekey.STAGED_DB).exists()


def test_leftovers_without_the_commit_marker_are_undone_at_unlock(make_vault, data_paths, unlock):
    vault, rkey = make_vault()
    prepared = vault.prepare_rekey(PASSPHRASE, allow_below_floor=True)
    # as if the process had died here: the staged files stay, the lock goes
    prepared.guard.execute("ROLLBACK")
    vault.release_connection(prepared.guard)
    prepared.lock.release()
    vault.lock()
    assert (data_paths.root / rekey.STAGED_SLOTS).exists()
    unlock().lock()
    assert not (data_paths.root / rekey.STAGED_DB).exists()
    assert not (data_paths.root / rekey.STAGED_SLOTS).exists()
    Vault.unlock_with_recovery_key(data_paths, rkey).lock()


HOLD_LOCK = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from mfd_desktop.storage.rekey import RekeyLock
    lock = RekeyLock(Path(sys.argv[1]))
    assert lock.try_acquire()
    print("held", flush=True)
    sys.stdin.readline()
    """
)


def test_unlock_while_another_process_rekeys_says_so_and_touches_nothing(make_vault, data_paths,
                                                                         unlock):
    vault, _ = make_vault()
    vault.lock()
    staged = data_paths.root / rekey.STAGED_DB
    staged.write_bytes(b"in Arbeit")
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(data_paths.root)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(rekey.RekeyInProgressError, match="neu verschlüsselt"):
            unlock()
        assert staged.read_bytes() == b"in Arbeit"
    finally:
        holder.communicate("\n", timeout=30)
    unlock().lock()
    assert not staged.exists()


def test_the_device_slot_follows_the_new_key(make_vault, data_paths):
    real_keyring_or_skip()
    store = SecretStore()
    vault, _ = make_vault()
    vault.remember_on_device(store)
    old_secret = store.get(f"vault-{vault.vault_id}")
    vault.rekey(PASSPHRASE, allow_below_floor=True, store=store)
    assert vault.is_remembered_on_device()
    assert store.get(f"vault-{vault.vault_id}") != old_secret
    vault.lock()
    opened = Vault.unlock_with_device(data_paths, store)
    opened.forget_on_device(store)
    opened.lock()


def test_drafts_follow_the_new_key(make_vault, data_paths, unlock):
    """Drafts live in the vault's own table, so they are re-encrypted with everything else."""
    vault, _ = make_vault()
    save_draft(vault.conn, "note:1", "note", {"text": "halb getippt"})
    vault.rekey(PASSPHRASE, allow_below_floor=True)
    vault.lock()
    again = unlock()
    try:
        assert load_draft(again.conn, "note:1").content == {"text": "halb getippt"}
    finally:
        again.lock()
