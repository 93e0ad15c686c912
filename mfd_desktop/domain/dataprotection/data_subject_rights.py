"""Data-subject rights (DSGVO Art. 15–18) and consent withdrawal, for one client.

- Auskunft (Art. 15): `collect()` gathers everything stored about one client — every
  row of every table that hangs off `clients` by a foreign key (found by walking the
  schema, so tables added later are included without a change here), the offices data
  went to, the change history and the audit entries about the case. `export_disclosure()`
  writes it as JSON and PDF into a folder the counsellor chose.
- Berichtigung (Art. 16): `correct_client()` changes fields and keeps old and new value
  in `change_history`.
- Löschung (Art. 17): `delete_client()` deletes the client and everything that belongs
  to it for real: `secure_delete` is on, the search index is merged so no stale terms
  remain, then VACUUM rewrites the file so freed pages are gone, and the WAL is
  truncated. Released statistics (`stats_releases`) are not touched.
- Einschränkung (Art. 18): `restrict()` makes a case read-only. Every service that
  writes case data calls `ensure_not_restricted(conn, client_id)` first.
- Anonymisierung: `anonymise_client()` removes identifying fields and free text and
  keeps the keys statistics count on.
- Consent withdrawal: `withdraw_consent()` records it (via the case services), marks
  referrals that passed data on that consent, and logs both.

Every action writes an audit entry (ids only). Logs carry ids and counts only.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mfd_desktop.domain.casework import attachments, search
from mfd_desktop.domain.casework import clients as clients_service
from mfd_desktop.domain.referrals import consents as consents_service
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg, render
from mfd_desktop.security.atomic import atomic_write_bytes
from mfd_desktop.storage import audit
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.domain.dsr")

RESTRICTED_MESSAGE = Msg("data_subject_rights.restricted")
# Reasons of an Art. 18 restriction: key -> label ("data_subject_rights.reason_<key>").
RESTRICTION_REASONS = {
    "accuracy_disputed": Msg("data_subject_rights.reason_accuracy_disputed"),
    "unlawful_no_erasure": Msg("data_subject_rights.reason_unlawful_no_erasure"),
    "legal_claims": Msg("data_subject_rights.reason_legal_claims"),
    "objection": Msg("data_subject_rights.reason_objection"),
    "other": Msg("data_subject_rights.reason_other"),
}
DISCLOSURE_FORMAT = "mfd-auskunft/1"

# Tables that never leave the laptop in a disclosure and are not client data; and the
# attachments' bytes, which are written as files of their own (never inside the JSON).
_SKIP_TABLES = {"search_index", "attachment_contents"}


class CaseRestrictedError(UserError):
    """A write to a case whose processing is restricted (Art. 18)."""


# ----- Einschränkung -------------------------------------------------------------------------

def is_restricted(conn: Connection, client_id: int) -> bool:
    return conn.execute("SELECT 1 FROM client_restrictions WHERE client_id = ?",
                        (client_id,)).fetchone() is not None


def ensure_not_restricted(conn: Connection, client_id: int | None) -> None:
    """The guard every writing service calls first; raises `CaseRestrictedError`."""
    if client_id is not None and is_restricted(conn, client_id):
        raise CaseRestrictedError(RESTRICTED_MESSAGE)


def restrict(conn: Connection, client_id: int, reason: str = "other") -> None:
    if reason not in RESTRICTION_REASONS:
        raise UserError(Msg("data_subject_rights.choose_reason_for_restriction"))
    with transaction(conn):
        clients_service.require_client(conn, client_id)
        conn.execute("INSERT INTO client_restrictions(client_id, reason) VALUES (?, ?) "
                     "ON CONFLICT(client_id) DO UPDATE SET reason = excluded.reason",
                     (client_id, reason))
        audit.append(conn, "client.restricted", record_type="client", record_id=client_id)
    log.info("client %d restricted", client_id)


def lift_restriction(conn: Connection, client_id: int) -> None:
    with transaction(conn):
        cur = conn.execute("DELETE FROM client_restrictions WHERE client_id = ?", (client_id,))
        if cur.rowcount:
            audit.append(conn, "client.unrestricted", record_type="client", record_id=client_id)
    log.info("client %d restriction lifted", client_id)


def restriction_reason(conn: Connection, client_id: int) -> str | None:
    row = conn.execute("SELECT reason FROM client_restrictions WHERE client_id = ?",
                       (client_id,)).fetchone()
    return row[0] if row else None


# ----- Auskunft: everything about one client -----------------------------------------------

def _tables(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]


def _children(conn: Connection) -> dict[str, list[tuple[str, str, str]]]:
    """parent table → [(child table, child column, parent column)] from the FK declarations."""
    shadow = {f"search_index_{s}" for s in ("data", "idx", "content", "docsize", "config")}
    graph: dict[str, list[tuple[str, str, str]]] = {}
    for table in _tables(conn):
        if table in _SKIP_TABLES or table in shadow:
            continue
        for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
            parent, child_col, parent_col = row[2], row[3], row[4] or "id"
            graph.setdefault(parent, []).append((table, child_col, parent_col))
    return graph


def _rows(conn: Connection, table: str, where: str, params: tuple[Any, ...]
          ) -> list[dict[str, Any]]:
    cur = conn.execute(f'SELECT * FROM "{table}" WHERE {where}', params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _walk(conn: Connection, client_id: int) -> dict[str, list[dict[str, Any]]]:
    graph = _children(conn)
    found: dict[str, list[dict[str, Any]]] = {
        "clients": _rows(conn, "clients", "id = ?", (client_id,))}
    queue = ["clients"]
    while queue:
        parent = queue.pop(0)
        parent_rows = found.get(parent, [])
        for child, child_col, parent_col in graph.get(parent, []):
            keys = sorted({r[parent_col] for r in parent_rows if r.get(parent_col) is not None})
            if not keys:
                continue
            marks = ", ".join("?" for _ in keys)
            rows = _rows(conn, child, f'"{child_col}" IN ({marks})', tuple(keys))
            if not rows:
                continue
            seen = found.setdefault(child, [])
            ids = {json.dumps(r, sort_keys=True, default=str) for r in seen}
            new = [r for r in rows if json.dumps(r, sort_keys=True, default=str) not in ids]
            seen.extend(new)
            if new and child not in queue:
                queue.append(child)
    return found


def _drafts(conn: Connection, client_id: int) -> list[dict[str, Any]]:
    """Drafts that belong to this client: the key names the client ("…:client:12" or
    "…:client:12:…", the DraftKeeper convention), or it is the client form itself
    (form 'client', record id = client id). Forms must follow that convention for their
    drafts to be disclosed, deleted and anonymised with the client."""
    mine = []
    for row in _rows(conn, "drafts", "1 = 1", ()):
        parts = str(row.get("draft_key", "")).split(":")
        names_client = any(parts[i] == "client" and parts[i + 1] == str(client_id)
                           for i in range(len(parts) - 1))
        client_form = row.get("form") == "client" and row.get("record_id") == client_id
        if names_client or client_form:
            mine.append(row)
    return mine


def collect(conn: Connection, client_id: int) -> dict[str, Any]:
    """Everything stored about one client, as plain JSON-able data."""
    clients_service.require_client(conn, client_id)
    records = _walk(conn, client_id)
    office_ids = sorted({r["office_id"] for t in ("referrals", "consents")
                         for r in records.get(t, []) if r.get("office_id") is not None})
    offices = []
    if office_ids:
        marks = ", ".join("?" for _ in office_ids)
        offices = _rows(conn, "offices", f"id IN ({marks})", tuple(office_ids))
    interpreter_ids = sorted({r["interpreter_id"] for r in records.get("consultations", [])
                              if r.get("interpreter_id") is not None})
    interpreters: list[dict[str, Any]] = []
    if interpreter_ids:
        marks = ", ".join("?" for _ in interpreter_ids)
        interpreters = _rows(conn, "interpreters", f"id IN ({marks})", tuple(interpreter_ids))
    drafts = _drafts(conn, client_id)
    record_ids = {(t.rstrip("s"), str(r["id"])) for t, rs in records.items() for r in rs
                  if "id" in r}
    log_entries = [
        {"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action,
         "label": render(e.label(), "de"), "record_type": e.record_type, "record_id": e.record_id}
        for e in audit.entries(conn, limit=1_000_000, newest_first=False)
        if (e.record_type, e.record_id) in record_ids
    ]
    client = records["clients"][0]
    return {
        "format": DISCLOSURE_FORMAT,
        "created_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "case_number": client["case_number"],
        "restricted": is_restricted(conn, client_id),
        "records": records,
        "recipients": offices,
        "interpreters": interpreters,
        "drafts": drafts,
        "audit_log": log_entries,
    }


@dataclass(frozen=True)
class DisclosureFiles:
    json_path: Path
    pdf_path: Path
    attachment_paths: tuple[Path, ...] = ()


def _safe_name(case_number: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in case_number)[:60]


def export_disclosure(conn: Connection, client_id: int, out_dir: Path, *,
                      render_pdf: Callable[[dict[str, Any]], bytes] | None) -> DisclosureFiles:
    """Write `Auskunft-<Fallnummer>.json` (and `.pdf`) into `out_dir`, which the user chose.

    `render_pdf` turns the collected data into PDF bytes (the caller at the edge passes
    `mfd_desktop.reports.disclosure.render_disclosure`; the domain sits below reports);
    None writes the JSON only. Built in memory and written atomically; no temp file
    anywhere else."""
    data = collect(conn, client_id)
    out_dir = Path(out_dir).expanduser()
    if not out_dir.is_dir():
        raise UserError(Msg("data_subject_rights.destination_folder_does_not_exist",
                            out_dir=out_dir))
    stem = f"Auskunft-{_safe_name(data['case_number'])}"
    json_path = out_dir / f"{stem}.json"
    pdf_path = out_dir / f"{stem}.pdf"
    payload = json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8")
    pdf_bytes = None
    if render_pdf is not None:
        pdf_bytes = render_pdf(data)
    # The attachments as the files they are, beside the JSON that lists them (its rows
    # name each file by id): "Auskunft-<Fallnummer>-Anhaenge/<id>-<name>".
    files_dir = out_dir / f"{stem}-Anhaenge"
    files = [(files_dir / f"{a.id}-{attachments.export_name(a)}", a.id)
             for a in attachments.list_attachments(conn, client_id)]
    with transaction(conn):
        audit.append(conn, "client.disclosure_exported", record_type="client",
                     record_id=client_id)
        atomic_write_bytes(json_path, payload)
        if pdf_bytes is not None:
            atomic_write_bytes(pdf_path, pdf_bytes)
        if files:
            files_dir.mkdir(mode=0o700, exist_ok=True)
        for path, attachment_id in files:
            atomic_write_bytes(path, attachments.read(conn, attachment_id))
    log.info("disclosure for client %d exported (%d attachment(s))", client_id, len(files))
    return DisclosureFiles(json_path, pdf_path, tuple(p for p, _ in files))


# ----- Berichtigung: editing with history ---------------------------------------------------

def _jsonish(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def record_change(conn: Connection, client_id: int | None, record_type: str, record_id: int,
                  field: str, old: Any, new: Any, reason: str | None = None) -> None:
    """Keep one field change in the change history (joins the caller's transaction)."""
    conn.execute(
        "INSERT INTO change_history(client_id, record_type, record_id, field, old_value, "
        "new_value, reason, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (client_id, record_type, record_id, field, _jsonish(old), _jsonish(new), reason,
         audit.current_actor(conn)))


