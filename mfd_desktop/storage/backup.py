"""Encrypted backup files (`*.mfdbak`): create, verify, restore, rotate, remind.

A backup is one file:

    MAGIC (12 bytes) | header length (8 bytes, big-endian) | header (JSON, UTF-8)
    | database (SQLCipher 4, keyed with the vault's data key) | SHA-256 of all before (32)

The header holds no personal data: format, vault id, creation time, schema version,
the database's size and a copy of the vault's passphrase and recovery-key slots (the
same data key, wrapped as in keyslots.json; the device/keyring slot is left out). So
a backup opens with the passphrase or recovery key that were valid when it was made,
and never with nothing. The checksum tells "damaged file" apart from "wrong secret".

The database part is made with SQLite's online backup API from a separate connection
holding one read snapshot: in WAL mode that never blocks the counsellor's writes, and
the copy is consistent even while they keep typing. It is copied page by page (still
encrypted, SQLCipher pages are copied as they are) into a keyed file next to the target,
checked, then packed. Nothing is ever written in plain text, not even temporarily.

Restoring writes into a data directory that has no vault, or with `replace=True`
moves the existing vault aside into `ersetzt-<time>/` (never deletes it).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import struct
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from mfd_desktop import __version__
from mfd_desktop.errors import UserError, VaultDamagedError, VaultExistsError, WrongSecretError
from mfd_desktop.messages import Msg
from mfd_desktop.paths import KEYSLOTS_FILE, VAULT_FILE, DataPaths
from mfd_desktop.security import atomic, recovery_key
from mfd_desktop.security import keyslots as ks
from mfd_desktop.storage import audit, rekey
from mfd_desktop.storage.connection import Connection, check_integrity, open_connection
from mfd_desktop.storage.faults import storage_errors
from mfd_desktop.storage.instance_lock import InstanceLock
from mfd_desktop.storage.vault import Vault, vault_exists

log = logging.getLogger("mfd.storage.backup")

MAGIC = b"MFD-BACKUP\x00\x01"
FORMAT = "mfd-backup/1"
SUFFIX = ".mfdbak"
AUTO_PREFIX = "auto-"
CHECKSUM_LENGTH = 32
CHUNK = 1024 * 1024
PAGES_PER_STEP = 2048  # 8 MiB per step: fast, and still fine-grained progress
LAST_BACKUP_KEY = "last_backup_at"
LAST_AUTO_BACKUP_KEY = "last_auto_backup_at"
DEFAULT_KEEP_DAYS = 7

Progress = Callable[[float], None]

DAMAGED_BACKUP_MESSAGE = (
    Msg("backup.damaged")
)
NOT_A_BACKUP_MESSAGE = Msg("backup.not_a_backup")


@dataclass(frozen=True)
class BackupHeader:
    vault_id: str
    created_at: str
    schema_version: int
    db_size: int
    kind: str
    app_version: str
    slots: ks.KeySlotFile

    def to_json(self) -> bytes:
        body = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "schema_version": self.schema_version,
            "db_size": self.db_size,
            "kind": self.kind,
            "app_version": self.app_version,
            "keyslots": json.loads(self.slots.serialise()),
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> BackupHeader:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("format")
            slots = ks.KeySlotFile.parse(json.dumps(data["keyslots"]).encode("utf-8"))
            if slots.vault_id != data["vault_id"]:
                raise ValueError("vault id")
            return cls(
                vault_id=str(data["vault_id"]),
                created_at=str(data["created_at"]),
                schema_version=int(data["schema_version"]),
                db_size=int(data["db_size"]),
                kind=str(data["kind"]),
                app_version=str(data.get("app_version", "")),
                slots=slots,
            )
        except (ValueError, KeyError, TypeError, UnicodeError, AttributeError, RecursionError,
                OverflowError, VaultDamagedError) as exc:
            raise VaultDamagedError(DAMAGED_BACKUP_MESSAGE) from exc


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    vault_id: str
    created_at: str
    schema_version: int
    size: int
    kind: str


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    data_dir: Path
    kept_aside: Path | None


# ----- helpers ------------------------------------------------------------------------------

def _now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _keyed(path: Path, key: bytes | bytearray) -> Connection:
    """A bare keyed connection for the backup target (no WAL: one self-contained file)."""
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _secret_key(header: BackupHeader, passphrase: str | None, recovery: str | None,
                allow_below_floor: bool) -> bytearray:
    if passphrase is not None:
        return ks.open_with_passphrase(header.slots.slot(ks.SLOT_PASSPHRASE), header.vault_id,
                                       passphrase, allow_below_floor=allow_below_floor)
    if recovery is not None:
        normalised = recovery_key.normalise(recovery)
        if normalised is None:
            raise WrongSecretError(
                Msg("backup.bad_recovery_key"),
            )
        return ks.open_with_recovery_key(header.slots.slot(ks.SLOT_RECOVERY), header.vault_id,
                                         normalised)
    raise WrongSecretError(Msg("backup.needs_secret"))


def _wipe(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0


def _remove(paths: tuple[Path, ...]) -> None:
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ----- create ------------------------------------------------------------------------------

LOCKED_DURING_BACKUP = (
    Msg("backup.locked_during_backup")
)


def create_backup(vault: Vault, out: Path, *, kind: str = "manual", progress: Progress | None = None,
                  pages_per_step: int = PAGES_PER_STEP) -> BackupInfo:
    """Write an encrypted backup of the unlocked `vault` to `out` (replaced atomically).

    Runs on the calling thread with its own connection; call it from a worker thread.
    The counsellor can keep working meanwhile (WAL snapshot, no lock held against them).
    If the vault is locked meanwhile, the backup stops with a German message and leaves
    no file behind.
    """
    try:
        return _create_backup(vault, out, kind=kind, progress=progress,
                              pages_per_step=pages_per_step)
    except Exception as exc:
        if vault.is_closing:  # whatever the interrupted copy raised, this is what happened
            log.info("backup stopped: the vault was locked")
            raise UserError(LOCKED_DURING_BACKUP) from exc
        raise


def _create_backup(vault: Vault, out: Path, *, kind: str, progress: Progress | None,
                   pages_per_step: int) -> BackupInfo:
    out = Path(out).expanduser()
    report = progress or (lambda _f: None)
    root = out.parent
    if not root.is_dir():
        raise UserError(Msg("backup.target_folder_missing", root=root))
    part = out.with_name(out.name + ".db-part")
    slot_file = ks.KeySlotFile.load(vault.paths.keyslots)
    slots = slot_file.without_slot(ks.SLOT_KEYRING)
    created_at = _now_iso()
    report(0.0)
    # The part is an (encrypted) SQLCipher file: a kill can leave its journal, or, since
    # the online backup copies the vault's WAL header, its -wal and -shm files.
    leftovers = (part, *(part.with_name(part.name + s) for s in ("-journal", "-wal", "-shm")),
                 out.with_name(out.name + atomic.TEMP_SUFFIX))
    with storage_errors(root):
        _remove(leftovers)  # an earlier attempt may have been cut off
        source = vault.new_connection()
        try:
            key = vault._data_key()  # the target must carry the same raw key
            target = _keyed(part, key)
            # The part file is thrown away on any failure and fsynced when packed, so it
            # needs no journal of its own.
            target.execute("PRAGMA journal_mode = OFF")
            target.execute("PRAGMA synchronous = OFF")
            try:
                # One read snapshot for the whole copy: consistent, and it blocks no writer.
                source.execute("BEGIN")
                schema_version = int(source.execute("PRAGMA user_version").fetchone()[0])
                source.execute("SELECT count(*) FROM sqlite_schema").fetchone()

                def step(_status: int, remaining: int, total: int) -> None:
                    if vault.is_closing:  # locked meanwhile: stop copying at once
                        raise UserError(LOCKED_DURING_BACKUP)
                    if total:
                        report(0.8 * (total - remaining) / total)

                source.backup(target, pages=pages_per_step, progress=step)
                source.execute("COMMIT")
                target.execute("PRAGMA journal_mode = DELETE")
                # Every page's HMAC: proves the copy is exactly the vault's encrypted pages.
                # (quick_check ran on the vault at unlock; `verify_backup` runs both.)
                problems = [str(r[0]) for r in
                            target.execute("PRAGMA cipher_integrity_check").fetchall()]
            finally:
                target.close()
            if problems:
                raise VaultDamagedError(
                    Msg("backup.check_vault_errors"),
                )
            report(0.85)
            db_size = part.stat().st_size
            header = BackupHeader(vault.vault_id, created_at, schema_version, db_size, kind,
                                  __version__, slots)
            _pack(out, header, part, lambda f: report(0.85 + 0.15 * f))
            meta_key = LAST_AUTO_BACKUP_KEY if kind == "auto" else LAST_BACKUP_KEY
            source.execute(
                "INSERT INTO vault_meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (meta_key, created_at))
            audit.append(source, "backup.auto_created" if kind == "auto" else "backup.created")
        finally:
            with contextlib.suppress(Exception):  # closed already if the vault was locked
                if source.in_transaction:
                    source.execute("ROLLBACK")
            with contextlib.suppress(Exception):
                vault.release_connection(source)
            _remove(leftovers[:2])
    report(1.0)
    log.info("backup written (%s, %d bytes)", kind, out.stat().st_size)
    return BackupInfo(out, vault.vault_id, created_at, schema_version, out.stat().st_size, kind)


def _pack(out: Path, header: BackupHeader, db_file: Path, progress: Progress) -> None:
    temp = out.with_name(out.name + atomic.TEMP_SUFFIX)
    head = header.to_json()
    digest = hashlib.sha256()
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            for piece in (MAGIC, struct.pack(">Q", len(head)), head):
                handle.write(piece)
                digest.update(piece)
            done = 0
            with open(db_file, "rb") as db:
                while chunk := db.read(CHUNK):
                    handle.write(chunk)
                    digest.update(chunk)
                    done += len(chunk)
                    progress(done / max(header.db_size, 1))
            handle.write(digest.digest())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, out)
        atomic.fsync_directory(out.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


# ----- reading -----------------------------------------------------------------------------

def read_header(path: Path) -> tuple[BackupHeader, int]:
    """The header and the offset where the database starts. Checks the format, not the sum."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            magic = handle.read(len(MAGIC))
            if magic != MAGIC:
                raise VaultDamagedError(NOT_A_BACKUP_MESSAGE)
            raw_len = handle.read(8)
            if len(raw_len) != 8:
                raise VaultDamagedError(DAMAGED_BACKUP_MESSAGE)
            (head_len,) = struct.unpack(">Q", raw_len)
            if head_len > 1_000_000 or len(MAGIC) + 8 + head_len + CHECKSUM_LENGTH > size:
                raise VaultDamagedError(DAMAGED_BACKUP_MESSAGE)
            header = BackupHeader.from_json(handle.read(head_len))
    except FileNotFoundError:
        raise UserError(Msg("backup.file_missing", path=path)) from None
    offset = len(MAGIC) + 8 + head_len
    if offset + header.db_size + CHECKSUM_LENGTH != size:
        raise VaultDamagedError(DAMAGED_BACKUP_MESSAGE)
    return header, offset


