"""Deadline calculator: every rule with worked examples, the 8 reference examples exactly,
and properties of §§ 187, 188, 193 BGB over many dates (hypothesis)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mfd_desktop.domain.deadlines import deadline_calculator as calc
from mfd_desktop.domain.deadlines.deadline_rules import RULES, RULES_BY_KEY, LengthKind, Shift
from mfd_desktop.errors import ExitCode, UserError
from mfd_desktop.formatting import weekday_date_text
from mfd_desktop.messages import render

D = dt.date.fromisoformat


def test_reference_rule_keys_are_all_there():
    reference_keys = {
        "asyl_klage_2w", "asyl_ou_1w", "dublin_1w", "berufung_zulassung", "ausreise_30t",
        "widerspruch", "klage_nach_widerspruch", "eilantrag_abh", "anhoerung", "mitwirkung",
        "ae_verlaengerung", "pass_gueltigkeit", "fz_fluechtling_3m", "buergergeld_wba",
        "ueberpruefungsantrag", "kindergeld_6m", "elterngeld_3m", "wohngeld", "kind_18",
        "einbuergerung", "chancen_ae_104c", "ausbildungsduldung",
    }
    assert reference_keys <= set(RULES_BY_KEY)
    assert set(RULES_BY_KEY) - reference_keys == {"sonstiges"}
    assert len(RULES) == len(RULES_BY_KEY)  # no key twice


# ----- the 8 worked examples of shared/reference/deadlines.md, exactly ------------------------

WORKED_EXAMPLES = [
    # 1. 2 Wochen, Zustellung Do 11.12.2025 → raw Do 25.12. (1. Weihnachtstag) → Mo 29.12.2025
    ("asyl_klage_2w", {"start": D("2025-12-11")}, "2025-12-25", "2025-12-29"),
    # 2. 1 Woche, Mo 30.03.2026 → raw Mo 06.04. (Ostermontag) → Di 07.04.2026
    ("asyl_ou_1w", {"start": D("2026-03-30")}, "2026-04-06", "2026-04-07"),
    # 3. 1 Monat, Bekanntgabe Sa 31.01.2026 → raw Sa 28.02. (§ 188 Abs. 3) → Mo 02.03.2026
    ("widerspruch", {"start": D("2026-01-31")}, "2026-02-28", "2026-03-02"),
    # 4. Dublin 1 Woche, Do 07.05.2026 → raw Do 14.05. (Christi Himmelfahrt) → Fr 15.05.2026
    ("dublin_1w", {"start": D("2026-05-07")}, "2026-05-14", "2026-05-15"),
    # 5. 2 Wochen, Do 21.05.2026 → raw Do 04.06. (Fronleichnam, RLP) → Fr 05.06.2026
    ("asyl_klage_2w", {"start": D("2026-05-21")}, "2026-06-04", "2026-06-05"),
    # 6. posted Di 31.03.2026 → fiction Sa 04.04. (unshifted) → raw Mo 04.05. → Mo 04.05.2026
    ("widerspruch", {"posted_on": D("2026-03-31")}, "2026-05-04", "2026-05-04"),
    # 7. 3 Monate, So 30.11.2025 → raw Sa 28.02.2026; safe target Fr 27.02.2026 (shift unclear)
    ("fz_fluechtling_3m", {"start": D("2025-11-30")}, "2026-02-28", "2026-02-27"),
    # 8. ohne Belehrung 1 Jahr, Fr 27.02.2026 → raw Sa 27.02.2027 → Mo 01.03.2027
    ("widerspruch", {"start": D("2026-02-27"), "without_instruction": True},
     "2027-02-27", "2027-03-01"),
]


@pytest.mark.parametrize(("key", "kwargs", "raw", "end"), WORKED_EXAMPLES,
                         ids=[f"example{i}" for i in range(1, 9)])
def test_worked_examples_of_the_reference(key, kwargs, raw, end):
    result = calc.calculate(key, **kwargs)
    assert result.raw_end == D(raw)
    assert result.end == D(end)
    assert result.caveat == calc.CAVEAT and "Ohne Gewähr" in render(result.caveat)
    assert result.legal_basis.startswith(RULES_BY_KEY[key].legal_basis)
    assert result.rule.key == key


def test_example_6_fiction_day_is_saturday_unshifted_and_flagged():
    result = calc.calculate("widerspruch", posted_on=D("2026-03-31"))
    assert result.start == D("2026-04-04")  # Sa, not moved to Mo 06.04. (Ostermontag anyway)
    assert result.fiction_applied
    assert any("umstritten" in n and "Sa 04.04.2026" in n for n in map(render, result.notes))


def test_example_7_shows_the_earlier_safe_target_and_mentions_the_shifted_date():
    result = calc.calculate("fz_fluechtling_3m", D("2025-11-30"))
    assert result.end == D("2026-02-27") and result.end.weekday() == 4
    assert result.shifted_end == D("2026-03-02")  # what § 193 BGB would give
    assert any("Mo 02.03.2026" in n and "Fr 27.02.2026" in n
               for n in map(render, result.notes))


def test_example_8_legal_basis_names_the_one_year_rule():
    result = calc.calculate("widerspruch", D("2026-02-27"), without_instruction=True)
    assert "§ 58 Abs. 2 VwGO" in result.legal_basis
    assert "1 Jahr" in render(result.length_label)


# ----- every rule: worked examples around weekends, holidays, month ends, leap years ----------

# key -> [(kwargs, raw_end, end)]; weekdays checked in the comments.
RULE_EXAMPLES: dict[str, list[tuple[dict, str, str]]] = {
    "asyl_klage_2w": [
        ({"start": D("2026-02-10")}, "2026-02-24", "2026-02-24"),          # Di → Di, no shift
        ({"start": D("2025-12-11")}, "2025-12-25", "2025-12-29"),          # Christmas
        ({"start": D("2026-03-20")}, "2026-04-03", "2026-04-07"),          # Karfreitag → Di
        ({"start": D("2026-12-18")}, "2027-01-01", "2027-01-04"),          # Neujahr (Fr) → Mo
        ({"start": D("2026-05-21")}, "2026-06-04", "2026-06-05"),          # Fronleichnam
    ],
    "asyl_ou_1w": [
        ({"start": D("2026-03-30")}, "2026-04-06", "2026-04-07"),          # Ostermontag
        ({"start": D("2026-05-18")}, "2026-05-25", "2026-05-26"),          # Pfingstmontag
        ({"start": D("2026-03-07")}, "2026-03-14", "2026-03-16"),          # Sa → Mo
    ],
    "dublin_1w": [
        ({"start": D("2026-05-07")}, "2026-05-14", "2026-05-15"),          # Himmelfahrt
        ({"start": D("2027-03-19")}, "2027-03-26", "2027-03-30"),          # Karfreitag+Ostern
        ({"start": D("2026-09-28")}, "2026-10-05", "2026-10-05"),          # Mo → Mo
    ],
    "berufung_zulassung": [
        ({"start": D("2028-01-31")}, "2028-02-29", "2028-02-29"),          # leap year, Di
        ({"start": D("2026-04-01")}, "2026-05-01", "2026-05-04"),          # Tag der Arbeit (Fr)
        ({"start": D("2027-01-31")}, "2027-02-28", "2027-03-01"),          # 28.02.2027 is So
    ],
    "ausreise_30t": [
        ({"start": D("2026-01-10")}, "2026-02-09", "2026-02-09"),          # Mo
        ({"start": D("2026-03-04")}, "2026-04-03", "2026-04-03"),          # Karfreitag: NOT moved
    ],
    "widerspruch": [
        ({"start": D("2026-01-31")}, "2026-02-28", "2026-03-02"),          # month end, Sa
        ({"start": D("2028-01-31")}, "2028-02-29", "2028-02-29"),          # leap year
        ({"start": D("2026-11-25")}, "2026-12-25", "2026-12-28"),          # Weihnachten → Mo
        ({"start": D("2027-04-27")}, "2027-05-27", "2027-05-28"),          # Fronleichnam 2027
        ({"posted_on": D("2026-03-31")}, "2026-05-04", "2026-05-04"),      # Bekanntgabefiktion
        ({"posted_on": D("2024-12-20")}, "2025-01-23", "2025-01-23"),      # old rule: 3rd day
        ({"start": D("2028-02-29"), "without_instruction": True},
         "2029-02-28", "2029-02-28"),                                        # 29.02. + 1 Jahr
    ],
    "klage_nach_widerspruch": [
        ({"start": D("2026-11-30")}, "2026-12-30", "2026-12-30"),          # Mi
        ({"start": D("2026-12-01")}, "2027-01-01", "2027-01-04"),          # Neujahr
        ({"start": D("2028-04-25")}, "2028-05-25", "2028-05-26"),          # Himmelfahrt 2028
        ({"start": D("2026-03-01"), "without_instruction": True},
         "2027-03-01", "2027-03-01"),
    ],
    "eilantrag_abh": [
        ({"given_date": D("2026-04-03")}, "2026-04-03", "2026-04-02"),     # Karfreitag → Do
        ({"given_date": D("2026-04-08")}, "2026-04-08", "2026-04-08"),
    ],
    "anhoerung": [
        ({"given_date": D("2026-06-04")}, "2026-06-04", "2026-06-03"),     # Fronleichnam → Mi
        ({"given_date": D("2026-06-10")}, "2026-06-10", "2026-06-10"),
    ],
    "mitwirkung": [
        # Sa 26.12. (2. Weihnachtstag), Fr 25.12. holiday, Do 24.12. (Heiligabend) is a working day
        ({"given_date": D("2026-12-26")}, "2026-12-26", "2026-12-24"),
    ],
    "ae_verlaengerung": [
        ({"given_date": D("2026-05-31")}, "2026-05-31", "2026-05-29"),     # So → Fr
        ({"given_date": D("2026-09-15")}, "2026-09-15", "2026-09-15"),
    ],
    "pass_gueltigkeit": [
        ({"given_date": D("2027-01-01")}, "2027-01-01", "2026-12-31"),     # Neujahr → Silvester
    ],
    "fz_fluechtling_3m": [
        ({"start": D("2025-11-30")}, "2026-02-28", "2026-02-27"),          # example 7
        ({"start": D("2026-01-06")}, "2026-04-06", "2026-04-02"),          # Ostern → Do davor
        ({"start": D("2026-02-10")}, "2026-05-10", "2026-05-08"),          # So → Fr
        ({"start": D("2026-03-15")}, "2026-06-15", "2026-06-15"),          # Mo, no shift
    ],
    "buergergeld_wba": [
        ({"given_date": D("2026-06-30")}, "2026-06-30", "2026-06-30"),
    ],
    "kind_18": [
        ({"start": D("2008-02-29")}, "2026-02-28", "2026-02-27"),          # leap birthday, Sa → Fr
        ({"start": D("2010-05-15")}, "2028-05-14", "2028-05-12"),          # So → Fr
        ({"start": D("2009-06-05")}, "2027-06-04", "2027-06-04"),          # Fr
    ],
    "chancen_ae_104c": [
        ({"given_date": D("2027-05-17")}, "2027-05-17", "2027-05-14"),     # Pfingstmontag → Fr
    ],
    "sonstiges": [
        ({"given_date": D("2026-10-03")}, "2026-10-03", "2026-10-02"),     # Tag d. Dt. Einheit (Sa)
    ],
}

INFO_RULES = {"ueberpruefungsantrag", "kindergeld_6m", "elterngeld_3m", "wohngeld",
              "einbuergerung", "ausbildungsduldung"}


def test_every_rule_has_worked_examples_or_is_guidance_only():
    assert set(RULE_EXAMPLES) | INFO_RULES == set(RULES_BY_KEY)
    assert {r.key for r in RULES if r.kind is LengthKind.INFO} == INFO_RULES


@pytest.mark.parametrize(
    ("key", "kwargs", "raw", "end"),
    [(k, kw, raw, end) for k, cases in RULE_EXAMPLES.items() for kw, raw, end in cases],
    ids=[f"{k}-{i}" for k, cases in RULE_EXAMPLES.items() for i in range(len(cases))],
)
def test_rule_examples(key, kwargs, raw, end):
    result = calc.calculate(key, **kwargs)
    assert (result.raw_end, result.end) == (D(raw), D(end))
    assert calc.is_working_day(result.end) or RULES_BY_KEY[key].shift is Shift.NONE
    assert result.legal_basis and result.caveat == calc.CAVEAT
    summary = result.summary_de()
    assert weekday_date_text(result.end) in summary and "Ohne Gewähr" in summary
    assert RULES_BY_KEY[key].legal_basis in summary


@pytest.mark.parametrize("key", sorted(INFO_RULES))
def test_guidance_only_rules_refuse_with_their_guidance(key):
    with pytest.raises(calc.NotComputableError) as info:
        calc.calculate(key, D("2026-03-02"))
    assert RULES_BY_KEY[key].name_de in str(info.value)
    assert info.value.exit_code == ExitCode.ERROR


@pytest.mark.parametrize("key", sorted(k for k, r in RULES_BY_KEY.items() if r.needs_given_date))
def test_rules_without_fixed_length_require_the_date_from_the_letter(key):
    with pytest.raises(calc.DateRequiredError) as info:
        calc.calculate(key, D("2026-03-02"))
    assert RULES_BY_KEY[key].given_date_label_de in str(info.value)


def test_unknown_rule_is_a_usage_error_in_german():
    with pytest.raises(calc.UnknownRuleError) as info:
        calc.calculate("asyl_klage_3w", D("2026-01-01"))
    assert info.value.exit_code == ExitCode.USAGE
    assert "Unbekannte Frist" in str(info.value)


def test_fixed_rule_without_start_date_says_which_date():
    with pytest.raises(calc.DateRequiredError) as info:
        calc.calculate("asyl_klage_2w")
    assert "Zustellung" in str(info.value)


def test_one_year_without_instruction_only_where_the_law_says_so():
    with pytest.raises(UserError):
        calc.calculate("fz_fluechtling_3m", D("2026-01-01"), without_instruction=True)


def test_start_and_posting_date_together_must_agree():
    with pytest.raises(UserError):
        calc.calculate("widerspruch", D("2026-03-31"), posted_on=D("2026-03-31"))
    same = calc.calculate("widerspruch", D("2026-04-04"), posted_on=D("2026-03-31"))
    assert same.end == D("2026-05-04")


def test_reminders_before_expiry():
    title = calc.calculate("ae_verlaengerung", given_date=D("2026-05-31"))
    # 3 months and 6 weeks before the expiry date
    assert title.reminders == (D("2026-02-28"), D("2026-04-19"))
    passport = calc.calculate("pass_gueltigkeit", given_date=D("2027-01-01"))
    assert passport.reminders == (D("2026-07-01"),)
    wba = calc.calculate("buergergeld_wba", given_date=D("2026-06-30"))
    assert wba.reminders == (D("2026-05-19"),)


def test_warning_dates_t7_t3_t1_and_at_once_for_short_deadlines():
    long = calc.calculate("widerspruch", D("2026-06-10"))  # end Fr 10.07.2026
    assert long.end == D("2026-07-10")
    assert calc.warning_dates(long) == (D("2026-07-03"), D("2026-07-07"), D("2026-07-09"))
    short = calc.calculate("dublin_1w", D("2026-09-28"))  # end Mo 05.10.
    warn = calc.warning_dates(short)
    assert warn[0] == D("2026-09-28")  # immediately, on the day of Zustellung
    assert D("2026-10-04") in warn


# ----- the calendar: holidays from the `holidays` package, subdivision RP --------------------

EASTER_TABLE = {  # from the reference: Karfreitag, Ostermontag, Himmelfahrt, Pfingstmontag, Fronleichnam
    2025: ("04-18", "04-21", "05-29", "06-09", "06-19"),
    2026: ("04-03", "04-06", "05-14", "05-25", "06-04"),
    2027: ("03-26", "03-29", "05-06", "05-17", "05-27"),
    2028: ("04-14", "04-17", "05-25", "06-05", "06-15"),
}


@pytest.mark.parametrize("year", sorted(EASTER_TABLE))
def test_easter_dependent_holidays_match_the_reference_table(year):
    for month_day in EASTER_TABLE[year]:
        day = D(f"{year}-{month_day}")
        assert calc.holiday_name(day), day
        assert not calc.is_working_day(day)


@pytest.mark.parametrize("month_day", ["01-01", "05-01", "10-03", "11-01", "12-25", "12-26"])
def test_fixed_holidays_in_rlp(month_day):
    assert calc.holiday_name(D(f"2027-{month_day}"))


@pytest.mark.parametrize("day", ["2026-12-24", "2026-12-31", "2026-11-18", "2026-01-06",
                                 "2025-08-15"])
def test_not_holidays_in_rlp(day):
    # Heiligabend, Silvester, Buß- und Bettag, Heilige Drei Könige, Mariä Himmelfahrt:
    # ordinary working days in Rhineland-Palatinate (all weekdays in these years).
    assert calc.holiday_name(D(day)) is None
    assert calc.is_working_day(D(day))


def test_reformationstag_is_not_a_holiday_in_rlp():
    assert calc.holiday_name(D("2025-10-31")) is None  # a Friday
    assert calc.is_working_day(D("2025-10-31"))


def test_other_subdivision_can_be_asked_for():
    # Court in another Land: Reformationstag is a holiday in Niedersachsen, not in RLP.
    assert calc.holiday_name(D("2025-10-31"), "NI")
    assert calc.holiday_name(D("2025-10-31")) is None


def test_add_months_month_end_rule():
    assert calc.add_months(D("2026-01-31"), 1) == D("2026-02-28")
    assert calc.add_months(D("2028-01-31"), 1) == D("2028-02-29")
    assert calc.add_months(D("2026-03-31"), 1) == D("2026-04-30")
    assert calc.add_months(D("2026-08-31"), -6) == D("2026-02-28")
    assert calc.add_months(D("2026-12-15"), 1) == D("2027-01-15")


def test_format_date_de():
    assert weekday_date_text(D("2025-12-29")) == "Mo 29.12.2025"
    assert weekday_date_text(D("2025-12-29"), "en") == "Mon 29.12.2025"


# ----- properties over many dates ----------------------------------------------------------------

dates = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2035, 12, 31))
FIXED_SHIFTING = [r.key for r in RULES if r.kind in (LengthKind.WEEKS, LengthKind.MONTHS,
                                                     LengthKind.DAYS)
                  and r.shift is Shift.NEXT_WORKING_DAY]


@given(start=dates, key=st.sampled_from(FIXED_SHIFTING))
def test_shifting_rules_end_on_the_next_working_day(start, key):
    result = calc.calculate(key, start)
    assert result.end >= result.raw_end > start
    assert calc.is_working_day(result.end)
    # every day between raw end and end is a weekend day or holiday
    day = result.raw_end
    while day < result.end:
        assert not calc.is_working_day(day)
        day += dt.timedelta(days=1)


@given(start=dates)
def test_weeks_end_on_the_same_weekday(start):
    result = calc.calculate("asyl_klage_2w", start)
    assert result.raw_end.weekday() == start.weekday()
    assert (result.raw_end - start).days == 14


@given(start=dates)
def test_months_keep_the_day_number_or_take_the_months_last_day(start):
    raw = calc.calculate("widerspruch", start).raw_end
    assert (raw.year * 12 + raw.month) - (start.year * 12 + start.month) == 1
    assert raw.day == start.day or (raw.day < start.day and (raw + dt.timedelta(days=1)).day == 1)


@given(start=dates)
def test_safe_target_is_never_later_than_the_raw_end(start):
    result = calc.calculate("fz_fluechtling_3m", start)
    assert result.end <= result.raw_end <= result.shifted_end
    assert calc.is_working_day(result.end)
