"""`mfd backup …` and `mfd audit verify` as administrators call them: stdin, exit codes."""

from __future__ import annotations

from mfd_desktop.paths import DataPaths
from mfd_desktop.storage import audit
from mfd_desktop.storage.vault import Vault
from tests.cli.helpers import init_vault, run_mfd

PW = "Rhein Mosel Nahe Lahn Saar"


def _paths(root) -> DataPaths:
    return DataPaths(root=root, log_dir=root / "logs")


def test_create_verify_restore_replace(tmp_path):
    data = tmp_path / "data"
    rkey = init_vault(data, PW)
    out = tmp_path / "stick" / "sicherung.mfdbak"
    out.parent.mkdir()

    created = run_mfd("backup", "create", "--out", str(out), "--data-dir", str(data),
                      "--passphrase-stdin", stdin=PW + "\n")
    assert created.code == 0, created.err
    assert created.out.strip() == str(out)
    assert "Sicherung erstellt" in created.err

    ok = run_mfd("backup", "verify", str(out), "--passphrase-stdin", stdin=PW + "\n")
    assert ok.code == 0, ok.err
    assert "Sicherung in Ordnung" in ok.out
    by_key = run_mfd("backup", "verify", str(out), "--recovery-key-stdin", stdin=rkey + "\n")
    assert by_key.code == 0, by_key.err

    target = tmp_path / "neu"
    restored = run_mfd("backup", "restore", str(out), "--data-dir", str(target),
                       "--recovery-key-stdin", stdin=rkey + "\n")
    assert restored.code == 0, restored.err
    Vault.unlock_with_passphrase(_paths(target), PW).lock()

    refused = run_mfd("backup", "restore", str(out), "--data-dir", str(data),
                      "--passphrase-stdin", stdin=PW + "\n")
    assert refused.code == 1
    assert "nicht überschrieben" in refused.err and "Traceback" not in refused.err

    replaced = run_mfd("backup", "restore", str(out), "--data-dir", str(data), "--replace",
                       "--passphrase-stdin", stdin=PW + "\n")
    assert replaced.code == 0, replaced.err
    aside = [p for p in data.iterdir() if p.name.startswith("ersetzt-")]
    assert len(aside) == 1 and (aside[0] / "vault.db").exists()
    assert "beiseite" in replaced.err or "unverändert" in replaced.err


def test_wrong_passphrase_is_3_and_damage_is_4(tmp_path):
    data = tmp_path / "data"
    init_vault(data, PW)
    out = tmp_path / "b.mfdbak"
    assert run_mfd("backup", "create", "--out", str(out), "--data-dir", str(data),
                   "--passphrase-stdin", stdin=PW + "\n").code == 0
    wrong = run_mfd("backup", "verify", str(out), "--passphrase-stdin", stdin="falsch falsch\n")
    assert wrong.code == 3
    assert "Passphrase ist falsch" in wrong.err
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0x10
    out.write_bytes(bytes(raw))
    damaged = run_mfd("backup", "verify", str(out), "--passphrase-stdin", stdin=PW + "\n")
    assert damaged.code == 4
    assert "beschädigt" in damaged.err and "Traceback" not in damaged.err
    missing = run_mfd("backup", "verify", str(tmp_path / "gibtsnicht.mfdbak"),
                      "--passphrase-stdin", stdin=PW + "\n")
    assert missing.code == 1


def test_audit_verify_detects_tampering(tmp_path):
    data = tmp_path / "data"
    init_vault(data, PW)
    vault = Vault.unlock_with_passphrase(_paths(data), PW)
    try:
        for i in range(3):
            audit.append(vault.conn, "client.restricted", record_type="client", record_id=i)
    finally:
        vault.lock()
    ok = run_mfd("audit", "verify", "--data-dir", str(data), "--passphrase-stdin", stdin=PW + "\n")
    assert ok.code == 0, ok.err
    assert "3 Einträge" in ok.out
    listed = run_mfd("audit", "list", "--data-dir", str(data), "--passphrase-stdin",
                     stdin=PW + "\n")
    assert listed.code == 0 and "Verarbeitung eingeschränkt" in listed.out

    vault = Vault.unlock_with_passphrase(_paths(data), PW)
    try:
        vault.conn.execute("DROP TRIGGER audit_log_append_only_update")
        vault.conn.execute("UPDATE audit_log SET record_id = '7' WHERE seq = 2")
    finally:
        vault.lock()
    bad = run_mfd("audit", "verify", "--data-dir", str(data), "--passphrase-stdin", stdin=PW + "\n")
    assert bad.code == 4
    assert "Eintrag 2: wurde verändert." in bad.out
