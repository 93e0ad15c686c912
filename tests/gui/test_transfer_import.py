"""Taking over a handed-over case in the app: a real transfer file from a second vault."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from mfd_desktop.domain import clients, consultations
from mfd_desktop.gui.dataprotection import transfer_import
from mfd_desktop.paths import DataPaths
from mfd_desktop.storage import case_transfer
from tests.conftest import FAST_KDF


def test_a_handed_over_case_arrives_and_opens(unlocked_ctx, make_vault, tmp_path, qtbot,
                                               monkeypatch):
    colleague_paths = DataPaths(tmp_path / "kollegin", tmp_path / "kollegin" / "logs")
    colleague, _ = make_vault(paths=colleague_paths)
    cid = clients.create_client(colleague.conn, clients.Client(name="Semhar Berhane"))
    consultations.add_consultation(colleague.conn, consultations.Consultation(
        cid, held_on="2026-10-01", note="Übergabe an die Kollegin in Trier"))
    export = case_transfer.export_case(colleague.conn, cid, tmp_path / "fall.mfdcase",
                                       kdf_params=FAST_KDF, allow_below_floor=True)
    # the test file was sealed with fast KDF parameters, which production refuses
    monkeypatch.setattr(case_transfer, "import_case", _import_fast)
    shown, opened, imported = [], [], []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    unlocked_ctx.open_case.connect(opened.append)
    assert transfer_import.import_handover(unlocked_ctx, path=export.path,
                                           passphrase=export.passphrase,
                                           on_imported=imported.append)
    qtbot.waitUntil(lambda: bool(imported), timeout=20000)
    new_id = imported[0].client_id
    assert clients.get_client(unlocked_ctx.vault.conn, new_id).name == "Semhar Berhane"
    case_number = clients.get_client(unlocked_ctx.vault.conn, new_id).case_number
    assert opened == [new_id] and case_number in shown[0]


_original_import = case_transfer.import_case


def _import_fast(conn, path, secret):
    return _original_import(conn, path, secret, allow_below_floor=True)


def test_a_wrong_passphrase_shows_a_german_message_and_imports_nothing(
        unlocked_ctx, make_vault, tmp_path, qtbot, monkeypatch):
    colleague_paths = DataPaths(tmp_path / "k2", tmp_path / "k2" / "logs")
    colleague, _ = make_vault(paths=colleague_paths)
    cid = clients.create_client(colleague.conn, clients.Client(name="Abdi Warsame"))
    export = case_transfer.export_case(colleague.conn, cid, tmp_path / "f.mfdcase",
                                       kdf_params=FAST_KDF, allow_below_floor=True)
    monkeypatch.setattr(case_transfer, "import_case", _import_fast)
    failures = []
    monkeypatch.setattr(transfer_import, "show_failure", lambda f, _p: failures.append(f))
    before = clients.count_clients(unlocked_ctx.vault.conn)
    assert transfer_import.import_handover(unlocked_ctx, path=export.path,
                                           passphrase="falsch falsch falsch")
    qtbot.waitUntil(lambda: bool(failures), timeout=20000)
    assert clients.count_clients(unlocked_ctx.vault.conn) == before
