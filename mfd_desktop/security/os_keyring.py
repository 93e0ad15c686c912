"""The OS credential store ("Auf diesem Gerät merken", device tokens for sync).

Only keyring's real backends count: the Secret Service (GNOME Keyring, KWallet),
macOS Keychain and Windows Credential Locker. The null and fail backends and any
keyrings.alt backend (some of which store secrets in plain files) are refused, so a
machine without a real store simply does not offer "merken".
"""

from __future__ import annotations

import base64
import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger("mfd.security.keyring")

SERVICE = "mfd-desktop"
_REFUSED_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_TRUSTED_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
)


class KeyringUnavailable(Exception):
    """No trustworthy OS credential store is available here."""


def _real_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    return list(inner) if inner is not None else [backend]


def is_trusted(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(_REFUSED_MODULE_PREFIXES):
        return False
    return module.startswith(_TRUSTED_MODULES)


def trusted_backend() -> KeyringBackend:
    """The active backend if it is a real OS store, else `KeyringUnavailable`."""
    backend = keyring.get_keyring()
    candidates = [b for b in _real_backends(backend) if is_trusted(b)]
    if not candidates:
        raise KeyringUnavailable(type(backend).__name__)
    return candidates[0]


def available() -> bool:
    try:
        trusted_backend()
    except KeyringUnavailable:
        return False
    return True


class SecretStore:
    """get/set/delete of binary secrets in the trusted OS store, keyed by a name."""

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE):
        self._backend = backend
        self._service = service

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is None:
            self._backend = trusted_backend()
        elif not is_trusted(self._backend):
            raise KeyringUnavailable(type(self._backend).__name__)
        return self._backend

    def set(self, name: str, secret: bytes) -> None:
        try:
            self.backend.set_password(self._service, name, base64.b64encode(secret).decode("ascii"))
        except keyring.errors.KeyringError as exc:
            log.warning("keyring refused to store a secret: %s", type(exc).__name__)
            raise KeyringUnavailable(str(type(exc).__name__)) from exc

    def get(self, name: str) -> bytes | None:
        try:
            value = self.backend.get_password(self._service, name)
        except keyring.errors.KeyringError as exc:
            log.warning("keyring read failed: %s", type(exc).__name__)
            raise KeyringUnavailable(type(exc).__name__) from exc
        if value is None:
            return None
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except ValueError:
            return None

    def delete(self, name: str) -> None:
        try:
            self.backend.delete_password(self._service, name)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(type(exc).__name__) from exc
