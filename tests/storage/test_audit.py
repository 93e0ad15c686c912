"""The audit log: ids only, append-only, and a hash chain that shows any change."""

from __future__ import annotations

import pytest

from mfd_desktop.messages import render
from mfd_desktop.storage import audit
from mfd_desktop.storage.connection import DatabaseError


def _fill(conn, n=5):
    for i in range(n):
        audit.append(conn, "client.restricted", record_type="client", record_id=100 + i)


def test_entries_are_chained_and_verify(vault):
    _fill(vault.conn)
    report = audit.verify(vault.conn)
    assert report.ok, report.problems
    assert report.entries == 5
    rows = audit.entries(vault.conn, newest_first=False)
    assert [e.seq for e in rows] == [1, 2, 3, 4, 5]
    assert rows[0].prev_hash == audit.GENESIS_HASH
    for before, after in zip(rows, rows[1:], strict=False):
        assert after.prev_hash == before.entry_hash
    assert rows[0].actor == audit.DEFAULT_ACTOR
    assert render(rows[0].label(), "de") == "Verarbeitung eingeschränkt"
    assert render(rows[0].label(), "en") == "Processing restricted"


def test_actor_is_the_profile_name(vault):
    vault.conn.execute("INSERT INTO vault_meta(key, value) VALUES ('profile_name', 'Beratung Mainz 2')")
    audit.append(vault.conn, "backup.created")
    assert audit.entries(vault.conn)[0].actor == "Beratung Mainz 2"


def test_update_and_delete_are_refused_by_the_database(vault):
    _fill(vault.conn, 2)
    with pytest.raises(DatabaseError, match="append-only"):
        vault.conn.execute("UPDATE audit_log SET record_id = '999' WHERE seq = 1")
    with pytest.raises(DatabaseError, match="append-only"):
        vault.conn.execute("DELETE FROM audit_log WHERE seq = 2")


def _drop_triggers(conn):
    conn.execute("DROP TRIGGER audit_log_append_only_update")
    conn.execute("DROP TRIGGER audit_log_append_only_delete")


@pytest.mark.parametrize("tamper, expected", [
    ("UPDATE audit_log SET record_id = '999' WHERE seq = 3", "Eintrag 3: wurde verändert."),
    ("UPDATE audit_log SET action = 'backup.created' WHERE seq = 1", "Eintrag 1: wurde verändert."),
    ("DELETE FROM audit_log WHERE seq = 2", "Einträge 2 bis 2 fehlen."),
    ("DELETE FROM audit_log WHERE seq = 5", "Die letzten Einträge (ab 5) fehlen."),
])
def test_a_changed_or_removed_entry_shows(vault, tamper, expected):
    _fill(vault.conn)
    _drop_triggers(vault.conn)  # what someone with a SQL tool and the key could do
    vault.conn.execute(tamper)
    report = audit.verify(vault.conn)
    assert not report.ok
    assert expected in report.problems


def test_a_rewritten_entry_with_fresh_hash_breaks_the_next_link(vault):
    _fill(vault.conn)
    _drop_triggers(vault.conn)
    e = audit.entries(vault.conn, newest_first=False)[2]
    forged = audit.entry_hash(e.prev_hash, e.seq, e.at, e.actor, e.action, e.record_type, "1")
    vault.conn.execute("UPDATE audit_log SET record_id = '1', entry_hash = ? WHERE seq = 3", (forged,))
    report = audit.verify(vault.conn)
    assert "Eintrag 4: passt nicht zum vorigen Eintrag." in report.problems


@pytest.mark.parametrize("kwargs", [
    {"action": "Frau Müller angesehen"},
    {"action": "client.deleted", "record_id": "Müller, Aylin"},
    {"action": "client.deleted", "record_type": "Klient mit Namen"},
])
def test_content_cannot_be_logged(vault, kwargs):
    action = kwargs.pop("action")
    with pytest.raises(ValueError):
        audit.append(vault.conn, action, **kwargs)
    assert audit.count(vault.conn) == 0


def test_entry_rolls_back_with_the_change_it_records(vault):
    from mfd_desktop.storage.transaction import transaction

    with pytest.raises(RuntimeError), transaction(vault.conn):
        audit.append(vault.conn, "client.deleted", record_type="client", record_id=1)
        raise RuntimeError("the deletion failed")
    assert audit.count(vault.conn) == 0
    assert audit.verify(vault.conn).ok


def test_log_survives_lock_and_unlock(vault, unlock):
    _fill(vault.conn, 3)
    vault.lock()
    again = unlock()
    try:
        assert audit.verify(again.conn).entries == 3
    finally:
        again.lock()
