"""Explicit transactions on an autocommit connection.

Every service write goes through `transaction()`, so this is also the one place where
the database's refusals become German messages for the counsellor: a full disk, a
read-only or vanished data directory (see `storage.faults`), and the sentences our own
triggers raise (e.g. a case restricted under Art. 18 DSGVO). Anything else is re-raised
unchanged, as a bug to report.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from mfd_desktop.errors import UserError
from mfd_desktop.storage.connection import Connection, DatabaseError

# Messages of RAISE(ABORT, …) in db/*.sql that are written for the counsellor, with the
# English text the English app shows (the trigger itself can only raise the German one).
TRIGGER_MESSAGES_EN = {
    "Dieser Fall ist eingeschränkt (Art. 18 DSGVO) und kann nur gelesen werden.":
        "This case is restricted (Art. 18 GDPR) and can only be read.",
}
USER_FACING_TRIGGER_MESSAGES = frozenset(TRIGGER_MESSAGES_EN)


def user_error_for(exc: DatabaseError) -> UserError | None:
    """The German error for a database refusal, or None if it is not one we expect."""
    from mfd_desktop.storage import faults  # faults builds on transaction()

    if str(exc) in USER_FACING_TRIGGER_MESSAGES:
        return UserError(str(exc), en=TRIGGER_MESSAGES_EN[str(exc)])
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
