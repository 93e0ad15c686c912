"""Clients (Klient*innen): create, change, list page by page, close.

Every value from a reference list is validated here and stored as its key; multi-valued
fields (languages, special needs, tags) live in child tables. Every write also updates
the search index. Failures of input raise `UserError` with one German sentence.
Logs carry ids and counts only.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field, replace
from typing import Any

from mfd_desktop.domain import field_labels, reference
from mfd_desktop.domain.casework import case_numbers, search
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.domain.clients")

STATUSES = ("offen", "ruhend", "abgeschlossen")
MAX_NAME = 200
MAX_TAG = 40
MAX_TEXT = 2000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ','now')"


# ----- small shared helpers --------------------------------------------------------------

def parse_date(value: object, field_label: str) -> str | None:
    """ISO date text for a date, 'JJJJ-MM-TT' or 'TT.MM.JJJJ'; None for empty; else UserError."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"):
        try:
            parsed = dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if not 1900 <= parsed.year <= 2100:
            break
        return parsed.isoformat()
    raise UserError(Msg("clients.not_valid_date_enter_date_as",
                        field_label=field_labels.label(field_label), text=_clip(text)))


def clean_text(value: object, field_label: str, limit: int = MAX_TEXT, *, multiline: bool = False
               ) -> str | None:
    if value is None:
        return None
    text = str(value)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    allowed = "\n\t" if multiline else ""
    text = "".join(ch if (ch.isprintable() or ch in allowed) else " " for ch in text).strip()
    if not multiline:
        text = " ".join(text.split())
    if not text:
        return None
    if len(text) > limit:
        raise UserError(Msg("clients.too_long_at_most_characters",
                            field_label=field_labels.label(field_label), limit=limit))
    return text


def _clip(text: str, limit: int = 30) -> str:
    text = "".join(ch for ch in str(text) if ch.isprintable())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def touch(conn: Connection, client_id: int) -> None:
    conn.execute(f"UPDATE clients SET updated_at = {_NOW} WHERE id = ?", (client_id,))


def require_client(conn: Connection, client_id: int) -> None:
    if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
        raise UserError(Msg("clients.client_does_not_exist_any_more"))


# ----- the record ------------------------------------------------------------------------

@dataclass
class Client:
    case_number: str | None = None          # None: generate the next one for the site
    name: str | None = None
    pseudonym: str | None = None
    anonymous: bool = False
    birth_year: int | str | None = None  # text from a form or CSV until validate()
    gender: str | None = None
    country: str | None = None
    languages: list[str] = field(default_factory=list)
    interpreter_needed: bool = False
    sprachmittlung: str | None = None
    residence_status: str | None = None
    residence_title_expires: str | None = None
    protection_status: str | None = None
    special_needs: list[str] = field(default_factory=list)
    service: str | None = None
    household_size: int | None = None
    first_contact: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    status: str = "offen"
    closing_reason: str | None = None
    closed_on: str | None = None
    tags: list[str] = field(default_factory=list)
    id: int | None = None
    created_at: str | None = None
    updated_at: str | None = None

    @property
    def display_name(self) -> str:
        return search.display_name(self.name, self.pseudonym, self.anonymous)


_COLUMNS = (
    "case_number", "name", "pseudonym", "anonymous", "birth_year", "gender", "country",
    "interpreter_needed", "sprachmittlung", "residence_status", "residence_title_expires",
    "protection_status", "service", "household_size", "first_contact", "phone", "email",
    "address", "status", "closing_reason", "closed_on",
)


