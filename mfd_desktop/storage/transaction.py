"""Explicit transactions on an autocommit connection.

Every service write goes through `transaction()`, so this is also the one place where
the database's refusals become messages for the counsellor: a full disk, a
read-only or vanished data directory (see `storage.faults`), and the message keys our own
triggers raise (e.g. a case restricted under Art. 18 DSGVO). Anything else is re-raised
unchanged, as a bug to report.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection, DatabaseError

# Refusals our triggers raise for the counsellor: RAISE(ABORT, '<message key>') in db/*.sql
# (since migration 0009 a key, never a sentence), mapped to the message shown.
TRIGGER_REFUSALS = {
    "refusal.case_restricted": Msg("refusal.case_restricted"),
}


def user_error_for(exc: DatabaseError) -> UserError | None:
    """The error for a database refusal, or None if it is not one we expect."""
    from mfd_desktop.storage import faults  # faults builds on transaction()

    if str(exc) in TRIGGER_REFUSALS:
        return UserError(TRIGGER_REFUSALS[str(exc)])
    return faults.translate(exc)


@contextlib.contextmanager
def transaction(conn: Connection, *, immediate: bool = True) -> Iterator[Connection]:
    """Run the block in one transaction: commit on success, roll back on any exception.

    Nested use joins the outer transaction (SAVEPOINTs would hide partial failures
    the caller should see)."""
    if conn.in_transaction:
        yield conn
        return
    try:
        conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")
    except DatabaseError as exc:
        translated = user_error_for(exc)
        if translated is None:
            raise
        raise translated from exc
