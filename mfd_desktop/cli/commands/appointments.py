"""`mfd termine export --out FILE.ics [--from D --to D] [--mit-fallnummer]` and
`mfd termine import FILE.ics`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from mfd_desktop.cli.commands.vault import unlock_from_args
from mfd_desktop.cli.secret_input import add_stdin_options
from mfd_desktop.domain.appointments import ical
from mfd_desktop.errors import ExitCode, UserError

DEFAULT_DAYS_BACK = ical.EXPORT_DAYS_BACK
DEFAULT_DAYS_AHEAD = ical.EXPORT_DAYS_AHEAD


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"„{text[:20]}“ ist kein Datum im Format JJJJ-MM-TT") from None


def register(subparsers, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "termine", parents=[common], help="Termine als iCalendar (.ics) exportieren/importieren",
        description="Termine des Tresors als iCalendar-Datei (RFC 5545).")
    sub = p.add_subparsers(dest="termine_command", metavar="BEFEHL")
    sub.required = True

    e = sub.add_parser(
        "export", parents=[common], help="Termine als .ics-Datei schreiben (ohne Personendaten)",
        description="Schreibt die Termine als iCalendar-Datei. Ohne personenbezogene Daten: "
                    "Zusammenfassung „Termin (MFD)“, Terminart und Ort – nie ein Name, eine "
                    "Notiz oder eine Sprache. Zeiten in Europe/Berlin. Ohne --from/--to: "
                    f"von vor {DEFAULT_DAYS_BACK} Tagen bis in {DEFAULT_DAYS_AHEAD} Tagen.")
    e.add_argument("--out", required=True, metavar="DATEI.ics", help="Zieldatei")
    e.add_argument("--from", dest="start", type=_day, metavar="JJJJ-MM-TT",
                   help="erster Tag (einschließlich)")
    e.add_argument("--to", dest="end", type=_day, metavar="JJJJ-MM-TT",
                   help="letzter Tag (einschließlich)")
    e.add_argument("--mit-fallnummer", action="store_true",
                   help="die Fallnummer in die Zusammenfassung schreiben (nie einen Namen)")
    add_stdin_options(e, current=True)
    e.set_defaults(handler=cmd_export)

    i = sub.add_parser(
        "import", parents=[common], help="Termine aus einer .ics-Datei importieren",
        description="Importiert die Termine einer iCalendar-Datei (z. B. Öffnungszeiten) als "
                    "importierte Termine; wiederkehrende Termine werden in der Ansicht "
                    "aufgelöst. Eine fehlerhafte Datei wird ganz abgelehnt.")
    i.add_argument("file", metavar="DATEI.ics", help="iCalendar-Datei")
    add_stdin_options(i, current=True)
    i.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    today = dt.date.today()
    start = args.start or today - dt.timedelta(days=DEFAULT_DAYS_BACK)
    end = args.end or (start + dt.timedelta(days=DEFAULT_DAYS_BACK + DEFAULT_DAYS_AHEAD)
                       if args.start else today + dt.timedelta(days=DEFAULT_DAYS_AHEAD))
    if end < start:
        sys.stderr.write("mfd: Aufruf fehlerhaft: --to liegt vor --from.\n")
        return ExitCode.USAGE
    out = Path(args.out)
    if out.is_dir():
        raise UserError("Die Zieldatei ist ein Ordner.")
    if not out.parent.is_dir():
        raise UserError("Den Ordner der Zieldatei gibt es nicht.")
    vault = unlock_from_args(args)
    try:
        count = ical.write_export(vault.conn, out, start, end,
                                  with_case_number=args.mit_fallnummer)
    finally:
        vault.lock()
    hint = "mit Fallnummern" if args.mit_fallnummer else "ohne Personendaten"
    sys.stderr.write(f"{count} Termine ({start.isoformat()} bis {end.isoformat()}, "
                     f"{hint}) nach {out} geschrieben.\n")
    return ExitCode.OK


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    vault = unlock_from_args(args)
    try:
        result = ical.import_file(vault.conn, path)
    finally:
        vault.lock()
    sys.stderr.write(f"{result.events} Termine importiert, davon {result.recurring} "
                     "wiederkehrend.\n")
    return ExitCode.OK
