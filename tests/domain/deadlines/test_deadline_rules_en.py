"""English texts of the deadline rules: complete, faithful in numbers and § references,
used by the calculator's English errors, lists and the case timeline; German unchanged."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from mfd_desktop import errors
from mfd_desktop.domain.casework import timeline
from mfd_desktop.domain.casework.clients import Client, create_client
from mfd_desktop.domain.deadlines import deadline_calculator as calc
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.domain.deadlines.deadline_rules import RULES, RULES_BY_KEY, Reminder
from mfd_desktop.domain.deadlines.deadline_rules_en import RULES_EN

D = dt.date.fromisoformat
FIELDS = ("name", "length_label", "start_event", "notes", "given_date_label")
LAWS = re.compile(r"\b(?:AsylG|AufenthG|BGB|VwGO|SGG|SGB|EStG|BEEG|WoGG|StAG|AO|VwVfG|"
                  r"Dublin-III-VO|Abs\.|Nr\.|Hs\.|Art\.)")


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
    assert r.name("en").startswith("Appeal against a BAMF decision (Klage")
    assert r.name("de") == r.name_de == "Klage gegen BAMF-Bescheid (einfach unbegründet, Widerruf u. a.)"
    assert r.start_event("en") == "Delivery – Zustellung" and r.start_event("de") == "Zustellung"
    assert r.notes("en").endswith("Special delivery rules under § 10 AsylG (to be checked).")
    assert r.legal_basis == "§ 74 Abs. 1 Hs. 1 AsylG"  # legal references stay German
    letter = RULES_BY_KEY["anhoerung"]
    assert (letter.given_date_label("de"), letter.given_date_label("en")) == (
        "Datum aus dem Schreiben", "Date in the letter")


def test_accessors_follow_the_display_language(english):
    r = RULES_BY_KEY["widerspruch"]
    assert r.name() == RULES_EN["widerspruch"].name and r.length_label().startswith("1 month")
    assert r.name("de") == r.name_de  # an explicit language wins
    errors.set_display_language("de")
    assert (r.name(), r.length_label(), r.start_event(), r.notes()) == (
        r.name_de, r.length_label_de, r.start_event_de, r.notes_de)


def test_reminder_labels():
    assert Reminder(months=3).label("de") == Reminder(months=3).label_de == "3 Monate vorher"
    assert Reminder(months=3).label("en") == "3 months before"
    assert Reminder(months=1, weeks=1, days=2).label("en") == "1 month 1 week 2 days before"
    assert Reminder(weeks=6).label("en") == "6 weeks before"
    for rule in RULES:
        for reminder in rule.reminders:
            assert reminder.label("en").endswith(" before") and reminder.label("en")[0].isdigit()


# ----- the calculator's English messages name the rule in English ----------------------------


@pytest.mark.parametrize("key", sorted(k for k, r in RULES_BY_KEY.items() if not r.is_computable))
def test_guidance_only_rules_explain_in_english(key, english):
    r = RULES_BY_KEY[key]
    with pytest.raises(calc.NotComputableError) as info:
        calc.calculate(key, D("2026-03-02"))
    message = info.value.message
    assert f"“{r.name('en')}”" in message and r.notes("en") in message
    assert r.notes_de not in message and f"„{r.name_de}“" not in message
    assert f"„{r.name_de}“" in str(info.value)  # German (command line, logs) unchanged


@pytest.mark.parametrize("key", sorted(k for k, r in RULES_BY_KEY.items() if r.needs_given_date))
def test_letter_date_rules_ask_in_english(key, english):
    r = RULES_BY_KEY[key]
    with pytest.raises(calc.DateRequiredError) as info:
        calc.calculate(key)
    message = info.value.message
    assert message.startswith(f"“{r.name('en')}” has no fixed length: {r.length_label('en')}.")
    assert message.endswith(f"Please enter the {r.given_date_label('en').lower()}.")
    assert f"„{r.name_de}“" not in message and r.given_date_label_de not in message
    assert str(info.value) == (f"„{r.name_de}“ hat keine feste Länge: {r.length_label_de}. "
                               f"Bitte das {r.given_date_label_de} eintragen.")


def test_missing_start_date_and_year_rule_in_english(english):
    with pytest.raises(calc.DateRequiredError) as info:
        calc.calculate("asyl_klage_2w")
    assert info.value.message == "Please enter the date: Delivery – Zustellung."
    assert str(info.value) == "Bitte das Datum angeben: Zustellung."
    with pytest.raises(errors.UserError) as info:
        calc.calculate("fz_fluechtling_3m", D("2026-01-01"), without_instruction=True)
    fz = RULES_BY_KEY["fz_fluechtling_3m"]
    assert f"For “{fz.name('en')}” there is no one-year period" in info.value.message
    assert fz.name_de in str(info.value)


def test_length_label_of_a_calculation_in_both_languages():
    normal = calc.calculate("widerspruch", D("2026-02-27"))
    assert normal.length_label_in("de") == RULES_BY_KEY["widerspruch"].length_label_de
    assert normal.length_label_in("en") == RULES_EN["widerspruch"].length_label
    year = calc.calculate("widerspruch", D("2026-02-27"), without_instruction=True)
    assert year.length_label_de == "1 Jahr (ohne oder mit falscher Belehrung)"
    assert year.length_label_in("en") == "1 year (instruction on legal remedies missing or wrong)"
    letter = calc.calculate("anhoerung", given_date=D("2026-03-02"))
    assert letter.length_label_in("en") == "as set in the letter (usually 2 weeks)"
    assert "Ohne Gewähr" in year.summary_de() and "Frist: Widerspruch" in year.summary_de()


# ----- lists and timeline on a real vault; stored texts stay German --------------------------


def test_lists_and_timeline_name_rules_in_english_but_store_german(vault, english):
    conn = vault.conn
    cid = create_client(conn, Client(name="Probe"))
    deadlines.add_deadline(conn, cid, "ae_verlaengerung", given_date=dt.date.today()
                           + dt.timedelta(days=400), with_reminders=True)
    english_name = RULES_EN["ae_verlaengerung"].name
    [row] = deadlines.list_open(conn)
    assert row.rule_name == english_name
    assert deadlines.rule_name("ae_verlaengerung", "de") == RULES_BY_KEY["ae_verlaengerung"].name_de
    assert deadlines.rule_name("retired_rule") == "retired_rule"
    titles = [e.title for e in timeline.events(conn, cid) if e.kind == "deadline"]
    assert titles and titles[0].startswith(f"Deadline: {english_name} – ends ")
    # the reminder follow-ups are stored: German, whatever the UI language
    reminders = followups.list_for_client(conn, cid)
    assert len(reminders) == 2
    assert all(r.text.startswith("Erinnerung: Antrag auf Verlängerung des Aufenthaltstitels")
               for r in reminders)
    errors.set_display_language("de")
    german = [e.title for e in timeline.events(conn, cid) if e.kind == "deadline"]
    assert german[0].startswith("Frist: Antrag auf Verlängerung des Aufenthaltstitels – Fristende ")
    assert deadlines.list_open(conn)[0].rule_name == RULES_BY_KEY["ae_verlaengerung"].name_de
