"""Start of the desktop app (`mfd-desktop`, `python -m mfd_desktop`).

`mfd-desktop [--data-dir DIR]` (or MFD_DATA_DIR): logging, translations (German unless
the language setting says English), then the first-run wizard if there is no vault
yet, else the main window with its lock screen. Files are created owner-only (umask
077) and an unusable data directory gets a German message instead of a crash.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from mfd_desktop import APP_ID, APP_NAME, __version__, policy
from mfd_desktop import settings as settings_mod
from mfd_desktop.errors import PolicyError, UserError
from mfd_desktop.gui import gc_guard, none_guard
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.dataprotection import hooks as data_protection_hooks
from mfd_desktop.gui.first_run_wizard import FirstRunWizard
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.gui.icons import app_icon
from mfd_desktop.gui.main_window import MainWindow
from mfd_desktop.gui.profile_chooser import choose_profile
from mfd_desktop.gui.sync import background as background_sync
from mfd_desktop.gui.tasks import show_failure
from mfd_desktop.log_setup import configure_logging
from mfd_desktop.paths import (
    check_data_dir,
    resolve_data_paths,
    tighten_data_dir,
    use_private_umask,
)
from mfd_desktop.storage.profiles import ProfileStore
from mfd_desktop.storage.vault import vault_exists

log = logging.getLogger("mfd.gui.app")


class AppController(QObject):
    """Chooses between the first-run wizard and the main window."""

    def __init__(self, ctx: AppContext, *, wizard_options: dict | None = None,
                 window_options: dict | None = None):
        super().__init__(ctx)
        self.ctx = ctx
        self.wizard: FirstRunWizard | None = None
        self.window: MainWindow | None = None
        self._wizard_options = wizard_options or {}
        self._window_options = window_options or {}

    def start(self) -> None:
        if vault_exists(self.ctx.paths):
            self.show_window()
            return
        app = QApplication.instance()
        app.setQuitOnLastWindowClosed(False)
        self.wizard = FirstRunWizard(self.ctx, **self._wizard_options)
        self.wizard.accepted.connect(self._wizard_done)
        self.wizard.rejected.connect(self._wizard_cancelled)
        self.wizard.show()

    def show_window(self) -> MainWindow:
        QApplication.instance().setQuitOnLastWindowClosed(True)
        self.window = MainWindow(self.ctx, **self._window_options)
        self.window.show()
        if not self.ctx.is_unlocked:
            self.window.unlock_screen.focus_passphrase()
        return self.window

    def _wizard_done(self) -> None:
        wizard = self.wizard
        assert wizard is not None and wizard.vault is not None
        remember = wizard.remember_requested()
        self.ctx.set_unlocked(wizard.vault)
        self.show_window()
        if remember and self.ctx.vault is not None:
            self.ctx.tasks.run(self.ctx.vault.remember_on_device,
                               on_error=lambda f: show_failure(f, self.window))
        wizard.deleteLater()
        self.wizard = None

    def _wizard_cancelled(self) -> None:
        log.info("first-run setup cancelled before a vault was created")
        QApplication.instance().quit()


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="mfd-desktop", description=APP_NAME)
    parser.add_argument("--data-dir", metavar="DIR", default=None,
                        help="Datenverzeichnis (sonst MFD_DATA_DIR oder das Standardverzeichnis)")
    parser.add_argument("--version", action="version", version=f"mfd-desktop {__version__}")
    return parser.parse_known_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    if "--self-test" in (sys.argv if argv is None else argv):
        from mfd_desktop.self_test import run_self_test  # the admins' installation check
        return run_self_test()
    use_private_umask()  # everything written from here on is 0600 / 0700 (POSIX)
    argv = list(sys.argv if argv is None else argv)
    args, qt_args = parse_args(argv[1:])
    unusable = None
    try:
        paths = resolve_data_paths(args.data_dir)
        check_data_dir(paths.root)
    except UserError as exc:
        unusable = gui_text(exc)
    except OSError:
        unusable = "Das Datenverzeichnis ist nicht verwendbar."
    else:
        tighten_data_dir(paths.root)
        configure_logging(paths.log_dir)
    app = QApplication.instance() or QApplication([argv[0] if argv else "mfd-desktop", *qt_args])
    if unusable is not None:  # before any window: say why, start nothing
        QMessageBox.critical(None, APP_NAME, unusable)
        return 1
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    gc_guard.install(app)
    none_guard.start(app)  # PySide6 6.12 drops references to None (see none_guard.py)
    try:
        profiles = ProfileStore(paths.root).list()
    except UserError as exc:  # a damaged profiles.json: say so, open nothing
        QMessageBox.warning(None, APP_NAME, gui_text(exc))
        return 1
    if len(profiles) > 1:  # several counsellors share this laptop: whose vault?
        chosen = choose_profile(profiles)
        if chosen is None:
            return 0
        paths = chosen.paths
        tighten_data_dir(paths.root)  # a profile folder made 0755 by an older version
        configure_logging(paths.log_dir)
    try:
        policy_kwargs = policy.settings_service_kwargs(paths)
    except PolicyError as exc:
        log.error("the administrator's policy is invalid; not starting")
        QMessageBox.critical(None, APP_NAME, gui_text(exc))
        return 1
    ctx = AppContext(paths, **policy_kwargs)
    ctx.translations.apply(ctx.settings.get(settings_mod.LANGUAGE.key))
    try:  # one window per vault: a second one would keep its own drafts
        instance_lock = data_protection_hooks.acquire_instance_lock(paths)
    except UserError as exc:
        QMessageBox.warning(None, APP_NAME, gui_text(exc))
        ctx.translations.remove()
        return 1
    ctx.instance_lock = instance_lock
    data_protection_hooks.install(ctx)  # today's automatic backup after each unlock
    background_sync.install(ctx)  # pushes released statistics when online
    controller = AppController(ctx)
    controller.start()
    log.info("desktop app started (version %s)", __version__)
    code = app.exec()
    ctx.lock()
    ctx.tasks.wait_for_all(5000)
    ctx.translations.remove()
    instance_lock.release()
    return code
