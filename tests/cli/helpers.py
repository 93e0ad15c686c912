"""Run `mfd` as administrators do: a separate process, stdin for secrets, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass

FLOOR_KDF_ARGS = ["--kdf-memory-mib", "64", "--kdf-iterations", "3"]


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_mfd(*args: str, stdin: str = "", env: dict[str, str] | None = None, timeout: int = 120) -> Result:
    full_env = {k: v for k, v in os.environ.items() if k != "MFD_DATA_DIR"}
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "mfd_desktop.cli.main", *args],
        input=stdin, capture_output=True, text=True, env=full_env, timeout=timeout,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


def init_vault(data_dir, passphrase: str) -> str:
    """Create a vault with floor KDF parameters; returns the recovery key."""
    result = run_mfd("init", "--data-dir", str(data_dir), "--passphrase-stdin", *FLOOR_KDF_ARGS,
                     stdin=passphrase + "\n")
    assert result.code == 0, result.err
    return result.out.strip()
