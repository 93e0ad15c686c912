"""Filling a letter template from a case: the text the counsellor reads, edits and prints.

What goes in (placeholders, see `schema.PLACEHOLDERS`):
- the client's name and address as recorded; the date of birth only where a template
  asks for it ({client.birth_date}). The app records the year of birth only, so the
  letter gets a line to write the date by hand — nothing is guessed;
- the case number; the counselling service (name, Träger, address from the settings,
  passed in by the caller because a policy may fix them);
- the office: chosen from `offices()` (BAMF from resources/letters/_offices.toml, the
  Ausländerbehörde of every district in the reference list, the client's own first);
- a deadline date from one of the case's deadline entries (the nearest open one unless
  the caller picks one);
- an appointment (date, time, place) when the caller has one.

A value that is not known becomes a blank line (`BLANK`) to fill in by hand, never an
invented value. Dates print as TT.MM.JJJJ in every language. Nothing here writes
anything: `fill` returns a `FilledLetter` whose section texts the GUI lets the
counsellor edit before `reports/letter.py` renders them.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, replace

from mfd_desktop.domain.casework import clients, districts
from mfd_desktop.domain.letters.schema import RTL_LANGUAGES, LetterTemplate, substitute
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg, format_date
from mfd_desktop.paths import resources_dir
from mfd_desktop.storage.connection import Connection

BLANK = "______________________"
MAX_SECTION = 20_000


@dataclass(frozen=True)
class Service:
    """The counselling service that writes (from the settings or the policy)."""

    name: str = ""
    traeger: str = ""
    address: str = ""


@dataclass(frozen=True)
class Office:
    key: str
    kind: str  # "bamf" or "auslaenderbehoerde"
    name: str
    address: str = ""


@dataclass(frozen=True)
class Appointment:
    date: dt.date | None = None
    time: str = ""
    place: str = ""


@dataclass(frozen=True)
class Section:
    """The letter's text in one language: paragraphs separated by an empty line."""

    language: str
    title: str
    text: str
    reviewed: bool

    @property
    def rtl(self) -> bool:
        return self.language in RTL_LANGUAGES

    @property
    def paragraphs(self) -> list[str]:
        parts = [p.strip("\n") for p in self.text.replace("\r\n", "\n").split("\n\n")]
        return [p for p in parts if p.strip()]


@dataclass(frozen=True)
class FilledLetter:
    template_key: str
    template_version: int
    title: str  # German title of the template
    language: str  # the client's language ("de": German only)
    draft: bool
    sections: tuple[Section, ...]  # in print order
    client_id: int
    case_number: str
    created: dt.date

    @property
    def unreviewed(self) -> bool:
        return any(not s.reviewed for s in self.sections)

    def with_texts(self, texts: dict[str, str]) -> FilledLetter:
        """The letter with the counsellor's edited text per language (others unchanged)."""
        sections = []
        for section in self.sections:
            text = texts.get(section.language, section.text)
            text = text.replace("\r\n", "\n")
            if len(text) > MAX_SECTION:
                raise UserError(Msg("letters.text_too_long_to_print", limit=MAX_SECTION))
            sections.append(replace(section, text=text))
        return replace(self, sections=tuple(sections))


# ----- offices ------------------------------------------------------------------------------

@functools.cache
def _shipped_offices() -> tuple[Office, ...]:
    with (resources_dir() / "letters" / "_offices.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return tuple(Office(o["key"], o["kind"], o["name"], o.get("address", ""))
                 for o in data.get("offices", []))


def _abh(district: districts.District) -> Office:
    administration = "Stadtverwaltung" if district.kind == "stadt" else "Kreisverwaltung"
    name = district.name.removesuffix(" (Landkreis)")
    return Office(f"abh_{district.key}", "auslaenderbehoerde",
                  f"{administration} {name}, Ausländerbehörde")


def offices(conn: Connection | None = None, client_id: int | None = None) -> list[Office]:
    """Offices a letter can go to: the client's Ausländerbehörde (if the district is
    recorded) first, then the BAMF, then every other Ausländerbehörde in the list."""
    every = [_abh(d) for d in districts.districts()]
    own: list[Office] = []
    if conn is not None and client_id is not None:
        residence = districts.get_residence(conn, client_id)
        own = [o for o in every if o.key == f"abh_{residence.district}"]
    rest = sorted((o for o in every if o not in own), key=lambda o: o.name.casefold())
    return own + list(_shipped_offices()) + rest


def find_office(key: str) -> Office:
    for office in offices():
        if office.key == key:
            return office
    raise UserError(Msg("letters.no_such_office", key=key))


def default_office(conn: Connection, client_id: int, template: LetterTemplate) -> Office | None:
    """BAMF letters go to the BAMF; others to the client's Ausländerbehörde if known."""
    if template.office == "none":
        return None
    found = offices(conn, client_id)
    if template.office == "bamf":
        return next((o for o in found if o.kind == "bamf"), None)
    residence = districts.get_residence(conn, client_id)
    return next((o for o in found if o.key == f"abh_{residence.district}"), None)