def validate(client: Client, *, today: dt.date | None = None) -> Client:
    """A cleaned copy of `client`, or UserError naming the first problem (in German)."""
    today = today or dt.date.today()
    c = replace(client)
    c.name = clean_text(c.name, "Name", MAX_NAME)
    c.pseudonym = clean_text(c.pseudonym, "Pseudonym", MAX_NAME)
    c.anonymous = bool(c.anonymous)
    if c.anonymous and (c.name or c.pseudonym):
        raise UserError(Msg("clients.anonymous_case_has_neither_name_nor"))
    raw_year: object = c.birth_year  # a form may hand in text
    if raw_year not in (None, ""):
        try:
            year = int(str(raw_year).strip())
        except ValueError:
            raise UserError(Msg("clients.year_birth_enter_year_1987")) from None
        if not 1900 <= year <= today.year:
            raise UserError(Msg("clients.year_birth_enter_year_between_1900", year=today.year))
        c.birth_year = year
    else:
        c.birth_year = None
    c.gender = reference.require("gender", c.gender, "Geschlecht")
    if c.country:
        c.country = str(c.country).strip().upper()
    c.country = reference.require("country", c.country or None, "Herkunftsland")
    c.languages = reference.require_many("languages", c.languages, "Sprachen")
    c.interpreter_needed = bool(c.interpreter_needed)
    c.sprachmittlung = reference.require("sprachmittlung", c.sprachmittlung, "Sprachmittlung")
    c.residence_status = reference.require("residence_status", c.residence_status,
                                           "Aufenthaltsstatus")
    c.residence_title_expires = parse_date(c.residence_title_expires, "Titel gültig bis")
    c.protection_status = reference.require("protection_status", c.protection_status,
                                            "Schutzstatus")
    c.special_needs = reference.require_many("special_needs", c.special_needs,
                                             "Besondere Schutzbedürftigkeit")
    c.service = reference.require("service", c.service, "Dienst")
    raw_size: object = c.household_size  # a form may hand in text
    if raw_size not in (None, ""):
        try:
            size = int(str(raw_size).strip())
        except ValueError:
            raise UserError(Msg("clients.household_size_enter_number")) from None
        if not 1 <= size <= 99:
            raise UserError(Msg("clients.household_size_enter_number_from_1"))
        c.household_size = size
    else:
        c.household_size = None
    c.first_contact = parse_date(c.first_contact, "Erstkontakt")
    c.phone = clean_text(c.phone, "Telefon", 60)
    c.email = clean_text(c.email, "E-Mail", 200)
    if c.email and not _EMAIL.match(c.email):
        raise UserError(Msg("clients.mail_address_does_not_look_complete"))
    c.address = clean_text(c.address, "Anschrift", 500, multiline=True)
    if c.status not in STATUSES:
        raise UserError(Msg("clients.case_status_choose_open_dormant_closed"))
    if c.status == "abgeschlossen":
        c.closing_reason = reference.require("closing_reason", c.closing_reason,
                                             "Abschlussgrund", allow_none=False)
        c.closed_on = parse_date(c.closed_on, "Abschlussdatum") or today.isoformat()
    else:
        c.closing_reason = None
        c.closed_on = None
    tags: list[str] = []
    for raw in c.tags or ():
        tag = clean_text(raw, "Schlagwort", MAX_TAG)
        if tag and tag.casefold() not in {t.casefold() for t in tags}:
            tags.append(tag)
    c.tags = tags
    if c.case_number is not None:
        c.case_number = case_numbers.normalise(c.case_number)
    return c


def _row_values(c: Client) -> tuple[Any, ...]:
    return tuple(int(getattr(c, col)) if isinstance(getattr(c, col), bool) else getattr(c, col)
                 for col in _COLUMNS)


def _write_children(conn: Connection, client_id: int, c: Client) -> None:
    conn.execute("DELETE FROM client_languages WHERE client_id = ?", (client_id,))
    conn.executemany("INSERT INTO client_languages(client_id, language) VALUES (?, ?)",
                     [(client_id, k) for k in c.languages])
    conn.execute("DELETE FROM client_special_needs WHERE client_id = ?", (client_id,))
    conn.executemany("INSERT INTO client_special_needs(client_id, need) VALUES (?, ?)",
                     [(client_id, k) for k in c.special_needs])
    conn.execute("DELETE FROM client_tags WHERE client_id = ?", (client_id,))
    conn.executemany("INSERT INTO client_tags(client_id, tag) VALUES (?, ?)",
                     [(client_id, t) for t in c.tags])


