"""Client handout: the documents to bring, in German and a second language, as a PDF.

Layout (A4, one column per language): German title with the translated title below,
the office, the appointment date and – only if the counsellor ticked it – the client's
name; then a table with a tick box, the German label (with its condition) and the
translation; then two short hints. When any translated string used on the page is
not marked reviewed, a small note „Übersetzung nicht geprüft“ (and its translation)
is printed under the title.

Right-to-left languages (Arabic, Persian): every line is wrapped in logical order
first, then shaped with arabic-reshaper (joined letter forms), reordered with python-bidi
(the Unicode bidi algorithm) and its brackets mirrored (`mirror_brackets`), and
drawn right-aligned. Each visual line is split into runs by font: Arabic script from
Noto Sans Arabic, everything else (Latin words, digits, §) from Noto Sans, so
"(IBAN)" or "§ 25b" keep their letters and order. Fonts come only from resources/fonts
(registered by `reports.pdf_base`).

Nothing here writes to disk: `render_*` return bytes; the caller writes them with
`pdf_base.write_pdf` where the user asked. Call from a worker thread in the GUI.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from mfd_desktop.checklists.template_schema import Template, TemplateItem
from mfd_desktop.checklists.translations import (
    LANGUAGE_NAMES_DE,
    RTL_LANGUAGES,
    SOURCE_PHRASES,
    Translation,
    load_translation,
)
from mfd_desktop.errors import UserError
from mfd_desktop.formatting import format_date
from mfd_desktop.reports.pdf_base import (
    MARGIN,
    PAGE_SIZE,
    PdfMeta,
    arabic_font,
    register_fonts,
    render_pdf,
)
from mfd_desktop.site import SiteContact

GREY = colors.HexColor("#555555")
LINE = colors.HexColor("#bbbbbb")
NOTE_BG = colors.HexColor("#fff4d6")


# ----- content (pure, testable without a PDF) ------------------------------------------------

CONTACT_PHRASES = ("contact", "phone", "hours")


@dataclass(frozen=True)
class Pair:
    """A German text and its translation (None: not translated; German only)."""

    de: str
    other: str | None
    reviewed: bool = True


@dataclass(frozen=True)
class HandoutRow:
    key: str
    label: Pair
    condition: Pair | None
    due_date: str | None = None  # ISO date


@dataclass
class HandoutContent:
    language: str
    language_name: str
    rtl: bool
    title: Pair
    office: Pair
    rows: list[HandoutRow]
    phrases: dict[str, Pair]
    version: int
    appointment: dt.date | None = None
    client_name: str | None = None
    created: dt.date = field(default_factory=dt.date.today)
    # The counselling service (settings › Beratungsstelle); printed as a contact block.
    contact: SiteContact | None = None
    compact: int = 0  # 1–3: tighter rows and type, chosen when that saves a page (`render`)

    @property
    def bilingual(self) -> bool:
        return self.language != "de"

    @property
    def has_contact(self) -> bool:
        return self.contact is not None and not self.contact.empty

    @property
    def unreviewed(self) -> bool:
        pairs = [self.title, self.office, *(p for k, p in self.phrases.items()
                                            if k not in CONTACT_PHRASES or self.has_contact)]
        for row in self.rows:
            pairs.append(row.label)
            if row.condition:
                pairs.append(row.condition)
        return any(p.other is not None and not p.reviewed for p in pairs)


def _pair(de: str, tr: Translation | None, section: str, key: str,
          fallback_en: str = "") -> Pair:
    if tr is None:
        return Pair(de, None)
    entry = tr.get(section, key)
    if entry is not None:
        return Pair(de, entry.text, entry.reviewed)
    if tr.language == "en" and fallback_en:
        return Pair(de, fallback_en, False)
    return Pair(de, None)


def build_content(template: Template, language: str, *,
                  items: list[tuple[TemplateItem, str | None]] | None = None,
                  appointment: dt.date | None = None, client_name: str | None = None,
                  today: dt.date | None = None,
                  contact: SiteContact | None = None) -> HandoutContent:
    """What the handout says. `items`: (item, due date) pairs; default all template items."""
    language = (language or "").strip().lower()
    tr = None if language == "de" else load_translation(language)
    chosen = items if items is not None else [(i, None) for i in template.items]
    rows = []
    for item, due in chosen:
        condition = None
        if item.condition:
            condition = _pair(item.condition.de, tr, "conditions", item.condition.de,
                              item.condition.en)
        rows.append(HandoutRow(item.key, _pair(item.label.de, tr, "items", item.key,
                                               item.label.en), condition, due))
    phrases = {key: _pair(text, tr, "phrases", key) for key, text in SOURCE_PHRASES.items()}
    return HandoutContent(
        language=language,
        language_name=tr.name if tr else "Deutsch",
        rtl=bool(tr and (tr.rtl or language in RTL_LANGUAGES)),
        title=_pair(template.title.de, tr, "titles", template.key, template.title.en),
        office=_pair(template.office.de, tr, "offices", template.key, template.office.en),
        rows=rows,
        phrases=phrases,
        version=template.version,
        appointment=appointment,
        client_name=(client_name or "").strip() or None,
        created=today or dt.date.today(),
        contact=contact,
    )


# ----- right-to-left text ------------------------------------------------------------------

_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})
_INVISIBLE = dict.fromkeys(map(ord, "\u200c\u200d\u200e\u200f"), None)


def _is_arabic_script(cp: int) -> bool:
    return (0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF
            or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF)


_PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_MIRROR = {**_PAIRS, **_CLOSERS}


def mirror_brackets(visual: str) -> str:
    """Mirror the brackets that ended up in right-to-left runs (rule L4 of the bidi
    algorithm, which python-bidi's reordering leaves out).

    In display order an LTR pair reads "( … )" but an RTL pair reads ") … (": a closing
    bracket that comes before its opening partner belongs to an RTL run. Pairs are
    matched with a stack, so nested brackets work; text is assumed to be balanced."""
    chars = list(visual)
    stack: list[tuple[int, str]] = []  # (index, "normal" or "reversed")
    for index, ch in enumerate(chars):
        if ch in _PAIRS:  # opening glyph
            if stack and stack[-1][1] == "reversed" and _CLOSERS.get(chars[stack[-1][0]]) == ch:
                start, _kind = stack.pop()
                chars[start], chars[index] = _MIRROR[chars[start]], _MIRROR[ch]
            else:
                stack.append((index, "normal"))
        elif ch in _CLOSERS:
            if stack and stack[-1][1] == "normal" and _PAIRS.get(chars[stack[-1][0]]) == ch:
                stack.pop()
            else:
                stack.append((index, "reversed"))
    return "".join(chars)


def visual_line(logical: str) -> str:
    """One line of RTL text in display order: shaped letters (arabic-reshaper), reordered
    by python-bidi (Unicode bidi algorithm incl. bracket pairs), brackets mirrored;
    zero-width joiners/marks dropped after shaping."""
    shaped = _RESHAPER.reshape(logical)
    return mirror_brackets(get_display(shaped, base_dir="R")).translate(_INVISIBLE)


class _Fonts:
    def __init__(self, bold: bool):
        regular, bold_name = register_fonts()
        self.latin = bold_name if bold else regular
        arabic = arabic_font()
        if arabic is None:
            raise UserError("Die Schrift für Arabisch/Persisch fehlt (resources/fonts). "
                            "Bitte die Installation prüfen.")
        self.arabic = arabic + "-Bold" if bold else arabic
        try:
            pdfmetrics.getFont(self.arabic)
        except KeyError:
            self.arabic = arabic

    def runs(self, visual: str) -> list[tuple[str, str]]:
        """Split a visual line into (font, text) runs; spaces stay with the current run."""
        runs: list[tuple[str, str]] = []
        for ch in visual:
            font = self.arabic if _is_arabic_script(ord(ch)) else self.latin
            if runs and (ch == " " or runs[-1][0] == font):
                runs[-1] = (runs[-1][0], runs[-1][1] + ch)
            else:
                runs.append((font, ch))
        return runs

    def width(self, visual: str, size: float) -> float:
        return sum(pdfmetrics.stringWidth(text, font, size) for font, text in self.runs(visual))


class RtlText(Flowable):
    """Right-aligned, right-to-left paragraph, wrapped in logical order."""

    def __init__(self, text: str, size: float = 10, *, bold: bool = False,
                 color=colors.black, leading: float | None = None):
        super().__init__()
        self.text = " ".join(text.split())
        self.size = size
        self.leading = leading or size * 1.55
        self.color = color
        self.fonts = _Fonts(bold)
        self._lines: list[tuple[str, float]] = []
        self._width = 0.0

    def _wrap_lines(self, avail: float) -> list[tuple[str, float]]:
        words = self.text.split(" ")
        lines: list[tuple[str, float]] = []
        current: list[str] = []
        for word in words:
            candidate = " ".join([*current, word])
            if current and self.fonts.width(visual_line(candidate), self.size) > avail:
                text = " ".join(current)
                lines.append((visual_line(text), 0.0))
                current = [word]
            else:
                current.append(word)
        if current:
            lines.append((visual_line(" ".join(current)), 0.0))
        return [(v, self.fonts.width(v, self.size)) for v, _ in lines]

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        self._width = availWidth
        self._lines = self._wrap_lines(availWidth)
        return availWidth, len(self._lines) * self.leading

    def draw(self):
        canvas = self.canv
        height = len(self._lines) * self.leading
        canvas.setFillColor(self.color)
        for index, (visual, width) in enumerate(self._lines):
            baseline = height - (index + 1) * self.leading + (self.leading - self.size) * 0.55
            x = self._width - width
            for font, text in self.fonts.runs(visual):
                canvas.setFont(font, self.size)
                canvas.drawString(x, baseline, text)
                x += pdfmetrics.stringWidth(text, font, self.size)


# ----- rendering ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def _styles(compact: int = 0) -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    size, leading = ((10, 13.5), (10, 12.5), (9.5, 12.0), (9, 11.2))[compact]
    base = ParagraphStyle("h-body", fontName=regular, fontSize=size, leading=leading,
                          alignment=TA_LEFT)
    return {
        "body": base,
        "bold": ParagraphStyle("h-bold", parent=base, fontName=bold),
        "title": ParagraphStyle("h-title", parent=base, fontName=bold, fontSize=17, leading=22),
        "subtitle": ParagraphStyle("h-subtitle", parent=base, fontName=bold, fontSize=13,
                                   leading=18),
        "small": ParagraphStyle("h-small", parent=base, fontSize=9, leading=11.5,
                                textColor=GREY),
        "heading": ParagraphStyle("h-heading", parent=base, fontName=bold, fontSize=11.5,
                                  leading=15),
    }


def _text(text: str, style: str, content: HandoutContent, *, translated: bool) -> Flowable:
    """A paragraph in the German or the second language's direction."""
    styles = _styles(content.compact)
    if translated and content.rtl:
        s = styles[style]
        bold = s.fontName.endswith("Bold")
        return RtlText(text, s.fontSize, bold=bold, color=s.textColor,
                       leading=max(s.leading, s.fontSize * (1.4 if content.compact else 1.55)))
    return Paragraph(escape(text), styles[style])


def _cell(pair: Pair, style: str, content: HandoutContent, *, extra: str = "",
          condition: Pair | None = None, translated: bool) -> list[Flowable]:
    text = pair.other if translated else pair.de
    if text is None:  # no translation of this text
        return []
    parts = [_text(text + extra, style, content, translated=translated)]
    if condition is not None:
        ctext = condition.other if translated else condition.de
        if ctext:
            parts.append(_text(ctext, "small", content, translated=translated))
    return parts


def _due_suffix(row: HandoutRow) -> str:
    if not row.due_date:
        return ""
    return f" – {format_date(dt.date.fromisoformat(row.due_date))}"


class _TickBox(Flowable):
    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        return 4 * mm, 4 * mm

    def draw(self):
        self.canv.setStrokeColor(colors.black)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, 3.6 * mm, 3.6 * mm)


