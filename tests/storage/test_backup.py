"""Encrypted backup files: create while working, verify end to end, restore safely."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest

from mfd_desktop.errors import UserError, VaultDamagedError, VaultExistsError, WrongSecretError
from mfd_desktop.paths import DataPaths
from mfd_desktop.storage import audit, backup
from mfd_desktop.storage.instance_lock import InstanceLock, VaultInUseError
from mfd_desktop.storage.transaction import transaction
from mfd_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE, snapshot_files


def _write_drafts(conn, start, n, text="Beratungsnotiz"):
    with transaction(conn):
        for i in range(start, start + n):
            conn.execute("INSERT INTO drafts(draft_key, form, content_json) VALUES (?, 'test', ?)",
                         (f"d{i}", f'"{text} {i}"'))


def _draft_keys(conn):
    return {r[0] for r in conn.execute("SELECT draft_key FROM drafts")}


def _target(tmp_path, name="restored"):
    root = tmp_path / name
    return DataPaths(root=root, log_dir=root / "logs")


def test_create_verify_restore_round_trip(vault, tmp_path):
    _write_drafts(vault.conn, 0, 50)
    out = tmp_path / "stick" / "sicherung.mfdbak"
    out.parent.mkdir()
    seen = []
    info = backup.create_backup(vault, out, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    assert info.vault_id == vault.vault_id
    assert not [p for p in out.parent.iterdir() if p != out]  # no part or temp file left

    checked = backup.verify_backup(out, passphrase=PASSPHRASE, allow_below_floor=True)
    assert checked.schema_version == info.schema_version

    target = _target(tmp_path)
    result = backup.restore_backup(out, target, passphrase=PASSPHRASE, allow_below_floor=True)
    assert result.kept_aside is None
    restored = Vault.unlock_with_passphrase(target, PASSPHRASE, allow_below_floor=True)
    try:
        assert _draft_keys(restored.conn) == {f"d{i}" for i in range(50)}
        assert restored.vault_id == vault.vault_id
        actions = [e.action for e in audit.entries(restored.conn, newest_first=False)]
        assert actions[-1] == "backup.restored"
        assert audit.verify(restored.conn).ok
    finally:
        restored.lock()
    assert [e.action for e in audit.entries(vault.conn)][0] == "backup.created"
    assert backup.last_backup_at(vault.conn) is not None


def test_backup_opens_with_the_recovery_key_too(make_vault, tmp_path):
    vault, rkey = make_vault()
    out = tmp_path / "b.mfdbak"
    backup.create_backup(vault, out)
    backup.verify_backup(out, recovery=rkey.lower())
    target = _target(tmp_path)
    backup.restore_backup(out, target, recovery=rkey)
    Vault.unlock_with_recovery_key(target, rkey).lock()


def test_wrong_secret_and_no_secret_are_refused(make_vault, tmp_path):
    vault, rkey = make_vault()
    out = tmp_path / "b.mfdbak"
    backup.create_backup(vault, out)
    with pytest.raises(WrongSecretError):
        backup.verify_backup(out, passphrase="falsch falsch falsch", allow_below_floor=True)
    with pytest.raises(WrongSecretError):
        backup.verify_backup(out, recovery="0000-0000-0000-0000-0000-0000-0000-0000")
    with pytest.raises(WrongSecretError):
        backup.verify_backup(out)
    with pytest.raises(WrongSecretError):
        backup.restore_backup(out, _target(tmp_path), passphrase="nein nein nein nein",
                              allow_below_floor=True)
    assert not (tmp_path / "restored" / "vault.db").exists()


@pytest.mark.parametrize("where", ["header", "middle", "end", "truncate"])
def test_damaged_backup_is_reported_as_damaged(vault, tmp_path, where):
    out = tmp_path / "b.mfdbak"
    backup.create_backup(vault, out)
    raw = bytearray(out.read_bytes())
    if where == "truncate":
        raw = raw[: len(raw) // 2]
    else:
        pos = {"header": 40, "middle": len(raw) // 2, "end": len(raw) - 40}[where]
        raw[pos] ^= 0x01
    out.write_bytes(bytes(raw))
    with pytest.raises(VaultDamagedError):
        backup.verify_backup(out, passphrase=PASSPHRASE, allow_below_floor=True)


def test_a_file_that_is_not_a_backup(tmp_path):
    other = tmp_path / "notiz.mfdbak"
    other.write_bytes(b"Hallo, das ist keine Sicherung" * 10)
    with pytest.raises(VaultDamagedError, match="keine Sicherungsdatei"):
        backup.verify_backup(other, passphrase=PASSPHRASE)


def test_corrupt_database_with_a_matching_checksum_fails_the_integrity_check(vault, tmp_path):
    """Damage done before the checksum was computed (e.g. on a bad stick while writing)
    is caught by SQLCipher's page HMACs."""
    import hashlib

    out = tmp_path / "b.mfdbak"
    backup.create_backup(vault, out)
    header, offset = backup.read_header(out)
    raw = bytearray(out.read_bytes()[: -backup.CHECKSUM_LENGTH])
    raw[offset + header.db_size - 100] ^= 0xFF  # inside the last database page
    out.write_bytes(bytes(raw) + hashlib.sha256(raw).digest())
    with pytest.raises(VaultDamagedError):
        backup.verify_backup(out, passphrase=PASSPHRASE, allow_below_floor=True)


