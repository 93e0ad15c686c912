"""Re-keying: a new random data key, the whole vault re-encrypted under it, new key slots.

Why: changing the passphrase or the recovery key only re-wraps the data key, so an old
secret plus an older keyslots.json (every backup carries one) would still open today's
vault.db. Re-keying makes every earlier secret useless for the vault as it is now.

How (export, not `PRAGMA rekey`): `sqlcipher_export` writes a complete new file
`vault.db.rekey` keyed with the new key, while the old vault.db stays untouched. The
new file is checked (SQLCipher's page HMACs, quick_check, the same tables with the same
row counts and schema version) before anything live changes. `PRAGMA rekey` would
rewrite vault.db in place, and vault.db and keyslots.json can never be replaced in one
atomic step: between the two there would be a moment where the key slots open one key
and the database needs the other. With two complete pairs on disk and one commit
marker, there is always exactly one pair that counts.

Steps (names are the `step_hook` arguments the crash tests kill at):

1. `exported`      vault.db.rekey written and fsynced (the write lock is held from the
                   start, so no commit can be missed; readers are not blocked)
2. `verified`      the new file opened with the new key and checked
3. `slots_staged`  keyslots.json.rekey written atomically (the new key, wrapped)
4. `committed`     rekey.commit written: THE commit point. Before it, the old pair is the
                   vault and the staged files are thrown away; after it, the new pair is
                   the vault and the swap is finished, by this process or the next opener
5. `db_swapped`    old -wal/-shm removed, vault.db.rekey renamed over vault.db
6. `slots_swapped` keyslots.json.rekey renamed over keyslots.json
7. `finished`      rekey.commit removed

`finish_interrupted(paths)` runs before every unlock (`Vault._load_slots`) and does
the roll-back or roll-forward after a crash. While a re-key runs, its process holds
an OS lock on `rekey.lock`; another process that finds staged files while that lock is
held touches nothing and does not wait: it says that a re-key is running.

Other processes: right before the commit point the old database is switched out of
WAL mode, which SQLite refuses while any other connection has it open; so a program
that still has the vault open makes the re-key stop (nothing changed), and writes
cannot get lost in the old file. The CLI also takes the single-instance lock.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mfd_desktop.errors import UserError, VaultDamagedError
from mfd_desktop.messages import Msg
from mfd_desktop.paths import DataPaths
from mfd_desktop.security import atomic, recovery_key
from mfd_desktop.security import keyslots as ks
from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.storage.connection import (
    Connection,
    DatabaseError,
    check_integrity,
    open_connection,
)
from mfd_desktop.storage.faults import storage_errors
from mfd_desktop.storage.instance_lock import _try_lock, _unlock

if TYPE_CHECKING:
    from mfd_desktop.storage.vault import Vault

log = logging.getLogger("mfd.storage.rekey")

STAGED_DB = "vault.db.rekey"
STAGED_SLOTS = "keyslots.json.rekey"
COMMIT_MARKER = "rekey.commit"
LOCK_FILE = "rekey.lock"
STEPS = ("exported", "verified", "slots_staged", "committed", "db_swapped", "slots_swapped",
         "finished")
FREE_SPACE_MARGIN = 16 * 1024 * 1024  # the new key slots, journals, file system slack

Progress = Callable[[int, int], None]  # (done, total), as gui/tasks.py reports
StepHook = Callable[[str], None]

IN_PROGRESS_MESSAGE = (
    Msg("rekey.in_progress")
)
BUSY_MESSAGE = (
    Msg("rekey.busy")
)
STOPPED_MESSAGE = Msg("rekey.stopped")
CHECK_FAILED_MESSAGE = (
    Msg("rekey.check_failed")
)


class RekeyInProgressError(UserError):
    """Staged files exist and another process is re-keying right now."""


def _staged(root: Path) -> tuple[Path, ...]:
    db = root / STAGED_DB
    slots = root / STAGED_SLOTS
    return (db, db.with_name(db.name + "-journal"), db.with_name(db.name + "-wal"),
            db.with_name(db.name + "-shm"), slots,
            slots.with_name(slots.name + atomic.TEMP_SUFFIX))


def _sidecars(db: Path) -> tuple[Path, ...]:
    return tuple(db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal"))


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class RekeyLock:
    """An OS lock on `<data dir>/rekey.lock`, held for a whole re-key (released by the OS
    when the process dies, so a crash never leaves it held)."""

    def __init__(self, root: Path):
        self.path = Path(root) / LOCK_FILE
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                _unlock(fd)
            os.close(fd)


def finish_interrupted(paths: DataPaths) -> str | None:
    """After a crash during a re-key: finish it (commit marker present) or undo it.

    Returns "finished", "undone" or None (nothing to do). Raises `RekeyInProgressError`
    when another process is re-keying right now."""
    root = paths.root
    marker = root / COMMIT_MARKER
    if not marker.exists() and not any(p.exists() for p in _staged(root)):
        return None
    lock = RekeyLock(root)
    if not lock.try_acquire():
        raise RekeyInProgressError(IN_PROGRESS_MESSAGE)
    try:
        if marker.exists():
            _roll_forward(paths)
            log.warning("an interrupted re-key was finished")
            return "finished"
        for path in _staged(root):
            _unlink(path)
        atomic.fsync_directory(root)
        log.warning("an interrupted re-key was undone; the vault is as before")
        return "undone"
    finally:
        lock.release()


def _roll_forward(paths: DataPaths, hook: StepHook | None = None) -> None:
    """Make the staged pair the vault. Idempotent: each step may already be done."""
    step = hook or (lambda _s: None)
    root = paths.root
    staged_db, staged_slots = root / STAGED_DB, root / STAGED_SLOTS
    if staged_db.exists():
        # The old database's -wal must go first: SQLite would replay it onto the new file.
        # Everything in it is in the new file already (exported from the same snapshot).
        for sidecar in _sidecars(paths.vault):
            _unlink(sidecar)
        atomic.fsync_directory(root)
        os.replace(staged_db, paths.vault)
        atomic.fsync_directory(root)
    step("db_swapped")
    if staged_slots.exists():
        os.replace(staged_slots, paths.keyslots)
        atomic.fsync_directory(root)
    step("slots_swapped")
    _unlink(root / COMMIT_MARKER)
    atomic.fsync_directory(root)
    step("finished")


def check_free_space(paths: DataPaths, *, free_bytes: Callable[[Path], int] | None = None) -> int:
    """Raise unless the data directory has room for a second copy of the vault."""
    needed = sum(p.stat().st_size for p in (paths.vault, *_sidecars(paths.vault)) if p.exists())
    needed += FREE_SPACE_MARGIN
    free = (free_bytes or (lambda d: shutil.disk_usage(d).free))(paths.root)
    if free < needed:
        mib = 1024 * 1024
        raise UserError(
            Msg("rekey.disk_space", value=-(-needed // mib), value2=free // mib),
        )
    return needed


@dataclass
class PreparedRekey:
    """A finished, checked copy under the new key and its staged key slots; nothing live
    has changed yet. Commit with `Vault.commit_rekey()` or throw away with `abort()`."""

    paths: DataPaths
    new_key: bytearray
    slots: ks.KeySlotFile
    recovery_key: str
    device_secret: bytes | None
    guard: Connection  # holds the vault's write lock since before the export
    data_version: int
    lock: RekeyLock
    hook: StepHook
    release: Callable[[Connection], None]
    done: bool = field(default=False)

    def abort(self) -> None:
        if self.done:
            return
        self.done = True
        with contextlib.suppress(Exception):
            if self.guard.in_transaction:
                self.guard.execute("ROLLBACK")
        with contextlib.suppress(Exception):
            self.release(self.guard)
        for path in _staged(self.paths.root):
            _unlink(path)
        with contextlib.suppress(OSError):
            atomic.fsync_directory(self.paths.root)
        _wipe(self.new_key)
        self.lock.release()
        log.info("re-key abandoned; the vault is unchanged")

    def commit(self, close_others: Callable[[], None]) -> None:
        """The commit point and the swap. `close_others()` must close every other
        connection this process has to the vault (it is called with the write lock held)."""
        guard = self.guard
        root = self.paths.root
        close_others()
        try:
            # Never wait here (this runs on the UI thread): if anyone else has the vault
            # open, stop at once; nothing has changed yet.
            guard.execute("PRAGMA busy_timeout = 0")
            guard.execute("COMMIT")  # nothing was written; this only ends the lock
            # Out of WAL mode: SQLite refuses while any other connection (any process) has
            # the vault open, and checkpoints the WAL into the file.
            mode = guard.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise UserError(BUSY_MESSAGE)
            guard.execute("BEGIN EXCLUSIVE")
            if int(guard.execute("PRAGMA data_version").fetchone()[0]) != self.data_version:
                raise UserError(BUSY_MESSAGE)  # someone wrote in between
        except Exception as exc:
            with contextlib.suppress(Exception):
                if guard.in_transaction:
                    guard.execute("ROLLBACK")
                guard.execute("PRAGMA journal_mode = WAL")
            if isinstance(exc, UserError):
                raise
            raise UserError(BUSY_MESSAGE) from exc
        atomic.atomic_write_bytes(root / COMMIT_MARKER, b"mfd-rekey/1\n")
        self.hook("committed")
        # Committed: from here on the new pair is the vault, whatever happens.
        self.done = True
        with contextlib.suppress(Exception):
            guard.execute("ROLLBACK")
        with contextlib.suppress(Exception):
            self.release(guard)
        try:
            _roll_forward(self.paths, self.hook)
        finally:
            self.lock.release()
        log.info("vault re-keyed")


def prepare(vault: Vault, passphrase: str, kdf: KdfParams, *, allow_below_floor: bool = False,
            progress: Progress | None = None, step_hook: StepHook | None = None,
            free_bytes: Callable[[Path], int] | None = None,
            keep_device_slot: bool = True) -> PreparedRekey:
    """Export the unlocked `vault` under a new random key, check the copy, stage new key
    slots (passphrase, a NEW recovery key, and a new device slot if there was one).

    Slow: call it off the UI thread. Holds the vault's write lock until commit/abort
    (readers go on; a writer waits). If the vault is locked meanwhile, it stops."""
    report = progress or (lambda _d, _t: None)
    hook = step_hook or (lambda _s: None)
    paths: DataPaths = vault.paths
    root = paths.root
    lock = RekeyLock(root)
    if not lock.try_acquire():
        raise RekeyInProgressError(IN_PROGRESS_MESSAGE)
    new_key = bytearray(secrets.token_bytes(32))
    guard = src = None
    try:
        for path in _staged(root):  # an earlier attempt that was stopped
            _unlink(path)
        check_free_space(paths, free_bytes=free_bytes)
        report(0, 0)
        guard = vault.new_connection()
        guard.execute("PRAGMA busy_timeout = 2000")
        try:
            guard.execute("BEGIN IMMEDIATE")  # no commit from now on can be missed
        except DatabaseError as exc:  # another writer holds the vault
            raise UserError(BUSY_MESSAGE) from exc
        data_version = int(guard.execute("PRAGMA data_version").fetchone()[0])
        schema_version = int(guard.execute("PRAGMA user_version").fetchone()[0])
        total = (int(guard.execute("PRAGMA page_count").fetchone()[0])
                 * int(guard.execute("PRAGMA page_size").fetchone()[0]))
        src = vault.new_connection()
        with storage_errors(root):  # a full disk, a vanished folder: a German message
            _export(src, root / STAGED_DB, new_key, schema_version, total, report,
                    lambda: vault.is_closing)
        vault.release_connection(src)
        src = None
        hook("exported")
        report(80, 100)
        _verify(guard, root / STAGED_DB, new_key, schema_version)
        hook("verified")
        report(90, 100)
        rkey = recovery_key.generate()
        slots = ks.KeySlotFile(vault.vault_id)
        slots = slots.with_slot(ks.seal_with_passphrase(
            new_key, vault.vault_id, passphrase, kdf, allow_below_floor=allow_below_floor))
        slots = slots.with_slot(ks.seal_with_recovery_key(
            new_key, vault.vault_id, recovery_key.normalise(rkey) or ""))
        device_secret = None
        if keep_device_slot and vault.is_remembered_on_device():
            device_secret = secrets.token_bytes(32)
            slots = slots.with_slot(ks.seal_with_device_secret(new_key, vault.vault_id,
                                                               device_secret))
        if vault.is_closing:
            raise UserError(STOPPED_MESSAGE)
        slots.save(root / STAGED_SLOTS)
        hook("slots_staged")
        report(95, 100)
    except BaseException as exc:
        if src is not None:
            with contextlib.suppress(Exception):
                vault.release_connection(src)
        if guard is not None:
            with contextlib.suppress(Exception):
                if guard.in_transaction:
                    guard.execute("ROLLBACK")
            with contextlib.suppress(Exception):
                vault.release_connection(guard)
        for path in _staged(root):
            _unlink(path)
        _wipe(new_key)
        lock.release()
        if vault.is_closing and not isinstance(exc, UserError):
            raise UserError(STOPPED_MESSAGE) from exc
        raise
    return PreparedRekey(paths, new_key, slots, rkey, device_secret, guard, data_version, lock,
                         hook, vault.release_connection)


def _export(src: Connection, target: Path, key: bytearray, schema_version: int, total: int,
            report: Progress, stopping: Callable[[], bool]) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # owner-only, fresh
    os.close(fd)
    # Progress from the growing file, watched by a thread: sqlcipher3's progress handler
    # drops a reference to None on every call (a crash after a few thousand calls on
    # Python 3.11), so it is not used. Stopping: `vault.lock()` interrupts `src` (it is one
    # of the vault's worker connections); the watcher does the same if it sees locking.
    finished = threading.Event()

    def watch() -> None:
        while not finished.wait(0.1):
            if stopping():
                with contextlib.suppress(Exception):
                    src.interrupt()
                return
            with contextlib.suppress(OSError):
                report(min(79, int(80 * target.stat().st_size / max(total, 1))), 100)

    watcher = threading.Thread(target=watch, name="mfd-rekey-progress", daemon=True)
    src.execute("ATTACH DATABASE ? AS rekey KEY ?", (str(target), f"x'{bytes(key).hex()}'"))
    try:
        src.execute("PRAGMA rekey.cipher_log_level = NONE")
        src.execute("PRAGMA rekey.journal_mode = DELETE")
        src.execute("PRAGMA rekey.synchronous = FULL")
        watcher.start()
        try:
            src.execute("SELECT sqlcipher_export('rekey')")
        finally:
            finished.set()
            watcher.join()
        src.execute(f"PRAGMA rekey.user_version = {int(schema_version)}")
    finally:
        with contextlib.suppress(Exception):
            src.execute("DETACH DATABASE rekey")
    if stopping():
        raise UserError(STOPPED_MESSAGE)
    _fsync_file(target)
    atomic.fsync_directory(target.parent)


def _tables(conn: Connection) -> list[tuple[str, str]]:
    return [(str(t), str(n)) for t, n in conn.execute(
        "SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' "
        "ORDER BY type, name").fetchall()]


def _verify(source: Connection, copy_path: Path, key: bytearray, schema_version: int) -> None:
    """The copy opens with the new key, passes the page and structure checks, and holds
    the same schema objects, schema version and row counts as the source snapshot."""
    try:
        copy = open_connection(copy_path, key, read_only=True)
    except VaultDamagedError:
        raise UserError(CHECK_FAILED_MESSAGE) from None
    try:
        problems = check_integrity(copy)
        same = (_tables(copy) == _tables(source)
                and int(copy.execute("PRAGMA user_version").fetchone()[0]) == schema_version)
        if same:
            for kind, name in _tables(source):
                if kind != "table":
                    continue
                query = f'SELECT count(*) FROM "{name.replace(chr(34), chr(34) * 2)}"'
                if copy.execute(query).fetchone() != source.execute(query).fetchone():
                    same = False
                    break
    finally:
        copy.close()
    if problems or not same:
        log.error("re-keyed copy failed its check (%d finding(s), same content: %s)",
                  len(problems), same)
        raise UserError(CHECK_FAILED_MESSAGE)


def _wipe(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0
