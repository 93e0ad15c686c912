"""`mfd policy check [FILE]` and `mfd policy show`: the administrator's policy file.

`check` validates a file before it is rolled out (exit 0 when valid, 1 with the German
message naming the line otherwise); without FILE it checks the installed policy.
`show` prints what the installed policy fixes on this computer.
"""

from __future__ import annotations

import argparse

from mfd_desktop import policy as policy_mod
from mfd_desktop.errors import ExitCode


def register(subparsers, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "policy", parents=[common], help="Richtlinie der Administration prüfen oder anzeigen",
        description="Richtlinie (policy.toml) prüfen oder anzeigen. Standardort: "
                    f"{policy_mod.default_policy_path()} (oder {policy_mod.ENV_POLICY_FILE}).")
    sub = p.add_subparsers(dest="policy_command", metavar="AKTION",
                           parser_class=type(p))
    sub.required = True
    check = sub.add_parser("check", parents=[common], help="Richtliniendatei prüfen")
    check.add_argument("file", nargs="?", metavar="DATEI",
                       help="zu prüfende Datei (sonst die installierte Richtlinie)")
    check.set_defaults(handler=cmd_check)
    show = sub.add_parser("show", parents=[common], help="installierte Richtlinie anzeigen")
    show.set_defaults(handler=cmd_show)


def cmd_check(args: argparse.Namespace) -> int:
    loaded = policy_mod.load_policy(args.file)
    if loaded is None:
        print(f"Keine Richtlinie installiert ({policy_mod.default_policy_path()}); "
              "MFD Desktop läuft mit den Einstellungen der Beraterinnen und Berater.")
        return ExitCode.OK
    print(f"Die Richtlinie {loaded.source} ist gültig.")
    for line in loaded.summary_lines()[1:]:
        print(line)
    return ExitCode.OK


def cmd_show(args: argparse.Namespace) -> int:
    loaded = policy_mod.load_policy()
    if loaded is None:
        print(f"Keine Richtlinie installiert ({policy_mod.default_policy_path()}).")
        return ExitCode.OK
    for line in loaded.summary_lines():
        print(line)
    return ExitCode.OK
