"""English texts of the deadline rules (`deadline_rules.RULES`), keyed by rule key.

For counsellors who work in English in Germany: the letters they hold are German, so the
German key term printed on the letter stays in brackets where it helps to recognise the
letter or the step (Klage, Widerspruch, Zustellung, Bekanntgabe …). Legal references
(§ 74 AsylG, Art. 29 Dublin-III-VO …) stay exactly as in German; "(prüfen)" becomes
"(to be checked)". `tests/domain/deadlines/test_deadline_rules_en.py` checks that every rule has
every text and that numbers and § references match the German.

Start events read as labels ("Day 0 (Delivery – Zustellung)"), so they use a dash
instead of brackets for the German term. Computation never reads these texts; stored
texts (reminder follow-ups) and the command line stay German.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RuleTextsEn:
    name: str
    length_label: str
    start_event: str
    notes: str
    given_date_label: str = ""


LETTER = "Date in the letter"
TITLE_EXPIRY = "Expiry date of the title"
DELIVERY = "Delivery – Zustellung"
NOTIFICATION = "Notification – Bekanntgabe"

RULES_EN: dict[str, RuleTextsEn] = {
    "asyl_klage_2w": RuleTextsEn(
        "Appeal against a BAMF decision (Klage; rejected as unfounded, revocation etc.)",
        "2 weeks", DELIVERY,
        "The appeal has suspensive effect (§ 75 AsylG). No objection (Widerspruch, "
        "§ 11 AsylG). Grounds and evidence within one month (§ 74 Abs. 2 AsylG). "
        "Special delivery rules under § 10 AsylG (to be checked).",
    ),
    "asyl_ou_1w": RuleTextsEn(
        "Appeal and urgent application (Klage, Eilantrag) if “manifestly unfounded” "
        "(offensichtlich unbegründet) or inadmissible (§ 29 Abs. 1 Nr. 2, 4 AsylG)",
        "1 week for appeal and urgent application", DELIVERY,
        "Without an urgent application (Eilantrag), deportation is possible; the time limit "
        "for leaving (Ausreisefrist) is 1 week. Act at once.",
    ),
    "dublin_1w": RuleTextsEn(
        "Dublin decision (Dublin-Bescheid): urgent application and appeal",
        "1 week", DELIVERY,
        "Deportation order (Abschiebungsanordnung). The transfer period is usually 6 months "
        "(Art. 29 Dublin-III-VO) (to be checked). Act at once.",
    ),
    "berufung_zulassung": RuleTextsEn(
        "Application for leave to appeal (Antrag auf Zulassung der Berufung; asylum)",
        "1 month", "Delivery of the judgment – Zustellung des Urteils",
        "A lawyer is required (Anwaltszwang): the application can only be made through a "
        "lawyer.",
    ),
    "ausreise_30t": RuleTextsEn(
        "Time limit for leaving after rejection (Ausreisefrist)",
        "30 days", "Decision becomes final – Unanfechtbarkeit",
        "For information only. The app does not move the time limit for leaving to the next "
        "working day (§ 193 BGB does not reliably apply to leaving the country) and shows the "
        "earlier day.",
    ),
    "widerspruch": RuleTextsEn(
        "Objection (Widerspruch) against an administrative decision (immigration office, "
        "Jobcenter, housing benefit, parental allowance etc.)",
        "1 month (1 year if the instruction on legal remedies is missing or wrong)",
        NOTIFICATION,
        "Child benefit (Kindergeld): objection (Einspruch) under § 355 AO, also 1 month. For "
        "some decisions of the immigration office (Ausländerbehörde) an objection is "
        "excluded; then go to court directly (Klage) (check the Rechtsbehelfsbelehrung).",
    ),
    "klage_nach_widerspruch": RuleTextsEn(
        "Court action after the objection decision (Klage nach Widerspruchsbescheid)",
        "1 month", "Delivery of the objection decision – Zustellung des Widerspruchsbescheids",
        "1 year if the instruction on legal remedies (Rechtsbehelfsbelehrung) is missing or "
        "wrong.",
    ),
    "eilantrag_abh": RuleTextsEn(
        "Urgent application (Eilantrag) against an immediately enforceable decision of the "
        "immigration office",
        "no fixed deadline – act at once", NOTIFICATION,
        "No fixed deadline unless the decision states one: act at once. Often together with "
        "a court action (Klage) or an objection (Widerspruch).",
        LETTER,
    ),
    "anhoerung": RuleTextsEn(
        "Hearing: written statement (Anhörung, Stellungnahme)",
        "as set in the letter (usually 2 weeks)", "Letter",
        "If needed, ask for an extension in writing.",
        LETTER,
    ),
    "mitwirkung": RuleTextsEn(
        "Duty to cooperate: hand in documents (Mitwirkungspflicht)",
        "as set in the letter", "Letter",
        "Benefits can be refused after a written warning that sets a deadline.",
        LETTER,
    ),
    "ae_verlaengerung": RuleTextsEn(
        "Application to extend the residence title (Verlängerung des Aufenthaltstitels)",
        "before the title expires", TITLE_EXPIRY,
        "Application in time → the title counts as continuing (Fortgeltungsfiktion, "
        "Fiktionsbescheinigung). Late application → only at the authority's discretion "
        "(§ 81 Abs. 4 S. 3 AufenthG).",
        TITLE_EXPIRY,
    ),
    "pass_gueltigkeit": RuleTextsEn(
        "Passport validity (Passgültigkeit)",
        "before the passport expires", "Expiry date of the passport",
        "Reminder 6 months before (in practice, appointments at the embassy take a long "
        "time).",
        "Expiry date of the passport",
    ),
    "fz_fluechtling_3m": RuleTextsEn(
        "Privileged family reunification with persons entitled to asylum and refugees "
        "(privilegierter Familiennachzug)",
        "3 months", "Final grant of protection – unanfechtbare Zuerkennung",
        "Visa application or notice that keeps the deadline (fristwahrende Anzeige, "
        "fap.diplo.de) within 3 months → no proof of income and housing needed. Not for "
        "subsidiary protection: family reunification suspended until 23.07.2027 "
        "(§ 104 Abs. 14 AufenthG). Whether the end moves under § 193 BGB is unclear "
        "(to be checked): the app shows the last working day before it as a safe target.",
    ),
    "buergergeld_wba": RuleTextsEn(
        "Application to continue Bürgergeld (Weiterbewilligungsantrag)",
        "before the end of the approval period (Bewilligungszeitraum; usually 12 months, "
        "6 if provisional)",
        "End of the approval period stated in the decision",
        "The application only takes effect from the 1st of the month in which it arrives → "
        "remind 6 weeks before. Reform “Neue Grundsicherung” 2026 (to be checked).",
        "End of the approval period",
    ),
    "ueberpruefungsantrag": RuleTextsEn(
        "Request to review a decision (Überprüfungsantrag)",
        "retroactive for 1 year (SGB II), otherwise 4 years", "Application",
        "Possible after a missed objection (Widerspruch).",
    ),
    "kindergeld_6m": RuleTextsEn(
        "Child benefit back payment (Kindergeld rückwirkend)",
        "at most 6 months before the month of application", "Receipt of the application",
        "Apply right after the birth or the arrival in Germany.",
    ),
    "elterngeld_3m": RuleTextsEn(
        "Parental allowance back payment (Elterngeld rückwirkend)",
        "at most 3 months of the child's life (Lebensmonate) before the month of life in "
        "which the application is made",
        "Receipt of the application",
        "Apply soon after the birth.",
    ),
    "wohngeld": RuleTextsEn(
        "Housing benefit (Wohngeld)",
        "only from the month of application; application to continue "
        "(Weiterleistungsantrag) before the period ends",
        "Application",
        "No back payment (details to be checked).",
    ),
    "kind_18": RuleTextsEn(
        "Family reunification of a child (Kindernachzug)",
        "apply while the child is under 18", "Child's date of birth",
        "Remind early. The last day is the day before the 18th birthday "
        "(§ 187 Abs. 2 S. 2 BGB); if it falls on a weekend or a public holiday, the app shows "
        "the working day before.",
    ),
    "einbuergerung": RuleTextsEn(
        "Naturalisation (Einbürgerung)",
        "no deadline", "–",
        "Keep an eye on how long the documents are valid (language certificate, assurance "
        "of naturalisation – Einbürgerungszusicherung) (to be checked).",
    ),
    "chancen_ae_104c": RuleTextsEn(
        "Opportunity residence right (Chancen-Aufenthaltsrecht)",
        "title for 18 months, cannot be extended", TITLE_EXPIRY,
        "Applications only possible until 31.12.2025. Apply under § 25a/§ 25b AufenthG "
        "before the 18 months run out (the title then counts as continuing: "
        "Fiktionswirkung).",
        TITLE_EXPIRY,
    ),
    "ausbildungsduldung": RuleTextsEn(
        "Toleration for vocational training (Ausbildungsduldung)",
        "at the earliest 7 months before the training starts (to be checked)",
        "Start of the training",
        "Mind the deadlines for clarifying identity (Identitätsklärung).",
    ),
    "sonstiges": RuleTextsEn(
        "Other deadline (from the letter)",
        "as set in the letter", "Letter",
        "For deadlines that no rule covers: take the date from the letter.",
        LETTER,
    ),
}
