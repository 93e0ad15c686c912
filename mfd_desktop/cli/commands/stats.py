"""`mfd stats preview|release|report`: the anonymised statistics from the command line.

- `preview --period 2026-Q3 [--json]`: exactly the payload that would be sent (JSON on
  stdout with --json, a readable German table otherwise).
- `release --period 2026-Q3`: releases it into the outbox exactly as "Freigeben" does;
  refused (exit code 1) for a period that has not ended or is not of the policy's kind.
- `report --period 2026 --out FILE.pdf`: the Statistik-PDF for funders, built only from
  what was released (`stats.released_figures`): a released-kind period as its latest
  released revision, a longer one summed from the released parts ("mindestens N" where
  a part is hidden); a never released period or a shorter one is refused (exit code 1).

Hidden cells read "." and zero "–" (DIN 55301), with the legend under the table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from mfd_desktop.cli.commands.vault import unlock_from_args
from mfd_desktop.cli.secret_input import add_stdin_options
from mfd_desktop.errors import ExitCode, UserError
from mfd_desktop.messages import Msg
from mfd_desktop.stats import release as release_mod
from mfd_desktop.stats.payload_builder import (
    Preview,
    build_preview,
    load_config,
    settings_service,
)
from mfd_desktop.stats.periods import kind_name, parse_period
from mfd_desktop.stats.presentation import (
    in_language,
    legend,
    payload_rows,
    rule_sentence,
    small_unit_sentence,
)
from mfd_desktop.storage.vault import Vault


def register(subparsers, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("stats", parents=[common],
                              help="anonymisierte Statistik: Vorschau, Freigabe, PDF")
    sub = p.add_subparsers(dest="stats_command", metavar="AKTION", parser_class=type(p))
    sub.required = True

    pv = sub.add_parser("preview", parents=[common],
                        help="zeigt genau die Daten, die übermittelt würden")
    pv.add_argument("--period", required=True, metavar="ZEITRAUM",
                    help="z. B. 2026-Q3, 2026-H2, 2026 oder 2026-09")
    pv.add_argument("--json", action="store_true", help="als JSON auf die Standardausgabe")
    add_stdin_options(pv, current=True)
    pv.set_defaults(handler=cmd_preview)

    rl = sub.add_parser("release", parents=[common],
                        help="Zeitraum freigeben (in den Postausgang zur Übermittlung)")
    rl.add_argument("--period", required=True, metavar="ZEITRAUM", help="z. B. 2026-Q3")
    add_stdin_options(rl, current=True)
    rl.set_defaults(handler=cmd_release)

    rp = sub.add_parser("report", parents=[common],
                        help="Statistik-PDF für Zuwendungsgeber aus den freigegebenen Zahlen")
    rp.add_argument("--period", required=True, metavar="ZEITRAUM", help="z. B. 2026 oder 2026-Q3")
    rp.add_argument("--out", required=True, metavar="DATEI.pdf", help="Zieldatei")
    add_stdin_options(rp, current=True)
    rp.set_defaults(handler=cmd_report)

    sb = sub.add_parser("sachbericht", parents=[common],
                        help="Sachbericht (PDF) eines Jahres: Beratungsstelle, freigegebene "
                             "Zahlen, Strukturarbeit und die Texte aus dem Programm")
    sb.add_argument("--period", required=True, metavar="JAHR", help="z. B. 2026")
    sb.add_argument("--out", required=True, metavar="DATEI.pdf", help="Zieldatei")
    add_stdin_options(sb, current=True)
    sb.set_defaults(handler=cmd_sachbericht)


def _preview(args: argparse.Namespace, today: dt.date | None = None) -> tuple[Vault, Preview]:
    period = parse_period(args.period)  # before the passphrase prompt: fail fast
    vault = unlock_from_args(args)
    try:
        config = load_config(vault.conn, settings_service(args.paths, lambda: vault.conn).get)
        if period.kind != config.release_kind:
            raise UserError(Msg("stats.cli_no_transfer_preview", period=period.key,
                                kind=kind_name(config.release_kind)))
        return vault, build_preview(vault.conn, period, config, today=today)
    except BaseException:
        vault.lock()
        raise


def cmd_preview(args: argparse.Namespace) -> int:
    vault, preview = _preview(args)
    vault.lock()
    if preview.payload is None:
        raise UserError(preview.payload_problem or Msg("stats.no_preview"))
    if args.json:
        sys.stdout.write(release_mod.canonical_json(preview.payload) + "\n")
        return ExitCode.OK
    p = preview.payload
    out = [f"Vorschau der Übermittlung – {preview.period.label.render('de')} ({preview.period.key}, "
           f"{preview.period.range_de})",
           f"Standort {p.site_id} · Gerät {p.device_id} · Fassung {p.revision} · "
           f"Schwelle {p.suppression_k}"]
    if preview.provisional:
        out.append("VORLÄUFIG: der Zeitraum ist noch nicht abgeschlossen.")
    if preview.not_releasable_reason:
        out.append(f"Nicht freigebbar: {preview.not_releasable_reason.render('de')}")
    if p.totals_only:  # statistics.md rule 5
        out.append(small_unit_sentence(preview.small_unit).render("de"))
    out.append(rule_sentence(preview.k).render("de"))
    out.append(legend().render("de"))
    if not p.totals_only:
        out.append("Nicht aufgeführte Kategorien haben den Wert 0 („–“).")
    rows = [("Kennzahl", "Aufgliederung", "Kategorie", "Wert"),
            *(tuple(in_language(v, "de") for v in row) for row in payload_rows(p))]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for n, row in enumerate(rows):
        out.append("  ".join(row[i].ljust(widths[i]) if i < 3 else row[i].rjust(widths[i])
                             for i in range(4)))
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    sys.stdout.write("\n".join(out) + "\n")
    return ExitCode.OK


def cmd_release(args: argparse.Namespace) -> int:
    vault, preview = _preview(args)
    try:
        if preview.payload is None:
            raise UserError(preview.payload_problem or Msg("stats.no_preview"))
        if preview.not_releasable_reason:
            raise UserError(preview.not_releasable_reason)
        config = load_config(vault.conn, settings_service(args.paths, lambda: vault.conn).get)
        record = release_mod.release(vault.conn, preview.payload,
                                     release_kind=config.release_kind)
    finally:
        vault.lock()
    sys.stdout.write(f"{preview.period.key} als Fassung {record.revision} freigegeben; "
                     "wird bei der nächsten Übermittlung gesendet.\n")
    return ExitCode.OK


def _pdf_target(text: str) -> Path:
    out = Path(text)
    if out.suffix.lower() != ".pdf":
        raise UserError(Msg("stats.pdf_suffix"))
    if not out.parent.exists():
        raise UserError(Msg("stats.no_folder", folder=str(out.parent)))
    return out


def cmd_sachbericht(args: argparse.Namespace) -> int:
    from mfd_desktop.reports import sachbericht
    from mfd_desktop.reports.pdf_base import write_pdf
    from mfd_desktop.settings import SITE_ADDRESS, SITE_NAME, SITE_TRAEGER

    out = _pdf_target(args.out)
    parse_period(args.period)  # before the passphrase prompt: fail fast
    vault = unlock_from_args(args)
    try:
        get = settings_service(args.paths, lambda: vault.conn).get
        config = load_config(vault.conn, get)
        site = sachbericht.Site(name=get(SITE_NAME.key), traeger=get(SITE_TRAEGER.key),
                                address=get(SITE_ADDRESS.key))
        report = sachbericht.collect(vault.conn, args.period, config.release_kind, site)
        pdf = sachbericht.render_sachbericht_pdf(report)
        write_pdf(out, pdf)
        sachbericht.record_export(vault.conn, report.period)
    finally:
        vault.lock()
    sys.stdout.write("\n".join([f"Sachbericht gespeichert: {out}",
                                *(f"Hinweis: {w}" for w in report.warnings())]) + "\n")
    return ExitCode.OK


def cmd_report(args: argparse.Namespace) -> int:
    from mfd_desktop.reports.pdf_base import write_pdf
    from mfd_desktop.reports.statistics_report import render_statistics_pdf
    from mfd_desktop.settings import SITE_NAME, SITE_TRAEGER
    from mfd_desktop.stats.presentation import released_report
    from mfd_desktop.stats.released_figures import released_figures

    out = _pdf_target(args.out)
    period = parse_period(args.period)  # before the passphrase prompt: fail fast
    vault = unlock_from_args(args)
    try:
        config = load_config(vault.conn, settings_service(args.paths, lambda: vault.conn).get)
        figures = released_report(released_figures(vault.conn, period, config.release_kind))
        get = settings_service(args.paths, lambda: vault.conn).get
        site, traeger = get(SITE_NAME.key), get(SITE_TRAEGER.key)
    finally:
        vault.lock()
    write_pdf(out, render_statistics_pdf(figures, site_name=site or None,
                                         traeger=traeger or None))
    lines = [f"Statistik-PDF gespeichert: {out}",
             *(in_language(t, "de") for t in (*figures.facts, *figures.warnings))]
    sys.stdout.write("\n".join(lines) + "\n")
    return ExitCode.OK
