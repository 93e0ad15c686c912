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


def test_dataprotection_commands(tmp_path):
    from mfd_desktop.domain.casework import clients
    from mfd_desktop.domain.casework.clients import Client

    data = tmp_path / "data"
    init_vault(data, PW)
    vault = Vault.unlock_with_passphrase(_paths(data), PW)
    try:
        reason = next(iter(__import__("mfd_desktop.domain.reference", fromlist=["x"])
                           .get("closing_reason").keys()))
        clients.create_client(vault.conn, Client(case_number="MZ-2019-0001", name="Alt Fall",
                                                 status="abgeschlossen", closing_reason=reason,
                                                 closed_on="2019-05-01"))
        clients.create_client(vault.conn, Client(case_number="MZ-2026-0002", name="Neu Fall"))
    finally:
        vault.lock()
    base = ["--data-dir", str(data), "--passphrase-stdin"]

    listed = run_mfd("retention", "list", "--json", *base, stdin=PW + "\n")
    assert listed.code == 0, listed.err
    assert [r["case_number"] for r in __import__("json").loads(listed.out)] == ["MZ-2019-0001"]
    refused = run_mfd("retention", "delete", "MZ-2026-0002", "--yes", *base, stdin=PW + "\n")
    assert refused.code == 1 and "nicht zur Löschung fällig" in refused.err

    out = tmp_path / "auskunft"
    out.mkdir()
    exported = run_mfd("export-client", "MZ-2026-0002", "--out", str(out), *base, stdin=PW + "\n")
    assert exported.code == 0, exported.err
    assert sorted(p.suffix for p in out.iterdir()) == [".json", ".pdf"]

    handover = tmp_path / "fall.mfdcase"
    sent = run_mfd("transfer", "export", "MZ-2026-0002", "--out", str(handover), *base,
                   stdin=PW + "\n")
    assert sent.code == 0, sent.err
    one_time = sent.out.strip()
    assert len(one_time) == 24 and "telefonisch" in sent.err

    other = tmp_path / "kollegin"
    init_vault(other, PW)
    wrong = run_mfd("transfer", "import", str(handover), "--data-dir", str(other),
                    "--passphrase-stdin", "--transfer-passphrase-stdin",
                    stdin=f"{PW}\nAAAA-BBBB-CCCC-DDDD-EEEE\n")
    assert wrong.code == 3
    got = run_mfd("transfer", "import", str(handover), "--data-dir", str(other),
                  "--passphrase-stdin", "--transfer-passphrase-stdin", stdin=f"{PW}\n{one_time}\n")
    assert got.code == 0, got.err
    assert got.out.strip() == "MZ-2026-0002"

    key = run_mfd("transfer", "my-key", "--data-dir", str(other), "--passphrase-stdin",
                  stdin=PW + "\n")
    assert key.code == 0 and key.out.startswith("mfdpk2:") and "Prüfwert" in key.err
    sealed = tmp_path / "fall2.mfdcase"
    sent2 = run_mfd("transfer", "export", "MZ-2019-0001", "--out", str(sealed), "--to-key",
                    key.out.strip(), *base, stdin=PW + "\n")
    assert sent2.code == 0 and sent2.out == "", sent2.err
    got2 = run_mfd("transfer", "import", str(sealed), "--data-dir", str(other),
                   "--passphrase-stdin", "--yes", stdin=PW + "\n")  # a new sender
    assert got2.code == 0 and got2.out.strip() == "MZ-2019-0001", got2.err

    deleted = run_mfd("retention", "delete", "MZ-2019-0001", "--yes", *base, stdin=PW + "\n")
    assert deleted.code == 0 and "1 Fall" in deleted.err

    profiles = tmp_path / "geteilt"
    made = run_mfd("profiles", "create", "Anna", "--data-dir", str(profiles),
                   "--new-passphrase-stdin", "--kdf-memory-mib", "64", "--kdf-iterations", "3",
                   stdin=PW + "\n")
    assert made.code == 0, made.err
    shown = run_mfd("profiles", "list", "--data-dir", str(profiles))
    assert shown.code == 0 and shown.out.strip().endswith("\tAnna")
