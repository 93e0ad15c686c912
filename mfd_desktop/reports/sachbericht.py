"""The Sachbericht: a funder-ready annual report of one counselling service (German PDF).

Contents, in the order a funder reads them: the service (Beratungsstelle, Träger,
address — from the settings, which the administrator's policy usually fixes — and the
services it ran, from the released figures), a note on where the figures come from, the
counsellors' own text on the year's Schwerpunkte, all released figures of the year
(summed from the released quarters: hidden stays hidden, a sum over hidden cells reads
"mindestens N"), the structural work (activities, participants, hours), and the texts on
Kooperationen and Bedarfe.

Only released figures are used (stats.released_figures), so the report tells a funder
nothing the released payloads, which passed the disclosure audit, did not already say.
The structural work chapter, too, shows the released cells (activities, participants and
hours per kind of activity), not the live entries. Writing the PDF is recorded in the
vault's audit log like every export (`stats.sachbericht_exported`, no content).
Built in memory; call it off the UI thread.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg, render
from mfd_desktop.reports.pdf_base import PdfMeta, render_pdf
from mfd_desktop.reports.statistics_report import (
    TEXT_WIDTH,
    figure_styles,
    figures_story,
    german_figures,
)
from mfd_desktop.stats import report_texts, vocabulary
from mfd_desktop.stats.periods import Period, parse_period
from mfd_desktop.stats.presentation import Figures, released_report, shown_text
from mfd_desktop.stats.released_figures import ReleasedFigures, released_figures
from mfd_desktop.storage import audit
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

STRUCTURAL = ("structural_activities", "structural_participants", "structural_hours")
SECTION_TITLES = {
    "schwerpunkte": "Schwerpunkte der Arbeit",
    "kooperationen": "Kooperationen und Vernetzung",
    "bedarfe": "Bedarfe und Ausblick",
}


@dataclass(frozen=True)
class Site:
    """The counselling service as the report names it (settings / policy [site])."""

    name: str = ""
    traeger: str = ""
    address: str = ""

    def missing(self) -> list[str]:
        """German names of the fields a funder will miss."""
        return [label for label, value in (("Name der Beratungsstelle", self.name),
                                           ("Träger", self.traeger),
                                           ("Anschrift", self.address)) if not value.strip()]


@dataclass(frozen=True)
class Sachbericht:
    period: Period
    site: Site
    figures: Figures  # German, from released figures only
    services: tuple[str, ...]  # German labels of the services with clients in the year
    # (label, activities, participants, hours) per kind of activity, then the totals row
    structural: tuple[tuple[str, str, str, str], ...]
    texts: dict[str, str]

    def warnings(self) -> list[str]:
        """German lines for the counsellor (not printed): what is missing."""
        out = [f"{name} fehlt (Einstellungen oder Richtlinie des Trägers)."
               for name in self.site.missing()]
        out += [f"Abschnitt „{SECTION_TITLES[key]}“ ist noch leer."
                for key in report_texts.SECTIONS if not self.texts.get(key, "").strip()]
        out += [render(w, "de") for w in self.figures.warnings]
        return out


def collect(conn: Connection, period_text: str, release_kind: str, site: Site, *,
            today: dt.date | None = None) -> Sachbericht:
    """Everything the Sachbericht of `period_text` (a year, "2026") shows. Raises
    `UserError` when the period is not a year or nothing of it was released."""
    period = parse_period(period_text)
    if period.kind != "year":
        raise UserError(Msg("sachbericht.year_only", period=period.key))
    released = released_figures(conn, period, release_kind)
    figures = german_figures(released_report(released, today=today))
    # the structural work has its own chapter: one table instead of three breakdowns
    figures = dataclasses.replace(figures, sections=tuple(
        s for s in figures.sections if s.measure not in STRUCTURAL))
    services = tuple(
        vocabulary.category_label("service", category)
        for category in released.categories("clients", "service")
        if released.shown("clients", "service", category).value != 0)
    return Sachbericht(
        period=period, site=site, figures=figures, services=services,
        structural=_structural_rows(released),
        texts=report_texts.load(conn, period.key))


def _structural_rows(released: ReleasedFigures) -> tuple[tuple[str, str, str, str], ...]:
    def texts(dimension: str, category: str) -> tuple[str, str, str]:
        a, b, c = (render(shown_text(released.shown(m, dimension, category)), "de")
                   for m in STRUCTURAL)
        return a, b, c

    if released.totals_only:
        return (("Zusammen", *texts("total", "total")),)
    rows = [(vocabulary.category_label("activity_type", category),
             *texts("activity_type", category))
            for category in released.categories("structural_activities", "activity_type")
            if released.shown("structural_activities", "activity_type", category).value != 0]
    return (*rows, ("Zusammen", *texts("total", "total")))


def record_export(conn: Connection, period: Period) -> None:
    """The audit-log entry for a written Sachbericht (the period only, no content)."""
    with transaction(conn):
        audit.append(conn, "stats.sachbericht_exported", record_type="period",
                     record_id=period.key)


def _paragraphs(text: str, style) -> list:
    """A counsellor's text: blank lines separate paragraphs, single breaks stay."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return [Paragraph(escape(b).replace("\n", "<br/>"), style) for b in blocks if b]


