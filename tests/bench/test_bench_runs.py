"""The benchmark suite runs end to end at a tiny scale and writes every figure the issue
names, with at least one sample each. Never a timing assertion: speed is reported by
`python -m bench` (docs/benchmarks.md), not tested."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.__main__ import ISSUE_KEYS

ROOT = Path(__file__).resolve().parents[2]
SCALE = "0.02"  # 100 clients, 1,000 consultations: a few seconds to generate


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_every_benchmark_runs_and_writes_its_figures(tmp_path):
    out = tmp_path / "figures.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--scale", SCALE, "--repeat", "2", "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=580, check=False)
    assert done.returncode == 0, done.stderr[-4000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["failed_modules"] == []
    assert result["skipped_modules"] == []
    figures = result["figures"]
    missing = [key for key in ISSUE_KEYS if key not in figures]
    assert not missing, f"figures not written: {missing}"
    empty = [key for key in ISSUE_KEYS if figures[key]["runs"] < 1]
    assert not empty, f"figures without samples: {empty}"
    for key in ISSUE_KEYS:
        assert figures[key]["median"] == figures[key]["median"]  # not NaN
    table = out.with_suffix(".md").read_text(encoding="utf-8")
    for key in ISSUE_KEYS:
        assert f"`{key}`" in table
    assert "cores" in result["machine"] and result["scale"] == float(SCALE)
    assert result["machine"]["bytecode"] == "precompiled, as the built app"
    assert figures["open_case_first_ms"]["runs"] >= 2


def test_the_table_says_which_targets_are_met():
    from bench.__main__ import markdown
    from bench.figures import Figure

    fast = Figure("search_p95_ms", samples=[5.0, 6.0, 7.0])
    slow = Figure("today_ms", samples=[150.0, 160.0])
    text = markdown([fast, slow], {"cores": 2}, 0.02)
    assert "| `search_p95_ms` | 6.0 | 7.0 |" in text and "met (p95)" in text
    assert "**missed** (median)" in text.split("`today_ms`")[1].splitlines()[0]
    assert "Not measured in this run:" in text and "`startup_ms`" in text
