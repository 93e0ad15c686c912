"""Plausibility checks (validation rules) on a site's figures, shown before approval.

The rules live in a versioned TOML file (`rules/plausibility-v1.toml`, documented in
docs/server.md). Two kinds:

- `compare`: the sum of the `left` totals `op` (`<=` or `>=`) the sum of the `right`
  totals; an operand `previous.<measure>` is the total of the period before (the
  previous quarter, half-year, month or year);
- `change`: a measure total differs from the same period last year by more than
  `threshold_percent` (when last year's total was at least `min_base`).

Findings flag, they never refuse. A total that is hidden ("."), only a lower bound
("mindestens N") or missing is never treated as a value: the rule is "nicht prüfbar"
for that report, with the reason.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mfd_desktop.stats import vocabulary
from mfd_desktop.stats.payload import PERIOD_PATTERNS, period_kind
from mfd_server.aggregate import TotalCell

RULES_FILE = Path(__file__).with_name("rules") / "plausibility-v1.toml"

OK, FLAGGED, UNCHECKABLE = "ok", "auffaellig", "nicht_pruefbar"
STATUS_LABELS = {OK: "in Ordnung", FLAGGED: "auffällig", UNCHECKABLE: "nicht prüfbar"}

# measure -> its total, or None when hidden, only a lower bound or not reported
Totals = dict[str, int | None]


class RulesError(ValueError):
    pass


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    text: str
    left: tuple[str, ...] = ()
    op: str = "<="
    right: tuple[str, ...] = ()
    measures: tuple[str, ...] = ()
    threshold_percent: float = 50.0
    min_base: int = 20


@dataclass(frozen=True)
class RuleSet:
    version: int
    name: str
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class Finding:
    rule_id: str
    status: str
    text: str
    detail: str

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def _operand_ok(term: str) -> bool:
    measure = term.removeprefix("previous.")
    return measure in vocabulary.MEASURES


def load_rules(path: Path = RULES_FILE) -> RuleSet:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RulesError(f"Die Regeldatei {path.name} lässt sich nicht lesen: {exc}") from None
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise RulesError(f"{path.name}: „version“ fehlt oder ist keine positive Zahl.")
    rules = []
    for raw in data.get("rule", []):
        try:
            rule = Rule(id=str(raw["id"]), kind=str(raw["kind"]), text=str(raw["text"]),
                        left=tuple(raw.get("left", ())), op=str(raw.get("op", "<=")),
                        right=tuple(raw.get("right", ())),
                        measures=tuple(raw.get("measures", ())),
                        threshold_percent=float(raw.get("threshold_percent", 50)),
                        min_base=int(raw.get("min_base", 20)))
        except (KeyError, TypeError, ValueError):
            raise RulesError(f"{path.name}: eine Regel ist unvollständig.") from None
        terms = [*rule.left, *rule.right, *rule.measures]
        if rule.kind not in ("compare", "change") or rule.op not in ("<=", ">=") \
                or not all(_operand_ok(t) for t in terms) \
                or (rule.kind == "compare" and not (rule.left and rule.right)) \
                or (rule.kind == "change" and not rule.measures):
            raise RulesError(f"{path.name}: Regel „{rule.id}“ ist fehlerhaft.")
        rules.append(rule)
    return RuleSet(version, path.stem, tuple(rules))


def totals_of(cells: list[TotalCell]) -> Totals:
    """Measure totals of a site; hidden or lower-bound totals become None."""
    out: Totals = {}
    for c in cells:
        if c.dimension == "total" and c.category == "total":
            out[c.measure] = None if c.lower_bound else c.value
    return out


def previous_period(period: str) -> str | None:
    kind = period_kind(period)
    if kind is None:
        return None
    match = PERIOD_PATTERNS[kind].match(period)
    assert match is not None
    year = int(match.group(1))
    if kind == "year":
        return f"{year - 1}" if year > 2000 else None
    number = int(match.group(2))
    size = {"month": 12, "quarter": 4, "half_year": 2}[kind]
    if number > 1:
        number -= 1
    elif year > 2000:
        year, number = year - 1, size
    else:
        return None
    if kind == "month":
        return f"{year}-{number:02d}"
    return f"{year}-{'Q' if kind == 'quarter' else 'H'}{number}"


def same_period_last_year(period: str) -> str | None:
    year, sep, rest = period.partition("-")
    if not year.isdigit() or int(year) <= 2000:
        return None
    return f"{int(year) - 1}{sep}{rest}"


def _label(term: str) -> str:
    measure = term.removeprefix("previous.")
    label = vocabulary.measure_label(measure)
    return f"{label} (Vorzeitraum)" if term.startswith("previous.") else label


def _value(term: str, current: Totals, previous: Totals | None) -> tuple[int | None, str]:
    source = previous if term.startswith("previous.") else current
    measure = term.removeprefix("previous.")
    if source is None:
        return None, f"{_label(term)}: für den Vorzeitraum liegt nichts vor"
    if measure not in source:
        return None, f"{_label(term)}: nicht gemeldet"
    value = source[measure]
    if value is None:
        return None, f"{_label(term)}: nicht ausgewiesen oder nur Untergrenze"
    return value, ""


def evaluate(rules: RuleSet, current: Totals, previous: Totals | None = None,
             last_year: Totals | None = None) -> list[Finding]:
    findings = []
    for rule in rules.rules:
        if rule.kind == "compare":
            values, reasons = [], []
            for term in (*rule.left, *rule.right):
                value, reason = _value(term, current, previous)
                values.append(value)
                if reason:
                    reasons.append(reason)
            if reasons:
                findings.append(Finding(rule.id, UNCHECKABLE, rule.text, "; ".join(reasons)))
                continue
            left = sum(v for v in values[:len(rule.left)] if v is not None)
            right = sum(v for v in values[len(rule.left):] if v is not None)
            holds = left <= right if rule.op == "<=" else left >= right
            detail = (f"{' + '.join(_label(t) for t in rule.left)} = {left}, "
                      f"{' + '.join(_label(t) for t in rule.right)} = {right}")
            findings.append(Finding(rule.id, OK if holds else FLAGGED, rule.text, detail))
        else:
            for measure in rule.measures:
                now = current.get(measure)
                before = last_year.get(measure) if last_year is not None else None
                rid = f"{rule.id}:{measure}"
                label = vocabulary.measure_label(measure)
                if now is None or before is None:
                    why = ("kein Vorjahreswert" if last_year is None or measure not in last_year
                           else "nicht ausgewiesen oder nur Untergrenze")
                    findings.append(Finding(rid, UNCHECKABLE, rule.text, f"{label}: {why}"))
                    continue
                if before < rule.min_base:
                    findings.append(Finding(rid, OK, rule.text,
                                            f"{label}: Vorjahr {before} (zu klein zum Vergleich)"))
                    continue
                change = 100.0 * (now - before) / before
                status = FLAGGED if abs(change) > rule.threshold_percent else OK
                findings.append(Finding(rid, status, rule.text,
                                        f"{label}: {before} → {now} "
                                        f"({change:+.0f} %, Grenze ±"
                                        f"{rule.threshold_percent:.0f} %)"))
    return findings


def summary(findings: list[Finding]) -> dict[str, Any]:
    return {s: sum(1 for f in findings if f.status == s) for s in (OK, FLAGGED, UNCHECKABLE)}


def site_findings(session, site: str, period: str, rules: RuleSet) -> list[Finding]:
    """The rules on a site's received figures (summed over its devices)."""
    from mfd_server import aggregate

    def of(p: str | None) -> Totals | None:
        if p is None:
            return None
        cells = aggregate.totals(session, p, [site])
        return totals_of(cells) if cells else None

    current = of(period) or {}
    return evaluate(rules, current, of(previous_period(period)),
                    of(same_period_last_year(period)))


def device_findings(session, site: str, period: str,
                    rules: RuleSet) -> list[tuple[str, int, list[Finding]]]:
    """The rules on each device report of a site (for the site's own admins only)."""
    from sqlalchemy import select

    from mfd_server.models import Report, ReportCell

    def of(device: str, p: str | None) -> Totals | None:
        if p is None:
            return None
        rows = session.execute(
            select(ReportCell.measure, ReportCell.value, ReportCell.suppressed)
            .join(Report, Report.id == ReportCell.report_id)
            .where(Report.device_id == device, Report.site_id == site, Report.period == p,
                   ReportCell.dimension == "total")).all()
        if not rows:
            return None
        return {m: (None if s or v is None else int(v)) for m, v, s in rows}

    out = []
    for device, revision in session.execute(
            select(Report.device_id, Report.revision)
            .where(Report.site_id == site, Report.period == period).order_by(Report.device_id)):
        out.append((device, revision, evaluate(
            rules, of(device, period) or {}, of(device, previous_period(period)),
            of(device, same_period_last_year(period)))))
    return out