def test_restore_never_overwrites_without_replace_and_keeps_the_old_vault_aside(
        make_vault, data_paths, tmp_path):
    vault, _ = make_vault()
    _write_drafts(vault.conn, 0, 3)
    out = tmp_path / "b.mfdbak"
    backup.create_backup(vault, out)
    _write_drafts(vault.conn, 3, 2)  # newer than the backup
    vault.lock()
    before = snapshot_files(data_paths.root)
    with pytest.raises(VaultExistsError):
        backup.restore_backup(out, data_paths, passphrase=PASSPHRASE, allow_below_floor=True)
    assert snapshot_files(data_paths.root) == before

    result = backup.restore_backup(out, data_paths, passphrase=PASSPHRASE, allow_below_floor=True,
                                   replace=True)
    assert result.kept_aside is not None and result.kept_aside.parent == data_paths.root
    assert (result.kept_aside / "vault.db").read_bytes() == before["vault.db"]
    assert (result.kept_aside / "keyslots.json").read_bytes() == before["keyslots.json"]
    restored = Vault.unlock_with_passphrase(data_paths, PASSPHRASE, allow_below_floor=True)
    try:
        assert _draft_keys(restored.conn) == {"d0", "d1", "d2"}
    finally:
        restored.lock()


def test_replace_is_refused_while_another_instance_has_the_vault(vault, data_paths, tmp_path):
    out = tmp_path / "b.mfdbak"
    backup.create_backup(vault, out)
    with InstanceLock(data_paths), pytest.raises(VaultInUseError):
        backup.restore_backup(out, data_paths, passphrase=PASSPHRASE, allow_below_floor=True,
                              replace=True)
    assert vault.conn.execute("SELECT count(*) FROM vault_meta").fetchone()[0] > 0


def test_backup_is_consistent_while_the_counsellor_keeps_writing(vault, tmp_path):
    """The copy runs in small steps from its own connection; writes on the UI connection
    go on meanwhile and are not blocked. The backup holds exactly the state at its start."""
    _write_drafts(vault.conn, 0, 400, text="x" * 500)
    out = tmp_path / "b.mfdbak"
    written_during = []

    def keep_typing(fraction):
        if 0.0 < fraction < 0.8 and len(written_during) < 20:
            n = 1000 + len(written_during)
            _write_drafts(vault.conn, n, 1)  # would raise "database is locked" if blocked
            written_during.append(n)

    backup.create_backup(vault, out, progress=keep_typing, pages_per_step=2)
    assert len(written_during) == 20
    target = _target(tmp_path)
    backup.restore_backup(out, target, passphrase=PASSPHRASE, allow_below_floor=True)
    restored = Vault.unlock_with_passphrase(target, PASSPHRASE, allow_below_floor=True)
    try:
        keys = _draft_keys(restored.conn)
    finally:
        restored.lock()
    assert keys == {f"d{i}" for i in range(400)}  # the snapshot at the start, nothing torn
    assert restored.vault_id == vault.vault_id
    assert len(_draft_keys(vault.conn)) == 420


