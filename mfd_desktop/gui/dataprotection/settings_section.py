"""„Sicherung“ in the settings dialog: make a backup to a chosen folder or restore one
(gui/dataprotection/restore_dialog.py), see when the last one was made, set the reminder and the retention period, open the Löschfristen
and the audit log.

The backup runs in a worker (`ctx.tasks`) with its own connection and a WAL snapshot,
so the counsellor can keep working; progress shows in the bar. Layout and fixed texts:
the form ui/backup_settings_section.ui."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QWidget

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_backup_settings_section import Ui_BackupSettingsSection
from mfd_desktop.gui.page_base import SettingsSection
from mfd_desktop.settings import BACKUP_REMINDER_DAYS, RETENTION_YEARS
from mfd_desktop.storage import backup


def backup_file_name(day: dt.date | None = None) -> str:
    return f"mfd-sicherung-{(day or dt.date.today()).isoformat()}{backup.SUFFIX}"


class BackupSettingsSection(SettingsSection):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = ui = Ui_BackupSettingsSection()
        ui.setupUi(self)
        self.backup_box, self.rules_box, self.form = ui.backupBox, ui.rulesBox, ui.rulesForm
        self.last_label, self.status = ui.lastBackupLabel, ui.backupStatus
        self.create_button, self.progress = ui.createBackupButton, ui.backupProgress
        self.reminder_label, self.reminder_days = ui.reminderLabel, ui.reminderDays
        self.retention_label, self.retention_years = ui.retentionLabel, ui.retentionYears
        self.retention_button, self.audit_button = ui.retentionButton, ui.auditButton
        self.progress.setRange(0, 100)
        self.reminder_days.setRange(BACKUP_REMINDER_DAYS.minimum or 1,
                                    BACKUP_REMINDER_DAYS.maximum or 90)
        self.retention_years.setRange(RETENTION_YEARS.minimum or 1, RETENTION_YEARS.maximum or 30)
        self.create_button.clicked.connect(self.choose_and_create)
        ui.restoreBackupButton.clicked.connect(self.open_restore)
        self.retention_button.clicked.connect(self.open_retention)
        self.audit_button.clicked.connect(self.open_audit)
        self._task: int | None = None
        self.load()
        self.retranslate()

    # ----- texts -----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Backup")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._show_last()

    def _show_last(self) -> None:
        if not self.ctx.is_unlocked:  # also reached by a language change while locked
            self.last_label.setText("")
            return
        last = backup.last_backup_at(self.ctx.vault.conn)
        if last is None:
            self.last_label.setText(self.tr("No backup on another drive yet. The backup file "
                                            "opens only with your passphrase or recovery key."))
        else:
            local = last.astimezone().strftime("%d.%m.%Y %H:%M")
            self.last_label.setText(self.tr("Last backup: {when}. The backup file opens only "
                                            "with your passphrase or recovery key.")
                                    .format(when=local))

    # ----- values ----------------------------------------------------------------------

    def load(self) -> None:
        s = self.ctx.settings
        self.reminder_days.setValue(int(s.get("backup_reminder_days")))
        self.retention_years.setValue(int(s.get("retention_years")))
        self.reminder_days.setEnabled(not s.is_locked("backup_reminder_days"))
        self.retention_years.setEnabled(not s.is_locked("retention_years"))

    def apply(self) -> None:
        s = self.ctx.settings
        if not s.is_locked("backup_reminder_days"):
            s.set("backup_reminder_days", self.reminder_days.value())
        if not s.is_locked("retention_years"):
            s.set("retention_years", self.retention_years.value())

    # ----- backup ----------------------------------------------------------------------

    def choose_and_create(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the backup "
                                                                "(for example a USB stick)"))
        if folder:
            self.create_in(Path(folder))

    def create_in(self, folder: Path) -> int | None:
        """Start the backup into `folder` (tests call this directly)."""
        vault = self.ctx.vault
        if vault is None or self._task is not None:
            return None
        target = Path(folder) / backup_file_name()
        self.create_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Creating backup… You can keep working."))

        def work(progress):
            return backup.create_backup(vault, target,
                                        progress=lambda f: progress(int(f * 100), 100))

        self._task = self.ctx.tasks.run(work, on_done=self._done, on_error=self._failed,
                                        progress=self._progress)
        return self._task

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setValue(int(done * 100 / total))

    def _finish(self) -> None:
        self._task = None
        self.create_button.setEnabled(True)
        self.progress.setVisible(False)

    def _done(self, info) -> None:
        self._finish()
        self.status.setText(self.tr("Backup saved: {path}").format(path=str(info.path)))
        self._show_last()

    def _failed(self, failure) -> None:
        self._finish()
        self.status.setText(failure.message)

    # ----- restore ---------------------------------------------------------------------

    def open_restore(self, dialog=None) -> int | None:
        """Ask for the file and passphrase, verify, confirm; then lock and restore. The
        outcome is shown on the main window: locking closes the settings dialog."""
        from mfd_desktop.gui.dataprotection.restore_dialog import RestoreDialog, start_restore

        window = self.window()
        main = window if isinstance(window, QMainWindow) else window.parentWidget()
        dialog = dialog or RestoreDialog(self.ctx, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.path is None:
            return None
        passphrase, recovery = dialog.secret()
        return start_restore(self.ctx, main, dialog.path, passphrase, recovery)

    # ----- dialogs ---------------------------------------------------------------------

    def open_retention(self) -> None:
        from mfd_desktop.gui.dataprotection.retention_view import RetentionDialog

        RetentionDialog(self.ctx, self, years=self.retention_years.value()).exec()

    def open_audit(self) -> None:
        from mfd_desktop.gui.dataprotection.audit_view import AuditLogDialog

        AuditLogDialog(self.ctx, self).exec()
