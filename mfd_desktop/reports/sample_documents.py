"""Synthetic documents for the demo vault and tests: a one-page "Bescheid" PDF and a
small PNG "photo of a document", made in memory (never a file)."""

from __future__ import annotations

import io
import struct
import zlib

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas


def bescheid_pdf(lines: list[str], *, title: str = "Bescheid", compress: bool = True) -> bytes:
    """A one-page PDF with `title` and `lines` (Helvetica; Latin-1 text)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=1 if compress else 0,
                        invariant=1)
    pdf.setTitle(title)
    width, height = A4
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(72, height - 90, title)
    pdf.setFont("Helvetica", 11)
    for n, line in enumerate(lines):
        pdf.drawString(72, height - 130 - 16 * n, line)
    pdf.rect(60, 60, width - 120, height - 120)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def document_png(width: int = 240, height: int = 320, *, text_chunk: str = "") -> bytes:
    """A PNG of a paper sheet with grey "text lines" (RGB, 8 bit). `text_chunk` adds a
    tEXt comment (tests hide a marker there)."""
    rows = []
    for y in range(height):
        line = bytearray()
        for x in range(width):
            margin = 16 <= x < width - 16
            ink = margin and y > 30 and y % 14 in (0, 1, 2) and (x * 7 + y) % 97 > 8
            shade = 90 if ink else 246
            line += bytes((shade, shade, shade + (6 if not ink else 0)))
        rows.append(b"\x00" + bytes(line))
    raw = zlib.compress(b"".join(rows), 9)
    head = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    extra = _chunk(b"tEXt", b"Comment\x00" + text_chunk.encode("latin-1")) if text_chunk else b""
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", head) + extra + _chunk(b"IDAT", raw)
            + _chunk(b"IEND", b""))
