"""The administrator's policy: strict parsing with line numbers, and enforcement through
SettingsService (locked values, upper limits), never a silent fallback to weaker settings."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import trustme

from mfd_desktop import policy as policy_mod
from mfd_desktop.errors import PolicyError, UserError
from mfd_desktop.policy import Policy, load_policy, parse_policy
from mfd_desktop.settings import SettingsService
from tests.cli.helpers import run_mfd

FULL = """\
# Richtlinie des Trägers
format = 1

[site]
name = "Caritasverband Mainz – MFD"
id = "mz-caritas"
traeger = "Caritasverband für die Diözese Mainz e. V."
address = "Bahnstraße 32, 55128 Mainz"

[server]
url = "https://statistik.example.org/"
ca_file = "{ca_file}"
enrolment_code = "ABCD-EFGH-JKLM-NPQR"

[security]
auto_lock_max_minutes = 10
remember_on_device_allowed = false

[data]
retention_years = 4

[statistics]
period = "half_year"
suppression_threshold = 7

[interface]
default_language = "de"

[locked]
language = "de"
clipboard_clear_seconds = 20
"""


@pytest.fixture
def ca_file(tmp_path) -> Path:
    path = tmp_path / "ca.pem"
    trustme.CA().cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def full_text(ca_file) -> str:
    return FULL.replace("{ca_file}", ca_file.as_posix())


def line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def parse(text: str) -> Policy:
    return parse_policy(text.encode("utf-8"), Path("/etc/mfd-desktop/policy.toml"))


def test_full_example_parses_and_every_getter_answers(full_text, ca_file):
    p = parse(full_text)
    assert (p.site_name, p.site_id) == ("Caritasverband Mainz – MFD", "mz-caritas")
    assert (p.site_traeger, p.site_address) == (
        "Caritasverband für die Diözese Mainz e. V.", "Bahnstraße 32, 55128 Mainz")
    assert p.server_url == "https://statistik.example.org"  # normalised like the sync client
    assert p.ca_file == str(ca_file)
    assert p.enrolment_code == "ABCD-EFGH-JKLM-NPQR"
    assert p.auto_lock_max_minutes == 10 and p.remember_allowed is False
    assert p.retention_years == 4 and p.stats_period_kind == "half_year"
    assert p.suppression_k == 7 and p.default_language == "de"
    assert p.locked_values() == {
        "site_name": "Caritasverband Mainz – MFD",
        "site_traeger": "Caritasverband für die Diözese Mainz e. V.",
        "site_address": "Bahnstraße 32, 55128 Mainz",
        "stats_site_id": "mz-caritas",
        "sync_server_url": "https://statistik.example.org",
        "sync_ca_file": str(ca_file),
        "retention_years": 4,
        "stats_release_period_kind": "half_year",
        "stats_suppression_k": 7,
        "remember_on_device_allowed": False,
        "language": "de",
        "clipboard_clear_seconds": 20,
    }
    assert p.maximum_values() == {"auto_lock_minutes": 10}


def test_the_example_in_the_admin_docs_is_valid(tmp_path, monkeypatch):
    docs = (Path(__file__).resolve().parent.parent / "docs" / "admin.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", docs, re.S)
    assert block, "docs/admin.md must contain a ```toml example"
    text = block.group(1)
    ca = re.search(r'ca_file = "([^"]+)"', text)
    if ca:  # the example names a real-looking path; point it at a real certificate here
        cert = tmp_path / "ca.pem"
        trustme.CA().cert_pem.write_to_path(str(cert))
        text = text.replace(ca.group(1), cert.as_posix())
    p = parse(text)
    assert p.site_id and p.server_url and p.suppression_k >= 5


def test_a_minimal_policy_locks_only_what_it_names():
    p = parse('[statistics]\nperiod = "year"\n')
    assert p.locked_values() == {"stats_release_period_kind": "year"}
    assert p.maximum_values() == {} and p.remember_allowed is True
    assert p.suppression_k == 5  # the floor applies even when the policy is silent


def test_a_utf8_bom_from_windows_editors_is_accepted():
    p = parse_policy(b"\xef\xbb\xbf[site]\nname = \"M\xc3\xbcnster\"\n", "policy.toml")
    assert p.site_name == "Münster"


# Each case: the policy text, the text of the line the message must name, a message part.
BAD = [
    ('[site]\nid = "mz"\n[colours]\nred = 1\n', "[colours]", "unbekannter Eintrag „colours“"),
    ('[security]\nauto_lock_max_minutes = 5\nlock_on_lid = true\n', "lock_on_lid",
     "unbekannter Schlüssel „lock_on_lid“"),
    ('[statistics]\nperiod = "quarter"\nsuppression_threshold = 4\n', "suppression_threshold",
     "mindestens 5"),
    ('[statistics]\nsuppression_threshold = "5"\n', "suppression_threshold", "ganze Zahl"),
    ('[statistics]\nsuppression_threshold = true\n', "suppression_threshold", "ganze Zahl"),
    ('[statistics]\nsuppression_threshold = 500\n', "suppression_threshold", "höchstens 100"),
    ('[statistics]\nperiod = "week"\n', "period", "erlaubt sind month, quarter"),
    ('[server]\nurl = "http://statistik.example.org"\n', "url", "Unverschlüsselte"),
    ('[server]\nurl = "ftp://x"\n', "url", "vollständig"),
    ('[site]\nname = "Mainz"\nid = "mz caritas"\n', "id =", "Buchstaben, Ziffern"),
    ('[site]\nname = ""\n', "name", "Text erwartet"),
    ('[site]\naddress = "Bahnstraße 32\\t55128 Mainz"\n', "address", "keine Steuerzeichen"),
    ('[site]\nphone = "06131\\n123"\n', "phone", "keine Steuerzeichen"),
    ('[site]\ntraeger = 7\n', "traeger", "Text erwartet"),
    ('[server]\nca_file = "/nicht/da/ca.pem"\n', "ca_file", "gibt es nicht"),
    ('[server]\nca_file = "relativ/ca.pem"\n', "ca_file", "vollständigen Pfad"),
    ('[server]\nenrolment_code = "AB"\n', "enrolment_code", "8–64"),
    ('[security]\nremember_on_device_allowed = "nein"\n', "remember_on_device_allowed",
     "true oder false"),
    ('[security]\nauto_lock_max_minutes = 0\n', "auto_lock_max_minutes", "mindestens 1"),
    ('[data]\nretention_years = 0\n', "retention_years", "mindestens 1"),
    ('[interface]\ndefault_language = "fr"\n', "default_language", "erlaubt sind de, en"),
    ('[locked]\nfont_size = 12\n', "font_size", "unbekannte Einstellung"),
    ('[locked]\nauto_lock_minutes = 0\n', "auto_lock_minutes", "mindestens 1"),
    ('[locked]\nstats_suppression_k = 3\n', "stats_suppression_k", "mindestens 5"),
    ('[statistics]\nsuppression_threshold = 6\n[locked]\nstats_suppression_k = 9\n',
     "stats_suppression_k", "widerspricht"),
    ('[security]\nauto_lock_max_minutes = 10\n[locked]\nauto_lock_minutes = 30\n',
     "auto_lock_minutes = 30", "höchstens 10"),
    ('[security]\nremember_on_device_allowed = false\n[locked]\n'
     'remember_on_device_allowed = true\n', "remember_on_device_allowed = true", "widerspricht"),
    ('format = 2\n', "format", "format muss 1"),
    ('[statistics]\nsmall_unit_threshold = 4\n', "small_unit_threshold", "mindestens 5"),
    ('[statistics]\nsmall_unit_threshold = 5000\n', "small_unit_threshold", "höchstens 1000"),
    ('[statistics]\nsuppression_threshold = 8\nsmall_unit_threshold = 6\n',
     "small_unit_threshold", "nicht kleiner"),
    ('[statistics]\nsuppression_threshold = 8\n[locked]\nstats_small_unit_threshold = 6\n',
     "stats_small_unit_threshold", "nicht kleiner"),
    ('[statistics]\nsmall_unit_threshold = 30\n[locked]\nstats_small_unit_threshold = 20\n',
     "stats_small_unit_threshold", "widerspricht"),
    ('site.id = "ok"\nsite.name = 5\n', "site.name", "Text erwartet"),
    ('statistics = "quarter"\n', "statistics", "muss ein Abschnitt sein"),
    # Syntax errors: tomllib reports the line.
    ('[site]\nname = "Mainz\n', "name", "kein gültiges TOML"),
    ('[site]\nname = "A"\nname = "B"\n', 'name = "B"', "kein gültiges TOML"),
    ('[site\nname = "A"\n', "[site", "kein gültiges TOML"),
]


@pytest.mark.parametrize(("text", "line_text", "fragment"), BAD,
                         ids=[f"{i}-{case[2][:20]}" for i, case in enumerate(BAD)])
def test_every_validation_error_names_its_line(text, line_text, fragment):
    with pytest.raises(PolicyError) as caught:
        parse(text)
    message = caught.value.render("de")
    assert fragment in message
    assert f"Zeile {line_of(text, line_text)}" in message
    assert "/etc/mfd-desktop/policy.toml" in message


def test_all_problems_are_reported_at_once_in_line_order():
    text = ('[statistics]\nsuppression_threshold = 2\nperiod = "woche"\n'
            '[security]\nfoo = 1\n')
    message = pytest.raises(PolicyError, parse, text).value.render("de")
    found = [int(n) for n in re.findall(r"Zeile (\d+)", message)]
    assert found == [2, 3, 5]


def test_invalid_utf8_names_the_line():
    with pytest.raises(PolicyError, match="Zeile 3: kein UTF-8"):
        parse_policy(b'[site]\nid = "a"\nname = "M\xfcnster"\n', "policy.toml")


# ----- loading: where, and never a silent fallback ---------------------------------------------


@pytest.fixture
def system_path(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "etc" / "policy.toml"
    monkeypatch.delenv(policy_mod.ENV_POLICY_FILE, raising=False)
    monkeypatch.setattr(policy_mod, "default_policy_path", lambda: path)
    return path


def test_no_policy_installed_means_no_policy(system_path):
    assert load_policy() is None


def test_installed_policy_is_loaded(system_path):
    system_path.parent.mkdir()
    system_path.write_text('[statistics]\nsuppression_threshold = 8\n', encoding="utf-8")
    os.chmod(system_path, 0o644)
    assert load_policy().suppression_k == 8


def test_invalid_installed_policy_is_a_hard_error_not_a_fallback(system_path):
    system_path.parent.mkdir()
    system_path.write_text('[statistics]\nsuppression_threshold = 3\n', encoding="utf-8")
    os.chmod(system_path, 0o644)
    with pytest.raises(PolicyError, match="startet so nicht"):
        load_policy()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_policy_others_can_write_is_refused(system_path):
    system_path.parent.mkdir()
    system_path.write_text('[statistics]\nsuppression_threshold = 8\n', encoding="utf-8")
    os.chmod(system_path, 0o666)
    with pytest.raises(PolicyError, match="beschreibbar"):
        load_policy()


def test_env_var_names_the_file_and_a_missing_one_is_an_error(tmp_path, monkeypatch):
    path = tmp_path / "p.toml"
    monkeypatch.setenv(policy_mod.ENV_POLICY_FILE, str(path))
    with pytest.raises(PolicyError, match="gibt es nicht"):
        load_policy()
    path.write_text('[data]\nretention_years = 2\n', encoding="utf-8")
    assert load_policy().retention_years == 2


def test_platform_default_paths():
    path = policy_mod.default_policy_path()
    assert path.name == "policy.toml"
    if os.name == "posix" and not str(path).startswith("/Library"):
        assert path == Path("/etc/mfd-desktop/policy.toml")


# ----- enforcement through SettingsService ---------------------------------------------------


def service_for(p: Policy, prefs: Path, conn_provider=None) -> SettingsService:
    return SettingsService(prefs, conn_provider, **p.settings_service_kwargs())


def test_locked_values_win_over_stored_ones_and_cannot_be_changed(tmp_path, full_text):
    prefs = tmp_path / "preferences.json"
    SettingsService(prefs).set("clipboard_clear_seconds", 120)  # chosen before the policy
    SettingsService(prefs).set("remember_on_device_allowed", True)
    settings = service_for(parse(full_text), prefs)
    assert settings.get("clipboard_clear_seconds") == 20
    assert settings.get("remember_on_device_allowed") is False
    for key, value in (("clipboard_clear_seconds", 60), ("remember_on_device_allowed", True),
                       ("language", "en")):
        assert settings.is_locked(key)
        with pytest.raises(UserError, match="vom Administrator festgelegt"):
            settings.set(key, value)
    assert '"clipboard_clear_seconds": 120' in prefs.read_text(encoding="utf-8")  # untouched


def test_auto_lock_maximum_caps_stored_values_and_refuses_higher_ones(tmp_path, full_text):
    prefs = tmp_path / "preferences.json"
    SettingsService(prefs).set("auto_lock_minutes", 60)
    settings = service_for(parse(full_text), prefs)
    assert settings.maximum("auto_lock_minutes") == 10
    assert settings.get("auto_lock_minutes") == 10  # never the weaker stored 60
    with pytest.raises(UserError, match="höchstens 10"):
        settings.set("auto_lock_minutes", 30)
    settings.set("auto_lock_minutes", 3)  # stricter than the policy is fine
    assert settings.get("auto_lock_minutes") == 3
    assert not settings.is_locked("auto_lock_minutes")


def test_vault_settings_follow_the_policy(vault, tmp_path, full_text):
    prefs = tmp_path / "preferences.json"
    plain = SettingsService(prefs, lambda: vault.conn)
    plain.set("stats_suppression_k", 5)
    plain.set("retention_years", 10)
    settings = service_for(parse(full_text), prefs, lambda: vault.conn)
    assert settings.get("stats_suppression_k") == 7
    assert settings.get("retention_years") == 4
    assert settings.get("stats_release_period_kind") == "half_year"
    with pytest.raises(UserError, match="vom Administrator festgelegt"):
        settings.set("stats_suppression_k", 5)
    stored = vault.conn.execute(
        "SELECT value_json FROM settings WHERE key = 'stats_suppression_k'").fetchone()[0]
    assert stored == "5"  # the vault keeps the counsellor's value; the policy wins on read


# ----- command line -------------------------------------------------------------------------


def test_cli_policy_check_and_show(tmp_path, full_text):
    data = ["--data-dir", str(tmp_path / "data")]
    good = tmp_path / "good.toml"
    good.write_text(full_text, encoding="utf-8")
    ok = run_mfd("policy", "check", str(good), *data)
    assert ok.code == 0 and "ist gültig" in ok.out and "mz-caritas" in ok.out, ok.err
    assert "NPQR" not in ok.out  # the enrolment code is never printed in full

    bad = tmp_path / "bad.toml"
    bad.write_text('[statistics]\n\nsuppression_threshold = 2\n', encoding="utf-8")
    refused = run_mfd("policy", "check", str(bad), *data)
    assert refused.code == 1 and "Zeile 3" in refused.err and "mindestens 5" in refused.err

    shown = run_mfd("policy", "show", *data, env={policy_mod.ENV_POLICY_FILE: str(good)})
    assert shown.code == 0 and "Halbjahr" in shown.out and "Festgelegte Einstellungen" in shown.out
    broken = run_mfd("policy", "show", *data, env={policy_mod.ENV_POLICY_FILE: str(bad)})
    assert broken.code == 1 and "Zeile 3" in broken.err


def test_module_level_shortcuts_for_the_app(tmp_path, monkeypatch):
    path = tmp_path / "p.toml"
    path.write_text("[security]\nauto_lock_max_minutes = 10\n[locked]\nlanguage = \"en\"\n",
                    encoding="utf-8")
    monkeypatch.setenv(policy_mod.ENV_POLICY_FILE, str(path))
    # Only locked values: the limit becomes a lock at the maximum (stricter, never weaker).
    assert policy_mod.locked_values(None) == {"language": "en", "auto_lock_minutes": 10}
    assert policy_mod.settings_service_kwargs() == {
        "locked_values": {"language": "en"}, "maximum_values": {"auto_lock_minutes": 10}}
    path.write_text("[security]\nauto_lock_max_minutes = 999\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="Zeile 2"):
        policy_mod.locked_values(None)
    monkeypatch.setattr(policy_mod, "default_policy_path", lambda: tmp_path / "none.toml")
    monkeypatch.delenv(policy_mod.ENV_POLICY_FILE)
    assert policy_mod.locked_values(None) == {} and policy_mod.settings_service_kwargs() == {}


def test_small_unit_threshold_is_locked_and_shown():
    p = parse('[statistics]\nsuppression_threshold = 7\nsmall_unit_threshold = 25\n')
    assert p.small_unit_threshold == 25
    assert p.locked_values()["stats_small_unit_threshold"] == 25
    assert any("Aufgliederungen ab" in line and "25" in line for line in p.summary_lines())
    silent = parse('[statistics]\nperiod = "quarter"\n')
    assert silent.small_unit_threshold is None
    assert "stats_small_unit_threshold" not in silent.locked_values()
    locked = parse('[locked]\nstats_small_unit_threshold = 40\n')
    assert locked.locked_values()["stats_small_unit_threshold"] == 40


def test_site_contact_lines_phone_and_hours_lock_their_settings():
    p = parse('[site]\naddress = "Bahnstraße 32\\n55128 Mainz"\nphone = "06131 123456"\n'
              'hours = "Mo–Do 9–12 Uhr\\nDi 14–17 Uhr"\n')
    assert p.site_address == "Bahnstraße 32\n55128 Mainz"
    locked = p.locked_values()
    assert locked["site_phone"] == "06131 123456"
    assert locked["site_hours"] == "Mo–Do 9–12 Uhr\nDi 14–17 Uhr"
    from mfd_desktop.site import from_policy

    contact = from_policy(p)
    assert contact is not None
    assert contact.address_lines() == ["Bahnstraße 32", "55128 Mainz"]
    assert from_policy(parse('[site]\nid = "mz"\n')) is None
