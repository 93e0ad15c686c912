"""`python -m bench [--scale S] [--json FILE]`: run every benchmark, write figures.

Generates (or reuses) a synthetic vault at the given scale through the app's own
services (bench/generate.py), then runs each benchmark module listed in MODULES.
Results go to bench/results/latest.json (or FILE) and a Markdown table next to it,
with machine facts. Benchmarks report figures; they never fail on a target.
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import json
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from bench.figures import Figure

RESULTS = Path(__file__).resolve().parent / "results"

# Each module has run(ctx) -> list[Figure]. Missing modules are reported, not fatal.
MODULES = [
    "bench.unlock_bench",
    "bench.gui_bench",          # startup_ms, client_list_ms, peak_rss_mb (bench/gui_probe.py)
    "bench.app_bench",
    "bench.search_bench",
    "bench.stats_run",          # bench/stats_bench.py + stats_year_ms, stats_pdf_ms
    "bench.checklists_bench",
    "bench.backup_bench",
    "bench.sync_run",           # bench/sync_bench.py (SQLite, bounded) + sync_push_ms
    "bench.server_bench",       # server_*: 2,000 devices × one quarter, PostgreSQL (issue 21)
    "bench.ratio_bench",
    "bench.rekey_bench",        # rekey_ms: re-encrypting a copy of the vault (storage/rekey.py)
    "bench.audit_bench",        # disclosure audit: sparse site, four quarters, a revision
    "bench.attachments_bench",  # case with 50 attachments; MFD_BENCH_ATTACHMENTS_LARGE=2000
]

# The figures the issue names; the Markdown table lists them first, with a verdict.
ISSUE_KEYS = [
    "unlock_kdf_ms", "unlock_open_ms", "startup_ms", "client_list_ms", "search_p50_ms",
    "search_p95_ms", "search_part_p95_ms", "today_ms", "open_case_ms", "stats_year_ms",
    "case_pdf_ms", "stats_pdf_ms", "backup_ms", "sync_push_ms", "peak_rss_mb",
    "sqlcipher_vs_sqlite_ratio", "search_layer_ratio", "vault_mb_per_1000_consultations",
    "search_index_share", "search_parts_share", "rekey_ms",
]


@dataclass
class BenchContext:
    scale: float
    repeat: int
    workdir: Path
    paths: object = None
    passphrase: str = ""
    extras: dict = field(default_factory=dict)


PACKAGES = ("mfd_desktop", "mfd_server", "bench")


def compile_bytecode() -> bool:
    """Write the app's bytecode before anything is timed, as the built app ships it
    (PyInstaller bundles compiled modules). Without it, a machine that sets
    PYTHONDONTWRITEBYTECODE compiles every module from source in each fresh process, which
    the startup and first-open figures would count."""
    root = Path(__file__).resolve().parent.parent
    return all(compileall.compile_dir(root / name, quiet=1) for name in PACKAGES)


def machine_facts() -> dict[str, object]:
    facts: dict[str, object] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cores": os.cpu_count(),
    }
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    facts["cpu"] = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo", encoding="utf-8") as handle:
            facts["ram_gib"] = round(int(handle.readline().split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    if hasattr(os, "getloadavg"):  # other work on the machine shows up in the figures
        facts["load_average_1_5_15"] = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    try:
        import PySide6
        import sqlcipher3.dbapi2 as sqlcipher

        facts["pyside6"] = PySide6.__version__
        facts["sqlite"] = sqlcipher.sqlite_version
    except ImportError:
        pass
    return facts


# Targets of the issues, checked on the statistic named (p95 for search, median otherwise).
# Issue 21 set them for scale 4 (20,000 clients, 200,000 consultations); they are checked
# at every scale (a smaller vault must meet them too).
TARGETS: dict[str, tuple[str, float, float]] = {  # key: (statistic, lowest, highest)
    "unlock_kdf_ms": ("median", 500, 1000),
    "startup_ms": ("median", 0, 500),
    "client_list_ms": ("median", 0, 100),
    "search_p95_ms": ("p95", 0, 30),
    "today_ms": ("median", 0, 50),
    "open_case_ms": ("median", 0, 100),
    "stats_year_ms": ("median", 0, 200),
    "case_pdf_ms": ("median", 0, 300),
    "stats_pdf_ms": ("median", 0, 1000),
    "peak_rss_mb": ("max", 0, 250),
    "sqlcipher_vs_sqlite_ratio": ("median", 0, 1.2),
    "search_layer_ratio": ("median", 0, 1.3),
}


def verdict(figure: Figure) -> str:
    target = TARGETS.get(figure.key)
    if target is None or not figure.samples:
        return ""
    stat, low, high = target
    value = {"median": figure.median, "p95": figure.p95, "max": max(figure.samples)}[stat]
    return f"met ({stat})" if low <= value <= high else f"**missed** ({stat})"


def markdown(figures: list[Figure], facts: dict[str, object], scale: float) -> str:
    lines = [f"# Benchmark results (scale {scale})", ""]
    lines += [f"- {k}: {v}" for k, v in facts.items()]
    order = {key: i for i, key in enumerate(ISSUE_KEYS)}
    ranked = sorted(figures, key=lambda f: order.get(f.key, len(order)))
    head = ["| figure | median | p95 | unit | runs | target | verdict | note |",
            "|---|---|---|---|---|---|---|---|"]
    for title, group in (("Figures of the issue", [f for f in ranked if f.key in order]),
                         ("Further figures", [f for f in ranked if f.key not in order])):
        if not group:
            continue
        lines += ["", f"## {title}", "", *head]
        for f in group:
            lines.append(f"| `{f.key}` | {f.median:.1f} | {f.p95:.1f} | {f.unit} | "
                         f"{len(f.samples)} | {f.target} | {verdict(f)} | {f.note} |")
    missing = [k for k in ISSUE_KEYS if k not in order or not any(f.key == k for f in figures)]
    if missing:
        lines += ["", "Not measured in this run: " + ", ".join(f"`{k}`" for k in missing)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="1.0 = 5,000 clients / 50,000 consultations; 4 = 20,000 / "
                             "200,000 (a large site); 0.1 for CI")
    parser.add_argument("--json", type=Path, default=RESULTS / "latest.json")
    parser.add_argument("--repeat", type=int, default=0, help="runs per figure (default by scale)")
    parser.add_argument("--only", nargs="*", help="module names to run (e.g. search_bench)")
    args = parser.parse_args(argv)

    repeat = args.repeat or (5 if args.scale < 0.5 else 20)
    compiled = compile_bytecode()
    workdir = Path(tempfile.mkdtemp(prefix="mfd-bench-"))
    ctx = BenchContext(scale=args.scale, repeat=repeat, workdir=workdir)
    started = time.perf_counter()
    try:
        generate = importlib.import_module("bench.generate")
        ctx.paths, ctx.passphrase = generate.generated_vault(args.scale, workdir)
    except ModuleNotFoundError as exc:
        if exc.name != "bench.generate":
            raise
        print("bench: no generator yet; benchmarks that need data are skipped", file=sys.stderr)

    figures: list[Figure] = []
    skipped: list[str] = []
    failed: list[str] = []
    try:
        for name in MODULES:
            if args.only and name.split(".")[-1] not in args.only:
                continue
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name != name:
                    raise
                skipped.append(name)
                continue
            print(f"bench: {name} …", file=sys.stderr)
            started_module = time.perf_counter()
            try:
                figures += module.run(ctx)
            except Exception:  # report and go on: one broken benchmark must not hide the rest
                traceback.print_exc()
                failed.append(name)
            print(f"bench: {name} took {time.perf_counter() - started_module:.0f} s", file=sys.stderr)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)  # the vault copy and temp files

    facts = machine_facts()
    facts["bytecode"] = ("precompiled, as the built app" if compiled
                         else "compiling failed: import times include compiling")
    result = {
        "scale": args.scale,
        "machine": facts,
        "seconds_total": round(time.perf_counter() - started, 1),
        "skipped_modules": skipped,
        "failed_modules": failed,
        "figures": {f.key: f.to_dict() for f in figures},
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    args.json.with_suffix(".md").write_text(markdown(figures, facts, args.scale), encoding="utf-8")
    print(markdown(figures, facts, args.scale))
    if failed:
        print(f"bench: failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
