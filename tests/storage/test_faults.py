"""Disk full, read-only data directory, a vault on a removed USB stick: a German message,
the last good state kept, typed text kept, the app keeps running."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess

import pytest

from mfd_desktop.paths import DataPaths
from mfd_desktop.storage import drafts
from mfd_desktop.storage.faults import (
    DiskFullError,
    ReadOnlyStorageError,
    StorageGoneError,
    check_writable,
    guarded_write,
    unlock_errors,
    watch_for,
)
from mfd_desktop.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@contextlib.contextmanager
def tmpfs(path, size="2m"):
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _paths(root):
    return DataPaths(root, root / "logs")


def _insert(conn, key, text):
    conn.execute("INSERT INTO drafts(draft_key, form, content_json) VALUES (?, 'notiz', ?)",
                 (key, f'"{text}"'))


def _fill(directory):
    """Write a filler file until the file system is full; returns its path."""
    filler = directory / "filler.bin"
    with open(filler, "wb", buffering=0) as handle:  # unbuffered: nothing left to flush on close
        try:
            while True:
                handle.write(os.urandom(64 * 1024))
                handle.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    with contextlib.suppress(OSError), open(filler, "ab") as handle:  # the last partial block
        while True:
            handle.write(b"x" * 512)
            handle.flush()
    return filler


def test_disk_full_gives_a_german_message_and_keeps_the_last_good_state(tmp_path):
    with tmpfs(tmp_path / "stick") as mount:
        paths = _paths(mount / "data")
        vault, _ = Vault.create(paths, PASSPHRASE, kdf_params=FAST_KDF, allow_below_floor=True)
        try:
            with guarded_write(vault) as conn:
                for i in range(20):
                    _insert(conn, f"saved:{i}", f"Gespeicherte Notiz {i}")
            drafts.save_draft(vault.conn, "consultation:new:client:1", "consultation",
                              {"note": "halb getippt"}, record_id=1)
            filler = _fill(mount)

            typed = os.urandom(400_000).hex()  # the counsellor's long note (stays in the form)
            with pytest.raises(DiskFullError) as caught, guarded_write(vault) as conn:
                _insert(conn, "new:1", typed)
            assert "Speicherplatz ist voll" in caught.value.render("de")
            assert "bleibt im Fenster erhalten" in caught.value.render("de")
            # the app keeps running on the same connection; everything before is there
            assert vault.conn.execute("SELECT count(*) FROM drafts WHERE draft_key LIKE 'saved:%'"
                                      ).fetchone()[0] == 20
            assert vault.conn.execute("SELECT count(*) FROM drafts WHERE draft_key = 'new:1'"
                                      ).fetchone()[0] == 0
            assert drafts.load_draft(vault.conn, "consultation:new:client:1").content == {
                "note": "halb getippt"}

            filler.unlink()  # the counsellor frees space and saves again
            with guarded_write(vault) as conn:
                _insert(conn, "new:1", typed)
        finally:
            vault.lock()
        again = Vault.unlock_with_passphrase(paths, PASSPHRASE, allow_below_floor=True)
        try:
            assert again.integrity_problems() == []
            assert again.conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 22
        finally:
            again.lock()


def test_full_disk_while_locking_loses_nothing(tmp_path):
    """Closing checkpoints the WAL into the main file; on a full disk that fails quietly
    and the next unlock recovers from the WAL."""
    with tmpfs(tmp_path / "stick") as mount:
        paths = _paths(mount / "data")
        vault, _ = Vault.create(paths, PASSPHRASE, kdf_params=FAST_KDF, allow_below_floor=True)
        with guarded_write(vault) as conn:
            for i in range(200):
                _insert(conn, f"saved:{i}", "x" * 2000)
        filler = _fill(mount)
        vault.lock()
        filler.unlink()
        again = Vault.unlock_with_passphrase(paths, PASSPHRASE, allow_below_floor=True)
        try:
            assert again.conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 200
        finally:
            again.lock()


def test_read_only_data_directory_is_named_as_such(tmp_path):
    with tmpfs(tmp_path / "ro") as mount:
        paths = _paths(mount / "data")
        vault, _ = Vault.create(paths, PASSPHRASE, kdf_params=FAST_KDF, allow_below_floor=True)
        vault.lock()
        done = subprocess.run(["mount", "-o", "remount,ro", str(mount)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("cannot remount read-only here")
        with pytest.raises(ReadOnlyStorageError) as caught:
            check_writable(paths.root)
        assert "schreibgeschützt" in caught.value.render("de")
        with pytest.raises(ReadOnlyStorageError), unlock_errors(paths.root):
            Vault.unlock_with_passphrase(paths, PASSPHRASE, allow_below_floor=True)


def test_removed_usb_stick_is_detected_before_a_write_is_lost(make_vault, data_paths, tmp_path):
    vault, _ = make_vault()
    watch_for(vault)  # the app does this right after unlock
    with guarded_write(vault) as conn:
        _insert(conn, "before", "vorher gespeichert")
    # the stick is pulled: the directory is no longer where the vault was opened from
    os.rename(data_paths.root, tmp_path / "woanders")
    with pytest.raises(StorageGoneError) as caught, guarded_write(vault) as conn:
        _insert(conn, "after", "getippt nach dem Abziehen")
    assert "USB-Stick" in caught.value.render("de") and "bleibt im Fenster" in caught.value.render("de")
    with pytest.raises(StorageGoneError):
        check_writable(data_paths.root)
    os.rename(tmp_path / "woanders", data_paths.root)  # plugged in again
    with guarded_write(vault) as conn:
        _insert(conn, "after", "getippt nach dem Abziehen")
    assert vault.conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 2


def test_backup_onto_a_full_stick_says_so_and_leaves_nothing_behind(make_vault, tmp_path):
    from mfd_desktop.storage import backup

    vault, _ = make_vault()
    with guarded_write(vault) as conn:
        for i in range(300):
            _insert(conn, f"n{i}", os.urandom(1500).hex())  # about 1 MiB of encrypted pages
    with tmpfs(tmp_path / "stick", size="512k") as stick:
        with pytest.raises(DiskFullError):
            backup.create_backup(vault, stick / "sicherung.mfdbak")
        assert list(stick.iterdir()) == []  # no half-written backup that looks complete
    assert backup.last_backup_at(vault.conn) is None  # the reminder still reminds
    assert vault.conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 300
