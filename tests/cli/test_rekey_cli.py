"""Rotating a secret really revokes it (issue 15, finding 1), through the real `mfd`.

The attack: keep an old keyslots.json (every backup carries one), wait for the rotation,
then put it next to today's vault.db and use the old passphrase or recovery key. After
`mfd new-recovery-key` or `mfd change-passphrase --rekey` that must fail (exit 3 or 4)
and nothing of the vault may be readable with what the old slots give."""

from __future__ import annotations

import re

import pytest

from mfd_desktop.errors import VaultDamagedError
from mfd_desktop.paths import DataPaths
from mfd_desktop.security import keyslots as ks
from mfd_desktop.storage.connection import open_connection
from mfd_desktop.storage.drafts import load_draft, save_draft
from mfd_desktop.storage.instance_lock import InstanceLock
from mfd_desktop.storage.vault import Vault
from tests.cli.helpers import FLOOR_KDF_ARGS, init_vault, run_mfd

PW = "Rhein Mosel Lahn Nahe"
NEW = "Saar Glan Ahr Sieg Wied"
KEY_PATTERN = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}$")


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def _paths(data_dir) -> DataPaths:
    return DataPaths(root=data_dir, log_dir=data_dir / "logs")


def _write(data_dir, passphrase: str, key: str, text: str) -> None:
    vault = Vault.unlock_with_passphrase(_paths(data_dir), passphrase)
    try:
        save_draft(vault.conn, key, "note", {"text": text})
    finally:
        vault.lock()


def _assert_one_german_line(result) -> None:
    assert "Traceback" not in result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mfd: "), result.err


def _assert_old_secrets_fail(data_dir, old_slots: bytes, old_pw: str, old_rkey: str) -> None:
    current = (data_dir / "keyslots.json").read_bytes()
    (data_dir / "keyslots.json").write_bytes(old_slots)
    try:
        by_pw = run_mfd("check", "--data-dir", str(data_dir), "--passphrase-stdin",
                        stdin=old_pw + "\n")
        assert by_pw.code in (3, 4), by_pw
        _assert_one_german_line(by_pw)
        by_key = run_mfd("recover", "--data-dir", str(data_dir), "--recovery-key-stdin",
                         "--new-passphrase-stdin", *FLOOR_KDF_ARGS,
                         stdin=f"{old_rkey}\nNeue Passphrase für den Angreifer\n")
        assert by_key.code in (3, 4), by_key
        _assert_one_german_line(by_key)
        # What the old slots give is the OLD data key: it reads nothing of today's file.
        slots = ks.KeySlotFile.parse(old_slots)
        old_key = ks.open_with_passphrase(slots.slot(ks.SLOT_PASSPHRASE), slots.vault_id, old_pw)
        with pytest.raises(VaultDamagedError):
            open_connection(data_dir / "vault.db", old_key)
        assert (data_dir / "keyslots.json").read_bytes() == old_slots  # nothing was "repaired"
    finally:
        (data_dir / "keyslots.json").write_bytes(current)


def test_new_recovery_key_revokes_the_old_key_even_with_old_key_slots(data_dir, tmp_path):
    old_rkey = init_vault(data_dir, PW)
    _write(data_dir, PW, "note:before", "vor dem Wechsel")
    backup = run_mfd("backup", "auto", "--data-dir", str(data_dir), "--passphrase-stdin",
                     stdin=PW + "\n")
    assert backup.code == 0, backup.err
    old_slots = (data_dir / "keyslots.json").read_bytes()

    rotated = run_mfd("new-recovery-key", "--data-dir", str(data_dir), "--passphrase-stdin",
                      stdin=PW + "\n")
    assert rotated.code == 0, rotated.err
    new_rkey = rotated.out.strip()
    assert KEY_PATTERN.match(new_rkey) and new_rkey != old_rkey
    assert "Sicherungen von vorher" in rotated.err and "alten Wiederherstellungsschlüssel" in rotated.err
    _write(data_dir, PW, "note:after", "nach dem Wechsel")

    _assert_old_secrets_fail(data_dir, old_slots, PW, old_rkey)

    # today's secrets open everything, including what was written after the rotation
    vault = Vault.unlock_with_recovery_key(_paths(data_dir), new_rkey)
    try:
        assert load_draft(vault.conn, "note:before").content == {"text": "vor dem Wechsel"}
        assert load_draft(vault.conn, "note:after").content == {"text": "nach dem Wechsel"}
    finally:
        vault.lock()
    # Honest about backups: the one made before still opens with the old key (README says so)
    [old_backup] = list((data_dir / "backups").glob("*.mfdbak"))
    verified = run_mfd("backup", "verify", str(old_backup), "--data-dir", str(data_dir),
                       "--recovery-key-stdin", stdin=old_rkey + "\n")
    assert verified.code == 0, verified.err


