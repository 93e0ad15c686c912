"""Error types shared by every layer.

`UserError` and its subclasses are *expected* failures of the environment or of
input: they carry a German message meant for the counsellor or administrator and an
exit code for the command line. Anything else that escapes is a bug in our code.
Messages never contain personal data, passphrases or key material.

Language: German is the message (`str(exc)`, logs of the command line, the `mfd`
interface). Errors a counsellor can meet in the app also carry the English text
(`en=`); `exc.message` gives the text in the app's display language, which the GUI
sets with `set_display_language()` when it switches language (tests/test_errors.py
lists the modules whose errors must have both).
"""

from __future__ import annotations

DISPLAY_LANGUAGES = ("de", "en")
_display_language = "de"


def set_display_language(language: str) -> None:
    """Language of `UserError.message` from now on ("de" or "en"; else German)."""
    global _display_language
    _display_language = language if language in DISPLAY_LANGUAGES else "de"


def display_language() -> str:
    return _display_language


def in_language(german: str, english: str | None, language: str = "de") -> str:
    """`english` when `language` is "en" and there is an English text, else `german`."""
    return english if language == "en" and english else german


class ExitCode:
    OK = 0
    ERROR = 1
    USAGE = 2
    WRONG_SECRET = 3
    DAMAGED = 4


class UserError(Exception):
    """An expected failure with a German message for the user (and an English one)."""

    exit_code = ExitCode.ERROR

    def __init__(self, message: str, *, en: str | None = None):
        super().__init__(message)
        self.message_de = message
        self.message_en = en

    @property
    def message(self) -> str:
        """The message in the display language; German when there is no English text."""
        if _display_language == "en" and self.message_en:
            return self.message_en
        return self.message_de


class WrongSecretError(UserError):
    """Passphrase, recovery key or keyring secret does not open the vault."""

    exit_code = ExitCode.WRONG_SECRET


class VaultDamagedError(UserError):
    """The vault or its key slots are damaged, tampered with or not a vault at all."""

    exit_code = ExitCode.DAMAGED


class VaultMissingError(UserError):
    """No vault exists in the data directory."""


class VaultExistsError(UserError):
    """A vault already exists where a new one would be created."""


class VaultTooNewError(UserError):
    """The vault was written by a newer version of the app."""


class VaultLockedError(UserError):
    """An operation needs an unlocked vault."""


class WeakKdfError(UserError):
    """KDF parameters below the security floor were requested."""


class PolicyError(UserError):
    """The administrator's policy file is invalid."""
