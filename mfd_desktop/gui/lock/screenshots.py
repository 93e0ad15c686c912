"""Screenshots of the privacy screen, the warning before the auto-lock and the unlock
screen's hints (the `shots(ctx)` convention of scripts/screenshots.py).

The privacy screen is shot as one cover on a window-sized host: engaging the real one
would cover every later screenshot too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mfd_desktop.gui.auto_lock import AutoLock
from mfd_desktop.gui.i18n import fill
from mfd_desktop.gui.lock.idle_warning import IdleWarning
from mfd_desktop.gui.lock.overlay import PrivacyOverlay
from mfd_desktop.gui.lock.privacy_screen import PrivacyScreen
from mfd_desktop.gui.unlock_screen import UnlockScreen


def shots(ctx) -> list[tuple[str, QWidget]]:
    out: list[tuple[str, QWidget]] = []

    host = QWidget()
    host.resize(1366, 768)
    cover = PrivacyOverlay(host, with_input=True)
    cover.show_error(fill(PrivacyScreen.tr("Wrong. %1 tries left, then the vault locks."), 2))
    cover.show_countdown(fill(PrivacyScreen.tr("The vault locks fully in %1 seconds."), 25))
    out.append(("sichtschutz", host))

    page = QWidget()
    page.resize(1366, 768)
    QVBoxLayout(page).addWidget(QLabel(page))
    warning = IdleWarning(page, AutoLock(ctx.settings, parent=page))
    warning.show_seconds(30)
    out.append(("warnung-vor-sperre", page))

    screen = UnlockScreen(ctx)
    screen.resize(1366, 768)
    screen.passphrase.setText("kAFFEE mAINZ")
    screen.caps._set(True)
    out.append(("entsperren-hinweise", screen))
    return out
