"""`mfd enroll` and `mfd sync` as an administrator runs them: a separate process."""

from __future__ import annotations

from mfd_desktop.paths import DataPaths
from mfd_desktop.storage.vault import Vault
from tests.cli.helpers import init_vault, run_mfd
from tests.sync.conftest import outbox_rows, release_stats

PASS = "Kaffee Mainz Brücke Sonne"


def test_enroll_sync_status(tmp_path, server_factory, sqlite_url):
    live = server_factory(sqlite_url)
    data = tmp_path / "data"
    init_vault(data, PASS)
    common = ["--data-dir", str(data), "--passphrase-stdin"]

    r = run_mfd("sync", *common, stdin=PASS + "\n")
    assert r.code == 1 and "noch nicht" in r.err

    r = run_mfd("enroll", "--server", "http://stats.example.org", "--code", "X", *common,
                stdin=PASS + "\n")
    assert r.code == 1 and "http://" in r.err

    code = live.enrollment_code("Speyer-AWO")
    r = run_mfd("enroll", "--server", live.url, "--code", code, *common, stdin=PASS + "\n")
    assert r.code == 0, r.err
    assert "Speyer-AWO" in r.out
    assert "Achtung" not in r.err  # the site id was empty and is now taken from the server

    paths = DataPaths(root=data, log_dir=data / "logs")
    vault = Vault.unlock_with_passphrase(paths, PASS)
    try:
        release_stats(vault, "Speyer-AWO", "2025-Q3")
    finally:
        vault.lock()

    r = run_mfd("sync", "--status", *common, stdin=PASS + "\n")
    assert r.code == 0 and "1 Statistik(en) warten" in r.out and "Speyer-AWO" in r.out
    r = run_mfd("sync", *common, stdin=PASS + "\n")
    assert r.code == 0, r.err
    assert "1 Statistik(en) übertragen" in r.out
    r = run_mfd("sync", "--status", *common, stdin=PASS + "\n")
    assert "Nichts wartet" in r.out and "Zuletzt erfolgreich" in r.out

    vault = Vault.unlock_with_passphrase(paths, PASS)
    try:
        assert outbox_rows(vault)[0][2] == "sent"
    finally:
        vault.lock()
    code, out = live.cli("export", "--period", "2025-Q3", "--site", "Speyer-AWO")
    assert "2025-Q3;clients;total;total;12;false;0;1" in out
