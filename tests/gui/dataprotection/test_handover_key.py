"""Handing a case over to a colleague's handover key in the app: show and copy one's own
key, seal a case to the colleague's key through the dialog, take it over in the
colleague's vault without a passphrase, and the German messages for a malformed key and
a file meant for another vault. Real SQLCipher vaults on both sides."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from mfd_desktop.domain.casework import clients, consultations
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.dataprotection import transfer_import
from mfd_desktop.gui.dataprotection.case_tab import DataProtectionTab
from mfd_desktop.gui.dataprotection.handover_key import HandoverKeyDialog
from mfd_desktop.paths import DataPaths
from mfd_desktop.storage import audit
from tests.conftest import FAST_KDF


@pytest.fixture
def colleague_ctx(qapp, make_vault, tmp_path):
    """A second app context on the colleague's own vault (the receiving side)."""
    paths = DataPaths(tmp_path / "kollegin", tmp_path / "kollegin" / "logs")
    vault, _ = make_vault(paths=paths)
    context = AppContext(paths)
    context.allow_below_floor = True
    context.kdf_params = FAST_KDF
    context.set_unlocked(vault)
    yield context
    context.tasks.wait_for_all(10_000)
    qapp.processEvents()
    context.lock()
    context.deleteLater()


@pytest.fixture
def sender_case(unlocked_ctx):
    conn = unlocked_ctx.vault.conn
    cid = clients.create_client(conn, Client(case_number="KO-2026-0007", name="Leyla Übergabe"))
    consultations.add_consultation(conn, consultations.Consultation(
        cid, held_on="2026-10-02", note="Geht an die Beratungsstelle in Koblenz"))
    return cid


def _shown_key(ctx, qtbot) -> HandoverKeyDialog:
    dialog = HandoverKeyDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.key_shown, timeout=20_000)
    return dialog


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_my_handover_key_is_shown_with_its_fingerprint_and_copied(colleague_ctx, unlocked_ctx,
                                                                  qtbot):
    dialog = _shown_key(colleague_ctx, qtbot)
    assert dialog.windowTitle() == "Mein Übergabe-Schlüssel"
    key = dialog.key_edit.text()
    assert key.startswith("mfdpk2:") and dialog.key_edit.isReadOnly()
    # the same key every time: it lives in the vault
    assert case_transfer.my_public_key(colleague_ctx.vault.conn) == (key, dialog.fingerprint.text())
    assert dialog.fingerprint.text() == case_transfer.key_fingerprint(key)
    assert "nicht geheim" in dialog.intro.text()
    assert "Telefon" in dialog.compare_hint.text()
    assert dialog.copy_button.text() == "Schlüssel &kopieren"
    # the counsellor sees the fingerprint in groups, never the raw "mfdpk2:…" text
    assert dialog.key_edit.isHidden()
    assert all("mfdpk" not in label.text() for label in dialog.findChildren(QLabel))
    assert len(dialog.fingerprint.text().split()) == 4
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key
    assert "Zwischenablage" in dialog.status.text()


