"""Re-keying the benchmark vault (`rekey_ms`, `rekey_commit_ms`, `rekey_vault_mb`).

`rekey_ms` is the whole re-key as the app runs it: the export under a new key, the check
of the copy (page HMACs, quick_check, row counts), one Argon2id run for the passphrase
slot, and the swap. Everything but the swap runs in a worker; `rekey_commit_ms` is the
swap alone, the only part on the UI thread. A copy of the vault is re-keyed, so the
other benchmarks keep theirs. Without a generator, the stand-in vault of
bench/backup_bench.py is used. Run alone: `python -m bench.rekey_bench [--scale S]`.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from bench.figures import Figure
from mfd_desktop.paths import DataPaths
from mfd_desktop.storage.vault import Vault


def _copy(paths: DataPaths, passphrase: str, target: Path) -> DataPaths:
    # Checkpoint first, so vault.db alone holds everything; then copy the closed files.
    vault = Vault.unlock_with_passphrase(paths, passphrase, full_check=False)
    try:
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        vault.lock()
    target.mkdir(parents=True, mode=0o700)
    for source in (paths.vault, paths.keyslots):
        shutil.copy2(source, target / source.name)
    return DataPaths(target, target / "logs")


def run(ctx) -> list[Figure]:
    tmp = Path(tempfile.mkdtemp(prefix="mfd-rekey-bench-", dir=getattr(ctx, "workdir", None)))
    try:
        if getattr(ctx, "paths", None) is None:
            from bench.backup_bench import _stand_in_vault

            source, passphrase = _stand_in_vault(tmp / "source", ctx.scale)
            note = f"stand-in vault: {int(50_000 * ctx.scale)} notes of 600 chars"
        else:
            source, passphrase = ctx.paths, ctx.passphrase
            note = "generated vault"
        paths = _copy(source, passphrase, tmp / "copy")
        total = Figure("rekey_ms", note=note + "; includes one Argon2id run",
                       target="(off the UI thread)")
        commit = Figure("rekey_commit_ms", note="the swap, the only part on the UI thread")
        size = Figure("rekey_vault_mb", unit="MB", note=note)
        vault = Vault.unlock_with_passphrase(paths, passphrase, full_check=False)
        try:
            for _ in range(max(1, min(ctx.repeat, 3))):
                size.samples.append(paths.vault.stat().st_size / 1e6)
                start = time.perf_counter()
                prepared = vault.prepare_rekey(passphrase)
                middle = time.perf_counter()
                vault.commit_rekey(prepared)
                end = time.perf_counter()
                total.samples.append((end - start) * 1000)
                commit.samples.append((end - middle) * 1000)
        finally:
            vault.lock()
        return [total, commit, size]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    from bench.standalone import main

    raise SystemExit(main(run, "python -m bench.rekey_bench"))
