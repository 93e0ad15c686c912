"""`mfd schreiben …` in real processes: the listing, a letter from a case (PDF where
asked, the copy kept encrypted in the case), exit codes, template import/export."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from mfd_desktop.domain.casework import attachments, clients
from mfd_desktop.domain.letters import kept
from mfd_desktop.paths import DataPaths
from mfd_desktop.storage.vault import Vault
from tests.cli.helpers import init_vault, run_mfd

PW = "Rhein Mosel Nahe Lahn Saar"


def _open(root) -> Vault:
    return Vault.unlock_with_passphrase(DataPaths(root, root / "logs"), PW, allow_below_floor=True)


@pytest.fixture
def data_dir(tmp_path):
    root = tmp_path / "data"
    init_vault(root, PW)
    vault = _open(root)
    try:
        clients.create_client(vault.conn, clients.Client(
            case_number="SB-2026-0007", name="Olena Sonnenfeld",
            address="Am Römerwall 3, 55131 Mainz"))
    finally:
        vault.lock()
    return root


def test_the_templates_are_listed_key_first():
    result = run_mfd("schreiben", "vorlagen")
    assert result.code == 0, result.err
    keys = [line.split("\t")[0] for line in result.out.splitlines()]
    assert keys == sorted(keys)
    assert {"vollmacht", "schweigepflichtentbindung", "akteneinsicht_bamf",
            "fristverlaengerung", "widerspruch_rahmen", "terminbestaetigung"} <= set(keys)
    widerspruch = next(line for line in result.out.splitlines()
                       if line.startswith("widerspruch_rahmen\t"))
    assert "Entwurf zur eigenen Unterschrift" in widerspruch
    offices = run_mfd("schreiben", "stellen")
    assert offices.code == 0 and "bamf_zentrale\tBundesamt für Migration" in offices.out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_letter_from_the_case_is_written_and_its_copy_kept(data_dir, tmp_path):
    out = tmp_path / "vollmacht.pdf"
    result = run_mfd("schreiben", "erstellen", "vollmacht", "--fall", "SB-2026-0007",
                     "--out", str(out), "--lang", "ar", "--data-dir", str(data_dir),
                     "--passphrase-stdin", stdin=PW + "\n")
    assert result.code == 0, result.err
    assert "unverschlüsselt" in result.out
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Olena Sonnenfeld" in text and "Vollmacht" in text and "SB-2026-0007" in text
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in text)  # the Arabic part is shaped
    vault = _open(data_dir)
    try:
        cid = clients.find_by_case_number(vault.conn, "SB-2026-0007")
        (letter,) = kept.list_kept(vault.conn, cid)
        assert (letter.template_key, letter.language) == ("vollmacht", "ar")
        assert attachments.read(vault.conn, letter.attachment_id) == out.read_bytes()
    finally:
        vault.lock()


def test_terminbestaetigung_takes_date_time_and_place(data_dir, tmp_path):
    out = tmp_path / "termin.pdf"
    result = run_mfd("schreiben", "erstellen", "terminbestaetigung", "--fall", "sb-2026-0007",
                     "--out", str(out), "--lang", "tr", "--termin", "10.12.2026",
                     "--uhrzeit", "9:30", "--ort", "Raum 2", "--data-dir", str(data_dir),
                     "--passphrase-stdin", stdin=PW + "\n")
    assert result.code == 0, result.err
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Tarih: 10.12.2026" in text and "Saat: 09:30" in text and "Yer: Raum 2" in text


@pytest.mark.parametrize(("args", "stdin", "code", "words"), [
    (("unbekannt", "--fall", "SB-2026-0007"), PW, 1, "gibt es nicht"),
    (("akteneinsicht_bamf", "--fall", "SB-2026-0007", "--lang", "ar"), PW, 1,
     "nicht in der Sprache „ar“"),
    (("vollmacht", "--fall", "XX-1"), PW, 1, "keinen Fall mit der Fallnummer XX-1"),
    (("vollmacht", "--fall", "SB-2026-0007"), "falsch falsch falsch", 3, ""),
    (("vollmacht", "--fall", "SB-2026-0007", "--uhrzeit", "25:00"), PW, 1, "keine Uhrzeit"),
    (("vollmacht",), PW, 2, "--fall"),
])
def test_expected_failures_are_one_german_line_and_the_documented_code(
        data_dir, tmp_path, args, stdin, code, words):
    out = tmp_path / "x.pdf"
    result = run_mfd("schreiben", "erstellen", *args, "--out", str(out), "--data-dir",
                     str(data_dir), "--passphrase-stdin", stdin=stdin + "\n")
    assert result.code == code, result.err
    assert words in result.err
    assert "Traceback" not in result.err
    assert not out.exists()


def test_import_and_export_of_a_template(data_dir, tmp_path):
    exported = tmp_path / "vollmacht.toml"
    assert run_mfd("schreiben", "export", "vollmacht", "--out", str(exported),
                   "--data-dir", str(data_dir)).code == 0
    changed = exported.read_text("utf-8").replace("version = 1", "version = 2").replace(
        'title = "Vollmacht"\nlanguages', 'title = "Vollmacht (Büro)"\nlanguages')
    exported.write_text(changed, "utf-8")
    result = run_mfd("schreiben", "import", str(exported), "--data-dir", str(data_dir))
    assert result.code == 0, result.err
    listed = run_mfd("schreiben", "vorlagen", "--data-dir", str(data_dir)).out
    assert "vollmacht\tv2\tVollmacht (Büro)" in listed and "[eigene]" in listed
    broken = tmp_path / "kaputt.toml"
    broken.write_text(changed.replace('"vollmacht"', '"kaputt"').replace("{client.name}",
                                                                          "{klient.name}"), "utf-8")
    result = run_mfd("schreiben", "import", str(broken), "--data-dir", str(data_dir))
    assert result.code == 1
    assert result.err.count("\n") == 1 and "Schreiben-Vorlage „kaputt.toml“, Zeile " in result.err
    assert "Den Platzhalter {klient.name} gibt es nicht" in result.err