def _check_sum(path: Path) -> None:
    size = path.stat().st_size
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        left = size - CHECKSUM_LENGTH
        while left > 0:
            chunk = handle.read(min(CHUNK, left))
            if not chunk:
                break
            digest.update(chunk)
            left -= len(chunk)
        stored = handle.read(CHECKSUM_LENGTH)
    if stored != digest.digest():
        raise VaultDamagedError(DAMAGED_BACKUP_MESSAGE)


def _extract_db(path: Path, offset: int, size: int, target: Path) -> None:
    """Copy the (still encrypted) database part of the backup to `target`."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out, open(path, "rb") as src:
        src.seek(offset)
        left = size
        while left > 0:
            chunk = src.read(min(CHUNK, left))
            if not chunk:
                raise VaultDamagedError(DAMAGED_BACKUP_MESSAGE)
            out.write(chunk)
            left -= len(chunk)
        out.flush()
        os.fsync(out.fileno())


def _check_database(db_path: Path, key: bytearray, header: BackupHeader) -> None:
    try:
        conn = open_connection(db_path, key, read_only=True)
    except VaultDamagedError:
        raise VaultDamagedError(DAMAGED_BACKUP_MESSAGE) from None
    try:
        conn.execute("PRAGMA cache_size = -131072")  # 128 MiB: quick_check of a large vault
        problems = check_integrity(conn)
        row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlcipher.DatabaseError:
        raise VaultDamagedError(DAMAGED_BACKUP_MESSAGE) from None
    finally:
        conn.close()
    if problems or row is None or row[0] != header.vault_id or version != header.schema_version:
        log.error("backup database check failed (%d finding(s))", len(problems))
        raise VaultDamagedError(DAMAGED_BACKUP_MESSAGE)


@contextlib.contextmanager
def _private_temp_dir(parent: Path | None = None) -> Iterator[Path]:
    """A temp directory only we can read; it only ever holds encrypted SQLCipher files."""
    directory = Path(tempfile.mkdtemp(prefix="mfd-backup-", dir=parent))
    try:
        os.chmod(directory, 0o700)
        yield directory
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def verify_backup(path: Path, *, passphrase: str | None = None, recovery: str | None = None,
                  allow_below_floor: bool = False, temp_dir: Path | None = None) -> BackupInfo:
    """End-to-end check: checksum, key unwrap, SQLCipher HMACs and quick_check.

    Raises `VaultDamagedError` (exit 4) or `WrongSecretError` (exit 3)."""
    path = Path(path).expanduser()
    header, offset = read_header(path)
    _check_sum(path)
    key = _secret_key(header, passphrase, recovery, allow_below_floor)
    try:
        with _private_temp_dir(temp_dir) as work:
            db = work / VAULT_FILE
            _extract_db(path, offset, header.db_size, db)
            _check_database(db, key, header)
    finally:
        _wipe(key)
    log.info("backup verified (schema %d)", header.schema_version)
    return BackupInfo(path, header.vault_id, header.created_at, header.schema_version,
                      path.stat().st_size, header.kind)


# ----- restore -----------------------------------------------------------------------------

def _move_aside(paths: DataPaths) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = paths.root / f"ersetzt-{stamp}"
    n = 1
    while aside.exists():
        n += 1
        aside = paths.root / f"ersetzt-{stamp}-{n}"
    aside.mkdir(mode=0o700)
    for name in (VAULT_FILE, VAULT_FILE + "-wal", VAULT_FILE + "-shm", KEYSLOTS_FILE):
        source = paths.root / name
        if source.exists():
            os.replace(source, aside / name)
    atomic.fsync_directory(paths.root)
    return aside


def restore_backup(path: Path, target: DataPaths, *, passphrase: str | None = None,
                   recovery: str | None = None, replace: bool = False,
                   allow_below_floor: bool = False, lock_held: bool = False) -> RestoreResult:
    """Restore `path` into `target`. An existing vault there is refused, or with
    `replace=True` moved aside into `ersetzt-<time>/` (never deleted).

    The target's single-instance lock is taken for the restore (an app working on that
    vault makes it fail with `VaultInUseError`); pass `lock_held=True` when the caller
    (the app's unlock screen) already holds it."""
    path = Path(path).expanduser()
    header, offset = read_header(path)
    _check_sum(path)
    key = _secret_key(header, passphrase, recovery, allow_below_floor)
    root = target.root
    try:
        with storage_errors(root):
            if vault_exists(target) and not replace:
                raise VaultExistsError(
                    Msg("backup.vault_exists", root=root),
                )
            root.mkdir(parents=True, exist_ok=True, mode=0o700)
            with contextlib.nullcontext() if lock_held else InstanceLock(target):
                # A re-key cut off by a crash must not roll forward over the restored vault.
                rekey.finish_interrupted(target)
                part = root / (VAULT_FILE + ".restore-part")
                _extract_db(path, offset, header.db_size, part)
                try:
                    _check_database(part, key, header)
                    kept = _move_aside(target) if vault_exists(target) else None
                    os.replace(part, target.vault)
                    header.slots.save(target.keyslots)
                    atomic.fsync_directory(root)
                finally:
                    with contextlib.suppress(FileNotFoundError):
                        part.unlink()
                conn = open_connection(target.vault, key)
                try:
                    if conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'audit_log'"
                                    ).fetchone():
                        audit.append(conn, "backup.restored")
                finally:
                    conn.close()
    finally:
        _wipe(key)
    log.info("backup restored (schema %d), old vault kept aside: %s", header.schema_version,
             kept is not None)
    info = BackupInfo(path, header.vault_id, header.created_at, header.schema_version,
                      path.stat().st_size, header.kind)
    return RestoreResult(info, root, kept)