def test_a_case_sealed_to_the_colleagues_key_is_taken_over_without_a_passphrase(
        unlocked_ctx, colleague_ctx, sender_case, qtbot, tmp_path, monkeypatch):
    key = _shown_key(colleague_ctx, qtbot).public_key
    fingerprint = case_transfer.key_fingerprint(key)
    target = tmp_path / "fall.mfdcase"
    chosen, passphrases = [], []

    def choose_file():
        chosen.append(True)
        return str(target)

    tab = DataProtectionTab(unlocked_ctx, sender_case, choose_file=choose_file,
                            show_passphrase=lambda _t, p: passphrases.append(p))
    qtbot.addWidget(tab)
    dialog = tab.hand_over()
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.passphrase_radio.isChecked()
    assert dialog.key_radio.text() == "An den Übergabe-&Schlüssel einer Kollegin / eines Kollegen"
    qtbot.mouseClick(dialog.key_radio, Qt.MouseButton.LeftButton)
    assert dialog.key_edit.isEnabled()
    # pasted from an e-mail: wrapped over two lines
    dialog.key_edit.setPlainText(key[:25] + "\n  " + key[25:] + "\n")
    assert fingerprint in dialog.fingerprint.text()

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)  # fingerprint not compared yet
    assert "Fingerabdruck am Telefon" in dialog.message.text()
    assert dialog.isVisible() and not chosen and not target.exists()

    dialog.confirm.setChecked(True)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    unlocked_ctx.tasks.wait_for_all(20_000)
    qtbot.waitUntil(lambda: "verschlossen" in tab.status.text(), timeout=20_000)
    assert not dialog.isVisible() and chosen == [True]
    assert fingerprint in tab.status.text()
    assert passphrases == []  # no one-time password for a sealed file
    assert case_transfer.transfer_mode(target) == "x25519"
    assert b"Leyla" not in target.read_bytes()

    # the colleague takes it over through Datei › Fall übernehmen… — no passphrase asked
    monkeypatch.setattr(transfer_import, "ask_passphrase",
                        lambda _p: pytest.fail("asked for a passphrase"))
    shown, opened, imported = [], [], []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    colleague_ctx.open_case.connect(opened.append)
    senders = []

    def compare_and_confirm(sender_dialog):  # the sender is new: compared by phone, ticked
        senders.append((sender_dialog.profile.text(), sender_dialog.fingerprint.text()))
        sender_dialog.confirm.setChecked(True)
        qtbot.mouseClick(_ok(sender_dialog), Qt.MouseButton.LeftButton)
        return sender_dialog.result()

    monkeypatch.setattr(transfer_import.SenderDialog, "exec", compare_and_confirm)
    assert transfer_import.import_handover(colleague_ctx, path=target,
                                           on_imported=imported.append)
    qtbot.waitUntil(lambda: bool(imported), timeout=20_000)
    assert senders == [("Standardprofil", case_transfer.own_fingerprint(unlocked_ctx.vault.conn))]
    arrived = clients.get_client(colleague_ctx.vault.conn, imported[0].client_id)
    assert arrived.name == "Leyla Übergabe" and arrived.case_number == "KO-2026-0007"
    assert opened == [arrived.id] and "KO-2026-0007" in shown[0]
    notes = [c.note for c in consultations.list_consultations(colleague_ctx.vault.conn, arrived.id)]
    assert notes == ["Geht an die Beratungsstelle in Koblenz"]
    assert [e.action for e in audit.entries(colleague_ctx.vault.conn)][0] == "case.transfer_imported"
    # the case stays with the sender until deleted there
    assert clients.get_client(unlocked_ctx.vault.conn, sender_case).name == "Leyla Übergabe"


def test_a_file_sealed_to_another_vault_gets_a_german_message(
        unlocked_ctx, colleague_ctx, sender_case, make_vault, tmp_path, qtbot, monkeypatch):
    key, colleague_fp = case_transfer.my_public_key(colleague_ctx.vault.conn)
    path = case_transfer.export_case(unlocked_ctx.vault.conn, sender_case,
                                     tmp_path / "f.mfdcase", recipient_key=key).path
    # a third vault that has a handover key of its own
    third_paths = DataPaths(tmp_path / "dritte", tmp_path / "dritte" / "logs")
    third_vault, _ = make_vault(paths=third_paths)
    case_transfer.my_public_key(third_vault.conn)
    third = AppContext(third_paths)
    third.set_unlocked(third_vault)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(transfer_import, "ask_passphrase",
                        lambda _p: pytest.fail("asked for a passphrase"))
    try:
        assert not transfer_import.import_handover(third, path=path)
        assert warnings == [
            f"Diese Übergabedatei ist für den Übergabe-Schlüssel mit dem Fingerabdruck "
            f"{colleague_fp} bestimmt, nicht für Ihren. Bitten Sie Ihre Kollegin / Ihren "
            f"Kollegen, den Fall noch einmal zu übergeben: an Ihren Schlüssel (Datei › Mein "
            f"Übergabe-Schlüssel…) oder mit Einmal-Kennwort."]
        assert clients.count_clients(third_vault.conn) == 0

        # the sender's own vault (no handover key of its own yet) is told the same
        assert not transfer_import.import_handover(unlocked_ctx, path=path)
        assert len(warnings) == 2 and colleague_fp in warnings[1]
        assert clients.count_clients(unlocked_ctx.vault.conn) == 1
    finally:
        third.tasks.wait_for_all(10_000)
        third.lock()


def test_a_changed_recipient_in_the_file_is_still_refused_by_the_worker(
        unlocked_ctx, colleague_ctx, sender_case, tmp_path, qtbot, monkeypatch):
    """Someone edits the header to name this vault: the signature fails, the German
    message of the storage layer is shown and nothing is imported."""
    key, colleague_fp = case_transfer.my_public_key(colleague_ctx.vault.conn)
    path = case_transfer.export_case(unlocked_ctx.vault.conn, sender_case,
                                     tmp_path / "f.mfdcase", recipient_key=key).path
    _own_key, own_fp = case_transfer.my_public_key(unlocked_ctx.vault.conn)
    raw = path.read_bytes()
    path.write_bytes(raw.replace(colleague_fp.encode(), own_fp.encode()))
    assert case_transfer.sealed_for(path) == own_fp
    failures = []
    monkeypatch.setattr(transfer_import, "show_failure", lambda f, _p: failures.append(f))
    assert transfer_import.import_handover(unlocked_ctx, path=path)
    qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
    assert "verändert" in failures[0].message  # the signature no longer fits
    assert clients.count_clients(unlocked_ctx.vault.conn) == 1


