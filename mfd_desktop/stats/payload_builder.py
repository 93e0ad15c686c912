"""From counts to the payload `mfd-stats/1` that would be sent — the same object is shown
in "Vorschau der Übermittlung", printed by `mfd stats preview` and stored by "Freigeben".

Steps: count the period (counting.py) → merge small categories where the reference says
so (gender: divers/ohne Eintrag/keine Angabe together; rare languages into "andere
Sprache") → suppress (suppression.py, consistent with the last released revision,
complementary cells in an order keyed with the vault's secret) → small unit?
(statistics.md rule 5: fewer distinct clients in the period than the small-unit
threshold, default 20: every breakdown is hidden and the payload lists the measure
totals only, `totals_only`) → disclosure audit against every earlier revision of the
period, hiding more until it passes (disclosure_audit.protect; refused with the reason
when nothing passes) → check the guarantee once more → build and validate the payload.

The payload lists every measure's total and every non-zero or suppressed cell; a
category that is not listed is 0 (this keeps a year of a large site under 10 KB).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.settings import (
    STATS_RELEASE_PERIOD_KIND,
    STATS_SITE_ID,
    STATS_SMALL_UNIT_THRESHOLD,
    STATS_SUPPRESSION_K,
)
from mfd_desktop.stats import catalogue, counting, disclosure_audit, release, suppression
from mfd_desktop.stats.payload import MIN_K, Cell, PeriodKind, StatsPayload
from mfd_desktop.stats.periods import Period
from mfd_desktop.stats.suppression import CountCell
from mfd_desktop.storage.connection import Connection

log = logging.getLogger("mfd.stats.payload")

DEVICE_ID_META_KEY = "stats_device_id"
# 32 random bytes (hex), made once per vault: orders the complementary cells so that
# knowing the code does not tell which hidden cells are complementary. Never leaves the
# vault, never shown.
SECRET_META_KEY = "stats_suppression_secret"
_SITE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
SITE_ID_MISSING = Msg("stats.site_id_missing")


@dataclass(frozen=True)
class StatsConfig:
    site_id: str
    release_kind: str = "quarter"
    k: int = MIN_K
    # Rule 5: below this many distinct clients in a period only totals are released.
    # The effective threshold is never below k (`small_unit_threshold`).
    small_unit: int = STATS_SMALL_UNIT_THRESHOLD.default

    @property
    def small_unit_threshold(self) -> int:
        return max(int(self.small_unit), max(MIN_K, int(self.k)))

    @classmethod
    def from_settings(cls, get: Callable[[str], Any]) -> StatsConfig:
        """From `SettingsService.get` (policy-locked values win there)."""
        return cls(
            site_id=str(get(STATS_SITE_ID.key) or ""),
            release_kind=str(get(STATS_RELEASE_PERIOD_KIND.key)),
            k=max(MIN_K, int(get(STATS_SUPPRESSION_K.key))),
            small_unit=int(get(STATS_SMALL_UNIT_THRESHOLD.key)),
        )


def enrolled_site_id(conn: Connection) -> str:
    """The site id the statistics server gave at enrolment (db/0006), if any."""
    try:
        row = conn.execute("SELECT site_id FROM sync_enrolment WHERE id = 1").fetchone()
    except Exception:  # table not there (older schema): simply not enrolled
        return ""
    return str(row[0]) if row and row[0] else ""


def load_config(conn: Connection, get: Callable[[str], Any]) -> StatsConfig:
    """Settings (policy-locked values win); the site id falls back to the enrolment's."""
    config = StatsConfig.from_settings(get)
    if not config.site_id:
        config = dataclasses.replace(config, site_id=enrolled_site_id(conn))
    return config


