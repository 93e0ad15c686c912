"""Taking over a handed-over case in the app: real transfer files from second vaults, the
sender dialog (profile name, fingerprint, what vouches for the file) shown before
anything is imported, a new sender confirmed once, forged files refused."""

from __future__ import annotations

import zlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from mfd_desktop.domain.casework import clients, consultations
from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.gui.dataprotection import transfer_import
from mfd_desktop.gui.dataprotection.transfer_import import SenderDialog
from mfd_desktop.paths import DataPaths
from mfd_desktop.storage.profiles import set_profile_name
from tests.conftest import FAST_KDF
from tests.storage.test_transfer_authenticity import case_json, forge


@pytest.fixture
def colleague(make_vault, tmp_path):
    vault, _ = make_vault(paths=DataPaths(tmp_path / "kollegin", tmp_path / "kollegin" / "logs"))
    set_profile_name(vault, "Anna Koblenz")
    return vault


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


class SenderDialogs:
    """Stands in for the modal `exec()`: records what each dialog showed, then clicks OK
    (after ticking the box when `tick`)."""

    def __init__(self, qtbot, *, tick: bool):
        self.qtbot, self.tick, self.seen = qtbot, tick, []

    def __call__(self, dialog: SenderDialog) -> int:
        self.seen.append({"intro": dialog.intro.text(), "profile": dialog.profile.text(),
                          "fingerprint": dialog.fingerprint.text(),
                          "status": dialog.status.text(),
                          "checkbox": not dialog.confirm.isHidden()})
        if self.tick:
            dialog.confirm.setChecked(True)
        self.qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        self.seen[-1]["message"] = dialog.message.text()
        return dialog.result()


def test_a_passphrase_handover_shows_its_sender_then_arrives(unlocked_ctx, colleague, tmp_path,
                                                              qtbot, monkeypatch):
    cid = clients.create_client(colleague.conn, clients.Client(name="Semhar Berhane"))
    consultations.add_consultation(colleague.conn, consultations.Consultation(
        cid, held_on="2026-10-01", note="Übergabe an die Kollegin in Trier"))
    export = case_transfer.export_case(colleague.conn, cid, tmp_path / "fall.mfdcase",
                                       kdf_params=FAST_KDF, allow_below_floor=True)
    unlocked_ctx.allow_below_floor = True  # the test file uses fast KDF parameters
    dialogs = SenderDialogs(qtbot, tick=False)
    monkeypatch.setattr(SenderDialog, "exec", lambda d: dialogs(d))
    shown, opened, imported = [], [], []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    unlocked_ctx.open_case.connect(opened.append)
    assert transfer_import.import_handover(unlocked_ctx, path=export.path,
                                           passphrase=export.passphrase,
                                           on_imported=imported.append)
    qtbot.waitUntil(lambda: bool(imported), timeout=20000)
    [seen] = dialogs.seen
    assert seen["profile"] == "Anna Koblenz" and not seen["checkbox"]
    assert seen["fingerprint"] == case_transfer.my_public_key(colleague.conn)[1]
    assert "Einmal-Kennwort" in seen["status"] and "Telefon" in seen["status"]
    assert export.case_number in seen["intro"]
    new_id = imported[0].client_id
    assert clients.get_client(unlocked_ctx.vault.conn, new_id).name == "Semhar Berhane"
    assert opened == [new_id] and export.case_number in shown[0]


def test_a_wrong_passphrase_shows_a_german_message_and_imports_nothing(
        unlocked_ctx, colleague, tmp_path, qtbot, monkeypatch):
    cid = clients.create_client(colleague.conn, clients.Client(name="Abdi Warsame"))
    export = case_transfer.export_case(colleague.conn, cid, tmp_path / "f.mfdcase",
                                       kdf_params=FAST_KDF, allow_below_floor=True)
    unlocked_ctx.allow_below_floor = True
    monkeypatch.setattr(SenderDialog, "exec", lambda _d: pytest.fail("sender shown"))
    failures = []
    monkeypatch.setattr(transfer_import, "show_failure", lambda f, _p: failures.append(f))
    before = clients.count_clients(unlocked_ctx.vault.conn)
    assert transfer_import.import_handover(unlocked_ctx, path=export.path,
                                           passphrase="falsch falsch falsch")
    qtbot.waitUntil(lambda: bool(failures), timeout=20000)
    assert "Einmal-Kennwort ist falsch" in failures[0].message
    assert clients.count_clients(unlocked_ctx.vault.conn) == before


