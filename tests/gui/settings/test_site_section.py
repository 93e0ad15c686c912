"""Einstellungen › Beratungsstelle: stored in the vault, read-only where the policy fixes it,
and printed in the contact block of a handout."""

from __future__ import annotations

from mfd_desktop import settings as settings_mod
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.settings.settings_panel import SettingsPanel
from mfd_desktop.gui.settings.site_section import SiteSettingsSection
from mfd_desktop.site import site_contact


def _section(panel: SettingsPanel) -> SiteSettingsSection:
    return next(s for s in panel.sections if isinstance(s, SiteSettingsSection))


def test_site_details_are_saved_in_the_vault_and_feed_the_contact(unlocked_ctx, qtbot):
    panel = SettingsPanel(unlocked_ctx, keyring_available=lambda: True)
    qtbot.addWidget(panel)
    section = _section(panel)
    assert panel.tabText(panel.indexOf(section)) == "Beratungsstelle"
    ui = section.ui
    ui.nameField.setText("  MFD Beispielstadt ")
    ui.addressField.setPlainText("Bahnstraße 32\n55128 Mainz")
    ui.phoneField.setText("06131 123456")
    ui.hoursField.setPlainText("Mo–Do 9–12 Uhr")
    panel.apply()
    contact = site_contact(unlocked_ctx.settings.get)
    assert contact.name == "MFD Beispielstadt"
    assert contact.address_lines() == ["Bahnstraße 32", "55128 Mainz"]
    assert (contact.phone, contact.hours) == ("06131 123456", "Mo–Do 9–12 Uhr")
    row = unlocked_ctx.vault.conn.execute(
        "SELECT value_json FROM settings WHERE key = ?", (settings_mod.SITE_PHONE.key,)
    ).fetchone()
    assert row is not None and "06131 123456" in row[0]


def test_fields_the_policy_fixes_are_read_only(qapp, qtbot, data_paths, make_vault):
    ctx = AppContext(data_paths, locked_values={"site_name": "MFD Träger X",
                                                "site_hours": "Di 9–12 Uhr"})
    ctx.translations.apply("de")
    vault, _ = make_vault()
    ctx.set_unlocked(vault)
    try:
        panel = SettingsPanel(ctx, keyring_available=lambda: True)
        qtbot.addWidget(panel)
        section = _section(panel)
        ui = section.ui
        assert ui.nameField.isReadOnly() and ui.nameField.text() == "MFD Träger X"
        assert ui.hoursField.isReadOnly()
        assert not ui.phoneField.isReadOnly()
        assert "Administration" in ui.policyNote.text() or "Admin" in ui.policyNote.text()
        ui.nameField.setText("Anders")  # read-only in the form; apply must not try
        ui.phoneField.setText("0621 1")
        panel.apply()
        assert ctx.settings.get(settings_mod.SITE_NAME.key) == "MFD Träger X"
        assert ctx.settings.get(settings_mod.SITE_PHONE.key) == "0621 1"
    finally:
        ctx.lock()
        ctx.translations.remove()
