"""Einstellungen › Sicherung › „Sicherung wiederherstellen…“: restore a backup file in the
app, the same restore as `mfd backup restore FILE --replace`.

1. The counsellor picks the file and types the backup's passphrase (or recovery key).
2. The file is verified in a worker (checksum, key, every page) — a wrong passphrase or a
   damaged file says so and changes nothing.
3. After one more question the app locks (drafts are saved), and a worker restores: the
   current vault is moved aside into `ersetzt-<time>/` in the data folder (never deleted),
   the backup takes its place. The lock screen then opens it with the backup's passphrase.

Layout and fixed texts: the form ui/restore_dialog.ui.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from mfd_desktop.storage import backup

log = logging.getLogger("mfd.gui.restore")


class RestoreDialog(QDialog):
    """Controller of ui/restore_dialog.ui: choose, verify, confirm. `accepted` means the
    file verified and the counsellor confirmed; `start_restore` does the rest."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 confirm=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_RestoreDialog()
        ui.setupUi(self)
        self.path: Path | None = None
        self.info: backup.BackupInfo | None = None
        self._confirm = confirm or self._ask
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.restoreButton.clicked.connect(self.check)
        self._task: int | None = None

    # ----- input ------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the backup file"), "",
            self.tr("MFD backups (*{suffix});;All files (*)").format(suffix=backup.SUFFIX))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.path = path
        self.ui.fileName.setText(path.name)
        self.ui.fileName.setToolTip(str(path))
        self.ui.statusLabel.clear()

    def secret(self) -> tuple[str | None, str | None]:
        """(passphrase, recovery key): one of them."""
        text = self.ui.secretEdit.text()
        return (None, text) if self.ui.recoveryCheck.isChecked() else (text, None)

    # ----- verify, then confirm ------------------------------------------------------------

    def check(self) -> int | None:
        if self._task is not None:
            return None
        if self.path is None:
            self.ui.statusLabel.setText(self.tr("Please choose the backup file first."))
            return None
        if not self.ui.secretEdit.text():
            self.ui.statusLabel.setText(self.tr("Please type the passphrase of the backup."))
            self.ui.secretEdit.setFocus()
            return None
        passphrase, recovery = self.secret()
        path, below = self.path, self.ctx.allow_below_floor
        self._busy(True, self.tr("Checking the backup… This can take a minute."))
        self._task = self.ctx.tasks.run(
            lambda: backup.verify_backup(path, passphrase=passphrase, recovery=recovery,
                                         allow_below_floor=below),
            on_done=self._verified, on_error=self._failed)
        return self._task

    def _busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.ui.chooseButton, self.ui.secretEdit, self.ui.recoveryCheck,
                       self.ui.restoreButton):
            widget.setEnabled(not busy)
        self.ui.busyBar.setVisible(busy)
        self.ui.statusLabel.setText(text)

    def _verified(self, info: backup.BackupInfo) -> None:
        self._task = None
        self._busy(False, self.tr("The backup is in order."))
        self.info = info
        if self._confirm(info):
            self.accept()

    def _failed(self, failure) -> None:
        self._task = None
        self._busy(False, failure.message)

    def _ask(self, info: backup.BackupInfo) -> bool:
        made = info.created_at[:16].replace("T", " ")
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("The backup of {when} is in order. Restore it now? The app locks for "
                    "this; the current vault is kept aside, nothing is deleted.")
            .format(when=made))
        return answer == QMessageBox.StandardButton.Yes


def start_restore(ctx: AppContext, parent: QWidget | None, path: Path,
                  passphrase: str | None, recovery: str | None) -> int:
    """Lock, then restore in a worker; the outcome is shown on `parent` (the main window,
    which outlives the settings dialog that the lock closes)."""
    ctx.lock()
    lock_held = getattr(ctx, "instance_lock", None) is not None
    paths, below = ctx.paths, ctx.allow_below_floor

    def done(result: backup.RestoreResult) -> None:
        log.info("backup restored from the settings")
        QMessageBox.information(
            parent, QCoreApplication.translate("RestoreDialog", "Restore a backup"),
            QCoreApplication.translate(
                "RestoreDialog", "The backup is restored. Unlock now with the passphrase of "
                "the backup. The previous vault is kept in the folder {folder}.")
            .format(folder=str(result.kept_aside or result.data_dir)))

    def failed(failure) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("RestoreDialog",
                                                               "Restore a backup"),
                            failure.message)

    return ctx.tasks.run(lambda: backup.restore_backup(
        path, paths, passphrase=passphrase, recovery=recovery, replace=True,
        allow_below_floor=below, lock_held=lock_held), on_done=done, on_error=failed)
