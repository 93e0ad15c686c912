"""Icons from resources/icons (SVG, so they stay sharp at any screen scaling).

The SVGs are drawn in the app's blue (#2b5877). `nav_icon` adds a white variant for
the selected state, so the icon stays visible on the blue selection background.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QIcon, QImageReader, QPixmap

from mfd_desktop.paths import resources_dir

ICON_BLUE = "#2b5877"


@cache
def icon(name: str) -> QIcon:
    """The icon `name` (file name in resources/icons); an empty icon if it is missing."""
    if not name:
        return QIcon()
    path = resources_dir() / "icons" / name
    return QIcon(str(path)) if path.exists() else QIcon()


def _render(svg: bytes, pixels: int) -> QPixmap:
    buffer = QBuffer()
    buffer.setData(QByteArray(svg))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(pixels, pixels))
    return QPixmap.fromImage(reader.read())


@cache
def nav_icon(name: str, size: int = 22) -> QIcon:
    """Blue normally, white when selected (rendered from the same SVG)."""
    path = resources_dir() / "icons" / name if name else None
    if path is None or not path.exists():
        return icon(name)
    svg = path.read_bytes()
    white = svg.replace(ICON_BLUE.encode(), b"#ffffff")
    result = QIcon()
    for scale in (1, 2, 3):
        result.addPixmap(_render(svg, size * scale), QIcon.Mode.Normal)
        result.addPixmap(_render(white, size * scale), QIcon.Mode.Selected)
    return result


def app_icon() -> QIcon:
    return icon("app.svg")
