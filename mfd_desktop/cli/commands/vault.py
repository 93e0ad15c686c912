"""`mfd init|check|info|change-passphrase|recover|new-recovery-key|demo`."""

from __future__ import annotations

import argparse
import contextlib
import sys

from mfd_desktop.cli.secret_input import SecretReader, add_stdin_options
from mfd_desktop.demo import DEMO_PASSPHRASE, create_demo_vault
from mfd_desktop.errors import ExitCode, VaultDamagedError
from mfd_desktop.security.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams
from mfd_desktop.storage.instance_lock import InstanceLock
from mfd_desktop.storage.vault import Vault, vault_exists

BACKUPS_STILL_OPEN = (
    "Hinweis: Sicherungen von vorher (.mfdbak, auch die automatischen in {backups}) öffnen "
    "weiterhin mit der alten Passphrase und dem alten Wiederherstellungsschlüssel. Wenn diese "
    "bekannt geworden sein könnten: diese Sicherungen löschen und eine neue erstellen.\n"
)


def _add_kdf_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kdf-memory-mib", type=int, metavar="MIB",
                        help=f"Argon2id-Speicher in MiB (mind. {FLOOR_MEMORY_KIB // 1024}); "
                             "ohne Angabe wird auf diesem Rechner abgestimmt")
    parser.add_argument("--kdf-iterations", type=int, metavar="N",
                        help=f"Argon2id-Durchläufe (mind. {FLOOR_ITERATIONS})")


def _kdf_params(args: argparse.Namespace) -> KdfParams | None:
    if args.kdf_memory_mib is None and args.kdf_iterations is None:
        return None
    params = KdfParams(
        memory_kib=(args.kdf_memory_mib or FLOOR_MEMORY_KIB // 1024) * 1024,
        iterations=args.kdf_iterations or FLOOR_ITERATIONS,
    )
    params.check_choice()
    return params


def register(subparsers, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("init", parents=[common], help="neuen Tresor anlegen",
                              description="Legt einen neuen Tresor an und gibt den "
                                          "Wiederherstellungsschlüssel einmalig aus.")
    add_stdin_options(p, current=True, new=True)
    _add_kdf_options(p)
    p.set_defaults(handler=cmd_init)

    p = subparsers.add_parser("check", parents=[common], help="Tresor prüfen (Integrität, Schema)")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_check)

    p = subparsers.add_parser("info", parents=[common],
                              help="Schema-, SQLCipher-Version und KDF-Parameter anzeigen")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_info)

    p = subparsers.add_parser("change-passphrase", parents=[common], help="Passphrase ändern",
                              description="Setzt eine neue Passphrase. Mit --rekey wird der "
                                          "Tresor zusätzlich mit einem neuen Schlüssel neu "
                                          "verschlüsselt und ein neuer Wiederherstellungs"
                                          "schlüssel ausgegeben (stdout).")
    add_stdin_options(p, current=True, new=True)
    _add_kdf_options(p)
    p.add_argument("--rekey", action="store_true",
                   help="neu verschlüsseln: alte Passphrase und alter Wiederherstellungsschlüssel "
                        "öffnen den Tresor danach auch mit älteren Schlüsseldateien nicht mehr")
    p.set_defaults(handler=cmd_change_passphrase)

    p = subparsers.add_parser("recover", parents=[common],
                              help="mit dem Wiederherstellungsschlüssel eine neue Passphrase setzen")
    add_stdin_options(p, recovery=True, new=True)
    _add_kdf_options(p)
    p.set_defaults(handler=cmd_recover)

    p = subparsers.add_parser("new-recovery-key", parents=[common],
                              help="neuen Wiederherstellungsschlüssel erzeugen (alter wird ungültig)",
                              description="Verschlüsselt den Tresor mit einem neuen Schlüssel neu "
                                          "und gibt den neuen Wiederherstellungsschlüssel aus.")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_new_recovery_key)

    p = subparsers.add_parser("demo", parents=[common],
                              help="Demo-Tresor mit erfundenen Daten anlegen")
    p.set_defaults(handler=cmd_demo)


def unlock_from_args(args: argparse.Namespace, reader: SecretReader | None = None) -> Vault:
    """The vault of `args.paths`, unlocked with the passphrase from prompt or stdin."""
    reader = reader or SecretReader()
    return Vault.unlock_with_passphrase(args.paths, reader.current(args))


