"""The key slots' and the KDF's errors in the English app (German stays in str(exc))."""

from __future__ import annotations

import pytest

from mfd_desktop.errors import VaultDamagedError, WeakKdfError, WrongSecretError
from mfd_desktop.security import keyslots as ks
from mfd_desktop.security.kdf import KdfParams


def test_a_damaged_key_file_is_explained_in_english(vault, data_paths):
    raw = data_paths.keyslots.read_bytes()
    data_paths.keyslots.write_bytes(raw.replace(b'"vault_id"', b'"vault-id"', 1))
    with pytest.raises(VaultDamagedError) as info:
        ks.KeySlotFile.load(data_paths.keyslots)
    assert info.value.render("en") == ks.DAMAGED_MESSAGE.render("en")
    assert info.value.render("en").startswith("The key file (keyslots.json) is damaged.")
    assert str(info.value) == str(ks.DAMAGED_MESSAGE)


def test_a_missing_key_file_is_explained_in_english(data_paths):
    with pytest.raises(VaultDamagedError) as info:
        ks.KeySlotFile.load(data_paths.keyslots)
    assert info.value.render("en").startswith("The key file (keyslots.json) is missing.")


def test_a_wrong_recovery_key_is_explained_in_english(vault, data_paths):
    slots = ks.KeySlotFile.load(data_paths.keyslots)
    with pytest.raises(WrongSecretError) as info:
        ks.open_with_recovery_key(slots.slot(ks.SLOT_RECOVERY), slots.vault_id, "A" * 32)
    assert info.value.render("en") == "The recovery key is wrong."


def test_kdf_parameters_below_the_floor_are_refused_in_english():
    with pytest.raises(WeakKdfError) as info:
        KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1).check_floor()
    assert info.value.render("en").startswith("The key derivation parameters are below the minimum")
    assert "passes" in info.value.render("en")
