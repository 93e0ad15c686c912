"""The passphrase dialogs, the first-run wizard pages and two settings tabs are built from
their forms in ui/: real widgets, checked for tab order, label buddies, accessible names
and texts that follow the language (the forms' texts share the controllers' contexts)."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from mfd_desktop.gui.change_passphrase_dialog import ChangePassphraseDialog
from mfd_desktop.gui.first_run_wizard import FirstRunWizard
from mfd_desktop.gui.new_recovery_key_dialog import NewRecoveryKeyDialog
from mfd_desktop.gui.recovery_dialog import RecoveryDialog
from mfd_desktop.storage import backup
from tests.conftest import PASSPHRASE
from tests.gui.conftest import switch_language
from tests.gui.typing_helper import type_text

ROOT = Path(__file__).resolve().parents[2]


def _tab_order(start: QWidget, names: list[str], steps: int = 120) -> list[str]:
    """The object names among `names` in the order Tab visits them, from `start`."""
    seen: list[str] = []
    widget = start
    for _ in range(steps):
        name = widget.objectName()
        if name in names and name not in seen:
            seen.append(name)
        widget = widget.nextInFocusChain()
    return seen


def _next_tab_stop(widget: QWidget) -> QWidget:
    """The widget Tab moves to from `widget` (skipping labels and hidden widgets)."""
    window = widget.window()
    following = widget.nextInFocusChain()
    while not (following.focusPolicy() & Qt.FocusPolicy.TabFocus
               and following.isVisibleTo(window) and following.isEnabled()):
        following = following.nextInFocusChain()
    return following


def test_change_passphrase_dialog_tab_order_buddies_and_language(unlocked_ctx, qtbot):
    dialog = ChangePassphraseDialog(unlocked_ctx)
    qtbot.addWidget(dialog)
    names = ["currentPassphrase", "newPassphrase", "repeatPassphrase", "suspectLeakCheck"]
    assert _tab_order(dialog.current, names) == names
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert _next_tab_stop(dialog.suspect) in (ok, dialog.buttons.button(
        QDialogButtonBox.StandardButton.Cancel))
    assert dialog.current_label.buddy() is dialog.current
    assert dialog.fields.ui.firstLabel.buddy() is dialog.fields.first
    assert dialog.fields.ui.secondLabel.buddy() is dialog.fields.second
    # the current passphrase joined the new-passphrase rows (one label column)
    assert dialog.current.parentWidget() is dialog.fields
    assert dialog.current_label.text() == "&Bisherige Passphrase:"
    assert dialog.current.accessibleName() == "Bisherige Passphrase"
    assert dialog.windowTitle() == "Passphrase ändern" and ok.text() == "Passphrase ändern"
    assert dialog.progress_label.isHidden() and dialog.progress.isHidden()
    switch_language(unlocked_ctx, qtbot, "en")
    assert dialog.current_label.text() == "&Current passphrase:"
    assert dialog.current.accessibleName() == "Current passphrase"
    assert dialog.progress.accessibleName() == "Re-encryption progress"
    assert dialog.fields.first.placeholderText() == "at least 12 characters or 4 words"
    assert dialog.suspect.text() == "I &suspect that someone knows the old passphrase"
    qtbot.wait(20)  # the OK button gets its own text back after the button box's
    assert ok.text() == "Change passphrase"
    qtbot.mouseClick(dialog.suspect, Qt.MouseButton.LeftButton)
    assert dialog.intro.text() == "Enter your current passphrase and choose a new one."
    switch_language(unlocked_ctx, qtbot, "de")
    assert dialog.intro.text() == "Geben Sie Ihre bisherige Passphrase ein und wählen Sie eine neue."
    assert dialog.progress.accessibleName() == "Fortschritt der Neuverschlüsselung"


def test_new_recovery_key_dialog_orders_the_new_rows_as_laid_out(ctx, qtbot, make_vault):
    vault, _key = make_vault()
    ctx.set_unlocked(vault)
    backup.run_automatic_backup(vault)  # so the notice offers its delete button
    dialog = NewRecoveryKeyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current_label.buddy() is dialog.current
    assert dialog.current.accessibleName() == "Bisherige Passphrase"
    type_text(qtbot, dialog.current, PASSPHRASE)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.new_key) or bool(dialog.error.text()), timeout=60_000)
    assert dialog.error.text() == ""
    notice = dialog.notice
    assert notice is not None and notice.parentWidget() is dialog
    assert dialog.ui.noticeSlot.indexOf(notice) == 0
    assert notice.delete_button.text() == "Automatische Sicherungen &löschen …"
    done = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert done.text() == "Fertig"
    assert dialog.focusWidget() is dialog.key_view.save_button  # the next step
    names = ["savePdfButton", "deleteAutoBackupsButton"]
    assert _tab_order(dialog.key_view.save_button, names) == names
    assert _next_tab_stop(notice.delete_button) is done
    dialog.accept()


def test_recovery_dialog_tab_order_and_buddies(ctx, qtbot):
    dialog = RecoveryDialog(ctx)
    qtbot.addWidget(dialog)
    names = ["recoveryKeyField", "newPassphrase", "repeatPassphrase"]
    assert _tab_order(dialog.key_field, names) == names
    assert dialog.key_label.buddy() is dialog.key_field
    assert dialog.key_field.accessibleName() == "Wiederherstellungsschlüssel"
    assert dialog.minimumWidth() == 560
    switch_language(ctx, qtbot, "en")
    assert dialog.windowTitle() == "Open with the recovery key"
    assert dialog.key_label.text() == "Recovery &key:"
    qtbot.wait(20)  # the OK button gets its own text back after the button box's
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == \
        "Open and set passphrase"
    switch_language(ctx, qtbot, "de")
    assert dialog.key_label.text() == "Wiederherstellungs&schlüssel:"


def test_wizard_pages_come_from_their_forms(ctx, qtbot):
    wizard = FirstRunWizard(ctx, rng=random.Random(7), keyring_available=lambda: False)
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "MFD Desktop – Einrichtung"
    assert (wizard.width(), wizard.height()) == (780, 580)
    confirm = wizard.confirm_page
    names = ["confirmGroup1", "confirmGroup2"]
    assert _tab_order(confirm.fields[0], names) == names
    for label, field, index in zip(confirm.labels, confirm.fields, confirm.indices, strict=True):
        assert label.buddy() is field and field.maxLength() == 6
        assert label.text() == f"Gruppe {index + 1}:"
    finish = wizard.finish_page
    assert finish.remember.accessibleName() == "Auf diesem Gerät merken"
    assert wizard.key_page.view.parentWidget() is wizard.key_page
    assert wizard.sheet_page.view.save_button.isVisibleTo(wizard.sheet_page)
    assert not wizard.key_page.view.save_button.isVisibleTo(wizard.key_page)
    switch_language(ctx, qtbot, "en")
    assert wizard.windowTitle() == "MFD Desktop – setup"
    assert wizard.page(0).title() == "Welcome to MFD Desktop"
    assert confirm.hint.text() == "Upper or lower case does not matter."
    assert confirm.labels[0].text() == f"Group {confirm.indices[0] + 1}:"
    assert finish.remember.text() == "&Remember on this device"
    switch_language(ctx, qtbot, "de")
    assert wizard.page(0).title() == "Willkommen bei MFD Desktop"


def test_settings_tabs_from_forms_follow_the_language(unlocked_ctx, qtbot):
    from mfd_desktop.gui.settings.case_numbers_section import CaseSettingsSection
    from mfd_desktop.gui.sync.settings_section import SyncSettingsSection

    case = CaseSettingsSection(unlocked_ctx)
    sync = SyncSettingsSection(unlocked_ctx)
    qtbot.addWidget(case)
    qtbot.addWidget(sync)
    assert case.code_label.buddy() is case.code and case.code.maxLength() == 8
    assert sync.enrolment_box.title() == "Zentraler Statistik-Server"
    # the declared tab order (walking these tabs' live focus chain would make wrappers for
    # Qt's inner widgets that outlive the test, as in tests/gui/test_forms.py)
    form = ET.parse(ROOT / "ui" / "sync_settings_section.ui").getroot()
    assert [t.text for t in form.iter("tabstop")] == [
        "serverUrl", "enrolmentCode", "enrolButton", "syncNow"]
    switch_language(unlocked_ctx, qtbot, "en")
    assert case.code.accessibleName() == "Short code of the counselling centre"
    assert case.example.text() == "Example: MFD-2026-0042"
    assert sync.enrolment_box.title() == "Central statistics server"
    assert sync.enrol_button.text() == "Enrol this device"
    assert sync.code_edit.placeholderText() == "from your administrator, e.g. ABCD-EFGH-JKLM-NPQR"
    switch_language(unlocked_ctx, qtbot, "de")
    assert case.code.accessibleName() == "Kürzel der Beratungsstelle"
    assert sync.sync_box.title() == "Synchronisation"
    unlocked_ctx.tasks.wait_for_all(10_000)  # the tab's status query is done
