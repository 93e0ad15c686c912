"""`mfd-desktop --data-dir DIR` starts the wizard without a vault, the lock screen with one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard

from mfd_desktop.gui import app as app_module
from mfd_desktop.gui.main_window import MainWindow


def _run_main_and_capture(argv, seen):
    def look_and_quit():
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                seen.append(widget)
        for widget in seen:
            widget.hide()
        QApplication.instance().quit()

    QTimer.singleShot(300, look_and_quit)
    return app_module.main(argv)


def test_without_vault_the_wizard_opens(qapp, tmp_path):
    seen = []
    code = _run_main_and_capture(["mfd-desktop", "--data-dir", str(tmp_path / "d")], seen)
    assert code == 0
    wizards = [w for w in seen if isinstance(w, QWizard)]
    assert wizards and wizards[0].windowTitle() == "MFD Desktop – Einrichtung"
    assert not (tmp_path / "d" / "vault.db").exists()
    qapp.setQuitOnLastWindowClosed(True)


def test_with_vault_the_lock_screen_opens(qapp, make_vault, data_paths, monkeypatch):
    make_vault()[0].lock()
    monkeypatch.setenv("MFD_DATA_DIR", str(data_paths.root))
    seen = []
    code = _run_main_and_capture(["mfd-desktop"], seen)
    assert code == 0
    windows = [w for w in seen if isinstance(w, MainWindow)]
    assert windows and windows[0].shows_lock_screen
    assert windows[0].windowTitle() == "MFD Desktop"
    assert (data_paths.log_dir / "mfd-desktop.log").exists()


def test_an_invalid_policy_stops_the_app_with_a_german_message(qapp, make_vault, data_paths,
                                                                tmp_path, monkeypatch):
    make_vault()[0].lock()
    policy_file = tmp_path / "policy.toml"
    policy_file.write_text('[statistics]\nsuppression_threshold = 3\n', encoding="utf-8")
    monkeypatch.setenv("MFD_POLICY_FILE", str(policy_file))
    shown = []
    monkeypatch.setattr(app_module.QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    code = app_module.main(["mfd-desktop", "--data-dir", str(data_paths.root)])
    assert code == 1
    assert len(shown) == 1 and "Zeile 2" in shown[0] and "suppression_threshold" in shown[0]


def test_policy_caps_auto_lock_but_lets_counsellors_choose_less(qapp, data_paths, tmp_path,
                                                                 monkeypatch, make_vault):
    from mfd_desktop import policy
    from mfd_desktop.gui.context import AppContext
    from mfd_desktop.gui.settings.settings_panel import SettingsPanel

    policy_file = tmp_path / "policy.toml"
    policy_file.write_text("[security]\nauto_lock_max_minutes = 10\n", encoding="utf-8")
    monkeypatch.setenv("MFD_POLICY_FILE", str(policy_file))
    ctx = AppContext(data_paths, **policy.settings_service_kwargs(data_paths))
    ctx.set_unlocked(make_vault()[0])
    ctx.settings.set("auto_lock_minutes", 3)
    assert ctx.settings.get("auto_lock_minutes") == 3
    with pytest.raises(Exception, match="höchstens|10"):
        ctx.settings.set("auto_lock_minutes", 30)
    panel = SettingsPanel(ctx)
    assert panel.auto_lock.maximum() == 10


def test_second_window_on_the_same_vault_is_refused(qapp, make_vault, data_paths, monkeypatch):
    from mfd_desktop.storage.instance_lock import IN_USE_MESSAGE, InstanceLock

    make_vault()[0].lock()
    held = InstanceLock(data_paths).acquire()
    shown = []
    monkeypatch.setattr(app_module.QMessageBox, "warning",
                        lambda _parent, _title, text: shown.append(text))
    try:
        code = app_module.main(["mfd-desktop", "--data-dir", str(data_paths.root)])
    finally:
        held.release()
    assert code == 1
    assert shown == [str(IN_USE_MESSAGE)]
