"""The published statistics vocabulary: what `mfd-stats/2` may count and how, in one place
(and which of it `mfd-stats/1` already had: `SINCE_2`).

Measures, the dimensions each measure may be broken down by, every dimension's category
keys, the per-dimension suppression threshold (special needs only from 10), which
breakdowns are multi-select (cells need not add up to the total), and German and English
labels for all of them. The device (counting, presentation, the PDF), the payload schema
(`payload.py`, so device and server refuse the same) and the central server import this
module; there is no other copy.

Pure Python, standard library only: the server imports it without Qt, SQLCipher or the
app's resource files. Category keys mirror the input value lists
(`resources/reference/categories.toml`, `regions.toml`) and their labels the message
catalogue's ("ref.<list>.<key>" in resources/messages/*/ref.po), which the server does not
ship: this is the server's copy of them. tests/stats/test_vocabulary.py fails when the
two drift apart, in either language. Extend only by adding keys; never rename or remove one
(stored reports would stop validating).
"""

from __future__ import annotations

from dataclasses import dataclass

# A cell value larger than this is refused: no counselling site counts a million of
# anything in one period, and the bound keeps every sum far from any integer limit.
MAX_VALUE = 1_000_000


@dataclass(frozen=True)
class Category:
    key: str
    de: str
    en: str


@dataclass(frozen=True)
class Dimension:
    key: str
    de: str
    en: str
    categories: tuple[Category, ...]
    # Threshold for this dimension's cells: effective k = max(policy k, min_k).
    min_k: int = 0

    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.categories)

    def label(self, category: str, language: str = "de") -> str:
        for c in self.categories:
            if c.key == category:
                return c.en if language == "en" else c.de
        return category


@dataclass(frozen=True)
class Measure:
    key: str
    de: str
    en: str
    dimensions: tuple[str, ...]  # "total" first
    # Breakdowns where one unit may fall into several categories (or none).
    multi_select: frozenset[str] = frozenset()

    def is_additive(self, dimension: str) -> bool:
        return dimension not in self.multi_select


_M = Measure
MEASURES: dict[str, Measure] = {m.key: m for m in (
    _M("clients", "Ratsuchende (beraten)", "Clients (counselled)",
       ("total", "region", "age_band", "gender", "residence_status", "service",
        "special_need", "language", "district", "years_in_germany"),
       frozenset({"special_need", "language", "service"})),
    _M("new_clients", "Neue Ratsuchende", "New clients",
       ("total", "region", "age_band", "gender", "residence_status", "service")),
    _M("consultations", "Beratungskontakte", "Consultations",
       ("total", "channel", "method", "topic"), frozenset({"topic"})),
    _M("referrals", "Weiterverweisungen", "Referrals", ("total", "target", "referral_status")),
    _M("closed_cases", "Abgeschlossene Fälle", "Closed cases", ("total", "closing_reason")),
    _M("cases_open_end", "Laufende Fälle am Ende des Zeitraums",
       "Open cases at the end of the period", ("total",)),
    _M("short_contacts", "Kurzkontakte", "Short contacts", ("total", "topic", "channel")),
    _M("structural_activities", "Strukturarbeit: Aktivitäten", "Structural work: activities",
       ("total", "activity_type")),
    _M("structural_hours", "Strukturarbeit: Stunden", "Structural work: hours",
       ("total", "activity_type")),
    _M("structural_participants", "Strukturarbeit: Teilnehmende",
       "Structural work: participants", ("total", "activity_type")),
    # mfd-stats/2: Case-Management and outcomes (issues 17 and 19)
    _M("plans_started", "Begonnene Förderpläne", "Support plans started", ("total",)),
    _M("plan_goals_closed", "Förderplan-Ziele mit Ergebnis", "Support-plan goals with an outcome",
       ("total", "plan_outcome")),
    _M("transfers", "Überleitungen in Regeldienste", "Transfers to mainstream services",
       ("total", "target")),
    _M("status_changes", "Ratsuchende mit geändertem Aufenthaltsstatus",
       "Clients whose residence status changed", ("total",)),
    _M("work_changes", "Ratsuchende mit geänderter Arbeits-/Ausbildungssituation",
       "Clients whose work/training situation changed", ("total",)),
    _M("language_gains", "Ratsuchende mit verbesserten Deutschkenntnissen",
       "Clients whose German improved", ("total",)),
)}

