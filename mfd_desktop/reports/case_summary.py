"""Fallübersicht: one client's file as a German PDF (for the paper file), with pagination.

`render_case_summary(conn, client_id)` returns PDF bytes built in memory; the caller
writes them only where the user chose (`pdf_base.write_pdf`). Run it in a worker with
its own connection (`ctx.tasks.run_with_connection`). Contents: Stammdaten,
Einwilligungen, Beratungen with notes, Weitervermittlungen, the Förderpläne (goals,
steps, outcomes with notes) and the Verlauf (timeline, including events other areas
register). Stammdaten include Einreise, Wohnort and the dated histories. Page frame and fonts come from pdf_base.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import (
    arrival,
    clients,
    consultations,
    districts,
    history,
    support_plans,
    timeline,
)
from mfd_desktop.domain.referrals import consents, referrals
from mfd_desktop.messages import render
from mfd_desktop.reports.pdf_base import PdfMeta, arabic_font, register_fonts, render_pdf, styles
from mfd_desktop.storage.connection import Connection

TITLE = "Fallübersicht"
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))


def _is_arabic(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _ARABIC_RANGES)


def _markup(text: str | None) -> str:
    """Paragraph markup for user text: escaped, line breaks kept, Arabic-script runs
    shaped, put in visual order and set in the Arabic font."""
    if not text:
        return "–"
    font = arabic_font()
    runs: list[tuple[bool, list[str]]] = []
    for ch in text:
        neutral = ch in " .,;:-()/" or ch.isdigit()
        kind = _is_arabic(ch)
        if ch != "\n" and runs and (neutral or kind == runs[-1][0]) and runs[-1][1][-1] != "\n":
            runs[-1][1].append(ch)
        else:
            runs.append((kind and ch != "\n", [ch]))
    out: list[str] = []
    for is_arabic, chars in runs:
        chunk = "".join(chars)
        if is_arabic and font:
            from mfd_desktop.reports.handout import visual_line

            out.append(f'<font name="{font}">{escape(visual_line(chunk.strip()))}</font>'
                       + (" " if chunk.endswith(" ") else ""))
        else:
            out.append(escape(chunk).replace("\n", "<br/>"))
    return "".join(out)


def _date(value: str | None) -> str:
    if not value:
        return "–"
    try:
        return dt.date.fromisoformat(value[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return value


def _table(rows: list[list], widths: list[float], *, header: bool = True) -> Table:
    regular, bold = register_fonts()
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), regular, 9.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style += [("FONT", (0, 0), (-1, 0), bold, 9.5),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]
    table.setStyle(TableStyle(style))
    return table


def build_story(conn: Connection, client_id: int, *, today: dt.date | None = None) -> list:
    st = styles()
    cell = st["small"].clone("cell", fontSize=9.5, leading=12, textColor=colors.black)

    def p(text: str) -> Paragraph:
        return Paragraph(text, cell)

    c = clients.get_client(conn, client_id)
    names = referrals.office_names(conn)
    label = reference.label
    story: list = [
        Paragraph(f"{TITLE}: {escape(c.case_number or '–')}", st["title"]),
        Paragraph(f"{_markup(c.display_name)} · Status: {label('case_status', c.status)}"
                  + (f" ({escape(label('closing_reason', c.closing_reason) or '–')}, "
                     f"{_date(c.closed_on)})" if c.status == "abgeschlossen" else ""), st["body"]),
        Paragraph("Vertraulich. Enthält personenbezogene Daten; nur für die Fallakte. "
                  f"Erstellt am {(today or dt.date.today()).strftime('%d.%m.%Y')}.", st["small"]),
        Paragraph("Stammdaten", st["heading"]),
    ]
    languages = ", ".join(label("languages", k) for k in c.languages) or "–"
    if c.interpreter_needed:
        languages += " · Sprachmittlung nötig" + (
            f" ({label('sprachmittlung', c.sprachmittlung)})" if c.sprachmittlung else "")
    facts = [
        ("Fallnummer", escape(c.case_number or "–")),
        ("Name", _markup(c.name) if c.name else ("anonym" if c.anonymous else "–")),
        ("Pseudonym", _markup(c.pseudonym)),
        ("Geburtsjahr", str(c.birth_year) if c.birth_year else "–"),
        ("Geschlecht", escape(label("gender", c.gender)) or "–"),
        ("Herkunftsland", escape(label("country", c.country)) or "–"),
        ("Sprachen", escape(languages)),
        ("Aufenthaltsstatus", escape(label("residence_status", c.residence_status)) or "–"),
        ("Titel gültig bis", _date(c.residence_title_expires)),
        ("Schutzstatus", escape(label("protection_status", c.protection_status)) or "–"),
        ("Besondere Schutzbedarfe",
         escape(", ".join(label("special_needs", k) for k in c.special_needs)) or "–"),
        ("Dienst", escape(label("service", c.service)) or "–"),
        ("Haushaltsgröße", str(c.household_size) if c.household_size else "–"),
        ("Erstkontakt", _date(c.first_contact)),
        ("Kontakt", _markup(" · ".join(x for x in (c.phone, c.email) if x) or None)),
        ("Anschrift", _markup(c.address)),
        ("Schlagwörter", escape(", ".join(c.tags)) or "–"),
    ]
    came = arrival.get_arrival(conn, client_id)
    if came is not None:
        years = arrival.years_in_germany(came, today or dt.date.today())
        facts.append(("Einreise", escape(came.text()) + (f" ({years} Jahre in Deutschland)"
                                                         if years is not None else "")))
    place = districts.get_residence(conn, client_id)
    facts.append(("Wohnort", escape(render(districts.name(place.district), "de"))
                  + (f" – {_markup(place.local)}" if place.local else "")))
    for kind, title in (("residence_status", "Verlauf Aufenthaltsstatus"),
                        ("work_situation", "Arbeit/Ausbildung"),
                        ("language_level", "Deutschkenntnisse")):
        entries = history.entries(conn, client_id, kind)
        if entries:
            facts.append((title, "<br/>".join(
                f"{e.valid_from:%d.%m.%Y}: {escape(e.label() or 'nicht bekannt')}"
                + (" (Zertifikat)" if e.certificate else "") for e in reversed(entries))))
    story.append(_table([[p(f"<b>{k}</b>"), p(v)] for k, v in facts], [48 * mm, 122 * mm],
                        header=False))

    story.append(Paragraph("Einwilligungen", st["heading"]))
    items = consents.list_consents(conn, client_id)
    if items:
        rows = [["Zweck / Empfänger", "Formular", "erteilt", "widerrufen"]]
        rows += [[p(_markup(render(x.describe(names), "de"))), p(escape(x.form_version or "–")),
                  _date(x.given_on), _date(x.withdrawn_on)] for x in items]
        story.append(_table(rows, [90 * mm, 30 * mm, 25 * mm, 25 * mm]))
    else:
        story.append(Paragraph("Keine Einwilligungen erfasst.", st["body"]))

    story.append(Paragraph("Beratungen", st["heading"]))
    visits = consultations.list_consultations(conn, client_id)
    if not visits:
        story.append(Paragraph("Keine Beratungen erfasst.", st["body"]))
    for k in sorted(visits, key=lambda v: (v.held_on, v.id or 0)):
        head = (f"<b>{_date(k.held_on)}</b> · {escape(label('method', k.method))} · "
                f"{escape(label('channel', k.channel))}"
                + (f" · {k.duration_minutes} Min." if k.duration_minutes else "")
                + (f" · {escape(_short_service(k.service))}" if k.service else "")
                + (" · mit Sprachmittlung" if k.interpreter_used else ""))
        interpreting = _interpreting(conn, k)
        topics = ", ".join(label("topics", t) for t in k.topics)
        block = [Paragraph(head, st["body"])]
        if topics:
            block.append(Paragraph(f"Themen: {escape(topics)}", st["small"]))
        if interpreting:
            block.append(Paragraph(f"Sprachmittlung: {escape(interpreting)}", st["small"]))
        story.append(KeepTogether(block))
        if k.note:
            story.append(Paragraph(_markup(k.note), st["list"]))
        story.append(Spacer(1, 2 * mm))

    story.append(Paragraph("Weitervermittlungen", st["heading"]))
    refs = referrals.list_referrals(conn, client_id)
    if refs:
        rows = [["Datum", "an", "Stand", "Ergebnis", "Nachfrage"]]
        for r in sorted(refs, key=lambda r: r.referred_on or ""):
            status = label("referral_status", r.status) + (", begleitet" if r.accompanied else "")
            warn = referrals.consent_warnings(conn, r)
            target = _markup(render(r.target_label(names), "de")) + (
                "<br/><font color='#8a1c1c'>ohne Einwilligung zur Weitergabe</font>" if warn else "")
            rows.append([_date(r.referred_on), p(target), p(escape(status)),
                         p(_markup(r.outcome_note)), _date(r.follow_up_on)])
        # Stand: wide enough for "wahrgenommen," in one piece (no split inside a word)
        story.append(_table(rows, [22 * mm, 48 * mm, 34 * mm, 44 * mm, 22 * mm]))
    else:
        story.append(Paragraph("Keine Weitervermittlungen erfasst.", st["body"]))

    _plans(story, conn, client_id, st, p)

    story.append(Paragraph("Verlauf", st["heading"]))
    events = timeline.events(conn, client_id, newest_first=False)
    rows = [["Datum", "Ereignis"]] + [[_date(e.date), p(_markup(render(e.title, "de")))] for e in events]
    story.append(_table(rows, [25 * mm, 145 * mm]))
    return story


def _short_service(key: str) -> str:
    value = reference.get("service").value(key)
    return (getattr(value, "short", None) or reference.label("service", key)) if value else key


def _interpreting(conn: Connection, k: consultations.Consultation) -> str:
    """Kind, language pair and interpreter of a consultation (db/0013), as one line."""
    if not k.interpreter_used:
        return ""
    parts = [reference.label("sprachmittlung", k.sprachmittlung)] if k.sprachmittlung else []
    if k.interpreting_language:
        parts.append(" ↔ ".join(reference.label("languages", x) for x in
                                (k.interpreting_language, k.interpreting_into or "de")))
    if k.interpreter_id is not None:
        row = conn.execute("SELECT name FROM interpreters WHERE id = ?",
                           (k.interpreter_id,)).fetchone()
        if row:
            parts.append(str(row[0]))
    if k.interpreter_minor:
        parts.append("minderjährige Angehörige (nie Minderjährige dolmetschen lassen)")
    return ", ".join(parts)


def _plans(story: list, conn: Connection, client_id: int, st: dict, p) -> None:
    """The Förderpläne, newest first: goals with topic, review and outcome (with its
    note), then the agreed steps."""
    label = reference.label
    plans = support_plans.plans(conn, client_id)
    story.append(Paragraph("Förderplan", st["heading"]))
    if not plans:
        story.append(Paragraph("Kein Förderplan erfasst.", st["body"]))
    for plan in plans:
        head = f"<b>Förderplan seit {plan.started_on:%d.%m.%Y}</b>"
        if plan.ended_on:
            head += f", beendet am {plan.ended_on:%d.%m.%Y}"
        if plan.transfer_service:
            head += f" · Überleitung an {escape(label('referral_targets', plan.transfer_service))}"
        story.append(Paragraph(head, st["body"]))
        if plan.note:
            story.append(Paragraph(_markup(plan.note), st["list"]))
        rows: list[list] = [["Ziel / Vereinbarung", "Thema / wer", "Überprüfung / bis",
                             "Ergebnis / erledigt"]]
        for goal in plan.goals:
            outcome = "–"
            if goal.outcome:
                outcome = f"{escape(label('plan_outcome', goal.outcome))} " \
                          f"({goal.outcome_on:%d.%m.%Y})" if goal.outcome_on else \
                          escape(label('plan_outcome', goal.outcome))
                if goal.outcome_note:
                    outcome += f"<br/>{_markup(goal.outcome_note)}"
            rows.append([p(f"<b>{_markup(goal.text)}</b>"),
                         p(escape(label("topics", goal.topic)) if goal.topic else "–"),
                         _date(goal.review_on.isoformat() if goal.review_on else None),
                         p(outcome)])
            for step in goal.steps:
                who = escape(label("step_owner", step.owner)) + (
                    f": {_markup(step.office)}" if step.office else "")
                rows.append([p("• " + _markup(step.what)), p(who),
                             _date(step.due_on.isoformat() if step.due_on else None),
                             _date(step.done_on.isoformat() if step.done_on else None)])
        if len(rows) > 1:
            story.append(_table(rows, [70 * mm, 38 * mm, 24 * mm, 38 * mm]))
        story.append(Spacer(1, 2 * mm))


def render_case_summary(conn: Connection, client_id: int, *, today: dt.date | None = None) -> bytes:
    c = clients.get_client(conn, client_id)
    story = build_story(conn, client_id, today=today)
    meta = PdfMeta(title=f"{TITLE} {c.case_number}", header="MFD Desktop – Fallübersicht (vertraulich)",
                   footer=f"Fall {c.case_number}", subject=TITLE, date=today or dt.date.today())
    return render_pdf(story, meta)
