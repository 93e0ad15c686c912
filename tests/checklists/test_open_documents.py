"""„Offene Unterlagen“ across clients, sorted by due date, and its Heute entries."""

from __future__ import annotations

import datetime as dt

from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.checklists import open_documents
from mfd_desktop.domain import today as today_service
from mfd_desktop.domain.casework.clients import Client, create_client
from tests.checklists.conftest import make_template


def test_open_documents_sorted_by_due_date_across_clients(vault, client_id):
    other = create_client(vault.conn, Client(case_number="MZ-2026-0002", pseudonym="Amir"))
    first = cc.get(vault.conn, cc.assign(vault.conn, client_id, make_template(), "2026-04-01"))
    second = cc.get(vault.conn, cc.assign(vault.conn, other, make_template()))
    by_key = {i.key: i for i in second.items}
    cc.set_due_date(vault.conn, by_key["foto"].id, "2026-03-01")
    cc.set_state(vault.conn, by_key["pass"].id, "liegt_vor_kopie")  # no longer open
    cc.set_state(vault.conn, first.items[0].id, "angefordert")       # still open
    rows = open_documents.list_open(vault.conn)
    assert [(r.case_number, r.label_de, r.sort_due) for r in rows] == [
        ("MZ-2026-0002", "Foto", "2026-03-01"),
        ("MZ-2026-0001", "Pass", "2026-04-01"),
        ("MZ-2026-0001", "Foto", "2026-04-01"),
        ("MZ-2026-0001", "Mietvertrag", "2026-04-01"),
        ("MZ-2026-0002", "Mietvertrag", None),  # no due date, no appointment: last
    ]
    assert str(rows[1].state_label) == "angefordert"
    assert rows[0].client_name == "Amir"
    # Moving the appointment moves the items that have no own due date.
    cc.set_appointment(vault.conn, first.id, "2026-02-15")
    assert open_documents.list_open(vault.conn)[0].label_de == "Pass"
    assert open_documents.count_open(vault.conn) == 5
    assert open_documents.count_open(vault.conn, until=dt.date(2026, 3, 1)) == 4


def test_query_uses_the_partial_index(vault):
    plan = vault.conn.execute("EXPLAIN QUERY PLAN " + open_documents._SELECT
                              + "ORDER BY i.sort_due, i.id LIMIT 10").fetchall()
    details = " ".join(str(row[-1]) for row in plan)
    assert "checklist_items_open_due" in details
    assert "TEMP B-TREE" not in details  # no sort step: the index gives the order


def test_heute_shows_due_and_overdue_documents(vault, client_id):
    checklist = cc.get(vault.conn, cc.assign(vault.conn, client_id, make_template()))
    cc.set_due_date(vault.conn, checklist.items[0].id, "2026-03-01")  # overdue on 03-05
    cc.set_due_date(vault.conn, checklist.items[1].id, "2026-03-09")  # within 7 days
    cc.set_due_date(vault.conn, checklist.items[2].id, "2026-05-01")  # too far ahead
    data = today_service.load_today(vault.conn, dt.date(2026, 3, 5))
    items = data.items("checklists")
    assert [(i.kind, i.ref_id, i.overdue) for i in items] == [
        ("checklist", checklist.items[0].id, True),
        ("checklist", checklist.items[1].id, False),
    ]
    assert items[0].client_id == client_id and items[0].case_number == "MZ-2026-0001"
    assert str(items[0].text) == "Pass"  # the document first and whole; the rest in full_text
    assert "Pass" in str(items[0].full_text) and "Probe-Antrag" in str(items[0].full_text)
