"""Attacks 1, 2 and 4 of issue #14 rebuilt in a real vault (SQLCipher, the real counting,
payload_builder and release) — and, for attack 2, through `mfd stats release` as a
separate process. The attacker holds every released payload and knows the code, but
not the vault's secret: the brute-force attacker (bruteforce.py) replays the release
for every order of the categories. Each attack must now recover nothing."""

from __future__ import annotations

import datetime as dt
import itertools

from mfd_desktop.paths import DataPaths
from mfd_desktop.settings import SettingsService
from mfd_desktop.stats import catalogue
from mfd_desktop.stats import release as rel
from mfd_desktop.stats.disclosure_audit import Release, audit, protect
from mfd_desktop.stats.payload import StatsPayload
from mfd_desktop.stats.payload_builder import StatsConfig, build_preview
from mfd_desktop.stats.periods import parse_period, period_of, previous
from mfd_desktop.storage.transaction import transaction
from mfd_desktop.storage.vault import Vault
from tests.cli.helpers import init_vault, run_mfd
from tests.stats.bruteforce import attack, leaks

TODAY = dt.date(2026, 11, 28)
Q2 = parse_period("2026-Q2")
COUNTRY = {"naher_osten": "SY", "suedasien": "AF", "ostafrika": "ER", "nordafrika": "EG",
           "westbalkan": "AL", "tuerkei": "TR"}


def add_clients(conn, regions: dict[str, int], *, day: str, first_id: int,
                earlier: int = 0) -> int:
    """`regions[r]` clients from region r with one consultation on `day`; the first
    `earlier` of them had a consultation before (returning clients)."""
    cid = first_id
    with transaction(conn):
        for region, n in regions.items():
            for _ in range(n):
                conn.execute("INSERT INTO clients(id, case_number, country, first_contact) "
                             "VALUES (?, ?, ?, ?)", (cid, f"A-{cid}", COUNTRY[region], day))
                conn.execute("INSERT INTO consultations(client_id, held_on, channel, method) "
                             "VALUES (?, ?, 'persoenlich', 'einzelfallberatung')", (cid, day))
                if cid - first_id < earlier:
                    conn.execute("UPDATE clients SET first_contact = '2025-01-10' WHERE id = ?",
                                 (cid,))
                    conn.execute("INSERT INTO consultations(client_id, held_on, channel, "
                                 "method) VALUES (?, '2025-01-10', 'persoenlich', "
                                 "'einzelfallberatung')", (cid,))
                cid += 1
    return cid


def region_view(payload: StatsPayload) -> Release:
    """Only the clients total and the region breakdown: every other table is independent
    of it (totals are visible), so the attacker works on this one."""
    return Release({(c.measure, c.dimension, c.category): c.value for c in payload.cells
                    if c.measure == "clients" and c.dimension in ("total", "region")})


def orders_for(released: list[Release]) -> list[tuple[str, ...]]:
    """Zeros are never complementary candidates, so trying every order of the categories
    listed (then the rest) is trying every possible secret. A revision that hides the
    whole breakdown (zeros too) lists every category, but no order changes an all-hidden
    pattern, so only the partly hidden revisions count (14! orders would not fit)."""
    region = [r for r in released
              if not all(r.values.get(("clients", "region", c), 0) is None
                         for c in catalogue.categories("region"))]
    listed = sorted({key[2] for r in region for key in r.values if key[1] == "region"})
    rest = [c for c in catalogue.categories("region") if c not in listed]
    return [(*p, *rest) for p in itertools.permutations(listed)]


