"""Issue #19 on a real server (SQLite and PostgreSQL): sites release, the Träger approves
or returns, the umbrella reader sees approved revisions only; every role sees only its
own sites, and only a site's own admins see its single device reports."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.server.support import CLOSED_PERIOD, make_payload, put
from tests.server.umbrella import (
    add_admin,
    clients_total,
    csrf_of,
    decide,
    declare,
    fingerprint_of,
    login_as,
)

P = CLOSED_PERIOD


@pytest.fixture
def round_(server_factory, db_url):
    """Three declared sites of two Träger, four admins, reports from three devices."""
    live = server_factory(db_url)
    declare(live, "Mainz-Caritas", "Caritas RLP")
    declare(live, "Koblenz-Caritas", "Caritas RLP")
    declare(live, "Trier-DW", "Diakonie Trier")
    add_admin(live, "boss")  # no role: umbrella admin, as every account before
    add_admin(live, "caritas", "--role", "traeger_admin", "--traeger", "Caritas RLP")
    add_admin(live, "mainz", "--role", "site_admin", "--site", "Mainz-Caritas")
    add_admin(live, "land", "--role", "reader")
    m1, m2 = live.enroll("Mainz-Caritas"), live.enroll("Mainz-Caritas")
    trier = live.enroll("Trier-DW")
    live.enroll("Koblenz-Caritas")  # enrolled, never reports: overdue
    for dev, clients in ((m1, 12), (m2, 10), (trier, 30)):
        regions = {"westbalkan": clients - 5, "naher_osten": 5}
        assert put(live, dev, make_payload(dev, clients=clients, regions=regions)).status_code == 200
    return live, m1, m2, trier


def test_status_lists_expected_received_overdue_and_rate(round_):
    live, m1, _m2, _trier = round_
    code, out = live.cli("status", "--period", P, "--format", "json")
    assert code == 0
    doc = json.loads(out)
    by_site = {s["site"]: s for s in doc["sites"]}
    assert by_site["Mainz-Caritas"] | {"last_contact": None} == {
        "site": "Mainz-Caritas", "name": "MFD Mainz-Caritas", "traeger": "Caritas RLP",
        "owes": True, "expected_devices": 2, "received_reports": 2, "last_revision": 1,
        "last_contact": None, "overdue": False, "approval": "pending"}
    assert by_site["Mainz-Caritas"]["last_contact"].endswith("Z")
    assert by_site["Koblenz-Caritas"]["received_reports"] == 0
    assert by_site["Koblenz-Caritas"]["overdue"] is True
    assert by_site["Koblenz-Caritas"]["approval"] == "missing"
    assert doc["expected"] == 4 and doc["received_expected"] == 3
    assert doc["reporting_rate_percent"] == 75.0 and doc["overdue"] == 1
    code, text = live.cli("status", "--period", P)
    assert code == 0 and "Koblenz-Caritas\tCaritas RLP\t1\t0\t-\t-\tja\tnicht eingegangen" in text
    # a site that owes only years is not expected for a quarter
    declare(live, "Koblenz-Caritas", "Caritas RLP", owes="year")
    doc = json.loads(live.cli("status", "--period", P, "--format", "json")[1])
    assert "Koblenz-Caritas" not in {s["site"] for s in doc["sites"]}
    assert doc["reporting_rate_percent"] == 100.0
    # the admin page shows the same
    page = login_as(live, "boss").get(f"/admin/status/{P}")
    assert page.status_code == 200 and "100,0 %" in page.text and "Trier-DW" in page.text


def test_traeger_approves_and_returns_reader_sees_approved_revision_only(round_):
    live, m1, _m2, trier = round_
    land, caritas = login_as(live, "land"), login_as(live, "caritas")

    # nothing approved: the reader sees no figures, every site marked
    page = land.get(f"/admin/periods/{P}").text
    assert clients_total(page) is None
    assert "Mainz-Caritas" in page and "zu prüfen" in page and "nicht eingegangen" in page
    assert "Freigegebene Zahlen" in page

    # the Träger sees its sites, their sums and the plausibility findings, no device
    site_page = caritas.get(f"/admin/sites/Mainz-Caritas/periods/{P}")
    assert site_page.status_code == 200
    assert "Plausibilität" in site_page.text and "plausibility-v1" in site_page.text
    assert "Berichte der einzelnen Geräte" not in site_page.text
    assert m1["device_id"][:8] not in site_page.text
    assert caritas.get(f"/admin/sites/Trier-DW/periods/{P}").status_code == 404
    status = caritas.get(f"/admin/status/{P}").text
    assert "Mainz-Caritas" in status and "Trier-DW" not in status

    # approve
    assert decide(caritas, "Mainz-Caritas", P, "approved").status_code == 303
    page = land.get(f"/admin/periods/{P}").text
    assert clients_total(page) == "22"
    assert "Trier-DW" in page and "nicht enthalten" in page

    # a new revision arrives: the reader keeps seeing the approved one
    r = put(live, m1, make_payload(m1, revision=2, clients=40,
                                   regions={"westbalkan": 35, "naher_osten": 5}))
    assert r.status_code == 200
    assert clients_total(land.get(f"/admin/periods/{P}").text) == "22"
    site_page = caritas.get(f"/admin/sites/Mainz-Caritas/periods/{P}").text
    assert "neue Fassung zu prüfen" in site_page and "weiter die zuletzt freigegebene" in site_page

    # returning needs a comment and changes nothing the umbrella sees
    r = decide(caritas, "Mainz-Caritas", P, "returned", "", page=site_page)
    assert r.status_code == 422 and "Kommentar" in r.text
    r = decide(caritas, "Mainz-Caritas", P, "returned",
               "Bitte Ratsuchende prüfen \x00 – doppelt gezählt?", page=site_page)
    assert r.status_code == 303
    after = caritas.get(f"/admin/sites/Mainz-Caritas/periods/{P}").text
    assert "Bitte Ratsuchende prüfen" in after and "doppelt gezählt?" in after
    assert "zurückgegeben" in after
    assert clients_total(land.get(f"/admin/periods/{P}").text) == "22"

    # a decision on figures that changed since the page was shown is refused
    put(live, m1, make_payload(m1, revision=3, clients=41,
                               regions={"westbalkan": 36, "naher_osten": 5}))
    r = decide(caritas, "Mainz-Caritas", P, "approved", page=after)
    assert r.status_code == 409 and "neue Fassung" in r.text
    assert clients_total(land.get(f"/admin/periods/{P}").text) == "22"

    # approving the current revisions replaces what the umbrella sees
    assert decide(caritas, "Mainz-Caritas", P, "approved").status_code == 303
    assert clients_total(land.get(f"/admin/periods/{P}").text) == "51"

    # the Träger cannot approve another Träger's site; the umbrella admin can
    page = login_as(live, "boss").get(f"/admin/sites/Trier-DW/periods/{P}").text
    forged = caritas.post(f"/admin/sites/Trier-DW/periods/{P}/decision",
                          data={"csrf": csrf_of(caritas.get("/admin/").text),
                                "fingerprint": fingerprint_of(page), "decision": "approved"})
    assert forged.status_code == 404
    assert decide(login_as(live, "boss"), "Trier-DW", P, "approved").status_code == 303
    land_page = land.get(f"/admin/periods/{P}").text
    assert clients_total(land_page) == "81"

    # the reader's downloads hold approved figures only, even without ?stand=
    rows = list(csv.reader(io.StringIO(land.get(f"/admin/periods/{P}/export.csv").text
                                       .lstrip("\ufeff")), delimiter=";"))
    assert rows[1][:5] == [P, "clients", "total", "total", "81"]
    doc = land.get(f"/admin/periods/{P}/export.json").json()
    assert doc["approved_only"] is True and doc["sites"] == ["Mainz-Caritas", "Trier-DW"]
    assert doc["sites_not_approved"] == ["Koblenz-Caritas"]
    # a newer revision after the approval: received and approved figures now differ
    put(live, m1, make_payload(m1, revision=4, clients=50,
                               regions={"westbalkan": 45, "naher_osten": 5}))
    # the CLI: received (as today) and approved only
    _code, out = live.cli("export", "--period", P, "--format", "json")
    assert json.loads(out)["cells"][0]["value"] == 90
    _code, out = live.cli("export", "--period", P, "--format", "json", "--approved-only")
    assert json.loads(out)["cells"][0]["value"] == 81
    # the umbrella admin chooses; the reader always gets the approved figures
    boss = login_as(live, "boss")
    assert clients_total(boss.get(f"/admin/periods/{P}").text) == "90"
    assert clients_total(boss.get(f"/admin/periods/{P}?stand=freigegeben").text) == "81"
    assert clients_total(land.get(f"/admin/periods/{P}?stand=alles").text) == "81"


def test_roles_see_only_their_own_sites(round_):
    live, m1, m2, trier = round_
    land, mainz, caritas = (login_as(live, n) for n in ("land", "mainz", "caritas"))

    # the reader: no devices, no site pages, no unapproved figures
    assert land.get("/admin/devices").status_code == 403
    assert land.get(f"/admin/sites/Mainz-Caritas/periods/{P}").status_code == 404
    assert clients_total(land.get(f"/admin/periods/{P}?stand=eingegangen").text) is None
    land_csv = land.get(f"/admin/periods/{P}/export.csv").text
    assert "clients" not in land_csv

    # the site admin: its own site with each device's report, nothing else
    own = mainz.get(f"/admin/sites/Mainz-Caritas/periods/{P}")
    assert own.status_code == 200 and "Berichte der einzelnen Geräte" in own.text
    assert m1["device_id"][:8] in own.text and m2["device_id"][:8] in own.text
    assert "Freigeben" not in own.text  # no approval form for the site itself
    r = mainz.post(f"/admin/sites/Mainz-Caritas/periods/{P}/decision",
                   data={"csrf": csrf_of(own.text), "fingerprint": "0" * 64,
                         "decision": "approved"})
    assert r.status_code == 403
    assert mainz.get(f"/admin/sites/Trier-DW/periods/{P}").status_code == 404
    assert clients_total(mainz.get(f"/admin/periods/{P}").text) == "22"  # Mainz only
    devices = mainz.get("/admin/devices").text
    assert m1["device_id"][:8] in devices and trier["device_id"][:8] not in devices
    r = mainz.post(f"/admin/devices/{trier['device_id']}/revoke",
                   data={"csrf": csrf_of(devices)})
    assert r.status_code == 404
    assert put(live, trier, make_payload(trier, revision=2)).status_code == 200

    # the Träger: the sum of its sites, no device list
    assert clients_total(caritas.get(f"/admin/periods/{P}").text) == "22"
    assert caritas.get("/admin/devices").status_code == 403
    assert "Berichte der einzelnen Geräte" not in \
        caritas.get(f"/admin/sites/Mainz-Caritas/periods/{P}").text

    # only the umbrella admin declares sites
    page = caritas.get("/admin/sites").text
    r = caritas.post("/admin/sites", data={"csrf": csrf_of(page), "site": "X", "name": "X",
                                           "traeger": "Caritas RLP", "owes": "quarter"})
    assert r.status_code == 403
    boss = login_as(live, "boss")
    page = boss.get("/admin/sites").text
    r = boss.post("/admin/sites", data={"csrf": csrf_of(page), "site": "Bingen-AWO",
                                        "name": "MBE Bingen", "traeger": "AWO",
                                        "owes": ["quarter", "year"]})
    assert r.status_code == 303
    listing = boss.get("/admin/sites").text
    assert "MBE Bingen" in listing and "Quartal, Jahr" in listing
    r = boss.post("/admin/sites", data={"csrf": csrf_of(page), "site": "a b",
                                        "name": "x", "traeger": "y"})
    assert r.status_code == 422 and "Kennung" in r.text


def test_cli_roles_need_their_scope(server_factory, sqlite_url, capsys):
    live = server_factory(sqlite_url)
    declare(live, "Mainz-Caritas", "Caritas RLP")
    for args, text in ((["--role", "traeger_admin"], "--traeger"),
                       (["--role", "site_admin"], "--site"),
                       (["--role", "site_admin", "--site", "Nirgendwo"], "Nirgendwo"),
                       (["--site", "Mainz-Caritas"], "--role site_admin")):
        code, _out = live.cli("create-admin", "--username", "x", "--password-stdin", *args,
                              stdin="passwort-passwort\n")
        assert code == 1, args
        assert text in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        live.cli("create-admin", "--username", "x", "--role", "chef")
    assert usage.value.code == 2