# ----- automatic backups and the reminder --------------------------------------------------

def auto_backup_path(paths: DataPaths, day: date) -> Path:
    return paths.backups / f"{AUTO_PREFIX}{day.isoformat()}{SUFFIX}"


def _auto_day(path: Path) -> date | None:
    name = path.name
    if not (name.startswith(AUTO_PREFIX) and name.endswith(SUFFIX)):
        return None
    try:
        return date.fromisoformat(name[len(AUTO_PREFIX):-len(SUFFIX)])
    except ValueError:
        return None


def list_backups(directory: Path) -> list[Path]:
    """Backup files in `directory`, newest first (by modification time)."""
    try:
        found = [p for p in Path(directory).iterdir() if p.is_file() and p.name.endswith(SUFFIX)]
    except FileNotFoundError:
        return []
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def rotate_auto_backups(paths: DataPaths, today: date, keep_days: int = DEFAULT_KEEP_DAYS) -> list[Path]:
    """Delete automatic backups older than `keep_days` days; returns what was deleted."""
    removed = []
    cutoff = today - timedelta(days=keep_days - 1)
    for candidate in list_backups(paths.backups):
        day = _auto_day(candidate)
        if day is not None and day < cutoff:
            candidate.unlink()
            removed.append(candidate)
    return removed


