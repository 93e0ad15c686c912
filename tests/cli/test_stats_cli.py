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
    assert f"{ENDED.key} als Fassung 1 freigegeben" in done.out
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
    mfd(data_dir, "release", "--period", ENDED.key)  # may be released already
    out = tmp_path / "statistik.pdf"
    done = mfd(data_dir, "report", "--period", str(ENDED.start.year), "--out", str(out))
    assert done.code == 0, done.err
    assert out.read_bytes().startswith(b"%PDF")
    assert f"{ENDED.label.render('de')} (Fassung 1)" in done.out
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


# ----- issue 14: funder reports only from releases; "." instead of "< 5" ------------------

POLICY = 'format = 1\n[site]\nid = "dw-trier"\n'


def _pdf_text(path) -> str:
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) missing")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def _line(text: str, label: str) -> str:
    """The value column of the table row starting with `label` (first such row)."""
    for line in text.splitlines():
        if line.strip().startswith(label):
            rest = line.strip()[len(label):].strip()
            return rest.split("   ")[0].strip()
    raise AssertionError(f"no row {label!r}")


def _released(root, period: str) -> StatsPayload:
    vault = Vault.unlock_with_passphrase(DataPaths(root, root / "logs"), PASS)
    try:
        payload = release_mod.last_released_payload(vault.conn, period)
    finally:
        vault.lock()
    assert payload is not None
    return payload


def _derived(payloads, measure: str, dimension: str, category: str) -> str:
    """What the released quarters already say about the sum of a cell: the attacker's
    own derivation ("." or "mindestens N" when a quarter hides it, else the sum)."""
    visible, hidden = 0, False
    for payload in payloads:
        cell = next((c for c in payload.cells if (c.measure, c.dimension, c.category) ==
                     (measure, dimension, category)), None)
        if cell is not None and cell.suppressed:
            hidden = True
        elif cell is not None:
            visible += cell.value
    if not hidden:
        return f"{visible:,}".replace(",", ".") if visible else "–"
    return f"mindestens {visible}" if visible else "."


@pytest.fixture(scope="module")
def attack3_dir(tmp_path_factory):
    """Attack 3 in a real vault: the list imported with `mfd import-csv`, the four
    quarters of 2025 released with `mfd stats release`."""
    from tests.stats.funder_data import attack3_csv

    base = tmp_path_factory.mktemp("attack3")
    root = base / "data"
    init_vault(root, PASS)
    (base / "policy.toml").write_text(POLICY, encoding="utf-8")
    (base / "liste.csv").write_text(attack3_csv(2025), encoding="utf-8")
    done = run_mfd(
        "import-csv", str(base / "liste.csv"), "--data-dir", str(root), "--passphrase-stdin",
        stdin=PASS + "\n")
    assert done.code == 0, done.err
    for q in range(1, 5):
        released = _mfd_policy(root, "release", "--period", f"2025-Q{q}")
        assert released.code == 0, released.err
    return root


def _mfd_policy(root, *args):
    return run_mfd("stats", *args, "--data-dir", str(root), "--passphrase-stdin",
                   stdin=PASS + "\n",
                   env={"MFD_POLICY_FILE": str(root.parent / "policy.toml")})


