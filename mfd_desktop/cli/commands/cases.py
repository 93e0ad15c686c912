"""`mfd search QUERY [--json]` and `mfd import-csv FILE [--dry-run]`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from mfd_desktop.cli.commands.vault import unlock_from_args
from mfd_desktop.cli.secret_input import add_stdin_options
from mfd_desktop.domain.casework import csv_import, search
from mfd_desktop.errors import ExitCode


def register(subparsers, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "search", parents=[common], help="Fälle suchen (Name, Fallnummer, Notizen)",
        description="Volltextsuche im Tresor. Groß-/Kleinschreibung und Umlaute egal "
                    "(„muller“ findet Müller), Wortanfänge genügen, \"…\" sucht eine Wortgruppe.")
    p.add_argument("query", metavar="SUCHBEGRIFF", help="Suchbegriff(e)")
    p.add_argument("--json", action="store_true", help="Ergebnis als JSON-Liste ausgeben")
    p.add_argument("--limit", type=int, default=search.DEFAULT_LIMIT, metavar="N",
                   help=f"höchstens N Fälle (Standard {search.DEFAULT_LIMIT})")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_search)

    p = subparsers.add_parser(
        "import-csv", parents=[common], help="Klient*innen aus einer Excel-/CSV-Liste importieren",
        description="Importiert eine CSV-Datei (aus Excel) ganz oder gar nicht. Spalten: "
                    f"{csv_import.ACCEPTED}. Name oder Fallnummer ist Pflicht.")
    p.add_argument("file", metavar="DATEI", help="CSV-Datei")
    p.add_argument("--dry-run", action="store_true",
                   help="nur prüfen und anzeigen, was passieren würde; nichts speichern")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_import_csv)


def cmd_search(args: argparse.Namespace) -> int:
    vault = unlock_from_args(args)
    try:
        result = search.search(vault.conn, args.query, limit=max(1, min(args.limit, 1000)))
    finally:
        vault.lock()
    if args.json:
        json.dump([hit.as_dict() for hit in result.hits], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for hit in result.hits:
            sys.stdout.write(f"{hit.case_number}\t{hit.display_name}\t{hit.snippet_text()}\n")
    if result.hint:
        sys.stderr.write(f"{result.hint}\n")  # German (Msg.__str__)
    return ExitCode.OK


def cmd_import_csv(args: argparse.Namespace) -> int:
    data = csv_import.read_file(Path(args.file))  # bounded; FIFOs and devices refused
    vault = unlock_from_args(args)
    try:
        report = csv_import.run(vault.conn, data, dry_run=args.dry_run)
    finally:
        vault.lock()
    sys.stdout.write(f"{report.summary()}\n")  # German (Msg.__str__)
    return ExitCode.OK