def correct_client(conn: Connection, client_id: int, changes: dict[str, Any],
                   reason: str | None = None) -> list[str]:
    """Berichtigung: apply `changes` (field → new value) through the client service.

    The database keeps every changed field's old and new value in `change_history`
    (trigger on clients, so edits in the case form are kept the same way); here the
    reason is added to those entries. Returns the fields that changed."""
    ensure_not_restricted(conn, client_id)
    with transaction(conn):
        current = clients_service.get_client(conn, client_id)
        unknown = [k for k in changes if not hasattr(current, k) or k in ("id", "created_at",
                                                                           "updated_at")]
        if unknown:
            raise UserError(Msg("data_subject_rights.unknown_field", unknown=unknown[0]))
        before = int(conn.execute("SELECT coalesce(max(id), 0) FROM change_history").fetchone()[0])
        for key, value in changes.items():
            setattr(current, key, value)
        clients_service.update_client(conn, client_id, current)
        rows = conn.execute("SELECT field FROM change_history WHERE id > ? AND client_id = ? "
                            "ORDER BY id", (before, client_id)).fetchall()
        changed = [r[0] for r in rows]
        if reason:
            conn.execute("UPDATE change_history SET reason = ? WHERE id > ? AND client_id = ?",
                         (reason, before, client_id))
        if changed:
            audit.append(conn, "record.corrected", record_type="client", record_id=client_id)
    return changed


