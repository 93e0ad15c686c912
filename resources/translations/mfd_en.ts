<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MFD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(shown when unlocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline counselling assistant for migration counselling services (MFD) in Rhineland-Palatinate. Case data stays encrypted on this computer.&lt;br&gt;&lt;br&gt;Version %1 · SQLCipher %2 · Qt %3 · PySide6 %4 · Python %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party components and their &amp;licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentConsultationDialog</name>
    <message>
        <source>&amp;Save consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interpreter was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>New outreach place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the place (no names of clients):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Overlaps with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: please choose a case from the list (or leave the field empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ausländerbehörde Mainz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an outreach place to the local list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>Type part of the case number or name; leave empty for an appointment without a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed, language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>stays in the vault; never exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentStructuralDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as structural work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no names of clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>⚠ %1 appointments of this week overlap another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the appointment of %1 at %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation was recorded in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment was recorded as structural work (page Strukturarbeit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appointments written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calendar events imported (%2 recurring); shown in grey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the week before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the current week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the week after (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new appointment (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected appointment (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;consultation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the consultation of this appointment: date, client and place are filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as &amp;structural work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as structural work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group session, information event or network meeting that took place becomes a Strukturarbeit entry (counted once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the appointments to an iCalendar file (.ics) without personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an iCalendar file (.ics), e.g. the office&apos;s opening hours; shown as imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentDescribeDialog</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– (the case as a whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bescheid Jobcenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deli&amp;vered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to &amp;consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to &amp;document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to document (checklist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document of one of the case&apos;s checklists, e.g. the Bescheid that was asked for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This file cannot be displayed. It may be damaged; you can still export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments of this case: %1 · all attachments in the vault: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export unencrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted: anyone with access to the folder can read it. Save it only where it is protected, and delete it when it is no longer needed. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from this case for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans, photos and PDFs of this case, stored encrypted in the vault. Drag files here or add them with the button (PDF, JPEG, PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a PDF, JPEG or PNG file to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the attachment, e.g. &quot;Bescheid&quot;, and its delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unencrypted copy to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Every export, deletion, restriction, correction, consent withdrawal and backup is recorded here with time and profile — never with names or notes. The entries are chained, so a changed or removed entry shows when checked.</source>
        <translation>Every export, deletion, restriction, correction, consent withdrawal and backup is recorded here with time and profile — never with names or notes. The entries are chained, so a changed or removed entry shows when checked.</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check log</source>
        <translation>Check log</translation>
    </message>
    <message>
        <source>Log intact: {count} entries, chain complete.</source>
        <translation>Log intact: {count} entries, chain complete.</translation>
    </message>
    <message>
        <source>The log has been changed:</source>
        <translation>The log has been changed:</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>BackupSettingsSection</name>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Reminder and deletion periods</source>
        <translation>Reminder and deletion periods</translation>
    </message>
    <message>
        <source>Create backup…</source>
        <translation>Create backup…</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>Create backup</translation>
    </message>
    <message>
        <source>Restore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this vault with a backup file; the current vault is kept aside, never deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind after (days)</source>
        <translation>Remind after (days)</translation>
    </message>
    <message>
        <source>Delete closed cases after (years)</source>
        <translation>Delete closed cases after (years)</translation>
    </message>
    <message>
        <source>Deletion periods…</source>
        <translation>Deletion periods…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>No backup on another drive yet. The backup file opens only with your passphrase or recovery key.</source>
        <translation>No backup on another drive yet. The backup file opens only with your passphrase or recovery key.</translation>
    </message>
    <message>
        <source>Last backup: {when}. The backup file opens only with your passphrase or recovery key.</source>
        <translation>Last backup: {when}. The backup file opens only with your passphrase or recovery key.</translation>
    </message>
    <message>
        <source>Choose a folder for the backup (for example a USB stick)</source>
        <translation>Choose a folder for the backup (for example a USB stick)</translation>
    </message>
    <message>
        <source>Creating backup… You can keep working.</source>
        <translation>Creating backup… You can keep working.</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Bar chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSettingsSection</name>
    <message>
        <source>Case numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short code of the &amp;counselling centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short code of the counselling centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clients get the next free case number of the year with this code in front. Existing case numbers are not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the client list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a letter or form filled from this case (Vollmacht, Akteneinsicht, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Consents tab with the form filled in for this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print case summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished">Consents</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent missing for the referral to %1. Data was passed on; please record the client&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the personal data first; then consultations, referrals and consents can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case_summary</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print case summary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the case summary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed and the vault is re-encrypted: the old passphrase and the old recovery key no longer open it. This is your new recovery key. It is shown only now. Print the emergency sheet and keep it in the office safe; shred the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current passphrase and choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current passphrase and choose a new one. The recovery key stays valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;suspect that someone knows the old passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the whole vault is re-encrypted with a new key and you get a new recovery key. The old passphrase and the old recovery key will no longer open it. This can take a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is being re-encrypted with a new key. This can take a minute; please do not switch the computer off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encryption progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistItemsModel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (DD.MM.YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>no longer in the template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistStates</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available (original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Open documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <source>Checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment (DD.MM.YYYY, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update to new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment at the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist yet. Choose a template above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: %1 · template version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer version of this template exists (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this checklist with all states and notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update to new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes will be applied. States, due dates and notes of the remaining documents are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Case &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">Case number</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <comment>placeholder of the birth year: the format, never a value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search languages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of interpreting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title &amp;valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival in G&amp;ermany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival in Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day, month or only the year: 03.02.2019, 02.2019 or 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY, MM.YYYY or YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of residence (&amp;district)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of residence (district)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District (Landkreis) or independent city of Rhineland-Palatinate, outside RLP, or not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;unicipality / local area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality or local area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; stays on this computer (statistics count only the district)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;tection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special protection &amp;needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special protection needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case s&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing &amp;reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished">Closed on</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status: current value and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status: new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new value from a given day on (the history keeps the earlier ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work / training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work / training: current value and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work / training: new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German level (CEFR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German level (CEFR): current value and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German level (CEFR): new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated when saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>%1 of %2 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search by name or case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name or of the case number; the arrow keys choose in the list, Enter takes the selected client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Choose client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Case number</source>
        <translation type="unfinished">Case number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name/case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished">Referral</translation>
    </message>
    <message>
        <source>Search names, case numbers and notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Check the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make sure the key was written down correctly, please type group %1 and group %2. You can go back to look at the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper or lower case does not matter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Purpose and recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished">Consent</translation>
    </message>
    <message>
        <source>Check the purpose, recipient and date, then record the consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent has already been withdrawn.</source>
        <translation type="unfinished">This consent has already been withdrawn.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished">Withdraw consent</translation>
    </message>
    <message>
        <source>Record the withdrawal of this consent as of today? Referrals that passed data on it are marked.</source>
        <translation type="unfinished">Record the withdrawal of this consent as of today? Referrals that passed data on it are marked.</translation>
    </message>
    <message>
        <source>Withdrawal recorded; {count} referral(s) marked.</source>
        <translation type="unfinished">Withdrawal recorded; {count} referral(s) marked.</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of &amp;recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office from the address &amp;book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office from the address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient in &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the withdrawal as of today. Referrals that passed data on this consent are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print consent form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form for the client to sign, filled in with the purpose and recipient chosen above and the contact of the counselling office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please select a consent in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>accessible name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <comment>accessible name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme this consultation belongs to (MFD, MBE, JMD, …); a new consultation takes the case&apos;s service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search topics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter &amp;used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of interpreting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of interpreting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreted &amp;between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interp&amp;reter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter from the address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreters of this office: name, languages, contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relative under 18 interpreted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsaved note was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the text typed in this consultation?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown for data protection reasons: too few clients in this period for any breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this many: the sum of the released periods in which this value is shown; in at least one it is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown for data protection reasons: a small number, or a value of any size hidden so that a small one cannot be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption is being tuned to this computer and the vault is being created. This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import client list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">Case number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows, encoding %3, separated by %4. %5 new, %6 already in the vault (will be skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already there – skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported until every problem is fixed in the file (%1 problems):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataProtection</name>
    <message>
        <source>There is no backup on another drive yet. Please choose Settings › Backup › Create backup (for example onto a USB stick).</source>
        <translation>There is no backup on another drive yet. Please choose Settings › Backup › Create backup (for example onto a USB stick).</translation>
    </message>
    <message>
        <source>The last backup is {days} days old. Please create a new one under Settings › Backup (for example onto a USB stick).</source>
        <translation>The last backup is {days} days old. Please create a new one under Settings › Backup (for example onto a USB stick).</translation>
    </message>
    <message>
        <source>Vault damaged</source>
        <translation>Vault damaged</translation>
    </message>
    <message>
        <source>The vault is damaged. Restore the newest good backup now? The damaged vault is kept aside, nothing is deleted. Changes made after that backup are missing afterwards.</source>
        <translation>The vault is damaged. Restore the newest good backup now? The damaged vault is kept aside, nothing is deleted. Changes made after that backup are missing afterwards.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>No backup could be opened with this passphrase.</source>
        <translation>No backup could be opened with this passphrase.</translation>
    </message>
</context>
<context>
    <name>DataProtectionTab</name>
    <message>
        <source>Folder for the disclosure</source>
        <translation>Folder for the disclosure</translation>
    </message>
    <message>
        <source>Save handover file</source>
        <translation>Save handover file</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Consents of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents are recorded and withdrawn in one place: the Consents tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record or withdraw consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections and marks</source>
        <translation>Corrections and marks</translation>
    </message>
    <message>
        <source>Rights of the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right of access, Art. 15 GDPR. The data file also serves the right to data portability, Art. 20 GDPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure: everything stored about the client, as a PDF to hand over and as a data file – for when the client asks what we know about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export disclosure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction of processing, Art. 18 GDPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict: the case stays stored but may only be read – e.g. when the client disputes that the details are correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to data portability, Art. 20 GDPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over: the case goes as a locked file to a colleague in another counselling office – e.g. when the client moves. It stays here until you delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand case over…</source>
        <translation>Hand case over…</translation>
    </message>
    <message>
        <source>Final – cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to erasure, Art. 17 GDPR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise: name, contact details, notes and tags are removed for good; only the counts for the statistics stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Delete case: the case and everything that belongs to it is removed for good – e.g. when the retention period is over or the client asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Delete case…</translation>
    </message>
    <message>
        <source>Reason for the restriction</source>
        <translation>Reason for the restriction</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Lift restriction</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>withdrawn on {date}</translation>
    </message>
    <message>
        <source>{when}: {field} changed from „{old}“ to „{new}“</source>
        <translation>{when}: {field} changed from „{old}“ to „{new}“</translation>
    </message>
    <message>
        <source>Referral of {date} to {target}: data was passed on a consent that has since been withdrawn</source>
        <translation>Referral of {date} to {target}: data was passed on a consent that has since been withdrawn</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <source>One-time password for the handover — please read it out to your colleague by phone. Never send it with the file.</source>
        <translation>One-time password for the handover — please read it out to your colleague by phone. Never send it with the file.</translation>
    </message>
    <message>
        <source>Art. 18(1)(a) GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 18(1)(b) GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 18(1)(c) GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 18(1)(d) GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 18 GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted: the case can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Disclosure saved: {json} and {pdf}</source>
        <translation>Disclosure saved: {json} and {pdf}</translation>
    </message>
    <message>
        <source>Handover file saved, locked to the key with fingerprint %1. Only that colleague&apos;s app can open it; no password is needed. The case stays here until you delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover file saved. The case stays here until you delete it.</source>
        <translation>Handover file saved. The case stays here until you delete it.</translation>
    </message>
    <message>
        <source>Hand case over</source>
        <translation>Hand case over</translation>
    </message>
    <message>
        <source>This case has attachments (scans, photos, PDFs). Has the client agreed that they are handed over too? Yes: with attachments; No: without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>This removes name, contact details, notes and tags of this client for good. The counts for statistics stay. This cannot be undone. To confirm, type the case number {number}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number does not match; nothing was anonymised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes the case with everything that belongs to it for good. Released statistics keep their counts. To confirm, type the case number {number}:</source>
        <translation>This deletes the case with everything that belongs to it for good. Released statistics keep their counts. To confirm, type the case number {number}:</translation>
    </message>
    <message>
        <source>The case number does not match; nothing was deleted.</source>
        <translation>The case number does not match; nothing was deleted.</translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from the calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCalculatorForm</name>
    <message>
        <source>&amp;Deadline rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechtsbehelfsbelehrung missing or wrong (1 year instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date is the day of posting (plain letter: 4th day after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain letter counts as received on the 4th day after posting (Bekanntgabefiktion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day 0 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without guarantee (ohne Gewähr): the app only suggests the date. The Rechtsbehelfsbelehrung of the letter and legal advice prevail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No computed last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the rule&apos;s name; the arrow keys go to the next or previous matching rule. The rules used most often come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Widerspruch, Dublin, Klage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my own last day instead (needs a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create follow-ups for the reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Own last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the own last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. confirmed by the lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deadline – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>There is no case with this case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deadlines and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">Case number</translation>
    </message>
    <message>
        <source>&amp;Save for this case…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>The vault is locked. Your input is kept; unlock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueCasesModel</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Due since</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>restricted (Art. 18)</source>
        <translation>restricted (Art. 18)</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is set up. MFD Desktop locks itself after a few minutes without input and when you press Ctrl+L. Whatever you are typing is kept as an encrypted draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets you unlock with this computer&apos;s password store instead of the passphrase. Only use this on a laptop that only you use and that has its own login password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>MFD Desktop – setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has been created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has already been created. Finish the setup now? You can make a new recovery key later under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case number (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished">Case number</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with this case number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandbookDialog</name>
    <message>
        <source>The user guide is missing from this installation. Please ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word and press Enter; Enter again finds the next place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters of the guide; click one to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the client&apos;s name on the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation not reviewed by a native speaker (%1 of %2 texts). The handout says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the handout…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand case over</source>
        <translation type="unfinished">Hand case over</translation>
    </message>
    <message>
        <source>How should your colleague open the handover file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a one-time &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After saving, the app shows a password. Tell it to your colleague by phone — never in the same e-mail or on the same stick as the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a colleague&apos;s handover &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your colleague sends you their key (in their app: File › My handover key…). Only their vault can open the file; no password is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key here (it starts with mfdpk2:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague&apos;s handover key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it by phone with the fingerprint your colleague sees under File › My handover key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a &amp;different key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I compared the fingerprint with my colleague by phone; it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save handover file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover key of %1 (you have taken over a case from there before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please paste your colleague&apos;s handover key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own handover key. Please paste the key your colleague sent you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your colleague&apos;s handover key is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please compare the fingerprint with your colleague by phone first and tick the box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverKeyDialog</name>
    <message>
        <source>My handover key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this key, a colleague can hand a case over to you without a one-time password. The key is not secret: send it to your colleague, for example by e-mail. They paste it under “Hand case over…” › “To a colleague&apos;s handover key”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy handover key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the key on the clipboard so you can paste it into an e-mail. The key itself is a long code; you never need to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint by phone with the one your colleague&apos;s app shows after pasting your key. If they match, the key was not changed on the way. Colleagues who take over a case from you see the same fingerprint as its sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is on the clipboard. Paste it into an e-mail to your colleague.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryEntryDialog</name>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day on; “–” means: not known from then on. Earlier entries stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate passed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <source>The last day is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will contain the case numbers of the appointments (never names, notes or languages). Only keep it where case data may be kept – not on a mail or calendar server outside the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing personal is included: every appointment is called &quot;Termin (MFD)&quot; with its kind and place only – no names, notes, languages or case numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export appointments (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include case numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include case numbers (never names)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>The vault locks in %1 seconds. Press any key to stay unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any key or mouse movement keeps the vault unlocked, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay unlocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterpreterBookDialog</name>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations that name this interpreter: %1. They keep the kind and the languages, but not the name. Delete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreters this office works with. Only the name is shown with a consultation; the book stays in this vault and is never part of the statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of interpreting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens the vault. It is shown &lt;b&gt;only now&lt;/b&gt;. Write it down or print the emergency sheet in the next steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key away from the laptop, for example in the office safe. Anyone who has it can read all case data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>German only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– none –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation is not reviewed by a native speaker; the letter says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print letter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file will not be encrypted. Anyone who can open the folder can read it. Save it only where it is protected, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping a copy in the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the letter was kept in the case (Attachments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter from the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter to write, sorted by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a letter template file (TOML) and add it as your own template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected template as a file to share with colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s language: the letter is printed in German and in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office the letter goes to or names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline entry of the case whose date the letter names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place (default: the service&apos;s address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the letter, second language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the text from the case again; your changes are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unencrypted PDF file; a copy is kept in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the print preview; after printing a copy is kept in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterTemplateFilesMixin</name>
    <message>
        <source>Import letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter template (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the screen at once; the vault stays open. Back with the PIN or the passphrase (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide, at the chapter of the page you are on (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take over a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;handover key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MFD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structural work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This area is coming soon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is being re-encrypted with a new key. This can take a minute; please do not switch the computer off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encryption progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one at once: the whole vault is re-encrypted with a new key, so the old emergency sheet stops working and should be shredded. This can take a minute. Enter your current passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now. Print the emergency sheet and keep it in the office safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OldBackupsNotice</name>
    <message>
        <source>Important: backups made before this still open with the OLD passphrase and the OLD recovery key. That includes the %1 automatic backup(s) on this computer. If someone may know the old secrets, delete those backups and destroy older backups on USB sticks; then make a new backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete automatic backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 automatic backup(s) in %2 for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 automatic backup(s) deleted. The next automatic backup is made with the new key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenDocumentsModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenDocumentsView</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open documents, sorted by due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenItemsTab</name>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days (and overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 30 days (and overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">What</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deadlines and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter opens the case. * = own last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;last day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a newer revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Own last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the computed last day again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the own last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Please choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: at least %1 characters or %2 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too simple: please do not just repeat characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable. Longer is better: a whole sentence is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 12 characters or 4 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will type this passphrase every time you open MFD Desktop. Use at least 12 characters or 4 words. A short sentence that only you know works well, for example: &lt;i&gt;Mein Fahrrad steht gern am Rhein&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadModel</name>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPrintPreview</name>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unencrypted PDF file instead of printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file will not be encrypted. Anyone who can open the folder can read it. Save it only where it is protected, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEndDialog</name>
    <message>
        <source>End support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the regular service when the plan ends with a hand-over (Überleitung in Regeldienste); leave “–” otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handed over to (regular service):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanGoalDialog</name>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal (in the client&apos;s words):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note on the outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPrintDialog</name>
    <message>
        <source>German only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF for the client: every heading in German and in the chosen language; goals and steps as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the client&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;notes on outcomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the notes on outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan opens in the print preview. A file is only written if you choose “Save as PDF…” there, and that file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStepDialog</name>
    <message>
        <source>New agreed step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreed step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hand-over to a regular service (Überleitung) is a step with “Other office” naming the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">What</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished">Who</translation>
    </message>
    <message>
        <source>&amp;Which office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Support_plan</source>
        <comment>file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the support plan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support plan opened in the print preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal / agreed step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic / who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review / by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome / done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support plan yet. “New plan” starts one with the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this goal with its agreed steps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this agreed step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s support plans, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan for the client as PDF, in German and one more language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and agreed steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agreed step for the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome of the selected goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected step done today (again: open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyOverlay</name>
    <message>
        <source>Privacy screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is hidden; the vault stays open. It locks fully when the automatic lock time runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sichtschutz PIN from the settings, or the vault passphrase. Three wrong tries lock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the screen again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>Wrong. %1 tries left, then the vault locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault locks fully in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySettingsSection</name>
    <message>
        <source>Privacy screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN is set: only the passphrase shows the screen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F12 hides the screen at once, e.g. when a client sits beside you; the vault stays open. A short PIN shows it again without typing the passphrase in front of the client. The PIN opens nothing else, and the vault still locks when the automatic lock time runs out. Three wrong tries lock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;PIN (4 to 8 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move the PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Choose profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several counsellors use this computer. Whose data should be opened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <source>Record deadline – choose client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up – choose client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consultation – choose client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key from your emergency sheet and choose a new passphrase. Upper or lower case and dashes do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>A one-page sheet with the recovery key, to print and keep in the office safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print emergency sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sheet and keep it in the office safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print emergency sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency-sheet-MFD-Desktop.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of &amp;office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office from the address &amp;book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office from the address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accompanied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompanied</source>
        <comment>accessible name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passes data on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes data on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals of this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the office (e.g. Jobcenter Mainz):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFD backups (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose the backup file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup… This can take a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {when} is in order. Restore it now? The app locks for this; the current vault is kept aside, nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored. Unlock now with the passphrase of the backup. The previous vault is kept in the folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup replaces the vault on this computer. The current vault is not deleted: it is moved aside into a folder „ersetzt-…“ in the data folder. Anything entered after the backup was made is missing afterwards. The file is checked first; then the app locks, and you unlock with the passphrase of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am typing the &amp;recovery key from the emergency sheet instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Deletion periods</source>
        <translation>Deletion periods</translation>
    </message>
    <message>
        <source>Closed cases whose deletion period ({years} years after closing) has run out. Tick the cases to delete and confirm. Deletion is final; statistics already released keep their counts.</source>
        <translation>Closed cases whose deletion period ({years} years after closing) has run out. Tick the cases to delete and confirm. Deletion is final; statistics already released keep their counts.</translation>
    </message>
    <message>
        <source>Cases whose deletion period has run out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>Delete ticked cases…</source>
        <translation>Delete ticked cases…</translation>
    </message>
    <message>
        <source>No case is due for deletion.</source>
        <translation>No case is due for deletion.</translation>
    </message>
    <message>
        <source>Delete cases</source>
        <translation>Delete cases</translation>
    </message>
    <message>
        <source>Delete {count} case(s) with everything that belongs to them for good? This cannot be undone.</source>
        <translation>Delete {count} case(s) with everything that belongs to them for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Please tick the cases to delete first.</source>
        <translation>Please tick the cases to delete first.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>{count} case(s) deleted.</source>
        <translation>{count} case(s) deleted.</translation>
    </message>
</context>
<context>
    <name>SachberichtDialog</name>
    <message>
        <source>Texts saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report (Sachbericht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual report shows the released figures of the year, the structural work and these three texts. Funders read them: please write no names and nothing else about single persons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus of the work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus of the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cooperation and networks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation and networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs and outlook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs and outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the texts, then writes the annual report as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderDialog</name>
    <message>
        <source>Take over a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was handed over by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handover is authenticated by the one-time password your colleague gave you by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older handover file without the sender&apos;s signature. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You confirmed this sender&apos;s fingerprint on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new sender: call your colleague and compare this fingerprint with the one they see under File › My handover key…. Take the case over only if they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution: a sender named “%1” is known here with a different fingerprint (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I compared the fingerprint with my colleague by phone; it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take case over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please compare the fingerprint with your colleague by phone first and tick the box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;automatically after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes without input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;clipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock automatically after minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear clipboard after seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator does not allow remembering the vault key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no secure password store, so the vault key cannot be remembered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with this computer&apos;s password store instead of the passphrase. Only on a laptop that only you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: SQLCipher %1, key derivation Argon2id with %2 MiB memory and %3 passes. Schema version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password store of this computer did not accept the key. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Emergency sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency sheet (Notfallblatt) is one page with your recovery key and what to do with it. Print it and keep it in the office safe. This step is optional if you wrote the key down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortContactTally</name>
    <message>
        <source>Short contacts (anonymous tally)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count one short contact (no person is stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count one short contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last short contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel of the short contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic of the short contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only date, channel and topic are counted – no name, no note. Counted in the statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last short contact was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteSettingsSection</name>
    <message>
        <source>Counselling service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields your administrator has set are shown but cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished">Set by your administrator</translation>
    </message>
    <message>
        <source>How clients and funders see your counselling service: on handouts and letters (contact block), on the statistics for funders and on the annual report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the counselling &amp;service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the counselling service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Migrationsfachdienst Caritas Mainz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider (Träger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider (Träger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Caritasverband für die Diözese Mainz e. V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Anonymised counts for a period. Only these counts, with small numbers hidden, can leave this computer – and only after you release them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sachbericht for the funder: the released figures of a year with your texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details for IT support: site and device identifiers and the data exactly as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as sent (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released statistics wait here until the next transfer to the statistics server. A newer revision of the same period replaces one not yet sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact figures (for you only, not to be passed on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows your exact counts, small numbers included, on this screen only. They are never printed or sent; the PDF always shows the released figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional: the period has not ended, the figures may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF shows the released revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF for funders exists once the period is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is hidden here: these are not the figures that are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories not listed are 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for you only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly this would be sent for %1 (version %2). Only the totals, no breakdowns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly this would be sent for %1 (version %2). Categories not listed are 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period key %1, site %2, device %3. The data exactly as sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the statistics for %1 (revision %2)? Exactly the figures shown in the preview will be sent at the next transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 released as revision %2; it will be sent at the next transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save statistics PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructuralWorkPage</name>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entry of %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year: %1 activities, %2 hours, %3 participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (&amp;minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no names of clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structural work entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettingsSection</name>
    <message>
        <source>Server &amp;&amp; synchronisation</source>
        <translation>Server &amp;&amp; synchronisation</translation>
    </message>
    <message>
        <source>Central statistics server</source>
        <translation>Central statistics server</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <source>from your administrator, e.g. ABCD-EFGH-JKLM-NPQR</source>
        <translation>from your administrator, e.g. ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <source>Enrol this device</source>
        <translation>Enrol this device</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Waiting to be sent:</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <source>Only statistics you released under Statistics are sent: anonymous counts, never names or notes. Without a network connection they wait here and are sent later automatically.</source>
        <translation>Only statistics you released under Statistics are sent: anonymous counts, never names or notes. Without a network connection they wait here and are sent later automatically.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Set by your administrator</translation>
    </message>
    <message>
        <source>This device is not enrolled yet. Enter the server address and the one-time code from your administrator.</source>
        <translation>This device is not enrolled yet. Enter the server address and the one-time code from your administrator.</translation>
    </message>
    <message>
        <source>%1 released statistics</source>
        <translation>%1 released statistics</translation>
    </message>
    <message>
        <source>in the operating system&apos;s keyring</source>
        <translation>in the operating system&apos;s keyring</translation>
    </message>
    <message>
        <source>encrypted in the vault</source>
        <translation>encrypted in the vault</translation>
    </message>
    <message>
        <source>Enrolled for counselling centre %1 at %2. The access key is kept %3.</source>
        <translation>Enrolled for counselling centre %1 at %2. The access key is kept %3.</translation>
    </message>
    <message>
        <source>Enrol again</source>
        <translation>Enrol again</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Last attempt on %1: %2</source>
        <translation>Last attempt on %1: %2</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <source>Please enter the server address and the code.</source>
        <translation>Please enter the server address and the code.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong. Nothing you entered has been lost. If it happens again, please tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Edit checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key; raise the version after every change so that existing checklists can offer the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text (TOML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template is valid: %1 documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>Handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove own version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translations not yet reviewed by a native speaker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist template (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayAppointments</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments today and tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished">When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter opens the case of an appointment with a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment today or tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client, then the rule; Enter stores the deadline (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record deadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client; the case opens with a new consultation (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consultation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client, type what to do; Ctrl+Enter stores the follow-up (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Heute again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">What</translation>
    </message>
    <message>
        <source>Overdue deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline in the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups (Wiedervorlagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence titles running out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No residence title runs out soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open checklist item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsaved draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodaySection</name>
    <message>
        <source>%1 more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferImport</name>
    <message>
        <source>Take over a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover files (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time passphrase of the handover (your colleague tells you by phone):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a handover file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handover file is meant for the handover key with the fingerprint %1, not for yours. Please ask your colleague to hand the case over again: to your key (File › My handover key…) or with a one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its case number was already used here and was extended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>The vault is locked. Enter your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the typed passphrase in plain text – only when nobody can see the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with this &amp;device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the key remembered in this computer&apos;s password store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase? Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structural work recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished">Client</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported (recurring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to MFD Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;MFD Desktop keeps your case notes in an encrypted vault on this laptop. Without your passphrase nobody can read them, not even if the laptop is lost.&lt;/p&gt;&lt;p&gt;In the next steps you will:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;choose a passphrase,&lt;/li&gt;&lt;li&gt;receive a recovery key for emergencies and keep it safe,&lt;/li&gt;&lt;li&gt;print the emergency sheet for the office safe if you like.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;This takes about five minutes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
