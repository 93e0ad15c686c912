"""Hostile or implausible key slots (issue 15, finding 5) through the real `mfd`: each
gives exit 4 and one German line, never a traceback, MemoryError or a hang.

The checksum in keyslots.json is no secret, so every case here carries a VALID checksum:
the parser must refuse what the file says, not only notice accidental damage."""

from __future__ import annotations

import hashlib
import json

import pytest

from tests.cli.helpers import init_vault, run_mfd

PW = "Rhein Mosel Lahn Nahe"


def _resign(body: dict) -> bytes:
    body = {k: v for k, v in body.items() if k != "checksum"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return json.dumps({**body, "checksum": hashlib.sha256(canonical).hexdigest()}).encode("utf-8")


def _slot(body: dict, slot_type: str) -> dict:
    return next(s for s in body["slots"] if s["type"] == slot_type)


def _set(slot_type: str, field: str, value):
    def change(body: dict) -> None:
        _slot(body, slot_type)[field] = value
    return change


def _set_kdf(field: str, value):
    def change(body: dict) -> None:
        _slot(body, "passphrase")["kdf"][field] = value
    return change


def _swap_types(body: dict) -> None:
    _slot(body, "passphrase")["type"] = "recovery"  # the AssertionError of the report


CASES = {
    "changed slot type": _swap_types,
    "recovery slot claims to be the passphrase": _set("recovery", "type", "passphrase"),
    "unknown slot type": _set("passphrase", "type", "fingerprint"),
    "memory_kib 2^32": _set_kdf("memory_kib", 2**32),
    "memory_kib 2^64": _set_kdf("memory_kib", 2**64),
    "memory_kib negative": _set_kdf("memory_kib", -1),
    "memory_kib as text": _set_kdf("memory_kib", "65536"),
    "memory_kib as float": _set_kdf("memory_kib", 65536.5),
    "memory_kib true": _set_kdf("memory_kib", True),
    "iterations 10^9": _set_kdf("iterations", 10**9),
    "iterations 0": _set_kdf("iterations", 0),
    "lanes 0": _set_kdf("lanes", 0),
    "lanes 2^24": _set_kdf("lanes", 2**24),
    "other algorithm": _set_kdf("name", "scrypt"),
    "kdf missing": _set("passphrase", "kdf", None),
    "kdf is a list": _set("passphrase", "kdf", [1, 2, 3]),
    "empty salt": _set("passphrase", "salt", ""),
    "short salt": _set("passphrase", "salt", "AAAA"),
    "recovery salt empty": _set("recovery", "salt", ""),
    "bad base64": _set("passphrase", "nonce", "!!!not base64!!!"),
    "nonce too short": _set("passphrase", "nonce", "AAAA"),
    "wrapped key too short": _set("recovery", "ciphertext", "AAAA"),
    "salt is a number": _set("passphrase", "salt", 12),
    "slots is an object": lambda b: b.update(slots={"passphrase": 1}),
    "slot twice": lambda b: b["slots"].append(dict(_slot(b, "passphrase"))),
    "vault id is a number": lambda b: b.update(vault_id=7),
    "extra field": lambda b: b.update(extra="x"),
}


@pytest.fixture(scope="module")
def vault_dir(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("hostile") / "data"
    init_vault(data_dir, PW)
    return data_dir


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_key_slots_exit_4_with_one_german_line(vault_dir, case):
    original = (vault_dir / "keyslots.json").read_bytes()
    body = json.loads(original)
    CASES[case](body)
    (vault_dir / "keyslots.json").write_bytes(_resign(body))
    try:
        result = run_mfd("check", "--data-dir", str(vault_dir), "--passphrase-stdin",
                         stdin=PW + "\n")
    finally:
        (vault_dir / "keyslots.json").write_bytes(original)
    assert result.code == 4, result
    assert "Traceback" not in result.err and "Error" not in result.err
    lines = result.err.strip().splitlines()
    assert lines == ["mfd: " + lines[0][5:]] and "Schlüsseldatei" in lines[0], result.err


@pytest.mark.parametrize("raw", [b"[" * 100_000, b'{"a": ' * 50_000, b" " * 200_000,
                                 b'{"format": "mfd-keyslots/1", "n": 1e999999}'])
def test_deeply_nested_or_huge_files_exit_4(vault_dir, raw):
    original = (vault_dir / "keyslots.json").read_bytes()
    (vault_dir / "keyslots.json").write_bytes(raw)
    try:
        result = run_mfd("check", "--data-dir", str(vault_dir), "--passphrase-stdin",
                         stdin=PW + "\n")
    finally:
        (vault_dir / "keyslots.json").write_bytes(original)
    assert result.code == 4 and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_the_unchanged_file_still_opens(vault_dir):
    assert run_mfd("check", "--data-dir", str(vault_dir), "--passphrase-stdin",
                   stdin=PW + "\n").code == 0


def test_init_with_absurd_memory_is_refused_and_leaves_nothing(tmp_path):
    data_dir = tmp_path / "data"
    result = run_mfd("init", "--data-dir", str(data_dir), "--passphrase-stdin",
                     "--kdf-memory-mib", "4000000", stdin=PW + "\n")
    assert result.code in (1, 2) and result.out == ""
    assert "Traceback" not in result.err and "Speicher" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not (data_dir / "vault.db").exists() and not (data_dir / "keyslots.json").exists()
    # and the next init is not blocked
    init_vault(data_dir, PW)


def test_init_with_too_many_iterations_is_refused(tmp_path):
    result = run_mfd("init", "--data-dir", str(tmp_path / "d"), "--passphrase-stdin",
                     "--kdf-iterations", "100000", stdin=PW + "\n")
    assert result.code in (1, 2) and "Durchläufe" in result.err and "Traceback" not in result.err
    assert not (tmp_path / "d" / "vault.db").exists()
