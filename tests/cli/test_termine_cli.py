"""`mfd termine export/import` as administrators run them: a process, stdin, exit codes,
one German line on errors, the .ics parsed back with the library."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from mfd_desktop.domain.appointments import appointments as A
from mfd_desktop.domain.casework import clients
from mfd_desktop.domain.casework.clients import Client
from mfd_desktop.paths import DataPaths
from mfd_desktop.storage.vault import Vault
from tests.cli.helpers import init_vault, run_mfd

PASS = "Rhein Brücke Kaffee Sonne"
NAME = "Herr Brandolf Quittenbaum"
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "oeffnungszeiten.ics"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli") / "data"
    init_vault(root, PASS)
    vault = Vault.unlock_with_passphrase(DataPaths(root, root / "logs"), PASS)
    try:
        conn = vault.conn
        cid = clients.create_client(conn, Client(name=NAME))
        A.add_appointment(conn, A.Appointment("2026-10-24", "09:00", 60, client_id=cid,
                                              note="Notiz Quittenbaum"))
        A.add_appointment(conn, A.Appointment("2026-10-26", "09:00", 60,
                                              kind="infoveranstaltung"))
        A.add_appointment(conn, A.Appointment("2026-12-01", "09:00", 60))
        number = clients.get_client(conn, cid).case_number
    finally:
        vault.lock()
    return root, number


def mfd(data_dir, *args, stdin=PASS + "\n"):
    return run_mfd(*args, "--data-dir", str(data_dir), "--passphrase-stdin", stdin=stdin)


def test_export_without_personal_data(data_dir, tmp_path):
    root, number = data_dir
    out = tmp_path / "woche.ics"
    result = mfd(root, "termine", "export", "--out", str(out), "--from", "2026-10-20",
                 "--to", "2026-10-31")
    assert result.code == 0, result.err
    assert result.out == ""
    assert "2 Termine" in result.err and "ohne Personendaten" in result.err
    data = out.read_bytes()
    assert b"Quittenbaum" not in data and number.encode() not in data
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    starts = [e.decoded("DTSTART") for e in events]
    # 09:00 local on both sides of the October change: 07:00 UTC before, 08:00 after
    assert [s.astimezone(dt.UTC).hour for s in starts] == [7, 8]
    assert {str(e["SUMMARY"]) for e in events} == {"Termin (MFD)"}
    assert out.stat().st_mode & 0o077 == 0  # owner-only, like everything mfd writes


def test_export_with_case_number(data_dir, tmp_path):
    root, number = data_dir
    out = tmp_path / "mit.ics"
    result = mfd(root, "termine", "export", "--out", str(out), "--from", "2026-10-20",
                 "--to", "2026-10-31", "--mit-fallnummer")
    assert result.code == 0, result.err
    summaries = [str(e["SUMMARY"]) for e in
                 icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert summaries == [f"Termin (MFD) {number}", "Termin (MFD)"]
    assert b"Quittenbaum" not in out.read_bytes()


@pytest.mark.parametrize(("args", "code", "text"), [
    (["--from", "2026-13-01"], 2, "kein Datum"),
    (["--from", "2026-10-31", "--to", "2026-10-01"], 2, "--to liegt vor --from"),
])
def test_export_usage_errors(data_dir, tmp_path, args, code, text):
    root, _ = data_dir
    result = mfd(root, "termine", "export", "--out", str(tmp_path / "x.ics"), *args)
    assert result.code == code
    assert text in result.err and "Traceback" not in result.err
    assert not (tmp_path / "x.ics").exists()


def test_export_errors_are_one_german_line(data_dir, tmp_path):
    root, _ = data_dir
    missing = mfd(root, "termine", "export", "--out", str(tmp_path / "fehlt" / "x.ics"))
    assert missing.code == 1 and missing.err.strip().count("\n") == 0
    assert "Ordner" in missing.err
    wrong = mfd(root, "termine", "export", "--out", str(tmp_path / "x.ics"),
                stdin="falsch falsch falsch\n")
    assert wrong.code == 3 and "Traceback" not in wrong.err
    assert run_mfd("termine", "export", "--data-dir", str(root)).code == 2  # no --out


def test_import_sample_and_refuse_a_broken_file(data_dir, tmp_path):
    root, _ = data_dir
    ok = mfd(root, "termine", "import", str(SAMPLE))
    assert ok.code == 0, ok.err
    assert ok.err.strip() == "3 Termine importiert, davon 1 wiederkehrend."
    broken = tmp_path / "kaputt.ics"
    broken.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n")
    bad = mfd(root, "termine", "import", str(broken))
    assert bad.code == 1
    assert bad.err.strip() == ("mfd: Die Datei ist keine gültige iCalendar-Datei (.ics); "
                               "es wurde nichts importiert.")
    gone = mfd(root, "termine", "import", str(tmp_path / "fehlt.ics"))
    assert gone.code == 1 and gone.err.count("\n") == 1
