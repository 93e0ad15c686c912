"""Collecting timings: repeated samples per figure, summarised as median and p95."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Figure:
    key: str
    unit: str = "ms"
    samples: list[float] = field(default_factory=list)
    target: str = ""
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")

    @property
    def p95(self) -> float:
        if not self.samples:
            return float("nan")
        ordered = sorted(self.samples)
        index = max(0, min(len(ordered) - 1, round(0.95 * (len(ordered) - 1))))
        return ordered[index]

    def to_dict(self) -> dict[str, object]:
        return {
            "unit": self.unit,
            "median": round(self.median, 3),
            "p95": round(self.p95, 3),
            "runs": len(self.samples),
            "target": self.target,
            "note": self.note,
        }


def time_ms(func: Callable[[], object], repeat: int = 5, warmup: int = 1) -> list[float]:
    """Wall-clock milliseconds of `repeat` calls after `warmup` unmeasured ones."""
    for _ in range(warmup):
        func()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append((time.perf_counter() - start) * 1000)
    return samples
