"""Handing a case over to a colleague: one client in an encrypted transfer file.

The file (`*.mfdcase`) is

    MAGIC (14 bytes) | header length (4 bytes, big-endian) | header (JSON) | ciphertext

where the ciphertext is AES-256-GCM over the zlib-compressed JSON of the case, with the
magic and header as associated data, under a key derived with Argon2id (at the KDF
floor or above) from a one-time passphrase. The passphrase is random (100 bits, five
groups of four characters from the unambiguous Crockford alphabet) and is given to the
colleague by phone — never in the same e-mail or on the same stick as the file. The
header holds no personal data (format, KDF parameters, salt, nonce, time).

Instead of a passphrase, the file can be sealed to the colleague's vault: each vault has
a handover key pair (X25519; the private key lives only inside the encrypted vault,
`my_public_key()` gives the public key `mfdpk1:…` and a fingerprint to compare by
phone). Then the header carries `mode: x25519`, the sender's ephemeral public key and
the recipient's fingerprint; the AES-GCM key comes from X25519 + HKDF-SHA256.

Export writes an audit entry ("case.transfer_exported"); import creates the client in
the receiving vault with new ids (foreign keys re-mapped, offices matched by name or
added), rebuilds its search entries and writes "case.transfer_imported". The case stays
in the sending vault until the counsellor deletes it there (Löschung).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
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
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

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
NOT_A_TRANSFER_EN = "This is not an MFD Desktop handover file."
DAMAGED_EN = "The handover file is damaged or incomplete."
WRONG_EN = "The handover password is wrong (or the file has been changed)."


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
                passphrase: str | None = None, recipient_key: str | None = None) -> TransferExport:
    """Write the encrypted transfer file; returns it with its one-time passphrase.

    With `recipient_key` (the colleague's public key from `my_public_key()`), the file is
    sealed to that vault instead (X25519 + HKDF + AES-GCM) and needs no passphrase; the
    returned passphrase is then empty."""
    out = Path(out).expanduser()
    if not out.parent.is_dir():
        raise UserError(f"Der Zielordner {out.parent} existiert nicht.",
                        en=f"The target folder {out.parent} does not exist.")
    payload = case_payload(conn, client_id)
    case_number = payload["records"]["clients"][0]["case_number"]
    nonce = os.urandom(12)
    created = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if recipient_key:
        recipient = parse_public_key(recipient_key)
        ephemeral = X25519PrivateKey.generate()
        eph_pub = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        key = _x25519_key(ephemeral.exchange(recipient), eph_pub, _raw(recipient))
        secret = ""
        header_body = {"format": FORMAT, "mode": "x25519", "ephemeral": _b64(eph_pub),
                       "recipient": fingerprint(_raw(recipient)), "nonce": _b64(nonce),
                       "created_at": created}
    else:
        secret = passphrase or new_transfer_passphrase()
        params = kdf_params or KdfParams()
        params.check_floor(allow_below_floor)
        salt = new_salt()
        key = derive_key(normalise_passphrase(secret).encode("ascii"), salt, params,
                         allow_below_floor=allow_below_floor)
        header_body = {"format": FORMAT, "kdf": params.to_dict(), "salt": _b64(salt),
                       "nonce": _b64(nonce), "created_at": created}
    header = json.dumps(header_body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    plain = zlib.compress(json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8"))
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    sealed = AESGCM(key).encrypt(nonce, plain, prefix)
    with transaction(conn):
        audit.append(conn, "case.transfer_exported", record_type="client", record_id=client_id)
        atomic.atomic_write_bytes(out, prefix + sealed)
    log.info("case %d exported for handover (%s)", client_id, header_body.get("mode", "passphrase"))
    return TransferExport(out, secret, case_number)


# ----- sealing to a colleague's vault (public key) -------------------------------------------

PRIVATE_KEY_META = "handover_x25519_private"
PUBLIC_PREFIX = "mfdpk1:"


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _x25519_key(shared: bytes, eph_pub: bytes, recipient_pub: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_pub + recipient_pub,
                info=b"mfd-transfer/1 x25519").derive(shared)


def fingerprint(public_raw: bytes) -> str:
    """A short check value to compare by phone (not secret)."""
    digest = hashlib.sha256(public_raw).hexdigest().upper()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def _private_key(conn: Connection, *, create: bool) -> X25519PrivateKey | None:
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (PRIVATE_KEY_META,)).fetchone()
    if row:
        return X25519PrivateKey.from_private_bytes(base64.b64decode(row[0]))
    if not create:
        return None
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    conn.execute("INSERT INTO vault_meta(key, value) VALUES (?, ?)", (PRIVATE_KEY_META, _b64(raw)))
    return private


def my_public_key(conn: Connection) -> tuple[str, str]:
    """This vault's handover public key (made on first use; the private key stays inside the
    encrypted vault) and its fingerprint. Give the key to colleagues; it is not secret."""
    private = _private_key(conn, create=True)
    assert private is not None
    raw = _raw(private.public_key())
    return PUBLIC_PREFIX + base64.urlsafe_b64encode(raw).decode("ascii").rstrip("="), fingerprint(raw)


def parse_public_key(text: str) -> X25519PublicKey:
    cleaned = "".join(text.split())
    if not cleaned.startswith(PUBLIC_PREFIX):
        raise UserError("Das ist kein Übergabe-Schlüssel von MFD Desktop (er beginnt mit mfdpk1:).",
                        en="This is not an MFD Desktop handover key (it starts with mfdpk1:).")
    body = cleaned[len(PUBLIC_PREFIX):]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        if len(raw) != 32:
            raise ValueError("length")
        return X25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise UserError("Der Übergabe-Schlüssel ist unvollständig oder falsch abgeschrieben.",
                        en="The handover key is incomplete or was copied wrongly.") from None


def key_fingerprint(text: str) -> str:
    """The fingerprint of a pasted key, to compare by phone (UserError like
    `parse_public_key` when the key is malformed)."""
    return fingerprint(_raw(parse_public_key(text)))


def own_fingerprint(conn: Connection) -> str | None:
    """This vault's key fingerprint, or None while it has no key yet (reads only)."""
    private = _private_key(conn, create=False)
    return None if private is None else fingerprint(_raw(private.public_key()))


