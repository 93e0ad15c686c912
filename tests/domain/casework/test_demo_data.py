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
        from mfd_desktop.domain.casework import demo_case_management

        assert clients.count_clients(vault.conn) == (demo_data.CLIENT_COUNT
                                                     + demo_case_management.CLIENTS)
        assert any(c.display_name == demo_case_management.NAME
                   for c in clients.list_clients(vault.conn, limit=100))
    finally:
        vault.lock()


def test_demo_has_a_case_management_case_with_a_plan_in_progress(vault):
    import datetime as dt

    from mfd_desktop.domain.casework import consultations, demo_case_management, history
    from mfd_desktop.domain.casework import support_plans as sp

    demo_case_management.populate(vault.conn)
    conn = vault.conn
    (cid,) = [c.id for c in clients.list_clients(conn) if c.display_name == demo_case_management.NAME]
    plan = sp.open_plan(conn, cid)
    assert plan is not None and len(plan.goals) == 2
    assert [g.outcome for g in plan.goals] == ["erreicht", None]
    assert all(s.done_on for s in plan.goals[0].steps) and len(plan.goals[1].steps) == 3
    assert [r.client_id for r in sp.due_reviews(conn, dt.date.today() + dt.timedelta(days=7))
            ] == [cid]  # Heute lists the coming review
    for kind in ("residence_status", "work_situation", "language_level"):
        assert 2 <= len(history.entries(conn, cid, kind)) <= 3, kind
    visits = consultations.list_consultations(conn, cid)
    assert {k.service for k in visits} == {"mbe", "mfd"}
    assert any(k.interpreter_id and k.interpreting_language == "ti" for k in visits)
