"""`mfd release-keygen|release-sign|verify-build`: sign a build and check it before installing.

The release key is made once on an offline machine (`release-keygen`), the build is
signed there (`release-sign`), and administrators check a downloaded build against the
public key they were given separately (`verify-build`, exit 0 only if everything matches).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from mfd_desktop import release_signing as rs
from mfd_desktop.errors import ExitCode, UserError


def register(subparsers, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "release-keygen", parents=[common], help="Release-Schlüsselpaar erzeugen (offline)",
        description="Erzeugt PREFIX.key (privat, offline aufbewahren) und PREFIX.pub "
                    "(öffentlich, an die Administration geben).")
    p.add_argument("--out", required=True, metavar="PREFIX",
                   help="Dateiname ohne Endung, z. B. /media/usb/mfd-release-2026")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--passphrase-stdin", action="store_true",
                      help="Passphrase für den privaten Schlüssel als erste Zeile der "
                           "Standardeingabe lesen")
    mode.add_argument("--unencrypted", action="store_true",
                      help="privaten Schlüssel ohne Passphrase speichern (nur auf einem "
                           "verschlüsselten, offline gehaltenen Datenträger)")
    p.set_defaults(handler=cmd_keygen)

    p = subparsers.add_parser(
        "release-sign", parents=[common], help="Build-Ordner signieren",
        description="Schreibt DIR/SHA256SUMS über alle Dateien und DIR/SHA256SUMS.sig.")
    p.add_argument("dir", metavar="DIR", help="Build-Ordner, z. B. dist/mfd-desktop")
    p.add_argument("--key", required=True, metavar="PREFIX.key", help="privater Release-Schlüssel")
    p.add_argument("--passphrase-stdin", action="store_true",
                   help="Passphrase des Schlüssels als erste Zeile der Standardeingabe lesen")
    p.set_defaults(handler=cmd_sign)

    p = subparsers.add_parser(
        "verify-build", parents=[common], help="Build-Ordner gegen die Signatur prüfen",
        description="Exit-Code 0 nur, wenn die Signatur zum Schlüssel passt und keine Datei "
                    "verändert, hinzugefügt oder entfernt wurde; sonst 1 mit dem Grund.")
    p.add_argument("dir", metavar="DIR", help="Build-Ordner")
    p.add_argument("--pubkey", required=True, metavar="PREFIX.pub",
                   help="öffentlicher Release-Schlüssel")
    p.set_defaults(handler=cmd_verify)


def _read_line(what: str) -> str:
    line = sys.stdin.readline()
    if not line:
        raise UserError(f"Auf der Standardeingabe fehlt die Zeile für: {what}.")
    return line.rstrip("\r\n")


def _prompt(text: str) -> str:
    if not sys.stdin.isatty():
        raise UserError("Keine Eingabe möglich: bitte im Terminal aufrufen oder "
                        "--passphrase-stdin verwenden.")
    return getpass.getpass(text, stream=sys.stderr)


def cmd_keygen(args: argparse.Namespace) -> int:
    passphrase: str | None
    if args.unencrypted:
        passphrase = None
    elif args.passphrase_stdin:
        passphrase = _read_line("Passphrase des Release-Schlüssels")
    else:
        passphrase = _prompt("Passphrase für den Release-Schlüssel: ")
        if _prompt("Passphrase wiederholen: ") != passphrase:
            raise UserError("Die beiden Eingaben stimmen nicht überein.")
    if passphrase is not None and len(passphrase) < 12:
        raise UserError("Die Passphrase des Release-Schlüssels braucht mindestens 12 Zeichen.")
    files = rs.generate_keypair(args.out, passphrase)
    print(f"Privater Schlüssel: {files.private} (offline aufbewahren, nie weitergeben)")
    print(f"Öffentlicher Schlüssel: {files.public}")
    print(f"Fingerabdruck: {files.fingerprint}")
    return ExitCode.OK


def cmd_sign(args: argparse.Namespace) -> int:
    passphrase = None
    if args.passphrase_stdin:
        passphrase = _read_line("Passphrase des Release-Schlüssels")
    elif rs.private_key_is_encrypted(args.key):
        passphrase = _prompt("Passphrase des Release-Schlüssels: ")
    key = rs.load_private_key(args.key, passphrase)
    result = rs.sign_build(args.dir, key)
    print(f"{result.file_count} Dateien signiert: {result.sums_path}, {result.sig_path}")
    print(f"Fingerabdruck des Schlüssels: {result.fingerprint}")
    return ExitCode.OK


def cmd_verify(args: argparse.Namespace) -> int:
    key = rs.load_public_key(args.pubkey)
    report = rs.verify_build(args.dir, key)
    if not report.ok:
        raise rs.VerificationError(report.message())
    print(report.message())
    return ExitCode.OK
