"""Small-cell suppression (statistische Geheimhaltung), applied on the device before anything
is shown as releasable. Pure functions over plain numbers; no database.

The method (docs/statistics.md explains it for counsellors and funders):

1. Primary suppression: a cell whose value is 1 … k−1 is suppressed. Zero is shown.
   `k` is 5 by default; a policy may raise it, never lower it. Sensitive dimensions
   (special protection needs) use a higher threshold (`DIMENSION_MIN_K`, 10).
2. Secondary (complementary) suppression, for each measure and dimension separately:
   while exactly one cell is suppressed, or the suppressed cells together hold fewer
   than k, also suppress a visible non-zero cell. WHICH one is decided by `rank`, an
   order that does not depend on the values: the app passes a keyed hash of the
   vault's secret over period/measure/dimension/category (payload_builder), so an
   attacker who knows this code cannot replay the choice (the old "smallest, ties by
   key" rule let about 2 % of breakdowns be solved exactly). Without `rank` the
   category key orders them (tests only).
   If no visible non-zero cell is left:
   - additive dimensions (every counted unit falls into exactly one category, so the
     cells add up to the measure total): this can only happen when the total itself is
     below k, and then the total is already suppressed;
   - multi-select dimensions (topics, languages, needs: cells do not add up to the
     total, so nothing can be recovered by subtraction, but a lone "< k" would still
     stand out): every cell of the dimension is suppressed, zeros included.
3. Revisions: when a period is released again (late entries), a breakdown whose
   measure total changed by 1 … k−1, or one of whose cells visible in the last revision
   changed by 1 … k−1, is hidden WHOLE in the new revision (zeros included): hiding just
   the changed cell would tell that it changed (whoever knows this rule replays it), a
   whole hidden breakdown tells only what the totals tell anyway — that a few persons
   were added. Otherwise every non-zero cell suppressed in an earlier revision stays
   suppressed and step 2 runs again. Measure totals are exempt (suppressed only when
   below k). If that cannot protect an additive dimension (its only non-zero category
   equals the visible total), the keep rule is dropped for that dimension and step 2
   runs on the primary cells alone. The disclosure audit checks the result against
   every earlier revision (disclosure_audit.py).

4. Small units (statistics.md rule 5, decided in payload_builder): with fewer clients
   in the period than the small-unit threshold, `hide_breakdowns` marks every cell of
   every breakdown suppressed, zeros included; only the measure totals stay (each
   still subject to step 1).

Guarantee checked by the property tests: for every measure and dimension either
nothing is suppressed, or the measure total is suppressed, or at least two cells are
suppressed and together hold at least k — or all its cells are (multi-select
dimensions, and every breakdown of a small unit).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from mfd_desktop.stats.payload import MIN_K

# Dimensions with a stricter threshold (statistics.md rule 3: special needs, only totals
# per need, threshold >= 10). The effective threshold is max(policy k, this).
DIMENSION_MIN_K: dict[str, int] = {"special_need": 10}

# Dimensions where one unit may fall into several categories (or none), so the cells do
# not add up to the measure's total.
MULTI_SELECT: frozenset[tuple[str, str]] = frozenset({
    ("consultations", "topic"),
    ("clients", "language"),
    ("clients", "special_need"),
    ("clients", "service"),  # each service of the client's consultations (db/0013)
})


def effective_k(k: int, dimension: str) -> int:
    if k < MIN_K:
        raise ValueError(f"suppression threshold below {MIN_K} is not allowed")
    return max(k, DIMENSION_MIN_K.get(dimension, k))


def is_multi_select(measure: str, dimension: str) -> bool:
    return (measure, dimension) in MULTI_SELECT


@dataclass(frozen=True)
class CountCell:
    """One count before release: `value` is the true count, `suppressed` whether it is hidden."""

    measure: str
    dimension: str
    category: str
    value: int
    suppressed: bool = False

    @property
    def released_value(self) -> int | None:
        return None if self.suppressed else self.value


Key = tuple[str, str, str]  # (measure, dimension, category)
# Orders the candidates of the complementary step; must not depend on the values.
Rank = Callable[[Key], object]


def key_rank(key: Key) -> object:
    """The default order (tests): by category key. Production passes a secret order."""
    return key[2]


def _primary(value: int, k: int) -> bool:
    return 0 < value < k


def suppress(counts: Mapping[Key, int], k: int = MIN_K, *,
             previous: Mapping[Key, int | None] | None = None,
             rank: Rank | None = None) -> list[CountCell]:
    """Suppressed cells for `counts` (all measures, dimensions, categories incl. totals).

    `previous` are the released values of the last revision of the same period
    (None = suppressed then); see step 3 of the module docstring."""
    if k < MIN_K:
        raise ValueError(f"suppression threshold below {MIN_K} is not allowed")
    previous = previous or {}
    rank = rank or key_rank
    hidden: set[Key] = set()

    # Measure totals first: the total is shared by every dimension of its measure.
    for key, value in counts.items():
        if key[1] == "total" and _primary(value, k):
            hidden.add(key)

    groups: dict[tuple[str, str], list[Key]] = {}
    for key in counts:
        if key[1] != "total":
            groups.setdefault((key[0], key[1]), []).append(key)

    for (measure, dimension), keys in groups.items():
        dk = effective_k(k, dimension)
        multi = is_multi_select(measure, dimension)
        if previous and _changed_a_little(measure, keys, counts, previous, dk):
            hidden.update(keys)  # the whole breakdown, zeros included (step 3)
            continue
        primary = {key for key in keys if _primary(counts[key], dk)}
        by_revision = {key for key in keys if _revision_reveals(key, counts[key], previous, dk)}
        total_hidden = (measure, "total", "total") in hidden
        if total_hidden and not multi:
            # Every cell is <= total < k: all non-zero cells are already primary-suppressed.
            hidden.update(primary | by_revision)
            continue
        trial = set(primary | by_revision)
        if not _complement(keys, counts, trial, dk, multi_select=multi, rank=rank):
            # Only the revision rule can get an additive dimension stuck (one non-zero
            # category left, equal to the visible total): protect the primary cells alone.
            trial = set(primary)
            _complement(keys, counts, trial, dk, multi_select=multi, rank=rank)
        hidden.update(trial)

    return [CountCell(m, d, c, v, (m, d, c) in hidden) for (m, d, c), v in counts.items()]


def _revision_reveals(key: Key, value: int, previous: Mapping[Key, int | None], k: int) -> bool:
    if key[1] == "total":
        # Totals are suppressed only when small (primary). A total hidden although it is
        # >= k would be pointless (other breakdowns add up to it) and would make the
        # "total hidden, so all its cells are primary" shortcut below wrong.
        return False
    if key not in previous or value == 0:
        return False  # zero is always shown
    # keep earlier suppression: otherwise the new value bounds the old one (a visible
    # cell that changed by 1 … k−1 hides its whole breakdown, `_changed_a_little`)
    return previous[key] is None


def _changed_a_little(measure: str, keys: list[Key], counts: Mapping[Key, int],
                      previous: Mapping[Key, int | None], k: int) -> bool:
    """Step 3: the measure total changed by 1 … k−1, or a cell visible in the last
    revision (an unlisted 0 included) changed by 1 … k−1. (A total hidden then has no
    visible change; its non-zero cells were all hidden, so a new category — a visible 0
    that is not 0 any more — is caught by the cells.)"""
    total = (measure, "total", "total")
    before = previous.get(total)
    if before is not None and 0 < abs(counts.get(total, 0) - before) < k:
        return True
    for key in keys:
        before = previous.get(key, 0)
        if before is not None and 0 < abs(counts[key] - before) < k:
            return True
    return False


def _complement(keys: list[Key], counts: Mapping[Key, int], hidden: set[Key], k: int, *,
                multi_select: bool, rank: Rank) -> bool:
    """Add complementary cells to `hidden`; False if an additive dimension got stuck."""
    def state() -> tuple[int, int]:
        cells = [key for key in keys if key in hidden]
        return len(cells), sum(counts[key] for key in cells)

    count, total = state()
    while count and (count == 1 or total < k):
        visible = [key for key in keys if key not in hidden and counts[key] > 0]
        if not visible:
            if multi_select:
                hidden.update(keys)
                return True
            return False
        hidden.add(min(visible, key=lambda key: (rank(key), key)))
        count, total = state()
    return True


def hide_breakdowns(cells: Iterable[CountCell]) -> list[CountCell]:
    """Rule 5: every breakdown cell suppressed (zeros too, so nothing tells which
    categories occur); measure totals unchanged."""
    return [c if c.dimension == "total" or c.suppressed
            else CountCell(c.measure, c.dimension, c.category, c.value, True)
            for c in cells]


def check_protected(cells: Iterable[CountCell], k: int = MIN_K) -> list[str]:
    """Violations of the release guarantee (empty = protected). Used by tests and as a
    last check before a payload is built; never trusts `suppress` blindly."""
    cells = list(cells)
    problems: list[str] = []
    totals = {c.measure: c for c in cells if c.dimension == "total"}
    groups: dict[tuple[str, str], list[CountCell]] = {}
    for cell in cells:
        dk = effective_k(k, cell.dimension)
        if not cell.suppressed and 0 < cell.value < dk:
            problems.append(f"{cell.measure}/{cell.dimension}/{cell.category}: visible small value")
        if cell.dimension != "total":
            groups.setdefault((cell.measure, cell.dimension), []).append(cell)
    for (measure, dimension), group in groups.items():
        dk = effective_k(k, dimension)
        hidden = [c for c in group if c.suppressed]
        if not hidden:
            continue
        total = totals.get(measure)
        if total is not None and total.suppressed:
            continue
        if len(hidden) >= 2 and sum(c.value for c in hidden) >= dk:
            continue
        if len(hidden) == len(group):
            continue  # nothing of this breakdown is visible (multi-select or small unit)
        problems.append(f"{measure}/{dimension}: suppressed cells could be recovered")
    return problems
