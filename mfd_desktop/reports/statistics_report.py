"""Statistik-PDF for one period (e.g. as an annex to the Sachbericht): German, an overview,
then one table with a bar chart per breakdown, the suppression rule in one sentence and
the Zeichenerklärung.

Its figures are `presentation.Figures` built from what was released
(`stats.released_figures`: the latest released revision, or a year/half-year summed
from the released quarters), so the PDF can tell a funder nothing the released
payloads did not already say. Hidden cells read "." (DIN 55301, "aus
Datenschutzgründen nicht ausgewiesen"), zero reads "–", a sum over parts with a hidden
part reads "mindestens N". Exact local counts (`Figures.exact`) are refused here. For a
small unit (statistics.md rule 5) it shows the totals, one sentence why, and the list
of breakdowns instead of their tables. Charts are reportlab graphics drawn here; the
statistics view draws the same bars with QPainter from the same rows, so no chart
library is needed in the app bundle. Built in memory (`render_statistics_pdf` returns
bytes); call it off the UI thread.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from mfd_desktop.messages import render
from mfd_desktop.reports.pdf_base import MARGIN, PAGE_SIZE, PdfMeta, register_fonts, render_pdf
from mfd_desktop.reports.pdf_base import styles as base_styles
from mfd_desktop.stats.payload_builder import Preview
from mfd_desktop.stats.presentation import (
    Figures,
    Row,
    Section,
    Text,
    hidden_breakdowns,
    preview_figures,
    rendered,
    rule_sentence,
)

BAR = colors.HexColor("#2f6f9f")
LOWER = colors.HexColor("#9fbdd4")  # "mindestens N": a lighter bar, open to the right
HIDDEN = colors.HexColor("#c9c9c9")
GRID = colors.HexColor("#bbbbbb")
TEXT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN
TABLE_WIDTH = 112 * mm  # the longest category label (MBE, 76 mm at 8 pt) fits uncut
VALUE_WIDTH = 26 * mm  # room for "mindestens 1.234"
CHART_WIDTH = TEXT_WIDTH - TABLE_WIDTH - 4 * mm


def bar_chart(rows: list[Row] | tuple[Row, ...], width: float = CHART_WIDTH,
              bar_height: float = 11.5) -> Drawing:
    """Horizontal bars, one per row and aligned with the table rows; a hidden row gets a
    light grey stub labelled "." (its size is unknown on purpose); a lower bound gets a
    light bar of its known part, labelled "mindestens N"."""
    regular, _bold = register_fonts()
    height = bar_height * (len(rows) + 1)
    drawing = Drawing(width, height)
    # a lower bound's bar is drawn to its known part: it must fit the scale as well
    known = [r.value if r.value is not None else r.lower_bound or 0 for r in rows]
    top = max(known or [1]) or 1
    label_room = 60 if any(r.lower_bound for r in rows) else 34
    scale = (width - label_room - 4) / top
    drawing.add(Line(0, 0, 0, height - bar_height, strokeColor=GRID, strokeWidth=0.6))
    for i, row in enumerate(rows):
        y = height - bar_height * (i + 2) + 2.5
        if row.value is None and row.lower_bound:
            length = row.lower_bound * scale
            drawing.add(Rect(0, y, length, bar_height - 5, fillColor=LOWER, strokeColor=None))
            drawing.add(String(length + 3, y + 1.5, row.text, fontName=regular, fontSize=7.5,
                               fillColor=colors.HexColor("#555555")))
            continue
        if row.value is None:
            drawing.add(Rect(0, y, 6, bar_height - 5, fillColor=HIDDEN, strokeColor=None))
            drawing.add(String(9, y + 1.5, row.text, fontName=regular, fontSize=7.5,
                               fillColor=colors.HexColor("#555555")))
            continue
        length = row.value * scale
        if length <= 0:
            continue  # zero: the table says "–", the chart stays empty
        drawing.add(Rect(0, y, length, bar_height - 5, fillColor=BAR, strokeColor=None))
        drawing.add(String(length + 3, y + 1.5, row.text, fontName=regular, fontSize=7.5))
    return drawing


def _de(text: Text) -> str:
    """A text of German `rendered` figures as a str (a `Msg` only where figures were not
    rendered first; rendered here in German, the language of the PDF)."""
    return render(text, "de")


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text` shortened with "…" to fit `width` (rows stay one line, aligned with the bars)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _table(rows: list[Row] | tuple[Row, ...], header: tuple[str, str],
           width: float = TABLE_WIDTH) -> Table:
    regular, bold = register_fonts()
    label_width = width - VALUE_WIDTH - 8
    data = [list(header)] + [[_fit(_de(r.label), regular, 8, label_width), _de(r.text)] for r in rows]
    table = Table(data, colWidths=[width - VALUE_WIDTH, VALUE_WIDTH], rowHeights=11.5,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), regular, 8),
        ("FONT", (0, 0), (-1, 0), bold, 8),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f5f7")]),
    ]))
    return table


def _section(section: Section, st) -> KeepTogether:
    parts = [Paragraph(escape(_de(section.title)), st["subheading"])]
    if section.rows:
        pair = Table([[_table(section.rows, ("Kategorie", "Anzahl")), bar_chart(section.rows)]],
                     colWidths=[TABLE_WIDTH + 4 * mm, CHART_WIDTH], hAlign="LEFT")
        pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        parts.append(pair)
    notes: list[str] = []
    if section.note:
        notes.append(_de(section.note))
    if section.omitted_zero:
        notes.append("Nicht aufgeführte Kategorien haben den Wert 0.")
    if notes:
        parts.append(Paragraph(" ".join(notes), st["small"]))
    parts.append(Spacer(1, 3 * mm))
    return KeepTogether(parts)


def german_figures(figures: Figures | Preview) -> Figures:
    """`figures` ready for paper: German, never the counsellor's exact local counts."""
    if isinstance(figures, Preview):
        figures = preview_figures(figures)
    if figures.exact:
        raise ValueError("exact local counts are never printed")
    if figures.language is None:
        return rendered(figures, "de")  # the funders read German
    if figures.language != "de":
        raise ValueError("the Statistik-PDF is German")
    return figures


