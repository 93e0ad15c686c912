"""Unlock time, split into the KDF (Argon2id with parameters tuned on this machine)
and the database open (SQLCipher keying, integrity checks, migrations check)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench.figures import Figure
from mfd_desktop.paths import DataPaths
from mfd_desktop.security import keyslots as ks
from mfd_desktop.security.kdf import tune
from mfd_desktop.storage.vault import Vault

PASSPHRASE = "Benchmark Rhein Mosel Lahn"


def measure_kdf_and_open(paths: DataPaths, passphrase: str, repeat: int) -> tuple[Figure, Figure]:
    import time

    kdf = Figure("unlock_kdf_ms", target="500–1000 ms at ≥ 64 MiB")
    opened = Figure("unlock_open_ms", target="(part of startup ≤ 1.5 s)")
    for _ in range(repeat):
        slot_file = ks.KeySlotFile.load(paths.keyslots)
        slot = slot_file.slot(ks.SLOT_PASSPHRASE)
        start = time.perf_counter()
        key = ks.open_with_passphrase(slot, slot_file.vault_id, passphrase)
        kdf.samples.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        vault = Vault._open(paths, slot_file, key)
        opened.samples.append((time.perf_counter() - start) * 1000)
        vault.lock()
    params = slot.kdf
    kdf.note = f"{params.memory_kib // 1024} MiB, {params.iterations} iterations (tuned here)"
    return kdf, opened


def run(ctx) -> list[Figure]:
    """With a context vault (ctx.paths, ctx.passphrase), measure on it; else on a fresh one."""
    if getattr(ctx, "paths", None) is not None:
        return list(measure_kdf_and_open(ctx.paths, ctx.passphrase, ctx.repeat))
    tmp = Path(tempfile.mkdtemp(prefix="mfd-bench-"))
    try:
        paths = DataPaths(tmp, tmp / "logs")
        vault, _ = Vault.create(paths, PASSPHRASE, kdf_params=tune())
        vault.lock()
        return list(measure_kdf_and_open(paths, PASSPHRASE, ctx.repeat))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
