"""DHIS2 export: the approved figures of a period as a DHIS2 dataValueSet (JSON).

The administrator provides a mapping file (TOML, example in docs/server.md):

    version = 1
    dataSet = "Mfd0Quartal"            # optional, DHIS2 UID of the data set
    attributeOptionCombo = "HllvX50cXC0"   # optional
    completeDate = true                # optional: today's date as completeDate

    [orgUnits]                         # site id -> DHIS2 organisation unit UID
    "Mainz-Caritas" = "DiszpKrYNg8"

    [[dataElements]]                   # one figure -> data element + category option combo
    measure = "clients"
    dimension = "total"
    category = "total"
    dataElement = "FTRrcoaog83"
    categoryOptionCombo = "HllvX50cXC0"

Every approved site with an organisation unit gets one data value per mapped figure:
the total over its approved device reports. A figure that is hidden (".") or only a
lower bound ("mindestens N": a device suppressed a cell, or a site with very few clients
sent totals only) is left out — never sent as 0 or as the bound — and listed in the
dataValueSet's `comment`, as are figures the site did not report, sites without an
organisation unit and sites whose figures are not approved. DHIS2 imports the
`dataValues`; the top-level `comment` documents what is missing for the people who
handle the file.

Period syntax (DHIS2): 2026 (year), 2026Q3 (quarter), 2026S1 (half-year), 202603 (month).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from mfd_desktop.stats import vocabulary
from mfd_desktop.stats.payload import PERIOD_PATTERNS, period_kind
from mfd_server import aggregate, approval

UID = re.compile(r"^[A-Za-z][A-Za-z0-9]{10}\Z")
SITE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}\Z")
MAX_MAPPING_BYTES = 1024 * 1024


class MappingError(ValueError):
    """A German sentence saying what is wrong with the mapping file."""


@dataclass(frozen=True)
class ElementMapping:
    measure: str
    dimension: str
    category: str
    data_element: str
    category_option_combo: str


@dataclass(frozen=True)
class Mapping:
    org_units: dict[str, str]
    elements: tuple[ElementMapping, ...]
    data_set: str | None = None
    attribute_option_combo: str | None = None
    complete_date: bool = False


def dhis2_period(period: str) -> str:
    kind = period_kind(period)
    if kind is None:
        raise ValueError(period)
    match = PERIOD_PATTERNS[kind].match(period)
    assert match is not None
    year = match.group(1)
    if kind == "year":
        return year
    number = match.group(2)
    return {"month": f"{year}{number}", "quarter": f"{year}Q{number}",
            "half_year": f"{year}S{number}"}[kind]


def _uid(value: Any, where: str) -> str:
    if not isinstance(value, str) or not UID.match(value):
        raise MappingError(f"Zuordnungsdatei: {where} ist keine DHIS2-UID (11 Zeichen, "
                           "erstes ein Buchstabe, sonst Buchstaben und Ziffern).")
    return value


def parse_mapping(text: str) -> Mapping:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(f"Die Zuordnungsdatei ist kein gültiges TOML: {exc}") from None
    if data.get("version") != 1:
        raise MappingError("Zuordnungsdatei: „version = 1“ fehlt.")
    units = data.get("orgUnits")
    if not isinstance(units, dict) or not units:
        raise MappingError("Zuordnungsdatei: der Abschnitt [orgUnits] fehlt oder ist leer.")
    org_units = {}
    for site, uid in units.items():
        if not SITE_ID.match(site):
            raise MappingError(f"Zuordnungsdatei: „{site[:64]}“ ist keine Kennung einer "
                               "Beratungsstelle.")
        org_units[site] = _uid(uid, f"orgUnit von „{site}“")
    raw_elements = data.get("dataElements")
    if not isinstance(raw_elements, list) or not raw_elements:
        raise MappingError("Zuordnungsdatei: keine [[dataElements]] angegeben.")
    elements, seen = [], set()
    for number, raw in enumerate(raw_elements, 1):
        if not isinstance(raw, dict):
            raise MappingError(f"Zuordnungsdatei: Eintrag {number} in dataElements ist "
                               "fehlerhaft.")
        key = (raw.get("measure"), raw.get("dimension", "total"), raw.get("category", "total"))
        if not all(isinstance(k, str) for k in key) or \
                vocabulary.check_cell(*key) is not None:  # type: ignore[arg-type]
            raise MappingError(f"Zuordnungsdatei: Eintrag {number} nennt keine Zahl der "
                               "Statistik (measure/dimension/category).")
        if key in seen:
            raise MappingError(f"Zuordnungsdatei: Eintrag {number} ordnet dieselbe Zahl "
                               "ein zweites Mal zu.")
        seen.add(key)
        elements.append(ElementMapping(
            *key,  # type: ignore[arg-type]
            data_element=_uid(raw.get("dataElement"), f"dataElement in Eintrag {number}"),
            category_option_combo=_uid(raw.get("categoryOptionCombo"),
                                       f"categoryOptionCombo in Eintrag {number}")))
    data_set = data.get("dataSet")
    aoc = data.get("attributeOptionCombo")
    return Mapping(org_units, tuple(elements),
                   data_set=_uid(data_set, "dataSet") if data_set is not None else None,
                   attribute_option_combo=(_uid(aoc, "attributeOptionCombo")
                                           if aoc is not None else None),
                   complete_date=bool(data.get("completeDate", False)))


def load_mapping(path: Path) -> Mapping:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_MAPPING_BYTES + 1)
    except OSError as exc:
        raise MappingError(f"Die Zuordnungsdatei lässt sich nicht lesen: {exc.strerror}.") \
            from None
    if len(raw) > MAX_MAPPING_BYTES:
        raise MappingError("Die Zuordnungsdatei ist zu groß (höchstens 1 MiB).")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise MappingError("Die Zuordnungsdatei ist nicht UTF-8-kodiert.") from None
    return parse_mapping(text)


def data_value_set(session: Session, period: str, mapping: Mapping,
                   sites: list[str] | None = None,
                   today: dt.date | None = None) -> dict[str, Any]:
    """The dataValueSet of the approved figures of `period` (see module doc)."""
    pe = dhis2_period(period)
    states = approval.period_states(session, period, sites)
    values: list[dict[str, str]] = []
    hidden: list[str] = []
    unreported: list[str] = []
    unmapped: list[str] = []
    not_approved: list[str] = []
    for site, state in states.items():
        if not state.approved_revisions:
            not_approved.append(site)
            continue
        org_unit = mapping.org_units.get(site)
        if org_unit is None:
            unmapped.append(site)
            continue
        cells = {(c.measure, c.dimension, c.category): c
                 for c in aggregate.approved_totals(session, period, [site])}
        for element in mapping.elements:
            key = (element.measure, element.dimension, element.category)
            name = f"{site} {'/'.join(key)}"
            cell = cells.get(key)
            if cell is None:
                unreported.append(name)
                continue
            if cell.lower_bound:  # hidden or only a lower bound: never a value
                hidden.append(name)
                continue
            value = {"dataElement": element.data_element, "period": pe, "orgUnit": org_unit,
                     "categoryOptionCombo": element.category_option_combo,
                     "value": str(cell.value)}
            if mapping.attribute_option_combo:
                value["attributeOptionCombo"] = mapping.attribute_option_combo
            values.append(value)
    parts = [f"MFD Desktop, Zeitraum {period}: nur vom Träger freigegebene Zahlen."]
    if hidden:
        parts.append("Nicht übermittelt, weil aus Datenschutzgründen nicht ausgewiesen oder "
                     "nur als Untergrenze bekannt (weder 0 noch die Untergrenze gesendet): "
                     + ", ".join(hidden) + ".")
    if unreported:
        parts.append("Nicht gemeldet: " + ", ".join(unreported) + ".")
    if not_approved:
        parts.append("Nicht freigegeben (fehlen): " + ", ".join(not_approved) + ".")
    if unmapped:
        parts.append("Ohne orgUnit in der Zuordnungsdatei (fehlen): "
                     + ", ".join(unmapped) + ".")
    doc: dict[str, Any] = {}
    if mapping.data_set:
        doc["dataSet"] = mapping.data_set
    if mapping.complete_date:
        doc["completeDate"] = (today or dt.date.today()).isoformat()
    doc["period"] = pe
    doc["comment"] = " ".join(parts)
    doc["dataValues"] = values
    return doc


def export(session: Session, period: str, mapping: Mapping,
           sites: list[str] | None = None) -> str:
    return json.dumps(data_value_set(session, period, mapping, sites), ensure_ascii=False,
                      indent=2)
