"""Deadline calculator (Fristberechnung): pure functions, no database, no clock.

The computation follows shared/reference/deadlines.md:

1. The day of the start event (Zustellung, Bekanntgabe) is day 0 (§ 187 Abs. 1 BGB).
2. Weeks end on the same weekday N weeks later; months and years on the same day
   number, or the last day of the month if that day does not exist (§ 188 Abs. 2, 3 BGB).
3. A last day on a Saturday, Sunday or public holiday in Rhineland-Palatinate moves to
   the next working day (§ 193 BGB, § 222 Abs. 2 ZPO, § 64 Abs. 3 SGG, § 31 Abs. 3
   VwVfG). Holidays come from the `holidays` package (subdivision "RP"), never from a
   hand-written list. Only the end moves, never the start.
4. Bekanntgabefiktion: a letter sent by plain post counts as received on the 4th day
   after posting (3rd day for letters posted before 01.01.2025). Whether that day moves
   off a weekend is disputed, so the earlier, unshifted day is used and flagged.
5. Without or with a wrong Rechtsbehelfsbelehrung the period is 1 year instead.

Both the raw end (`raw_end`) and the end the counsellor should work with (`end`) are
returned, together with the rule, its legal basis and the "ohne Gewähr" caveat; every
screen and the command line show them beside the date.

Where the reference marks the shift as unclear (rule `fz_fluechtling_3m`, worked
example 7) or where a date cannot move (an expiry date), `end` is the *earlier* safe
target: the last working day on or before the raw end. The date § 193 BGB would give is
still returned (`shifted_end`) and mentioned in the notes.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from dataclasses import dataclass

import holidays

from mfd_desktop import errors
from mfd_desktop.domain.deadlines.deadline_rules import (
    RULES,
    DeadlineRule,
    LengthKind,
    Shift,
)
from mfd_desktop.domain.deadlines.deadline_rules import (
    rule as rule_by_key,
)
from mfd_desktop.errors import ExitCode, UserError

SUBDIVISION = "RP"
CAVEAT_DE = (
    "Ohne Gewähr: Die App schlägt das Datum nur vor. Maßgeblich sind die "
    "Rechtsbehelfsbelehrung des Schreibens und anwaltlicher Rat."
)
CAVEAT_EN = (
    "No guarantee: the app only suggests the date. What counts is the instruction on legal "
    "remedies in the letter and a lawyer's advice."
)
CAVEAT_SHORT_DE = "ohne Gewähr"
CAVEAT_SHORT_EN = "no guarantee"
FICTION_CHANGE = dt.date(2025, 1, 1)  # Postrechtsmodernisierung: 3rd → 4th day
WEEKDAYS_DE = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
WEEKDAY_NAMES_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                    "Sonntag")
NO_INSTRUCTION_BASIS = "§ 58 Abs. 2 VwGO, § 66 Abs. 2 SGG, § 356 AO"
SHORT_DEADLINE_DAYS = 7  # deadlines this short warn at once; longer ones at T-7, T-3, T-1
WARN_BEFORE_DAYS = (7, 3, 1)


class UnknownRuleError(UserError):
    """The rule key is not one of the reference rules (a usage error on the command line)."""

    exit_code = ExitCode.USAGE

    def __init__(self, key: str):
        super().__init__(
            f"Unbekannte Frist „{key[:60]}“. Die bekannten Fristen zeigt „mfd frist --list“.",
            en=f"Unknown deadline “{key[:60]}”. “mfd frist --list” shows the known deadlines.",
        )

    @classmethod
    def for_key(cls, key: str) -> UnknownRuleError:
        """The error for `key`; its German and English texts are built by `__init__`."""
        return cls(key)


class DateRequiredError(UserError):
    """The rule has no fixed length: the date must come from the letter or document."""


class NotComputableError(UserError):
    """The rule only gives guidance; there is no last day to compute."""


# ----- calendar --------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _holidays_of_year(year: int, subdiv: str) -> dict[dt.date, str]:
    # One immutable dict per year: `holidays` objects fill themselves lazily on lookup,
    # which is not safe to share between the UI thread and workers.
    table = holidays.country_holidays("DE", subdiv=subdiv, years=year, language="de")
    return dict(table.items())


def holiday_name(day: dt.date, subdiv: str = SUBDIVISION) -> str | None:
    """The German name of the public holiday on `day` in `subdiv`, or None."""
    return _holidays_of_year(day.year, subdiv).get(day)


def is_working_day(day: dt.date, subdiv: str = SUBDIVISION) -> bool:
    return day.weekday() < 5 and holiday_name(day, subdiv) is None


def next_working_day(day: dt.date, subdiv: str = SUBDIVISION) -> dt.date:
    """`day` itself if it is a working day, else the next one (§ 193 BGB)."""
    while not is_working_day(day, subdiv):
        day += dt.timedelta(days=1)
    return day


def previous_working_day(day: dt.date, subdiv: str = SUBDIVISION) -> dt.date:
    """`day` itself if it is a working day, else the last working day before it."""
    while not is_working_day(day, subdiv):
        day -= dt.timedelta(days=1)
    return day


def why_not_working(day: dt.date, subdiv: str = SUBDIVISION) -> str:
    """'Samstag', 'Sonntag' or the holiday's name; '' for a working day."""
    name = holiday_name(day, subdiv)
    if name:
        return name
    if day.weekday() >= 5:
        return WEEKDAY_NAMES_DE[day.weekday()]
    return ""


