import json
import sqlite3

import pytest

from mfd_desktop.errors import (
    UserError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultMissingError,
    VaultTooNewError,
    WrongSecretError,
)
from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.security.os_keyring import SecretStore
from mfd_desktop.storage import migrations
from mfd_desktop.storage.connection import NOT_SQLCIPHER_MESSAGE, open_connection
from mfd_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot_files
from tests.security.test_os_keyring import real_keyring_or_skip


def test_created_vault_is_sqlcipher_with_the_right_pragmas(vault):
    conn = vault.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert vault.info().sqlcipher_version.startswith("4.")
    assert vault.info().schema_version == migrations.latest_version()


def test_vault_file_is_not_a_plain_sqlite_database(vault, data_paths):
    vault.lock()
    header = data_paths.vault.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data_paths.vault).execute("SELECT * FROM sqlite_schema").fetchall()
    assert (data_paths.vault.stat().st_mode & 0o777) == 0o600


def test_lock_and_unlock_again(vault, unlock):
    vault.conn.execute("INSERT INTO settings(key, value_json) VALUES ('probe', '1')")
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultLockedError):
        _ = vault.conn
    again = unlock()
    try:
        assert again.conn.execute("SELECT value_json FROM settings WHERE key='probe'").fetchone() == ("1",)
    finally:
        again.lock()


def test_wrong_passphrase_changes_no_byte(vault, data_paths, unlock):
    vault.lock()
    before = snapshot_files(data_paths.root)
    with pytest.raises(WrongSecretError, match="Passphrase ist falsch"):
        unlock("falsche Passphrase bitte")
    assert snapshot_files(data_paths.root) == before


def test_a_second_vault_is_never_created_over_the_first(vault, data_paths):
    with pytest.raises(VaultExistsError):
        Vault.create(data_paths, PASSPHRASE, kdf_params=FAST_KDF, allow_below_floor=True)


def test_missing_vault(data_paths, unlock):
    with pytest.raises(VaultMissingError):
        unlock()


def test_unlock_refuses_weak_parameters_unless_allowed(vault, data_paths):
    vault.lock()
    with pytest.raises(Exception, match="Mindestmaß"):
        Vault.unlock_with_passphrase(data_paths, PASSPHRASE)


def test_recovery_key_opens_and_sets_a_new_passphrase(make_vault, data_paths, unlock):
    vault, rkey = make_vault()
    vault.lock()
    rescued = Vault.unlock_with_recovery_key(data_paths, rkey.lower().replace("-", " "))
    rescued.change_passphrase("eine ganz neue Passphrase", kdf_params=FAST_KDF, allow_below_floor=True)
    rescued.lock()
    with pytest.raises(WrongSecretError):
        unlock(PASSPHRASE)
    unlock("eine ganz neue Passphrase").lock()
    # the recovery key still works after a passphrase change
    Vault.unlock_with_recovery_key(data_paths, rkey).lock()


def test_wrong_or_malformed_recovery_key(make_vault, data_paths):
    vault, rkey = make_vault()
    vault.lock()
    with pytest.raises(WrongSecretError, match="kein gültiger"):
        Vault.unlock_with_recovery_key(data_paths, "1234")
    other = "0000-0000-0000-0000-0000-0000-0000-0000"
    with pytest.raises(WrongSecretError, match="Wiederherstellungsschlüssel ist falsch"):
        Vault.unlock_with_recovery_key(data_paths, other)


def test_new_recovery_key_invalidates_the_old_one(make_vault, data_paths):
    vault, old = make_vault()
    new = vault.new_recovery_key()
    vault.lock()
    with pytest.raises(WrongSecretError):
        Vault.unlock_with_recovery_key(data_paths, old)
    Vault.unlock_with_recovery_key(data_paths, new).lock()


def test_change_passphrase_refuses_weak_kdf_in_production(vault):
    with pytest.raises(Exception, match="Mindestmaß"):
        vault.change_passphrase("eine ganz neue Passphrase", kdf_params=KdfParams(8192, 1, 1))


def test_flipped_byte_in_vault_db_is_reported_as_damage(vault, data_paths, unlock):
    for i in range(200):
        vault.conn.execute("INSERT INTO settings(key, value_json) VALUES (?, ?)", (f"k{i}", "x" * 200))
    vault.lock()
    raw = bytearray(data_paths.vault.read_bytes())
    assert len(raw) > 8192
    raw[6000] ^= 0x01  # inside page 2
    data_paths.vault.write_bytes(bytes(raw))
    before = snapshot_files(data_paths.root)
    with pytest.raises(VaultDamagedError, match="beschädigt"):
        unlock()
    assert snapshot_files(data_paths.root) == before


