"""The Sichtschutz PIN: a short number that lifts the privacy screen (gui/lock/).

The PIN never opens anything: it is not a key and unwraps none. The vault stays open in
memory while the privacy screen hides it; the PIN only tells the app that the person
at the screen is the counsellor who hid it. So it may be short, and it is kept inside
the vault (the encrypted `settings` table, key "privacy_pin") only as a scrypt hash with
its own salt, never as the number itself. With no PIN set, only the passphrase lifts the
screen. Three wrong tries lock the vault fully (counted by the GUI, which owns the
screen).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

SETTINGS_KEY = "privacy_pin"
MIN_DIGITS, MAX_DIGITS = 4, 8
# scrypt cost: about 50 ms and 32 MiB on an office laptop; the hash is inside the
# encrypted vault, so this only slows someone who already has the vault open.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_MAXMEM = 64 * 1024 * 1024


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM,
                          dklen=32)


def validate(pin: str) -> str:
    """The PIN as it is hashed, or UserError: MIN_DIGITS to MAX_DIGITS digits 0–9."""
    text = (pin or "").strip()
    if not (MIN_DIGITS <= len(text) <= MAX_DIGITS) or not all(ch in "0123456789" for ch in text):
        raise UserError(Msg("privacy_pin.digits", minimum=MIN_DIGITS, maximum=MAX_DIGITS))
    return text


def set_pin(conn: Connection, pin: str) -> None:
    """Store a new PIN (its hash); replaces an earlier one."""
    text = validate(pin)
    salt = secrets.token_bytes(16)
    record = {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
              "salt": salt.hex(), "hash": _derive(text, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P).hex()}
    with transaction(conn):
        conn.execute(
            "INSERT INTO settings(key, value_json) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
            "SET value_json = excluded.value_json, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')",
            (SETTINGS_KEY, json.dumps(record)))


def clear_pin(conn: Connection) -> None:
    """No PIN any more: only the passphrase lifts the privacy screen."""
    with transaction(conn):
        conn.execute("DELETE FROM settings WHERE key = ?", (SETTINGS_KEY,))


def _record(conn: Connection) -> dict[str, object] | None:
    row = conn.execute("SELECT value_json FROM settings WHERE key = ?",
                       (SETTINGS_KEY,)).fetchone()
    if not row:
        return None
    try:
        record = json.loads(row[0])
    except ValueError:
        return None
    return record if isinstance(record, dict) and record.get("kdf") == "scrypt" else None


def has_pin(conn: Connection) -> bool:
    return _record(conn) is not None


def check_pin(conn: Connection, pin: str) -> bool:
    """True if `pin` is the stored PIN (constant-time comparison); False without a PIN."""
    record = _record(conn)
    if record is None:
        return False
    try:
        salt = bytes.fromhex(str(record["salt"]))
        expected = bytes.fromhex(str(record["hash"]))
        n, r, p = (int(str(record[k])) for k in ("n", "r", "p"))
    except (KeyError, ValueError):
        return False
    if n > 2**20 or r > 32 or p > 16:  # a tampered record must not exhaust memory
        return False
    text = (pin or "").strip()
    if not text or len(text) > MAX_DIGITS:
        return False
    return hmac.compare_digest(_derive(text, salt, n, r, p), expected)
