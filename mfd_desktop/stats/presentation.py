"""Turning figures into what people read: rows, sections, signs and the legend.

Shared by the command line, the Statistik-PDF and the statistics view, so all three
show the same thing. Signs as the statistical offices print them (DIN 55301, see
docs/statistics.md "Statistik-PDF and view"):

- `.`  not shown for data protection reasons ("geheim zu halten") — a small cell *or*
  a complementary one of any size, so never "< 5";
- `–`  nothing, exactly zero;
- `mindestens N` (reports summed over released periods) — hidden in at least one part,
  N is the sum of the parts where it is visible.

Three sources of figures, one `Figures` object each (`Figures.exact` marks the only one
that is not for passing on):
- `preview_figures`: the live preview of a released-kind period (what "Freigeben"
  would send), suppressed;
- `released_report`: what was released (`stats.released_figures`) — the only source of
  the Statistik-PDF;
- `exact_figures`: the counsellor's exact own counts, for their screen only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import overload

from mfd_desktop.messages import Msg
from mfd_desktop.stats import catalogue
from mfd_desktop.stats.catalogue import REPORTED as MEASURES
from mfd_desktop.stats.payload import Cell, StatsPayload
from mfd_desktop.stats.payload_builder import Preview
from mfd_desktop.stats.periods import Period, kind_name
from mfd_desktop.stats.released_figures import (
    PERSON_MEASURES,
    ReleasedFigures,
    Shown,
)
from mfd_desktop.stats.suppression import effective_k

# Long lists show only their non-zero or hidden rows (the rest is said in one line).
FULL_LIST_MAX = 10
HIDDEN_SIGN = "."  # DIN 55301: "geheim zu halten"
ZERO_SIGN = "–"  # DIN 55301: "nichts vorhanden" (genau null)
# A breakdown cell of a small unit (rule 5) is hidden like any other: the same sign
# (`Row.small_unit` says why), the reason is said in one sentence above the tables.
# The transfer preview of a small unit lists each breakdown once: it is not in the
# payload at all (not a hidden cell, there is no cell): Msg("stats.not_sent").

Text = str | Msg  # a sign or number as it is, or a message rendered at the edge


def number(value: int) -> str:
    """12 → "12", 1234 → "1.234", 0 → "–"."""
    return ZERO_SIGN if value == 0 else f"{value:,}".replace(",", ".")


def at_least(value: int) -> Msg:
    return Msg("stats.at_least", number=number(value))


def shown_value(value: int | None, suppressed: bool, k: int | None = None,
                dimension: str = "total") -> str:
    """The text of a released cell: its number, or "." when hidden (whatever its size)."""
    del k, dimension  # the sign does not depend on the threshold: any size may be hidden
    if suppressed or value is None:
        return HIDDEN_SIGN
    return number(value)


def legend(lower_bounds: bool = False) -> Msg:
    """The Zeichenerklärung printed under every table of figures."""
    if lower_bounds:
        return Msg("stats.legend_lower_bounds")
    return Msg("stats.legend")


def rule_sentence(k: int) -> Msg:
    """The suppression rule in one sentence (UI and PDF)."""
    return Msg("stats.rule_sentence", last_hidden=k - 1, need_k=effective_k(k, "special_need"))


def small_unit_sentence(threshold: int) -> Msg:
    """Why a small unit shows no breakdowns (statistics.md rule 5), for UI and PDF."""
    return Msg("stats.small_unit_sentence", threshold=threshold)


def local_only_sentence() -> Msg:
    return Msg("stats.local_only_sentence")


@overload
def in_language(value: Text, language: str) -> str: ...
@overload
def in_language(value: Text | None, language: str) -> str | None: ...
def in_language(value: Text | None, language: str) -> str | None:
    """Render at the edge: a message in `language`, a sign or number as it is."""
    if value is None or isinstance(value, str):
        return value
    return value.render(language)


@dataclass(frozen=True)
class Row:
    category: str
    label: Text
    value: int | None  # None = not shown exactly
    text: Text  # "12", "–", ".", Msg "mindestens 12"
    lower_bound: int | None = None  # "mindestens N" (summed reports)
    small_unit: bool = False  # hidden because the unit is small (rule 5)

    @property
    def suppressed(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class Section:
    measure: str
    dimension: str
    title: Text
    rows: tuple[Row, ...]
    note: Text | None
    omitted_zero: int  # categories left out because they are 0

    @property
    def key(self) -> str:
        return f"{self.measure}.{self.dimension}"


@dataclass(frozen=True)
class Figures:
    """Everything a view or the PDF shows for one period. Built as messages; the edge
    calls `rendered(figures, language)` and reads plain text (`language` says which)."""

    period: Period
    k: int
    provisional: bool
    overview: tuple[Row, ...]
    sections: tuple[Section, ...]
    facts: tuple[Text, ...] = ()  # where the figures come from (revision, parts)
    warnings: tuple[Text, ...] = ()  # vorläufig, missing parts, small unit
    notes: tuple[Text, ...] = ()  # under the overview (sums of quarters)
    totals_only: bool = False
    small_unit: int | None = None  # the rule-5 threshold when known
    lower_bounds: bool = False  # some cell reads "mindestens N"
    exact: bool = False  # the counsellor's exact counts: never on paper, never passed on
    language: str | None = None  # set by `rendered`: the texts are plain text in it

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    @property
    def legend(self) -> Text:
        message = legend(self.lower_bounds)
        return message if self.language is None else message.render(self.language)


def _rendered_row(row: Row, language: str) -> Row:
    return dataclasses.replace(row, label=in_language(row.label, language),
                               text=in_language(row.text, language))


def rendered(figures: Figures, language: str) -> Figures:
    """`figures` with every message rendered in `language` (the edge's choice)."""
    def texts(values: tuple[Text, ...]) -> tuple[Text, ...]:
        return tuple(in_language(v, language) for v in values)

    return dataclasses.replace(
        figures,
        overview=tuple(_rendered_row(r, language) for r in figures.overview),
        sections=tuple(dataclasses.replace(
            s, title=in_language(s.title, language), note=in_language(s.note, language),
            rows=tuple(_rendered_row(r, language) for r in s.rows)) for s in figures.sections),
        facts=texts(figures.facts), warnings=texts(figures.warnings), notes=texts(figures.notes),
        language=language)


# ----- rows from any source ---------------------------------------------------------------

Getter = Callable[[str, str, str], Shown]


def _row(measure: str, dimension: str, category: str, shown: Shown,
         label: Text | None = None, small_unit: bool = False) -> Row:
    if label is None:
        label = (catalogue.measure_name(measure) if dimension == "total"
                 else catalogue.category_name(dimension, category))
    return Row(category if dimension != "total" else measure, label, shown.value,
               shown_text(shown), shown.lower_bound if shown.value is None else None,
               small_unit)


def shown_text(shown: Shown) -> Text:
    """What a report prints for a released cell: the number, "mindestens N" or "."."""
    if shown.value is not None:
        return number(shown.value)
    if shown.lower_bound:
        return at_least(shown.lower_bound)
    return HIDDEN_SIGN


def _overview(get: Getter) -> list[Row]:
    return [_row(m, "total", "total", get(m, "total", "total")) for m in MEASURES]


def _without_merge_artifacts(dimension: str, categories: list[str], get: Callable[[str], Shown]
                             ) -> list[str]:
    """Gender: the merged row "divers / ohne Eintrag / keine Angabe" only where it holds
    something, and then the three small ones only where they hold something too."""
    if dimension != "gender" or catalogue.GENDER_MERGED not in categories:
        return categories
    if get(catalogue.GENDER_MERGED) == Shown(0):
        return [c for c in categories if c != catalogue.GENDER_MERGED]
    return [c for c in categories if c not in catalogue.GENDER_SMALL
            or not (get(c) == Shown(0) or (get(c).merged_only and not get(c).lower_bound))]


def _sections(get: Getter, categories: Callable[[str, str], list[str]], *,
              small_unit: bool = False, parts_word: Msg | None = None) -> list[Section]:
    """`parts_word` ("Quartale"): the figures are sums over released parts of that kind."""
    out = []
    for measure, dims in MEASURES.items():
        for dimension in dims:
            if dimension == "total":
                continue
            cats = _without_merge_artifacts(dimension, categories(measure, dimension),
                                            functools.partial(get, measure, dimension))
            if not cats:
                continue
            full = len(cats) <= FULL_LIST_MAX or small_unit
            rows, merged_out = [], 0
            for category in cats:
                shown = get(measure, dimension, category)
                if not full and shown.value == 0:
                    continue
                if not full and shown.merged_only and not shown.lower_bound:
                    merged_out += 1
                    continue
                rows.append(_row(measure, dimension, category, shown, small_unit=small_unit))
            notes = [n for n in (catalogue.dimension_note(measure, dimension),) if n]
            if parts_word and measure in PERSON_MEASURES:
                notes.append(Msg("stats.person_note", kinds=parts_word))
            if merged_out:
                notes.append(Msg("stats.categories_not_listed"))
            note = None
            if notes:  # one line: the notes one after another
                note = notes[0] if len(notes) == 1 else Msg(
                    "stats.notes_joined", first=notes[0],
                    rest=Msg("stats.notes_joined", first=notes[1], rest=notes[2])
                    if len(notes) == 3 else notes[1])
            out.append(Section(measure, dimension, catalogue.breakdown_name(measure, dimension),
                               tuple(rows), note, len(cats) - len(rows) - merged_out))
    return out


# ----- source 1: the live preview of a released-kind period -------------------------------


def _preview_getter(preview: Preview) -> Getter:
    cells = {(c.measure, c.dimension, c.category): c for c in preview.cells}

    def get(measure: str, dimension: str, category: str) -> Shown:
        cell = cells.get((measure, dimension, category))
        return Shown(0) if cell is None else Shown(cell.released_value)

    return get


def _preview_categories(preview: Preview) -> Callable[[str, str], list[str]]:
    return lambda m, d: [c.category for c in preview.table(m, d)]


def overview(preview: Preview) -> list[Row]:
    """One row per measure: its total, as released."""
    get = _preview_getter(preview)
    return [row for row in _overview(get)
            if preview.cell(row.category, "total", "total") is not None]


def sections(preview: Preview) -> list[Section]:
    """One section per measure and dimension (not the totals), in catalogue order.

    For a small unit (`preview.totals_only`) every row reads "." and long lists are
    shown in full, so not even which categories occur can be read off."""
    return _sections(_preview_getter(preview), _preview_categories(preview),
                     small_unit=preview.totals_only)


def hidden_breakdowns(preview_or_figures: Preview | Figures) -> list[Row]:
    """Small unit: one row per breakdown ("Ratsuchende nach Herkunftsregion: ."), the
    compact form the PDF uses instead of a table per breakdown."""
    found = (preview_or_figures.sections if isinstance(preview_or_figures, Figures)
             else sections(preview_or_figures))
    return [Row(s.key, s.title, None, HIDDEN_SIGN, small_unit=True) for s in found]


def preview_figures(preview: Preview) -> Figures:
    """What the live preview of a released-kind period shows (suppressed)."""
    warnings: list[Text] = []
    if preview.totals_only:
        warnings.append(small_unit_sentence(preview.small_unit))
    revision = preview.payload.revision if preview.payload is not None else None
    facts: tuple[Text, ...] = ()
    if revision is not None:
        facts = (Msg("stats.preview_fact", revision=revision),)
    return Figures(preview.period, preview.k, preview.provisional,
                   tuple(overview(preview)), tuple(sections(preview)),
                   facts=facts, warnings=tuple(warnings), totals_only=preview.totals_only,
                   small_unit=preview.small_unit)


# ----- source 2: what was released (the only source of the PDF) ---------------------------


def _date(iso: str) -> str:
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}"


