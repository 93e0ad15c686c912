"""Opening a SQLCipher connection, always the same way.

Order matters and follows SQLCipher's guidance: the key first (a raw 256-bit key, so
SQLCipher runs no KDF of its own), then silence its logging, then prove the module
really is SQLCipher, then the durability and hygiene pragmas.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from mfd_desktop.errors import UserError, VaultDamagedError
from mfd_desktop.messages import Msg

log = logging.getLogger("mfd.storage")

DAMAGED_MESSAGE = (
    Msg("vault.damaged")
)
NOT_SQLCIPHER_MESSAGE = (
    Msg("vault.not_sqlcipher")
)

CACHE_KIB = 32 * 1024  # page cache per connection, see open_connection()

Connection = Any  # sqlcipher3.dbapi2.Connection; typed loosely to allow the sqlite3 refusal test
DatabaseError = sqlcipher.DatabaseError


def open_connection(path: Path, key: bytes | bytearray, *, driver: ModuleType = sqlcipher,
                    read_only: bool = False) -> Connection:
    """A configured connection to the vault at `path`, keyed with the raw data key."""
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    uri = Path(path).resolve().as_uri() + ("?mode=ro" if read_only else "")
    conn = driver.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                          timeout=10.0)
    try:
        conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
        conn.execute("PRAGMA cipher_log_level = NONE")
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise UserError(NOT_SQLCIPHER_MESSAGE)
        try:
            # The first real read proves the key; a wrong key or a damaged header fails here.
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except driver.DatabaseError as exc:
            raise VaultDamagedError(DAMAGED_MESSAGE) from exc
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        # 32 MiB page cache (default 8 MB): SQLCipher decrypts and HMAC-checks a page on
        # every cache miss (the OS file cache does not spare that), so a cache that holds
        # the working set of the client list, Heute and search is what keeps encryption
        # cheap (bench/ratio_bench.py, docs/benchmarks.md). Memory is taken only as pages
        # are read; worker connections are short-lived.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return conn


def sqlcipher_version(conn: Connection) -> str:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row else ""


@contextlib.contextmanager
def _idle_priority() -> Iterator[None]:
    """On a worker thread (the app's deferred check after unlock), run at the scheduler's
    idle priority (Linux SCHED_IDLE, this thread only, restored afterwards): reading and
    decrypting every page of a large vault takes seconds of CPU (about 5 s at 50,000
    consultations), and on a 2-core laptop it would compete with the window's first paint,
    the client list and the first cases opened (issue 21). The check still runs whenever
    a core is free. On the main thread (the CLI's full check before it answers) nothing
    changes."""
    setter = getattr(os, "sched_setscheduler", None)
    if setter is None or threading.current_thread() is threading.main_thread():
        yield
        return
    try:
        setter(0, os.SCHED_IDLE, os.sched_param(0))
    except OSError:
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            setter(0, os.SCHED_OTHER, os.sched_param(0))


def check_integrity(conn: Connection) -> list[str]:
    """Problems found by SQLCipher's page HMAC check and SQLite's quick_check; empty if sound."""
    problems: list[str] = []
    try:
        with _idle_priority():
            problems += [str(r[0]) for r in
                         conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            quick = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlcipher.DatabaseError as exc:
        return problems + [type(exc).__name__]
    if quick != ["ok"]:
        problems += quick
    return problems
