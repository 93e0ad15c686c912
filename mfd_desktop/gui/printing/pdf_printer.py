"""Print a PDF we made (reportlab, in a worker) through the Qt print dialog.

`print_pdf(parent, pdf_bytes, title=..., suggested_name=...)` opens a print preview whose
pages are the PDF's pages, rendered in memory one by one with pypdfium2 at the printer's
resolution (at most `MAX_DPI`) and drawn with QPainter. Nothing is written to disk: the
bytes stay in memory and only the operating system's print spooler receives the job (what
it keeps is described in docs/admin.md). "Als PDF speichern…" is a separate, explicit
choice that first says the file will not be encrypted.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QToolBar, QWidget

from mfd_desktop.gui.pdfium_lock import PDFIUM

# Above this the page bitmap only costs memory (A4 at 300 dpi is about 26 MB of RGB).
MAX_DPI = 300


def page_count(pdf_bytes: bytes) -> int:
    with PDFIUM:
        doc = pdfium.PdfDocument(pdf_bytes)
        try:
            return len(doc)
        finally:
            doc.close()


def _page_image(page: pdfium.PdfPage, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, may_draw_forms=True)
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                       else QImage.Format.Format_RGBA8888)
        return image.copy()  # detach from pdfium's buffer before it is freed
    finally:
        bitmap.close()


def paint_pdf(printer: QPrinter, pdf_bytes: bytes) -> int:
    """Draw the PDF's pages onto `printer` (honouring its page range); returns the pages drawn."""
    with PDFIUM:  # one thread at a time inside PDFium (gui/pdfium_lock.py)
        return _paint_pdf(printer, pdf_bytes)


def _paint_pdf(printer: QPrinter, pdf_bytes: bytes) -> int:
    doc = pdfium.PdfDocument(pdf_bytes)
    painter = QPainter()
    drawn = 0
    try:
        total = len(doc)
        first, last = 1, total
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or total, total)
        dpi = max(72, min(printer.resolution(), MAX_DPI))
        for number in range(first, last + 1):
            page = doc[number - 1]
            try:
                image = _page_image(page, dpi)
                width_pt, height_pt = page.get_size()
            finally:
                page.close()
            if drawn == 0:
                if not painter.begin(printer):
                    return 0
            elif not printer.newPage():
                break
            target = painter.viewport()
            # Fit the page into the printable area, keeping its proportions.
            scale = min(target.width() / width_pt, target.height() / height_pt)
            w, h = width_pt * scale, height_pt * scale
            rect = QRectF(target.x() + (target.width() - w) / 2,
                          target.y() + (target.height() - h) / 2, w, h)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(rect, image)
            drawn += 1
    finally:
        if painter.isActive():
            painter.end()
        doc.close()
    return drawn


def write_unencrypted_pdf(path: str, pdf_bytes: bytes) -> str:
    from mfd_desktop.reports.pdf_base import write_pdf

    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    write_pdf(Path(path), pdf_bytes)
    return path


class PdfPrintPreview(QPrintPreviewDialog):
    """The print preview of one PDF, with "Als PDF speichern…" as an extra choice."""

    def __init__(self, pdf_bytes: bytes, *, title: str, suggested_name: str,
                 parent: QWidget | None = None):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # our PDF pages carry their own margins
        printer.setDocName(title)
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own it
        self.pdf_bytes = pdf_bytes
        self.suggested_name = suggested_name
        self.saved_path: str | None = None
        self.warning: QMessageBox | None = None
        self.setWindowTitle(title)
        self.setObjectName("pdfPrintPreview")
        self.paintRequested.connect(self._paint)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("saveAsPdfButton")
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        self.save_button.setToolTip(self.tr("Save an unencrypted PDF file instead of printing"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_as_pdf)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addWidget(self.save_button)
        self.resize(900, 700)

    def _paint(self, printer: QPrinter) -> None:
        paint_pdf(printer, self.pdf_bytes)

    def save_as_pdf(self) -> None:
        """Warn that the file is not encrypted; only after "Trotzdem speichern" ask where."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Save as PDF"),
                          self.tr("The PDF file will not be encrypted. Anyone who can open "
                                  "the folder can read it. Save it only where it is "
                                  "protected, and delete it when it is no longer needed."),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unencryptedWarning")
        save = box.addButton(self.tr("Save anyway…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.warning = box

        def answered() -> None:
            if box.clickedButton() is save:
                self.choose_file()

        box.finished.connect(answered)
        box.open()

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self.suggested_name, self.tr("PDF files (*.pdf)"))
        if path:
            self.saved_path = write_unencrypted_pdf(path, self.pdf_bytes)


def print_pdf(parent: QWidget | None, pdf_bytes: bytes, *, title: str,
              suggested_name: str) -> PdfPrintPreview:
    """Open the print preview of `pdf_bytes` (window-modal, returns at once)."""
    dialog = PdfPrintPreview(pdf_bytes, title=title, suggested_name=suggested_name,
                             parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
