"""Settings tab "Beratungsstelle": name, Träger, address, phone and opening hours of the
counselling service, as handouts, letters, the statistics for funders and the annual report
print them (mfd_desktop.site). What the administrator's policy fixes is read-only here.

Layout, texts, tab order and accessible names: the form ui/site_settings_section.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from mfd_desktop.gui.forms.ui_site_settings_section import Ui_SiteSettingsSection
from mfd_desktop.gui.page_base import SettingsSection
from mfd_desktop.settings import SITE_ADDRESS, SITE_HOURS, SITE_NAME, SITE_PHONE, SITE_TRAEGER


class SiteSettingsSection(SettingsSection):
    """Controller of the form ui/site_settings_section.ui."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.ui = ui = Ui_SiteSettingsSection()
        ui.setupUi(self)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {
            SITE_NAME.key: ui.nameField,
            SITE_TRAEGER.key: ui.traegerField,
            SITE_ADDRESS.key: ui.addressField,
            SITE_PHONE.key: ui.phoneField,
            SITE_HOURS.key: ui.hoursField,
        }
        self.load()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Counselling service")

    def _locked(self, key: str) -> bool:
        return self.ctx.settings.is_locked(key)

    def load(self) -> None:
        unlocked = self.ctx.is_unlocked
        for key, field in self.fields.items():
            value = self.ctx.settings.get(key) if unlocked or self._locked(key) else ""
            if isinstance(field, QLineEdit):
                field.setText(value or "")
            else:
                field.setPlainText(value or "")
            field.setReadOnly(self._locked(key) or not unlocked)

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        fixed = [key for key in self.fields if self._locked(key)]
        note = self.tr("Fields your administrator has set are shown but cannot be changed "
                       "here.") if fixed else ""
        self.ui.policyNote.setText(note)
        for key in fixed:
            self.fields[key].setToolTip(self.tr("Set by your administrator"))

    def values(self) -> dict[str, str]:
        out = {}
        for key, field in self.fields.items():
            text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
            out[key] = text.strip()
        return out

    def apply(self) -> None:
        if not self.ctx.is_unlocked:
            return
        settings = self.ctx.settings
        for key, value in self.values().items():
            if self._locked(key) or settings.get(key) == value:
                continue
            settings.set(key, value)
