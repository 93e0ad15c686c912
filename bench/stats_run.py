"""Runs bench/stats_bench.py (the statistics area's figures) for `python -m bench` and adds
the issue's keys:

- `stats_year_ms`: the Statistik page's work for one calendar year on the generated vault
  (count + merge small categories + suppress + payload: `build_preview`), the busiest year
  of its four. Target ≤ 200 ms. (stats_bench's `dense` set — 50,000 consultations all in
  one year — is run too at scale ≥ 0.5; its `stats_dense_year_counts_ms` is the worst case.)
- `stats_pdf_ms`: the Statistik-PDF of that year (`render_statistics_pdf`). Target ≤ 1 s.
"""

from __future__ import annotations

from bench import stats_bench
from bench.figures import Figure

DENSE_FROM_SCALE = 0.5  # the dense set always has 50,000 consultations: too slow for CI


def _alias(figures: list[Figure], source: str, key: str, target: str, note: str) -> Figure:
    found = next((f for f in figures if f.key == source), None)
    alias = Figure(key, target=target, note=f"{note} (= {source})")
    if found is not None:
        alias.samples = list(found.samples)
        alias.note += f"; {found.note}"
    return alias


def run(ctx) -> list[Figure]:
    figures = stats_bench.site_figures(ctx)
    keys = [
        _alias(figures, "stats_site_year_preview_ms", "stats_year_ms", "≤ 200 ms",
               "a year's statistics on the generated vault"),
        _alias(figures, "stats_site_year_pdf_ms", "stats_pdf_ms", "≤ 1 s",
               "Statistik-PDF of that year"),
    ]
    if ctx.scale >= DENSE_FROM_SCALE:
        figures += stats_bench.dense_figures(ctx.workdir, ctx.repeat)
    return keys + figures