def sealed_for(path: Path) -> str | None:
    """The fingerprint of the key a file is sealed to (None for a passphrase file), so the
    app can say at once when a file is meant for another vault."""
    header, _prefix, _sealed = _split(Path(path).expanduser())
    return str(header.get("recipient")) if header.get("mode") == "x25519" else None


def transfer_mode(path: Path) -> str:
    """'passphrase' or 'x25519' (so the caller knows whether to ask for a passphrase)."""
    header, _prefix, _sealed = _split(Path(path).expanduser())
    return str(header.get("mode", "passphrase"))


def _split(path: Path) -> tuple[dict[str, Any], bytes, bytes]:
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise UserError(f"Die Übergabedatei {path} gibt es nicht.",
                        en=f"The handover file {path} does not exist.") from None
    if not raw.startswith(MAGIC):
        raise VaultDamagedError(NOT_A_TRANSFER, en=NOT_A_TRANSFER_EN)
    try:
        (head_len,) = struct.unpack(">I", raw[len(MAGIC):len(MAGIC) + 4])
        start = len(MAGIC) + 4
        header = json.loads(raw[start:start + head_len].decode("utf-8"))
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise ValueError("format")
    except (ValueError, struct.error, UnicodeDecodeError) as exc:
        raise VaultDamagedError(DAMAGED, en=DAMAGED_EN) from exc
    return header, raw[:start + head_len], raw[start + head_len:]


def read_transfer(path: Path, passphrase: str | None, *, allow_below_floor: bool = False,
                  conn: Connection | None = None) -> dict[str, Any]:
    """Decrypt a transfer file (in memory only). A file sealed to a vault's public key
    needs that vault's connection (`conn`) instead of a passphrase."""
    header, prefix, sealed = _split(Path(path).expanduser())
    try:
        nonce = base64.b64decode(header["nonce"])
        if header.get("mode") == "x25519":
            eph_pub = base64.b64decode(header["ephemeral"])
            private = _private_key(conn, create=False) if conn is not None else None
            if private is None:
                raise WrongSecretError("Diese Übergabedatei ist für den Tresor einer Kollegin "
                                       "oder eines Kollegen bestimmt, nicht für diesen.",
                                       en="This handover file is meant for a colleague's "
                                          "vault, not for this one.")
            mine = _raw(private.public_key())
            key = _x25519_key(private.exchange(X25519PublicKey.from_public_bytes(eph_pub)),
                              eph_pub, mine)
        else:
            params = KdfParams.from_dict(header["kdf"])
            salt = base64.b64decode(header["salt"])
            key = derive_key(normalise_passphrase(passphrase or "").encode("ascii", "ignore"),
                             salt, params, allow_below_floor=allow_below_floor)
    except (ValueError, KeyError, TypeError) as exc:
        raise VaultDamagedError(DAMAGED, en=DAMAGED_EN) from exc
    try:
        plain = AESGCM(key).decrypt(nonce, sealed, prefix)
    except InvalidTag:
        if header.get("mode") == "x25519":
            raise WrongSecretError("Diese Übergabedatei ist für einen anderen Tresor bestimmt "
                                   "(oder wurde verändert).",
                                   en="This handover file is meant for a different vault "
                                      "(or has been changed).") from None
        raise WrongSecretError(WRONG, en=WRONG_EN) from None
    payload = json.loads(zlib.decompress(plain).decode("utf-8"))
    if payload.get("format") != PAYLOAD_FORMAT:
        raise VaultDamagedError(DAMAGED, en=DAMAGED_EN)
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


def import_case(conn: Connection, path: Path, passphrase: str | None, *,
                allow_below_floor: bool = False) -> TransferImport:
    """Create the handed-over client in this vault. All or nothing."""
    from mfd_desktop.domain import data_subject_rights as dsr
    from mfd_desktop.domain import search

    payload = read_transfer(path, passphrase, allow_below_floor=allow_below_floor, conn=conn)
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
