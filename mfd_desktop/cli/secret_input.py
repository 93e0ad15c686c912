"""Reading passphrases and recovery keys: from the terminal, or one line each from stdin.

With `--passphrase-stdin`, `--recovery-key-stdin` and `--new-passphrase-stdin`, the
lines are read in a fixed order: the current passphrase or recovery key first, then
the new passphrase. Secrets are never echoed, logged or put on the command line.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TextIO

from mfd_desktop.errors import UserError
from mfd_desktop.security.passphrase_policy import assess


def add_stdin_options(parser: argparse.ArgumentParser, *, current: bool = False,
                      recovery: bool = False, new: bool = False) -> None:
    if current:
        parser.add_argument("--passphrase-stdin", action="store_true",
                            help="Passphrase als erste Zeile von der Standardeingabe lesen")
    if recovery:
        parser.add_argument("--recovery-key-stdin", action="store_true",
                            help="Wiederherstellungsschlüssel als erste Zeile der Standardeingabe")
    if new:
        parser.add_argument("--new-passphrase-stdin", action="store_true",
                            help="neue Passphrase als (nächste) Zeile der Standardeingabe")


class SecretReader:
    def __init__(self, stdin: TextIO | None = None):
        self._stdin = stdin or sys.stdin

    def _line(self, what: str) -> str:
        line = self._stdin.readline()
        if not line:
            raise UserError(f"Auf der Standardeingabe fehlt die Zeile für: {what}.")
        return line.rstrip("\r\n")

    def current(self, args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
        if getattr(args, "passphrase_stdin", False):
            return self._line("Passphrase")
        return _prompt(prompt)

    def recovery_key(self, args: argparse.Namespace) -> str:
        if getattr(args, "recovery_key_stdin", False):
            return self._line("Wiederherstellungsschlüssel")
        return _prompt("Wiederherstellungsschlüssel: ")

    def new_passphrase(self, args: argparse.Namespace) -> str:
        if getattr(args, "new_passphrase_stdin", False):
            value = self._line("neue Passphrase")
        else:
            value = _prompt("Neue Passphrase: ")
            if _prompt("Neue Passphrase wiederholen: ") != value:
                raise UserError("Die beiden Eingaben stimmen nicht überein.")
        verdict = assess(value)
        if not verdict.acceptable:
            raise UserError(verdict.hint)
        return value


def _prompt(text: str) -> str:
    if not sys.stdin.isatty():
        raise UserError(
            "Keine Eingabe möglich: bitte im Terminal aufrufen oder die Option …-stdin verwenden."
        )
    return getpass.getpass(text, stream=sys.stderr)
