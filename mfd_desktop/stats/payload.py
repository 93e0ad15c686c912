"""The statistics payload `mfd-stats/2`: the ONLY thing that ever leaves a laptop.

Defined once, here, and used by the device (building and previewing it) and by the
central server (validating what arrives). It imports nothing but pydantic, so the
server package can import it without Qt or SQLCipher.

What it may hold: a site id, a random pseudonymous device id, the period, a revision,
the suppression threshold, and a flat list of cells `{measure, dimension, category,
value, suppressed}`; `totals_only` says the site had too few clients in the period for
any breakdown (statistics.md rule 5: then only measure totals are listed). Nothing else: no names, case numbers, free text, birth years,
dates finer than the period, counsellor names. Every measure, dimension and category is
a key of the published vocabulary (`stats/vocabulary.py`), every value lies in
0 … `MAX_VALUE`, a visible value is 0 or at least its dimension's threshold (special
needs: 10), the period's year lies in 2000 … 2099 (ASCII digits, nothing around it), and
unknown fields are refused. The server validates with this same model, so device and
server refuse the same payloads.

Versions: the app sends `mfd-stats/2` (Case-Management and outcome figures, issues 17 and
19: clients by district and years in Germany, referrals by status, plans, goals,
transfers, changes of status, work and German level). The server accepts `mfd-stats/1`
too, from laptops not yet updated; a /1 payload may not carry what /2 added
(`vocabulary.SINCE_2`).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from mfd_desktop.stats import vocabulary
from mfd_desktop.stats.vocabulary import MAX_VALUE

SCHEMA_ID: Final = "mfd-stats/2"
SCHEMAS: Final = ("mfd-stats/1", "mfd-stats/2")  # what the server accepts
MIN_K = 5
# At most one cell per measure, dimension and category of the vocabulary.
MAX_CELLS = vocabulary.max_cells()
MAX_PAYLOAD_BYTES = 256 * 1024
# Nesting of a payload: object > cells list > cell object. Bodies nested deeper are
# refused before any JSON parser sees them (see `json_depth_ok`).
MAX_JSON_DEPTH = 8

Key = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$", min_length=1, max_length=64)]
SiteId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]+$", min_length=1, max_length=64)]
DeviceId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]

# Periods: a year 2000 … 2099 in ASCII digits, nothing before or after (`\Z`, not `$`,
# which would also match before a trailing newline).
_YEAR = r"(20[0-9]{2})"
PERIOD_PATTERNS: dict[str, re.Pattern[str]] = {
    "month": re.compile(rf"^{_YEAR}-(0[1-9]|1[0-2])\Z"),
    "quarter": re.compile(rf"^{_YEAR}-Q([1-4])\Z"),
    "half_year": re.compile(rf"^{_YEAR}-H([12])\Z"),
    "year": re.compile(rf"^{_YEAR}\Z"),
}
# The same, for an OpenAPI path parameter.
PERIOD_REGEX = r"^20[0-9]{2}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$"

# What is counted and how it may be broken down (from the vocabulary). One-dimensional
# breakdowns only; `total` is the measure's total.
MEASURES: dict[str, tuple[str, ...]] = {
    key: m.dimensions for key, m in vocabulary.MEASURES.items()
}


def period_kind(period: str) -> str | None:
    if not isinstance(period, str):
        return None
    for kind, pattern in PERIOD_PATTERNS.items():
        if pattern.match(period):
            return kind
    return None


def json_depth_ok(raw: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """False if the JSON text nests arrays/objects deeper than `limit`.

    A linear scan over the bytes (brackets inside strings do not count), meant to run
    before `json.loads`, whose recursion a deeply nested body would exhaust."""
    depth = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                return False
        elif byte in (0x5D, 0x7D):  # ] }
            depth -= 1
    return True


class Cell(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    measure: Key
    dimension: Key
    category: Key
    value: Annotated[int, Field(ge=0, le=MAX_VALUE, strict=True)] | None
    suppressed: Annotated[bool, Field(strict=True)] = False

    @model_validator(mode="after")
    def _value_matches_suppression(self) -> Cell:
        if self.suppressed and self.value is not None:
            raise ValueError("a suppressed cell carries no value")
        if not self.suppressed and self.value is None:
            raise ValueError("a cell without value must be marked suppressed")
        if self.dimension == "total" and self.category != "total":
            raise ValueError("the total cell has category 'total'")
        problem = vocabulary.check_cell(self.measure, self.dimension, self.category)
        if problem:
            raise ValueError(problem)
        return self


PeriodKind = Literal["month", "quarter", "half_year", "year"]


class StatsPayload(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_: Literal["mfd-stats/1", "mfd-stats/2"] = Field(SCHEMA_ID, alias="schema")
    site_id: SiteId
    device_id: DeviceId
    period: Annotated[str, StringConstraints(max_length=7, pattern=PERIOD_REGEX)]
    period_kind: PeriodKind
    revision: Annotated[int, Field(ge=1, le=10_000, strict=True)]
    suppression_k: Annotated[int, Field(ge=MIN_K, le=100, strict=True)] = MIN_K
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
            key = (cell.measure, cell.dimension, cell.category)
            if key in seen:
                raise ValueError("duplicate cell")
            seen.add(key)
            if self.version < 2 and (cell.measure, cell.dimension) in vocabulary.SINCE_2:
                raise ValueError(f"{cell.measure} by {cell.dimension} is not part of "
                                 "mfd-stats/1")
            k = vocabulary.dimension_k(self.suppression_k, cell.dimension)
            if cell.value is not None and 0 < cell.value < k:
                raise ValueError("a visible value below the suppression threshold")
        return self

    @property
    def version(self) -> int:
        return int(self.schema_.rsplit("/", 1)[1])

    def to_json_dict(self) -> dict[str, Any]:
        data = self.model_dump(mode="json", by_alias=True)
        if not data["totals_only"]:
            del data["totals_only"]  # the default; see the field
        return data


def json_schema() -> dict[str, object]:
    return StatsPayload.model_json_schema(by_alias=True)
