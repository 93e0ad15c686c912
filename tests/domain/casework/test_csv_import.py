"""CSV import: files made the way Excel writes them, all-or-nothing, re-import, fuzzing."""

import codecs
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfd_desktop.domain.casework import clients, consultations, csv_import, search
from mfd_desktop.domain.casework.csv_import import CsvImportError

TODAY = dt.date(2026, 11, 28)

# What German Excel writes for "CSV (Trennzeichen-getrennt)": cp1252, semicolons, CRLF,
# quotes around fields with line breaks or semicolons.
EXCEL_ROWS = [
    ["Fallnummer", "Name", "Geburtsjahr", "Geschlecht", "Herkunftsland", "Sprache",
     "Aufenthaltsstatus", "Dienst", "Erstkontakt", "Notiz"],
    ["MZ-2025-0001", "Jürgen Müller", "1975", "männlich", "Türkei", "Türkisch, Deutsch",
     "Niederlassungserlaubnis", "MFD", "03.02.2025", "Erstgespräch; Rente beantragt.\r\nBescheid folgt."],
    ["MZ-2025-0002", "Amina Haddad", "1990", "weiblich", "SY", "ar", "aufenthaltsgestattung",
     "mbe", "2025-03-04", ""],
    ["MZ-2025-0003", "Ökü Straßer", "", "keine Angabe", "Afghanistan", "Dari",
     "Duldung (§ 60a)", "AVB", "", "Großes Anliegen: \"Familiennachzug\""],
]


def excel_csv(rows, *, encoding="cp1252", delimiter=";", bom=False) -> bytes:
    lines = []
    for row in rows:
        cells = []
        for cell in row:
            if any(ch in cell for ch in (delimiter, '"', "\n", "\r")):
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        lines.append(delimiter.join(cells))
    data = ("\r\n".join(lines) + "\r\n").encode(encoding)
    return (codecs.BOM_UTF8 + data) if bom else data


def count(conn, table="clients"):
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_excel_cp1252_semicolons_quoted_newlines(vault):
    data = excel_csv(EXCEL_ROWS)
    assert b"\xfc" in data  # ü in Windows-1252
    report = csv_import.run(vault.conn, data, today=TODAY)
    assert (report.created, report.skipped, report.notes) == (3, 0, 2)
    assert str(report.summary()) == ("Import abgeschlossen: 3 neu, 0 bereits vorhanden (übersprungen), "
                                "2 Notizen als Beratung übernommen.")
    cid = clients.find_by_case_number(vault.conn, "MZ-2025-0001")
    c = clients.get_client(vault.conn, cid)
    assert (c.name, c.birth_year, c.gender, c.country) == ("Jürgen Müller", 1975, "maennlich", "TR")
    assert c.languages == ["de", "tr"] and c.residence_status == "niederlassungserlaubnis"
    assert (c.service, c.first_contact) == ("mfd", "2025-02-03")
    notes = consultations.list_consultations(vault.conn, cid)
    assert len(notes) == 1 and notes[0].held_on == "2025-02-03"
    assert notes[0].note == "Erstgespräch; Rente beantragt.\nBescheid folgt."
    third = clients.get_client(vault.conn, clients.find_by_case_number(vault.conn, "MZ-2025-0003"))
    assert third.residence_status == "duldung" and third.languages == ["prs"]
    assert third.country == "AF" and third.gender == "keine_angabe" and third.service == "avb"
    # notes are searchable at once
    assert [h.case_number for h in search.search(vault.conn, "familiennachzug").hits] == [
        "MZ-2025-0003"]


@pytest.mark.parametrize("variant", [
    {"encoding": "utf-8", "bom": True},
    {"encoding": "utf-8", "bom": False},
    {"encoding": "utf-8", "bom": False, "delimiter": ","},
    {"encoding": "cp1252", "delimiter": ","},
    {"encoding": "utf-8", "delimiter": "\t"},
])
def test_encodings_and_delimiters_are_detected(vault, variant):
    plan = csv_import.plan(vault.conn, excel_csv(EXCEL_ROWS, **variant), today=TODAY)
    assert plan.problems == []
    assert [r.client.name for r in plan.rows] == ["Jürgen Müller", "Amina Haddad", "Ökü Straßer"]
    assert plan.delimiter == variant.get("delimiter", ";")


