"""Error types shared by every layer.

`UserError` and its subclasses are *expected* failures of the environment or of
input: they carry a German message meant for the counsellor or administrator and an
exit code for the command line. Anything else that escapes is a bug in our code.
Messages never contain personal data, passphrases or key material.

Language: the message is a `Msg` from the keyed catalogue (mfd_desktop/messages.py),
rendered at the edge: `str(exc)` German (logs, the `mfd` command line),
`exc.render(language)` for the GUI (gui/i18n.gui_text). Outside the edges (gui/, cli/,
reports/) every error carries a `Msg`; the command line, which speaks only German, may
pass a German sentence (tests/test_errors.py checks both). Nothing here knows which
language is on screen.
"""

from __future__ import annotations

from mfd_desktop.messages import Msg


class ExitCode:
    OK = 0
    ERROR = 1
    USAGE = 2
    WRONG_SECRET = 3
    DAMAGED = 4


class UserError(Exception):
    """An expected failure with a message for the user.

    The message is a `Msg` (key + arguments, rendered at the edge: `render(language)`
    in the GUI, German for `str(exc)`, logs and the command line). The command line
    may pass a German sentence instead (it never shows another language).
    """

    exit_code = ExitCode.ERROR

    def __init__(self, message: Msg | str):
        self.msg = message if isinstance(message, Msg) else None
        super().__init__(message.render("de") if isinstance(message, Msg) else message)

    def render(self, language: str = "de") -> str:
        """The message in `language` (German where the catalogue has no other text)."""
        if self.msg is not None:
            return self.msg.render(language)
        return str(self)


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
