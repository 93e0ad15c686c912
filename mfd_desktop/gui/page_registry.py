"""Which pages, settings sections and screenshots the window shell shows.

Areas plug in by naming a class as "module:Class"; the shell imports it lazily, so
the app runs while an area is still being built:

- `NAVIGATION`: the main navigation, in order. A page module that does not exist
  yet shows a friendly placeholder ("This area is coming soon.").
- `SETTINGS_SECTIONS`: extra tabs of the settings dialog (subclasses of
  `page_base.SettingsSection`). A missing module is skipped. To add one, append a
  line here (or call `register_settings_section` from your area's package import).
- Screenshots: each `mfd_desktop/gui/<area>/screenshots.py` may define
  `shots(ctx) -> list[tuple[str, QWidget]]`; `scripts/screenshots.py` finds them with
  `screenshot_modules()` and saves each widget as docs/screenshots/<name>.png
  (windows and pages at 1280x800, dialogs at their own size). `ctx` is unlocked on
  the demo vault.

Titles are English source strings translated in the "Navigation" context.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from dataclasses import dataclass
from types import ModuleType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

log = logging.getLogger("mfd.gui.registry")

_CTX = "Navigation"


@dataclass(frozen=True)
class NavEntry:
    key: str
    target: str  # "package.module:Class"
    title: str  # English source string, translated in context "Navigation"
    icon: str = ""  # file name in resources/icons/ (optional)

    def translated_title(self) -> str:
        return QCoreApplication.translate(_CTX, self.title)


NAVIGATION: list[NavEntry] = [
    NavEntry("today", "mfd_desktop.gui.today.today_page:TodayPage",
             QT_TRANSLATE_NOOP("Navigation", "Today"), "today.svg"),
    NavEntry("clients", "mfd_desktop.gui.clients.clients_page:ClientsPage",
             QT_TRANSLATE_NOOP("Navigation", "Clients"), "clients.svg"),
    NavEntry("appointments", "mfd_desktop.gui.appointments.appointments_page:AppointmentsPage",
             QT_TRANSLATE_NOOP("Navigation", "Appointments"), "appointments.svg"),
    NavEntry("deadlines", "mfd_desktop.gui.deadlines.deadlines_page:DeadlinesPage",
             QT_TRANSLATE_NOOP("Navigation", "Deadlines"), "deadlines.svg"),
    NavEntry("structural_work", "mfd_desktop.gui.deadlines.structural_work_page:StructuralWorkPage",
             QT_TRANSLATE_NOOP("Navigation", "Structural work"), "structural_work.svg"),
    NavEntry("checklists", "mfd_desktop.gui.checklists.checklists_page:ChecklistsPage",
             QT_TRANSLATE_NOOP("Navigation", "Checklists"), "checklists.svg"),
    NavEntry("statistics", "mfd_desktop.gui.statistics.statistics_page:StatisticsPage",
             QT_TRANSLATE_NOOP("Navigation", "Statistics"), "statistics.svg"),
    NavEntry("settings", "mfd_desktop.gui.settings.settings_page:SettingsPage",
             QT_TRANSLATE_NOOP("Navigation", "Settings"), "settings.svg"),
]

SETTINGS_SECTIONS: list[str] = [
    "mfd_desktop.gui.settings.site_section:SiteSettingsSection",
    "mfd_desktop.gui.sync.settings_section:SyncSettingsSection",
    "mfd_desktop.gui.dataprotection.settings_section:BackupSettingsSection",
    "mfd_desktop.gui.settings.case_numbers_section:CaseSettingsSection",
    "mfd_desktop.gui.lock.settings_section:PrivacySettingsSection",
]


# Modules of what the first seconds after unlock show (Heute, the client list, a case):
# imported while the lock screen waits for the passphrase (MainWindow), so the unlock
# itself does not import them (issue 21: ~0.2 s of startup_ms).
# A name without ":Class" is a module that is only imported: mfd_desktop.checklists
# registers Heute's checklist section (else Heute's first load imports it, ~25 ms).
PRELOAD: list[str] = [
    "mfd_desktop.gui.today.today_page:TodayPage",
    "mfd_desktop.checklists",
    "mfd_desktop.gui.clients.clients_page:ClientsPage",
    "mfd_desktop.gui.case.case_view:CaseView",
]


def preload() -> None:
    """Import the modules named in `PRELOAD` (a missing one is skipped)."""
    for target in PRELOAD:
        resolve(target if ":" in target else f"{target}:")


def register_settings_section(target: str) -> None:
    if target not in SETTINGS_SECTIONS:
        SETTINGS_SECTIONS.append(target)


def nav_entry(key: str) -> NavEntry | None:
    return next((e for e in NAVIGATION if e.key == key), None)


def nav_title(key: str) -> str:
    entry = nav_entry(key)
    return entry.translated_title() if entry else key


def resolve(target: str) -> type | None:
    """The class named by "module:Class", or None if that module is not there (yet).

    Only a missing module counts as "not there": an ImportError raised *inside* an
    existing module is a bug and propagates."""
    module_name, _, class_name = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and (module_name == exc.name or module_name.startswith(exc.name + ".")):
            return None
        raise
    return getattr(module, class_name, None)


class PlaceholderPage(QWidget):
    """Shown for a navigation entry whose area is not built yet."""

    def __init__(self, ctx, entry: NavEntry, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.nav_key = entry.key
        self._entry = entry
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setObjectName("placeholderLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate("Navigation", "This area is coming soon."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def title(self) -> str:
        return self._entry.translated_title()

    def on_unlocked(self) -> None:
        pass

    def on_locking(self) -> None:
        pass

    def on_shown(self) -> None:
        pass


def create_page(entry: NavEntry, ctx, parent: QWidget | None = None) -> QWidget:
    cls = resolve(entry.target)
    if cls is None:
        log.info("page %s not available yet, showing a placeholder", entry.key)
        return PlaceholderPage(ctx, entry, parent)
    page = cls(ctx, parent)
    if not getattr(page, "nav_key", ""):
        page.nav_key = entry.key
    return page


def create_settings_sections(ctx, parent: QWidget | None = None) -> list[QWidget]:
    sections = []
    for target in SETTINGS_SECTIONS:
        cls = resolve(target)
        if cls is not None:
            sections.append(cls(ctx, parent))
    return sections


def gui_areas() -> list[str]:
    """Names of the gui sub-packages (the translation areas besides "app")."""
    import mfd_desktop.gui as gui_pkg

    return sorted(i.name for i in pkgutil.iter_modules(gui_pkg.__path__) if i.ispkg)


def screenshot_modules() -> list[ModuleType]:
    found = []
    for area in gui_areas():
        name = f"mfd_desktop.gui.{area}.screenshots"
        try:
            found.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return found