def cmd_init(args: argparse.Namespace) -> int:
    reader = SecretReader()
    if args.passphrase_stdin and not args.new_passphrase_stdin:
        args.new_passphrase_stdin = True
    passphrase = reader.new_passphrase(args)
    vault, rkey = Vault.create(args.paths, passphrase, kdf_params=_kdf_params(args))
    vault.lock()
    sys.stdout.write(rkey + "\n")
    sys.stderr.write(
        "Tresor angelegt. Die Zeile oben ist der Wiederherstellungsschlüssel: "
        "jetzt aufschreiben oder ausdrucken und sicher verwahren. Er wird nie wieder angezeigt.\n"
    )
    return ExitCode.OK


def cmd_check(args: argparse.Namespace) -> int:
    vault = unlock_from_args(args)  # unlock already runs the integrity checks and refuses damage
    try:
        problems = vault.integrity_problems()
        info = vault.info()
    finally:
        vault.lock()
    if problems:
        raise VaultDamagedError("Der Tresor ist beschädigt (Integritätsprüfung fehlgeschlagen).")
    sys.stdout.write(f"Tresor in Ordnung. Schema-Version {info.schema_version}.\n")
    return ExitCode.OK


def cmd_info(args: argparse.Namespace) -> int:
    vault = unlock_from_args(args)
    try:
        info = vault.info()
    finally:
        vault.lock()
    lines = [
        f"Datenverzeichnis: {args.paths.root}",
        f"Schema-Version: {info.schema_version} (diese Programmversion kennt bis {info.latest_schema_version})",
        f"SQLCipher-Version: {info.sqlcipher_version}",
        f"Schlüsselableitung: {info.kdf.name}, {info.kdf.memory_kib // 1024} MiB, "
        f"{info.kdf.iterations} Durchläufe, {info.kdf.lanes} Threads",
        f"Zugänge: {', '.join(info.slots)}",
    ]
    sys.stdout.write("\n".join(lines) + "\n")
    return ExitCode.OK


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    reader = SecretReader()
    if args.rekey:
        kdf = _kdf_params(args)
        current = reader.current(args)
        rkey = _rekey(args, current, lambda: reader.new_passphrase(args), kdf)
        sys.stdout.write(rkey + "\n")
        sys.stderr.write(
            "Passphrase geändert und Tresor neu verschlüsselt. Die Zeile oben ist der neue "
            "Wiederherstellungsschlüssel (der alte gilt nicht mehr): jetzt aufschreiben oder "
            "ausdrucken und sicher verwahren.\n" + BACKUPS_STILL_OPEN.format(backups=args.paths.backups))
        return ExitCode.OK
    vault = unlock_from_args(args, reader)
    try:
        vault.change_passphrase(reader.new_passphrase(args), kdf_params=_kdf_params(args))
    finally:
        vault.lock()
    sys.stderr.write("Passphrase geändert.\n")
    return ExitCode.OK


def _rekey(args: argparse.Namespace, current: str, new_passphrase, kdf: KdfParams | None) -> str:
    """Re-key the vault (storage/rekey.py) for the passphrase `new_passphrase()` returns
    (asked after the current one proved right); refused while the app has it open."""
    # No vault: no lock file either; unlocking says there is no vault.
    lock = InstanceLock(args.paths) if vault_exists(args.paths) else contextlib.nullcontext()
    with lock:
        vault = Vault.unlock_with_passphrase(args.paths, current)
        try:
            new = new_passphrase()
            sys.stderr.write("Der Tresor wird neu verschlüsselt …\n")
            sys.stderr.flush()
            return vault.rekey(new, kdf_params=kdf)
        finally:
            vault.lock()


def cmd_recover(args: argparse.Namespace) -> int:
    reader = SecretReader()
    vault = Vault.unlock_with_recovery_key(args.paths, reader.recovery_key(args))
    try:
        vault.change_passphrase(reader.new_passphrase(args), kdf_params=_kdf_params(args))
    finally:
        vault.lock()
    sys.stderr.write("Neue Passphrase gesetzt. Der Wiederherstellungsschlüssel bleibt gültig.\n")
    return ExitCode.OK


def cmd_new_recovery_key(args: argparse.Namespace) -> int:
    current = SecretReader().current(args)
    rkey = _rekey(args, current, lambda: current, None)
    sys.stdout.write(rkey + "\n")
    sys.stderr.write("Neuer Wiederherstellungsschlüssel (der alte gilt nicht mehr); der Tresor "
                     "wurde dafür neu verschlüsselt. Bitte sicher verwahren.\n"
                     + BACKUPS_STILL_OPEN.format(backups=args.paths.backups))
    return ExitCode.OK


def cmd_demo(args: argparse.Namespace) -> int:
    create_demo_vault(args.paths)
    sys.stdout.write(DEMO_PASSPHRASE + "\n")
    sys.stderr.write(f"Demo-Tresor mit erfundenen Daten angelegt in {args.paths.root}. "
                     "Die Zeile oben ist seine Passphrase.\n")
    return ExitCode.OK
