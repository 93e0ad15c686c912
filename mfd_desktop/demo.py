"""The demo vault: synthetic data only, no real persons, a published passphrase.

Each area of the app contributes demo records through a populator (a function taking
the open connection). `STEPS` lists them in the order they run, each with the steps
whose records it reads (`needs`): a populator picks „the first open clients“, „the case
with a checklist“ and so on, so it must run after the step that made them — and a step
that adds clients must run after the ones that pick among the clients, or its client
would be picked too. `check_order` refuses a list where a step comes before what it
needs. Importing a populator's module adds nothing: only `STEPS` decides what runs.

The demo vault uses the KDF floor parameters so it opens quickly; its passphrase is
printed by `mfd demo`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from mfd_desktop.paths import DataPaths
from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.vault import Vault

DEMO_PASSPHRASE = "demo tresor mainz rhein"

Populator = Callable[[Connection], None]


@dataclass(frozen=True)
class Step:
    name: str                   # what the step makes, as later steps name it in `needs`
    populator: str              # "module:function"
    needs: tuple[str, ...] = ()  # steps whose records it reads; they run before it


STEPS: tuple[Step, ...] = (
    Step("clients", "mfd_desktop.domain.casework.demo_data:populate"),
    # deadlines, follow-ups (for every title running out) on the first open clients
    Step("deadlines", "mfd_desktop.domain.deadlines.demo_deadlines:populate_deadlines",
         ("clients",)),
    Step("checklists", "mfd_desktop.checklists.demo_checklists:populate", ("clients",)),
    # on the first open case with a checklist, linked to its first checklist item
    Step("attachments", "mfd_desktop.reports.demo_attachments:populate_attachments",
         ("checklists",)),
    Step("appointments", "mfd_desktop.domain.appointments.demo_appointments:"
         "populate_appointments", ("clients",)),
    # in the case that holds the demo Bescheid
    Step("letters", "mfd_desktop.reports.demo_letters:populate_letters", ("attachments",)),
    # a client of its own, numbered after the others and kept out of the steps that pick
    # among the open clients
    Step("case_management", "mfd_desktop.domain.casework.demo_case_management:populate",
         ("clients", "deadlines", "checklists", "appointments")),
)


def check_order(steps: Sequence[Step]) -> None:
    """ValueError when a step comes before a step it needs (or needs one not listed)."""
    done: set[str] = set()
    names = {step.name for step in steps}
    for step in steps:
        for need in step.needs:
            if need not in done:
                where = "comes after it" if need in names else "is not in the list"
                raise ValueError(f"demo step {step.name!r} needs {need!r}, which {where}")
        done.add(step.name)


def populators(steps: Sequence[Step] = STEPS) -> list[Populator]:
    """The populator functions in the order of `steps` (checked first)."""
    check_order(steps)
    found: list[Populator] = []
    for step in steps:
        module, _colon, function = step.populator.partition(":")
        found.append(getattr(importlib.import_module(module), function))
    return found


def create_demo_vault(paths: DataPaths) -> Vault:
    vault, _recovery = Vault.create(paths, DEMO_PASSPHRASE, kdf_params=KdfParams())
    for populate in populators():
        populate(vault.conn)
    vault.lock()
    return vault
