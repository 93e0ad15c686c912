"""What a counsellor must know after re-keying, and the offer to delete automatic backups.

Backups made before a re-key carry the old key slots: they still open with the old
passphrase and the old recovery key. The notice says so plainly; the button deletes the
automatic backups in `<data dir>/backups` after a confirmation (the deletion runs in a
worker). Backups elsewhere (USB sticks) are the counsellor's to destroy.
Layout and button text: the form ui/old_backups_notice.ui.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_old_backups_notice import Ui_OldBackupsNotice
from mfd_desktop.gui.i18n import fill
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.storage import backup


def _delete(paths) -> int:
    return len(backup.delete_automatic_backups(paths))


class OldBackupsNotice(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_OldBackupsNotice()
        ui.setupUi(self)
        self.text, self.delete_button, self.status = (
            ui.noticeText, ui.deleteAutoBackupsButton, ui.deleteAutoBackupsStatus)
        self.delete_button.clicked.connect(self.ask_to_delete)
        self.confirm: QMessageBox | None = None
        self.refresh()

    def automatic_backups(self) -> int:
        return len(backup.list_backups(self.ctx.paths.backups))

    def refresh(self) -> None:
        count = self.automatic_backups()
        self.delete_button.setVisible(count > 0)
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.text.setText(fill(self.tr(
            "Important: backups made before this still open with the OLD passphrase and the "
            "OLD recovery key. That includes the %1 automatic backup(s) on this computer. "
            "If someone may know the old secrets, delete those backups and destroy older "
            "backups on USB sticks; then make a new backup."), self.automatic_backups()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask_to_delete(self) -> None:
        """A confirmation box (window-modal, not blocking the event loop)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete automatic backups"),
                          fill(self.tr("Delete the %1 automatic backup(s) in %2 for good? "
                                       "This cannot be undone."),
                               self.automatic_backups(), str(self.ctx.paths.backups)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("confirmDeleteBackups")
        self.confirm_delete = box.addButton(self.tr("Delete"),
                                            QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.buttonClicked.connect(self._answered)
        self.confirm = box
        box.open()

    def _answered(self, button) -> None:
        self.confirm = None
        if button is not self.confirm_delete:
            return
        self.delete_button.setEnabled(False)
        self.ctx.tasks.run(_delete, self.ctx.paths, on_done=self._deleted, on_error=self._failed)

    def _deleted(self, count: int) -> None:
        self.delete_button.setEnabled(True)
        self.refresh()
        self.status.setText(fill(self.tr("%1 automatic backup(s) deleted. The next automatic "
                                         "backup is made with the new key."), count))

    def _failed(self, failure: TaskFailure) -> None:
        self.delete_button.setEnabled(True)
        self.status.setText(failure.message)
