"""Set (or remove) the counsellor's own last day of a stored deadline.

`OverrideDialog(ctx, deadline_id)`; the typed date and reason are kept as a draft until
saved. Layout: ui/override_dialog.ui.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from mfd_desktop.domain.deadlines import deadlines
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.dates import format_date, from_qdate, to_qdate
from mfd_desktop.gui.deadlines.draft_dialog import DraftDialog
from mfd_desktop.gui.draft_keeper import DraftKeeper
from mfd_desktop.gui.forms.ui_override_dialog import Ui_OverrideDialog
from mfd_desktop.gui.i18n import current_language
from mfd_desktop.messages import render


class OverrideDialog(DraftDialog):
    def __init__(self, ctx: AppContext, deadline_id: int, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.deadline_id = deadline_id
        ui = Ui_OverrideDialog()
        ui.setupUi(self)
        self._wire(ui)
        self.info_label, self.remove_check = ui.infoLabel, ui.removeCheck
        self.date_edit, self.reason_edit = ui.overrideDate, ui.reasonEdit
        self.date_label, self.reason_label = ui.dateLabel, ui.reasonLabel
        self._deadline = d = deadlines.get_deadline(ctx.vault.conn, deadline_id)
        self.date_edit.setDate(to_qdate(d.override_date or d.end_date))
        self.reason_edit.setText(d.override_reason or "")
        self.keeper = DraftKeeper(ctx, f"deadline:{deadline_id}:client:{d.client_id}", "deadline",
                                  {"override_date": self.date_edit, "reason": self.reason_edit},
                                  record_id=d.client_id, parent=self)
        self.keeper.restore()
        self.remove_check.setVisible(d.is_overridden)
        self.remove_check.toggled.connect(lambda on: (self.date_edit.setDisabled(on),
                                                      self.reason_edit.setDisabled(on)))
        self._show_info()

    def _show_info(self) -> None:
        d = self._deadline
        name = render(deadlines.rule_name(d.rule_key), current_language())
        computed = self.tr("computed")
        self.info_label.setText(f"{name}\n{format_date(d.end_date)} ({computed})")

    def retranslate(self) -> None:
        super().retranslate()
        self._show_info()

    def save(self, conn) -> None:
        if self.remove_check.isChecked():
            deadlines.set_override(conn, self.deadline_id, None)
        else:
            deadlines.set_override(conn, self.deadline_id, from_qdate(self.date_edit.date()),
                                   self.reason_edit.text())
