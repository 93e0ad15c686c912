"""The Datenschutz forms: object names the tests and screenshots rely on, tab order as the
forms declare it, accessible names, texts following the language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.gui.dataprotection.audit_view import AuditLogDialog
from mfd_desktop.gui.dataprotection.case_tab import DataProtectionTab
from mfd_desktop.gui.dataprotection.retention_view import RetentionDialog
from tests.gui.conftest import switch_language

UI = Path(__file__).resolve().parents[3] / "ui"


def _tabstops(form: str) -> list[str]:
    return [t.text for t in ET.parse(UI / form).getroot().iter("tabstop")]


def test_case_tab_form(unlocked_ctx, qtbot):
    cid = create_client(unlocked_ctx.vault.conn, Client(name="Probe"))
    tab = DataProtectionTab(unlocked_ctx, cid)
    qtbot.addWidget(tab)
    assert tab.objectName() == "dataProtectionTab"
    assert [tab.restrict_button.objectName(), tab.delete_button.objectName(),
            tab.consents.objectName(), tab.status.objectName()] == [
        "restrictButton", "deleteCaseButton", "consentList", "dataProtectionStatus"]
    assert _tabstops("data_protection_tab.ui") == [
        "reasonCombo", "restrictButton", "exportButton", "transferButton", "anonymiseButton",
        "deleteCaseButton", "consentList", "withdrawButton", "historyList"]
    assert tab.reason.accessibleName() == "Grund der Einschränkung"
    assert tab.rights_box.title() == "Datenschutz (DSGVO)"
    switch_language(unlocked_ctx, qtbot, "en")
    assert tab.reason.accessibleName() == "Reason for the restriction"
    assert tab.export_button.text() == "Export disclosure (Art. 15)…"
    assert tab.restrict_button.text() == "Restrict processing"  # set by the code, not the form


def test_dialog_forms_put_their_actions_into_the_button_box(unlocked_ctx, qtbot):
    audit_dialog = AuditLogDialog(unlocked_ctx)
    retention = RetentionDialog(unlocked_ctx)
    for dialog in (audit_dialog, retention):
        qtbot.addWidget(dialog)
    assert audit_dialog.objectName() == "auditLogDialog"
    assert retention.objectName() == "retentionDialog"
    action = QDialogButtonBox.ButtonRole.ActionRole
    assert audit_dialog.buttons.buttonRole(audit_dialog.verify_button) == action
    assert retention.buttons.buttonRole(retention.all_button) == action
    assert retention.buttons.buttonRole(retention.delete_button) == action
    assert (audit_dialog.size().width(), retention.size().width()) == (820, 760)
    assert f"{retention.years} Jahre" in retention.intro.text()
    assert _tabstops("retention_dialog.ui") == ["dueTable", "tickAllButton", "deleteButton",
                                                "buttonBox"]
    switch_language(unlocked_ctx, qtbot, "en")
    assert retention.windowTitle() == "Deletion periods"
    assert "years after closing" in retention.intro.text()  # set with its number by code
    assert audit_dialog.verify_button.text() == "Check log"