def test_flipped_byte_in_the_first_page_is_reported_as_damage(vault, data_paths, unlock):
    vault.lock()
    raw = bytearray(data_paths.vault.read_bytes())
    raw[100] ^= 0x40
    data_paths.vault.write_bytes(bytes(raw))
    with pytest.raises(VaultDamagedError):
        unlock()


def test_flipped_byte_in_keyslots_is_reported_as_damage(vault, data_paths, unlock):
    vault.lock()
    raw = bytearray(data_paths.keyslots.read_bytes())
    pos = raw.index(b'"salt": "') + 12
    raw[pos] = ord("Q") if raw[pos] != ord("Q") else ord("R")
    data_paths.keyslots.write_bytes(bytes(raw))
    with pytest.raises(VaultDamagedError, match="Schlüsseldatei"):
        unlock()


def test_missing_keyslots_or_vault_file(vault, data_paths, unlock):
    vault.lock()
    data_paths.keyslots.rename(data_paths.root / "elsewhere.json")
    with pytest.raises(VaultDamagedError, match="fehlt"):
        unlock()
    (data_paths.root / "elsewhere.json").rename(data_paths.keyslots)
    data_paths.vault.rename(data_paths.root / "elsewhere.db")
    with pytest.raises(VaultDamagedError, match="vault.db"):
        unlock()


def test_keyslots_of_another_vault_do_not_open_this_one(make_vault, tmp_path, data_paths, unlock):
    first, _ = make_vault()
    first.lock()
    from mfd_desktop.paths import DataPaths

    other_paths = DataPaths(tmp_path / "other", tmp_path / "other" / "logs")
    second, _ = make_vault(paths=other_paths)
    second.lock()
    data_paths.keyslots.write_bytes(other_paths.keyslots.read_bytes())
    with pytest.raises(VaultDamagedError):
        unlock()


def test_plain_sqlite3_is_refused(vault, data_paths):
    vault.lock()
    with pytest.raises(Exception) as info:
        open_connection(data_paths.vault, bytes(32), driver=sqlite3)
    assert isinstance(info.value, UserError)
    assert info.value.render("de") == str(NOT_SQLCIPHER_MESSAGE)
    assert info.value.render("en").startswith("The database library cannot encrypt")


def test_a_vault_from_a_newer_app_is_refused(vault, data_paths, unlock):
    vault.conn.execute("PRAGMA user_version = 999")
    vault.lock()
    before = snapshot_files(data_paths.root)
    with pytest.raises(VaultTooNewError, match="neueren Version"):
        unlock()
    assert snapshot_files(data_paths.root) == before


def test_migration_keeps_an_encrypted_copy_and_is_atomic(vault, data_paths, tmp_path):
    mig_dir = tmp_path / "db"
    mig_dir.mkdir()
    for m in migrations.available():
        (mig_dir / m.path.name).write_text(m.sql())
    latest = migrations.latest_version()
    (mig_dir / f"{latest + 1:04d}_good.sql").write_text("CREATE TABLE extra_ok (x INTEGER);")
    (mig_dir / f"{latest + 2:04d}_bad.sql").write_text(
        "CREATE TABLE half_done (x INTEGER);\nTHIS IS NOT SQL;"
    )
    with pytest.raises(Exception, match="syntax error"):
        migrations.migrate(vault.conn, data_paths.vault, data_paths.migration_backups, mig_dir)
    assert migrations.current_version(vault.conn) == latest + 1
    tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_schema")}
    assert "extra_ok" in tables and "half_done" not in tables
    copies = list(data_paths.migration_backups.glob("*.db"))
    assert len(copies) == 1
    assert copies[0].read_bytes()[:16] != b"SQLite format 3\x00"


def test_keyslots_file_holds_no_secret(make_vault, data_paths):
    vault, rkey = make_vault()
    text = data_paths.keyslots.read_text()
    assert PASSPHRASE not in text and rkey not in text and rkey.replace("-", "") not in text
    assert json.loads(text)["format"] == "mfd-keyslots/1"


def test_remember_on_device_with_the_real_keyring(vault, data_paths):
    real_keyring_or_skip()
    store = SecretStore()
    vault.remember_on_device(store)
    assert vault.is_remembered_on_device()
    vault.lock()
    opened = Vault.unlock_with_device(data_paths, store)
    opened.forget_on_device(store)
    opened.lock()
    with pytest.raises(WrongSecretError):
        Vault.unlock_with_device(data_paths, store)


