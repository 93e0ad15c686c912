"""Turning a Preview into what people read: sections, rows, "< 5" for hidden cells.

Shared by the command line, the Statistik-PDF and the statistics view, so all three
show the same thing. Values shown here are the suppressed ones (what may leave the
office); the true small numbers are never displayed.
"""

from __future__ import annotations

from dataclasses import dataclass

from mfd_desktop.stats import catalogue
from mfd_desktop.stats.catalogue import REPORTED as MEASURES
from mfd_desktop.stats.payload import StatsPayload
from mfd_desktop.stats.payload_builder import Preview
from mfd_desktop.stats.suppression import CountCell, effective_k

# Long lists show only their non-zero rows (the rest is said in one line).
FULL_LIST_MAX = 10
# A breakdown cell of a small unit (rule 5): hidden whatever its size, zeros included.
SMALL_UNIT_TEXT = "verborgen"
NOT_SENT_TEXT = "nicht übermittelt"
ALL_CATEGORIES = "alle Kategorien"
# The same words in the English app's view (PDF and command line stay German).
SMALL_UNIT_TEXT_EN = "hidden"
NOT_SENT_TEXT_EN = "not sent"
ALL_CATEGORIES_EN = "all categories"


def small_unit_text(language: str = "de") -> str:
    return SMALL_UNIT_TEXT_EN if language == "en" else SMALL_UNIT_TEXT


def rule_sentence(k: int, language: str = "de") -> str:
    """The suppression rule in one sentence (UI and PDF); German unless `language` is "en"."""
    if language == "en":
        return (f"To protect the clients, values from 1 to {k - 1} are shown as “< {k}”, and "
                "as many other values of the same table as it takes so that none can be "
                "worked out from the total (special protection needs from "
                f"{effective_k(k, 'special_need')}); 0 stays visible.")
    return (f"Zum Schutz der Ratsuchenden werden Werte von 1 bis {k - 1} als „< {k}“ gezeigt, "
            "dazu so viele weitere Werte derselben Aufstellung, dass sich keiner aus der "
            f"Summe zurückrechnen lässt (besondere Schutzbedarfe erst ab "
            f"{effective_k(k, 'special_need')}); 0 bleibt sichtbar.")


def small_unit_sentence(threshold: int, language: str = "de") -> str:
    """Why a small unit shows no breakdowns (statistics.md rule 5), for UI and PDF."""
    if language == "en":
        return (f"Fewer than {threshold} clients in this period: only totals are shown and "
                "sent, no breakdowns – so that nobody can be recognised from small numbers.")
    return (f"Weniger als {threshold} Ratsuchende in diesem Zeitraum: Es werden nur Summen "
            "gezeigt und übermittelt, keine Aufgliederungen – so lässt sich aus kleinen "
            "Zahlen niemand wiedererkennen.")


def shown_value(value: int | None, suppressed: bool, k: int, dimension: str = "total") -> str:
    if suppressed or value is None:
        return f"< {effective_k(k, dimension)}"
    return f"{value:,}".replace(",", ".")


@dataclass(frozen=True)
class Row:
    category: str
    label: str
    value: int | None  # None = suppressed
    text: str  # "12", "0", "< 5"

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


def _row(cell: CountCell, k: int, small_unit: bool = False, language: str = "de") -> Row:
    text = (small_unit_text(language) if small_unit else
            shown_value(cell.released_value, cell.suppressed, k, cell.dimension))
    return Row(cell.category, catalogue.category_label(cell.dimension, cell.category, language),
               cell.released_value, text)


def overview(preview: Preview, language: str = "de") -> list[Row]:
    """One row per measure: its total. Labels German unless `language` is "en"."""
    rows = []
    for measure in MEASURES:
        cell = preview.cell(measure, "total", "total")
        if cell is None:
            continue
        rows.append(Row(measure, catalogue.measure_label(measure, language),
                        cell.released_value,
                        shown_value(cell.released_value, cell.suppressed, preview.k)))
    return rows


def sections(preview: Preview, language: str = "de") -> list[Section]:
    """One section per measure and dimension (not the totals), in catalogue order.

    For a small unit (`preview.totals_only`) every row reads "verborgen" and long lists
    are shown in full, so not even which categories occur can be read off. Titles,
    labels and notes are German unless `language` is "en" (the English app's view)."""
    out = []
    for measure, dims in MEASURES.items():
        for dimension in dims:
            if dimension == "total":
                continue
            cells = _without_merge_artifacts(preview.table(measure, dimension))
            if not cells:
                continue
            full = len(cells) <= FULL_LIST_MAX or preview.totals_only
            rows = [_row(c, preview.k, preview.totals_only, language)
                    for c in cells if full or c.suppressed or c.value > 0]
            title = catalogue.breakdown_title(measure, dimension, language)
            out.append(Section(measure, dimension, title, tuple(rows),
                               catalogue.dimension_note(measure, dimension, language),
                               len(cells) - len(rows)))
    return out


def _without_merge_artifacts(cells: list[CountCell]) -> list[CountCell]:
    """Gender: show either the three small categories or their merged row, not both."""
    merged = [c for c in cells if c.category == catalogue.GENDER_MERGED]
    if not merged:
        return cells
    if merged[0].value == 0 and not merged[0].suppressed:
        return [c for c in cells if c.category != catalogue.GENDER_MERGED]
    return [c for c in cells if c.category not in catalogue.GENDER_SMALL]


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
            shown_value(cell.value, cell.suppressed, payload.suppression_k, cell.dimension),
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


def hidden_breakdowns(preview: Preview) -> list[Row]:
    """Small unit: one row per breakdown ("Ratsuchende nach Herkunftsregion: verborgen"),
    the compact form the PDF uses instead of a table per breakdown."""
    return [Row(s.key, s.title, None, SMALL_UNIT_TEXT) for s in sections(preview)]
