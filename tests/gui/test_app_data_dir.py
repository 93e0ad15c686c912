"""`mfd-desktop` with an unusable data directory: a German message, no crash, no window."""

from __future__ import annotations

import os
import stat

import pytest

from mfd_desktop.gui import app as app_module


def test_a_5000_character_data_dir_shows_a_message(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(app_module.QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    code = app_module.main(["mfd-desktop", "--data-dir", str(tmp_path / ("x" * 5000))])
    assert code == 1
    assert len(shown) == 1 and "zu lang" in shown[0] and len(shown[0]) < 300


def test_a_file_as_data_dir_shows_a_message(qapp, tmp_path, monkeypatch):
    a_file = tmp_path / "datei"
    a_file.write_text("x", encoding="utf-8")
    monkeypatch.setenv("MFD_DATA_DIR", str(a_file))
    shown = []
    monkeypatch.setattr(app_module.QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    assert app_module.main(["mfd-desktop"]) == 1
    assert len(shown) == 1 and "eine Datei, kein Ordner" in shown[0]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_the_app_tightens_an_old_data_dir_and_sets_an_owner_only_umask(
        qapp, make_vault, data_paths, monkeypatch):
    make_vault()[0].lock()
    os.chmod(data_paths.root, 0o755)
    monkeypatch.setattr(app_module.ProfileStore, "list",
                        lambda _self: (_ for _ in ()).throw(app_module.UserError("stop")))
    monkeypatch.setattr(app_module.QMessageBox, "warning", lambda *_a: None)
    assert app_module.main(["mfd-desktop", "--data-dir", str(data_paths.root)]) == 1
    assert stat.S_IMODE(os.stat(data_paths.root).st_mode) == 0o700
    current = os.umask(0o077)  # (tests/conftest.py restores the test's own umask after)
    assert current == 0o077
    log_file = data_paths.log_dir / "mfd-desktop.log"
    assert stat.S_IMODE(os.stat(log_file).st_mode) == 0o600
