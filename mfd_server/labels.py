"""German labels for the keys the admin pages show (unknown keys are shown as they are)."""

from __future__ import annotations

MEASURES = {
    "clients": "Ratsuchende",
    "new_clients": "Neue Ratsuchende",
    "consultations": "Beratungskontakte",
    "referrals": "Weiterverweisungen",
    "closed_cases": "Abgeschlossene Fälle",
    "cases_open_end": "Laufende Fälle am Stichtag",
    "short_contacts": "Kurzkontakte",
    "structural_activities": "Strukturarbeit: Aktivitäten",
    "structural_hours": "Strukturarbeit: Stunden",
    "structural_participants": "Strukturarbeit: Teilnehmende",
}
DIMENSIONS = {
    "total": "Gesamt", "region": "nach Herkunftsregion", "age_band": "nach Altersgruppe",
    "gender": "nach Geschlecht", "residence_status": "nach Aufenthaltsstatus",
    "service": "nach Leistung", "special_need": "nach besonderem Schutzbedarf",
    "language": "nach Sprache", "channel": "nach Beratungsweg", "method": "nach Beratungsform",
    "topic": "nach Thema", "target": "nach Stelle", "closing_reason": "nach Abschlussgrund",
    "activity_type": "nach Art der Aktivität",
}
CATEGORIES = {
    "region": {
        "eu_efta": "EU/EWR/Schweiz", "westbalkan": "Westbalkan",
        "osteuropa_kaukasus": "Osteuropa (nicht EU) & Kaukasus", "tuerkei": "Türkei",
        "naher_osten": "Naher/Mittlerer Osten", "suedasien": "Afghanistan & Südasien",
        "zentral_ostasien": "Zentral-, Ost- & Südostasien", "nordafrika": "Nordafrika",
        "ostafrika": "Horn von Afrika & Ostafrika", "west_zentralafrika": "West- & Zentralafrika",
        "suedliches_afrika": "Südliches Afrika", "amerika": "Amerika", "ozeanien": "Ozeanien",
        "staatenlos_ungeklaert": "staatenlos/ungeklärt",
    },
    "age_band": {"0_11": "0–11", "12_17": "12–17", "18_26": "18–26", "27_44": "27–44",
                 "45_64": "45–64", "65_plus": "65 und älter", "unbekannt": "unbekannt"},
    "gender": {"weiblich": "weiblich", "maennlich": "männlich", "divers": "divers",
               "offen": "ohne Eintrag", "keine_angabe": "keine Angabe",
               "divers_offen_keine_angabe": "divers / ohne Eintrag / keine Angabe"},
    "channel": {"persoenlich": "persönlich", "telefonisch": "telefonisch", "video": "Video",
                "email_messenger": "E-Mail/Messenger", "aufsuchend": "aufsuchend/Hausbesuch",
                "online_plattform": "Online-Beratung"},
    "method": {"kurzberatung": "Kurzberatung", "einzelfallberatung": "Einzelfallberatung",
               "case_management": "Case-Management"},
}


def category(dimension: str, key: str) -> str:
    if dimension == "total":
        return "Summe über alle Beratungsstellen"
    return CATEGORIES.get(dimension, {}).get(key, key.replace("_", " "))


def period(key: str) -> str:
    """`2025-Q3` → "3. Quartal 2025" (and likewise for months, half-years, years)."""
    months = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember")
    year, _, rest = key.partition("-")
    if not rest:
        return f"Jahr {year}"
    if rest.startswith("Q"):
        return f"{rest[1:]}. Quartal {year}"
    if rest.startswith("H"):
        return f"{rest[1:]}. Halbjahr {year}"
    try:
        return f"{months[int(rest) - 1]} {year}"
    except (ValueError, IndexError):
        return key