def test_attack1_one_payload_with_the_rule_known_recovers_nothing(vault):
    # total 34: 6 + 6 + 4 + 18; under "smallest, ties by key" a hidden 4 was derived
    add_clients(vault.conn, {"naher_osten": 6, "nordafrika": 6, "ostafrika": 4,
                             "suedasien": 18}, day="2026-05-05", first_id=1)
    preview = build_preview(vault.conn, Q2, StatsConfig("site-a"), today=TODAY)
    assert preview.releasable, preview.not_releasable_reason
    rel.release(vault.conn, preview.payload, release_kind="quarter", today=TODAY)
    payload = rel.last_released_payload(vault.conn, Q2.key)
    released = [region_view(payload)]
    hidden = [key for key, v in released[0].values.items() if v is None]
    assert ("clients", "region", "ostafrika") in hidden and len(hidden) >= 2
    seen = attack(released, 5, catalogue.categories, orders=orders_for(released))
    assert seen[(0, ("clients", "region", "ostafrika"))] >= {4}
    assert leaks(released, seen, 5) == []
    for key in hidden:
        assert len(seen[(0, key)]) >= 3 and max(seen[(0, key)]) >= 5, (key, seen[(0, key)])
    assert audit([Release.from_payload(payload)], 5).passed


def test_attack4_clients_minus_new_clients_recovers_nothing(vault):
    # 30 clients, 29 of them new: returning clients = 1
    add_clients(vault.conn, {"naher_osten": 10, "suedasien": 10, "westbalkan": 10},
                day="2026-05-05", first_id=1, earlier=1)
    preview = build_preview(vault.conn, Q2, StatsConfig("site-a"), today=TODAY)
    payload = preview.payload
    values = {(c.measure, c.dimension): c.value for c in payload.cells if c.dimension == "total"}
    assert values[("clients", "total")] == 30
    assert values[("new_clients", "total")] is None  # 30 − 29 = 1 must not show
    # brute force over every value the hidden total could have
    totals = {key: v for key, v in Release.from_payload(payload).values.items()
              if key[1] == "total"}
    fits = set()
    for new in range(1, 31):
        truth = {key: v for key, v in totals.items() if v is not None}
        truth[("new_clients", "total", "total")] = new
        cells = protect(truth, 5, categories=catalogue.categories).cells
        if Release.from_cells(cells).values == totals:
            fits.add(30 - new)
    assert 1 in fits and len(fits) >= 3, fits
    assert audit([Release.from_payload(payload)], 5).passed


# ----- attack 2 through the command line -----------------------------------------------

PASS = "Mosel Statistik Brücke Wein"


def test_attack2_two_revisions_recover_nothing_through_mfd_stats_release(tmp_path):
    ended = previous(period_of("quarter", dt.date.today()))
    day = (ended.start + dt.timedelta(days=10)).isoformat()
    root = tmp_path / "data"
    init_vault(root, PASS)
    paths = DataPaths(root, root / "logs")

    def with_vault(action):
        vault = Vault.unlock_with_passphrase(paths, PASS)
        try:
            return action(vault.conn)
        finally:
            vault.lock()

    with_vault(lambda conn: (add_clients(conn, {"naher_osten": 6, "suedasien": 14,
                                                "westbalkan": 12}, day=day, first_id=1),
                             SettingsService(root / "preferences.json", lambda: conn)
                             .set("stats_site_id", "dw-trier")))

    def release_cli():
        return run_mfd("stats", "release", "--period", ended.key, "--data-dir", str(root),
                       "--passphrase-stdin", stdin=PASS + "\n")

    first = release_cli()
    assert first.code == 0, first.err
    # one late client from a region that was 0 (ostafrika)
    with_vault(lambda conn: add_clients(conn, {"ostafrika": 1}, day=day, first_id=100))
    second = release_cli()
    payloads = with_vault(lambda conn: [
        StatsPayload.model_validate_json(row[0]) for row in conn.execute(
            "SELECT payload_json FROM stats_releases ORDER BY revision").fetchall()])
    if second.code != 0:  # refused, with the reason and the advice
        assert "nächsten Zeitraums" in second.err and len(payloads) == 1
        return
    assert len(payloads) == 2
    released = [region_view(p) for p in payloads]
    assert released[0].values[("clients", "region", "naher_osten")] == 6
    seen = attack(released, 5, catalogue.categories, orders=orders_for(released))
    assert leaks(released, seen, 5) == []
    diff = seen[(1, ("diff", ("clients", "region", "ostafrika")))]
    assert diff >= {0, 1}, diff
    assert audit([Release.from_payload(p) for p in payloads], 5).passed
