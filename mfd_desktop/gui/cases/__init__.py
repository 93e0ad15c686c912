"""Case work GUI: clients, case view, Heute and Fristen pages."""

from mfd_desktop.gui.page_registry import register_settings_section

# The "Fallnummern" settings tab (site code for generated case numbers).
register_settings_section("mfd_desktop.gui.cases.settings_section:CaseSettingsSection")