# What `mfd-stats/2` added to `mfd-stats/1`: a payload of schema /1 may not carry these
# (measure, dimension) pairs; the server accepts both schemas.
SINCE_2: frozenset[tuple[str, str]] = frozenset({
    ("clients", "district"), ("clients", "years_in_germany"), ("referrals", "referral_status"),
    *((m, d) for m in ("plans_started", "plan_goals_closed", "transfers", "status_changes",
                       "work_changes", "language_gains") for d in MEASURES[m].dimensions),
})

# key: (German, English, threshold)
_DIMENSIONS: dict[str, tuple[str, str, int]] = {
    "total": ("Gesamt", "Total", 0),
    "region": ("Herkunftsregion", "region of origin", 0),
    "age_band": ("Altersgruppe", "age group", 0),
    "gender": ("Geschlecht", "gender", 0),
    "residence_status": ("Aufenthaltsstatus", "residence status", 0),
    "service": ("Dienst", "service", 0),
    "special_need": ("Besondere Schutzbedarfe", "special protection needs", 10),
    "language": ("Beratungssprache", "counselling language", 0),
    "channel": ("Beratungsweg", "channel", 0),
    "method": ("Beratungsform", "form of counselling", 0),
    "topic": ("Thema", "topic", 0),
    "target": ("Stelle", "service referred to", 0),
    "closing_reason": ("Abschlussgrund", "reason for closing", 0),
    "activity_type": ("Art der Aktivität", "kind of activity", 0),
    "district": ("Wohnort (Kreis)", "place of residence (district)", 0),
    "years_in_germany": ("Jahre in Deutschland", "years in Germany", 0),
    "plan_outcome": ("Ergebnis", "outcome", 0),
    "referral_status": ("Stand", "status", 0),
}

