"""The one top-level window: lock screen while locked, navigation shell while unlocked.

Layout, menus, actions and their texts are the Qt Designer form ui/main_window.ui
(compiled to `gui/forms/ui_main_window.py` by scripts/compile_forms.py).

Locking (toolbar "Lock", Ctrl+L, auto-lock after inactivity, session lock or suspend)
always goes through `ctx.lock()`: pages and drafts are saved on `locking`, then the
vault closes and the lock screen replaces the shell. 30 seconds before the auto-lock a
warning bar counts down (gui/lock/idle_warning.py); „Sichtschutz“ (F12) hides every
window while the vault stays open (gui/lock/privacy_screen.py).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from mfd_desktop import APP_NAME
from mfd_desktop.gui import page_registry
from mfd_desktop.gui.auto_lock import AutoLock
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.dataprotection import hooks as data_protection_hooks
from mfd_desktop.gui.forms.ui_main_window import Ui_MainWindow
from mfd_desktop.gui.icons import app_icon, icon
from mfd_desktop.gui.lock.idle_warning import IdleWarning
from mfd_desktop.gui.lock.privacy_screen import PrivacyScreen
from mfd_desktop.gui.session_watch import SessionWatch
from mfd_desktop.gui.shell import Shell
from mfd_desktop.gui.unlock_screen import UnlockScreen

log = logging.getLogger("mfd.gui.window")


class MainWindow(QMainWindow):
    """Controller of the form ui/main_window.ui (menus, toolbar, stack, status bar)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 auto_lock: AutoLock | None = None, watch_session: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        # The two screens first, then the form: keeps the keyboard focus chain as it was.
        self.unlock_screen = UnlockScreen(ctx, self)
        self.shell = Shell(ctx, self)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.stack = self.ui.stack
        self.stack.addWidget(self.unlock_screen)
        self.stack.addWidget(self.shell)
        self._wire_actions()
        self.auto_lock = auto_lock or AutoLock(ctx.settings, parent=self)
        self.auto_lock.lock_requested.connect(self.lock)
        self.idle_warning = IdleWarning(self, self.auto_lock)
        self.privacy = PrivacyScreen(ctx, self, self.auto_lock, allowed=(self.lock_action,))
        self.privacy.lock_requested.connect(self.lock)
        self.privacy_action.triggered.connect(self.privacy.engage)
        self.session_watch = SessionWatch(self, use_dbus=watch_session) if watch_session else None
        if self.session_watch is not None:
            self.session_watch.lock_requested.connect(self.lock)
        ctx.locking.connect(self._on_locking)
        ctx.locked.connect(self._on_locked)
        ctx.unlocked.connect(self._on_unlocked)
        self.resize(1280, 800)
        if ctx.is_unlocked:
            self._on_unlocked()
        else:
            self._on_locked()

    # ----- actions and menus ----------------------------------------------------------------

    def _wire_actions(self) -> None:
        """Texts, shortcuts and layout come from the form; here: icons and slots."""
        ui = self.ui
        self.lock_action, self.settings_action = ui.lockAction, ui.settingsAction
        self.privacy_action = ui.privacyAction
        self.about_action, self.quit_action = ui.aboutAction, ui.quitAction
        self.take_over_action, self.handover_key_action = ui.takeOverAction, ui.handoverKeyAction
        self.file_menu, self.tools_menu, self.help_menu = ui.fileMenu, ui.toolsMenu, ui.helpMenu
        self.toolbar = ui.mainToolbar
        self.lock_action.setIcon(icon("lock.svg"))
        self.privacy_action.setIcon(icon("privacy.svg"))
        self.settings_action.setIcon(icon("settings.svg"))
        # A platform's own key for preferences (not expressible as text in the form).
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.lock_action.triggered.connect(self.lock)
        self.settings_action.triggered.connect(self.open_settings)
        self.about_action.triggered.connect(self.open_about)
        self.handbook_action = ui.handbookAction
        self.handbook_action.triggered.connect(self.open_handbook)
        self.take_over_action.triggered.connect(self.take_over_case)
        self.handover_key_action.triggered.connect(self.show_handover_key)
        self.quit_action.triggered.connect(self.close)
        spacer = QWidget(self.toolbar)  # pushes Sichtschutz and Lock to the right end
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding,
                             spacer.sizePolicy().Policy.Preferred)
        self.toolbar.insertWidget(self.privacy_action, spacer)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----- lock and unlock ------------------------------------------------------------------

    def lock(self) -> None:
        self.ctx.lock()

    @property
    def shows_lock_screen(self) -> bool:
        return self.stack.currentWidget() is self.unlock_screen

    def _on_locking(self) -> None:
        self.privacy.release()
        self.shell.on_locking()

    def _on_locked(self) -> None:
        self.privacy.release()
        self.auto_lock.disarm()
        self._close_dialogs()
        self.unlock_screen.reset()
        self.stack.setCurrentWidget(self.unlock_screen)
        for action in (self.lock_action, self.settings_action, self.take_over_action,
                       self.handover_key_action, self.privacy_action):
            action.setEnabled(False)
        self.toolbar.hide()
        self.statusBar().clearMessage()
        self.unlock_screen.focus_passphrase()
        # While the passphrase is typed: import the first pages' modules (once).
        QTimer.singleShot(0, self, page_registry.preload)

    def _on_unlocked(self) -> None:
        self.stack.setCurrentWidget(self.shell)
        for action in (self.lock_action, self.settings_action, self.take_over_action,
                       self.handover_key_action, self.privacy_action):
            action.setEnabled(True)
        self.toolbar.show()
        self.shell.on_unlocked()
        self.auto_lock.arm()
        self.show_backup_reminder()

    def show_backup_reminder(self) -> None:
        """Remind in the status bar when the last backup to another drive is too old."""
        reminder = data_protection_hooks.backup_reminder(self.ctx)
        if reminder:
            self.statusBar().showMessage(reminder)
        else:
            self.statusBar().clearMessage()

    # ----- dialogs --------------------------------------------------------------------------

    @staticmethod
    def _close_dialogs() -> None:
        """After the lock no dialog stays open: a print preview, a letter or a form can show
        a client's data. Drafts were saved while locking (draft_keeper), before this."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def open_settings(self) -> None:
        """Datei › Einstellungen… shows the settings page: settings live in one place."""
        if self.ctx.is_unlocked:
            self.shell.show_page("settings")

    def take_over_case(self) -> None:
        """Import a case a colleague handed over (encrypted file + one-time passphrase)."""
        from mfd_desktop.gui.dataprotection.transfer_import import import_handover

        import_handover(self.ctx, self)

    def show_handover_key(self) -> None:
        """This vault's handover key, for colleagues who hand a case over to us."""
        from mfd_desktop.gui.dataprotection.handover_key import HandoverKeyDialog

        if self.ctx.is_unlocked:
            HandoverKeyDialog(self.ctx, self).exec()

    def open_handbook(self) -> None:
        """F1: the user guide at the chapter of the page on screen (also while locked)."""
        from mfd_desktop.gui.help.handbook_dialog import open_handbook

        page = self.shell.current_key() if not self.shows_lock_screen else None
        self.handbook_dialog = open_handbook(self, page)

    def open_about(self) -> None:
        from mfd_desktop.gui.about_dialog import AboutDialog

        AboutDialog(self.ctx, self).exec()

    # ----- quitting -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Closing the window locks first, so drafts are saved and the key is wiped."""
        self.ctx.lock()
        self.ctx.tasks.wait_for_all(5000)
        event.accept()


