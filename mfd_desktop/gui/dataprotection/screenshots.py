"""Screenshots of the data-protection widgets (the `shots(ctx)` convention of
page_registry): the „Sicherung“ settings tab, Löschfristen, Protokoll, the handover
key and dialog, the sender shown before a case is taken over, and the case tab.
`ctx` is unlocked on the demo vault."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mfd_desktop.domain.dataprotection import case_transfer
from mfd_desktop.gui.dataprotection.audit_view import AuditLogDialog
from mfd_desktop.gui.dataprotection.case_tab import DataProtectionTab
from mfd_desktop.gui.dataprotection.handover_dialog import HandoverDialog
from mfd_desktop.gui.dataprotection.handover_key import HandoverKeyDialog
from mfd_desktop.gui.dataprotection.retention_view import RetentionDialog
from mfd_desktop.gui.dataprotection.settings_section import BackupSettingsSection
from mfd_desktop.gui.dataprotection.transfer_import import SenderDialog


def shots(ctx) -> list[tuple[str, QWidget]]:
    out: list[tuple[str, QWidget]] = []
    section = BackupSettingsSection(ctx)
    section.resize(640, 420)
    out.append(("settings-backup", section))
    out.append(("retention-dialog", RetentionDialog(ctx)))
    out.append(("audit-log", AuditLogDialog(ctx)))
    key_dialog = HandoverKeyDialog(ctx)
    ctx.tasks.wait_for_all(10_000)
    QCoreApplication.processEvents()  # delivers the key to the dialog
    out.append(("handover-key", key_dialog))
    handover = HandoverDialog()
    handover.key_radio.setChecked(True)
    handover.key_edit.setPlainText(case_transfer.my_public_key(ctx.vault.conn)[0])
    out.append(("handover-to-key", handover))
    row = ctx.vault.conn.execute("SELECT id FROM clients ORDER BY id LIMIT 1").fetchone()
    if row:
        with tempfile.TemporaryDirectory() as tmp:  # an encrypted file, sealed to itself
            own_key = case_transfer.my_public_key(ctx.vault.conn)[0]
            sealed = case_transfer.export_case(ctx.vault.conn, int(row[0]),
                                               Path(tmp) / "fall.mfdcase",
                                               recipient_key=own_key).path
            opened = case_transfer.open_transfer(ctx.vault.conn, sealed)
        out.append(("handover-sender", SenderDialog(opened)))
        tab = DataProtectionTab(ctx, int(row[0]))
        tab.resize(900, 640)
        out.append(("case-dataprotection", tab))
    return out