def test_change_passphrase_with_rekey_revokes_the_old_passphrase_and_key(data_dir):
    old_rkey = init_vault(data_dir, PW)
    _write(data_dir, PW, "note:before", "vor dem Wechsel")
    old_slots = (data_dir / "keyslots.json").read_bytes()
    changed = run_mfd("change-passphrase", "--rekey", "--data-dir", str(data_dir),
                      "--passphrase-stdin", "--new-passphrase-stdin", *FLOOR_KDF_ARGS,
                      stdin=f"{PW}\n{NEW}\n")
    assert changed.code == 0, changed.err
    new_rkey = changed.out.strip()
    assert KEY_PATTERN.match(new_rkey) and new_rkey != old_rkey
    assert "neu verschlüsselt" in changed.err and "Sicherungen von vorher" in changed.err
    _write(data_dir, NEW, "note:after", "nach dem Wechsel")

    _assert_old_secrets_fail(data_dir, old_slots, PW, old_rkey)

    assert run_mfd("check", "--data-dir", str(data_dir), "--passphrase-stdin",
                   stdin=PW + "\n").code == 3
    assert run_mfd("check", "--data-dir", str(data_dir), "--passphrase-stdin",
                   stdin=NEW + "\n").code == 0
    vault = Vault.unlock_with_recovery_key(_paths(data_dir), new_rkey)
    try:
        assert load_draft(vault.conn, "note:after").content == {"text": "nach dem Wechsel"}
    finally:
        vault.lock()


def test_change_passphrase_without_rekey_still_only_rewraps(data_dir):
    """The option keeps its old meaning: quick, same recovery key, nothing on stdout."""
    rkey = init_vault(data_dir, PW)
    changed = run_mfd("change-passphrase", "--data-dir", str(data_dir), "--passphrase-stdin",
                      "--new-passphrase-stdin", *FLOOR_KDF_ARGS, stdin=f"{PW}\n{NEW}\n")
    assert changed.code == 0 and changed.out == ""
    Vault.unlock_with_recovery_key(_paths(data_dir), rkey).lock()


def test_rekey_wrong_current_passphrase_exit_3_and_nothing_changes(data_dir):
    init_vault(data_dir, PW)
    before = (data_dir / "vault.db").read_bytes(), (data_dir / "keyslots.json").read_bytes()
    wrong = run_mfd("new-recovery-key", "--data-dir", str(data_dir), "--passphrase-stdin",
                    stdin="falsch falsch\n")
    assert wrong.code == 3 and wrong.out == ""
    _assert_one_german_line(wrong)
    after = (data_dir / "vault.db").read_bytes(), (data_dir / "keyslots.json").read_bytes()
    assert after == before


def test_rekey_is_refused_while_the_app_has_the_vault_open(data_dir):
    init_vault(data_dir, PW)
    with InstanceLock(_paths(data_dir)):  # this test process plays the open app
        busy = run_mfd("change-passphrase", "--rekey", "--data-dir", str(data_dir),
                       "--passphrase-stdin", "--new-passphrase-stdin", *FLOOR_KDF_ARGS,
                       stdin=f"{PW}\n{NEW}\n")
    assert busy.code == 1 and "geöffnet" in busy.err
    _assert_one_german_line(busy)
    assert run_mfd("check", "--data-dir", str(data_dir), "--passphrase-stdin",
                   stdin=PW + "\n").code == 0


def test_rekey_of_a_missing_vault_creates_nothing(tmp_path):
    missing = tmp_path / "nichts"
    result = run_mfd("new-recovery-key", "--data-dir", str(missing), "--passphrase-stdin",
                     stdin=PW + "\n")
    assert result.code == 1 and "keinen Tresor" in result.err
    # (the log set-up may create the folder for its logs/; no vault file, no lock file)
    assert not [p.name for p in missing.glob("*") if p.name != "logs"]


def test_rekey_keeps_kdf_parameters_unless_given(data_dir):
    init_vault(data_dir, PW)
    run_mfd("new-recovery-key", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PW + "\n")
    info = run_mfd("info", "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PW + "\n")
    assert "64 MiB" in info.out and "3 Durchläufe" in info.out