def create_client(conn: Connection, client: Client) -> int:
    """Store a new client; returns its id. Generates the case number when none is given."""
    c = validate(client)
    with transaction(conn):
        if c.case_number is None:
            c.case_number = case_numbers.next_case_number(conn)
        elif case_numbers.is_taken(conn, c.case_number):
            raise UserError(Msg("clients.case_number_already_taken", case_number=c.case_number))
        placeholders = ", ".join("?" for _ in _COLUMNS)
        cur = conn.execute(f"INSERT INTO clients({', '.join(_COLUMNS)}) VALUES ({placeholders})",
                           _row_values(c))
        client_id = int(cur.lastrowid)
        _write_children(conn, client_id, c)
        search.index_client(conn, client_id)
    log.info("client %d created", client_id)
    return client_id


def update_client(conn: Connection, client_id: int, client: Client) -> None:
    c = validate(client)
    with transaction(conn):
        require_client(conn, client_id)
        if c.case_number is None:
            raise UserError(Msg("clients.enter_case_number"))
        if case_numbers.is_taken(conn, c.case_number, except_client_id=client_id):
            raise UserError(Msg("clients.case_number_already_taken", case_number=c.case_number))
        assignments = ", ".join(f"{col} = ?" for col in _COLUMNS)
        conn.execute(f"UPDATE clients SET {assignments}, updated_at = {_NOW} WHERE id = ?",
                     (*_row_values(c), client_id))
        _write_children(conn, client_id, c)
        search.index_client(conn, client_id)
    log.info("client %d updated", client_id)


def get_client(conn: Connection, client_id: int) -> Client:
    cols = ", ".join(("id", *_COLUMNS, "created_at", "updated_at"))
    row = conn.execute(f"SELECT {cols} FROM clients WHERE id = ?", (client_id,)).fetchone()
    if row is None:
        raise UserError(Msg("clients.client_does_not_exist_any_more"))
    names = ("id", *_COLUMNS, "created_at", "updated_at")
    data = dict(zip(names, row, strict=True))
    for flag in ("anonymous", "interpreter_needed"):
        data[flag] = bool(data[flag])
    data["languages"] = [k for (k,) in conn.execute(
        "SELECT language FROM client_languages WHERE client_id = ? ORDER BY language", (client_id,))]
    data["special_needs"] = [k for (k,) in conn.execute(
        "SELECT need FROM client_special_needs WHERE client_id = ? ORDER BY need", (client_id,))]
    data["tags"] = [t for (t,) in conn.execute(
        "SELECT tag FROM client_tags WHERE client_id = ? ORDER BY tag", (client_id,))]
    return Client(**data)


def find_by_case_number(conn: Connection, case_number: str) -> int | None:
    row = conn.execute("SELECT id FROM clients WHERE case_number = ? COLLATE NOCASE",
                       (" ".join((case_number or "").split()),)).fetchone()
    return int(row[0]) if row else None


def set_status(conn: Connection, client_id: int, status: str, closing_reason: str | None = None,
               closed_on: dt.date | str | None = None) -> None:
    client = get_client(conn, client_id)
    if isinstance(closed_on, dt.date):
        closed_on = closed_on.isoformat()  # validate() reads ISO text
    client.status, client.closing_reason, client.closed_on = status, closing_reason, closed_on
    update_client(conn, client_id, client)


def delete_client(conn: Connection, client_id: int) -> None:
    """Delete a client and everything that belongs to it (cascade; index rows via triggers)."""
    with transaction(conn):
        require_client(conn, client_id)
        conn.execute("DELETE FROM clients WHERE id = ?", (client_id,))
    log.info("client %d deleted", client_id)


def all_tags(conn: Connection) -> list[str]:
    return [t for (t,) in conn.execute(
        "SELECT tag FROM client_tags GROUP BY tag COLLATE NOCASE ORDER BY tag COLLATE NOCASE")]


