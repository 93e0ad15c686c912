"""Handing a case over to a colleague: one client in an encrypted transfer file.

The file (`*.mfdcase`) is

    MAGIC (14 bytes) | header length (4 bytes, big-endian) | header (JSON) | ciphertext

where the ciphertext is AES-256-GCM over the zlib-compressed JSON of the case, with the
magic and header as associated data, under a key derived with Argon2id (at the KDF
floor or above) from a one-time passphrase. The passphrase is random (100 bits, five
groups of four characters from the unambiguous Crockford alphabet) and is given to the
colleague by phone — never in the same e-mail or on the same stick as the file. The
header holds no personal data (format, KDF parameters, salt, nonce, time).

Export writes an audit entry ("case.transfer_exported"); import creates the client in
the receiving vault with new ids (foreign keys re-mapped, offices matched by name or
added), rebuilds its search entries and writes "case.transfer_imported". The case stays
in the sending vault until the counsellor deletes it there (Löschung).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import os
import secrets
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mfd_desktop.errors import UserError, VaultDamagedError, WrongSecretError
from mfd_desktop.security import atomic, recovery_key
from mfd_desktop.security.kdf import KdfParams, derive_key, new_salt
from mfd_desktop.storage import audit
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.storage.transfer")

MAGIC = b"MFD-TRANSFER\x00\x01"
FORMAT = "mfd-transfer/1"
PAYLOAD_FORMAT = "mfd-case/1"
SUFFIX = ".mfdcase"
PASSPHRASE_GROUPS = 5

NOT_A_TRANSFER = "Das ist keine Übergabedatei von MFD Desktop."
DAMAGED = "Die Übergabedatei ist beschädigt oder unvollständig."
WRONG = "Das Übergabe-Kennwort ist falsch (oder die Datei wurde verändert)."


def new_transfer_passphrase() -> str:
    """Five groups of four Crockford characters (100 random bits), e.g. 7KQ2-…"""
    alphabet = recovery_key.ALPHABET
    chars = "".join(secrets.choice(alphabet) for _ in range(PASSPHRASE_GROUPS * 4))
    return "-".join(chars[i:i + 4] for i in range(0, len(chars), 4))


def normalise_passphrase(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    return "".join({"O": "0", "I": "1", "L": "1", "U": "V"}.get(ch, ch) for ch in cleaned)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# ----- reading one case out of a vault -------------------------------------------------------

def _generated_columns(conn: Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f'PRAGMA table_xinfo("{table}")') if r[6] in (2, 3)}


def case_payload(conn: Connection, client_id: int) -> dict[str, Any]:
    """The rows of one client (every table hanging off `clients`) and the offices used."""
    from mfd_desktop.domain import data_subject_rights as dsr

    data = dsr.collect(conn, client_id)
    records = data["records"]
    for table, rows in records.items():
        generated = _generated_columns(conn, table)
        for row in rows:
            for col in generated:
                row.pop(col, None)
    return {
        "format": PAYLOAD_FORMAT,
        "schema_version": int(conn.execute("PRAGMA user_version").fetchone()[0]),
        "records": records,
        "offices": data["recipients"],
        "drafts": data["drafts"],
    }


# ----- the file ------------------------------------------------------------------------------

@dataclass(frozen=True)
class TransferExport:
    path: Path
    passphrase: str
    case_number: str


def export_case(conn: Connection, client_id: int, out: Path, *,
                kdf_params: KdfParams | None = None, allow_below_floor: bool = False,
                passphrase: str | None = None) -> TransferExport:
    """Write the encrypted transfer file; returns it with its one-time passphrase."""
    out = Path(out).expanduser()
    if not out.parent.is_dir():
        raise UserError(f"Der Zielordner {out.parent} existiert nicht.")
    payload = case_payload(conn, client_id)
    case_number = payload["records"]["clients"][0]["case_number"]
    secret = passphrase or new_transfer_passphrase()
    params = kdf_params or KdfParams()
    params.check_floor(allow_below_floor)
    salt, nonce = new_salt(), os.urandom(12)
    header = json.dumps({
        "format": FORMAT, "kdf": params.to_dict(), "salt": _b64(salt), "nonce": _b64(nonce),
        "created_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }, sort_keys=True, separators=(",", ":")).encode("utf-8")
    key = derive_key(normalise_passphrase(secret).encode("ascii"), salt, params,
                     allow_below_floor=allow_below_floor)
    plain = zlib.compress(json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8"))
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    sealed = AESGCM(key).encrypt(nonce, plain, prefix)
    with transaction(conn):
        audit.append(conn, "case.transfer_exported", record_type="client", record_id=client_id)
        atomic.atomic_write_bytes(out, prefix + sealed)
    log.info("case %d exported for handover", client_id)
    return TransferExport(out, secret, case_number)


def read_transfer(path: Path, passphrase: str, *, allow_below_floor: bool = False) -> dict[str, Any]:
    """Decrypt a transfer file (in memory only)."""
    try:
        raw = Path(path).expanduser().read_bytes()
    except FileNotFoundError:
        raise UserError(f"Die Übergabedatei {path} gibt es nicht.") from None
    if not raw.startswith(MAGIC):
        raise VaultDamagedError(NOT_A_TRANSFER)
    try:
        (head_len,) = struct.unpack(">I", raw[len(MAGIC):len(MAGIC) + 4])
        start = len(MAGIC) + 4
        header = json.loads(raw[start:start + head_len].decode("utf-8"))
        if header.get("format") != FORMAT:
            raise ValueError("format")
        params = KdfParams.from_dict(header["kdf"])
        salt = base64.b64decode(header["salt"])
        nonce = base64.b64decode(header["nonce"])
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError) as exc:
        raise VaultDamagedError(DAMAGED) from exc
    prefix, sealed = raw[:start + head_len], raw[start + head_len:]
    key = derive_key(normalise_passphrase(passphrase).encode("ascii", "ignore"), salt, params,
                     allow_below_floor=allow_below_floor)
    try:
        plain = AESGCM(key).decrypt(nonce, sealed, prefix)
    except InvalidTag:
        raise WrongSecretError(WRONG) from None
    payload = json.loads(zlib.decompress(plain).decode("utf-8"))
    if payload.get("format") != PAYLOAD_FORMAT:
        raise VaultDamagedError(DAMAGED)
    return payload


# ----- writing it into the receiving vault --------------------------------------------------

def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _insert(conn: Connection, table: str, row: dict[str, Any]) -> int:
    cols = list(row)
    cur = conn.execute(
        f'INSERT INTO "{table}"({", ".join(_quote(c) for c in cols)}) '
        f'VALUES ({", ".join("?" for _ in cols)})', [row[c] for c in cols])
    return int(cur.lastrowid)


def _free_case_number(conn: Connection, number: str) -> str:
    candidate, n = number, 1
    while conn.execute("SELECT 1 FROM clients WHERE case_number = ? COLLATE NOCASE",
                       (candidate,)).fetchone():
        n += 1
        candidate = f"{number}-Ü{n}"
    return candidate


@dataclass(frozen=True)
class TransferImport:
    client_id: int
    case_number: str
    renamed: bool


def import_case(conn: Connection, path: Path, passphrase: str, *,
                allow_below_floor: bool = False) -> TransferImport:
    """Create the handed-over client in this vault. All or nothing."""
    from mfd_desktop.domain import data_subject_rights as dsr
    from mfd_desktop.domain import search

    payload = read_transfer(path, passphrase, allow_below_floor=allow_below_floor)
    records: dict[str, list[dict[str, Any]]] = payload["records"]
    graph = dsr._children(conn)
    tables = set(dsr._tables(conn))
    id_maps: dict[str, dict[Any, int]] = {"offices": {}}
    with transaction(conn):
        for office in payload.get("offices", []):
            row = conn.execute("SELECT id FROM offices WHERE name = ? COLLATE NOCASE",
                               (office.get("name"),)).fetchone()
            if row:
                id_maps["offices"][office["id"]] = int(row[0])
            else:
                fresh = {k: v for k, v in office.items() if k not in ("id", "created_at")}
                id_maps["offices"][office["id"]] = _insert(conn, "offices", fresh)
        # Parent tables first: breadth-first along the foreign keys from `clients`.
        order, queue = [], ["clients"]
        while queue:
            table = queue.pop(0)
            if table in order:
                continue
            order.append(table)
            queue += [child for child, _c, _p in graph.get(table, [])]
        # A restriction makes the case read-only (also in the database): it comes last.
        order.sort(key=lambda t: t == "client_restrictions")
        fk_of = {child: [(col, parent, pcol) for parent, kids in graph.items()
                         for c2, col, pcol in kids if c2 == child] for child in order}
        original_number = records["clients"][0]["case_number"]
        new_client_id = None
        for table in order:
            if table not in tables:
                continue
            id_maps.setdefault(table, {})
            for row in records.get(table, []):
                row = dict(row)
                generated = _generated_columns(conn, table)
                for col in generated:
                    row.pop(col, None)
                skip = False
                for col, parent, pcol in fk_of.get(table, []):
                    if row.get(col) is None or pcol != "id":
                        continue
                    mapped = id_maps.get(parent, {}).get(row[col])
                    if mapped is None and parent == "offices":
                        row[col] = None  # an office that did not come along: keep the row
                    elif mapped is None:
                        skip = True  # a parent row that did not come along
                        break
                    else:
                        row[col] = mapped
                if skip:
                    continue
                old_id = row.pop("id", None) if _has_int_pk(conn, table) else row.get("id")
                if table == "clients":
                    row["case_number"] = _free_case_number(conn, original_number)
                new_id = _insert(conn, table, row)
                if old_id is not None:
                    id_maps[table][old_id] = new_id
                if table == "clients":
                    new_client_id = new_id
        assert new_client_id is not None
        conn.execute("UPDATE change_history SET record_id = ? WHERE client_id = ? AND "
                     "record_type = 'client'", (new_client_id, new_client_id))
        search.index_client(conn, new_client_id)
        for (kid,) in conn.execute("SELECT id FROM consultations WHERE client_id = ?",
                                   (new_client_id,)).fetchall():
            search.index_consultation(conn, kid)
        for (rid,) in conn.execute("SELECT id FROM referrals WHERE client_id = ?",
                                   (new_client_id,)).fetchall():
            search.index_referral(conn, rid)
        number = conn.execute("SELECT case_number FROM clients WHERE id = ?",
                              (new_client_id,)).fetchone()[0]
        audit.append(conn, "case.transfer_imported", record_type="client",
                     record_id=new_client_id)
    log.info("handed-over case imported as client %d", new_client_id)
    return TransferImport(new_client_id, number, number != original_number)


def _has_int_pk(conn: Connection, table: str) -> bool:
    cols = list(conn.execute(f'PRAGMA table_info("{table}")'))
    pks = [c for c in cols if c[5]]
    return len(pks) == 1 and pks[0][1] == "id" and pks[0][2].upper() == "INTEGER"
