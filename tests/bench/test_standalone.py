"""Benchmark modules run on their own through bench/standalone.py (tiny scale)."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module, keys", [
    ("bench.backup_bench", ("backup_ms", "backup_verify_ms", "backup_size_mb")),
    ("bench.rekey_bench", ("rekey_ms", "rekey_commit_ms", "rekey_vault_mb")),
])
def test_a_benchmark_module_runs_alone_and_prints_every_figure(module, keys):
    result = subprocess.run([sys.executable, "-m", module, "--scale", "0.01", "--repeat", "1"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    printed = [line.split(":")[0] for line in result.stdout.splitlines()]
    assert printed == list(keys)
    assert all("median" in line and "(1 runs;" in line for line in result.stdout.splitlines())
