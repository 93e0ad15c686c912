"""`mfd enroll --server URL --code CODE` and `mfd sync` (statistics to the central server)."""

from __future__ import annotations

import argparse
import sys

from mfd_desktop.cli.commands.vault import unlock_from_args
from mfd_desktop.cli.secret_input import add_stdin_options
from mfd_desktop.errors import ExitCode, UserError
from mfd_desktop.messages import render
from mfd_desktop.sync import config as sync_config
from mfd_desktop.sync.client import SyncService, format_time_de


def register(subparsers, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "enroll", parents=[common], help="dieses Gerät beim Statistik-Server anmelden",
        description="Meldet dieses Gerät mit einem einmaligen Anmeldecode beim zentralen "
                    "Statistik-Server an. Der Zugangsschlüssel kommt in den Schlüsselbund "
                    "des Betriebssystems oder, wo es keinen gibt, verschlüsselt in den Tresor.")
    p.add_argument("--server", metavar="URL",
                   help="Adresse des Servers (sonst aus Richtlinie/Einstellungen)")
    p.add_argument("--code", metavar="CODE", help="einmaliger Anmeldecode")
    p.add_argument("--ca-file", metavar="DATEI",
                   help="CA-Zertifikat des Servers (PEM), falls nicht vom System vertraut")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_enroll)

    p = subparsers.add_parser(
        "sync", parents=[common], help="freigegebene Statistiken an den Server übertragen",
        description="Überträgt freigegebene Statistiken der Reihe nach an den Statistik-Server. "
                    "Nur was der Server bestätigt, verlässt den Postausgang.")
    p.add_argument("--status", action="store_true", help="nur den Stand anzeigen")
    p.add_argument("--ca-file", metavar="DATEI", help="CA-Zertifikat des Servers (PEM)")
    add_stdin_options(p, current=True)
    p.set_defaults(handler=cmd_sync)


def _ca_file(args: argparse.Namespace, cfg: sync_config.SyncConfig) -> str | None:
    if args.ca_file and cfg.ca_file_locked and args.ca_file != cfg.ca_file:
        raise UserError("Die CA-Datei ist vom Administrator festgelegt und kann hier nicht "
                        "geändert werden.")
    return args.ca_file or cfg.ca_file or None


def cmd_enroll(args: argparse.Namespace) -> int:
    cfg = sync_config.load(args.paths)
    server = args.server or cfg.server_url
    if not server:
        raise UserError("Bitte die Adresse des Servers mit --server angeben.")
    if cfg.server_url_locked and args.server and args.server.rstrip("/") != cfg.server_url:
        raise UserError("Die Server-Adresse ist vom Administrator festgelegt: "
                        f"{cfg.server_url}")
    code = args.code or cfg.enrolment_code
    if not code:
        raise UserError("Bitte den Anmeldecode mit --code angeben.")
    vault = unlock_from_args(args)
    try:
        result = SyncService(vault, ca_file=_ca_file(args, cfg)).enroll(server, code,
                                                                          conn=vault.conn)
        settings, _pol = sync_config.settings_service(args.paths, lambda: vault.conn)
        warning = sync_config.adopt_site_id(settings, result.site_id)
    finally:
        vault.lock()
    sys.stdout.write(result.message_de + "\n")
    if warning:
        sys.stderr.write(render(warning, "de") + "\n")
    return ExitCode.OK


def cmd_sync(args: argparse.Namespace) -> int:
    cfg = sync_config.load(args.paths)
    vault = unlock_from_args(args)
    try:
        service = SyncService(vault, ca_file=_ca_file(args, cfg))
        if args.status:
            status = service.status(conn=vault.conn)
            lines = [status.summary_de()]
            if status.enrolled:
                lines.insert(0, f"Server: {status.server_url} (Beratungsstelle "
                                f"{status.site_id})")
            if status.last_run and status.last_run.outcome not in ("ok", "nothing"):
                lines.append(f"Letzter Versuch {format_time_de(status.last_run.finished_at)}: "
                             f"{status.last_run.text('de')}")
            lines += [f"Abgelehnt: {r.period} (Fassung {r.revision}): {r.text('de')}"
                      for r in status.refused]
            sys.stdout.write("\n".join(lines) + "\n")
            return ExitCode.OK
        result = service.push_pending(conn=vault.conn)
    finally:
        vault.lock()
    sys.stdout.write(result.message_de + "\n")
    for refusal in result.refusals:
        sys.stdout.write(f"Abgelehnt: {refusal.text('de')}\n")
    return ExitCode.OK if result.outcome in ("ok", "nothing") else ExitCode.ERROR
