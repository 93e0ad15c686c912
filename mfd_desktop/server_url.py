"""Which statistics-server URLs the app may talk to (https, or plain http to this computer).

Lives below both `policy` (which checks `server.url` in an admin policy file) and
`sync.transport` (which talks to the server), so the settings layer needs nothing from sync.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from mfd_desktop.errors import UserError
from mfd_desktop.messages import Msg

LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1"}


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
        raise UserError(Msg("sync.url_incomplete"))
    if parts.username or parts.password or parts.query or parts.fragment:
        raise UserError(Msg("sync.url_extras"))
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise UserError(Msg("sync.url_plain_http"))
    return url.rstrip("/")
