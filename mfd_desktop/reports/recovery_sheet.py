"""The "Notfallblatt": the recovery key on paper, for a locked cabinet of the office.

`render_recovery_sheet(key, vault_id)` returns PDF bytes; the caller writes them only
where the user chose (`pdf_base.write_pdf`). The sheet is German: it is read in a
German office, possibly years later, by whoever has to open the vault.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from mfd_desktop.formatting import format_date
from mfd_desktop.reports.pdf_base import (
    MONO,
    PdfMeta,
    register_fonts,
    render_pdf,
    styles,
)
from mfd_desktop.security import recovery_key

TITLE = "Notfallblatt – MFD Desktop"


def _key_table(groups: list[str]) -> Table:
    rows = [groups[:4], groups[4:]]
    table = Table(rows, colWidths=[40 * mm] * 4, rowHeights=[16 * mm, 16 * mm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), MONO, 20),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f4f4")),
    ]))
    return table


def _fill_in_table(font: str) -> Table:
    line = "_" * 38
    rows = [
        ["Beratungsstelle:", line],
        ["Aufbewahrt bei / Ort:", line],
        ["Datum, Unterschrift:", line],
    ]
    table = Table(rows, colWidths=[45 * mm, 115 * mm], rowHeights=[10 * mm] * 3, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 10.5),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TEXTCOLOR", (1, 0), (1, -1), colors.HexColor("#777777")),
    ]))
    return table


def render_recovery_sheet(key: str, vault_id: str, created: dt.date | None = None) -> bytes:
    groups = recovery_key.groups(key)
    if len(groups) != recovery_key.CHARS // recovery_key.GROUP:
        raise ValueError("not a recovery key")
    st = styles()
    regular, _bold = register_fonts()
    day = created or dt.date.today()
    short_id = escape(vault_id[:8].upper())
    story = [
        Paragraph(TITLE, st["title"]),
        Paragraph(
            "Mit diesem Schlüssel lässt sich der verschlüsselte Tresor von MFD Desktop öffnen, "
            "wenn die Passphrase vergessen wurde.", st["body"]),
        Spacer(1, 4 * mm),
        Paragraph("Wiederherstellungsschlüssel", st["heading"]),
        KeepTogether([_key_table(groups), Spacer(1, 2 * mm)]),
        Paragraph(f"Tresor-Kennung: {short_id} · erstellt am {format_date(day)}", st["small"]),
        Spacer(1, 4 * mm),
        Paragraph("So öffnen Sie den Tresor mit diesem Schlüssel", st["heading"]),
        Paragraph("MFD Desktop starten.", st["list"], bulletText="1."),
        Paragraph("Auf dem Sperrbildschirm „Passphrase vergessen? Mit Wiederherstellungsschlüssel "
                  "öffnen“ wählen.", st["list"], bulletText="2."),
        Paragraph("Den Schlüssel eintippen. Groß- und Kleinschreibung, Leerzeichen und "
                  "Bindestriche spielen keine Rolle; 0 und O sowie 1 und I werden nicht "
                  "verwechselt.", st["list"], bulletText="3."),
        Paragraph("Eine neue Passphrase festlegen. Danach gilt die alte Passphrase nicht mehr.",
                  st["list"], bulletText="4."),
        Paragraph("Wichtig", st["heading"]),
        Paragraph("Wer diesen Schlüssel hat, kann alle Falldaten lesen. Bewahren Sie das Blatt "
                  "verschlossen auf, zum Beispiel in einem abschließbaren Schrank der "
                  "Beratungsstelle.", st["warning"]),
        Paragraph("Nicht fotografieren, nicht kopieren, nicht per E-Mail oder Messenger "
                  "versenden.", st["list"], bulletText="•"),
        Paragraph("Wird in MFD Desktop ein neuer Wiederherstellungsschlüssel erstellt, ist dieses "
                  "Blatt ungültig. Vernichten Sie es dann (Aktenvernichter).", st["list"],
                  bulletText="•"),
        Paragraph("Falls Sie dieses Blatt als PDF gespeichert haben: nach dem Ausdrucken die "
                  "Datei löschen.", st["list"], bulletText="•"),
        Spacer(1, 8 * mm),
        _fill_in_table(regular),
    ]
    meta = PdfMeta(title=TITLE, header="MFD Desktop – Notfallblatt (vertraulich)",
                   footer=f"Tresor {short_id}", subject="Wiederherstellungsschlüssel", date=day)
    return render_pdf(story, meta)
