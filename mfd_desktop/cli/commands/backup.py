"""`mfd backup create|verify|restore|auto` — encrypted backup files (`*.mfdbak`).

A backup opens with the passphrase or the recovery key that were valid when it was
made. Secrets come from the terminal or, with `--passphrase-stdin` /
`--recovery-key-stdin`, as the first line of stdin. Exit codes: 0 ok, 1 error,
3 wrong passphrase or recovery key, 4 backup or vault damaged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mfd_desktop.cli.secret_input import SecretReader, add_stdin_options
from mfd_desktop.errors import ExitCode, UserError
from mfd_desktop.paths import resolve_data_paths
from mfd_desktop.storage import backup
from mfd_desktop.storage.vault import Vault


def register(subparsers, common: argparse.ArgumentParser) -> None:
    top = subparsers.add_parser("backup", parents=[common], help="verschlüsselte Sicherungen",
                                description="Verschlüsselte Sicherungen erstellen, prüfen und "
                                            "wiederherstellen.")
    sub = top.add_subparsers(dest="backup_command", metavar="AKTION", parser_class=type(top))
    sub.required = True

    p = sub.add_parser("create", parents=[common], help="Sicherung in eine Datei schreiben")
    p.add_argument("--out", required=True, metavar="DATEI",
                   help="Zieldatei, z. B. /media/stick/mfd-2026-03-01.mfdbak")
    add_stdin_options(p, current=True, recovery=True)
    p.set_defaults(handler=cmd_create)

    p = sub.add_parser("verify", parents=[common], help="Sicherung vollständig prüfen")
    p.add_argument("file", metavar="DATEI")
    add_stdin_options(p, current=True, recovery=True)
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("restore", parents=[common],
                       help="Sicherung in ein Datenverzeichnis wiederherstellen")
    p.add_argument("file", metavar="DATEI")
    p.add_argument("--replace", action="store_true",
                   help="einen vorhandenen Tresor ersetzen (er wird in ersetzt-<Zeit>/ "
                        "beiseitegelegt, nicht gelöscht)")
    add_stdin_options(p, current=True, recovery=True)
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("auto", parents=[common],
                       help="heutige automatische Sicherung in <Datenverzeichnis>/backups "
                            "(behält 7 Tage)")
    add_stdin_options(p, current=True, recovery=True)
    p.set_defaults(handler=cmd_auto)


def _secrets(args: argparse.Namespace, reader: SecretReader) -> tuple[str | None, str | None]:
    if getattr(args, "recovery_key_stdin", False):
        return None, reader.recovery_key(args)
    return reader.current(args), None


def _unlock(args: argparse.Namespace) -> Vault:
    passphrase, recovery = _secrets(args, SecretReader())
    if recovery is not None:
        return Vault.unlock_with_recovery_key(args.paths, recovery)
    return Vault.unlock_with_passphrase(args.paths, passphrase or "")


def cmd_create(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.is_dir():
        raise UserError(f"{out} ist ein Ordner; bitte einen Dateinamen angeben.")
    vault = _unlock(args)
    try:
        info = backup.create_backup(vault, out)
    finally:
        vault.lock()
    sys.stdout.write(f"{info.path}\n")
    sys.stderr.write(f"Sicherung erstellt ({info.size // 1024} KiB, Schema {info.schema_version}). "
                     "Sie öffnet sich mit der jetzigen Passphrase oder dem "
                     "Wiederherstellungsschlüssel.\n")
    return ExitCode.OK


def cmd_verify(args: argparse.Namespace) -> int:
    passphrase, recovery = _secrets(args, SecretReader())
    info = backup.verify_backup(Path(args.file), passphrase=passphrase, recovery=recovery)
    sys.stdout.write(f"Sicherung in Ordnung: erstellt {info.created_at}, Schema "
                     f"{info.schema_version}, {info.size // 1024} KiB.\n")
    return ExitCode.OK


def cmd_restore(args: argparse.Namespace) -> int:
    if not hasattr(args, "data_dir"):
        raise UserError("Bitte mit --data-dir angeben, wohin die Sicherung wiederhergestellt wird.")
    target = resolve_data_paths(args.data_dir)
    passphrase, recovery = _secrets(args, SecretReader())
    result = backup.restore_backup(Path(args.file), target, passphrase=passphrase,
                                   recovery=recovery, replace=args.replace)
    sys.stdout.write(f"{result.data_dir}\n")
    message = f"Sicherung vom {result.info.created_at} wiederhergestellt."
    if result.kept_aside is not None:
        message += f" Der bisherige Tresor liegt unverändert in {result.kept_aside}."
    sys.stderr.write(message + "\n")
    return ExitCode.OK


def cmd_auto(args: argparse.Namespace) -> int:
    vault = _unlock(args)
    try:
        made = backup.run_automatic_backup(vault)
    finally:
        vault.lock()
    if made is None:
        sys.stderr.write("Die heutige automatische Sicherung gibt es schon.\n")
    else:
        sys.stdout.write(f"{made}\n")
    return ExitCode.OK
