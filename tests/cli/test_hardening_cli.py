"""Hostile input and file permissions at the command line (issue 15, findings 5 and 6):
`mfd import-csv` on devices, FIFOs, folders and over-long files; an unusable `--data-dir`
or MFD_DATA_DIR; owner-only files for everything `mfd` writes. Real processes, real files."""

from __future__ import annotations

import os
import stat

import pytest

from mfd_desktop.domain.casework import csv_import
from tests.cli.helpers import init_vault, run_mfd

PW = "Rhein Mosel Nahe Lahn Saar"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _one_german_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mfd: ") and "Traceback" not in err, err
    return lines[0]


# ----- import-csv ------------------------------------------------------------------------

@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_import_csv_refuses_dev_zero_without_reading_it(tmp_path):
    # before: the whole device was read into memory, the 20 MB cap checked afterwards
    got = run_mfd("import-csv", "/dev/zero", "--data-dir", str(tmp_path / "d"), timeout=60)
    assert got.code == 1
    assert "keine gewöhnliche Datei" in _one_german_line(got.err)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_import_csv_refuses_a_fifo_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "liste.csv"
    os.mkfifo(fifo)
    got = run_mfd("import-csv", str(fifo), "--data-dir", str(tmp_path / "d"), timeout=60)
    assert got.code == 1
    assert "keine gewöhnliche Datei" in _one_german_line(got.err)


def test_import_csv_refuses_a_folder_and_a_missing_file(tmp_path):
    folder = tmp_path / "ordner.csv"
    folder.mkdir()
    got = run_mfd("import-csv", str(folder), "--data-dir", str(tmp_path / "d"))
    assert got.code == 1 and "keine gewöhnliche Datei" in _one_german_line(got.err)
    got = run_mfd("import-csv", str(tmp_path / "fehlt.csv"), "--data-dir", str(tmp_path / "d"))
    assert got.code == 1 and "gibt es nicht" in _one_german_line(got.err)


def test_an_over_long_csv_is_refused_after_reading_at_most_the_cap(tmp_path, monkeypatch):
    big = tmp_path / "gross.csv"
    with big.open("wb") as handle:  # sparse: 30 MB without using the disk
        handle.truncate(30 * 1024 * 1024)
    got = run_mfd("import-csv", str(big), "--data-dir", str(tmp_path / "d"))
    assert got.code == 1 and "zu groß" in _one_german_line(got.err)

    # in process: count what is actually read
    real_open = os.fdopen
    read_sizes: list[int] = []

    class Counting:
        def __init__(self, handle):
            self._handle = handle

        def read(self, n=-1):
            assert n >= 0, "an unbounded read"
            data = self._handle.read(n)
            read_sizes.append(len(data))
            return data

        def fileno(self):
            return self._handle.fileno()

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._handle.close()

    monkeypatch.setattr(csv_import.os, "fdopen", lambda fd, mode: Counting(real_open(fd, mode)))
    with pytest.raises(csv_import.CsvImportError, match="zu groß"):
        csv_import.read_file(big)
    assert sum(read_sizes) == csv_import.MAX_BYTES + 1
    exact = tmp_path / "genau.csv"
    exact.write_bytes(b"Name\nA\n")
    assert csv_import.read_file(exact) == b"Name\nA\n"


# ----- unusable data directory -----------------------------------------------------------

@pytest.mark.parametrize("command", [["info", "--passphrase-stdin"], ["init", "--passphrase-stdin"],
                                     ["profiles", "list"], ["backup", "auto", "--passphrase-stdin"]])
def test_a_5000_character_data_dir_gets_one_german_line(tmp_path, command):
    long_dir = tmp_path / ("a" * 5000)
    got = run_mfd(*command, "--data-dir", str(long_dir), stdin=PW + "\n")
    assert got.code == 1
    line = _one_german_line(got.err)
    assert "Datenverzeichnis" in line and "zu lang" in line and len(line) < 300
    via_env = run_mfd(*command, stdin=PW + "\n", env={"MFD_DATA_DIR": str(long_dir)})
    assert via_env.code == 1 and "zu lang" in _one_german_line(via_env.err)


