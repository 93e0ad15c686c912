import json

import pytest

from mfd_desktop.errors import VaultDamagedError, WrongSecretError
from mfd_desktop.security import keyslots as ks
from mfd_desktop.security.kdf import KdfParams

FAST = KdfParams(8192, 1, 1)
KEY = bytes(range(32))


def _file(vault_id="v1"):
    slot = ks.seal_with_passphrase(KEY, vault_id, "geheim geheim", FAST, allow_below_floor=True)
    return ks.KeySlotFile(vault_id).with_slot(slot)


def test_roundtrip_through_json():
    parsed = ks.KeySlotFile.parse(_file().serialise())
    slot = parsed.slot(ks.SLOT_PASSPHRASE)
    assert ks.open_with_passphrase(slot, "v1", "geheim geheim", allow_below_floor=True) == KEY


def test_wrong_passphrase():
    slot = _file().slot(ks.SLOT_PASSPHRASE)
    with pytest.raises(WrongSecretError, match="Passphrase ist falsch"):
        ks.open_with_passphrase(slot, "v1", "falsch", allow_below_floor=True)


def test_slot_is_bound_to_its_vault():
    slot = _file("v1").slot(ks.SLOT_PASSPHRASE)
    with pytest.raises(WrongSecretError):
        ks.open_with_passphrase(slot, "v2", "geheim geheim", allow_below_floor=True)


def test_accidental_damage_is_told_apart_from_a_wrong_passphrase():
    raw = bytearray(_file().serialise())
    pos = raw.index(b'"ciphertext": "') + 20
    raw[pos] = ord("A") if raw[pos] != ord("A") else ord("B")
    with pytest.raises(VaultDamagedError, match="beschädigt"):
        ks.KeySlotFile.parse(bytes(raw))


def test_weakened_parameters_with_a_forged_checksum_do_not_unlock():
    # An attacker who rewrites the KDF parameters (and the checksum) gains nothing: the AAD
    # binds the parameters, so unwrapping fails.
    data = json.loads(_file().serialise())
    data["slots"][0]["kdf"]["iterations"] = 2
    data.pop("checksum")
    forged = ks.KeySlotFile(
        data["vault_id"], {s["id"]: ks.KeySlot.from_dict(s) for s in data["slots"]}
    )
    parsed = ks.KeySlotFile.parse(forged.serialise())
    with pytest.raises(WrongSecretError):
        ks.open_with_passphrase(parsed.slot(ks.SLOT_PASSPHRASE), "v1", "geheim geheim",
                                allow_below_floor=True)


@pytest.mark.parametrize("raw", [b"", b"{}", b"not json", b"\xff\xfe", b'{"format": "mfd-keyslots/1"}',
                                 b"[1, 2]"])
def test_malformed_files_are_reported_as_damaged(raw):
    with pytest.raises(VaultDamagedError):
        ks.KeySlotFile.parse(raw)


def test_recovery_and_device_slots():
    rec = ks.seal_with_recovery_key(KEY, "v1", "A" * 32)
    assert ks.open_with_recovery_key(rec, "v1", "A" * 32) == KEY
    with pytest.raises(WrongSecretError, match="Wiederherstellungsschlüssel"):
        ks.open_with_recovery_key(rec, "v1", "B" * 32)
    secret = bytes(32)
    dev = ks.seal_with_device_secret(KEY, "v1", secret)
    assert ks.open_with_device_secret(dev, "v1", secret) == KEY
    with pytest.raises(WrongSecretError):
        ks.open_with_device_secret(dev, "v1", b"short")
