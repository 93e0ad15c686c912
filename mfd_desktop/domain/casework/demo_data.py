"""Demo records for the case work: invented people only, reproducible (fixed seed).

The first step of `mfd_desktop.demo.STEPS`: about 45 clients with German and
transliterated names, consultations with German notes, referrals (some without a
consent, so the warning shows), consents and an address book of offices. Every name
is made up from common first and family names; none belongs to a real case.
"""

from __future__ import annotations

import datetime as dt
import random

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import case_numbers, clients, consultations
from mfd_desktop.domain.referrals import consents, referrals
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

SEED = 4711
CLIENT_COUNT = 45

# (first names, family names, country, languages, typical residence statuses)
_GROUPS = [
    (["Ahmad", "Rami", "Yara", "Lina", "Omar", "Nour", "Hussein", "Fatima"],
     ["Al-Hassan", "Haddad", "Khalil", "Darwish", "Suleiman", "Mansour"], "SY", ["ar"],
     ["ae_humanitaer_schutz", "aufenthaltsgestattung", "niederlassungserlaubnis"]),
    (["Mohammad", "Zahra", "Farid", "Maryam", "Hamid", "Soraya"],
     ["Ahmadi", "Rahimi", "Hosseini", "Karimi", "Sultani"], "AF", ["prs", "fa"],
     ["aufenthaltsgestattung", "duldung", "ae_humanitaer_abschiebungsverbot"]),
    (["Olena", "Iryna", "Andrij", "Oksana", "Dmytro", "Natalija"],
     ["Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachenko"], "UA", ["uk", "ru"],
     ["ae_24_voruebergehender_schutz", "fiktionsbescheinigung"]),
    (["Ayşe", "Mehmet", "Emine", "Mustafa", "Zeynep", "Hüseyin"],
     ["Yılmaz", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"], "TR", ["tr", "de"],
     ["niederlassungserlaubnis", "ae_familie", "aufenthaltsgestattung"]),
    (["Semhar", "Tesfay", "Abraham", "Helen", "Yonas"],
     ["Tesfamariam", "Ghebremedhin", "Berhane", "Kidane"], "ER", ["ti"],
     ["ae_humanitaer_schutz", "aufenthaltsgestattung"]),
    (["Ioana", "Mihai", "Elena", "Andrei"], ["Popescu", "Ionescu", "Dumitru"], "RO", ["ro"],
     ["eu_freizuegigkeit"]),
    (["Shilan", "Rezan", "Dilan", "Azad"], ["Ali", "Murad", "Khidir"], "IQ", ["kmr", "ar"],
     ["ae_humanitaer_schutz", "duldung"]),
    (["Chinedu", "Blessing", "Ngozi", "Emeka"], ["Okafor", "Adeyemi", "Eze"], "NG", ["en"],
     ["ae_studium_ausbildung", "duldung_ausbildung", "ae_erwerb"]),
    (["Reza", "Shirin", "Dariush", "Parisa"], ["Moradi", "Jafari", "Tehrani"], "IR", ["fa"],
     ["aufenthaltsgestattung", "ae_humanitaer_schutz"]),
    (["Ardit", "Blerina", "Dritan"], ["Hoxha", "Krasniqi", "Berisha"], "XK", ["sq"],
     ["ae_erwerb", "duldung_beschaeftigung"]),
    (["Jürgen", "Brigitte", "Wolfgang"], ["Müller", "Schäfer", "Weiß"], "KZ", ["ru", "de"],
     ["spaetaussiedler", "deutsch"]),
]

_NOTES = [
    "Erstgespräch. Anliegen: {topic}. Unterlagen gesichtet, Kopien für die Akte gemacht. "
    "Nächster Termin in zwei Wochen vereinbart.",
    "Bescheid vom Jobcenter gemeinsam gelesen und erklärt. Widerspruch wird geprüft; "
    "Frist notiert. Klient*in bringt Kontoauszüge mit.",
    "Telefonat: Nachfrage zum Stand beim Ausländeramt. Termin zur Verlängerung steht, "
    "Fiktionsbescheinigung liegt vor.",
    "Antrag auf Wohngeld ausgefüllt. Mietvertrag und Lohnabrechnungen fehlen noch. "
    "Erinnerung per Messenger vereinbart (Einwilligung liegt vor).",
    "Kita-Platz für die Tochter: Anmeldung beim Jugendamt besprochen, Formular gemeinsam "
    "ausgefüllt. Dolmetscherin war dabei.",
    "Integrationskurs: Berechtigungsschein beantragt, Kursträger in der Nähe herausgesucht. "
    "Wartezeit ca. sechs Wochen.",
    "Anerkennung des Berufsabschlusses (Pflege): Weiterleitung an die IQ-Anerkennungsberatung, "
    "Zeugnisse müssen übersetzt werden.",
    "Psychisch sehr belastet nach Nachricht aus dem Herkunftsland. Stabilisierendes Gespräch; "
    "Kontakt zum Psychosozialen Zentrum angeboten.",
    "Schulden bei Mobilfunkanbieter, Mahnbescheid erhalten. Termin bei der Schuldnerberatung "
    "vereinbart und begleitet.",
    "Familiennachzug: Unterlagen für die Botschaft zusammengestellt, Termin online gebucht. "
    "Nachweis über Wohnraum fehlt noch.",
    "Kurzberatung an der Tür: Frage zur Krankenversicherungskarte, an die Krankenkasse verwiesen.",
    "Einbürgerung: Voraussetzungen durchgegangen, Sprachzertifikat B1 vorhanden, Einbürgerungstest "
    "noch offen.",
]

_OFFICES = [
    ("Jobcenter Mainz", "jobcenter", "Untere Zahlbacher Straße 27, 55131 Mainz"),
    ("Ausländerbehörde Stadt Mainz", "auslaenderbehoerde", "Große Bleiche 46, 55116 Mainz"),
    ("Schuldnerberatung Caritas", "schuldnerberatung", "Holzhofstraße 8, 55116 Mainz"),
    ("Psychosoziales Zentrum für Flucht und Trauma", "psz", "Am Beispielhof 3, 55118 Mainz"),
    ("IQ Anerkennungsberatung Rheinland-Pfalz", "anerkennungsberatung", "Musterweg 12, 55122 Mainz"),
    ("Wohnungsamt Mainz", "wohnungsamt", "Zitadellenweg 9, 55131 Mainz"),
]

_TOPICS_BY_STATUS = {
    "aufenthaltsgestattung": ["asylverfahren", "aufenthaltsrecht", "sozialleistungen"],
    "duldung": ["aufenthaltsrecht", "ausbildung_arbeit", "psychosoziales"],
}
_ALL_TOPICS = ["aufenthaltsrecht", "sozialleistungen", "wohnen", "gesundheit",
               "sprache_integrationskurs", "ausbildung_arbeit", "familie_familiennachzug",
               "bildung_kita_schule", "finanzen_schulden", "anerkennung_abschluesse",
               "einbuergerung", "alltag_behoerden"]


def populate(conn: Connection, *, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    rng = random.Random(SEED)
    with transaction(conn):
        case_numbers.set_site_code(conn, "MZ")
        office_ids = [referrals.add_office(conn, referrals.Office(name=n, target_key=k, address=a))
                      for n, k, a in _OFFICES]
        used: set[str] = set()
        # Numbers are handed out in order of first contact, as they would be in real life.
        first_contacts = sorted(today - dt.timedelta(days=rng.randint(3, 700))
                                for _ in range(CLIENT_COUNT))
        for index in range(CLIENT_COUNT):
            firsts, lasts, country, languages, statuses = rng.choice(_GROUPS)
            name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
            while name in used:
                name = f"{rng.choice(firsts)} {rng.choice(lasts)}"
            used.add(name)
            first_contact = first_contacts[index]
            status = rng.choice(statuses)
            anonymous = index % 15 == 14
            closed = index % 7 == 6
            expires = ((today + dt.timedelta(days=rng.randint(10, 400))).isoformat()
                       if status not in ("deutsch", "eu_freizuegigkeit", "spaetaussiedler") else None)
            client_id = clients.create_client(conn, clients.Client(
                case_number=case_numbers.next_case_number(conn, first_contact.year),
                name=None if anonymous else name,
                pseudonym=None,
                anonymous=anonymous,
                birth_year=today.year - rng.randint(17, 72),
                gender=rng.choice(["weiblich", "maennlich", "weiblich", "maennlich", "divers",
                                   "keine_angabe"]),
                country=country, languages=languages,
                interpreter_needed=languages[0] not in ("de", "en") and rng.random() < 0.5,
                residence_status=status, residence_title_expires=expires,
                service=rng.choice(["mfd", "mfd", "mbe", "jmd", "avb"]),
                household_size=rng.randint(1, 6), first_contact=first_contact.isoformat(),
                phone=f"0151 {rng.randint(1000000, 9999999)}" if rng.random() < 0.6 else None,
                special_needs=["alleinerziehend"] if rng.random() < 0.15 else [],
                status="abgeschlossen" if closed else ("ruhend" if index % 11 == 10 else "offen"),
                closing_reason=rng.choice(["ziel_erreicht", "ueberleitung_regeldienst",
                                           "kontaktabbruch"]) if closed else None,
                closed_on=(today - dt.timedelta(days=rng.randint(1, 60))).isoformat()
                if closed else None,
                tags=rng.sample(["Familie", "Dringend", "Wohnungssuche", "Ehrenamt", "Sprachkurs"],
                                k=rng.randint(0, 2)),
            ))
            if rng.random() < 0.7:
                consents.add_consent(conn, consents.Consent(
                    client_id, "speicherung", given_on=first_contact.isoformat(),
                    form_version="MFD-EW 2025-01"))
            contacts = sorted(first_contact + dt.timedelta(days=rng.randint(0, max(1, (
                today - first_contact).days))) for _ in range(rng.randint(1, 5)))
            for when in contacts:
                topics = rng.sample(_TOPICS_BY_STATUS.get(status, _ALL_TOPICS), k=rng.randint(1, 2))
                consultations.add_consultation(conn, consultations.Consultation(
                    client_id, held_on=when.isoformat(), duration_minutes=rng.choice([15, 30, 45, 60, 90]),
                    channel=rng.choice(["persoenlich", "persoenlich", "telefonisch", "email_messenger",
                                        "video"]),
                    method=rng.choice(["einzelfallberatung", "einzelfallberatung", "case_management",
                                       "kurzberatung"]),
                    topics=topics, interpreter_used=rng.random() < 0.3,
                    note=rng.choice(_NOTES).format(topic=reference.label("topics", topics[0]))))
            if rng.random() < 0.5:
                office = rng.choice(office_ids)
                if rng.random() < 0.6:
                    consents.add_consent(conn, consents.Consent(
                        client_id, "schweigepflichtentbindung", office_id=office,
                        given_on=contacts[0].isoformat(), form_version="MFD-SE 2025-01"))
                referrals.add_referral(conn, referrals.Referral(
                    client_id, office_id=office, referred_on=contacts[-1].isoformat(),
                    accompanied=rng.random() < 0.3, passes_data=True,
                    status=rng.choice(["vereinbart", "wahrgenommen", "nicht_wahrgenommen",
                                       "unbekannt"]),
                    outcome_note=rng.choice(["", "Termin wahrgenommen, Antrag gestellt.",
                                             "Rückmeldung steht aus."]) or None,
                    follow_up_on=(contacts[-1] + dt.timedelta(days=14)).isoformat()))
