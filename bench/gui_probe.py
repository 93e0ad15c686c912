"""GUI probe: the real main window on the generated vault, in a process of its own.

    QT_QPA_PLATFORM=offscreen python -m bench.gui_probe --data-dir DIR --passphrase-env VAR

Prints one JSON object on stdout (the runner, bench/gui_bench.py, starts this as a
subprocess so every sample is a fresh process, as for a counsellor):

- `kdf_ms`: the Argon2id unwrap of the passphrase slot (timed, then excluded);
- `open_ms`: the database open the app does (`full_check=False`: keying, header, schema,
  migrations check; the full page check runs afterwards on a worker, as in the app);
- `startup_ms`: from the end of the KDF until the window shows the first page (Heute)
  with its data painted: database open + the switch from the lock screen to the shell
  (`ctx.set_unlocked`, Heute created) + Heute's load in its worker + the paint. The KDF
  is excluded as the issue asks. As in the app, the window with its lock screen is
  built and painted before the passphrase is typed (`--window-after-unlock`: the older
  measurement, which built the whole window, lock screen included, after the KDF);
- `startup_first_paint_ms`: the same until the window's first paint (Heute still
  "Loading…");
- `client_list_ms`: from clicking "Klient*innen" until the client table's first paint
  with rows (page created on first visit, first 200 rows loaded, painted);
- `open_case_ms`: opening each of a few large cases (the client with the most notes
  first), until the case view has painted;
- `peak_rss_mb`: the peak RSS (VmHWM) after all that (vault open, window shown, several
  cases opened, one search run), counted from the end of the KDF (Linux resets the
  high-water mark through /proc/self/clear_refs); `peak_rss_with_kdf_mb` includes the
  KDF's Argon2id memory (freed right after it);
- `import_ms`: Python imports + QApplication + the page modules the app imports behind its
  lock screen (`page_registry.preload`), before any of the above (not in startup);
- `startup_steps_ms`: when each step of the startup ended (open, window built, first
  paint, Heute's data arrived, Heute painted), from the end of the KDF.

Nothing here writes case data anywhere; the vault is the benchmark's synthetic copy.
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

TIMEOUT_S = 120.0


def _ms(start: float) -> float:
    return round((time.perf_counter() - start) * 1000, 3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gui_probe")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--passphrase-env", default="MFD_BENCH_PASSPHRASE",
                        help="environment variable holding the (synthetic) passphrase")
    parser.add_argument("--cases", type=int, default=5, help="cases to open before the RSS")
    parser.add_argument("--cache-kib", type=int, default=0,
                        help="experiment: page cache per connection instead of the app's")
    parser.add_argument("--no-deferred-check", action="store_true",
                        help="experiment: skip the page check the app runs after unlock")
    parser.add_argument("--window-after-unlock", action="store_true",
                        help="the older measurement: build the window after the KDF")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from mfd_desktop import APP_ID
    from mfd_desktop.gui.context import AppContext
    from mfd_desktop.gui.main_window import MainWindow
    from mfd_desktop.paths import DataPaths
    from mfd_desktop.security import keyslots as ks
    from mfd_desktop.storage.connection import check_integrity
    from mfd_desktop.storage.vault import Vault

    if args.cache_kib:
        from mfd_desktop.storage import connection

        connection.CACHE_KIB = args.cache_kib
    from mfd_desktop.gui import page_registry

    app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_ID)
    # What the app's window does while its lock screen waits for the passphrase, i.e.
    # before the KDF: import the modules of Heute, the client list and the case view.
    page_registry.preload()
    import_ms = _ms(_T0)

    class PaintWatch(QObject):
        """Notes which watched widgets received a paint event."""

        def __init__(self):
            super().__init__()
            self.targets: dict[int, str] = {}
            self.painted: set[str] = set()

        def watch(self, widget, name: str) -> None:
            self.painted.discard(name)
            self.targets[id(widget)] = name

        def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                name = self.targets.get(id(obj))
                if name is not None:
                    self.painted.add(name)
            return False

    watch = PaintWatch()
    app.installEventFilter(watch)

    def rss_mb() -> float:
        """Peak RSS so far (since the reset after the KDF where Linux allows it)."""
        try:
            with open("/proc/self/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return round(int(line.split()[1]) / 1024, 1)  # kB
        except OSError:
            pass
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB

    stages: dict[str, float] = {"qt_imported": rss_mb()}

    def spin_until(done) -> None:
        deadline = time.perf_counter() + TIMEOUT_S
        while not done():
            app.processEvents()
            if time.perf_counter() > deadline:
                raise TimeoutError("GUI probe: nothing painted in time")
            time.sleep(0.0005)
        app.processEvents()  # the paint itself completes inside this round

    paths = DataPaths(args.data_dir, args.data_dir / "logs")
    ctx = AppContext(paths)
    window = None
    if not args.window_after_unlock:
        # The app: the window and its lock screen are up while the passphrase is typed.
        window = MainWindow(ctx, watch_session=False)
        watch.watch(window, "window")
        window.show()
        spin_until(lambda: "window" in watch.painted)
    passphrase = os.environ[args.passphrase_env]
    slot_file = ks.KeySlotFile.load(paths.keyslots)
    start = time.perf_counter()
    key = ks.open_with_passphrase(slot_file.slot(ks.SLOT_PASSPHRASE), slot_file.vault_id,
                                  passphrase)
    kdf_ms = _ms(start)
    peak_with_kdf = rss_mb()  # Argon2id's memory (e.g. 256 MiB) is freed right after
    try:  # restart the high-water mark: from here on the vault is open
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
        hwm_reset = True
    except OSError:
        hwm_reset = False

    # ---- startup: KDF excluded ----------------------------------------------------------
    t_start = time.perf_counter()
    vault = Vault._open(paths, slot_file, key, full_check=False)
    open_ms = _ms(t_start)
    steps = {"open": open_ms}
    loaded: list[bool] = []

    def watch_today() -> None:
        page = window.shell.pages.get("today") if window is not None else None
        if page is not None and hasattr(page, "loaded"):
            page.loaded.connect(lambda: loaded.append(True))

    if window is not None:
        # Heute is created (and starts loading) inside set_unlocked: watch it from there.
        ctx.unlocked.connect(watch_today)
        watch.watch(window, "window")
    ctx.set_unlocked(vault)  # the lock screen's _opened does this, then the page check
    # as the app does after a deferred open: the full page check on a worker
    verify: dict[str, object] = {}
    if not args.no_deferred_check:
        ctx.tasks.run_with_connection(check_integrity, read_only=True,
                                      on_done=lambda problems: verify.setdefault("ok", not problems),
                                      on_error=lambda f: verify.setdefault("ok", False))
    if window is None:
        window = MainWindow(ctx, watch_session=False)
        watch_today()
        watch.watch(window, "window")
        window.show()
    steps["window_built"] = _ms(t_start)
    today_page = window.shell.pages.get("today")
    if today_page is not None:
        watch.watch(today_page, "today")
    window.update()
    spin_until(lambda: "window" in watch.painted)
    first_paint_ms = _ms(t_start)
    steps["first_paint"] = first_paint_ms
    if today_page is not None and hasattr(today_page, "loaded"):
        spin_until(lambda: bool(loaded))
        steps["today_loaded"] = _ms(t_start)
        watch.watch(today_page, "today")
        today_page.update()
        spin_until(lambda: "today" in watch.painted)
    startup_ms = _ms(t_start)
    stages["startup"] = rss_mb()

    # ---- client list first paint --------------------------------------------------------
    start = time.perf_counter()
    window.shell.show_page("clients")
    page = window.shell.pages["clients"]
    watch.watch(page.table.viewport(), "clients")
    page.table.viewport().update()
    spin_until(lambda: "clients" in watch.painted)
    client_list_ms = _ms(start)
    client_rows = page.model.loaded()
    stages["client_list"] = rss_mb()

    # ---- a few large cases, one search --------------------------------------------------
    busiest = [r[0] for r in vault.conn.execute(
        "SELECT client_id FROM consultations GROUP BY client_id ORDER BY count(*) DESC, "
        "client_id LIMIT ?", (args.cases,))]
    case_ms: list[float] = []
    for client_id in busiest:
        start = time.perf_counter()
        ctx.open_case.emit(int(client_id))
        watch.watch(page.case_view, "case")
        page.case_view.update()
        spin_until(lambda: "case" in watch.painted)
        case_ms.append(_ms(start))
    stages["cases"] = rss_mb()
    page.show_list()
    page.search_box.setText("Jobcenter")
    page.run_search()
    app.processEvents()

    ctx.tasks.wait_for_all(int(TIMEOUT_S * 1000))
    app.processEvents()
    stages["search"] = rss_mb()
    result = {
        "import_ms": import_ms,
        "kdf_ms": kdf_ms,
        "open_ms": open_ms,
        "startup_first_paint_ms": first_paint_ms,
        "startup_ms": startup_ms,
        "startup_steps_ms": {**steps, "today_painted": startup_ms},
        "client_list_ms": client_list_ms,
        "client_rows_loaded": client_rows,
        "open_case_ms": case_ms,
        "peak_rss_mb": stages["search"],
        "peak_rss_by_stage_mb": stages,
        "peak_rss_with_kdf_mb": max(peak_with_kdf, stages["search"]),
        "peak_rss_reset_after_kdf": hwm_reset,
        "integrity_ok": verify.get("ok"),
    }
    window.close()  # locks: drafts saved, key wiped
    ctx.tasks.wait_for_all(5000)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
