"""Deterministic synthetic data at realistic scale, written through the app's services.

Scale 1.0 = 5,000 clients, 50,000 consultations with ~600-character German notes
(umlauts, ß), 8,000 checklists, 20,000 deadlines and follow-ups, referrals and
consents. `--scale 0.1` for CI, 4 for a very large site. Everything comes from one
seeded random generator and a fixed anchor date, so the same scale gives the same
vault. Every person is invented; names are combined from common first and family
names of the groups counselled in Rhineland-Palatinate.

    python -m bench.generate --scale 0.1 --out DIR

`generated_vault(scale, workdir)` is what `python -m bench` uses: it caches the
vault under bench/.cache/ (git-ignored) so repeated runs do not regenerate it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import time
from pathlib import Path

from mfd_desktop.checklists import case_checklists, templates
from mfd_desktop.domain.casework import (
    case_numbers,
    clients,
    consultations,
    short_contacts,
    structural_work,
)
from mfd_desktop.domain.deadlines import deadlines, followups
from mfd_desktop.domain.referrals import consents, referrals
from mfd_desktop.paths import DataPaths
from mfd_desktop.security.kdf import tune
from mfd_desktop.storage import migrations
from mfd_desktop.storage.transaction import transaction
from mfd_desktop.storage.vault import Vault

GENERATOR_VERSION = 2  # 2: compound words and their parts (issue 21)
SEED = 20261128
ANCHOR = dt.date(2026, 11, 28)  # "today" of the synthetic site
HISTORY_DAYS = 4 * 365
PASSPHRASE = "Benchmark Rhein Mosel Lahn Nahe"
CACHE = Path(__file__).resolve().parent / ".cache"
SCHEMA_MARKER = "schema-version"  # in a cache directory: the schema it was generated at

BASE = {"clients": 5000, "consultations": 50000, "checklists": 8000, "deadlines": 12000,
        "followups": 8000, "referrals": 6000, "consents": 7000, "short_contacts": 3000,
        "structural": 600}

GROUPS = [  # first names, family names, country, languages, residence statuses
    (["Ahmad", "Rami", "Yara", "Lina", "Omar", "Nour", "Hussein", "Fatima", "Khaled", "Rasha"],
     ["Al-Hassan", "Haddad", "Khalil", "Darwish", "Suleiman", "Mansour", "Al-Ahmad", "Hamdan"],
     "SY", ["ar"], ["ae_humanitaer_schutz", "aufenthaltsgestattung", "niederlassungserlaubnis"]),
    (["Mohammad", "Zahra", "Farid", "Maryam", "Hamid", "Soraya", "Ali", "Nazanin"],
     ["Ahmadi", "Rahimi", "Hosseini", "Karimi", "Sultani", "Noori", "Haidari"], "AF",
     ["prs", "fa"], ["aufenthaltsgestattung", "duldung", "ae_humanitaer_abschiebungsverbot"]),
    (["Olena", "Iryna", "Andrij", "Oksana", "Dmytro", "Natalija", "Serhij", "Tetjana"],
     ["Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachenko", "Kravchenko"], "UA",
     ["uk", "ru"], ["ae_24_voruebergehender_schutz", "fiktionsbescheinigung"]),
    (["Ayşe", "Mehmet", "Emine", "Mustafa", "Zeynep", "Hüseyin", "Elif", "Murat"],
     ["Yılmaz", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Kaya"], "TR", ["tr", "de"],
     ["niederlassungserlaubnis", "ae_familie", "aufenthaltsgestattung"]),
    (["Semhar", "Tesfay", "Abraham", "Helen", "Yonas", "Saba"],
     ["Tesfamariam", "Ghebremedhin", "Berhane", "Kidane", "Woldu"], "ER", ["ti"],
     ["ae_humanitaer_schutz", "aufenthaltsgestattung"]),
    (["Ioana", "Mihai", "Elena", "Andrei", "Gabriela"], ["Popescu", "Ionescu", "Dumitru", "Stan"],
     "RO", ["ro"], ["eu_freizuegigkeit"]),
    (["Shilan", "Rezan", "Dilan", "Azad", "Berivan"], ["Ali", "Murad", "Khidir", "Sido"], "IQ",
     ["kmr", "ar"], ["ae_humanitaer_schutz", "duldung"]),
    (["Chinedu", "Blessing", "Ngozi", "Emeka", "Aisha"], ["Okafor", "Adeyemi", "Eze", "Bello"],
     "NG", ["en"], ["ae_studium_ausbildung", "duldung_ausbildung", "ae_erwerb"]),
    (["Reza", "Shirin", "Dariush", "Parisa", "Kian"], ["Moradi", "Jafari", "Tehrani", "Rostami"],
     "IR", ["fa"], ["aufenthaltsgestattung", "ae_humanitaer_schutz"]),
    (["Ardit", "Blerina", "Dritan", "Arta"], ["Hoxha", "Krasniqi", "Berisha", "Gashi"], "XK",
     ["sq"], ["ae_erwerb", "duldung_beschaeftigung"]),
    (["Jürgen", "Brigitte", "Wolfgang", "Lydia", "Viktor"], ["Müller", "Schäfer", "Weiß", "Neumann"],
     "KZ", ["ru", "de"], ["spaetaussiedler", "deutsch"]),
    (["Abdi", "Hodan", "Faadumo", "Mahad"], ["Warsame", "Farah", "Hassan", "Jama"], "SO", ["so"],
     ["aufenthaltsgestattung", "ae_humanitaer_schutz", "duldung"]),
]

SENTENCES = [
    "Die Klientin berichtet über Schwierigkeiten mit dem Jobcenter, der Weiterbewilligungsantrag "
    "wurde noch nicht bearbeitet.",
    "Gemeinsam wurde der Bescheid der Ausländerbehörde gelesen und die Rechtsbehelfsbelehrung "
    "erklärt; die Frist ist notiert.",
    "Für die Verlängerung der Aufenthaltserlaubnis fehlen noch Lohnabrechnungen und die aktuelle "
    "Meldebescheinigung.",
    "Der Termin beim Bürgerbüro wurde verschoben, weil der Dolmetscher kurzfristig abgesagt hat.",
    "Die Familie sucht weiterhin eine größere Wohnung; die Wohnberechtigung ist beantragt.",
    "Im Gespräch ging es um die Anmeldung der Kinder in der Kita und die Masernschutzimpfung.",
    "Der Klient möchte seinen Berufsabschluss anerkennen lassen; Verweis an die IQ-Beratung.",
    "Schulden bei einem Mobilfunkanbieter; gemeinsam ein Schreiben an das Inkassobüro verfasst.",
    "Die Anhörung beim Bundesamt ist für nächste Woche geplant, Unterlagen wurden geordnet.",
    "Sprachkurs B1 erfolgreich abgeschlossen, nächster Schritt ist die Einbürgerungsberatung.",
    "Krankenversicherung ungeklärt, Rückfrage bei der Krankenkasse wegen Familienversicherung.",
    "Große Sorge um Angehörige im Herkunftsland; psychosoziale Stabilisierung angesprochen.",
    "Antrag auf Kindergeld ausgefüllt, Steuer-Identifikationsnummer des Kindes fehlt noch.",
    "Der Widerspruch gegen den Leistungsbescheid wurde fristgerecht eingelegt und begründet.",
    "Begleitung zur Ausländerbehörde vereinbart; Fiktionsbescheinigung wird voraussichtlich "
    "ausgestellt.",
    "Wohngeldantrag gemeinsam vorbereitet, Mietbescheinigung des Vermieters liegt vor.",
    "Gespräch über Rückkehrmöglichkeiten und Weiterwanderung; Klient möchte zunächst bleiben.",
    "Die Klientin erlebt Diskriminierung bei der Wohnungssuche; Hinweis auf die Antidiskriminierungsstelle.",
    "Straßenbahnticket und Sozialpass besprochen, Antrag beim Sozialamt gestellt.",
    "Übersetzung der Heiratsurkunde muss beglaubigt werden; Adresse eines vereidigten Übersetzers "
    "weitergegeben.",
    # Compound words whose parts counsellors type on their own (issue 21): "bescheid",
    # "straße", "behörde", "platz" must find them. Some parts also occur as words of
    # their own here ("Bescheid" above, "Straße" below); "Behörde" and "Platz" alone only
    # in the rare sentences, so a part-word query has few whole-word matches at every scale.
    "Gegen den Ablehnungsbescheid des Bundesamts ist eine Klage möglich; Termin beim "
    "Rechtsanwalt vereinbart.",
    "Der Bewilligungsbescheid der Familienkasse ist eingegangen, das Kindergeld wird "
    "nachgezahlt.",
    "Umzug in die Hauptstraße steht an; Ummeldung und Nachsendeauftrag besprochen.",
    "Die Ausländerbehörde verlangt einen gültigen Nationalpass; Terminvereinbarung "
    "mit der Botschaft besprochen.",
    "Für die jüngste Tochter ist ein Kitaplatz ab Februar zugesagt, der Betreuungsvertrag "
    "wurde erklärt.",
    "Die Wohnung liegt an einer lauten Straße, die Familie sucht etwas Ruhigeres.",
    "Die Meldebehörde hat die Anmeldebestätigung ausgestellt; Kopie für die Akte gemacht.",
    "Ein Praktikumsplatz im Einzelhandel wurde gefunden; Fahrtkosten beim Jobcenter beantragt.",
]
# Rare sentences: each appears in about one note of 10,000 (RARE_SHARE / len(RARE)).
RARE = [
    "Die Behörde hat auf die Nachfrage noch nicht geantwortet.",
    "Im Integrationskurs ist ab März ein Platz frei geworden.",
    "Der Klient fragt, ob die Behörde seine Daten weitergeben darf.",
    "Für den Sohn gibt es noch keinen Platz in der Ganztagsschule.",
]
RARE_SHARE = 0.0004
TOPICS = ["aufenthaltsrecht", "asylverfahren", "sozialleistungen", "anerkennung_abschluesse",
          "bildung_kita_schule", "ausbildung_arbeit", "sprache_integrationskurs", "gesundheit",
          "wohnen", "familie_familiennachzug", "finanzen_schulden", "alltag_behoerden",
          "einbuergerung", "psychosoziales", "diskriminierung", "rueckkehr_weiterwanderung"]
CHANNELS = ["persoenlich"] * 5 + ["telefonisch"] * 3 + ["email_messenger", "video", "aufsuchend"]
METHODS = ["einzelfallberatung"] * 5 + ["case_management"] * 2 + ["kurzberatung"]
TARGETS = ["jobcenter", "auslaenderbehoerde", "familienkasse", "anerkennungsberatung",
           "integrationskurstraeger", "schuldnerberatung", "psz", "rechtsberatung", "wohnungsamt",
           "sozialamt", "jugendamt", "schule_kita", "migrationsdienst_andere"]
RULES_WITH_START = ["asyl_klage_2w", "asyl_ou_1w", "dublin_1w", "widerspruch",
                    "klage_nach_widerspruch", "berufung_zulassung", "fz_fluechtling_3m"]
STRUCTURAL = ["netzwerktreffen", "gremienarbeit", "ehrenamtskoordination",
              "interkulturelle_oeffnung", "oeffentlichkeitsarbeit", "antidiskriminierung"]


def counts_for(scale: float) -> dict[str, int]:
    return {k: max(1, round(v * scale)) for k, v in BASE.items()}


def note_text(rng: random.Random, target_chars: int = 600) -> str:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < target_chars:
        parts.append(rng.choice(SENTENCES))
    if rng.random() < RARE_SHARE:
        parts[rng.randrange(len(parts))] = rng.choice(RARE)
    return " ".join(parts)


def day_in_history(rng: random.Random, not_before: dt.date | None = None) -> dt.date:
    start = ANCHOR - dt.timedelta(days=HISTORY_DAYS)
    if not_before and not_before > start:
        start = not_before
    return start + dt.timedelta(days=rng.randint(0, max(0, (ANCHOR - start).days - 1)))


def populate(conn, scale: float, *, paths: DataPaths | None = None, progress=None) -> dict[str, int]:
    rng = random.Random(SEED)
    n = counts_for(scale)
    say = progress or (lambda _msg: None)
    template_list = [t.template for t in templates.load_all(paths).sorted()]
    case_numbers.set_site_code(conn, "MZ")
    client_ids: list[int] = []
    first_contacts: dict[int, dt.date] = {}
    batch = 250
    for start in range(0, n["clients"], batch):
        with transaction(conn):
            for i in range(start, min(start + batch, n["clients"])):
                firsts, lasts, country, langs, statuses = GROUPS[i % len(GROUPS)]
                first = day_in_history(rng)
                closed = rng.random() < 0.35
                status = rng.choice(statuses)
                cid = clients.create_client(conn, clients.Client(
                    case_number=case_numbers.next_case_number(conn, first.year),
                    name=f"{rng.choice(firsts)} {rng.choice(lasts)}",
                    anonymous=False,
                    birth_year=ANCHOR.year - rng.randint(6, 80),
                    gender=rng.choice(["weiblich", "maennlich", "weiblich", "maennlich", "divers",
                                       "keine_angabe"]),
                    country=country, languages=list(langs),
                    interpreter_needed=rng.random() < 0.4,
                    residence_status=status,
                    residence_title_expires=(ANCHOR + dt.timedelta(days=rng.randint(-60, 700))
                                             ).isoformat() if rng.random() < 0.6 else None,
                    service=rng.choice(["mfd", "mfd", "mfd", "mbe", "jmd", "avb", "psz"]),
                    household_size=rng.randint(1, 7),
                    first_contact=first.isoformat(),
                    special_needs=(rng.sample(["alleinerziehend", "psychisch_erkrankt", "behinderung",
                                               "minderjaehrig"], k=1) if rng.random() < 0.2 else []),
                    status="abgeschlossen" if closed else rng.choice(["offen"] * 6 + ["ruhend"]),
                    closing_reason=rng.choice(["ziel_erreicht", "ueberleitung_regeldienst",
                                               "weiterverweisung", "kontaktabbruch", "umzug_wegzug"])
                    if closed else None,
                    closed_on=day_in_history(rng, first).isoformat() if closed else None,
                    tags=rng.sample(["Familie", "Dringend", "Wohnungssuche", "Ehrenamt"],
                                    k=rng.randint(0, 1)),
                ))
                client_ids.append(cid)
                first_contacts[cid] = first
        say(f"clients {len(client_ids)}/{n['clients']}")

    def some_client() -> int:
        return client_ids[rng.randrange(len(client_ids))]

    for start in range(0, n["consultations"], 1000):
        with transaction(conn):
            for _ in range(start, min(start + 1000, n["consultations"])):
                cid = some_client()
                consultations.add_consultation(conn, consultations.Consultation(
                    cid, held_on=day_in_history(rng, first_contacts[cid]).isoformat(),
                    duration_minutes=rng.choice([15, 30, 45, 60, 90]),
                    channel=rng.choice(CHANNELS), method=rng.choice(METHODS),
                    topics=rng.sample(TOPICS, k=rng.randint(1, 3)),
                    interpreter_used=rng.random() < 0.3, note=note_text(rng)))
        say(f"consultations {min(start + 1000, n['consultations'])}/{n['consultations']}")

    with transaction(conn):
        for _ in range(n["consents"]):
            cid = some_client()
            consents.add_consent(conn, consents.Consent(
                cid, "speicherung", given_on=first_contacts[cid].isoformat(),
                form_version="MFD-EW 2025-01"))
        for _ in range(n["referrals"]):
            cid = some_client()
            referrals.add_referral(conn, referrals.Referral(
                cid, target_key=rng.choice(TARGETS),
                referred_on=day_in_history(rng, first_contacts[cid]).isoformat(),
                accompanied=rng.random() < 0.2,
                status=rng.choice(["vereinbart", "wahrgenommen", "nicht_wahrgenommen", "unbekannt"])))
    say("consents and referrals")

    with transaction(conn):
        for _ in range(n["deadlines"]):
            start_day = ANCHOR - dt.timedelta(days=rng.randint(0, 120))
            deadlines.add_deadline(conn, some_client(), rng.choice(RULES_WITH_START),
                                   start=start_day)
        for _ in range(n["followups"]):
            followups.add_followup(conn, ANCHOR + dt.timedelta(days=rng.randint(-30, 90)),
                                   "Rückruf wegen fehlender Unterlagen", client_id=some_client())
    say("deadlines and follow-ups")

    for start in range(0, n["checklists"], 500):
        with transaction(conn):
            for _ in range(start, min(start + 500, n["checklists"])):
                template = rng.choice(template_list)
                checklist_id = case_checklists.assign(
                    conn, some_client(), template,
                    appointment_date=ANCHOR + dt.timedelta(days=rng.randint(-20, 60)))
                checklist = case_checklists.get(conn, checklist_id)
                for item in checklist.items:
                    roll = rng.random()
                    if roll < 0.3:
                        case_checklists.set_state(conn, item.id, "liegt_vor_kopie")
                    elif roll < 0.4:
                        case_checklists.set_state(conn, item.id, "angefordert")
                    if roll > 0.8:
                        case_checklists.set_due_date(
                            conn, item.id, ANCHOR + dt.timedelta(days=rng.randint(-10, 40)))
    say("checklists")

    with transaction(conn):
        for _ in range(n["short_contacts"]):
            short_contacts.add(conn, rng.choice(CHANNELS), rng.choice(TOPICS),
                               on=day_in_history(rng))
        for _ in range(n["structural"]):
            structural_work.add_activity(conn, rng.choice(STRUCTURAL), day_in_history(rng),
                                         rng.choice([60, 90, 120, 180]), rng.randint(3, 40))
    say("short contacts and structural work")
    return n


def generate(scale: float, root: Path, *, kdf_tuned: bool = True, progress=None) -> DataPaths:
    paths = DataPaths(root, root / "logs")
    vault, _ = Vault.create(paths, PASSPHRASE, kdf_params=tune() if kdf_tuned else None)
    try:
        populate(vault.conn, scale, paths=paths, progress=progress)
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        vault.lock()
    return paths


def _cached_schema(cached: Path) -> int:
    """The schema version a cached vault was generated with (0 when unknown)."""
    marker = cached / SCHEMA_MARKER
    if marker.exists():
        return int(marker.read_text().strip() or 0)
    _, _, version = cached.name.rpartition("-schema")  # caches made before the marker
    return int(version) if version.isdigit() else 0


def _find_cache(scale: float) -> Path:
    """The cache directory for `scale` and this generator: keyed by the generator version
    only; vaults cached under the older keys (`…-schemaN`) are reused, newest schema first."""
    key = f"scale{scale:g}-gen{GENERATOR_VERSION}"
    cached = CACHE / key
    if cached.exists():
        return cached
    older = [p for p in CACHE.glob(f"{key}-schema*") if p.is_dir() and "partial" not in p.name]
    older = [p for p in older if _cached_schema(p) <= migrations.latest_version()]
    return max(older, key=_cached_schema) if older else cached


def migrate_copy(paths: DataPaths, passphrase: str) -> None:
    """Bring a copied vault of an older schema forward with the app's own migration code
    (what an unlock does); the encrypted copy the migration keeps aside is removed, so the
    working copy looks like a vault created at the current schema."""
    vault = Vault.unlock_with_passphrase(paths, passphrase, full_check=False)
    try:
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        vault.lock()
    shutil.rmtree(paths.migration_backups, ignore_errors=True)


def generated_vault(scale: float, workdir: Path) -> tuple[DataPaths, str]:
    """A copy (in `workdir`) of the cached vault for `scale`; generated on first use.

    The cache is keyed by scale and generator version. A vault cached at an older schema
    is migrated forward on the working copy by the app's migrations (a new migration in
    db/ costs seconds, not a regeneration); the cache itself stays as generated."""
    cached = _find_cache(scale)
    if not cached.exists():
        # Generate aside and rename when complete, so a half-made vault is never reused.
        partial = CACHE / f"{cached.name}.partial-{os.getpid()}"
        shutil.rmtree(partial, ignore_errors=True)
        started = time.perf_counter()
        generate(scale, partial, progress=lambda m: print(f"generate: {m}", file=sys.stderr))
        (partial / SCHEMA_MARKER).write_text(f"{migrations.latest_version()}\n")
        try:
            partial.rename(cached)
        except OSError:  # another run finished first; use its vault
            shutil.rmtree(partial, ignore_errors=True)
        print(f"generate: done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    target = workdir / "vault"
    shutil.copytree(cached, target, ignore=shutil.ignore_patterns(SCHEMA_MARKER))
    paths = DataPaths(target, target / "logs")
    schema = _cached_schema(cached)
    if schema < migrations.latest_version():
        started = time.perf_counter()
        migrate_copy(paths, PASSPHRASE)
        print(f"generate: cached vault of schema {schema} migrated to "
              f"{migrations.latest_version()} in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
    bring_to_today(paths, PASSPHRASE)
    return paths, PASSPHRASE


def bring_to_today(paths: DataPaths, passphrase: str) -> None:
    """Make the copy a vault that was in use yesterday: the title reminders Heute keeps in
    step with the clients' expiry dates are made up to today (a cache generated weeks ago
    would otherwise have thousands to create at the first startup measured, which a
    counsellor's vault does once, after the update that brought them)."""
    vault = Vault.unlock_with_passphrase(paths, passphrase, full_check=False)
    try:
        followups.sync_title_expiry_reminders(vault.conn)
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        vault.lock()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", type=Path, required=True, help="new data directory")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    generate(args.scale, args.out, progress=lambda m: print(m, file=sys.stderr))
    print(f"generated scale {args.scale} into {args.out} in {time.perf_counter() - started:.0f} s; "
          f"passphrase: {PASSPHRASE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
