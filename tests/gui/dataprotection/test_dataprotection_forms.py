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
        "exportButton", "reasonCombo", "restrictButton", "transferButton", "anonymiseButton",
        "deleteCaseButton", "consentList", "manageConsentsButton", "historyList"]
    assert tab.reason.accessibleName() == "Grund der Einschränkung"
    assert tab.rights_box.title() == "Rechte der Klient*in"
    # Plain words on screen, the legal reference only in the tool tip.
    assert "nur noch gelesen" in tab.ui.restrictExplanation.text()
    assert "Art." not in tab.ui.restrictExplanation.text()
    assert "Art. 18 DSGVO" in tab.ui.restrictExplanation.toolTip()
    for button, article in ((tab.export_button, "Art. 15"), (tab.restrict_button, "Art. 18"),
                            (tab.anonymise_button, "Art. 17"), (tab.delete_button, "Art. 17"),
                            (tab.transfer_button, "Art. 20")):
        assert "Art." not in button.text() and article in button.toolTip()
    for i in range(tab.reason.count()):
        assert "Art." not in tab.reason.itemText(i)
    # The destructive actions stand apart, marked for the danger style.
    final = tab.ui.finalBox
    assert final.title().startswith("Endgültig")
    assert tab.anonymise_button.parent() is final and tab.delete_button.parent() is final
    assert tab.transfer_button.parent() is not final
    assert tab.anonymise_button.property("danger") and tab.delete_button.property("danger")
    assert not tab.transfer_button.property("danger")
    assert 'QPushButton[danger="true"]' in final.styleSheet()
    switch_language(unlocked_ctx, qtbot, "en")
    assert tab.reason.accessibleName() == "Reason for the restriction"
    assert tab.export_button.text() == "Export disclosure…"
    assert tab.restrict_button.text() == "Restrict"  # set by the code, not the form


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