def test_utf16_from_excel_unicode_text(vault):
    text = "Name\tHerkunftsland\r\nŞahin Çelik\tTürkei\r\n"
    plan = csv_import.plan(vault.conn, text.encode("utf-16"), today=TODAY)
    assert plan.rows[0].client.name == "Şahin Çelik"


def test_header_names_are_case_insensitive_and_only_name_is_needed(vault):
    data = b"NAME;geburtsjahr;HERKUNFTSLAND\nAli Rezai;12.05.1999;Iran\n"
    report = csv_import.run(vault.conn, data, today=TODAY)
    assert report.created == 1
    c = clients.get_client(vault.conn, 1)
    assert c.birth_year == 1999  # a full birth date keeps only the year
    assert c.case_number.startswith("MFD-")


def test_unknown_column_names_the_accepted_ones(vault):
    with pytest.raises(CsvImportError) as info:
        csv_import.run(vault.conn, b"Name;Telefonnummer\nA;123\n", today=TODAY)
    assert "Telefonnummer" in str(info.value)
    assert "Fallnummer, Name, Geburtsjahr" in str(info.value)
    assert info.value.exit_code == 1


def test_missing_name_and_case_number_columns(vault):
    with pytest.raises(CsvImportError, match="Name"):
        csv_import.run(vault.conn, b"Geburtsjahr\n1990\n", today=TODAY)


def test_all_or_nothing_lists_every_problem_with_its_row(vault):
    rows = [EXCEL_ROWS[0], EXCEL_ROWS[1],
            ["X-1", "Gut", "1850", "", "Atlantis", "Klingonisch", "", "", "31.02.2025", ""],
            ["", "", "", "", "", "", "", "", "", "nur eine Notiz"],
            ["MZ-2025-0001", "Doppelt", "", "", "", "", "", "", "", ""],
            ["X-4", "Y", "", "vielleicht", "", "", "touristisch", "ABC", "", ""]]
    with pytest.raises(CsvImportError) as info:
        csv_import.run(vault.conn, excel_csv(rows), today=TODAY)
    message = str(info.value)
    assert message.startswith("Es wurde nichts importiert")
    for expected in ("Zeile 3: Herkunftsland „Atlantis“", "Zeile 3: Sprache „Klingonisch“",
                     "Zeile 3: Geburtsjahr", "Zeile 4: weder Name noch Fallnummer",
                     "Zeile 5: Fallnummer MZ-2025-0001 steht schon in Zeile 2",
                     "Zeile 6: Geschlecht", "Zeile 6: Aufenthaltsstatus", "Zeile 6: Dienst"):
        assert expected in message, expected
    lines = {p.line for p in info.value.problems}
    assert lines == {3, 4, 5, 6}
    assert count(vault.conn) == 0 and count(vault.conn, "consultations") == 0
    assert count(vault.conn, "search_index") == 0


def test_line_numbers_are_excel_rows_even_with_quoted_newlines(vault):
    rows = [["Name", "Notiz"], ["A", "eins\nzwei\ndrei"], ["B", "x"], ["", "kaputt"]]
    with pytest.raises(CsvImportError, match="Zeile 4: weder Name"):
        csv_import.run(vault.conn, excel_csv(rows), today=TODAY)


def test_reimport_creates_no_duplicates_and_says_so(vault):
    data = excel_csv(EXCEL_ROWS)
    csv_import.run(vault.conn, data, today=TODAY)
    again = csv_import.run(vault.conn, data, today=TODAY)
    assert (again.created, again.skipped) == (0, 3)
    assert str(again.summary()) == "Import abgeschlossen: 0 neu, 3 bereits vorhanden (übersprungen)."
    assert count(vault.conn) == 3 and count(vault.conn, "consultations") == 2
    # a grown list: only the new row is added
    more = excel_csv([*EXCEL_ROWS, ["MZ-2025-0004", "Neu Hinzu", "", "", "", "", "", "", "", ""]])
    assert str(csv_import.run(vault.conn, more, today=TODAY).summary()).startswith(
        "Import abgeschlossen: 1 neu, 3 bereits vorhanden")


def test_reimport_without_case_numbers_matches_on_name_year_and_first_contact(vault):
    data = "Name;Geburtsjahr;Erstkontakt\nLeyla Demir;1984;01.02.2025\nLeyla Demir;1984;01.02.2025\n"
    first = csv_import.run(vault.conn, data.encode(), today=TODAY)
    assert (first.created, first.skipped) == (1, 1)
    second = csv_import.run(vault.conn, data.encode(), today=TODAY)
    assert (second.created, second.skipped) == (0, 2)


