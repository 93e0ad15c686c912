"""The copy of a printed letter kept in the case.

After a letter was printed (or saved as PDF) its PDF is stored as an attachment of the
case (domain/casework/attachments.py: encrypted in the vault, listed in the Anhänge tab)
and a row in `letters` (db/0016) records template, language and date. Both are written
in one transaction. Being an attachment, the copy follows the case's attachments in the
Auskunft (Art. 15), the handover (only with consent), deletion, anonymisation (deleted)
and the Art. 18 restriction (db/0014's and db/0016's triggers refuse every write).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from mfd_desktop.domain.casework import attachments
from mfd_desktop.domain.letters.fill import FilledLetter
from mfd_desktop.storage import audit
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.domain.letters")

# German language names for the kept copy's description (data shown in the Anhänge tab).
LANGUAGE_NAMES = {"de": "Deutsch", "en": "Englisch", "ar": "Arabisch", "fa": "Persisch",
                  "uk": "Ukrainisch", "ru": "Russisch", "tr": "Türkisch"}


@dataclass(frozen=True)
class KeptLetter:
    id: int
    attachment_id: int
    template_key: str
    template_version: int
    language: str
    printed_on: dt.date


def file_name(letter: FilledLetter, printed_on: dt.date) -> str:
    return f"Schreiben_{letter.template_key}_{letter.language}_{printed_on.isoformat()}.pdf"


def keep_printed(conn: Connection, letter: FilledLetter, pdf: bytes, *,
                 printed_on: dt.date | None = None) -> int:
    """Keep `pdf` (what was printed) in the case; returns the `letters` row id."""
    day = printed_on or dt.date.today()
    description = f"Schreiben: {letter.title} ({LANGUAGE_NAMES.get(letter.language, letter.language)})"
    with transaction(conn):
        attachment_id = attachments.add(conn, letter.client_id, file_name(letter, day), pdf,
                                        description=description)
        cur = conn.execute(
            "INSERT INTO letters(client_id, attachment_id, template_key, template_version, "
            "language, printed_on) VALUES (?, ?, ?, ?, ?, ?)",
            (letter.client_id, attachment_id, letter.template_key, letter.template_version,
             letter.language, day.isoformat()))
        letter_id = int(cur.lastrowid or 0)
        audit.append(conn, "letter.printed", record_type="letter", record_id=letter_id)
    log.info("letter %d (%s) kept for client %d", letter_id, letter.template_key,
             letter.client_id)
    return letter_id


def list_kept(conn: Connection, client_id: int) -> list[KeptLetter]:
    """The case's printed letters, newest first."""
    rows = conn.execute(
        "SELECT id, attachment_id, template_key, template_version, language, printed_on "
        "FROM letters WHERE client_id = ? ORDER BY printed_on DESC, id DESC",
        (client_id,)).fetchall()
    return [KeptLetter(int(r[0]), int(r[1]), str(r[2]), int(r[3]), str(r[4]),
                       dt.date.fromisoformat(str(r[5]))) for r in rows]
