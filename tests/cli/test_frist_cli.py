"""`mfd frist` through the installed entry point, as an administrator's script calls it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mfd_desktop.domain.deadlines.deadline_rules import RULES

MFD = Path(sys.executable).with_name("mfd")


def run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "MFD_DATA_DIR": str(tmp_path / "no-vault-here")}
    return subprocess.run([str(MFD), *args], capture_output=True, text=True, env=env,
                          timeout=60, check=False)


def test_reference_example_prints_only_the_date(tmp_path):
    result = run("frist", "asyl_klage_2w", "--start", "2025-12-11", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "2025-12-29\n"
    assert "Ohne Gewähr" in result.stderr
    assert "§ 74 Abs. 1 Hs. 1 AsylG" in result.stderr
    assert "Erster Weihnachtstag" in result.stderr
    # needs no vault: nothing was created besides (at most) the log directory
    assert not (tmp_path / "no-vault-here" / "vault.db").exists()


@pytest.mark.parametrize(("args", "expected"), [
    (("asyl_ou_1w", "--start", "2026-03-30"), "2026-04-07"),
    (("widerspruch", "--start", "2026-01-31"), "2026-03-02"),
    (("widerspruch", "--posted", "2026-03-31"), "2026-05-04"),
    (("fz_fluechtling_3m", "--start", "2025-11-30"), "2026-02-27"),
    (("widerspruch", "--start", "27.02.2026", "--ohne-belehrung"), "2027-03-01"),
])
def test_more_reference_examples(tmp_path, args, expected):
    result = run("frist", *args, tmp_path=tmp_path)
    assert (result.returncode, result.stdout) == (0, expected + "\n"), result.stderr


def test_list_shows_every_rule_key_with_its_name(tmp_path):
    result = run("frist", "--list", tmp_path=tmp_path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [r.key for r in RULES]
    assert "Klage gegen BAMF-Bescheid" in result.stdout


def test_unknown_rule_exits_2_with_a_german_message(tmp_path):
    result = run("frist", "asyl_klage_3w", "--start", "2025-12-11", tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Unbekannte Frist" in result.stderr and "--list" in result.stderr


@pytest.mark.parametrize("key", ["ae_verlaengerung", "anhoerung", "kindergeld_6m"])
def test_rule_without_fixed_length_exits_1(tmp_path, key):
    result = run("frist", key, "--start", "2026-01-05", tmp_path=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Fristende" in result.stderr or "feste Länge" in result.stderr


@pytest.mark.parametrize("args", [
    ("widerspruch",),
    ("widerspruch", "--start", "2026-02-30"),
    ("widerspruch", "--start", "morgen"),
    ("widerspruch", "--start", "2026-01-05", "--posted", "2026-01-01"),
    (),
])
def test_usage_errors_exit_2_in_german(tmp_path, args):
    result = run("frist", *args, tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("mfd: ")
