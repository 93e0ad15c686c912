"""`python -m bench.build_figures [--build DIR] [--runs N] [--drop-caches]`: figures of the
PyInstaller build: size, and cold start of the built app to its first window.

Figures (they report, they never fail on a target):
- size of dist/mfd-desktop (MB and files; goal < 150 MB), the largest parts, and the
  Linux packages next to it when build.sh --package made them;
- `--self-test` timings: launch -> "Fenster angezeigt" (bootloader, Python, Qt, one
  window; the self-test opens its window first) and launch -> exit (whole self-test);
- the real app: launch -> the first top-level window titled "MFD Desktop…" is mapped
  (viewable) on an X server (first-run wizard, since the data folder is new). Needs X (run under
  scripts/test-session.sh, or it re-runs itself under xvfb-run) and `xwininfo`.

The first run after a build is the "cold" one (files not yet in the page cache); with
--drop-caches (root only, slows everyone on the machine down briefly) every run is cold.
Results: bench/results/build_figures.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
WINDOW_LINE = "Fenster angezeigt"
SIZE_GOAL_MB = 150


def tree_size(path: Path) -> tuple[int, int]:
    total = files = 0
    for p in path.rglob("*"):
        if p.is_file() and not p.is_symlink():
            total += p.stat().st_size
            files += 1
    return total, files


def largest_parts(build: Path, count: int = 8) -> list[tuple[str, int]]:
    parts: dict[str, int] = {}
    internal = build / "_internal"
    for p in build.rglob("*"):
        if not p.is_file() or p.is_symlink():
            continue
        rel = p.relative_to(internal if internal in p.parents else build).parts
        key = "/".join(rel[:3]) if rel[0] == "PySide6" else rel[0]
        parts[key] = parts.get(key, 0) + p.stat().st_size
    return sorted(parts.items(), key=lambda kv: -kv[1])[:count]


def drop_caches() -> None:
    subprocess.run(["sync"], check=False)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def self_test_run(app: Path) -> tuple[float, float]:
    env = {k: v for k, v in os.environ.items() if k != "MFD_DATA_DIR"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    proc = subprocess.Popen([str(app), "--self-test"], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env)
    window = float("nan")
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(WINDOW_LINE) and window != window:
            window = (time.perf_counter() - start) * 1000
    code = proc.wait()
    total = (time.perf_counter() - start) * 1000
    if code != 0:
        raise SystemExit(f"self-test failed with exit code {code}")
    return window, total


def app_window_visible() -> bool:
    """A top-level "MFD Desktop…" window that is mapped and larger than Qt's 1x1 helper."""
    children = subprocess.run(["xwininfo", "-root", "-children"], capture_output=True,
                              text=True, check=False).stdout
    for line in children.splitlines():
        parts = line.split()
        if '"MFD Desktop' not in line or not parts or " 1x1+" in line:
            continue
        state = subprocess.run(["xwininfo", "-id", parts[0]], capture_output=True, text=True,
                               check=False).stdout
        if "IsViewable" in state:
            return True
    return False


def real_window_run(app: Path, timeout: float = 60.0) -> float:
    with tempfile.TemporaryDirectory(prefix="mfd-bench-") as data:
        env = {k: v for k, v in os.environ.items() if k not in ("MFD_DATA_DIR", "QT_QPA_PLATFORM")}
        start = time.perf_counter()
        proc = subprocess.Popen([str(app), "--data-dir", data], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while time.perf_counter() - start < timeout:
                if app_window_visible():
                    return (time.perf_counter() - start) * 1000
                if proc.poll() is not None:
                    raise SystemExit(f"the app exited early with code {proc.returncode}")
                time.sleep(0.01)
            raise SystemExit("no window within the timeout")
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def summary(samples: list[float]) -> dict[str, float]:
    return {"first": round(samples[0]), "median": round(statistics.median(samples)),
            "min": round(min(samples)), "runs": len(samples)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, default=ROOT / "dist" / "mfd-desktop")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--drop-caches", action="store_true")
    parser.add_argument("--no-window", action="store_true", help="skip the real-window figure")
    args = parser.parse_args(argv)

    if (not args.no_window and sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and shutil.which("xvfb-run") and not os.environ.get("MFD_BENCH_IN_XVFB")):
        os.environ["MFD_BENCH_IN_XVFB"] = "1"
        os.execvp("xvfb-run", ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable,
                               "-m", "bench.build_figures", *(argv or sys.argv[1:])])

    exe = ".exe" if sys.platform == "win32" else ""
    app = args.build / f"mfd-desktop{exe}"
    if not app.exists():
        raise SystemExit(f"no build at {args.build}: run build_scripts/build.sh first")

    size, files = tree_size(args.build)
    figures: dict[str, object] = {
        "machine": {"platform": platform.platform(), "cpus": os.cpu_count(),
                    "load_average": [round(x, 1) for x in os.getloadavg()]
                    if hasattr(os, "getloadavg") else None},
        "page_cache_dropped_before_each_run": args.drop_caches,
        "build": str(args.build),
        "size_mb": round(size / 1e6, 1),
        "size_mib": round(size / 2**20, 1),
        "size_goal_mb": SIZE_GOAL_MB,
        "files": files,
        "largest_parts_mb": {k: round(v / 1e6, 1) for k, v in largest_parts(args.build)},
        "packages_mb": {p.name: round(p.stat().st_size / 1e6, 1)
                        for p in sorted(args.build.parent.glob("mfd-desktop*"))
                        if p.is_file() and p.suffix in (".gz", ".deb")},
    }
    info = args.build / "BUILD-INFO.txt"
    if info.exists():
        figures["build_info"] = info.read_text(encoding="utf-8").splitlines()

    windows, totals = [], []
    for _ in range(args.runs):
        if args.drop_caches:
            drop_caches()
        window, total = self_test_run(app)
        windows.append(window)
        totals.append(total)
    figures["self_test_to_window_ms"] = summary(windows)
    figures["self_test_total_ms"] = summary(totals)

    if not args.no_window and os.environ.get("DISPLAY") and shutil.which("xwininfo"):
        real = []
        for _ in range(args.runs):
            if args.drop_caches:
                drop_caches()
            real.append(real_window_run(app))
        figures["app_to_first_window_ms"] = summary(real)
    else:
        figures["app_to_first_window_ms"] = "skipped (no X display or xwininfo)"

    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "build_figures.json").write_text(json.dumps(figures, indent=2, ensure_ascii=False),
                                                encoding="utf-8")
    lines = ["# Build figures", "", "| figure | value |", "|---|---|"]
    for key, value in figures.items():
        lines.append(f"| {key} | {json.dumps(value, ensure_ascii=False)} |")
    (RESULTS / "build_figures.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
