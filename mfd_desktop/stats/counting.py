"""Counting a period over the case tables (SQL, read-only). No suppression here.

Counting rules (shared/reference/statistics.md):
- clients: distinct clients with at least one consultation in the period; each client
  counted once per dimension. Attributes are the client's values in the case file, with
  three exceptions: the residence status is the one valid at the period's end (the
  dated history, db/0011; without one the current value), the age band is the age in
  the year of the client's first consultation in the period (from the birth year, so
  ±1 year), the years in Germany are counted at the period's end (an arrival known
  only by month or year counts as the 15th or 1 July), and the service is that of each
  consultation in the period (db/0013; without one the case's): a client counselled in
  two services is counted under both (multi-select, the cells add up to more).
- new_clients: counted clients whose first contact ever (the earlier of the case's
  `first_contact` and its first consultation) lies in the period.
- consultations: each consultation in the period once; topics are multi-select, so the
  topic cells add up to more than the total.
- referrals by target (the referral's own target, else the target kind of the office),
  closed cases by reason (closing date in the period), cases still open at the end of
  the period, Kurzkontakte by topic and channel, structural work by activity type
  (number, whole hours, participants).
- mfd-stats/2 outcomes: Förderpläne begun in the period, goals whose outcome was recorded
  in it (by outcome), plans closed in it with an Überleitung (by service), referrals of
  the period by their status, and clients whose residence status or work/training
  situation changed in the period (an entry dated in it that differs from the one
  before) or whose German level at its end is higher than at its start.
- Every value is normalised to a category key (catalogue.normalise); unknown text never
  becomes a category.

Returns a complete table: every measure and dimension of `catalogue.REPORTED` with every
category of the dimension (zeros included).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter
from typing import Any

from mfd_desktop import residence_years
from mfd_desktop.stats import catalogue
from mfd_desktop.stats.catalogue import REPORTED as MEASURES
from mfd_desktop.stats.periods import Period
from mfd_desktop.storage.connection import Connection

log = logging.getLogger("mfd.stats.counting")

Key = tuple[str, str, str]
Counts = dict[Key, int]

_AGE_BANDS = ((0, 11, "0_11"), (12, 17, "12_17"), (18, 26, "18_26"), (27, 44, "27_44"),
              (45, 64, "45_64"), (65, 200, "65_plus"))


def age_band(birth_year: int | None, contact_year: int) -> str:
    if birth_year is None:
        return "unbekannt"
    age = contact_year - int(birth_year)
    for low, high, key in _AGE_BANDS:
        if low <= age <= high:
            return key
    return "unbekannt"


def empty_counts() -> Counts:
    counts: Counts = {}
    for measure, dims in MEASURES.items():
        for dim in dims:
            for category in catalogue.categories(dim):
                counts[(measure, dim, category)] = 0
    return counts


def _add(counts: Counts, measure: str, dimension: str, tally: Counter[str]) -> None:
    for category, n in tally.items():
        key = (measure, dimension, category)
        counts[key] = counts.get(key, 0) + int(n)


# The period's consultations, one row per client and service (the consultation's own;
# NULL: the case's): the first consultation in the period per client, and the services a
# client is counted under, from one range of the (held_on, client_id, service) index.
_PERIOD_SQL = """
SELECT client_id, service, min(held_on)
FROM consultations INDEXED BY consultations_service
WHERE held_on >= :start AND held_on <= :end
GROUP BY client_id, service
"""

# The counted clients' attributes (ids as a JSON list: one statement, no temporary table),
# the residence status valid at the period's end, and whether they had a consultation
# before the period (then they are not new; one seek in the (client_id, held_on) index).
# Issue 21: this and _PERIOD_SQL replace a pass over every consultation ever, grouped by
# client, and a second pass over the period joined with the clients (stats_year_ms at
# scale 4: 130 ms of SQL → about 70).
_CLIENTS_SQL = """
SELECT c.id, c.birth_year, c.gender, c.country,
       CASE WHEN EXISTS (SELECT 1 FROM client_history h WHERE h.client_id = c.id
                         AND h.kind = 'residence_status' AND h.valid_from <= :end)
            THEN (SELECT h.value FROM client_history h WHERE h.client_id = c.id
                  AND h.kind = 'residence_status' AND h.valid_from <= :end
                  ORDER BY h.valid_from DESC, h.id DESC LIMIT 1)
            ELSE c.residence_status END,
       c.service, c.first_contact, c.district, c.arrival_date,
       EXISTS (SELECT 1 FROM consultations k WHERE k.client_id = c.id AND k.held_on < :start)
