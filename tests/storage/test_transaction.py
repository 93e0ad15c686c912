import pytest

from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.dataprotection import data_subject_rights
from mfd_desktop.errors import UserError
from mfd_desktop.storage.transaction import transaction


def test_commit_and_rollback(vault):
    conn = vault.conn
    with transaction(conn):
        conn.execute("INSERT INTO settings(key, value_json) VALUES ('a', '1')")
    with pytest.raises(ZeroDivisionError), transaction(conn):
        conn.execute("INSERT INTO settings(key, value_json) VALUES ('b', '1')")
        raise ZeroDivisionError
    assert [r[0] for r in conn.execute("SELECT key FROM settings ORDER BY key")] == ["a"]
    assert not conn.in_transaction


def test_a_write_to_a_restricted_case_is_a_german_message_and_changes_nothing(vault):
    conn = vault.conn
    client_id = clients.create_client(conn, clients.Client(name="Olena Melnyk"))
    data_subject_rights.restrict(conn, client_id)
    changed = clients.get_client(conn, client_id)
    changed.name = "Olena Melnyk-Schmidt"
    with pytest.raises(UserError, match=r"eingeschränkt \(Art\. 18 DSGVO\)"):
        clients.update_client(conn, client_id, changed)
    assert clients.get_client(conn, client_id).name == "Olena Melnyk"
    assert not conn.in_transaction


def test_other_database_errors_stay_bugs(vault):
    with pytest.raises(Exception) as info, transaction(vault.conn):
        vault.conn.execute("INSERT INTO no_such_table VALUES (1)")
    assert not isinstance(info.value, UserError)
