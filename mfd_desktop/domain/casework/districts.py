"""Wohnort: the Landkreis or kreisfreie Stadt of Rhineland-Palatinate a client lives in.

Kept by the official five-digit Kreisschlüssel (resources/reference/districts.toml, from
the shared reference), or `OUTSIDE` (lives outside Rhineland-Palatinate); None means not
recorded (statistics: `unbekannt`). `find()` reads what a person or a CSV file wrote: the
key, the official name or an alias, case-folded. "Kaiserslautern" alone is both a city
and a Landkreis and is refused with a message naming both spellings.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

from mfd_desktop.domain.casework.clients import clean_text, require_client, touch
from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.paths import resources_dir
from mfd_desktop.storage.connection import Connection
from mfd_desktop.storage.transaction import transaction

OUTSIDE = "ausserhalb_rlp"
UNKNOWN = "unbekannt"  # statistics category for "not recorded"
_KEY = re.compile(r"^07\d{3}$")
_OUTSIDE_WORDS = {"ausserhalb_rlp", "außerhalb rlp", "ausserhalb rlp", "außerhalb",
                  "außerhalb von rheinland-pfalz", "nicht rlp"}


@dataclass(frozen=True)
class District:
    key: str
    name: str
    kind: str  # "stadt" (kreisfreie Stadt) or "landkreis"
    aliases: tuple[str, ...]


@functools.cache
def districts() -> tuple[District, ...]:
    with (resources_dir() / "reference" / "districts.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return tuple(District(d["key"], d["name"], d["kind"], tuple(d.get("aliases", ())))
                 for d in data["districts"])


@functools.cache
def _by_key() -> dict[str, District]:
    return {d.key: d for d in districts()}


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


@functools.cache
def _ambiguous() -> frozenset[str]:
    """Base names that two districts share ("kaiserslautern")."""
    bases: dict[str, int] = {}
    for d in districts():
        base = _fold(re.sub(r"\s*\(.*\)$", "", d.name))
        bases[base] = bases.get(base, 0) + 1
    return frozenset(b for b, n in bases.items() if n > 1)


@functools.cache
def _by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for d in districts():
        for text in (d.name, *d.aliases):
            names[_fold(text)] = d.key
    return names


def is_valid(value: str | None) -> bool:
    """None (not recorded), OUTSIDE or a known Kreisschlüssel."""
    return value is None or value == OUTSIDE or value in _by_key()


def name(value: str | None) -> Msg:
    """What the app shows for a stored value."""
    if value is None:
        return Msg("districts.unknown")
    if value == OUTSIDE:
        return Msg("districts.outside")
    district = _by_key().get(value)
    if district is None:
        return Msg("districts.unknown")
    if district.kind == "stadt":
        return Msg("districts.city", name=district.name)
    return Msg("districts.county", name=district.name)


def find(text: str | None) -> str | None:
    """The stored value for `text` (key, name, alias or "außerhalb RLP"); None for empty.
    Raises UserError for an unknown or ambiguous name."""
    if text is None or not text.strip():
        return None
    folded = _fold(text)
    if _KEY.match(folded) and folded in _by_key():
        return folded
    if folded in _OUTSIDE_WORDS:
        return OUTSIDE
    if folded in _ambiguous():
        options = [d.name for d in districts()
                   if _fold(re.sub(r"\s*\(.*\)$", "", d.name)) == folded]
        raise UserError(Msg("districts.ambiguous", text=text.strip(),
                            options=" / ".join(f"„{o}“" for o in options)))
    key = _by_name().get(folded)
    if key is None:
        raise UserError(Msg("districts.unknown_name", text=text.strip()[:60]))
    return key


# ----- on the case ----------------------------------------------------------------------
# Kept apart from the case form's record (clients.Client), so a form that does not show
# the Wohnort never overwrites it. The local text (municipality, Sozialraum) never leaves
# the vault: statistics read only the key.


@dataclass(frozen=True)
class Residence:
    district: str | None  # Kreisschlüssel, OUTSIDE or None
    local: str  # municipality or Sozialraum, free text


def set_residence(conn: Connection, client_id: int, district: str | None,
                  local: str | None = None) -> Residence:
    """Store the Wohnort: `district` as `find()` reads it, `local` as free text."""
    key = find(district)
    place = clean_text(local, "Wohnort", 200) or ""
    with transaction(conn):
        require_client(conn, client_id)
        conn.execute("UPDATE clients SET district = ?, district_local = ? WHERE id = ?",
                     (key, place or None, client_id))
        touch(conn, client_id)
    return Residence(key, place)


def get_residence(conn: Connection, client_id: int) -> Residence:
    row = conn.execute("SELECT district, district_local FROM clients WHERE id = ?",
                       (client_id,)).fetchone()
    if row is None:
        return Residence(None, "")
    return Residence(row[0], row[1] or "")
