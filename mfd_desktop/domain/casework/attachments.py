"""Encrypted attachments: scans, photos and PDFs of a case, kept inside the vault.

The bytes live in the vault as BLOBs (table attachment_contents, db/0014), so SQLCipher
encrypts them, backups carry them and deleting the case deletes them; nothing here ever
writes them to a file. The metadata (table attachments) is listed without reading the
bytes. An attachment belongs to a case and optionally to one of its consultations or
checklist items.

What a file is comes from its first bytes, never from its name: PDF, JPEG and PNG are
accepted; TIFF and HEIC (what scanners and phones often write) and anything else are
refused with a message that says what to do. Limits: `attachment_max_file_mib` per file
and `attachment_max_vault_mib` for the vault (settings.py; an administrator's policy can
fix them). A restricted case (Art. 18) refuses every write through db/0014's triggers.
Every change writes an audit entry (ids only); logs carry ids and sizes only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import unicodedata
from dataclasses import dataclass

from mfd_desktop import settings
from mfd_desktop.domain.casework.clients import clean_text, parse_date, require_client, touch
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage import audit
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.domain.attachments")

MIB = 1024 * 1024
MAX_NAME = 200
MAX_DESCRIPTION = 500
PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
MEDIA_TYPES = (PDF, JPEG, PNG)
EXTENSIONS = {PDF: ".pdf", JPEG: ".jpg", PNG: ".png"}


@dataclass(frozen=True)
class Attachment:
    """One attachment's metadata (never its bytes)."""

    id: int
    client_id: int
    consultation_id: int | None
    checklist_item_id: int | None
    file_name: str
    media_type: str
    size: int
    sha256: str
    description: str
    delivered_on: dt.date | None
    added_at: str

    @property
    def is_image(self) -> bool:
        return self.media_type in (JPEG, PNG)


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int
    max_vault_bytes: int


# ----- what a file is ---------------------------------------------------------------------

def sniff(data: bytes) -> str:
    """The media type from the magic bytes; UserError for anything not accepted."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        raise UserError(Msg("attachments.tiff_refused"))
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim",
                                               b"heis", b"hevc", b"avif"):
        raise UserError(Msg("attachments.heic_refused"))
    raise UserError(Msg("attachments.type_refused"))


def clean_file_name(name: object, media_type: str) -> str:
    """A display name without path parts or control characters, at most MAX_NAME long;
    the extension of the real type is added if the name lacks it."""
    text = unicodedata.normalize("NFC", str(name or ""))
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    text = " ".join(text.split()).strip(" .")
    ext = EXTENSIONS[media_type]
    known = (".jpeg", ".jpg") if media_type == JPEG else (ext,)
    if not text:
        text = "Anhang"
    if not text.lower().endswith(known):
        text += ext
    if len(text) > MAX_NAME:
        stem = text[: MAX_NAME - len(ext)].rstrip(" .")
        text = stem + ext
    return text


def _setting(conn: Connection, setting: settings.Setting) -> int:
    row = conn.execute("SELECT value_json FROM settings WHERE key = ?", (setting.key,)).fetchone()
    try:
        value = setting.validate(json.loads(row[0])) if row else setting.default
    except (UserError, ValueError):
        value = setting.default
    return int(value)


def limits(conn: Connection) -> Limits:
    """The limits the vault's settings allow (defaults: 20 MiB per file, 2 GiB in all)."""
    return Limits(_setting(conn, settings.ATTACHMENT_MAX_FILE_MIB) * MIB,
                  _setting(conn, settings.ATTACHMENT_MAX_VAULT_MIB) * MIB)


def total_bytes(conn: Connection) -> int:
    return int(conn.execute("SELECT coalesce(sum(size), 0) FROM attachments").fetchone()[0])


