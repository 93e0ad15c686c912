"""Synthetic case data written straight into the case tables (for statistics tests and
the benchmark). Names and notes are random text so tests can prove none of it leaks."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from mfd_desktop.domain import reference
from mfd_desktop.stats import catalogue
from mfd_desktop.storage.transaction import transaction


@dataclass
class Secrets:
    """Every free text written, to grep the payload for."""

    texts: set[str] = field(default_factory=set)


def _word(rng: random.Random) -> str:
    letters = "ÄÖÜäöüßabcdefghijklmnopqrstuvwxyzQXJ"
    return "".join(rng.choice(letters) for _ in range(rng.randint(6, 12)))


def populate(conn, *, clients: int, consultations: int, year: int = 2026, seed: int = 1,
             secrets: Secrets | None = None, extras: bool = True) -> None:
    rng = random.Random(seed)
    keys = {name: reference.get(name).keys() for name in
            ("residence_status", "gender", "service", "special_needs", "languages", "channel",
             "method", "topics", "referral_targets", "closing_reason", "structural_activity")}
    countries = list(catalogue.regions().by_country) + [None, "ZZ"]
    start = dt.date(year, 1, 1)

    def day(span: int = 365) -> str:
        return (start + dt.timedelta(days=rng.randrange(span))).isoformat()

    def note() -> str:
        text = f"{_word(rng)} {_word(rng)}"
        if secrets is not None:
            secrets.texts.update(text.split())
        return text

    with transaction(conn):
        for i in range(1, clients + 1):
            closed = rng.random() < 0.2
            conn.execute(
                "INSERT INTO clients(id, case_number, name, birth_year, gender, country, "
                "residence_status, service, first_contact, status, closing_reason, closed_on, "
                "address) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (i, f"T-{year}-{i:05d}", note(), rng.choice([None, *range(1940, year)]),
                 rng.choice([*keys["gender"], None]), rng.choice(countries),
                 rng.choice([*keys["residence_status"], None]), rng.choice([*keys["service"], None]),
                 day(), "abgeschlossen" if closed else "offen",
                 rng.choice(keys["closing_reason"]) if closed else None,
                 day() if closed else None, note()),
            )
            for lang in rng.sample(keys["languages"], rng.randint(0, 2)):
                conn.execute("INSERT INTO client_languages VALUES (?, ?)", (i, lang))
            if rng.random() < 0.15:
                conn.execute("INSERT INTO client_special_needs VALUES (?, ?)",
                             (i, rng.choice(keys["special_needs"])))
            if rng.random() < 0.1:
                conn.execute("INSERT INTO client_tags VALUES (?, ?)", (i, note()))
        for j in range(1, consultations + 1):
            client = rng.randint(1, clients)
            conn.execute(
                "INSERT INTO consultations(id, client_id, held_on, duration_minutes, channel, "
                "method, note) VALUES (?,?,?,?,?,?,?)",
                (j, client, day(), rng.choice([15, 30, 60]), rng.choice(keys["channel"]),
                 rng.choice(keys["method"]), note()),
            )
            for topic in rng.sample(keys["topics"], rng.randint(1, 3)):
                conn.execute("INSERT INTO consultation_topics(consultation_id, topic) VALUES (?, ?)", (j, topic))
        if not extras:
            return
        office = conn.execute(
            "INSERT INTO offices(name, target_key, note) VALUES (?, ?, ?)",
            (note(), rng.choice(keys["referral_targets"]), note()),
        ).lastrowid
        for _ in range(max(1, consultations // 10)):
            use_office = rng.random() < 0.3
            conn.execute(
                "INSERT INTO referrals(client_id, target_key, office_id, referred_on, outcome_note) "
                "VALUES (?,?,?,?,?)",
                (rng.randint(1, clients), None if use_office else rng.choice(keys["referral_targets"]),
                 office if use_office else None, day(), note()),
            )
        has_short = conn.execute(
            "SELECT 1 FROM sqlite_schema WHERE name = 'short_contacts'").fetchone()
        if has_short:
            for _ in range(max(1, consultations // 5)):
                conn.execute("INSERT INTO short_contacts(contact_on, channel, topic) VALUES (?,?,?)",
                             (day(), rng.choice(keys["channel"]), rng.choice(keys["topics"])))
            for _ in range(max(1, consultations // 100)):
                conn.execute(
                    "INSERT INTO structural_work(activity_type, held_on, duration_minutes, "
                    "participants, note) VALUES (?,?,?,?,?)",
                    (rng.choice(keys["structural_activity"]), day(), rng.choice([60, 90, 120]),
                     rng.choice([None, 5, 12, 30]), note()),
                )
