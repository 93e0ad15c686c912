"""`mfd frist RULE --start YYYY-MM-DD` and `mfd frist --list`: the deadline calculator.

stdout carries only the result (the last day as YYYY-MM-DD, or the rule list), so
scripts can use it; the rule, legal basis, notes and the "ohne Gewähr" caveat go to
stderr. Needs no vault. Exit codes: 0 ok; 2 for usage errors (unknown rule, bad or
missing date); 1 for a rule without a fixed length (the date must come from the letter)
or one that only gives guidance.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from mfd_desktop.domain.deadlines.deadline_calculator import (
    DateRequiredError,
    calculate,
    resolve_rule,
)
from mfd_desktop.domain.deadlines.deadline_rules import RULES, LengthKind
from mfd_desktop.errors import ExitCode, UserError


class UsageError(UserError):
    exit_code = ExitCode.USAGE


def parse_date(text: str) -> dt.date:
    """YYYY-MM-DD (or TT.MM.JJJJ, as on a letter); a German usage error otherwise."""
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise UsageError(f"„{text[:40]}“ ist kein gültiges Datum (erwartet: JJJJ-MM-TT).")


def register(subparsers, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "frist", parents=[common], help="Fristende berechnen (ohne Gewähr)",
        description="Berechnet das Fristende nach §§ 187, 188, 193 BGB mit den Feiertagen in "
                    "Rheinland-Pfalz. Ausgabe: das Fristende als JJJJ-MM-TT; Regel, "
                    "Rechtsgrundlage und Hinweise stehen auf der Fehlerausgabe. Ohne Gewähr: "
                    "maßgeblich ist die Rechtsbehelfsbelehrung des Schreibens.",
    )
    p.add_argument("rule", nargs="?", metavar="FRIST",
                   help="Schlüssel der Frist, z. B. asyl_klage_2w (Liste: --list)")
    p.add_argument("--list", action="store_true", dest="list_rules",
                   help="alle Fristen mit Schlüssel und Namen auflisten")
    p.add_argument("--start", metavar="JJJJ-MM-TT",
                   help="Tag der Zustellung bzw. Bekanntgabe (Tag 0)")
    p.add_argument("--posted", metavar="JJJJ-MM-TT",
                   help="Tag der Aufgabe zur Post bei einfachem Brief (Bekanntgabefiktion: "
                        "gilt am 4. Tag danach als bekannt gegeben)")
    p.add_argument("--ohne-belehrung", action="store_true", dest="without_instruction",
                   help="Rechtsbehelfsbelehrung fehlt oder ist falsch (1 Jahr)")
    p.set_defaults(handler=cmd_frist)


def cmd_frist(args: argparse.Namespace) -> int:
    if args.list_rules:
        width = max(len(r.key) for r in RULES)
        for r in RULES:
            sys.stdout.write(f"{r.key:<{width}}  {r.name_de} – {r.length_label_de}\n")
        return ExitCode.OK
    if not args.rule:
        raise UsageError("Bitte eine Frist angeben, z. B. „mfd frist asyl_klage_2w --start "
                         "2025-12-11“, oder „mfd frist --list“.")
    rule = resolve_rule(args.rule)
    if rule.kind is LengthKind.INFO:
        calculate(rule)  # raises NotComputableError with the rule's guidance (exit 1)
    if not rule.has_fixed_length:
        raise DateRequiredError(
            f"„{rule.name_de}“ hat keine feste Länge: {rule.length_label_de}. Die "
            f"Kommandozeile kann hier kein Fristende berechnen; bitte das "
            f"{rule.given_date_label_de} in der Fallakte als Frist eintragen."
        )
    start = parse_date(args.start) if args.start else None
    posted = parse_date(args.posted) if args.posted else None
    if start is None and posted is None:
        raise UsageError(f"Bitte --start JJJJ-MM-TT angeben ({rule.start_event_de}).")
    if start is not None and posted is not None:
        raise UsageError("Bitte nur eines angeben: --start oder --posted.")
    calc = calculate(rule, start, posted_on=posted, without_instruction=args.without_instruction)
    sys.stdout.write(calc.end.isoformat() + "\n")
    sys.stderr.write(calc.summary_de() + "\n")
    return ExitCode.OK
