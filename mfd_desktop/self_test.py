"""`mfd-desktop --self-test`: proves that an installed build works, then leaves no trace.

Run by CI on the built app and by administrators after installing. Steps, each printed
with OK or FEHLER:

0. open a window with Qt (respects QT_QPA_PLATFORM, so `offscreen` works without a
   display), load the bundled translations, close it; sort a few words the German
   way with QCollator (needs the ICU collation data the Linux build trims to size);
1. create a vault in a fresh temp folder (Argon2id at the security floor, nothing weaker),
   lock it, unlock it again with the passphrase;
2. write a made-up client with the case-work services and find it with the full-text
   search (SQLCipher + FTS5 + the bundled migrations); without those services, a draft
   is written and read back;
3. render the recovery sheet PDF in memory with the bundled fonts (nothing is written to
   disk; a minimal reportlab page if that report is missing);
4. check the bundled resources and that the OS keyring backend for this platform loads,
   and import every module of the app (a module or Qt part missing from the build fails
   here, not when a counsellor opens that page);
5. lock the vault and delete the temp folder.

Exit code 0 only if every step passed. Only invented data ("Selbsttest") is used. The
Qt step is loaded with importlib: this module is started from `gui/app.py` and is the
one place outside `mfd_desktop/gui/` that touches Qt, on purpose, because a build
whose Qt plugins are missing must fail here. Timings are printed in milliseconds so
bench/build_figures.py can report the cold start.

A windowed Windows build has no console: there, stdout is None and only the exit code
tells the result (`start /wait mfd-desktop.exe --self-test`, then `echo %ERRORLEVEL%`).
"""

from __future__ import annotations

import functools
import importlib
import importlib.resources
import io
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SELF_TEST_PASSPHRASE = "Selbsttest Mainz Rhein Brücke"
SELF_TEST_NAME = "Selbsttest Mustermann"
WINDOW_LINE = "Fenster angezeigt"


class _Out:
    """Prints to stdout, or stderr, or nowhere (windowed builds have neither)."""

    def __init__(self) -> None:
        self.stream = sys.stdout or sys.stderr

    def line(self, text: str) -> None:
        if self.stream is not None:
            try:
                self.stream.write(text + "\n")
                self.stream.flush()
            except (OSError, ValueError):
                self.stream = None


def run_self_test(argv: list[str] | None = None) -> int:
    """Run every step; 0 if all passed, 1 otherwise. Never raises."""
    started = time.perf_counter()
    out = _Out()
    out.line("MFD Desktop – Selbsttest")
    temp_root = Path(tempfile.mkdtemp(prefix="mfd-selftest-"))
    failures = 0
    vault = None

    def step(name: str, action: Callable[[], str]) -> None:
        nonlocal failures
        t0 = time.perf_counter()
        try:
            detail = action()
        except BaseException as exc:  # report, never crash: the exit code carries the result
            failures += 1
            out.line(f"FEHLER {name}: {type(exc).__name__}: {_safe_message(exc)}")
            return
        out.line(f"OK     {name} ({(time.perf_counter() - t0) * 1000:.0f} ms) {detail}".rstrip())

    try:
        # The window first: "Fenster angezeigt nach N ms" is then the cold start to a
        # first window (bench/build_figures.py reads it).
        step("Qt-Fenster", lambda: _show_window(out, started))
        step("Deutsche Sortierung (Qt/ICU)", _check_german_collation)
        holder: dict[str, Any] = {}

        def create_and_unlock() -> str:
            from mfd_desktop.paths import DataPaths
            from mfd_desktop.security.kdf import KdfParams
            from mfd_desktop.storage.vault import Vault

            paths = DataPaths(root=temp_root / "data", log_dir=temp_root / "data" / "logs")
            created, _recovery = Vault.create(paths, SELF_TEST_PASSPHRASE, kdf_params=KdfParams())
            created.lock()
            holder["vault"] = Vault.unlock_with_passphrase(paths, SELF_TEST_PASSPHRASE)
            info = holder["vault"].info()
            return f"Schema {info.schema_version}, SQLCipher {info.sqlcipher_version}"

        step("Tresor anlegen, sperren, entsperren", create_and_unlock)
        vault = holder.get("vault")
        if vault is not None:
            step("Datensatz schreiben und suchen", lambda: _write_and_search(vault.conn))
        else:
            failures += 1
            out.line("FEHLER Datensatz schreiben und suchen: kein Tresor")
        step("PDF erzeugen (im Speicher)", _render_pdf)
        step("Statistik-Prüfung (GLPK)", _audit_statistics)
        step("Ressourcen und Schlüsselbund", _check_resources)
        step("Alle Programmteile laden", _import_all_modules)
    finally:
        if vault is not None:
            try:
                vault.lock()
                out.line("OK     Tresor gesperrt")
            except BaseException as exc:
                failures += 1
                out.line(f"FEHLER Tresor sperren: {type(exc).__name__}")
        shutil.rmtree(temp_root, ignore_errors=True)
        if temp_root.exists():
            failures += 1
            out.line("FEHLER Temporärer Ordner ließ sich nicht löschen")
        else:
            out.line("OK     Temporären Ordner gelöscht")
    total_ms = (time.perf_counter() - started) * 1000
    if failures:
        out.line(f"Selbsttest FEHLGESCHLAGEN: {failures} Schritt(e) ({total_ms:.0f} ms)")
        return 1
    out.line(f"Selbsttest bestanden ({total_ms:.0f} ms)")
    return 0


