"""The key-slot file (keyslots.json): the vault's data key, wrapped once per way in.

Each slot holds the 256-bit data key encrypted with AES-256-GCM under a key derived
from a passphrase (Argon2id), a recovery key (HKDF; it already has 160 random bits)
or a random secret kept in the OS keyring. The AAD binds the vault id, the slot id,
its type and its KDF parameters, so a slot cannot be moved to another vault or have
its parameters weakened without unwrapping failing.

The file carries a SHA-256 checksum of its content. It is not a secret and proves
nothing against an attacker (GCM does that); it tells accidental damage ("the file
is broken") apart from a wrong passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from mfd_desktop.errors import VaultDamagedError, WrongSecretError
from mfd_desktop.messages import Msg
from mfd_desktop.security import atomic
from mfd_desktop.security.kdf import SALT_LENGTH, KdfParams, derive_key, new_salt

FORMAT = "mfd-keyslots/1"
SLOT_PASSPHRASE = "passphrase"
SLOT_RECOVERY = "recovery"
SLOT_KEYRING = "keyring"
SLOT_TYPES = (SLOT_PASSPHRASE, SLOT_RECOVERY, SLOT_KEYRING)
NONCE_LENGTH = 12
WRAPPED_KEY_LENGTH = 32 + 16  # the data key and the GCM tag
MAX_FILE_BYTES = 64 * 1024  # a real file is about 2 KB; more is not a key-slot file
MAX_VAULT_ID_LENGTH = 128

DAMAGED_MESSAGE = (
    Msg("keyslots.damaged")
)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str) or len(text) > 1024:
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeySlot:
    slot_id: str
    slot_type: str
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    kdf: KdfParams | None = None

    def aad(self, vault_id: str) -> bytes:
        bound = {
            "format": FORMAT,
            "vault_id": vault_id,
            "slot_id": self.slot_id,
            "slot_type": self.slot_type,
            "kdf": self.kdf.to_dict() if self.kdf else None,
            "salt": _b64(self.salt),
        }
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.slot_id,
            "type": self.slot_type,
            "kdf": self.kdf.to_dict() if self.kdf else None,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    @classmethod
    def from_dict(cls, data: object) -> KeySlot:
        """One slot from the file; ValueError for anything malformed or implausible.

        Every field is checked for type and size before it is used: a file with a valid
        checksum can still be hostile (the checksum is no secret), and what it says must
        never reach Argon2 or AES-GCM unchecked."""
        if not isinstance(data, dict) or set(data) != {"id", "type", "kdf", "salt", "nonce",
                                                       "ciphertext"}:
            raise ValueError("malformed slot")
        slot_type = data["type"]
        if not isinstance(slot_type, str) or slot_type not in SLOT_TYPES:
            raise ValueError("unknown slot type")
        if data["id"] != slot_type:  # each slot is stored under its type's name
            raise ValueError("slot id does not match its type")
        kdf_data = data["kdf"]
        if slot_type == SLOT_PASSPHRASE:
            kdf = KdfParams.from_dict(kdf_data)
        elif kdf_data is None:
            kdf = None
        else:
            raise ValueError("KDF parameters on a slot that has none")
        salt = _unb64(data["salt"])
        expected_salt = 0 if slot_type == SLOT_KEYRING else SALT_LENGTH
        if len(salt) != expected_salt:
            raise ValueError("bad salt")
        nonce = _unb64(data["nonce"])
        if len(nonce) != NONCE_LENGTH:
            raise ValueError("bad nonce")
        ciphertext = _unb64(data["ciphertext"])
        if len(ciphertext) != WRAPPED_KEY_LENGTH:
            raise ValueError("bad wrapped key")
        return cls(slot_id=slot_type, slot_type=slot_type, kdf=kdf, salt=salt, nonce=nonce,
                   ciphertext=ciphertext)


def _recovery_wrapping_key(normalised_key: str, salt: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"mfd-recovery-slot/1"
    ).derive(normalised_key.encode("ascii"))


def _seal(slot_id: str, slot_type: str, wrapping_key: bytes, data_key: bytes | bytearray,
          vault_id: str,
          salt: bytes, kdf: KdfParams | None) -> KeySlot:
    nonce = os.urandom(NONCE_LENGTH)
    draft = KeySlot(slot_id, slot_type, salt, nonce, b"", kdf)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, bytes(data_key), draft.aad(vault_id))
    return KeySlot(slot_id, slot_type, salt, nonce, ciphertext, kdf)


def _open(slot: KeySlot, wrapping_key: bytes, vault_id: str) -> bytearray:
    try:
        return bytearray(AESGCM(wrapping_key).decrypt(slot.nonce, slot.ciphertext, slot.aad(vault_id)))
    except InvalidTag as exc:
        raise WrongSecretError(_WRONG_SECRET_MESSAGES[slot.slot_type]) from exc


_WRONG_SECRET_MESSAGES = {
    SLOT_PASSPHRASE: Msg("keyslots.wrong_passphrase"),
    SLOT_RECOVERY: Msg("keyslots.wrong_recovery_key"),
    SLOT_KEYRING: Msg("keyslots.wrong_device_key"),
}


def seal_with_passphrase(data_key: bytes | bytearray, vault_id: str, passphrase: str, params: KdfParams,
                         *, allow_below_floor: bool = False) -> KeySlot:
    salt = new_salt()
    wrapping = derive_key(passphrase.encode("utf-8"), salt, params, allow_below_floor=allow_below_floor)
    return _seal(SLOT_PASSPHRASE, SLOT_PASSPHRASE, wrapping, data_key, vault_id, salt, params)


def seal_with_recovery_key(data_key: bytes | bytearray, vault_id: str, normalised_key: str) -> KeySlot:
    salt = new_salt()
    wrapping = _recovery_wrapping_key(normalised_key, salt)
    return _seal(SLOT_RECOVERY, SLOT_RECOVERY, wrapping, data_key, vault_id, salt, None)


def seal_with_device_secret(data_key: bytes | bytearray, vault_id: str, device_secret: bytes) -> KeySlot:
    return _seal(SLOT_KEYRING, SLOT_KEYRING, device_secret, data_key, vault_id, b"", None)


def open_with_passphrase(slot: KeySlot, vault_id: str, passphrase: str,
                         *, allow_below_floor: bool = False) -> bytearray:
    if slot.slot_type != SLOT_PASSPHRASE or slot.kdf is None:  # parse() prevents this
        raise VaultDamagedError(DAMAGED_MESSAGE)
    wrapping = derive_key(passphrase.encode("utf-8"), slot.salt, slot.kdf,
                          allow_below_floor=allow_below_floor)
    return _open(slot, wrapping, vault_id)


def open_with_recovery_key(slot: KeySlot, vault_id: str, normalised_key: str) -> bytearray:
    if slot.slot_type != SLOT_RECOVERY:
        raise VaultDamagedError(DAMAGED_MESSAGE)
    return _open(slot, _recovery_wrapping_key(normalised_key, slot.salt), vault_id)


def open_with_device_secret(slot: KeySlot, vault_id: str, device_secret: bytes) -> bytearray:
    if len(device_secret) != 32:
        raise WrongSecretError(_WRONG_SECRET_MESSAGES[SLOT_KEYRING])
    return _open(slot, device_secret, vault_id)


@dataclass
class KeySlotFile:
    vault_id: str
    slots: dict[str, KeySlot] = field(default_factory=dict)

    def slot(self, slot_id: str) -> KeySlot:
        try:
            return self.slots[slot_id]
        except KeyError:
            raise VaultDamagedError(DAMAGED_MESSAGE) from None

    def with_slot(self, slot: KeySlot) -> KeySlotFile:
        slots = dict(self.slots)
        slots[slot.slot_id] = slot
        return KeySlotFile(self.vault_id, slots)

    def without_slot(self, slot_id: str) -> KeySlotFile:
        return KeySlotFile(self.vault_id, {k: v for k, v in self.slots.items() if k != slot_id})

    def _body(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "slots": [self.slots[k].to_dict() for k in sorted(self.slots)],
        }

    def serialise(self) -> bytes:
        body = self._body()
        digest = hashlib.sha256(_canonical(body)).hexdigest()
        return json.dumps({**body, "checksum": digest}, indent=2, sort_keys=True).encode("utf-8") + b"\n"

    @classmethod
    def parse(cls, raw: bytes) -> KeySlotFile:
        """The key slots in `raw`; `VaultDamagedError` (exit 4) for anything else.

        Nothing in a damaged, truncated or hostile file may escape as another exception
        (tests/security/test_keyslots_fuzz.py)."""
        try:
            if len(raw) > MAX_FILE_BYTES:
                raise ValueError("too large for a key-slot file")
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not a key-slot file")
            if set(data) != {"format", "vault_id", "slots", "checksum"}:
                raise ValueError("unexpected fields")
            checksum = data.pop("checksum")
            if checksum != hashlib.sha256(_canonical(data)).hexdigest():
                raise ValueError("checksum mismatch")
            vault_id = data["vault_id"]
            if (not isinstance(vault_id, str) or not 0 < len(vault_id) <= MAX_VAULT_ID_LENGTH
                    or not vault_id.isascii() or not vault_id.isprintable()):
                raise ValueError("bad vault id")
            if not isinstance(data["slots"], list) or len(data["slots"]) > len(SLOT_TYPES):
                raise ValueError("bad slot list")
            slots = [KeySlot.from_dict(s) for s in data["slots"]]
            if len({s.slot_id for s in slots}) != len(slots):
                raise ValueError("a slot appears twice")
        except (ValueError, KeyError, TypeError, UnicodeError, AttributeError, RecursionError,
                OverflowError, MemoryError) as exc:
            raise VaultDamagedError(DAMAGED_MESSAGE) from exc
        return cls(vault_id, {s.slot_id: s for s in slots})

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        atomic.remove_stale_temp(path)
        try:
            with open(path, "rb") as handle:  # never read more than a key-slot file can be
                raw = handle.read(MAX_FILE_BYTES + 1)
        except IsADirectoryError:
            raise VaultDamagedError(DAMAGED_MESSAGE) from None
        except FileNotFoundError:
            raise VaultDamagedError(
                Msg("keyslots.missing"),
            ) from None
        return cls.parse(raw)

    def save(self, path: Path, step_hook: Callable[[str], None] | None = None) -> None:
        atomic.atomic_write_bytes(Path(path), self.serialise(), step_hook=step_hook)


def _canonical(body: dict[str, object]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
