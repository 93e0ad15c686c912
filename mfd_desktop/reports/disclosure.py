"""Auskunft nach Art. 15 DSGVO as PDF: everything stored about one client, readable.

Input is the dict from `mfd_desktop.domain.dataprotection.data_subject_rights.collect()` (the same
data as the JSON file). Rendered in memory; the caller writes it where the counsellor
chose. Values from reference lists are shown by their German label where known.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from mfd_desktop.formatting import local_timestamp
from mfd_desktop.reports.pdf_base import PdfMeta, render_pdf, styles

TABLE_TITLES = {
    "clients": "Stammdaten",
    "client_languages": "Sprachen",
    "client_special_needs": "Besondere Schutzbedürftigkeit",
    "client_tags": "Schlagwörter",
    "consents": "Einwilligungen",
    "consultations": "Beratungen",
    "consultation_topics": "Beratungsthemen",
    "referrals": "Weitervermittlungen",
    "deadlines": "Fristen",
    "followups": "Wiedervorlagen",
    "checklists": "Checklisten",
    "checklist_items": "Unterlagen (Checklistenpunkte)",
    "change_history": "Berichtigungen (Änderungsverlauf)",
    "client_restrictions": "Einschränkung der Verarbeitung",
    "consent_withdrawal_marks": "Weitergaben nach Widerruf (markiert)",
    "retention_holds": "Aufbewahrung über die Löschfrist hinaus",
    "letters": "Gedruckte Schreiben (Kopien bei den Anhängen)",
}
ORDER = list(TABLE_TITLES)

FIELD_LABELS = {
    "case_number": "Fallnummer", "name": "Name", "pseudonym": "Pseudonym", "anonymous": "Anonym",
    "birth_year": "Geburtsjahr", "gender": "Geschlecht", "country": "Herkunftsland",
    "interpreter_needed": "Sprachmittlung nötig", "sprachmittlung": "Sprachmittlung",
    "residence_status": "Aufenthaltsstatus", "residence_title_expires": "Titel gültig bis",
    "protection_status": "Schutzstatus", "service": "Dienst", "household_size": "Haushaltsgröße",
    "first_contact": "Erstkontakt", "phone": "Telefon", "email": "E-Mail", "address": "Anschrift",
    "status": "Fallstatus", "closing_reason": "Abschlussgrund", "closed_on": "Abgeschlossen am",
    "created_at": "Angelegt", "updated_at": "Zuletzt geändert", "language": "Sprache",
    "need": "Bedarf", "tag": "Schlagwort", "purpose": "Zweck", "recipient_key": "Empfänger (Art)",
    "recipient_text": "Empfänger", "office_id": "Stelle", "form_version": "Formularversion",
    "given_on": "Erteilt am", "withdrawn_on": "Widerrufen am", "note": "Notiz",
    "held_on": "Datum", "duration_minutes": "Dauer (Minuten)", "channel": "Kontaktweg",
    "method": "Beratungsform", "interpreter_used": "Sprachmittlung genutzt", "topic": "Thema",
    "target_key": "Ziel", "referred_on": "Vermittelt am", "accompanied": "Begleitet",
    "passes_data": "Daten weitergegeben", "outcome_note": "Ergebnis", "follow_up_on": "Nachfassen am",
    "rule_key": "Fristregel", "start_date": "Beginn", "end_date": "Fristende",
    "due_on": "Fällig am", "override_date": "Eigenes Datum", "override_reason": "Begründung",
    "done": "Erledigt", "done_on": "Erledigt am", "text": "Text", "kind": "Art",
    "title_de": "Titel", "appointment_date": "Termin", "label_de": "Unterlage", "state": "Stand",
    "due_date": "Fällig", "field": "Feld", "old_value": "Vorher", "new_value": "Nachher",
    "reason": "Grund", "changed_at": "Geändert am", "actor": "Durch", "restricted_at": "Seit",
    "marked_at": "Markiert am", "hold_until": "Aufbewahren bis",
    "interpreting_language": "Sprachmittlung aus", "interpreting_into": "Sprachmittlung in",
    "interpreter_minor": "Minderjährige Angehörige haben gedolmetscht",
    "interpreter_id": "Sprachmittler*in",
}
# Internal columns that mean nothing to the person asking.
HIDDEN = {"id", "client_id", "consultation_id", "checklist_id", "consent_id", "referral_id",
          "template_json", "template_key", "template_version", "sort_due", "retired", "position",
          "item_key", "source_key", "raw_end", "posted_on", "given_date", "without_instruction",
          "record_id"}


# Column → reference list whose German label is shown instead of the stored key.
VALUE_LISTS = {
    "gender": "gender", "country": "country", "sprachmittlung": "sprachmittlung",
    "residence_status": "residence_status", "protection_status": "protection_status",
    "service": "service", "closing_reason": "closing_reason", "language": "languages",
    "need": "special_needs", "purpose": "consent_purpose", "recipient_key": "referral_targets",
    "target_key": "referral_targets", "channel": "channel", "method": "method", "topic": "topics",
    "interpreting_language": "languages", "interpreting_into": "languages",
}


_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _label_value(key: str, value: Any, offices: dict[int, str] | None = None) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if key == "office_id" and offices and value in offices:
        return offices[value]
    if key == "interpreter_id" and offices and ("interpreter", value) in offices:
        return offices[("interpreter", value)]  # type: ignore[index]
    text = str(value)
    if m := _DATE.match(text):
        return f"{m[3]}.{m[2]}.{m[1]}"
    if (local := local_timestamp(text)) is not None:
        return local  # Ortszeit (Europe/Berlin)
    list_name = VALUE_LISTS.get(key)
    if list_name:
        try:
            from mfd_desktop.domain import reference

            return reference.label(list_name, text) or text
        except Exception:  # an unknown list or key: show the stored value
            return text
    return text


TABLE_FIELD_LABELS = {("referrals", "status"): "Stand", ("checklist_items", "state"): "Stand"}


def _kv_table(table_name: str, row: dict[str, Any], st: dict, offices: dict[int, str]) -> Table:
    data = []
    for key, value in row.items():
        if key in HIDDEN:
            continue
        if key in ("interpreter_needed", "interpreter_used", "accompanied", "passes_data",
                   "done", "anonymous", "interpreter_minor") and value in (0, 1):
            value = bool(value)
        label = TABLE_FIELD_LABELS.get((table_name, key)) or FIELD_LABELS.get(key, key)
        data.append([Paragraph(escape(label), st["small"]),
                     Paragraph(escape(_label_value(key, value, offices)).replace("\n", "<br/>"), st["body"])])
    table = Table(data, colWidths=[45 * mm, 120 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def render_disclosure(data: dict[str, Any], *, retention_years: int = 3) -> bytes:
    st = dict(styles())
    st["heading"] = ParagraphStyle("heading_keep", parent=st["heading"], keepWithNext=1)
    case_number = str(data.get("case_number", ""))
    created = str(data.get("created_at", ""))[:10]
    story: list = [
        Paragraph("Auskunft nach Art. 15 DSGVO", st["title"]),
        Paragraph(f"Fallnummer {escape(case_number)} · erstellt am "
                  f"{escape(_german(created))}", st["body"]),
        Paragraph(
            "Diese Auskunft enthält alle Daten, die in MFD Desktop zu dieser Person gespeichert "
            "sind: Stammdaten, Beratungen, Weitervermittlungen, Einwilligungen, Fristen, "
            "Unterlagen, Berichtigungen und das Protokoll der Vorgänge zu diesem Fall.",
            st["small"]),
        Paragraph("Zwecke und Rechte", st["heading"]),
        Paragraph(
            "Zweck: Beratung und Begleitung im Migrationsfachdienst; anonymisierte Zählungen für "
            "die Statistik an den Zuwendungsgeber (ohne Namen oder Einzelangaben). "
            f"Speicherdauer: bis {retention_years} Jahre nach Abschluss des Falls, dann Löschung. "
            "Sie haben das Recht auf Berichtigung, Löschung, Einschränkung der Verarbeitung und "
            "Widerspruch sowie auf Widerruf erteilter Einwilligungen für die Zukunft, und das "
            "Recht auf Beschwerde bei der Aufsichtsbehörde (in Rheinland-Pfalz: Der "
            "Landesbeauftragte für den Datenschutz und die Informationsfreiheit).", st["body"]),
    ]
    if data.get("restricted"):
        story.append(Paragraph("Die Verarbeitung dieses Falls ist eingeschränkt (Art. 18 DSGVO).",
                               st["warning"]))
    recipients = data.get("recipients") or []
    offices = {o.get("id"): str(o.get("name", "")) for o in recipients}
    # the interpreters named in consultations (the address book, db/0013)
    offices.update({("interpreter", i.get("id")): str(i.get("name", ""))
                    for i in data.get("interpreters") or []})
    story.append(Paragraph("Empfänger", st["heading"]))
    if recipients:
        for office in recipients:
            story.append(Paragraph(f"• {escape(str(office.get('name', '')))}", st["list"]))
    else:
        story.append(Paragraph("Keine Stellen eingetragen, an die Daten gingen.", st["body"]))

    records: dict[str, list[dict]] = data.get("records", {})
    names = ORDER + sorted(t for t in records if t not in TABLE_TITLES)
    for table in names:
        rows = records.get(table) or []
        if not rows:
            continue
        title = TABLE_TITLES.get(table, table)
        story.append(Paragraph(f"{escape(title)} ({len(rows)})", st["heading"]))
        for row in rows:
            story += [_kv_table(table, row, st, offices), Spacer(1, 3 * mm)]
    drafts = data.get("drafts") or []
    if drafts:
        story.append(Paragraph(f"Entwürfe, noch nicht gespeichert ({len(drafts)})", st["heading"]))
        for row in drafts:
            story.append(Paragraph(escape(str(row.get("content_json", ""))), st["small"]))
    log_rows = data.get("audit_log") or []
    story.append(Paragraph(f"Protokoll der Vorgänge ({len(log_rows)})", st["heading"]))
    for entry in log_rows:
        story.append(Paragraph(
            f"{escape(_label_value('at', entry.get('at')))} · "
            f"{escape(str(entry.get('label', '')))} · {escape(str(entry.get('actor', '')))}",
            st["small"]))
    meta = PdfMeta(title=f"Auskunft {case_number}", header="MFD Desktop – Auskunft nach Art. 15 DSGVO",
                   footer=f"Fallnummer {case_number} · vertraulich", subject="Auskunft",
                   date=_date(created))
    return render_pdf(story, meta)


def _date(iso: str) -> dt.date:
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return dt.date.today()


def _german(iso: str) -> str:
    return _date(iso).strftime("%d.%m.%Y")
