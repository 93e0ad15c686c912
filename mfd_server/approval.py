"""Freigabe durch den Träger: approve or return a site's figures for a period.

A site's figures for a period are the current reports of its devices. A Träger admin
(or an umbrella admin) sees them summed for the site, with the plausibility findings,
and approves them or returns them with a comment. The decision names exactly the
revisions shown (`fingerprint`): if a device sent a new revision meanwhile, the
decision is refused and the page shows the new figures.

Approving copies the revisions into `approved_reports` / `approved_cells`: the umbrella
level keeps seeing what was approved although a device later replaces its report, until
a later revision is approved. Returning changes nothing the umbrella sees.

States of a site for a period (`SiteState.status`):
- "missing": nothing received;
- "pending": received, no decision on these revisions yet;
- "approved": the current revisions are approved;
- "returned": the current revisions were returned (comment); an earlier approved
  revision stays what the umbrella sees;
- "changed": an earlier revision is approved, the current one is not decided yet: the
  umbrella still sees the approved one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from sqlalchemy import delete, insert, literal, select
from sqlalchemy.orm import Session

from mfd_desktop.stats.payload import period_kind
from mfd_server.aggregate import TOTALS_ONLY_MARK
from mfd_server.errors import ApiError
from mfd_server.models import (
    Approval,
    ApprovedCell,
    ApprovedReport,
    Report,
    ReportCell,
    SiteProfile,
    utcnow,
)

APPROVED, RETURNED = "approved", "returned"
MAX_COMMENT = 2000

STATUS_LABELS = {
    "missing": "nicht eingegangen",
    "pending": "zu prüfen",
    "approved": "freigegeben",
    "returned": "zurückgegeben",
    "changed": "neue Fassung zu prüfen",
}

Revision = tuple[str, int, str]  # (statistics identity, revision, payload sha256)


def fingerprint(revisions: list[Revision]) -> str:
    lines = "\n".join(f"{d}:{r}:{s}" for d, r, s in sorted(revisions))
    return hashlib.sha256(lines.encode()).hexdigest()


@dataclass
class SiteState:
    site_id: str
    current: list[Revision] = field(default_factory=list)
    approved_revisions: list[Revision] = field(default_factory=list)
    last: Approval | None = None

    @property
    def current_fingerprint(self) -> str:
        return fingerprint(self.current)

    @property
    def status(self) -> str:
        if not self.current and not self.approved_revisions:
            return "missing"
        current = self.current_fingerprint
        if self.approved_revisions and fingerprint(self.approved_revisions) == current:
            return "approved"
        if self.last is not None and self.last.fingerprint == current \
                and self.last.decision == RETURNED:
            return "returned"
        return "changed" if self.approved_revisions else "pending"

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def period_states(session: Session, period: str,
                  sites: list[str] | None = None) -> dict[str, SiteState]:
    """The approval state of every site that received, had approved, or owes `period`."""
    states: dict[str, SiteState] = {}

    def state(site: str) -> SiteState:
        return states.setdefault(site, SiteState(site))

    cur = select(Report.site_id, Report.device_id, Report.revision, Report.payload_sha256) \
        .where(Report.period == period)
    app = select(ApprovedReport.site_id, ApprovedReport.device_id, ApprovedReport.revision,
                 ApprovedReport.payload_sha256).where(ApprovedReport.period == period)
    last = select(Approval).where(Approval.period == period).order_by(Approval.id)
    owed = select(SiteProfile.site_id, SiteProfile.owes)
    if sites is not None:
        cur = cur.where(Report.site_id.in_(sites))
        app = app.where(ApprovedReport.site_id.in_(sites))
        last = last.where(Approval.site_id.in_(sites))
        owed = owed.where(SiteProfile.site_id.in_(sites))
    kind = period_kind(period)
    for site, owes in session.execute(owed):
        if kind in owes.split(","):
            state(site)
    for site, device, revision, sha in session.execute(cur):
        state(site).current.append((device, revision, sha))
    for site, device, revision, sha in session.execute(app):
        state(site).approved_revisions.append((device, revision, sha))
    for row in session.scalars(last):
        state(row.site_id).last = row
    return dict(sorted(states.items()))


def history(session: Session, site: str, period: str) -> list[Approval]:
    return list(session.scalars(select(Approval).where(
        Approval.site_id == site, Approval.period == period).order_by(Approval.id.desc())))


def clean_comment(comment: str) -> str:
    text = "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in comment or "")
    return text.strip()[:MAX_COMMENT]


def decide(session: Session, site: str, period: str, decision: str, comment: str,
           expected_fingerprint: str, admin_name: str) -> Approval:
    """Approve or return the site's current revisions; commits. Raises ApiError (409) when
    the figures changed since they were shown, or nothing was received."""
    if decision not in (APPROVED, RETURNED):
        raise ApiError(422, "invalid_decision", "Bitte „freigeben“ oder „zurückgeben“ wählen.")
    comment = clean_comment(comment)
    if decision == RETURNED and not comment:
        raise ApiError(422, "comment_required",
                       "Bitte beim Zurückgeben in einem Kommentar sagen, was zu prüfen ist.")
    # Lock the site's current reports: a parallel upload waits until this decision is
    # stored (PostgreSQL; SQLite writes one at a time anyway).
    rows = list(session.execute(
        select(Report.id, Report.device_id, Report.revision, Report.payload_sha256,
               Report.payload_json.contains(TOTALS_ONLY_MARK, autoescape=True))
        .where(Report.site_id == site, Report.period == period)
        .order_by(Report.id).with_for_update()))
    if not rows:
        raise ApiError(409, "nothing_received",
                       "Für diese Beratungsstelle ist in diesem Zeitraum nichts eingegangen.")
    revisions = [(d, r, s) for _id, d, r, s, _t in rows]
    current = fingerprint(revisions)
    if current != expected_fingerprint:
        raise ApiError(409, "figures_changed",
                       "Inzwischen ist eine neue Fassung eingegangen. Bitte die Zahlen "
                       "erneut prüfen.")
    approval = Approval(site_id=site, period=period, decision=decision, comment=comment,
                        fingerprint=current,
                        revisions="\n".join(f"{d}:{r}:{s}" for d, r, s in sorted(revisions)),
                        admin_name=admin_name, decided_at=utcnow())
    session.add(approval)
    session.flush()
    if decision == APPROVED:
        session.execute(delete(ApprovedReport).where(ApprovedReport.site_id == site,
                                                     ApprovedReport.period == period))
        for report_id, device, revision, sha, totals_only in rows:
            copy = ApprovedReport(approval_id=approval.id, site_id=site, period=period,
                                  device_id=device, revision=revision, payload_sha256=sha,
                                  totals_only=bool(totals_only))
            session.add(copy)
            session.flush()
            session.execute(insert(ApprovedCell).from_select(
                ["report_id", "measure", "dimension", "category", "value", "suppressed"],
                select(literal(copy.id), ReportCell.measure, ReportCell.dimension,
                       ReportCell.category, ReportCell.value, ReportCell.suppressed)
                .where(ReportCell.report_id == report_id)))
    session.commit()
    return approval


def when(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.strftime("%d.%m.%Y %H:%M UTC")
