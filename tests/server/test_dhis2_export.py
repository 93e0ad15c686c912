"""`mfd-server export --format dhis2`: a DHIS2 dataValueSet of the approved figures,
validated against a JSON schema written from the DHIS2 documentation; hidden cells and
lower-bound sums are left out and listed in the comment, never sent as 0 or the bound."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema_rs
import pytest

from mfd_server import dhis2
from tests.server.support import CLOSED_PERIOD, make_payload, put
from tests.server.umbrella import add_admin, decide, declare, login_as

HERE = Path(__file__).parent
SCHEMA = json.loads((HERE / "dhis2_datavalueset.schema.json").read_text())
MAPPING = HERE / "dhis2-mapping.toml"
VALIDATOR = jsonschema_rs.validator_for(SCHEMA)


def test_the_schema_can_fail():
    good = {"dataValues": [{"dataElement": "DeClients01", "period": "2026Q3",
                            "orgUnit": "OuMainz0001", "categoryOptionCombo": "CocDefault1",
                            "value": "12"}]}
    assert VALIDATOR.is_valid(good)
    value = good["dataValues"][0]
    for bad in ({"value": 12}, {"period": "2026-Q3"}, {"orgUnit": "1uMainz0001"},
                {"dataElement": "short"}, {"extra": "x"}):
        assert not VALIDATOR.is_valid({"dataValues": [value | bad]}), bad
    assert not VALIDATOR.is_valid({})


@pytest.mark.parametrize(("period", "expected"), [
    ("2026-Q3", "2026Q3"), ("2026", "2026"), ("2026-H1", "2026S1"), ("2026-03", "202603")])
def test_dhis2_period_syntax(period, expected):
    assert dhis2.dhis2_period(period) == expected


def test_dhis2_export_leaves_out_hidden_and_lower_bounds(server_factory, sqlite_url, tmp_path):
    live = server_factory(sqlite_url)
    for site, traeger in (("Mainz-Caritas", "Caritas"), ("Trier-DW", "Diakonie"),
                          ("Koblenz-Caritas", "Caritas"), ("Bingen-AWO", "AWO")):
        declare(live, site, traeger)
    add_admin(live, "boss")
    mainz, trier = live.enroll("Mainz-Caritas"), live.enroll("Trier-DW")
    koblenz, bingen = live.enroll("Koblenz-Caritas"), live.enroll("Bingen-AWO")
    put(live, mainz, make_payload(mainz, clients=12, regions={"westbalkan": 7, "naher_osten": 5}))
    # Trier: naher_osten suppressed on the device -> only a lower bound (hidden: ".")
    put(live, trier, make_payload(trier, clients=30, regions={"westbalkan": 30,
                                                              "naher_osten": None}))
    # ... and a second Trier device shows 6 there: the site's sum is "mindestens 6"
    trier2 = live.enroll("Trier-DW")
    put(live, trier2, make_payload(trier2, clients=11, regions={"westbalkan": 5,
                                                                "naher_osten": 6}))
    put(live, koblenz, make_payload(koblenz, clients=9, regions={"westbalkan": 9}))
    put(live, bingen, make_payload(bingen, clients=20, regions={"westbalkan": 20}))
    boss = login_as(live, "boss")
    for site in ("Mainz-Caritas", "Trier-DW", "Bingen-AWO"):  # Koblenz stays unapproved
        assert decide(boss, site, CLOSED_PERIOD, "approved").status_code == 303

    code, out = live.cli("export", "--period", CLOSED_PERIOD, "--format", "dhis2",
                         "--mapping", str(MAPPING))
    assert code == 0
    doc = json.loads(out)
    errors = [e.message for e in VALIDATOR.iter_errors(doc)]
    assert errors == []
    assert doc["dataSet"] == "MfdQuartal1" and doc["period"] == "2025Q1"
    values = {(v["orgUnit"], v["dataElement"], v["categoryOptionCombo"]): v["value"]
              for v in doc["dataValues"]}
    assert values == {
        ("OuMainz0001", "DeClients01", "CocDefault1"): "12",
        ("OuMainz0001", "DeClientsRg", "CocWestBalk"): "7",
        ("OuMainz0001", "DeClientsRg", "CocNahOsten"): "5",
        ("OuTrier0001", "DeClients01", "CocDefault1"): "41",
        ("OuTrier0001", "DeClientsRg", "CocWestBalk"): "35",
    }
    assert all(v["period"] == "2025Q1" and v["value"].isdigit() for v in doc["dataValues"])
    comment = doc["comment"]
    # a lower bound: neither the bound (6) nor 0 is sent
    assert "Trier-DW clients/region/naher_osten" in comment
    assert "Nicht gemeldet: Mainz-Caritas new_clients/total/total" in comment
    assert "Nicht freigegeben (fehlen): Koblenz-Caritas" in comment
    assert "Ohne orgUnit in der Zuordnungsdatei (fehlen): Bingen-AWO" in comment
    # a value the Träger has not approved never goes out
    assert "OuKoblenz01" not in out


def test_dhis2_export_refuses_bad_calls_and_mappings(server_factory, sqlite_url, tmp_path):
    live = server_factory(sqlite_url)
    code, _ = live.cli("export", "--period", CLOSED_PERIOD, "--format", "dhis2")
    assert code == 2
    code, _ = live.cli("export", "--period", CLOSED_PERIOD, "--mapping", str(MAPPING))
    assert code == 2
    bad = tmp_path / "bad.toml"
    for text in ("version = 1\n[orgUnits]\nA = \"kurz\"\n",
                 "version = 1\n[orgUnits]\nA = \"OuMainz0001\"\n[[dataElements]]\n"
                 "measure = \"anna\"\ndataElement = \"DeClients01\"\n"
                 "categoryOptionCombo = \"CocDefault1\"\n",
                 "version = 2\n", "nicht toml = = \n", "\xff"):
        bad.write_bytes(text.encode("latin-1"))
        code, out = live.cli("export", "--period", CLOSED_PERIOD, "--format", "dhis2",
                             "--mapping", str(bad))
        assert code == 1 and out == "", text
    code, _ = live.cli("export", "--period", CLOSED_PERIOD, "--format", "dhis2",
                       "--mapping", str(tmp_path / "fehlt.toml"))
    assert code == 1


def test_documented_example_mapping_parses():
    """The example in docs/server.md is a valid mapping."""
    doc = (HERE.parents[1] / "docs" / "server.md").read_text(encoding="utf-8")
    start = doc.index("```toml\n# DHIS2-Zuordnung") + len("```toml\n")
    mapping = dhis2.parse_mapping(doc[start:doc.index("```", start)])
    assert mapping.org_units and mapping.elements
