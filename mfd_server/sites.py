"""Expected vs received: declared sites, the period kinds they owe, reporting status.

An administrator declares a site with its name, its Träger and the period kinds it owes
(`quarter`, `half_year`, `year`, `month`). A site owes one report per active
(not revoked) enrolled device for each period of such a kind. For a period:

- expected devices: the site's active devices (0 if it does not owe this kind);
- received: the device reports the server holds for the period;
- last revision, last contact (the newest `last_seen_at` of the site's devices);
- overdue: the site owes the period, fewer reports than devices arrived, and the
  period ended more than `due_days` days ago (default `DUE_DAYS`).

The reporting rate (as DHIS2 shows it) is received ÷ expected × 100 over the sites that
owe the period, each site counting at most as many reports as it has devices.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mfd_desktop.stats.payload import PERIOD_PATTERNS, period_kind
from mfd_server import approval, periods
from mfd_server.db import as_utc
from mfd_server.models import Device, Report, Site, SiteProfile

DUE_DAYS = 30
KINDS = tuple(PERIOD_PATTERNS)  # month, quarter, half_year, year
KIND_LABELS = {"month": "Monat", "quarter": "Quartal", "half_year": "Halbjahr",
               "year": "Jahr"}
SITE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}\Z")
MAX_NAME = 200


class SiteError(ValueError):
    """A German sentence saying what is wrong with a site declaration."""


def parse_kinds(text: str) -> str:
    kinds = [k.strip() for k in (text or "").split(",") if k.strip()]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise SiteError("Berichtszeiträume bitte als quarter, half_year, year oder month "
                        "angeben (mehrere mit Komma).")
    return ",".join(k for k in KINDS if k in kinds)


def clean_name(text: str, what: str) -> str:
    value = " ".join("".join(ch for ch in (text or "") if ch.isprintable()).split())
    if not value:
        raise SiteError(f"Bitte {what} angeben.")
    if len(value) > MAX_NAME:
        raise SiteError(f"{what} ist zu lang (höchstens {MAX_NAME} Zeichen).")
    return value


def declare_site(session: Session, site_id: str, name: str, traeger: str,
                 owes: str) -> SiteProfile:
    """Create or update a declared site (does not commit)."""
    if not SITE_ID.match(site_id or ""):
        raise SiteError("Die Kennung der Beratungsstelle darf nur Buchstaben, Ziffern, - und "
                        "_ enthalten (höchstens 64 Zeichen).")
    name = clean_name(name, "den Namen der Beratungsstelle")
    traeger = clean_name(traeger, "den Träger")
    kinds = parse_kinds(owes)
    if session.get(Site, site_id) is None:
        session.add(Site(id=site_id))
        session.flush()
    profile = session.get(SiteProfile, site_id)
    if profile is None:
        profile = SiteProfile(site_id=site_id, name=name, traeger=traeger, owes=kinds)
        session.add(profile)
    else:
        profile.name, profile.traeger, profile.owes = name, traeger, kinds
    session.flush()
    return profile


@dataclass(frozen=True)
class SiteStatus:
    site_id: str
    name: str
    traeger: str
    owes: bool
    expected: int
    received: int
    last_revision: int | None
    last_contact: dt.datetime | None
    overdue: bool
    approval: str  # approval.STATUS_LABELS key

    @property
    def approval_label(self) -> str:
        return approval.STATUS_LABELS[self.approval]


@dataclass(frozen=True)
class PeriodStatus:
    period: str
    sites: list[SiteStatus]

    @property
    def expected(self) -> int:
        return sum(s.expected for s in self.sites if s.owes)

    @property
    def received_expected(self) -> int:
        return sum(min(s.received, s.expected) for s in self.sites if s.owes)

    @property
    def rate(self) -> float | None:
        """Reporting rate in per cent (None when nothing is expected)."""
        if not self.expected:
            return None
        return 100.0 * self.received_expected / self.expected

    @property
    def rate_text(self) -> str:
        rate = self.rate
        return "–" if rate is None else f"{rate:.1f} %".replace(".", ",")

    @property
    def overdue(self) -> int:
        return sum(1 for s in self.sites if s.overdue)

    @property
    def approved(self) -> int:
        return sum(1 for s in self.sites if s.approval == "approved")


def period_status(session: Session, period: str, *, sites: list[str] | None = None,
                  today: dt.date | None = None, due_days: int = DUE_DAYS) -> PeriodStatus:
    kind = period_kind(period)
    if kind is None:
        raise SiteError("Zeitraum bitte wie 2026-Q1, 2026-H1, 2026 oder 2026-03 angeben.")
    today = today or periods.today_in_germany()
    end = periods.last_day(period)
    past_due = end is not None and today > end + dt.timedelta(days=due_days)

    known = select(Site.id)
    profiles = select(SiteProfile)
    devices = (select(Device.site_id, func.count(Device.id))
               .where(Device.revoked_at.is_(None)).group_by(Device.site_id))
    contact = select(Device.site_id, func.max(Device.last_seen_at)).group_by(Device.site_id)
    received = (select(Report.site_id, func.count(Report.id), func.max(Report.revision))
                .where(Report.period == period).group_by(Report.site_id))
    if sites is not None:
        known = known.where(Site.id.in_(sites))
        profiles = profiles.where(SiteProfile.site_id.in_(sites))
        devices = devices.where(Device.site_id.in_(sites))
        contact = contact.where(Device.site_id.in_(sites))
        received = received.where(Report.site_id.in_(sites))
    by_profile = {p.site_id: p for p in session.scalars(profiles)}
    active = {s: int(n) for s, n in session.execute(devices)}
    last_seen = {s: as_utc(t) for s, t in session.execute(contact)}
    got = {s: (int(n), r) for s, n, r in session.execute(received)}
    states = approval.period_states(session, period, sites)
    rows = []
    for site in session.scalars(known.order_by(Site.id)):
        profile = by_profile.get(site)
        owes = profile is not None and kind in profile.owes.split(",")
        n_received, last_rev = got.get(site, (0, None))
        if not owes and not n_received:
            continue  # neither owed nor sent: not part of this period
        expected = active.get(site, 0) if owes else 0
        rows.append(SiteStatus(
            site_id=site, name=profile.name if profile else "",
            traeger=profile.traeger if profile else "", owes=owes, expected=expected,
            received=n_received, last_revision=last_rev, last_contact=last_seen.get(site),
            overdue=owes and past_due and n_received < expected,
            approval=states[site].status if site in states else "missing"))
    return PeriodStatus(period, rows)
