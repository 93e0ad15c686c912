"""The demo vault: synthetic data only, no real persons, a published passphrase.

Each area of the app contributes demo records through a populator registered in
`POPULATORS` (a function taking the open connection). The demo vault uses the KDF
floor parameters so it opens quickly; its passphrase is printed by `mfd demo`.
"""

from __future__ import annotations

from collections.abc import Callable

from mfd_desktop.paths import DataPaths
from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.vault import Vault

DEMO_PASSPHRASE = "demo tresor mainz rhein"

Populator = Callable[[Connection], None]
POPULATORS: list[Populator] = []


def register_populator(func: Populator) -> Populator:
    POPULATORS.append(func)
    return func


def _load_populators() -> None:
    """Import the modules that register demo data, in this order (clients first)."""
    import importlib

    for name in ("mfd_desktop.domain.casework.demo_data", "mfd_desktop.domain.deadlines.demo_deadlines",
                 "mfd_desktop.checklists.demo_checklists",
                 "mfd_desktop.reports.demo_attachments",
                 "mfd_desktop.domain.appointments.demo_appointments",
                 "mfd_desktop.reports.demo_letters",
                 "mfd_desktop.domain.casework.demo_case_management"):
        importlib.import_module(name)


def create_demo_vault(paths: DataPaths) -> Vault:
    vault, _recovery = Vault.create(paths, DEMO_PASSPHRASE, kdf_params=KdfParams())
    _load_populators()
    for populate in POPULATORS:
        populate(vault.conn)
    vault.lock()
    return vault