def test_dry_run_changes_nothing_but_reports(vault):
    report = csv_import.run(vault.conn, excel_csv(EXCEL_ROWS), dry_run=True, today=TODAY)
    assert str(report.summary()).startswith("Probelauf – es wurde nichts gespeichert. Beim Import: 3 neu")
    assert count(vault.conn) == 0 and count(vault.conn, "search_index") == 0


def test_trailing_empty_rows_and_columns_from_excel_are_ignored(vault):
    data = "Name;Herkunftsland;;\r\nA;DE;;\r\n;;;\r\n;;;\r\n".encode("cp1252")
    assert csv_import.run(vault.conn, data, today=TODAY).created == 1


@pytest.mark.parametrize(("data", "message"), [
    (b"", "leer"),
    (b"\r\n\r\n", "leer"),
    (b"Name\n", "keine Datenzeilen"),
    (b"Name;Name\nA;B\n", "zweimal"),
    (b"Name\x00;x\n", "Nullzeichen"),
    (b"Name;Notiz\nA;B;C\n", "mehr Werte"),
])
def test_broken_files_get_a_german_message(vault, data, message):
    with pytest.raises(CsvImportError, match=message):
        csv_import.run(vault.conn, data, today=TODAY)
    assert count(vault.conn) == 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_fuzzed_bytes_never_crash_and_never_half_import(vault, data):
    before = count(vault.conn)
    try:
        report = csv_import.run(vault.conn, data, today=TODAY)
    except CsvImportError as exc:
        assert str(exc)
        assert count(vault.conn) == before
    else:
        assert count(vault.conn) == before + report.created


_cell = st.text(alphabet=st.characters(codec="cp1252", exclude_categories=("Cs",)), max_size=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(_cell, min_size=3, max_size=3), max_size=6),
       st.sampled_from([";", ","]), st.sampled_from(["cp1252", "utf-8"]))
def test_fuzzed_tables_are_all_or_nothing(vault, body, delimiter, encoding):
    header = ["Name", "Geburtsjahr", "Herkunftsland"]
    before = count(vault.conn)
    data = excel_csv([header, *body], encoding=encoding, delimiter=delimiter)
    try:
        report = csv_import.run(vault.conn, data, today=TODAY)
    except CsvImportError:
        assert count(vault.conn) == before
    else:
        assert count(vault.conn) == before + report.created


def test_einreise_and_wohnort_columns(vault):
    from mfd_desktop.domain.casework import arrival, districts

    rows = [["Name", "Einreise", "Wohnort"],
            ["A", "03.2019", "Mainz-Bingen"],
            ["B", "2015", "07211"],
            ["C", "", "außerhalb RLP"]]
    report = csv_import.run(vault.conn, excel_csv(rows), today=TODAY)
    assert report.created == 3
    ids = {c.display_name: c.id for c in clients.list_clients(vault.conn, limit=10)}
    assert arrival.get_arrival(vault.conn, ids["A"]).text() == "03.2019"
    assert arrival.get_arrival(vault.conn, ids["B"]).precision == "year"
    assert arrival.get_arrival(vault.conn, ids["C"]) is None
    assert districts.get_residence(vault.conn, ids["A"]).district == "07339"
    assert districts.get_residence(vault.conn, ids["C"]).district == districts.OUTSIDE


def test_a_wrong_einreise_or_wohnort_names_its_line_and_imports_nothing(vault):
    rows = [["Name", "Einreise", "Wohnort"],
            ["A", "gestern", "Mainz"],
            ["B", "2019", "Kaiserslautern"],
            ["C", "2019", "Wiesbaden"]]
    with pytest.raises(CsvImportError) as info:
        csv_import.run(vault.conn, excel_csv(rows), today=TODAY)
    texts = [str(__import__("mfd_desktop.messages", fromlist=["render"]).render(p.text()))
             for p in info.value.problems]
    assert texts[0].startswith("Zeile 2") and "Einreisedatum" in texts[0]
    assert texts[1].startswith("Zeile 3") and "Kaiserslautern (Landkreis)" in texts[1]
    assert texts[2].startswith("Zeile 4") and "Wiesbaden" in texts[2]
    assert clients.count_clients(vault.conn) == 0
