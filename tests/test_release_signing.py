"""Release signing: SHA256SUMS + Ed25519 signature, checked by `mfd verify-build` and by the
standalone build_scripts/verify_build.py (with cryptography and with openssl)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mfd_desktop import release_signing as rs
from mfd_desktop.errors import UserError
from tests.cli.helpers import run_mfd

ROOT = Path(__file__).resolve().parent.parent
STANDALONE = ROOT / "build_scripts" / "verify_build.py"


def _openssl_can_verify_ed25519() -> bool:
    exe = shutil.which("openssl")
    if exe is None:
        return False
    out = subprocess.run([exe, "version"], capture_output=True, text=True).stdout
    parts = out.split()
    return len(parts) > 1 and not parts[1].startswith(("0.", "1.0", "1.1.0"))


def make_build(root: Path) -> Path:
    build = root / "build-dir"
    (build / "_internal" / "PySide6" / "Qt").mkdir(parents=True)
    (build / "mfd-desktop").write_bytes(b"\x7fELF program")
    (build / "_internal" / "base_library.zip").write_bytes(os.urandom(2048))
    (build / "_internal" / "PySide6" / "Qt" / "libQt6Core.so.6").write_bytes(b"qt core")
    (build / "_internal" / "Ümlaut und Leerzeichen.txt").write_text("Straße", encoding="utf-8")
    if os.name == "posix":  # macOS bundles carry links inside the folder
        os.symlink("_internal/PySide6", build / "qt-link")
    return build


@pytest.fixture
def keys(tmp_path):
    return rs.generate_keypair(tmp_path / "release")


@pytest.fixture
def signed(tmp_path, keys):
    build = make_build(tmp_path)
    rs.sign_build(build, rs.load_private_key(keys.private))
    return build


def test_sums_list_every_file_sorted_with_posix_paths(signed):
    lines = (signed / rs.SUMS_NAME).read_text(encoding="utf-8").splitlines()
    paths = [line.split("  ", 1)[1] for line in lines]
    assert paths == sorted(paths, key=lambda p: p.encode())
    assert "_internal/PySide6/Qt/libQt6Core.so.6" in paths
    assert "_internal/Ümlaut und Leerzeichen.txt" in paths
    assert rs.SUMS_NAME not in paths and rs.SIG_NAME not in paths
    if os.name == "posix":
        assert "qt-link/Qt/libQt6Core.so.6" in paths
    assert len((signed / rs.SIG_NAME).read_bytes()) == 64


def test_good_build_verifies(signed, keys):
    report = rs.verify_build(signed, rs.load_public_key(keys.public))
    assert report.ok and report.file_count >= 4
    assert keys.fingerprint in report.message()


def test_changed_added_and_removed_files_are_all_reported(signed, keys):
    (signed / "mfd-desktop").write_bytes(b"\x7fELF evil")
    (signed / "_internal" / "PySide6" / "Qt" / "libQt6Core.so.6").unlink()
    (signed / "_internal" / "extra.so").write_bytes(b"not signed")
    report = rs.verify_build(signed, rs.load_public_key(keys.public))
    assert not report.ok
    assert report.changed == ["mfd-desktop"]
    assert "_internal/PySide6/Qt/libQt6Core.so.6" in report.missing
    assert report.added == ["_internal/extra.so"]
    message = report.message()
    assert "NICHT in Ordnung" in message and "verändert" in message
    assert "fehlen" in message and "hinzugefügt" in message


def test_edited_sums_file_breaks_the_signature(signed, keys):
    sums = signed / rs.SUMS_NAME
    lines = sums.read_text(encoding="utf-8").splitlines(keepends=True)
    sums.write_text("".join(lines[1:]), encoding="utf-8")  # hide a file from the list
    with pytest.raises(rs.VerificationError, match="Signatur passt nicht"):
        rs.verify_build(signed, rs.load_public_key(keys.public))


def test_wrong_key_is_refused(signed, tmp_path):
    other = rs.generate_keypair(tmp_path / "other")
    with pytest.raises(rs.VerificationError, match="anderen Schlüssel"):
        rs.verify_build(signed, rs.load_public_key(other.public))


def test_missing_signature_is_refused(signed, keys):
    (signed / rs.SIG_NAME).unlink()
    with pytest.raises(rs.VerificationError, match="nicht signiert"):
        rs.verify_build(signed, rs.load_public_key(keys.public))


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_link_out_of_the_build_is_refused(signed, keys, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("x")
    os.symlink(outside, signed / "sneaky")
    with pytest.raises(UserError, match="aus dem Build-Ordner hinaus"):
        rs.verify_build(signed, rs.load_public_key(keys.public))
    with pytest.raises(UserError, match="aus dem Build-Ordner hinaus"):
        rs.sign_build(signed, rs.load_private_key(keys.private))


def test_keygen_never_overwrites_and_protects_the_private_key(tmp_path, keys):
    with pytest.raises(UserError, match="nie überschrieben"):
        rs.generate_keypair(tmp_path / "release")
    if os.name == "posix":
        assert keys.private.stat().st_mode & 0o077 == 0
    assert b"BEGIN PRIVATE KEY" in keys.private.read_bytes()
    assert b"BEGIN PUBLIC KEY" in keys.public.read_bytes()


def test_encrypted_key_needs_its_passphrase(tmp_path):
    files = rs.generate_keypair(tmp_path / "locked", passphrase="lange geheime Passphrase")
    assert rs.private_key_is_encrypted(files.private)
    with pytest.raises(UserError, match="Passphrase"):
        rs.load_private_key(files.private)
    with pytest.raises(UserError, match="passt nicht"):
        rs.load_private_key(files.private, "falsch falsch falsch")
    assert rs.load_private_key(files.private, "lange geheime Passphrase") is not None


@pytest.mark.skipif(not _openssl_can_verify_ed25519(), reason="needs OpenSSL >= 1.1.1")
def test_signature_is_plain_ed25519_that_openssl_accepts(signed, keys):
    result = subprocess.run(
        ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(keys.public), "-rawin",
         "-in", str(signed / rs.SUMS_NAME), "-sigfile", str(signed / rs.SIG_NAME)],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="GNU coreutils")
def test_sums_file_works_with_sha256sum_check(signed):
    result = subprocess.run(["sha256sum", "--quiet", "-c", rs.SUMS_NAME], cwd=signed,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# ----- command line -------------------------------------------------------------------------


def test_cli_keygen_sign_verify_and_every_refusal(tmp_path):
    data = ["--data-dir", str(tmp_path / "data")]
    prefix = tmp_path / "rel"
    made = run_mfd("release-keygen", "--out", str(prefix), "--passphrase-stdin", *data,
                   stdin="eine lange Passphrase\n")
    assert made.code == 0, made.err
    assert "Fingerabdruck" in made.out
    build = make_build(tmp_path)

    wrong_pass = run_mfd("release-sign", str(build), "--key", f"{prefix}.key",
                         "--passphrase-stdin", *data, stdin="daneben daneben\n")
    assert wrong_pass.code == 1 and "Passphrase passt nicht" in wrong_pass.err
    assert not (build / rs.SUMS_NAME).exists()

    signed = run_mfd("release-sign", str(build), "--key", f"{prefix}.key", "--passphrase-stdin",
                     *data, stdin="eine lange Passphrase\n")
    assert signed.code == 0, signed.err

    def verify(pubkey=f"{prefix}.pub"):
        return run_mfd("verify-build", str(build), "--pubkey", str(pubkey), *data)

    good = verify()
    assert good.code == 0 and "Build geprüft" in good.out, good.err

    extra = build / "_internal" / "dazu.txt"
    extra.write_text("x")
    added = verify()
    assert added.code == 1 and "hinzugefügt" in added.err and "dazu.txt" in added.err
    extra.unlink()

    program = build / "mfd-desktop"
    original = program.read_bytes()
    program.write_bytes(original + b"!")
    changed = verify()
    assert changed.code == 1 and "verändert: mfd-desktop" in changed.err
    program.unlink()
    missing = verify()
    assert missing.code == 1 and "fehlen: mfd-desktop" in missing.err
    program.write_bytes(original)
    assert verify().code == 0

    other = rs.generate_keypair(tmp_path / "fremd")
    wrong_key = verify(other.public)
    assert wrong_key.code == 1 and "passt nicht zum angegebenen öffentlichen Schlüssel" in wrong_key.err

    not_a_key = verify(build / "mfd-desktop")
    assert not_a_key.code == 1 and "kein lesbarer öffentlicher Schlüssel" in not_a_key.err


# ----- the standalone script for administrators --------------------------------------------

BACKENDS = ["cryptography"] + (["openssl"] if _openssl_can_verify_ed25519() else [])


def run_standalone(build: Path, pubkey: Path, backend: str):
    return subprocess.run([sys.executable, str(STANDALONE), str(build), "--pubkey", str(pubkey),
                           "--backend", backend], capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("backend", BACKENDS)
def test_standalone_script_agrees_with_mfd_verify_build(signed, keys, tmp_path, backend):
    good = run_standalone(signed, keys.public, backend)
    assert good.returncode == 0 and "Build geprüft" in good.stdout, good.stderr
    assert keys.fingerprint in good.stdout

    other = rs.generate_keypair(tmp_path / "fremd")
    wrong = run_standalone(signed, other.public, backend)
    assert wrong.returncode == 1 and "Signatur passt nicht" in wrong.stderr

    (signed / "_internal" / "neu.dll").write_bytes(b"x")
    (signed / "_internal" / "base_library.zip").write_bytes(b"changed")
    (signed / "_internal" / "PySide6" / "Qt" / "libQt6Core.so.6").unlink()
    bad = run_standalone(signed, keys.public, backend)
    assert bad.returncode == 1
    for word in ("verändert: _internal/base_library.zip", "fehlen", "hinzugefügt",
                 "_internal/neu.dll"):
        assert word in bad.stderr
    report = rs.verify_build(signed, rs.load_public_key(keys.public))
    assert (report.changed, report.added) == (["_internal/base_library.zip"], ["_internal/neu.dll"])
