"""Settings tab "Fallnummern": the site's short code used in generated case numbers.

Layout, texts, tab order and accessible name: the form ui/case_settings_section.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mfd_desktop.domain.casework import case_numbers
from mfd_desktop.errors import UserError
from mfd_desktop.gui.forms.ui_case_settings_section import Ui_CaseSettingsSection
from mfd_desktop.gui.page_base import SettingsSection
from mfd_desktop.messages import Msg
from mfd_desktop.settings import SITE_CODE


class CaseSettingsSection(SettingsSection):
    """Controller of the form ui/case_settings_section.ui."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = ui = Ui_CaseSettingsSection()
        ui.setupUi(self)
        self.code, self.code_label = ui.siteCodeField, ui.siteCodeLabel
        self.example, self.explanation = ui.exampleLabel, ui.explanationLabel
        if ctx.is_unlocked:
            self.code.setText(case_numbers.site_code(ctx.vault.conn))
        locked = ctx.settings.is_locked(SITE_CODE.key)
        self.code.setReadOnly(locked)
        self.code.textChanged.connect(self._update_example)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Case numbers")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
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