def _safe_message(exc: BaseException) -> str:
    # Our UserErrors carry German text without personal data; other messages are cut short.
    message = getattr(exc, "message", None) or str(exc)
    return message.splitlines()[0][:200] if message else ""


def _table_exists(conn, name: str) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_schema WHERE name = ?", (name,)).fetchone()
    return row is not None


def _write_and_search(conn) -> str:
    from mfd_desktop.storage.transaction import transaction

    try:
        from mfd_desktop.domain.casework import clients, search
    except ImportError:
        clients = search = None  # type: ignore[assignment]
    if clients is not None and _table_exists(conn, "search_index"):
        # The case-work services: validation, case number, FTS5 index inside SQLCipher.
        client_id = clients.create_client(conn, clients.Client(pseudonym=SELF_TEST_NAME))
        hits = search.search(conn, "Musterm").hits
        if [hit.client_id for hit in hits] != [client_id]:
            raise AssertionError(f"Volltextsuche fand {len(hits)} statt 1 Treffer")
        return "Fallakte angelegt, Volltextsuche (FTS5): 1 Treffer"
    # Fallback for a schema without case work: an encrypted draft, read back by LIKE.
    with transaction(conn):
        conn.execute("INSERT INTO drafts(draft_key, form, content_json) VALUES (?, ?, ?)",
                     ("selftest", "selftest", json.dumps({"text": SELF_TEST_NAME})))
    hits = conn.execute("SELECT draft_key FROM drafts WHERE content_json LIKE ?",
                        ("%Mustermann%",)).fetchall()
    if len(hits) != 1:
        raise AssertionError(f"Suche fand {len(hits)} statt 1 Treffer")
    return "Entwurf (ohne Fallakten-Dienste): 1 Treffer"


def _audit_statistics() -> str:
    """One tiny disclosure audit: a build without the LP solver (swiglpk) fails here."""
    from mfd_desktop.stats.disclosure_audit import Release, audit

    table = Release({("referrals", "total", "total"): 30, ("referrals", "target", "a"): None,
                     ("referrals", "target", "b"): 25, ("referrals", "target", "c"): None})
    found = {f.key[2]: (f.low, f.high) for f in audit([table], 5, lambda _d: "abcd").findings}
    if found != {"a": (1, 4), "c": (1, 4)}:
        raise RuntimeError(f"unexpected audit result {found}")
    return "Spannen berechnet"


def _render_pdf() -> str:
    try:
        from mfd_desktop.reports.recovery_sheet import render_recovery_sheet
    except ImportError:
        return _render_minimal_pdf()
    from mfd_desktop.security import recovery_key

    # A fresh random key that opens nothing; the PDF bytes stay in memory.
    data = render_recovery_sheet(recovery_key.generate(), "0" * 32)
    if not data.startswith(b"%PDF-") or len(data) < 500:
        raise AssertionError("PDF unvollständig")
    return f"Notfallblatt, {len(data)} Bytes"


def _render_minimal_pdf() -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from mfd_desktop.paths import resources_dir

    font = "Helvetica"
    font_file = resources_dir() / "fonts" / "NotoSans-Regular.ttf"
    if font_file.is_file():
        if "MfdSelfTestSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("MfdSelfTestSans", str(font_file)))
        font = "MfdSelfTestSans"
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.setFont(font, 14)
    pdf.drawString(72, 770, "MFD Desktop – Selbsttest: Größe, Übersicht, Straße")
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    if not data.startswith(b"%PDF-") or len(data) < 500:
        raise AssertionError("PDF unvollständig")
    return f"{len(data)} Bytes, Schrift {font}"