def figure_styles() -> dict:
    st = dict(base_styles())
    st["subheading"] = st["heading"].clone("subheading", fontSize=11, leading=14, spaceBefore=4)
    return st


def figures_story(figures: Figures, st: dict, *, heading: str = "heading") -> list:
    """The rule, the legend, the overview and every breakdown of German `figures` (the
    body of the Statistik-PDF, also the figures chapter of the Sachbericht)."""
    story: list = [Paragraph(rule_sentence(figures.k).render("de"), st["small"]),
                   Paragraph(escape(_de(figures.legend)), st["small"]),
                   Paragraph("Überblick", st[heading]),
                   _table(figures.overview, ("Kennzahl", "Anzahl"))]
    for note in figures.notes:
        story.append(Paragraph(escape(_de(note)), st["small"]))
    story.append(Paragraph("Aufgliederungen", st[heading]))
    if figures.totals_only:
        story.append(Paragraph(
            "Alle Aufgliederungen sind nicht ausgewiesen („.“), weil im Zeitraum zu wenige "
            "Ratsuchende beraten wurden (siehe oben).", st["small"]))
        story.append(Spacer(1, 1 * mm))
        story.append(_table(hidden_breakdowns(figures), ("Aufgliederung", "Anzahl"),
                            width=TABLE_WIDTH + 50 * mm))
    else:
        story.append(Paragraph(
            "Jede Aufstellung gliedert eine Kennzahl nach genau einem Merkmal (keine "
            "Kreuztabellen). Ratsuchende: Personen mit mindestens einem Beratungskontakt im "
            "Zeitraum, je Merkmal einmal gezählt.", st["small"]))
        for section in figures.sections:
            story.append(_section(section, st))
    story.append(Paragraph(escape(_de(figures.legend)), st["small"]))
    return story


def render_statistics_pdf(figures: Figures | Preview, *, site_name: str | None = None,
                          traeger: str | None = None, today: dt.date | None = None) -> bytes:
    """The Statistik-PDF of `figures` as bytes (German).

    Callers that make a PDF for funders pass `released_report(released_figures(...))`;
    a `Preview` (the live preview of a released-kind period) is accepted for tests and
    the benchmark. Exact local counts are refused: they never go on paper."""
    figures = german_figures(figures)
    st = figure_styles()
    period = figures.period
    story: list = [Paragraph(f"Statistik {period.label.render('de')}", st["title"])]
    facts = [f"Zeitraum: {period.range_de}"]
    if traeger:
        facts.insert(0, f"Träger: {escape(traeger)}")
    if site_name:
        facts.insert(0, f"Beratungsstelle: {escape(site_name)}")
    facts.append(f"Stand: {(today or dt.date.today()):%d.%m.%Y}")
    story.append(Paragraph(" · ".join(facts), st["body"]))
    for fact in figures.facts:
        story.append(Paragraph(escape(_de(fact)), st["body"]))
    for warning in figures.warnings:
        story.append(Paragraph(escape(_de(warning)), st["warning"]))
    story += figures_story(figures, st)
    meta = PdfMeta(title=f"Statistik {period.label.render('de')}",
                   header=f"MFD Desktop – Statistik {period.key}",
                   footer="Anonymisierte Zahlen; keine personenbezogenen Daten. "
                          "„.“ = aus Datenschutzgründen nicht ausgewiesen",
                   date=today or dt.date.today())
    return render_pdf(story, meta)