def delete_automatic_backups(paths: DataPaths) -> list[Path]:
    """Delete every backup file in `<data dir>/backups` (the automatic ones); returns them.

    Offered after a re-key: those files still open with the old passphrase and the old
    recovery key (their header carries the old key slots). Backups elsewhere (USB sticks)
    are the counsellor's to destroy. The next automatic backup is made with the new key."""
    removed = []
    for candidate in list_backups(paths.backups):
        if candidate.is_symlink():
            continue  # only files this app wrote here
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()
            removed.append(candidate)
    if removed:
        atomic.fsync_directory(paths.backups)
        log.info("%d automatic backup(s) deleted after a re-key", len(removed))
    return removed


def run_automatic_backup(vault: Vault, *, today: date | None = None, keep_days: int = DEFAULT_KEEP_DAYS,
                         progress: Progress | None = None) -> Path | None:
    """Make today's automatic backup in `<data dir>/backups` unless it exists; rotate.

    Returns the new file, or None when today's backup was already there."""
    today = today or date.today()
    target = auto_backup_path(vault.paths, today)
    vault.paths.backups.mkdir(parents=True, exist_ok=True, mode=0o700)
    made = None
    if not target.exists():
        create_backup(vault, target, kind="auto", progress=progress)
        made = target
    rotate_auto_backups(vault.paths, today, keep_days)
    return made


