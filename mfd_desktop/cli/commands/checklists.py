"""`mfd checklist templates` and `mfd checklist handout TEMPLATE --lang LANG --out FILE.pdf`.

Neither needs the vault: templates are files, and a handout for a bare template holds
no personal data. Administrators' templates in `<data dir>/templates` are included.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from mfd_desktop.checklists.templates import SHIPPED, load_all
from mfd_desktop.checklists.translations import available_languages
from mfd_desktop.domain.casework.clients import parse_date
from mfd_desktop.errors import ExitCode, UserError


def register(subparsers, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("checklist", parents=[common],
                              help="Checklisten-Vorlagen anzeigen, Handouts erstellen")
    sub = p.add_subparsers(dest="checklist_command", metavar="AKTION",
                           parser_class=type(p))
    sub.required = True

    t = sub.add_parser("templates", parents=[common],
                       help="alle Vorlagen auflisten (Schlüssel zuerst, eine je Zeile)")
    t.set_defaults(handler=cmd_templates)

    h = sub.add_parser("handout", parents=[common],
                       help="Handout (PDF) für eine Vorlage erstellen, Deutsch plus eine Sprache")
    h.add_argument("template", metavar="VORLAGE", help="Schlüssel der Vorlage, z. B. kindergeld")
    h.add_argument("--lang", required=True, metavar="SPRACHE",
                   help="zweite Sprache: de (nur Deutsch), " + ", ".join(available_languages()))
    h.add_argument("--out", required=True, metavar="DATEI.pdf", help="Zieldatei")
    h.add_argument("--termin", metavar="TT.MM.JJJJ", help="Termin bei der Stelle (optional)")
    h.set_defaults(handler=cmd_handout)


def cmd_templates(args: argparse.Namespace) -> int:
    found = load_all(args.paths)
    for loaded in sorted(found.templates.values(), key=lambda t: t.key):
        t = loaded.template
        origin = "" if loaded.origin == SHIPPED else " [eigene]"
        sys.stdout.write(f"{t.key}\tv{t.version}\t{t.title.de}{origin}\n")
    for problem in found.problems:
        sys.stderr.write(f"mfd: {problem}\n")
    return ExitCode.ERROR if found.problems and not found.templates else ExitCode.OK


def cmd_handout(args: argparse.Namespace) -> int:
    from mfd_desktop.reports.handout import render_template_handout
    from mfd_desktop.reports.pdf_base import write_pdf

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UserError("Die Zieldatei muss auf .pdf enden.")
    if not out.parent.exists():
        raise UserError(f"Den Ordner {out.parent} gibt es nicht.")
    appointment = parse_date(args.termin, "Termin")
    template = load_all(args.paths).get(args.template)
    from mfd_desktop import policy, site

    data = render_template_handout(template, args.lang,
                                   appointment=dt.date.fromisoformat(appointment)
                                   if appointment else None,
                                   contact=site.from_policy(policy.load_policy()))
    write_pdf(out, data)
    sys.stdout.write(f"Handout gespeichert: {out}\n")
    return ExitCode.OK