# ----- deadlines ----------------------------------------------------------------------------

@dataclass(frozen=True)
class DeadlineChoice:
    id: int
    due_on: dt.date
    rule_key: str


def deadline_choices(conn: Connection, client_id: int,
                     template: LetterTemplate | None = None) -> list[DeadlineChoice]:
    """The case's open deadline entries, nearest first; only those of the template's
    `deadlines` rules when it names some (a Fristverlängerung never offers a Klagefrist)."""
    rows = conn.execute("SELECT id, due_on, rule_key FROM deadlines WHERE client_id = ? "
                        "AND done = 0 ORDER BY due_on, id", (client_id,)).fetchall()
    wanted = template.deadlines if template is not None else ()
    return [DeadlineChoice(int(r[0]), dt.date.fromisoformat(str(r[1])), str(r[2]))
            for r in rows if not wanted or str(r[2]) in wanted]


def _deadline_date(conn: Connection, client_id: int, deadline_id: int | None,
                   template: LetterTemplate | None = None) -> dt.date | None:
    if deadline_id is None:
        choices = deadline_choices(conn, client_id, template)
        return choices[0].due_on if choices else None
    row = conn.execute("SELECT due_on FROM deadlines WHERE id = ? AND client_id = ?",
                       (deadline_id, client_id)).fetchone()
    if row is None:
        raise UserError(Msg("letters.deadline_not_in_case"))
    return dt.date.fromisoformat(str(row[0]))


# ----- filling ------------------------------------------------------------------------------

def values(conn: Connection, client_id: int, *, service: Service, office: Office | None,
           deadline_id: int | None = None, appointment: Appointment | None = None,
           today: dt.date | None = None, template: LetterTemplate | None = None
           ) -> dict[str, str]:
    """Placeholder → text for one case; unknown values are `BLANK`. Without `deadline_id`
    the nearest open deadline (of the template's `deadlines` rules) is used."""
    client = clients.get_client(conn, client_id)
    day = today or dt.date.today()
    deadline = _deadline_date(conn, client_id, deadline_id, template)
    appt = appointment or Appointment()

    def known(text: str | None) -> str:
        text = (text or "").strip()
        return text or BLANK

    address = (client.address or "").strip()
    return {
        "client.name": known(client.name if not client.anonymous else None),
        "client.address": address.replace("\n", ", ") if address else BLANK,
        "client.birth_date": BLANK,  # only the year is recorded: written by hand
        "case.number": known(client.case_number),
        "office.name": known(office.name if office else None),
        "office.address": (office.address if office and office.address else BLANK),
        "deadline.date": format_date(deadline) if deadline else BLANK,
        "service.name": known(service.name),
        "service.traeger": known(service.traeger),
        "service.address": known(service.address.replace("\n", ", ")
                                 if service.address else None),
        "appointment.date": format_date(appt.date) if appt.date else BLANK,
        "appointment.time": known(appt.time),
        "appointment.place": known(appt.place or service.address.replace("\n", ", ")),
        "today": format_date(day),
    }


def fill(conn: Connection, client_id: int, template: LetterTemplate, language: str, *,
         service: Service, office: Office | None = None, deadline_id: int | None = None,
         appointment: Appointment | None = None, today: dt.date | None = None,
         default_office_if_none: bool = True) -> FilledLetter:
    """The letter for one case in `language` ("de" or one of the template's languages).

    German only when the template has no other language; otherwise the German text and
    the translation (the client's language first where the template says so)."""
    language = (language or "de").strip().lower()
    if language not in template.languages:
        raise UserError(Msg("letters.language_not_in_template", language=language,
                            languages=", ".join(template.languages)))
    if office is None and default_office_if_none:
        office = default_office(conn, client_id, template)
    filled = values(conn, client_id, service=service, office=office, deadline_id=deadline_id,
                    appointment=appointment, today=today, template=template)
    order = ["de"] if language == "de" else (
        [language, "de"] if template.primary == "client" else ["de", language])
    sections = []
    for code in order:
        text = template.text(code)
        body = "\n\n".join(substitute(p, filled) for p in text.paragraphs)
        sections.append(Section(code, text.title, body, text.reviewed))
    client = clients.get_client(conn, client_id)
    return FilledLetter(template.key, template.version, template.title, language,
                        template.draft, tuple(sections), client_id, client.case_number or "",
                        today or dt.date.today())


def service_from(get: Callable[[str], object]) -> Service:
    """The service's name, Träger and address from a settings getter (policy applied)."""
    return Service(name=str(get("site_name") or ""), traeger=str(get("site_traeger") or ""),
                   address=str(get("site_address") or ""))
