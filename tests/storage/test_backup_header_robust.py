"""A backup file's header carries key slots: a hostile header (deep nesting, huge numbers,
a forged slot) is refused as a damaged backup, never with another exception."""

from __future__ import annotations

import struct

import pytest

from mfd_desktop.errors import VaultDamagedError
from mfd_desktop.storage import backup


def _file(tmp_path, header: bytes):
    path = tmp_path / "x.mfdbak"
    path.write_bytes(backup.MAGIC + struct.pack(">Q", len(header)) + header + bytes(64))
    return path


@pytest.mark.parametrize("header", [
    b"[" * 200_000,
    b'{"format": "mfd-backup/1", "schema_version": 1e999}',
    b'{"format": "mfd-backup/1", "keyslots": {"format": "mfd-keyslots/1", "slots": "x"}}',
    b"\xff\xfe\x00",
])
def test_hostile_headers_are_damaged_backups(tmp_path, header):
    with pytest.raises(VaultDamagedError):
        backup.read_header(_file(tmp_path, header))


def test_delete_automatic_backups_removes_only_backup_files(data_paths, make_vault):
    vault, _ = make_vault()
    backup.run_automatic_backup(vault)
    other = data_paths.backups / "notiz.txt"
    other.write_text("bleibt")
    removed = backup.delete_automatic_backups(data_paths)
    assert len(removed) == 1 and not removed[0].exists()
    assert other.exists() and backup.list_backups(data_paths.backups) == []
