"""Where the device token is kept: the OS keyring, else inside the encrypted vault.

Never in a plain file. The keyring entry is named after the vault, so two vaults on
one laptop keep separate enrolments.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from mfd_desktop.security.os_keyring import KeyringUnavailable, SecretStore
from mfd_desktop.sync import state

log = logging.getLogger("mfd.sync.credentials")


def keyring_name(vault_id: str) -> str:
    return f"sync-token-{vault_id}"


class TokenStore:
    def __init__(self, vault_id: str, secret_store: SecretStore | None = None):
        self._vault_id = vault_id
        self._store = secret_store if secret_store is not None else SecretStore()

    def save(self, conn: Any, server_url: str, device_id: str, site_id: str, token: str) -> str:
        """Store the enrolment; returns where the token went ("keyring" or "vault")."""
        try:
            self._store.set(keyring_name(self._vault_id), token.encode("ascii"))
        except KeyringUnavailable:
            state.save_enrolment(conn, server_url, device_id, site_id, token_in_vault=token)
            log.info("sync token kept in the vault (no trusted keyring)")
            return "vault"
        state.save_enrolment(conn, server_url, device_id, site_id, token_in_vault=None)
        log.info("sync token kept in the OS keyring")
        return "keyring"

    def load(self, conn: Any) -> str | None:
        enrolment = state.enrolment(conn)
        if enrolment is None:
            return None
        if not enrolment.token_in_keyring:
            return state.vault_token(conn)
        try:
            secret = self._store.get(keyring_name(self._vault_id))
        except KeyringUnavailable:
            return None
        return secret.decode("ascii") if secret else None

    def forget(self, conn: Any) -> None:
        with contextlib.suppress(KeyringUnavailable):
            self._store.delete(keyring_name(self._vault_id))
        state.delete_enrolment(conn)
