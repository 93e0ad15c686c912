"""Settings tab "Server & Synchronisation": enrol with server address and code, see the
last sync, what waits and what the server refused, and "Jetzt synchronisieren".

All network and database work runs through `ctx.tasks` (worker thread, own vault
connection); this widget only collects input and shows results.
Layout, fixed texts and tab order: the form ui/sync_settings_section.ui.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QWidget

from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.forms.ui_sync_settings_section import Ui_SyncSettingsSection
from mfd_desktop.gui.i18n import fill, gui_text
from mfd_desktop.gui.page_base import SettingsSection
from mfd_desktop.gui.sync.service import load_config, service_for
from mfd_desktop.sync.client import SyncStatus, format_time_de
from mfd_desktop.sync.config import adopt_site_id

log = logging.getLogger("mfd.gui.sync")


class SyncSettingsSection(SettingsSection):
    """Controller of the form ui/sync_settings_section.ui."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._config = load_config(ctx)
        self.status: SyncStatus | None = None

        self.ui = ui = Ui_SyncSettingsSection()
        ui.setupUi(self)
        self.enrolment_box, self.enrolled_label = ui.enrolmentBox, ui.enrolledLabel
        self.url_label, self.url_edit = ui.serverUrlLabel, ui.serverUrl
        self.code_label, self.code_edit = ui.enrolmentCodeLabel, ui.enrolmentCode
        self.enrol_button, self.enrol_message = ui.enrolButton, ui.enrolMessage
        self.sync_box, self.last_sync_label, self.last_sync_value = (
            ui.syncBox, ui.lastSyncLabel, ui.lastSync)
        self.pending_label, self.pending_value = ui.pendingLabel, ui.pending
        self.problem_value, self.sync_button, self.sync_message = (
            ui.problems, ui.syncNow, ui.syncMessage)
        self.privacy_note = ui.privacyNote
        self.url_edit.setText(self._config.server_url)
        self.url_edit.setReadOnly(self._config.server_url_locked)
        self.code_edit.setText(self._config.enrolment_code)

        self.enrol_button.clicked.connect(self.enrol)
        self.sync_button.clicked.connect(self.sync_now)
        background = getattr(ctx, "background_sync", None)
        if background is not None:
            background.finished.connect(lambda _r: self.refresh())
        self.retranslate()
        self.show_status(None)
        self.refresh()

    # ----- texts ------------------------------------------------------------------------

    def title(self) -> str:
        # a tab title: "&&" shows one "&" (a single "&" would mark a shortcut key)
        return self.tr("Server && synchronisation")

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if self.url_edit.isReadOnly():
            self.url_edit.setToolTip(self.tr("Set by your administrator"))
        if getattr(self, "_sync_result", None) is not None:
            self.sync_message.setText(gui_text(self._sync_result.message))  # re-worded
        self.show_status(self.status)

    # ----- status -----------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.ctx.is_unlocked:
            return
        service = service_for(self.ctx)
        self.ctx.tasks.run_with_connection(lambda conn: service.status(conn=conn),
                                           read_only=False, on_done=self.show_status,
                                           on_error=lambda f: self.sync_message.setText(f.message))

    def show_status(self, status: SyncStatus | None) -> None:
        self.status = status
        if status is None or not status.enrolled:
            self.enrolled_label.setText(self.tr(
                "This device is not enrolled yet. Enter the server address and the one-time "
                "code from your administrator."))
            self.last_sync_value.setText("–")
            self.pending_value.setText(
                "–" if status is None else fill(self.tr("%1 released statistics"), status.pending))
            self.sync_button.setEnabled(False)
            self.problem_value.setVisible(False)
            return
        where = (self.tr("in the operating system's keyring") if status.token_location == "keyring"
                 else self.tr("encrypted in the vault"))
        self.enrolled_label.setText(fill(self.tr(
            "Enrolled for counselling centre %1 at %2. The access key is kept %3."),
            status.site_id, status.server_url, where))
        self.enrol_button.setText(self.tr("Enrol again"))
        if not self.url_edit.text() and status.server_url:
            self.url_edit.setText(status.server_url)
        success = status.last_success
        self.last_sync_value.setText(format_time_de(success.finished_at) if success
                                     else self.tr("never"))
        self.pending_value.setText(self.tr("nothing") if status.pending == 0 else
                                   fill(self.tr("%1 released statistics"), status.pending))
        problems = []
        last = status.last_run
        if last is not None and last.outcome in ("offline", "error") and last.stored_message:
            problems.append(fill(self.tr("Last attempt on %1: %2"),
                                 format_time_de(last.finished_at), gui_text(last.message)))
        for item in status.refused:
            problems.append(fill(self.tr("Refused by the server: %1"), gui_text(item.error)))
        self.problem_value.setText("\n".join(problems))
        self.problem_value.setVisible(bool(problems))
        self.sync_button.setEnabled(not self._busy())

    def _busy(self) -> bool:
        background = getattr(self.ctx, "background_sync", None)
        return bool(background is not None and background.busy) or not self.isEnabled()

    # ----- actions ----------------------------------------------------------------------

    def enrol(self) -> None:
        url, code = self.url_edit.text().strip(), self.code_edit.text().strip()
        if not url or not code:
            self.enrol_message.setText(self.tr("Please enter the server address and the code."))
            return
        service = service_for(self.ctx)
        self.enrol_button.setEnabled(False)
        self.enrol_message.setText(self.tr("Enrolling…"))

        def done(result) -> None:
            self.enrol_button.setEnabled(True)
            self.code_edit.clear()
            message = gui_text(result.message)
            try:
                warning = gui_text(adopt_site_id(self.ctx.settings, result.site_id))
            except UserError as exc:
                warning = gui_text(exc)
            self.enrol_message.setText(message + ("\n" + warning if warning else ""))
            self.refresh()

        def failed(failure) -> None:
            self.enrol_button.setEnabled(True)
            self.enrol_message.setText(failure.message)

        self.ctx.tasks.run_with_connection(
            lambda conn: service.enroll(url, code, conn=conn), on_done=done, on_error=failed)

    def sync_now(self) -> None:
        service = service_for(self.ctx)
        self.sync_button.setEnabled(False)
        self._sync_result = None
        self.sync_message.setText(self.tr("Synchronising…"))

        def done(result) -> None:
            self._sync_result = result
            self.sync_message.setText(gui_text(result.message))
            self.refresh()

        def failed(failure) -> None:
            self._sync_result = None
            self.sync_message.setText(failure.message)
            self.refresh()

        self.ctx.tasks.run_with_connection(lambda conn: service.push_pending(conn=conn),
                                           on_done=done, on_error=failed)
