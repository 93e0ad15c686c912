"""mfd-stats/2 (issues 17 and 19): the Case-Management and outcome figures counted on a
real vault, the residence status at the period's end from the dated history, and the
schema versions (/2 sent, /1 still accepted without what /2 added)."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from mfd_desktop.domain.casework import arrival, districts, history, support_plans
from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.domain.referrals import referrals
from mfd_desktop.domain.referrals.referrals import Office, Referral
from mfd_desktop.stats import counting, vocabulary
from mfd_desktop.stats.payload import SCHEMA_ID, StatsPayload
from mfd_desktop.stats.periods import parse_period
from tests.stats.test_counting import add_consultation

Q3 = parse_period("2026-Q3")


def _case(conn, name, *, status="duldung", first="2025-01-10"):
    cid = create_client(conn, Client(name=name, residence_status=status, first_contact=first))
    add_consultation(conn, cid, "2026-08-01")
    return cid


def test_case_management_and_outcomes_are_counted(vault):
    conn = vault.conn
    a = _case(conn, "A")
    b = _case(conn, "B")
    c = _case(conn, "C", status=None)
    # A: recognised in August (in Q3), German A2 -> B1 in Q3, work changed in Q3
    history.add(conn, a, "residence_status", "ae_humanitaer_schutz", "2026-08-15")
    history.add(conn, a, "language_level", "a2", "2026-01-01")
    history.add(conn, a, "language_level", "b1", "2026-09-01")
    history.add(conn, a, "work_situation", "sprachkurs", "2026-01-01")
    history.add(conn, a, "work_situation", "ausbildung", "2026-09-10")
    # B: first language entry in Q3 (no gain: nothing known before), status change after Q3
    history.add(conn, b, "language_level", "b2", "2026-07-05")
    history.add(conn, b, "residence_status", "niederlassungserlaubnis", "2026-10-02")
    arrival.set_arrival(conn, a, "03.2024")
    arrival.set_arrival(conn, b, "2019")
    districts.set_residence(conn, a, "Mainz")
    districts.set_residence(conn, b, "außerhalb RLP")
    plan = support_plans.start_plan(conn, a, "2026-07-01")
    g1 = support_plans.add_goal(conn, plan, "Ausbildung")
    g2 = support_plans.add_goal(conn, plan, "Wohnung")
    support_plans.set_outcome(conn, g1, "erreicht", "2026-09-01")
    support_plans.set_outcome(conn, g2, "teilweise", "2026-10-01")  # after Q3
    support_plans.end_plan(conn, plan, "2026-09-20", transfer_service="jobcenter")
    office = referrals.add_office(conn, Office(name="Jobcenter Mainz", target_key="jobcenter"))
    referrals.add_referral(conn, Referral(c, office_id=office, referred_on="2026-08-02",
                                          status="wahrgenommen"))
    referrals.add_referral(conn, Referral(a, office_id=office, referred_on="2026-08-03"))

    counts = counting.count_period(conn, Q3)
    get = lambda m, d="total", k="total": counts[(m, d, k)]  # noqa: E731
    assert get("clients") == 3
    # the status at the period's end: A recognised, B not yet (October)
    assert get("clients", "residence_status", "ae_humanitaer_schutz") == 1
    assert get("clients", "residence_status", "duldung") == 1
    assert get("clients", "district", "07315") == 1
    assert get("clients", "district", "ausserhalb_rlp") == 1
    assert get("clients", "district", "unbekannt") == 1
    assert get("clients", "years_in_germany", "1_bis_3") == 1  # 15.03.2024 -> 30.09.2026
    assert get("clients", "years_in_germany", "ab_6") == 1
    assert get("clients", "years_in_germany", "unbekannt") == 1
    assert get("plans_started") == 1
    assert get("plan_goals_closed") == 1
    assert get("plan_goals_closed", "plan_outcome", "erreicht") == 1
    assert get("transfers") == 1 and get("transfers", "target", "jobcenter") == 1
    assert get("referrals", "referral_status", "wahrgenommen") == 1
    assert get("referrals", "referral_status", "vereinbart") == 1
    assert get("status_changes") == 1  # A in August; B's change is in October
    assert get("work_changes") == 1
    assert get("language_gains") == 1  # A: A2 -> B1; B had no level before Q3


def test_every_new_cell_is_in_the_vocabulary_and_none_is_left_out(vault):
    counts = counting.count_period(vault.conn, Q3)
    for measure, dimension in vocabulary.SINCE_2:
        keys = [k for k in counts if k[:2] == (measure, dimension)]
        assert keys, (measure, dimension)
        assert all(vocabulary.check_cell(*k) is None for k in keys)


def _payload(schema: str, cells: list[dict]) -> dict:
    return {"schema": schema, "site_id": "s", "device_id": "ab" * 16, "period": "2026-Q3",
            "period_kind": "quarter", "revision": 1, "cells": cells}


def test_the_app_sends_v2_and_the_schema_still_takes_v1_without_v2_cells():
    assert SCHEMA_ID == "mfd-stats/2"
    old_cell = {"measure": "clients", "dimension": "total", "category": "total", "value": 12}
    new_cell = {"measure": "clients", "dimension": "district", "category": "07315", "value": 7}
    outcome = {"measure": "plans_started", "dimension": "total", "category": "total", "value": 5}
    assert StatsPayload.model_validate(_payload("mfd-stats/1", [old_cell])).version == 1
    assert StatsPayload.model_validate(_payload("mfd-stats/2", [old_cell, new_cell, outcome]))
    for cell in (new_cell, outcome):
        with pytest.raises(ValidationError, match="not part of mfd-stats/1"):
            StatsPayload.model_validate(_payload("mfd-stats/1", [old_cell, cell]))
    with pytest.raises(ValidationError):
        StatsPayload.model_validate(_payload("mfd-stats/3", [old_cell]))


def test_district_categories_are_the_reference_list():
    keys = set(vocabulary.category_keys("district"))
    assert keys == {d.key for d in districts.districts()} | {"ausserhalb_rlp", "unbekannt"}
    assert vocabulary.category_label("district", "07335") == "Kaiserslautern (Landkreis)"
    assert vocabulary.category_label("district", "07312") == "Kaiserslautern (Stadt)"
    assert set(vocabulary.category_keys("years_in_germany")) == set(
        __import__("mfd_desktop.residence_years", fromlist=["BANDS"]).BANDS)
    assert dt.date(2026, 9, 30)  # the period end used above
