"""Statistik-PDF for one period (e.g. as an annex to the Sachbericht): German, an overview,
then one table with a bar chart per breakdown, the suppression rule in one sentence and
the Zeichenerklärung. The header names the Beratungsstelle, the Träger and the period;
labels wrap inside their cell (never cut) and nothing is smaller than 9 pt: each table
row is as high as its label needs, and the chart beside it gets the same row heights so
bars stay aligned.

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
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
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
TABLE_WIDTH = 112 * mm  # longer labels wrap inside their cell
VALUE_WIDTH = 28 * mm  # room for "mindestens 1.234" at 9 pt
CHART_WIDTH = TEXT_WIDTH - TABLE_WIDTH - 4 * mm
FONT_SIZE = 9  # the smallest text in the Statistik-PDF
LEADING = 11
ROW_PAD = 3  # top + bottom padding of a table row
MIN_ROW = LEADING + ROW_PAD


def bar_chart(rows: list[Row] | tuple[Row, ...], width: float = CHART_WIDTH,
              bar_height: float = MIN_ROW, heights: list[float] | None = None) -> Drawing:
    """Horizontal bars, one per row and aligned with the table rows (`heights`: the
    table's row heights, header first; default `bar_height` each); a hidden row gets a
    light grey stub labelled "." (its size is unknown on purpose); a lower bound gets a
    light bar of its known part, labelled "mindestens N"."""
    regular, _bold = register_fonts()
    heights = list(heights or [bar_height] * (len(rows) + 1))
    height = sum(heights)
    drawing = Drawing(width, height)
    # a lower bound's bar is drawn to its known part: it must fit the scale as well
    known = [r.value if r.value is not None else r.lower_bound or 0 for r in rows]
    top = max(known or [1]) or 1
    label_room = 72 if any(r.lower_bound for r in rows) else 40
    scale = (width - label_room - 4) / top
    drawing.add(Line(0, 0, 0, height - heights[0], strokeColor=GRID, strokeWidth=0.6))
    bottom = height - heights[0]
    thick = MIN_ROW - 5
    for row, row_height in zip(rows, heights[1:], strict=False):
        bottom -= row_height
        y = bottom + row_height - thick - 2.5  # beside the label's first line
        if row.value is None and row.lower_bound:
            length = row.lower_bound * scale
            drawing.add(Rect(0, y, length, thick, fillColor=LOWER, strokeColor=None))
            drawing.add(String(length + 3, y + 1.5, row.text, fontName=regular,
                               fontSize=FONT_SIZE, fillColor=colors.HexColor("#555555")))
            continue
        if row.value is None:
            drawing.add(Rect(0, y, 6, thick, fillColor=HIDDEN, strokeColor=None))
            drawing.add(String(9, y + 1.5, row.text, fontName=regular, fontSize=FONT_SIZE,
                               fillColor=colors.HexColor("#555555")))
            continue
        length = row.value * scale
        if length <= 0:
            continue  # zero: the table says "–", the chart stays empty
        drawing.add(Rect(0, y, length, thick, fillColor=BAR, strokeColor=None))
        drawing.add(String(length + 3, y + 1.5, row.text, fontName=regular, fontSize=FONT_SIZE))
    return drawing


def _de(text: Text) -> str:
    """A text of German `rendered` figures as a str (a `Msg` only where figures were not
    rendered first; rendered here in German, the language of the PDF)."""
    return render(text, "de")


def _row_heights(labels: list[str], label_width: float) -> list[float]:
    """Each row as high as its label needs when wrapped to `label_width` at 9 pt."""
    regular, _bold = register_fonts()
    return [max(1, len(simpleSplit(label, regular, FONT_SIZE, label_width))) * LEADING + ROW_PAD
            for label in labels]


def _table(rows: list[Row] | tuple[Row, ...], header: tuple[str, str],
           width: float = TABLE_WIDTH) -> tuple[Table, list[float]]:
    """The table of `rows` and its row heights (header first) for the chart beside it.
    Labels are paragraphs: a long one wraps inside its cell, never cut."""
    regular, bold = register_fonts()
    label_width = width - VALUE_WIDTH - 12  # the cell's own padding
    label_style = ParagraphStyle("cell", fontName=regular, fontSize=FONT_SIZE, leading=LEADING)
    labels = [_de(r.label) for r in rows]
    heights = _row_heights([header[0], *labels], label_width)
    data = [list(header)] + [[Paragraph(escape(label), label_style), _de(r.text)]
                             for label, r in zip(labels, rows, strict=True)]
    table = Table(data, colWidths=[width - VALUE_WIDTH, VALUE_WIDTH], rowHeights=heights,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), regular, FONT_SIZE),
        ("FONT", (0, 0), (-1, 0), bold, FONT_SIZE),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_PAD - 0.5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f5f7")]),
    ]))
    return table, heights


def _section(section: Section, st) -> KeepTogether:
    parts = [Paragraph(escape(_de(section.title)), st["subheading"])]
    if section.rows:
        table, heights = _table(section.rows, ("Kategorie", "Anzahl"))
        pair = Table([[table, bar_chart(section.rows, heights=heights)]],
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
    st["small"] = st["small"].clone("small9", fontSize=FONT_SIZE, leading=12)  # 9 pt at least
    return st


def figures_story(figures: Figures, st: dict, *, heading: str = "heading") -> list:
    """The rule, the legend, the overview and every breakdown of German `figures` (the
    body of the Statistik-PDF, also the figures chapter of the Sachbericht)."""
    story: list = [Paragraph(rule_sentence(figures.k).render("de"), st["small"]),
                   Paragraph(escape(_de(figures.legend)), st["small"]),
                   Paragraph("Überblick", st[heading]),
                   _table(figures.overview, ("Kennzahl", "Anzahl"))[0]]
    for note in figures.notes:
        story.append(Paragraph(escape(_de(note)), st["small"]))
    story.append(Paragraph("Aufgliederungen", st[heading]))
    if figures.totals_only:
        story.append(Paragraph(
            "Alle Aufgliederungen sind nicht ausgewiesen („.“), weil im Zeitraum zu wenige "
            "Ratsuchende beraten wurden (siehe oben).", st["small"]))
        story.append(Spacer(1, 1 * mm))
        story.append(_table(hidden_breakdowns(figures), ("Aufgliederung", "Anzahl"),
                            width=TABLE_WIDTH + 50 * mm)[0])
    else:
        story.append(Paragraph(
            "Jede Aufstellung gliedert eine Kennzahl nach genau einem Merkmal (keine "
            "Kreuztabellen). Ratsuchende: Personen mit mindestens einem Beratungskontakt im "
            "Zeitraum, je Merkmal einmal gezählt.", st["small"]))
        for section in figures.sections:
            story.append(_section(section, st))
    story.append(Paragraph(escape(_de(figures.legend)), st["small"]))
    return story


def _header_table(site_name: str | None, traeger: str | None, period_range: str,
                  today: dt.date, st: dict) -> Table:
    """Who reports for which period: Beratungsstelle, Träger, Zeitraum, Stand (a row is
    left out when it is not set)."""
    regular, bold = register_fonts()
    rows = [(name, value) for name, value in (("Beratungsstelle:", site_name),
                                              ("Träger:", traeger),
                                              ("Zeitraum:", period_range),
                                              ("Stand:", f"{today:%d.%m.%Y}")) if value]
    data = [[name, Paragraph(escape(value), st["body"])] for name, value in rows]
    table = Table(data, colWidths=[32 * mm, TEXT_WIDTH - 32 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (0, -1), bold, 10.5),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def render_statistics_pdf(figures: Figures | Preview, *, site_name: str | None = None,
                          traeger: str | None = None, today: dt.date | None = None) -> bytes:
    """The Statistik-PDF of `figures` as bytes (German).

    Callers that make a PDF for funders pass `released_report(released_figures(...))`;
    a `Preview` (the live preview of a released-kind period) is accepted for tests and
    the benchmark. Exact local counts are refused: they never go on paper."""
    figures = german_figures(figures)
    st = figure_styles()
    period = figures.period
    label = period.label.render("de")
    story: list = [Paragraph(f"Statistik {label}", st["title"]),
                   _header_table(site_name, traeger, period.range_de, today or dt.date.today(),
                                 st)]
    for fact in figures.facts:
        story.append(Paragraph(escape(_de(fact)), st["body"]))
    for warning in figures.warnings:
        story.append(Paragraph(escape(_de(warning)), st["warning"]))
    story += figures_story(figures, st)
    meta = PdfMeta(title=f"Statistik {label}",
                   header=f"{site_name} – Statistik {label}" if site_name
                   else f"Statistik {label}",
                   footer="Anonymisierte Zahlen · „.“ = aus Datenschutzgründen nicht ausgewiesen",
                   date=today or dt.date.today())
    return render_pdf(story, meta)
