"""`mfd transfer export --with-attachments` in real processes: without the flag a case's
attachments stay behind, with it (the client agreed) they arrive in the other vault."""

from __future__ import annotations

from mfd_desktop.domain.casework import attachments, clients
from mfd_desktop.paths import DataPaths
from mfd_desktop.reports.sample_documents import bescheid_pdf
from mfd_desktop.storage.vault import Vault
from tests.cli.helpers import init_vault, run_mfd

PW = "Rhein Mosel Nahe Lahn Saar"
PDF = bescheid_pdf(["Bescheid"])


def _open(root) -> Vault:
    return Vault.unlock_with_passphrase(DataPaths(root, root / "logs"), PW, allow_below_floor=True)


def test_attachments_travel_only_with_the_flag(tmp_path):
    anna, ben, carla = tmp_path / "anna", tmp_path / "ben", tmp_path / "carla"
    for root in (anna, ben, carla):
        init_vault(root, PW)
    vault = _open(anna)
    try:
        cid = clients.create_client(vault.conn, clients.Client(case_number="AN-2026-0001",
                                                               name="Frau Anhang"))
        attachments.add(vault.conn, cid, "Bescheid.pdf", PDF)
    finally:
        vault.lock()
    for target, flags in ((ben, ()), (carla, ("--with-attachments",))):
        out = tmp_path / f"{target.name}.mfdcase"
        sent = run_mfd("transfer", "export", "AN-2026-0001", "--out", str(out), *flags,
                       "--data-dir", str(anna), "--passphrase-stdin", stdin=PW + "\n")
        assert sent.code == 0, sent.err
        got = run_mfd("transfer", "import", str(out), "--data-dir", str(target),
                      "--passphrase-stdin", "--transfer-passphrase-stdin", "--yes",
                      stdin=f"{PW}\n{sent.out.strip()}\n")
        assert got.code == 0, got.err
    for target, expected in ((ben, []), (carla, [PDF])):
        vault = _open(target)
        try:
            rows = vault.conn.execute("SELECT id FROM attachments").fetchall()
            assert [attachments.read(vault.conn, r[0]) for r in rows] == expected
        finally:
            vault.lock()
