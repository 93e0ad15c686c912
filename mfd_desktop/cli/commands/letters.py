"""`mfd schreiben …`: letters filled from a case (docs/letters.md).

    mfd schreiben vorlagen                       the templates, key first, one per line
    mfd schreiben stellen                        the offices for --stelle, key first
    mfd schreiben erstellen VORLAGE --fall FALLNUMMER --out DATEI.pdf [--lang SPRACHE]
    mfd schreiben import DATEI                   an administrator's template (checked)
    mfd schreiben export VORLAGE --out DATEI     a template's file, to share

`erstellen` needs the vault (passphrase as for the other commands); it writes the PDF
where asked and keeps the same copy in the case (encrypted attachment, db/0016), as the
app does after printing. The listings and import/export need no vault.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

from mfd_desktop.cli.commands.vault import unlock_from_args
from mfd_desktop.cli.secret_input import add_stdin_options
from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.casework.clients import parse_date
from mfd_desktop.domain.letters import fill, kept, templates
from mfd_desktop.errors import ExitCode, UserError


def register(subparsers, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("schreiben", parents=[common],
                              help="Schreiben aus einem Fall erstellen (Vollmacht, "
                                   "Akteneinsicht, …)")
    sub = p.add_subparsers(dest="letters_command", metavar="AKTION", parser_class=type(p))
    sub.required = True

    v = sub.add_parser("vorlagen", parents=[common],
                       help="alle Schreiben-Vorlagen (Schlüssel zuerst, eine je Zeile)")
    v.set_defaults(handler=cmd_templates)

    s = sub.add_parser("stellen", parents=[common],
                       help="die Stellen für --stelle (Schlüssel zuerst, eine je Zeile)")
    s.set_defaults(handler=cmd_offices)

    e = sub.add_parser("erstellen", parents=[common],
                       help="ein Schreiben aus einem Fall als PDF erstellen; eine Kopie "
                            "bleibt verschlüsselt im Fall")
    e.add_argument("template", metavar="VORLAGE", help="Schlüssel der Vorlage, z. B. vollmacht")
    e.add_argument("--fall", required=True, metavar="FALLNUMMER", help="Fallnummer")
    e.add_argument("--out", required=True, metavar="DATEI.pdf", help="Zieldatei (unverschlüsselt)")
    e.add_argument("--lang", default="de", metavar="SPRACHE",
                   help="Sprache der Klientin/des Klienten: de (nur Deutsch), en, ar, fa, uk, "
                        "ru oder tr, soweit die Vorlage sie hat")
    e.add_argument("--stelle", metavar="SCHLÜSSEL",
                   help="Empfänger (mfd schreiben stellen); Standard: BAMF bzw. die "
                        "Ausländerbehörde des Wohnorts")
    e.add_argument("--termin", metavar="TT.MM.JJJJ", help="Datum des Termins (Terminbestätigung)")
    e.add_argument("--uhrzeit", metavar="HH:MM", help="Uhrzeit des Termins")
    e.add_argument("--ort", metavar="TEXT", help="Ort des Termins (Standard: Anschrift der "
                                                  "Beratungsstelle)")
    add_stdin_options(e, current=True)
    e.set_defaults(handler=cmd_create)

    i = sub.add_parser("import", parents=[common],
                       help="eine Vorlage prüfen und als eigene Vorlage übernehmen")
    i.add_argument("file", metavar="DATEI", help="TOML-Datei der Vorlage")
    i.set_defaults(handler=cmd_import)

    x = sub.add_parser("export", parents=[common], help="eine Vorlage als Datei weitergeben")
    x.add_argument("template", metavar="VORLAGE")
    x.add_argument("--out", required=True, metavar="DATEI", help="Zieldatei (.toml)")
    x.set_defaults(handler=cmd_export)


def cmd_templates(args: argparse.Namespace) -> int:
    found = templates.load_all(args.paths)
    for loaded in sorted(found.templates.values(), key=lambda t: t.key):
        t = loaded.template
        origin = "" if loaded.origin == templates.SHIPPED else " [eigene]"
        draft = " (Entwurf zur eigenen Unterschrift)" if t.draft else ""
        sys.stdout.write(f"{t.key}\tv{t.version}\t{t.title}{draft}\t"
                         f"{','.join(t.languages)}{origin}\n")
    for problem in found.problems:
        sys.stderr.write(f"mfd: {problem}\n")
    return ExitCode.ERROR if found.problems and not found.templates else ExitCode.OK


def cmd_offices(args: argparse.Namespace) -> int:
    for office in fill.offices():
        sys.stdout.write(f"{office.key}\t{office.name}\n")
    return ExitCode.OK


def _time(text: str | None) -> str:
    if not text:
        return ""
    match = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*(Uhr)?\s*", text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise UserError(f"„{text}“ ist keine Uhrzeit. Bitte als HH:MM angeben, z. B. 09:30.")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def cmd_create(args: argparse.Namespace) -> int:
    from mfd_desktop.reports.letter import render_letter
    from mfd_desktop.reports.pdf_base import write_pdf
    from mfd_desktop.stats.payload_builder import settings_service

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UserError("Die Zieldatei muss auf .pdf enden.")
    if not out.parent.exists():
        raise UserError(f"Den Ordner {out.parent} gibt es nicht.")
    template = templates.load_all(args.paths).get(args.template)  # before the passphrase
    language = (args.lang or "de").strip().lower()
    if language not in template.languages:
        raise UserError(f"Die Vorlage „{template.key}“ gibt es nicht in der Sprache "
                        f"„{language}“ (vorhanden: {', '.join(template.languages)}).")
    office = fill.find_office(args.stelle) if args.stelle else None
    day = parse_date(args.termin, "Termin")
    appointment = fill.Appointment(dt.date.fromisoformat(day) if day else None,
                                   _time(args.uhrzeit), (args.ort or "").strip())
    vault = unlock_from_args(args)
    try:
        client_id = clients.find_by_case_number(vault.conn, args.fall)
        if client_id is None:
            raise UserError(f"Es gibt keinen Fall mit der Fallnummer {args.fall}.")
        service = fill.service_from(settings_service(args.paths, lambda: vault.conn).get)
        letter = fill.fill(vault.conn, client_id, template, language, service=service,
                           office=office, appointment=appointment)
        pdf = render_letter(letter)
        kept.keep_printed(vault.conn, letter, pdf)
        write_pdf(out, pdf)
    finally:
        vault.lock()
    sys.stdout.write(f"Schreiben gespeichert: {out} (unverschlüsselt; eine Kopie liegt "
                     "verschlüsselt im Fall)\n")
    return ExitCode.OK


def cmd_import(args: argparse.Namespace) -> int:
    template = templates.import_template(args.paths, Path(args.file))
    sys.stdout.write(f"Vorlage übernommen: {template.key} (Version {template.version})\n")
    return ExitCode.OK


def cmd_export(args: argparse.Namespace) -> int:
    templates.export_template(args.paths, args.template, Path(args.out))
    sys.stdout.write(f"Vorlage gespeichert: {args.out}\n")
    return ExitCode.OK
