"""What the app shell calls: automatic backups, the reminder, restore after damage,
the single-instance lock. Each function is small and safe to call from the UI thread
(the slow parts run through `ctx.tasks`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.paths import DataPaths
from mfd_desktop.storage import backup
from mfd_desktop.storage.instance_lock import InstanceLock

log = logging.getLogger("mfd.gui.dataprotection")


def acquire_instance_lock(paths: DataPaths) -> InstanceLock:
    """Take the vault's single-instance lock at start-up; keep the returned object alive
    for the life of the app. Raises `VaultInUseError` (German message) if another window
    has the vault open — show it and quit."""
    return InstanceLock(paths).acquire()


def run_automatic_backup(ctx: AppContext, *, today: date | None = None,
                         on_done: Callable[[object], None] | None = None) -> int | None:
    """Start today's automatic backup (kept 7 days in <data dir>/backups) in the background,
    unless it exists. Failures are logged, not shown: the reminder covers the rest."""
    vault = ctx.vault
    if vault is None or backup.auto_backup_path(vault.paths, today or date.today()).exists():
        return None

    def failed(failure) -> None:
        log.warning("automatic backup failed: %s", type(failure.error).__name__)

    return ctx.tasks.run(lambda: backup.run_automatic_backup(vault, today=today),
                         on_done=on_done or (lambda _r: None), on_error=failed)


def install(ctx: AppContext) -> None:
    """Call once at start-up: after every unlock, today's automatic backup is made."""
    ctx.unlocked.connect(lambda: run_automatic_backup(ctx))


def backup_reminder(ctx: AppContext) -> str | None:
    """The German/English reminder for the dashboard or status bar, or None."""
    if not ctx.is_unlocked:
        return None
    days = int(ctx.settings.get("backup_reminder_days"))
    text = backup.backup_reminder(ctx.vault.conn, days)
    if text is None:
        return None
    last = backup.last_backup_at(ctx.vault.conn)
    if last is None:
        return QCoreApplication.translate(
            "DataProtection", "There is no backup on another drive yet. Please choose "
            "Settings › Backup › Create backup (for example onto a USB stick).")
    age = (date.today() - last.date()).days
    return QCoreApplication.translate(
        "DataProtection", "The last backup is {days} days old. Please create a new one under "
        "Settings › Backup (for example onto a USB stick).").format(days=age)


def offer_restore_after_damage(ctx: AppContext, parent: QWidget | None, passphrase: str | None,
                               recovery: str | None = None, *, lock_held: bool = True,
                               on_restored: Callable[[object], None] | None = None,
                               ask: Callable[[], bool] | None = None) -> bool:
    """For the unlock screen when unlocking failed with `VaultDamagedError`.

    Asks the counsellor, then restores the newest backup that verifies with the typed
    secret (from <data dir>/backups); the damaged vault is moved aside, not deleted.
    Returns False if the counsellor declined or there is no backup at all. The result
    (a `RestoreResult` or None = no good backup) goes to `on_restored` on the UI thread;
    then unlock again with the same passphrase."""
    if not backup.list_backups(ctx.paths.backups):
        return False
    if ask is None:
        def ask() -> bool:
            answer = QMessageBox.question(
                parent, QCoreApplication.translate("DataProtection", "Vault damaged"),
                QCoreApplication.translate(
                    "DataProtection", "The vault is damaged. Restore the newest good backup "
                    "now? The damaged vault is kept aside, nothing is deleted. Changes made "
                    "after that backup are missing afterwards."))
            return answer == QMessageBox.StandardButton.Yes
    if not ask():
        return False

    def done(result) -> None:
        if result is None:
            QMessageBox.warning(
                parent, QCoreApplication.translate("DataProtection", "Restore"),
                QCoreApplication.translate("DataProtection",
                                           "No backup could be opened with this passphrase."))
        if on_restored is not None:
            on_restored(result)

    def failed(failure) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("DataProtection", "Restore"),
                            failure.message)

    paths, below = ctx.paths, ctx.allow_below_floor
    ctx.tasks.run(lambda: backup.restore_newest_good_backup(
        paths, passphrase=passphrase, recovery=recovery, allow_below_floor=below,
        lock_held=lock_held), on_done=done, on_error=failed)
    return True


def user_message(exc: BaseException) -> str:
    return gui_text(exc) if isinstance(exc, UserError) else str(type(exc).__name__)
