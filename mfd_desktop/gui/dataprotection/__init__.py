"""GUI for data protection and durability (issue 8).

- `settings_section.BackupSettingsSection`: the „Sicherung“ tab of the settings dialog
  (Sicherung erstellen with progress, reminder, automatic backups, Löschfristen, Protokoll).
- `retention_view.RetentionDialog`: cases due for deletion, confirm, delete for real.
- `audit_view.AuditLogDialog`: the audit log and its chain check.
- `case_tab.DataProtectionTab`: data-subject rights in the case view (CASE_TABS).
- `handover_dialog.HandoverDialog`: „Fall übergeben“ with a one-time password or to a
  colleague's handover key; `handover_key.HandoverKeyDialog`: „Mein Übergabe-Schlüssel“;
  `transfer_import`: Datei › Fall übernehmen….
- `hooks`: functions for the app shell — `install(ctx)` (automatic daily backup after
  unlock), `backup_reminder(ctx)`, `offer_restore_after_damage(...)` for the unlock
  screen, `acquire_instance_lock(paths)`.
Strings are English sources, German via resources/translations/dataprotection_*.ts.
"""