def _hours(minutes: int) -> str:
    return f"{minutes / 60:.1f}".replace(".", ",")


def _structural_table(rows: tuple[tuple[str, str, str, str], ...], st: dict) -> list:
    if len(rows) == 1 and rows[0][1] == "–":
        return [Paragraph("In den freigegebenen Zeiträumen ist keine Strukturarbeit erfasst.",
                          st["body"])]
    data: list[list] = [["Tätigkeit", "Anzahl", "Teilnehmende", "Stunden"]]
    data += [[Paragraph(escape(label), st["cell"]), *values] for label, *values in rows]
    table = Table(data, colWidths=[TEXT_WIDTH - 96 * mm, 30 * mm, 36 * mm, 30 * mm],
                  hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), st["heading"].fontName),
        ("FONTNAME", (0, -1), (-1, -1), st["heading"].fontName),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#888888")),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.HexColor("#888888")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f3f5f7")]),
    ]))
    return [table, Spacer(1, 2 * mm), Paragraph(
        "Aus den freigegebenen Zeiträumen des Jahres. Teilnehmende werden je Veranstaltung "
        "gezählt (eine Person kann mehrfach teilnehmen); die Strukturarbeit enthält keine "
        "personenbezogenen Daten.", st["small"])]


def _text_section(number: int, key: str, texts: dict[str, str], st: dict) -> list:
    body = _paragraphs(texts.get(key, ""), st["body"])
    return [Paragraph(f"{number}. {SECTION_TITLES[key]}", st["heading"]),
            *(body or [Paragraph("(Kein Text eingetragen.)", st["small"])])]


def render_sachbericht_pdf(report: Sachbericht, *, today: dt.date | None = None) -> bytes:
    """The Sachbericht as PDF bytes (German)."""
    st = figure_styles()
    st["cell"] = st["body"].clone("cell", fontSize=9, leading=11.5)
    st["chapter"] = st["heading"].clone("chapter", fontSize=11, leading=14, spaceBefore=6)
    year = report.period.start.year
    site = report.site
    story: list = [Paragraph(f"Sachbericht {year}", st["title"])]
    if site.name:
        story.append(Paragraph(escape(site.name), st["heading"]))
    facts = [("Träger", site.traeger), ("Anschrift", site.address),
             ("Dienste", ", ".join(report.services)),
             ("Berichtszeitraum", report.period.range_de),
             ("Stand", f"{(today or dt.date.today()):%d.%m.%Y}")]
    rows = [[Paragraph(f"<b>{label}</b>", st["cell"]), Paragraph(escape(value or "–"), st["cell"])]
            for label, value in facts]
    overview = Table(rows, colWidths=[38 * mm, TEXT_WIDTH - 38 * mm], hAlign="LEFT")
    overview.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [overview, Spacer(1, 3 * mm), Paragraph(
        "Alle Zahlen in diesem Bericht stammen aus den freigegebenen und übermittelten "
        "Statistiken des Jahres; das Jahr ist aus den freigegebenen Zeiträumen "
        "zusammengezählt. Was dort aus Datenschutzgründen nicht ausgewiesen war, bleibt "
        "verborgen („.“); eine Summe über verborgene Werte erscheint als „mindestens N“.",
        st["small"])]
    for fact in report.figures.facts:
        story.append(Paragraph(escape(render(fact, "de")), st["small"]))
    for warning in report.figures.warnings:
        story.append(Paragraph(escape(render(warning, "de")), st["warning"]))
    story += _text_section(1, "schwerpunkte", report.texts, st)
    story.append(Paragraph("2. Zahlen des Jahres", st["heading"]))
    story += figures_story(report.figures, st, heading="chapter")
    story.append(KeepTogether([Paragraph("3. Strukturarbeit", st["heading"]),
                               *_structural_table(report.structural, st)]))
    story += _text_section(4, "kooperationen", report.texts, st)
    story += _text_section(5, "bedarfe", report.texts, st)
    meta = PdfMeta(title=f"Sachbericht {year}",
                   header=f"Sachbericht {year}" + (f" – {site.name}" if site.name else ""),
                   footer="Anonymisierte Zahlen; keine personenbezogenen Daten. "
                          "„.“ = aus Datenschutzgründen nicht ausgewiesen",
                   date=today or dt.date.today())
    return render_pdf(story, meta)