def test_attack3_year_pdf_from_released_quarters_reveals_no_hidden_quarter(attack3_dir,
                                                                           tmp_path):
    root = attack3_dir
    quarters = [_released(root, f"2025-Q{q}") for q in range(1, 5)]
    # the attack's situation: Nordafrika is hidden in Q2 and Q3 (true values 1 and 1)
    hidden = {p.period for p in quarters for c in p.cells
              if (c.measure, c.dimension, c.category) == ("clients", "region", "nordafrika")
              and c.suppressed}
    assert {"2025-Q2", "2025-Q3"} <= hidden
    out = tmp_path / "jahr.pdf"
    done = _mfd_policy(root, "report", "--period", "2025", "--out", str(out))
    assert done.code == 0, done.err
    assert "Summe der freigegebenen Quartale" in done.out and done.err == ""
    text = _pdf_text(out)
    flat = " ".join(text.split())
    assert "Statistik Jahr 2025" in text
    assert "1. Quartal 2025 (Fassung 1), 2. Quartal 2025 (Fassung 1)" in flat
    assert "aus Datenschutzgründen nicht ausgewiesen" in flat and "< 5" not in text
    # The region's year figure is exactly what the quarters already say: never the
    # 7 a separately suppressed year printed, so 7 − 5 cannot give the hidden quarters.
    region = _line(text, "Nordafrika")
    assert region != "7" and region == _derived(quarters, "clients", "region", "nordafrika")
    for category, label in (("naher_osten", "Naher/Mittlerer Osten"),
                            ("osteuropa_kaukasus", "Osteuropa (nicht EU) & Kaukasus")):
        assert _line(text, label) == _derived(quarters, "clients", "region", category)
    # every cell hidden in some quarter is no exact number in the year
    for payload in quarters:
        for cell in payload.cells:
            if cell.suppressed and cell.dimension == "region":
                shown = _derived(quarters, "clients", "region", cell.category)
                assert shown == "." or shown.startswith("mindestens ")
    # the half-year likewise
    half = tmp_path / "h1.pdf"
    assert _mfd_policy(root, "report", "--period", "2025-H1", "--out", str(half)).code == 0
    assert _line(_pdf_text(half), "Nordafrika") == _derived(quarters[:2], "clients", "region",
                                                             "nordafrika")


def test_a_late_entry_changes_no_funder_figure_until_released_again(attack3_dir, tmp_path):
    from tests.stats.funder_data import add_person

    root = attack3_dir
    before = tmp_path / "vorher.pdf"
    assert _mfd_policy(root, "report", "--period", "2025", "--out", str(before)).code == 0
    vault = Vault.unlock_with_passphrase(DataPaths(root, root / "logs"), PASS)
    try:
        add_person(vault.conn, country="EG", gender="weiblich", day=dt.date(2025, 5, 20),
                   n=9001)
    finally:
        vault.lock()
    after = tmp_path / "nachher.pdf"
    assert _mfd_policy(root, "report", "--period", "2025", "--out", str(after)).code == 0
    assert _pdf_text(after) == _pdf_text(before)  # still the released quarters only
    quarter = tmp_path / "q2.pdf"
    assert _mfd_policy(root, "report", "--period", "2025-Q2", "--out", str(quarter)).code == 0
    text = _pdf_text(quarter)
    assert "Freigegebene Fassung 1 vom" in " ".join(text.split())
    assert _line(text, "Ratsuchende (beraten)") == "34"  # not 35: the release, not a count


def test_report_refuses_unreleased_and_shorter_periods_in_one_line(attack3_dir, tmp_path):
    root = attack3_dir
    never = _mfd_policy(root, "report", "--period", "2024-Q3", "--out", str(tmp_path / "a.pdf"))
    assert never.code == 1 and never.out == ""
    assert len(never.err.strip().splitlines()) == 1
    assert "noch nicht freigegeben" in never.err and "Freigeben" in never.err
    month = _mfd_policy(root, "report", "--period", "2025-05", "--out", str(tmp_path / "m.pdf"))
    assert month.code == 1 and "Monats" in month.err and "Quartale" in month.err
    assert len(month.err.strip().splitlines()) == 1
    year = _mfd_policy(root, "report", "--period", "2024", "--out", str(tmp_path / "y.pdf"))
    assert year.code == 1 and "noch kein Quartal freigegeben" in year.err
    assert not any((tmp_path / n).exists() for n in ("a.pdf", "m.pdf", "y.pdf"))
    preview = _mfd_policy(root, "preview", "--period", "2025")
    assert preview.code == 1 and "mfd stats report --period 2025" in preview.err


