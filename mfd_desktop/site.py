"""The counselling service as clients and funders see it: name, Träger, address, phone and
opening hours (settings Einstellungen › Beratungsstelle, usually fixed by the policy's
[site] table). One place for the Sachbericht, the statistics PDF, the contact block of
handouts and letters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mfd_desktop.settings import SITE_ADDRESS, SITE_HOURS, SITE_NAME, SITE_PHONE, SITE_TRAEGER


@dataclass(frozen=True)
class SiteContact:
    name: str = ""
    traeger: str = ""
    address: str = ""
    phone: str = ""
    hours: str = ""

    @property
    def empty(self) -> bool:
        """Nothing a client could use to reach the service."""
        return not (self.name or self.address or self.phone or self.hours)

    def address_lines(self) -> list[str]:
        """The address as printed: one line per line or comma-separated part."""
        parts = []
        for line in self.address.splitlines():
            parts += [p.strip() for p in line.split(",") if p.strip()]
        return parts


def from_policy(policy: Any) -> SiteContact | None:
    """The contact a policy's [site] table names (the command line, without a vault)."""
    if policy is None:
        return None
    contact = SiteContact(*((getattr(policy, f"site_{part}", None) or "").strip()
                            for part in ("name", "traeger", "address", "phone", "hours")))
    return None if contact.empty else contact


def site_contact(get: Callable[[str], Any]) -> SiteContact:
    """The contact from a settings getter (`Settings.get`)."""

    def text(key: str) -> str:
        value = get(key)
        return value.strip() if isinstance(value, str) else ""

    return SiteContact(text(SITE_NAME.key), text(SITE_TRAEGER.key), text(SITE_ADDRESS.key),
                       text(SITE_PHONE.key), text(SITE_HOURS.key))
