"""Server settings: one frozen object handed to `create_app` (no globals)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from mfd_desktop.stats.payload import MAX_PAYLOAD_BYTES, MIN_K


@dataclass(frozen=True)
class ServerConfig:
    db_url: str
    # Suppression threshold the server enforces (never below the schema's MIN_K).
    k: int = MIN_K
    max_body_bytes: int = MAX_PAYLOAD_BYTES
    # Per-device limit for report uploads, per client address for enrolment and login.
    device_rate_per_minute: float = 60.0
    device_burst: int = 30
    anon_rate_per_minute: float = 10.0
    anon_burst: int = 10
    # Admin sessions: Secure cookies whenever the server is reached over TLS
    # (directly or behind a TLS-terminating proxy: --secure-cookies).
    secure_cookies: bool = False
    session_hours: int = 8
    # Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto the server believes
    # (addresses or networks, e.g. "10.0.0.5", "10.0.0.0/24"). Empty: none, not even
    # 127.0.0.1; the client address is the TCP peer.
    trusted_proxies: tuple[str, ...] = ()
    # Threads storing reports at once per worker process (see app.put_report_route).
    # Validating and storing a report is CPU work under the GIL, the database answers
    # within a millisecond: two threads keep a core busy, more only make the event loop
    # (which reads the next requests) wait for the GIL and the answers come later and
    # less evenly (docs/server.md, "Durchsatz"). The pool (db.make_engine) has room.
    ingest_threads: int = 2
    today: Callable[[], dt.date] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.k < MIN_K:
            raise ValueError(f"k must be at least {MIN_K}")
        if self.ingest_threads < 1:
            raise ValueError("ingest_threads must be at least 1")
        for proxy in self.trusted_proxies:
            if proxy.strip() in ("", "*"):
                raise ValueError("name each trusted proxy; '*' is not allowed")
