"""Löschfristen: which closed cases are due, confirm, delete for real, holds, restrictions."""

from __future__ import annotations

import datetime as dt

import pytest

from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.domain.dataprotection import retention
from mfd_desktop.settings import SettingsService
from mfd_desktop.storage import audit

TODAY = dt.date(2026, 6, 15)


def _closed(conn, name, closed_on):
    return clients.create_client(conn, Client(
        name=name, status="abgeschlossen", closing_reason=_reason(), closed_on=closed_on))


def _reason():
    from mfd_desktop.domain import reference

    return next(iter(reference.get("closing_reason").keys()))


@pytest.fixture
def cases(vault):
    conn = vault.conn
    return {
        "old": _closed(conn, "Alt Abgeschlossen", "2022-01-10"),
        "exact": _closed(conn, "Genau Drei Jahre", "2023-06-15"),
        "young": _closed(conn, "Noch Jung", "2023-06-16"),
        "open": clients.create_client(conn, Client(name="Offen Seit Langem",
                                                   first_contact="2015-01-01")),
        "leap": _closed(conn, "Schaltjahr", "2020-02-29"),
    }


def test_due_cases_after_three_years_by_default(vault, cases):
    due = retention.due_for_deletion(vault.conn, today=TODAY)
    assert [d.client_id for d in due] == [cases["leap"], cases["old"], cases["exact"]]
    assert due[0].due_on == "2023-02-28"  # 29 Feb + 3 years
    assert due[2].display_name == "Genau Drei Jahre" and due[2].due_on == "2026-06-15"
    longer = retention.due_for_deletion(vault.conn, years=5, today=TODAY)
    assert [d.client_id for d in longer] == [cases["leap"]]


def test_the_period_comes_from_the_setting_and_policy_wins(vault, tmp_path):
    service = SettingsService(tmp_path / "prefs.json", lambda: vault.conn)
    assert retention.years_from_settings(service) == 3
    service.set("retention_years", 5)
    assert retention.years_from_settings(service) == 5
    fixed = SettingsService(tmp_path / "prefs.json", lambda: vault.conn,
                            locked_values={"retention_years": 10})
    assert retention.years_from_settings(fixed) == 10


def test_confirmed_cases_are_deleted_and_others_stay(vault, cases):
    conn = vault.conn
    deleted = retention.delete_due(conn, [cases["old"], cases["young"], cases["open"]],
                                   today=TODAY)
    assert deleted == 1  # "young" and "open" are not due: never deleted by this path
    remaining = {r[0] for r in conn.execute("SELECT id FROM clients")}
    assert remaining == {cases["exact"], cases["young"], cases["open"], cases["leap"]}
    entry = audit.entries(conn)[0]
    assert (entry.action, entry.record_id) == ("client.retention_deleted", str(cases["old"]))
    assert retention.delete_due(conn, [], today=TODAY) == 0


def test_hold_keeps_a_case_off_the_list_until_the_date(vault, cases):
    conn = vault.conn
    retention.hold(conn, cases["old"], dt.date.today() + dt.timedelta(days=400), "legal_claims")
    due = {d.client_id for d in retention.due_for_deletion(conn, today=dt.date.today())}
    assert cases["old"] not in due
    later = dt.date.today() + dt.timedelta(days=401)
    assert cases["old"] in {d.client_id for d in retention.due_for_deletion(conn, today=later)}
    with pytest.raises(Exception, match="Grund"):
        retention.hold(conn, cases["old"], "2099-01-01", "weil")


def test_restricted_cases_are_listed_but_not_deleted(vault, cases):
    conn = vault.conn
    dsr.restrict(conn, cases["old"], "legal_claims")
    due = {d.client_id: d for d in retention.due_for_deletion(conn, today=TODAY)}
    assert due[cases["old"]].restricted
    with pytest.raises(dsr.CaseRestrictedError):
        retention.delete_due(conn, [cases["old"], cases["exact"]], today=TODAY)
    assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 5  # nothing deleted
