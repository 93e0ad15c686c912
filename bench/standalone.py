"""Run one benchmark module on its own: `python -m bench.<name> [--scale S] [--repeat N]`.

A benchmark module's `run(ctx)` yields `Figure`s; `python -m bench` runs them all with a
shared context. This entry point builds a minimal context (no shared demo vault: the
module makes its own) and prints each figure in one line.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from types import SimpleNamespace
from typing import Any


def main(run: Callable[[Any], Iterable[Any]], prog: str) -> int:
    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    ctx = SimpleNamespace(scale=args.scale, repeat=args.repeat, paths=None, workdir=None)
    for fig in run(ctx):
        print(f"{fig.key}: median {fig.median:.1f} {fig.unit}, p95 {fig.p95:.1f} {fig.unit} "
              f"({len(fig.samples)} runs; {fig.note})")
    return 0
