"""The „Datenschutz“ tab of a client's case (CASE_TABS extension point of gui/case).

Constructed as `DataProtectionTab(ctx, client_id, parent=None)`. Offers the
data-subject rights for this one client, each explained in one plain sentence with the
legal reference only in the tool tip — Auskunft (JSON + PDF into a chosen folder),
Einschränkung (read-only) and lifting it, handing the case over (with a one-time
password or sealed to a colleague's handover key, see `handover_dialog`), and in a
separate group "Endgültig" styled as dangerous Anonymisierung and Löschung, both
confirmed by typing the case number — and shows the consents (read only: they are
recorded and withdrawn in the Einwilligungen tab, `open_consents` asks the case view to
show it), the change history (Berichtigungen) and marked referrals. Slow work (PDF,
VACUUM, Argon2id) runs in workers; every confirmation is asked first.
`case_deleted(client_id)` tells the case view to close after deletion.

Layout and fixed texts: the form ui/data_protection_tab.ui; the list lines come from
`rights_lists`, the real dialogs behind the hooks from `case_tab_dialogs`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from mfd_desktop.domain.casework import attachments, clients
from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.domain.dataprotection import data_subject_rights as dsr
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.dataprotection import case_tab_dialogs as dialogs
from mfd_desktop.gui.dataprotection import handover_dialog
from mfd_desktop.gui.dataprotection.handover_dialog import HandoverDialog
from mfd_desktop.gui.dataprotection.rights_lists import consent_lines, history_lines
from mfd_desktop.gui.forms.ui_data_protection_tab import Ui_DataProtectionTab
from mfd_desktop.gui.i18n import current_language, fill
from mfd_desktop.messages import render
from mfd_desktop.reports.disclosure import render_disclosure


class DataProtectionTab(QWidget):
    case_deleted = Signal(int)
    changed = Signal(int)
    open_consents = Signal()

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None, *,
                 ask: Callable[[str, str], bool] | None = None,
                 choose_folder: Callable[[], str] | None = None,
                 choose_file: Callable[[], str] | None = None,
                 type_case_number: Callable[[str], str | None] | None = None,
                 show_passphrase: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        # Dialog hooks (tests replace them; the defaults are real Qt dialogs).
        self._ask = ask or (lambda title, text: dialogs.ask(self, title, text))
        self._choose_folder = choose_folder or (lambda: dialogs.choose_folder(self))
        self._choose_file = choose_file or (lambda: dialogs.choose_file(self))
        self._typing_title = ""
        self._type_case_number = type_case_number or (
            lambda prompt: dialogs.type_case_number(self, prompt, self._typing_title))
        self._show_passphrase = show_passphrase or (
            lambda title, phrase: dialogs.show_passphrase(self, title, phrase))
        self.handover_dialog: HandoverDialog | None = None
        self.ui = Ui_DataProtectionTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.state, self.reason, self.status = (ui.restrictionState, ui.reasonCombo,
                                                ui.dataProtectionStatus)
        self.rights_box, self.consent_box, self.history_box = (ui.rightsBox, ui.consentBox,
                                                               ui.historyBox)
        self.consents, self.history = ui.consentList, ui.historyList
        for key in dsr.RESTRICTION_REASONS:
            self.reason.addItem(render(dsr.RESTRICTION_REASONS[key]), key)  # labels: _fill_reasons
        for button, slot in ((ui.restrictButton, self.toggle_restriction),
                             (ui.exportButton, self.export_disclosure),
                             (ui.transferButton, self.hand_over),
                             (ui.anonymiseButton, self.anonymise),
                             (ui.deleteCaseButton, self.delete_case),
                             (ui.manageConsentsButton, self.open_consents.emit)):
            button.clicked.connect(slot)
        self.restrict_button, self.export_button = ui.restrictButton, ui.exportButton
        self.transfer_button, self.anonymise_button = ui.transferButton, ui.anonymiseButton
        self.delete_button, self.manage_consents_button = (ui.deleteCaseButton,
                                                          ui.manageConsentsButton)
        ctx.locking.connect(self._on_locking)
        self.retranslate()
        self.refresh()

    # ----- texts and state ---------------------------------------------------------------

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._fill_reasons()
        self._update_state()

    def _fill_reasons(self) -> None:
        """The restriction reasons in the display language (the stored key stays); the
        legal reference of each reason is its tool tip."""
        legal = {"accuracy_disputed": self.tr("Art. 18(1)(a) GDPR"),
                 "unlawful_no_erasure": self.tr("Art. 18(1)(b) GDPR"),
                 "legal_claims": self.tr("Art. 18(1)(c) GDPR"),
                 "objection": self.tr("Art. 18(1)(d) GDPR")}
        for i in range(self.reason.count()):
            key = self.reason.itemData(i)
            self.reason.setItemText(i, render(dsr.RESTRICTION_REASONS[key], current_language()))
            self.reason.setItemData(i, legal.get(key, self.tr("Art. 18 GDPR")),
                                    Qt.ItemDataRole.ToolTipRole)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "history_box"):
            self.retranslate()
            self.refresh()  # consents and marks in the new language
        super().changeEvent(event)

    def _conn(self):
        return self.ctx.vault.conn if self.ctx.is_unlocked else None

    def _update_state(self) -> None:
        conn = self._conn()
        restricted = conn is not None and dsr.is_restricted(conn, self.client_id)
        self.state.setText(
            self.tr("Restricted: the case can only be read.")
            if restricted else self.tr("The case is not restricted."))
        self.restrict_button.setText(self.tr("Lift restriction") if restricted
                                     else self.tr("Restrict"))
        self.reason.setEnabled(not restricted)
        for button in (self.anonymise_button, self.delete_button):
            button.setEnabled(not restricted)

    def refresh(self) -> None:
        conn = self._conn()
        self.consents.clear()
        self.history.clear()
        if conn is None:
            return
        self._update_state()
        language = current_language()
        for line in consent_lines(conn, self.client_id, language):
            self.consents.addItem(line.text)
            item = self.consents.item(self.consents.count() - 1)
            item.setData(256, line.consent_id)
            item.setData(257, line.withdrawn)
        self.history.addItems(history_lines(conn, self.client_id, language))

    # ----- actions -------------------------------------------------------------------------

    def _run(self, fn, *args, on_done=None) -> int:
        self.status.setText(self.tr("Working…"))

        def done(result) -> None:
            self.status.setText("")
            if on_done is not None:
                on_done(result)

        return self.ctx.tasks.run_with_connection(fn, *args, on_done=done,
                                                  on_error=lambda f: self.status.setText(f.message))

    def toggle_restriction(self) -> None:
        conn = self._conn()
        if conn is None:
            return
        if dsr.is_restricted(conn, self.client_id):
            dsr.lift_restriction(conn, self.client_id)
        else:
            dsr.restrict(conn, self.client_id, self.reason.currentData())
        self.refresh()
        self.changed.emit(self.client_id)

    def export_disclosure(self) -> int | None:
        folder = self._choose_folder()
        if not folder:
            return None

        def done(files) -> None:
            self.status.setText(self.tr("Disclosure saved: {json} and {pdf}")
                                .format(json=files.json_path.name, pdf=files.pdf_path.name))

        cid = self.client_id
        task = self._run(lambda conn: dsr.export_disclosure(conn, cid, Path(folder),
                                                           render_pdf=render_disclosure),
                         on_done=done)
        return task

    def hand_over(self) -> HandoverDialog:
        """Ask how the colleague will open the file (one-time password or their handover
        key); once the dialog is accepted, ask for the file name and write it in a worker.
        Returns the (window-modal, already open) dialog."""
        conn = self._conn()
        own = case_transfer.own_fingerprint(conn) if conn is not None else None
        if self.handover_dialog is not None:
            self.handover_dialog.deleteLater()
        dialog = HandoverDialog(self, own_fingerprint=own,
                                known_colleagues=case_transfer.known_colleague_names(conn))
        dialog.accepted.connect(lambda: self._write_handover(dialog.mode, dialog.recipient_key,
                                                             dialog.recipient_fingerprint))
        self.handover_dialog = dialog
        dialog.open()
        return dialog

    def _write_handover(self, mode: str, key: str, key_fingerprint: str | None) -> int | None:
        target = self._choose_file()
        if not target:
            return None
        cid = self.client_id
        consented = self._attachments_consented()
        if consented is None:
            return None
        extra = {"with_attachments": True} if consented else {}

        if mode == handover_dialog.KEY:
            def sealed(_export) -> None:
                self.status.setText(fill(self.tr(
                    "Handover file saved, locked to the key with fingerprint %1. Only that "
                    "colleague's app can open it; no password is needed. The case stays here "
                    "until you delete it."), key_fingerprint or ""))

            return self._run(lambda conn: case_transfer.export_case(
                conn, cid, Path(target), recipient_key=key, **extra), on_done=sealed)

        def done(export) -> None:
            self.status.setText(self.tr("Handover file saved. The case stays here until you "
                                        "delete it."))
            self._show_passphrase(self.tr("Hand case over"), export.passphrase)

        return self._run(lambda conn: case_transfer.export_case(conn, cid, Path(target), **extra),
                         on_done=done)

    def _attachments_consented(self) -> bool | None:
        """Attachments go along only with the client's consent: asked when the case has
        any. None: the counsellor cancelled the handover."""
        conn = self._conn()
        if conn is None or self.client_id is None or not attachments.list_attachments(
                conn, self.client_id):
            return False
        answer = QMessageBox.question(
            self, self.tr("Hand case over"),
            self.tr("This case has attachments (scans, photos, PDFs). Has the client agreed "
                    "that they are handed over too? Yes: with attachments; No: without."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes

    def _case_number_typed(self, title: str, prompt: str, mismatch: str) -> bool:
        """Ask the counsellor to type the case number (prompt has `{number}`); a mismatch
        puts `mismatch` in the status line. True only for the right number."""
        conn = self._conn()
        if conn is None:
            return False
        number = clients.get_client(conn, self.client_id).case_number or ""
        self._typing_title = title
        typed = self._type_case_number(prompt.format(number=number))
        if typed is None:
            return False
        if " ".join(typed.split()).casefold() != number.casefold():
            self.status.setText(mismatch)
            return False
        return True

    def anonymise(self) -> int | None:
        if not self._case_number_typed(self.tr("Anonymise"), self.tr(
                "This removes name, contact details, notes and tags of this client for good. "
                "The counts for statistics stay. This cannot be undone. To confirm, type the "
                "case number {number}:"),
                self.tr("The case number does not match; nothing was anonymised.")):
            return None
        cid = self.client_id
        return self._run(lambda conn: dsr.anonymise_client(conn, cid),
                         on_done=lambda _r: (self.refresh(), self.changed.emit(cid)))

    def delete_case(self) -> int | None:
        if not self._case_number_typed(self.tr("Delete case"), self.tr(
                "This deletes the case with everything that belongs to it for good. Released "
                "statistics keep their counts. To confirm, type the case number {number}:"),
                self.tr("The case number does not match; nothing was deleted.")):
            return None
        cid = self.client_id
        return self._run(lambda c: dsr.delete_client(c, cid),
                         on_done=lambda _r: self.case_deleted.emit(cid))

    def _on_locking(self) -> None:
        self.consents.clear()
        self.history.clear()
        if self.handover_dialog is not None and self.handover_dialog.isVisible():
            self.handover_dialog.reject()  # nothing is written for a locked vault

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.locking.disconnect(self._on_locking)
        super().closeEvent(event)

