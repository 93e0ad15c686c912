"""Counting rules on a small, hand-made vault."""

from __future__ import annotations

import datetime as dt

from mfd_desktop.stats import counting
from mfd_desktop.stats.periods import parse_period


def add_client(conn, cid, *, birth_year=None, gender=None, country=None, status=None,
               service=None, first_contact=None, closed_on=None, reason=None, languages=(),
               needs=()):
    conn.execute(
        "INSERT INTO clients(id, case_number, name, birth_year, gender, country, residence_status, "
        "service, first_contact, status, closing_reason, closed_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (cid, f"K-{cid}", f"Name {cid}", birth_year, gender, country, status, service,
         first_contact, "abgeschlossen" if closed_on else "offen", reason, closed_on),
    )
    for lang in languages:
        conn.execute("INSERT INTO client_languages VALUES (?, ?)", (cid, lang))
    for need in needs:
        conn.execute("INSERT INTO client_special_needs VALUES (?, ?)", (cid, need))


def add_consultation(conn, cid, held_on, *, channel="persoenlich", method="einzelfallberatung",
                     topics=("wohnen",)):
    cur = conn.execute(
        "INSERT INTO consultations(client_id, held_on, channel, method, note) VALUES (?,?,?,?,?)",
        (cid, held_on, channel, method, "Notiz"),
    )
    for topic in topics:
        conn.execute("INSERT INTO consultation_topics(consultation_id, topic) VALUES (?, ?)", (cur.lastrowid, topic))


def test_counting_rules(vault):
    conn = vault.conn
    # 1: returning client (first contact 2025), Syrian, two consultations in Q3
    add_client(conn, 1, birth_year=1990, gender="weiblich", country="SY",
               status="aufenthaltsgestattung", service="mfd", first_contact="2025-03-01",
               languages=("ar", "de"), needs=("schwanger",))
    add_consultation(conn, 1, "2025-03-01")
    add_consultation(conn, 1, "2026-07-02", topics=("wohnen", "gesundheit"))
    add_consultation(conn, 1, "2026-09-30", channel="telefonisch")
    # 2: new in Q3, age 17 at first contact in the period (born 2009), unknown country text
    add_client(conn, 2, birth_year=2009, gender=None, country="ZZ", status="kaputt",
               first_contact=None, closed_on="2026-08-15", reason="ziel_erreicht")
    add_consultation(conn, 2, "2026-08-01", method="case_management", topics=("asylverfahren",))
    # 3: only outside the period (Q2) -> not counted; still open at the end of Q3
    add_client(conn, 3, birth_year=1950, first_contact="2026-05-01")
    add_consultation(conn, 3, "2026-05-01")
    conn.execute("INSERT INTO offices(id, name, target_key) VALUES (1, 'Amt X', 'jobcenter')")
    conn.execute("INSERT INTO referrals(client_id, office_id, referred_on) VALUES (1, 1, '2026-07-03')")
    conn.execute("INSERT INTO referrals(client_id, target_key, referred_on) "
                 "VALUES (2, 'bamf', '2026-09-01')")
    conn.execute("INSERT INTO referrals(client_id, target_key, referred_on) "
                 "VALUES (2, 'bamf', '2026-10-01')")
    conn.execute("INSERT INTO short_contacts(contact_on, channel, topic) "
                 "VALUES ('2026-07-01', 'telefonisch', 'wohnen')")
    conn.execute("INSERT INTO structural_work(activity_type, held_on, duration_minutes, participants) "
                 "VALUES ('netzwerktreffen', '2026-07-10', 90, 12), "
                 "('netzwerktreffen', '2026-07-11', 60, NULL)")

    c = counting.count_period(conn, parse_period("2026-Q3"))
    assert c[("clients", "total", "total")] == 2
    assert c[("new_clients", "total", "total")] == 1
    assert c[("clients", "age_band", "12_17")] == 1  # 2026 - 2009 = 17
    assert not [k for k in c if k[0] == "new_clients" and k[1] != "total"]  # total only
    assert c[("clients", "age_band", "27_44")] == 1  # 2026 - 1990 = 36
    assert c[("clients", "region", "naher_osten")] == 1
    assert c[("clients", "region", "staatenlos_ungeklaert")] == 1  # "ZZ" is no country
    assert c[("clients", "gender", "keine_angabe")] == 1
    assert c[("clients", "residence_status", "keine_angabe")] == 1  # unknown key → fallback
    assert c[("clients", "service", "sonstiges")] == 1
    assert c[("clients", "language", "ar")] == 1 and c[("clients", "language", "de")] == 1
    assert c[("clients", "special_need", "schwanger")] == 1
    assert c[("consultations", "total", "total")] == 3
    assert c[("consultations", "channel", "telefonisch")] == 1
    assert c[("consultations", "method", "case_management")] == 1
    assert c[("consultations", "topic", "wohnen")] == 2  # multi-select: topics sum to 4 > 3
    assert sum(v for (m, d, _), v in c.items() if (m, d) == ("consultations", "topic")) == 4
    assert c[("referrals", "total", "total")] == 2
    assert c[("referrals", "target", "jobcenter")] == 1  # from the office's kind
    assert c[("closed_cases", "closing_reason", "ziel_erreicht")] == 1
    assert c[("cases_open_end", "total", "total")] == 2  # clients 1 and 3
    assert c[("short_contacts", "topic", "wohnen")] == 1
    assert c[("structural_activities", "activity_type", "netzwerktreffen")] == 2
    assert c[("structural_hours", "activity_type", "netzwerktreffen")] == 2  # 150 min → 2 h
    assert c[("structural_participants", "total", "total")] == 12

    empty = counting.count_period(conn, parse_period("2024"))
    assert set(empty.values()) == {0}
    assert counting.age_band(None, 2026) == "unbekannt"
    assert counting.age_band(1961, 2026) == "65_plus"
    assert counting.age_band(2030, 2026) == "unbekannt"


def test_periods():
    from mfd_desktop.stats.periods import parse_period as p

    q3 = p("2026-q3")
    assert (q3.key, q3.kind, q3.start, q3.end) == ("2026-Q3", "quarter", dt.date(2026, 7, 1),
                                                  dt.date(2026, 9, 30))
    assert p("2026-H1").end == dt.date(2026, 6, 30)
    assert p("2026").kind == "year"
    assert p("2024-02").end == dt.date(2024, 2, 29)
    assert q3.is_provisional(dt.date(2026, 9, 30))
    assert q3.has_ended(dt.date(2026, 10, 1))
    assert q3.label.render("de") == "3. Quartal 2026"
    import pytest

    from mfd_desktop.errors import UserError

    for bad in ("2026-Q5", "2026-13", "26", "2026-07-01", "", "Q3"):
        with pytest.raises(UserError, match="kein gültiger Zeitraum"):
            p(bad)


def test_every_country_has_one_region():
    from mfd_desktop.domain import reference
    from mfd_desktop.stats import catalogue

    regions = catalogue.regions()
    for code in reference.countries().keys(include_deprecated=True):
        assert code in regions.by_country, code
    assert set(regions.by_country.values()) == set(catalogue.categories("region"))