def settings_service(paths: Any, conn_provider: Callable[[], Any]) -> Any:
    """A SettingsService with the administrator's policy applied (for `mfd stats`)."""
    from mfd_desktop import policy as policy_mod
    from mfd_desktop.settings import SettingsService

    pol = policy_mod.load_policy()
    kwargs = pol.settings_service_kwargs() if pol is not None else {}
    return SettingsService(paths.preferences, conn_provider, **kwargs)


@dataclass(frozen=True)
class Preview:
    """Everything the statistics view shows for one period."""

    period: Period
    provisional: bool  # vorläufig: the period has not ended
    releasable: bool
    not_releasable_reason: Msg | None
    k: int
    cells: tuple[CountCell, ...]  # all categories, zeros included, with suppression marks
    payload: StatsPayload | None  # None when the site id is missing
    payload_problem: Msg | None
    # Rule 5: fewer clients than `small_unit` in the period, so every breakdown cell is
    # marked suppressed here and the payload carries the measure totals only.
    totals_only: bool = False
    small_unit: int = STATS_SMALL_UNIT_THRESHOLD.default

    def cell(self, measure: str, dimension: str, category: str) -> CountCell | None:
        for c in self.cells:
            if (c.measure, c.dimension, c.category) == (measure, dimension, category):
                return c
        return None

    def table(self, measure: str, dimension: str) -> list[CountCell]:
        rows = [c for c in self.cells if c.measure == measure and c.dimension == dimension]
        return sorted(rows, key=lambda c: catalogue.display_order(dimension, c.category))


def device_id(conn: Connection) -> str:
    """The vault's random pseudonymous device id (128-bit hex), made once and kept in the vault."""
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?",
                       (DEVICE_ID_META_KEY,)).fetchone()
    if row:
        return str(row[0])
    new = secrets.token_hex(16)
    conn.execute("INSERT OR IGNORE INTO vault_meta(key, value) VALUES (?, ?)",
                 (DEVICE_ID_META_KEY, new))
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?",
                       (DEVICE_ID_META_KEY,)).fetchone()
    return str(row[0])


def suppression_secret(conn: Connection) -> bytes:
    """The vault's secret for the complementary order, made once (like the device id)."""
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?",
                       (SECRET_META_KEY,)).fetchone()
    if row is None:
        conn.execute("INSERT OR IGNORE INTO vault_meta(key, value) VALUES (?, ?)",
                     (SECRET_META_KEY, secrets.token_hex(32)))
        row = conn.execute("SELECT value FROM vault_meta WHERE key = ?",
                           (SECRET_META_KEY,)).fetchone()
    return bytes.fromhex(str(row[0]))


def secret_rank(secret: bytes, period: str) -> suppression.Rank:
    """HMAC-SHA256 over period/measure/dimension/category: the same order in every
    revision of a period, unpredictable without the secret, independent of the values."""
    def rank(key: counting.Key) -> bytes:
        text = "\x1f".join((period, *key)).encode("utf-8")
        return hmac.new(secret, text, hashlib.sha256).digest()
    return rank


def released_history(conn: Connection, period: str) -> list[disclosure_audit.Release]:
    """Every released revision of `period`, oldest first (all of them: the funder has all)."""
    rows = conn.execute("SELECT payload_json FROM stats_releases WHERE period = ? "
                        "ORDER BY revision", (period,)).fetchall()
    return [disclosure_audit.Release.from_payload(StatsPayload.model_validate_json(text))
            for (text,) in rows]


def merge_small_categories(counts: counting.Counts, k: int) -> counting.Counts:
    """Roll up small categories as statistics.md asks, before suppression."""
    out = dict(counts)
    measures = {m for (m, d, _c) in out if d == "gender"}
    for measure in measures:
        small = [out.get((measure, "gender", c), 0) for c in catalogue.GENDER_SMALL]
        if any(0 < n < k for n in small):
            for c in catalogue.GENDER_SMALL:
                out[(measure, "gender", c)] = 0
            out[(measure, "gender", catalogue.GENDER_MERGED)] = sum(small)
    other = ("clients", "language", "sonstiges")
    if other in out:
        for key in [key for key in out if key[:2] == ("clients", "language") and key != other]:
            if 0 < out[key] < k:
                out[other] += out[key]
                out[key] = 0
    return out