def released_report(figures: ReleasedFigures, *, today: dt.date | None = None) -> Figures:
    """A funder's figures: the latest released revision, or the sum of the released parts."""
    parts = figures.parts
    kind_word = kind_name(figures.release_kind, plural=True)
    facts: tuple[Text, ...]
    if not figures.summed:
        part = parts[0]
        facts = (Msg("stats.released_fact", revision=part.revision,
                     date=_date(part.released_at)),)
    else:
        listed = [Msg("stats.period_revision", period=p.period.label, revision=p.revision)
                  for p in parts]
        facts = (Msg("stats.summed_fact", kinds=kind_word, parts=listed),)
    warnings: list[Text] = []
    if figures.missing:
        names = [Msg("stats.period_running", period=p.label) if p.is_provisional(today)
                 else p.label for p in figures.missing]
        warnings.append(Msg("stats.provisional_missing", periods=names))
    elif figures.provisional:
        warnings.append(Msg("stats.provisional"))
    small_parts = [p for p in parts if p.payload.totals_only]
    if figures.totals_only:
        warnings.append(Msg("stats.totals_only_sent"))
    elif small_parts:
        warnings.append(Msg("stats.totals_only_parts",
                            periods=[p.period.label for p in small_parts]))
    notes: list[Text] = []
    if figures.summed:
        notes.append(Msg("stats.summed_note", kinds=kind_word, last=parts[-1].period.label))
    get = figures.shown
    rows = _overview(lambda m, d, c: get(m, d, c))
    found = _sections(lambda m, d, c: get(m, d, c), figures.categories,
                      small_unit=figures.totals_only,
                      parts_word=kind_word if figures.summed else None)
    lower = any(r.lower_bound for r in rows) or any(
        r.lower_bound for s in found for r in s.rows)
    return Figures(figures.period, figures.k, figures.provisional, tuple(rows), tuple(found),
                   facts=facts, warnings=tuple(warnings), notes=tuple(notes),
                   totals_only=figures.totals_only, lower_bounds=lower)


