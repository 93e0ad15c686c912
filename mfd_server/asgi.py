"""ASGI entry for several workers: `uvicorn mfd_server.asgi:app --workers 4`.

Configured from the environment: MFD_SERVER_DB (database URL), MFD_SERVER_K
(suppression threshold, ≥ 5), MFD_SERVER_SECURE_COOKIES=1 (behind a TLS proxy),
MFD_SERVER_TRUSTED_PROXIES (comma-separated proxy addresses/networks whose
X-Forwarded-For is believed; empty: none), MFD_SERVER_INGEST_THREADS (threads storing
reports at once per worker, default 2). Run uvicorn with `--no-proxy-headers`, else
uvicorn itself trusts X-Forwarded-For from 127.0.0.1 (`mfd-server serve` does this).
"""

from __future__ import annotations

import os

from mfd_server.app import create_app
from mfd_server.config import ServerConfig
from mfd_server.db import resolve_db_url


def config_from_env() -> ServerConfig:
    return ServerConfig(
        db_url=resolve_db_url(None),
        k=int(os.environ.get("MFD_SERVER_K", "5")),
        secure_cookies=os.environ.get("MFD_SERVER_SECURE_COOKIES", "") in ("1", "true", "yes"),
        ingest_threads=int(os.environ.get("MFD_SERVER_INGEST_THREADS", "2")),
        trusted_proxies=tuple(p.strip() for p in
                              os.environ.get("MFD_SERVER_TRUSTED_PROXIES", "").split(",")
                              if p.strip()),
    )


def app_factory():
    return create_app(config_from_env())
