"""Handing a case over to a colleague: one client in an encrypted, signed transfer file.

The file (`*.mfdcase`, format mfd-transfer/2) is

    MAGIC (14 bytes) | header length (4 bytes, big-endian) | header (JSON) | ciphertext | signature

- ciphertext: AES-256-GCM over the zlib-compressed JSON of the case, with magic, length
  and header as associated data;
- signature: Ed25519 (64 bytes) by the sending vault's own signing key over a context
  string, magic, length, header and ciphertext. The header names the sender's key
  (`sender`: X25519 + Ed25519 public keys, 64 bytes); its fingerprint is the one the
  sender's "Mein Übergabe-Schlüssel…" / `mfd transfer my-key` shows. Because the header
  is also the AES-GCM associated data, a sender name cannot be swapped on someone else's
  file without breaking the encryption, and because the signature covers the ciphertext,
  any changed byte is refused before anything is decrypted or inflated.

Two ways to open it:
- `mode: passphrase` — key from Argon2id over a one-time passphrase (100 bits, five
  groups of four Crockford characters) given by phone. The passphrase authenticates the
  file; the signature is checked too and the sender is shown.
- `mode: x25519` — sealed to the colleague's vault key (ephemeral X25519 + HKDF-SHA256;
  the header names the recipient's fingerprint). Anyone may hold that public key, so the
  signature is what proves the sender: the receiver compares the sender's fingerprint
  by phone the first time, and the vault remembers it (table known_senders).

Old files (mfd-transfer/1, unsigned): a passphrase file is still accepted (the
passphrase authenticates it); a sealed one is refused, since anyone holding the public
key could have made it.

Limits, checked before or while reading: the file at most MAX_FILE_BYTES (checked with
stat, and never more read), the header 64 KiB, the inflated case MAX_PAYLOAD_BYTES
(128 MiB; checked while inflating, in a counting pass that holds no output). A case
is its rows — even 600 consultations with the longest note allowed (100,000 characters
of Arabic script, ~200 KB each) stay below it — plus, only when the client agreed to
their handover (`with_attachments`), its attachments (base64 in `attachment_contents`,
each checked against its SHA-256 on import); a case whose attachments exceed the limit
is refused with a message, so the counsellor hands it over without them.
KDF parameters in a header are capped too (1 GiB, 64 passes, 16 lanes).

The header holds no personal data (format, keys, KDF parameters, salt, nonce, time); the
sender's profile name travels inside the encryption. Export writes an audit entry
("case.transfer_exported"); import creates the client in the receiving vault with new
ids (foreign keys re-mapped, offices matched by name or added), rebuilds its search
entries and writes "case.transfer_imported". The case stays in the sending vault until
the counsellor deletes it there (Löschung).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import logging
import os
import secrets
import stat
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
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
from mfd_desktop.messages import Msg
from mfd_desktop.security import atomic, recovery_key
from mfd_desktop.security.kdf import KdfParams, derive_key, new_salt
from mfd_desktop.storage import audit
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.connection import DatabaseError as sqlite_errors
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.storage.transfer")

MAGIC = b"MFD-TRANSFER\x00\x02"
MAGIC_V1 = b"MFD-TRANSFER\x00\x01"
FORMAT = "mfd-transfer/2"
FORMAT_V1 = "mfd-transfer/1"
PAYLOAD_FORMAT = "mfd-case/1"
SUFFIX = ".mfdcase"
PASSPHRASE_GROUPS = 5
SIGNATURE_CONTEXT = b"mfd-transfer/2 signed by the sending vault\n"
SIGNATURE_BYTES = 64
MAX_PAYLOAD_BYTES = 128 * 1024 * 1024
MAX_FILE_BYTES = MAX_PAYLOAD_BYTES + 1024 * 1024  # zlib never grows data by more
MAX_HEADER_BYTES = 64 * 1024
MAX_KDF_MEMORY_KIB = 1024 * 1024
MAX_KDF_ITERATIONS = 64
MAX_KDF_LANES = 16
MAX_NAME = 60
MAX_CASE_NUMBER = 64  # domain.case_numbers allows 40; an import may add "-Ü2"
INFLATE_CHUNK = 1024 * 1024

NOT_A_TRANSFER = Msg("transfer.not_a_transfer")
DAMAGED = Msg("transfer.damaged")
WRONG = Msg("transfer.wrong")
FORGED = (Msg("transfer.forged"))
UNSIGNED_SEALED = (Msg("transfer.unsigned_sealed"))
TOO_LARGE = Msg("transfer.file_too_large", mib=MAX_PAYLOAD_BYTES // 2**20)


class UnconfirmedSenderError(UserError):
    """A sealed file from a sender whose fingerprint was not (or wrongly) confirmed."""


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


# Copies the receiving vault's triggers make again (db/0017: a topic's consultation day);
# left out, so a handover file also opens in a version without them.
_DERIVED_COLUMNS = {"consultation_topics": {"held_on"}}


def case_payload(conn: Connection, client_id: int, *,
                 with_attachments: bool = False) -> dict[str, Any]:
    """The rows of one client (every table hanging off `clients`) and the offices used.

    Attachments travel only with the client's consent (`with_attachments`): then their
    rows and their bytes (base64, by attachment id); otherwise neither."""
    from mfd_desktop.domain.casework import attachments
    from mfd_desktop.domain.dataprotection import data_subject_rights as dsr

    data = dsr.collect(conn, client_id)
    records = data["records"]
    for table, rows in records.items():
        generated = _generated_columns(conn, table) | _DERIVED_COLUMNS.get(table, set())
        for row in rows:
            for col in generated:
                row.pop(col, None)
    contents: dict[str, str] = {}
    if with_attachments:
        for row in records.get("attachments", []):
            contents[str(row["id"])] = _b64(attachments.read(conn, int(row["id"])))
    else:
        records.pop("attachments", None)
        records.pop("letters", None)  # a kept letter is its attachment (db/0016)
    return {
        "format": PAYLOAD_FORMAT,
        "schema_version": int(conn.execute("PRAGMA user_version").fetchone()[0]),
        "records": records,
        "offices": data["recipients"],
        "interpreters": data["interpreters"],
        "drafts": data["drafts"],
        "attachment_contents": contents,
    }


# ----- the file ------------------------------------------------------------------------------

@dataclass(frozen=True)
class TransferExport:
    path: Path
    passphrase: str
    case_number: str


def export_case(conn: Connection, client_id: int, out: Path, *,
                kdf_params: KdfParams | None = None, allow_below_floor: bool = False,
                passphrase: str | None = None, recipient_key: str | None = None,
                with_attachments: bool = False) -> TransferExport:
    """Write the encrypted, signed transfer file; returns it with its one-time passphrase.

    With `recipient_key` (the colleague's key from `my_public_key()`), the file is sealed
    to that vault instead (X25519 + HKDF + AES-GCM) and needs no passphrase; the returned
    passphrase is then empty. Either way the file is signed with this vault's Ed25519
    key, and the sender's profile name travels inside the encryption. Attachments go
    along only with `with_attachments` (the client agreed to their handover)."""
    out = Path(out).expanduser()
    if not out.parent.is_dir():
        raise UserError(Msg("transfer.target_folder_missing", parent=out.parent))
    recipient = _parse_key(recipient_key) if recipient_key else None
    with transaction(conn):
        x_private, signer = _identity(conn)
    sender_body = _raw(x_private.public_key()) + _raw_ed(signer.public_key())
    payload = case_payload(conn, client_id, with_attachments=with_attachments)
    payload["sender"] = {"profile_name": audit.current_actor(conn)}
    case_number = payload["records"]["clients"][0]["case_number"]
    nonce = os.urandom(12)
    created = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    header_body: dict[str, Any] = {"format": FORMAT, "nonce": _b64(nonce), "created_at": created,
                                   "sender": _b64url(sender_body)}
    if recipient is not None:
        recipient_x, recipient_body = recipient
        ephemeral = X25519PrivateKey.generate()
        eph_pub = _raw(ephemeral.public_key())
        key = _x25519_key(ephemeral.exchange(recipient_x), eph_pub, _raw(recipient_x), version=2)
        secret = ""
        header_body |= {"mode": "x25519", "ephemeral": _b64(eph_pub),
                        "recipient": fingerprint(recipient_body)}
    else:
        secret = passphrase or new_transfer_passphrase()
        params = kdf_params or KdfParams()
        params.check_floor(allow_below_floor)
        salt = new_salt()
        key = derive_key(normalise_passphrase(secret).encode("ascii"), salt, params,
                         allow_below_floor=allow_below_floor)
        header_body |= {"mode": "passphrase", "kdf": params.to_dict(), "salt": _b64(salt)}
    header = json.dumps(header_body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    inflated = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
    if len(inflated) > MAX_PAYLOAD_BYTES:
        raise UserError(Msg("transfer.case_too_large", mib=MAX_PAYLOAD_BYTES // 2**20))
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    sealed = AESGCM(key).encrypt(nonce, zlib.compress(inflated), prefix)
    signature = signer.sign(SIGNATURE_CONTEXT + prefix + sealed)
    with transaction(conn):
        audit.append(conn, "case.transfer_exported", record_type="client", record_id=client_id)
        atomic.atomic_write_bytes(out, prefix + sealed + signature)
    log.info("case %d exported for handover (%s)", client_id, header_body["mode"])
    return TransferExport(out, secret, case_number)


# ----- this vault's handover keys ------------------------------------------------------------

PRIVATE_KEY_META = "handover_x25519_private"
SIGNING_KEY_META = "handover_ed25519_private"
PUBLIC_PREFIX = "mfdpk2:"
LEGACY_PUBLIC_PREFIX = "mfdpk1:"


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_ed(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _x25519_key(shared: bytes, eph_pub: bytes, recipient_pub: bytes, *, version: int) -> bytes:
    info = b"mfd-transfer/2 x25519" if version == 2 else b"mfd-transfer/1 x25519"
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_pub + recipient_pub,
                info=info).derive(shared)


def fingerprint(public_raw: bytes) -> str:
    """A short check value to compare by phone (not secret)."""
    digest = hashlib.sha256(public_raw).hexdigest().upper()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def normalise_fingerprint(text: str) -> str:
    """`ab12 CD34-…` as typed → `AB12 CD34 …` (for comparing with `fingerprint()`)."""
    cleaned = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    return " ".join(cleaned[i:i + 4] for i in range(0, len(cleaned), 4))


def _meta(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def _private_key(conn: Connection, *, create: bool) -> X25519PrivateKey | None:
    stored = _meta(conn, PRIVATE_KEY_META)
    if stored:
        return X25519PrivateKey.from_private_bytes(base64.b64decode(stored))
    if not create:
        return None
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    conn.execute("INSERT INTO vault_meta(key, value) VALUES (?, ?)", (PRIVATE_KEY_META, _b64(raw)))
    return private


def _signing_key(conn: Connection, *, create: bool) -> Ed25519PrivateKey | None:
    stored = _meta(conn, SIGNING_KEY_META)
    if stored:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
    if not create:
        return None
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    conn.execute("INSERT INTO vault_meta(key, value) VALUES (?, ?)", (SIGNING_KEY_META, _b64(raw)))
    return private


def _identity(conn: Connection) -> tuple[X25519PrivateKey, Ed25519PrivateKey]:
    """This vault's key pairs, made on first use (inside the encrypted vault only): X25519
    to receive sealed files, Ed25519 to sign the files it sends."""
    x_private = _private_key(conn, create=True)
    signer = _signing_key(conn, create=True)
    assert x_private is not None and signer is not None
    return x_private, signer


def my_public_key(conn: Connection) -> tuple[str, str]:
    """This vault's handover key `mfdpk2:…` (X25519 to receive, Ed25519 to sign; made on
    first use, the private halves stay inside the encrypted vault) and its fingerprint.
    Give the key to colleagues; it is not secret. The fingerprint is also what colleagues
    see as the sender of a case this vault hands over."""
    with transaction(conn):
        x_private, signer = _identity(conn)
    body = _raw(x_private.public_key()) + _raw_ed(signer.public_key())
    return PUBLIC_PREFIX + _b64url(body), fingerprint(body)


def _parse_key(text: str) -> tuple[X25519PublicKey, bytes]:
    """The X25519 part of a pasted key and the key's body (what its fingerprint covers)."""
    cleaned = "".join((text or "").split())
    prefix = next((p for p in (PUBLIC_PREFIX, LEGACY_PUBLIC_PREFIX) if cleaned.startswith(p)),
                  None)
    if prefix is None:
        raise UserError(Msg("transfer.not_a_key"))
    try:
        raw = _unb64url(cleaned[len(prefix):])
        if len(raw) != (64 if prefix == PUBLIC_PREFIX else 32):
            raise ValueError("length")
        if prefix == PUBLIC_PREFIX:
            Ed25519PublicKey.from_public_bytes(raw[32:])
        return X25519PublicKey.from_public_bytes(raw[:32]), raw
    except ValueError:
        raise UserError(Msg("transfer.key_incomplete")) from None


