"""Releasing statistics ("Freigeben") and the outbox the sync module sends from.

A release stores *exactly* the payload the counsellor previewed, as canonical JSON, in
the vault table `stats_releases` (db/0005_statistics.sql). Rules enforced here:
- only periods that have ended can be released;
- only periods of the kind set by policy (default: quarter) are released — other kinds
  are for the local view and PDF only, because overlapping released periods would let a
  funder subtract one from the other;
- the payload's revision must be the next one for its period (1, 2, …); releasing a
  period again after late entries creates a new revision of the whole period;
- an identical payload (same cells) is not released twice;
- the disclosure audit (disclosure_audit.gate) passes for the payload together with
  every earlier revision of its period: no hidden cell pinned or narrowed below the
  requirement, no difference pinned to 1 … k−1. It audits the payload itself, so a
  payload not made by payload_builder is held to the same rule.

Outbox API for the sync module (stable): `pending_outbox`, `mark_sent`, `mark_failed`.
When a newer revision is released while an older one of the same period is still
pending, the older one is marked `superseded` and never sent (less for a funder to
compare).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import uuid
from dataclasses import dataclass

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.stats import disclosure_audit
from mfd_desktop.stats.payload import StatsPayload
from mfd_desktop.stats.periods import Period, kind_name, parse_period
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.stats.release")

STATUS_LABELS = {
    "pending": Msg("stats.status_pending"),
    "sent": Msg("stats.status_sent"),
    "failed": Msg("stats.status_failed"),
    "superseded": Msg("stats.status_superseded"),
}


@dataclass(frozen=True)
class OutboxItem:
    id: int
    period: str
    revision: int
    payload_json: str
    idempotency_key: str


@dataclass(frozen=True)
class ReleaseRecord:
    id: int
    period: str
    period_kind: str
    revision: int
    released_at: str
    status: str
    attempts: int
    last_error_de: str | None
    sent_at: str | None

    @property
    def status_label(self) -> Msg | str:
        """The status in words (a message), or the raw status if unknown."""
        return STATUS_LABELS.get(self.status, self.status)


def canonical_json(payload: StatsPayload) -> str:
    """The one serialisation of a payload: sorted keys, no spaces, ASCII. A cell's
    `"suppressed": false` is left out (it is the schema's default), which makes a year's
    payload about a fifth smaller; parsing gives back the same payload."""
    data = payload.to_json_dict()
    data["cells"] = [
        {k: v for k, v in cell.items() if not (k == "suppressed" and v is False)}
        for cell in data["cells"]
    ]
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ----- releases --------------------------------------------------------------------------


def check_releasable(period: Period, release_kind: str, today: dt.date | None = None) -> None:
    """Raise UserError (a Msg) when `period` may not be released."""
    if period.kind != release_kind:
        raise UserError(Msg("stats.release_wrong_kind", period=period.key,
                            release_kind=kind_name(release_kind), kind=kind_name(period.kind)))
    if not period.has_ended(today):
        raise UserError(Msg("stats.release_not_ended", period=period.key, label=period.label))


def next_revision(conn: Connection, period: str) -> int:
    row = conn.execute("SELECT max(revision) FROM stats_releases WHERE period = ?",
                       (period,)).fetchone()
    return int(row[0] or 0) + 1


def last_released_payload(conn: Connection, period: str) -> StatsPayload | None:
    row = conn.execute(
        "SELECT payload_json FROM stats_releases WHERE period = ? ORDER BY revision DESC LIMIT 1",
        (period,),
    ).fetchone()
    if row is None:
        return None
    return StatsPayload.model_validate_json(row[0])


def last_breakdown_payload(conn: Connection, period: str) -> StatsPayload | None:
    """The newest released revision of `period` that is not totals-only (rule 5), if any."""
    rows = conn.execute(
        "SELECT payload_json FROM stats_releases WHERE period = ? ORDER BY revision DESC",
        (period,),
    ).fetchall()
    for (text,) in rows:
        payload = StatsPayload.model_validate_json(text)
        if not payload.totals_only:
            return payload
    return None


def release(conn: Connection, payload: StatsPayload, *, release_kind: str,
            today: dt.date | None = None) -> ReleaseRecord:
    """Store exactly `payload` as the next revision of its period and queue it for sending."""
    payload = StatsPayload.model_validate(payload.to_json_dict())  # re-validate, never trust
    period = parse_period(payload.period)
    check_releasable(period, release_kind, today)
    text = canonical_json(payload)
    digest = hashlib.sha256(text.encode("ascii")).hexdigest()
    with transaction(conn):
        expected = next_revision(conn, period.key)
        if payload.revision != expected:
            raise UserError(Msg("stats.preview_outdated", revision=payload.revision,
                                expected=expected))
        before = last_released_payload(conn, period.key)
        history = [disclosure_audit.Release.from_payload(StatsPayload.model_validate_json(t))
                   for (t,) in conn.execute("SELECT payload_json FROM stats_releases "
                                            "WHERE period = ? ORDER BY revision",
                                            (period.key,)).fetchall()]
        findings = disclosure_audit.gate(history, disclosure_audit.Release.from_payload(payload),
                                         payload.suppression_k)
        if findings:
            log.warning("release of %s refused by the disclosure audit (%d finding(s))",
                        period.key, len(findings))
            raise disclosure_audit.refusal_error(findings, period.key)
        if before is not None and _same_cells(before, payload):
            raise UserError(Msg("stats.release_unchanged", period=period.key,
                                revision=before.revision))
        conn.execute(
            "UPDATE stats_releases SET status = 'superseded' "
            "WHERE period = ? AND status IN ('pending', 'failed')",
            (period.key,),
        )
        cur = conn.execute(
            "INSERT INTO stats_releases(period, period_kind, revision, payload_json, "
            "payload_sha256, idempotency_key) VALUES (?, ?, ?, ?, ?, ?)",
            (period.key, period.kind, payload.revision, text, digest, uuid.uuid4().hex),
        )
        release_id = int(cur.lastrowid)
    log.info("released statistics period=%s revision=%d cells=%d", period.key,
             payload.revision, len(payload.cells))
    record = get_release(conn, release_id)
    assert record is not None
    return record


def _same_cells(a: StatsPayload, b: StatsPayload) -> bool:
    def key(p: StatsPayload) -> list[tuple[str, str, str, int | None, bool]]:
        return sorted((c.measure, c.dimension, c.category, c.value, c.suppressed) for c in p.cells)

    return (key(a) == key(b) and a.suppression_k == b.suppression_k
            and a.site_id == b.site_id and a.totals_only == b.totals_only)


_RECORD_COLUMNS = ("id, period, period_kind, revision, released_at, status, attempts, "
                   "last_error_de, sent_at")


def get_release(conn: Connection, release_id: int) -> ReleaseRecord | None:
    row = conn.execute(f"SELECT {_RECORD_COLUMNS} FROM stats_releases WHERE id = ?",
                       (release_id,)).fetchone()
    return ReleaseRecord(*row) if row else None


def list_releases(conn: Connection, limit: int = 200) -> list[ReleaseRecord]:
    """Newest first, for the outbox status list."""
    rows = conn.execute(
        f"SELECT {_RECORD_COLUMNS} FROM stats_releases ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()
    return [ReleaseRecord(*row) for row in rows]


def released_payload_json(conn: Connection, release_id: int) -> str | None:
    row = conn.execute("SELECT payload_json FROM stats_releases WHERE id = ?",
                       (release_id,)).fetchone()
    return row[0] if row else None


# ----- outbox API for the sync module ----------------------------------------------------


def pending_outbox(conn: Connection) -> list[OutboxItem]:
    """Releases waiting to be sent, oldest first. `payload_json` is sent as is; the
    `idempotency_key` is random per release and stays the same across retries."""
    rows = conn.execute(
        "SELECT id, period, revision, payload_json, idempotency_key FROM stats_releases "
        "WHERE status = 'pending' ORDER BY id"
    ).fetchall()
    return [OutboxItem(int(r[0]), r[1], int(r[2]), r[3], r[4]) for r in rows]


def mark_sent(conn: Connection, item_id: int, server_receipt: str) -> None:
    """The server accepted the item; `server_receipt` is the server's confirmation id."""
    now = _now()
    conn.execute(
        "UPDATE stats_releases SET status = 'sent', sent_at = ?, server_receipt = ?, "
        "attempts = attempts + 1, last_attempt_at = ?, last_error_de = NULL WHERE id = ?",
        (now, str(server_receipt)[:200], now, item_id),
    )
    log.info("statistics release %d marked sent", item_id)


def mark_failed(conn: Connection, item_id: int, error_de: str, permanent: bool) -> None:
    """Sending failed. Temporary failures stay pending (retried later); permanent ones
    (the server refused the payload) are marked failed and not retried."""
    conn.execute(
        "UPDATE stats_releases SET status = CASE WHEN ? THEN 'failed' ELSE status END, "
        "attempts = attempts + 1, last_attempt_at = ?, last_error_de = ? "
        "WHERE id = ? AND status = 'pending'",
        (1 if permanent else 0, _now(), str(error_de)[:500], item_id),
    )
    log.info("statistics release %d send failed (permanent=%s)", item_id, permanent)
