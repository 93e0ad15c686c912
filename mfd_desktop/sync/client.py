"""Enrolment and pushing released statistics to the central server.

Guarantees:
- Only what the counsellor released leaves the device: each outbox item's
  `payload_json` is sent byte for byte, nothing else (plus the token and the item's
  Idempotency-Key in headers).
- Items are pushed one by one, oldest first. An item leaves the outbox only after the
  server confirmed it (HTTP 200 with a receipt naming the same period and revision).
  If the answer is lost, the retry carries the same Idempotency-Key and the server
  answers as before, so nothing is stored twice.
- Temporary failures (no connection, timeout, 5xx, 429) are retried with full-jitter
  exponential backoff; `Retry-After` on 429/503 is honoured. When the attempts or the
  time budget of a run are used up the item stays pending and the run stops (later
  items must not overtake it). A refusal (4xx such as 422) is permanent: the item is
  marked failed with the server's German reason and the run goes on with the next.
- A wrong or revoked token, or a statistics identity the server binds to another device
  (403 `identity_taken` / `identity_mismatch`), stops the run without touching any item.
- Network waits happen outside any database transaction; each write is one short
  autocommit statement, so the counsellor is never blocked by sync.
"""

from __future__ import annotations

import email.utils
import gzip
import json
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg, render
from mfd_desktop.security.os_keyring import SecretStore
from mfd_desktop.sync import messages, state
from mfd_desktop.sync.credentials import TokenStore
from mfd_desktop.sync.outbox import Outbox, OutboxItemLike, RefusedItem, VaultOutbox
from mfd_desktop.sync.transport import (
    TIMEOUT,
    describe_transport_error,
    make_client,
    normalise_server_url,
    transport_error,
)

log = logging.getLogger("mfd.sync")
_T = TypeVar("_T")

NOT_ENROLLED = Msg("sync.not_enrolled")


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5  # per item and run
    base_delay: float = 1.0
    max_delay: float = 60.0
    max_retry_after: float = 300.0  # a longer Retry-After ends the run; try again later
    run_budget: float = 600.0  # seconds one run may take at most

    def backoff(self, attempt: int, rng: random.Random) -> float:
        """Full jitter: uniform in [0, min(max_delay, base * 2**attempt)]."""
        return rng.uniform(0.0, min(self.max_delay, self.base_delay * (2 ** attempt)))


@dataclass(frozen=True)
class EnrolResult:
    server_url: str
    device_id: str
    site_id: str
    token_location: str  # "keyring" or "vault"
    message: Msg

    @property
    def message_de(self) -> str:
        """The message in German (command line)."""
        return render(self.message, "de")


@dataclass
class SyncResult:
    sent: int = 0
    refused: int = 0
    pending: int = 0
    outcome: str = "nothing"  # ok | nothing | offline | refused | error
    message: Msg | str | None = None  # rendered at the edge; the vault keeps it as a key
    attempts: int = 0
    refusals: list[RefusedItem] = field(default_factory=list)

    @property
    def message_de(self) -> str:
        """The message in German (command line, logs)."""
        return render(self.message, "de") if self.message is not None else ""

    def text(self, language: str = "de") -> str:
        return render(self.message, language) if self.message is not None else ""


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str | None
    site_id: str | None
    token_location: str | None
    pending: int
    last_run: state.SyncRun | None
    last_success: state.SyncRun | None
    refused: list[RefusedItem]

    def summary_de(self) -> str:
        if not self.enrolled:
            return "Nicht angemeldet."
        parts = []
        if self.last_success:
            parts.append(f"Zuletzt erfolgreich: {format_time_de(self.last_success.finished_at)}")
        else:
            parts.append("Noch nie erfolgreich synchronisiert.")
        parts.append("Nichts wartet." if self.pending == 0 else
                     f"{self.pending} Statistik(en) warten auf Übermittlung.")
        return " ".join(parts)


def format_time_de(stamp: str | None) -> str:
    if not stamp:
        return "–"
    # stored as UTC "YYYY-MM-DDTHH:MM:SSZ"; shown in local time
    try:
        import datetime as dt

        value = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
        return value.astimezone().strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return stamp


class _StopRun(Exception):
    def __init__(self, outcome: str, message: Msg):
        super().__init__(outcome)
        self.outcome = outcome
        self.message = message


@dataclass
class _Attempt:
    kind: str  # sent | permanent | transient | auth
    message: Msg = field(default_factory=lambda: Msg("sync.unreachable"))
    receipt: str = ""
    retry_after: float | None = None


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _server_detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    detail = body.get("detail") if isinstance(body, dict) else None
    return detail if isinstance(detail, str) else ""


def _server_code(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, str) else ""


