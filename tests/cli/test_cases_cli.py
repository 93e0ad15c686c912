"""`mfd search` and `mfd import-csv` as administrators run them: a process, stdin, exit codes."""

import json

import pytest

from tests.cli.helpers import init_vault, run_mfd

PASS = "Rhein Brücke Kaffee Sonne"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli") / "data"
    init_vault(root, PASS)
    return root


def mfd(data_dir, *args):
    return run_mfd(*args, "--data-dir", str(data_dir), "--passphrase-stdin", stdin=PASS + "\n")


def test_import_dry_run_then_import_then_reimport_then_search(data_dir, tmp_path):
    csv_file = tmp_path / "liste.csv"
    csv_file.write_bytes(
        ("\ufeffFallnummer;Name;Herkunftsland;Erstkontakt;Notiz\r\n"
         "MZ-2024-0007;Jürgen Müller;Türkei;03.02.2024;\"Rente beantragt;\r\nBescheid folgt\"\r\n"
         "MZ-2024-0008;Amina Haddad;Syrien;2024-03-04;\r\n").encode("utf-8"))
    dry = mfd(data_dir, "import-csv", str(csv_file), "--dry-run")
    assert dry.code == 0, dry.err
    assert "Probelauf" in dry.out and "2 neu" in dry.out
    assert json.loads(mfd(data_dir, "search", "Müller", "--json").out) == []

    first = mfd(data_dir, "import-csv", str(csv_file))
    assert first.code == 0, first.err
    assert first.out.strip() == ("Import abgeschlossen: 2 neu, 0 bereits vorhanden (übersprungen), "
                                 "1 Notiz als Beratung übernommen.")
    again = mfd(data_dir, "import-csv", str(csv_file))
    assert again.out.strip() == "Import abgeschlossen: 0 neu, 2 bereits vorhanden (übersprungen)."

    for query in ("muller", "mueller", "Mül"):
        result = mfd(data_dir, "search", query, "--json")
        assert result.code == 0, result.err
        hits = json.loads(result.out)
        assert [h["case_number"] for h in hits] == ["MZ-2024-0007"], query
        assert hits[0]["name"] == "Jürgen Müller" and "snippet" in hits[0]

    plain = mfd(data_dir, "search", "bescheid")
    assert plain.out.startswith("MZ-2024-0007\tJürgen Müller\t")


def test_bad_file_is_refused_with_row_numbers_and_exit_code_1(data_dir, tmp_path):
    csv_file = tmp_path / "kaputt.csv"
    csv_file.write_bytes("Name;Geburtsjahr\r\nGut;1990\r\nSchlecht;achtzehn\r\n".encode("cp1252"))
    result = mfd(data_dir, "import-csv", str(csv_file))
    assert result.code == 1
    assert "Es wurde nichts importiert" in result.err and "Zeile 3: Geburtsjahr" in result.err
    assert json.loads(mfd(data_dir, "search", "Gut", "--json").out) == []


def test_unknown_column_and_missing_file(data_dir, tmp_path):
    csv_file = tmp_path / "spalte.csv"
    csv_file.write_text("Name;Lieblingsfarbe\nA;blau\n", encoding="utf-8")
    result = mfd(data_dir, "import-csv", str(csv_file))
    assert result.code == 1 and "Lieblingsfarbe" in result.err and "Erstkontakt" in result.err
    missing = mfd(data_dir, "import-csv", str(tmp_path / "gibtsnicht.csv"))
    assert missing.code == 1 and "gibt es nicht" in missing.err


@pytest.mark.parametrize("query", ['"AND(', "*", "NEAR/", '"', "\x01\x02"])
def test_search_with_nasty_input_exits_cleanly(data_dir, query):
    result = mfd(data_dir, "search", query, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == []
    assert result.err.strip()  # a German hint


def test_wrong_passphrase_exit_code_3(data_dir):
    result = run_mfd("search", "x", "--data-dir", str(data_dir), "--passphrase-stdin",
                     stdin="falsch falsch\n")
    assert result.code == 3