def build_story(content: HandoutContent) -> list[Flowable]:
    width = PAGE_SIZE[0] - 2 * MARGIN - 12  # the page frame pads 6 pt on each side
    two = content.bilingual
    story: list[Flowable] = []

    story.append(_text(content.title.de, "title", content, translated=False))
    if two and content.title.other:
        story.append(_text(content.title.other, "subtitle", content, translated=True))
    if two and content.unreviewed:
        note = content.phrases["unreviewed"]
        language_de = LANGUAGE_NAMES_DE.get(content.language, content.language)
        cells = [[_text(f"{note.de} ({language_de})", "small", content,
                        translated=False),
                  _text(note.other or "", "small", content, translated=True)]]
        box = Table(cells, colWidths=[width / 2, width / 2], hAlign="LEFT")
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NOTE_BG),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("TOPPADDING", (0, 0), (-1, -1), 2),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        story += [Spacer(1, 2 * mm), box]
    story.append(Spacer(1, 4 * mm))

    # Office, appointment, client: German left, translation right.
    info: list[list] = []

    def info_row(label: Pair, value_de: str, value_other: str | None = None) -> None:
        left = _text(f"{label.de}: {value_de}", "body", content, translated=False)
        if not two:
            info.append([left])
            return
        other_label = label.other or label.de
        right = _text(f"{other_label}: {value_other if value_other is not None else value_de}",
                      "body", content, translated=True)
        info.append([left, right])

    info_row(content.phrases["office"], content.office.de, content.office.other)
    if content.appointment:
        day = format_date(content.appointment)
        info_row(content.phrases["appointment"], day, day)
    if content.client_name:
        info_row(content.phrases["client"], content.client_name, content.client_name)
    table = Table(info, colWidths=[width / 2, width / 2] if two else [width], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story += [table, Spacer(1, 5 * mm)]

    heading = content.phrases["heading"]
    rtl = two and content.rtl

    def item_row(first: object, second: tuple[object, object]) -> list[object]:
        """[box, German, box, translation]; right-to-left: the box at the right edge."""
        if not two:
            return [first, second[0]]
        de, other = second
        return [first, de, other, first] if rtl else [first, de, first, other]

    header = item_row("", (_text(heading.de, "heading", content, translated=False),
                           _text(heading.other or heading.de, "heading", content,
                                 translated=True)))
    rows = [header]
    for row in content.rows:
        de = _cell(row.label, "body", content, extra=_due_suffix(row),
                   condition=row.condition, translated=False)
        other = (_cell(row.label, "body", content, extra=_due_suffix(row),
                       condition=row.condition, translated=True) if two else [])
        # A translated tick box only where there is a translated text to tick.
        rows.append(item_row(_TickBox(), (de, other)))
        if two and not other:
            rows[-1][3 if rtl else 2] = ""
    box = 8 * mm
    if two:
        col = (width - 2 * box) / 2
        col_widths = [box, col, col, box] if rtl else [box, col, box, col]
    else:
        col_widths = [box, width - box]
    pad = (4, 2.5, 1.5, 1.5)[content.compact]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]
    if two and not rtl:
        style.append(("LEFTPADDING", (2, 0), (2, -1), 4))
    if rtl:
        style += [("LEFTPADDING", (2, 0), (2, -1), 6), ("RIGHTPADDING", (2, 0), (2, -1), 4),
                  ("LEFTPADDING", (3, 0), (3, -1), 4), ("RIGHTPADDING", (3, 0), (3, -1), 0)]
    # The last rows stay with the hints and the contact block: should the list need a
    # second page, that page never holds the hints alone.
    tail = min(3, len(rows) - 1)
    items = Table(rows[:len(rows) - tail], colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    items.setStyle(TableStyle(style))
    story.append(items)
    closing: list[Flowable] = []
    if tail:
        last = Table(rows[len(rows) - tail:], colWidths=col_widths, hAlign="LEFT")
        last.setStyle(TableStyle([entry for entry in style if entry[0] != "LINEBELOW"]
                                 + [("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE)]))
        closing.append(last)
    closing.append(Spacer(1, (4 if content.compact else 6) * mm))
    for key in ("hint_copies", "hint_varies"):
        pair = content.phrases[key]
        closing.append(_pair_block([pair.de], [pair.other or pair.de], "small", content, width))
        closing.append(Spacer(1, 2 * mm))
    if content.has_contact:
        closing += [Spacer(1, 2 * mm), _contact_block(content, width)]
    story.append(KeepTogether(closing))
    return story


def _pair_block(de_lines: list[str], other_lines: list[str], style: str,
                content: HandoutContent, width: float) -> Flowable:
    """German lines left, their translation right (German only on a German handout)."""

    def column(lines: list[str], translated: bool) -> list[Flowable]:
        return [_text(line, style, content, translated=translated) for line in lines]

    if not content.bilingual:
        return Table([[column(de_lines, False)]], colWidths=[width], hAlign="LEFT",
                     style=[("LEFTPADDING", (0, 0), (-1, -1), 0)])
    table = Table([[column(de_lines, False), column(other_lines, True)]],
                  colWidths=[width / 2, width / 2], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    return table


def _contact_block(content: HandoutContent, width: float) -> Flowable:
    """„Ihre Beratungsstelle“: name, address, phone and opening hours, framed."""
    contact = content.contact
    assert contact is not None
    phrases = content.phrases

    styles = _styles(content.compact)
    right = ParagraphStyle("h-right", parent=styles["body"], alignment=TA_RIGHT)
    data = [part for part in (contact.name, *contact.address_lines()) if part]

    def column(translated: bool) -> list[Flowable]:
        def label(key: str) -> str:
            pair = phrases[key]
            return (pair.other or pair.de) if translated else pair.de

        out: list[Flowable] = [_text(label("contact"), "bold", content, translated=translated)]
        # Names and addresses are German data: left to right on both sides, so a
        # right-to-left column does not turn "55128 Mainz" into "Mainz 55128".
        ltr = right if translated and content.rtl else styles["body"]
        out += [Paragraph(escape(line), ltr) for line in data]
        if contact.phone:
            out.append(_text(f"{label('phone')}: {contact.phone}", "body", content,
                             translated=translated))
        if contact.hours:
            out.append(_text(f"{label('hours')}: {' '.join(contact.hours.split())}", "body",
                             content, translated=translated))
        return out

    inner_width = width - 12
    if content.bilingual:
        inner = Table([[column(False), column(True)]],
                      colWidths=[inner_width / 2, inner_width / 2], hAlign="LEFT")
        inner.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    else:
        inner = Table([[column(False)]], colWidths=[inner_width], hAlign="LEFT",
                      style=[("LEFTPADDING", (0, 0), (-1, -1), 0)])
    frame = Table([[inner]], colWidths=[width], hAlign="LEFT")
    frame.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, LINE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return frame


_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def page_count(pdf: bytes) -> int:
    return len(_PAGE_OBJECT.findall(pdf))


def render(content: HandoutContent) -> bytes:
    """The handout PDF as bytes (nothing written to disk). When the normal layout spills
    onto a further page, a tighter one is tried and kept if it needs fewer pages, so a
    handout never ends with a near-empty page that only holds the hints."""
    created = content.phrases["created"].de
    meta = PdfMeta(
        title=f"Unterlagen: {content.title.de}",
        header="Unterlagen-Checkliste",
        footer=f"{created} {format_date(content.created)} · Vorlage Version {content.version} "
               "· ohne Gewähr",
        subject=f"Checkliste, Deutsch/{LANGUAGE_NAMES_DE.get(content.language, content.language)}"
        if content.bilingual
        else "Checkliste",
        date=content.created,
    )
    data = render_pdf(build_story(content), meta)
    pages = page_count(data)
    for level in (1, 2, 3):
        if content.compact or pages < 2:
            break
        tight = render_pdf(build_story(replace(content, compact=level)), meta)
        if page_count(tight) < pages:
            return tight
    return data


def render_template_handout(template: Template, language: str, *,
                            appointment: dt.date | None = None,
                            today: dt.date | None = None,
                            contact: SiteContact | None = None) -> bytes:
    """Handout for a bare template (all items, no client)."""
    return render(build_content(template, language, appointment=appointment, today=today,
                                contact=contact))


def render_checklist_handout(checklist, language: str, *, client_name: str | None = None,
                             today: dt.date | None = None,
                             contact: SiteContact | None = None) -> bytes:
    """Handout for a case checklist: the documents still to bring (fehlt/angefordert), the
    appointment date, and the client's name only when passed (the counsellor ticked it).

    `checklist` is a `case_checklists.Checklist`; labels come from its snapshot."""
    open_items = [(i.template_item, i.due_date) for i in checklist.open_items()
                  if i.template_item is not None]
    if not open_items:
        raise UserError("Alle Unterlagen dieser Checkliste liegen vor oder entfallen – "
                        "es gibt nichts mitzubringen.")
    appointment = (dt.date.fromisoformat(checklist.appointment_date)
                   if checklist.appointment_date else None)
    return render(build_content(checklist.template, language, items=open_items,
                                appointment=appointment, client_name=client_name, today=today,
                                contact=contact))