# ----- source 3: the counsellor's exact counts (screen only) ------------------------------


def exact_figures(period: Period, counts: dict[tuple[str, str, str], int], *,
                  provisional: bool, k: int) -> Figures:
    """Exact, unsuppressed counts for the counsellor's own screen. Never for the PDF."""

    def get(measure: str, dimension: str, category: str) -> Shown:
        return Shown(int(counts.get((measure, dimension, category), 0)))

    def categories(measure: str, dimension: str) -> list[str]:
        keys = [c for (m, d, c) in counts if m == measure and d == dimension]
        return sorted(keys, key=lambda c: (catalogue.display_order(dimension, c), c))

    return Figures(period, k, provisional, tuple(_overview(get)),
                   tuple(_sections(get, categories)),
                   warnings=(local_only_sentence(),), exact=True)


# ----- the payload as rows (transfer preview, `mfd stats preview`) ------------------------


def payload_rows(payload: StatsPayload) -> list[tuple[Text, Text, Text, Text]]:
    """The payload as readable rows: (Kennzahl, Aufgliederung, Kategorie, Wert), in the
    order of the catalogue (the JSON keeps its own canonical order). Labels are messages
    (render with `in_language`); the JSON itself carries only keys."""
    measures = list(MEASURES)
    dims = {m: list(d) for m, d in MEASURES.items()}

    def order(cell: Cell) -> tuple[int, int, int]:
        m = measures.index(cell.measure) if cell.measure in measures else 99
        d = dims.get(cell.measure, [])
        return (m, d.index(cell.dimension) if cell.dimension in d else 99,
                catalogue.display_order(cell.dimension, cell.category))

    def dimension(key: str) -> Msg:  # a column starts upper case ("Region of origin")
        return catalogue.Term("column", key)

    rows: list[tuple[Text, Text, Text, Text]] = []
    for cell in sorted(payload.cells, key=order):
        rows.append((
            catalogue.measure_name(cell.measure),
            dimension(cell.dimension),
            catalogue.category_name(cell.dimension, cell.category),
            shown_value(cell.value, cell.suppressed),
        ))
    if payload.totals_only:  # say what is missing, one row per breakdown
        for measure, dimensions in MEASURES.items():
            for dim in dimensions:
                if dim != "total":
                    rows.append((catalogue.measure_name(measure), dimension(dim),
                                 Msg("stats.all_categories"), Msg("stats.not_sent")))
    return rows
