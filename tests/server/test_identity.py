"""Issue #15.2: one enrolled device reports under exactly one statistics identity.

Rebuilt as reported: one token filing reports under new random payload device ids
(tripling its site's total), and a second device of the same site overwriting the
first's report as revision 99 (after which the first's real revisions got 409).
"""

from __future__ import annotations

import json
import logging
import secrets

import httpx
from sqlalchemy import select

from mfd_server.models import Device
from tests.server.support import CLOSED_PERIOD, make_payload, put
from tests.server.test_admin import PASSWORD, login


def site_total(live, period: str = CLOSED_PERIOD) -> int:
    code, out = live.cli("export", "--period", period, "--format", "json")
    assert code == 0
    cells = {(c["dimension"], c["category"]): c["value"] for c in json.loads(out)["cells"]}
    return cells.get(("total", "total"), 0)


def test_one_token_cannot_invent_new_identities(live_server):
    dev = live_server.enroll("Mainz-Caritas")
    assert put(live_server, dev, make_payload(dev, clients=12)).status_code == 200
    for _ in range(2):
        forged = make_payload(dev, clients=12) | {"device_id": secrets.token_hex(16)}
        r = put(live_server, dev, forged)
        assert r.status_code == 403 and r.json()["code"] == "identity_mismatch"
        assert "Statistik-Kennung" in r.json()["detail"]
    assert site_total(live_server) == 12
    # and a token whose first report bound a random id cannot switch to another one
    other = live_server.enroll("Mainz-Caritas")
    first = make_payload(other, clients=6) | {"device_id": secrets.token_hex(16)}
    assert put(live_server, other, first).status_code == 200
    r = put(live_server, other, make_payload(other, clients=6))
    assert r.status_code == 403 and r.json()["code"] == "identity_mismatch"


def test_second_device_cannot_overwrite_the_firsts_report(live_server):
    first = live_server.enroll("Mainz-Caritas")
    second = live_server.enroll("Mainz-Caritas")
    assert put(live_server, first, make_payload(first, clients=12)).status_code == 200
    hijack = make_payload(first, revision=99, clients=500)
    r = put(live_server, second, hijack)
    assert r.status_code == 403 and r.json()["code"] == "identity_taken"
    # the first device's real next revision is still accepted
    assert put(live_server, first, make_payload(first, revision=2, clients=14)).status_code == 200
    assert site_total(live_server) == 14
    # the second device can still report under its own identity
    assert put(live_server, second, make_payload(second, clients=5)).status_code == 200
    assert site_total(live_server) == 19


def test_takeover_needs_an_admin_code_for_that_identity_and_is_logged(live_server, caplog):
    laptop = live_server.enroll("Mainz-Caritas")
    assert put(live_server, laptop, make_payload(laptop, clients=12)).status_code == 200
    identity = laptop["device_id"]
    # the CLI refuses a takeover code for an identity the site never used, or a bad one
    assert live_server.cli("enroll-code", "--site", "Trier-DW", "--takeover", identity)[0] == 1
    assert live_server.cli("enroll-code", "--site", "Mainz-Caritas", "--takeover", "xyz")[0] == 1
    code, listing = live_server.cli("list-devices", "--with-identity")
    assert code == 0 and f"{laptop['device_id']}\tMainz-Caritas\taktiv\t{identity}" in listing
    live_server.cli("create-admin", "--username", "lea", "--password-stdin",
                    stdin=PASSWORD + "\n")
    admin, _ = login(live_server)
    assert f"<code>{identity}</code>" in admin.get("/admin/devices").text
    with caplog.at_level(logging.INFO):
        code, out = live_server.cli("enroll-code", "--site", "Mainz-Caritas",
                                    "--takeover", identity)
        assert code == 0
        r = httpx.post(f"{live_server.url}/api/v1/enroll", json={"code": out.strip()},
                       timeout=10)
    assert r.status_code == 200
    new = r.json()
    logged = [rec.getMessage() for rec in caplog.records if "taken over" in rec.getMessage()]
    assert logged and identity in logged[0] and new["device_id"] in logged[0]
    assert put(live_server, new, make_payload(laptop, revision=2, clients=13)).status_code == 200
    with live_server.sessions()() as session:
        old = session.get(Device, laptop["device_id"])
        assert old.revoked_at is not None and old.stats_identity is None
        holders = session.scalars(select(Device.id).where(Device.stats_identity == identity))
        assert list(holders) == [new["device_id"]]
    assert site_total(live_server) == 13
    # the plain enrolment of the old list stays as it was
    code, listing = live_server.cli("list-devices")
    assert f"{laptop['device_id']}\tMainz-Caritas\tgesperrt\n" in listing
