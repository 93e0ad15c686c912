"""New Wiedervorlage: for a client, or with an optional case number typed in.

`FollowUpDialog(ctx, client_id=None, due=None)`; OK stores it (`saved_id`); typed text is
kept as a draft until saved. Layout: ui/followup_dialog.ui (the case number row is
hidden when the client is given).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from mfd_desktop.domain.casework import case_numbers, clients
from mfd_desktop.domain.casework.clients import find_by_case_number
from mfd_desktop.domain.deadlines import followups
from mfd_desktop.errors import UserError
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.dates import from_qdate, to_qdate
from mfd_desktop.gui.deadlines.draft_dialog import DraftDialog
from mfd_desktop.gui.draft_keeper import DraftKeeper
from mfd_desktop.gui.forms.ui_followup_dialog import Ui_FollowUpDialog

DEFAULT_DAYS_AHEAD = 7


class FollowUpDialog(DraftDialog):
    def __init__(self, ctx: AppContext, client_id: int | None = None,
                 parent: QWidget | None = None, due: dt.date | None = None):
        super().__init__(ctx, parent)
        self.client_id = client_id
        self.saved_id: int | None = None
        ui = Ui_FollowUpDialog()
        ui.setupUi(self)
        self._wire(ui)
        self.date_edit, self.text_edit, self.case_edit = (
            ui.followupDate, ui.followupText, ui.caseNumberEdit)
        self.date_label, self.text_label, self.case_label = (
            ui.dateLabel, ui.textLabel, ui.caseLabel)
        self.date_edit.setDate(to_qdate(
            due or dt.date.today() + dt.timedelta(days=DEFAULT_DAYS_AHEAD)))
        if client_id is not None:
            ui.formLayout.setRowVisible(self.case_edit, False)
        key = f"followup:new:client:{client_id}" if client_id else "followup:new"
        self.keeper = DraftKeeper(ctx, key, "followup",
                                  {"date": self.date_edit, "text": self.text_edit,
                                   "case": self.case_edit}, record_id=client_id, parent=self)
        self.keeper.restore()
        self.client_text = ""
        if client_id is not None and ctx.is_unlocked:
            c = clients.get_client(ctx.vault.conn, client_id)
            self.client_text = f"{c.display_name} ({c.case_number})"
        self.retranslate()
        self.resize(480, self.sizeHint().height())

    def retranslate(self) -> None:
        super().retranslate()
        if self.ctx.is_unlocked:  # „z. B. MZ-2026-0042“: the site's own form
            example = case_numbers.example(self.ctx.vault.conn)
            self.case_edit.setPlaceholderText(self.tr("e.g. %1").replace("%1", example))
        if self.client_text:
            self.setWindowTitle(self.tr("New follow-up – %1").replace("%1", self.client_text))

    def save(self, conn) -> None:
        client_id = self.client_id
        typed = self.case_edit.text().strip()
        if client_id is None and typed:
            client_id = find_by_case_number(conn, typed)
            if client_id is None:
                raise UserError(self.tr("There is no case with this case number."))
        self.saved_id = followups.add_followup(conn, from_qdate(self.date_edit.date()),
                                               self.text_edit.toPlainText(), client_id)

