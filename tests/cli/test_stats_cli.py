"""`mfd stats preview|release|report` as a separate process with the passphrase on stdin."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mfd_desktop.paths import DataPaths
from mfd_desktop.settings import SettingsService
from mfd_desktop.stats import release as release_mod
from mfd_desktop.stats.payload import StatsPayload
from mfd_desktop.stats.periods import period_of, previous
from mfd_desktop.storage.vault import Vault
from tests.cli.helpers import init_vault, run_mfd
from tests.stats.casedata import Secrets, populate

PASS = "Mosel Statistik Brücke Wein"
TODAY = dt.date.today()
RUNNING = period_of("quarter", TODAY)
ENDED = previous(RUNNING)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("stats-cli") / "data"
    init_vault(root, PASS)
    vault = Vault.unlock_with_passphrase(DataPaths(root, root / "logs"), PASS)
    try:
        secrets = Secrets()
        populate(vault.conn, clients=120, consultations=700, year=ENDED.start.year, seed=7,
                 secrets=secrets)
        SettingsService(root / "preferences.json", lambda: vault.conn).set("stats_site_id",
                                                                          "dw-trier")
        (root.parent / "secrets.json").write_text(json.dumps(sorted(secrets.texts)))
    finally:
        vault.lock()
    return root


def mfd(data_dir, *args):
    return run_mfd("stats", *args, "--data-dir", str(data_dir), "--passphrase-stdin",
                   stdin=PASS + "\n")


def test_preview_json_is_the_payload_and_release_stores_exactly_it(data_dir):
    shown = mfd(data_dir, "preview", "--period", ENDED.key, "--json")
    assert shown.code == 0, shown.err
    payload = StatsPayload.model_validate_json(shown.out)
    assert (payload.site_id, payload.period, payload.revision) == ("dw-trier", ENDED.key, 1)
    for text in json.loads((data_dir.parent / "secrets.json").read_text()):
        assert text not in shown.out

    readable = mfd(data_dir, "preview", "--period", ENDED.key)
    assert readable.code == 0 and "Vorschau der Übermittlung" in readable.out
    assert "Ratsuchende (beraten)" in readable.out and "Herkunftsregion" in readable.out

    done = mfd(data_dir, "release", "--period", ENDED.key)
    assert done.code == 0, done.err
    assert f"{ENDED.key} als Revision 1 freigegeben" in done.out
    vault = Vault.unlock_with_passphrase(DataPaths(data_dir, data_dir / "logs"), PASS)
    try:
        items = release_mod.pending_outbox(vault.conn)
    finally:
        vault.lock()
    assert len(items) == 1
    assert items[0].payload_json == shown.out.strip()

    again = mfd(data_dir, "release", "--period", ENDED.key)
    assert again.code == 1 and "schon freigegeben" in again.err


def test_running_period_and_other_kinds_are_refused(data_dir):
    running = mfd(data_dir, "release", "--period", RUNNING.key)
    assert running.code == 1
    assert "noch nicht abgeschlossen" in running.err and running.out == ""
    month = mfd(data_dir, "release", "--period", f"{ENDED.start.year}-{ENDED.start.month:02d}")
    assert month.code == 1 and "Quartal" in month.err
    bad = mfd(data_dir, "preview", "--period", "2026-Q7")
    assert bad.code == 1 and "kein gültiger Zeitraum" in bad.err


def test_report_writes_a_pdf(data_dir, tmp_path):
    out = tmp_path / "statistik.pdf"
    done = mfd(data_dir, "report", "--period", str(ENDED.start.year), "--out", str(out))
    assert done.code == 0, done.err
    assert out.read_bytes().startswith(b"%PDF")
    wrong = mfd(data_dir, "report", "--period", ENDED.key, "--out", str(tmp_path / "x.txt"))
    assert wrong.code == 1 and ".pdf" in wrong.err


def test_policy_sets_site_release_kind_and_threshold(data_dir, tmp_path):
    policy = tmp_path / "policy.toml"
    policy.write_text('format = 1\n[site]\nid = "pol-site"\n'
                      '[statistics]\nperiod = "half_year"\nsuppression_threshold = 7\n',
                      encoding="utf-8")
    env = {"MFD_POLICY_FILE": str(policy)}
    half = f"{ENDED.start.year}-H{1 if ENDED.start.month <= 6 else 2}"
    quarter = run_mfd("stats", "release", "--period", ENDED.key, "--data-dir", str(data_dir),
                      "--passphrase-stdin", stdin=PASS + "\n", env=env)
    assert quarter.code == 1 and "Halbjahr" in quarter.err
    shown = run_mfd("stats", "preview", "--period", half, "--json", "--data-dir", str(data_dir),
                    "--passphrase-stdin", stdin=PASS + "\n", env=env)
    assert shown.code == 0, shown.err
    payload = StatsPayload.model_validate_json(shown.out)
    assert (payload.site_id, payload.suppression_k, payload.period_kind) == (
        "pol-site", 7, "half_year")
    assert all(c.value is None or c.value == 0 or c.value >= 7 for c in payload.cells)


def test_small_unit_preview_says_totals_only(tmp_path):
    from tests.stats.test_small_unit import add_clients

    root = tmp_path / "data"
    init_vault(root, PASS)
    vault = Vault.unlock_with_passphrase(DataPaths(root, root / "logs"), PASS)
    try:
        add_clients(vault.conn, 19, first_id=1, held_on=ENDED.start.isoformat())
        SettingsService(root / "preferences.json", lambda: vault.conn).set("stats_site_id",
                                                                          "dw-trier")
    finally:
        vault.lock()
    shown = mfd(root, "preview", "--period", ENDED.key)
    assert shown.code == 0, shown.err
    assert "Weniger als 20 Ratsuchende in diesem Zeitraum" in shown.out
    assert "nicht übermittelt" in shown.out and "Nicht aufgeführte" not in shown.out
    payload = StatsPayload.model_validate_json(
        mfd(root, "preview", "--period", ENDED.key, "--json").out)
    assert payload.totals_only and {c.dimension for c in payload.cells} == {"total"}
