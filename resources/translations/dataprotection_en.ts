<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
        <source>Backup created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure (Art. 15) exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted after the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral marked after withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case exported for handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed-over case imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log checked</source>
        <translation type="unfinished"></translation>
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
        <source>Data protection (GDPR)</source>
        <translation>Data protection (GDPR)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Corrections and marks</source>
        <translation>Corrections and marks</translation>
    </message>
    <message>
        <source>Export disclosure (Art. 15)…</source>
        <translation>Export disclosure (Art. 15)…</translation>
    </message>
    <message>
        <source>Hand case over…</source>
        <translation>Hand case over…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Delete case…</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>Record withdrawal…</translation>
    </message>
    <message>
        <source>Reason for the restriction</source>
        <translation>Reason for the restriction</translation>
    </message>
    <message>
        <source>Processing is restricted (Art. 18): the case can only be read.</source>
        <translation>Processing is restricted (Art. 18): the case can only be read.</translation>
    </message>
    <message>
        <source>Processing is not restricted.</source>
        <translation>Processing is not restricted.</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Lift restriction</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Restrict processing</translation>
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
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Remove name, contact data, notes and tags of this client for good? The counts for statistics stay. This cannot be undone.</source>
        <translation>Remove name, contact data, notes and tags of this client for good? The counts for statistics stay. This cannot be undone.</translation>
    </message>
    <message>
        <source>This deletes the case with everything that belongs to it for good. Released statistics keep their counts. To confirm, type the case number {number}:</source>
        <translation>This deletes the case with everything that belongs to it for good. Released statistics keep their counts. To confirm, type the case number {number}:</translation>
    </message>
    <message>
        <source>The case number does not match; nothing was deleted.</source>
        <translation>The case number does not match; nothing was deleted.</translation>
    </message>
    <message>
        <source>Please select a consent first.</source>
        <translation>Please select a consent first.</translation>
    </message>
    <message>
        <source>This consent has already been withdrawn.</source>
        <translation>This consent has already been withdrawn.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Record the withdrawal of this consent as of today? Referrals that passed data on it are marked.</source>
        <translation>Record the withdrawal of this consent as of today? Referrals that passed data on it are marked.</translation>
    </message>
    <message>
        <source>Withdrawal recorded; {count} referral(s) marked.</source>
        <translation>Withdrawal recorded; {count} referral(s) marked.</translation>
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
        <source>I compared the fingerprint with my colleague by phone; it matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save handover file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint appears here once the key is pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key cannot be read yet — please paste it completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1 — compare it by phone with the one your colleague sees under File › My handover key…</source>
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
        <source>&amp;Copy</source>
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
</TS>
