"""The viewer of one attachment: an image, or a PDF page by page, rendered in memory
from the bytes in the vault (pypdfium2 / Pillow; never a temp file). Layout:
ui/attachment_viewer.ui."""

from __future__ import annotations

from PIL import Image
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QWidget

from mfd_desktop.domain.casework import attachments
from mfd_desktop.domain.casework.attachments import Attachment
from mfd_desktop.gui.case import attachment_render
from mfd_desktop.gui.forms.ui_attachment_viewer import Ui_AttachmentViewer

PAGE_WIDTH = 800
PHOTO_MAX = 1400


def to_pixmap(image: Image.Image) -> QPixmap:
    raw = image.convert("RGB").tobytes()
    qimage = QImage(raw, image.width, image.height, image.width * 3,
                    QImage.Format.Format_RGB888).copy()  # copy: own the pixels
    return QPixmap.fromImage(qimage)


class AttachmentViewer(QDialog):
    def __init__(self, attachment: Attachment, data: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AttachmentViewer()
        self.ui.setupUi(self)
        self.attachment = attachment
        self._data = data
        self.page = 0
        self.pages = 1
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.previousButton.clicked.connect(lambda: self.show_page(self.page - 1))
        self.ui.nextButton.clicked.connect(lambda: self.show_page(self.page + 1))
        self.retranslate()
        try:
            if attachment.media_type == attachments.PDF:
                self.pages = attachment_render.page_count(data)
            self.show_page(0)
        except Exception:  # a damaged file: say so instead of a traceback
            self.ui.pageLabel.setText(self.tr("This file cannot be displayed. It may be "
                                              "damaged; you can still export it."))
            self.pages = 0
            self._update_nav()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.setWindowTitle(self.tr("Attachment: %1").replace("%1", self.attachment.file_name))

    def show_page(self, index: int) -> None:
        if not 0 <= index < self.pages:
            return
        self.page = index
        if self.attachment.media_type == attachments.PDF:
            image = attachment_render.render_page(self._data, index, PAGE_WIDTH)
        else:
            image = attachment_render.open_image(self._data)
            image.thumbnail((PHOTO_MAX, PHOTO_MAX))  # a 12-megapixel photo fits the screen
        self.ui.pageLabel.setPixmap(to_pixmap(image))
        self._update_nav()

    def _update_nav(self) -> None:
        is_pdf = self.attachment.media_type == attachments.PDF
        for widget in (self.ui.previousButton, self.ui.nextButton, self.ui.pageInfo):
            widget.setVisible(is_pdf and self.pages > 1)
        self.ui.previousButton.setEnabled(self.page > 0)
        self.ui.nextButton.setEnabled(self.page < self.pages - 1)
        self.ui.pageInfo.setText(self.tr("Page %1 of %2").replace("%1", str(self.page + 1))
                                 .replace("%2", str(self.pages)))

    def done(self, result: int) -> None:
        self._data = b""  # do not keep the bytes around after closing
        super().done(result)