# dimension: ((key, German, English), ...) in display order
_CATEGORIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "total": (("total", "Gesamt", "Total"),),
    'region': (
        ('eu_efta', 'EU/EWR/Schweiz', 'EU/EEA/Switzerland'),
        ('westbalkan', 'Westbalkan', 'Western Balkans'),
        ('osteuropa_kaukasus', 'Osteuropa (nicht EU) & Kaukasus', 'Eastern Europe (non-EU) & Caucasus'),
        ('tuerkei', 'Türkei', 'Turkey'),
        ('naher_osten', 'Naher/Mittlerer Osten', 'Near/Middle East'),
        ('suedasien', 'Afghanistan & Südasien', 'Afghanistan & South Asia'),
        ('zentral_ostasien', 'Zentral-, Ost- & Südostasien', 'Central, East & South-East Asia'),
        ('nordafrika', 'Nordafrika', 'North Africa'),
        ('ostafrika', 'Horn von Afrika & Ostafrika', 'Horn of Africa & East Africa'),
        ('west_zentralafrika', 'West- & Zentralafrika', 'West & Central Africa'),
        ('suedliches_afrika', 'Südliches Afrika', 'Southern Africa'),
        ('amerika', 'Amerika', 'Americas'),
        ('ozeanien', 'Ozeanien', 'Oceania'),
        ('staatenlos_ungeklaert', 'staatenlos/ungeklärt', 'stateless/unresolved'),
    ),
    'age_band': (
        ('0_11', '0–11 Jahre', '0–11 years'),
        ('12_17', '12–17 Jahre', '12–17 years'),
        ('18_26', '18–26 Jahre', '18–26 years'),
        ('27_44', '27–44 Jahre', '27–44 years'),
        ('45_64', '45–64 Jahre', '45–64 years'),
        ('65_plus', '65 Jahre und älter', '65 years and older'),
        ('unbekannt', 'unbekannt', 'Unknown'),
    ),
    'gender': (
        ('weiblich', 'weiblich', 'Female'),
        ('maennlich', 'männlich', 'Male'),
        ('divers', 'divers', 'Diverse'),
        ('offen', 'ohne Eintrag', 'No entry'),
        ('keine_angabe', 'keine Angabe', 'Not stated'),
        ('divers_offen_keine_angabe', 'divers / ohne Eintrag / keine Angabe', 'diverse / no entry / not stated'),
    ),
    'residence_status': (
        ('aufenthaltsgestattung', 'Aufenthaltsgestattung (§ 55 AsylG)', "Asylum seeker's permission"),
        ('duldung', 'Duldung (§ 60a)', 'Tolerated stay'),
        ('duldung_ausbildung', 'Ausbildungsduldung (§ 60c)', 'Toleration for training'),
        ('duldung_beschaeftigung', 'Beschäftigungsduldung (§ 60d)', 'Toleration for employment'),
        ('duldung_ungeklaerte_identitaet', 'Duldung ungeklärte Identität (§ 60b)', 'Toleration, identity unresolved'),
        ('ausreisepflichtig_ohne_duldung', 'ausreisepflichtig ohne Duldung', 'Obliged to leave'),
        ('visum', 'nationales Visum', 'National visa'),
        ('fiktionsbescheinigung', 'Fiktionsbescheinigung (§ 81)', 'Provisional certificate'),
        ('ae_studium_ausbildung', 'AE Studium/Ausbildung (§§ 16–17)', 'Permit: study/training'),
        ('ae_erwerb', 'AE Erwerb inkl. Blaue Karte (§§ 18–21)', 'Permit: employment'),
        ('ae_humanitaer_schutz', 'AE Schutzstatus (§ 25 Abs. 1/2)', 'Permit: asylum/refugee/subsidiary'),
        ('ae_humanitaer_abschiebungsverbot', 'AE § 25 Abs. 3', 'Permit: deportation ban'),
        ('ae_humanitaer_sonstige', 'AE § 25 Abs. 4–5, §§ 22, 23, 23a', 'Other humanitarian permit'),
        ('ae_bleiberecht', 'AE Bleiberecht (§§ 25a, 25b, 104c)', 'Permit: regularisation'),
        ('ae_24_voruebergehender_schutz', 'AE § 24 (vorübergehender Schutz)', 'Temporary protection'),
        ('ae_familie', 'AE familiäre Gründe (§§ 27–36)', 'Family permit'),
        ('ae_sonstige', 'AE sonstige', 'Other permit'),
        ('niederlassungserlaubnis', 'Niederlassungserlaubnis (§ 9 u. a.)', 'Settlement permit'),
        ('daueraufenthalt_eu', 'Daueraufenthalt-EU (§ 9a)', 'EU long-term residence'),
        ('eu_freizuegigkeit', 'EU/EWR/CH-Freizügigkeit inkl. Angehörige', 'EU free movement'),
        ('spaetaussiedler', 'Spätaussiedler (BVFG)', 'Ethnic German resettler'),
        ('deutsch', 'deutsche Staatsangehörigkeit mit Migrationsgeschichte', 'German citizen'),
        ('ohne_status', 'ohne regulären Aufenthaltsstatus', 'Undocumented'),
        ('ungeklaert', 'ungeklärt/unbekannt', 'Unclear/unknown'),
        ('sonstiges', 'sonstiges', 'Other'),
        ('keine_angabe', 'keine Angabe', 'Not stated'),
    ),
    'service': (
        ('mfd', 'Migrationsfachdienst (MFD)', 'Migration counselling service (Land RLP)'),
        ('mbe', 'Migrationsberatung für erwachsene Zugewanderte (MBE)', 'Migration counselling for adults'),
        ('jmd', 'Jugendmigrationsdienst (JMD)', 'Youth migration service'),
        ('avb', 'Asylverfahrensberatung (AVB)', 'Asylum procedure counselling'),
        ('psz', 'Psychosoziales Zentrum (PSZ)', 'Psychosocial centre'),
        ('sonstiges', 'sonstiges / keine Angabe', 'other / not stated'),
    ),
    'special_need': (
        ('minderjaehrig', 'Minderjährige', 'Minors'),
        ('unbegleitet_minderjaehrig', 'unbegleitete Minderjährige', 'Unaccompanied minors'),
        ('behinderung', 'Menschen mit Behinderung', 'Disability'),
        ('aeltere_menschen', 'ältere Menschen', 'Elderly'),
        ('schwanger', 'Schwangere', 'Pregnant'),
        ('alleinerziehend', 'Alleinerziehende mit minderj. Kindern', 'Single parents'),
        ('menschenhandel', 'Opfer von Menschenhandel', 'Trafficking victims'),
        ('schwer_koerperlich_erkrankt', 'schwere körperliche Erkrankung', 'Serious physical illness'),
        ('psychisch_erkrankt', 'psychische Erkrankung/Trauma', 'Mental illness/trauma'),
        ('folter_gewalt', 'Folter, Vergewaltigung, schwere Gewalt (z. B. FGM)', 'Torture/rape/serious violence'),
        ('lsbtiq', 'LSBTIQ*', 'LGBTIQ*'),
        ('sonstiges', 'sonstiges', 'Other'),
        ('keine_angabe', 'keine Angabe', 'Not stated'),
    ),
    'language': (
        ('ar', 'Arabisch', 'Arabic'),
        ('fa', 'Farsi', 'Persian'),
        ('prs', 'Dari', 'Dari'),
        ('ps', 'Paschtu', 'Pashto'),
        ('ckb', 'Kurdisch-Sorani', 'Kurdish (Sorani)'),
        ('ur', 'Urdu', 'Urdu'),
        ('kmr', 'Kurdisch-Kurmandschi', 'Kurdish (Kurmanji)'),
        ('tr', 'Türkisch', 'Turkish'),
        ('uk', 'Ukrainisch', 'Ukrainian'),
        ('ru', 'Russisch', 'Russian'),
        ('ti', 'Tigrinya', 'Tigrinya'),
        ('am', 'Amharisch', 'Amharic'),
        ('so', 'Somali', 'Somali'),
        ('en', 'Englisch', 'English'),
        ('fr', 'Französisch', 'French'),
        ('es', 'Spanisch', 'Spanish'),
        ('it', 'Italienisch', 'Italian'),
        ('ro', 'Rumänisch', 'Romanian'),
        ('bg', 'Bulgarisch', 'Bulgarian'),
        ('pl', 'Polnisch', 'Polish'),
        ('el', 'Griechisch', 'Greek'),
        ('sq', 'Albanisch', 'Albanian'),
        ('hbs', 'Serbisch/Kroatisch/Bosnisch', 'Serbian/Croatian/Bosnian'),
        ('ka', 'Georgisch', 'Georgian'),
        ('vi', 'Vietnamesisch', 'Vietnamese'),
        ('ha', 'Hausa', 'Hausa'),
        ('de', 'Deutsch', 'German'),
        ('gsg', 'Deutsche Gebärdensprache', 'German Sign Language'),
        ('sonstiges', 'andere Sprache', 'Other language'),
    ),
    'channel': (
        ('persoenlich', 'persönlich', 'In person'),
        ('telefonisch', 'telefonisch', 'Phone'),
        ('video', 'Video', 'Video'),
        ('email_messenger', 'E-Mail/Messenger', 'E-mail/messenger'),
        ('aufsuchend', 'aufsuchend/Hausbesuch', 'Outreach/home visit'),
        ('online_plattform', 'Online-Beratung (z. B. mbeon)', 'Online platform'),
        ('sonstiges', 'sonstiges', 'Other'),
    ),
    'method': (
        ('kurzberatung', 'Kurzberatung (ohne Fallakte)', 'Brief advice'),
        ('einzelfallberatung', 'Einzelfallberatung', 'Individual counselling'),
        ('case_management', 'Case-Management (Förderplan)', 'Case management'),
        ('sonstiges', 'sonstiges', 'Other'),
    ),
    'topic': (
        ('aufenthaltsrecht', 'Aufenthaltsrecht', 'Residence law'),
        ('asylverfahren', 'Asylverfahren', 'Asylum procedure'),
        ('sozialleistungen', 'Sozialleistungen/Sozialrecht', 'Social benefits'),
        ('anerkennung_abschluesse', 'Anerkennung ausländischer Abschlüsse', 'Recognition of qualifications'),
        ('bildung_kita_schule', 'frühkindliche/schulische Bildung', 'Childcare/school'),
        ('ausbildung_arbeit', 'Ausbildung/Arbeit/Studium', 'Training/work'),
        ('sprache_integrationskurs', 'Sprachförderung/Integrationskurs', 'Language/integration course'),
        ('gesundheit', 'Gesundheit/Krankenversicherung', 'Health'),
        ('wohnen', 'Wohnen', 'Housing'),
        ('familie_familiennachzug', 'Familie/Familiennachzug', 'Family/reunification'),
        ('finanzen_schulden', 'Finanzen/Schulden', 'Money/debt'),
        ('rueckkehr_weiterwanderung', 'Rückkehr/Weiterwanderung', 'Return/onward migration'),
        ('diskriminierung', 'Diskriminierung', 'Discrimination'),
        ('einbuergerung', 'Einbürgerung', 'Naturalisation'),
        ('alltag_behoerden', 'Alltag/Behördenkorrespondenz', 'Everyday life/letters'),
        ('gewaltschutz', 'Gewaltschutz', 'Violence protection'),
        ('psychosoziales', 'psychosoziale Stabilisierung', 'Psychosocial'),
        ('sonstiges', 'sonstiges', 'Other'),
    ),
    'target': (
        ('familienberatung', 'Ehe-/Familien-/Lebensberatung', 'Family counselling'),
        ('schuldnerberatung', 'Schuldnerberatung', 'Debt counselling'),
        ('suchtberatung', 'Suchtberatung', 'Addiction counselling'),
        ('antidiskriminierung', 'Antidiskriminierungsstelle (LADS RLP)', 'Anti-discrimination office'),
        ('jobcenter', 'Jobcenter', 'Job centre'),
        ('agentur_fuer_arbeit', 'Agentur für Arbeit', 'Employment agency'),
        ('familienkasse', 'Familienkasse', 'Child benefit office'),
        ('auslaenderbehoerde', 'Ausländerbehörde', 'Immigration office'),
        ('bamf', 'BAMF', 'Federal migration office'),
        ('anerkennungsberatung', 'Anerkennungsberatung (IQ)', 'Recognition advice'),
        ('integrationskurstraeger', 'Integrations-/Sprachkursträger', 'Course provider'),
        ('jugendamt', 'Jugendamt', 'Youth office'),
        ('psz', 'Psychosoziales Zentrum', 'Psychosocial centre'),
        ('rechtsberatung', 'Rechtsanwalt/Rechtsberatung', 'Legal advice'),
        ('gesundheit', 'Gesundheitsamt/Ärzte', 'Health services'),
        ('wohnungsamt', 'Wohnungsamt', 'Housing office'),
        ('gewaltschutz', 'Frauenhaus/Gewaltschutz', 'Shelter/violence protection'),
        ('menschenhandel_fachberatung', 'Fachberatung Menschenhandel', 'Anti-trafficking counselling'),
        ('rueckkehrberatung', 'Rückkehrberatung', 'Return counselling'),
        ('schule_kita', 'Schule/Kita', 'School/daycare'),
        ('sozialamt', 'Sozialamt (AsylbLG/SGB XII)', 'Welfare office'),
        ('migrationsdienst_andere', 'andere MBE/JMD/MFD', 'Other migration service'),
        ('ehrenamt', 'Ehrenamt/Initiativen', 'Volunteers'),
        ('sonstiges', 'sonstiges', 'Other'),
    ),
    'closing_reason': (
        ('ziel_erreicht', 'Ziel erreicht', 'Goal achieved'),
        ('ueberleitung_regeldienst', 'Überleitung in Regeldienst', 'Transferred to mainstream service'),
        ('weiterverweisung', 'Weiterverweisung', 'Referred'),
        ('kontaktabbruch', 'Kontaktabbruch', 'Contact lost'),
        ('umzug_wegzug', 'Umzug/Wegzug', 'Moved away'),
        ('ausreise', 'Ausreise', 'Left Germany'),
        ('verstorben', 'verstorben', 'Deceased'),
        ('sonstiges', 'sonstiges', 'Other'),
    ),
    'district': (
        ('07111', 'Koblenz (Stadt)', 'Koblenz (city)'),
        ('07211', 'Trier (Stadt)', 'Trier (city)'),
        ('07311', 'Frankenthal (Pfalz) (Stadt)', 'Frankenthal (Pfalz) (city)'),
        ('07312', 'Kaiserslautern (Stadt)', 'Kaiserslautern (city)'),
        ('07313', 'Landau in der Pfalz (Stadt)', 'Landau in der Pfalz (city)'),
        ('07314', 'Ludwigshafen am Rhein (Stadt)', 'Ludwigshafen am Rhein (city)'),
        ('07315', 'Mainz (Stadt)', 'Mainz (city)'),
        ('07316', 'Neustadt an der Weinstraße (Stadt)', 'Neustadt an der Weinstraße (city)'),
        ('07317', 'Pirmasens (Stadt)', 'Pirmasens (city)'),
        ('07318', 'Speyer (Stadt)', 'Speyer (city)'),
        ('07319', 'Worms (Stadt)', 'Worms (city)'),
        ('07320', 'Zweibrücken (Stadt)', 'Zweibrücken (city)'),
        ('07131', 'Landkreis Ahrweiler', 'Ahrweiler (district)'),
        ('07132', 'Landkreis Altenkirchen (Westerwald)', 'Altenkirchen (Westerwald) (district)'),
        ('07133', 'Landkreis Bad Kreuznach', 'Bad Kreuznach (district)'),
        ('07134', 'Landkreis Birkenfeld', 'Birkenfeld (district)'),
        ('07135', 'Landkreis Cochem-Zell', 'Cochem-Zell (district)'),
        ('07137', 'Landkreis Mayen-Koblenz', 'Mayen-Koblenz (district)'),
        ('07138', 'Landkreis Neuwied', 'Neuwied (district)'),
        ('07140', 'Landkreis Rhein-Hunsrück-Kreis', 'Rhein-Hunsrück-Kreis (district)'),
        ('07141', 'Landkreis Rhein-Lahn-Kreis', 'Rhein-Lahn-Kreis (district)'),
        ('07143', 'Westerwaldkreis', 'Westerwaldkreis (district)'),
        ('07231', 'Landkreis Bernkastel-Wittlich', 'Bernkastel-Wittlich (district)'),
        ('07232', 'Eifelkreis Bitburg-Prüm', 'Eifelkreis Bitburg-Prüm (district)'),
        ('07233', 'Landkreis Vulkaneifel', 'Vulkaneifel (district)'),
        ('07235', 'Landkreis Trier-Saarburg', 'Trier-Saarburg (district)'),
        ('07331', 'Landkreis Alzey-Worms', 'Alzey-Worms (district)'),
        ('07332', 'Landkreis Bad Dürkheim', 'Bad Dürkheim (district)'),
        ('07333', 'Donnersbergkreis', 'Donnersbergkreis (district)'),
        ('07334', 'Landkreis Germersheim', 'Germersheim (district)'),
        ('07335', 'Kaiserslautern (Landkreis)', 'Kaiserslautern (district)'),
        ('07336', 'Landkreis Kusel', 'Kusel (district)'),
        ('07337', 'Landkreis Südliche Weinstraße', 'Südliche Weinstraße (district)'),
        ('07338', 'Landkreis Rhein-Pfalz-Kreis', 'Rhein-Pfalz-Kreis (district)'),
        ('07339', 'Landkreis Mainz-Bingen', 'Mainz-Bingen (district)'),
        ('07340', 'Landkreis Südwestpfalz', 'Südwestpfalz (district)'),
        ('ausserhalb_rlp', 'außerhalb von Rheinland-Pfalz', 'Outside Rhineland-Palatinate'),
        ('unbekannt', 'nicht erfasst', 'Not recorded'),
    ),
    'years_in_germany': (
        ('unter_1', 'unter 1 Jahr', 'Under 1 year'),
        ('1_bis_3', '1 bis unter 3 Jahre', '1 to under 3 years'),
        ('3_bis_6', '3 bis unter 6 Jahre', '3 to under 6 years'),
        ('ab_6', '6 Jahre und mehr', '6 years and more'),
        ('unbekannt', 'unbekannt', 'Unknown'),
    ),
    'plan_outcome': (
        ('erreicht', 'erreicht', 'Achieved'),
        ('teilweise', 'teilweise erreicht', 'Partly achieved'),
        ('nicht_erreicht', 'nicht erreicht', 'Not achieved'),
        ('nicht_verfolgt', 'nicht mehr verfolgt', 'No longer pursued'),
    ),
    'referral_status': (
        ('vereinbart', 'vereinbart', 'Arranged'),
        ('wahrgenommen', 'wahrgenommen', 'Attended'),
        ('nicht_wahrgenommen', 'nicht wahrgenommen', 'Not attended'),
        ('unbekannt', 'unbekannt', 'Unknown'),
    ),
    'activity_type': (
        ('netzwerktreffen', 'Netzwerktreffen', 'Network meeting'),
        ('gremienarbeit', 'Gremienarbeit', 'Committee work'),
        ('ehrenamtskoordination', 'Ehrenamtskoordination', 'Volunteer coordination'),
        ('interkulturelle_oeffnung', 'interkulturelle Öffnung', 'Intercultural opening'),
        ('oeffentlichkeitsarbeit', 'Öffentlichkeitsarbeit', 'Public relations'),
        ('antidiskriminierung', 'Antidiskriminierung', 'Anti-discrimination'),
        ('gruppenangebote', 'Gruppenangebote', 'Group activities'),
        ('infoveranstaltungen', 'Infoveranstaltungen', 'Information events'),
        ('sonstiges', 'sonstiges', 'Other'),
    ),
}

