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

from mfd_desktop.messages import DYNAMIC_PREFIXES, Msg, dynamic
from mfd_desktop.paths import resources_dir
from mfd_desktop.stats import vocabulary
from mfd_desktop.stats.payload import MEASURES

# What this app reports: the schema's catalogue, except that new clients are reported as a
# total only. Their breakdowns are allowed by the schema but left out on purpose:
# "clients by region" minus "new clients by region" would give returning clients by
# region, a difference no suppression of either table protects (and it keeps the
# payload smaller).
REPORTED: dict[str, tuple[str, ...]] = {
    measure: (("total",) if measure == "new_clients" else dims)
    for measure, dims in MEASURES.items()
}

# Short notes shown under a table (UI and PDF): texts in resources/messages/*/stats.po
# under "stats.note_<measure>.<dimension>".
NOTE_PREFIX = "stats.note_"
DYNAMIC_PREFIXES[NOTE_PREFIX] = __name__
BY_PREFIX = "stats.by_dim_"  # "nach Herkunftsregion": one German phrase per dimension
DYNAMIC_PREFIXES[BY_PREFIX] = __name__
NOTED: frozenset[tuple[str, str]] = frozenset({
    ('clients', 'age_band'),
    ('clients', 'language'),
    ('clients', 'residence_status'),
    ('clients', 'special_need'),
    ('clients', 'service'),
    ('clients', 'district'),
    ('clients', 'years_in_germany'),
    ('referrals', 'referral_status'),
    ('transfers', 'target'),
    ('consultations', 'topic'),
    ('new_clients', 'age_band'),
    ('new_clients', 'residence_status'),
    ('short_contacts', 'topic'),
})


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
    "plan_outcome": ("plan_outcome", "nicht_verfolgt"),
    "referral_status": ("referral_status", "unbekannt"),
}
# Dimensions without an input list: the value is the key, anything else the fallback.
_SELF_KEYED: dict[str, str] = {"district": "unbekannt", "years_in_germany": "unbekannt"}

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
    if dimension in _SELF_KEYED:
        known = value is not None and value in _category_sets()[dimension]
        return value if known and value is not None else _SELF_KEYED[dimension]
    list_name, fallback = _DIMENSION_LISTS[dimension]
    if value is not None and value in _category_sets()[dimension] and value != GENDER_MERGED:
        return value
    return fallback


class Term(Msg):
    """A vocabulary label (measure, dimension or category) used as a message or as an
    argument of one. Its texts are data in stats/vocabulary.py (shared with the server,
    which reads no catalogue); like every message it is rendered only at the edge."""

    __slots__ = ()

    def __init__(self, kind: str, name: str, dimension: str = "") -> None:
        super().__init__("stats.term", kind=kind, name=name, dimension=dimension)

    def render(self, language: str = "de") -> str:
        kind, name = self.args["kind"], self.args["name"]
        if kind == "measure":
            return vocabulary.measure_label(name, language)
        if kind == "dimension":
            return vocabulary.dimension_label(name, language)
        if kind == "column":  # a dimension heading a column: upper case first
            label = vocabulary.dimension_label(name, language)
            return label[:1].upper() + label[1:]
        return vocabulary.category_label(self.args["dimension"], name, language)

    def __str__(self) -> str:
        return self.render("de")


def category_name(dimension: str, category: str) -> Term:
    return Term("category", category, dimension)


def measure_name(measure: str) -> Term:
    return Term("measure", measure)


def breakdown_name(measure: str, dimension: str) -> Msg:
    """"Ratsuchende (beraten) nach Herkunftsregion" / "Clients (counselled) by region of
    origin". The "nach …" part is a message per dimension ("nach besonderem
    Schutzbedarf", not "nach Besondere Schutzbedarfe"; every dimension of the
    vocabulary has one, tests/stats/test_vocabulary.py checks it)."""
    return Msg("stats.breakdown_title", measure=measure_name(measure),
               by=dynamic(f"{BY_PREFIX}{dimension}"))


def dimension_note(measure: str, dimension: str) -> Msg | None:
    if (measure, dimension) not in NOTED:
        return None
    return Msg(f"{NOTE_PREFIX}{measure}.{dimension}")


def display_order(dimension: str, category: str) -> int:
    try:
        return categories(dimension).index(category)
    except ValueError:
        return 10_000
