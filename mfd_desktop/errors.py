"""Error types shared by every layer.

`UserError` and its subclasses are *expected* failures of the environment or of
input: they carry a German message meant for the counsellor or administrator and an
exit code for the command line. Anything else that escapes is a bug in our code.
Messages never contain personal data, passphrases or key material.

Language: the message is a `Msg` from the keyed catalogue (mfd_desktop/messages.py),
rendered at the edge: `str(exc)` German (logs, the `mfd` command line),
`exc.render(language)` for the GUI (gui/i18n.gui_text). storage, security, sync,
settings, policy, paths and release signing raise only `Msg` errors.

Transitional, while domain/, checklists/ and stats/ move to the catalogue: a German
string with its English twin (`en=`) is still accepted, and `exc.message` renders in
the language the GUI pushes with `set_display_language()`; remove `en=`, `message_en`,
`display_language`, `in_language` and the global once no package uses them
(tests/test_errors.py lists which packages are on which form).
"""

from __future__ import annotations

from mfd_desktop.messages import Msg

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
    """An expected failure with a message for the user.

    The message is a `Msg` (key + arguments, rendered at the edge: `render(language)`
    in the GUI, German for `str(exc)`, logs and the command line). During the move to
    the keyed catalogue a German string with an optional English twin (`en=`) is still
    accepted; new code passes a `Msg`.
    """

    exit_code = ExitCode.ERROR

    def __init__(self, message: Msg | str, *, en: str | None = None):
        self.msg = message if isinstance(message, Msg) else None
        german = message.render("de") if isinstance(message, Msg) else message
        super().__init__(german)
        self.message_de = german
        # transitional: code not yet on the catalogue still reads message_en
        self.message_en = message.render("en") if isinstance(message, Msg) else en

    def render(self, language: str = "de") -> str:
        """The message in `language` (German where there is no English text)."""
        if self.msg is not None:
            return self.msg.render(language)
        return in_language(self.message_de, self.message_en, language)

    @property
    def message(self) -> str:
        """The message in the display language; German when there is no English text."""
        return self.render(_display_language)


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
