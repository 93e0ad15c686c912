"""About MFD Desktop: version, SQLCipher version, third-party licences.

Layout and fixed texts: the form ui/about_dialog.ui."""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QSize, qVersion
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from mfd_desktop import APP_NAME, __version__
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from mfd_desktop.gui.i18n import fill
from mfd_desktop.gui.icons import app_icon

# (component, distribution name for the version or "", licence)
THIRD_PARTY: tuple[tuple[str, str, str], ...] = (
    ("Qt 6 / PySide6", "PySide6-Essentials", "LGPL-3.0"),
    ("SQLCipher", "", "BSD-3-Clause"),
    ("sqlcipher3", "sqlcipher3", "zlib"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("keyring", "keyring", "MIT"),
    ("SecretStorage", "SecretStorage", "BSD-3-Clause"),
    ("reportlab", "reportlab", "BSD-3-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
    ("httpx", "httpx", "BSD-3-Clause"),
    ("holidays", "holidays", "MIT"),
    ("pydantic", "pydantic", "MIT"),
    ("arabic-reshaper", "arabic-reshaper", "MIT"),
    ("python-bidi", "python-bidi", "LGPL-3.0"),
    ("pypdfium2 / PDFium", "pypdfium2", "Apache-2.0 OR BSD-3-Clause"),
    ("icalendar", "icalendar", "BSD-2-Clause"),
    ("python-dateutil", "python-dateutil", "Apache-2.0 OR BSD-3-Clause"),
    ("tzdata", "tzdata", "Apache-2.0"),
    ("swiglpk / GLPK", "swiglpk", "GPL-3.0"),
    ("Noto Sans, Noto Sans Arabic", "", "SIL Open Font License 1.1"),
    ("Python", "", "PSF-2.0"),
)


def _version(distribution: str) -> str:
    if not distribution:
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    """Controller of the form ui/about_dialog.ui."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_AboutDialog()
        ui.setupUi(self)
        self.title, self.details, self.licences_label = (
            ui.titleLabel, ui.aboutDetails, ui.licencesLabel)
        self.table = ui.licenceTable
        ui.logoLabel.setPixmap(app_icon().pixmap(QSize(56, 56), self.devicePixelRatioF()))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setRowCount(len(THIRD_PARTY))
        for row, (name, dist, licence) in enumerate(THIRD_PARTY):
            version = _version(dist) or (self._sqlcipher_version() if name == "SQLCipher" else "")
            version = version or (platform.python_version() if name == "Python" else version)
            for col, text in enumerate((name, version, licence)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.table.setCurrentItem(None)
        ui.buttons.rejected.connect(self.reject)
        self.retranslate()

    def _sqlcipher_version(self) -> str:
        vault = self.ctx.vault
        if vault is None or vault.is_locked:
            return ""
        return vault.info().sqlcipher_version

    def retranslate(self) -> None:
        """The form's texts, and what is filled in at run time (versions)."""
        self.ui.retranslateUi(self)
        self.title.setText(f"{APP_NAME} {__version__}")
        sqlcipher = self._sqlcipher_version() or self.tr("(shown when unlocked)")
        self.details.setText(fill(self.tr(
            "Offline counselling assistant for migration counselling services (MFD) in "
            "Rhineland-Palatinate. Case data stays encrypted on this computer.<br><br>"
            "Version %1 · SQLCipher %2 · Qt %3 · PySide6 %4 · Python %5"),
            __version__, sqlcipher, qVersion(), pyside_version, platform.python_version()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
