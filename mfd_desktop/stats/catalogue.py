"""What the statistics count, in words: measures, dimensions, the category keys each
dimension may take, and their German labels. Categories come from the reference value
lists (resources/reference/categories.toml) and the region table (regions.toml).

Every category that reaches a payload is a key from these lists; a stored value that
is not a known key is counted as the dimension's fallback (`sonstiges`, `keine_angabe`,
`staatenlos_ungeklaert`, `unbekannt`), so no text typed into a case ever leaves as a
category.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass

from mfd_desktop.domain import reference
from mfd_desktop.paths import resources_dir
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

MEASURE_LABELS_DE: dict[str, str] = {
    "clients": "Ratsuchende (beraten)",
    "new_clients": "Neue Ratsuchende",
    "consultations": "Beratungskontakte",
    "referrals": "Weiterverweisungen",
    "closed_cases": "Abgeschlossene Fälle",
    "cases_open_end": "Laufende Fälle am Ende des Zeitraums",
    "short_contacts": "Kurzkontakte",
    "structural_activities": "Strukturarbeit: Aktivitäten",
    "structural_hours": "Strukturarbeit: Stunden",
    "structural_participants": "Strukturarbeit: Teilnehmende",
}

DIMENSION_LABELS_DE: dict[str, str] = {
    "total": "Gesamt",
    "region": "Herkunftsregion",
    "age_band": "Altersgruppe",
    "gender": "Geschlecht",
    "residence_status": "Aufenthaltsstatus",
    "service": "Dienst",
    "special_need": "Besondere Schutzbedarfe",
    "language": "Beratungssprache",
    "channel": "Beratungsweg",
    "method": "Beratungsform",
    "topic": "Thema",
    "target": "Stelle",
    "closing_reason": "Abschlussgrund",
    "activity_type": "Art der Aktivität",
}

# The view in the English app (the PDF and the command line stay German: they go to
# the funder and the umbrella organisation).
MEASURE_LABELS_EN: dict[str, str] = {
    "clients": "Clients (counselled)",
    "new_clients": "New clients",
    "consultations": "Consultations",
    "referrals": "Referrals",
    "closed_cases": "Closed cases",
    "cases_open_end": "Open cases at the end of the period",
    "short_contacts": "Short contacts",
    "structural_activities": "Structural work: activities",
    "structural_hours": "Structural work: hours",
    "structural_participants": "Structural work: participants",
}

DIMENSION_LABELS_EN: dict[str, str] = {
    "total": "Total",
    "region": "region of origin",
    "age_band": "age group",
    "gender": "gender",
    "residence_status": "residence status",
    "service": "service",
    "special_need": "special protection needs",
    "language": "counselling language",
    "channel": "channel",
    "method": "form of counselling",
    "topic": "topic",
    "target": "service referred to",
    "closing_reason": "reason for closing",
    "activity_type": "kind of activity",
}

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
EXTRA_LABELS_DE: dict[tuple[str, str], str] = {
    ("gender", GENDER_MERGED): "divers / ohne Eintrag / keine Angabe",
    ("service", "sonstiges"): "sonstiges / keine Angabe",
    ("total", "total"): "Gesamt",
}
EXTRA_LABELS_EN: dict[tuple[str, str], str] = {
    ("gender", GENDER_MERGED): "diverse / no entry / not stated",
    ("service", "sonstiges"): "other / not stated",
    ("total", "total"): "Total",
}


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


@functools.cache
def categories(dimension: str) -> tuple[str, ...]:
    """All category keys of a dimension, in display order."""
    if dimension == "total":
        return ("total",)
    if dimension == "region":
        return tuple(regions().labels_de)
    list_name, fallback = _DIMENSION_LISTS[dimension]
    keys = reference.get(list_name).keys()
    if fallback not in keys:
        keys.append(fallback)
    if dimension == "gender":
        keys.append(GENDER_MERGED)
    return tuple(keys)


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
    english = language == "en"
    extra = EXTRA_LABELS_EN if english else EXTRA_LABELS_DE
    if (dimension, category) in extra:
        return extra[(dimension, category)]
    if dimension == "region":
        labels = regions().labels_en if english else regions().labels_de
        return labels.get(category, category)
    if dimension == "total":
        return "Total" if english else "Gesamt"
    list_name, _fallback = _DIMENSION_LISTS[dimension]
    return reference.get(list_name).label(category, "en" if english else "de")


def measure_label(measure: str, language: str = "de") -> str:
    labels = MEASURE_LABELS_EN if language == "en" else MEASURE_LABELS_DE
    return labels.get(measure, measure)


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
