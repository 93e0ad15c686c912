"""Admin web pages (German, server-rendered, no JavaScript).

Login with an Argon2id-hashed password; the session id lives in an HttpOnly,
SameSite=Strict cookie (Secure over TLS) and only its SHA-256 is stored. Every form
carries a CSRF token: the session's token after login, a double-submit cookie on the
login form itself. Pages send a strict Content-Security-Policy (no scripts at all).
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging
import re
import secrets
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from mfd_desktop.stats import vocabulary
from mfd_desktop.stats.payload import MEASURES, period_kind
from mfd_server import aggregate, approval, periods
from mfd_server.access import Viewer, viewer_for
from mfd_server.config import ServerConfig
from mfd_server.db import as_utc
from mfd_server.errors import ApiError
from mfd_server.models import Admin, AdminSession, ApprovedReport, Device, Report, utcnow
from mfd_server.security import (
    RateLimiter,
    dummy_verify,
    password_tag,
    sha256_hex,
    verify_password,
)

log = logging.getLogger("mfd_server.admin")

USERNAME = re.compile(r"[A-Za-z0-9_-]{1,64}")  # as `mfd-server create-admin` allows
DEVICE_ID = re.compile(r"[0-9a-f]{32}")
SESSION_COOKIE = "mfd_admin"
LOGIN_CSRF_COOKIE = "mfd_login_csrf"

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class _LoginRequired(Exception):
    pass


def install_admin(app: FastAPI, config: ServerConfig, sessions: sessionmaker[Session]) -> None:
    templates = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
    login_limiter = RateLimiter(config.anon_rate_per_minute, config.anon_burst)

    def secure(request: Request) -> bool:
        return config.secure_cookies or request.url.scheme == "https"

    def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("admin", None)
        response = templates.TemplateResponse(request, name, context, status_code=status)
        response.headers.update(SECURITY_HEADERS)
        return response

    def current(request: Request, session: Session) -> tuple[Admin, AdminSession]:
        sid = request.cookies.get(SESSION_COOKIE)
        if not sid:
            raise _LoginRequired
        row = session.get(AdminSession, sha256_hex(sid))
        if row is None or as_utc(row.expires_at) < utcnow():
            raise _LoginRequired
        admin = session.get(Admin, row.admin_id)
        if admin is None:
            raise _LoginRequired
        # The password changed since this login (or the session predates the tag).
        if row.password_tag is None or not hmac.compare_digest(
                row.password_tag, password_tag(admin.password_hash)):
            session.delete(row)
            session.commit()
            raise _LoginRequired
        return admin, row

    def viewer_of(session: Session, admin: Admin) -> Viewer:
        return viewer_for(session, admin)

    def check_csrf(row: AdminSession, token: str) -> None:
        if not hmac.compare_digest(row.csrf_token.encode(), (token or "").encode()):
            raise ApiError(403, "csrf_failed",
                           "Das Formular ist abgelaufen. Bitte die Seite neu laden.")

    @app.exception_handler(_LoginRequired)
    async def _to_login(_request: Request, _exc: _LoginRequired) -> Response:
        return RedirectResponse("/admin/login", status_code=303)

    @app.get("/admin/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(request: Request) -> Response:
        token = secrets.token_urlsafe(32)
        response = render(request, "login.html", csrf=token, error=None)
        response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict",
                            secure=secure(request), path="/admin")
        return response

    @app.post("/admin/login", include_in_schema=False)
    def login(request: Request, username: str = Form(""), password: str = Form(""),
              csrf: str = Form("")) -> Response:
        cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not cookie or not hmac.compare_digest(cookie.encode(), csrf.encode()):
            return render(request, "login.html", status=403, csrf=cookie or "",
                          error="Das Formular ist abgelaufen. Bitte die Seite neu laden.")
        host = request.client.host if request.client else "unknown"
        if login_limiter.check("login:" + host):
            return render(request, "login.html", status=429, csrf=cookie,
                          error="Zu viele Anmeldeversuche. Bitte in einer Minute erneut.")
        with sessions() as session:
            admin = None
            if USERNAME.fullmatch(username):  # anything else (NUL, …) never reaches the DB
                admin = session.scalars(select(Admin).where(Admin.username == username)).first()
            if admin is None:
                dummy_verify(password)
                ok = False
            else:
                ok = verify_password(password, admin.password_hash)
            if not ok:
                log.info("admin login refused")
                return render(request, "login.html", status=401, csrf=cookie,
                              error="Benutzername oder Passwort stimmt nicht.")
            sid = secrets.token_urlsafe(32)
            session.execute(delete(AdminSession).where(AdminSession.expires_at < utcnow()))
            session.add(AdminSession(id_hash=sha256_hex(sid), admin_id=admin.id,
                                     csrf_token=secrets.token_urlsafe(32),
                                     password_tag=password_tag(admin.password_hash),
                                     expires_at=utcnow() + dt.timedelta(hours=config.session_hours)))
            session.commit()
            log.info("admin %s logged in", admin.id)
        response = RedirectResponse("/admin/", status_code=303)
        response.set_cookie(SESSION_COOKIE, sid, httponly=True, samesite="strict",
                            secure=secure(request), path="/admin",
                            max_age=config.session_hours * 3600)
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/admin")
        return response

    @app.post("/admin/logout", include_in_schema=False)
    def logout(request: Request, csrf: str = Form("")) -> Response:
        with sessions() as session:
            _admin, row = current(request, session)
            check_csrf(row, csrf)
            session.delete(row)
            session.commit()
        response = RedirectResponse("/admin/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/admin")
        return response

    @app.get("/admin", include_in_schema=False)
    def admin_root() -> Response:
        return RedirectResponse("/admin/", status_code=303)

    @app.get("/admin/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request) -> Response:
        with sessions() as session:
            admin, row = current(request, session)
            viewer = viewer_of(session, admin)
            period_rows = scoped_periods(session, viewer)
            devices = revoked = 0
            if viewer.manages_devices:
                count = select(func.count(Device.id))
                if viewer.sites is not None:
                    count = count.where(Device.site_id.in_(viewer.scope_list() or []))
                devices = session.scalar(count) or 0
                revoked = session.scalar(count.where(Device.revoked_at.is_not(None))) or 0
        return render(request, "overview.html", admin=admin, viewer=viewer, csrf=row.csrf_token,
                      periods=period_rows, devices=devices, revoked=revoked)

    def check_period(period: str) -> None:
        if period_kind(period) is None:
            raise ApiError(404, "not_found", "Diesen Zeitraum gibt es nicht.")

    def wants_approved(viewer: Viewer, stand: str | None) -> bool:
        # the reader sees approved figures only; the others choose (default: received)
        return viewer.is_reader or stand == "freigegeben"

    def scoped_cells(session: Session, viewer: Viewer, period: str,
                     approved: bool) -> list[aggregate.TotalCell]:
        scope = viewer.scope_list()
        if scope == []:
            return []
        if approved:
            return aggregate.approved_totals(session, period, scope)
        return aggregate.totals(session, period, scope)

    @app.get("/admin/periods/{period}", response_class=HTMLResponse, include_in_schema=False)
    def period_page(request: Request, period: str, stand: str | None = None) -> Response:
        check_period(period)
        with sessions() as session:
            admin, row = current(request, session)
            viewer = viewer_of(session, admin)
            approved = wants_approved(viewer, stand)
            cells = scoped_cells(session, viewer, period, approved)
            states = approval.period_states(session, period, viewer.scope_list())
            if approved:
                sites = [aggregate.SiteReport(site, len(st.approved_revisions),
                                              ", ".join(str(r) for _d, r, _s in
                                                        sorted(st.approved_revisions)),
                                              st.status_label)
                         for site, st in states.items() if st.approved_revisions]
                missing = [(site, st.status_label) for site, st in states.items()
                           if not st.approved_revisions]
            else:
                sites = [s for s in aggregate.reporting_sites(session, period)
                         if viewer.in_scope(s.site_id)]
                missing = []
        groups: list[dict[str, Any]] = []
        for measure in [*MEASURES, *sorted({c.measure for c in cells} - set(MEASURES))]:
            m_cells = [c for c in cells if c.measure == measure]
            if not m_cells:
                continue
            dims = []
            for dim in dict.fromkeys(c.dimension for c in m_cells):
                d_cells = sorted((c for c in m_cells if c.dimension == dim),
                                 key=lambda c: (-c.value, c.category))
                top = max((c.value for c in d_cells), default=0) or 1
                label = vocabulary.dimension_label(dim)
                dims.append({"key": dim, "label": label if dim == "total" else f"nach {label}",
                             "cells": d_cells, "max": top})
            groups.append({"key": measure, "label": vocabulary.measure_label(measure),
                           "dims": dims})
        any_lower = any(c.lower_bound and not c.hidden for c in cells)
        any_hidden = any(c.hidden for c in cells)
        suffix = "?stand=freigegeben" if approved and not viewer.is_reader else ""
        return render(request, "period.html", admin=admin, viewer=viewer, csrf=row.csrf_token,
                      period=period, approved=approved, missing=missing, suffix=suffix,
                      groups=groups, sites=sites, any_lower=any_lower, any_hidden=any_hidden,
                      hidden_sign=aggregate.HIDDEN_SIGN, hidden_legend=aggregate.HIDDEN_LEGEND,
                      category_label=vocabulary.category_label,
                      period_label=periods.label(period))

    def download(request: Request, period: str, stand: str | None, fmt: str) -> Response:
        check_period(period)
        with sessions() as session:
            admin, _row = current(request, session)
            viewer = viewer_of(session, admin)
            approved = wants_approved(viewer, stand)
            scope = viewer.scope_list()
            if scope == []:
                scope = ["/"]  # no site in scope: an empty table ("/" is no site id)
            if fmt == "json":
                body = aggregate.export_json(session, period, scope, approved=approved) + "\n"
            else:
                body = "\ufeff" + aggregate.export_csv(session, period, scope,
                                                       approved=approved)
        name = f"mfd-statistik-{period}{'-freigegeben' if approved else ''}.{fmt}"
        media = "application/json" if fmt == "json" else "text/csv; charset=utf-8"
        return Response(body, media_type=media, headers={
            "Content-Disposition": f'attachment; filename="{name}"',
            "Cache-Control": "no-store"})

    @app.get("/admin/periods/{period}/export.csv", include_in_schema=False)
    def period_csv(request: Request, period: str, stand: str | None = None) -> Response:
        return download(request, period, stand, "csv")

    @app.get("/admin/periods/{period}/export.json", include_in_schema=False)
    def period_json(request: Request, period: str, stand: str | None = None) -> Response:
        return download(request, period, stand, "json")

    def scoped_periods(session: Session, viewer: Viewer) -> list[tuple[str, int, int]]:
        """(period, sites with reports, approved sites) for the viewer's sites."""
        scope = viewer.scope_list()
        received = select(Report.period, func.count(func.distinct(Report.site_id))) \
            .group_by(Report.period)
        approved = select(ApprovedReport.period,
                          func.count(func.distinct(ApprovedReport.site_id))) \
            .group_by(ApprovedReport.period)
        if scope is not None:
            received = received.where(Report.site_id.in_(scope))
            approved = approved.where(ApprovedReport.site_id.in_(scope))
        got = {p: int(n) for p, n in session.execute(received)}
        ok = {p: int(n) for p, n in session.execute(approved)}
        keys = set(ok) | (set() if viewer.is_reader else set(got))
        return [(p, got.get(p, 0), ok.get(p, 0)) for p in sorted(keys, reverse=True)]

    @app.get("/admin/devices", response_class=HTMLResponse, include_in_schema=False)
    def devices_page(request: Request) -> Response:
        with sessions() as session:
            admin, row = current(request, session)
            viewer = viewer_of(session, admin)
            if not viewer.manages_devices:
                raise ApiError(403, "forbidden", "Diese Seite ist für Ihre Rolle nicht freigegeben.")
            query = select(Device).order_by(Device.site_id, Device.created_at)
            if viewer.sites is not None:
                query = query.where(Device.site_id.in_(viewer.scope_list() or []))
            devices = session.scalars(query).all()
        return render(request, "devices.html", admin=admin, viewer=viewer, csrf=row.csrf_token,
                      devices=devices)

    @app.post("/admin/devices/{device_id}/revoke", include_in_schema=False)
    def revoke(request: Request, device_id: str, csrf: str = Form("")) -> Response:
        with sessions() as session:
            admin, row = current(request, session)
            check_csrf(row, csrf)
            viewer = viewer_of(session, admin)
            device = session.get(Device, device_id) if DEVICE_ID.fullmatch(device_id) else None
            if device is None or not viewer.manages_devices or not viewer.in_scope(device.site_id):
                raise ApiError(404, "not_found", "Dieses Gerät gibt es nicht.")
            if device.revoked_at is None:
                device.revoked_at = utcnow()
                session.commit()
                log.info("admin %s revoked device %s", admin.id, device_id)
        return RedirectResponse("/admin/devices", status_code=303)

    from mfd_server.umbrella_pages import install_umbrella_pages

    install_umbrella_pages(app, sessions, render=render, current=current,
                           check_csrf=check_csrf, check_period=check_period)
