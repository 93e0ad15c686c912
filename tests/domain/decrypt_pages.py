"""Test helper: decrypt every page of a SQLCipher 4 file with the raw data key.

Used to prove that a deletion is physical: after `delete_client` the deleted text must
not be on any page — live, free or in the WAL — even for someone holding the key.
SQLCipher 4 defaults: 4096-byte pages, 80 reserved bytes at the end of each page
(16-byte IV, then a 64-byte HMAC), AES-256-CBC; page 1 starts with the 16-byte salt.
The decrypted pages stay in memory.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    body = page[start:PAGE - RESERVE]
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext_pages(db_file: Path, key: bytes) -> list[bytes]:
    raw = Path(db_file).read_bytes()
    pages = [raw[i:i + PAGE] for i in range(0, len(raw) - PAGE + 1, PAGE)]
    out = [_decrypt_page(key, p, i == 0) for i, p in enumerate(pages)]
    wal = Path(str(db_file) + "-wal")
    if wal.exists():
        data = wal.read_bytes()
        pos = WAL_HEADER
        while pos + FRAME_HEADER + PAGE <= len(data):
            number = int.from_bytes(data[pos:pos + 4], "big")
            frame = data[pos + FRAME_HEADER:pos + FRAME_HEADER + PAGE]
            out.append(_decrypt_page(key, frame, number == 1))
            pos += FRAME_HEADER + PAGE
    return out


def contains(db_file: Path, key: bytes, marker: str) -> bool:
    needles = [marker.encode("utf-8"), marker.lower().encode("utf-8")]
    return any(n in page for page in plaintext_pages(db_file, key) for n in needles)