def parse_public_key(text: str) -> X25519PublicKey:
    return _parse_key(text)[0]


def key_fingerprint(text: str) -> str:
    """The fingerprint of a pasted key, to compare by phone (UserError like
    `parse_public_key` when the key is malformed)."""
    return fingerprint(_parse_key(text)[1])


def own_fingerprint(conn: Connection) -> str | None:
    """This vault's key fingerprint, or None while it has no key yet (reads only)."""
    private = _private_key(conn, create=False)
    if private is None:
        return None
    signer = _signing_key(conn, create=False)
    if signer is None:  # a vault that only ever published an mfdpk1 key
        return fingerprint(_raw(private.public_key()))
    return fingerprint(_raw(private.public_key()) + _raw_ed(signer.public_key()))


def own_fingerprints(conn: Connection) -> set[str]:
    """Every fingerprint a file sealed to this vault may name: the key's and, for files
    made with an older `mfdpk1:` copy of it, the X25519 part's (reads only)."""
    private = _private_key(conn, create=False)
    if private is None:
        return set()
    return {fingerprint(_raw(private.public_key())), str(own_fingerprint(conn))}


def _header(path: Path) -> dict[str, Any]:
    """The header alone (magic, length and JSON read, nothing more): cheap enough for
    the UI thread; says nothing about the file's authenticity."""
    raw = _read_bounded(Path(path).expanduser(), head_only=True)
    return _split(raw, head_only=True).header


