"""First run: welcome → passphrase → vault created → recovery key → confirm two groups →
Notfallblatt → optional "remember on this device" → done.

The vault is created in a worker (`Vault.create` tunes the KDF to the machine unless
`ctx.kdf_params` is set, as tests do). From then on the wizard cannot be cancelled
by accident: the recovery key is shown only here. On `accepted`, `wizard.vault` is the
unlocked vault and `wizard.remember_requested()` says whether to remember it.

Window title, size and style: the form ui/first_run_wizard.ui; each page has its own
form (gui/first_run_pages.py).
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from mfd_desktop import settings as settings_mod
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.first_run_pages import (
    ConfirmPage,
    CreatePage,
    FinishPage,
    KeyPage,
    PassphrasePage,
    SheetPage,
    WelcomePage,
)
from mfd_desktop.gui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from mfd_desktop.gui.icons import app_icon
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.security import os_keyring
from mfd_desktop.storage.vault import Vault

PAGE_WELCOME, PAGE_PASSPHRASE, PAGE_CREATE, PAGE_KEY, PAGE_CONFIRM, PAGE_SHEET, PAGE_FINISH = \
    range(7)


class FirstRunWizard(QWizard):
    """Controller of the form ui/first_run_wizard.ui."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 rng: random.Random | None = None,
                 keyring_available: Callable[[], bool] = os_keyring.available):
        super().__init__(parent)
        self.ctx = ctx
        self.vault: Vault | None = None
        self.recovery_key = ""
        self.create_error = ""
        self._creating = False
        self._keyring_available = keyring_available
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        self.setPage(PAGE_WELCOME, WelcomePage(self))
        self.passphrase_page = PassphrasePage(self)
        self.setPage(PAGE_PASSPHRASE, self.passphrase_page)
        self.create_page = CreatePage(self)
        self.setPage(PAGE_CREATE, self.create_page)
        self.key_page = KeyPage(self)
        self.setPage(PAGE_KEY, self.key_page)
        self.confirm_page = ConfirmPage(self, rng or random.SystemRandom())
        self.setPage(PAGE_CONFIRM, self.confirm_page)
        self.sheet_page = SheetPage(self)
        self.setPage(PAGE_SHEET, self.sheet_page)
        self.finish_page = FinishPage(self)
        self.setPage(PAGE_FINISH, self.finish_page)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----- creating -----------------------------------------------------------------------

    def create_vault(self) -> None:
        if self.vault is not None or self._creating:
            return
        self._creating = True
        self.create_error = ""
        self.create_page.status.clear()
        self.create_page.bar.show()
        self.ctx.tasks.run(
            functools.partial(Vault.create, self.ctx.paths, self.passphrase_page.fields.passphrase(),
                              kdf_params=self.ctx.kdf_params,
                              allow_below_floor=self.ctx.allow_below_floor),
            on_done=self._created, on_error=self._create_failed)

    def _created(self, result: tuple[Vault, str]) -> None:
        self._creating = False
        self.vault, self.recovery_key = result
        self.passphrase_page.fields.clear()
        self.create_page.bar.hide()
        self.create_page.status.setText(self.tr("The vault has been created."))
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.create_page.completeChanged.emit()
        if self.currentId() == PAGE_CREATE:
            self.next()

    def _create_failed(self, failure: TaskFailure) -> None:
        self._creating = False
        self.create_error = failure.message
        self.create_page.bar.hide()
        self.create_page.status.setText(failure.message)

    # ----- finishing ----------------------------------------------------------------------

    def remember_offered(self) -> bool:
        if not self.ctx.settings.get(settings_mod.REMEMBER_ALLOWED.key):
            return False
        try:
            return bool(self._keyring_available())
        except Exception:  # noqa: BLE001 - no store, no offer
            return False

    def remember_requested(self) -> bool:
        return self.finish_page.offered and self.finish_page.remember.isChecked()

    def reject(self) -> None:
        if self.vault is None:
            super().reject()
            return
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("The vault has already been created. Finish the setup now? You can make a "
                    "new recovery key later under Settings."))
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
