"""Rendering attachments in memory: thumbnails (in a worker) and viewer pages.

Everything works on the bytes from the vault: pypdfium2 opens a PDF from bytes, Pillow
an image from a BytesIO; nothing is ever written to a file. The worker functions return
PNG bytes (plain data, safe to hand across threads); the UI thread turns them into a
QPixmap."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from PIL import Image

from mfd_desktop.domain.casework import attachments
from mfd_desktop.gui.pdfium_lock import PDFIUM

THUMB_SIZE = 64
Image.MAX_IMAGE_PIXELS = 60_000_000  # a 20 MB file cannot be a sane 100-megapixel scan


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def page_count(data: bytes) -> int:
    with PDFIUM:
        pdf = pdfium.PdfDocument(data)
        try:
            return len(pdf)
        finally:
            pdf.close()


def render_page(data: bytes, index: int, width: int) -> Image.Image:
    """Page `index` of a PDF (from its bytes) about `width` pixels wide."""
    with PDFIUM:  # one thread at a time inside PDFium (gui/pdfium_lock.py)
        pdf = pdfium.PdfDocument(data)
        try:
            page = pdf[index]
            try:
                scale = max(0.05, min(4.0, width / max(1.0, page.get_width())))
                return page.render(scale=scale).to_pil().convert("RGB")
            finally:
                page.close()
        finally:
            pdf.close()


def open_image(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image.convert("RGB")


def thumbnail_png(conn, attachment_id: int, size: int = THUMB_SIZE) -> bytes | None:
    """A small PNG of the attachment (first page of a PDF), or None if it cannot be
    drawn. Runs in a worker with its own connection."""
    meta = attachments.get(conn, attachment_id)
    data = attachments.read(conn, attachment_id)
    try:
        if meta.media_type == attachments.PDF:
            image = render_page(data, 0, size * 2)
        else:
            image = open_image(data)
        image.thumbnail((size, size))
        return _png(image)
    except Exception:  # a damaged file: the list shows no picture, the viewer says why
        return None
