"""`mfd audit verify|list` — the vault's hash-chained audit log (ids only, no content)."""

from __future__ import annotations

import argparse
import sys

from mfd_desktop.cli.commands.vault import unlock_from_args
from mfd_desktop.cli.secret_input import add_stdin_options
from mfd_desktop.errors import ExitCode, VaultDamagedError
from mfd_desktop.messages import render
from mfd_desktop.storage import audit


def register(subparsers, common: argparse.ArgumentParser) -> None:
    top = subparsers.add_parser("audit", parents=[common], help="Protokoll prüfen und anzeigen")
    sub = top.add_subparsers(dest="audit_command", metavar="AKTION", parser_class=type(top))
    sub.required = True

    p = sub.add_parser("verify", parents=[common],
                       help="Protokollkette prüfen (Exit-Code 4, wenn etwas verändert wurde)")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("list", parents=[common], help="letzte Protokolleinträge anzeigen")
    p.add_argument("--limit", type=int, default=50, metavar="N")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_list)


def cmd_verify(args: argparse.Namespace) -> int:
    vault = unlock_from_args(args)
    try:
        report = audit.verify(vault.conn)
    finally:
        vault.lock()
    if not report.ok:
        for problem in report.problems:
            sys.stdout.write(problem + "\n")
        raise VaultDamagedError(
            f"Das Protokoll wurde verändert ({len(report.problems)} Befund(e))."
        )
    sys.stdout.write(f"Protokoll in Ordnung: {report.entries} Einträge, Kette vollständig.\n")
    return ExitCode.OK


def cmd_list(args: argparse.Namespace) -> int:
    vault = unlock_from_args(args)
    try:
        rows = audit.entries(vault.conn, limit=max(1, args.limit))
    finally:
        vault.lock()
    for e in rows:
        target = f"{e.record_type or ''} {e.record_id or ''}".strip()
        sys.stdout.write(f"{e.seq}\t{e.at}\t{e.actor}\t{render(e.label(), 'de')}\t{target}\n")
    return ExitCode.OK