FROM clients c
WHERE c.id IN (SELECT value FROM json_each(:ids))
"""

# Per topic one range of the (topic, held_on) index (db/0017 keeps the consultation's day
# beside each topic); the topics themselves found by stepping from one to the next in the
# same index (a skip-scan written out: a few seeks instead of reading every entry). Issue
# 21: 70 ms → about 3 ms at scale 4 (it was a scan of the whole topic index, probing
# the period's consultation ids).
_TOPICS_SQL = """
WITH RECURSIVE topic(name) AS (
    SELECT min(topic) FROM consultation_topics
    UNION ALL
    SELECT (SELECT min(t.topic) FROM consultation_topics AS t WHERE t.topic > topic.name)
    FROM topic WHERE topic.name IS NOT NULL
)
SELECT name, (SELECT count(*) FROM consultation_topics AS t
              INDEXED BY consultation_topics_topic_day
              WHERE t.topic = topic.name AND t.held_on >= :start AND t.held_on <= :end)
FROM topic WHERE name IS NOT NULL
"""


def count_period(conn: Connection, period: Period) -> Counts:
    """All counts of `period` (unsuppressed). Read-only."""
    args = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    counts = empty_counts()
    _count_clients(conn, args, counts)
    _count_consultations(conn, args, counts)
    _count_referrals_and_cases(conn, args, counts)
    _count_short_contacts(conn, args, counts)
    _count_structural_work(conn, args, counts)
    _count_case_management(conn, args, counts)
    log.info("counted period %s: %d clients, %d consultations", period.key,
             counts[("clients", "total", "total")], counts[("consultations", "total", "total")])
    return counts


def _normalised(dimension: str, raw: Counter[Any]) -> Counter[str]:
    """Tally by category from a tally by stored value (normalises each distinct value once)."""
    out: Counter[str] = Counter()
    for value, n in raw.items():
        out[catalogue.normalise(dimension, value)] += n
    return out


def _count_clients(conn: Connection, args: dict[str, Any], counts: Counts) -> None:
    assert MEASURES["new_clients"] == ("total",), "new-client breakdowns are not counted"
    first_in: dict[int, str] = {}
    services: dict[int, set[str | None]] = {}
    for client_id, service, first in conn.execute(_PERIOD_SQL, args):
        if first < first_in.get(client_id, "9999"):
            first_in[client_id] = first
        services.setdefault(client_id, set()).add(service)
    # Tally the stored values column by column (C speed), then map the few distinct
    # values to categories: about three times faster than normalising row by row.
    ids = json.dumps(list(first_in))
    rows = conn.execute(_CLIENTS_SQL, {**args, "ids": ids}).fetchall()
    counts[("clients", "total", "total")] = len(rows)
    columns = {"gender": 2, "region": 3, "residence_status": 4, "district": 7}
    for dim, index in columns.items():
        _add(counts, "clients", dim, _normalised(dim, Counter(row[index] for row in rows)))
    ages = Counter((row[1], first_in[row[0]][:4]) for row in rows)
    bands: Counter[str] = Counter()
    for (birth_year, year), n in ages.items():
        bands[age_band(birth_year, int(year))] += n
    _add(counts, "clients", "age_band", bands)
    end_day = dt.date.fromisoformat(args["end"])
    arrivals = Counter(row[8] for row in rows)
    years: Counter[str] = Counter()
    for arrived, n in arrivals.items():
        day = dt.date.fromisoformat(arrived) if arrived else None
        years[residence_years.band(day, end_day)] += n
    _add(counts, "clients", "years_in_germany", years)
    # New: the first contact ever (the earlier of the case's first contact and its first
    # consultation) lies in the period. With no consultation before the period, the first
    # one is in it; then only a first contact recorded before the start makes it older.
    start = args["start"]
    counts[("new_clients", "total", "total")] = sum(
        1 for row in rows if not row[9] and not (row[6] and row[6][:10] < start))

    # A client once under each service of their consultations in the period (the case's
    # service for a consultation without one).
    flat: list[str | None] = []
    for row in rows:
        found = services[row[0]]
        if None in found:
            found = {row[5] if service is None else service for service in found}
        flat += found
    _add(counts, "clients", "service", _normalised("service", Counter(flat)))

    # The child tables counted in SQL for the same clients (their ids as JSON once more).
    for dim, table, col in (("language", "client_languages", "language"),
                            ("special_need", "client_special_needs", "need")):
        raw = Counter(dict(conn.execute(
            f"SELECT {col}, count(*) FROM {table} "  # noqa: S608 - names from this list
            "WHERE client_id IN (SELECT value FROM json_each(?)) GROUP BY 1", (ids,))))
        raw.pop("keine_angabe" if dim == "special_need" else None, None)
        _add(counts, "clients", dim, _normalised(dim, raw))


def _count_consultations(conn: Connection, args: dict[str, Any], counts: Counts) -> None:
    channels: Counter[str] = Counter()
    methods: Counter[str] = Counter()
    total = 0
    for channel, method, n in conn.execute(
        "SELECT channel, method, count(*) FROM consultations "
        "WHERE held_on >= :start AND held_on <= :end GROUP BY channel, method", args
    ):
        channels[catalogue.normalise("channel", channel)] += n
        methods[catalogue.normalise("method", method)] += n
        total += n
    counts[("consultations", "total", "total")] = total
    _add(counts, "consultations", "channel", channels)
    _add(counts, "consultations", "method", methods)
    topics: Counter[str] = Counter()
    for topic, n in conn.execute(_TOPICS_SQL, args):
        if n:
            topics[catalogue.normalise("topic", topic)] += n
    _add(counts, "consultations", "topic", topics)


def _count_referrals_and_cases(conn: Connection, args: dict[str, Any], counts: Counts) -> None:
    targets: Counter[str] = Counter()
    for target, n in conn.execute(
        "SELECT coalesce(r.target_key, o.target_key), count(*) FROM referrals r "
        "LEFT JOIN offices o ON o.id = r.office_id "
        "WHERE r.referred_on >= :start AND r.referred_on <= :end GROUP BY 1", args
    ):
        targets[catalogue.normalise("target", target)] += n
    counts[("referrals", "total", "total")] = sum(targets.values())
    _add(counts, "referrals", "target", targets)
    statuses: Counter[str] = Counter()
    for status, n in conn.execute(
        "SELECT status, count(*) FROM referrals "
        "WHERE referred_on >= :start AND referred_on <= :end GROUP BY status", args
    ):
        statuses[catalogue.normalise("referral_status", status)] += n
    _add(counts, "referrals", "referral_status", statuses)

    reasons: Counter[str] = Counter()
    for reason, n in conn.execute(
        "SELECT closing_reason, count(*) FROM clients "
        "WHERE closed_on >= :start AND closed_on <= :end GROUP BY closing_reason", args
    ):
        reasons[catalogue.normalise("closing_reason", reason)] += n
    counts[("closed_cases", "total", "total")] = sum(reasons.values())
    _add(counts, "closed_cases", "closing_reason", reasons)

    # Open at the end of the period: begun by then, and not closed by then.
    row = conn.execute(
        "SELECT count(*) FROM clients "
        "WHERE coalesce(first_contact, substr(created_at, 1, 10)) <= :end "
        "AND CASE WHEN closed_on IS NOT NULL THEN closed_on > :end "
        "ELSE status <> 'abgeschlossen' END", args
    ).fetchone()
    counts[("cases_open_end", "total", "total")] = int(row[0])


def _table_exists(conn: Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?",
                        (name,)).fetchone() is not None


def _count_short_contacts(conn: Connection, args: dict[str, Any], counts: Counts) -> None:
    if not _table_exists(conn, "short_contacts"):
        return
    topics: Counter[str] = Counter()
    channels: Counter[str] = Counter()
    for channel, topic, n in conn.execute(
        "SELECT channel, topic, count(*) FROM short_contacts "
        "WHERE contact_on >= :start AND contact_on <= :end GROUP BY channel, topic", args
    ):
        topics[catalogue.normalise("topic", topic)] += n
        channels[catalogue.normalise("channel", channel)] += n
    counts[("short_contacts", "total", "total")] = sum(channels.values())
    _add(counts, "short_contacts", "topic", topics)
    _add(counts, "short_contacts", "channel", channels)


def _count_structural_work(conn: Connection, args: dict[str, Any], counts: Counts) -> None:
    if not _table_exists(conn, "structural_work"):
        return
    activities: Counter[str] = Counter()
    minutes: Counter[str] = Counter()
    participants: Counter[str] = Counter()
    for kind, n, mins, people in conn.execute(
        "SELECT activity_type, count(*), sum(duration_minutes), sum(coalesce(participants, 0)) "
        "FROM structural_work WHERE held_on >= :start AND held_on <= :end "
        "GROUP BY activity_type", args
    ):
        key = catalogue.normalise("activity_type", kind)
        activities[key] += n
        minutes[key] += int(mins or 0)
        participants[key] += int(people or 0)
    hours = Counter({k: round(v / 60) for k, v in minutes.items()})
    counts[("structural_activities", "total", "total")] = sum(activities.values())
    counts[("structural_hours", "total", "total")] = round(sum(minutes.values()) / 60)
    counts[("structural_participants", "total", "total")] = sum(participants.values())
    _add(counts, "structural_activities", "activity_type", activities)
    _add(counts, "structural_hours", "activity_type", hours)
    _add(counts, "structural_participants", "activity_type", participants)


# Changes in the period: an entry dated in it whose value differs from the entry before
# (the first entry of a case is no change). Only the histories of clients with an entry
# dated in the period are walked (whole, so "the entry before" is still found).
_CHANGES_SQL = """
SELECT count(DISTINCT client_id) FROM (
    SELECT client_id, valid_from, value,
           lag(value) OVER (PARTITION BY client_id ORDER BY valid_from, id) AS before,
           row_number() OVER (PARTITION BY client_id ORDER BY valid_from, id) AS n
    FROM client_history
    WHERE kind = :kind AND client_id IN (
        SELECT client_id FROM client_history
        WHERE kind = :kind AND valid_from >= :start AND valid_from <= :end))
