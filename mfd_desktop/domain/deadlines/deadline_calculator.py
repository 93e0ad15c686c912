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
from mfd_desktop.formatting import weekday_date, weekday_name
from mfd_desktop.messages import Msg, render

SUBDIVISION = "RP"
CAVEAT = Msg("deadline_calculator.caveat")            # "Ohne Gewähr: Die App schlägt …"
CAVEAT_SHORT = Msg("deadline_calculator.caveat_short")  # "ohne Gewähr"
FICTION_CHANGE = dt.date(2025, 1, 1)  # Postrechtsmodernisierung: 3rd → 4th day
NO_INSTRUCTION_BASIS = "§ 58 Abs. 2 VwGO, § 66 Abs. 2 SGG, § 356 AO"
SHORT_DEADLINE_DAYS = 7  # deadlines this short warn at once; longer ones at T-7, T-3, T-1
WARN_BEFORE_DAYS = (7, 3, 1)


class UnknownRuleError(UserError):
    """The rule key is not one of the reference rules (a usage error on the command line)."""

    exit_code = ExitCode.USAGE

    def __init__(self, key: str):
        super().__init__(
            Msg("deadline_calculator.unknown_deadline_mfd_frist_list_shows", key=key[:60]),
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


def why_not_working(day: dt.date, subdiv: str = SUBDIVISION) -> Msg | None:
    """Why `day` is no working day ("ein Samstag", "ein Feiertag in Rheinland-Pfalz
    (Neujahr)"); None for a working day. Holiday names stay German (the calendar's)."""
    name = holiday_name(day, subdiv)
    if name:
        return Msg("deadline_calculator.reason_holiday", holiday=name)
    if day.weekday() >= 5:
        return Msg("deadline_calculator.reason_weekday", weekday=weekday_name(day))
    return None


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
    length_label: Msg | str = ""
    legal_basis: str = ""
    notes: tuple[Msg, ...] = ()
    reminders: tuple[dt.date, ...] = ()
    caveat: Msg = CAVEAT

    @property
    def rule_key(self) -> str:
        return self.rule.key

    @property
    def moved(self) -> bool:
        return self.end != self.raw_end

    def summary(self) -> tuple[Msg, ...]:
        """The lines for screens and stderr: date, rule, basis, notes, caveat."""
        lines = [
            Msg("deadline_calculator.summary_end", end=weekday_date(self.end)),
            Msg("deadline_calculator.summary_rule", rule=self.rule.name(),
                length=self.length_label),
            Msg("deadline_calculator.summary_basis", basis=self.legal_basis),
        ]
        if self.start is not None:
            lines.append(Msg("deadline_calculator.summary_start",
                             event=self.rule.start_event(), start=weekday_date(self.start)))
        return (*lines, *self.notes, self.caveat)

    def summary_de(self) -> str:
        """`summary()` in German, one block of text (the command line speaks German)."""
        return "\n".join(render(line, "de") for line in self.summary())


def resolve_rule(rule_or_key: DeadlineRule | str) -> DeadlineRule:
    if isinstance(rule_or_key, DeadlineRule):
        return rule_or_key
    try:
        return rule_by_key(str(rule_or_key))
    except KeyError:
        raise UnknownRuleError.for_key(str(rule_or_key)) from None


def _end_for(raw_end: dt.date, shift: Shift, subdiv: str) -> tuple[dt.date, dt.date, list[Msg]]:
    """(end, shifted_end, notes) for a raw end under the rule's shift policy."""
    shifted = next_working_day(raw_end, subdiv)
    if shifted == raw_end:
        return raw_end, shifted, []
    reason = why_not_working(raw_end, subdiv)
    if shift is Shift.NEXT_WORKING_DAY:
        return shifted, shifted, [Msg("deadline_calculator.note_moves_to_next_working_day",
                                      raw_end=weekday_date(raw_end), reason=reason,
                                      shifted=weekday_date(shifted))]
    if shift is Shift.SAFE_EARLIER:
        earlier = previous_working_day(raw_end, subdiv)
        return earlier, shifted, [Msg("deadline_calculator.note_safe_earlier",
                                      raw_end=weekday_date(raw_end), reason=reason,
                                      shifted=weekday_date(shifted),
                                      earlier=weekday_date(earlier))]
    return raw_end, shifted, [Msg("deadline_calculator.note_not_moved",
                                  raw_end=weekday_date(raw_end), reason=reason)]


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
    notes: list[Msg] = []

    if rule.kind is LengthKind.INFO:
        raise NotComputableError(
            Msg("deadline_calculator.there_no_end_date_calculate_for",
                name=rule.name(), length_label=rule.length_label(), notes=rule.notes()),
        )

    if rule.needs_given_date:
        if given_date is None:
            raise DateRequiredError(
                Msg("deadline_calculator.has_no_fixed_length_enter",
                    name=rule.name(), length_label=rule.length_label(),
                    given_date_label=rule.given_date_label_inline()),
            )
        end, shifted, shift_notes = _end_for(given_date, rule.shift, subdiv)
        notes.extend(shift_notes)
        return Calculation(
            rule=rule, start=start, raw_end=given_date, end=end, shifted_end=shifted,
            given_date=given_date, length_label=rule.length_label(),
            legal_basis=rule.legal_basis, notes=tuple(notes),
            reminders=_reminder_dates(rule, given_date),
        )

    fiction = False
    if posted_on is not None:
        fiction_day = bekanntgabe_fiction(posted_on)
        if start is not None and start != fiction_day:
            raise UserError(
                Msg("deadline_calculator.enter_either_date_delivery_notification_date"),
            )
        start = fiction_day
        fiction = True
        days = (fiction_day - posted_on).days
        notes.append(Msg("deadline_calculator.note_fiction", posted_on=weekday_date(posted_on),
                         days=days, fiction_day=weekday_date(fiction_day)))
        if not is_working_day(fiction_day, subdiv):
            notes.append(Msg("deadline_calculator.note_fiction_not_working_day",
                             fiction_day=weekday_date(fiction_day),
                             reason=why_not_working(fiction_day, subdiv)))
    if start is None:
        raise DateRequiredError(
            Msg("deadline_calculator.enter_date",
                start_event=rule.start_event()),
        )

    kind, length, basis = rule.kind, rule.length, rule.legal_basis
    label: Msg | str = rule.length_label()
    if without_instruction:
        if not rule.one_year_without_instruction:
            raise UserError(
                Msg("deadline_calculator.for_there_no_one_year_period",
                    name=rule.name()),
            )
        kind, length = LengthKind.YEARS, 1
        label = Msg("deadline_calculator.one_year_without_instruction")
        basis = f"{rule.legal_basis}; {NO_INSTRUCTION_BASIS}"
        notes.append(Msg("deadline_calculator.note_without_instruction",
                         basis=NO_INSTRUCTION_BASIS))

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
        length_label=label, legal_basis=basis, notes=tuple(notes),
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
