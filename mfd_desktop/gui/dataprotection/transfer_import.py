"""Taking over a case a colleague handed over (Datei › Fall übernehmen…).

The colleague's app wrote an encrypted, signed `.mfdcase` file, either with a one-time
passphrase they give by phone or sealed to this vault's handover key (Datei › Mein
Übergabe-Schlüssel…). Here the counsellor picks the file and types the passphrase (only
for the first kind); a worker opens and checks the file in memory (a forged or altered
file stops here with the storage layer's German message). Before anything is imported,
`SenderDialog` shows who sent it — profile name and fingerprint — and what vouches for
it: the one-time passphrase, a sender confirmed before, or, for a new sender of a sealed
file, the fingerprint the counsellor now compares by phone and ticks. Only then a second
worker imports the case (all or nothing) and it is opened. The sender dialog's layout
and fixed texts: the form ui/sender_dialog.ui.
"""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.dataprotection.handover_key import fixed_font
from mfd_desktop.gui.forms.ui_sender_dialog import Ui_SenderDialog
from mfd_desktop.gui.i18n import fill
from mfd_desktop.gui.tasks import show_failure


def ask_file(parent: QWidget | None) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("TransferImport", "Take over a case"), "",
        QCoreApplication.translate("TransferImport", "Handover files (*%1)").replace("%1", case_transfer.SUFFIX))
    return Path(name) if name else None


def ask_passphrase(parent: QWidget | None) -> str | None:
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("TransferImport", "Take over a case"),
        QCoreApplication.translate("TransferImport", "One-time passphrase of the handover (your colleague tells you by phone):"),
        QLineEdit.EchoMode.Normal)
    return text if ok and text.strip() else None


class SenderDialog(QDialog):
    """Who sent the handover file, before it is imported. For a new sender of a sealed
    file, accepting needs the tick "compared by phone"; `confirmed_fingerprint` then
    carries the fingerprint to remember."""

    def __init__(self, opened: case_transfer.OpenedTransfer, parent: QWidget | None = None):
        super().__init__(parent)
        self.opened = opened
        self.ui = ui = Ui_SenderDialog()
        ui.setupUi(self)
        self.intro, self.profile_label, self.profile = ui.introLabel, ui.profileLabel, ui.senderProfile
        self.fingerprint_label, self.fingerprint = ui.fingerprintLabel, ui.senderFingerprint
        self.status, self.warning, self.confirm = (ui.senderStatus, ui.senderWarning,
                                                   ui.senderFingerprintCompared)
        self.message, self.buttons = ui.senderMessage, ui.buttonBox
        self.fingerprint.setFont(fixed_font(3))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirm.toggled.connect(lambda _on: self.message.setText(""))
        sender = opened.sender
        self.profile.setText(sender.profile_name if sender else "–")
        self.fingerprint.setText(sender.fingerprint if sender else "–")
        self.confirm.setVisible(opened.needs_confirmation)
        self.warning.setVisible(bool(sender and sender.name_clash and not sender.known))
        self.retranslate()

    @property
    def confirmed_fingerprint(self) -> str | None:
        if self.opened.needs_confirmation and self.confirm.isChecked() and self.opened.sender:
            return self.opened.sender.fingerprint
        return None

    def retranslate(self) -> None:
        opened, sender = self.opened, self.opened.sender
        self.ui.retranslateUi(self)
        self.intro.setText(fill(self.tr("Case %1 was handed over by:"), opened.case_number))
        if opened.authenticated_by == "passphrase":
            text = self.tr("This handover is authenticated by the one-time password your "
                           "colleague gave you by phone.")
            if sender is None:
                text = self.tr("An older handover file without the sender's signature. ") + text
        elif opened.authenticated_by == "known_sender":
            assert sender is not None
            text = fill(self.tr("You confirmed this sender's fingerprint on %1."),
                        (sender.known_since or "")[:10])
        else:
            text = self.tr("A new sender: call your colleague and compare this fingerprint "
                           "with the one they see under File › My handover key…. Take the "
                           "case over only if they match.")
        self.status.setText(text)
        if sender is not None and sender.name_clash:
            self.warning.setText(fill(self.tr(
                "Caution: a sender named “%1” is known here with a different fingerprint "
                "(%2)."), sender.profile_name, sender.name_clash))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Take case over"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "opened"):
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        if self.opened.needs_confirmation and not self.confirm.isChecked():
            self.message.setText(self.tr("Please compare the fingerprint with your colleague "
                                         "by phone first and tick the box."))
            return
        super().accept()


def import_handover(ctx: AppContext, parent: QWidget | None = None, *,
                    path: Path | None = None, passphrase: str | None = None,
                    on_imported=None) -> bool:
    """Ask for the file and (unless sealed to this vault) its passphrase, open and check it
    in a worker, show the sender, then import. Returns False when nothing was started:
    cancelled, not a handover file, or sealed to another vault's key (each with a
    message)."""
    if not ctx.is_unlocked:
        return False
    path = path or ask_file(parent)
    if path is None:
        return False
    title = QCoreApplication.translate("TransferImport", "Take over a case")
    try:
        mode = case_transfer.transfer_mode(path)
        meant_for = case_transfer.sealed_for(path)
    except Exception as exc:  # noqa: BLE001 - a malformed file: the German message below
        message = getattr(exc, "message", None) or QCoreApplication.translate("TransferImport", "This is not a handover file.")
        QMessageBox.warning(parent, title, message)
        return False
    if meant_for is not None and meant_for not in case_transfer.own_fingerprints(ctx.vault.conn):
        QMessageBox.warning(parent, title,
                            fill(QCoreApplication.translate(
                                "TransferImport",
                                "This handover file is meant for the handover key with the "
                                "fingerprint %1, not for yours. Please ask your colleague to "
                                "hand the case over again: to your key (File › My handover "
                                "key…) or with a one-time password."), meant_for))
        return False
    secret = None
    if mode != "x25519":
        secret = passphrase if passphrase is not None else ask_passphrase(parent)
        if secret is None:
            return False

    def done(result: case_transfer.TransferImport) -> None:
        text = QCoreApplication.translate("TransferImport", "Case %1 was taken over.").replace("%1", result.case_number)
        if result.renamed:
            text += " " + QCoreApplication.translate("TransferImport", "Its case number was already used here and was extended.")
        QMessageBox.information(parent, title, text)
        ctx.open_case.emit(result.client_id)
        if on_imported is not None:
            on_imported(result)

    def failed(failure) -> None:
        show_failure(failure, parent)

    def opened_ok(opened: case_transfer.OpenedTransfer) -> None:
        dialog = SenderDialog(opened, parent)
        with contextlib.suppress(RuntimeError, TypeError):
            ctx.locking.connect(dialog.reject)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            confirmed = dialog.confirmed_fingerprint
        finally:
            with contextlib.suppress(RuntimeError, TypeError):
                ctx.locking.disconnect(dialog.reject)
            dialog.deleteLater()
        if not accepted or not ctx.is_unlocked:
            return
        ctx.tasks.run_with_connection(
            functools.partial(case_transfer.import_opened, confirmed_fingerprint=confirmed),
            opened, on_done=done, on_error=failed)

    ctx.tasks.run_with_connection(
        functools.partial(case_transfer.open_transfer,
                          allow_below_floor=getattr(ctx, "allow_below_floor", False)),
        path, secret, on_done=opened_ok, on_error=failed)
    return True