def last_backup_at(conn: Connection) -> datetime | None:
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (LAST_BACKUP_KEY,)).fetchone()
    if not row:
        return None
    try:
        return datetime.strptime(row[0], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def backup_reminder(conn: Connection, max_age_days: int, now: datetime | None = None) -> str | None:
    """A German reminder when the last backup ("Sicherung erstellen", e.g. onto a USB
    stick) is older than `max_age_days`, or None. Automatic backups on the same disk do
    not count: they do not survive a dead disk or a stolen laptop."""
    now = now or datetime.now(UTC)
    last = last_backup_at(conn)
    if last is None:
        return ("Es gibt noch keine Sicherung auf einem anderen Datenträger. Bitte unter "
                "Einstellungen › Sicherung „Sicherung erstellen“ wählen (z. B. auf einen USB-Stick).")
    age = (now - last).days
    if age >= max_age_days:
        return (f"Die letzte Sicherung ist {age} Tage alt. Bitte unter Einstellungen › Sicherung "
                "eine neue Sicherung erstellen (z. B. auf einen USB-Stick).")
    return None


def newest_good_backup(candidates: list[Path], *, passphrase: str | None = None,
                       recovery: str | None = None, allow_below_floor: bool = False,
                       vault_id: str | None = None) -> BackupInfo | None:
    """The newest backup among `candidates` that verifies (and belongs to `vault_id`)."""
    ordered = sorted(candidates, key=lambda p: p.stat().st_mtime, reverse=True)
    for candidate in ordered:
        try:
            info = verify_backup(candidate, passphrase=passphrase, recovery=recovery,
                                 allow_below_floor=allow_below_floor)
        except WrongSecretError:
            continue
        except UserError:
            log.warning("a backup candidate did not verify")
            continue
        if vault_id is None or info.vault_id == vault_id:
            return info
    return None


def restore_newest_good_backup(paths: DataPaths, *, passphrase: str | None = None,
                               recovery: str | None = None, extra_dirs: tuple[Path, ...] = (),
                               allow_below_floor: bool = False,
                               lock_held: bool = False) -> RestoreResult | None:
    """For the unlock screen when the vault is damaged: restore the newest backup (from
    `<data dir>/backups` and `extra_dirs`) that verifies with the typed secret. The
    damaged vault is moved aside, not deleted. None if no good backup was found."""
    vault_id = None
    with contextlib.suppress(UserError, OSError):
        vault_id = ks.KeySlotFile.load(paths.keyslots).vault_id
    candidates = list_backups(paths.backups)
    for directory in extra_dirs:
        candidates += list_backups(directory)
    info = newest_good_backup(candidates, passphrase=passphrase, recovery=recovery,
                              allow_below_floor=allow_below_floor, vault_id=vault_id)
    if info is None and vault_id is not None:
        # keyslots.json itself may be what is damaged or replaced: accept any vault id.
        info = newest_good_backup(candidates, passphrase=passphrase, recovery=recovery,
                                  allow_below_floor=allow_below_floor)
    if info is None:
        return None
    return restore_backup(info.path, paths, passphrase=passphrase, recovery=recovery,
                          replace=True, allow_below_floor=allow_below_floor, lock_held=lock_held)
