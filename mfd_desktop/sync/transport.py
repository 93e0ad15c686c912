"""HTTP transport for sync: which URLs are allowed, which certificates are trusted.

- https everywhere; plain http only to this computer (localhost, 127.0.0.1, ::1), for
  testing and for a server on the same machine.
- Certificates: an administrator's CA file (settings/policy `sync_ca_file`) if given —
  then ONLY that CA is trusted; otherwise the operating system's trust store (through
  `truststore` where installed, else Python's default paths, else certifi).
- Host names are always checked. Timeouts on every request.
"""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg
from mfd_desktop.server_url import normalise_server_url

__all__ = ["TIMEOUT", "describe_transport_error", "make_client", "normalise_server_url",
           "ssl_context", "transport_error"]

TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=30.0, pool=10.0)


def ssl_context(ca_file: str | None = None) -> ssl.SSLContext:
    if ca_file:
        path = Path(ca_file)
        if not path.is_file():
            raise UserError(Msg("sync.ca_missing", path=path))
        try:
            return ssl.create_default_context(cafile=str(path))
        except (ssl.SSLError, OSError) as exc:
            raise UserError(Msg("sync.ca_invalid", path=path)) from exc
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    except ImportError:  # pragma: no cover - truststore is a dependency
        pass
    ctx = ssl.create_default_context()
    if not ctx.get_ca_certs():  # pragma: no cover - no system store found
        try:
            import certifi

            ctx.load_verify_locations(certifi.where())
        except ImportError:
            pass
    return ctx


def make_client(server_url: str, ca_file: str | None = None,
                timeout: httpx.Timeout = TIMEOUT) -> httpx.Client:
    base = normalise_server_url(server_url)
    verify: ssl.SSLContext | bool = ssl_context(ca_file) if base.startswith("https") else True
    return httpx.Client(base_url=base, verify=verify, timeout=timeout, follow_redirects=False,
                        trust_env=False,
                        headers={"User-Agent": "MFD-Desktop-Sync/1", "Accept": "application/json"})


def describe_transport_error(exc: Exception) -> Msg:
    """The message for a failed connection (no personal data in it)."""
    text = str(exc)
    if isinstance(exc, httpx.TimeoutException):
        return Msg("sync.timeout")
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text:
        if "hostname" in text.lower() or "IP address mismatch" in text:
            return Msg("sync.hostname")
        return Msg("sync.untrusted")
    if isinstance(exc, ssl.SSLError) or "SSL" in text:
        return Msg("sync.tls")
    return Msg("sync.unreachable")


def transport_error(exc: Exception) -> UserError:
    """The `UserError` for a failed connection."""
    return UserError(describe_transport_error(exc))
