"""English names of the form fields that the services' German messages name.

The validation helpers (`clients.parse_date`, `clients.clean_text`, `reference.require`,
`deadlines.as_date`, …) take the German field label that starts the message
("Erstkontakt: …"); `en(label)` gives the English name for the English text of the same
error. A label without an entry is shown as it is (German), never an error.
"""

from __future__ import annotations

FIELD_LABELS_EN = {
    "Abschlussdatum": "Closed on",
    "Abschlussgrund": "Closing reason",
    "Anschrift": "Address",
    "Ansprechperson": "Contact person",
    "Art der Stelle": "Type of service",
    "Art der Tätigkeit": "Type of activity",
    "Aufenthaltsstatus": "Residence status",
    "Aufgabe zur Post": "Date of posting",
    "Begründung": "Reason",
    "Beratungsform": "Form of counselling",
    "Beratungsweg": "Channel",
    "Besondere Schutzbedürftigkeit": "Special protection needs",
    "Datum": "Date",
    "Datum aus dem Schreiben": "Date of the letter",
    "Datum der Wiedervorlage": "Follow-up date",
    "Datum der Zustellung/Bekanntgabe": "Date of delivery/notification",
    "Dienst": "Service",
    "E-Mail": "E-mail",
    "Eigenes Fristende": "Own deadline",
    "Empfänger": "Recipient",
    "Ergebnis": "Outcome",
    "Erstkontakt": "First contact",
    "Erteilt am": "Given on",
    "Fallnummer": "Case number",
    "Fallstatus": "Case status",
    "Formularversion": "Form version",
    "Frist": "Deadline",
    "Geburtsjahr": "Year of birth",
    "Geschlecht": "Gender",
    "Haushaltsgröße": "Household size",
    "Herkunftsland": "Country of origin",
    "Name": "Name",
    "Name der Stelle": "Name of the service",
    "Notiz": "Note",
    "Pseudonym": "Pseudonym",
    "Schlagwort": "Tag",
    "Schutzstatus": "Protection status",
    "Sprache": "Language",
    "Sprachen": "Languages",
    "Sprachmittlung": "Kind of interpreting",
    "Stelle": "Service",
    "Telefon": "Phone",
    "Termin": "Appointment",
    "Text der Wiedervorlage": "Follow-up text",
    "Thema": "Topic",
    "Themen": "Topics",
    "Titel gültig bis": "Title valid until",
    "Widerrufen am": "Withdrawn on",
    "Wiedervorlage": "Follow-up",
    "Zweck": "Purpose",
}


def en(label: str) -> str:
    """The English name of a German field label (the label itself when there is none)."""
    return FIELD_LABELS_EN.get(label, label)
