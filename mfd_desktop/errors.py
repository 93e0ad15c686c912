"""Error types shared by every layer.

`UserError` and its subclasses are *expected* failures of the environment or of
input: they carry a German message meant for the counsellor or administrator and an
exit code for the command line. Anything else that escapes is a bug in our code.
Messages never contain personal data, passphrases or key material.
"""

from __future__ import annotations


class ExitCode:
    OK = 0
    ERROR = 1
    USAGE = 2
    WRONG_SECRET = 3
    DAMAGED = 4


class UserError(Exception):
    """An expected failure with a German message for the user."""

    exit_code = ExitCode.ERROR

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


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
