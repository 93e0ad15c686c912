"""English texts of the deadline rules (the message catalogue, deadline_rule.po): complete,
faithful in numbers and § references, used by the calculator's English errors, lists and the
case timeline; German unchanged and equal to the rules' German data."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from types import SimpleNamespace

import pytest

from mfd_desktop import errors
from mfd_desktop.domain.casework import timeline
from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.domain.deadlines import deadline_calculator as calc
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.domain.deadlines.deadline_rules import RULES, RULES_BY_KEY, Reminder
from mfd_desktop.messages import render

D = dt.date.fromisoformat
FIELDS = ("name", "length_label", "start_event", "notes", "given_date_label")
LAWS = re.compile(r"\b(?:AsylG|AufenthG|BGB|VwGO|SGG|SGB|EStG|BEEG|WoGG|StAG|AO|VwVfG|"
                  r"Dublin-III-VO|Abs\.|Nr\.|Hs\.|Art\.)")


def en(message) -> str:
    return render(message, "en")


def de(message) -> str:
    return render(message, "de")


# The English texts of every rule, read from the catalogue ("" where the rule has no such text).
RULES_EN = {r.key: SimpleNamespace(**{f: en(getattr(r, f)()) for f in FIELDS}) for r in RULES}


def test_the_german_catalogue_holds_the_rules_german_texts():
    for rule in RULES:
        for field in FIELDS:
            assert de(getattr(rule, field)()) == getattr(rule, f"{field}_de"), (rule.key, field)


def _pairs():
    for rule in RULES:
        for field in FIELDS:
            yield rule.key, field, getattr(rule, f"{field}_de"), getattr(RULES_EN[rule.key], field)


def test_every_rule_has_every_english_text():
    assert set(RULES_EN) == set(RULES_BY_KEY)
    for key, field, de, en in _pairs():
        if de:
            assert en.strip(), f"{key}.{field} has no English text"
        else:
            assert en == "", f"{key}.{field}: English text without a German one"
        assert en == en.strip() and "  " not in en, f"{key}.{field}: stray spaces"


@pytest.mark.parametrize("key,field,de,en", list(_pairs()), ids=lambda v: str(v)[:30])
def test_numbers_and_legal_references_match_the_german(key, field, de, en):
    assert Counter(re.findall(r"§+|\d+", en)) == Counter(re.findall(r"§+|\d+", de))
    assert Counter(LAWS.findall(en)) == Counter(LAWS.findall(de))
    # "(prüfen)" marks a fact to double-check; the English says "(to be checked)"
    assert de.count("(prüfen)") == en.count("(to be checked)")
    assert "prüfen" not in en


def test_english_texts_are_english_and_german_unchanged():
    r = RULES_BY_KEY["asyl_klage_2w"]
    assert en(r.name()).startswith("Appeal against a BAMF decision (Klage")
    assert de(r.name()) == r.name_de == "Klage gegen BAMF-Bescheid (einfach unbegründet, Widerruf u. a.)"
    assert en(r.start_event()) == "Delivery – Zustellung" and de(r.start_event()) == "Zustellung"
    assert en(r.notes()).endswith("Special delivery rules under § 10 AsylG (to be checked).")
    assert r.legal_basis == "§ 74 Abs. 1 Hs. 1 AsylG"  # legal references stay German
    letter = RULES_BY_KEY["anhoerung"]
    assert (de(letter.given_date_label()), en(letter.given_date_label())) == (
        "Datum aus dem Schreiben", "Date in the letter")


def test_accessors_are_messages_rendered_at_the_edge():
    r = RULES_BY_KEY["widerspruch"]
    assert en(r.name()) == RULES_EN["widerspruch"].name and en(r.length_label()).startswith("1 month")
    assert de(r.name()) == r.name_de  # an explicit language wins
    assert tuple(de(m) for m in (r.name(), r.length_label(), r.start_event(), r.notes())) == (
        r.name_de, r.length_label_de, r.start_event_de, r.notes_de)


def test_reminder_labels():
    assert de(Reminder(months=3).label()) == "3 Monate vorher"
    assert en(Reminder(months=3).label()) == "3 months before"
    assert en(Reminder(months=1, weeks=1, days=2).label()) == "1 month 1 week 2 days before"
    assert de(Reminder(months=1, weeks=1, days=2).label()) == "1 Monat 1 Woche 2 Tage vorher"
    assert en(Reminder(weeks=6).label()) == "6 weeks before"
    for rule in RULES:
        for reminder in rule.reminders:
            assert en(reminder.label()).endswith(" before") and en(reminder.label())[0].isdigit()


# ----- the calculator's English messages name the rule in English ----------------------------


@pytest.mark.parametrize("key", sorted(k for k, r in RULES_BY_KEY.items() if not r.is_computable))
def test_guidance_only_rules_explain_in_english(key):
    r = RULES_BY_KEY[key]
    with pytest.raises(calc.NotComputableError) as info:
        calc.calculate(key, D("2026-03-02"))
    message = info.value.render("en")
    assert f"“{en(r.name())}”" in message and en(r.notes()) in message
    assert r.notes_de not in message and f"„{r.name_de}“" not in message
    assert f"„{r.name_de}“" in str(info.value)  # German (command line, logs) unchanged


@pytest.mark.parametrize("key", sorted(k for k, r in RULES_BY_KEY.items() if r.needs_given_date))
def test_letter_date_rules_ask_in_english(key):
    r = RULES_BY_KEY[key]
    with pytest.raises(calc.DateRequiredError) as info:
        calc.calculate(key)
    message = info.value.render("en")
    assert message.startswith(f"“{en(r.name())}” has no fixed length: {en(r.length_label())}.")
    assert message.endswith(f"Please enter the {en(r.given_date_label()).lower()}.")
    assert f"„{r.name_de}“" not in message and r.given_date_label_de not in message
    assert str(info.value) == (f"„{r.name_de}“ hat keine feste Länge: {r.length_label_de}. "
                               f"Bitte das {r.given_date_label_de} eintragen.")


def test_missing_start_date_and_year_rule_in_english():
    with pytest.raises(calc.DateRequiredError) as info:
        calc.calculate("asyl_klage_2w")
    assert info.value.render("en") == "Please enter the date: Delivery – Zustellung."
    assert str(info.value) == "Bitte das Datum angeben: Zustellung."
    with pytest.raises(errors.UserError) as info:
        calc.calculate("fz_fluechtling_3m", D("2026-01-01"), without_instruction=True)
    fz = RULES_BY_KEY["fz_fluechtling_3m"]
    assert f"For “{en(fz.name())}” there is no one-year period" in info.value.render("en")
    assert fz.name_de in str(info.value)


def test_length_label_of_a_calculation_in_both_languages():
    normal = calc.calculate("widerspruch", D("2026-02-27"))
    assert de(normal.length_label) == RULES_BY_KEY["widerspruch"].length_label_de
    assert en(normal.length_label) == RULES_EN["widerspruch"].length_label
    year = calc.calculate("widerspruch", D("2026-02-27"), without_instruction=True)
    assert de(year.length_label) == "1 Jahr (ohne oder mit falscher Belehrung)"
    assert en(year.length_label) == "1 year (instruction on legal remedies missing or wrong)"
    letter = calc.calculate("anhoerung", given_date=D("2026-03-02"))
    assert en(letter.length_label) == "as set in the letter (usually 2 weeks)"
    assert "Ohne Gewähr" in year.summary_de() and "Frist: Widerspruch" in year.summary_de()


# ----- lists and timeline on a real vault; stored texts stay German --------------------------


def test_lists_and_timeline_name_rules_in_english_but_store_german(vault):
    conn = vault.conn
    cid = create_client(conn, Client(name="Probe"))
    deadlines.add_deadline(conn, cid, "ae_verlaengerung", given_date=dt.date.today()
                           + dt.timedelta(days=400), with_reminders=True)
    english_name = RULES_EN["ae_verlaengerung"].name
    [row] = deadlines.list_open(conn)
    assert en(row.rule_name) == english_name
    assert de(deadlines.rule_name("ae_verlaengerung")) == RULES_BY_KEY["ae_verlaengerung"].name_de
    assert deadlines.rule_name("retired_rule") == "retired_rule"
    titles = [en(e.title) for e in timeline.events(conn, cid) if e.kind == "deadline"]
    assert titles and titles[0].startswith(f"Deadline: {english_name} – ends ")
    # the reminder follow-ups are stored: German, whatever the UI language
    reminders = followups.list_for_client(conn, cid)
    assert len(reminders) == 2
    assert all(r.text.startswith("Erinnerung: Antrag auf Verlängerung des Aufenthaltstitels")
               for r in reminders)
    german = [de(e.title) for e in timeline.events(conn, cid) if e.kind == "deadline"]
    assert german[0].startswith("Frist: Antrag auf Verlängerung des Aufenthaltstitels – Fristende ")
    assert de(deadlines.list_open(conn)[0].rule_name) == RULES_BY_KEY["ae_verlaengerung"].name_de
