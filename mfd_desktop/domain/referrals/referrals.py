"""Referrals (Weitervermittlungen) and the site's address book of offices (Stellen).

A referral goes to a kind of office from the reference list (`target_key`) and/or to a
concrete office of the address book (`office_id`). When it passes data on
(`passes_data`) and no matching, non-withdrawn consent exists, saving still works but
the result carries a German warning the GUI shows visibly.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field, replace
from typing import Any

from mfd_desktop.domain import reference
from mfd_desktop.domain.casework import search
from mfd_desktop.domain.casework.clients import clean_text, parse_date, require_client, touch
from mfd_desktop.domain.referrals.consents import matching_consent
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

log = logging.getLogger("mfd.domain.referrals")

STATUSES = ("vereinbart", "wahrgenommen", "nicht_wahrgenommen", "unbekannt")


# ----- address book ----------------------------------------------------------------------

@dataclass
class Office:
    name: str
    target_key: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    contact_person: str | None = None
    note: str | None = None
    active: bool = True
    id: int | None = None


_OFFICE_COLS = ("name", "target_key", "address", "phone", "email", "contact_person", "note",
                "active")


def _validate_office(office: Office) -> Office:
    o = replace(office)
    name = clean_text(o.name, "Name der Stelle", 200)
    if not name:
        raise UserError(Msg("referrals.enter_name_service"))
    o.name = name
    o.target_key = reference.require("referral_targets", o.target_key, "Art der Stelle")
    o.address = clean_text(o.address, "Anschrift", 500, multiline=True)
    o.phone = clean_text(o.phone, "Telefon", 60)
    o.email = clean_text(o.email, "E-Mail", 200)
    o.contact_person = clean_text(o.contact_person, "Ansprechperson", 200)
    o.note = clean_text(o.note, "Notiz", 2000, multiline=True)
    o.active = bool(o.active)
    return o


def add_office(conn: Connection, office: Office) -> int:
    o = _validate_office(office)
    cur = conn.execute(
        f"INSERT INTO offices({', '.join(_OFFICE_COLS)}) VALUES "
        f"({', '.join('?' for _ in _OFFICE_COLS)})",
        tuple(int(v) if isinstance(v, bool) else v for v in (getattr(o, k) for k in _OFFICE_COLS)))
    return int(cur.lastrowid)


def update_office(conn: Connection, office_id: int, office: Office) -> None:
    o = _validate_office(office)
    conn.execute(
        f"UPDATE offices SET {', '.join(f'{k} = ?' for k in _OFFICE_COLS)} WHERE id = ?",
        (*(int(v) if isinstance(v, bool) else v for v in (getattr(o, k) for k in _OFFICE_COLS)),
         office_id))


def list_offices(conn: Connection, *, include_inactive: bool = False) -> list[Office]:
    where = "" if include_inactive else " WHERE active = 1"
    rows = conn.execute(f"SELECT id, {', '.join(_OFFICE_COLS)} FROM offices{where} "
                        "ORDER BY name COLLATE NOCASE").fetchall()
    return [Office(id=r[0], **{**dict(zip(_OFFICE_COLS, r[1:], strict=True)), "active": bool(r[8])})
            for r in rows]


def office_names(conn: Connection) -> dict[int, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, name FROM offices")}


# ----- referrals -------------------------------------------------------------------------

@dataclass
class Referral:
    client_id: int
    target_key: str | None = None
    office_id: int | None = None
    referred_on: str | None = None
    accompanied: bool = False
    passes_data: bool = False
    status: str = "vereinbart"
    outcome_note: str | None = None
    follow_up_on: str | None = None
    id: int | None = None

    def target_label(self, names: dict[int, str] | None = None) -> Msg | str:
        """"Jobcenter Mainz (Jobcenter)", the office and/or the kind of service."""
        office = names.get(self.office_id) if self.office_id and names else None
        target = reference.text("referral_targets", self.target_key) if self.target_key else None
        if office and target:
            return Msg("referrals.office_with_target", office=office, target=target)
        return office or target or "–"


@dataclass(frozen=True)
class SavedReferral:
    id: int
    warnings: list[Msg] = field(default_factory=list)  # rendered at the edge


_COLS = ("client_id", "target_key", "office_id", "referred_on", "accompanied", "passes_data",
         "status", "outcome_note", "follow_up_on")




def validate(conn: Connection, referral: Referral) -> Referral:
    r = replace(referral)
    r.target_key = reference.require("referral_targets", r.target_key, "Stelle")
    if r.office_id in ("", 0):
        r.office_id = None
    if r.office_id is not None:
        r.office_id = int(r.office_id)
        if conn.execute("SELECT 1 FROM offices WHERE id = ?", (r.office_id,)).fetchone() is None:
            raise UserError(Msg("referrals.chosen_service_not_in_address_book"))
    if r.target_key is None and r.office_id is None:
        raise UserError(Msg("referrals.say_where_client_referred_type_service"))
    r.referred_on = parse_date(r.referred_on, "Datum") or dt.date.today().isoformat()
    r.accompanied = bool(r.accompanied)
    r.passes_data = bool(r.passes_data)
    if r.status not in STATUSES:
        raise UserError(Msg("referrals.status_choose_arranged_attended_not_attended"))
    r.outcome_note = clean_text(r.outcome_note, "Ergebnis", 20_000, multiline=True)
    r.follow_up_on = parse_date(r.follow_up_on, "Wiedervorlage")
    return r


def consent_warnings(conn: Connection, referral: Referral) -> list[Msg]:
    """Warnings for a referral (empty when nothing is missing)."""
    if not referral.passes_data:
        return []
    on = referral.referred_on or dt.date.today().isoformat()
    if matching_consent(conn, referral.client_id, target_key=referral.target_key,
                        office_id=referral.office_id, on=on):
        return []
    target = referral.target_label(office_names(conn))
    return [Msg("referrals.consent_warning", target=target)]


def _values(r: Referral) -> tuple[Any, ...]:
    return tuple(int(v) if isinstance(v, bool) else v for v in (getattr(r, k) for k in _COLS))


def add_referral(conn: Connection, referral: Referral) -> SavedReferral:
    with transaction(conn):
        r = validate(conn, referral)
        require_client(conn, r.client_id)
        cur = conn.execute(
            f"INSERT INTO referrals({', '.join(_COLS)}) VALUES ({', '.join('?' for _ in _COLS)})",
            _values(r))
        rid = int(cur.lastrowid)
        search.index_referral(conn, rid)
        touch(conn, r.client_id)
        warnings = consent_warnings(conn, r)
    log.info("referral %d added for client %d (%d warning(s))", rid, r.client_id, len(warnings))
    return SavedReferral(rid, warnings)


def update_referral(conn: Connection, referral_id: int, referral: Referral) -> SavedReferral:
    with transaction(conn):
        r = validate(conn, referral)
        cur = conn.execute(
            f"UPDATE referrals SET {', '.join(f'{k} = ?' for k in _COLS)}, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?",
            (*_values(r), referral_id))
        if cur.rowcount == 0:
            raise UserError(Msg("referrals.referral_does_not_exist_any_more"))
        search.index_referral(conn, referral_id)
        touch(conn, r.client_id)
        warnings = consent_warnings(conn, r)
    return SavedReferral(referral_id, warnings)


def delete_referral(conn: Connection, referral_id: int) -> None:
    conn.execute("DELETE FROM referrals WHERE id = ?", (referral_id,))


def _from_row(row: Any) -> Referral:
    data = dict(zip(("id", *_COLS), row, strict=True))
    data["accompanied"] = bool(data["accompanied"])
    data["passes_data"] = bool(data["passes_data"])
    return Referral(**data)


def get_referral(conn: Connection, referral_id: int) -> Referral:
    row = conn.execute(f"SELECT id, {', '.join(_COLS)} FROM referrals WHERE id = ?",
                       (referral_id,)).fetchone()
    if row is None:
        raise UserError(Msg("referrals.referral_does_not_exist_any_more"))
    return _from_row(row)


def list_referrals(conn: Connection, client_id: int) -> list[Referral]:
    rows = conn.execute(f"SELECT id, {', '.join(_COLS)} FROM referrals WHERE client_id = ? "
                        "ORDER BY referred_on DESC, id DESC", (client_id,)).fetchall()
    return [_from_row(r) for r in rows]