@pytest.mark.parametrize(("pasted", "expected"), [
    ("Hallo, hier ist mein Schlüssel", "kein Übergabe-Schlüssel von MFD Desktop"),
    ("mfdpk1:q2Vx0b8", "unvollständig oder falsch abgeschrieben"),
])
def test_a_malformed_key_gets_a_german_message_and_nothing_is_written(
        unlocked_ctx, sender_case, qtbot, tmp_path, pasted, expected):
    chosen = []
    tab = DataProtectionTab(unlocked_ctx, sender_case,
                            choose_file=lambda: chosen.append(True) or str(tmp_path / "x"))
    qtbot.addWidget(tab)
    before = audit.count(unlocked_ctx.vault.conn)
    dialog = tab.hand_over()
    qtbot.addWidget(dialog)
    dialog.key_radio.setChecked(True)
    dialog.key_edit.setPlainText(pasted)
    assert expected in dialog.key_error.text()  # under the field, at once
    assert not _ok(dialog).isEnabled()
    dialog.confirm.setChecked(True)
    dialog.accept()  # even when accepted from code
    assert expected in dialog.message.text()
    assert dialog.isVisible() and not chosen
    assert not (tmp_path / "x").exists()
    assert audit.count(unlocked_ctx.vault.conn) == before  # no export was recorded


def test_ones_own_key_is_refused(unlocked_ctx, sender_case, qtbot, tmp_path):
    own, _fp = case_transfer.my_public_key(unlocked_ctx.vault.conn)
    chosen = []
    tab = DataProtectionTab(unlocked_ctx, sender_case,
                            choose_file=lambda: chosen.append(True) or str(tmp_path / "x"))
    qtbot.addWidget(tab)
    dialog = tab.hand_over()
    qtbot.addWidget(dialog)
    dialog.key_radio.setChecked(True)
    dialog.key_edit.setPlainText(own)
    assert "Ihr eigener Übergabe-Schlüssel" in dialog.key_error.text()
    assert not _ok(dialog).isEnabled()
    dialog.confirm.setChecked(True)
    dialog.accept()
    assert "Ihr eigener Übergabe-Schlüssel" in dialog.message.text()
    assert not chosen


def test_changing_the_key_asks_for_the_fingerprint_again(unlocked_ctx, colleague_ctx,
                                                         sender_case, qtbot):
    key, _fp = case_transfer.my_public_key(colleague_ctx.vault.conn)
    tab = DataProtectionTab(unlocked_ctx, sender_case, choose_file=lambda: "")
    qtbot.addWidget(tab)
    dialog = tab.hand_over()
    qtbot.addWidget(dialog)
    dialog.key_radio.setChecked(True)
    dialog.key_edit.setPlainText(key)
    dialog.confirm.setChecked(True)
    dialog.key_edit.setPlainText(key[:-1] + ("A" if key[-1] != "A" else "B"))
    assert not dialog.confirm.isChecked()


def test_the_file_menu_offers_my_handover_key_while_unlocked(unlocked_ctx, qtbot, monkeypatch):
    from mfd_desktop.gui.main_window import MainWindow

    window = MainWindow(unlocked_ctx, watch_session=False)
    qtbot.addWidget(window)
    window.show()
    action = window.handover_key_action
    assert action in window.file_menu.actions()
    assert action.text() == "&Mein Übergabe-Schlüssel…" and action.isEnabled()
    opened = []
    monkeypatch.setattr(HandoverKeyDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    action.trigger()
    assert len(opened) == 1
    qtbot.waitUntil(lambda: opened[0].key_shown, timeout=20_000)
    opened[0].deleteLater()
    unlocked_ctx.lock()
    assert not action.isEnabled()


def test_locking_closes_the_handover_dialog(unlocked_ctx, sender_case, qtbot):
    chosen = []
    tab = DataProtectionTab(unlocked_ctx, sender_case, choose_file=lambda: chosen.append(1) or "")
    qtbot.addWidget(tab)
    dialog = tab.hand_over()
    qtbot.addWidget(dialog)
    unlocked_ctx.lock()
    assert not dialog.isVisible() and not chosen
