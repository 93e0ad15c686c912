"""A reporting round at umbrella scale on PostgreSQL: 40 sites × 3 devices × 4 quarters,
then status, approval and export end to end (issue #19).

Devices are enrolled in the database directly (enrolment has its own tests), the first
three quarters are stored through the server's own `put_report` in-process, and the
last quarter arrives over HTTP; status, approval (admin pages) and the exports (CLI,
reader download) run as in production. Kept well under a minute."""

from __future__ import annotations

import json
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import jsonschema_rs

from mfd_server.models import Device
from mfd_server.reports import put_report
from mfd_server.security import new_device_id, new_device_token, sha256_hex
from tests.server.support import make_payload
from tests.server.test_dhis2_export import SCHEMA
from tests.server.umbrella import add_admin, decide, login_as

SITES = [f"Stelle-{i:02d}" for i in range(40)]
QUARTERS = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
NOT_APPROVED = {"Stelle-07", "Stelle-33"}
LATE = "Stelle-12"  # its third device never sends 2025-Q4


def test_forty_sites_three_devices_four_quarters(server_factory, pg_cluster, tmp_path):
    live = server_factory(pg_cluster.new_database(), anon_rate_per_minute=10_000.0,
                          anon_burst=1_000)
    with live.sessions()() as session:
        from mfd_server.sites import declare_site

        for i, site in enumerate(SITES):
            declare_site(session, site, f"MBE {site}", f"Träger {i % 4}", "quarter,year")
        session.commit()
    add_admin(live, "boss")
    add_admin(live, "land", "--role", "reader")
    devices: dict[str, list[dict]] = {}
    with live.sessions()() as session:
        for site in SITES:
            for _ in range(3):
                device_id = new_device_id()
                token = new_device_token(device_id)
                session.add(Device(id=device_id, site_id=site, token_hash=sha256_hex(token)))
                devices.setdefault(site, []).append(
                    {"device_id": device_id, "token": token, "site_id": site})
        session.commit()

    def store(job):  # the first three quarters: the server's storing code, in-process
        device, quarter, suppressed = job
        regions = {"westbalkan": 7, "naher_osten": None if suppressed else 5}
        body = json.dumps(make_payload(device, period=quarter, clients=12,
                                       regions=regions)).encode()
        with live.sessions()() as session:
            row = session.get(Device, device["device_id"])
            status, _answer = put_report(session, row, quarter, uuid.uuid4().hex, body, 5)
        return status

    def send(job):
        device, quarter, suppressed = job
        regions = {"westbalkan": 7, "naher_osten": None if suppressed else 5}
        body = make_payload(device, period=quarter, clients=12, regions=regions)
        with httpx.Client(timeout=30) as client:
            r = client.put(f"{live.url}/api/v1/reports/{quarter}", json=body, headers={
                "Authorization": f"Bearer {device['token']}",
                "Idempotency-Key": f"{device['device_id']}-{quarter}"})
        return r.status_code

    jobs = [(dev, q, i % 5 == 0 and n == 2)
            for i, site in enumerate(SITES) for n, dev in enumerate(devices[site])
            for q in QUARTERS if not (site == LATE and n == 2 and q == "2025-Q4")]
    with ThreadPoolExecutor(4) as pool:
        assert set(pool.map(store, [j for j in jobs if j[1] != "2025-Q4"])) == {200}
        assert set(pool.map(send, [j for j in jobs if j[1] == "2025-Q4"])) == {200}
    assert len(jobs) == 40 * 3 * 4 - 1

    # status: every quarter complete except the late device in Q4
    for quarter in QUARTERS:
        code, out = live.cli("status", "--period", quarter, "--format", "json")
        doc = json.loads(out)
        assert code == 0 and len(doc["sites"]) == 40 and doc["expected"] == 120
        if quarter == "2025-Q4":
            assert doc["received_expected"] == 119
            assert doc["reporting_rate_percent"] == 99.2 and doc["overdue"] == 1
        else:
            assert doc["reporting_rate_percent"] == 100.0 and doc["overdue"] == 0

    # approval of Q4 by the umbrella admin for all but two sites
    boss = login_as(live, "boss")
    for site in SITES:
        if site not in NOT_APPROVED:
            assert decide(boss, site, "2025-Q4", "approved").status_code == 303
    doc = json.loads(live.cli("status", "--period", "2025-Q4", "--format", "json")[1])
    assert doc["approved"] == 38
    assert {s["site"] for s in doc["sites"] if s["approval"] == "pending"} == NOT_APPROVED

    # the reader's table: approved sites only, the two others named as missing
    export = login_as(live, "land").get("/admin/periods/2025-Q4/export.json").json()
    assert sorted(export["sites_not_approved"]) == sorted(NOT_APPROVED)
    total = next(c for c in export["cells"] if c["measure"] == "clients"
                 and c["dimension"] == "total")
    assert total["value"] == 38 * 3 * 12 - 12 and total["lower_bound"] is False  # LATE: 2
    naher_osten = next(c for c in export["cells"] if c["category"] == "naher_osten")
    assert naher_osten["lower_bound"] is True

    # the DHIS2 file: valid, approved sites only, suppressed sums left out
    mapping = tmp_path / "mapping.toml"
    lines = ["version = 1", "[orgUnits]"]
    lines += [f'"{site}" = "Ou{i:09d}"' for i, site in enumerate(SITES)]
    for category, coc in (("total", "CocDefault1"), ("westbalkan", "CocWestBalk"),
                          ("naher_osten", "CocNahOsten")):
        dimension = "total" if category == "total" else "region"
        lines += ["[[dataElements]]", 'measure = "clients"', f'dimension = "{dimension}"',
                  f'category = "{category}"', 'dataElement = "DeClients01"',
                  f'categoryOptionCombo = "{coc}"']
    mapping.write_text("\n".join(lines) + "\n")
    code, out = live.cli("export", "--period", "2025-Q4", "--format", "dhis2",
                         "--mapping", str(mapping))
    assert code == 0
    dvs = json.loads(out)
    assert list(jsonschema_rs.validator_for(SCHEMA).iter_errors(dvs)) == []
    suppressing = {site for i, site in enumerate(SITES) if i % 5 == 0} - NOT_APPROVED
    assert len(dvs["dataValues"]) == 38 * 3 - len(suppressing)
    assert all(v["period"] == "2025Q4" for v in dvs["dataValues"])
    for site in suppressing:
        assert f"{site} clients/region/naher_osten" in dvs["comment"]
    assert "Stelle-07" in dvs["comment"] and "Ou000000007" not in out
