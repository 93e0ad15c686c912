"""kill -9 loop: 1,000 SIGKILLs of a writer at random moments; losses must be 0.

`python -m bench.crash_loop [--kills 1000] [--seed N]` prints the number of kills, of
acknowledged records (reported by the writer only after COMMIT returned), of lost
acknowledged records and of damaged-vault findings, and exits 1 if any were lost or
damaged. The harness itself is tests/storage/crash_writer.py (also run in CI, 200 kills).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.storage.vault import Vault
from tests.storage.crash_writer import PASSPHRASE, kill_loop, paths_for

FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crash_loop")
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument("--dir", type=Path, default=None, help="where to put the test vault")
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="mfd-crash-loop-", dir=args.dir))
    try:
        vault, _ = Vault.create(paths_for(root / "data"), PASSPHRASE, kdf_params=FAST_KDF,
                                allow_below_floor=True)
        vault.lock()
        started = time.perf_counter()
        result = kill_loop(root / "data", args.kills, seed=args.seed)
        seconds = time.perf_counter() - started
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"kills: {result.kills}")
    print(f"acknowledged records: {result.acknowledged}")
    print(f"lost acknowledged records: {len(result.lost)}")
    print(f"damaged-vault findings: {len(result.damaged)}")
    for finding in result.damaged:
        print(f"  {finding}")
    print(f"seconds: {seconds:.1f} (reopen + integrity check after every kill: "
          f"{result.unlock_seconds / max(result.kills, 1) * 1000:.0f} ms each)")
    return 0 if not result.lost and not result.damaged else 1


if __name__ == "__main__":
    sys.exit(main())
