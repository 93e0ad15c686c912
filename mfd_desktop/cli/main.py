"""Entry point of `mfd`: argument parsing, error-to-exit-code mapping, logging set-up."""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from mfd_desktop import __version__
from mfd_desktop.cli import commands as commands_pkg
from mfd_desktop.errors import ExitCode, UserError
from mfd_desktop.log_setup import configure_logging
from mfd_desktop.messages import render
from mfd_desktop.paths import (
    check_data_dir,
    os_error_reason,
    resolve_data_paths,
    tighten_data_dir,
    use_private_umask,
)

log = logging.getLogger("mfd.cli")


class GermanArgumentParser(argparse.ArgumentParser):
    """Usage errors exit with code 2 and one German line, as administrators' scripts expect."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"mfd: Aufruf fehlerhaft: {message}\n")
        raise SystemExit(ExitCode.USAGE)


def common_options() -> argparse.ArgumentParser:
    """Options every subcommand accepts after its name (`mfd check --data-dir DIR`)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="Datenverzeichnis (sonst MFD_DATA_DIR oder das Standardverzeichnis)",
    )
    return common


def command_modules() -> list[str]:
    return sorted(
        f"{commands_pkg.__name__}.{info.name}"
        for info in pkgutil.iter_modules(commands_pkg.__path__)
        if not info.name.startswith("_")
    )


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = GermanArgumentParser(
        prog="mfd",
        description="MFD Desktop – Kommandozeile für Administration und Automatisierung",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"mfd {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="BEFEHL",
                                       parser_class=GermanArgumentParser)
    subparsers.required = True
    for name in command_modules():
        importlib.import_module(name).register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    use_private_umask()  # everything written from here on is 0600 / 0700 (POSIX)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        paths = resolve_data_paths(getattr(args, "data_dir", None))
        check_data_dir(paths.root)
    except UserError as exc:
        sys.stderr.write(f"mfd: {exc.render('de')}\n")
        return ExitCode.ERROR
    except OSError:  # e.g. a path the platform cannot even resolve
        sys.stderr.write("mfd: Das Datenverzeichnis ist nicht verwendbar.\n")
        return ExitCode.ERROR
    tighten_data_dir(paths.root)
    args.paths = paths
    configure_logging(paths.log_dir, to_stderr=False)
    try:
        return int(args.handler(args) or ExitCode.OK)
    except UserError as exc:
        sys.stderr.write(f"mfd: {exc.render('de')}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("mfd: abgebrochen.\n")
        return ExitCode.ERROR
    except OSError as exc:  # the file system refused (full disk, permissions, …): no traceback
        log.error("file system error %s in %s", exc.errno, args.command)
        sys.stderr.write(f"mfd: Dateizugriff fehlgeschlagen: {render(os_error_reason(exc), 'de')}.\n")
        return ExitCode.ERROR


if __name__ == "__main__":
    raise SystemExit(main())
