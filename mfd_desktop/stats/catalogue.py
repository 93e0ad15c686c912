"""What the statistics count, in words, for the device: the published vocabulary
(`stats/vocabulary.py`: measures, dimensions, category keys, German and English labels,
shared with the payload schema and the server) plus what only the device needs — how a
stored value becomes a category key (the region table, the reference lists' fallbacks)
and notes under tables.

Every category that reaches a payload is a key from these lists; a stored value that
is not a known key is counted as the dimension's fallback (`sonstiges`, `keine_angabe`,
`staatenlos_ungeklaert`, `unbekannt`), so no text typed into a case ever leaves as a
category.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass

from mfd_desktop.paths import resources_dir
from mfd_desktop.stats import vocabulary
from mfd_desktop.stats.payload import MEASURES

# What this app reports: the schema's catalogue, except that new clients are reported as a
# total only. Their breakdowns are allowed by `mfd-stats/1` but left out on purpose:
# "clients by region" minus "new clients by region" would give returning clients by
# region, a difference no suppression of either table protects (and it keeps the
# payload smaller).
REPORTED: dict[str, tuple[str, ...]] = {
    measure: (("total",) if measure == "new_clients" else dims)
    for measure, dims in MEASURES.items()
}

MEASURE_LABELS_DE: dict[str, str] = {k: m.de for k, m in vocabulary.MEASURES.items()}
DIMENSION_LABELS_DE: dict[str, str] = {k: d.de for k, d in vocabulary.DIMENSIONS.items()}
# The view in the English app (the PDF and the command line stay German: they go to
# the funder and the umbrella organisation).
MEASURE_LABELS_EN: dict[str, str] = {k: m.en for k, m in vocabulary.MEASURES.items()}
DIMENSION_LABELS_EN: dict[str, str] = {k: d.en for k, d in vocabulary.DIMENSIONS.items()}

# Short notes shown under a table (UI and PDF).
DIMENSION_NOTES_DE: dict[tuple[str, str], str] = {
    ("consultations", "topic"): "Mehrfachnennung: ein Kontakt kann mehrere Themen haben, "
                                "die Summe ist daher größer als die Gesamtzahl.",
    ("short_contacts", "topic"): "Ein Thema je Kurzkontakt.",
    ("clients", "language"): "Mehrfachnennung möglich; seltene Sprachen sind unter "
                             "„andere Sprache“ zusammengefasst.",
    ("clients", "special_need"): "Mehrfachnennung möglich; nur Gesamtzahlen je Bedarf, "
                                 "gezeigt erst ab 10 Personen.",
    ("clients", "age_band"): "Alter beim ersten Kontakt im Zeitraum, aus dem Geburtsjahr.",
    ("new_clients", "age_band"): "Alter beim ersten Kontakt im Zeitraum, aus dem Geburtsjahr.",
    ("clients", "residence_status"): "Aktueller Aufenthaltsstatus laut Fallakte.",
    ("new_clients", "residence_status"): "Aktueller Aufenthaltsstatus laut Fallakte.",
}

DIMENSION_NOTES_EN: dict[tuple[str, str], str] = {
    ("consultations", "topic"): "Several answers possible: one contact can have several "
                                "topics, so the sum is larger than the total.",
    ("short_contacts", "topic"): "One topic per short contact.",
    ("clients", "language"): "Several answers possible; rare languages are grouped as "
                             "“other language”.",
    ("clients", "special_need"): "Several answers possible; totals per need only, shown "
                                 "from 10 persons.",
    ("clients", "age_band"): "Age at the first contact in the period, from the year of birth.",
    ("new_clients", "age_band"): "Age at the first contact in the period, from the year of "
                                 "birth.",
    ("clients", "residence_status"): "Current residence status according to the case file.",
    ("new_clients", "residence_status"): "Current residence status according to the case "
                                         "file.",
}

# dimension -> (reference list, fallback key for missing or unknown values)
_DIMENSION_LISTS: dict[str, tuple[str, str]] = {
    "age_band": ("age_band", "unbekannt"),
    "gender": ("gender", "keine_angabe"),
    "residence_status": ("residence_status", "keine_angabe"),
    "service": ("service", "sonstiges"),
    "special_need": ("special_needs", "sonstiges"),
    "language": ("languages", "sonstiges"),
    "channel": ("channel", "sonstiges"),
    "method": ("method", "sonstiges"),
    "topic": ("topics", "sonstiges"),
    "target": ("referral_targets", "sonstiges"),
    "closing_reason": ("closing_reason", "sonstiges"),
    "activity_type": ("structural_activity", "sonstiges"),
}

# Categories made by merging small ones before suppression (see payload_builder).
GENDER_MERGED = "divers_offen_keine_angabe"
GENDER_SMALL = ("divers", "offen", "keine_angabe")


@dataclass(frozen=True)
class Regions:
    version: int
    by_country: dict[str, str]
    labels_de: dict[str, str]
    labels_en: dict[str, str]

    def region_of(self, country: str | None) -> str:
        return self.by_country.get((country or "").strip().upper(), "staatenlos_ungeklaert")


@functools.cache
def regions() -> Regions:
    with (resources_dir() / "reference" / "regions.toml").open("rb") as handle:
        data = tomllib.load(handle)
    by_country: dict[str, str] = {}
    labels: dict[str, str] = {}
    labels_en: dict[str, str] = {}
    for key, section in data["regions"].items():
        labels[key] = section["de"]
        labels_en[key] = section.get("en", section["de"])
        for code in section["countries"]:
            by_country[code] = key
    return Regions(int(data["version"]), by_country, labels, labels_en)


def categories(dimension: str) -> tuple[str, ...]:
    """All category keys of a dimension, in display order (from the vocabulary)."""
    return vocabulary.category_keys(dimension)


@functools.cache
def _category_sets() -> dict[str, frozenset[str]]:
    dims = {d for dims in MEASURES.values() for d in dims}
    return {d: frozenset(categories(d)) for d in dims}


def normalise(dimension: str, value: str | None) -> str:
    """The category key for a stored value: known keys as they are, anything else the fallback."""
    if dimension == "region":
        return regions().region_of(value)
    list_name, fallback = _DIMENSION_LISTS[dimension]
    if value is not None and value in _category_sets()[dimension] and value != GENDER_MERGED:
        return value
    return fallback


def category_label(dimension: str, category: str, language: str = "de") -> str:
    """A category's label; German unless `language` is "en" (the English app's view)."""
    return vocabulary.category_label(dimension, category, "en" if language == "en" else "de")


def measure_label(measure: str, language: str = "de") -> str:
    return vocabulary.measure_label(measure, "en" if language == "en" else "de")


def breakdown_title(measure: str, dimension: str, language: str = "de") -> str:
    """"Ratsuchende (beraten) nach Herkunftsregion" / "Clients (counselled) by region of origin"."""
    if language == "en":
        return f"{MEASURE_LABELS_EN[measure]} by {DIMENSION_LABELS_EN[dimension]}"
    return f"{MEASURE_LABELS_DE[measure]} nach {DIMENSION_LABELS_DE[dimension]}"


def dimension_note(measure: str, dimension: str, language: str = "de") -> str | None:
    notes = DIMENSION_NOTES_EN if language == "en" else DIMENSION_NOTES_DE
    return notes.get((measure, dimension))


def display_order(dimension: str, category: str) -> int:
    try:
        return categories(dimension).index(category)
    except ValueError:
        return 10_000
