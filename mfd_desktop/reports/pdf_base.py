"""Shared PDF building blocks (reportlab): fonts, paragraph styles, a German page frame.

Every PDF of MFD Desktop is built the same way:

    story = [Paragraph("…", styles()["title"]), …]
    data = render_pdf(story, PdfMeta(title="Notfallblatt", header="MFD Desktop – Notfallblatt"))
    write_pdf(path_the_user_chose, data)

- Rendering happens in memory (`render_pdf` returns bytes); nothing touches the disk
  until `write_pdf`, which writes atomically and only where the user asked.
- Fonts: Noto Sans (regular, bold) and Noto Sans Arabic from resources/fonts (OFL);
  if a font file is missing the standard Helvetica is used, which covers German.
- Page frame: A4, header line with `header` left and the date right, footer with
  `footer` left and "Seite X von Y" right.
- Slow for long documents: call from a worker (`ctx.tasks.run`), not the UI thread.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from mfd_desktop.formatting import format_date
from mfd_desktop.paths import resources_dir
from mfd_desktop.security.atomic import atomic_write_bytes

PAGE_SIZE = A4
MARGIN = 20 * mm
MONO = "Courier-Bold"

_FONT_FILES = {
    "NotoSans": "NotoSans-Regular.ttf",
    "NotoSans-Bold": "NotoSans-Bold.ttf",
    "NotoSansArabic": "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold": "NotoSansArabic-Bold.ttf",
}
_registered: dict[str, str] = {}


def register_fonts() -> tuple[str, str]:
    """Register the bundled fonts once; returns (regular, bold) font names to use."""
    if not _registered:
        font_dir = resources_dir() / "fonts"
        for name, filename in _FONT_FILES.items():
            path = font_dir / filename
            if path.exists():
                pdfmetrics.registerFont(TTFont(name, str(path)))
                _registered[name] = name
    if "NotoSans" in _registered and "NotoSans-Bold" in _registered:
        return "NotoSans", "NotoSans-Bold"
    return "Helvetica", "Helvetica-Bold"


def arabic_font() -> str | None:
    """Font name for Arabic-script text, if the font is bundled."""
    register_fonts()
    return _registered.get("NotoSansArabic")


def styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    base = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14.5, alignment=TA_LEFT,
                          spaceAfter=5)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=20, leading=25,
                                spaceAfter=10),
        "heading": ParagraphStyle("heading", parent=base, fontName=bold, fontSize=13, leading=17,
                                  spaceBefore=10, spaceAfter=5),
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11,
                                textColor=colors.HexColor("#444444")),
        "warning": ParagraphStyle("warning", parent=base, fontName=bold,
                                  textColor=colors.HexColor("#8a1c1c")),
        "list": ParagraphStyle("list", parent=base, leftIndent=14, bulletIndent=2, spaceAfter=3),
    }


@dataclass(frozen=True)
class PdfMeta:
    title: str
    header: str = "MFD Desktop"
    footer: str = ""
    subject: str = ""
    date: dt.date = field(default_factory=dt.date.today)


def _numbered_canvas(meta: PdfMeta):
    regular, _bold = register_fonts()

    class NumberedCanvas(Canvas):
        """Defers page output so the footer can say "Seite X von Y"."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._frame(number, total)
                super().showPage()
            super().save()

        def _frame(self, number: int, total: int) -> None:
            width, height = PAGE_SIZE
            self.saveState()
            self.setFont(regular, 9)  # nothing on paper is smaller than 9 pt
            self.setFillColor(colors.HexColor("#444444"))
            self.drawString(MARGIN, height - 12 * mm, meta.header)
            self.drawRightString(width - MARGIN, height - 12 * mm, format_date(meta.date or dt.date.today()))
            self.setStrokeColor(colors.HexColor("#999999"))
            self.setLineWidth(0.5)
            self.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
            self.line(MARGIN, 13.5 * mm, width - MARGIN, 13.5 * mm)
            if meta.footer:
                self.drawString(MARGIN, 9.5 * mm, meta.footer)
            self.drawRightString(width - MARGIN, 9.5 * mm, f"Seite {number} von {total}")
            self.restoreState()

    return NumberedCanvas


def render_pdf(story: list, meta: PdfMeta) -> bytes:
    """The finished PDF as bytes (built in memory, nothing written)."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN, bottomMargin=MARGIN, title=meta.title, author="MFD Desktop",
        subject=meta.subject, creator="MFD Desktop", lang="de-DE",
    )
    doc.build(story, canvasmaker=_numbered_canvas(meta))
    return buffer.getvalue()


def write_pdf(path: Path, data: bytes) -> None:
    """Write the PDF where the user chose, atomically, readable only by the user."""
    atomic_write_bytes(Path(path), data, mode=0o600)