@dataclass(frozen=True)
class Change:
    record_type: str
    record_id: int
    field: str
    old: Any
    new: Any
    reason: str | None
    changed_at: str
    actor: str


def history(conn: Connection, client_id: int) -> list[Change]:
    rows = conn.execute(
        "SELECT record_type, record_id, field, old_value, new_value, reason, changed_at, actor "
        "FROM change_history WHERE client_id = ? ORDER BY id", (client_id,)).fetchall()
    return [Change(r[0], r[1], r[2], json.loads(r[3]) if r[3] else None,
                   json.loads(r[4]) if r[4] else None, r[5], r[6], r[7]) for r in rows]


# ----- Löschung ------------------------------------------------------------------------------

def _delete_drafts(conn: Connection, client_id: int) -> int:
    drafts = _drafts(conn, client_id)
    for row in drafts:
        conn.execute("DELETE FROM drafts WHERE draft_key = ?", (row["draft_key"],))
    return len(drafts)


def _delete_in_transaction(conn: Connection, client_id: int, action: str) -> None:
    clients_service.require_client(conn, client_id)
    if is_restricted(conn, client_id):
        raise CaseRestrictedError(
            Msg("data_subject_rights.case_restricted_art_18_gdpr_will"))
    _delete_drafts(conn, client_id)
    conn.execute("DELETE FROM search_index WHERE client_id = ?", (client_id,))
    conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
    audit.append(conn, action, record_type="client", record_id=client_id)


