"""Checklists on a case: snapshot semantics, states, progress, update to a new version."""

from __future__ import annotations

import pytest

from mfd_desktop.checklists import case_checklists as cc
from mfd_desktop.domain.casework.clients import delete_client
from mfd_desktop.errors import UserError
from mfd_desktop.messages import render
from tests.checklists.conftest import make_template


def _item(checklist, key):
    return next(i for i in checklist.items if i.key == key)


def test_assign_stores_a_snapshot_that_template_changes_do_not_alter(vault, client_id):
    template = make_template()
    checklist_id = cc.assign(vault.conn, client_id, template, "12.03.2026")
    newer = make_template(2, [("pass", "Reisepass"), ("foto", "Foto")])
    # Nothing happens to the stored checklist until someone applies an update.
    checklist = cc.get(vault.conn, checklist_id)
    assert checklist.template == template
    assert [i.label_de for i in checklist.items] == ["Pass", "Foto", "Mietvertrag"]
    assert checklist.appointment_date == "2026-03-12"
    assert newer.version == 2


def test_states_notes_due_dates_and_progress(vault, client_id):
    checklist_id = cc.assign(vault.conn, client_id, make_template())
    checklist = cc.get(vault.conn, checklist_id)
    assert str(checklist.progress.label()) == "0 von 3 erledigt (0 %)"
    cc.set_state(vault.conn, _item(checklist, "pass").id, "liegt_vor_original")
    cc.set_state(vault.conn, _item(checklist, "foto").id, "entfaellt")
    cc.set_note(vault.conn, _item(checklist, "mietvertrag").id, "Vermieter fragt nach")
    cc.set_due_date(vault.conn, _item(checklist, "mietvertrag").id, "2026-02-01")
    checklist = cc.get(vault.conn, checklist_id)
    assert checklist.progress.done == 1 and checklist.progress.relevant == 2
    assert checklist.progress.percent == 50
    assert _item(checklist, "mietvertrag").note == "Vermieter fragt nach"
    assert _item(checklist, "mietvertrag").due_date == "2026-02-01"
    summary = cc.list_for_client(vault.conn, client_id)[0]
    assert summary.progress == checklist.progress


def test_bad_state_and_date_get_german_messages(vault, client_id):
    checklist = cc.get(vault.conn, cc.assign(vault.conn, client_id, make_template()))
    with pytest.raises(UserError, match="Unbekannter Status"):
        cc.set_state(vault.conn, checklist.items[0].id, "verloren")
    with pytest.raises(UserError, match="kein gültiges Datum"):
        cc.set_due_date(vault.conn, checklist.items[0].id, "32.13.2026")
    with pytest.raises(UserError, match="nicht"):
        cc.assign(vault.conn, 999_999, make_template())


def test_update_diff_and_apply_keep_states(vault, client_id):
    checklist_id = cc.assign(vault.conn, client_id, make_template())
    checklist = cc.get(vault.conn, checklist_id)
    cc.set_state(vault.conn, _item(checklist, "pass").id, "eingereicht")
    cc.set_note(vault.conn, _item(checklist, "mietvertrag").id, "kommt per Post")
    newer = make_template(2, [("pass", "Reisepass"), ("geburtsurkunde", "Geburtsurkunde")])
    plan = cc.plan_update(vault.conn, checklist_id, newer)
    assert [c.key for c in plan.added] == ["geburtsurkunde"]
    assert [c.key for c in plan.removed] == ["foto"]  # untouched: deleted
    assert [c.key for c in plan.kept_retired] == ["mietvertrag"]  # has a note: kept
    assert [(c.key, c.what) for c in plan.changed] == [("pass", ("Bezeichnung",))]
    assert [str(line) for line in plan.describe()][0] == "Version 1 → 2"
    cc.apply_update(vault.conn, checklist_id, newer)
    after = cc.get(vault.conn, checklist_id)
    assert after.template.version == 2
    assert [(i.key, i.label_de, i.state, i.retired) for i in after.items] == [
        ("pass", "Reisepass", "eingereicht", False),
        ("geburtsurkunde", "Geburtsurkunde", "fehlt", False),
        ("mietvertrag", "Mietvertrag", "fehlt", True),
    ]
    assert _item(after, "mietvertrag").note == "kommt per Post"
    assert after.progress.relevant == 2 and after.progress.done == 1
    assert cc.plan_update(vault.conn, checklist_id, newer).is_empty


def test_older_template_cannot_replace_newer_checklist(vault, client_id):
    checklist_id = cc.assign(vault.conn, client_id, make_template(3))
    with pytest.raises(UserError, match="Version"):
        cc.plan_update(vault.conn, checklist_id, make_template(2))


def test_deleting_the_client_removes_its_checklists(vault, client_id):
    cc.assign(vault.conn, client_id, make_template())
    delete_client(vault.conn, client_id)
    assert vault.conn.execute("SELECT count(*) FROM checklist_items").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM checklists").fetchone()[0] == 0


def test_update_plan_in_english(vault, client_id):
    checklist_id = cc.assign(vault.conn, client_id, make_template())
    checklist = cc.get(vault.conn, checklist_id)
    cc.set_note(vault.conn, _item(checklist, "mietvertrag").id, "kommt per Post")
    newer = make_template(2, [("pass", "Reisepass"), ("geburtsurkunde", "Geburtsurkunde")])
    plan = cc.plan_update(vault.conn, checklist_id, newer)
    assert [render(line, "en") for line in plan.describe()] == [
        "Version 1 → 2",
        "+ new: Geburtsurkunde (en)",
        "− dropped: Foto (en)",
        "− no longer in the template, kept because of entries: Mietvertrag (en)",
        "~ changed (label): Reisepass (en)",
    ]
    with pytest.raises(UserError) as info:
        cc.plan_update(vault.conn, checklist_id, make_template(2, key="andere"))
    assert info.value.render("en") == "The new template belongs to a different checklist."
    assert [str(line) for line in plan.describe()][1] == "+ neu: Geburtsurkunde"
