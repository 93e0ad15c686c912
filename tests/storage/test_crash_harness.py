"""SIGKILL at random moments never costs an acknowledged record or damages the vault."""

from __future__ import annotations

import sys

import pytest

from tests.storage.crash_writer import PASSPHRASE, kill_loop

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")


def test_200_random_kills_lose_nothing(make_vault, data_paths):
    vault, _ = make_vault(PASSPHRASE)
    vault.lock()
    result = kill_loop(data_paths.root, 200, seed=20261128)
    assert result.damaged == []
    assert result.lost == []
    assert result.kills == 200
    assert result.acknowledged > 200  # the writer really got records through between kills


def test_the_writer_script_as_its_own_process(make_vault, data_paths):
    vault, _ = make_vault(PASSPHRASE)
    vault.lock()
    result = kill_loop(data_paths.root, 8, seed=3, use_script=True, max_delay=0.5)
    assert result.damaged == [] and result.lost == []
    assert result.acknowledged > 0


def test_the_harness_catches_a_writer_that_acknowledges_too_early(make_vault, data_paths):
    """A writer that reports a record before COMMIT loses some when killed mid-commit:
    the harness must see that (otherwise its green result above would mean nothing)."""
    vault, _ = make_vault(PASSPHRASE)
    vault.lock()
    result = kill_loop(data_paths.root, 60, seed=5, broken_writer=True)
    assert result.damaged == []
    assert result.lost, "the harness did not notice records acknowledged before COMMIT"