def purge_freed_space(conn: Connection) -> None:
    """Make deletions physical: merge the search index (drops stale terms), VACUUM (rewrites
    every page; secure_delete already zeroed freed content), truncate the WAL."""
    conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def delete_client(conn: Connection, client_id: int, *, action: str = "client.deleted",
                  purge: bool = True) -> None:
    """Löschung: the client and everything that belongs to it, for real. Slow with
    `purge=True` (VACUUM of the whole vault): run in a worker with its own connection."""
    with transaction(conn):
        _delete_in_transaction(conn, client_id, action)
    log.info("client %d deleted (%s)", client_id, action)
    if purge:
        purge_freed_space(conn)


def delete_clients(conn: Connection, client_ids: list[int], *,
                   action: str = "client.deleted") -> int:
    """Delete several clients in one transaction, then purge once."""
    with transaction(conn):
        for client_id in client_ids:
            _delete_in_transaction(conn, client_id, action)
    purge_freed_space(conn)
    log.info("%d client(s) deleted (%s)", len(client_ids), action)
    return len(client_ids)


# ----- Anonymisierung ------------------------------------------------------------------------

# Free text and identifying columns blanked in each table, if the table/column exists.
# Keys counted by statistics (gender, country, status, service, channel, method, topics,
# dates, durations) stay, so counts do not change.
_ANONYMISE: dict[str, dict[str, Any] | None] = {
    "clients": {"name": None, "pseudonym": None, "phone": None, "email": None, "address": None,
                "residence_title_expires": None, "anonymous": 1, "district_local": None},
    # the interpreter's name could point to the client; service, kind and languages stay
    "consultations": {"note": "", "interpreter_id": None},
    "referrals": {"outcome_note": None},
    "consents": {"recipient_text": None, "note": None},
    "deadlines": {"note": "", "override_reason": "anonymisiert"},
    "followups": {"text": "(anonymisiert)"},
    "checklist_items": {"note": None},
    "client_tags": None,  # None: delete the rows (tags are free words)
    # Förderplan: the goals are in the client's own words; what is counted (topics,
    # outcomes, days, who) stays
    "support_plans": {"note": ""},
    "plan_goals": {"text": "(anonymisiert)", "outcome_note": ""},
    "plan_steps": {"what": "(anonymisiert)", "office": None},
    "attachments": None,  # scans and photos identify the client: deleted with their bytes
    "appointments": {"note": "", "place_text": ""},  # Termine: when and what kind stay
    "letters": None,  # the printed letters (db/0016) went with their attachments
}