def sealed_for(path: Path) -> str | None:
    """The fingerprint of the key a file is sealed to (None for a passphrase file), so the
    app can say at once when a file is meant for another vault."""
    header = _header(path)
    return str(header.get("recipient")) if header.get("mode") == "x25519" else None


def transfer_mode(path: Path) -> str:
    """'passphrase' or 'x25519' (so the caller knows whether to ask for a passphrase)."""
    header = _header(path)
    return "x25519" if header.get("mode") == "x25519" else "passphrase"


# ----- reading a file: bounded, signature first ---------------------------------------------

@dataclass(frozen=True)
class _Parts:
    version: int
    header: dict[str, Any]
    prefix: bytes      # magic, length and header: the AES-GCM associated data
    sealed: bytes      # AES-GCM ciphertext and tag
    signature: bytes   # Ed25519 over SIGNATURE_CONTEXT + prefix + sealed (version 2 only)


def _read_bounded(path: Path, *, head_only: bool = False) -> bytes:
    """The file's bytes, refused before reading when it is not a regular file or larger
    than any real handover (and never more than the ceiling + 1 byte read). With
    `head_only`, only magic, length and header are read (for a quick look on the UI
    thread); `_split` then sees an empty body, which only `open_transfer` would mind."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise VaultDamagedError(NOT_A_TRANSFER)
        if info.st_size > MAX_FILE_BYTES:
            raise VaultDamagedError(TOO_LARGE)
        with open(path, "rb") as handle:
            if head_only:
                start = handle.read(len(MAGIC) + 4)
                length = struct.unpack(">I", start[-4:])[0] if len(start) == len(MAGIC) + 4 else 0
                return start + handle.read(min(length, MAX_HEADER_BYTES + 1))
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UserError(Msg("transfer.file_missing", path=path)) from None
    except OSError:
        raise UserError(Msg("transfer.file_unreadable", path=path)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise VaultDamagedError(TOO_LARGE)
    return raw


def _split(raw: bytes, *, head_only: bool = False) -> _Parts:
    if raw.startswith(MAGIC):
        version = 2
    elif raw.startswith(MAGIC_V1):
        version = 1
    else:
        raise VaultDamagedError(NOT_A_TRANSFER)
    start = len(MAGIC) + 4
    try:
        (head_len,) = struct.unpack(">I", raw[len(MAGIC):start])
        if head_len > MAX_HEADER_BYTES or start + head_len > len(raw):
            raise ValueError("header length")
        header = json.loads(raw[start:start + head_len].decode("utf-8"))
        if not isinstance(header, dict) or header.get("format") != (FORMAT if version == 2
                                                                     else FORMAT_V1):
            raise ValueError("format")
        if header.get("mode", "passphrase") not in ("passphrase", "x25519"):
            raise ValueError("mode")
    except (ValueError, struct.error, UnicodeDecodeError, RecursionError) as exc:
        raise VaultDamagedError(DAMAGED) from exc
    body = raw[start + head_len:]
    if version == 1 or head_only:
        return _Parts(version, header, raw[:start + head_len], body, b"")
    if len(body) < SIGNATURE_BYTES + 16:
        raise VaultDamagedError(DAMAGED)
    return _Parts(2, header, raw[:start + head_len], body[:-SIGNATURE_BYTES],
                  body[-SIGNATURE_BYTES:])


def _verify(parts: _Parts) -> bytes:
    """The sender's key body (X25519 + Ed25519) after checking the signature; a file that
    was altered anywhere, or signed with another key than the one it names, is refused."""
    try:
        sender_body = _unb64url(str(parts.header["sender"]))
        if len(sender_body) != 64:
            raise ValueError("sender")
        Ed25519PublicKey.from_public_bytes(sender_body[32:]).verify(
            parts.signature, SIGNATURE_CONTEXT + parts.prefix + parts.sealed)
    except (KeyError, ValueError, TypeError, InvalidSignature) as exc:
        raise VaultDamagedError(FORGED) from exc
    return sender_body


def _kdf(header: dict[str, Any]) -> KdfParams:
    params = KdfParams.from_dict(header["kdf"])
    if (params.memory_kib > MAX_KDF_MEMORY_KIB or params.iterations > MAX_KDF_ITERATIONS
            or params.lanes > MAX_KDF_LANES):
        raise ValueError("implausible KDF parameters")  # a forged header: no 4 GB Argon2
    return params


def _inflate(data: bytes) -> bytes:
    """zlib-decompress at most MAX_PAYLOAD_BYTES, checked while inflating. A first pass
    only counts (constant memory), so a zip bomb is refused without ever holding more than
    one chunk of its output; a second pass keeps the output of a file that fits."""
    for keep in (False, True):
        inflater = zlib.decompressobj()
        pending, total, chunks = data, 0, []
        while not inflater.eof:
            try:
                chunk = inflater.decompress(pending, INFLATE_CHUNK)
            except zlib.error as exc:
                raise VaultDamagedError(DAMAGED) from exc
            total += len(chunk)
            if total > MAX_PAYLOAD_BYTES:
                raise VaultDamagedError(TOO_LARGE)
            if keep:
                chunks.append(chunk)
            pending = inflater.unconsumed_tail
            if not chunk and not pending:
                break  # input used up before the end of the stream
        if not inflater.eof or inflater.unused_data:
            raise VaultDamagedError(DAMAGED)
    return b"".join(chunks)


def _check_payload(payload: Any) -> dict[str, Any]:
    """The shape import relies on; anything else is a damaged (or forged) file."""
    ok = (isinstance(payload, dict) and payload.get("format") == PAYLOAD_FORMAT
          and isinstance(payload.get("records"), dict)
          and all(isinstance(k, str) and isinstance(v, list)
                  and all(isinstance(r, dict) for r in v)
                  for k, v in payload["records"].items())
          and isinstance(payload["records"].get("clients"), list)
          and len(payload["records"]["clients"]) == 1
          and isinstance(payload["records"]["clients"][0].get("case_number"), str)
          and 0 < len(payload["records"]["clients"][0]["case_number"]) <= MAX_CASE_NUMBER
          and payload["records"]["clients"][0]["case_number"].isprintable()
          and isinstance(payload.get("offices", []), list)
          and all(isinstance(o, dict) for o in payload.get("offices", []))
          and isinstance(payload.get("interpreters", []), list)
          and all(isinstance(o, dict) and "id" in o for o in payload.get("interpreters", []))
          and isinstance(payload.get("sender", {}), dict))
    if not ok or not isinstance(payload, dict):
        raise VaultDamagedError(DAMAGED)
    return payload


@dataclass(frozen=True)
class Sender:
    """Who signed a handover file, and what this vault knows about that key."""

    fingerprint: str
    public_key: str            # mfdpk2:… (the sender's handover key)
    profile_name: str          # as the sender's vault calls itself (inside the encryption)
    known_since: str | None    # confirmed in this vault at that time, else None
    known_as: str | None       # the profile name it was confirmed under
    name_clash: str | None     # fingerprint of another known sender with the same name

    @property
    def known(self) -> bool:
        return self.known_since is not None


@dataclass(frozen=True)
class OpenedTransfer:
    """A decrypted and checked handover file (in memory only), before anything is imported.

    `sender` is None only for an old (mfd-transfer/1) passphrase file, which is
    authenticated by its one-time passphrase alone."""

    mode: str
    version: int
    payload: dict[str, Any]
    sender: Sender | None

    @property
    def case_number(self) -> str:
        return str(self.payload["records"]["clients"][0]["case_number"])

    @property
    def authenticated_by(self) -> str:
        """'passphrase' (given by phone), 'known_sender' (a key confirmed before) or
        'unconfirmed' (a sealed file from a key this vault does not know yet)."""
        if self.mode != "x25519":
            return "passphrase"
        return "known_sender" if self.sender is not None and self.sender.known else "unconfirmed"

    @property
    def needs_confirmation(self) -> bool:
        return self.authenticated_by == "unconfirmed"


def _sender(conn: Connection | None, body: bytes, payload: dict[str, Any]) -> Sender:
    public = PUBLIC_PREFIX + _b64url(body)
    given = str(payload.get("sender", {}).get("profile_name") or "")
    # shown on a terminal and in a dialog: no control characters (escape sequences)
    name = " ".join("".join(ch if ch.isprintable() else " " for ch in given).split())[:MAX_NAME]
    name = name or audit.DEFAULT_ACTOR
    known_since = known_as = clash = None
    if conn is not None:
        row = conn.execute("SELECT confirmed_at, profile_name FROM known_senders "
                           "WHERE public_key = ?", (public,)).fetchone()
        if row:
            known_since, known_as = str(row[0]), str(row[1])
        else:
            other = conn.execute("SELECT fingerprint FROM known_senders WHERE profile_name = ? "
                                 "COLLATE NOCASE", (name,)).fetchone()
            clash = str(other[0]) if other else None
    return Sender(fingerprint(body), public, name, known_since, known_as, clash)


def open_transfer(conn: Connection | None, path: Path, passphrase: str | None = None, *,
                  allow_below_floor: bool = False) -> OpenedTransfer:
    """Read, verify and decrypt a handover file in memory; import nothing yet.

    Order: size bound, signature (a forged or altered file stops here, exit 4), then
    decryption (wrong passphrase or another vault: exit 3), then bounded inflating. A
    sealed file needs this vault's connection (`conn`); an old unsigned sealed file is
    refused (its sender cannot be proven)."""
    parts = _split(_read_bounded(Path(path).expanduser()))
    header, mode = parts.header, parts.header.get("mode", "passphrase")
    if parts.version == 1 and mode == "x25519":
        raise VaultDamagedError(UNSIGNED_SEALED)
    sender_body = _verify(parts) if parts.version == 2 else None
    try:
        nonce = base64.b64decode(header["nonce"], validate=True)
        if len(nonce) != 12:
            raise ValueError("nonce")
        if mode == "x25519":
            eph_pub = base64.b64decode(header["ephemeral"], validate=True)
            private = _private_key(conn, create=False) if conn is not None else None
            if private is None:
                raise WrongSecretError(Msg("transfer.for_colleague"))
            mine = _raw(private.public_key())
            key = _x25519_key(private.exchange(X25519PublicKey.from_public_bytes(eph_pub)),
                              eph_pub, mine, version=2)
        else:
            params = _kdf(header)
            salt = base64.b64decode(header["salt"], validate=True)
            key = derive_key(normalise_passphrase(passphrase or "").encode("ascii", "ignore"),
                             salt, params, allow_below_floor=allow_below_floor)
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise VaultDamagedError(DAMAGED) from exc
    try:
        plain = AESGCM(key).decrypt(nonce, parts.sealed, parts.prefix)
    except InvalidTag:
        if mode == "x25519":
            raise WrongSecretError(Msg("transfer.for_other_vault")) from None
        raise WrongSecretError(WRONG) from None
    try:
        payload = _check_payload(json.loads(_inflate(plain).decode("utf-8")))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise VaultDamagedError(DAMAGED) from exc
    sender = _sender(conn, sender_body, payload) if sender_body is not None else None
    return OpenedTransfer(mode, parts.version, payload, sender)


def read_transfer(path: Path, passphrase: str | None, *, allow_below_floor: bool = False,
                  conn: Connection | None = None) -> dict[str, Any]:
    """Decrypt a transfer file (in memory only) and return its payload. A file sealed to a
    vault's public key needs that vault's connection (`conn`) instead of a passphrase."""
    return open_transfer(conn, path, passphrase, allow_below_floor=allow_below_floor).payload


def known_senders(conn: Connection) -> list[Sender]:
    """The senders this vault has confirmed (by phone), newest first."""
    rows = conn.execute("SELECT fingerprint, public_key, profile_name, confirmed_at "
                        "FROM known_senders ORDER BY confirmed_at DESC, fingerprint").fetchall()
    return [Sender(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[2]), None) for r in rows]


def known_colleague_names(conn: Connection | None) -> dict[str, str]:
    """Fingerprint → name of the colleagues this vault has taken a case over from (and
    confirmed by phone), for naming a pasted handover key: the key itself carries no name.
    A vault that never named its profile („Standardprofil“) is left out."""
    if conn is None:
        return {}
    return {s.fingerprint: s.profile_name for s in known_senders(conn)
            if s.profile_name != audit.DEFAULT_ACTOR}


def _remember(conn: Connection, sender: Sender) -> None:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    conn.execute("INSERT INTO known_senders(fingerprint, public_key, profile_name, confirmed_at, "
                 "last_import_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(public_key) DO UPDATE "
                 "SET last_import_at = excluded.last_import_at",
                 (sender.fingerprint, sender.public_key, sender.profile_name, now, now))


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
                allow_below_floor: bool = False,
                confirmed_fingerprint: str | None = None) -> TransferImport:
    """Open the file and create the handed-over client in this vault. All or nothing.
    A sealed file from a sender this vault does not know yet needs the fingerprint the
    counsellor compared by phone (`confirmed_fingerprint`)."""
    opened = open_transfer(conn, path, passphrase, allow_below_floor=allow_below_floor)
    return import_opened(conn, opened, confirmed_fingerprint=confirmed_fingerprint)


def import_opened(conn: Connection, opened: OpenedTransfer, *,
                  confirmed_fingerprint: str | None = None) -> TransferImport:
    """Create the client of an opened handover file in this vault. All or nothing.

    A sealed file whose sender is not known yet is imported only with the sender's
    fingerprint as compared by phone; the sender is then remembered (known_senders), so
    the next file from the same vault needs no new comparison. A confirmed fingerprint
    also marks the sender of a passphrase file as known."""
    sender = opened.sender
    confirmed = normalise_fingerprint(confirmed_fingerprint or "")
    if confirmed and (sender is None or confirmed != sender.fingerprint):
        shown = sender.fingerprint if sender is not None else "–"
        raise UnconfirmedSenderError(
            Msg("transfer.fingerprint_mismatch", shown=shown, confirmed=confirmed))
    if opened.needs_confirmation and not confirmed:
        assert sender is not None
        raise UnconfirmedSenderError(
            Msg("transfer.sender_unconfirmed", profile_name=sender.profile_name, fingerprint=sender.fingerprint))
    try:
        with transaction(conn):
            result = _import_payload(conn, opened.payload)
            if sender is not None and (confirmed or sender.known):
                _remember(conn, sender)
    except (KeyError, TypeError, ValueError, AttributeError, sqlite_errors) as exc:
        # a signed file whose rows do not fit this vault's tables: nothing was written
        log.warning("handed-over case refused: rows do not fit (%s)", type(exc).__name__)
        raise VaultDamagedError(DAMAGED) from exc
    log.info("handed-over case imported as client %d", result.client_id)
    return result


def _import_payload(conn: Connection, payload: dict[str, Any]) -> TransferImport:
    from mfd_desktop.domain.casework import interpreters, search
    from mfd_desktop.domain.dataprotection import data_subject_rights as dsr

    records: dict[str, list[dict[str, Any]]] = payload["records"]
    graph = dsr._children(conn)
    tables = set(dsr._tables(conn))
    id_maps: dict[str, dict[Any, int]] = {"offices": {}, "interpreters": {}}
    with transaction(conn):
        # the interpreters its consultations name (db/0013): matched by name or added
        for entry in payload.get("interpreters", []):
            found = interpreters.find_by_name(conn, str(entry.get("name", "")))
            if found is not None:
                id_maps["interpreters"][entry["id"]] = found
            else:
                fresh = {k: v for k, v in entry.items() if k not in ("id", "created_at")}
                id_maps["interpreters"][entry["id"]] = _insert(conn, "interpreters", fresh)
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
        fk_of = {child: [(col, parent, pcol) for parent, kids in graph.items()
                         for c2, col, pcol in kids if c2 == child] for child in order}
        order = _parents_first(order, fk_of)
        # A restriction makes the case read-only (also in the database): it comes last.
        order.sort(key=lambda t: t == "client_restrictions")
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
                    if mapped is None and parent in ("offices", "interpreters"):
                        row[col] = None  # an address-book entry that did not come along
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
                    if records.get("client_history"):
                        # the insert trigger dated the status afresh: the case brings
                        # its own history
                        conn.execute("DELETE FROM client_history WHERE client_id = ?",
                                     (new_id,))
        if new_client_id is None:
            raise ValueError("no client row")
        _import_attachment_contents(conn, records, payload, id_maps.get("attachments", {}))
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
    return TransferImport(new_client_id, number, number != original_number)


def _has_int_pk(conn: Connection, table: str) -> bool:
    cols = list(conn.execute(f'PRAGMA table_info("{table}")'))
    pks = [c for c in cols if c[5]]
    return len(pks) == 1 and pks[0][1] == "id" and pks[0][2].upper() == "INTEGER"


def _parents_first(order: list[str], fk_of: dict[str, list[tuple[str, str, str]]]) -> list[str]:
    """`order` (breadth-first from clients) rearranged so that every table comes after
    the tables it references (e.g. attachments after checklist_items, which sit deeper);
    a cycle keeps the breadth-first order."""
    placed: list[str] = []
    pending = list(order)
    while pending:
        for table in pending:
            parents = {p for _c, p, _pc in fk_of.get(table, []) if p in order and p != table}
            if parents <= set(placed):
                break
        else:
            table = pending[0]
        placed.append(table)
        pending.remove(table)
    return placed


def _import_attachment_contents(conn: Connection, records: dict[str, list[dict[str, Any]]],
                                payload: dict[str, Any], id_map: dict[Any, int]) -> None:
    """The bytes of the imported attachments, each checked against its row's SHA-256;
    a row without its bytes (or with other bytes) makes the file damaged. The receiving
    vault's limit on attachments applies."""
    from mfd_desktop.domain.casework import attachments

    contents = payload.get("attachment_contents") or {}
    if not isinstance(contents, dict):
        raise ValueError("attachment contents")
    rows = {row.get("id"): row for row in records.get("attachments", [])}
    lim = attachments.limits(conn)
    if attachments.total_bytes(conn) > lim.max_vault_bytes:
        raise UserError(Msg("attachments.vault_full", limit=lim.max_vault_bytes // 2**20))
    for old_id, new_id in id_map.items():
        encoded = contents.get(str(old_id))
        if not isinstance(encoded, str):
            raise ValueError("attachment without its bytes")
        data = base64.b64decode(encoded.encode("ascii"), validate=True)
        if hashlib.sha256(data).hexdigest() != rows[old_id].get("sha256") or \
                len(data) != rows[old_id].get("size"):
            raise ValueError("attachment bytes differ from their checksum")
        conn.execute("INSERT INTO attachment_contents(attachment_id, data) VALUES (?, ?)",
                     (new_id, data))
