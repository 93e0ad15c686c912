"""Quick capture from Heute, the client list and the case: „Frist erfassen“, „Beratung
erfassen“, „Wiedervorlage“.

Without a known client the client picker (gui/clients/client_picker_dialog.py) comes first;
Enter takes the selected client and the capture opens for it:
- Frist: `DeadlineDialog` (most used rules first, day 0 today) – Enter stores it.
- Wiedervorlage: `FollowUpDialog` (due in 7 days) – type the text, Ctrl+Enter stores it.
- Beratung: the case opens on its Beratungen tab with a new, empty consultation and the
  cursor in the note; Ctrl+S stores it.
So each is three key actions from Heute: its shortcut, Enter, and Enter/Ctrl+Enter/Ctrl+S.
`opened` reports every dialog as it opens (tests and screenshots use it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from mfd_desktop.gui.clients.client_picker_dialog import ClientPickerDialog

SHORTCUTS = {"deadline": "Ctrl+Shift+D", "consultation": "Ctrl+Shift+B",
             "followup": "Ctrl+Shift+W"}


class QuickCapture(QObject):
    opened = Signal(object)   # the picker, then the capture dialog
    saved = Signal(str, int)  # kind, client id – after a deadline or follow-up was stored

    def __init__(self, ctx, host: QWidget):
        super().__init__(host)
        self.ctx = ctx
        self.host = host

    # ----- the three captures -------------------------------------------------------------

    def deadline(self, client_id: int | None = None) -> None:
        self._with_client(self.tr("Record deadline – choose client"), client_id,
                          self._open_deadline)

    def followup(self, client_id: int | None = None) -> None:
        self._with_client(self.tr("Follow-up – choose client"), client_id,
                          self._open_followup)

    def consultation(self, client_id: int | None = None) -> None:
        self._with_client(self.tr("Record consultation – choose client"), client_id,
                          self._open_consultation)

    # ----- steps --------------------------------------------------------------------------

    def _with_client(self, title: str, client_id: int | None,
                     then: Callable[[int], None]) -> None:
        if not self.ctx.is_unlocked:
            return
        if client_id is not None:
            then(client_id)
            return
        picker = ClientPickerDialog(self.ctx, title, self.host)
        picker.accepted.connect(lambda: picker.choice and then(picker.choice.client_id))
        picker.finished.connect(picker.deleteLater)
        picker.open()
        self.opened.emit(picker)

    def _open_deadline(self, client_id: int) -> None:
        from mfd_desktop.gui.deadlines.deadline_dialog import DeadlineDialog

        dialog = DeadlineDialog(self.ctx, client_id, self.host)
        dialog.accepted.connect(lambda: self.saved.emit("deadline", client_id))
        dialog.open()
        self.opened.emit(dialog)

    def _open_followup(self, client_id: int) -> None:
        from mfd_desktop.gui.deadlines.followup_dialog import FollowUpDialog

        dialog = FollowUpDialog(self.ctx, client_id, self.host)
        dialog.accepted.connect(lambda: self.saved.emit("followup", client_id))
        dialog.open()
        dialog.text_edit.setFocus()
        self.opened.emit(dialog)

    def _open_consultation(self, client_id: int) -> None:
        from mfd_desktop.gui.case.case_view import CaseView

        self.ctx.open_case.emit(client_id)
        window = self.host.window()
        view = next((v for v in window.findChildren(CaseView) if v.client_id == client_id),
                    None)
        if view is None:
            return
        view.tabs.setCurrentWidget(view.consultations)
        view.consultations.new()
        view.consultations.note.setFocus()
        # The picker has just closed: give the keyboard back to the main window (not
        # every window manager does so by itself).
        window.activateWindow()
        self.opened.emit(view)
