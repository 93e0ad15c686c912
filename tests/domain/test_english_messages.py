"""The services' messages in the English app: English for the counsellor, German in
`str(exc)` (command line, logs). Real services on a real vault."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from mfd_desktop.domain import field_labels
from mfd_desktop.domain.casework import clients, consultations, csv_import
from mfd_desktop.domain.casework.csv_import import CsvImportError
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.domain.deadlines import deadline_calculator as calc
from mfd_desktop.domain.referrals import referrals
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg, render

TODAY = dt.date(2026, 11, 28)
PACKAGE = Path(__file__).resolve().parents[2] / "mfd_desktop"


def test_invalid_date_of_a_new_client_is_english_in_the_english_app(vault):
    with pytest.raises(UserError) as info:
        clients.create_client(vault.conn, clients.Client(name="Probe", first_contact="31.02.2026"))
    assert info.value.render("en") == (
        "First contact: “31.02.2026” is not a valid date. Please enter the date as DD.MM.YYYY "
        "(e.g. 03.02.2026) or YYYY-MM-DD.")
    assert str(info.value) == ("Erstkontakt: „31.02.2026“ ist kein gültiges Datum "
                               "(TT.MM.JJJJ oder JJJJ-MM-TT).")
    assert clients.count_clients(vault.conn) == 0


def test_reference_values_and_numbers_name_the_field_in_english(vault):
    with pytest.raises(UserError) as info:
        clients.create_client(vault.conn, clients.Client(name="Probe", gender="unsinn"))
    assert info.value.render("en") == "Gender: “unsinn” is not a valid value."
    with pytest.raises(UserError) as info:
        clients.create_client(vault.conn, clients.Client(name="Probe", household_size="viele"))
    assert info.value.render("en") == "Household size: please enter a number."
    cid = clients.create_client(vault.conn, clients.Client(case_number="E-1", name="Probe"))
    with pytest.raises(UserError) as info:
        clients.create_client(vault.conn, clients.Client(case_number="E-1", name="Zweite"))
    assert info.value.render("en") == "The case number E-1 is already taken."
    with pytest.raises(UserError) as info:
        referrals.add_referral(vault.conn, referrals.Referral(client_id=cid))
    assert info.value.render("en").startswith("Please say where the client is referred to")


def test_german_stays_when_the_app_is_german(vault):
    with pytest.raises(UserError) as info:
        clients.create_client(vault.conn, clients.Client(name="Probe", gender="unsinn"))
    assert str(info.value) == "Geschlecht: „unsinn“ ist kein gültiger Wert."


def test_restricted_case_says_so_in_english(vault):
    cid = clients.create_client(vault.conn, clients.Client(name="Probe"))
    dsr.restrict(vault.conn, cid, "accuracy_disputed")
    with pytest.raises(dsr.CaseRestrictedError) as info:
        dsr.correct_client(vault.conn, cid, {"name": "Neu"})
    assert info.value.render("en") == render(dsr.RESTRICTED_MESSAGE, "en") == (
        "This case is restricted (Art. 18 GDPR) and can only be read. "
        "Changes are possible only after the restriction has been lifted.")
    assert str(info.value) == render(dsr.RESTRICTED_MESSAGE)
    with pytest.raises(UserError) as info:  # refused by the vault's trigger
        consultations.add_consultation(vault.conn, consultations.Consultation(
            client_id=cid, channel="telefonisch", method="einzelfallberatung"))
    assert info.value.render("en").startswith("This case is restricted (Art. 18 GDPR)")
    for reason in dsr.RESTRICTION_REASONS.values():  # every reason has an English text
        assert render(reason, "en") != render(reason, "de")


def test_deadline_calculator_asks_for_the_date_in_english():
    with pytest.raises(calc.DateRequiredError) as info:
        calc.calculate("asyl_klage_2w")
    assert info.value.render("en").startswith("Please enter the date: ")
    assert "Zustellung" in str(info.value)
    with pytest.raises(calc.UnknownRuleError) as info:
        calc.calculate("gibt_es_nicht", dt.date(2026, 1, 1))
    assert info.value.render("en").startswith("Unknown deadline “gibt_es_nicht”")
    assert str(info.value).startswith("Unbekannte Frist „gibt_es_nicht“")


BAD_FILE = "Name;Geburtsjahr;Geschlecht\r\nGut;1990;w\r\nSchlecht;achtzehn;w\r\nDritte;1980;q\r\n"


def test_csv_problems_follow_the_display_language(vault):
    plan = csv_import.plan(vault.conn, BAD_FILE.encode("cp1252"), today=TODAY)
    assert [render(p.text(), "en") for p in plan.problems] == [
        "Row 3: Year of birth: please enter a year (e.g. 1987).",
        "Row 4: Gender “q” is unknown (female, male, diverse, no entry, not stated).",
    ]
    # The German text is kept as it was, also when the plan was made in the English app.
    assert [render(p.text(), "de") for p in plan.problems] == [
        "Zeile 3: Geburtsjahr: bitte eine Jahreszahl eingeben (z. B. 1987).",
        "Zeile 4: Geschlecht „q“ ist unbekannt (weiblich, männlich, divers, ohne Eintrag, "
        "keine Angabe).",
    ]
    assert str(plan.problems[0].text()) == render(plan.problems[0].text(), "de")


def test_refused_csv_import_in_english_and_german(vault):
    with pytest.raises(CsvImportError) as info:
        csv_import.run(vault.conn, BAD_FILE.encode("cp1252"), today=TODAY)
    assert info.value.render("en").splitlines() == [
        "Nothing was imported. Please correct the file (2 problems):",
        "Row 3: Year of birth: please enter a year (e.g. 1987).",
        "Row 4: Gender “q” is unknown (female, male, diverse, no entry, not stated).",
    ]
    assert str(info.value).splitlines() == [
        "Es wurde nichts importiert. Bitte die Datei korrigieren (2 Probleme):",
        "Zeile 3: Geburtsjahr: bitte eine Jahreszahl eingeben (z. B. 1987).",
        "Zeile 4: Geschlecht „q“ ist unbekannt (weiblich, männlich, divers, ohne Eintrag, "
        "keine Angabe).",
    ]
    assert clients.count_clients(vault.conn) == 0
    with pytest.raises(CsvImportError) as info:
        csv_import.plan(vault.conn, b"Name;Farbe\r\nA;rot\r\n", today=TODAY)
    assert info.value.render("en").startswith("Unknown column “Farbe”.")
    assert str(info.value).startswith("Unbekannte Spalte „Farbe“.")


def test_more_problems_than_shown_are_counted_in_both_languages():
    problems = [csv_import.Problem(n, Msg("csv_import.no_data_rows"))
                for n in range(2, csv_import.MAX_PROBLEMS_SHOWN + 5)]
    exc = CsvImportError(Msg("csv_import.nothing_imported"), problems)
    assert exc.render("en").splitlines()[-1] == "… and 3 more problems."
    assert str(exc).splitlines()[-1] == "… und 3 weitere Probleme."
    assert exc.render("en").splitlines()[1] == "Row 2: The file contains no data rows."
    assert str(exc).splitlines()[:2] == ["Es wurde nichts importiert:",
                                         "Zeile 2: Die Datei enthält keine Datenzeilen."]


def test_import_report_in_english():
    report = csv_import.Report(created=2, skipped=1, notes=1, dry_run=True)
    assert render(report.summary(), "en") == ("Trial run – nothing was saved. The import would give: "
                                "2 new, 1 already there (skipped), 1 note taken over as "
                                "consultations.")
    assert render(report.summary(), "de") == ("Probelauf – es wurde nichts gespeichert. Beim Import: "
                                     "2 neu, 1 bereits vorhanden (übersprungen), 1 Notiz als "
                                     "Beratung übernommen.")


_LABEL_ARGUMENT = {"parse_date": 1, "clean_text": 1, "as_date": 1, "_text": 1, "require": 2,
                   "require_many": 2, "_lookup": 2}


def test_every_field_label_in_a_message_has_an_english_name():
    """A German label passed to a validation helper would otherwise show in English text."""
    missing = []
    for package in ("domain", "checklists", "stats"):
        for path in sorted((PACKAGE / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
                position = _LABEL_ARGUMENT.get(name)
                if position is None or len(node.args) <= position:
                    continue
                label = node.args[position]
                if (isinstance(label, ast.Constant) and isinstance(label.value, str)
                        and label.value not in field_labels.FIELD_KEYS):
                    missing.append(f"{path.name}:{node.lineno}: {label.value}")
    assert not missing, "\n".join(missing)


def test_deadline_explanations_in_english():
    result = calc.calculate("widerspruch", posted_on=dt.date(2026, 3, 31))
    notes = [render(n, "en") for n in result.notes]
    assert len(notes) == len(result.notes) == 2
    assert notes[0].startswith("Deemed notification (Bekanntgabefiktion): posted on "
                               "Tue 31.03.2026 → counts as notified on day 4 after that, "
                               "Sat 04.04.2026")
    assert notes[1].startswith("Sat 04.04.2026 is a Saturday. Whether the notification then "
                               "moves is disputed")
    assert "umstritten" in render(result.notes[1], "de")
    safe = calc.calculate("fz_fluechtling_3m", dt.date(2025, 11, 30))
    assert "the safe target is the working day before, Fri 27.02.2026" in render(
        safe.notes[0], "en")
    assert render(safe.caveat, "en").startswith("No guarantee")
    assert safe.caveat == calc.CAVEAT and render(safe.caveat).startswith("Ohne Gewähr")


def test_case_timeline_in_english(vault):
    from mfd_desktop.domain.casework import timeline
    from mfd_desktop.domain.deadlines import deadlines, followups
    from mfd_desktop.domain.referrals import consents

    conn = vault.conn
    cid = clients.create_client(conn, clients.Client(name="Probe", first_contact="2026-01-05"))
    consultations.add_consultation(conn, consultations.Consultation(
        client_id=cid, held_on="2026-01-06", channel="telefonisch", method="einzelfallberatung",
        duration_minutes=30))
    referrals.add_referral(conn, referrals.Referral(cid, target_key="psz", referred_on="2026-01-07",
                                                    accompanied=True))
    consents.add_consent(conn, consents.Consent(cid, "speicherung", given_on="2026-01-08"))
    deadlines.add_deadline(conn, cid, "widerspruch", start=dt.date(2026, 1, 9))
    followups.add_followup(conn, dt.date(2026, 1, 20), "Unterlagen anfordern", cid)
    titles = [render(e.title, "en") for e in timeline.events(conn, cid, newest_first=False)]
    assert titles[0] == "First contact"
    assert titles[1].startswith("Consultation (") and titles[1].endswith(", 30 min)")
    assert titles[2].startswith("Referral to ") and ", accompanied)" in titles[2]
    assert titles[3].startswith("Consent given: ")
    assert any(t.startswith("Deadline: ") and " – ends Mon 09.02.2026" in t for t in titles)
    assert "Follow-up: Unterlagen anfordern" in titles
    german = [render(e.title, "de") for e in timeline.events(conn, cid, newest_first=False)]
    assert german[0] == "Erstkontakt" and german[1].startswith("Beratung (")
    assert "Wiedervorlage: Unterlagen anfordern" in german
