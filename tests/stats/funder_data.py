"""Case data for the funder-report tests (issue 14, attacks 3 and 5), entered through the
services (`clients.create_client`, `consultations.add_consultation`) or as the CSV list
`mfd import-csv` reads, and released quarter by quarter as "Freigeben" does."""

from __future__ import annotations

import datetime as dt
import random

from mfd_desktop.domain.casework import clients, consultations
from mfd_desktop.stats import release as release_mod
from mfd_desktop.stats.payload_builder import StatsConfig, build_preview
from mfd_desktop.stats.periods import parse_period
from mfd_desktop.storage.transaction import transaction

# Attack 3: Nordafrika (EG) 5 in Q1, 1 in Q2, 1 in Q3, 0 in Q4 — a year counted and
# suppressed on its own showed 7, next to the quarters' 5 and two hidden: both were 1.
ATTACK3 = {
    1: {"SY": 25, "UA": 8, "EG": 5},
    2: {"SY": 25, "UA": 8, "EG": 1},
    3: {"SY": 25, "UA": 8, "EG": 1},
    4: {"SY": 25, "UA": 8},
}
# Attack 5: in one quarter 30 women, 24 men, 2 "divers": the 2 is hidden, and 24 men is
# the complementary cell — printed as "männlich < 5" before.
ATTACK5 = (("w", 30), ("m", 24), ("d", 2))
GENDER_KEYS = {"w": "weiblich", "m": "maennlich", "d": "divers"}


def day_in(quarter: int, year: int, i: int) -> dt.date:
    return dt.date(year, 3 * quarter - 1, 1 + i % 27)


def attack3_csv(year: int, seed: int = 1) -> str:
    """The CSV list (as Excel saves it) with one consultation (Notiz) per client."""
    rng = random.Random(seed)
    lines = ["Fallnummer;Name;Geburtsjahr;Geschlecht;Herkunftsland;Erstkontakt;Notiz"]
    n = 0
    for quarter, mix in ATTACK3.items():
        for country, count in mix.items():
            for i in range(count):
                n += 1
                lines.append(f"A-{n};Person {rng.randrange(10**9)};{rng.randint(1960, 2000)};"
                             f"{rng.choice('wm')};{country};"
                             f"{day_in(quarter, year, i):%d.%m.%Y};Beratung {n}")
    return "\n".join(lines) + "\n"


def add_person(conn, *, country: str, gender: str, day: dt.date, n: int) -> int:
    with transaction(conn):
        client_id = clients.create_client(conn, clients.Client(
            case_number=f"F-{n}", name=f"Person {n}", birth_year=1985, gender=gender,
            country=country, first_contact=day.isoformat()))
        consultations.add_consultation(conn, consultations.Consultation(
            client_id=client_id, held_on=day.isoformat(), note=f"Beratung {n}"))
    return client_id


def fill_attack5(conn, quarter: int, year: int, first: int = 1) -> int:
    """30 women, 24 men, 2 divers (all SY) in `quarter`; returns the next free number."""
    n = first
    for short, count in ATTACK5:
        for i in range(count):
            add_person(conn, country="SY", gender=GENDER_KEYS[short],
                       day=day_in(quarter, year, i), n=n)
            n += 1
    return n


def fill_attack3(conn, year: int, first: int = 1) -> int:
    n = first
    for quarter, mix in ATTACK3.items():
        for country, count in mix.items():
            for i in range(count):
                add_person(conn, country=country, gender="weiblich",
                           day=day_in(quarter, year, i), n=n)
                n += 1
    return n


def release_quarters(conn, keys, *, site: str = "dw-trier", today: dt.date) -> None:
    """Release each quarter exactly as the preview shows it ("Freigeben")."""
    for key in keys:
        preview = build_preview(conn, parse_period(key), StatsConfig(site), today=today)
        release_mod.release(conn, preview.payload, release_kind="quarter", today=today)
