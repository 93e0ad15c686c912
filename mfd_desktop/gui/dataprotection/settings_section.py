"""„Sicherung“ in the settings dialog: make a backup to a chosen folder, see when the
last one was made, set the reminder and the retention period, open the Löschfristen
and the audit log.

The backup runs in a worker (`ctx.tasks`) with its own connection and a WAL snapshot,
so the counsellor can keep working; progress shows in the bar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.page_base import SettingsSection
from mfd_desktop.settings import BACKUP_REMINDER_DAYS, RETENTION_YEARS
from mfd_desktop.storage import backup


def backup_file_name(day: dt.date | None = None) -> str:
    return f"mfd-sicherung-{(day or dt.date.today()).isoformat()}{backup.SUFFIX}"


class BackupSettingsSection(SettingsSection):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("backupSettingsSection")
        self.last_label = QLabel(self)
        self.last_label.setObjectName("lastBackupLabel")
        self.last_label.setWordWrap(True)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("createBackupButton")
        self.create_button.clicked.connect(self.choose_and_create)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)

        self.reminder_days = QSpinBox(self)
        self.reminder_days.setObjectName("reminderDays")
        self.reminder_days.setRange(BACKUP_REMINDER_DAYS.minimum or 1,
                                    BACKUP_REMINDER_DAYS.maximum or 90)
        self.retention_years = QSpinBox(self)
        self.retention_years.setObjectName("retentionYears")
        self.retention_years.setRange(RETENTION_YEARS.minimum or 1, RETENTION_YEARS.maximum or 30)

        self.retention_button = QPushButton(self)
        self.retention_button.setObjectName("retentionButton")
        self.retention_button.clicked.connect(self.open_retention)
        self.audit_button = QPushButton(self)
        self.audit_button.setObjectName("auditButton")
        self.audit_button.clicked.connect(self.open_audit)

        self.backup_box = QGroupBox(self)
        box = QVBoxLayout(self.backup_box)
        box.addWidget(self.last_label)
        row = QHBoxLayout()
        row.addWidget(self.create_button)
        row.addWidget(self.progress, 1)
        box.addLayout(row)
        box.addWidget(self.status)

        self.rules_box = QGroupBox(self)
        self.form = QFormLayout(self.rules_box)
        self.reminder_label = QLabel(self)
        self.reminder_label.setBuddy(self.reminder_days)
        self.retention_label = QLabel(self)
        self.retention_label.setBuddy(self.retention_years)
        self.form.addRow(self.reminder_label, self.reminder_days)
        self.form.addRow(self.retention_label, self.retention_years)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retention_button)
        buttons.addWidget(self.audit_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.backup_box)
        layout.addWidget(self.rules_box)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._task: int | None = None
        self.load()
        self.retranslate()

    # ----- texts -----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Backup")

    def retranslate(self) -> None:
        self.backup_box.setTitle(self.tr("Backup"))
        self.rules_box.setTitle(self.tr("Reminder and deletion periods"))
        self.create_button.setText(self.tr("Create backup…"))
        self.create_button.setAccessibleName(self.tr("Create backup"))
        self.reminder_label.setText(self.tr("Remind after (days)"))
        self.retention_label.setText(self.tr("Delete closed cases after (years)"))
        self.retention_button.setText(self.tr("Deletion periods…"))
        self.audit_button.setText(self.tr("Audit log…"))
        self.reminder_days.setAccessibleName(self.tr("Remind after (days)"))
        self.retention_years.setAccessibleName(self.tr("Delete closed cases after (years)"))
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

    # ----- dialogs ---------------------------------------------------------------------

    def open_retention(self) -> None:
        from mfd_desktop.gui.dataprotection.retention_view import RetentionDialog

        RetentionDialog(self.ctx, self, years=self.retention_years.value()).exec()

    def open_audit(self) -> None:
        from mfd_desktop.gui.dataprotection.audit_view import AuditLogDialog

        AuditLogDialog(self.ctx, self).exec()