def test_attack5_no_less_than_five_for_a_complementary_cell(tmp_path):
    from tests.stats.funder_data import fill_attack5

    root = tmp_path / "data"
    init_vault(root, PASS)
    (tmp_path / "policy.toml").write_text(POLICY, encoding="utf-8")
    vault = Vault.unlock_with_passphrase(DataPaths(root, root / "logs"), PASS)
    try:
        fill_attack5(vault.conn, 3, 2025)
    finally:
        vault.lock()
    shown = _mfd_policy(root, "preview", "--period", "2025-Q3")
    assert shown.code == 0, shown.err
    assert "< 5" not in shown.out and "<5" not in shown.out
    assert "„.“ = aus Datenschutzgründen nicht ausgewiesen" in shown.out
    payload = StatsPayload.model_validate_json(
        _mfd_policy(root, "preview", "--period", "2025-Q3", "--json").out)
    # 2 divers are hidden; the complementary cell is the 24 men or the 30 women (the
    # order is the vault's secret): whichever it is reads ".", never "< 5"
    hidden = {c.category for c in payload.cells if c.suppressed}
    assert len(hidden & {"maennlich", "weiblich"}) == 1
    expected = {"männlich": "." if "maennlich" in hidden else "24",
                "weiblich": "." if "weiblich" in hidden else "30"}
    for label, sign in expected.items():
        line = next(line for line in shown.out.splitlines() if label in line)
        assert line.split()[-1] == sign
    assert _mfd_policy(root, "release", "--period", "2025-Q3").code == 0
    for period in ("2025-Q3", "2025"):
        out = tmp_path / f"{period}.pdf"
        done = _mfd_policy(root, "report", "--period", period, "--out", str(out))
        assert done.code == 0, done.err
        text = _pdf_text(out)
        assert "< 5" not in text and "<5" not in text
        assert _line(text, "männlich") == expected["männlich"]
        assert _line(text, "weiblich") == expected["weiblich"]
        assert "aus Datenschutzgründen nicht ausgewiesen" in " ".join(text.split())
    year = _pdf_text(tmp_path / "2025.pdf")
    flat = " ".join(year.split())
    assert "nicht enthalten: 1. Quartal 2025, 2. Quartal 2025, 4. Quartal 2025" in flat


SITE_POLICY = POLICY + ('name = "Diakonisches Werk Trier – Migrationsfachdienst"\n'
                        'traeger = "Diakonisches Werk des Kirchenkreises Trier e. V."\n'
                        'address = "Kaiserstraße 7, 54290 Trier"\n')


