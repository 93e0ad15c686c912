"""Encrypted drafts: what a counsellor has typed into an open form but not yet saved.

Drafts live only in the vault's `drafts` table (db/0001_init.sql), so they are as
encrypted as everything else. Forms save a draft every few seconds and at lock, and
delete it when the form is saved or discarded. `content` is a JSON-serialisable dict
(field name -> value); this module does not care what the fields mean.

All functions take a connection (the UI thread's `vault.conn` or a worker's own).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from mfd_desktop.storage.connection import Connection


@dataclass(frozen=True)
class Draft:
    key: str
    form: str
    record_id: int | None
    content: dict[str, Any]
    updated_at: str


def save_draft(conn: Connection, key: str, form: str, content: dict[str, Any],
               record_id: int | None = None) -> None:
    """Insert or replace the draft under `key` (one statement, so it is atomic)."""
    if not key or not form:
        raise ValueError("a draft needs a key and a form name")
    conn.execute(
        "INSERT INTO drafts(draft_key, form, record_id, content_json) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(draft_key) DO UPDATE SET form = excluded.form, "
        "record_id = excluded.record_id, content_json = excluded.content_json, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')",
        (key, form, record_id, json.dumps(content, ensure_ascii=False, sort_keys=True)),
    )


def _row_to_draft(row: Any) -> Draft:
    try:
        content = json.loads(row[3])
    except ValueError:
        content = {}
    if not isinstance(content, dict):
        content = {}
    return Draft(key=row[0], form=row[1], record_id=row[2], content=content, updated_at=row[4])


_COLUMNS = "draft_key, form, record_id, content_json, updated_at"


def load_draft(conn: Connection, key: str) -> Draft | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM drafts WHERE draft_key = ?", (key,)).fetchone()
    return _row_to_draft(row) if row else None


def delete_draft(conn: Connection, key: str) -> bool:
    """Delete the draft; True if there was one."""
    cur = conn.execute("DELETE FROM drafts WHERE draft_key = ?", (key,))
    return bool(cur.rowcount > 0)


def list_drafts(conn: Connection, form: str | None = None) -> list[Draft]:
    """All drafts (newest first), optionally only those of one form."""
    if form is None:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM drafts ORDER BY updated_at DESC, draft_key"
        ).fetchall()
    else:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM drafts WHERE form = ? ORDER BY updated_at DESC, draft_key",
            (form,),
        ).fetchall()
    return [_row_to_draft(r) for r in rows]
