"""Icons from resources/icons (SVG, so they stay sharp at any screen scaling)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from mfd_desktop.paths import resources_dir


@cache
def icon(name: str) -> QIcon:
    """The icon `name` (file name in resources/icons); an empty icon if it is missing."""
    if not name:
        return QIcon()
    path = resources_dir() / "icons" / name
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("app.svg")