def _columns(conn: Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}


def anonymise_client(conn: Connection, client_id: int, *, purge: bool = True) -> None:
    """Remove names, contact data and free text of one client; keep what is counted."""
    ensure_not_restricted(conn, client_id)
    with transaction(conn):
        records = _walk(conn, client_id)
        _delete_drafts(conn, client_id)
        for table, blank in _ANONYMISE.items():
            rows = records.get(table, [])
            if not rows:
                continue
            cols = _columns(conn, table)
            if blank is None:
                fk = "client_id" if "client_id" in cols else None
                if fk:
                    conn.execute(f'DELETE FROM "{table}" WHERE client_id = ?', (client_id,))
                continue
            sets = {c: v for c, v in blank.items() if c in cols}
            if table == "deadlines" and "override_date" in cols:
                sets = {k: v for k, v in sets.items() if k != "override_reason"}
                conn.execute('UPDATE deadlines SET override_reason = ? WHERE client_id = ? '
                             'AND override_date IS NOT NULL', ("anonymisiert", client_id))
                conn.execute('UPDATE deadlines SET override_reason = NULL WHERE client_id = ? '
                             'AND override_date IS NULL', (client_id,))
            if not sets:
                continue
            assignments = ", ".join(f'"{c}" = ?' for c in sets)
            ids = [r["id"] for r in rows if "id" in r]
            if not ids:
                continue
            marks = ", ".join("?" for _ in ids)
            conn.execute(f'UPDATE "{table}" SET {assignments} WHERE id IN ({marks})',
                         (*sets.values(), *ids))
        conn.execute("UPDATE clients SET case_number = ? WHERE id = ?",
                     (f"ANON-{client_id}", client_id))
        # Last: the history holds old values (names!), including those of the updates above.
        conn.execute("DELETE FROM change_history WHERE client_id = ?", (client_id,))
        conn.execute("DELETE FROM search_index WHERE client_id = ?", (client_id,))
        search.index_client(conn, client_id)
        audit.append(conn, "client.anonymised", record_type="client", record_id=client_id)
    log.info("client %d anonymised", client_id)
    if purge:
        purge_freed_space(conn)


# ----- consent withdrawal -------------------------------------------------------------------

def withdraw_consent(conn: Connection, consent_id: int, on: str | dt.date | None = None) -> list[int]:
    """Record the withdrawal and mark every referral that passed data on this consent.

    Returns the marked referral ids. The referrals themselves are unchanged (they
    happened); the mark shows in the case and in the disclosure, and the audit log has
    one entry for the withdrawal and one per marked referral."""
    with transaction(conn):
        consent = consents_service.get_consent(conn, consent_id)
        covered = []
        for rid, target_key, office_id, referred_on in conn.execute(
                "SELECT id, target_key, office_id, referred_on FROM referrals "
                "WHERE client_id = ? AND passes_data = 1", (consent.client_id,)).fetchall():
            match = consents_service.matching_consent(
                conn, consent.client_id, target_key=target_key, office_id=office_id,
                on=referred_on)
            if match is not None and match.id == consent_id:
                covered.append(rid)
        consents_service.withdraw_consent(conn, consent_id, on)
        audit.append(conn, "consent.withdrawn", record_type="consent", record_id=consent_id)
        for rid in covered:
            conn.execute("INSERT OR IGNORE INTO consent_withdrawal_marks(consent_id, referral_id) "
                         "VALUES (?, ?)", (consent_id, rid))
            audit.append(conn, "referral.consent_withdrawn_marked", record_type="referral",
                         record_id=rid)
    log.info("consent %d withdrawn, %d referral(s) marked", consent_id, len(covered))
    return covered


def withdrawal_marks(conn: Connection, client_id: int) -> dict[int, int]:
    """referral id → consent id, for the referrals of a client marked after a withdrawal."""
    rows = conn.execute(
        "SELECT m.referral_id, m.consent_id FROM consent_withdrawal_marks m "
        "JOIN referrals r ON r.id = m.referral_id WHERE r.client_id = ?", (client_id,))
    return {int(a): int(b) for a, b in rows}