def format_date_de(day: dt.date | None) -> str:
    """'Mo 29.12.2025' – weekday first, as counsellors write it on the file."""
    if day is None:
        return ""
    return f"{WEEKDAYS_DE[day.weekday()]} {day:%d.%m.%Y}"


def format_date_en(day: dt.date | None) -> str:
    """'Mon 29.12.2025' – as `format_date_de`, with the English weekday."""
    if day is None:
        return ""
    return f"{WEEKDAYS_EN[day.weekday()]} {day:%d.%m.%Y}"


def add_months(start: dt.date, months: int) -> dt.date:
    """Same day number `months` later (negative: earlier); the month's last day if the
    number does not exist there (§ 188 Abs. 3 BGB: 31.01. + 1 Monat → 28./29.02.)."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(start.day, last))


def add_period(start: dt.date, kind: LengthKind, length: int) -> dt.date:
    """The raw last day of a period beginning with an event on `start` (§§ 187 Abs. 1,
    188 Abs. 2, 3 BGB): the start day is not counted."""
    if kind is LengthKind.DAYS:
        return start + dt.timedelta(days=length)
    if kind is LengthKind.WEEKS:
        return start + dt.timedelta(weeks=length)
    if kind is LengthKind.MONTHS:
        return add_months(start, length)
    if kind is LengthKind.YEARS:
        return add_months(start, 12 * length)
    raise ValueError(f"no fixed length: {kind}")


def last_day_before_age(birth: dt.date, years: int) -> dt.date:
    """The last day before someone born on `birth` turns `years` old.

    The birthday counts (§ 187 Abs. 2 S. 2 BGB), so the age is reached at the start of the
    same-numbered day; the day before is the last one. Born on 29.02. and no 29.02. in the
    target year: the period ends on the last day of February (§ 188 Abs. 3 BGB)."""
    target_year = birth.year + years
    if birth.day > calendar.monthrange(target_year, birth.month)[1]:
        return dt.date(target_year, birth.month, calendar.monthrange(target_year, birth.month)[1])
    return dt.date(target_year, birth.month, birth.day) - dt.timedelta(days=1)


def bekanntgabe_fiction(posted_on: dt.date) -> dt.date:
    """The day a letter sent by plain post counts as received (§ 41 Abs. 2 VwVfG,
    § 37 Abs. 2 SGB X, § 122 AO): the 4th day after posting, the 3rd before 2025.
    Deliberately not moved off weekends or holidays (disputed; the earlier day is safe)."""
    return posted_on + dt.timedelta(days=4 if posted_on >= FICTION_CHANGE else 3)


# ----- calculation -----------------------------------------------------------------------


@dataclass(frozen=True)
class Calculation:
    """One computed deadline with everything that must be shown beside it."""

    rule: DeadlineRule
    start: dt.date | None          # day 0: Zustellung/Bekanntgabe (fiction applied), birth date
    raw_end: dt.date               # the end before any weekend/holiday handling
    end: dt.date                   # the date to work with (shown large)
    shifted_end: dt.date           # what § 193 BGB gives; equals `end` for shifting rules
    posted_on: dt.date | None = None
    fiction_applied: bool = False
    without_instruction: bool = False
    given_date: dt.date | None = None
    length_label_de: str = ""
    legal_basis: str = ""
    notes: tuple[str, ...] = ()
    reminders: tuple[dt.date, ...] = ()
    caveat: str = CAVEAT_DE
    notes_en: tuple[str, ...] = ()  # the same notes in English (law names stay German)
    length_label_en: str = ""

    def length_label_in(self, language: str | None = None) -> str:
        """The length label in `language` (default: the app's display language)."""
        if (language or errors.display_language()) == "en" and self.length_label_en:
            return self.length_label_en
        return self.length_label_de

    def notes_in(self, language: str | None = None) -> tuple[str, ...]:
        """The notes in `language` (default: the app's display language)."""
        if ((language or errors.display_language()) == "en"
                and len(self.notes_en) == len(self.notes)):
            return self.notes_en
        return self.notes

    def caveat_in(self, language: str | None = None) -> str:
        if (language or errors.display_language()) == "en" and self.caveat == CAVEAT_DE:
            return CAVEAT_EN
        return self.caveat

    @property
    def rule_key(self) -> str:
        return self.rule.key

    @property
    def moved(self) -> bool:
        return self.end != self.raw_end

    def summary_de(self) -> str:
        """One block of text for screens and stderr: date, rule, basis, notes, caveat."""
        lines = [
            f"Fristende: {format_date_de(self.end)}",
            f"Frist: {self.rule.name_de} ({self.length_label_de})",
            f"Rechtsgrundlage: {self.legal_basis}",
        ]
        if self.start is not None:
            lines.append(f"Beginn ({self.rule.start_event_de}): {format_date_de(self.start)}")
        lines += self.notes
        lines.append(self.caveat)
        return "\n".join(lines)


def resolve_rule(rule_or_key: DeadlineRule | str) -> DeadlineRule:
    if isinstance(rule_or_key, DeadlineRule):
        return rule_or_key
    try:
        return rule_by_key(str(rule_or_key))
    except KeyError:
        raise UnknownRuleError.for_key(str(rule_or_key)) from None


class _Notes:
    """The explanations beside a deadline, German and English side by side."""

    def __init__(self) -> None:
        self.de: list[str] = []
        self.en: list[str] = []

    def add(self, de: str, en: str) -> None:
        self.de.append(de)
        self.en.append(en)

    def extend(self, other: _Notes) -> None:
        self.de += other.de
        self.en += other.en


def _end_for(raw_end: dt.date, shift: Shift, subdiv: str) -> tuple[dt.date, dt.date, _Notes]:
    """(end, shifted_end, notes) for a raw end under the rule's shift policy."""
    shifted = next_working_day(raw_end, subdiv)
    notes = _Notes()
    if shifted == raw_end:
        return raw_end, shifted, notes
    reason = why_not_working(raw_end, subdiv)
    if shift is Shift.NEXT_WORKING_DAY:
        notes.add(
            f"Das rechnerische Fristende {format_date_de(raw_end)} ist {_article(reason)}; "
            f"die Frist endet am nächsten Werktag {format_date_de(shifted)} (§ 193 BGB).",
            f"The calculated end {format_date_en(raw_end)} is {_article_en(reason)}; the "
            f"deadline ends on the next working day, {format_date_en(shifted)} (§ 193 BGB).",
        )
        return shifted, shifted, notes
    if shift is Shift.SAFE_EARLIER:
        earlier = previous_working_day(raw_end, subdiv)
        notes.add(
            f"Das rechnerische Fristende {format_date_de(raw_end)} ist {_article(reason)}. "
            f"Ob es sich auf {format_date_de(shifted)} verschiebt, ist nicht gesichert: "
            f"sicheres Ziel ist der Werktag davor, {format_date_de(earlier)}.",
            f"The calculated end {format_date_en(raw_end)} is {_article_en(reason)}. Whether "
            f"it moves to {format_date_en(shifted)} is not certain: the safe target is the "
            f"working day before, {format_date_en(earlier)}.",
        )
        return earlier, shifted, notes
    notes.add(
        f"Das Fristende {format_date_de(raw_end)} ist {_article(reason)}; "
        "die App verschiebt es nicht.",
        f"The end {format_date_en(raw_end)} is {_article_en(reason)}; the app does not "
        "move it.",
    )
    return raw_end, shifted, notes


def _lower_first(text: str) -> str:
    """'Date in the letter' → 'date in the letter' (for a label inside a sentence)."""
    return text[:1].lower() + text[1:]


def _article(reason: str) -> str:
    if reason in WEEKDAY_NAMES_DE:
        return f"ein {reason}"
    return f"ein Feiertag in Rheinland-Pfalz ({reason})"


def _article_en(reason: str) -> str:
    if reason in WEEKDAY_NAMES_DE:
        return f"a {WEEKDAY_NAMES_EN[WEEKDAY_NAMES_DE.index(reason)]}"
    return f"a public holiday in Rhineland-Palatinate ({reason})"


def _reminder_dates(rule: DeadlineRule, end: dt.date) -> tuple[dt.date, ...]:
    dates = []
    for reminder in rule.reminders:
        day = add_months(end, -reminder.months)
        day -= dt.timedelta(weeks=reminder.weeks, days=reminder.days)
        dates.append(day)
    return tuple(sorted(dates))


def calculate(rule_or_key: DeadlineRule | str, start: dt.date | None = None, *,
              posted_on: dt.date | None = None, without_instruction: bool = False,
              given_date: dt.date | None = None, subdiv: str = SUBDIVISION) -> Calculation:
    """Compute the deadline of a rule.

    - Fixed-length rules need `start` (day of Zustellung/Bekanntgabe) or `posted_on`
      (day the letter was posted by plain post: Bekanntgabefiktion applies).
    - `kind_18` needs the child's date of birth as `start`.
    - Rules set in the letter or running to an expiry date need `given_date` (the date
      from the letter or document); otherwise `DateRequiredError`.
    - Guidance-only rules raise `NotComputableError` with their guidance.
    Raises `UnknownRuleError` for an unknown key."""
    rule = resolve_rule(rule_or_key)
    notes = _Notes()

    if rule.kind is LengthKind.INFO:
        raise NotComputableError(
            f"Für „{rule.name_de}“ gibt es kein berechenbares Fristende: "
            f"{rule.length_label_de}. {rule.notes_de}",
            en=f"There is no end date to calculate for “{rule.name('en')}”: "
               f"{rule.length_label('en')}. {rule.notes('en')}",
        )

    if rule.needs_given_date:
        if given_date is None:
            raise DateRequiredError(
                f"„{rule.name_de}“ hat keine feste Länge: {rule.length_label_de}. "
                f"Bitte das {rule.given_date_label_de} eintragen.",
                en=f"“{rule.name('en')}” has no fixed length: {rule.length_label('en')}. "
                   f"Please enter the {_lower_first(rule.given_date_label('en'))}.",
            )
        end, shifted, shift_notes = _end_for(given_date, rule.shift, subdiv)
        notes.extend(shift_notes)
        return Calculation(
            rule=rule, start=start, raw_end=given_date, end=end, shifted_end=shifted,
            given_date=given_date, length_label_de=rule.length_label_de,
            length_label_en=rule.length_label("en"),
            legal_basis=rule.legal_basis, notes=tuple(notes.de), notes_en=tuple(notes.en),
            reminders=_reminder_dates(rule, given_date),
        )

    fiction = False
    if posted_on is not None:
        fiction_day = bekanntgabe_fiction(posted_on)
        if start is not None and start != fiction_day:
            raise UserError(
                "Bitte entweder das Datum der Zustellung/Bekanntgabe oder das Datum der "
                "Aufgabe zur Post angeben, nicht beides.",
                en="Please enter either the date of delivery/notification or the date of "
                   "posting, not both.",
            )
        start = fiction_day
        fiction = True
        days = (fiction_day - posted_on).days
        notes.add(
            f"Bekanntgabefiktion: Aufgabe zur Post {format_date_de(posted_on)} → gilt als "
            f"bekannt gegeben am {days}. Tag danach, {format_date_de(fiction_day)} "
            "(§ 41 Abs. 2 VwVfG, § 37 Abs. 2 SGB X, § 122 AO).",
            f"Deemed notification (Bekanntgabefiktion): posted on {format_date_en(posted_on)} "
            f"→ counts as notified on day {days} after that, {format_date_en(fiction_day)} "
            "(§ 41 Abs. 2 VwVfG, § 37 Abs. 2 SGB X, § 122 AO).",
        )
        if not is_working_day(fiction_day, subdiv):
            reason = why_not_working(fiction_day, subdiv)
            notes.add(
                f"Der {format_date_de(fiction_day)} ist {_article(reason)}. "
                "Ob sich die Bekanntgabe dann verschiebt, ist umstritten: die App rechnet mit "
                "dem früheren, nicht verschobenen Tag.",
                f"{format_date_en(fiction_day)} is {_article_en(reason)}. Whether the "
                "notification then moves is disputed: the app counts from the earlier day, "
                "not moved.",
            )
    if start is None:
        raise DateRequiredError(
            f"Bitte das Datum angeben: {rule.start_event_de}.",
            en=f"Please enter the date: {rule.start_event('en')}.",
        )

    kind, length, basis = rule.kind, rule.length, rule.legal_basis
    label, label_en = rule.length_label_de, rule.length_label("en")
    if without_instruction:
        if not rule.one_year_without_instruction:
            raise UserError(
                f"Bei „{rule.name_de}“ gibt es keine Jahresfrist wegen fehlender Belehrung.",
                en=f"For “{rule.name('en')}” there is no one-year period for a missing or wrong "
                   "instruction on legal remedies.",
            )
        kind, length, label = LengthKind.YEARS, 1, "1 Jahr (ohne oder mit falscher Belehrung)"
        label_en = "1 year (instruction on legal remedies missing or wrong)"
        basis = f"{rule.legal_basis}; {NO_INSTRUCTION_BASIS}"
        notes.add(
            "Ohne oder mit falscher Rechtsbehelfsbelehrung gilt 1 Jahr statt der "
            f"normalen Frist ({NO_INSTRUCTION_BASIS}).",
            "Without (or with a wrong) instruction on legal remedies, 1 year applies instead "
            f"of the normal period ({NO_INSTRUCTION_BASIS}).",
        )

    assert length is not None
    if kind is LengthKind.AGE_LIMIT:
        raw_end = last_day_before_age(start, length)
    else:
        raw_end = add_period(start, kind, length)
    end, shifted, shift_notes = _end_for(raw_end, rule.shift, subdiv)
    notes.extend(shift_notes)
    return Calculation(
        rule=rule, start=start, raw_end=raw_end, end=end, shifted_end=shifted,
        posted_on=posted_on, fiction_applied=fiction, without_instruction=without_instruction,
        length_label_de=label, length_label_en=label_en, legal_basis=basis,
        notes=tuple(notes.de), notes_en=tuple(notes.en),
        reminders=_reminder_dates(rule, raw_end),
    )


def warning_dates(calc: Calculation) -> tuple[dt.date, ...]:
    """When to warn: at T-7, T-3 and T-1 days; short deadlines (≤ 1 week from the start)
    at once, i.e. from the start day on."""
    dates = {calc.end - dt.timedelta(days=n) for n in WARN_BEFORE_DAYS}
    if calc.start is not None and (calc.end - calc.start).days <= SHORT_DEADLINE_DAYS:
        dates = {d for d in dates if d > calc.start} | {calc.start}
    return tuple(sorted(dates))


def rule_choices() -> list[tuple[str, str]]:
    """(key, German name) of every rule, in reference order (the command line's list)."""
    return [(r.key, r.name_de) for r in RULES]
