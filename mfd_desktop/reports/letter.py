"""A filled letter (domain/letters/fill.py) as a PDF, in memory.

One section per language, each starting on its own page: the German text (the one that
binds; with the signature line) and the translation for the client to read — or, for
a letter to the client (`primary = "client"`), the client's language first. Arabic and
Persian are shaped and reordered line by line like the handouts (`reports.handout.RtlText`:
arabic-reshaper, python-bidi, mirrored brackets, right-aligned, Latin runs in Noto Sans).
A translation not marked reviewed carries „Übersetzung nicht geprüft“ and its
translation (the handouts' phrase). A draft (`draft = true`, the Widerspruch frame) says
on top and in every page's footer that it is a draft for the client's own signature and
no legal advice.

Nothing is written to disk: `render_letter` returns bytes; the GUI prints them through
gui/printing, the CLI writes them with `pdf_base.write_pdf` where the user asked.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mfd_desktop.checklists.translations import LANGUAGE_NAMES_DE, SOURCE_PHRASES, load_translation
from mfd_desktop.domain.letters.fill import FilledLetter, Section
from mfd_desktop.reports.handout import RtlText
from mfd_desktop.reports.pdf_base import MARGIN, PAGE_SIZE, PdfMeta, register_fonts, render_pdf

DRAFT_BANNER = ("ENTWURF zur eigenen Unterschrift – keine Rechtsberatung. Inhalt, Begründung "
                "und Frist bitte selbst prüfen oder sich rechtlich beraten lassen.")
HEADING = "# "  # a paragraph starting with it is the subject line (Betreff), printed bold
DRAFT_FOOTER = "ENTWURF zur eigenen Unterschrift – keine Rechtsberatung"
TRANSLATION_NOTE = "Übersetzung zur Information ({language}) – maßgeblich ist der deutsche Text."
GERMAN_NOTE = "Deutscher Text"
NOTE_BG = colors.HexColor("#fff4d6")
DRAFT_BG = colors.HexColor("#fde2e2")
DRAFT_FG = colors.HexColor("#8a1c1c")


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    base = ParagraphStyle("l-body", fontName=regular, fontSize=10.5, leading=15)
    return {
        "body": base,
        "title": ParagraphStyle("l-title", parent=base, fontName=bold, fontSize=15, leading=20),
        "heading": ParagraphStyle("l-heading", parent=base, fontName=bold, fontSize=12,
                                  leading=16),
        "small": ParagraphStyle("l-small", parent=base, fontSize=8.5, leading=11,
                                textColor=colors.HexColor("#555555")),
        "draft": ParagraphStyle("l-draft", parent=base, fontName=bold, textColor=DRAFT_FG),
    }


def _unreviewed_phrase(language: str) -> str | None:
    try:
        entry = load_translation(language).get("phrases", "unreviewed")
    except Exception:  # no handout translation for this language: German note only
        return None
    return entry.text if entry else None


def _paragraph(text: str, section: Section, style: ParagraphStyle) -> list[Flowable]:
    if section.rtl:
        bold = style.fontName.endswith("Bold")
        return [RtlText(line, style.fontSize, bold=bold, color=style.textColor,
                        leading=max(style.leading, style.fontSize * 1.55))
                if line.strip() else Spacer(1, style.leading)
                for line in text.split("\n")]
    return [Paragraph("<br/>".join(escape(line) for line in text.split("\n")), style)]


def _note_box(cells: list[Flowable], background: colors.Color) -> Table:
    width = PAGE_SIZE[0] - 2 * MARGIN - 12
    box = Table([[cell] for cell in cells], colWidths=[width], hAlign="LEFT")
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), background),
                             ("TOPPADDING", (0, 0), (-1, -1), 3),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return box


def _section_story(letter: FilledLetter, section: Section, index: int) -> list[Flowable]:
    styles = _styles()
    story: list[Flowable] = []
    if letter.draft:
        story += [_note_box([Paragraph(escape(DRAFT_BANNER), styles["draft"])], DRAFT_BG),
                  Spacer(1, 4 * mm)]
    if len(letter.sections) > 1:
        if section.language != "de" and index > 0:
            name = LANGUAGE_NAMES_DE.get(section.language, section.language)
            note = TRANSLATION_NOTE.format(language=name)
        elif section.language == "de" and index > 0:
            note = GERMAN_NOTE
        else:
            note = ""
        if note:
            story += [Paragraph(escape(note), styles["small"]), Spacer(1, 2 * mm)]
    if not section.reviewed:
        cells: list[Flowable] = [Paragraph(escape(SOURCE_PHRASES["unreviewed"]), styles["small"])]
        phrase = _unreviewed_phrase(section.language)
        if phrase:
            cells += _paragraph(phrase, section, styles["small"])
        story += [_note_box(cells, NOTE_BG), Spacer(1, 3 * mm)]
    paragraphs = section.paragraphs
    if not any(p.startswith(HEADING) for p in paragraphs):
        story += _paragraph(section.title, section, styles["title"])
        story.append(Spacer(1, 5 * mm))
    for paragraph in paragraphs:
        if paragraph.startswith(HEADING):  # the subject line, where the text puts it
            story += [Spacer(1, 3 * mm),
                      *_paragraph(paragraph[len(HEADING):].strip(), section, styles["heading"]),
                      Spacer(1, 3 * mm)]
            continue
        if paragraph.lstrip().startswith("____"):
            story.append(Spacer(1, 10 * mm))  # room to sign above the line
        story.append(KeepTogether(_paragraph(paragraph, section, styles["body"])))
        story.append(Spacer(1, 3 * mm))
    return story


def build_story(letter: FilledLetter) -> list[Flowable]:
    story: list[Flowable] = []
    for index, section in enumerate(letter.sections):
        if index:
            story.append(PageBreak())
        story += _section_story(letter, section, index)
    return story


def render_letter(letter: FilledLetter) -> bytes:
    """The letter as PDF bytes (nothing written to disk)."""
    footer = DRAFT_FOOTER if letter.draft else (
        f"Schreiben · Vorlage Version {letter.template_version}")
    meta = PdfMeta(title=letter.title, header=letter.title, footer=footer,
                   subject=f"Schreiben, {LANGUAGE_NAMES_DE.get(letter.language, letter.language)}",
                   date=letter.created)
    return render_pdf(build_story(letter), meta)
