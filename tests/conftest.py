"""Shared fixtures: a fresh data directory per test and vaults with fast KDF parameters.

Production code refuses KDF parameters below the floor; these fixtures pass
`allow_below_floor=True` explicitly, and tests/security/test_kdf.py checks the refusal.
"""

from __future__ import annotations

import os
import shutil
import sys

import pytest

from mfd_desktop.paths import DataPaths
from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.storage import migrations
from mfd_desktop.storage.vault import Vault

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSPHRASE = "Kaffee Mainz Brücke Sonne"


def pytest_configure(config):
    """Compile the Qt Designer forms (ui/*.ui, build output) before any GUI module is
    imported; forms whose module is current are skipped."""
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "compile_forms.py"
    if not script.exists():  # a copy of this file in a pytester sandbox
        return
    spec = importlib.util.spec_from_file_location("compile_forms", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main([])


@pytest.fixture(autouse=True)
def _no_ambient_data_dir(monkeypatch):
    # Tests must never touch a real user's data directory.
    monkeypatch.delenv("MFD_DATA_DIR", raising=False)


@pytest.fixture(autouse=True)
def _umask_restored():
    # `mfd` and `mfd-desktop` set umask 077 for their process; a test that calls their
    # main() in-process must not change the file modes of the tests after it.
    before = os.umask(0o022)
    os.umask(before)
    yield
    os.umask(before)


@pytest.fixture(autouse=True)
def _no_window_left_open(request):
    """A test that leaves a window on screen fails, and the window is closed.

    A visible window from an earlier test (a dialog, a second main window holding a
    vault) makes later GUI tests fail depending on their order. Qt is looked up only if
    the test already imported it, so tests without Qt stay Qt-free. Hidden top-level
    widgets (combo-box popups, menus, pages a test kept a reference to) are not counted.
    """
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets else None
    before = {id(w) for w in app.topLevelWidgets() if w.isVisible()} if app else set()
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets else None
    if app is None:
        return
    app.processEvents()
    left = [w for w in app.topLevelWidgets() if w.isVisible() and id(w) not in before]
    for window in left:
        window.close()
    if left:
        names = ", ".join(f"{type(w).__name__}({w.objectName()!r})" for w in left)
        pytest.fail(f"{request.node.nodeid} left a window open: {names}", pytrace=False)


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:
    root = tmp_path / "data"
    return DataPaths(root=root, log_dir=root / "logs")


@pytest.fixture
def make_vault(data_paths):
    """Factory: an unlocked vault (and its recovery key) in `data_paths`; locked at teardown."""
    made: list[Vault] = []

    def factory(passphrase: str = PASSPHRASE, paths: DataPaths | None = None):
        vault, rkey = Vault.create(paths or data_paths, passphrase, kdf_params=FAST_KDF,
                                   allow_below_floor=True)
        made.append(vault)
        return vault, rkey

    yield factory
    for vault in made:
        vault.lock()


@pytest.fixture
def vault_at_schema(tmp_path, monkeypatch, make_vault):
    """Factory: an unlocked vault created as the app was when migration `version` was the
    newest, to fill with rows of that time. Lock it; the next `unlock()` migrates it to
    today's schema, as opening an old vault in a new build does."""

    def make(version: int) -> Vault:
        old = tmp_path / f"db-{version:04d}"
        old.mkdir()
        for migration in migrations.available():
            if migration.version <= version:
                shutil.copy(migration.path, old / migration.path.name)
        with monkeypatch.context() as patched:
            patched.setattr(migrations, "migrations_dir", lambda: old)
            vault, _ = make_vault()
        assert migrations.current_version(vault.conn) == version
        return vault

    return make


@pytest.fixture
def vault(make_vault) -> Vault:
    return make_vault()[0]


@pytest.fixture
def unlock(data_paths):
    """Unlock the vault in `data_paths` again with the test passphrase (fast KDF allowed)."""

    def do(passphrase: str = PASSPHRASE, paths: DataPaths | None = None) -> Vault:
        return Vault.unlock_with_passphrase(paths or data_paths, passphrase, allow_below_floor=True)

    return do


def snapshot_files(root) -> dict[str, bytes]:
    """Every file below `root` with its bytes, to prove that something changed nothing."""
    out = {}
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(dirpath, name)
            with open(path, "rb") as handle:
                out[os.path.relpath(path, root)] = handle.read()
    return out


@pytest.fixture(autouse=True)
def _none_references_topped_up():
    """PySide6 6.12 drops a reference to None with every void Qt call (gui/none_guard.py):
    top up before each test, as the app's timer does, so a long run never reaches zero."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from mfd_desktop.gui import none_guard

        none_guard.top_up()
    yield

