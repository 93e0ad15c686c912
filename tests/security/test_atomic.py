import os

import pytest

from mfd_desktop.security import atomic


def test_replaces_content_and_leaves_no_temp(tmp_path):
    target = tmp_path / "f.json"
    target.write_bytes(b"old")
    steps = []
    atomic.atomic_write_bytes(target, b"new", step_hook=steps.append)
    assert target.read_bytes() == b"new"
    assert steps == list(atomic.STEPS)
    assert os.listdir(tmp_path) == ["f.json"]
    assert (target.stat().st_mode & 0o777) == 0o600


def test_failure_before_rename_keeps_the_old_content(tmp_path):
    target = tmp_path / "f.json"
    target.write_bytes(b"old")

    def boom(step):
        if step == "temp_synced":
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        atomic.atomic_write_bytes(target, b"new", step_hook=boom)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["f.json"]
