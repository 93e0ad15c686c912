"""One SyncService per open vault, shared by the settings section and the background sync
(so their runs never overlap). Kept on the AppContext, not in a global."""

from __future__ import annotations

import logging

from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.messages import Msg
from mfd_desktop.sync import config as sync_config
from mfd_desktop.sync.client import SyncService

log = logging.getLogger("mfd.gui.sync")

_ATTR = "_sync_service"


def load_config(ctx: AppContext) -> sync_config.SyncConfig:
    pol = None
    try:
        from mfd_desktop import policy as policy_mod

        pol = policy_mod.load_policy()
    except UserError:
        log.warning("policy could not be read for the sync settings")
    return sync_config.from_settings(ctx.settings, pol)


def service_for(ctx: AppContext) -> SyncService:
    """The vault's SyncService (made on first use, replaced when another vault opens)."""
    vault = ctx.vault
    if vault is None:
        raise UserError(Msg("vault.locked"))
    cached = getattr(ctx, _ATTR, None)
    if cached is not None and cached[0] is vault:
        service = cached[1]
    else:
        service = SyncService(vault)
        setattr(ctx, _ATTR, (vault, service))
    service.ca_file = load_config(ctx).ca_file or None
    return service


def set_service(ctx: AppContext, service: SyncService) -> None:
    """Tests hand in a service with their own secret store and retry policy."""
    setattr(ctx, _ATTR, (ctx.vault, service))
