"""The Vault: one counsellor's encrypted database and the key slots that open it.

Life cycle: `Vault.create(...)` or one of the `unlock_with_*` constructors gives an
unlocked vault holding an open connection and the 256-bit data key in memory;
`lock()` closes every connection and overwrites the key. Everything that reads or
writes case data goes through `vault.conn` (the UI thread's connection) or a
connection from `vault.new_connection()` (one per worker thread).

A wrong passphrase or recovery key is detected by AES-GCM before the database is
touched, so a failed unlock leaves every file byte-identical.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mfd_desktop.errors import (
    UserError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultMissingError,
    WrongSecretError,
)
from mfd_desktop.messages import Msg
from mfd_desktop.paths import DataPaths
from mfd_desktop.security import keyslots as ks
from mfd_desktop.security import recovery_key
from mfd_desktop.security.kdf import KdfParams, tune
from mfd_desktop.security.os_keyring import KeyringUnavailable, SecretStore
from mfd_desktop.storage import faults, migrations, rekey
from mfd_desktop.storage.connection import (
    DAMAGED_MESSAGE,
    Connection,
    check_integrity,
    open_connection,
    sqlcipher_version,
)

log = logging.getLogger("mfd.storage.vault")

LOCK_WAIT_SECONDS = 3.0


@dataclass(frozen=True)
class VaultInfo:
    vault_id: str
    schema_version: int
    latest_schema_version: int
    sqlcipher_version: str
    kdf: KdfParams
    slots: tuple[str, ...]


def vault_exists(paths: DataPaths) -> bool:
    return paths.keyslots.exists() or paths.vault.exists()


def device_secret_name(vault_id: str) -> str:
    return f"vault-{vault_id}"


class Vault:
    def __init__(self, paths: DataPaths, slot_file: ks.KeySlotFile, data_key: bytearray,
                 conn: Connection):
        self.paths = paths
        self._slots = slot_file
        self._key: bytearray | None = data_key
        self._conn: Connection | None = conn
        self._extra: list[Connection] = []
        self._checks: set[Connection] = set()  # running verify_integrity() connections
        self._locking = threading.Event()  # set while lock() winds down the workers
        self._guard = threading.Lock()

    # ----- creating and unlocking -------------------------------------------------------

    @classmethod
    def create(cls, paths: DataPaths, passphrase: str, *, kdf_params: KdfParams | None = None,
               allow_below_floor: bool = False) -> tuple[Vault, str]:
        """A new, unlocked vault and its recovery key (show it once, never store it)."""
        if vault_exists(paths):
            raise VaultExistsError(
                Msg("vault.exists", root=paths.root),
            )
        params = kdf_params or tune()
        params.check_choice(allow_below_floor)
        vault_id = uuid.uuid4().hex
        data_key = bytearray(secrets.token_bytes(32))
        rkey = recovery_key.generate()
        # The slow and memory-hungry part first: if Argon2 fails, no file exists yet.
        slot_file = ks.KeySlotFile(vault_id)
        slot_file = slot_file.with_slot(
            ks.seal_with_passphrase(data_key, vault_id, passphrase, params,
                                    allow_below_floor=allow_below_floor)
        )
        slot_file = slot_file.with_slot(
            ks.seal_with_recovery_key(data_key, vault_id, recovery_key.normalise(rkey) or "")
        )
        made_root = not paths.root.exists()
        paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        conn = None
        try:
            # Only the owner may read the vault; SQLite gives -wal and -shm the same mode.
            os.close(os.open(paths.vault, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except BaseException:
            _remove_empty_root(paths, made_root)
            raise
        try:
            conn = open_connection(paths.vault, data_key)
            migrations.migrate(conn)
            conn.execute("INSERT INTO vault_meta(key, value) VALUES ('vault_id', ?)", (vault_id,))
            conn.execute("INSERT INTO vault_meta(key, value) VALUES ('created_at', "
                         "strftime('%Y-%m-%dT%H:%M:%SZ','now'))")
            slot_file.save(paths.keyslots)
        except BaseException:
            # init leaves nothing behind: a half-made vault.db would block the next init.
            if conn is not None:
                conn.close()
            for leftover in (paths.keyslots, paths.vault, *_sidecars(paths.vault)):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            _remove_empty_root(paths, made_root)
            raise
        log.info("created a new vault")
        return cls(paths, slot_file, data_key, conn), rkey

    @classmethod
    def _load_slots(cls, paths: DataPaths) -> ks.KeySlotFile:
        if not paths.keyslots.exists() and not paths.vault.exists():
            raise VaultMissingError(Msg("vault.missing", root=paths.root))
        # A re-key cut off by a crash is finished or undone before anything is read.
        rekey.finish_interrupted(paths)
        if not paths.vault.exists():
            raise VaultDamagedError(
                Msg("vault.file_missing"),
            )
        return ks.KeySlotFile.load(paths.keyslots)

    @classmethod
    def unlock_with_passphrase(cls, paths: DataPaths, passphrase: str, *,
                               allow_below_floor: bool = False, full_check: bool = True) -> Vault:
        slot_file = cls._load_slots(paths)
        slot = slot_file.slot(ks.SLOT_PASSPHRASE)
        key = ks.open_with_passphrase(slot, slot_file.vault_id, passphrase,
                                      allow_below_floor=allow_below_floor)
        return cls._open(paths, slot_file, key, full_check=full_check)

    @classmethod
    def unlock_with_recovery_key(cls, paths: DataPaths, typed_key: str, *,
                                 full_check: bool = True) -> Vault:
        slot_file = cls._load_slots(paths)
        normalised = recovery_key.normalise(typed_key)
        if normalised is None:
            raise WrongSecretError(
                Msg("vault.bad_recovery_key"),
            )
        key = ks.open_with_recovery_key(slot_file.slot(ks.SLOT_RECOVERY), slot_file.vault_id,
                                        normalised)
        return cls._open(paths, slot_file, key, full_check=full_check)

    @classmethod
    def unlock_with_device(cls, paths: DataPaths, store: SecretStore | None = None, *,
                           full_check: bool = True) -> Vault:
        """Unlock with the secret remembered in the OS keyring ("Auf diesem Gerät merken")."""
        slot_file = cls._load_slots(paths)
        if ks.SLOT_KEYRING not in slot_file.slots:
            raise WrongSecretError(Msg("vault.no_device_key"))
        store = store or SecretStore()
        secret = store.get(device_secret_name(slot_file.vault_id))
        if secret is None:
            raise WrongSecretError(Msg("vault.no_device_key"))
        key = ks.open_with_device_secret(slot_file.slot(ks.SLOT_KEYRING), slot_file.vault_id, secret)
        return cls._open(paths, slot_file, key, full_check=full_check)

    @classmethod
    def _open(cls, paths: DataPaths, slot_file: ks.KeySlotFile, key: bytearray, *,
              full_check: bool = True) -> Vault:
        """Open the database with an already verified key.

        `full_check=True` runs SQLCipher's page check and SQLite's quick_check before
        returning (seconds on a large vault). The app passes False to show its window
        sooner and MUST then call `verify_integrity()` right away off the UI thread;
        the header, the schema and page 1 are always checked here."""
        try:
            # A read-only or vanished data directory makes SQLite report "damaged":
            # name the real cause instead (storage.faults).
            with faults.unlock_errors(paths.root):
                conn = open_connection(paths.vault, key)
        except BaseException:
            _wipe(key)
            raise
        try:
            if full_check:
                _raise_if_damaged(check_integrity(conn))
            migrations.check_not_too_new(conn)
            stored_id = _stored_vault_id(conn)
            if stored_id is not None and stored_id != slot_file.vault_id:
                raise VaultDamagedError(
                    Msg("vault.keyfile_mismatch"),
                )
            migrations.migrate(conn, paths.vault, paths.migration_backups)
        except BaseException:
            conn.close()
            _wipe(key)
            raise
        log.info("vault unlocked")
        return cls(paths, slot_file, key, conn)

    # ----- using -------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    @property
    def is_closing(self) -> bool:
        """True from the moment `lock()` starts: long work should stop at its next step."""
        return self._locking.is_set() or self._conn is None

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultLockedError(Msg("vault.locked"))
        return self._conn

    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    def new_connection(self, *, read_only: bool = False) -> Connection:
        """A separate connection for a worker thread. The worker must hand it back with
        `release_connection()` (in a `finally`); `lock()` interrupts it and waits for that."""
        with self._guard:
            if self._key is None:
                raise VaultLockedError(Msg("vault.locked"))
            conn = open_connection(self.paths.vault, self._key, read_only=read_only)
            self._extra.append(conn)
            return conn

    def release_connection(self, conn: Connection) -> None:
        with self._guard:
            if conn in self._extra:
                self._extra.remove(conn)
        conn.close()

    def lock(self, *, wait_seconds: float = LOCK_WAIT_SECONDS) -> None:
        """Close every connection and overwrite the key in memory. Idempotent.

        Workers' connections are interrupted (thread-safe) again and again for up to
        `wait_seconds`, until their own threads release them: closing a connection
        under a statement running on another thread crashes the process. A connection
        still held after that is left to its owner (closed at `release_connection()`)
        rather than closed from here; it can no longer be handed out."""
        self._locking.set()
        deadline = time.monotonic() + wait_seconds
        while True:
            with self._guard:
                busy = [*self._checks, *self._extra]
            if not busy or time.monotonic() >= deadline:
                break
            for conn in busy:
                conn.interrupt()  # also catches a statement started after the last call
            time.sleep(0.01)
        with self._guard:
            if self._extra:
                log.warning("%d worker connection(s) still busy at lock; their threads close them",
                            len(self._extra))
            if self._conn is not None:
                try:
                    self._conn.close()
                except Exception:
                    log.warning("the main connection did not close cleanly at lock")
            self._extra.clear()
            self._conn = None
            if self._key is not None:
                _wipe(self._key)
                self._key = None
        log.info("vault locked")

    def info(self) -> VaultInfo:
        passphrase_slot = self._slots.slot(ks.SLOT_PASSPHRASE)
        assert passphrase_slot.kdf is not None
        return VaultInfo(
            vault_id=self.vault_id,
            schema_version=migrations.current_version(self.conn),
            latest_schema_version=migrations.latest_version(),
            sqlcipher_version=sqlcipher_version(self.conn),
            kdf=passphrase_slot.kdf,
            slots=tuple(sorted(self._slots.slots)),
        )

    def integrity_problems(self) -> list[str]:
        return check_integrity(self.conn)

    def verify_integrity(self) -> None:
        """Full page check on a connection of its own (safe on a worker thread).

        Raises VaultDamagedError; the caller must then stop writing (lock) and offer a
        backup. Nothing is repaired or overwritten here. If the vault is locked while
        the check runs, `lock()` interrupts it (never closes it under the running
        statement) and this raises VaultLockedError instead of a damage verdict."""
        with self._guard:
            if self._key is None:
                raise VaultLockedError(Msg("vault.locked"))
            conn = open_connection(self.paths.vault, self._key, read_only=True)
            self._checks.add(conn)
        try:
            problems = check_integrity(conn)
        finally:
            with self._guard:
                self._checks.discard(conn)
            conn.close()
        if self._locking.is_set() or self.is_locked:  # interrupted by lock(), not damage
            raise VaultLockedError(Msg("vault.locked_during_check"))
        _raise_if_damaged(problems)

    # ----- changing the ways in -----------------------------------------------------------

    def _data_key(self) -> bytearray:
        if self._key is None:
            raise VaultLockedError(Msg("vault.locked"))
        return self._key

    def _replace_slot(self, slot: ks.KeySlot,
                      step_hook: rekey.StepHook | None = None) -> None:
        updated = self._slots.with_slot(slot)
        updated.save(self.paths.keyslots, step_hook=step_hook)
        self._slots = updated

    def change_passphrase(self, new_passphrase: str, *, kdf_params: KdfParams | None = None,
                          allow_below_floor: bool = False,
                          step_hook: rekey.StepHook | None = None) -> None:
        """Re-wrap the data key under a new passphrase. The database is not rewritten."""
        params = kdf_params or tune()
        params.check_choice(allow_below_floor)
        slot = ks.seal_with_passphrase(self._data_key(), self.vault_id, new_passphrase, params,
                                       allow_below_floor=allow_below_floor)
        self._replace_slot(slot, step_hook)
        log.info("passphrase changed")

    def new_recovery_key(self) -> str:
        """Replace the recovery slot (a re-wrap of the same data key): the old recovery key
        no longer opens THIS keyslots.json, but would with an older copy of it. The app and
        `mfd new-recovery-key` therefore re-key instead (`rekey()`)."""
        rkey = recovery_key.generate()
        slot = ks.seal_with_recovery_key(self._data_key(), self.vault_id,
                                         recovery_key.normalise(rkey) or "")
        self._replace_slot(slot)
        log.info("recovery key replaced")
        return rkey

    # ----- re-keying ----------------------------------------------------------------------

    def prepare_rekey(self, passphrase: str, *, kdf_params: KdfParams | None = None,
                      allow_below_floor: bool = False,
                      progress: rekey.Progress | None = None,
                      step_hook: rekey.StepHook | None = None,
                      free_bytes: Callable[[Path], int] | None = None) -> rekey.PreparedRekey:
        """Slow half of a re-key (storage/rekey.py), on a worker thread: a checked copy of
        the vault under a new random data key, and staged key slots for `passphrase` (the
        new or the current one), a new recovery key and, if remembered, this device.
        Nothing live changes; finish with `commit_rekey()` on the thread that owns
        `vault.conn`, or `prepared.abort()`."""
        self._data_key()
        with self._guard:
            if self._extra or self._checks:
                raise UserError(rekey.BUSY_MESSAGE)
        if kdf_params is not None:
            kdf_params.check_choice(allow_below_floor)
            params = kdf_params
        else:  # keep the parameters the passphrase slot has now
            current = self._slots.slot(ks.SLOT_PASSPHRASE).kdf
            params = current if current is not None else tune()
        return rekey.prepare(self, passphrase, params, allow_below_floor=allow_below_floor,
                             progress=progress, step_hook=step_hook, free_bytes=free_bytes)

    def commit_rekey(self, prepared: rekey.PreparedRekey, store: SecretStore | None = None) -> str:
        """Quick half of a re-key, on the thread that owns `vault.conn`: the atomic swap,
        then this object works with the new key. Returns the new recovery key (show it
        once). Every earlier passphrase/recovery-key slot, including those in backups,
        no longer opens the vault as it is from now on."""
        if self.is_closing:
            prepared.abort()
            raise VaultLockedError(Msg("vault.locked"))

        def close_others() -> None:
            with self._guard:
                if [c for c in self._extra if c is not prepared.guard] or self._checks:
                    raise UserError(rekey.BUSY_MESSAGE)
                if self._conn is not None:
                    self._conn.close()
                    self._conn = None

        try:
            prepared.commit(close_others)
        except BaseException:
            if not prepared.done:  # before the commit point: the old pair is the vault
                prepared.abort()
                if self._conn is None and self._key is not None:
                    self._conn = open_connection(self.paths.vault, self._key)
                raise
            # After the commit point the swap failed half-way: the next unlock finishes it.
            log.error("re-key committed but the swap did not finish; locking")
            self.lock()
            raise
        with self._guard:
            old, self._key = self._key, prepared.new_key
            if old is not None:
                _wipe(old)
            self._slots = prepared.slots
            self._conn = open_connection(self.paths.vault, self._key)
        if prepared.device_secret is not None:
            try:
                (store or SecretStore()).set(device_secret_name(self.vault_id),
                                             prepared.device_secret)
            except KeyringUnavailable:
                log.warning("the OS keyring refused the new device secret; device slot removed")
                self._slots = self._slots.without_slot(ks.SLOT_KEYRING)
                self._slots.save(self.paths.keyslots)
        log.info("re-key finished")
        return prepared.recovery_key

    def rekey(self, passphrase: str, **kwargs: Any) -> str:
        """`prepare_rekey` and `commit_rekey` on one thread (the command line)."""
        store = kwargs.pop("store", None)
        return self.commit_rekey(self.prepare_rekey(passphrase, **kwargs), store=store)

    def is_remembered_on_device(self) -> bool:
        return ks.SLOT_KEYRING in self._slots.slots

    def remember_on_device(self, store: SecretStore | None = None) -> None:
        """Store a random device secret in the OS keyring and add a slot for it.

        Raises `KeyringUnavailable` when there is no trustworthy OS store."""
        store = store or SecretStore()
        secret = secrets.token_bytes(32)
        store.set(device_secret_name(self.vault_id), secret)
        self._replace_slot(ks.seal_with_device_secret(self._data_key(), self.vault_id, secret))
        log.info("vault key remembered in the OS keyring")

    def forget_on_device(self, store: SecretStore | None = None) -> None:
        updated = self._slots.without_slot(ks.SLOT_KEYRING)
        updated.save(self.paths.keyslots)
        self._slots = updated
        try:
            (store or SecretStore()).delete(device_secret_name(self.vault_id))
        except KeyringUnavailable:
            log.warning("could not remove the device secret from the OS keyring")
        log.info("device slot removed")


def _sidecars(db: Path) -> tuple[Path, ...]:
    return tuple(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


def _remove_empty_root(paths: DataPaths, made_root: bool) -> None:
    if made_root:
        with contextlib.suppress(OSError):
            paths.root.rmdir()  # only if still empty


def _raise_if_damaged(problems: list[str]) -> None:
    if problems:
        log.error("integrity check failed with %d finding(s)", len(problems))
        raise VaultDamagedError(DAMAGED_MESSAGE)


def _stored_vault_id(conn: Connection) -> str | None:
    try:
        row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
    except Exception:
        return None
    return row[0] if row else None


def _wipe(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0

