"""The form fields that the services' messages name, as message keys.

The validation helpers (`clients.parse_date`, `clients.clean_text`, `reference.require`,
`deadlines.as_date`, …) take the German field label that starts the message
("Erstkontakt: …"); `label(german)` gives its message (key "field.…"), which the edge
renders in the display language. A label without an entry is shown as it is (German),
never an error (tests/domain/test_english_messages.py checks every literal label).
"""

from __future__ import annotations

from mfd_desktop.messages import Msg

FIELD_KEYS = {
    "Abschlussdatum": "field.closed_on",
    "Abschlussgrund": "field.closing_reason",
    "Anschrift": "field.address",
    "Ansprechperson": "field.contact_person",
    "Art der Stelle": "field.type_of_service",
    "Art der Tätigkeit": "field.type_of_activity",
    "Aufenthaltsstatus": "field.residence_status",
    "Arbeit/Ausbildung": "field.work_situation",
    "Aufgabe zur Post": "field.date_of_posting",
    "Beginn des Förderplans": "field.plan_started_on",
    "Begründung": "field.reason",
    "Beschreibung": "field.description",
    "Beratungsform": "field.form_of_counselling",
    "Beratungsweg": "field.channel",
    "Besondere Schutzbedürftigkeit": "field.special_protection_needs",
    "Bis wann": "field.due_on",
    "Datum aus dem Schreiben": "field.date_of_the_letter",
    "Datum der Wiedervorlage": "field.follow_up_date",
    "Datum der Zustellung/Bekanntgabe": "field.date_of_delivery_notification",
    "Datum": "field.date",
    "Deutschkenntnisse": "field.language_level",
    "Dienst": "field.service",
    "E-Mail": "field.e_mail",
    "Eigenes Fristende": "field.own_deadline",
    "Empfänger": "field.recipient",
    "Ende des Förderplans": "field.plan_ended_on",
    "Ergebnis": "field.outcome",
    "Erledigt am": "field.done_on",
    "Erstkontakt": "field.first_contact",
    "Erteilt am": "field.given_on",
    "Fallnummer": "field.case_number",
    "Fallstatus": "field.case_status",
    "Formularversion": "field.form_version",
    "Frist": "field.deadline",
    "Geburtsjahr": "field.year_of_birth",
    "Geschlecht": "field.gender",
    "Gültig ab": "field.valid_from",
    "Haushaltsgröße": "field.household_size",
    "Herkunftsland": "field.country_of_origin",
    "Name der Stelle": "field.name_of_the_service",
    "Kontakt": "field.contact",
    "Name": "field.name",
    "Notiz": "field.note",
    "Pseudonym": "field.pseudonym",
    "Schlagwort": "field.tag",
    "Schutzstatus": "field.protection_status",
    "Sprache": "field.language",
    "Sprachen": "field.languages",
    "Sprachmittlung": "field.kind_of_interpreting",
    "Stelle": "field.service_stelle",
    "Telefon": "field.phone",
    "Termin": "field.appointment",
    "Text der Wiedervorlage": "field.follow_up_text",
    "Thema": "field.topic",
    "Themen": "field.topics",
    "Titel gültig bis": "field.title_valid_until",
    "Vereinbarung": "field.agreed_step",
    "Wer": "field.step_owner",
    "Zugestellt am": "field.delivered_on",
    "Widerrufen am": "field.withdrawn_on",
    "Wiedervorlage": "field.follow_up",
    "Ziel": "field.goal",
    "Wohnort": "field.place_of_residence",
    "Zweck": "field.purpose",
    "Überleitung in": "field.transfer_service",
    "Überprüfung": "field.review_on",
    "Terminart": "field.appointment_kind",
    "Ort": "field.place",
}


def label(german: str) -> Msg | str:
    """The message of a German field label (the label itself when it has no key)."""
    key = FIELD_KEYS.get(german)
    return Msg(key) if key else german
