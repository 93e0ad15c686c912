"""Who may see and do what on the admin pages (roles of the umbrella workflow).

- umbrella admin (`umbrella_admin`): all rights — declare sites, manage devices and
  admins' sites, approve or return any site's figures, see received and approved
  totals. Every account from before alembic 0003 is one.
- Träger admin (`traeger_admin`, `Admin.traeger`): the sites declared with that
  Träger: their status, plausibility, site totals, approve or return.
- site admin (`site_admin`, `AdminSite` rows): their own sites, including each of the
  site's device reports (the only role that sees a single device's figures).
- umbrella reader (`reader`): the umbrella level only — status, reporting rates and the
  approved figures of approved sites (the rest marked), downloads. No device list.

Nobody else sees a single device's report: every other view sums a whole site at least.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from mfd_server.models import (
    ROLE_READER,
    ROLE_SITE_ADMIN,
    ROLE_TRAEGER_ADMIN,
    ROLE_UMBRELLA_ADMIN,
    ROLES,
    Admin,
    AdminSite,
    Site,
    SiteProfile,
)

ROLE_LABELS = {
    ROLE_UMBRELLA_ADMIN: "Dachverband (Administration)",
    ROLE_TRAEGER_ADMIN: "Träger",
    ROLE_SITE_ADMIN: "Beratungsstelle",
    ROLE_READER: "Dachverband / Land (lesend)",
}


@dataclass(frozen=True)
class Viewer:
    admin_id: int
    username: str
    role: str
    # the sites in scope; None = all (umbrella admin, reader)
    sites: frozenset[str] | None
    traeger: str | None = None

    @property
    def label(self) -> str:
        label = ROLE_LABELS.get(self.role, self.role)
        return f"{label}: {self.traeger}" if self.traeger else label

    @property
    def is_umbrella_admin(self) -> bool:
        return self.role == ROLE_UMBRELLA_ADMIN

    @property
    def is_reader(self) -> bool:
        return self.role == ROLE_READER

    @property
    def manages_devices(self) -> bool:
        return self.role in (ROLE_UMBRELLA_ADMIN, ROLE_SITE_ADMIN)

    @property
    def sees_received(self) -> bool:
        """Sees figures nobody has approved yet (everyone but the reader)."""
        return self.role != ROLE_READER

    def in_scope(self, site_id: str) -> bool:
        return self.sites is None or site_id in self.sites

    def may_approve(self, site_id: str) -> bool:
        return self.role in (ROLE_UMBRELLA_ADMIN, ROLE_TRAEGER_ADMIN) and self.in_scope(site_id)

    def sees_devices_of(self, site_id: str) -> bool:
        return self.role == ROLE_SITE_ADMIN and self.in_scope(site_id)

    def scope_list(self) -> list[str] | None:
        return None if self.sites is None else sorted(self.sites)


def viewer_for(session: Session, admin: Admin) -> Viewer:
    role = admin.role if admin.role in ROLES else ROLE_READER
    sites: frozenset[str] | None = None
    if role == ROLE_TRAEGER_ADMIN:
        sites = frozenset(session.scalars(select(SiteProfile.site_id).where(
            SiteProfile.traeger == (admin.traeger or ""))))
    elif role == ROLE_SITE_ADMIN:
        sites = frozenset(session.scalars(select(AdminSite.site_id).where(
            AdminSite.admin_id == admin.id)))
    traeger = admin.traeger if role == ROLE_TRAEGER_ADMIN else None
    return Viewer(admin.id, admin.username, role, sites, traeger)


def all_sites(session: Session) -> list[str]:
    return list(session.scalars(select(Site.id).order_by(Site.id)))
