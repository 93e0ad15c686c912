"""`--self-test` run in-process (the built app runs the same code; tests/build runs that)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from mfd_desktop.self_test import WINDOW_LINE, run_self_test


def test_self_test_passes_and_leaves_no_temp_folder(qapp, capsys):
    before = set(Path(tempfile.gettempdir()).glob("mfd-selftest-*"))
    assert run_self_test() == 0
    out = capsys.readouterr().out
    assert "Selbsttest bestanden" in out and "FEHLER" not in out
    assert "Fallakte angelegt, Volltextsuche (FTS5): 1 Treffer" in out
    assert "Notfallblatt" in out and WINDOW_LINE in out
    assert set(Path(tempfile.gettempdir()).glob("mfd-selftest-*")) == before


def test_a_failing_step_makes_the_exit_code_1(qapp, capsys, monkeypatch):
    import mfd_desktop.self_test as st

    def broken() -> str:
        raise RuntimeError("kaputt")

    monkeypatch.setattr(st, "_render_pdf", broken)
    assert run_self_test() == 1
    out = capsys.readouterr().out
    assert "FEHLER PDF erzeugen" in out and "FEHLGESCHLAGEN: 1 Schritt" in out
    assert "Temporären Ordner gelöscht" in out
