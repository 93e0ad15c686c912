"""Two app instances on one vault: the second is refused with a clear German message."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from mfd_desktop.storage.instance_lock import (
    IN_USE_MESSAGE,
    InstanceLock,
    VaultInUseError,
    holder_pid,
)

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from mfd_desktop.storage.instance_lock import InstanceLock
    lock = InstanceLock(Path(sys.argv[1])).acquire()
    print("held", flush=True)
    time.sleep(60)
""")


def _start_holder(root):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(root)], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_second_process_is_refused_and_lock_frees_when_holder_dies(data_paths):
    data_paths.root.mkdir(parents=True)
    proc = _start_holder(data_paths.root)
    try:
        with pytest.raises(VaultInUseError) as caught:
            InstanceLock(data_paths).acquire()
        assert caught.value.msg == IN_USE_MESSAGE
        assert str(caught.value) == caught.value.render("de") == str(IN_USE_MESSAGE)
        assert "anderen Fenster" in caught.value.render("de")
        assert holder_pid(data_paths) == proc.pid
    finally:
        proc.send_signal(signal.SIGKILL)  # a crash: the OS drops the lock, no stale lock
        proc.wait()
    lock = InstanceLock(data_paths).acquire()
    assert lock.held and holder_pid(data_paths) == os.getpid()
    lock.release()


def test_second_instance_in_the_same_process_is_refused(data_paths):
    with InstanceLock(data_paths) as first:
        assert first.held
        with pytest.raises(VaultInUseError):
            InstanceLock(data_paths).acquire()
    with InstanceLock(data_paths) as again:  # released on exit
        assert again.held


def test_locks_are_per_vault(tmp_path):
    with InstanceLock(tmp_path / "a"), InstanceLock(tmp_path / "b") as other:
        assert other.held


def test_acquire_twice_and_release_twice_are_harmless(data_paths):
    lock = InstanceLock(data_paths)
    assert lock.acquire() is lock.acquire()
    lock.release()
    lock.release()
    assert not lock.held
