"""`mfd-server`: init-db, serve, enroll-code, export, create-admin, remove-admin,
list-sessions, revoke-sessions, revoke-device, list-devices, prune, declare-site,
list-sites, status.

Every command takes `--db URL` (else MFD_SERVER_DB, else sqlite:///mfd-server.db).
Expected failures print one German line and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import logging
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import delete, or_, select

from mfd_desktop.stats.payload import period_kind
from mfd_server import __version__, aggregate
from mfd_server.config import ServerConfig
from mfd_server.db import (
    ENV_DB_URL,
    is_initialised,
    make_engine,
    resolve_db_url,
    session_factory,
    upgrade,
)
from mfd_server.models import (
    Admin,
    AdminSession,
    Device,
    EnrollmentCode,
    IdempotencyRecord,
    Report,
    Site,
    utcnow,
)
from mfd_server.security import code_hash, hash_password, new_enrollment_code

SITE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}\Z")
IDENTITY_PATTERN = re.compile(r"^[0-9a-f]{32}\Z")

log = logging.getLogger("mfd_server.cli")
MIN_PASSWORD = 12


class CliError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"mfd-server: Aufruf fehlerhaft: {message}\n")
        raise SystemExit(2)


# Engines opened by this command; `main` closes their connections when it ends (an
# in-process caller such as the tests would otherwise keep each pool open).
_OPENED: list = []


def _sessions(args):
    url = resolve_db_url(getattr(args, "db", None))
    engine = make_engine(url)
    _OPENED.append(engine)
    if not is_initialised(engine):
        raise CliError("Die Datenbank ist noch nicht eingerichtet: zuerst „mfd-server init-db“.")
    return engine, session_factory(engine)


def _upgrade(url: str) -> None:
    try:
        upgrade(url)
    except OSError as exc:
        raise CliError(f"Die Datenbankdatei lässt sich nicht anlegen: {exc.strerror}.") from None


def cmd_init_db(args) -> int:
    url = resolve_db_url(getattr(args, "db", None))
    _upgrade(url)
    print("Datenbank eingerichtet (Schema aktuell).")
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    url = resolve_db_url(getattr(args, "db", None))
    proxies = tuple(args.trusted_proxy or ())
    if any(p.strip() in ("", "*") for p in proxies):
        raise CliError("--trusted-proxy: bitte jeden Proxy mit Adresse oder Netz nennen "
                       "(„*“ ist nicht erlaubt).")
    _upgrade(url)
    tls = bool(args.tls_cert or args.tls_key)
    if tls and not (args.tls_cert and args.tls_key):
        raise CliError("Für TLS bitte --tls-cert und --tls-key angeben.")
    secure = tls or args.secure_cookies
    if args.workers > 1:
        os.environ[ENV_DB_URL] = url
        if secure:
            os.environ["MFD_SERVER_SECURE_COOKIES"] = "1"
        os.environ["MFD_SERVER_K"] = str(args.k)
        os.environ["MFD_SERVER_TRUSTED_PROXIES"] = ",".join(proxies)
        # proxy_headers=False: X-Forwarded-For is handled by the app, and only from the
        # proxies named with --trusted-proxy (uvicorn would trust 127.0.0.1 by default).
        uvicorn.run("mfd_server.asgi:app_factory", factory=True, host=args.host, port=args.port,
                    workers=args.workers, ssl_certfile=args.tls_cert, ssl_keyfile=args.tls_key,
                    proxy_headers=False, log_level=args.log_level)
        return 0
    from mfd_server.app import create_app

    app = create_app(ServerConfig(db_url=url, k=args.k, secure_cookies=secure,
                                  trusted_proxies=proxies))
    uvicorn.run(app, host=args.host, port=args.port, ssl_certfile=args.tls_cert,
                ssl_keyfile=args.tls_key, proxy_headers=False, log_level=args.log_level)
    return 0


def cmd_enroll_code(args) -> int:
    if not SITE_PATTERN.match(args.site):
        raise CliError("Der Name der Beratungsstelle darf nur Buchstaben, Ziffern, - und _ "
                       "enthalten (höchstens 64 Zeichen).")
    if not 1 <= args.days <= 365:
        raise CliError("--days muss zwischen 1 und 365 liegen.")
    takeover = args.takeover
    if takeover is not None and not IDENTITY_PATTERN.match(takeover):
        raise CliError("--takeover: die Statistik-Kennung besteht aus 32 Zeichen 0–9 und a–f "
                       "(siehe „mfd-server list-devices --with-identity“).")
    _engine, sessions = _sessions(args)
    code = new_enrollment_code()
    with sessions() as session:
        if takeover is not None:
            known = session.scalar(select(Device.id).where(
                Device.stats_identity == takeover, Device.site_id == args.site).limit(1))
            if known is None:
                known = session.scalar(select(Report.id).where(
                    Report.device_id == takeover, Report.site_id == args.site).limit(1))
            if known is None:
                raise CliError(f"Unter dieser Statistik-Kennung hat für „{args.site}“ noch "
                               "kein Gerät gemeldet.")
        if session.get(Site, args.site) is None:
            session.add(Site(id=args.site))
            session.flush()
        session.add(EnrollmentCode(code_hash=code_hash(code), site_id=args.site,
                                   expires_at=utcnow() + dt.timedelta(days=args.days),
                                   takeover_identity=takeover))
        session.commit()
    print(code)
    if takeover is not None:
        log.warning("takeover enrolment code issued for statistics identity %s (site %s)",
                    takeover, args.site)
        sys.stderr.write(f"Einmaliger Übernahme-Anmeldecode für „{args.site}“, gültig "
                         f"{args.days} Tage: das damit angemeldete Gerät übernimmt die "
                         f"Statistik-Kennung {takeover}; das bisherige Gerät wird gesperrt.\n")
    else:
        sys.stderr.write(f"Einmaliger Anmeldecode für „{args.site}“, gültig {args.days} Tage.\n")
    return 0


def cmd_export(args) -> int:
    if period_kind(args.period) is None:
        raise CliError("Zeitraum bitte wie 2026-Q1, 2026-H1, 2026 oder 2026-03 angeben.")
    if args.format == "dhis2" and not args.mapping:
        sys.stderr.write("mfd-server: Aufruf fehlerhaft: --format dhis2 braucht "
                         "--mapping DATEI (Zuordnung zu DHIS2, siehe docs/server.md).\n")
        return 2
    if args.mapping and args.format != "dhis2":
        sys.stderr.write("mfd-server: Aufruf fehlerhaft: --mapping gilt nur mit "
                         "--format dhis2.\n")
        return 2
    mapping = None
    if args.format == "dhis2":
        from mfd_server import dhis2

        try:
            mapping = dhis2.load_mapping(Path(args.mapping))
        except dhis2.MappingError as exc:
            raise CliError(str(exc)) from None
    _engine, sessions = _sessions(args)
    sites = args.site or None
    approved = bool(args.approved_only)
    with sessions() as session:
        if mapping is not None:
            from mfd_server import dhis2

            doc = dhis2.data_value_set(session, args.period, mapping, sites)
            sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
            left_out = any(mark in doc["comment"] for mark in ("Nicht ", "Ohne orgUnit"))
            sys.stderr.write(f"{len(doc['dataValues'])} Werte im DHIS2-dataValueSet "
                             f"(Zeitraum {doc['period']}), nur freigegebene Zahlen.")
            sys.stderr.write(" Ausgelassenes steht im Kommentar (comment).\n" if left_out
                             else "\n")
            return 0
        if args.format == "json":
            text = aggregate.export_json(session, args.period, sites, approved=approved) + "\n"
        else:
            text = aggregate.export_csv(session, args.period, sites, approved=approved)
        cells = (aggregate.approved_totals(session, args.period, sites) if approved
                 else aggregate.totals(session, args.period, sites))
    sys.stdout.write(text)
    lower = sum(1 for c in cells if c.lower_bound)
    if lower:
        sys.stderr.write(f"Hinweis: {lower} Summen sind Untergrenzen (lower_bound=true, "
                         "shown „mindestens N“ oder „.“), weil an Beratungsstellen Werte aus "
                         "Datenschutzgründen nicht ausgewiesen waren.\n")
    return 0


def cmd_declare_site(args) -> int:
    from mfd_server import sites as site_rules

    _engine, sessions = _sessions(args)
    with sessions() as session:
        try:
            profile = site_rules.declare_site(session, args.site, args.name, args.traeger,
                                              args.owes)
        except site_rules.SiteError as exc:
            raise CliError(str(exc)) from None
        session.commit()
        owes = ", ".join(site_rules.KIND_LABELS[k] for k in profile.owes.split(",") if k)
    print(f"Beratungsstelle „{args.site}“ erklärt: {profile.name}, Träger {profile.traeger}, "
          f"berichtet je {owes or '– (nichts)'}.")
    return 0


def cmd_list_sites(args) -> int:
    from mfd_server.models import SiteProfile

    _engine, sessions = _sessions(args)
    with sessions() as session:
        profiles = {p.site_id: p for p in session.scalars(select(SiteProfile))}
        for site in session.scalars(select(Site.id).order_by(Site.id)):
            p = profiles.get(site)
            if p is None:
                print(f"{site}\t-\t-\tnicht erklärt")
            else:
                print(f"{site}\t{p.name}\t{p.traeger}\t{p.owes or '-'}")
    return 0


def cmd_status(args) -> int:
    from mfd_server import sites as site_rules

    if period_kind(args.period) is None:
        raise CliError("Zeitraum bitte wie 2026-Q1, 2026-H1, 2026 oder 2026-03 angeben.")
    if not 0 <= args.due_days <= 365:
        raise CliError("--due-days muss zwischen 0 und 365 liegen.")
    _engine, sessions = _sessions(args)
    with sessions() as session:
        status = site_rules.period_status(session, args.period, due_days=args.due_days)
    if args.format == "json":
        doc = {"period": status.period, "expected": status.expected,
               "received_expected": status.received_expected,
               "reporting_rate_percent": (None if status.rate is None
                                          else round(status.rate, 1)),
               "overdue": status.overdue, "approved": status.approved,
               "sites": [{"site": s.site_id, "name": s.name, "traeger": s.traeger,
                          "owes": s.owes, "expected_devices": s.expected,
                          "received_reports": s.received, "last_revision": s.last_revision,
                          "last_contact": (s.last_contact.isoformat().replace("+00:00", "Z")
                                           if s.last_contact else None),
                          "overdue": s.overdue, "approval": s.approval}
                         for s in status.sites]}
        print(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    print("Beratungsstelle\tTräger\terwartet\teingegangen\tletzte Fassung\tletzter Kontakt"
          "\tüberfällig\tFreigabe")
    for s in status.sites:
        print(f"{s.site_id}\t{s.traeger or '-'}\t{s.expected if s.owes else 'nicht erwartet'}"
              f"\t{s.received}\t{s.last_revision or '-'}\t{_when(s.last_contact) or '-'}"
              f"\t{'ja' if s.overdue else 'nein'}\t{s.approval_label}")
    sys.stderr.write(f"{status.period}: Berichtsquote {status.rate_text} "
                     f"({status.received_expected} von {status.expected} erwarteten "
                     f"Berichten), {status.overdue} Beratungsstelle(n) überfällig, "
                     f"{status.approved} freigegeben.\n")
    return 0


def _read_password(args) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Neues Passwort: ")
        if getpass.getpass("Passwort wiederholen: ") != password:
            raise CliError("Die beiden Passwörter stimmen nicht überein.")
    if len(password) < MIN_PASSWORD:
        raise CliError(f"Das Passwort muss mindestens {MIN_PASSWORD} Zeichen lang sein.")
    return password


def _role_args(args, session) -> tuple[str | None, str | None, list[str]]:
    from mfd_server import sites as site_rules
    from mfd_server.models import ROLE_SITE_ADMIN, ROLE_TRAEGER_ADMIN

    role = args.role
    traeger = None
    site_ids = list(args.site or [])
    if role == ROLE_TRAEGER_ADMIN:
        if not args.traeger:
            raise CliError("Für --role traeger_admin bitte --traeger NAME angeben.")
        try:
            traeger = site_rules.clean_name(args.traeger, "den Träger")
        except site_rules.SiteError as exc:
            raise CliError(str(exc)) from None
    elif args.traeger:
        raise CliError("--traeger gilt nur mit --role traeger_admin.")
    if role == ROLE_SITE_ADMIN:
        if not site_ids:
            raise CliError("Für --role site_admin bitte mindestens eine --site angeben.")
        for site in site_ids:
            if session.get(Site, site) is None:
                raise CliError(f"Eine Beratungsstelle „{site}“ kennt der Server nicht.")
    elif site_ids:
        raise CliError("--site gilt nur mit --role site_admin.")
    return role, traeger, site_ids


def cmd_create_admin(args) -> int:
    from mfd_server.models import AdminSite

    if not SITE_PATTERN.match(args.username):
        raise CliError("Benutzername: nur Buchstaben, Ziffern, - und _.")
    _engine, sessions = _sessions(args)
    with sessions() as session:
        role, traeger, site_ids = _role_args(args, session)
    password = _read_password(args)
    with sessions() as session:
        admin = session.scalars(select(Admin).where(Admin.username == args.username)).first()
        if admin is None:
            admin = Admin(username=args.username, password_hash=hash_password(password),
                          role=role or "umbrella_admin", traeger=traeger)
            session.add(admin)
            session.flush()
            message = f"Administrator „{args.username}“ angelegt."
        else:
            admin.password_hash = hash_password(password)
            if role:
                admin.role, admin.traeger = role, traeger
            ended = session.execute(delete(AdminSession)
                                    .where(AdminSession.admin_id == admin.id)).rowcount
            message = (f"Passwort von „{args.username}“ geändert; {ended} Sitzung(en) "
                       "beendet.")
            log.info("password of admin %s changed, %d session(s) ended", admin.id, ended)
        if role:
            session.execute(delete(AdminSite).where(AdminSite.admin_id == admin.id))
            for site in site_ids:
                session.add(AdminSite(admin_id=admin.id, site_id=site))
        session.commit()
        from mfd_server.access import ROLE_LABELS

        message += f" Rolle: {ROLE_LABELS.get(admin.role, admin.role)}"
        if admin.traeger:
            message += f" ({admin.traeger})"
        if role and site_ids:
            message += f" ({', '.join(site_ids)})"
        message += "."
    print(message)
    return 0


def cmd_remove_admin(args) -> int:
    _engine, sessions = _sessions(args)
    with sessions() as session:
        admin = session.scalars(select(Admin).where(Admin.username == args.username)).first()
        if admin is None:
            raise CliError(f"Einen Administrator „{args.username}“ gibt es nicht.")
        ended = session.execute(delete(AdminSession)
                                .where(AdminSession.admin_id == admin.id)).rowcount
        session.delete(admin)
        session.commit()
        log.info("admin %s removed, %d session(s) ended", admin.id, ended)
    print(f"Administrator „{args.username}“ entfernt; {ended} Sitzung(en) beendet.")
    return 0


def cmd_list_sessions(args) -> int:
    _engine, sessions = _sessions(args)
    with sessions() as session:
        rows = session.execute(
            select(AdminSession.id_hash, Admin.username, AdminSession.created_at,
                   AdminSession.expires_at)
            .join(Admin, Admin.id == AdminSession.admin_id)
            .where(AdminSession.expires_at >= utcnow())
            .order_by(Admin.username, AdminSession.created_at)).all()
    for id_hash, username, created, expires in rows:
        print(f"{id_hash[:12]}\t{username}\t{_when(created)}\t{_when(expires)}")
    if not rows:
        sys.stderr.write("Keine offenen Sitzungen.\n")
    return 0


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.strftime("%d.%m.%Y %H:%M UTC")


def cmd_revoke_sessions(args) -> int:
    _engine, sessions = _sessions(args)
    with sessions() as session:
        stmt = delete(AdminSession)
        if not args.all:
            conditions = []
            if args.admin:
                admin = session.scalars(select(Admin).where(Admin.username == args.admin)).first()
                if admin is None:
                    raise CliError(f"Einen Administrator „{args.admin}“ gibt es nicht.")
                conditions.append(AdminSession.admin_id == admin.id)
            if args.session:
                if not re.fullmatch(r"[0-9a-f]{6,64}", args.session):
                    raise CliError("--session: die Kennung aus „mfd-server list-sessions“ "
                                   "(mindestens 6 Zeichen 0–9, a–f).")
                conditions.append(AdminSession.id_hash.startswith(args.session))
            stmt = stmt.where(or_(*conditions))
        ended = session.execute(stmt).rowcount
        session.commit()
    log.info("%d admin session(s) revoked", ended)
    print(f"{ended} Sitzung(en) beendet.")
    return 0


def cmd_revoke_device(args) -> int:
    _engine, sessions = _sessions(args)
    with sessions() as session:
        device = session.get(Device, args.device_id)
        if device is None:
            raise CliError("Dieses Gerät kennt der Server nicht.")
        if device.revoked_at is None:
            device.revoked_at = utcnow()
            session.commit()
    print(f"Gerät {args.device_id} gesperrt.")
    return 0


def cmd_list_devices(args) -> int:
    _engine, sessions = _sessions(args)
    with sessions() as session:
        for d in session.scalars(select(Device).order_by(Device.site_id, Device.created_at)):
            state = "gesperrt" if d.revoked_at else "aktiv"
            if args.with_identity:
                print(f"{d.id}\t{d.site_id}\t{state}\t{d.stats_identity or '-'}")
            else:
                print(f"{d.id}\t{d.site_id}\t{state}")
    return 0


def cmd_prune(args) -> int:
    if not 30 <= args.days <= 3650:
        raise CliError("--days muss zwischen 30 und 3650 liegen.")
    _engine, sessions = _sessions(args)
    cutoff = utcnow() - dt.timedelta(days=args.days)
    with sessions() as session:
        records = session.execute(delete(IdempotencyRecord)
                                  .where(IdempotencyRecord.created_at < cutoff)).rowcount
        expired = session.execute(delete(AdminSession)
                                  .where(AdminSession.expires_at < utcnow())).rowcount
        session.commit()
    print(f"{records} alte Idempotenz-Einträge und {expired} abgelaufene Sitzungen gelöscht.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help=f"Datenbank-URL (sonst {ENV_DB_URL} oder sqlite:///mfd-server.db)")
    parser = _Parser(prog="mfd-server", parents=[common],
                     description="Zentraler Statistik-Server für MFD Desktop.")
    parser.add_argument("--version", action="version", version=f"mfd-server {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("init-db", parents=[common], help="Datenbank anlegen oder aktualisieren")
    p.set_defaults(handler=cmd_init_db)

    p = sub.add_parser("serve", parents=[common], help="Server starten")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--tls-cert", metavar="DATEI")
    p.add_argument("--tls-key", metavar="DATEI")
    p.add_argument("--secure-cookies", action="store_true",
                   help="Cookies nur über HTTPS (hinter einem TLS-Proxy setzen)")
    p.add_argument("--k", type=int, default=5, help="Geheimhaltungsgrenze (mindestens 5)")
    p.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))
    p.add_argument("--trusted-proxy", action="append", metavar="ADRESSE",
                   help="X-Forwarded-For nur von diesem Proxy glauben (Adresse oder Netz, "
                        "mehrfach möglich; ohne: von niemandem)")
    p.set_defaults(handler=cmd_serve)

    p = sub.add_parser("enroll-code", parents=[common], help="einmaligen Anmeldecode erzeugen")
    p.add_argument("--site", required=True, help="Kennung der Beratungsstelle")
    p.add_argument("--days", type=int, default=14, help="gültig für N Tage (Standard 14)")
    p.add_argument("--takeover", metavar="KENNUNG",
                   help="das neu angemeldete Gerät übernimmt diese Statistik-Kennung "
                        "(neu eingerichteter Laptop); das bisherige Gerät wird gesperrt")
    p.set_defaults(handler=cmd_enroll_code)

    p = sub.add_parser("export", parents=[common], help="Summen eines Zeitraums ausgeben")
    p.add_argument("--period", required=True)
    p.add_argument("--site", action="append", help="nur diese Beratungsstelle(n); mehrfach möglich")
    p.add_argument("--format", choices=("csv", "json", "dhis2"), default="csv")
    p.add_argument("--mapping", metavar="DATEI",
                   help="Zuordnung zu DHIS2 (TOML, nur mit --format dhis2; siehe docs/server.md)")
    p.add_argument("--approved-only", action="store_true",
                   help="nur die vom Träger freigegebenen Fassungen (dhis2: immer)")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("declare-site", parents=[common],
                       help="Beratungsstelle mit Träger und Berichtszeiträumen erklären")
    p.add_argument("--site", required=True, help="Kennung der Beratungsstelle")
    p.add_argument("--name", required=True, help="Name der Beratungsstelle")
    p.add_argument("--traeger", required=True, help="Träger")
    p.add_argument("--owes", default="quarter,year",
                   help="geschuldete Zeiträume: quarter, half_year, year, month "
                        "(mit Komma; Standard quarter,year)")
    p.set_defaults(handler=cmd_declare_site)

    p = sub.add_parser("list-sites", parents=[common], help="Beratungsstellen auflisten")
    p.set_defaults(handler=cmd_list_sites)

    p = sub.add_parser("status", parents=[common],
                       help="erwartete und eingegangene Berichte eines Zeitraums")
    p.add_argument("--period", required=True)
    p.add_argument("--due-days", type=int, default=30,
                   help="überfällig N Tage nach Ende des Zeitraums (Standard 30)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("create-admin", parents=[common], help="Administrator anlegen / Passwort setzen")
    p.add_argument("--username", default="admin")
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument("--role", choices=("umbrella_admin", "traeger_admin", "site_admin", "reader"),
                   help="Rolle (neu angelegt ohne --role: umbrella_admin, alle Rechte)")
    p.add_argument("--traeger", metavar="NAME", help="Träger (mit --role traeger_admin)")
    p.add_argument("--site", action="append", metavar="KENNUNG",
                   help="Beratungsstelle (mit --role site_admin; mehrfach möglich)")
    p.set_defaults(handler=cmd_create_admin)

    p = sub.add_parser("remove-admin", parents=[common],
                       help="Administrator entfernen (beendet seine Sitzungen)")
    p.add_argument("--username", required=True)
    p.set_defaults(handler=cmd_remove_admin)

    p = sub.add_parser("list-sessions", parents=[common], help="offene Admin-Sitzungen auflisten")
    p.set_defaults(handler=cmd_list_sessions)

    p = sub.add_parser("revoke-sessions", parents=[common], help="Admin-Sitzungen beenden")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--admin", metavar="NAME", help="alle Sitzungen dieses Administrators")
    which.add_argument("--session", metavar="KENNUNG", help="eine Sitzung (aus list-sessions)")
    which.add_argument("--all", action="store_true", help="alle Sitzungen")
    p.set_defaults(handler=cmd_revoke_sessions)

    p = sub.add_parser("revoke-device", parents=[common], help="Gerät sperren")
    p.add_argument("device_id")
    p.set_defaults(handler=cmd_revoke_device)

    p = sub.add_parser("prune", parents=[common],
                       help="alte Idempotenz-Einträge und abgelaufene Sitzungen löschen")
    p.add_argument("--days", type=int, default=365,
                   help="Idempotenz-Einträge älter als N Tage löschen (Standard 365)")
    p.set_defaults(handler=cmd_prune)

    p = sub.add_parser("list-devices", parents=[common], help="Geräte auflisten")
    p.add_argument("--with-identity", action="store_true",
                   help="auch die Statistik-Kennung jedes Geräts ausgeben (für --takeover)")
    p.set_defaults(handler=cmd_list_devices)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    level = getattr(args, "log_level", "info").upper()
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        return int(args.handler(args) or 0)
    except CliError as exc:
        sys.stderr.write(f"mfd-server: {exc}\n")
        return 1
    finally:
        while _OPENED:
            _OPENED.pop().dispose()


if __name__ == "__main__":
    raise SystemExit(main())
