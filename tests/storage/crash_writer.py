"""Crash harness: a writer that commits records through the vault API, and the loop that
kills it with SIGKILL at random moments and checks the vault after every kill.

The writer unlocks the vault, then commits one small record per transaction (a draft
row plus an audit-log entry, as the app does) and writes each record's id to its
output only after COMMIT returned — an *acknowledged* record. After a kill the vault
must open, pass cipher_integrity_check and quick_check (done by unlock), hold every
acknowledged record and have an unbroken audit chain.

Run alone:  python tests/storage/crash_writer.py DATA_DIR START_ID
(the vault must exist and open with PASSPHRASE and the fast test KDF).
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from mfd_desktop.paths import DataPaths  # noqa: E402
from mfd_desktop.storage import audit  # noqa: E402
from mfd_desktop.storage.transaction import transaction  # noqa: E402
from mfd_desktop.storage.vault import Vault  # noqa: E402

PASSPHRASE = "Kaffee Mainz Brücke Sonne"
RECORD_TEXT = '{"text": "Notiz Ärger mit Behörde, Frist prüfen"}'


def paths_for(root: str | os.PathLike[str]) -> DataPaths:
    root = Path(root)
    return DataPaths(root=root, log_dir=root / "logs")


def write_forever(root: str | os.PathLike[str], start: int, out_fd: int, *,
                  ack_before_commit: bool = False, vacuum_every: int = 0) -> None:
    """Commit records start, start+1, …; write each id + newline to `out_fd` after COMMIT.

    `ack_before_commit=True` is a deliberately broken writer (acknowledges too early):
    the harness's own test uses it to show that the harness does catch losses."""
    vault = Vault.unlock_with_passphrase(paths_for(root), PASSPHRASE, allow_below_floor=True)
    conn = vault.conn
    n = start
    while True:
        with transaction(conn):
            conn.execute("INSERT INTO drafts(draft_key, form, content_json) VALUES (?, 'crash', ?)",
                         (f"crash:{n}", RECORD_TEXT))
            audit.append(conn, "test.record_written", record_type="draft", record_id=n)
            if ack_before_commit:
                os.write(out_fd, f"{n}\n".encode())
        if not ack_before_commit:
            os.write(out_fd, f"{n}\n".encode())
        n += 1
        if vacuum_every and n % vacuum_every == 0:
            conn.execute("VACUUM")  # rewrites the whole file, as a Löschung does


@dataclass
class LoopResult:
    kills: int = 0
    acknowledged: int = 0
    lost: list[int] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)
    unlock_seconds: float = 0.0


def _acked(raw: bytes) -> list[int]:
    # Only complete lines count: a kill in the middle of os.write leaves a partial line,
    # which was never an acknowledgement.
    lines = raw.split(b"\n")[:-1]
    return [int(x) for x in lines if x]


def backup_forever(root: str | os.PathLike[str], out: str, out_fd: int) -> None:
    """Make backups to `out` again and again; write 'b' after each completed one."""
    from mfd_desktop.storage import backup

    vault = Vault.unlock_with_passphrase(paths_for(root), PASSPHRASE, allow_below_floor=True)
    while True:
        backup.create_backup(vault, Path(out), pages_per_step=4)
        os.write(out_fd, b"b\n")


def rekey_forever(root: str | os.PathLike[str], start: int, out_fd: int) -> None:
    """Commit a record, acknowledge it, re-key the whole vault; again and again.

    The passphrase stays the same, so after a kill anywhere the harness opens the vault
    with it, whichever key pair won (storage/rekey.py)."""
    vault = Vault.unlock_with_passphrase(paths_for(root), PASSPHRASE, allow_below_floor=True)
    n = start
    while True:
        conn = vault.conn  # a new connection (and key) after every re-key
        with transaction(conn):
            conn.execute("INSERT INTO drafts(draft_key, form, content_json) VALUES (?, 'crash', ?)",
                         (f"crash:{n}", RECORD_TEXT))
            audit.append(conn, "test.record_written", record_type="draft", record_id=n)
        os.write(out_fd, f"{n}\n".encode())
        n += 1
        vault.rekey(PASSPHRASE, allow_below_floor=True)


def _spawn_fork(root: str, start: int, broken: bool = False,
                target=None) -> tuple[int, int]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: write until killed
        os.close(read_fd)
        code = 1
        try:
            if target is not None:
                target(write_fd)
            else:
                write_forever(root, start, write_fd, ack_before_commit=broken)
        except BaseException:
            code = 2
        finally:
            os._exit(code)
    os.close(write_fd)
    return pid, read_fd


def _spawn_script(root: str, start: int, broken: bool = False) -> tuple[int, int]:
    import subprocess

    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen([sys.executable, __file__, root, str(start)], stdout=write_fd,
                            pass_fds=(write_fd,))
    os.close(write_fd)
    return proc.pid, read_fd


def first_line(fd: int, timeout: float = 30.0) -> bytes:
    """Read until the writer has acknowledged its first record (or gave up/died)."""
    import select

    got = b""
    while b"\n" not in got:
        ready, _w, _x = select.select([fd], [], [], timeout)
        if not ready:
            break
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        got += chunk
    return got


def _drain(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)


def kill_loop(root: str | os.PathLike[str], kills: int, *, seed: int = 8, max_delay: float = 0.06,
              use_script: bool = False, check_every: int = 1,
              broken_writer: bool = False) -> LoopResult:
    """Start a writer, SIGKILL it after a random delay, check the vault; `kills` times."""
    rng = random.Random(seed)
    root = str(root)
    result = LoopResult()
    acknowledged: set[int] = set()
    next_id = 0
    spawn = _spawn_script if use_script else _spawn_fork
    for i in range(kills):
        pid, fd = spawn(root, next_id, broken_writer)
        # Random moments: a third of the kills land anywhere from start-up on (process
        # start, unlock, migrations check), the rest while records are being written —
        # mid-transaction, mid-commit, mid-print — whatever the machine's speed.
        first = b""
        if rng.random() >= 1 / 3:
            first = first_line(fd)
        time.sleep(rng.uniform(0, max_delay) * (3 if use_script else 1))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        got = _acked(first + _drain(fd))
        acknowledged.update(got)
        next_id += 100_000
        result.kills += 1
        if (i + 1) % check_every and i + 1 != kills:
            continue
        started = time.perf_counter()
        try:
            vault = Vault.unlock_with_passphrase(paths_for(root), PASSPHRASE, allow_below_floor=True)
        except Exception as exc:  # damage is what this harness exists to find
            result.damaged.append(f"kill {i + 1}: {type(exc).__name__}: {exc}")
            break
        result.unlock_seconds += time.perf_counter() - started
        try:
            present = {int(k.split(":")[1]) for (k,) in vault.conn.execute(
                "SELECT draft_key FROM drafts WHERE form = 'crash'")}
            report = audit.verify(vault.conn)
            if not report.ok:
                result.damaged.append(f"kill {i + 1}: audit chain: {report.problems[:3]}")
            if vault.integrity_problems():
                result.damaged.append(f"kill {i + 1}: integrity check failed")
        finally:
            vault.lock()
        missing = acknowledged - present
        if missing:
            result.lost.extend(sorted(missing))
            acknowledged -= missing
        if result.damaged:
            break
    result.acknowledged = len(acknowledged) + len(result.lost)
    return result


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    write_forever(sys.argv[1], int(sys.argv[2]), sys.stdout.fileno())
