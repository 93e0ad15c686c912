"""The deadline rules (Fristen) of shared/reference/deadlines.md, as data.

Keys are stable: they are stored with every deadline and counted in statistics.
Texts are German, in the words counsellors use (`name_de`, `notes_de` …: the command
line, stored reminder texts). For display, `rule.name()`, `rule.notes()` … return messages
keyed "deadline_rule.<key>.<field>" (resources/messages/*/deadline_rule.po; the German
catalogue holds these same texts, tests/domain/deadlines/test_deadline_rules_en.py keeps
them equal), rendered at the edge in the display language. Every computed date is a suggestion
("ohne Gewähr"): the Rechtsbehelfsbelehrung of the actual letter and a lawyer's advice
prevail. Stand Ende 2025; the GEAS reform (from 12.06.2026) may change asylum deadlines.

How a rule's end is found (see `deadline_calculator`):

- `LengthKind.DAYS/WEEKS/MONTHS/YEARS`: a fixed length counted from the start event
  (§§ 187 Abs. 1, 188 Abs. 2 und 3 BGB).
- `LengthKind.AGE_LIMIT`: an age limit counted from the date of birth (§ 187 Abs. 2 S. 2
  BGB counts the birthday itself); the last day is the day before that birthday.
- `LengthKind.SET_IN_LETTER`: the letter sets the date; the counsellor enters it.
- `LengthKind.BEFORE_EXPIRY`: act before a document or period runs out; the counsellor
  enters the expiry date.
- `LengthKind.INFO`: no computable last day; the rule's notes are shown as guidance.

`Shift` says what happens when the last day is a Saturday, Sunday or public holiday:
`NEXT_WORKING_DAY` is § 193 BGB (and § 222 Abs. 2 ZPO, § 64 Abs. 3 SGG, § 31 Abs. 3
VwVfG); `SAFE_EARLIER` shows the working day *before* it where shifting is doubtful
or impossible (an expiry date does not move); `NONE` keeps the raw date.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mfd_desktop import messages
from mfd_desktop.messages import Msg, dynamic

# One key per rule and text field: "deadline_rule.<rule key>.<field>".
messages.DYNAMIC_PREFIXES["deadline_rule."] = __name__


class LengthKind(StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"
    AGE_LIMIT = "age_limit"
    SET_IN_LETTER = "set_in_letter"
    BEFORE_EXPIRY = "before_expiry"
    INFO = "info"


FIXED_KINDS = frozenset({LengthKind.DAYS, LengthKind.WEEKS, LengthKind.MONTHS, LengthKind.YEARS,
                         LengthKind.AGE_LIMIT})
DATE_GIVEN_KINDS = frozenset({LengthKind.SET_IN_LETTER, LengthKind.BEFORE_EXPIRY})


class Shift(StrEnum):
    NEXT_WORKING_DAY = "next_working_day"
    SAFE_EARLIER = "safe_earlier"
    NONE = "none"


@dataclass(frozen=True)
class Reminder:
    """Remind this long before the last day (e.g. 6 weeks before a title runs out)."""

    months: int = 0
    weeks: int = 0
    days: int = 0

    def label(self) -> Msg:
        """'3 Monate vorher' / '3 months before', rendered at the edge."""
        spans = [dynamic(f"deadline_rule.span_{unit}", count=n)
                 for unit, n in (("months", self.months), ("weeks", self.weeks),
                                 ("days", self.days)) if n]
        names = ("span", "span2", "span3")
        return dynamic(f"deadline_rule.before_{len(spans)}", **dict(zip(names, spans, strict=False)))


@dataclass(frozen=True)
class DeadlineRule:
    key: str
    name_de: str
    legal_basis: str
    kind: LengthKind
    length: int | None
    length_label_de: str
    start_event_de: str
    notes_de: str
    shift: Shift = Shift.NEXT_WORKING_DAY
    # § 58 Abs. 2 VwGO, § 66 Abs. 2 SGG, § 356 AO: missing/wrong Belehrung → 1 Jahr.
    one_year_without_instruction: bool = False
    reminders: tuple[Reminder, ...] = ()
    # Label of the date the counsellor must enter for SET_IN_LETTER/BEFORE_EXPIRY rules.
    given_date_label_de: str = ""

    @property
    def has_fixed_length(self) -> bool:
        return self.kind in FIXED_KINDS

    @property
    def needs_given_date(self) -> bool:
        return self.kind in DATE_GIVEN_KINDS

    @property
    def is_computable(self) -> bool:
        return self.kind is not LengthKind.INFO

    # ----- texts for display: messages rendered at the edge ----------------------------

    def _text(self, field: str) -> Msg | str:
        if not getattr(self, f"{field}_de"):
            return ""
        return dynamic(f"deadline_rule.{self.key}.{field}")

    def name(self) -> Msg | str:
        return self._text("name")

    def length_label(self) -> Msg | str:
        return self._text("length_label")

    def start_event(self) -> Msg | str:
        return self._text("start_event")

    def notes(self) -> Msg | str:
        return self._text("notes")

    def given_date_label(self) -> Msg | str:
        return self._text("given_date_label")

    def given_date_label_inline(self) -> Msg | str:
        """The given-date label inside a sentence ("… enter the date in the letter")."""
        if not self.given_date_label_de:
            return ""
        return dynamic(f"deadline_rule.{self.key}.given_date_label_inline")


_LETTER = "Datum aus dem Schreiben"

RULES: tuple[DeadlineRule, ...] = (
    DeadlineRule(
        "asyl_klage_2w",
        "Klage gegen BAMF-Bescheid (einfach unbegründet, Widerruf u. a.)",
        "§ 74 Abs. 1 Hs. 1 AsylG",
        LengthKind.WEEKS, 2, "2 Wochen", "Zustellung",
        "Die Klage hat aufschiebende Wirkung (§ 75 AsylG). Kein Widerspruch (§ 11 AsylG). "
        "Begründung und Beweismittel innerhalb eines Monats (§ 74 Abs. 2 AsylG). "
        "Besondere Zustellungsregeln nach § 10 AsylG (prüfen).",
        one_year_without_instruction=True,
    ),
    DeadlineRule(
        "asyl_ou_1w",
        "Klage und Eilantrag bei „offensichtlich unbegründet“ oder unzulässig "
        "(§ 29 Abs. 1 Nr. 2, 4 AsylG)",
        "§ 74 Abs. 1 Hs. 2, § 36 Abs. 3 AsylG, § 80 Abs. 5 VwGO",
        LengthKind.WEEKS, 1, "1 Woche für Klage und Eilantrag", "Zustellung",
        "Ohne Eilantrag ist die Abschiebung möglich; die Ausreisefrist beträgt 1 Woche. "
        "Sofort handeln.",
        one_year_without_instruction=True,
    ),
    DeadlineRule(
        "dublin_1w",
        "Dublin-Bescheid: Eilantrag und Klage",
        "§ 34a Abs. 2, § 74 Abs. 1 AsylG",
        LengthKind.WEEKS, 1, "1 Woche", "Zustellung",
        "Abschiebungsanordnung. Die Überstellungsfrist beträgt meist 6 Monate "
        "(Art. 29 Dublin-III-VO) (prüfen). Sofort handeln.",
        one_year_without_instruction=True,
    ),
    DeadlineRule(
        "berufung_zulassung",
        "Antrag auf Zulassung der Berufung (Asyl)",
        "§ 78 Abs. 4 AsylG",
        LengthKind.MONTHS, 1, "1 Monat", "Zustellung des Urteils",
        "Anwaltszwang: nur über eine Rechtsanwältin oder einen Rechtsanwalt.",
        one_year_without_instruction=True,
    ),
    DeadlineRule(
        "ausreise_30t",
        "Ausreisefrist nach Ablehnung",
        "§ 38 Abs. 1 AsylG",
        LengthKind.DAYS, 30, "30 Tage", "Unanfechtbarkeit",
        "Nur zur Information. Die App verschiebt die Ausreisefrist nicht auf den nächsten "
        "Werktag (§ 193 BGB passt auf eine Ausreise nicht sicher) und zeigt den früheren Tag.",
        shift=Shift.NONE,
    ),
    DeadlineRule(
        "widerspruch",
        "Widerspruch gegen Verwaltungsakt (Ausländerbehörde, Jobcenter, Wohngeld, "
        "Elterngeld u. a.)",
        "§ 70 VwGO / § 84 SGG",
        LengthKind.MONTHS, 1, "1 Monat (1 Jahr ohne oder mit falscher Belehrung)", "Bekanntgabe",
        "Kindergeld: Einspruch nach § 355 AO, ebenfalls 1 Monat. Bei manchen Entscheidungen der "
        "Ausländerbehörde ist der Widerspruch ausgeschlossen, dann direkt Klage "
        "(Rechtsbehelfsbelehrung prüfen).",
        one_year_without_instruction=True,
    ),
    DeadlineRule(
        "klage_nach_widerspruch",
        "Klage nach Widerspruchsbescheid",
        "§ 74 VwGO / § 87 SGG",
        LengthKind.MONTHS, 1, "1 Monat", "Zustellung des Widerspruchsbescheids",
        "Ohne oder mit falscher Rechtsbehelfsbelehrung 1 Jahr.",
        one_year_without_instruction=True,
    ),
    DeadlineRule(
        "eilantrag_abh",
        "Eilantrag gegen sofort vollziehbare Entscheidung der Ausländerbehörde",
        "§ 80 Abs. 5 VwGO",
        LengthKind.SET_IN_LETTER, None, "keine feste Frist – sofort handeln", "Bekanntgabe",
        "Keine feste Frist, außer der Bescheid nennt eine: sofort handeln. Oft zusammen mit "
        "Klage oder Widerspruch.",
        shift=Shift.SAFE_EARLIER,
        given_date_label_de=_LETTER,
    ),
    DeadlineRule(
        "anhoerung",
        "Anhörung (Stellungnahme)",
        "§ 28 VwVfG / § 24 SGB X",
        LengthKind.SET_IN_LETTER, None, "wie im Schreiben gesetzt (meist 2 Wochen)", "Schreiben",
        "Wenn nötig, schriftlich um Verlängerung bitten.",
        shift=Shift.SAFE_EARLIER,
        given_date_label_de=_LETTER,
    ),
    DeadlineRule(
        "mitwirkung",
        "Mitwirkungspflicht (Unterlagen einreichen)",
        "§§ 60, 66 SGB I; § 82 AufenthG; § 15 AsylG",
        LengthKind.SET_IN_LETTER, None, "wie im Schreiben gesetzt", "Schreiben",
        "Leistungen können nach schriftlichem Hinweis und Fristsetzung versagt werden.",
        shift=Shift.SAFE_EARLIER,
        given_date_label_de=_LETTER,
    ),
    DeadlineRule(
        "ae_verlaengerung",
        "Antrag auf Verlängerung des Aufenthaltstitels",
        "§ 81 Abs. 4 AufenthG",
        LengthKind.BEFORE_EXPIRY, None, "vor Ablauf des Titels", "Ablaufdatum des Titels",
        "Rechtzeitiger Antrag → Fortgeltungsfiktion (Fiktionsbescheinigung). Verspäteter "
        "Antrag → nur noch nach Ermessen (§ 81 Abs. 4 S. 3 AufenthG).",
        shift=Shift.SAFE_EARLIER,
        reminders=(Reminder(months=3), Reminder(weeks=6)),
        given_date_label_de="Ablaufdatum des Titels",
    ),
    DeadlineRule(
        "pass_gueltigkeit",
        "Passgültigkeit",
        "§ 3, § 48 AufenthG",
        LengthKind.BEFORE_EXPIRY, None, "vor Ablauf des Passes", "Ablaufdatum des Passes",
        "Erinnerung 6 Monate vorher (Praxis: Termine bei der Botschaft dauern lange).",
        shift=Shift.SAFE_EARLIER,
        reminders=(Reminder(months=6),),
        given_date_label_de="Ablaufdatum des Passes",
    ),
    DeadlineRule(
        "fz_fluechtling_3m",
        "Privilegierter Familiennachzug zu Asylberechtigten und Flüchtlingen",
        "§ 29 Abs. 2 S. 2 Nr. 1 AufenthG",
        LengthKind.MONTHS, 3, "3 Monate", "Unanfechtbare Zuerkennung",
        "Visumantrag oder fristwahrende Anzeige (fap.diplo.de) innerhalb von 3 Monaten → "
        "kein Nachweis von Einkommen und Wohnraum nötig. Nicht bei subsidiärem Schutz: "
        "Familiennachzug ausgesetzt bis 23.07.2027 (§ 104 Abs. 14 AufenthG). Ob sich das "
        "Fristende nach § 193 BGB verschiebt, ist unklar (prüfen): die App zeigt den letzten "
        "Werktag davor als sicheres Ziel.",
        shift=Shift.SAFE_EARLIER,
    ),
    DeadlineRule(
        "buergergeld_wba",
        "Weiterbewilligungsantrag Bürgergeld",
        "§§ 37, 41 Abs. 3 SGB II",
        LengthKind.BEFORE_EXPIRY, None,
        "vor Ende des Bewilligungszeitraums (meist 12 Monate, vorläufig 6)",
        "Ende des Bewilligungszeitraums laut Bescheid",
        "Der Antrag wirkt erst ab dem 1. des Monats, in dem er eingeht → 6 Wochen vorher "
        "erinnern. Reform „Neue Grundsicherung“ 2026 (prüfen).",
        shift=Shift.SAFE_EARLIER,
        reminders=(Reminder(weeks=6),),
        given_date_label_de="Ende des Bewilligungszeitraums",
    ),
    DeadlineRule(
        "ueberpruefungsantrag",
        "Überprüfungsantrag",
        "§ 44 SGB X, § 40 Abs. 1 S. 2 SGB II",
        LengthKind.INFO, None, "rückwirkend 1 Jahr (SGB II), sonst 4 Jahre", "Antrag",
        "Möglich nach versäumtem Widerspruch.",
    ),
    DeadlineRule(
        "kindergeld_6m",
        "Kindergeld rückwirkend",
        "§ 70 Abs. 1 S. 2 EStG (früher § 66 Abs. 3)",
        LengthKind.INFO, None, "höchstens 6 Monate vor dem Antragsmonat", "Antragseingang",
        "Sofort nach Geburt oder Einreise beantragen.",
    ),
    DeadlineRule(
        "elterngeld_3m",
        "Elterngeld rückwirkend",
        "§ 7 Abs. 1 BEEG",
        LengthKind.INFO, None, "höchstens 3 Lebensmonate vor dem Lebensmonat der Antragstellung",
        "Antragseingang",
        "Bald nach der Geburt beantragen.",
    ),
    DeadlineRule(
        "wohngeld",
        "Wohngeld",
        "§ 25 WoGG",
        LengthKind.INFO, None,
        "erst ab dem Antragsmonat; Weiterleistungsantrag vor Ende des Zeitraums", "Antrag",
        "Keine rückwirkende Zahlung (Einzelheiten prüfen).",
    ),
    DeadlineRule(
        "kind_18",
        "Kindernachzug",
        "§ 32 AufenthG",
        LengthKind.AGE_LIMIT, 18, "Antrag, solange das Kind unter 18 ist", "Geburtsdatum des Kindes",
        "Früh erinnern. Letzter Tag ist der Tag vor dem 18. Geburtstag (§ 187 Abs. 2 S. 2 BGB); "
        "fällt er auf ein Wochenende oder einen Feiertag, zeigt die App den Werktag davor.",
        shift=Shift.SAFE_EARLIER,
        reminders=(Reminder(months=6), Reminder(months=3)),
    ),
    DeadlineRule(
        "einbuergerung",
        "Einbürgerung",
        "§ 10 StAG",
        LengthKind.INFO, None, "keine Frist", "–",
        "Gültigkeit der Unterlagen im Blick behalten (Sprachzertifikat, "
        "Einbürgerungszusicherung) (prüfen).",
    ),
    DeadlineRule(
        "chancen_ae_104c",
        "Chancen-Aufenthaltsrecht",
        "§ 104c AufenthG",
        LengthKind.BEFORE_EXPIRY, None, "Titel 18 Monate, nicht verlängerbar",
        "Ablaufdatum des Titels",
        "Antrag nur bis 31.12.2025 möglich. Den Antrag nach § 25a/§ 25b AufenthG vor "
        "Ablauf der 18 Monate stellen (Fiktionswirkung).",
        shift=Shift.SAFE_EARLIER,
        reminders=(Reminder(months=3), Reminder(weeks=6)),
        given_date_label_de="Ablaufdatum des Titels",
    ),
    DeadlineRule(
        "ausbildungsduldung",
        "Ausbildungsduldung",
        "§ 60c AufenthG",
        LengthKind.INFO, None, "frühestens 7 Monate vor Ausbildungsbeginn (prüfen)",
        "Ausbildungsbeginn",
        "Fristen zur Identitätsklärung beachten.",
    ),
    DeadlineRule(
        "sonstiges",
        "Sonstige Frist (aus dem Schreiben)",
        "laut Schreiben",
        LengthKind.SET_IN_LETTER, None, "wie im Schreiben gesetzt", "Schreiben",
        "Für Fristen, die in keiner Regel stehen: das Datum aus dem Schreiben übernehmen.",
        shift=Shift.SAFE_EARLIER,
        given_date_label_de=_LETTER,
    ),
)

RULES_BY_KEY: dict[str, DeadlineRule] = {rule.key: rule for rule in RULES}


def rule(key: str) -> DeadlineRule:
    """The rule with this key; `KeyError` if there is none (callers turn it into German)."""
    return RULES_BY_KEY[key]


def computable_rules() -> tuple[DeadlineRule, ...]:
    return tuple(r for r in RULES if r.is_computable)
