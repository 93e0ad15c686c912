"""GUI test fixtures. Offscreen Qt unless run-tests/test-session chose xcb under Xvfb."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from mfd_desktop.gui.context import AppContext  # noqa: E402
from tests.conftest import FAST_KDF  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations():
    """Build the .qm files (build output) if they are missing or older than the .ts."""
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", script)
    ut = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ut)

    stale = [ts for ts in ut.TS_DIR.glob("*.ts")
             if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        ut.main(["--release-only"])


@pytest.fixture(scope="session", autouse=True)
def _gc_on_ui_thread(qapp):
    """As in the app: no garbage collection in worker threads (see gui/gc_guard.py)."""
    from mfd_desktop.gui import gc_guard

    gc_guard.install(qapp)


def switch_language(ctx, qtbot, language: str) -> None:
    """Switch the app's language as the settings dialog does, and let widgets follow."""

    ctx.translations.apply(language)
    qtbot.wait(20)  # LanguageChange is delivered through the event loop
    from mfd_desktop.gui.i18n import current_language

    assert current_language() == language


@pytest.fixture
def ctx(qapp, data_paths):
    """An AppContext on a fresh data dir (no vault yet), German UI, fast KDF allowed."""
    context = AppContext(data_paths)
    context.allow_below_floor = True
    context.kdf_params = FAST_KDF
    context.translations.apply("de")
    yield context
    context.tasks.wait_for_all(10_000)
    qapp.processEvents()
    context.lock()
    context.translations.remove()
    context.deleteLater()


@pytest.fixture
def unlocked_ctx(ctx, make_vault):
    vault, _rkey = make_vault()
    ctx.set_unlocked(vault)
    return ctx
