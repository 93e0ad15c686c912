"""Several counsellors on one laptop: the app asks whose vault to open."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from mfd_desktop.gui import app as app_module
from mfd_desktop.gui.profile_chooser import choose_profile, profile_dialog
from mfd_desktop.storage.profiles import ProfileStore
from tests.conftest import FAST_KDF


def _two_profiles(data_paths):
    store = ProfileStore(data_paths.root)
    for name in ("Aylin", "Bernd"):
        _profile, vault, _key = store.create(name, f"{name} Passphrase lang genug",
                                             kdf_params=FAST_KDF, allow_below_floor=True)
        vault.lock()
    return store.list()


def test_the_chosen_profile_is_opened(qapp, data_paths):
    profiles = _two_profiles(data_paths)
    assert [p.name for p in profiles] == ["Aylin", "Bernd"]
    dialog = profile_dialog(profiles)
    assert dialog.windowTitle() and dialog.comboBoxItems() == ["Aylin", "Bernd"]
    dialog.setTextValue("Bernd")
    QTimer.singleShot(0, dialog.accept)
    chosen = choose_profile(profiles, dialog=dialog)
    assert chosen is not None and chosen.name == "Bernd"
    assert chosen.paths.root != profiles[0].paths.root and chosen.has_vault


def test_one_profile_needs_no_question_and_cancel_opens_nothing(qapp, data_paths, monkeypatch):
    profiles = _two_profiles(data_paths)
    assert choose_profile(profiles[:1]) == profiles[0]
    monkeypatch.setattr(app_module, "choose_profile", lambda _profiles: None)
    assert app_module.main(["mfd-desktop", "--data-dir", str(data_paths.root)]) == 0


def test_a_damaged_profile_list_is_a_message_not_a_crash(qapp, data_paths, monkeypatch):
    data_paths.root.mkdir(parents=True)
    (data_paths.root / "profiles.json").write_text("{kaputt", encoding="utf-8")
    shown = []
    monkeypatch.setattr(app_module.QMessageBox, "warning",
                        lambda _parent, _title, text: shown.append(text))
    assert app_module.main(["mfd-desktop", "--data-dir", str(data_paths.root)]) == 1
    assert shown and "profiles.json" in shown[0]
