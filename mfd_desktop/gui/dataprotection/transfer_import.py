"""Taking over a case a colleague handed over (Datei › Fall übernehmen…).

The colleague's app wrote an encrypted `.mfdcase` file, either with a one-time
passphrase they give by phone or sealed to this vault's handover key (Datei › Mein
Übergabe-Schlüssel…). Here the counsellor picks the file, types the passphrase (only for
the first kind), and the case is imported into this vault in a worker (all or nothing),
then opened. A file sealed to another vault fails with the storage layer's German message.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from mfd_desktop.gui.context import AppContext
from mfd_desktop.gui.i18n import fill
from mfd_desktop.gui.tasks import show_failure
from mfd_desktop.storage import case_transfer


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


def import_handover(ctx: AppContext, parent: QWidget | None = None, *,
                    path: Path | None = None, passphrase: str | None = None,
                    on_imported=None) -> bool:
    """Ask for the file and (unless sealed to this vault) its passphrase, then import.
    Returns False when nothing was started: cancelled, not a handover file, or sealed to
    another vault's key (each with a message)."""
    if not ctx.is_unlocked:
        return False
    path = path or ask_file(parent)
    if path is None:
        return False
    try:
        mode = case_transfer.transfer_mode(path)
        meant_for = case_transfer.sealed_for(path)
    except Exception as exc:  # noqa: BLE001 - a malformed file: the German message below
        message = getattr(exc, "message", None) or QCoreApplication.translate("TransferImport", "This is not a handover file.")
        QMessageBox.warning(parent, QCoreApplication.translate("TransferImport", "Take over a case"), message)
        return False
    if meant_for is not None and meant_for != case_transfer.own_fingerprint(ctx.vault.conn):
        QMessageBox.warning(parent, QCoreApplication.translate("TransferImport", "Take over a case"),
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
        QMessageBox.information(parent, QCoreApplication.translate("TransferImport", "Take over a case"), text)
        ctx.open_case.emit(result.client_id)
        if on_imported is not None:
            on_imported(result)

    ctx.tasks.run_with_connection(case_transfer.import_case, path, secret, on_done=done,
                                  on_error=lambda failure: show_failure(failure, parent))
    return True
