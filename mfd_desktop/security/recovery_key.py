"""Recovery keys: 160 random bits, written as 8 groups of 4 Crockford base32 characters.

Crockford's alphabet leaves out I, L, O and U, so a key read aloud or copied by
hand from the Notfallblatt survives confusions of 0/O and 1/I/L.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BITS = 160
CHARS = BITS // 5  # 32
GROUP = 4
_CONFUSABLE = {"O": "0", "I": "1", "L": "1", "U": "V"}


def generate() -> str:
    value = secrets.randbits(BITS)
    chars = []
    for _ in range(CHARS):
        chars.append(ALPHABET[value & 31])
        value >>= 5
    return format_key("".join(reversed(chars)))


def format_key(raw: str) -> str:
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def normalise(text: str) -> str | None:
    """The canonical 32-character form of a typed key, or None if it cannot be one."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    cleaned = "".join(_CONFUSABLE.get(ch, ch) for ch in cleaned)
    if len(cleaned) != CHARS or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned


def groups(key: str) -> list[str]:
    raw = normalise(key) or ""
    return [raw[i : i + GROUP] for i in range(0, len(raw), GROUP)]
