"""Statistics figures: counting a year, the whole preview (count + suppress + payload), the
Statistik-PDF, and the payload size.

Two data sets:
- `dense`: 5,000 clients and 50,000 consultations all in ONE year (the issue's target:
  a year's counts ≤ 200 ms), every category occupied (uniform random), so the payload is
  as large as it gets;
- `site`: the shared generated vault (bench/generate.py; its 50,000 consultations are
  spread over four years), the busiest calendar year and its last ended quarter.

Targets: a year's counts ≤ 200 ms, PDF ≤ 1 s, payload ≤ 10 KB. Timings are wall-clock
on a machine shared with other work; `*_cpu_ms` figures are process CPU time.

Run alone: `.venv/bin/python -m bench --only stats_bench` (or `python -m bench.stats_bench`
for the dense set only).
"""

from __future__ import annotations

import datetime as dt
import gzip
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure, time_ms
from mfd_desktop.paths import DataPaths
from mfd_desktop.reports.statistics_report import render_statistics_pdf
from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.stats.counting import count_period
from mfd_desktop.stats.payload_builder import StatsConfig, build_preview
from mfd_desktop.stats.periods import Period, parse_period
from mfd_desktop.stats.release import canonical_json
from mfd_desktop.storage.vault import Vault

TODAY = dt.date(2026, 11, 28)
CONFIG = StatsConfig("bench-site")


def _cpu_ms(func, repeat: int) -> list[float]:
    func()
    out = []
    for _ in range(repeat):
        start = time.process_time()
        func()
        out.append((time.process_time() - start) * 1000)
    return out


def _figures(label: str, conn, year: Period, quarter: Period, repeat: int) -> list[Figure]:
    figures = []
    f = Figure(f"stats_{label}_year_counts_ms", target="≤ 200 ms",
               note=f"count_period({year.key}); "
                    f"{conn.execute('SELECT count(*) FROM consultations WHERE held_on BETWEEN ? AND ?', (year.start.isoformat(), year.end.isoformat())).fetchone()[0]} consultations in the year")
    f.samples = time_ms(lambda: count_period(conn, year), repeat=repeat)
    figures.append(f)
    f = Figure(f"stats_{label}_year_counts_cpu_ms", target="≤ 200 ms", note="process CPU time")
    f.samples = _cpu_ms(lambda: count_period(conn, year), repeat)
    figures.append(f)
    f = Figure(f"stats_{label}_year_preview_ms", target="–",
               note="count + merge + suppress + check + payload")
    f.samples = time_ms(lambda: build_preview(conn, year, CONFIG, today=TODAY), repeat=repeat)
    figures.append(f)
    f = Figure(f"stats_{label}_quarter_preview_ms", target="–", note=quarter.key)
    f.samples = time_ms(lambda: build_preview(conn, quarter, CONFIG, today=TODAY), repeat=repeat)
    figures.append(f)

    year_preview = build_preview(conn, year, CONFIG, today=TODAY)
    f = Figure(f"stats_{label}_year_pdf_ms", target="≤ 1000 ms", note="render_statistics_pdf")
    f.samples = time_ms(lambda: render_statistics_pdf(year_preview, today=TODAY),
                        repeat=max(3, repeat // 4))
    figures.append(f)
    f = Figure(f"stats_{label}_year_pdf_cpu_ms", target="≤ 1000 ms", note="process CPU time")
    f.samples = _cpu_ms(lambda: render_statistics_pdf(year_preview, today=TODAY),
                        max(3, repeat // 4))
    figures.append(f)
    for period, preview in ((quarter, build_preview(conn, quarter, CONFIG, today=TODAY)),
                            (year, year_preview)):
        text = canonical_json(preview.payload).encode("ascii")
        kind = "quarter" if period.kind == "quarter" else "year"
        size = Figure(f"stats_{label}_{kind}_payload_kb", unit="KB", target="≤ 10 KB",
                      note=f"{period.key}: {len(preview.payload.cells)} cells, "
                           f"{sum(c.suppressed for c in preview.payload.cells)} suppressed")
        size.samples = [len(text) / 1024]
        zipped = Figure(f"stats_{label}_{kind}_payload_gzip_kb", unit="KB", target="–",
                        note="gzip -6 of the same JSON")
        zipped.samples = [len(gzip.compress(text, 6)) / 1024]
        figures += [size, zipped]
    return figures


def dense_figures(workdir: Path, repeat: int) -> list[Figure]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.stats.casedata import populate  # the test generator: uniform over categories

    root = workdir / "stats-dense"
    paths = DataPaths(root, root / "logs")
    vault, _ = Vault.create(paths, "Statistik Bench Dicht Jahr", kdf_params=KdfParams())
    try:
        populate(vault.conn, clients=5000, consultations=50_000, year=2026, seed=11)
        vault.conn.execute("PRAGMA optimize")
    finally:
        vault.lock()
    vault = Vault.unlock_with_passphrase(paths, "Statistik Bench Dicht Jahr")
    try:
        return _figures("dense", vault.conn, parse_period("2026"), parse_period("2026-Q3"),
                        repeat)
    finally:
        vault.lock()


def site_figures(ctx) -> list[Figure]:
    vault = Vault.unlock_with_passphrase(ctx.paths, ctx.passphrase)
    try:
        conn = vault.conn
        busiest = conn.execute(
            "SELECT substr(held_on, 1, 4) AS y FROM consultations WHERE held_on < ? "
            "GROUP BY y ORDER BY count(*) DESC LIMIT 1", (f"{TODAY.year}-01-01",)
        ).fetchone()
        year = parse_period(busiest[0] if busiest else str(TODAY.year - 1))
        return _figures("site", conn, year, parse_period(f"{year.key}-Q4"), ctx.repeat)
    finally:
        vault.lock()


def run(ctx) -> list[Figure]:
    figures = dense_figures(ctx.workdir, ctx.repeat)
    if ctx.paths is not None:
        figures += site_figures(ctx)
    return figures


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="mfd-stats-bench-") as tmp:
        for fig in dense_figures(Path(tmp), 10):
            print(f"{fig.key:40s} median {fig.median:8.1f} p95 {fig.p95:8.1f} {fig.unit:3s} "
                  f"target {fig.target}  {fig.note}")
