"""An independent brute-force attacker for small tables (tests only).

It knows the code (it replays `disclosure_audit.protect`, the release pipeline) and holds
every released revision, but not the vault's secret: it tries EVERY order of the
categories as the secret order. For every hidden cell it enumerates all integer values
consistent with the released figures (breakdown adds up to its total; a listed hidden
cell is ≥ 1 where zeros are shown; late entries only make numbers grow between
revisions), keeps the assignments whose replay gives exactly what was released, and
reports every hidden cell (and every difference between revisions) that is pinned.
No LP is used to decide what the attacker learns."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from mfd_desktop.stats.disclosure_audit import AuditRefused, Release, protect

Key = tuple[str, str, str]


def replay(truth: dict[Key, int], history: Sequence[Release], k: int,
           rank: Callable[[Key], object], categories) -> Release | None:
    """What the app would release for `truth` after `history` (None: refused)."""
    previous: dict[Key, int | None] | None = None
    for before in reversed(history):
        if not before.totals_only:
            previous = dict.fromkeys(truth, 0)
            previous.update(before.values)
            break
    try:
        cells = protect(truth, k, history=list(history), previous=previous, rank=rank,
                        categories=categories).cells
    except AuditRefused:
        return None
    return Release.from_cells(cells)


def _compositions(total: int, parts: int, low: int):
    """Every tuple of `parts` integers ≥ low adding up to `total`."""
    if parts == 0:
        if total == 0:
            yield ()
        return
    for first in range(low, total - low * (parts - 1) + 1):
        for rest in _compositions(total - first, parts - 1, low):
            yield (first, *rest)


def candidates(release: Release, categories) -> list[dict[Key, int]]:
    """Every full table consistent with one released revision on its own."""
    out = []
    totals = {key: v for key, v in release.values.items() if key[1] == "total"}
    tables: dict[tuple[str, str], list[Key]] = {}
    for (m, d) in release.tables():
        tables[(m, d)] = [(m, d, c) for c in categories(d)]
    per_table = []
    for (m, _d), keys in tables.items():
        total = totals[(m, "total", "total")]
        assert total is not None, "brute force needs visible totals"
        fixed = {key: release.values.get(key, 0) for key in keys if release.values.get(key, 0)
                 is not None}
        hidden = [key for key in keys if key not in fixed]
        whole = all(release.values.get(key, 0) is None for key in keys)
        rest = total - sum(fixed.values())
        low = 0 if whole else 1  # replay rejects what the rules would not produce anyway
        options = [{**fixed, **dict(zip(hidden, values, strict=True))}
                   for values in _compositions(rest, len(hidden), low)]
        per_table.append(options)
    for combo in itertools.product(*per_table):
        table: dict[Key, int] = {key: int(v) for key, v in totals.items()}  # type: ignore[misc]
        for part in combo:
            table.update(part)
        out.append(table)
    return out


def candidates_after(release: Release, before: dict[Key, int], categories) -> list[dict[Key, int]]:
    """Like `candidates`, for an attacker who assumes late entries only: every cell is its
    value in the revision before plus a change ≥ 0 (far fewer to try)."""
    totals = {key: v for key, v in release.values.items() if key[1] == "total"}
    per_table = []
    for (m, d) in release.tables():
        keys = [(m, d, c) for c in categories(d)]
        total = totals[(m, "total", "total")]
        whole = all(release.values.get(key, 0) is None for key in keys)
        fixed = {key: release.values.get(key, 0) for key in keys
                 if release.values.get(key, 0) is not None}
        if any(v < before.get(key, 0) for key, v in fixed.items()):
            return []
        hidden = [key for key in keys if key not in fixed]
        rest = total - sum(fixed.values()) - sum(before.get(key, 0) for key in hidden)
        if rest < 0:
            return []
        options = []
        for extra in _compositions(rest, len(hidden), 0):
            values = {key: before.get(key, 0) + e for key, e in zip(hidden, extra, strict=True)}
            if whole or all(v >= 1 for v in values.values()):
                options.append({**fixed, **values})
        per_table.append(options)
    out = []
    for combo in itertools.product(*per_table):
        table: dict[Key, int] = {key: int(v) for key, v in totals.items()}  # type: ignore[misc]
        for part in combo:
            table.update(part)
        out.append(table)
    return out


def attack(released: Sequence[Release], k: int, categories, *,
           orders: Sequence[Sequence[str]] | None = None,
           monotone: bool = True) -> dict[tuple[int, Key], set[int]]:
    """Values each hidden cell (revision index, key) and each difference
    (revision index, ("diff", key)) can take over all consistent assignments and orders."""
    cats = list(dict.fromkeys(c for (m, d) in released[0].tables() for c in categories(d)))
    orders = orders if orders is not None else list(itertools.permutations(cats))
    options = [candidates(rel, categories) if r == 0 or not monotone else []
               for r, rel in enumerate(released)]
    seen: dict[tuple[int, object], set[int]] = {}

    def record(chain: list[dict[Key, int]]) -> None:
        for r, (rel, truth) in enumerate(zip(released, chain, strict=True)):
            for key, value in rel.values.items():
                if value is None:
                    seen.setdefault((r, key), set()).add(truth[key])
            if r:
                for key in truth:
                    if key[1] != "total":
                        seen.setdefault((r, ("diff", key)), set()).add(
                            truth[key] - chain[r - 1].get(key, 0))

    for order in orders:
        position = {c: i for i, c in enumerate(order)}
        fits: dict[tuple, bool] = {}

        def rank(key: Key, position=position) -> object:
            return position.get(key[2], len(position))

        def extend(chain: list[dict[Key, int]], rank=rank, fits=fits) -> None:
            r = len(chain)
            if r == len(released):
                record(chain)
                return
            tries = (candidates_after(released[r], chain[-1], categories)
                     if monotone and chain else options[r])
            for truth in tries:
                if monotone and chain and any(truth[key] < chain[-1].get(key, 0)
                                              for key in truth):
                    continue
                memo = (r, tuple(sorted(truth.items())))
                if memo not in fits:  # the replay depends on the history, not the chain
                    again = replay(truth, released[:r], k, rank, categories)
                    fits[memo] = again is not None and dict(again.values) == dict(
                        released[r].values)
                if fits[memo]:
                    extend([*chain, truth])

        extend([])
    return seen


def leaks(released: Sequence[Release], seen: dict, k: int) -> list[str]:
    """Pinned hidden cells (not visible in the revision before) and differences pinned
    to 1 … k−1."""
    out = []
    for (r, key), values in seen.items():
        if key[0] == "diff":
            if len(values) == 1 and 0 < abs(next(iter(values))) < k:
                out.append(f"revision {r}: difference of {key[1]} is {values}")
        elif len(values) == 1:
            before = released[r - 1].values if r else {}
            if r and key in before and before[key] is not None or r and key not in before:
                continue  # visible in the revision before: the difference is what counts
            out.append(f"revision {r}: {key} pinned to {values}")
    return out