def _previous_values(conn: Connection, period: Period,
                     universe: counting.Counts) -> dict[counting.Key, int | None]:
    """Released values of the last revision of `period` that showed breakdowns.

    A totals-only revision (rule 5) told the funder nothing about breakdowns, so there is
    nothing in it to stay consistent with; an earlier revision with breakdowns still is
    (the funder has it). Totals are exempt from the revision rules anyway."""
    before = release.last_breakdown_payload(conn, period.key)
    if before is None:
        return {}
    previous: dict[counting.Key, int | None] = dict.fromkeys(universe, 0)
    for cell in before.cells:
        previous[(cell.measure, cell.dimension, cell.category)] = cell.value
    return previous


def build_preview(conn: Connection, period: Period, config: StatsConfig, *,
                  today: dt.date | None = None) -> Preview:
    """Count, merge, suppress and build the payload for `period`. Reads the vault; the only
    write is the device id the first time it is needed."""
    k = max(MIN_K, int(config.k))
    small_unit = config.small_unit_threshold
    raw = counting.count_period(conn, period)
    totals_only = raw.get(("clients", "total", "total"), 0) < small_unit
    merged = merge_small_categories(raw, k)
    refusal: UserError | None = None
    try:
        protected = disclosure_audit.protect(
            merged, k, history=released_history(conn, period.key),
            previous=_previous_values(conn, period, merged),
            rank=secret_rank(suppression_secret(conn), period.key), totals_only=totals_only)
        cells = protected.cells
    except disclosure_audit.AuditRefused as exc:
        log.warning("statistics %s: disclosure audit refused %d table(s)", period.key,
                    len(exc.tables))
        refusal = disclosure_audit.refusal_error(exc.findings, period.key)
        cells = exc.cells
    problems = suppression.check_protected(cells, k)
    if problems:  # a bug in suppression must never reach a funder
        log.error("suppression check failed for %s: %d problem(s)", period.key, len(problems))
        raise RuntimeError("suppression check failed")
    reason = None
    try:
        release.check_releasable(period, config.release_kind, today)
    except UserError as exc:
        reason = exc.msg
    payload, problem = None, None
    if refusal is not None:  # not releasable for its kind or date: say that first
        problem = reason or refusal.msg
    elif not _SITE_ID.match(config.site_id or ""):
        problem = SITE_ID_MISSING
    else:
        payload = to_payload(cells, period, config.site_id, device_id(conn),
                             release.next_revision(conn, period.key), k,
                             totals_only=totals_only)
    if totals_only:
        log.info("statistics %s: small unit, totals only", period.key)
    return Preview(period=period, provisional=period.is_provisional(today),
                   releasable=reason is None and payload is not None,
                   not_releasable_reason=reason or problem, k=k, cells=tuple(cells),
                   payload=payload, payload_problem=problem, totals_only=totals_only,
                   small_unit=small_unit)


def to_payload(cells: list[CountCell] | tuple[CountCell, ...], period: Period, site_id: str,
               device: str, revision: int, k: int, *, totals_only: bool = False
               ) -> StatsPayload:
    out = []
    for c in cells:
        if c.dimension != "total" and (totals_only or (c.value == 0 and not c.suppressed)):
            continue
        out.append(Cell(measure=c.measure, dimension=c.dimension, category=c.category,
                        value=None if c.suppressed else c.value, suppressed=c.suppressed))
    out.sort(key=lambda c: (c.measure, c.dimension != "total", c.dimension, c.category))
    return StatsPayload(site_id=site_id, device_id=device, period=period.key,
                        period_kind=cast(PeriodKind, period.kind), revision=revision, suppression_k=k,
                        totals_only=totals_only, cells=out)
