"""Storing a device's report for a period: validation, revisions, idempotency.

Rules (the server trusts nothing the device sends):
- the body must be a valid `mfd-stats/1` or `mfd-stats/2` payload (unknown fields refused), for the
  period in the URL, naming the site the token's device is enrolled for, for a period
  that has ended;
- the body nests at most `MAX_JSON_DEPTH` levels (checked on the bytes, before parsing);
  measures, dimensions and categories come from the published vocabulary, values lie in
  0 … 1,000,000 (all checked by the shared payload model);
- the payload's device id is the device's statistics identity (a pseudonym kept in its
  vault). An enrolled device reports under exactly one: its first accepted report binds
  it (`Device.stats_identity`), or enrolment with a takeover code does. Another token can
  never write, replace or add reports under a bound identity, and a bound token cannot
  use a second one (403 `identity_taken` / `identity_mismatch`). An identity already
  used at another site is refused, so one site can never overwrite another's figures;
- no visible value may lie in 1..k−1, k = max(server k, payload's suppression_k, the
  dimension's own threshold: special needs 10);
- one report per (device, period): a higher revision replaces it, the same revision
  with the same content is a no-op answering exactly as the first time, the same
  revision with other content or a lower revision is refused (409);
- the answer to an Idempotency-Key is stored, so a retry after a lost answer gets the
  same answer and never stores anything twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mfd_desktop.stats import vocabulary
from mfd_desktop.stats.payload import MAX_JSON_DEPTH, StatsPayload, json_depth_ok
from mfd_server.errors import ApiError
from mfd_server.models import Device, IdempotencyRecord, Report, ReportCell, utcnow
from mfd_server.periods import has_ended

IDEMPOTENCY_KEY = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")


def check_idempotency_key(key: str | None) -> str:
    if not key or not IDEMPOTENCY_KEY.match(key):
        raise ApiError(400, "idempotency_key_missing",
                       "Der Kopf „Idempotency-Key“ fehlt oder ist ungültig "
                       "(8–128 Zeichen: Buchstaben, Ziffern, . _ : -).")
    return key


def _validation_error(exc: ValidationError) -> ApiError:
    errors = [{"loc": [str(p) for p in e.get("loc", ())], "type": e.get("type", "")}
              for e in exc.errors(include_input=False, include_url=False)][:20]
    if any(e["type"] == "extra_forbidden" for e in errors):
        return ApiError(422, "unknown_field",
                        "Die Daten enthalten ein unbekanntes Feld und werden nicht angenommen.",
                        extra={"errors": errors})
    if any("suppression threshold" in str(e.get("msg", "")) for e in exc.errors()):
        return ApiError(422, "small_cell",
                        "Die Daten enthalten einen Wert unter der Geheimhaltungsgrenze "
                        "und werden nicht angenommen.", extra={"errors": errors})
    return ApiError(422, "invalid_payload",
                    "Die Daten entsprechen nicht dem Format mfd-stats/1 oder mfd-stats/2.",
                    extra={"errors": errors})


def parse_payload(body: bytes, period: str, device: Device, server_k: int,
                  today: dt.date | None) -> StatsPayload:
    if not json_depth_ok(body):
        raise ApiError(422, "too_deeply_nested",
                       f"Die Daten sind tiefer als {MAX_JSON_DEPTH} Ebenen verschachtelt und "
                       "werden nicht angenommen.")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise ApiError(400, "invalid_json", "Der Inhalt ist kein gültiges JSON.") from exc
    if not isinstance(data, dict):
        raise ApiError(422, "invalid_payload", "Die Daten entsprechen nicht dem Format mfd-stats/1 oder mfd-stats/2.")
    try:
        payload = StatsPayload.model_validate(data)
    except ValidationError as exc:
        raise _validation_error(exc) from None
    if payload.period != period:
        raise ApiError(422, "period_mismatch",
                       "Der Zeitraum in der Adresse passt nicht zum Zeitraum in den Daten.")
    if not has_ended(period, today):
        raise ApiError(422, "period_open",
                       f"Der Zeitraum {period} ist noch nicht abgeschlossen. "
                       "Statistiken werden erst nach seinem Ende angenommen.")
    if payload.site_id != device.site_id:
        raise ApiError(422, "site_mismatch",
                       f"Die Statistik nennt die Beratungsstelle „{payload.site_id}“, dieses "
                       f"Gerät ist am Server aber für „{device.site_id}“ angemeldet. Bitte die "
                       "Kennung der Beratungsstelle in den Einstellungen prüfen und die "
                       "Statistik neu freigeben.")
    k = max(server_k, payload.suppression_k)
    for c in payload.cells:
        cell_k = vocabulary.dimension_k(k, c.dimension)
        if c.value is not None and 0 < c.value < cell_k:
            raise ApiError(422, "small_cell",
                           f"Die Daten enthalten einen Wert unter der Geheimhaltungsgrenze "
                           f"({cell_k}) und werden nicht angenommen.")
    return payload


def _receipt(report: Report) -> dict[str, Any]:
    received = report.received_at
    if received.tzinfo is None:
        received = received.replace(tzinfo=dt.UTC)
    return {
        "accepted": True,
        "device_id": report.device_id,
        "site_id": report.site_id,
        "period": report.period,
        "revision": report.revision,
        "payload_sha256": report.payload_sha256,
        "received_at": received.isoformat().replace("+00:00", "Z"),
    }


CELL_COLUMNS = ("report_id", "measure", "dimension", "category", "value", "suppressed")
_COPY_CELLS = f"COPY report_cells ({', '.join(CELL_COLUMNS)}) FROM STDIN"


def _write_cells(session: Session, report_id: int, payload: StatsPayload) -> None:
    rows = [(report_id, c.measure, c.dimension, c.category, c.value, c.suppressed)
            for c in payload.cells]
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "postgresql" and connection.dialect.driver == "psycopg":
        # PostgreSQL: one COPY in the same transaction instead of ~250 single-row
        # INSERTs (the largest share of the database's and the server's time per report).
        raw = connection.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor, cursor.copy(_COPY_CELLS) as copy:
            for row in rows:
                copy.write_row(row)
        return
    # Elsewhere (SQLite): Core executemany, one prepared statement for all cells.
    connection.execute(insert(ReportCell.__table__),
                       [dict(zip(CELL_COLUMNS, row, strict=True)) for row in rows])


IDENTITY_TAKEN = ("Unter der Statistik-Kennung dieses Geräts hat bereits ein anderes "
                  "angemeldetes Gerät gemeldet. Eine neu eingerichtete Installation übernimmt "
                  "sie nur mit einem Übernahme-Anmeldecode der Administration "
                  "(mfd-server enroll-code --takeover).")
IDENTITY_MISMATCH = ("Dieses Gerät meldet am Server unter einer anderen Statistik-Kennung. "
                     "Ein angemeldetes Gerät kann nur unter seiner eigenen Kennung melden; "
                     "bitte die Administration fragen.")


def _bind_identity(session: Session, device: Device, identity: str,
                   bound: str | None) -> None:
    """Make sure `device` reports under `identity` and nobody else does (see module doc).

    `bound` is the device's `stats_identity`, read while this transaction holds the
    device's row (`_claim_device`), so no parallel report of the same device can bind
    it meanwhile."""
    if bound == identity:
        return
    if bound is not None:
        raise ApiError(403, "identity_mismatch", IDENTITY_MISMATCH)
    owner = session.scalar(select(Device.id).where(Device.stats_identity == identity,
                                                   Device.id != device.id))
    used = session.scalar(select(Report.id).where(
        Report.device_id == identity, Report.sender_id != device.id).limit(1))
    if owner is not None or used is not None:
        raise ApiError(403, "identity_taken", IDENTITY_TAKEN)
    claimed = session.execute(
        update(Device).where(Device.id == device.id, Device.stats_identity.is_(None))
        .values(stats_identity=identity)).rowcount
    if claimed != 1:  # pragma: no cover - cannot happen while this transaction holds the row
        bound = session.scalar(select(Device.stats_identity).where(Device.id == device.id))
        if bound != identity:
            raise ApiError(403, "identity_mismatch", IDENTITY_MISMATCH)


def _store(session: Session, device: Device, bound: str | None, payload: StatsPayload,
           sha: str, canonical: str) -> tuple[int, dict[str, Any]]:
    foreign = session.scalar(select(Report.id).where(
        Report.device_id == payload.device_id, Report.site_id != device.site_id).limit(1))
    if foreign is not None:
        raise ApiError(422, "device_conflict",
                       "Diese Gerätekennung meldet schon für eine andere Beratungsstelle.")
    _bind_identity(session, device, payload.device_id, bound)
    existing = session.scalars(
        select(Report).where(Report.device_id == payload.device_id,
                             Report.period == payload.period)
        .with_for_update()
    ).first()
    if existing is None:
        report = Report(device_id=payload.device_id, sender_id=device.id, site_id=device.site_id, period=payload.period,
                        period_kind=payload.period_kind, revision=payload.revision,
                        suppression_k=payload.suppression_k, payload_sha256=sha,
                        payload_json=canonical, received_at=utcnow())
        session.add(report)
        session.flush()
        _write_cells(session, report.id, payload)
        return 200, _receipt(report)
    if payload.revision > existing.revision:
        session.execute(delete(ReportCell).where(ReportCell.report_id == existing.id))
        existing.revision = payload.revision
        existing.sender_id = device.id
        existing.period_kind = payload.period_kind
        existing.suppression_k = payload.suppression_k
        existing.payload_sha256 = sha
        existing.payload_json = canonical
        existing.received_at = utcnow()
        session.flush()
        _write_cells(session, existing.id, payload)
        return 200, _receipt(existing)
    if payload.revision == existing.revision and sha == existing.payload_sha256:
        return 200, _receipt(existing)
    if payload.revision == existing.revision:
        raise ApiError(409, "revision_conflict",
                       f"Fassung {payload.revision} für {payload.period} liegt dem Server "
                       "schon mit anderem Inhalt vor. Bitte eine neue Fassung freigeben.",
                       extra={"server_revision": existing.revision})
    raise ApiError(409, "revision_outdated",
                   f"Der Server hat für {payload.period} schon eine neuere Fassung "
                   f"({existing.revision}). Diese ältere Fassung wird nicht übernommen.",
                   extra={"server_revision": existing.revision})


def _claim_device(session: Session, device: Device) -> str | None:
    """First statement of a report's transaction: note that the device was here
    (`last_seen_at`) and so hold its row until commit; returns its `stats_identity` as
    of now. Every report transaction of a device thereby takes the device's row before
    any report row: reports of one device run one after another, in one lock order
    (device, then report), and never deadlock."""
    devices = Device.__table__
    return session.execute(update(devices).where(devices.c.id == device.id)
                           .values(last_seen_at=utcnow())
                           .returning(devices.c.stats_identity)).scalar_one()


def put_report(session: Session, device: Device, period: str, key: str, body: bytes,
               server_k: int, today: dt.date | None = None) -> tuple[int, dict[str, Any]]:
    """Store or replace the report; returns (HTTP status, JSON body). Commits, with the
    device's `last_seen_at` in the same transaction."""
    request_sha = hashlib.sha256(period.encode() + b"\n" + body).hexdigest()
    # Validated before the device's row is taken (it is the costly part), but a refusal
    # is only given after the Idempotency-Key is looked up: a retry gets the stored
    # answer even if the same body would be refused today.
    refusal: ApiError | None = None
    try:
        payload = parse_payload(body, period, device, server_k, today)
    except ApiError as exc:
        refusal = exc
    else:
        canonical = json.dumps(payload.to_json_dict(), sort_keys=True, separators=(",", ":"))
        sha = hashlib.sha256(canonical.encode()).hexdigest()
    for attempt in range(3):
        bound = _claim_device(session, device)
        record = session.scalars(select(IdempotencyRecord).where(
            IdempotencyRecord.device_id == device.id, IdempotencyRecord.key == key)).first()
        if record is not None:
            if record.request_sha256 != request_sha:
                raise ApiError(422, "idempotency_key_reused",
                               "Dieser Idempotency-Key wurde schon für eine andere Anfrage "
                               "benutzt.")
            status, answer = record.status_code, json.loads(record.response_json)
            session.commit()
            return status, answer
        if refusal is not None:
            raise refusal
        try:
            try:
                status, answer = _store(session, device, bound, payload, sha, canonical)
            except ApiError as exc:
                if exc.status != 409:
                    raise
                status, answer = exc.status, exc.body()
            session.add(IdempotencyRecord(device_id=device.id, key=key,
                                          request_sha256=request_sha, status_code=status,
                                          response_json=json.dumps(answer)))
            session.commit()
        except IntegrityError:
            # A parallel request won a race this transaction could not see coming (e.g. a
            # takeover enrolment binding the identity): start again and answer from what
            # is stored now.
            session.rollback()
            if attempt == 2:
                raise
            continue
        return status, answer
    raise AssertionError("unreachable")
