#!/usr/bin/env python3
"""Check a downloaded MFD Desktop build before installing it: needs only Python 3.8+.

    python3 verify_build.py BUILD_DIR --pubkey mfd-release.pub

Exit code 0 only when SHA256SUMS.sig is a valid Ed25519 signature of SHA256SUMS made
with the release key whose public half you were given, AND every file of BUILD_DIR
matches SHA256SUMS, with no file missing and none added. Otherwise exit code 1 and a
German sentence saying why.

How the signature is checked (no hand-written cryptography):
1. with the Python package `cryptography`, if it is installed;
2. otherwise with the `openssl` program (OpenSSL 1.1.1 or newer can check Ed25519:
   `openssl pkeyutl -verify -pubin -inkey KEY -rawin -in SHA256SUMS -sigfile SIG`);
   on Windows, Git for Windows brings one (C:\\Program Files\\Git\\usr\\bin\\openssl.exe).
If neither is available, the script says so and exits 1: it never skips the signature.

The file hashes and the list of files are checked with Python's hashlib, with the same
rules as `mfd verify-build` (mfd_desktop/release_signing.py): relative POSIX paths,
signature files left out, links followed only inside the folder. This file is a copy of
those rules on purpose so that it runs without MFD Desktop installed; the tests run both
against the same builds.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

SUMS_NAME = "SHA256SUMS"
SIG_NAME = "SHA256SUMS.sig"
LISTED = 5


class Refused(Exception):
    pass


def _sort_key(relative: str) -> bytes:
    return relative.encode("utf-8")


def list_files(root: Path) -> list[str]:
    real_root = root.resolve()
    found: list[str] = []

    def walk(directory: Path, prefix: str, ancestors: frozenset) -> None:
        for name in sorted(os.listdir(directory), key=_sort_key):
            path = directory / name
            relative = prefix + name
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                target = path.resolve()
                if target != real_root and real_root not in target.parents:
                    raise Refused(f"{relative} ist eine Verknüpfung aus dem Build-Ordner hinaus.")
                if target.is_dir():
                    if target in ancestors:
                        raise Refused(f"{relative} verweist auf einen übergeordneten Ordner.")
                    walk(path, relative + "/", ancestors | {target})
                elif target.is_file():
                    found.append(relative)
                else:
                    raise Refused(f"{relative} verweist ins Leere.")
            elif stat.S_ISDIR(info.st_mode):
                walk(path, relative + "/", ancestors | {path.resolve()})
            elif stat.S_ISREG(info.st_mode):
                found.append(relative)
            else:
                raise Refused(f"{relative} ist keine gewöhnliche Datei.")

    walk(root, "", frozenset({real_root}))
    return sorted((p for p in found if p not in (SUMS_NAME, SIG_NAME)), key=_sort_key)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fingerprint_from_pem(pem: bytes) -> str:
    # SubjectPublicKeyInfo of Ed25519 is 44 bytes; the raw key is its last 32.
    body = b"".join(line for line in pem.splitlines() if line and not line.startswith(b"-----"))
    der = base64.b64decode(body)
    if len(der) != 44 or not der.startswith(bytes.fromhex("302a300506032b6570032100")):
        raise Refused("Die Datei ist kein öffentlicher Ed25519-Schlüssel (PEM).")
    digest = base64.b32encode(hashlib.sha256(der[-32:]).digest()).decode("ascii")[:32]
    return "-".join(digest[i:i + 4] for i in range(0, 32, 4))


def _cryptography_available() -> bool:
    try:
        import cryptography.hazmat.primitives.asymmetric.ed25519  # noqa: F401
    except ImportError:
        return False
    return True


def verify_signature(pubkey_file: Path, sums: Path, sig: Path, backend: str = "auto") -> str:
    """Returns which tool checked; raises Refused when the signature does not match."""
    pem = pubkey_file.read_bytes()
    fingerprint = fingerprint_from_pem(pem)
    bad = ("Die Signatur passt nicht zum angegebenen öffentlichen Schlüssel "
           f"({fingerprint}): entweder wurde SHA256SUMS verändert oder der Build wurde mit "
           "einem anderen Schlüssel signiert. Bitte nicht installieren.")
    signature = sig.read_bytes()
    if len(signature) != 64:
        raise Refused(f"{SIG_NAME} ist keine Ed25519-Signatur (falsche Länge).")
    if backend == "openssl" or (backend == "auto" and not _cryptography_available()):
        openssl = shutil.which("openssl")
        if openssl is None:
            raise Refused("Zum Prüfen der Signatur wird das Python-Paket „cryptography“ "
                          "oder das Programm „openssl“ (ab 1.1.1) gebraucht; beides fehlt.")
        result = subprocess.run(
            [openssl, "pkeyutl", "-verify", "-pubin", "-inkey", str(pubkey_file), "-rawin",
             "-in", str(sums), "-sigfile", str(sig)],
            capture_output=True, text=True, check=False)
        if result.returncode != 0:
            if "Signature Verification Failure" in result.stdout + result.stderr:
                raise Refused(bad) from None
            raise Refused("openssl konnte die Signatur nicht prüfen (OpenSSL 1.1.1 oder "
                          "neuer nötig): " + (result.stderr.strip().splitlines() or ["?"])[0])
        return f"openssl, Schlüssel {fingerprint}"
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    key = load_pem_public_key(pem)
    try:
        key.verify(signature, sums.read_bytes())  # type: ignore[union-attr]
    except InvalidSignature:
        raise Refused(bad) from None
    return f"cryptography, Schlüssel {fingerprint}"


def parse_sums(data: bytes) -> dict[str, str]:
    sums: dict[str, str] = {}
    for number, line in enumerate(data.decode("utf-8").splitlines(), start=1):
        digest, sep, relative = line.partition("  ")
        if not sep or len(digest) != 64 or not relative:
            raise Refused(f"SHA256SUMS, Zeile {number}: unlesbarer Eintrag.")
        sums[relative] = digest
    return sums


def names(paths: list[str]) -> str:
    rest = len(paths) - LISTED
    return ", ".join(paths[:LISTED]) + (f" und {rest} weitere" if rest > 0 else "")


def verify(build_dir: Path, pubkey: Path, backend: str = "auto") -> str:
    sums_path, sig_path = build_dir / SUMS_NAME, build_dir / SIG_NAME
    if not build_dir.is_dir():
        raise Refused(f"Den Ordner {build_dir} gibt es nicht.")
    if not pubkey.is_file():
        raise Refused(f"Die Datei mit dem öffentlichen Schlüssel fehlt: {pubkey}")
    for path in (sums_path, sig_path):
        if not path.is_file():
            raise Refused(f"{path.name} fehlt in {build_dir}: der Build ist nicht signiert "
                          "oder unvollständig.")
    how = verify_signature(pubkey, sums_path, sig_path, backend)
    expected = parse_sums(sums_path.read_bytes())
    actual = list_files(build_dir)
    actual_set = set(actual)
    missing = [p for p in sorted(expected, key=_sort_key) if p not in actual_set]
    changed = [p for p in sorted(expected, key=_sort_key)
               if p in actual_set and sha256_file(build_dir / p) != expected[p]]
    added = [p for p in actual if p not in expected]
    problems = []
    if changed:
        problems.append(f"{len(changed)} Datei(en) verändert: {names(changed)}")
    if missing:
        problems.append(f"{len(missing)} Datei(en) fehlen: {names(missing)}")
    if added:
        problems.append(f"{len(added)} Datei(en) hinzugefügt, die nicht signiert sind: "
                        f"{names(added)}")
    if problems:
        raise Refused("Build NICHT in Ordnung – bitte nicht installieren. "
                      + "; ".join(problems) + ".")
    return f"Build geprüft: alle {len(expected)} Dateien stimmen mit der Signatur überein ({how})."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="MFD-Desktop-Build vor der Installation prüfen.")
    parser.add_argument("dir", help="Build-Ordner (mit SHA256SUMS und SHA256SUMS.sig)")
    parser.add_argument("--pubkey", required=True, help="öffentlicher Release-Schlüssel (.pub)")
    parser.add_argument("--backend", choices=("auto", "cryptography", "openssl"), default="auto",
                        help="womit die Signatur geprüft wird (auto: cryptography, sonst openssl)")
    args = parser.parse_args(argv)
    try:
        print(verify(Path(args.dir), Path(args.pubkey), args.backend))
    except Refused as exc:
        print(f"verify_build: {exc}", file=sys.stderr)
        return 1
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"verify_build: Prüfung nicht möglich ({type(exc).__name__}: {exc}).",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
