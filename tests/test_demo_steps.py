"""The demo's populators run in one declared order (`demo.STEPS`), each after the steps
whose records it reads; a list where a step comes first is refused, and which module a
test imported first no longer changes the demo."""

from __future__ import annotations

import dataclasses
import importlib

import pytest

from mfd_desktop import demo
from mfd_desktop.domain.casework import clients, demo_case_management


def test_every_step_comes_after_what_it_needs():
    demo.check_order(demo.STEPS)
    names = [step.name for step in demo.STEPS]
    assert len(set(names)) == len(names)
    assert names[0] == "clients"
    found = demo.populators()
    assert [f"{f.__module__}:{f.__name__}" for f in found] == [s.populator for s in demo.STEPS]


@pytest.mark.parametrize("step", [s for s in demo.STEPS if s.needs], ids=lambda s: s.name)
def test_a_step_moved_before_what_it_needs_is_refused(step):
    others = [s for s in demo.STEPS if s is not step]
    with pytest.raises(ValueError, match=f"{step.name!r} needs {step.needs[0]!r}, which comes "
                                         "after it"):
        demo.populators([step, *others])


def test_a_step_needing_what_no_step_makes_is_refused():
    typo = dataclasses.replace(demo.STEPS[1], needs=("klients",))
    with pytest.raises(ValueError, match="'klients', which is not in the list"):
        demo.check_order([demo.STEPS[0], typo])


def test_importing_a_populators_module_first_changes_nothing():
    """It once did: the modules registered themselves when imported, in that order."""
    for step in reversed(demo.STEPS):
        importlib.import_module(step.populator.partition(":")[0])
    assert [f.__module__ for f in demo.populators()] == [
        s.populator.partition(":")[0] for s in demo.STEPS]


def test_what_the_needs_stand_for_holds_in_the_demo(vault):
    conn = vault.conn
    for populate in demo.populators():
        populate(conn)
    # attachments after checklists: the Bescheid is linked to a checklist item of its case
    client_id, item = conn.execute(
        "SELECT a.client_id, a.checklist_item_id FROM attachments a ORDER BY a.id LIMIT 1"
    ).fetchone()
    assert item is not None and conn.execute(
        "SELECT k.client_id FROM checklist_items i JOIN checklists k ON k.id = i.checklist_id "
        "WHERE i.id = ?", (item,)).fetchone()[0] == client_id
    # letters after attachments: kept in the case that holds the Bescheid
    assert {r[0] for r in conn.execute("SELECT client_id FROM letters")} == {client_id}
    # case management last: its client is not among those the other steps picked
    (semira,) = [c for c in clients.list_clients(conn, limit=100)
                 if c.display_name == demo_case_management.NAME]
    for table in ("deadlines", "checklists", "appointments"):
        assert conn.execute(f"SELECT COUNT(*) FROM {table} WHERE client_id = ?",
                            (semira.id,)).fetchone()[0] == 0, table
    assert semira.id == conn.execute("SELECT MAX(id) FROM clients").fetchone()[0]
