"""The demo vault's data (as `mfd demo` makes it) in a fast test vault, unlocked."""

from __future__ import annotations

import pytest

# The populators in the order `mfd demo` runs them (clients first). An earlier test may
# have imported one of the modules before the others, so `POPULATORS` is sorted here.
ORDER = ("mfd_desktop.domain.casework.demo_data", "mfd_desktop.domain.deadlines.demo_deadlines",
         "mfd_desktop.checklists.demo_checklists", "mfd_desktop.reports.demo_attachments",
         "mfd_desktop.domain.appointments.demo_appointments")


def _rank(populate) -> int:
    module = getattr(populate, "__module__", "")
    return ORDER.index(module) if module in ORDER else len(ORDER)


@pytest.fixture
def demo_ctx(unlocked_ctx):
    from mfd_desktop.demo import POPULATORS, _load_populators

    _load_populators()
    for populate in sorted(POPULATORS, key=_rank):
        populate(unlocked_ctx.vault.conn)
    return unlocked_ctx
