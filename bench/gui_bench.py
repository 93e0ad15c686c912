"""The app as a counsellor sees it: startup after unlock, client list, peak memory.

Each sample is a fresh process running bench/gui_probe.py (Qt offscreen) on a copy of
the generated vault, so imports, caches and memory start cold every time.

- `startup_ms`: end of the KDF → Heute painted with its data (database open with the
  page check deferred, the window's switch from its lock screen to the shell, Heute
  loaded in its worker, painted; the window itself is built before the KDF, as in the
  app). Target ≤ 500 ms at scale 4.
- `client_list_ms`: click on „Klient*innen“ → the table's first paint with rows. ≤ 100 ms.
- `peak_rss_mb`: the probe's peak RSS with the vault open (the high-water mark is reset
  right after the KDF), the window shown, a few large cases opened and a search run.
  Target ≤ 250 MB. `peak_rss_with_kdf_mb` includes the unlock's Argon2id memory, which is
  freed as soon as the key is derived.
Extra: `startup_first_paint_ms` (window painted, Heute still loading), `open_case_ms`
(largest cases), `open_case_first_ms` (the first of them, case view built on the click),
`gui_import_ms` (Python + Qt imports before unlock; not in startup).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.figures import Figure

ROOT = Path(__file__).resolve().parent.parent
PROBE_TIMEOUT_S = 300


def probe(data_dir: Path, passphrase: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MFD_BENCH_PASSPHRASE": passphrase,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-m", "bench.gui_probe", "--data-dir", str(data_dir)],
                          cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=PROBE_TIMEOUT_S, check=False)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"gui_probe failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(lines[-1])


def run(ctx) -> list[Figure]:
    runs = max(2, min(ctx.repeat, 5))
    startup = Figure("startup_ms", target="≤ 500 ms (KDF excluded)",
                     note="KDF end → Heute painted with data (fresh process each run)")
    first = Figure("startup_first_paint_ms", target="–",
                   note="KDF end → window's first paint (Heute still loading)")
    clients = Figure("client_list_ms", target="≤ 100 ms", note="„Klient*innen“ → table painted")
    cases = Figure("open_case_ms", target="≤ 100 ms", note="largest cases, until the case view painted")
    first_case = Figure("open_case_first_ms", target="–",
                        note="the first case opened right after the list painted: the case "
                             "view is built on that click (the app builds it 1 s after the "
                             "list otherwise)")
    rss = Figure("peak_rss_mb", unit="MB", target="≤ 250 MB",
                 note="peak RSS (VmHWM, reset after the KDF) with the vault open: window, "
                      "Heute, client list, 5 large cases, one search")
    rss_kdf = Figure("peak_rss_with_kdf_mb", unit="MB", target="–",
                     note="the same including the unlock's Argon2id memory (freed right after)")
    imports = Figure("gui_import_ms", target="–",
                     note="Python + PySide6 + app imports and QApplication, before unlock")
    opened = Figure("gui_open_ms", target="–", note="database open inside startup")
    rows = 0
    for _ in range(runs):
        result = probe(Path(ctx.paths.root), ctx.passphrase)
        startup.samples.append(result["startup_ms"])
        first.samples.append(result["startup_first_paint_ms"])
        clients.samples.append(result["client_list_ms"])
        cases.samples += result["open_case_ms"]
        first_case.samples.append(result["open_case_ms"][0])
        rss.samples.append(result["peak_rss_mb"])
        rss_kdf.samples.append(result["peak_rss_with_kdf_mb"])
        imports.samples.append(result["import_ms"])
        opened.samples.append(result["open_ms"])
        rows = result["client_rows_loaded"]
    clients.note += f" ({rows} rows loaded)"
    return [startup, first, clients, cases, first_case, rss, rss_kdf, imports, opened]
