"""Consent records (Einwilligungen): purpose, recipient, form version, given/withdrawn dates.

A referral that passes data to an office needs a matching consent: purpose
`weitergabe_stelle` or `schweigepflichtentbindung`, for the same office (address-book
entry) or the same kind of office (referral target key) or a recipient named in words
that matches the office's name, given on or before the referral date and not withdrawn
by then. `matching_consent()` answers that; referrals.py turns a miss into a warning.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace
from typing import Any

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework.clients import clean_text, parse_date, require_client, touch
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.domain.consents")

PASSING_PURPOSES = ("weitergabe_stelle", "schweigepflichtentbindung")


@dataclass
class Consent:
    client_id: int
    purpose: str
    given_on: str | None = None
    recipient_key: str | None = None
    office_id: int | None = None
    recipient_text: str | None = None
    form_version: str | None = None
    withdrawn_on: str | None = None
    note: str | None = None
    id: int | None = None

    @property
    def is_active(self) -> bool:
        return self.withdrawn_on is None

    def describe(self, office_names: dict[int, str] | None = None) -> Msg:
        """"Weitergabe an Jobcenter" – purpose and recipient, rendered at the edge."""
        purpose = reference.text("consent_purpose", self.purpose)
        recipient: Msg | str = self.recipient_text or ""
        if self.office_id and office_names and self.office_id in office_names:
            recipient = office_names[self.office_id]
        elif self.recipient_key and not recipient:
            recipient = reference.text("referral_targets", self.recipient_key)
        if recipient:
            return Msg("consents.purpose_to", purpose=purpose, recipient=recipient)
        return Msg("consents.purpose", purpose=purpose)


_COLS = ("client_id", "purpose", "given_on", "recipient_key", "office_id", "recipient_text",
         "form_version", "withdrawn_on", "note")


def validate(consent: Consent) -> Consent:
    c = replace(consent)
    c.purpose = reference.require("consent_purpose", c.purpose, "Zweck", allow_none=False)
    c.given_on = parse_date(c.given_on, "Erteilt am") or dt.date.today().isoformat()
    c.recipient_key = reference.require("referral_targets", c.recipient_key, "Empfänger")
    c.recipient_text = clean_text(c.recipient_text, "Empfänger", 200)
    c.form_version = clean_text(c.form_version, "Formularversion", 60)
    c.withdrawn_on = parse_date(c.withdrawn_on, "Widerrufen am")
    c.note = clean_text(c.note, "Notiz", 2000, multiline=True)
    if c.withdrawn_on and c.withdrawn_on < c.given_on:
        raise UserError(Msg("consents.withdrawal_cannot_dated_before_consent_was"))
    if c.purpose in PASSING_PURPOSES and not (c.recipient_key or c.office_id or c.recipient_text):
        raise UserError(Msg("consents.for_passing_data_on_service_name"))
    return c


def add_consent(conn: Connection, consent: Consent) -> int:
    c = validate(consent)
    with transaction(conn):
        require_client(conn, c.client_id)
        cur = conn.execute(
            f"INSERT INTO consents({', '.join(_COLS)}) VALUES ({', '.join('?' for _ in _COLS)})",
            tuple(getattr(c, col) for col in _COLS))
        touch(conn, c.client_id)
    log.info("consent %d added for client %d", cur.lastrowid, c.client_id)
    return int(cur.lastrowid)


def update_consent(conn: Connection, consent_id: int, consent: Consent) -> None:
    c = validate(consent)
    with transaction(conn):
        cur = conn.execute(
            f"UPDATE consents SET {', '.join(f'{col} = ?' for col in _COLS)} WHERE id = ?",
            (*(getattr(c, col) for col in _COLS), consent_id))
        if cur.rowcount == 0:
            raise UserError(Msg("consents.consent_does_not_exist_any_more"))
        touch(conn, c.client_id)


def withdraw_consent(conn: Connection, consent_id: int, on: dt.date | str | None = None) -> None:
    """Record the withdrawal (Widerruf); the record itself stays as evidence."""
    consent = get_consent(conn, consent_id)
    consent.withdrawn_on = parse_date(on, "Widerrufen am") or dt.date.today().isoformat()
    update_consent(conn, consent_id, consent)
    log.info("consent %d withdrawn", consent_id)


def delete_consent(conn: Connection, consent_id: int) -> None:
    conn.execute("DELETE FROM consents WHERE id = ?", (consent_id,))


def _from_row(row: Any) -> Consent:
    return Consent(id=row[0], **dict(zip(_COLS, row[1:], strict=True)))


def get_consent(conn: Connection, consent_id: int) -> Consent:
    row = conn.execute(f"SELECT id, {', '.join(_COLS)} FROM consents WHERE id = ?",
                       (consent_id,)).fetchone()
    if row is None:
        raise UserError(Msg("consents.consent_does_not_exist_any_more"))
    return _from_row(row)


def list_consents(conn: Connection, client_id: int) -> list[Consent]:
    rows = conn.execute(f"SELECT id, {', '.join(_COLS)} FROM consents WHERE client_id = ? "
                        "ORDER BY given_on DESC, id DESC", (client_id,)).fetchall()
    return [_from_row(r) for r in rows]


def _same_name(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def matching_consent(conn: Connection, client_id: int, *, target_key: str | None,
                     office_id: int | None, on: str) -> Consent | None:
    """A consent that covers passing data to this office/target on date `on`, if any."""
    office_name, office_kind = None, None
    if office_id is not None:
        row = conn.execute("SELECT name, target_key FROM offices WHERE id = ?",
                           (office_id,)).fetchone()
        if row:
            office_name, office_kind = row
    kinds = {k for k in (target_key, office_kind) if k}
    for consent in list_consents(conn, client_id):
        if consent.purpose not in PASSING_PURPOSES:
            continue
        if (consent.given_on is None or consent.given_on > on
                or (consent.withdrawn_on and consent.withdrawn_on <= on)):
            continue
        if office_id is not None and consent.office_id == office_id:
            return consent
        if consent.recipient_key and consent.recipient_key in kinds and consent.office_id is None:
            return consent
        if _same_name(consent.recipient_text, office_name):
            return consent
    return None
