"""The FastAPI application: API v1 for devices and the admin web pages.

`create_app(config)` builds everything from one `ServerConfig`; no module globals, so
tests start as many independent servers as they like.
"""

from __future__ import annotations

import datetime as dt
import logging
import zlib
from typing import Annotated, Any

import anyio
from fastapi import FastAPI, Header, Path, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mfd_desktop.stats.payload import PERIOD_REGEX, SCHEMA_ID, StatsPayload
from mfd_server import __version__
from mfd_server.config import ServerConfig
from mfd_server.db import as_utc, make_engine, session_factory
from mfd_server.errors import ApiError, BodyTooLarge
from mfd_server.models import Device, EnrollmentCode, utcnow
from mfd_server.reports import check_idempotency_key, put_report
from mfd_server.security import (
    RateLimiter,
    code_hash,
    new_device_id,
    new_device_token,
    sha256_hex,
    split_token,
    token_matches,
)

log = logging.getLogger("mfd_server.api")

PERIOD_PATTERN = PERIOD_REGEX
IDEMPOTENCY_PATTERN = r"^[A-Za-z0-9._:-]{8,128}$"


class ErrorBody(BaseModel):
    detail: str
    code: str


class EnrollRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: Annotated[str, Field(min_length=1, max_length=64)]


class EnrollResponse(BaseModel):
    device_id: str
    token: str
    site_id: str


class Receipt(BaseModel):
    accepted: bool
    device_id: str
    site_id: str
    period: str
    revision: int
    payload_sha256: str
    received_at: str


class Health(BaseModel):
    status: str
    schema_: str = Field(alias="schema")
    version: str


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {c: {"model": ErrorBody} for c in codes}


