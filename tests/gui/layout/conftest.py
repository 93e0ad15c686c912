"""The demo vault's data (as `mfd demo` makes it) in a fast test vault, unlocked."""

from __future__ import annotations

import pytest


@pytest.fixture
def demo_ctx(unlocked_ctx):
    from mfd_desktop.demo import populators

    for populate in populators():  # in the order `mfd demo` runs them
        populate(unlocked_ctx.vault.conn)
    return unlocked_ctx
