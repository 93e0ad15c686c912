"""The audit log: who did what to which record, and when — never content.

Entries live in the vault's `audit_log` table (append-only: triggers refuse UPDATE and
DELETE). Each entry's hash is SHA-256 over the previous entry's hash and the entry's
own fields, so changing, removing or reordering any entry breaks the chain; the head
(last sequence number and hash) is kept in `vault_meta` in the same transaction, so a
cut-off tail shows too. `verify()` walks the chain.

What the log protects against: accidental or casual tampering with the vault open in
a SQL tool, and "who exported this case?". It does not stop someone holding the data
key from rewriting the whole chain; the encryption keeps outsiders out.

Callers pass ids only: `append()` refuses an action or record id that does not look
like one, so no name or note can end up in the log by mistake.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from mfd_desktop import messages
from mfd_desktop.messages import Msg, render
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

GENESIS_HASH = "0" * 64
HEAD_KEY = "audit_head"
PROFILE_KEY = "profile_name"
DEFAULT_ACTOR = "Standardprofil"

_ACTION = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")
_RECORD_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_RECORD_TYPE = re.compile(r"^[a-z_]{1,32}$")

ACTION_PREFIX = "audit.action_"
# The actions this version writes. Each is named in the message catalogue as
# "audit.action_<area>_<verb>" (resources/messages/*/audit.po); the log itself keeps only
# the key, so an action of a newer version shows its key.
ACTIONS = (
    "backup.created",
    "backup.auto_created",
    "backup.restored",
    "client.created",
    "client.disclosure_exported",
    "client.deleted",
    "client.retention_deleted",
    "client.anonymised",
    "client.restricted",
    "client.unrestricted",
    "client.retention_hold",
    "record.corrected",
    "consent.withdrawn",
    "referral.consent_withdrawn_marked",
    "case.transfer_exported",
    "case.transfer_imported",
    "audit.verified",
    "stats.sachbericht_exported",
    "attachment.added",
    "attachment.changed",
    "attachment.deleted",
    "attachment.exported",
    "letter.printed",
)
messages.DYNAMIC_PREFIXES[ACTION_PREFIX] = __name__


def action_label(action: str) -> Msg | str:
    if action not in ACTIONS:
        return action
    return messages.dynamic(ACTION_PREFIX + action.replace(".", "_"))


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    record_type: str | None
    record_id: str | None
    prev_hash: str
    entry_hash: str

    def label(self) -> Msg | str:
        """What the action is called (a message; the bare key for an unknown action)."""
        return action_label(self.action)


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    entries: int
    findings: tuple[Msg, ...] = ()  # rendered at the edge

    @property
    def problems(self) -> tuple[str, ...]:
        """The findings in German (command line, logs)."""
        return self.texts("de")

    def texts(self, language: str) -> tuple[str, ...]:
        return tuple(render(finding, language) for finding in self.findings)


def entry_hash(prev_hash: str, seq: int, at: str, actor: str, action: str,
               record_type: str | None, record_id: str | None) -> str:
    body = json.dumps([seq, at, actor, action, record_type, record_id],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def current_actor(conn: Connection) -> str:
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (PROFILE_KEY,)).fetchone()
    return row[0] if row and row[0] else DEFAULT_ACTOR


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def append(conn: Connection, action: str, *, record_type: str | None = None,
           record_id: int | str | None = None, actor: str | None = None) -> int:
    """Add one entry (joins the caller's transaction, so it commits or rolls back with
    the change it records). Returns its sequence number."""
    if not _ACTION.match(action):
        raise ValueError("audit action must look like 'area.verb'")
    if record_type is not None and not _RECORD_TYPE.match(record_type):
        raise ValueError("audit record type must be a short key")
    rid = None if record_id is None else str(record_id)
    if rid is not None and not _RECORD_ID.match(rid):
        raise ValueError("audit record id must be an id, not text")
    with transaction(conn):
        who = actor or current_actor(conn)
        last = conn.execute(
            "SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
        at = _now()
        digest = entry_hash(prev, seq, at, who, action, record_type, rid)
        conn.execute(
            "INSERT INTO audit_log(seq, at, actor, action, record_type, record_id, prev_hash, "
            "entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, who, action, record_type, rid, prev, digest),
        )
        conn.execute(
            "INSERT INTO vault_meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (HEAD_KEY, f"{seq}:{digest}"),
        )
    return seq


def entries(conn: Connection, *, limit: int = 500, offset: int = 0, newest_first: bool = True,
            record_type: str | None = None, record_id: int | str | None = None) -> list[AuditEntry]:
    where, params = [], []
    if record_type is not None:
        where.append("record_type = ?")
        params.append(record_type)
    if record_id is not None:
        where.append("record_id = ?")
        params.append(str(record_id))
    sql = ("SELECT seq, at, actor, action, record_type, record_id, prev_hash, entry_hash "
           "FROM audit_log")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY seq {'DESC' if newest_first else 'ASC'} LIMIT ? OFFSET ?"
    rows = conn.execute(sql, (*params, limit, offset)).fetchall()
    return [AuditEntry(*row) for row in rows]


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def verify(conn: Connection) -> AuditReport:
    """Walk the whole chain; the findings are messages naming sequence numbers."""
    findings: list[Msg] = []
    finding = findings.append
    prev = GENESIS_HASH
    expected_seq = 1
    n = 0
    last_hash = GENESIS_HASH
    last_seq = 0
    cursor = conn.execute(
        "SELECT seq, at, actor, action, record_type, record_id, prev_hash, entry_hash "
        "FROM audit_log ORDER BY seq"
    )
    for seq, at, actor, action, record_type, record_id, stored_prev, stored_hash in cursor:
        n += 1
        if seq != expected_seq:
            finding(Msg("audit.entries_missing", first=expected_seq, last=seq - 1))
        if stored_prev != prev:
            finding(Msg("audit.chain_broken", seq=seq))
        recomputed = entry_hash(stored_prev, seq, at, actor, action, record_type, record_id)
        if recomputed != stored_hash:
            finding(Msg("audit.entry_changed", seq=seq))
        prev = stored_hash
        expected_seq = seq + 1
        last_seq, last_hash = seq, stored_hash
    head = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    if head is None:
        if n:
            finding(Msg("audit.head_missing"))
    else:
        head_seq, _, head_hash = str(head[0]).partition(":")
        if head_seq != str(last_seq) or head_hash != last_hash:
            if head_seq.isdigit() and int(head_seq) > last_seq:
                finding(Msg("audit.tail_missing", first=last_seq + 1))
            else:
                finding(Msg("audit.head_mismatch"))
    return AuditReport(ok=not findings, entries=n, findings=tuple(findings))