class BodyLimit:
    """Refuses bodies over the limit: by Content-Length at once, else while streaming."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.limit
                except ValueError:
                    too_big = True
                if too_big:
                    await _send_json(send, BodyTooLarge(self.limit))
                    return
        seen = 0
        limit = self.limit

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, counted, send)


async def _send_json(send: Send, err: ApiError) -> None:
    response = JSONResponse(err.body(), status_code=err.status,
                            headers={**err.headers, "Connection": "close"})
    await response({"type": "http"}, _no_receive, send)


async def _no_receive() -> Message:  # pragma: no cover - never called for a plain response
    return {"type": "http.disconnect"}


def decoded_body(raw: bytes, encoding: str | None, limit: int) -> bytes:
    """The report body, gunzipped when the device sent it compressed (it does: a quarter's
    payload shrinks from ~13 KB to ~2 KB). Decompression stops past `limit`, so a small
    "zip bomb" cannot blow up memory; anything but gzip or no encoding is refused."""
    if not encoding or encoding.strip().lower() == "identity":
        return raw
    if encoding.strip().lower() != "gzip":
        raise ApiError(415, "unsupported_encoding",
                       "Nur unkomprimierte oder gzip-komprimierte Berichte werden angenommen.")
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(raw, limit + 1)
    except zlib.error as exc:
        raise ApiError(400, "bad_encoding",
                       "Der komprimierte Bericht ist beschädigt.") from exc
    if len(out) > limit or inflater.unconsumed_tail:
        raise ApiError(413, "body_too_large",
                       "Der Bericht ist größer als erlaubt.")
    if not inflater.eof:
        raise ApiError(400, "bad_encoding", "Der komprimierte Bericht ist unvollständig.")
    return out


def create_app(config: ServerConfig) -> FastAPI:
    engine = make_engine(config.db_url)
    sessions = session_factory(engine)
    device_limiter = RateLimiter(config.device_rate_per_minute, config.device_burst)
    anon_limiter = RateLimiter(config.anon_rate_per_minute, config.anon_burst)
    # Reports are stored by at most this many threads at once (per worker process); more
    # requests wait in the event loop, not in threads fighting over the GIL, the pool
    # and the database's cores.
    ingest_limiter = anyio.CapacityLimiter(config.ingest_threads)

    app = FastAPI(
        title="MFD Statistik-Server",
        version=__version__,
        description="Nimmt anonymisierte Statistiken (mfd-stats/1 und mfd-stats/2) von MFD Desktop an.",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    app.state.config = config
    app.state.engine = engine
    app.state.sessions = sessions
    app.state.anon_limiter = anon_limiter
    app.add_middleware(BodyLimit, limit=config.max_body_bytes)
    if config.trusted_proxies:
        # Outermost: the client address is rewritten from X-Forwarded-For only when the
        # TCP peer is one of the configured proxies. `mfd-server serve` runs uvicorn
        # without its own proxy handling, so nothing else trusts the header.
        from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=list(config.trusted_proxies))

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": [str(p) for p in e.get("loc", ())], "type": e.get("type", "")}
                  for e in exc.errors()][:20]
        if any(e["loc"][:2] == ["header", "Idempotency-Key"] for e in errors):
            try:
                check_idempotency_key(None)
            except ApiError as err:
                return JSONResponse(err.body(), status_code=err.status)
        if any(e["loc"][:2] == ["path", "period"] for e in errors):
            return JSONResponse({"detail": "Zeitraum bitte wie 2026-Q1, 2026-H1, 2026 oder "
                                           "2026-03 angeben.", "code": "invalid_period"},
                                status_code=422)
        return JSONResponse({"detail": "Die Anfrage ist unvollständig oder fehlerhaft.",
                             "code": "invalid_request", "errors": errors}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        texts = {404: ("not_found", "Diese Adresse gibt es nicht."),
                 405: ("method_not_allowed", "Diese Methode ist hier nicht erlaubt.")}
        code, detail = texts.get(exc.status_code, ("http_error", "Die Anfrage wurde abgelehnt."))
        return JSONResponse({"detail": detail, "code": code}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    def client_key(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    def authenticate(session: Session, authorization: str | None) -> Device:
        unauthorised = ApiError(401, "invalid_token",
                                "Das Gerät ist nicht angemeldet oder der Zugangsschlüssel "
                                "ist ungültig.", headers={"WWW-Authenticate": "Bearer"})
        if not authorization or not authorization.startswith("Bearer "):
            raise unauthorised
        parts = split_token(authorization[7:].strip())
        if parts is None:
            raise unauthorised
        device = session.get(Device, parts[0])
        if device is None or not token_matches(parts[1], device.token_hash):
            raise unauthorised
        if device.revoked_at is not None:
            raise ApiError(403, "device_revoked",
                           "Dieses Gerät wurde vom Server gesperrt. Bitte wenden Sie sich an "
                           "die Administration.")
        return device

    @app.get("/api/v1/health", response_model=Health, tags=["api"])
    def health() -> dict[str, str]:
        with sessions() as session:
            session.execute(text("SELECT 1"))
        return {"status": "ok", "schema": SCHEMA_ID, "version": __version__}

    @app.post("/api/v1/enroll", response_model=EnrollResponse, tags=["api"],
              responses=_errors(400, 404, 409, 410, 413, 422, 429))
    def enroll(body: EnrollRequest, request: Request) -> dict[str, str]:
        wait = anon_limiter.check("enroll:" + client_key(request))
        if wait:
            raise ApiError(429, "rate_limited", "Zu viele Versuche. Bitte später erneut.",
                           headers={"Retry-After": str(wait)})
        with sessions() as session:
            row = session.scalars(select(EnrollmentCode).where(
                EnrollmentCode.code_hash == code_hash(body.code)).with_for_update()).first()
            if row is None:
                raise ApiError(404, "enrollment_code_invalid",
                               "Diesen Anmeldecode kennt der Server nicht. Bitte prüfen.")
            if row.used_at is not None:
                raise ApiError(409, "enrollment_code_used",
                               "Dieser Anmeldecode wurde schon benutzt. Bitte einen neuen "
                               "Code bei der Administration erfragen.")
            if as_utc(row.expires_at) < utcnow():
                raise ApiError(410, "enrollment_code_expired",
                               "Dieser Anmeldecode ist abgelaufen. Bitte einen neuen Code "
                               "bei der Administration erfragen.")
            device_id = new_device_id()
            token = new_device_token(device_id)
            identity = row.takeover_identity
            previous: list[str] = []
            if identity:
                # A reinstalled laptop takes over its statistics identity: the device
                # that held it is revoked and lets go of it.
                previous = list(session.scalars(select(Device.id).where(
                    Device.stats_identity == identity)))
                session.execute(update(Device).where(Device.stats_identity == identity)
                                .values(stats_identity=None,
                                        revoked_at=func.coalesce(Device.revoked_at, utcnow())))
                session.flush()
            session.add(Device(id=device_id, site_id=row.site_id, token_hash=sha256_hex(token),
                               stats_identity=identity))
            session.flush()
            # Only one of two parallel uses of a code can flip used_at.
            claimed = session.execute(
                update(EnrollmentCode)
                .where(EnrollmentCode.id == row.id, EnrollmentCode.used_at.is_(None))
                .values(used_at=utcnow(), device_id=device_id)
            ).rowcount
            if claimed != 1:  # pragma: no cover - race lost
                session.rollback()
                raise ApiError(409, "enrollment_code_used",
                               "Dieser Anmeldecode wurde schon benutzt.")
            session.commit()
            log.info("device %s enrolled for site %s", device_id, row.site_id)
            if identity:
                log.warning("statistics identity %s taken over by device %s (site %s) with "
                            "an administrator's takeover code; revoked: %s", identity,
                            device_id, row.site_id, ", ".join(previous) or "none")
            return {"device_id": device_id, "token": token, "site_id": row.site_id}

    report_body = {"content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/StatsPayload"}}}, "required": True}

    @app.put("/api/v1/reports/{period}", response_model=Receipt, tags=["api"],
             responses=_errors(400, 401, 403, 409, 413, 415, 422, 429),
             openapi_extra={"requestBody": report_body})
    async def put_report_route(
        period: Annotated[str, Path(pattern=PERIOD_PATTERN, max_length=7)],
        request: Request,
        idempotency_key: Annotated[str, Header(alias="Idempotency-Key", min_length=8,
                                               max_length=128, pattern=IDEMPOTENCY_PATTERN)],
        authorization: Annotated[str | None, Header()] = None,
    ) -> JSONResponse:
        # The raw body is read here (BodyLimit caps it at max_body_bytes); everything
        # else runs in ONE worker thread with ONE database session and transaction, in
        # the order the answers promise: token (401/403), rate limit (429), encoding
        # (415/400/413), payload and storage. One thread hop and one pool checkout per
        # report instead of two (see docs/server.md, "Durchsatz").
        raw = await request.body()
        encoding = request.headers.get("content-encoding")
        today: dt.date | None = config.today() if config.today else None

        def ingest() -> tuple[str, int, dict[str, Any]]:
            with sessions() as session:
                device = authenticate(session, authorization)
                wait = device_limiter.check(device.id)
                if wait:
                    raise ApiError(429, "rate_limited",
                                   "Zu viele Anfragen von diesem Gerät. Bitte später erneut.",
                                   headers={"Retry-After": str(wait)})
                body = decoded_body(raw, encoding, config.max_body_bytes)
                status, answer = put_report(session, device, period, idempotency_key, body,
                                            config.k, today)
                return device.id, status, answer

        device_id, status, answer = await anyio.to_thread.run_sync(ingest,
                                                                   limiter=ingest_limiter)
        log.info("report %s from device %s: %s", period, device_id, status)
        return JSONResponse(answer, status_code=status)

    from mfd_server.admin import install_admin

    install_admin(app, config, sessions)

    def openapi() -> dict[str, Any]:
        # The report body is read raw (size limit first), so FastAPI does not see its
        # model: publish the shared payload schema ourselves.
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            spec = get_openapi(title=app.title, version=app.version,
                               description=app.description, routes=app.routes)
            payload = StatsPayload.model_json_schema(
                by_alias=True, ref_template="#/components/schemas/{model}")
            schemas = spec.setdefault("components", {}).setdefault("schemas", {})
            schemas.update(payload.pop("$defs", {}))
            schemas["StatsPayload"] = payload
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
