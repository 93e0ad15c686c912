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

from collections.abc import Callable
from dataclasses import dataclass

from mfd_desktop.stats import catalogue
from mfd_desktop.stats.catalogue import REPORTED as MEASURES
from mfd_desktop.stats.payload import StatsPayload
from mfd_desktop.stats.payload_builder import Preview
from mfd_desktop.stats.periods import Period
from mfd_desktop.stats.released_figures import (
    PERSON_MEASURES,
    ReleasedFigures,
    Shown,
    kind_label,
)
from mfd_desktop.stats.suppression import effective_k

# Long lists show only their non-zero or hidden rows (the rest is said in one line).
FULL_LIST_MAX = 10
HIDDEN_SIGN = "."  # DIN 55301: "geheim zu halten"
ZERO_SIGN = "–"  # DIN 55301: "nichts vorhanden" (genau null)
# A breakdown cell of a small unit (rule 5) is hidden like any other: the same sign,
# the reason is said in one sentence above the tables.
SMALL_UNIT_TEXT = HIDDEN_SIGN
SMALL_UNIT_TEXT_EN = HIDDEN_SIGN
# The transfer preview of a small unit lists each breakdown once: it is not in the
# payload at all (not a hidden cell, there is no cell).
NOT_SENT_TEXT = "nicht übermittelt"
NOT_SENT_TEXT_EN = "not sent"
ALL_CATEGORIES = "alle Kategorien"
ALL_CATEGORIES_EN = "all categories"
LOCAL_ONLY = "Genaue Zahlen – nur für Sie, nicht zur Weitergabe"
LOCAL_ONLY_EN = "Exact figures – for you only, not to be passed on"


def small_unit_text(language: str = "de") -> str:
    return SMALL_UNIT_TEXT_EN if language == "en" else SMALL_UNIT_TEXT


def number(value: int) -> str:
    """12 → "12", 1234 → "1.234", 0 → "–"."""
    return ZERO_SIGN if value == 0 else f"{value:,}".replace(",", ".")


def at_least(value: int, language: str = "de") -> str:
    return f"{'at least' if language == 'en' else 'mindestens'} {number(value)}"


def shown_value(value: int | None, suppressed: bool, k: int | None = None,
                dimension: str = "total") -> str:
    """The text of a released cell: its number, or "." when hidden (whatever its size)."""
    del k, dimension  # the sign does not depend on the threshold: any size may be hidden
    if suppressed or value is None:
        return HIDDEN_SIGN
    return number(value)


def legend(language: str = "de", lower_bounds: bool = False) -> str:
    """The Zeichenerklärung printed under every table of figures."""
    if language == "en":
        text = ("Key: “.” = not shown for data protection reasons · “–” = none (exactly "
                "zero)")
        if lower_bounds:
            text += (" · “at least N” = not shown in at least one part; N is the sum of the "
                     "parts where it is shown")
        return text
    text = ("Zeichenerklärung: „.“ = aus Datenschutzgründen nicht ausgewiesen · „–“ = "
            "nichts vorhanden (genau null)")
    if lower_bounds:
        text += (" · „mindestens N“ = in mindestens einem Teilzeitraum nicht ausgewiesen; N ist "
                 "die Summe der Teilzeiträume, in denen der Wert ausgewiesen ist")
    return text


def rule_sentence(k: int, language: str = "de") -> str:
    """The suppression rule in one sentence (UI and PDF); German unless `language` is "en"."""
    need_k = effective_k(k, "special_need")
    if language == "en":
        return (f"To protect the clients, values from 1 to {k - 1} are not shown (“.”), and "
                "as many other values of the same table as it takes so that none can be "
                f"worked out from the total (special protection needs from {need_k}). A "
                "“.” can therefore stand for any number, a large one too.")
    return (f"Zum Schutz der Ratsuchenden werden Werte von 1 bis {k - 1} nicht ausgewiesen "
            "(„.“), dazu so viele weitere Werte derselben Aufstellung, dass sich keiner aus "
            f"der Summe zurückrechnen lässt (besondere Schutzbedarfe erst ab {need_k}). Ein "
            "„.“ kann daher für jede Zahl stehen, auch für eine große.")


def small_unit_sentence(threshold: int, language: str = "de") -> str:
    """Why a small unit shows no breakdowns (statistics.md rule 5), for UI and PDF."""
    if language == "en":
        return (f"Fewer than {threshold} clients in this period: only totals are shown and "
                "sent, no breakdowns – so that nobody can be recognised from small numbers.")
    return (f"Weniger als {threshold} Ratsuchende in diesem Zeitraum: Es werden nur Summen "
            "gezeigt und übermittelt, keine Aufgliederungen – so lässt sich aus kleinen "
            "Zahlen niemand wiedererkennen.")