def test_deferred_check_opens_fast_and_verify_integrity_finds_the_damage(vault, data_paths):
    for i in range(200):
        vault.conn.execute("INSERT INTO settings(key, value_json) VALUES (?, ?)", (f"k{i}", "x" * 200))
    vault.lock()
    raw = bytearray(data_paths.vault.read_bytes())
    raw[len(raw) - 3000] ^= 0x01  # a page the first reads do not touch
    data_paths.vault.write_bytes(bytes(raw))
    opened = Vault.unlock_with_passphrase(data_paths, PASSPHRASE, allow_below_floor=True,
                                          full_check=False)
    try:
        with pytest.raises(VaultDamagedError, match="beschädigt"):
            opened.verify_integrity()
    finally:
        opened.lock()


def test_verify_integrity_passes_on_a_sound_vault(vault):
    vault.verify_integrity()


def test_unlock_on_a_vanished_data_directory_names_the_cause(vault, data_paths, tmp_path):
    from mfd_desktop.paths import DataPaths
    from mfd_desktop.security import keyslots as ks
    from mfd_desktop.storage.faults import StorageGoneError

    vault.lock()
    slot_file = ks.KeySlotFile.load(data_paths.keyslots)
    key = ks.open_with_passphrase(slot_file.slot(ks.SLOT_PASSPHRASE), slot_file.vault_id,
                                  PASSPHRASE, allow_below_floor=True)
    gone = DataPaths(tmp_path / "stick-removed", tmp_path / "stick-removed" / "logs")
    with pytest.raises(StorageGoneError, match="nicht mehr erreichbar"):
        Vault._open(gone, slot_file, key)


def test_locking_during_the_integrity_check_interrupts_it_safely(vault):
    import threading

    for i in range(3000):
        vault.conn.execute("INSERT INTO settings(key, value_json) VALUES (?, ?)", (f"k{i}", "x" * 500))
    outcome: list[BaseException | None] = []

    def check():
        try:
            vault.verify_integrity()
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - the test inspects it
            outcome.append(exc)

    worker = threading.Thread(target=check)
    worker.start()
    vault.lock()
    worker.join(30)
    assert not worker.is_alive()
    # either the check finished before the lock, or it was told the vault is locked —
    # never a damage verdict, never a crash
    assert outcome[0] is None or isinstance(outcome[0], VaultLockedError)


def test_lock_waits_for_a_worker_mid_query_instead_of_closing_under_it(vault):
    import threading

    for i in range(2000):
        vault.conn.execute("INSERT INTO settings(key, value_json) VALUES (?, ?)", (f"k{i}", "x" * 300))
    started = threading.Event()
    outcome: list[str] = []

    def worker():
        conn = vault.new_connection(read_only=True)
        try:
            started.set()
            for _ in range(200):  # a long read, as a report or a search would do
                conn.execute("SELECT count(*) FROM settings a, settings b WHERE a.key < b.key"
                             ).fetchone()
            outcome.append("finished")
        except Exception as exc:  # interrupted by the lock
            outcome.append(type(exc).__name__)
        finally:
            vault.release_connection(conn)

    thread = threading.Thread(target=worker)
    thread.start()
    started.wait(10)
    vault.lock()
    thread.join(30)
    assert vault.is_locked and not thread.is_alive()
    assert outcome and outcome[0] in {"OperationalError", "finished"}


def test_a_failed_create_leaves_nothing_behind(data_paths, monkeypatch):
    """`init` must never leave a 0-byte vault.db that blocks the next `init`."""

    def broken(*_a, **_k):
        raise OSError("disk gone")

    monkeypatch.setattr(migrations, "migrate", broken)
    with pytest.raises(OSError):
        Vault.create(data_paths, PASSPHRASE, kdf_params=FAST_KDF, allow_below_floor=True)
    assert not data_paths.root.exists()
    monkeypatch.undo()
    Vault.create(data_paths, PASSPHRASE, kdf_params=FAST_KDF, allow_below_floor=True)[0].lock()


def test_create_refuses_more_kdf_memory_than_half_the_ram_before_any_file(data_paths):
    from mfd_desktop.errors import WeakKdfError

    with pytest.raises(WeakKdfError, match="Speicher"):
        Vault.create(data_paths, PASSPHRASE, kdf_params=KdfParams(memory_kib=2**40))
    assert not data_paths.root.exists()
