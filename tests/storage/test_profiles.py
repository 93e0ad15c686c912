"""Several counsellors on one laptop: own vault, own passphrase, never each other's data."""

from __future__ import annotations

import pytest

from mfd_desktop.errors import UserError, VaultDamagedError, WrongSecretError
from mfd_desktop.security.keyslots import KeySlotFile
from mfd_desktop.storage import audit
from mfd_desktop.storage.connection import open_connection
from mfd_desktop.storage.profiles import DEFAULT_ID, ProfileStore
from mfd_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF

PW_A = "Anna Rhein Mosel Saar"
PW_B = "Bernd Nahe Lahn Sieg"


def _create(store, name, pw):
    profile, vault, rkey = store.create(name, pw, kdf_params=FAST_KDF, allow_below_floor=True)
    return profile, vault, rkey


def test_two_profiles_each_with_their_own_vault(tmp_path):
    store = ProfileStore(tmp_path / "data")
    a, vault_a, _ = _create(store, "Anna", PW_A)
    b, vault_b, _ = _create(store, "Bernd", PW_B)
    vault_a.conn.execute("INSERT INTO drafts(draft_key, form, content_json) VALUES "
                         "('x', 'f', '\"nur Anna\"')")
    audit.append(vault_a.conn, "backup.created")
    assert audit.entries(vault_a.conn)[0].actor == "Anna"
    vault_a.lock()
    vault_b.lock()

    assert [p.name for p in store.list()] == ["Anna", "Bernd"]
    assert a.paths.root != b.paths.root and a.paths.root.parent == b.paths.root.parent
    assert vault_a.vault_id != vault_b.vault_id
    # B's passphrase does not open A's vault, and A's key does not decrypt B's file
    with pytest.raises(WrongSecretError):
        Vault.unlock_with_passphrase(a.paths, PW_B, allow_below_floor=True)
    again_a = Vault.unlock_with_passphrase(a.paths, PW_A, allow_below_floor=True)
    try:
        with pytest.raises(VaultDamagedError):
            open_connection(b.paths.vault, again_a._data_key())
    finally:
        again_a.lock()
    again_b = Vault.unlock_with_passphrase(b.paths, PW_B, allow_below_floor=True)
    try:
        assert again_b.conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0
    finally:
        again_b.lock()
    # what everyone can read before unlocking: names and ids, nothing else
    index = (store.root / "profiles.json").read_text(encoding="utf-8")
    assert "nur Anna" not in index and "Anna" in index
    assert KeySlotFile.load(a.paths.keyslots).vault_id != KeySlotFile.load(b.paths.keyslots).vault_id


def test_single_user_vault_shows_as_standard_profile(make_vault, data_paths):
    vault, _ = make_vault()
    vault.lock()
    store = ProfileStore(data_paths.root)
    _create(store, "Clara", PW_A)[1].lock()
    listed = store.list()
    assert [p.profile_id for p in listed][0] == DEFAULT_ID
    assert listed[0].paths.root == data_paths.root
    assert store.find("clara").name == "Clara"


def test_names_are_checked(tmp_path):
    store = ProfileStore(tmp_path / "data")
    _create(store, "Anna", PW_A)[1].lock()
    with pytest.raises(UserError, match="schon"):
        _create(store, "  anna ", PW_B)
    with pytest.raises(UserError, match="Namen"):
        _create(store, "   ", PW_B)
    with pytest.raises(UserError, match="kein Profil"):
        store.find("Zoe")
    assert len(store.list()) == 1