def local_only_sentence(language: str = "de") -> str:
    if language == "en":
        return (LOCAL_ONLY_EN + ": small numbers are shown as they are. Do not copy, print "
                "or send them; the PDF never contains them.")
    return (LOCAL_ONLY + ": Auch kleine Zahlen stehen hier, wie sie sind. Nicht abschreiben, "
            "drucken oder weitergeben; das PDF enthält sie nie.")


@dataclass(frozen=True)
class Row:
    category: str
    label: str
    value: int | None  # None = not shown exactly
    text: str  # "12", "–", ".", "mindestens 12"
    lower_bound: int | None = None  # "mindestens N" (summed reports)
    small_unit: bool = False  # hidden because the unit is small (rule 5)

    @property
    def suppressed(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class Section:
    measure: str
    dimension: str
    title: str
    rows: tuple[Row, ...]
    note: str | None
    omitted_zero: int  # categories left out because they are 0

    @property
    def key(self) -> str:
        return f"{self.measure}.{self.dimension}"


@dataclass(frozen=True)
class Figures:
    """Everything a view or the PDF shows for one period, in one language."""

    period: Period
    k: int
    provisional: bool
    overview: tuple[Row, ...]
    sections: tuple[Section, ...]
    facts: tuple[str, ...] = ()  # where the figures come from (revision, parts)
    warnings: tuple[str, ...] = ()  # vorläufig, missing parts, small unit
    notes: tuple[str, ...] = ()  # under the overview (sums of quarters)
    totals_only: bool = False
    small_unit: int | None = None  # the rule-5 threshold when known
    lower_bounds: bool = False  # some cell reads "mindestens N"
    exact: bool = False  # the counsellor's exact counts: never on paper, never passed on
    language: str = "de"

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    @property
    def legend(self) -> str:
        return legend(self.language, self.lower_bounds)


# ----- rows from any source ---------------------------------------------------------------

Getter = Callable[[str, str, str], Shown]


def _row(measure: str, dimension: str, category: str, shown: Shown, language: str,
         label: str | None = None, small_unit: bool = False) -> Row:
    if label is None:
        label = (catalogue.measure_label(measure, language) if dimension == "total"
                 else catalogue.category_label(dimension, category, language))
    if shown.value is not None:
        text = number(shown.value)
    elif shown.lower_bound:
        text = at_least(shown.lower_bound, language)
    else:
        text = HIDDEN_SIGN
    return Row(category if dimension != "total" else measure, label, shown.value, text,
               shown.lower_bound if shown.value is None else None, small_unit)


def _overview(get: Getter, language: str) -> list[Row]:
    return [_row(m, "total", "total", get(m, "total", "total"), language) for m in MEASURES]


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


def _sections(get: Getter, categories: Callable[[str, str], list[str]], language: str, *,
              small_unit: bool = False, parts_word: str | None = None) -> list[Section]:
    """`parts_word` ("Quartale"): the figures are sums over released parts of that kind."""
    out = []
    for measure, dims in MEASURES.items():
        for dimension in dims:
            if dimension == "total":
                continue
            cats = _without_merge_artifacts(dimension, categories(measure, dimension),
                                            lambda c, m=measure, d=dimension: get(m, d, c))
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
                rows.append(_row(measure, dimension, category, shown, language,
                                 small_unit=small_unit))
            notes = [n for n in (catalogue.dimension_note(measure, dimension, language),) if n]
            if parts_word and measure in PERSON_MEASURES:
                notes.append(_person_note(language, parts_word))
            if merged_out:
                notes.append(
                    "Categories not listed are 0, or were grouped under “other …” where they "
                    "were rare." if language == "en" else
                    "Nicht aufgeführte Kategorien sind 0 oder wurden dort, wo sie selten waren, "
                    "unter „andere …“ gezählt.")
            out.append(Section(measure, dimension,
                               catalogue.breakdown_title(measure, dimension, language),
                               tuple(rows), " ".join(notes) or None,
                               len(cats) - len(rows) - merged_out))
    return out


def _person_note(language: str, parts_word: str) -> str:
    if language == "en":
        return (f"Sum of the released {parts_word}: a person counselled in several of them is "
                "counted in each.")
    return (f"Summe der freigegebenen {parts_word}: Wer in mehreren davon beraten wurde, ist "
            "in jedem gezählt.")


# ----- source 1: the live preview of a released-kind period -------------------------------


def _preview_getter(preview: Preview) -> Getter:
    cells = {(c.measure, c.dimension, c.category): c for c in preview.cells}

    def get(measure: str, dimension: str, category: str) -> Shown:
        cell = cells.get((measure, dimension, category))
        return Shown(0) if cell is None else Shown(cell.released_value)

    return get


def _preview_categories(preview: Preview) -> Callable[[str, str], list[str]]:
    return lambda m, d: [c.category for c in preview.table(m, d)]


def overview(preview: Preview, language: str = "de") -> list[Row]:
    """One row per measure: its total, as released. Labels German unless "en"."""
    get = _preview_getter(preview)
    return [row for row in _overview(get, language)
            if preview.cell(row.category, "total", "total") is not None]


def sections(preview: Preview, language: str = "de") -> list[Section]:
    """One section per measure and dimension (not the totals), in catalogue order.

    For a small unit (`preview.totals_only`) every row reads "." and long lists are
    shown in full, so not even which categories occur can be read off."""
    return _sections(_preview_getter(preview), _preview_categories(preview), language,
                     small_unit=preview.totals_only)


def hidden_breakdowns(preview_or_figures: Preview | Figures) -> list[Row]:
    """Small unit: one row per breakdown ("Ratsuchende nach Herkunftsregion: ."), the
    compact form the PDF uses instead of a table per breakdown."""
    found = (preview_or_figures.sections if isinstance(preview_or_figures, Figures)
             else sections(preview_or_figures))
    return [Row(s.key, s.title, None, SMALL_UNIT_TEXT, small_unit=True) for s in found]


def preview_figures(preview: Preview, language: str = "de") -> Figures:
    """What the live preview of a released-kind period shows (suppressed)."""
    warnings = []
    if preview.totals_only:
        warnings.append(small_unit_sentence(preview.small_unit, language))
    revision = preview.payload.revision if preview.payload is not None else None
    facts = ()
    if revision is not None:
        facts = ((f"Preview: as revision {revision} would be sent" if language == "en"
                  else f"Vorschau: so würde Revision {revision} übermittelt"),)
    return Figures(preview.period, preview.k, preview.provisional,
                   tuple(overview(preview, language)), tuple(sections(preview, language)),
                   facts=facts, warnings=tuple(warnings), totals_only=preview.totals_only,
                   small_unit=preview.small_unit, language=language)


# ----- source 2: what was released (the only source of the PDF) ---------------------------


def _period_label(period: Period, language: str) -> str:
    return period.label_en if language == "en" else period.label_de


def _date(iso: str) -> str:
    return f"{iso[8:10]}.{iso[5:7]}.{iso[:4]}"


def released_report(figures: ReleasedFigures, language: str = "de", *,
                    today=None) -> Figures:
    """A funder's figures: the latest released revision, or the sum of the released parts."""
    en = language == "en"
    parts = figures.parts
    kind_word = kind_label(figures.release_kind, language, plural=True)
    if not figures.summed:
        part = parts[0]
        facts = ((f"Released revision {part.revision} of {_date(part.released_at)}: exactly "
                  "the figures that were sent.") if en else
                 (f"Freigegebene Revision {part.revision} vom {_date(part.released_at)}: "
                  "genau die übermittelten Zahlen."),)
    else:
        listed = ", ".join(f"{_period_label(p.period, language)} ({'revision' if en else 'Revision'}"
                           f" {p.revision})" for p in parts)
        facts = ((f"Sum of the released {kind_word}: {listed}.") if en else
                 (f"Summe der freigegebenen {kind_word}: {listed}."),)
    warnings = []
    if figures.missing:
        names = ", ".join(
            _period_label(p, language)
            + ((" (running)" if en else " (läuft noch)") if p.is_provisional(today) else "")
            for p in figures.missing)
        warnings.append((f"Provisional: not released yet and so not included: {names}.") if en
                        else f"Vorläufig: noch nicht freigegeben und daher nicht enthalten: "
                             f"{names}.")
    elif figures.provisional:
        warnings.append("Provisional: the period has not ended; the figures may still change."
                        if en else "Vorläufig: Der Zeitraum ist noch nicht abgeschlossen; die "
                                   "Zahlen können sich noch ändern.")
    small_parts = [p for p in parts if p.payload.totals_only]
    if figures.totals_only:
        warnings.append(
            "Too few clients for breakdowns: only totals were sent, no breakdowns – so that "
            "nobody can be recognised from small numbers." if en else
            "Zu wenige Ratsuchende für Aufgliederungen: Es wurden nur Summen übermittelt, "
            "keine Aufgliederungen – so lässt sich aus kleinen Zahlen niemand wiedererkennen.")
    elif small_parts:
        names = ", ".join(_period_label(p.period, language) for p in small_parts)
        warnings.append(
            f"Only totals were sent for {names} (too few clients); their breakdowns are "
            "missing from the sums." if en else
            f"Für {names} wurden nur Summen übermittelt (zu wenige Ratsuchende); deren "
            "Aufgliederungen fehlen in den Summen.")
    notes = []
    if figures.summed:
        last = _period_label(parts[-1].period, language)
        notes.append(
            f"Each figure is the sum of the released {kind_word}. Clients: a person "
            f"counselled in several of them is counted in each. Open cases: as at the end of "
            f"{last}." if en else
            f"Jede Zahl ist die Summe der freigegebenen {kind_word}. Ratsuchende: Wer in "
            f"mehreren davon beraten wurde, ist in jedem gezählt. Laufende Fälle: Stand Ende "
            f"{last}.")
    get = figures.shown
    rows = _overview(lambda m, d, c: get(m, d, c), language)
    found = _sections(lambda m, d, c: get(m, d, c), figures.categories, language,
                      small_unit=figures.totals_only,
                      parts_word=kind_word if figures.summed else None)
    lower = any(r.lower_bound for r in rows) or any(
        r.lower_bound for s in found for r in s.rows)
    return Figures(figures.period, figures.k, figures.provisional, tuple(rows), tuple(found),
                   facts=facts, warnings=tuple(warnings), notes=tuple(notes),
                   totals_only=figures.totals_only, lower_bounds=lower, language=language)


# ----- source 3: the counsellor's exact counts (screen only) ------------------------------


def exact_figures(period: Period, counts: dict[tuple[str, str, str], int], *,
                  provisional: bool, k: int, language: str = "de") -> Figures:
    """Exact, unsuppressed counts for the counsellor's own screen. Never for the PDF."""

    def get(measure: str, dimension: str, category: str) -> Shown:
        return Shown(int(counts.get((measure, dimension, category), 0)))

    def categories(measure: str, dimension: str) -> list[str]:
        keys = [c for (m, d, c) in counts if m == measure and d == dimension]
        return sorted(keys, key=lambda c: (catalogue.display_order(dimension, c), c))

    return Figures(period, k, provisional, tuple(_overview(get, language)),
                   tuple(_sections(get, categories, language)),
                   warnings=(local_only_sentence(language),), exact=True, language=language)


# ----- the payload as rows (transfer preview, `mfd stats preview`) ------------------------


def payload_rows(payload: StatsPayload, language: str = "de") -> list[tuple[str, str, str, str]]:
    """The payload as readable rows: (Kennzahl, Aufgliederung, Kategorie, Wert), in the
    order of the catalogue (the JSON keeps its own canonical order). Labels German
    unless `language` is "en"; the JSON itself carries only keys."""
    english = language == "en"
    dimension_labels = catalogue.DIMENSION_LABELS_DE
    if english:  # lower case for "… by region of origin"; a column starts upper case
        dimension_labels = {k: v[:1].upper() + v[1:]
                            for k, v in catalogue.DIMENSION_LABELS_EN.items()}
    measures = list(MEASURES)
    dims = {m: list(d) for m, d in MEASURES.items()}

    def order(cell) -> tuple:
        m = measures.index(cell.measure) if cell.measure in measures else 99
        d = dims.get(cell.measure, [])
        return (m, d.index(cell.dimension) if cell.dimension in d else 99,
                catalogue.display_order(cell.dimension, cell.category))

    rows = []
    for cell in sorted(payload.cells, key=order):
        rows.append((
            catalogue.measure_label(cell.measure, language),
            dimension_labels.get(cell.dimension, cell.dimension),
            catalogue.category_label(cell.dimension, cell.category, language),
            shown_value(cell.value, cell.suppressed),
        ))
    if payload.totals_only:  # say what is missing, one row per breakdown
        for measure, dimensions in MEASURES.items():
            for dimension in dimensions:
                if dimension != "total":
                    rows.append((catalogue.measure_label(measure, language),
                                 dimension_labels[dimension],
                                 ALL_CATEGORIES_EN if english else ALL_CATEGORIES,
                                 NOT_SENT_TEXT_EN if english else NOT_SENT_TEXT))
    return rows

