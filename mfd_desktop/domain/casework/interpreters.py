"""The local address book of interpreters (Sprachmittler*innen): name, languages,
contact and kind (professional, volunteer, …). A consultation may name one of them
(consultations.interpreter_id, db/0013).

Not case data: an entry belongs to no client, is never exported in statistics and stays
in this vault; a case handed over or disclosed (Art. 15) carries the entries its
consultations name. Deleting an entry leaves the consultations without a name (ON
DELETE SET NULL) — refused while one of them belongs to a restricted case.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework.clients import clean_text
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.domain.interpreters")

MAX_NAME = 200
MAX_CONTACT = 500


@dataclass(frozen=True)
class Interpreter:
    name: str
    languages: tuple[str, ...] = field(default=())
    contact: str = ""
    kind: str | None = None
    id: int | None = None

    def speaks(self, language: str | None) -> bool:
        return language is None or language in self.languages


def _clean(entry: Interpreter) -> tuple[str, str, str, str | None]:
    name = clean_text(entry.name, "Name", MAX_NAME)
    if not name:
        raise UserError(Msg("interpreters.name_required"))
    languages = reference.require_many("languages", entry.languages, "Sprachen")
    contact = clean_text(entry.contact, "Kontakt", MAX_CONTACT, multiline=True) or ""
    kind = reference.require("sprachmittlung", entry.kind, "Sprachmittlung")
    return name, json.dumps(languages), contact, kind


def find_by_name(conn: Connection, name: str) -> int | None:
    """The entry of that name, ignoring case (also of umlauts: SQLite's NOCASE folds ASCII
    only) — the book is small, so it is compared here."""
    wanted = " ".join(str(name).split()).casefold()
    for entry_id, stored in conn.execute("SELECT id, name FROM interpreters"):
        if " ".join(str(stored).split()).casefold() == wanted:
            return int(entry_id)
    return None


def _name_taken(conn: Connection, name: str, own_id: int | None) -> bool:
    found = find_by_name(conn, name)
    return found is not None and found != own_id


def add(conn: Connection, entry: Interpreter) -> int:
    name, languages, contact, kind = _clean(entry)
    with transaction(conn):
        if _name_taken(conn, name, None):
            raise UserError(Msg("interpreters.name_taken", name=name))
        cur = conn.execute("INSERT INTO interpreters(name, languages, contact, kind) "
                           "VALUES (?, ?, ?, ?)", (name, languages, contact, kind))
    log.info("interpreter %d added", cur.lastrowid)
    return int(cur.lastrowid)


def update(conn: Connection, interpreter_id: int, entry: Interpreter) -> None:
    name, languages, contact, kind = _clean(entry)
    with transaction(conn):
        if _name_taken(conn, name, interpreter_id):
            raise UserError(Msg("interpreters.name_taken", name=name))
        cur = conn.execute("UPDATE interpreters SET name = ?, languages = ?, contact = ?, "
                           "kind = ? WHERE id = ?",
                           (name, languages, contact, kind, interpreter_id))
        if cur.rowcount == 0:
            raise UserError(Msg("interpreters.gone"))
    log.info("interpreter %d updated", interpreter_id)


def delete(conn: Connection, interpreter_id: int) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM interpreters WHERE id = ?", (interpreter_id,))
    log.info("interpreter %d deleted", interpreter_id)


def _from_row(row: Any) -> Interpreter:
    return Interpreter(id=int(row[0]), name=str(row[1]), languages=tuple(json.loads(row[2])),
                       contact=str(row[3]), kind=row[4])


def get(conn: Connection, interpreter_id: int) -> Interpreter:
    row = conn.execute("SELECT id, name, languages, contact, kind FROM interpreters "
                       "WHERE id = ?", (interpreter_id,)).fetchone()
    if row is None:
        raise UserError(Msg("interpreters.gone"))
    return _from_row(row)


def all_interpreters(conn: Connection, language: str | None = None) -> list[Interpreter]:
    """The address book by name; with `language`, only those who speak it."""
    rows = conn.execute("SELECT id, name, languages, contact, kind FROM interpreters "
                        "ORDER BY name COLLATE NOCASE").fetchall()
    return [e for e in (_from_row(r) for r in rows) if e.speaks(language)]


def times_used(conn: Connection, interpreter_id: int) -> int:
    return int(conn.execute("SELECT count(*) FROM consultations WHERE interpreter_id = ?",
                            (interpreter_id,)).fetchone()[0])
