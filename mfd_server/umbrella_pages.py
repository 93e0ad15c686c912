"""Admin pages of the umbrella workflow: reporting status, a site's figures with the
plausibility findings and the Träger's approval, declared sites.

Who sees what: mfd_server/access.py. Every page checks the viewer's scope; a site
outside it answers 404 as if it did not exist.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mfd_desktop.stats import vocabulary
from mfd_desktop.stats.payload import MEASURES
from mfd_server import aggregate, approval, periods, plausibility
from mfd_server import sites as site_rules
from mfd_server.access import viewer_for
from mfd_server.errors import ApiError
from mfd_server.models import Report, ReportCell, Site, SiteProfile

SITE_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
FINGERPRINT = re.compile(r"[0-9a-f]{64}")


def install_umbrella_pages(app: FastAPI, sessions: sessionmaker[Session], *,
                           render: Callable[..., HTMLResponse], current: Callable[..., Any],
                           check_csrf: Callable[..., None],
                           check_period: Callable[[str], None]) -> None:
    rules = plausibility.load_rules()

    def check_site(viewer, site: str) -> None:
        if not SITE_ID.fullmatch(site) or not viewer.in_scope(site):
            raise ApiError(404, "not_found", "Diese Beratungsstelle gibt es nicht.")

    @app.get("/admin/status/{period}", response_class=HTMLResponse, include_in_schema=False)
    def status_page(request: Request, period: str) -> Response:
        check_period(period)
        with sessions() as session:
            admin, row = current(request, session)
            viewer = viewer_for(session, admin)
            scope = viewer.scope_list()
            status = site_rules.period_status(session, period, sites=scope)
        return render(request, "status.html", admin=admin, viewer=viewer, csrf=row.csrf_token,
                      period=period, period_label=periods.label(period), ps=status,
                      when=approval.when, due_days=site_rules.DUE_DAYS)

    @app.get("/admin/sites/{site}/periods/{period}", response_class=HTMLResponse,
             include_in_schema=False)
    def site_period_page(request: Request, site: str, period: str) -> Response:
        check_period(period)
        with sessions() as session:
            admin, row = current(request, session)
            viewer = viewer_for(session, admin)
            check_site(viewer, site)
            if viewer.is_reader or session.get(Site, site) is None:
                raise ApiError(404, "not_found", "Diese Beratungsstelle gibt es nicht.")
            return site_page(request, session, admin, row, viewer, site, period, None)

    def site_page(request, session, admin, row, viewer, site, period, error,
                  status: int = 200) -> Response:
        profile = session.get(SiteProfile, site)
        state = approval.period_states(session, period, [site]).get(
            site, approval.SiteState(site))
        cells = aggregate.totals(session, period, [site]) if state.current else []
        totals = [c for c in cells if c.dimension == "total"]
        findings = plausibility.site_findings(session, site, period, rules) \
            if state.current else []
        devices = []
        if viewer.sees_devices_of(site):
            devices = device_rows(session, site, period)
        return render(request, "site_period.html", status=status, admin=admin, viewer=viewer,
                      csrf=row.csrf_token, site=site, profile=profile, period=period,
                      period_label=periods.label(period), state=state, totals=totals,
                      findings=findings, summary=plausibility.summary(findings),
                      rules=rules, devices=devices, history=approval.history(session, site, period),
                      measure_label=vocabulary.measure_label, when=approval.when,
                      may_approve=viewer.may_approve(site) and bool(state.current),
                      error=error, hidden_sign=aggregate.HIDDEN_SIGN,
                      hidden_legend=aggregate.HIDDEN_LEGEND)

    def device_rows(session: Session, site: str, period: str) -> list[dict[str, Any]]:
        """Each device report of the site (shown to the site's own admins only)."""
        by_device = {d: (rev, f) for d, rev, f in
                     plausibility.device_findings(session, site, period, rules)}
        rows = []
        for report_id, device, revision, received in session.execute(
                select(Report.id, Report.device_id, Report.revision, Report.received_at)
                .where(Report.site_id == site, Report.period == period)
                .order_by(Report.device_id)):
            values = {m: ("." if s else str(v)) for m, v, s in session.execute(
                select(ReportCell.measure, ReportCell.value, ReportCell.suppressed)
                .where(ReportCell.report_id == report_id, ReportCell.dimension == "total"))}
            findings = by_device.get(device, (revision, []))[1]
            rows.append({"device": device, "revision": revision, "received": received,
                         "totals": [(m, values[m]) for m in MEASURES if m in values],
                         "flagged": [f for f in findings if f.status == plausibility.FLAGGED]})
        return rows

    @app.post("/admin/sites/{site}/periods/{period}/decision", include_in_schema=False)
    def decide(request: Request, site: str, period: str, csrf: str = Form(""),
               decision: str = Form(""), comment: str = Form(""),
               fingerprint: str = Form("")) -> Response:
        check_period(period)
        with sessions() as session:
            admin, row = current(request, session)
            check_csrf(row, csrf)
            viewer = viewer_for(session, admin)
            check_site(viewer, site)
            if not viewer.may_approve(site):
                raise ApiError(403, "forbidden",
                               "Freigeben oder Zurückgeben darf nur der Träger der "
                               "Beratungsstelle.")
            if not FINGERPRINT.fullmatch(fingerprint or ""):
                raise ApiError(422, "invalid_request", "Das Formular ist unvollständig.")
            if len(comment) > 20 * approval.MAX_COMMENT:
                raise ApiError(413, "body_too_large", "Der Kommentar ist zu lang.")
            try:
                approval.decide(session, site, period, decision, comment, fingerprint,
                                admin.username)
            except ApiError as exc:
                session.rollback()
                if exc.status not in (409, 422):
                    raise
                return site_page(request, session, admin, row, viewer, site, period,
                                 exc.detail, status=exc.status)
        return RedirectResponse(f"/admin/sites/{site}/periods/{period}", status_code=303)

    @app.get("/admin/sites", response_class=HTMLResponse, include_in_schema=False)
    def sites_page(request: Request) -> Response:
        with sessions() as session:
            admin, row = current(request, session)
            viewer = viewer_for(session, admin)
            return sites_listing(request, session, admin, row, viewer, None)

    def sites_listing(request, session, admin, row, viewer, error, status: int = 200):
        scope = viewer.scope_list()
        query = select(Site.id).order_by(Site.id)
        if scope is not None:
            query = query.where(Site.id.in_(scope))
        profiles = {p.site_id: p for p in session.scalars(select(SiteProfile))}
        rows = [(s, profiles.get(s)) for s in session.scalars(query)]
        return render(request, "sites.html", status=status, admin=admin, viewer=viewer,
                      csrf=row.csrf_token, rows=rows, error=error,
                      kind_labels=site_rules.KIND_LABELS)

    @app.post("/admin/sites", include_in_schema=False)
    def declare(request: Request, csrf: str = Form(""), site: str = Form(""),
                name: str = Form(""), traeger: str = Form(""),
                owes: Annotated[list[str] | None, Form()] = None) -> Response:
        with sessions() as session:
            admin, row = current(request, session)
            check_csrf(row, csrf)
            viewer = viewer_for(session, admin)
            if not viewer.is_umbrella_admin:
                raise ApiError(403, "forbidden",
                               "Beratungsstellen erklärt nur die Administration des "
                               "Dachverbands.")
            try:
                site_rules.declare_site(session, site, name, traeger,
                                        ",".join(o for o in (owes or [])[:10] if isinstance(o, str)))
                session.commit()
            except site_rules.SiteError as exc:
                session.rollback()
                return sites_listing(request, session, admin, row, viewer, str(exc), 422)
        return RedirectResponse("/admin/sites", status_code=303)
