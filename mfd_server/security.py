"""Secrets on the server: device tokens, enrolment codes, admin passwords, rate limits.

- Device token: `<device_id>.<43 url-safe chars>` (256 random bits). Only SHA-256 of
  the whole token is stored; the device id part lets us find the row, then the hashes
  are compared in constant time.
- Enrolment code: 16 characters from an alphabet without look-alikes (80 bits), shown
  as four groups; stored as SHA-256 of the normalised code; works once.
- Admin password: Argon2id (cryptography), 64 MiB, 3 iterations, random 16-byte salt,
  stored as `argon2id$m$t$p$salt_b64$hash_b64`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import time

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1


def sha256_hex(data: str | bytes) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def new_device_id() -> str:
    return secrets.token_hex(16)


def new_device_token(device_id: str) -> str:
    return f"{device_id}.{secrets.token_urlsafe(32)}"


def split_token(token: str) -> tuple[str, str] | None:
    device_id, sep, _rest = token.partition(".")
    if not sep or len(device_id) != 32 or any(c not in "0123456789abcdef" for c in device_id):
        return None
    return device_id, token


def token_matches(token: str, stored_hash: str) -> bool:
    return hmac.compare_digest(sha256_hex(token), stored_hash)


def new_enrollment_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(16))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def code_hash(code: str) -> str:
    return sha256_hex("mfd-enrol:" + normalise_code(code))


# ----- admin passwords -------------------------------------------------------------------

_M_KIB, _T, _P = 64 * 1024, 3, 1


def hash_password(password: str, *, memory_kib: int = _M_KIB, iterations: int = _T) -> str:
    salt = secrets.token_bytes(16)
    digest = Argon2id(salt=salt, length=32, iterations=iterations, lanes=_P,
                      memory_cost=memory_kib).derive(password.encode("utf-8"))
    b64 = base64.b64encode
    return (f"argon2id${memory_kib}${iterations}${_P}$"
            f"{b64(salt).decode()}${b64(digest).decode()}")


def verify_password(password: str, stored: str) -> bool:
    try:
        name, m, t, p, salt_b64, hash_b64 = stored.split("$")
        if name != "argon2id":
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(hash_b64)
        digest = Argon2id(salt=salt, length=len(expected), iterations=int(t), lanes=int(p),
                          memory_cost=int(m)).derive(password.encode("utf-8"))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


def password_tag(stored_hash: str) -> str:
    """What a session remembers of its admin's password hash: a new password ends it."""
    return sha256_hex("mfd-session:" + stored_hash)


# A fixed hash to verify against when the user name is unknown, so the answer takes
# as long as for a known name.
_DUMMY_HASH: str | None = None


def dummy_verify(password: str) -> None:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password("unused-dummy")
    verify_password(password, _DUMMY_HASH)


# ----- rate limiting ---------------------------------------------------------------------

class RateLimiter:
    """Token bucket per key (device id or client address), in memory per worker process.

    `check(key)` returns 0 when the request may go ahead, otherwise the seconds to wait
    (sent as Retry-After). With several workers each has its own buckets, so the
    effective limit is workers × rate; see docs/server.md.
    """

    def __init__(self, rate_per_minute: float, burst: int, max_keys: int = 100_000):
        self.rate = rate_per_minute / 60.0
        self.burst = float(burst)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()
        self._max_keys = max_keys

    def check(self, key: str, now: float | None = None) -> int:
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                self._trim()
                return 0
            self._buckets[key] = (tokens, now)
            return max(1, int((1.0 - tokens) / self.rate + 0.999))

    def _trim(self) -> None:
        if len(self._buckets) > self._max_keys:
            for key in list(self._buckets)[: len(self._buckets) // 2]:
                del self._buckets[key]
