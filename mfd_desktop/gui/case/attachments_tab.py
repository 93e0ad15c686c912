"""The Anhänge tab of the case view: the case's scans, photos and PDFs, kept encrypted
in the vault (domain/casework/attachments.py). Layout: ui/attachments_tab.ui; table
model: attachments_model.py.

- Add: "Datei hinzufügen…" or drag files onto the tab. The file is checked (regular
  file, size limit) before reading, then read and stored in a worker.
- The list reads metadata only; thumbnails are drawn lazily in a worker
  (attachment_render.thumbnail_png) and arrive one by one.
- View: images and PDF pages rendered in memory (attachment_viewer.py).
- Export: only on request, after a warning that the copy is unencrypted.
- Delete: after a confirmation.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from mfd_desktop.domain.casework import attachments
from mfd_desktop.errors import UserError
from mfd_desktop.gui.case import attachment_render
from mfd_desktop.gui.case.attachment_describe_dialog import AttachmentDescribeDialog
from mfd_desktop.gui.case.attachment_viewer import AttachmentViewer
from mfd_desktop.gui.case.attachments_model import AttachmentsModel, size_text
from mfd_desktop.gui.case.case_tabs import _CaseTab, fit_columns
from mfd_desktop.gui.forms.ui_attachments_tab import Ui_AttachmentsTab
from mfd_desktop.gui.i18n import gui_text
from mfd_desktop.messages import Msg
from mfd_desktop.security.atomic import atomic_write_bytes


def read_and_add(conn, client_id: int, path: str) -> int:
    """Worker: check the file before reading it (a regular file within the limits; never
    more read than the limit allows), then store it. Returns the new id."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise UserError(Msg("attachments.unreadable")) from exc
    if not stat.S_ISREG(info.st_mode):
        raise UserError(Msg("attachments.unreadable"))
    attachments.check_size(conn, info.st_size)
    limit = attachments.limits(conn).max_file_bytes
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise UserError(Msg("attachments.unreadable")) from exc
    return attachments.add(conn, client_id, Path(path).name, data)


class AttachmentsTab(_CaseTab):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.exec_dialog = lambda dialog: dialog.exec()  # tests answer the dialog themselves
        self.describe_dialog: AttachmentDescribeDialog | None = None
        self.ui = Ui_AttachmentsTab()
        self.ui.setupUi(self)
        self.model = AttachmentsModel(self)
        self.view = self.ui.attachmentsView
        self.view.setModel(self.model)
        self.view.verticalHeader().setDefaultSectionSize(52)
        self.setAcceptDrops(True)
        self._pending_thumbs: set[int] = set()
        self._viewer: AttachmentViewer | None = None
        self.ui.addButton.clicked.connect(self.pick_files)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.describeButton.clicked.connect(self.describe_selected)
        self.ui.exportButton.clicked.connect(self.export_selected)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Attachments")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.model.headers = [self.tr("File"), self.tr("Type"), self.tr("Size"),
                              self.tr("Delivered on"), self.tr("Added"), self.tr("Description")]
        self._refresh_if_shown()

    # ----- list ---------------------------------------------------------------------------

    def load(self, client_id: int) -> None:
        self.client_id = client_id
        self.refresh()

    def refresh(self) -> None:
        if self.client_id is None:
            return
        rows = attachments.list_attachments(self.conn, self.client_id)
        self.model.set_rows(rows)
        fit_columns(self.view, cap=320)
        # room for the thumbnail that arrives later, and for headers Qt would elide
        name_width = self.view.columnWidth(AttachmentsModel.NAME) + self.view.iconSize().width() + 8
        self.view.setColumnWidth(AttachmentsModel.NAME, min(name_width, 380))
        for column in range(AttachmentsModel.NAME + 1, AttachmentsModel.DESCRIPTION):
            self.view.setColumnWidth(column, self.view.columnWidth(column) + 12)
        total = attachments.total_bytes(self.conn)
        limit = attachments.limits(self.conn).max_vault_bytes
        self.ui.usageLabel.setText(self.tr("Attachments of this case: %1 · all attachments in "
                                           "the vault: %2 of %3").replace("%1", str(len(rows)))
                                   .replace("%2", size_text(total)).replace("%3", size_text(limit)))
        self._update_buttons()
        for row in rows:
            if row.id not in self.model.thumbnails and row.id not in self._pending_thumbs:
                self._pending_thumbs.add(row.id)
                self.ctx.tasks.run_with_connection(
                    attachment_render.thumbnail_png, row.id, read_only=True,
                    on_done=lambda png, aid=row.id: self._thumbnail_ready(aid, png),
                    on_error=lambda _f, aid=row.id: self._pending_thumbs.discard(aid))

    def _thumbnail_ready(self, attachment_id: int, png: bytes | None) -> None:
        self._pending_thumbs.discard(attachment_id)
        if png:
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            self.model.set_thumbnail(attachment_id, pixmap)

    def selected(self) -> attachments.Attachment | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.ui.openButton, self.ui.describeButton, self.ui.exportButton,
                       self.ui.deleteButton):
            button.setEnabled(chosen)
        self.ui.addButton.setEnabled(self.client_id is not None)

    # ----- adding -------------------------------------------------------------------------

    def pick_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), "",
            self.tr("Documents and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)"))
        self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        if self.client_id is None:
            return
        for path in paths:
            self.ctx.tasks.run_with_connection(
                read_and_add, self.client_id, path,
                on_done=lambda _id: self._added(), on_error=self._add_failed)

    def _added(self) -> None:
        self.refresh()
        self.changed.emit()

    def _add_failed(self, failure) -> None:
        QMessageBox.warning(self, self.tr("Not attached"), failure.message)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.client_id is not None and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.add_files(paths)

    # ----- one attachment -----------------------------------------------------------------

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            data = attachments.read(self.conn, chosen.id)
        except UserError as exc:
            self.fail(exc)
            return
        self._viewer = AttachmentViewer(chosen, data, self)
        self._viewer.resize(min(900, self.window().width()), min(700, self.window().height()))
        self._viewer.open()

    def describe_selected(self) -> AttachmentDescribeDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        dialog = AttachmentDescribeDialog(self.conn, chosen, self)
        self.describe_dialog = dialog
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return dialog
        try:
            attachments.describe(self.conn, chosen.id, **dialog.values())
        except UserError as exc:
            self.fail(exc)
            return dialog
        self.refresh()
        self.changed.emit()
        return dialog

    def export_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.warning(
            self, self.tr("Export unencrypted copy"),
            self.tr("The copy will NOT be encrypted: anyone with access to the folder can "
                    "read it. Save it only where it is protected, and delete it when it is "
                    "no longer needed. Continue?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export attachment"),
                                              attachments.export_name(chosen))
        if not path:
            return
        try:
            atomic_write_bytes(Path(path), attachments.read(self.conn, chosen.id))
            attachments.record_export(self.conn, chosen.id)
        except UserError as exc:
            self.fail(exc)
        except OSError:
            QMessageBox.warning(self, self.tr("Not exported"),
                                gui_text(UserError(Msg("attachments.export_failed"))))

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete attachment"),
            self.tr("Delete “%1” from this case for good?").replace("%1", chosen.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            attachments.delete(self.conn, chosen.id)
        except UserError as exc:
            self.fail(exc)
            return
        self.refresh()
        self.changed.emit()

    def on_locking(self) -> None:
        if self._viewer is not None:
            self._viewer.reject()
            self._viewer = None
        self.model.set_rows([])
        self.model.thumbnails.clear()
        self.client_id = None
