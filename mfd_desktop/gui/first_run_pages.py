"""The pages of the first-run wizard (gui/first_run_wizard.py), one form each:
ui/first_run_<name>_page.ui holds a page's title, texts, layout and tab order; a page
class here only fills in what depends on the wizard (the key, the groups to type)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget, QWizardPage

from mfd_desktop.gui.forms.ui_first_run_confirm_page import Ui_ConfirmPage
from mfd_desktop.gui.forms.ui_first_run_create_page import Ui_CreatePage
from mfd_desktop.gui.forms.ui_first_run_finish_page import Ui_FinishPage
from mfd_desktop.gui.forms.ui_first_run_key_page import Ui_KeyPage
from mfd_desktop.gui.forms.ui_first_run_passphrase_page import Ui_PassphrasePage
from mfd_desktop.gui.forms.ui_first_run_sheet_page import Ui_SheetPage
from mfd_desktop.gui.forms.ui_first_run_welcome_page import Ui_WelcomePage
from mfd_desktop.gui.i18n import fill
from mfd_desktop.gui.recovery_key_view import RecoveryKeyView
from mfd_desktop.security import recovery_key

if TYPE_CHECKING:
    from mfd_desktop.gui.first_run_wizard import FirstRunWizard


class _Page(QWizardPage):
    """Sets up its form and retranslates itself on LanguageChange."""

    def __init__(self, form, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = form
        form.setupUi(self)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class WelcomePage(_Page):
    """Controller of the form ui/first_run_welcome_page.ui."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Ui_WelcomePage(), parent)
        self.text = self.ui.welcomeText


class PassphrasePage(_Page):
    """Controller of the form ui/first_run_passphrase_page.ui."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Ui_PassphrasePage(), parent)
        self.text, self.fields = self.ui.passphraseText, self.ui.passphraseFields
        self.fields.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.fields.is_acceptable()


class CreatePage(_Page):
    """Controller of the form ui/first_run_create_page.ui."""

    def __init__(self, wizard: FirstRunWizard):
        super().__init__(Ui_CreatePage(), wizard)
        self._wizard = wizard
        self.text, self.bar, self.status = (
            self.ui.createText, self.ui.createBar, self.ui.createStatus)
        self.setCommitPage(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._wizard.create_vault()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self._wizard.vault is not None


class KeyPage(_Page):
    """Controller of the form ui/first_run_key_page.ui."""

    def __init__(self, wizard: FirstRunWizard):
        super().__init__(Ui_KeyPage(), wizard)
        self._wizard = wizard
        self.text, self.warning = self.ui.keyText, self.ui.keyWarning
        self.view = RecoveryKeyView(wizard.ctx, self, show_save=False)
        self.ui.keyViewSlot.addWidget(self.view)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.view.set_key(self._wizard.recovery_key, self._wizard.vault.vault_id)


class ConfirmPage(_Page):
    """Controller of the form ui/first_run_confirm_page.ui: type two random groups."""

    def __init__(self, wizard: FirstRunWizard, rng: random.Random):
        super().__init__(Ui_ConfirmPage(), wizard)
        self._wizard = wizard
        self.indices = sorted(rng.sample(range(recovery_key.CHARS // recovery_key.GROUP), 2))
        self.text, self.hint = self.ui.confirmText, self.ui.confirmHint
        self.labels = [self.ui.groupLabel1, self.ui.groupLabel2]
        self.fields = [self.ui.confirmGroup1, self.ui.confirmGroup2]
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.3)
        for field in self.fields:
            field.setFont(mono)
            field.textChanged.connect(self.completeChanged)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        a, b = (i + 1 for i in self.indices)
        self.text.setText(fill(self.tr(
            "To make sure the key was written down correctly, please type group %1 and group "
            "%2. You can go back to look at the key."), a, b))
        for label, field, index in zip(self.labels, self.fields, self.indices, strict=True):
            label.setText(fill(self.tr("Group %1:"), index + 1))
            field.setAccessibleName(fill(self.tr("Group %1 of the recovery key"), index + 1))

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
    """Controller of the form ui/first_run_sheet_page.ui."""

    def __init__(self, wizard: FirstRunWizard):
        super().__init__(Ui_SheetPage(), wizard)
        self._wizard = wizard
        self.text = self.ui.sheetText
        self.view = RecoveryKeyView(wizard.ctx, self, show_groups=False)
        self.ui.sheetViewSlot.addWidget(self.view)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.view.set_key(self._wizard.recovery_key, self._wizard.vault.vault_id)


class FinishPage(_Page):
    """Controller of the form ui/first_run_finish_page.ui."""

    def __init__(self, wizard: FirstRunWizard):
        super().__init__(Ui_FinishPage(), wizard)
        self._wizard = wizard
        self.text, self.remember, self.remember_note = (
            self.ui.finishText, self.ui.rememberCheck, self.ui.rememberNote)
        self.remember.setChecked(False)
        self.offered = False

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        offered = self.offered = self._wizard.remember_offered()
        self.remember.setVisible(offered)
        self.remember_note.setVisible(offered)
