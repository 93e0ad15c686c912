"""db/0017: each topic row carries its consultation's day, kept in step by triggers, and the
statistics count a period's topics from it (issue 21)."""

from __future__ import annotations

from mfd_desktop.domain.casework import consultations
from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.domain.casework.consultations import Consultation
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.stats import counting
from mfd_desktop.stats.periods import parse_period


def _topic_days(conn) -> set[tuple[int, str, str | None]]:
    return set(conn.execute("SELECT consultation_id, topic, held_on FROM consultation_topics"))


def _topics(conn, period: str) -> dict[str, int]:
    counts = counting.count_period(conn, parse_period(period))
    return {k[2]: n for k, n in counts.items() if k[:2] == ("consultations", "topic") and n}


def _consultation(client_id: int, day: str, topics: tuple[str, ...]) -> Consultation:
    return Consultation(client_id=client_id, held_on=day, topics=list(topics))


def test_topics_follow_their_consultations_day(vault):
    conn = vault.conn
    client = create_client(conn, Client(name="Tag Test"))
    kid = consultations.add_consultation(conn, _consultation(client, "2025-12-30",
                                                             ("wohnen", "ausbildung_arbeit")))
    assert _topic_days(conn) == {(kid, "wohnen", "2025-12-30"), (kid, "ausbildung_arbeit", "2025-12-30")}
    assert _topics(conn, "2025") == {"wohnen": 1, "ausbildung_arbeit": 1}

    # moved into the next year, with one topic changed: the counts move with it
    consultations.update_consultation(conn, kid, _consultation(client, "2026-01-02",
                                                               ("wohnen", "gesundheit")))
    assert _topic_days(conn) == {(kid, "wohnen", "2026-01-02"), (kid, "gesundheit", "2026-01-02")}
    assert _topics(conn, "2025") == {}
    assert _topics(conn, "2026") == {"wohnen": 1, "gesundheit": 1}

    # a date changed by any writer (not through the service) is followed too, and a
    # wrong day given on insert is corrected
    conn.execute("UPDATE consultations SET held_on = '2026-03-01' WHERE id = ?", (kid,))
    conn.execute("INSERT INTO consultation_topics(consultation_id, topic, held_on) "
                 "VALUES (?, 'einbuergerung', '1999-01-01')", (kid,))
    assert {day for _k, _t, day in _topic_days(conn)} == {"2026-03-01"}
    assert _topics(conn, "2026-Q1") == {"wohnen": 1, "gesundheit": 1, "einbuergerung": 1}


def test_migration_fills_the_days_also_of_a_restricted_case(vault_at_schema, unlock):
    vault = vault_at_schema(16)
    conn = vault.conn
    ids = [create_client(conn, Client(name=name)) for name in ("Offen", "Eingeschränkt")]
    for cid, day in zip(ids, ("2025-05-05", "2025-06-06"), strict=True):
        consultations.add_consultation(conn, _consultation(cid, day, ("wohnen",)))
    dsr.restrict(conn, ids[1])
    vault.lock()
    opened = unlock()
    try:
        conn = opened.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 17
        assert {day for _k, _t, day in _topic_days(conn)} == {"2025-05-05", "2025-06-06"}
        assert _topics(conn, "2025") == {"wohnen": 2}
        # the restricted case stays read-only for the app after the migration
        kid = conn.execute("SELECT id FROM consultations WHERE client_id = ?",
                           (ids[1],)).fetchone()[0]
        try:
            conn.execute("UPDATE consultation_topics SET topic = 'arbeit' "
                         "WHERE consultation_id = ?", (kid,))
        except Exception as exc:  # noqa: BLE001 - the trigger's refusal
            assert "refusal.case_restricted" in str(exc)
        else:
            raise AssertionError("a restricted case's topics were changed")
    finally:
        opened.lock()