def test_a_file_as_data_dir_gets_one_german_line(tmp_path):
    a_file = tmp_path / "datei"
    a_file.write_text("x", encoding="utf-8")
    got = run_mfd("info", "--passphrase-stdin", "--data-dir", str(a_file), stdin=PW + "\n")
    assert got.code == 1 and "eine Datei, kein Ordner" in _one_german_line(got.err)
    got = run_mfd("init", "--passphrase-stdin", "--data-dir", str(a_file / "unter"),
                  stdin=PW + "\n")
    assert got.code == 1 and "Teil des Pfades ist eine Datei" in _one_german_line(got.err)
    assert a_file.read_text(encoding="utf-8") == "x"


@posix_only
@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0, reason="root ignores permissions")
def test_a_data_dir_without_permission_gets_one_german_line(tmp_path):
    locked = tmp_path / "gesperrt"
    locked.mkdir(mode=0o500)
    try:
        got = run_mfd("init", "--passphrase-stdin", "--data-dir", str(locked),
                      stdin=PW + "\n")
    finally:
        locked.chmod(0o700)
    assert got.code == 1 and "keine Berechtigung" in _one_german_line(got.err)


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_a_data_dir_the_system_refuses_gets_one_german_line():
    # refused even for root: /proc does not take new folders
    got = run_mfd("init", "--passphrase-stdin", "--kdf-memory-mib", "64", "--kdf-iterations",
                  "3", "--data-dir", "/proc/mfd-gibt-es-nicht", stdin=PW + "\n")
    assert got.code == 1
    line = _one_german_line(got.err)
    assert "fehlgeschlagen" in line or "nicht verwendbar" in line
    assert "No such file" not in line and "Operation not permitted" not in line


# ----- permissions -----------------------------------------------------------------------

@posix_only
def test_everything_mfd_writes_is_owner_only(tmp_path):
    data = tmp_path / "daten"
    init_vault(data, PW)
    made = run_mfd("backup", "auto", "--data-dir", str(data), "--passphrase-stdin",
                   stdin=PW + "\n")
    assert made.code == 0, made.err
    profiles = tmp_path / "geteilt"
    created = run_mfd("profiles", "create", "Anna", "--data-dir", str(profiles),
                      "--new-passphrase-stdin", "--kdf-memory-mib", "64",
                      "--kdf-iterations", "3", stdin=PW + "\n")
    assert created.code == 0, created.err
    assert (data / "logs" / "mfd-desktop.log").exists()
    assert list((data / "backups").iterdir())
    checked = 0
    for top in (data, profiles):
        assert _mode(top) == 0o700
        for folder, dirs, files in os.walk(top):
            for name in dirs:
                assert _mode(os.path.join(folder, name)) == 0o700, os.path.join(folder, name)
            for name in files:
                assert _mode(os.path.join(folder, name)) == 0o600, os.path.join(folder, name)
                checked += 1
    assert checked >= 6  # vault.db, keyslots.json, log, backup, profiles.json, profile vault


@posix_only
def test_an_old_0755_data_dir_and_0644_files_are_tightened_when_opened(tmp_path):
    data = tmp_path / "alt"
    init_vault(data, PW)
    # as older versions left it
    os.chmod(data, 0o755)
    os.chmod(data / "logs", 0o755)
    for name in ("vault.db", "keyslots.json", "logs/mfd-desktop.log"):
        os.chmod(data / name, 0o644)
    got = run_mfd("info", "--data-dir", str(data), "--passphrase-stdin", stdin=PW + "\n")
    assert got.code == 0, got.err
    assert _mode(data) == 0o700 and _mode(data / "logs") == 0o700
    for name in ("vault.db", "keyslots.json", "logs/mfd-desktop.log"):
        assert _mode(data / name) == 0o600, name


@posix_only
def test_a_mistyped_data_dir_that_is_not_ours_is_left_alone(tmp_path):
    foreign = tmp_path / "fremd"
    foreign.mkdir(mode=0o755)
    os.chmod(foreign, 0o755)
    (foreign / "notiz.txt").write_text("x", encoding="utf-8")
    run_mfd("profiles", "list", "--data-dir", str(foreign))
    assert _mode(foreign) == 0o755
