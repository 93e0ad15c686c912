"""Data protection in the GUI: Sicherung, Löschfristen, Protokoll, case tab, restore offer."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.domain.referrals import consents, referrals
from mfd_desktop.domain.referrals.consents import Consent
from mfd_desktop.domain.referrals.referrals import Office, Referral
from mfd_desktop.errors import VaultDamagedError
from mfd_desktop.gui.case.consents_tab import ConsentsTab
from mfd_desktop.gui.dataprotection import hooks
from mfd_desktop.gui.dataprotection.audit_view import AuditLogDialog
from mfd_desktop.gui.dataprotection.case_tab import DataProtectionTab
from mfd_desktop.gui.dataprotection.retention_view import RetentionDialog
from mfd_desktop.gui.dataprotection.settings_section import BackupSettingsSection
from mfd_desktop.storage import audit, backup
from mfd_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE


def _wait(ctx, qtbot, condition):
    ctx.tasks.wait_for_all(20_000)
    qtbot.waitUntil(lambda: bool(condition()), timeout=20_000)


def test_backup_section_creates_a_backup_off_the_ui_thread(unlocked_ctx, qtbot, tmp_path):
    section = BackupSettingsSection(unlocked_ctx)
    qtbot.addWidget(section)
    assert section.title() == "Sicherung"
    assert "noch keine Sicherung" in section.last_label.text()
    stick = tmp_path / "stick"
    stick.mkdir()
    assert section.create_in(stick) is not None
    assert not section.create_button.isEnabled()  # no second backup while one runs
    _wait(unlocked_ctx, qtbot, lambda: section.create_button.isEnabled())
    made = list(stick.glob("*.mfdbak"))
    assert len(made) == 1 and "Sicherung gespeichert" in section.status.text()
    assert "Letzte Sicherung" in section.last_label.text()
    backup.verify_backup(made[0], passphrase=PASSPHRASE, allow_below_floor=True)

    section.reminder_days.setValue(14)
    section.retention_years.setValue(5)
    section.apply()
    assert unlocked_ctx.settings.get("backup_reminder_days") == 14
    assert unlocked_ctx.settings.get("retention_years") == 5
    assert hooks.backup_reminder(unlocked_ctx) is None


def test_reminder_and_automatic_backup_hooks(unlocked_ctx, qtbot):
    assert "noch keine Sicherung" in hooks.backup_reminder(unlocked_ctx)
    done = []
    assert hooks.run_automatic_backup(unlocked_ctx, on_done=done.append) is not None
    _wait(unlocked_ctx, qtbot, lambda: done)
    assert list(unlocked_ctx.paths.backups.glob("auto-*.mfdbak"))
    assert hooks.run_automatic_backup(unlocked_ctx) is None  # once a day


def _closed(conn, name, closed_on):
    from mfd_desktop.domain import reference

    reason = next(iter(reference.get("closing_reason").keys()))
    return clients.create_client(conn, Client(name=name, status="abgeschlossen",
                                              closing_reason=reason, closed_on=closed_on))


def test_retention_dialog_deletes_only_ticked_and_confirmed_cases(unlocked_ctx, qtbot):
    conn = unlocked_ctx.vault.conn
    old = _closed(conn, "Alt Eins", "2020-01-01")
    other = _closed(conn, "Alt Zwei", "2020-02-01")
    asked = []
    dialog = RetentionDialog(unlocked_ctx, years=3, today=dt.date(2026, 6, 1),
                             confirm=lambda n: asked.append(n) or True)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Fallnummer"
    assert dialog.delete_checked() is None and "zuerst" in dialog.status.text()
    dialog.model.setData(dialog.model.index(0, 0), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert dialog.delete_checked() is not None
    _wait(unlocked_ctx, qtbot, lambda: "Fall/Fälle gelöscht" in dialog.status.text())
    assert asked == [1]
    remaining = {r[0] for r in conn.execute("SELECT id FROM clients")}
    assert remaining == {other} and old not in remaining
    assert dialog.model.rowCount() == 1


def test_audit_log_viewer_shows_entries_and_checks_the_chain(unlocked_ctx, qtbot):
    for i in range(3):
        audit.append(unlocked_ctx.vault.conn, "client.restricted", record_type="client", record_id=i)
    dialog = AuditLogDialog(unlocked_ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3
    assert dialog.model.data(dialog.model.index(0, 3)) == "Verarbeitung eingeschränkt"
    assert dialog.model.data(dialog.model.index(0, 4)) == "Klient*in 2"
    dialog.verify()
    _wait(unlocked_ctx, qtbot, lambda: dialog.result.text())
    assert "Protokoll in Ordnung" in dialog.result.text()


def test_audit_log_actions_are_english_in_the_english_ui(unlocked_ctx, qtbot):
    from mfd_desktop.messages import render

    conn = unlocked_ctx.vault.conn
    for action in audit.ACTIONS:
        audit.append(conn, action)
    audit.append(conn, "future.action")  # an action this version has no label for
    dialog = AuditLogDialog(unlocked_ctx)
    qtbot.addWidget(dialog)

    def shown() -> dict[str, str]:
        model = dialog.model
        return {model.rows[r].action: model.data(model.index(r, 3))
                for r in range(model.rowCount())}

    # German: word for word what the command line says (one catalogue for both)
    german = {a: render(audit.action_label(a), "de") for a in audit.ACTIONS}
    assert german["client.restricted"] == "Verarbeitung eingeschränkt"
    assert german["stats.sachbericht_exported"] == "Sachbericht erstellt"
    assert shown() == {**german, "future.action": "future.action"}
    unlocked_ctx.translations.apply("en")  # the open dialog follows the language change
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Audit log")
    english = shown()
    assert english["client.restricted"] == "Processing restricted"
    assert english["case.transfer_imported"] == "Handed-over case imported"
    assert english == {**{a: render(audit.action_label(a), "en") for a in audit.ACTIONS},
                       "future.action": "future.action"}
    assert all(english[a] != german[a] for a in audit.ACTIONS)  # every action translated
    assert dialog.model.headerData(3, Qt.Orientation.Horizontal) == "What"


@pytest.fixture
def client_case(unlocked_ctx):
    conn = unlocked_ctx.vault.conn
    cid = clients.create_client(conn, Client(case_number="MZ-2026-0042", name="Farida Testfall"))
    office = referrals.add_office(conn, Office(name="Jobcenter Mainz", target_key="jobcenter"))
    consent = consents.add_consent(conn, Consent(cid, "weitergabe_stelle", office_id=office,
                                                 given_on="2026-01-01"))
    ref = referrals.add_referral(conn, Referral(cid, office_id=office, passes_data=True,
                                                referred_on="2026-01-10")).id
    return cid, consent, ref


def test_case_tab_rights(unlocked_ctx, qtbot, client_case, tmp_path):
    cid, consent, ref = client_case
    out = tmp_path / "auskunft"
    out.mkdir()
    tab = DataProtectionTab(unlocked_ctx, cid, ask=lambda *_a: True,
                            choose_folder=lambda: str(out),
                            type_case_number=lambda _p: "mz-2026-0042")
    qtbot.addWidget(tab)
    assert "nicht eingeschränkt" in tab.state.text()

    tab.toggle_restriction()
    assert dsr.is_restricted(unlocked_ctx.vault.conn, cid)
    assert not tab.delete_button.isEnabled() and "nur gelesen" in tab.state.text()
    tab.toggle_restriction()
    assert not dsr.is_restricted(unlocked_ctx.vault.conn, cid)

    tab.export_disclosure()
    _wait(unlocked_ctx, qtbot, lambda: "gespeichert" in tab.status.text())
    assert sorted(p.suffix for p in out.iterdir()) == [".json", ".pdf"]

    # Withdrawal lives in one place, the Einwilligungen tab; the marks show here.
    consents_tab = ConsentsTab(unlocked_ctx)
    qtbot.addWidget(consents_tab)
    consents_tab.ask = lambda *_a: True
    consents_tab.load(cid)
    consents_tab.view.selectRow(0)
    consents_tab.withdraw_selected()
    assert "1 Weitervermittlung" in consents_tab.status.text()
    assert dsr.withdrawal_marks(unlocked_ctx.vault.conn, cid) == {ref: consent}
    tab.refresh()
    assert any("widerrufen" in tab.history.item(i).text() for i in range(tab.history.count()))
    consents_tab.view.selectRow(0)
    consents_tab.withdraw_selected()  # a second time: nothing new
    assert "bereits widerrufen" in consents_tab.status.text()

    with qtbot.waitSignal(tab.case_deleted, timeout=20_000) as deleted:
        tab.delete_case()
    assert deleted.args == [cid]
    assert clients.find_by_case_number(unlocked_ctx.vault.conn, "MZ-2026-0042") is None


def test_case_tab_refuses_a_mistyped_case_number(unlocked_ctx, qtbot, client_case):
    cid, _consent, _ref = client_case
    tab = DataProtectionTab(unlocked_ctx, cid, type_case_number=lambda _p: "MZ-2026-0041")
    qtbot.addWidget(tab)
    assert tab.delete_case() is None
    assert "nichts gelöscht" in tab.status.text()
    assert clients.find_by_case_number(unlocked_ctx.vault.conn, "MZ-2026-0042") == cid


def test_case_tab_anonymises_only_after_the_case_number_is_typed(unlocked_ctx, qtbot,
                                                                client_case):
    cid, _consent, _ref = client_case
    typed = ["MZ-2026-0041"]
    prompts = []
    tab = DataProtectionTab(unlocked_ctx, cid,
                            type_case_number=lambda p: prompts.append(p) or typed[0])
    qtbot.addWidget(tab)
    assert tab.anonymise() is None
    assert "nichts anonymisiert" in tab.status.text()
    assert "MZ-2026-0042" in prompts[0]
    assert clients.get_client(unlocked_ctx.vault.conn, cid).display_name == "Farida Testfall"
    typed[0] = " mz-2026-0042 "
    assert tab.anonymise() is not None
    _wait(unlocked_ctx, qtbot, lambda: "Farida" not in clients.get_client(
        unlocked_ctx.vault.conn, cid).display_name)


def test_case_tab_hand_over_shows_the_one_time_passphrase(unlocked_ctx, qtbot, client_case,
                                                          tmp_path, monkeypatch):
    from mfd_desktop.domain.dataprotection import case_transfer
    from mfd_desktop.security.kdf import KdfParams

    real = case_transfer.export_case
    monkeypatch.setattr(case_transfer, "export_case",
                        lambda conn, cid, out: real(conn, cid, out, kdf_params=KdfParams(
                            memory_kib=8192, iterations=1, lanes=1), allow_below_floor=True))
    cid, _consent, _ref = client_case
    shown = []
    tab = DataProtectionTab(unlocked_ctx, cid, choose_file=lambda: str(tmp_path / "f.mfdcase"),
                            show_passphrase=lambda _t, p: shown.append(p))
    qtbot.addWidget(tab)
    dialog = tab.hand_over()
    assert dialog.passphrase_radio.isChecked()  # the one-time password stays the default
    dialog.accept()
    _wait(unlocked_ctx, qtbot, lambda: shown)
    assert len(case_transfer.normalise_passphrase(shown[0])) == 20
    assert (tmp_path / "f.mfdcase").exists()


def test_restore_offer_after_a_damaged_vault(ctx, make_vault, data_paths, qtbot):
    vault, _ = make_vault()
    backup.run_automatic_backup(vault, today=dt.date(2026, 3, 1))
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.lock()
    raw = bytearray(data_paths.vault.read_bytes())
    raw[6000] ^= 0xFF
    data_paths.vault.write_bytes(bytes(raw))
    with pytest.raises(VaultDamagedError):
        Vault.unlock_with_passphrase(data_paths, PASSPHRASE, allow_below_floor=True)
    results = []
    assert hooks.offer_restore_after_damage(ctx, None, PASSPHRASE, ask=lambda: True,
                                            on_restored=results.append, lock_held=False)
    _wait(ctx, qtbot, lambda: results)
    assert results[0] is not None and results[0].kept_aside is not None
    Vault.unlock_with_passphrase(data_paths, PASSPHRASE, allow_below_floor=True).lock()
