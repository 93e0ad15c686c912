"""Backup create and verify on the benchmark vault (`backup_ms`, `backup_verify_ms`).

With the generated vault (bench/generate.py, 5,000 clients at scale 1) the figures are
for that; without a generator a stand-in vault is filled with 50,000 × scale notes of
600 characters (about the same size). Also reports the backup's size.
Run alone: `python -m bench.backup_bench [--scale S]`.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

from bench.figures import Figure
from mfd_desktop.paths import DataPaths
from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.storage import backup
from mfd_desktop.storage.transaction import transaction
from mfd_desktop.storage.vault import Vault

PASSPHRASE = "Benchmark Sicherung Rhein Mosel"
NOTE = ("Beratung zur Aufenthaltserlaubnis, Fragen zur Familienzusammenführung und zur "
        "Anerkennung des Berufsabschlusses; nächste Schritte besprochen, Unterlagen für die "
        "Ausländerbehörde zusammengestellt, Termin beim Jobcenter vereinbart. Übersetzung "
        "durch Sprachmittlerin, Frist für die Stellungnahme notiert. ") * 2


def _stand_in_vault(workdir: Path, scale: float) -> tuple[DataPaths, str]:
    paths = DataPaths(workdir / "backup-bench", workdir / "backup-bench" / "logs")
    vault, _ = Vault.create(paths, PASSPHRASE, kdf_params=KdfParams())
    rows = int(50_000 * scale)
    with transaction(vault.conn):
        for i in range(rows):
            vault.conn.execute(
                "INSERT INTO drafts(draft_key, form, content_json) VALUES (?, 'bench', ?)",
                (f"bench:{i}", json.dumps({"text": f"{NOTE[:600]} {i}"})))
    vault.lock()
    return paths, PASSPHRASE


def run(ctx) -> list[Figure]:
    own = getattr(ctx, "paths", None) is None
    tmp = Path(tempfile.mkdtemp(prefix="mfd-backup-bench-", dir=getattr(ctx, "workdir", None)))
    try:
        if own:
            paths, passphrase = _stand_in_vault(tmp, ctx.scale)
            note = f"stand-in vault: {int(50_000 * ctx.scale)} notes of 600 chars"
        else:
            paths, passphrase = ctx.paths, ctx.passphrase
            note = "generated vault"
        vault = Vault.unlock_with_passphrase(paths, passphrase)
        created = Figure("backup_ms", note=note, target="(off the UI thread)")
        verified = Figure("backup_verify_ms", note=note)
        size = Figure("backup_size_mb", unit="MB", note=note)
        try:
            for i in range(max(1, min(ctx.repeat, 5))):
                out = tmp / f"b{i}.mfdbak"
                start = time.perf_counter()
                backup.create_backup(vault, out)
                created.samples.append((time.perf_counter() - start) * 1000)
                size.samples.append(out.stat().st_size / 1e6)
                start = time.perf_counter()
                backup.verify_backup(out, passphrase=passphrase)
                verified.samples.append((time.perf_counter() - start) * 1000)
                out.unlink()
        finally:
            vault.lock()
        verified.note += " (includes one Argon2id unwrap)"
        return [created, verified, size]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    from bench.standalone import main

    raise SystemExit(main(run, "python -m bench.backup_bench"))
