"""The statistics payload `mfd-stats/1`: the ONLY thing that ever leaves a laptop.

Defined once, here, and used by the device (building and previewing it) and by the
central server (validating what arrives). It imports nothing but pydantic, so the
server package can import it without Qt or SQLCipher.

What it may hold: a site id, a random pseudonymous device id, the period, a revision,
the suppression threshold, and a flat list of cells `{measure, dimension, category,
value, suppressed}`; `totals_only` says the site had too few clients in the period for
any breakdown (statistics.md rule 5: then only measure totals are listed). Nothing else: no names, case numbers, free text, birth years,
dates finer than the period, counsellor names. Every string is a key from a fixed
vocabulary (`^[a-z0-9_]+$`) or the site id; unknown fields are refused.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

SCHEMA_ID = "mfd-stats/1"
MIN_K = 5
MAX_CELLS = 2000
MAX_PAYLOAD_BYTES = 256 * 1024

Key = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$", min_length=1, max_length=64)]
SiteId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]+$", min_length=1, max_length=64)]
DeviceId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]

PERIOD_PATTERNS: dict[str, re.Pattern[str]] = {
    "month": re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$"),
    "quarter": re.compile(r"^(\d{4})-Q([1-4])$"),
    "half_year": re.compile(r"^(\d{4})-H([12])$"),
    "year": re.compile(r"^(\d{4})$"),
}

# What is counted and how it may be broken down. One-dimensional breakdowns only;
# `total` is the measure's total. Extend only by adding keys (never rename).
MEASURES: dict[str, tuple[str, ...]] = {
    "clients": ("total", "region", "age_band", "gender", "residence_status", "service",
                "special_need", "language"),
    "new_clients": ("total", "region", "age_band", "gender", "residence_status", "service"),
    "consultations": ("total", "channel", "method", "topic"),
    "referrals": ("total", "target"),
    "closed_cases": ("total", "closing_reason"),
    "cases_open_end": ("total",),
    "short_contacts": ("total", "topic", "channel"),
    "structural_activities": ("total", "activity_type"),
    "structural_hours": ("total", "activity_type"),
    "structural_participants": ("total", "activity_type"),
}


def period_kind(period: str) -> str | None:
    for kind, pattern in PERIOD_PATTERNS.items():
        if pattern.match(period):
            return kind
    return None


class Cell(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    measure: Key
    dimension: Key
    category: Key
    value: Annotated[int, Field(ge=0)] | None
    suppressed: bool = False

    @model_validator(mode="after")
    def _value_matches_suppression(self) -> Cell:
        if self.suppressed and self.value is not None:
            raise ValueError("a suppressed cell carries no value")
        if not self.suppressed and self.value is None:
            raise ValueError("a cell without value must be marked suppressed")
        if self.dimension == "total" and self.category != "total":
            raise ValueError("the total cell has category 'total'")
        return self


class StatsPayload(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_: Literal["mfd-stats/1"] = Field(SCHEMA_ID, alias="schema")
    site_id: SiteId
    device_id: DeviceId
    period: Annotated[str, StringConstraints(max_length=7)]
    period_kind: Literal["month", "quarter", "half_year", "year"]
    revision: Annotated[int, Field(ge=1, le=10_000)]
    suppression_k: Annotated[int, Field(ge=MIN_K, le=100)] = MIN_K
    # Rule 5 (small unit): only measure totals, no breakdown cells. Added after the first
    # release of mfd-stats/1; left out of the JSON when false, so payloads of ordinary
    # sites are byte-for-byte what they were and older servers still accept them.
    totals_only: bool = False
    cells: Annotated[list[Cell], Field(max_length=MAX_CELLS)]

    @model_validator(mode="after")
    def _consistent(self) -> StatsPayload:
        if period_kind(self.period) != self.period_kind:
            raise ValueError("period does not match period_kind")
        if self.totals_only and any(cell.dimension != "total" for cell in self.cells):
            raise ValueError("a totals-only payload carries no breakdown cells")
        seen = set()
        for cell in self.cells:
            allowed = MEASURES.get(cell.measure)
            if allowed is None:
                raise ValueError(f"unknown measure {cell.measure}")
            if cell.dimension not in allowed:
                raise ValueError(f"dimension {cell.dimension} not allowed for {cell.measure}")
            key = (cell.measure, cell.dimension, cell.category)
            if key in seen:
                raise ValueError("duplicate cell")
            seen.add(key)
            if cell.value is not None and 0 < cell.value < self.suppression_k:
                raise ValueError("a visible value below the suppression threshold")
        return self

    def to_json_dict(self) -> dict[str, object]:
        data = self.model_dump(mode="json", by_alias=True)
        if not data["totals_only"]:
            del data["totals_only"]  # the default; see the field
        return data


def json_schema() -> dict[str, object]:
    return StatsPayload.model_json_schema(by_alias=True)
