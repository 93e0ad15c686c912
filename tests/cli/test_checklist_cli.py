"""`mfd checklist templates|handout` as a subprocess, without a vault."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from mfd_desktop.checklists import templates


def _mfd(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "mfd_desktop.cli.main", *args,
                           "--data-dir", str(data_dir)],
                          capture_output=True, text=True, timeout=120)


def test_templates_lists_keys_first(tmp_path):
    result = _mfd("checklist", "templates", data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    keys = [line.split("\t")[0] for line in lines]
    assert keys == sorted(templates.load_all().templates)
    assert "kindergeld\tv1\tKindergeld" in lines


def test_broken_admin_template_is_reported_and_others_listed(tmp_path):
    folder = tmp_path / "d" / "templates"
    folder.mkdir(parents=True)
    (folder / "kaputt.toml").write_text('key = "kaputt"\nversion = "eins"\n', "utf-8")
    result = _mfd("checklist", "templates", data_dir=tmp_path / "d")
    assert result.returncode == 0
    assert "kindergeld" in result.stdout
    assert "Vorlage „kaputt.toml“, Zeile 2, Feld „version“" in result.stderr


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_handout_writes_a_pdf(tmp_path):
    out = tmp_path / "kg.pdf"
    result = _mfd("checklist", "handout", "kindergeld", "--lang", "uk", "--out", str(out),
                  data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Kindergeld" in text and "Свідоцтво про народження" in text
    assert not (tmp_path / "d" / "vault.db").exists()


def test_handout_errors_are_german(tmp_path):
    result = _mfd("checklist", "handout", "gibtsnicht", "--lang", "ar", "--out",
                  str(tmp_path / "x.pdf"), data_dir=tmp_path / "d")
    assert result.returncode == 1
    assert "gibt es nicht" in result.stderr
    result = _mfd("checklist", "handout", "kindergeld", "--lang", "xx", "--out",
                  str(tmp_path / "x.pdf"), data_dir=tmp_path / "d")
    assert result.returncode == 1 and "keine Übersetzung" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_german_only_handout_with_appointment(tmp_path):
    out = tmp_path / "wg.pdf"
    result = _mfd("checklist", "handout", "wohngeld", "--lang", "de", "--termin", "05.05.2026",
                  "--out", str(out), data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Termin: 05.05.2026" in text and "Übersetzung" not in text.split("Bitte bringen")[0]
