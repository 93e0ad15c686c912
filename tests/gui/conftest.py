"""GUI test fixtures. Offscreen Qt unless run-tests/test-session chose xcb under Xvfb."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from mfd_desktop.gui.context import AppContext  # noqa: E402


@pytest.fixture
def ctx(qapp, data_paths):
    """An AppContext on a fresh data dir (no vault yet); fast-KDF vaults may be unlocked."""
    context = AppContext(data_paths)
    context.allow_below_floor = True
    yield context
    context.tasks.wait_for_all(10_000)
    context.lock()
    context.deleteLater()


@pytest.fixture
def unlocked_ctx(ctx, make_vault):
    vault, _rkey = make_vault()
    ctx.set_unlocked(vault)
    return ctx
