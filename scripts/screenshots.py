#!/usr/bin/env python3
"""Render every window and dialog to docs/screenshots/*.png (offscreen, 1280x800).

From a fresh clone this first builds what the screenshots need and git does not hold:
the compiled forms (scripts/compile_forms.py), the message catalogue (.mo,
scripts/update_messages.py --compile-only) and the UI translations (.qm,
scripts/update_translations.py --release-only), each only when missing or stale.

`--size 1366x768` (or 1024x768, the small laptop screens counsellors have) renders the
pages and windows at that size as <name>-<width>.png and leaves the dialogs out (they
keep their own size).

Uses throwaway data directories: a fresh one for the first-run wizard and a demo vault
with synthetic data (as `mfd demo` makes) for everything else. Areas add their own
shots through `mfd_desktop/gui/<area>/screenshots.py` → `shots(ctx)`, see
`mfd_desktop.gui.page_registry`. Also renders the Notfallblatt PDF (needs pdftoppm).

Usage: .venv/bin/python scripts/screenshots.py [--out DIR] [--lang de|en] [--only NAME...]
                                              [--size WIDTHxHEIGHT]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _build_outputs() -> None:
    """Forms, .mo and .qm: build output git does not hold (a fresh clone lacks them)."""
    translations = ROOT / "resources" / "translations"
    stale_qm = [ts for ts in translations.glob("*.ts")
                if not ts.with_suffix(".qm").exists()
                or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    messages = ROOT / "resources" / "messages"
    newest_po = max((p.stat().st_mtime for p in messages.glob("*/*.po")), default=0.0)
    stale_mo = [lang for lang in ("de", "en") if not (messages / f"{lang}.mo").exists()
                or (messages / f"{lang}.mo").stat().st_mtime < newest_po]
    steps = [["compile_forms.py"]]  # it skips forms that are current
    if stale_mo:
        steps.append(["update_messages.py", "--compile-only"])
    if stale_qm:
        steps.append(["update_translations.py", "--release-only"])
    for script, *args in steps:
        subprocess.run([sys.executable, str(ROOT / "scripts" / script), *args], check=True,
                       cwd=ROOT)


if __name__ == "__main__":
    _build_outputs()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from mfd_desktop.demo import DEMO_PASSPHRASE, create_demo_vault  # noqa: E402
from mfd_desktop.gui import gc_guard, page_registry  # noqa: E402
from mfd_desktop.gui.context import AppContext  # noqa: E402
from mfd_desktop.gui.first_run_wizard import PAGE_KEY, FirstRunWizard  # noqa: E402
from mfd_desktop.gui.main_window import MainWindow  # noqa: E402
from mfd_desktop.paths import DataPaths  # noqa: E402
from mfd_desktop.security.kdf import KdfParams  # noqa: E402

SIZE = (1280, 800)


class Shooter:
    def __init__(self, out: Path, only: set[str], page_size: tuple[int, int] | None = None):
        self.out = out
        self.only = only
        self.page_size = page_size  # --size: pages only, named <name>-<width>.png
        self.saved: list[str] = []

    def wanted(self, name: str) -> bool:
        return not self.only or name in self.only

    def shoot(self, name: str, widget: QWidget, size: tuple[int, int] | None = None) -> None:
        if not self.wanted(name):
            return
        hinted = widget.property("screenshotSize")  # a shot that needs its own size
        if size is None and hinted is not None:
            size = (hinted.width(), hinted.height())
        if self.page_size is not None:
            if isinstance(widget, QDialog) or size is not None:
                return  # dialogs keep their size; fixed-size shots are made as they are
            size = self.page_size
            name = f"{name}-{size[0]}"
        elif size is None and not isinstance(widget, QDialog):
            size = SIZE
        if size:
            widget.resize(*size)
        widget.show()
        settle()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path.name)
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def settle(ms: int = 150) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out while preparing a screenshot")
        QApplication.processEvents()
        time.sleep(0.02)


def make_ctx(root: Path, language: str) -> AppContext:
    ctx = AppContext(DataPaths(root=root, log_dir=root / "logs"))
    ctx.kdf_params = KdfParams()  # the floor: real but quick
    ctx.translations.apply(language)
    return ctx


def wizard_shots(shooter: Shooter, root: Path, language: str) -> None:
    ctx = make_ctx(root / "fresh", language)
    wizard = FirstRunWizard(ctx, keyring_available=lambda: True)
    wizard.show()
    shooter.shoot("wizard-1-welcome", wizard)
    wizard.next()
    fields = wizard.passphrase_page.fields
    fields.first.setText("Mein Fahrrad steht gern am Rhein")
    fields.second.setText("Mein Fahrrad steht gern am Rhein")
    shooter.shoot("wizard-2-passphrase", wizard)
    wizard.next()
    wait_until(lambda: wizard.currentId() == PAGE_KEY)
    shooter.shoot("wizard-3-recovery-key", wizard)
    wizard.next()
    first = wizard.confirm_page.indices[0]
    wizard.confirm_page.fields[0].setText(wizard.key_page.view.groups()[first])
    shooter.shoot("wizard-4-confirm", wizard)
    wizard.confirm_page.fields[1].setText(
        wizard.key_page.view.groups()[wizard.confirm_page.indices[1]])
    wizard.next()
    shooter.shoot("wizard-5-notfallblatt", wizard)
    wizard.next()
    shooter.shoot("wizard-6-finish", wizard)
    wizard.vault.lock()
    wizard.hide()  # close() would ask whether to finish the set-up


def app_shots(shooter: Shooter, root: Path, language: str) -> AppContext:
    paths = DataPaths(root=root / "demo", log_dir=root / "demo" / "logs")
    create_demo_vault(paths)
    ctx = make_ctx(paths.root, language)
    window = MainWindow(ctx, watch_session=False)
    window.resize(*SIZE)
    window.show()
    shooter.shoot("unlock", window)
    window.unlock_screen.passphrase.setText("falsch geraten")
    window.unlock_screen.unlock_with_passphrase()
    wait_until(lambda: not window.unlock_screen.is_busy)
    shooter.shoot("unlock-wrong-passphrase", window)

    from mfd_desktop.gui.recovery_dialog import RecoveryDialog

    recovery = RecoveryDialog(ctx, window)
    shooter.shoot("recovery-dialog", recovery)
    recovery.close()

    window.unlock_screen.passphrase.setText(DEMO_PASSPHRASE)
    window.unlock_screen.unlock_with_passphrase()
    wait_until(lambda: ctx.is_unlocked)
    small_screen_shots(shooter, window, ctx)  # before wider pages raise the minimum width
    window.resize(*SIZE)
    for entry in page_registry.NAVIGATION:
        window.shell.show_page(entry.key)
        ctx.tasks.wait_for_all(10_000)  # the page's lists load in workers
        settle()
        shooter.shoot(f"main-{entry.key}", window)
    window.shell.show_page("today")

    from mfd_desktop.gui.about_dialog import AboutDialog
    from mfd_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
    from mfd_desktop.gui.new_recovery_key_dialog import NewRecoveryKeyDialog
    settings = window.shell.show_page("settings")
    settle()
    shooter.shoot("settings-general", window)
    settings.panel.setCurrentWidget(settings.panel.security)
    settle()
    shooter.shoot("settings-security", window)
    window.shell.show_page("today")
    for name, dialog in (("change-passphrase", ChangePassphraseDialog(ctx, window)),
                         ("new-recovery-key", NewRecoveryKeyDialog(ctx, window)),
                         ("about", AboutDialog(ctx, window))):
        shooter.shoot(name, dialog)
        dialog.close()
    window.hide()
    return ctx


SMALL_SCREENS = ((1366, 768), (1024, 768))


def small_screen_shots(shooter: Shooter, window: MainWindow, ctx: AppContext) -> None:
    """Termine on common laptop screens: the page, and the appointment dialog drawn
    centred over it (a dialog is its own window, so it is painted onto the grab)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter

    from mfd_desktop.gui.appointments.appointment_dialog import AppointmentDialog
    from mfd_desktop.gui.appointments.appointments_page import AppointmentsPage
    from mfd_desktop.gui.today.today_page import TodayPage

    today = window.findChild(TodayPage)  # Heute's appointments load in a worker
    if today is not None:
        wait_until(lambda: today.ui.todayAppointments.span is not None)
    window.shell.show_page("appointments")
    page = window.findChild(AppointmentsPage)
    wait_until(lambda: page is not None and page.model.span is not None)
    for width, height in SMALL_SCREENS:
        name = f"main-appointments-{width}x{height}"
        shooter.shoot(name, window, (width, height))
        dialog_name = f"appointment-dialog-{width}x{height}"
        if not shooter.wanted(dialog_name):
            continue
        dialog = AppointmentDialog(ctx, None, window)
        dialog.show()
        settle()
        picture = window.grab()
        face = dialog.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))
        painter.drawPixmap(QPoint(max(0, (width - face.width()) // 2),
                                  max(0, (height - face.height()) // 2)), face)
        painter.end()
        path = shooter.out / f"{dialog_name}.png"
        picture.save(str(path))
        shooter.saved.append(path.name)
        print(f"  {path.name} (dialog {face.width()}x{face.height()})")
        dialog.reject()


def area_shots(shooter: Shooter, ctx: AppContext) -> None:
    for module in page_registry.screenshot_modules():
        for name, widget in module.shots(ctx):
            shooter.shoot(name, widget)
            widget.close()


def attachment_shots(shooter: Shooter, ctx: AppContext) -> None:
    """The Anhänge tab and the viewer (PDF and photo) of the demo case, at 1366×768 and
    1024×768 (the small laptop screens counsellors have)."""
    from mfd_desktop.gui.case.attachments_tab import AttachmentsTab
    from mfd_desktop.gui.case.case_view import CaseView

    row = ctx.vault.conn.execute("SELECT client_id FROM attachments ORDER BY id LIMIT 1").fetchone()
    if row is None:
        return
    for width, height in ((1366, 768), (1024, 768)):
        view = CaseView(ctx)
        view.open(int(row[0]))
        (tab,) = [t for t in view.extra_tabs if isinstance(t, AttachmentsTab)]
        view.tabs.setCurrentWidget(tab)
        view.resize(width, height)
        view.show()
        wait_until(lambda tab=tab: len(tab.model.thumbnails) == tab.model.rowCount())
        tab.view.selectRow(0)
        shooter.shoot(f"attachments-tab-{width}", view, (width, height))
        for n, kind in ((0, "photo"), (1, "pdf")):
            if n >= tab.model.rowCount():
                continue
            tab.view.selectRow(n)
            tab.open_selected()
            viewer = tab._viewer
            if viewer is not None:
                shooter.shoot(f"attachment-viewer-{kind}-{width}", viewer,
                              (min(900, width), min(700, height - 40)))
                viewer.close()
        view.close()


def notfallblatt(shooter: Shooter) -> None:
    if not shooter.wanted("notfallblatt") or shutil.which("pdftoppm") is None:
        return
    from mfd_desktop.reports.recovery_sheet import render_recovery_sheet
    from mfd_desktop.security import recovery_key

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "sheet.pdf"
        pdf.write_bytes(render_recovery_sheet(recovery_key.generate(), "3f2a9c01d4e5"))
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", str(pdf),
                        str(shooter.out / "notfallblatt")], check=True)
    shooter.saved.append("notfallblatt.png")
    print("  notfallblatt.png")


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError("WIDTHxHEIGHT, e.g. 1366x768")
    return int(width), int(height)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render screenshots of every window.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="de", choices=("de", "en"))
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("--size", type=_size, default=None,
                        help="render pages at WIDTHxHEIGHT (e.g. 1366x768, 1024x768) as "
                             "<name>-<width>.png; dialogs are left out")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationDisplayName("MFD Desktop")
    gc_guard.install(app)
    shooter = Shooter(args.out, set(args.only), args.size)
    with tempfile.TemporaryDirectory(prefix="mfd-shots-") as tmp:
        root = Path(tmp)
        wizard_shots(shooter, root, args.lang)
        ctx = app_shots(shooter, root, args.lang)
        area_shots(shooter, ctx)
        attachment_shots(shooter, ctx)
        ctx.lock()
        ctx.tasks.wait_for_all(10_000)
    notfallblatt(shooter)
    QTimer.singleShot(0, app.quit)
    app.exec()
    print(f"{len(shooter.saved)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
