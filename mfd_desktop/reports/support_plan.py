"""The Förderplan for the client, as a PDF: German plus one handout language.

Layout (A4): the title in German with its translation below, the plan's days and –
only when the counsellor ticked it – the client's name; then per goal a block with the
goal as the client put it (never translated), its topic, the day it is talked about
again and its outcome, and a table of the agreed steps (what, who, by when, done).
Every fixed label is printed in German and in the second language (right-aligned and
shaped for Arabic and Persian, through `handout.RtlText`); the notes on outcomes are
printed only when `with_notes` is set. The fixed phrases and their translations live in
resources/reference/plan_print.toml; a language not marked reviewed gets the note
„Übersetzung nicht geprüft“ under the title, as the document checklists do.

Nothing is written to disk here: `render_support_plan` returns bytes; the caller
writes them with `pdf_base.write_pdf` where the user asked. Call it from a worker.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from mfd_desktop.checklists.translations import HANDOUT_LANGUAGES, LANGUAGE_NAMES_DE, RTL_LANGUAGES
from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.casework import support_plans as sp
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.paths import resources_dir
from mfd_desktop.reports.case_summary import _markup
from mfd_desktop.reports.handout import RtlText
from mfd_desktop.reports.pdf_base import MARGIN, PAGE_SIZE, PdfMeta, render_pdf, styles
from mfd_desktop.storage.connection import Connection

PLAN_LANGUAGES = HANDOUT_LANGUAGES  # besides German
LINE = colors.HexColor("#bbbbbb")
NOTE_BG = colors.HexColor("#fff4d6")


@functools.cache
def phrases() -> dict[str, dict[str, object]]:
    with (resources_dir() / "reference" / "plan_print.toml").open("rb") as f:
        return tomllib.load(f)


@dataclass(frozen=True)
class Words:
    """The fixed phrases in German and in the second language (None: German only)."""

    language: str

    @property
    def bilingual(self) -> bool:
        return self.language != "de"

    @property
    def rtl(self) -> bool:
        return self.language in RTL_LANGUAGES

    @property
    def reviewed(self) -> bool:
        return not self.bilingual or bool(phrases()[self.language].get("reviewed", False))

    def de(self, key: str) -> str:
        return str(phrases()["de"][key])

    def other(self, key: str) -> str | None:
        if not self.bilingual:
            return None
        text = phrases()[self.language].get(key)
        return None if text is None else str(text)


def _styles() -> dict:
    st = dict(styles())
    st["bold"] = st["body"].clone("plan-bold", fontName=st["heading"].fontName)
    st["body"] = st["body"].clone("plan-body", spaceAfter=0)
    st["small"] = st["small"].clone("plan-small", spaceAfter=0)
    return st


def _para(text: str, style: str, words: Words, *, translated: bool,
          markup: bool = False) -> Flowable:
    st = _styles()[style]
    if translated and words.rtl:
        return RtlText(text, st.fontSize, bold=st.fontName.endswith("Bold"),
                       color=st.textColor, leading=max(st.leading, st.fontSize * 1.55))
    return Paragraph(text if markup else escape(text), st)


def _label_row(key: str, value: str, words: Words, width: float, *,
               suffix_de: str = "", suffix_other: str = "") -> Table:
    """German label | value | translated label (value printed as entered)."""
    cells: list = [_para(words.de(key) + suffix_de, "bold", words, translated=False),
                   _para(_markup(value), "body", words, translated=False, markup=True)]
    widths = [42 * mm, width - 42 * mm]
    if words.bilingual:
        widths = [38 * mm, width - 38 * mm - 44 * mm, 44 * mm]
        cells.append(_para((words.other(key) or words.de(key)) + suffix_other, "small", words,
                           translated=True))
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _both(key: str, words: Words, style: str = "small") -> list[Flowable]:
    """A fixed phrase in German, with its translation below (table cells)."""
    parts = [_para(words.de(key), style, words, translated=False)]
    other = words.other(key)
    if other:
        parts.append(_para(other, style, words, translated=True))
    return parts


def _day(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "–"


def build_story(plan: sp.Plan, language: str, *, client_name: str | None = None,
                with_notes: bool = False, today: dt.date | None = None) -> list[Flowable]:
    words = Words(language)
    width = PAGE_SIZE[0] - 2 * MARGIN - 12
    story: list[Flowable] = [_para(words.de("title"), "title", words, translated=False)]
    if words.bilingual:
        story.append(_para(words.other("title") or "", "heading", words, translated=True))
        if not words.reviewed:
            name = LANGUAGE_NAMES_DE.get(language, language)
            box = Table([[_para(f"{words.de('unreviewed')} ({name})", "small", words,
                                translated=False),
                          _para(words.other("unreviewed") or "", "small", words,
                                translated=True)]],
                        colWidths=[width / 2, width / 2], hAlign="LEFT")
            box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NOTE_BG),
                                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            story += [Spacer(1, 2 * mm), box]
    story.append(Spacer(1, 4 * mm))
    if client_name:
        story.append(_label_row("for", client_name, words, width))
    story.append(_label_row("since", _day(plan.started_on), words, width))
    if plan.ended_on:
        story.append(_label_row("ended", _day(plan.ended_on), words, width))
    if plan.transfer_service:
        story.append(_label_row("transfer", reference.label("referral_targets",
                                                            plan.transfer_service), words, width))
    if not plan.goals:
        story += [Spacer(1, 4 * mm), *_both("no_goals", words, "body")]
    for number, goal in enumerate(plan.goals, start=1):
        block: list[Flowable] = [Spacer(1, 5 * mm)]
        block.append(_label_row("goal", goal.text, words, width, suffix_de=f" {number}",
                                suffix_other=f" {number}"))
        if goal.topic:
            block.append(_label_row("topic", reference.label("topics", goal.topic), words, width))
        if goal.review_on and goal.open:
            block.append(_label_row("review", _day(goal.review_on), words, width))
        if goal.outcome:
            other = words.other(f"outcome_{goal.outcome}")
            value = f"{words.de(f'outcome_{goal.outcome}')} ({_day(goal.outcome_on)})"
            block.append(_label_row("outcome", value, words, width,
                                    suffix_other=f": {other}" if other else ""))
            if with_notes and goal.outcome_note:
                block.append(_label_row("note", goal.outcome_note, words, width))
        story.append(KeepTogether(block))
        if goal.steps:
            story.append(Spacer(1, 2 * mm))
            story.append(_steps_table(goal.steps, words, width))
    return story


def _steps_table(steps: tuple[sp.Step, ...], words: Words, width: float) -> Table:
    head = [_both(key, words) for key in ("what", "who", "by_when", "done")]
    rows: list[list] = [head]
    for step in steps:
        who = _both(f"owner_{step.owner}", words, "body")
        if step.office:
            who.append(_para(_markup(step.office), "body", words, translated=False, markup=True))
        rows.append([_para(_markup(step.what), "body", words, translated=False, markup=True),
                     who, _para(_day(step.due_on), "body", words, translated=False),
                     _para(_day(step.done_on) if step.done_on else "", "body", words,
                           translated=False)])
    widths = [width - 92 * mm, 42 * mm, 25 * mm, 25 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def render_support_plan(conn: Connection, plan_id: int, language: str, *,
                        with_name: bool = False, with_notes: bool = False,
                        today: dt.date | None = None) -> bytes:
    """The plan `plan_id` as PDF bytes, German plus `language` ("de": German only)."""
    language = (language or "de").strip().lower()
    if language != "de" and language not in phrases():
        raise ValueError(f"no plan phrases for language {language[:20]!r}")
    row = conn.execute("SELECT client_id FROM support_plans WHERE id = ?", (plan_id,)).fetchone()
    if row is None:
        raise UserError(Msg("support_plans.plan_gone"))
    plan = next(p for p in sp.plans(conn, int(row[0])) if p.id == plan_id)
    client = clients.get_client(conn, plan.client_id)
    name = client.display_name if with_name else None
    day = today or dt.date.today()
    subject = "Förderplan" + (f", Deutsch/{LANGUAGE_NAMES_DE.get(language, language)}"
                              if language != "de" else "")
    meta = PdfMeta(title="Förderplan", header="Förderplan",
                   footer=f"{phrases()['de']['created']} {_day(day)}", subject=subject, date=day)
    return render_pdf(build_story(plan, language, client_name=name, with_notes=with_notes,
                                  today=day), meta)