# ----- the client list (paged, for the lazy table model) ----------------------------------

@dataclass(frozen=True)
class ClientRow:
    id: int
    case_number: str
    display_name: str
    status: str
    service: str | None
    first_contact: str | None
    last_contact: str | None
    updated_at: str
    tags: str                       # comma-separated, for display


@dataclass(frozen=True)
class ClientFilter:
    status: str | None = None
    service: str | None = None
    tag: str | None = None


SORT_COLUMNS = {
    "case_number": "c.case_number COLLATE NOCASE",
    "name": "coalesce(c.name, c.pseudonym, '') COLLATE NOCASE",
    "status": "c.status",
    "service": "coalesce(c.service, '')",
    "first_contact": "coalesce(c.first_contact, '')",
    "last_contact": "coalesce(last_contact, '')",
    "updated_at": "c.updated_at",
}


def _where(flt: ClientFilter) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if flt.status:
        clauses.append("c.status = ?")
        params.append(flt.status)
    if flt.service:
        clauses.append("c.service = ?")
        params.append(flt.service)
    if flt.tag:
        clauses.append("EXISTS (SELECT 1 FROM client_tags t WHERE t.client_id = c.id AND t.tag = ?)")
        params.append(flt.tag)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_clients(conn: Connection, flt: ClientFilter | None = None) -> int:
    where, params = _where(flt or ClientFilter())
    return int(conn.execute(f"SELECT count(*) FROM clients c{where}", params).fetchone()[0])


_LAST_CONTACT = "(SELECT max(k.held_on) FROM consultations k WHERE k.client_id = c.id)"


def list_clients(conn: Connection, flt: ClientFilter | None = None, *, order: str = "case_number",
                 descending: bool = False, limit: int = 200, offset: int = 0) -> list[ClientRow]:
    """One page of the client list, sorted in SQL (LIMIT/OFFSET), for lazy loading.

    Two steps: the page's ids in order (only the sort key is computed per client), then
    the columns of those ids. In one statement SQLite computes every selected column,
    with its two correlated subqueries, for each client before sorting: 20,000 of them
    for a page of 200 (issue 21, 20,000 clients: the list query 17 ms with a cold page cache,
    2 ms warm; the click on „Klient*innen“ 430 → 62-103 ms)."""
    where, params = _where(flt or ClientFilter())
    sort = SORT_COLUMNS.get(order, SORT_COLUMNS["case_number"])
    direction = "DESC" if descending else "ASC"
    key = f", {_LAST_CONTACT} AS last_contact" if order == "last_contact" else ""
    ids = [r[0] for r in conn.execute(
        f"SELECT c.id{key} FROM clients c{where} ORDER BY {sort} {direction}, c.id {direction} "
        "LIMIT ? OFFSET ?", (*params, int(limit), int(offset)))]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    sql = (
        "SELECT c.id, c.case_number, c.name, c.pseudonym, c.anonymous, c.status, c.service, "
        f"c.first_contact, {_LAST_CONTACT} AS last_contact, c.updated_at, "
        "(SELECT group_concat(tag, ', ') FROM (SELECT tag FROM client_tags t "
        " WHERE t.client_id = c.id ORDER BY tag)) "
        f"FROM clients c WHERE c.id IN ({marks})"
    )
    found = {r[0]: r for r in conn.execute(sql, ids)}
    rows = [found[i] for i in ids if i in found]
    return [
        ClientRow(id=r[0], case_number=r[1], display_name=search.display_name(r[2], r[3], bool(r[4])),
                  status=r[5], service=r[6], first_contact=r[7], last_contact=r[8],
                  updated_at=r[9], tags=r[10] or "")
        for r in rows
    ]


def recent_clients(conn: Connection, limit: int = 10) -> list[ClientRow]:
    return list_clients(conn, order="updated_at", descending=True, limit=limit)
