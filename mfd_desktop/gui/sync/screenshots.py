"""Screenshot of the "Server & Synchronisation" settings tab (shots(ctx) convention).

The demo vault is not enrolled anywhere, so the tab is shown with an invented status
(enrolled, two statistics waiting, one refusal) that is not written to the vault."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mfd_desktop.gui.sync.settings_section import SyncSettingsSection
from mfd_desktop.messages import Msg
from mfd_desktop.sync.client import SyncStatus
from mfd_desktop.sync.outbox import RefusedItem
from mfd_desktop.sync.state import SyncRun


def shots(ctx) -> list[tuple[str, QWidget]]:
    section = SyncSettingsSection(ctx)
    ctx.tasks.wait_for_all(5_000)
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()
    success = SyncRun("2026-04-02T08:15:00Z", "2026-04-02T08:15:03Z", "ok", 1, 0, 0, None)
    offline = SyncRun("2026-07-03T09:00:00Z", "2026-07-03T09:00:12Z", "offline", 0, 0, 2,
                      Msg("sync.unreachable").to_json())
    section.show_status(SyncStatus(
        enrolled=True, server_url="https://statistik.liga-rlp.example", site_id="Mainz-Caritas",
        token_location="keyring", pending=2, last_run=offline, last_success=success,
        refused=[RefusedItem("2025-Q4", 1, Msg(
            "sync.refused", period="2025-Q4", revision=1,
            reason="Die Statistik nennt eine andere Beratungsstelle.").to_json())]))
    section.resize(720, 560)
    return [("settings-sync", section)]