WHERE n > 1 AND valid_from >= :start AND valid_from <= :end AND value IS NOT before
"""
_LEVELS = ("keine", "a1", "a2", "b1", "b2", "c1", "c2")


def _count_case_management(conn: Connection, args: dict[str, Any], counts: Counts) -> None:
    if not _table_exists(conn, "support_plans"):
        return
    counts[("plans_started", "total", "total")] = int(conn.execute(
        "SELECT count(*) FROM support_plans WHERE started_on >= :start AND started_on <= :end",
        args).fetchone()[0])
    outcomes: Counter[str] = Counter()
    for outcome, n in conn.execute(
        "SELECT outcome, count(*) FROM plan_goals WHERE outcome_on >= :start "
        "AND outcome_on <= :end GROUP BY outcome", args
    ):
        outcomes[catalogue.normalise("plan_outcome", outcome)] += n
    counts[("plan_goals_closed", "total", "total")] = sum(outcomes.values())
    _add(counts, "plan_goals_closed", "plan_outcome", outcomes)
    targets: Counter[str] = Counter()
    for target, n in conn.execute(
        "SELECT transfer_service, count(*) FROM support_plans WHERE ended_on >= :start "
        "AND ended_on <= :end AND transfer_service IS NOT NULL GROUP BY 1", args
    ):
        targets[catalogue.normalise("target", target)] += n
    counts[("transfers", "total", "total")] = sum(targets.values())
    _add(counts, "transfers", "target", targets)
    for measure, kind in (("status_changes", "residence_status"),
                          ("work_changes", "work_situation")):
        counts[(measure, "total", "total")] = int(
            conn.execute(_CHANGES_SQL, {**args, "kind": kind}).fetchone()[0])
    # German level: higher at the period's end than at its start (both known)
    before: dict[int, str | None] = {}
    after: dict[int, str | None] = {}
    for client_id, valid_from, value in conn.execute(
        "SELECT client_id, valid_from, value FROM client_history WHERE kind = 'language_level' "
        "AND valid_from <= :end ORDER BY client_id, valid_from, id", args
    ):
        if valid_from < args["start"]:
            before[client_id] = value
        after[client_id] = value
    gains = sum(1 for cid, level in after.items()
                if before.get(cid) in _LEVELS and level in _LEVELS
                and _LEVELS.index(str(level)) > _LEVELS.index(str(before[cid])))
    counts[("language_gains", "total", "total")] = gains

