"""Attachments (issue 17): opening a case with 50 attachments, thumbnails drawn lazily.

- `attachments_open_case_ms` (target ≤ 100 ms): the case view opening a case with 50
  attachments (PDF Bescheide and document photos, 0.2–1 MB) until painted, with the
  Anhänge tab loaded (metadata only; thumbnails follow from a worker). Measured in a
  child process with an offscreen Qt (like bench/gui_probe.py), so the bench process
  never creates a QApplication.
- `attachments_thumbnails_ms`: until all 50 thumbnails have arrived (off the UI thread).
- `attachments_list_ms`: the domain query alone (list of 50, no bytes read).
- Optional, with `MFD_BENCH_ATTACHMENTS_LARGE=N` (e.g. 2000): a copy of the bench vault
  (scale as given) plus N attachments of 1 MB: `attachments_large_unlock_open_ms`,
  `attachments_large_backup_ms` and the vault size. Off by default (2 GB of writing).

Run alone: `python -m bench --only attachments_bench`.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import Figure
from mfd_desktop.paths import DataPaths
from mfd_desktop.security import keyslots as ks
from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.storage.vault import Vault

PASSPHRASE = "Bench Anhänge Lahn Nahe"
FAST = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
COUNT = 50
LARGE_ENV = "MFD_BENCH_ATTACHMENTS_LARGE"


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _payload(rng: random.Random, kind: int, size: int) -> bytes:
    from mfd_desktop.reports.sample_documents import bescheid_pdf, document_png

    if kind % 2 == 0:
        head = bescheid_pdf([f"Bescheid Nr. {kind}", "zugestellt am 03.11.2026"])
    else:
        head = document_png(600, 800)
    # pad after the real document (a PDF reader ignores it, a PNG decoder stops at IEND)
    return head + rng.randbytes(max(0, size - len(head)))


def fill_case(conn, count: int = COUNT, seed: int = 17) -> int:
    from mfd_desktop.domain.casework import attachments, clients

    rng = random.Random(seed)
    cid = clients.create_client(conn, clients.Client(name="Bench Anhang", first_contact="2026-01-02"))
    for n in range(count):
        attachments.add(conn, cid, f"Dokument {n}", _payload(rng, n, rng.randint(200_000, 1_000_000)),
                        description=f"Unterlage {n}")
    return cid


# ----- the child process ------------------------------------------------------------------

def probe(workdir: Path, repeat: int) -> dict[str, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from mfd_desktop.domain.casework import attachments
    from mfd_desktop.gui.case.attachments_tab import AttachmentsTab
    from mfd_desktop.gui.case.case_view import CaseView
    from mfd_desktop.gui.context import AppContext

    app = QApplication.instance() or QApplication([])
    paths = DataPaths(workdir, workdir / "logs")
    vault, _ = Vault.create(paths, PASSPHRASE, kdf_params=FAST, allow_below_floor=True)
    cid = fill_case(vault.conn)
    ctx = AppContext(paths)
    ctx.set_unlocked(vault)

    class Painted(QObject):
        seen = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    result: dict[str, list[float]] = {"open": [], "thumbs": [], "list": []}
    for _ in range(repeat):
        view = CaseView(ctx)
        view.resize(1366, 768)
        view.show()
        app.processEvents()
        (tab,) = [t for t in view.extra_tabs if isinstance(t, AttachmentsTab)]
        view.tabs.setCurrentWidget(tab)
        watch = Painted()
        tab.view.viewport().installEventFilter(watch)
        start = time.perf_counter()
        view.open(cid)
        tab.view.viewport().update()
        while not watch.seen:
            app.processEvents()
        result["open"].append(_ms(start))
        while len(tab.model.thumbnails) < COUNT and _ms(start) < 120_000:
            app.processEvents()
            time.sleep(0.002)
        result["thumbs"].append(_ms(start))
        start = time.perf_counter()
        attachments.list_attachments(vault.conn, cid)
        result["list"].append(_ms(start))
        ctx.tasks.wait_for_all(60_000)
        view.close()
        view.deleteLater()
        app.processEvents()
    ctx.lock()
    return result


# ----- the optional large vault -------------------------------------------------------------

def large_figures(ctx, count: int) -> list[Figure]:
    from mfd_desktop.domain.casework import attachments, clients
    from mfd_desktop.storage import backup

    if getattr(ctx, "paths", None) is None:
        return []
    tmp = Path(tempfile.mkdtemp(prefix="mfd-attach-large-", dir=ctx.workdir))
    try:
        paths = DataPaths(tmp / "vault", tmp / "vault" / "logs")
        shutil.copytree(ctx.paths.root, paths.root, ignore=shutil.ignore_patterns("backups", "*.lock"))
        vault = Vault.unlock_with_passphrase(paths, ctx.passphrase)
        attachments_limit = json.dumps(16384)
        vault.conn.execute("INSERT OR REPLACE INTO settings(key, value_json) VALUES "
                           "('attachment_max_vault_mib', ?)", (attachments_limit,))
        rng = random.Random(3)
        ids = [r[0] for r in vault.conn.execute("SELECT id FROM clients ORDER BY id LIMIT 500")]
        ids = ids or [clients.create_client(vault.conn, clients.Client(name="Bench"))]
        for n in range(count):
            attachments.add(vault.conn, ids[n % len(ids)], f"Scan {n}.pdf",
                            _payload(rng, 0, 1_000_000))
        vault.lock()
        note = f"bench vault (scale {ctx.scale}) + {count} attachments of 1 MB"
        unlock = Figure("attachments_large_unlock_open_ms", note=note + "; open as the app "
                        "does it (full_check=False, page check deferred to a worker)",
                        target="unchanged (unlock_open_ms)")
        check = Figure("attachments_large_integrity_check_ms", note=note + "; the deferred "
                       "page check after unlock", target="(off the UI thread)")
        made = Figure("attachments_large_backup_ms", note=note, target="(off the UI thread)")
        size = Figure("attachments_large_vault_mb", unit="MB", note=note)
        for i in range(max(1, min(ctx.repeat, 3))):
            slot_file = ks.KeySlotFile.load(paths.keyslots)
            key = ks.open_with_passphrase(slot_file.slot(ks.SLOT_PASSPHRASE),
                                          slot_file.vault_id, ctx.passphrase)
            start = time.perf_counter()
            vault = Vault._open(paths, slot_file, key, full_check=False)
            unlock.samples.append(_ms(start))
            start = time.perf_counter()
            vault.verify_integrity()
            check.samples.append(_ms(start))
            start = time.perf_counter()
            out = tmp / f"b{i}.mfdbak"
            backup.create_backup(vault, out)
            made.samples.append(_ms(start))
            size.samples.append(paths.vault.stat().st_size / 1e6)
            out.unlink()
            vault.lock()
        return [unlock, check, made, size]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(ctx) -> list[Figure]:
    repeat = max(2, min(getattr(ctx, "repeat", 3) or 3, 5))
    tmp = Path(tempfile.mkdtemp(prefix="mfd-attach-bench-", dir=getattr(ctx, "workdir", None)))
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        done = subprocess.run([sys.executable, "-m", "bench.attachments_bench", "--probe",
                               str(tmp / "probe"), "--repeat", str(repeat)],
                              capture_output=True, text=True, env=env, timeout=900, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    note = f"{COUNT} attachments (PDF + PNG, 0.2–1 MB), offscreen Qt"
    figures = [Figure("attachments_open_case_ms", samples=result["open"], target="≤ 100 ms",
                      note=note + "; until the Anhänge list is painted"),
               Figure("attachments_thumbnails_ms", samples=result["thumbs"],
                      target="(lazily, off the UI thread)", note=note),
               Figure("attachments_list_ms", samples=result["list"], note="metadata query only")]
    large = int(os.environ.get(LARGE_ENV, "0") or 0)
    if large > 0:
        figures += large_figures(ctx, large)
    return figures


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench.attachments_bench")
    parser.add_argument("--probe", type=Path, help="(internal) run the Qt probe in DIR")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if args.probe is not None:
        print(json.dumps(probe(args.probe, args.repeat)))
        return 0
    from bench.__main__ import BenchContext

    ctx = BenchContext(scale=0.0, repeat=args.repeat, workdir=Path(tempfile.gettempdir()))
    for figure in run(ctx):
        print(f"{figure.key}: median {figure.median:.1f} {figure.unit}, p95 {figure.p95:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
