"""Settings tab "Fallnummern": the site's short code used in generated case numbers."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mfd_desktop.domain.casework import case_numbers
from mfd_desktop.errors import UserError
from mfd_desktop.gui.page_base import SettingsSection
from mfd_desktop.messages import Msg
from mfd_desktop.settings import SITE_CODE


class CaseSettingsSection(SettingsSection):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setObjectName("caseSettingsSection")
        self.code = QLineEdit(self)
        self.code.setMaxLength(8)
        self.code_label = QLabel(self)
        self.example = QLabel(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.code_label, self.code)
        form.addRow("", self.example)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addStretch(1)
        if ctx.is_unlocked:
            self.code.setText(case_numbers.site_code(ctx.vault.conn))
        locked = ctx.settings.is_locked(SITE_CODE.key)
        self.code.setReadOnly(locked)
        self.code.textChanged.connect(self._update_example)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Case numbers")

    def retranslate(self) -> None:
        self.code_label.setText(self.tr("Short code of the &counselling centre"))
        self.code_label.setBuddy(self.code)
        self.code.setAccessibleName(self.tr("Short code of the counselling centre"))
        self.explanation.setText(self.tr(
            "New clients get the next free case number of the year with this code in front. "
            "Existing case numbers are not changed."))
        self._update_example()

    def _update_example(self) -> None:
        code = self.code.text().strip().upper() or SITE_CODE.default
        self.example.setText(self.tr("Example: %1").replace("%1", f"{code}-2026-0042"))

    def apply(self) -> None:
        if self.ctx.settings.is_locked(SITE_CODE.key) or not self.ctx.is_unlocked:
            return
        text = self.code.text().strip()
        if not text:
            raise UserError(Msg("case_numbers.short_code_counselling_service_has_1"))
        case_numbers.set_site_code(self.ctx.vault.conn, text)
