"""HTTP transport for sync: which URLs are allowed, which certificates are trusted.

- https everywhere; plain http only to this computer (localhost, 127.0.0.1, ::1), for
  testing and for a server on the same machine.
- Certificates: an administrator's CA file (settings/policy `sync_ca_file`) if given —
  then ONLY that CA is trusted; otherwise the operating system's trust store (through
  `truststore` where installed, else Python's default paths, else certifi).
- Host names are always checked. Timeouts on every request.
"""

from __future__ import annotations

import ipaddress
import ssl
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from mfd_desktop.errors import UserError
from mfd_desktop.sync import messages

LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1"}
TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=30.0, pool=10.0)


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def normalise_server_url(url: str) -> str:
    """The server's base URL without trailing slash; refuses what we must not talk to."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        german, english = messages.pair("url_incomplete")
        raise UserError(german, en=english)
    if parts.username or parts.password or parts.query or parts.fragment:
        german, english = messages.pair("url_extras")
        raise UserError(german, en=english)
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        german, english = messages.pair("url_plain_http")
        raise UserError(german, en=english)
    return url.rstrip("/")


def ssl_context(ca_file: str | None = None) -> ssl.SSLContext:
    if ca_file:
        path = Path(ca_file)
        if not path.is_file():
            german, english = messages.pair("ca_missing", path=path)
            raise UserError(german, en=english)
        try:
            return ssl.create_default_context(cafile=str(path))
        except (ssl.SSLError, OSError) as exc:
            german, english = messages.pair("ca_invalid", path=path)
            raise UserError(german, en=english) from exc
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


def _transport_problem(exc: Exception) -> str:
    text = str(exc)
    if isinstance(exc, httpx.TimeoutException):
        return "timeout"
    if "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text:
        if "hostname" in text.lower() or "IP address mismatch" in text:
            return "hostname"
        return "untrusted"
    if isinstance(exc, ssl.SSLError) or "SSL" in text:
        return "tls"
    return "unreachable"


def describe_transport_error(exc: Exception, language: str = "de") -> str:
    """A sentence for a failed connection (no personal data in it): German, or English
    with `language="en"`."""
    german, english = messages.pair(_transport_problem(exc))
    return english if language == "en" else german


def transport_error(exc: Exception) -> UserError:
    """The `UserError` for a failed connection, in German and English."""
    return UserError(describe_transport_error(exc), en=describe_transport_error(exc, "en"))
