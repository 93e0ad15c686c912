"""The vault's sync tables (db/0006_sync.sql): enrolment and the log of sync runs.

Every function is one short statement on an autocommit connection, so sync never
holds a write lock while it waits for the network.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mfd_desktop.messages import Msg
from mfd_desktop.sync import messages

Connection = Any


@dataclass(frozen=True)
class Enrolment:
    server_url: str
    device_id: str
    site_id: str
    token_in_keyring: bool
    enrolled_at: str


@dataclass(frozen=True)
class SyncRun:
    started_at: str
    finished_at: str | None
    outcome: str
    sent: int
    refused: int
    pending: int
    stored_message: str | None  # Msg.to_json(), or an older row's German sentence

    @property
    def message(self) -> Msg | str | None:
        """What the run said (rendered at the edge; an older row's sentence as text)."""
        return messages.load(self.stored_message)

    def text(self, language: str = "de") -> str:
        return messages.text_of(self.stored_message, language)


def enrolment(conn: Connection) -> Enrolment | None:
    row = conn.execute("SELECT server_url, device_id, site_id, token_in_keyring, enrolled_at "
                       "FROM sync_enrolment WHERE id = 1").fetchone()
    if row is None:
        return None
    return Enrolment(row[0], row[1], row[2], bool(row[3]), row[4])


def vault_token(conn: Connection) -> str | None:
    row = conn.execute("SELECT token FROM sync_enrolment WHERE id = 1").fetchone()
    return row[0] if row else None


def save_enrolment(conn: Connection, server_url: str, device_id: str, site_id: str,
                   token_in_vault: str | None) -> None:
    conn.execute(
        "INSERT INTO sync_enrolment(id, server_url, device_id, site_id, token_in_keyring, token) "
        "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET server_url = excluded.server_url, "
        "device_id = excluded.device_id, site_id = excluded.site_id, "
        "token_in_keyring = excluded.token_in_keyring, token = excluded.token, "
        "enrolled_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
        (server_url, device_id, site_id, 0 if token_in_vault else 1, token_in_vault),
    )


def delete_enrolment(conn: Connection) -> None:
    conn.execute("DELETE FROM sync_enrolment WHERE id = 1")


def start_run(conn: Connection) -> int:
    cur = conn.execute("INSERT INTO sync_runs(outcome) VALUES ('running')")
    return int(cur.lastrowid)


def finish_run(conn: Connection, run_id: int, outcome: str, sent: int, refused: int,
               pending: int, message: Msg | str | None) -> None:
    conn.execute(
        "UPDATE sync_runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), outcome = ?, "
        "sent = ?, refused = ?, pending = ?, message = ? WHERE id = ?",
        (outcome, sent, refused, pending, messages.stored(message), run_id),
    )
    # Keep the log short: the last 200 runs are plenty for the settings page.
    conn.execute("DELETE FROM sync_runs WHERE id <= (SELECT MAX(id) - 200 FROM sync_runs)")


def last_run(conn: Connection, *, successful: bool = False) -> SyncRun | None:
    where = "WHERE outcome IN ('ok', 'nothing')" if successful else "WHERE outcome != 'running'"
    row = conn.execute(
        f"SELECT started_at, finished_at, outcome, sent, refused, pending, message "
        f"FROM sync_runs {where} ORDER BY id DESC LIMIT 1").fetchone()
    return SyncRun(*row) if row else None