def test_a_new_sender_is_confirmed_in_the_dialog_once_then_known(unlocked_ctx, colleague,
                                                                 tmp_path, qtbot, monkeypatch):
    conn = unlocked_ctx.vault.conn
    my_key, _ = case_transfer.my_public_key(conn)
    _their_key, their_fp = case_transfer.my_public_key(colleague.conn)
    cid = clients.create_client(colleague.conn, clients.Client(case_number="TR-2026-0005",
                                                               name="Leyla Neu"))
    path = case_transfer.export_case(colleague.conn, cid, tmp_path / "f.mfdcase",
                                     recipient_key=my_key).path
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)

    # OK without the tick: the dialog says why and stays open; nothing is imported
    hesitant = SenderDialogs(qtbot, tick=False)
    monkeypatch.setattr(SenderDialog, "exec", lambda d: hesitant(d))
    assert transfer_import.import_handover(unlocked_ctx, path=path)
    qtbot.waitUntil(lambda: bool(hesitant.seen), timeout=20000)
    unlocked_ctx.tasks.wait_for_all(20000)
    [seen] = hesitant.seen
    assert (seen["profile"], seen["fingerprint"]) == ("Anna Koblenz", their_fp)
    assert seen["checkbox"] and seen["status"].startswith("Neuer Absender")
    assert "Fingerabdruck" in seen["message"]
    assert clients.count_clients(conn) == 0 and case_transfer.known_senders(conn) == []

    confirming = SenderDialogs(qtbot, tick=True)
    monkeypatch.setattr(SenderDialog, "exec", lambda d: confirming(d))
    imported = []
    assert transfer_import.import_handover(unlocked_ctx, path=path, on_imported=imported.append)
    qtbot.waitUntil(lambda: bool(imported), timeout=20000)
    assert imported[0].case_number == "TR-2026-0005"
    assert [k.fingerprint for k in case_transfer.known_senders(conn)] == [their_fp]

    known = SenderDialogs(qtbot, tick=False)
    monkeypatch.setattr(SenderDialog, "exec", lambda d: known(d))
    again = []
    assert transfer_import.import_handover(unlocked_ctx, path=path, on_imported=again.append)
    qtbot.waitUntil(lambda: bool(again), timeout=20000)
    assert not known.seen[0]["checkbox"] and "bestätigt" in known.seen[0]["status"]
    assert again[0].renamed


def test_a_forged_file_is_refused_before_any_sender_is_shown(unlocked_ctx, colleague, tmp_path,
                                                              qtbot, monkeypatch):
    conn = unlocked_ctx.vault.conn
    my_key, _ = case_transfer.my_public_key(conn)
    their_key, _ = case_transfer.my_public_key(colleague.conn)
    # signed by a forger's key while naming the colleague as sender
    named = case_transfer._unb64url(their_key[len("mfdpk2:"):])
    forged = tmp_path / "forged.mfdcase"
    forged.write_bytes(forge(my_key, zlib.compress(case_json()), named_sender=named))
    monkeypatch.setattr(SenderDialog, "exec", lambda _d: pytest.fail("sender shown"))
    failures = []
    monkeypatch.setattr(transfer_import, "show_failure", lambda f, _p: failures.append(f))
    assert transfer_import.import_handover(unlocked_ctx, path=forged)
    qtbot.waitUntil(lambda: bool(failures), timeout=20000)
    assert "stammt nicht von dem Tresor" in failures[0].message
    assert clients.count_clients(conn) == 0


def test_a_new_sender_using_a_known_name_is_flagged(unlocked_ctx, colleague, make_vault,
                                                    tmp_path, qtbot):
    conn = unlocked_ctx.vault.conn
    my_key, _ = case_transfer.my_public_key(conn)
    _k, anna_fp = case_transfer.my_public_key(colleague.conn)
    first = case_transfer.export_case(colleague.conn, clients.create_client(
        colleague.conn, clients.Client(name="Erster Fall")), tmp_path / "1.mfdcase",
        recipient_key=my_key).path
    case_transfer.import_case(conn, first, None, confirmed_fingerprint=anna_fp)
    impostor, _ = make_vault(paths=DataPaths(tmp_path / "fremd", tmp_path / "fremd" / "logs"))
    set_profile_name(impostor, "Anna Koblenz")
    second = case_transfer.export_case(impostor.conn, clients.create_client(
        impostor.conn, clients.Client(name="Zweiter Fall")), tmp_path / "2.mfdcase",
        recipient_key=my_key).path
    dialog = SenderDialog(case_transfer.open_transfer(conn, second))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible() and anna_fp in dialog.warning.text()
    assert "anderen Fingerabdruck" in dialog.warning.text()
    assert dialog.fingerprint.text() != anna_fp and dialog.confirm.isVisible()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.confirmed_fingerprint is None
