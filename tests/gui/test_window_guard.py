"""The autouse guard in tests/conftest.py fails a test that leaves a window open."""

from __future__ import annotations

from pathlib import Path

pytest_plugins = ["pytester"]

PROBES = '''
from PySide6.QtWidgets import QDialog

KEEP = []


def test_leaves_a_dialog_open(qapp):
    dialog = QDialog()
    dialog.setObjectName("probeDialog")
    dialog.show()
    KEEP.append(dialog)


def test_closes_its_dialog(qapp):
    dialog = QDialog()
    dialog.show()
    dialog.close()
    KEEP.append(dialog)


def test_the_leaked_dialog_was_closed(qapp):
    assert KEEP and not KEEP[0].isVisible()
'''


def test_a_window_left_open_fails_the_test_and_is_closed(pytester, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    pytester.makeconftest((Path(__file__).resolve().parents[1] / "conftest.py").read_text())
    pytester.makepyfile(test_probes=PROBES)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, errors=1)
    result.stdout.fnmatch_lines(["*test_leaves_a_dialog_open left a window open: QDialog('probeDialog')*"])