DIMENSIONS: dict[str, Dimension] = {
    key: Dimension(key, de, en, tuple(Category(*c) for c in _CATEGORIES[key]), min_k)
    for key, (de, en, min_k) in _DIMENSIONS.items()
}

_CATEGORY_SETS: dict[str, frozenset[str]] = {k: frozenset(d.keys()) for k, d in DIMENSIONS.items()}


def check_cell(measure: str, dimension: str, category: str, version: int = 2) -> str | None:
    """None if the vocabulary of schema `version` allows this cell, else why not (English,
    for the schema)."""
    if version < 2 and (measure, dimension) in SINCE_2:
        return f"{measure} by {dimension} is not part of mfd-stats/1"
    m = MEASURES.get(measure)
    if m is None:
        return f"unknown measure {measure}"
    if dimension not in m.dimensions:
        return f"dimension {dimension} not allowed for {measure}"
    if category not in _CATEGORY_SETS[dimension]:
        return f"unknown category {category} for dimension {dimension}"
    return None


def dimension_k(k: int, dimension: str) -> int:
    """The threshold for cells of `dimension` under policy threshold `k`."""
    d = DIMENSIONS.get(dimension)
    return max(k, d.min_k) if d else k


def measure_label(measure: str, language: str = "de") -> str:
    m = MEASURES.get(measure)
    if m is None:
        return measure
    return m.en if language == "en" else m.de


def dimension_label(dimension: str, language: str = "de") -> str:
    d = DIMENSIONS.get(dimension)
    if d is None:
        return dimension
    return d.en if language == "en" else d.de


def category_label(dimension: str, category: str, language: str = "de") -> str:
    d = DIMENSIONS.get(dimension)
    return d.label(category, language) if d else category


def category_keys(dimension: str) -> tuple[str, ...]:
    return DIMENSIONS[dimension].keys()


def max_cells() -> int:
    """How many cells a payload can hold at most: every measure × dimension × category."""
    return sum(len(DIMENSIONS[d].categories) for m in MEASURES.values() for d in m.dimensions)
