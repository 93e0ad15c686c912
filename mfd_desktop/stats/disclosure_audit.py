"""Disclosure audit: what an attacker can compute from everything released, and the
release gate that hides more until nothing is pinned (docs/statistics.md, "Audit").

The attacker (docs/statistics.md, "Attacker model") knows this code and holds every
payload of every revision. For each period (released periods never overlap, so the
problem decomposes per period) the audit builds the linear constraints such an attacker
has and computes, with GLPK (`swiglpk`), the feasible interval [min, max] of

- every hidden cell of every revision of the period (the candidate included),
- every difference between consecutive revisions of a breakdown cell,
- clients − new_clients of every revision.

Constraints per revision (each revision has its own variables): visible cells are fixed;
a category that is not listed is 0; additive breakdowns add up to their measure total
(structural hours within ± half a unit per category, they are rounded per type);
multi-select cells are ≤ the total; hidden cells are ≥ 1 unless the whole breakdown is
hidden (the rules hide a zero only together with everything else of its breakdown);
hidden totals are ≥ 1 (a 0 is shown);
new_clients ≤ clients ≤ consultations. Between consecutive revisions (breakdowns: the
previous revision that had breakdowns) the attacker may assume that numbers only grow
(late entries); the audit makes that assumption wherever the released figures do not
contradict it, because it is the stronger attacker (attack 2 of issue #14 used it).

The LP decomposes further: visible cells are constants, so a breakdown whose total is
visible in every revision is its own small problem. Intervals are rounded inwards
(integer counts); if an LP bound is fractional the MIP (GLPK branch and cut) decides it.

Requirement (`strict`): a hidden cell's interval holds ≥ 3 values including one ≥ its
effective k; a difference (revisions, clients − new_clients) is 0, ≥ k in absolute
value, or not pinned. Where that cannot be reached even with the whole breakdown hidden
(`weak`): a hidden cell is not pinned and no difference is pinned to 1 … k−1.

`protect()` is the gate: suppress (suppression.py, complementary cells in a secret
order), audit, and while a table fails hide its next cell in the same secret order, then
its zeros; a table that still fails weakly is refused (`AuditRefused`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mfd_desktop.stats import suppression
from mfd_desktop.stats.suppression import CountCell, Key, Rank, effective_k, is_multi_select

if TYPE_CHECKING:
    from mfd_desktop.errors import UserError
    from mfd_desktop.stats.payload import StatsPayload

Categories = Callable[[str], Sequence[str]]
INF = math.inf
TOTAL = "total"
# Rounded per type (counting.py): the cells may differ from the total by rounding.
ROUNDED = frozenset({"structural_hours"})
# Nested measures: new_clients ⊆ clients; every counted client had ≥ 1 consultation.
# Pooled mentions (rare languages merged, one client may add several): no bound.
POOLED = frozenset({("clients", "language", "sonstiges")})
ORDERED_TOTALS: tuple[tuple[str, str], ...] = (("new_clients", "clients"),
                                               ("clients", "consultations"))


@dataclass(frozen=True)
class Release:
    """What one released revision shows: listed cells (None = hidden); unlisted = 0."""

    values: Mapping[Key, int | None]
    totals_only: bool = False

    @classmethod
    def from_payload(cls, payload: StatsPayload) -> Release:
        return cls({(c.measure, c.dimension, c.category): c.value for c in payload.cells},
                   bool(payload.totals_only))

    @classmethod
    def from_cells(cls, cells: Iterable[CountCell], totals_only: bool = False) -> Release:
        """As to_payload lists them: totals, and non-zero or hidden breakdown cells."""
        values: dict[Key, int | None] = {}
        for c in cells:
            if c.dimension != TOTAL and (totals_only or (c.value == 0 and not c.suppressed)):
                continue
            values[(c.measure, c.dimension, c.category)] = None if c.suppressed else c.value
        return cls(values, totals_only)

    def tables(self) -> dict[tuple[str, str], list[Key]]:
        out: dict[tuple[str, str], list[Key]] = {}
        for key in self.values:
            if key[1] != TOTAL:
                out.setdefault((key[0], key[1]), []).append(key)
        return out


@dataclass(frozen=True)
class Finding:
    """One audited quantity: a hidden cell (`other` None) or a difference."""

    kind: str  # "cell", "revision", "returning"
    revision: int  # index into the audited releases (0 = first)
    key: Key
    low: float
    high: float
    k: int
    strict_ok: bool
    weak_ok: bool

    @property
    def table(self) -> tuple[str, str]:
        return (self.key[0], self.key[1])


@dataclass
class AuditResult:
    findings: list[Finding] = field(default_factory=list)
    lp_solves: int = 0

    def failing(self, strict: bool = True) -> list[Finding]:
        return [f for f in self.findings if not (f.strict_ok if strict else f.weak_ok)]

    @property
    def passed(self) -> bool:
        return not self.failing(strict=False)


class AuditRefused(Exception):
    """Nothing passes: `tables` are the (measure, dimension) pairs, `reasons` short
    English reasons (the caller words the German message)."""

    def __init__(self, findings: list[Finding], cells: list[CountCell] | None = None):
        super().__init__("disclosure audit refused the release")
        self.findings = findings
        self.cells = cells or []  # the most that was hidden, for the local view

    @property
    def tables(self) -> list[tuple[str, str]]:
        return sorted({f.table for f in self.findings})


# ----- the linear model ---------------------------------------------------------------


# A model variable: (revision index, measure, dimension, category).
Var = tuple[int, str, str, str]
# A constraint row: coefficients, lower and upper bound, and whether it is a monotone guess.
Row = tuple[dict[Var, float], float, float, bool]


class _Model:
    """Variables with bounds, linear rows lo ≤ a·x ≤ hi; fixed variables are constants."""

    def __init__(self) -> None:
        self.lb: dict[Var, float] = {}
        self.ub: dict[Var, float] = {}
        self.rows: list[tuple[dict[Var, float], float, float]] = []
        self.monotone: list[tuple[Var, Var]] = []  # (before, after): after ≥ before

    def var(self, name: Var, lb: float = 0.0, ub: float = INF) -> Var:
        self.lb[name], self.ub[name] = lb, ub
        return name

    def fixed(self, name: Var) -> bool:
        return self.lb[name] == self.ub[name]

    def row(self, coeffs: Mapping[Var, float], lo: float, hi: float) -> None:
        self.rows.append((dict(coeffs), lo, hi))


def _build(releases: Sequence[Release], k: int, categories: Categories) -> _Model:
    model = _Model()
    last_breakdowns: dict[tuple[str, str], int] = {}
    for r, rel in enumerate(releases):
        tables = _all_tables(rel, categories)
        measures = {key[0] for key in rel.values if key[1] == TOTAL}
        for m in measures:
            value = rel.values.get((m, TOTAL, TOTAL))
            name = (r, m, TOTAL, TOTAL)
            if value is None:
                model.var(name, 1.0, INF)
            else:
                model.var(name, float(value), float(value))
            if r > 0 and (m, TOTAL, TOTAL) in releases[r - 1].values:
                model.monotone.append(((r - 1, m, TOTAL, TOTAL), name))
        for small, big in ORDERED_TOTALS:
            if small in measures and big in measures:
                model.row({(r, small, TOTAL, TOTAL): 1.0, (r, big, TOTAL, TOTAL): -1.0}, -INF, 0.0)
        if rel.totals_only:
            continue
        for (m, d), cats in tables.items():
            if m not in measures:
                continue
            # the rules hide a zero only when they hide the whole breakdown
            all_hidden = all(rel.values.get((m, d, c), 0) is None for c in cats)
            names = []
            for c in cats:
                name = (r, m, d, c)
                names.append(name)
                if (m, d, c) not in rel.values:
                    model.var(name, 0.0, 0.0)
                elif (shown := rel.values[(m, d, c)]) is None:
                    model.var(name, 0.0 if all_hidden else 1.0, INF)
                else:
                    model.var(name, float(shown), float(shown))
            total = (r, m, TOTAL, TOTAL)
            if is_multi_select(m, d):
                for name in names:
                    if (m, d, name[3]) not in POOLED:
                        model.row({name: 1.0, total: -1.0}, -INF, 0.0)
            else:
                slack = math.ceil(len(names) / 2) if m in ROUNDED else 0
                coeffs = dict.fromkeys(names, 1.0)
                coeffs[total] = -1.0
                model.row(coeffs, -slack, slack)
            before = last_breakdowns.get((m, d))
            if before is not None:
                for c in cats:
                    model.monotone.append(((before, m, d, c), (r, m, d, c)))
            last_breakdowns[(m, d)] = r
    return model


def _all_tables(rel: Release, categories: Categories) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = {}
    for (m, d) in rel.tables():
        cats = list(dict.fromkeys([*categories(d), *(k[2] for k in rel.values if k[:2] == (m, d))]))
        out[(m, d)] = cats
    return out


# ----- solving (GLPK) -----------------------------------------------------------------


class _Component:
    """One connected part of the model (its non-fixed variables) as a GLPK problem."""

    def __init__(self, model: _Model, names: list[Var], rows: list[Row]):
        import swiglpk as glp

        self.glp = glp
        self.index = {name: i + 1 for i, name in enumerate(names)}
        lp = glp.glp_create_prob()
        self.lp = lp
        glp.glp_add_cols(lp, len(names))
        for name, j in self.index.items():
            lb, ub = model.lb[name], model.ub[name]
            if ub == INF:
                glp.glp_set_col_bnds(lp, j, glp.GLP_LO, lb, 0.0)
            else:
                glp.glp_set_col_bnds(lp, j, glp.GLP_DB, lb, ub)
            glp.glp_set_col_kind(lp, j, glp.GLP_IV)
        entries: list[tuple[int, int, float]] = []
        if rows:
            glp.glp_add_rows(lp, len(rows))
        for i, (coeffs, lo, hi, _mono) in enumerate(rows, start=1):
            const = sum(c * model.lb[n] for n, c in coeffs.items() if n not in self.index)
            lo, hi = lo - const, hi - const
            if lo == -INF and hi == INF:
                glp.glp_set_row_bnds(lp, i, glp.GLP_FR, 0.0, 0.0)
            elif lo == -INF:
                glp.glp_set_row_bnds(lp, i, glp.GLP_UP, 0.0, hi)
            elif hi == INF:
                glp.glp_set_row_bnds(lp, i, glp.GLP_LO, lo, 0.0)
            elif lo == hi:
                glp.glp_set_row_bnds(lp, i, glp.GLP_FX, lo, lo)
            else:
                glp.glp_set_row_bnds(lp, i, glp.GLP_DB, lo, hi)
            for n, c in coeffs.items():
                if n in self.index:
                    entries.append((i, self.index[n], c))
        if entries:
            ia, ja, ar = glp.intArray(len(entries) + 1), glp.intArray(len(entries) + 1), \
                glp.doubleArray(len(entries) + 1)
            for e, (i, j, c) in enumerate(entries, start=1):
                ia[e], ja[e], ar[e] = i, j, c
            glp.glp_load_matrix(lp, len(entries), ia, ja, ar)
        self.smcp = glp.glp_smcp()
        glp.glp_init_smcp(self.smcp)
        self.smcp.msg_lev = glp.GLP_MSG_OFF
        self.iocp = glp.glp_iocp()
        glp.glp_init_iocp(self.iocp)
        self.iocp.msg_lev = glp.GLP_MSG_OFF
        self.iocp.presolve = glp.GLP_ON
        self.solves = 0
        self._objective: list[int] = []

    def close(self) -> None:
        self.glp.glp_delete_prob(self.lp)

    def feasible(self) -> bool:
        glp = self.glp
        for j in self._objective:
            glp.glp_set_obj_coef(self.lp, j, 0.0)
        self._objective = []
        self.solves += 1
        if glp.glp_simplex(self.lp, self.smcp) != 0:
            return False
        return bool(glp.glp_get_status(self.lp) == glp.GLP_OPT)

    def optimum(self, coeffs: Mapping[Var, float], maximise: bool) -> float:
        """Integer optimum of coeffs·x (variables of this component only); ±inf if unbounded."""
        glp = self.glp
        for j in self._objective:
            glp.glp_set_obj_coef(self.lp, j, 0.0)
        self._objective = []
        for name, c in coeffs.items():
            j = self.index[name]
            glp.glp_set_obj_coef(self.lp, j, c)
            self._objective.append(j)
        glp.glp_set_obj_dir(self.lp, glp.GLP_MAX if maximise else glp.GLP_MIN)
        self.solves += 1
        if glp.glp_simplex(self.lp, self.smcp) != 0:
            raise RuntimeError("LP solver failed")
        status = glp.glp_get_status(self.lp)
        if status == glp.GLP_UNBND:
            return INF if maximise else -INF
        if status != glp.GLP_OPT:
            raise RuntimeError("audit model infeasible")
        value: float = glp.glp_get_obj_val(self.lp)
        if abs(value - round(value)) < 1e-7:
            return float(round(value))
        self.solves += 1  # fractional LP bound: let the MIP decide
        if glp.glp_intopt(self.lp, self.iocp) != 0 or \
                glp.glp_mip_status(self.lp) != glp.GLP_OPT:
            return math.floor(value + 1e-7) if maximise else math.ceil(value - 1e-7)
        return float(round(glp.glp_mip_obj_val(self.lp)))


def _components(model: _Model, monotone: bool) -> list[tuple[list[Var], list[Row]]]:
    rows = [(*row, False) for row in model.rows]
    if monotone:
        rows += [({after: 1.0, before: -1.0}, 0.0, INF, True) for before, after in model.monotone
                 if before in model.lb and after in model.lb]
    parent: dict[Var, Var] = {}

    def find(x: Var) -> Var:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    free = [n for n in model.lb if not model.fixed(n)]
    for n in free:
        find(n)
    for coeffs, _lo, _hi, _mono in rows:
        names = [n for n in coeffs if n in parent]
        for a, b in zip(names, names[1:], strict=False):
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[ra] = rb
    groups: dict[Var, list[Var]] = {}
    for n in free:
        groups.setdefault(find(n), []).append(n)
    row_groups: dict[Var, list[Row]] = {}
    for row in rows:
        names = [n for n in row[0] if n in parent]
        if names:
            row_groups.setdefault(find(names[0]), []).append(row)
        elif not (row[1] - 1e-9 <= sum(c * model.lb[n] for n, c in row[0].items()) <= row[2] + 1e-9):
            if row[3]:
                continue  # a constant monotone row that fails: the attacker's guess is refuted
            raise RuntimeError("released figures contradict the audit model")
    return [(names, row_groups.get(root, [])) for root, names in groups.items()]


# ----- the audit ----------------------------------------------------------------------


def audit(releases: Sequence[Release], k: int,
          categories: Categories | None = None) -> AuditResult:
    """Feasible intervals of every hidden cell and every difference, for the revisions
    of ONE period in release order (the candidate last)."""
    if categories is None:
        from mfd_desktop.stats import catalogue
        categories = catalogue.categories
    model = _build(releases, k, categories)
    # Monotone rows between constants that contradict "numbers only grow" mean the
    # attacker knows there were corrections: drop the assumption for that pair's table.
    refuted = {(b[1], b[2]) for b, a in model.monotone
               if model.fixed(b) and model.fixed(a) and model.lb[a] < model.lb[b]}
    # A cell visible in the linked earlier revision is known up to the change: there the
    # secret is the change, audited as a difference, not the cell (hiding a published 6
    # in a later revision does not make it secret again).
    anchored = {a for b, a in model.monotone if model.fixed(b)}
    model.monotone = [(b, a) for b, a in model.monotone if (b[1], b[2]) not in refuted]
    result = AuditResult()
    comps = _components(model, monotone=True)
    where: dict[Var, _Component] = {}
    pending: list[_Component] = []
    try:
        for names, rows in comps:
            comp = _Component(model, names, rows)
            pending.append(comp)
            if not comp.feasible():
                # the "only grows" guess is wrong for this part: solve it without
                rows = [row for row in rows if not row[3]]
                comp = _Component(model, names, rows)
                pending.append(comp)
            for n in names:
                where[n] = comp

        def interval(coeffs: Mapping[Var, float]) -> tuple[float, float]:
            const = sum(c * model.lb[n] for n, c in coeffs.items() if model.fixed(n))
            free = {n: c for n, c in coeffs.items() if not model.fixed(n)}
            if not free:
                return const, const
            parts: dict[int, tuple[_Component, dict[Var, float]]] = {}
            for n, c in free.items():  # independent components add up
                parts.setdefault(id(where[n]), (where[n], {}))[1][n] = c
            low = high = const
            for comp, coeffs_part in parts.values():
                low += comp.optimum(coeffs_part, maximise=False)
                high += comp.optimum(coeffs_part, maximise=True)
            return low, high

        for r, rel in enumerate(releases):
            for key, value in rel.values.items():
                if value is not None:
                    continue
                name = (r, *key)
                if name not in model.lb:
                    continue
                low, high = interval({name: 1.0})
                dk = effective_k(k, key[1]) if key[1] != TOTAL else k
                if name in anchored:
                    continue
                strict = high - low >= 2 and high >= dk
                result.findings.append(Finding("cell", r, key, low, high, dk, strict, high > low))
            small, big = ORDERED_TOTALS[0]
            a, b = (r, big, TOTAL, TOTAL), (r, small, TOTAL, TOTAL)
            if a in model.lb and b in model.lb:
                result.findings.append(_difference("returning", r, (small, TOTAL, TOTAL),
                                                   interval({a: 1.0, b: -1.0}), k))
        for before, after in model.monotone:
            if before[2] == TOTAL:
                continue  # totals: see docs/statistics.md (a count of late entries only)
            low_high = interval({after: 1.0, before: -1.0})
            result.findings.append(_difference("revision", int(after[0]), after[1:], low_high,
                                               effective_k(k, after[2])))
        # differences of tables whose monotone link was refuted are still audited
        for b, a in _all_links(model, releases):
            if (b[1], b[2]) in refuted and b[2] != TOTAL:
                result.findings.append(_difference("revision", int(a[0]), a[1:],
                                                   interval({a: 1.0, b: -1.0}),
                                                   effective_k(k, a[2])))
        result.lp_solves = sum(c.solves for c in pending)
    finally:
        for comp in pending:
            comp.close()
    return result


def _all_links(model: _Model, releases: Sequence[Release]) -> list[tuple[Var, Var]]:
    links: list[tuple[Var, Var]] = []
    last: dict[tuple[str, str], int] = {}
    for r, rel in enumerate(releases):
        if rel.totals_only:
            continue
        for (m, d) in rel.tables():
            if (m, d) in last:
                for name in [n for n in model.lb if n[0] == r and n[1:3] == (m, d)]:
                    before = (last[(m, d)], *name[1:])
                    if before in model.lb:
                        links.append((before, name))
            last[(m, d)] = r
    return links


def _difference(kind: str, r: int, key: Key, low_high: tuple[float, float], k: int) -> Finding:
    low, high = low_high
    pinned = low == high
    bad = pinned and 0 < abs(low) < k
    return Finding(kind, r, key, low, high, k, not bad, not bad)


# ----- the gate -----------------------------------------------------------------------


@dataclass(frozen=True)
class Protected:
    cells: list[CountCell]
    audit: AuditResult
    rounds: int


def protect(counts: Mapping[Key, int], k: int, *, history: Sequence[Release] = (),
            previous: Mapping[Key, int | None] | None = None, rank: Rank | None = None,
            totals_only: bool = False, categories: Categories | None = None) -> Protected:
    """Suppress `counts`, audit them together with `history` (earlier revisions of the
    same period, oldest first) and hide more until the audit passes.

    Raises AuditRefused when a table still fails with everything of it hidden."""
    rank = rank or suppression.key_rank
    cells = suppression.suppress(counts, k, previous=previous, rank=rank)
    if totals_only:
        cells = suppression.hide_breakdowns(cells)
    hidden = {(c.measure, c.dimension, c.category) for c in cells if c.suppressed}
    stuck: set[tuple[str, str]] = set()
    rounds = 0
    while True:
        rounds += 1
        current = [CountCell(m, d, c, v, (m, d, c) in hidden) for (m, d, c), v in counts.items()]
        candidate = Release.from_cells(current, totals_only)
        result = audit([*history, candidate], k, categories)
        changed = False
        refused: list[Finding] = []
        for table in sorted({f.table for f in result.failing(strict=True)}):
            if table in stuck or not _hide_more(table, counts, hidden, rank):
                stuck.add(table)
                bad = [f for f in result.failing(strict=False) if f.table == table]
                refused.extend(bad)
            else:
                changed = True
        if not changed:
            if refused:
                raise AuditRefused(refused, current)
            return Protected(current, result, rounds)


def _hide_more(table: tuple[str, str], counts: Mapping[Key, int], hidden: set[Key],
               rank: Rank) -> bool:
    """One step more for a failing table: its next visible non-zero cell in the secret
    order, else its zero categories; False when everything of it is hidden already."""
    measure, dimension = table
    if dimension == TOTAL:
        key = (measure, TOTAL, TOTAL)
        if key in hidden or counts.get(key, 0) == 0:
            return False
        hidden.add(key)  # e.g. new_clients next to clients: returning clients 1 … k−1
        return True
    keys = [key for key in counts if key[:2] == table]
    visible = [key for key in keys if key not in hidden and counts[key] > 0]
    if visible:
        hidden.add(min(visible, key=lambda key: (rank(key), key)))
        return True
    zeros = [key for key in keys if key not in hidden]
    if zeros:
        hidden.update(zeros)  # "0 stays visible" gives way: see docs/statistics.md
        return True
    return False


def exhausted(table: tuple[str, str], candidate: Release, categories: Categories) -> bool:
    """Nothing more of `table` can be hidden in `candidate`."""
    measure, dimension = table
    if dimension == TOTAL:
        return candidate.values.get((measure, TOTAL, TOTAL), 0) in (None, 0)
    if candidate.totals_only:
        return True
    return all(candidate.values.get((measure, dimension, c), 0) is None
               for c in categories(dimension))


def gate(history: Sequence[Release], candidate: Release, k: int,
         categories: Categories | None = None) -> list[Finding]:
    """What is wrong with releasing `candidate` after `history` (empty = may go out):
    every weak failure, and every strict failure of a table that still has something
    to hide (so `protect` would have hidden more). Used by release.py on the payload
    itself, independent of how it was made."""
    if categories is None:
        from mfd_desktop.stats import catalogue
        categories = catalogue.categories
    result = audit([*history, candidate], k, categories)
    weak = result.failing(strict=False)
    strict = [f for f in result.failing(strict=True)
              if f not in weak and not exhausted(f.table, candidate, categories)]
    return weak + strict


def refusal_error(findings: Sequence[Finding], period: str) -> UserError:
    """The UserError (a Msg) naming the tables and why."""
    from mfd_desktop.errors import UserError
    from mfd_desktop.messages import Msg
    from mfd_desktop.stats import catalogue

    def title(table: tuple[str, str]) -> Msg:
        measure, dimension = table
        if dimension == TOTAL:
            return catalogue.measure_name(measure)
        return catalogue.breakdown_name(measure, dimension)

    tables = [Msg("stats.quoted", text=title(t)) for t in sorted({f.table for f in findings})]
    revision = any(f.kind == "revision" or f.revision > 0 for f in findings)
    if revision:
        return UserError(Msg("stats.audit_refused_revision", period=period, tables=tables))
    return UserError(Msg("stats.audit_refused", period=period, tables=tables))
