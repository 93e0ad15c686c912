"""The "Server & Synchronisation" settings tab and the background sync, with real widgets
(pytest-qt), a real vault and a real server on 127.0.0.1."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mfd_desktop.gui.sync.background import BackgroundSync
from mfd_desktop.gui.sync.service import set_service
from mfd_desktop.gui.sync.settings_section import SyncSettingsSection
from tests.sync.conftest import make_service, outbox_rows, release_stats


def test_enrol_and_sync_from_the_settings_tab(qtbot, unlocked_ctx, server_factory, sqlite_url):
    live = server_factory(sqlite_url)
    vault = unlocked_ctx.vault
    set_service(unlocked_ctx, make_service(vault))
    section = SyncSettingsSection(unlocked_ctx)
    qtbot.addWidget(section)
    assert section.title() == "Server && Synchronisation"
    qtbot.waitUntil(lambda: section.status is not None, timeout=10_000)
    assert "noch nicht angemeldet" in section.enrolled_label.text()
    assert not section.sync_button.isEnabled()

    # missing code: a German hint, nothing sent
    section.url_edit.setText(live.url)
    qtbot.mouseClick(section.enrol_button, Qt.MouseButton.LeftButton)
    assert "Code" in section.enrol_message.text()

    section.code_edit.setText(live.enrollment_code("Worms-Caritas"))
    qtbot.mouseClick(section.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Worms-Caritas" in section.enrolled_label.text(), timeout=15_000)
    assert "verschlüsselt im Tresor" in section.enrolled_label.text()
    assert section.code_edit.text() == ""  # the one-time code is not kept around
    assert unlocked_ctx.settings.get("stats_site_id") == "Worms-Caritas"

    release_stats(vault, "Worms-Caritas", "2025-Q1")
    section.refresh()
    qtbot.waitUntil(lambda: "1 freigegebene" in section.pending_value.text(), timeout=10_000)
    assert section.last_sync_value.text() == "noch nie"
    qtbot.mouseClick(section.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.pending_value.text() == "nichts", timeout=15_000)
    assert "übertragen" in section.sync_message.text()
    assert section.last_sync_value.text() not in ("noch nie", "–")
    assert outbox_rows(vault)[0][2] == "sent"


def test_refusal_and_offline_are_shown_in_german(qtbot, unlocked_ctx, server_factory,
                                                 sqlite_url, proxy_factory):
    live = server_factory(sqlite_url)
    proxy = proxy_factory(live.port)
    vault = unlocked_ctx.vault
    service = make_service(vault)
    set_service(unlocked_ctx, service)
    service.enroll(proxy.url, live.enrollment_code("Worms-Caritas"), conn=vault.conn)
    release_stats(vault, "Andere-Stelle", "2025-Q1")  # refused: wrong site
    release_stats(vault, "Worms-Caritas", "2025-Q2")
    section = SyncSettingsSection(unlocked_ctx)
    qtbot.addWidget(section)
    qtbot.waitUntil(lambda: section.status is not None and section.status.enrolled,
                    timeout=10_000)
    proxy.stop()  # server down
    qtbot.mouseClick(section.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nicht erreichbar" in section.problem_value.text(), timeout=15_000)
    assert "2 freigegebene" in section.pending_value.text()
    proxy.start()
    qtbot.waitUntil(section.sync_button.isEnabled, timeout=10_000)
    qtbot.mouseClick(section.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.pending_value.text() == "nichts", timeout=15_000)
    assert "Vom Server abgelehnt" in section.problem_value.text()
    assert "Beratungsstelle" in section.problem_value.text()


def test_background_sync_sends_when_triggered(qtbot, unlocked_ctx, server_factory, sqlite_url):
    live = server_factory(sqlite_url)
    vault = unlocked_ctx.vault
    service = make_service(vault)
    set_service(unlocked_ctx, service)
    background = BackgroundSync(unlocked_ctx)
    # not enrolled: a run starts, finds nothing to do, sends nothing
    with qtbot.waitSignal(background.finished, timeout=10_000) as blocker:
        assert background.trigger()
    assert blocker.args == [None]
    service.enroll(live.url, live.enrollment_code("Worms-Caritas"), conn=vault.conn)
    release_stats(vault, "Worms-Caritas", "2025-Q1")
    with qtbot.waitSignal(background.finished, timeout=15_000) as blocker:
        assert background.trigger()
    assert blocker.args[0].sent == 1
    assert outbox_rows(vault)[0][2] == "sent"
    unlocked_ctx.lock()
    assert not background.trigger()  # nothing runs while the vault is locked