def test_sachbericht_from_released_quarters_with_site_texts_and_structural_work(
        attack3_dir, tmp_path):
    from mfd_desktop.domain.casework import structural_work
    from mfd_desktop.stats import report_texts
    from mfd_desktop.storage import audit

    root = attack3_dir
    bare = tmp_path / "ohne.pdf"
    done = _mfd_policy(root, "sachbericht", "--period", "2025", "--out", str(bare))
    assert done.code == 0, done.err
    assert "Hinweis: Name der Beratungsstelle fehlt" in done.out
    assert "Abschnitt „Schwerpunkte der Arbeit“ ist noch leer." in done.out
    assert "(Kein Text eingetragen.)" in _pdf_text(bare)

    vault = Vault.unlock_with_passphrase(DataPaths(root, root / "logs"), PASS)
    try:
        report_texts.save(vault.conn, "2025", {
            "schwerpunkte": "Asylverfahrensberatung in der AfA.\n\nSprechstunden in Wittlich.",
            "kooperationen": "Runder Tisch Migration & Ausländerbehörde <Trier>.",
            "bedarfe": "Mehr Sprachmittlung für Dari."})
        structural_work.add_activity(vault.conn, "netzwerktreffen", "2025-03-12", 120, 14, "")
        structural_work.add_activity(vault.conn, "netzwerktreffen", "2025-09-03", 90, 11, "")
        structural_work.add_activity(vault.conn, "netzwerktreffen", "2024-09-03", 90, 50, "")
    finally:
        vault.lock()
    (root.parent / "policy-site.toml").write_text(SITE_POLICY, encoding="utf-8")
    out = tmp_path / "sachbericht.pdf"
    done = run_mfd("stats", "sachbericht", "--period", "2025", "--out", str(out),
                   "--data-dir", str(root), "--passphrase-stdin", stdin=PASS + "\n",
                   env={"MFD_POLICY_FILE": str(root.parent / "policy-site.toml")})
    assert done.code == 0, done.err
    assert "fehlt" not in done.out and "noch leer" not in done.out
    statistik = tmp_path / "statistik.pdf"  # the Statistik-PDF names the site as well
    assert run_mfd("stats", "report", "--period", "2025", "--out", str(statistik),
                   "--data-dir", str(root), "--passphrase-stdin", stdin=PASS + "\n",
                   env={"MFD_POLICY_FILE": str(root.parent / "policy-site.toml")}).code == 0
    head = " ".join(_pdf_text(statistik).split())
    assert "Beratungsstelle: Diakonisches Werk Trier – Migrationsfachdienst" in head
    assert "Träger: Diakonisches Werk des Kirchenkreises Trier e. V." in head
    text = _pdf_text(out)
    flat = " ".join(text.split())
    for expected in ("Sachbericht 2025", "Diakonisches Werk Trier – Migrationsfachdienst",
                     "Diakonisches Werk des Kirchenkreises Trier e. V.",
                     "Kaiserstraße 7, 54290 Trier", "1. Schwerpunkte der Arbeit",
                     "2. Zahlen des Jahres", "3. Strukturarbeit", "4. Kooperationen und Vernetzung",
                     "5. Bedarfe und Ausblick", "Sprechstunden in Wittlich",
                     "Runder Tisch Migration & Ausländerbehörde <Trier>.",
                     "Mehr Sprachmittlung für Dari", "freigegebenen",
                     "1. Quartal 2025 (Fassung 1), 2. Quartal 2025 (Fassung 1)"):
        assert expected in flat, expected
    assert "(Kein Text eingetragen.)" not in flat
    # the year's figures are the released quarters' own: hidden stays hidden
    assert _line(text, "Nordafrika") == _derived(
        [_released(root, f"2025-Q{q}") for q in range(1, 5)], "clients", "region", "nordafrika")
    # the structural work entered after the quarters were released is not in them: the
    # Sachbericht shows what was released, not the live entries
    assert "keine Strukturarbeit erfasst" in flat and "Netzwerktreffen" not in flat

    vault = Vault.unlock_with_passphrase(DataPaths(root, root / "logs"), PASS)
    try:
        actions = [e.action for e in audit.entries(vault.conn, limit=20)]
    finally:
        vault.lock()
    assert actions.count("stats.sachbericht_exported") == 2


def test_sachbericht_refuses_a_quarter_and_an_unreleased_year_in_one_line(attack3_dir,
                                                                           tmp_path):
    quarter = _mfd_policy(attack3_dir, "sachbericht", "--period", "2025-Q2", "--out",
                          str(tmp_path / "q.pdf"))
    assert quarter.code == 1 and quarter.out == ""
    assert quarter.err.strip().splitlines() == [
        "mfd: Der Sachbericht gilt für ein Jahr (z. B. 2026), nicht für „2025-Q2“."]
    never = _mfd_policy(attack3_dir, "sachbericht", "--period", "2023", "--out",
                        str(tmp_path / "y.pdf"))
    assert never.code == 1 and "noch kein Quartal freigegeben" in never.err
    assert not (tmp_path / "q.pdf").exists() and not (tmp_path / "y.pdf").exists()
