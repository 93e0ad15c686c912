"""A new passphrase typed twice, with a strength hint (wizard, change, recovery).

Layout, labels, tab order and accessible names: the form ui/passphrase_fields.ui; the
wizard's passphrase page and the passphrase dialogs place it in their forms."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QLabel, QWidget

from mfd_desktop.gui.forms.ui_passphrase_fields import Ui_PassphraseFields
from mfd_desktop.gui.i18n import fill
from mfd_desktop.security import passphrase_policy as policy


def strength_hint(passphrase: str) -> tuple[bool, int, str]:
    """(acceptable, strength 0..4, translated hint) — the policy decides, we only word it."""
    result = policy.assess(passphrase)
    if not passphrase:
        return False, 0, QCoreApplication.translate("PassphraseFields",
                                                    "Please choose a passphrase.")
    if not result.acceptable:
        words = [w for w in passphrase.split() if len(w) >= 2]
        if len(passphrase) < policy.MIN_CHARS and len(words) < policy.MIN_WORDS:
            return False, 0, fill(QCoreApplication.translate(
                "PassphraseFields", "Too short: at least %1 characters or %2 words."),
                policy.MIN_CHARS, policy.MIN_WORDS)
        return False, 0, QCoreApplication.translate(
            "PassphraseFields", "Too simple: please do not just repeat characters.")
    hints = {
        1: QCoreApplication.translate(
            "PassphraseFields",
            "Acceptable. Longer is better: a whole sentence is easy to remember."),
        2: QCoreApplication.translate("PassphraseFields", "Good."),
        3: QCoreApplication.translate("PassphraseFields", "Strong."),
        4: QCoreApplication.translate("PassphraseFields", "Very strong."),
    }
    return True, result.strength, hints.get(result.strength, hints[1])


class PassphraseFields(QWidget):
    """Controller of the form ui/passphrase_fields.ui (also placed in other forms)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_PassphraseFields()
        ui.setupUi(self)
        self.first, self.second = ui.newPassphrase, ui.repeatPassphrase
        self.meter, self.hint, self.mismatch = ui.meter, ui.hint, ui.mismatchLabel
        self.form = ui.form
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        _ok, strength, hint = strength_hint(self.first.text())
        self.meter.setValue(strength)
        self.meter.setVisible(bool(self.first.text()))
        self.hint.setText(hint)
        mismatch = bool(self.second.text()) and self.second.text() != self.first.text()
        self.mismatch.setText(self.tr("The two passphrases differ.") if mismatch else "")
        self.changed.emit()

    def add_leading_row(self, label: QLabel, field: QWidget) -> None:
        """Put another input (current passphrase, recovery key) above, aligned with ours."""
        self.form.insertRow(0, label, field)
        self.setTabOrder(field, self.first)

    def is_acceptable(self) -> bool:
        ok, _s, _h = strength_hint(self.first.text())
        return ok and self.first.text() == self.second.text()

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
