from mfd_desktop.domain.casework import clients, demo_data, search


def test_demo_populator_fills_a_realistic_vault(vault):
    demo_data.populate(vault.conn)
    conn = vault.conn
    n = clients.count_clients(conn)
    assert 30 <= n <= 60
    assert conn.execute("SELECT count(*) FROM consultations").fetchone()[0] >= n
    assert conn.execute("SELECT count(*) FROM referrals").fetchone()[0] > 5
    assert conn.execute("SELECT count(*) FROM consents").fetchone()[0] > 10
    assert conn.execute("SELECT count(*) FROM clients WHERE anonymous = 1").fetchone()[0] >= 1
    assert conn.execute("SELECT count(*) FROM clients WHERE status = 'abgeschlossen'"
                        ).fetchone()[0] >= 1
    # every stored key is valid (validated by the services), names are searchable
    first = clients.list_clients(conn, limit=1)[0]
    assert first.case_number.startswith("MZ-")
    assert search.search(conn, "Bescheid").hits


def test_demo_command_registers_case_work(tmp_path):
    from mfd_desktop import demo
    from mfd_desktop.paths import DataPaths
    from mfd_desktop.storage.vault import Vault

    paths = DataPaths(root=tmp_path / "demo", log_dir=tmp_path / "demo" / "logs")
    demo.create_demo_vault(paths)
    vault = Vault.unlock_with_passphrase(paths, demo.DEMO_PASSPHRASE)
    try:
        assert clients.count_clients(vault.conn) == demo_data.CLIENT_COUNT
    finally:
        vault.lock()
