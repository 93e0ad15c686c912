"""Alembic 0001 → 0002 on a real SQLite file with data in it."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import create_engine, text

from mfd_server.db import alembic_config, upgrade
from tests.server.support import CLOSED_PERIOD, make_payload, put

A, B, C, D = ("a" * 32, "b" * 32, "c" * 32, "d" * 32)
ONLY, SHARED, MULTI1, MULTI2 = ("1" * 32, "2" * 32, "3" * 32, "4" * 32)


def test_upgrade_from_0001_binds_unambiguous_identities_and_ends_old_sessions(
        tmp_path, server_factory):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    command.upgrade(alembic_config(url), "0001")
    now = dt.datetime(2025, 5, 1, tzinfo=dt.UTC)
    later = now + dt.timedelta(days=3650)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO sites (id, created_at) VALUES ('S', :t)"), {"t": now})
        for dev in (A, B, C, D):
            conn.execute(text("INSERT INTO devices (id, site_id, token_hash, created_at) "
                              "VALUES (:d, 'S', 'x', :t)"), {"d": dev, "t": now})
        # A alone under ONLY; B and C both under SHARED; D under two identities
        for i, (sender, identity, period) in enumerate([
                (A, ONLY, "2025-Q1"), (B, SHARED, "2025-Q1"), (C, SHARED, "2025-Q2"),
                (D, MULTI1, "2025-Q1"), (D, MULTI2, "2025-Q1")]):
            conn.execute(text(
                "INSERT INTO reports (id, device_id, sender_id, site_id, period, period_kind, "
                "revision, suppression_k, payload_sha256, payload_json, received_at) VALUES "
                "(:i, :dev, :s, 'S', :p, 'quarter', 1, 5, 'h', '{}', :t)"),
                {"i": i + 1, "dev": identity, "s": sender, "p": period, "t": now})
            conn.execute(text("INSERT INTO report_cells (report_id, measure, dimension, "
                              "category, value, suppressed) VALUES (:i, 'clients', 'total', "
                              "'total', 12, 0)"), {"i": i + 1})
        # what an older server let through: free text, a need of 6, a huge value
        for category, dimension, value in [("anna_mueller_geb_1985_syrien_asyl", "region", 5),
                                           ("behinderung", "special_need", 6),
                                           ("westbalkan", "region", 2**62)]:
            conn.execute(text("INSERT INTO report_cells (report_id, measure, dimension, "
                              "category, value, suppressed) VALUES (1, 'clients', :d, :c, "
                              ":v, 0)"), {"d": dimension, "c": category, "v": value})
        conn.execute(text("INSERT INTO admins (id, username, password_hash, created_at) "
                          "VALUES (1, 'lea', 'argon2id$1$1$1$AA==$AA==', :t)"), {"t": now})
        conn.execute(text("INSERT INTO admin_sessions (id_hash, admin_id, csrf_token, "
                          "created_at, expires_at) VALUES ('s', 1, 'c', :t, :e)"),
                     {"t": now, "e": later})
    engine.dispose()

    command.upgrade(alembic_config(url), "0002")

    engine = create_engine(url)
    with engine.connect() as conn:
        bound = dict(conn.execute(text("SELECT id, stats_identity FROM devices")).all())
        assert bound == {A: ONLY, B: None, C: None, D: None}
        assert conn.execute(text("SELECT password_tag FROM admin_sessions")).scalar() is None
        rest = conn.execute(text("SELECT dimension, category, value, suppressed FROM "
                                 "report_cells WHERE dimension != 'total'")).all()
        assert rest == [("special_need", "behinderung", None, 1)]
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0002"
    engine.dispose()

    # the upgraded file serves: bound, unbound and new devices behave as documented
    live = server_factory(url)
    fresh = live.enroll("S")
    r = put(live, fresh, make_payload(fresh) | {"site_id": "S", "device_id": SHARED})
    assert r.status_code == 403 and r.json()["code"] == "identity_taken"
    assert put(live, fresh, make_payload(fresh) | {"site_id": "S"}).status_code == 200
    code, out = live.cli("export", "--period", CLOSED_PERIOD)
    assert code == 0


def test_downgrade_and_upgrade_again(tmp_path):
    url = f"sqlite:///{tmp_path / 'db.db'}"
    upgrade(url)
    command.downgrade(alembic_config(url), "0001")
    upgrade(url)
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0003"
    engine.dispose()


def test_upgrade_to_0003_makes_existing_admins_umbrella_admins(tmp_path, server_factory):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    command.upgrade(alembic_config(url), "0002")
    engine = create_engine(url)
    with engine.begin() as conn:
        for i, name in enumerate(("lea", "tom"), 1):
            conn.execute(text("INSERT INTO admins (id, username, password_hash, created_at) "
                              "VALUES (:i, :n, 'argon2id$1$1$1$AA==$AA==', :t)"),
                         {"i": i, "n": name, "t": dt.datetime(2025, 5, 1, tzinfo=dt.UTC)})
    engine.dispose()
    upgrade(url)
    engine = create_engine(url)
    with engine.connect() as conn:
        roles = conn.execute(text("SELECT username, role, traeger FROM admins "
                                  "ORDER BY username")).all()
        assert roles == [("lea", "umbrella_admin", None), ("tom", "umbrella_admin", None)]
        for table in ("site_profiles", "admin_sites", "approvals", "approved_reports",
                      "approved_cells"):
            assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    engine.dispose()
    command.downgrade(alembic_config(url), "0002")
    engine = create_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM admins")).scalar() == 2
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0002"
    engine.dispose()