def _check_resources() -> str:
    from mfd_desktop.paths import migrations_dir, resources_dir

    migrations = sorted(migrations_dir().glob("*.sql"))
    if not migrations:
        raise AssertionError(f"keine Migrationen in {migrations_dir()}")
    resources = resources_dir()
    if not resources.is_dir():
        raise AssertionError(f"Ressourcen fehlen: {resources}")
    counts = {sub: sum(1 for p in (resources / sub).rglob("*") if p.is_file())
              for sub in ("fonts", "translations", "checklists", "letters")}
    backend = {"win32": "keyring.backends.Windows", "darwin": "keyring.backends.macOS"}.get(
        sys.platform, "keyring.backends.SecretService")
    importlib.import_module(backend)
    # Europe/Berlin from tzdata: Windows has no zone database of its own (appointments,
    # calendar export, local times in PDFs).
    berlin = importlib.resources.files("tzdata.zoneinfo.Europe").joinpath("Berlin")
    if not berlin.read_bytes().startswith(b"TZif"):
        raise AssertionError("Zeitzone Europe/Berlin fehlt (tzdata)")
    guide = resources.parent / "docs" / "handbuch.md"  # F1 opens it (gui/help)
    if not guide.is_file():
        raise AssertionError(f"Handbuch fehlt: {guide}")
    listed = ", ".join(f"{k} {v}" for k, v in counts.items())
    return f"{len(migrations)} Migrationen, {listed}, Handbuch; {backend.rsplit('.', 1)[1]}"


def _import_all_modules() -> str:
    """Import every module of the app: a module or Qt part missing from the build fails here
    instead of when a counsellor opens that page."""
    import pkgutil

    import mfd_desktop

    names = sorted(info.name for info in pkgutil.walk_packages(mfd_desktop.__path__, "mfd_desktop.")
                   if not info.name.endswith("__main__"))
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            failed.append(f"{name} ({type(exc).__name__})")
    if failed:
        raise AssertionError("nicht ladbar: " + ", ".join(failed[:5]))
    return f"{len(names)} Module"


# Sorted by German rules (DIN 5007-1: umlauts next to their base letter). Plain code
# point order would put the umlauts after "Zander". This catches a build whose ICU
# collation data is missing (build_scripts/trim_icu_data.py keeps it).
GERMAN_COLLATION_SAMPLE = ("Apfel", "Äpfel", "Birne", "Ober", "Österreich", "Zander")


def _check_german_collation() -> str:
    qt_core = importlib.import_module("PySide6.QtCore")
    collator = qt_core.QCollator(qt_core.QLocale(qt_core.QLocale.Language.German,
                                                 qt_core.QLocale.Country.Germany))
    shuffled = sorted(GERMAN_COLLATION_SAMPLE, reverse=True)
    ordered = tuple(sorted(shuffled, key=functools.cmp_to_key(collator.compare)))
    if ordered != GERMAN_COLLATION_SAMPLE:
        raise AssertionError("falsche Reihenfolge: " + ", ".join(ordered))
    return ", ".join(ordered)


def _show_window(out: _Out, started: float) -> str:
    # importlib keeps the static import graph Qt-free outside gui/ (see module docstring).
    qt_core = importlib.import_module("PySide6.QtCore")
    qt_widgets = importlib.import_module("PySide6.QtWidgets")
    from mfd_desktop.paths import resources_dir

    app = qt_widgets.QApplication.instance() or qt_widgets.QApplication(
        [sys.argv[0] if sys.argv else "mfd-desktop"])
    loaded = 0
    translators = []
    for qm in sorted((resources_dir() / "translations").rglob("*.qm")):
        translator = qt_core.QTranslator()
        if not translator.load(str(qm)):
            raise AssertionError(f"Übersetzung nicht ladbar: {qm.name}")
        app.installTranslator(translator)
        translators.append(translator)
        loaded += 1
    window = qt_widgets.QLabel("MFD Desktop – Selbsttest")
    window.setWindowTitle("MFD Desktop")
    window.resize(320, 80)
    window.show()
    app.processEvents()
    if not window.isVisible():
        raise AssertionError("Fenster wurde nicht angezeigt")
    out.line(f"{WINDOW_LINE} nach {(time.perf_counter() - started) * 1000:.0f} ms "
             f"(Plattform {app.platformName()})")
    window.close()
    window.deleteLater()
    for translator in translators:
        app.removeTranslator(translator)
    app.processEvents()
    return f"{loaded} Übersetzungsdatei(en)"