def test_backup_from_a_worker_thread(vault, tmp_path):
    out = tmp_path / "b.mfdbak"
    errors = []
    worker = threading.Thread(target=lambda: _run(errors, vault, out))
    worker.start()
    _write_drafts(vault.conn, 0, 5)
    worker.join()
    assert not errors
    backup.verify_backup(out, passphrase=PASSPHRASE, allow_below_floor=True)


def _run(errors, vault, out):
    try:
        backup.create_backup(vault, out)
    except Exception as exc:  # pragma: no cover - reported by the assertion
        errors.append(exc)


def test_automatic_backups_rotate_after_seven_days(vault, data_paths):
    start = date(2026, 3, 1)
    made = []
    for offset in range(10):
        day = start + timedelta(days=offset)
        made.append(backup.run_automatic_backup(vault, today=day))
        assert backup.run_automatic_backup(vault, today=day) is None  # once a day
    names = sorted(p.name for p in data_paths.backups.iterdir())
    assert names == [f"auto-2026-03-{d:02d}.mfdbak" for d in range(4, 11)]
    assert all(p is not None for p in made)
    assert backup.last_backup_at(vault.conn) is None  # automatic ones do not count for the reminder


def test_reminder_after_the_configured_days(vault, tmp_path):
    assert "noch keine Sicherung" in backup.backup_reminder(vault.conn, 7)
    backup.create_backup(vault, tmp_path / "b.mfdbak")
    last = backup.last_backup_at(vault.conn)
    assert backup.backup_reminder(vault.conn, 7, now=last + timedelta(days=6)) is None
    text = backup.backup_reminder(vault.conn, 7, now=last + timedelta(days=8))
    assert text is not None and "8 Tage" in text
    assert backup.backup_reminder(vault.conn, 30, now=last + timedelta(days=8)) is None
    assert last.tzinfo == UTC and last <= datetime.now(UTC)


def test_damaged_vault_is_restored_from_the_newest_good_backup(make_vault, data_paths, unlock):
    vault, _ = make_vault()
    _write_drafts(vault.conn, 0, 2)
    backup.run_automatic_backup(vault, today=date(2026, 3, 1))
    _write_drafts(vault.conn, 2, 2)
    newest = backup.run_automatic_backup(vault, today=date(2026, 3, 2))
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.lock()
    # the newest backup is itself damaged: the one before it must be used
    raw = bytearray(newest.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    newest.write_bytes(bytes(raw))
    # and the vault gets damaged
    db = bytearray(data_paths.vault.read_bytes())
    db[5000] ^= 0xFF
    data_paths.vault.write_bytes(bytes(db))
    with pytest.raises(VaultDamagedError):
        unlock()
    result = backup.restore_newest_good_backup(data_paths, passphrase=PASSPHRASE,
                                               allow_below_floor=True)
    assert result is not None and result.info.path.name == "auto-2026-03-01.mfdbak"
    assert (result.kept_aside / "vault.db").read_bytes() == bytes(db)
    again = unlock()
    try:
        assert _draft_keys(again.conn) == {"d0", "d1"}
    finally:
        again.lock()


def test_no_good_backup_gives_none(make_vault, data_paths):
    vault, _ = make_vault()
    vault.lock()
    assert backup.restore_newest_good_backup(data_paths, passphrase=PASSPHRASE,
                                             allow_below_floor=True) is None


def test_locking_during_a_backup_stops_it_cleanly(vault, tmp_path):
    _write_drafts(vault.conn, 0, 300, text="y" * 400)
    out = tmp_path / "b.mfdbak"

    def lock_midway(fraction):
        if 0.0 < fraction < 0.8 and not vault.is_locked:
            vault.lock()  # auto-lock or Ctrl+L while the backup runs

    with pytest.raises(UserError, match="gesperrt"):
        backup.create_backup(vault, out, progress=lock_midway, pages_per_step=4)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]  # no backup, no part file
