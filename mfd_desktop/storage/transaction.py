"""Explicit transactions on an autocommit connection."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from mfd_desktop.storage.connection import Connection


@contextlib.contextmanager
def transaction(conn: Connection, *, immediate: bool = True) -> Iterator[Connection]:
    """Run the block in one transaction: commit on success, roll back on any exception.

    Nested use joins the outer transaction (SAVEPOINTs would hide partial failures
    the caller should see)."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
