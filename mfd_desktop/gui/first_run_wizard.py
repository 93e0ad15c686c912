"""First run: welcome → passphrase → vault created → recovery key → confirm two groups →
Notfallblatt → optional "remember on this device" → done.

The vault is created in a worker (`Vault.create` tunes the KDF to the machine unless
`ctx.kdf_params` is set, as tests do). From then on the wizard cannot be cancelled
by accident: the recovery key is shown only here. On `accepted`, `wizard.vault` is the
unlocked vault and `wizard.remember_requested()` says whether to remember it.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mfd_desktop import settings as settings_mod
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.i18n import fill
from mfd_desktop.gui.icons import app_icon
from mfd_desktop.gui.passphrase_fields import PassphraseFields
from mfd_desktop.gui.recovery_key_view import RecoveryKeyView
from mfd_desktop.gui.tasks import TaskFailure
from mfd_desktop.security import os_keyring, recovery_key
from mfd_desktop.storage.vault import Vault

PAGE_WELCOME, PAGE_PASSPHRASE, PAGE_CREATE, PAGE_KEY, PAGE_CONFIRM, PAGE_SHEET, PAGE_FINISH = \
    range(7)


def _label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


class _Page(QWizardPage):
    """Retranslates itself on LanguageChange."""

    def retranslate(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WelcomePage(_Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = _label(self)
        QVBoxLayout(self).addWidget(self.text)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to MFD Desktop"))
        self.text.setText(self.tr(
            "<p>MFD Desktop keeps your case notes in an encrypted vault on this laptop. "
            "Without your passphrase nobody can read them, not even if the laptop is lost.</p>"
            "<p>In the next steps you will:</p><ol>"
            "<li>choose a passphrase,</li>"
            "<li>receive a recovery key for emergencies and keep it safe,</li>"
            "<li>print the emergency sheet for the office safe if you like.</li></ol>"
            "<p>This takes about five minutes.</p>"))


class PassphrasePage(_Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = _label(self)
        self.fields = PassphraseFields(self)
        self.fields.changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose a passphrase"))
        self.text.setText(self.tr(
            "You will type this passphrase every time you open MFD Desktop. Use at least 12 "
            "characters or 4 words. A short sentence that only you know works well, for "
            "example: <i>Mein Fahrrad steht gern am Rhein</i>."))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.fields.is_acceptable()


class CreatePage(_Page):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.text = _label(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.status = _label(self)
        self.status.setObjectName("createStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Creating the vault"))
        self.text.setText(self.tr(
            "The encryption is being tuned to this computer and the vault is being created. "
            "This takes a few seconds."))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._wizard.create_vault()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self._wizard.vault is not None


class KeyPage(_Page):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.text = _label(self)
        self.view = RecoveryKeyView(wizard.ctx, self, show_save=False)
        self.warning = _label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addSpacing(6)
        layout.addWidget(self.view)
        layout.addSpacing(6)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your recovery key"))
        self.text.setText(self.tr(
            "If you ever forget your passphrase, this key opens the vault. It is shown "
            "<b>only now</b>. Write it down or save the emergency sheet in the next steps."))
        self.warning.setText(self.tr(
            "Keep the key away from the laptop, for example in the office safe. Anyone who "
            "has it can read all case data."))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.view.set_key(self._wizard.recovery_key, self._wizard.vault.vault_id)


class ConfirmPage(_Page):
    def __init__(self, wizard: FirstRunWizard, rng: random.Random):
        super().__init__(wizard)
        self._wizard = wizard
        self.indices = sorted(rng.sample(range(recovery_key.CHARS // recovery_key.GROUP), 2))
        self.text = _label(self)
        self.labels = [QLabel(self), QLabel(self)]
        self.fields = [QLineEdit(self), QLineEdit(self)]
        form = QFormLayout()
        for label, field in zip(self.labels, self.fields, strict=True):
            field.setMaxLength(6)
            field.setObjectName("confirmGroup")
            field.setMaximumWidth(130)
            mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.3)
            field.setFont(mono)
            field.textChanged.connect(self.completeChanged)
            label.setBuddy(field)
            form.addRow(label, field)
        self.hint = _label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the recovery key"))
        a, b = (i + 1 for i in self.indices)
        self.text.setText(fill(self.tr(
            "To make sure the key was written down correctly, please type group %1 and group "
            "%2. You can go back to look at the key."), a, b))
        for label, field, index in zip(self.labels, self.fields, self.indices, strict=True):
            label.setText(fill(self.tr("Group %1:"), index + 1))
            field.setAccessibleName(fill(self.tr("Group %1 of the recovery key"), index + 1))
        self.hint.setText(self.tr("Upper or lower case does not matter."))

    def group_matches(self, index: int, typed: str) -> bool:
        groups = recovery_key.groups(self._wizard.recovery_key)
        if not groups:
            return False
        replaced = list(groups)
        replaced[index] = typed.strip()
        return recovery_key.normalise("".join(replaced)) == "".join(groups)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return all(self.group_matches(i, f.text())
                   for i, f in zip(self.indices, self.fields, strict=True))


class SheetPage(_Page):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.text = _label(self)
        self.view = RecoveryKeyView(wizard.ctx, self, show_groups=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addWidget(self.view)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Emergency sheet"))
        self.text.setText(self.tr(
            "The emergency sheet (Notfallblatt) is one page with your recovery key and what to "
            "do with it. Save it as a PDF, print it and keep it in the office safe. Then delete "
            "the PDF file. This step is optional if you wrote the key down."))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.view.set_key(self._wizard.recovery_key, self._wizard.vault.vault_id)


class FinishPage(_Page):
    def __init__(self, wizard: FirstRunWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.text = _label(self)
        self.remember = QCheckBox(self)
        self.remember.setObjectName("rememberCheck")
        self.remember.setChecked(False)
        self.offered = False
        self.remember_note = _label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addSpacing(10)
        layout.addWidget(self.remember)
        self.remember_note.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.remember_note)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.text.setText(self.tr(
            "The vault is set up. MFD Desktop locks itself after a few minutes without input "
            "and when you press Ctrl+L. Whatever you are typing is kept as an encrypted draft."))
        self.remember.setText(self.tr("&Remember on this device"))
        self.remember.setAccessibleName(self.tr("Remember on this device"))
        self.remember_note.setText(self.tr(
            "Lets you unlock with this computer's password store instead of the passphrase. "
            "Only use this on a laptop that only you use and that has its own login "
            "password."))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        offered = self.offered = self._wizard.remember_offered()
        self.remember.setVisible(offered)
        self.remember_note.setVisible(offered)


class FirstRunWizard(QWizard):
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
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
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
        self.resize(780, 580)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("MFD Desktop – setup"))

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
