"""The Anhänge tab's table: one attachment per row (metadata only), with a thumbnail
in the first column once a worker has drawn it (`set_thumbnail`)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPixmap

from mfd_desktop.domain.casework.attachments import Attachment
from mfd_desktop.gui.form_widgets import german_date
from mfd_desktop.gui.row_table_model import RowTableModel

_Index = QModelIndex | QPersistentModelIndex
KIND = {"application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG"}


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    if size < 1024 ** 3:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{size / 1024 ** 3:.1f} GB".replace(".", ",")


class AttachmentsModel(RowTableModel):
    NAME, KIND, SIZE, DELIVERED, ADDED, DESCRIPTION = range(6)
    COLUMNS = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.thumbnails: dict[int, QPixmap] = {}

    def set_rows(self, rows) -> None:
        self.thumbnails = {k: v for k, v in self.thumbnails.items()
                           if any(r.id == k for r in rows)}
        super().set_rows(rows)

    def set_thumbnail(self, attachment_id: int, pixmap: QPixmap) -> None:
        self.thumbnails[attachment_id] = pixmap
        for n, row in enumerate(self.rows):
            if row.id == attachment_id:
                index = self.index(n, self.NAME)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: Attachment = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return self.thumbnails.get(row.id)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.NAME:
            return row.file_name
        if column == self.KIND:
            return KIND.get(row.media_type, row.media_type)
        if column == self.SIZE:
            return size_text(row.size)
        if column == self.DELIVERED:
            return german_date(row.delivered_on.isoformat()) if row.delivered_on else ""
        if column == self.ADDED:
            return german_date(row.added_at)
        return row.description