def check_size(conn: Connection, size: int, lim: Limits | None = None) -> None:
    """UserError if a file of `size` bytes may not be added (empty, too big, vault full).
    Callers that read a file call this with its size before reading it."""
    lim = lim or limits(conn)
    if size <= 0:
        raise UserError(Msg("attachments.empty"))
    if size > lim.max_file_bytes:
        raise UserError(Msg("attachments.file_too_large", mib=_mib(size),
                            limit=lim.max_file_bytes // MIB))
    if total_bytes(conn) + size > lim.max_vault_bytes:
        raise UserError(Msg("attachments.vault_full", limit=lim.max_vault_bytes // MIB))


def _mib(size: int) -> str:
    return f"{size / MIB:.1f}".replace(".", ",")


# ----- reading ------------------------------------------------------------------------------

_COLUMNS = ("id, client_id, consultation_id, checklist_item_id, file_name, media_type, size, "
            "sha256, description, delivered_on, added_at")


def _row(r: tuple[object, ...]) -> Attachment:
    return Attachment(int(r[0]), int(r[1]),  # type: ignore[call-overload]
                      None if r[2] is None else int(r[2]),  # type: ignore[call-overload]
                      None if r[3] is None else int(r[3]),  # type: ignore[call-overload]
                      str(r[4]), str(r[5]), int(r[6]), str(r[7]),  # type: ignore[call-overload]
                      str(r[8]), dt.date.fromisoformat(str(r[9])) if r[9] else None, str(r[10]))


def list_attachments(conn: Connection, client_id: int) -> list[Attachment]:
    """The case's attachments, newest first: metadata only, no byte of content is read."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM attachments WHERE client_id = ? "
                        "ORDER BY added_at DESC, id DESC", (client_id,)).fetchall()
    return [_row(r) for r in rows]


def get(conn: Connection, attachment_id: int) -> Attachment:
    row = conn.execute(f"SELECT {_COLUMNS} FROM attachments WHERE id = ?",
                       (attachment_id,)).fetchone()
    if row is None:
        raise UserError(Msg("attachments.gone"))
    return _row(row)


def read(conn: Connection, attachment_id: int) -> bytes:
    """The attachment's bytes (in memory; callers never write them to a temp file)."""
    row = conn.execute("SELECT data FROM attachment_contents WHERE attachment_id = ?",
                       (attachment_id,)).fetchone()
    if row is None:
        raise UserError(Msg("attachments.gone"))
    return bytes(row[0])


# ----- writing ------------------------------------------------------------------------------

def _check_links(conn: Connection, client_id: int, consultation_id: int | None,
                 checklist_item_id: int | None) -> None:
    if consultation_id is not None and conn.execute(
            "SELECT 1 FROM consultations WHERE id = ? AND client_id = ?",
            (consultation_id, client_id)).fetchone() is None:
        raise UserError(Msg("attachments.link_not_in_case"))
    if checklist_item_id is not None and conn.execute(
            "SELECT 1 FROM checklist_items i JOIN checklists c ON c.id = i.checklist_id "
            "WHERE i.id = ? AND c.client_id = ?", (checklist_item_id, client_id)).fetchone() is None:
        raise UserError(Msg("attachments.link_not_in_case"))


def add(conn: Connection, client_id: int, file_name: object, data: bytes, *,
        description: object = "", delivered_on: object = None,
        consultation_id: int | None = None, checklist_item_id: int | None = None) -> int:
    """Store `data` as an attachment of the case; returns its id.

    The type comes from the bytes (`sniff`), the name is cleaned (`clean_file_name`).
    Refused with a German message: empty, too big, vault full, a type not accepted, a
    restricted case, a consultation or checklist item of another case."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise UserError(Msg("attachments.type_refused"))
    data = bytes(data)
    desc = clean_text(description, "Beschreibung", MAX_DESCRIPTION) or ""
    delivered = parse_date(delivered_on, "Zugestellt am")
    with transaction(conn):
        require_client(conn, client_id)
        check_size(conn, len(data))
        media_type = sniff(data)
        name = clean_file_name(file_name, media_type)
        _check_links(conn, client_id, consultation_id, checklist_item_id)
        cur = conn.execute(
            "INSERT INTO attachments(client_id, consultation_id, checklist_item_id, file_name, "
            "media_type, size, sha256, description, delivered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (client_id, consultation_id, checklist_item_id, name, media_type, len(data),
             hashlib.sha256(data).hexdigest(), desc, delivered))
        attachment_id = int(cur.lastrowid or 0)
        conn.execute("INSERT INTO attachment_contents(attachment_id, data) VALUES (?, ?)",
                     (attachment_id, data))
        touch(conn, client_id)
        audit.append(conn, "attachment.added", record_type="attachment", record_id=attachment_id)
    log.info("attachment %d added to client %d (%d bytes)", attachment_id, client_id, len(data))
    return attachment_id


def describe(conn: Connection, attachment_id: int, *, file_name: object | None = None,
             description: object | None = None, delivered_on: object = ...,
             consultation_id: int | None | object = ...,
             checklist_item_id: int | None | object = ...) -> None:
    """Rename the attachment or change its description, delivery date or links. An
    argument left out keeps its value."""
    with transaction(conn):
        current = get(conn, attachment_id)
        name = current.file_name if file_name is None else clean_file_name(
            file_name, current.media_type)
        desc = current.description if description is None else (
            clean_text(description, "Beschreibung", MAX_DESCRIPTION) or "")
        delivered = (current.delivered_on.isoformat() if current.delivered_on else None) \
            if delivered_on is ... else parse_date(delivered_on, "Zugestellt am")
        consultation = current.consultation_id if consultation_id is ... else consultation_id
        item = current.checklist_item_id if checklist_item_id is ... else checklist_item_id
        _check_links(conn, current.client_id, consultation, item)  # type: ignore[arg-type]
        conn.execute("UPDATE attachments SET file_name = ?, description = ?, delivered_on = ?, "
                     "consultation_id = ?, checklist_item_id = ? WHERE id = ?",
                     (name, desc, delivered, consultation, item, attachment_id))
        touch(conn, current.client_id)
        audit.append(conn, "attachment.changed", record_type="attachment",
                     record_id=attachment_id)


def delete(conn: Connection, attachment_id: int) -> None:
    """Delete the attachment (secure_delete zeroes its pages in the vault)."""
    with transaction(conn):
        current = get(conn, attachment_id)
        conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
        touch(conn, current.client_id)
        audit.append(conn, "attachment.deleted", record_type="attachment",
                     record_id=attachment_id)
    log.info("attachment %d deleted", attachment_id)


def record_export(conn: Connection, attachment_id: int) -> None:
    """Audit an unencrypted copy the counsellor asked for (the GUI writes the file)."""
    with transaction(conn):
        get(conn, attachment_id)
        audit.append(conn, "attachment.exported", record_type="attachment",
                     record_id=attachment_id)
    log.info("attachment %d exported unencrypted on request", attachment_id)


def export_name(attachment: Attachment) -> str:
    """A file-system-safe name for an exported copy (Windows forbids <>:"/\\|?*)."""
    safe = "".join("_" if ch in '<>:"/\\|?*' else ch for ch in attachment.file_name)
    return safe.strip(" .") or f"Anhang-{attachment.id}{EXTENSIONS[attachment.media_type]}"
