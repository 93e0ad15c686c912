"""AppContext: what every page and dialog is handed (no global singletons).

It holds the data paths, the vault while unlocked, the settings service and the task
runner, and announces the vault's life cycle:

- `unlocked()` after a vault was opened (pages load their data, drafts come back);
- `locking()` BEFORE the vault closes: pages save drafts and empty their models now,
  while `ctx.vault` still works;
- `locked()` after the vault is closed and the key is gone;
- `open_case(client_id)` asks the case view (gui/case) to show one client; set
  `case_focus` = (tab key, id) just before to open it on that tab (Heute: "plan", goal).

Locking also clears text this app put on the clipboard.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from mfd_desktop.errors import VaultLockedError
from mfd_desktop.gui.i18n import Translations
from mfd_desktop.gui.secure_clipboard import SecureClipboard
from mfd_desktop.gui.tasks import TaskRunner
from mfd_desktop.messages import Msg
from mfd_desktop.paths import DataPaths
from mfd_desktop.security.kdf import KdfParams
from mfd_desktop.settings import SettingsService
from mfd_desktop.storage.vault import Vault

log = logging.getLogger("mfd.gui.context")


class AppContext(QObject):
    unlocked = Signal()
    locking = Signal()
    locked = Signal()
    open_case = Signal(int)

    def __init__(self, paths: DataPaths, settings: SettingsService | None = None,
                 tasks: TaskRunner | None = None, parent: QObject | None = None, *,
                 locked_values: dict[str, Any] | None = None,
                 maximum_values: dict[str, int] | None = None):
        super().__init__(parent)
        self.paths = paths
        self.vault: Vault | None = None
        self.settings = settings or SettingsService(paths.preferences, self._vault_conn,
                                                    locked_values=locked_values,
                                                    maximum_values=maximum_values)
        self.tasks = tasks or TaskRunner(lambda: self.vault, parent=self)
        # Tests set these to use fast KDF parameters; production leaves them alone, so
        # new passphrase slots are tuned to the machine and the floor is enforced.
        self.allow_below_floor = False
        self.kdf_params: KdfParams | None = None
        self._clipboard: SecureClipboard | None = None
        self.translations = Translations()
        # The single-instance lock of the vault, held for the app's life (set by app.main;
        # restoring a backup needs to know it is held).
        self.instance_lock: Any | None = None
        self.case_focus: tuple[str, int] | None = None

    @property
    def clipboard(self) -> SecureClipboard:
        """Copy sensitive text with `ctx.clipboard.copy(text)`; cleared after a while."""
        if self._clipboard is None:
            self._clipboard = SecureClipboard(self.settings, parent=self)
        return self._clipboard

    def _vault_conn(self) -> Any:
        if self.vault is None:
            raise VaultLockedError(Msg("vault.locked"))
        return self.vault.conn

    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None and not self.vault.is_locked

    def set_unlocked(self, vault: Vault) -> None:
        """Adopt a freshly unlocked vault and tell every page."""
        if self.vault is not None and self.vault is not vault:
            self.lock()
        self.vault = vault
        log.info("vault available to the GUI")
        self.unlocked.emit()

    def lock(self) -> None:
        """locking → vault.lock() → locked. Idempotent; pages save drafts on `locking`."""
        if self.vault is None:
            return
        try:
            self.locking.emit()
        finally:
            self.tasks.stop_db_work()
            vault, self.vault = self.vault, None
            vault.lock()
            if self._clipboard is not None:
                self._clipboard.clear_now()
            self.locked.emit()
