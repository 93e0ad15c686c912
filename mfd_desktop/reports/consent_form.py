"""The printable Einwilligungserklärung: one page the client signs, filled in from the
Einwilligungen tab (purpose, recipient) with the Beratungsstelle's contact from
Einstellungen › Beratungsstelle. German, like every paper the office files; built in
memory (`render_consent_form` returns bytes) and printed through the print preview, so
no file with the client's name is written.

The form carries `FORM_VERSION`: recorded with the consent as its Formularversion, it
says later which text the client signed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from mfd_desktop.formatting import format_date
from mfd_desktop.reports.pdf_base import (
    MARGIN,
    PAGE_SIZE,
    PdfMeta,
    register_fonts,
    render_pdf,
    styles,
)
from mfd_desktop.site import SiteContact

FORM_VERSION = "MFD-EW-1"
TEXT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN


@dataclass(frozen=True)
class ConsentForm:
    client_name: str
    case_number: str
    purpose: str        # the purpose's label, e.g. "Weitergabe an eine benannte Stelle"
    recipient: str      # office or kind of office in words ("" = to be filled in by hand)
    site: SiteContact


def _facts(rows: list[tuple[str, str]], st: dict) -> Table:
    _regular, bold = register_fonts()
    data = [[name, Paragraph(escape(value) if value else "_" * 46, st["body"])]
            for name, value in rows]
    table = Table(data, colWidths=[42 * mm, TEXT_WIDTH - 42 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (0, -1), bold, 10.5),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _signatures(font: str) -> Table:
    line = "_" * 34
    rows = [[line, line], ["Ort, Datum", "Unterschrift der Klient*in"], ["", ""],
            [line, line], ["Ort, Datum", "Unterschrift Dolmetscher*in (falls beteiligt)"]]
    table = Table(rows, colWidths=[TEXT_WIDTH / 2] * 2,
                  rowHeights=[12 * mm, 6 * mm, 4 * mm, 12 * mm, 6 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 10),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TEXTCOLOR", (0, 1), (-1, 1), colors.HexColor("#444444")),
                               ("TEXTCOLOR", (0, 4), (-1, 4), colors.HexColor("#444444"))]))
    return table


def render_consent_form(form: ConsentForm, today: dt.date | None = None) -> bytes:
    regular, _bold = register_fonts()
    st = styles()
    site = form.site
    office = site.name or "die Beratungsstelle"
    story: list = [Paragraph("Einwilligung", st["title"]),
                   _facts([("Beratungsstelle:", site.name), ("Träger:", site.traeger),
                           ("Anschrift:", ", ".join(site.address_lines())),
                           ("Telefon:", site.phone)], st),
                   Spacer(1, 4 * mm),
                   _facts([("Name:", form.client_name), ("Fallnummer:", form.case_number),
                           ("Zweck:", form.purpose), ("Empfänger:", form.recipient)], st),
                   Spacer(1, 4 * mm),
                   Paragraph(f"Ich willige ein, dass {escape(office)} meine Angaben für den oben "
                             "genannten Zweck verarbeitet und – wenn ein Empfänger genannt ist – "
                             "an diesen Empfänger weitergibt, soweit das für meine Beratung "
                             "nötig ist.", st["body"]),
                   Paragraph("Welche Angaben weitergegeben werden dürfen:", st["body"]),
                   Paragraph("_" * 78, st["body"]),
                   Paragraph("_" * 78, st["body"]),
                   Paragraph("Die Einwilligung ist freiwillig. Wenn ich nicht einwillige, "
                             "werde ich trotzdem beraten. Ich kann die Einwilligung jederzeit "
                             "ohne Angabe von Gründen widerrufen, mündlich oder schriftlich bei "
                             "der Beratungsstelle. Der Widerruf gilt ab dann; was vorher "
                             "weitergegeben wurde, bleibt rechtmäßig (Art. 7 Abs. 3 DSGVO).",
                             st["body"]),
                   Paragraph("Ich habe eine Kopie dieser Erklärung erhalten. Auf Wunsch wurde "
                             "sie mir in meiner Sprache erklärt.", st["body"]),
                   Spacer(1, 6 * mm),
                   _signatures(regular),
                   Spacer(1, 6 * mm),
                   Paragraph(f"Formular {FORM_VERSION} · gedruckt am "
                             f"{format_date(today or dt.date.today())}", st["small"])]
    meta = PdfMeta(title="Einwilligung", header=f"{site.name or 'MFD Desktop'} – Einwilligung",
                   footer=f"Formular {FORM_VERSION}", date=today or dt.date.today())
    return render_pdf(story, meta)