class SyncService:
    """Enrols this vault's device and pushes its outbox. One instance per open vault.

    `conn_factory()` must return a connection of the vault that the caller may use in
    the current thread, and `release(conn)` gives it back (defaults: the vault's
    `new_connection` / `release_connection`). Safe to call from a worker thread; two
    runs of the same instance never overlap.
    """

    def __init__(self, vault: Any, *, outbox: Outbox | None = None,
                 secret_store: SecretStore | None = None, ca_file: str | None = None,
                 policy: RetryPolicy | None = None, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, rng: random.Random | None = None,
                 timeout: httpx.Timeout = TIMEOUT):
        self._vault = vault
        self._outbox = outbox or VaultOutbox()
        self._tokens = TokenStore(vault.vault_id, secret_store)
        self.ca_file = ca_file or None
        self.policy = policy or RetryPolicy()
        self._sleep = sleep
        self._clock = clock
        self._rng = rng or random.Random()
        self._timeout = timeout
        self._running = threading.Lock()

    # ----- connections ------------------------------------------------------------------

    def _with_conn(self, conn: Any, fn: Callable[[Any], _T]) -> _T:
        if conn is not None:
            return fn(conn)
        own = self._vault.new_connection()
        try:
            return fn(own)
        finally:
            self._vault.release_connection(own)

    # ----- enrolment ----------------------------------------------------------------------

    def enroll(self, server_url: str, code: str, *, conn: Any = None) -> EnrolResult:
        base = normalise_server_url(server_url)
        code = (code or "").strip()
        if not code:
            raise UserError(Msg("sync.enrol_code_missing"))
        try:
            with make_client(base, self.ca_file, self._timeout) as http:
                response = http.post("/api/v1/enroll", json={"code": code})
        except httpx.HTTPError as exc:
            log.info("enrolment failed: %s", type(exc).__name__)
            raise transport_error(exc) from None
        if response.status_code != 200:
            detail = _server_detail(response)
            raise UserError(
                Msg("sync.enrol_refused", detail=detail or Msg("sync.http_error", status=response.status_code)),
            )
        try:
            body = response.json()
            device_id, token, site_id = body["device_id"], body["token"], body["site_id"]
            if not all(isinstance(x, str) and x for x in (device_id, token, site_id)):
                raise ValueError
        except (ValueError, KeyError, TypeError):
            raise UserError(Msg("sync.bad_answer")) from None

        def store(c: Any) -> str:
            return self._tokens.save(c, base, device_id, site_id, token)

        location = self._with_conn(conn, store)
        log.info("enrolled as device %s (token in %s)", device_id, location)
        said = (Msg("sync.enrolled_keyring", site_id=site_id) if location == "keyring"
                else Msg("sync.enrolled_vault", site_id=site_id))
        return EnrolResult(base, device_id, site_id, location, said)

    def forget_enrolment(self, conn: Any = None) -> None:
        self._with_conn(conn, self._tokens.forget)

    # ----- status -------------------------------------------------------------------------

    def status(self, conn: Any = None) -> SyncStatus:
        def read(c: Any) -> SyncStatus:
            enrolment = state.enrolment(c)
            location = None
            if enrolment is not None:
                location = "keyring" if enrolment.token_in_keyring else "vault"
            return SyncStatus(
                enrolled=enrolment is not None,
                server_url=enrolment.server_url if enrolment else None,
                site_id=enrolment.site_id if enrolment else None,
                token_location=location,
                pending=len(self._outbox.pending(c)),
                last_run=state.last_run(c),
                last_success=state.last_run(c, successful=True),
                refused=self._outbox.refused(c),
            )

        return self._with_conn(conn, read)

    # ----- pushing ------------------------------------------------------------------------

    def push_pending(self, conn: Any = None) -> SyncResult:
        if not self._running.acquire(blocking=False):
            return SyncResult(outcome="nothing", message=Msg("sync.already_running"))
        try:
            return self._with_conn(conn, self._push_all)
        finally:
            self._running.release()

    def _push_all(self, conn: Any) -> SyncResult:
        enrolment = state.enrolment(conn)
        if enrolment is None:
            raise UserError(NOT_ENROLLED)
        token = self._tokens.load(conn)
        if not token:
            raise UserError(Msg("sync.token_missing"))
        items = self._outbox.pending(conn)
        result = SyncResult(pending=len(items))
        if not items:
            result.message = Msg("sync.nothing")
            run_id = state.start_run(conn)
            state.finish_run(conn, run_id, "nothing", 0, 0, 0, result.message)
            return result
        run_id = state.start_run(conn)
        deadline = self._clock() + self.policy.run_budget
        try:
            with make_client(enrolment.server_url, self.ca_file, self._timeout) as http:
                for item in items:
                    attempt = self._push_item(http, token, item, deadline, result)
                    if attempt.kind == "sent":
                        self._outbox.mark_sent(conn, item.id, attempt.receipt)
                        result.sent += 1
                        result.pending -= 1
                    elif attempt.kind == "permanent":
                        self._outbox.mark_failed(conn, item.id, attempt.message, True)
                        result.refused += 1
                        result.pending -= 1
                        result.refusals.append(RefusedItem(
                            item.period, item.revision, messages.stored(attempt.message) or ""))
                    elif attempt.kind == "auth":
                        raise _StopRun("error", attempt.message)
                    else:
                        self._outbox.mark_failed(conn, item.id, attempt.message, False)
                        raise _StopRun("offline", attempt.message)
        except _StopRun as stop:
            result.outcome = stop.outcome
            result.message = stop.message
        except UserError as exc:  # e.g. a CA file that went missing
            result.outcome = "error"
            result.message = exc.msg if exc.msg is not None else str(exc)
        else:
            if result.refused:
                result.outcome = "refused"
                result.message = Msg("sync.sent_refused", sent=result.sent, refused=result.refused)
            else:
                result.outcome = "ok"
                result.message = Msg("sync.sent", sent=result.sent)
        state.finish_run(conn, run_id, result.outcome, result.sent, result.refused,
                         result.pending, result.message)
        log.info("sync run: outcome=%s sent=%d refused=%d pending=%d", result.outcome,
                 result.sent, result.refused, result.pending)
        return result

    def _push_item(self, http: httpx.Client, token: str, item: OutboxItemLike,
                   deadline: float, result: SyncResult) -> _Attempt:
        last = _Attempt("transient", Msg("sync.unreachable"))
        for attempt_no in range(self.policy.max_attempts):
            result.attempts += 1
            last = self._try_once(http, token, item)
            if last.kind != "transient":
                return last
            if attempt_no == self.policy.max_attempts - 1:
                break
            if last.retry_after is not None:
                if last.retry_after > self.policy.max_retry_after:
                    break
                delay = last.retry_after
            else:
                delay = self.policy.backoff(attempt_no, self._rng)
            if self._clock() + delay > deadline:
                break
            self._sleep(delay)
        return last

    def _try_once(self, http: httpx.Client, token: str, item: OutboxItemLike) -> _Attempt:
        try:
            response = http.put(
                f"/api/v1/reports/{item.period}",
                # gzip: a quarter's payload goes over the wire as ~2 KB instead of ~13 KB
                # (mtime=0 keeps the bytes identical across retries)
                content=gzip.compress(item.payload_json.encode("utf-8"), mtime=0),
                headers={"Authorization": f"Bearer {token}",
                         "Idempotency-Key": item.idempotency_key,
                         "Content-Type": "application/json",
                         "Content-Encoding": "gzip"},
            )
        except httpx.HTTPError as exc:
            log.info("push of item %d failed: %s", item.id, type(exc).__name__)
            return _Attempt("transient", describe_transport_error(exc))
        status = response.status_code
        if status == 200:
            try:
                receipt = response.json()
                ok = (receipt.get("accepted") is True and receipt.get("period") == item.period
                      and receipt.get("revision") == item.revision)
            except (ValueError, AttributeError):
                ok = False
            if not ok:
                return _Attempt("transient", Msg("sync.unconfirmed"))
            return _Attempt("sent", receipt=json.dumps(
                {"received_at": receipt.get("received_at"),
                 "sha256": receipt.get("payload_sha256")}, separators=(",", ":")))
        detail = _server_detail(response)
        if status in (401, 403):
            # Identity refusals stop the run like a revoked token: the item stays pending
            # in the outbox, to be sent once an administrator sorted out the enrolment.
            if _server_code(response) == "identity_taken":
                return _Attempt("auth", Msg("sync.identity_taken"))
            if _server_code(response) == "identity_mismatch":
                return _Attempt("auth", Msg("sync.identity_mismatch"))
            if _server_code(response) == "device_revoked" and detail:
                # the server's own (German) words
                return _Attempt("auth", Msg("sync.server_said", text=detail))
            return _Attempt("auth", Msg("sync.unknown_device"))
        if status in (429, 503):
            return _Attempt("transient", Msg("sync.busy"), retry_after=_retry_after(response))
        if status >= 500 or status == 408:
            return _Attempt("transient", Msg("sync.server_error", status=status))
        if not detail:
            return _Attempt("permanent", Msg("sync.refused_status", period=item.period,
                                             revision=item.revision, status=status))
        return _Attempt("permanent", Msg("sync.refused", period=item.period,
                                         revision=item.revision, reason=detail))
