"""The Qt Designer forms in ui/: compiled, never committed as code, all used, translated.

Forms are compiled to mfd_desktop/gui/forms/ui_<name>.py by scripts/compile_forms.py
(build output; tests/conftest.py runs it before the GUI is imported).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "scripts" / "compile_forms.py")
cf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cf)

FORMS = cf.forms()


def _git_files(*pathspec: str) -> list[str]:
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout")
    out = subprocess.run(["git", "-C", str(ROOT), "ls-files", *pathspec],
                         capture_output=True, text=True, check=True).stdout
    return out.split()


def test_there_are_forms():
    assert {f.stem for f in FORMS} >= {"main_window", "unlock_screen", "settings_panel",
                                       "settings_page", "about_dialog"}


def test_no_generated_form_module_is_committed():
    committed = _git_files("mfd_desktop/gui/forms")
    assert committed == ["mfd_desktop/gui/forms/__init__.py"], (
        "generated form modules are build output, do not commit them: " + ", ".join(committed))
    marker = "Form generated " + "from reading UI file"  # uic's header line
    generated = [name for name in _git_files("*.py")
                 if marker in (ROOT / name).read_text(encoding="utf-8")]
    assert not generated


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_every_form_has_a_current_compiled_module(form):
    module_path = cf.module_for(form)
    assert module_path.exists(), f"{form.name} has no compiled module: run scripts/compile_forms.py"
    assert cf.is_current(form)
    class_name = ET.parse(form).getroot().findtext("class")
    module = importlib.import_module(f"mfd_desktop.gui.forms.{module_path.stem}")
    assert hasattr(module, f"Ui_{class_name}")


def test_check_mode_reports_a_stale_form(tmp_path, monkeypatch):
    form = tmp_path / "ui" / "probe.ui"
    form.parent.mkdir()
    form.write_text(FORMS[0].read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(cf, "UI_DIR", form.parent)
    monkeypatch.setattr(cf, "FORMS_DIR", tmp_path / "forms")
    assert cf.main(["--check"]) == 1
    assert cf.main([]) == 0
    assert cf.main(["--check"]) == 0
    module = cf.module_for(form)
    before = module.stat().st_mtime_ns
    cf.main([])  # current: not compiled again
    assert module.stat().st_mtime_ns == before
    os.utime(form, ns=(before + 10**9, before + 10**9))  # the form changed
    assert cf.main(["--check"]) == 1


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_every_form_is_used(form):
    pattern = re.compile(rf"from mfd_desktop\.gui\.forms\.ui_{re.escape(form.stem)} import")
    users = [p for p in (ROOT / "mfd_desktop" / "gui").rglob("*.py")
             if "forms" not in p.relative_to(ROOT / "mfd_desktop" / "gui").parts
             and pattern.search(p.read_text(encoding="utf-8"))]
    assert users, f"{form.name} is not used by any GUI module"


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_form_context_is_its_controller_class(form):
    """Texts in a form are translated in the context <class>; the controller's own tr()
    uses its class name, so both must be the same to share the catalogue."""
    class_name = ET.parse(form).getroot().findtext("class")
    users = [p for p in (ROOT / "mfd_desktop" / "gui").rglob("*.py")
             if f"forms.ui_{form.stem} import" in p.read_text(encoding="utf-8")]
    assert any(re.search(rf"^class {class_name}\(", p.read_text(encoding="utf-8"), re.M)
               for p in users)


def test_form_texts_follow_the_language(ctx, qtbot):
    from mfd_desktop.gui.main_window import MainWindow
    from tests.gui.conftest import switch_language

    window = MainWindow(ctx, watch_session=False)
    qtbot.addWidget(window)
    screen = window.unlock_screen
    assert window.lock_action.text() == "&Sperren"
    assert screen.unlock_button.text() == "&Entsperren"
    switch_language(ctx, qtbot, "en")
    assert window.lock_action.text() == "&Lock"
    assert screen.unlock_button.text() == "&Unlock"
    assert screen.passphrase.accessibleName() == "Passphrase"
    switch_language(ctx, qtbot, "de")
    assert screen.unlock_button.text() == "&Entsperren"
    assert screen.passphrase.accessibleName() == "Passphrase"


def _tab_order(start, names: list[str], steps: int = 200) -> list[str]:
    """The object names among `names` in the order Tab visits them from `start`. Keeps
    only strings: holding wrappers of Qt's inner widgets would outlive the test."""
    seen: list[str] = []
    widget = start
    for _ in range(steps):
        name = widget.objectName()
        if name in names and name not in seen:
            seen.append(name)
        widget = widget.nextInFocusChain()
    return seen


def test_unlock_screen_tab_order_and_names(ctx, qtbot):
    from mfd_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx, watch_session=False)
    qtbot.addWidget(window)
    window.show()
    screen = window.unlock_screen
    names = ["passphraseField", "unlockButton", "deviceUnlockButton", "recoveryLink"]
    assert _tab_order(screen.passphrase, names) == names
    assert screen.passphrase_label.buddy() is screen.passphrase
    assert screen.recovery_link.accessibleName()


def test_settings_panel_form_order_names_and_language_data(unlocked_ctx, qtbot):
    from mfd_desktop.gui.settings.settings_panel import LANGUAGE_NAMES, SettingsPanel

    panel = SettingsPanel(unlocked_ctx, keyring_available=lambda: False)
    qtbot.addWidget(panel)
    panel.show()
    assert [(panel.language.itemData(i), panel.language.itemText(i))
            for i in range(panel.language.count())] == list(LANGUAGE_NAMES)
    assert panel.tabText(0) == "Allgemein" and panel.tabText(1) == "Sicherheit"
    for label, editor in ((panel.language_label, panel.language),
                          (panel.auto_lock_label, panel.auto_lock),
                          (panel.clipboard_label, panel.clipboard)):
        assert label.buddy() is editor and editor.accessibleName()
    # Tab order as the form declares it (walking the live focus chain of this panel
    # creates wrappers for Qt's inner widgets that later tests then trip over).
    form = ET.parse(ROOT / "ui" / "settings_panel.ui").getroot()
    assert [t.text for t in form.iter("tabstop")] == [
        "languageCombo", "autoLockSpin", "clipboardSpin", "rememberCheck",
        "changePassphraseButton", "newRecoveryKeyButton"]
