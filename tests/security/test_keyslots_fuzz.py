"""Hypothesis against the key-slot parser: whatever a file holds, the only exception that
comes out is the project's own (VaultDamagedError, or WrongSecretError when a slot is
well-formed but the secret does not fit). A valid checksum is re-computed for every
mutation, as an attacker would."""

from __future__ import annotations

import contextlib
import hashlib
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfd_desktop.errors import UserError, VaultDamagedError
from mfd_desktop.security import keyslots as ks
from mfd_desktop.security.kdf import KdfParams

FAST = KdfParams(8192, 1, 1)
KEY = bytes(range(32))
RKEY = "0" * 32


def _valid_body() -> dict:
    slots = ks.KeySlotFile("v1")
    slots = slots.with_slot(ks.seal_with_passphrase(KEY, "v1", "geheim geheim", FAST,
                                                    allow_below_floor=True))
    slots = slots.with_slot(ks.seal_with_recovery_key(KEY, "v1", RKEY))
    slots = slots.with_slot(ks.seal_with_device_secret(KEY, "v1", b"k" * 32))
    return json.loads(slots.serialise())


VALID = _valid_body()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                 max_size=4),
    max_leaves=12,
)


def _resign(body: object) -> bytes:
    if isinstance(body, dict):
        body = {k: v for k, v in body.items() if k != "checksum"}
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
        body = {**body, "checksum": hashlib.sha256(canonical).hexdigest()}
    return json.dumps(body).encode("utf-8")


def _use(parsed: ks.KeySlotFile) -> None:
    """Open the slots as the vault does, by their id (never a big Argon2 run here)."""
    for slot_id, slot in parsed.slots.items():
        try:
            if slot_id == ks.SLOT_RECOVERY:
                ks.open_with_recovery_key(slot, parsed.vault_id, RKEY)
            elif slot_id == ks.SLOT_KEYRING:
                ks.open_with_device_secret(slot, parsed.vault_id, b"k" * 32)
            elif slot.kdf is None or (slot.kdf.memory_kib <= 16384 and slot.kdf.iterations <= 2):
                ks.open_with_passphrase(slot, parsed.vault_id, "geheim geheim",
                                        allow_below_floor=True)
        except UserError:
            pass


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(raw):
    with contextlib.suppress(VaultDamagedError):
        _use(ks.KeySlotFile.parse(raw))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(slot_index=st.integers(0, 2),
       field=st.sampled_from(["id", "type", "kdf", "salt", "nonce", "ciphertext", "extra"]),
       value=json_values)
def test_one_slot_field_replaced_with_a_valid_checksum(slot_index, field, value):
    body = json.loads(json.dumps(VALID))
    body["slots"][slot_index][field] = value
    with contextlib.suppress(VaultDamagedError):
        _use(ks.KeySlotFile.parse(_resign(body)))


@settings(max_examples=300, deadline=None)
@given(field=st.sampled_from(["memory_kib", "iterations", "lanes", "name"]),
       value=json_values | st.integers(min_value=-(2**70), max_value=2**70))
def test_kdf_parameters_replaced_with_a_valid_checksum(field, value):
    body = json.loads(json.dumps(VALID))
    passphrase_slot = next(s for s in body["slots"] if s["type"] == "passphrase")
    passphrase_slot["kdf"][field] = value
    try:
        parsed = ks.KeySlotFile.parse(_resign(body))
    except VaultDamagedError:
        return
    kdf = parsed.slot(ks.SLOT_PASSPHRASE).kdf
    assert kdf is not None and kdf.is_plausible()
    _use(parsed)


@settings(max_examples=200, deadline=None)
@given(top=st.dictionaries(st.sampled_from(["format", "vault_id", "slots", "checksum", "x"]),
                           json_values, max_size=5))
def test_top_level_replaced(top):
    body = {**json.loads(json.dumps(VALID)), **top}
    for raw in (_resign(body), json.dumps(body, default=str).encode("utf-8")):
        with contextlib.suppress(VaultDamagedError):
            _use(ks.KeySlotFile.parse(raw))


def test_the_valid_file_parses_and_opens():
    parsed = ks.KeySlotFile.parse(_resign(VALID))
    assert bytes(ks.open_with_recovery_key(parsed.slot(ks.SLOT_RECOVERY), "v1", RKEY)) == KEY
