"""Sync settings as the app and `mfd` see them: the administrator's policy wins.

Reads `sync_server_url`, `sync_ca_file` and `sync_interval_minutes` through
`SettingsService` with the policy's locked values, plus the policy's preset
enrolment code (for mass roll-out), if any.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mfd_desktop import settings as settings_mod
from mfd_desktop.messages import Msg
from mfd_desktop.paths import DataPaths


@dataclass(frozen=True)
class SyncConfig:
    server_url: str
    ca_file: str
    interval_minutes: int
    enrolment_code: str
    server_url_locked: bool
    ca_file_locked: bool


def settings_service(paths: DataPaths, conn_provider: Callable[[], Any] | None = None
                     ) -> tuple[settings_mod.SettingsService, Any]:
    from mfd_desktop import policy as policy_mod

    pol = policy_mod.load_policy()
    kwargs = pol.settings_service_kwargs() if pol is not None else {}
    return settings_mod.SettingsService(paths.preferences, conn_provider, **kwargs), pol


def from_settings(service: settings_mod.SettingsService, pol: Any = None) -> SyncConfig:
    return SyncConfig(
        server_url=str(service.get(settings_mod.SYNC_SERVER_URL.key) or ""),
        ca_file=str(service.get(settings_mod.SYNC_CA_FILE.key) or ""),
        interval_minutes=int(service.get(settings_mod.SYNC_INTERVAL_MINUTES.key)),
        enrolment_code=str(getattr(pol, "enrolment_code", None) or ""),
        server_url_locked=service.is_locked(settings_mod.SYNC_SERVER_URL.key),
        ca_file_locked=service.is_locked(settings_mod.SYNC_CA_FILE.key),
    )


def load(paths: DataPaths, conn_provider: Callable[[], Any] | None = None) -> SyncConfig:
    service, pol = settings_service(paths, conn_provider)
    return from_settings(service, pol)


def adopt_site_id(service: settings_mod.SettingsService, site_id: str) -> Msg | None:
    """After enrolment: take the server's site id as the statistics site id if none is
    set yet. Returns a warning when a different one is set (the server would refuse
    statistics released with it), else None; the caller renders it."""
    key = settings_mod.STATS_SITE_ID.key
    current = str(service.get(key) or "")
    if not current and not service.is_locked(key):
        service.set(key, site_id)
        return None
    if current and current != site_id:
        return Msg("sync.site_id_mismatch", current=current, site_id=site_id)
    return None
