<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Every export, deletion, restriction, correction, consent withdrawal and backup is recorded here with time and profile — never with names or notes. The entries are chained, so a changed or removed entry shows when checked.</source>
        <translation>Jeder Export, jede Löschung, Einschränkung, Berichtigung, jeder Widerruf und jede Sicherung wird hier mit Zeit und Profil festgehalten – nie mit Namen oder Notizen. Die Einträge sind verkettet: Ein veränderter oder entfernter Eintrag fällt bei der Prüfung auf.</translation>
    </message>
    <message>
        <source>Check log</source>
        <translation>Protokoll prüfen</translation>
    </message>
    <message>
        <source>Log intact: {count} entries, chain complete.</source>
        <translation>Protokoll in Ordnung: {count} Einträge, Kette vollständig.</translation>
    </message>
    <message>
        <source>The log has been changed:</source>
        <translation>Das Protokoll wurde verändert:</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Client</source>
        <translation>Klient*in</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Weitervermittlung</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Backup created</source>
        <translation>Sicherung erstellt</translation>
    </message>
    <message>
        <source>Automatic backup created</source>
        <translation>Automatische Sicherung erstellt</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Client created</source>
        <translation>Klient*in angelegt</translation>
    </message>
    <message>
        <source>Disclosure (Art. 15) exported</source>
        <translation>Auskunft (Art. 15) exportiert</translation>
    </message>
    <message>
        <source>Client deleted</source>
        <translation>Klient*in gelöscht</translation>
    </message>
    <message>
        <source>Deleted after the retention period</source>
        <translation>Nach Löschfrist gelöscht</translation>
    </message>
    <message>
        <source>Client anonymised</source>
        <translation>Klient*in anonymisiert</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Verarbeitung eingeschränkt</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Einschränkung aufgehoben</translation>
    </message>
    <message>
        <source>Retention period suspended</source>
        <translation>Löschfrist ausgesetzt</translation>
    </message>
    <message>
        <source>Entry corrected</source>
        <translation>Angabe berichtigt</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Referral marked after withdrawal</source>
        <translation>Weitergabe nach Widerruf markiert</translation>
    </message>
    <message>
        <source>Case exported for handover</source>
        <translation>Fall zur Übergabe exportiert</translation>
    </message>
    <message>
        <source>Handed-over case imported</source>
        <translation>Übergebenen Fall importiert</translation>
    </message>
    <message>
        <source>Log checked</source>
        <translation>Protokoll geprüft</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
</context>
<context>
    <name>BackupSettingsSection</name>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Reminder and deletion periods</source>
        <translation>Erinnerung und Löschfristen</translation>
    </message>
    <message>
        <source>Create backup…</source>
        <translation>Sicherung erstellen…</translation>
    </message>
    <message>
        <source>Create backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <source>Remind after (days)</source>
        <translation>An Sicherung erinnern nach (Tagen)</translation>
    </message>
    <message>
        <source>Delete closed cases after (years)</source>
        <translation>Abgeschlossene Fälle löschen nach (Jahren)</translation>
    </message>
    <message>
        <source>Deletion periods…</source>
        <translation>Löschfristen…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Protokoll…</translation>
    </message>
    <message>
        <source>No backup on another drive yet. The backup file opens only with your passphrase or recovery key.</source>
        <translation>Es gibt noch keine Sicherung auf einem anderen Datenträger. Die Sicherungsdatei öffnet sich nur mit Ihrer Passphrase oder Ihrem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Last backup: {when}. The backup file opens only with your passphrase or recovery key.</source>
        <translation>Letzte Sicherung: {when}. Die Sicherungsdatei öffnet sich nur mit Ihrer Passphrase oder Ihrem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Choose a folder for the backup (for example a USB stick)</source>
        <translation>Ordner für die Sicherung wählen (z. B. USB-Stick)</translation>
    </message>
    <message>
        <source>Creating backup… You can keep working.</source>
        <translation>Sicherung wird erstellt … Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <source>Backup saved: {path}</source>
        <translation>Sicherung gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>DataProtection</name>
    <message>
        <source>There is no backup on another drive yet. Please choose Settings › Backup › Create backup (for example onto a USB stick).</source>
        <translation>Es gibt noch keine Sicherung auf einem anderen Datenträger. Bitte unter Einstellungen › Sicherung „Sicherung erstellen“ wählen (z. B. auf einen USB-Stick).</translation>
    </message>
    <message>
        <source>The last backup is {days} days old. Please create a new one under Settings › Backup (for example onto a USB stick).</source>
        <translation>Die letzte Sicherung ist {days} Tage alt. Bitte unter Einstellungen › Sicherung eine neue erstellen (z. B. auf einen USB-Stick).</translation>
    </message>
    <message>
        <source>Vault damaged</source>
        <translation>Tresor beschädigt</translation>
    </message>
    <message>
        <source>The vault is damaged. Restore the newest good backup now? The damaged vault is kept aside, nothing is deleted. Changes made after that backup are missing afterwards.</source>
        <translation>Der Tresor ist beschädigt. Jetzt die neueste intakte Sicherung wiederherstellen? Der beschädigte Tresor wird beiseitegelegt, nichts wird gelöscht. Änderungen nach dieser Sicherung fehlen danach.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>No backup could be opened with this passphrase.</source>
        <translation>Keine Sicherung ließ sich mit dieser Passphrase öffnen.</translation>
    </message>
</context>
<context>
    <name>DataProtectionTab</name>
    <message>
        <source>Folder for the disclosure</source>
        <translation>Ordner für die Auskunft</translation>
    </message>
    <message>
        <source>Save handover file</source>
        <translation>Übergabedatei speichern</translation>
    </message>
    <message>
        <source>Data protection (GDPR)</source>
        <translation>Datenschutz (DSGVO)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Corrections and marks</source>
        <translation>Berichtigungen und Markierungen</translation>
    </message>
    <message>
        <source>Export disclosure (Art. 15)…</source>
        <translation>Auskunft exportieren (Art. 15)…</translation>
    </message>
    <message>
        <source>Hand case over…</source>
        <translation>Fall übergeben…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymisieren…</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Fall löschen…</translation>
    </message>
    <message>
        <source>Record withdrawal…</source>
        <translation>Widerruf eintragen…</translation>
    </message>
    <message>
        <source>Reason for the restriction</source>
        <translation>Grund der Einschränkung</translation>
    </message>
    <message>
        <source>Processing is restricted (Art. 18): the case can only be read.</source>
        <translation>Die Verarbeitung ist eingeschränkt (Art. 18): Der Fall kann nur gelesen werden.</translation>
    </message>
    <message>
        <source>Processing is not restricted.</source>
        <translation>Die Verarbeitung ist nicht eingeschränkt.</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Einschränkung aufheben</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Verarbeitung einschränken</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>widerrufen am {date}</translation>
    </message>
    <message>
        <source>{when}: {field} changed from „{old}“ to „{new}“</source>
        <translation>{when}: {field} geändert von „{old}“ zu „{new}“</translation>
    </message>
    <message>
        <source>Referral of {date} to {target}: data was passed on a consent that has since been withdrawn</source>
        <translation>Weitervermittlung vom {date} an {target}: Daten wurden auf Grundlage einer inzwischen widerrufenen Einwilligung weitergegeben</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Fall löschen</translation>
    </message>
    <message>
        <source>One-time password for the handover — please read it out to your colleague by phone. Never send it with the file.</source>
        <translation>Einmal-Kennwort für die Übergabe – bitte der Kollegin oder dem Kollegen telefonisch durchgeben. Nie zusammen mit der Datei verschicken.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt …</translation>
    </message>
    <message>
        <source>Disclosure saved: {json} and {pdf}</source>
        <translation>Auskunft gespeichert: {json} und {pdf}</translation>
    </message>
    <message>
        <source>Handover file saved, locked to the key with fingerprint %1. Only that colleague&apos;s app can open it; no password is needed. The case stays here until you delete it.</source>
        <translation>Übergabedatei gespeichert, verschlossen für den Schlüssel mit dem Fingerabdruck %1. Nur die App dieser Kollegin / dieses Kollegen kann sie öffnen; ein Kennwort ist nicht nötig. Der Fall bleibt hier, bis Sie ihn löschen.</translation>
    </message>
    <message>
        <source>Handover file saved. The case stays here until you delete it.</source>
        <translation>Übergabedatei gespeichert. Der Fall bleibt hier, bis Sie ihn löschen.</translation>
    </message>
    <message>
        <source>Hand case over</source>
        <translation>Fall übergeben</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisieren</translation>
    </message>
    <message>
        <source>Remove name, contact data, notes and tags of this client for good? The counts for statistics stay. This cannot be undone.</source>
        <translation>Name, Kontaktdaten, Notizen und Schlagwörter dieser Person endgültig entfernen? Die Zählungen für die Statistik bleiben. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>This deletes the case with everything that belongs to it for good. Released statistics keep their counts. To confirm, type the case number {number}:</source>
        <translation>Damit wird der Fall mit allem, was dazugehört, endgültig gelöscht. Bereits freigegebene Statistiken behalten ihre Zahlen. Zur Bestätigung die Fallnummer {number} eingeben:</translation>
    </message>
    <message>
        <source>The case number does not match; nothing was deleted.</source>
        <translation>Die Fallnummer stimmt nicht; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Please select a consent first.</source>
        <translation>Bitte zuerst eine Einwilligung auswählen.</translation>
    </message>
    <message>
        <source>This consent has already been withdrawn.</source>
        <translation>Diese Einwilligung ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Record the withdrawal of this consent as of today? Referrals that passed data on it are marked.</source>
        <translation>Den Widerruf dieser Einwilligung mit heutigem Datum eintragen? Weitervermittlungen, bei denen auf ihrer Grundlage Daten weitergegeben wurden, werden markiert.</translation>
    </message>
    <message>
        <source>Withdrawal recorded; {count} referral(s) marked.</source>
        <translation>Widerruf eingetragen; {count} Weitervermittlung(en) markiert.</translation>
    </message>
</context>
<context>
    <name>DueCasesModel</name>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Fällig seit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>restricted (Art. 18)</source>
        <translation>eingeschränkt (Art. 18)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand case over</source>
        <translation>Fall übergeben</translation>
    </message>
    <message>
        <source>How should your colleague open the handover file?</source>
        <translation>Wie soll Ihre Kollegin / Ihr Kollege die Übergabedatei öffnen?</translation>
    </message>
    <message>
        <source>With a one-time &amp;password</source>
        <translation>Mit Einmal-&amp;Kennwort</translation>
    </message>
    <message>
        <source>After saving, the app shows a password. Tell it to your colleague by phone — never in the same e-mail or on the same stick as the file.</source>
        <translation>Nach dem Speichern zeigt die App ein Kennwort. Sagen Sie es Ihrer Kollegin / Ihrem Kollegen am Telefon – nie in derselben E-Mail oder auf demselben Stick wie die Datei.</translation>
    </message>
    <message>
        <source>To a colleague&apos;s handover &amp;key</source>
        <translation>An den Übergabe-&amp;Schlüssel einer Kollegin / eines Kollegen</translation>
    </message>
    <message>
        <source>Your colleague sends you their key (in their app: File › My handover key…). Only their vault can open the file; no password is needed.</source>
        <translation>Ihre Kollegin / Ihr Kollege schickt Ihnen den eigenen Schlüssel (in der App: Datei › Mein Übergabe-Schlüssel…). Nur ihr/sein Tresor kann die Datei dann öffnen; ein Kennwort ist nicht nötig.</translation>
    </message>
    <message>
        <source>Paste the key here (it starts with mfdpk2:)</source>
        <translation>Schlüssel hier einfügen (er beginnt mit mfdpk2:)</translation>
    </message>
    <message>
        <source>Colleague&apos;s handover key</source>
        <translation>Übergabe-Schlüssel der Kollegin / des Kollegen</translation>
    </message>
    <message>
        <source>I compared the fingerprint with my colleague by phone; it matches.</source>
        <translation>Ich habe den Fingerabdruck am Telefon verglichen: Er stimmt überein.</translation>
    </message>
    <message>
        <source>&amp;Save handover file…</source>
        <translation>Übergabedatei &amp;speichern…</translation>
    </message>
    <message>
        <source>The fingerprint appears here once the key is pasted.</source>
        <translation>Der Fingerabdruck erscheint hier, sobald der Schlüssel eingefügt ist.</translation>
    </message>
    <message>
        <source>This key cannot be read yet — please paste it completely.</source>
        <translation>Dieser Schlüssel ist noch nicht lesbar – bitte vollständig einfügen.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 — compare it by phone with the one your colleague sees under File › My handover key…</source>
        <translation>Fingerabdruck: %1 – vergleichen Sie ihn am Telefon mit dem, den Ihre Kollegin / Ihr Kollege unter „Datei › Mein Übergabe-Schlüssel…“ sieht.</translation>
    </message>
    <message>
        <source>Please paste your colleague&apos;s handover key first.</source>
        <translation>Bitte fügen Sie zuerst den Übergabe-Schlüssel Ihrer Kollegin / Ihres Kollegen ein.</translation>
    </message>
    <message>
        <source>This is your own handover key. Please paste the key your colleague sent you.</source>
        <translation>Das ist Ihr eigener Übergabe-Schlüssel. Bitte fügen Sie den Schlüssel ein, den Ihre Kollegin / Ihr Kollege Ihnen geschickt hat.</translation>
    </message>
    <message>
        <source>Please compare the fingerprint with your colleague by phone first and tick the box.</source>
        <translation>Bitte vergleichen Sie zuerst den Fingerabdruck am Telefon und setzen Sie dann das Häkchen.</translation>
    </message>
</context>
<context>
    <name>HandoverKeyDialog</name>
    <message>
        <source>My handover key</source>
        <translation>Mein Übergabe-Schlüssel</translation>
    </message>
    <message>
        <source>With this key, a colleague can hand a case over to you without a one-time password. The key is not secret: send it to your colleague, for example by e-mail. They paste it under “Hand case over…” › “To a colleague&apos;s handover key”.</source>
        <translation>Mit diesem Schlüssel kann Ihnen eine Kollegin oder ein Kollege einen Fall übergeben, ohne Einmal-Kennwort. Der Schlüssel ist nicht geheim: Schicken Sie ihn ruhig per E-Mail. Ihre Kollegin / Ihr Kollege fügt ihn unter „Fall übergeben…“ › „An den Übergabe-Schlüssel einer Kollegin / eines Kollegen“ ein.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy handover key</source>
        <translation>Übergabe-Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Compare the fingerprint by phone with the one your colleague&apos;s app shows after pasting your key. If they match, the key was not changed on the way. Colleagues who take over a case from you see the same fingerprint as its sender.</source>
        <translation>Vergleichen Sie den Fingerabdruck am Telefon mit dem, den die App Ihrer Kollegin / Ihres Kollegen nach dem Einfügen Ihres Schlüssels zeigt. Stimmen beide überein, wurde der Schlüssel unterwegs nicht verändert. Kolleg*innen, die einen Fall von Ihnen übernehmen, sehen denselben Fingerabdruck als Absender.</translation>
    </message>
    <message>
        <source>Loading the key…</source>
        <translation>Schlüssel wird geladen…</translation>
    </message>
    <message>
        <source>The key is on the clipboard. Paste it into an e-mail to your colleague.</source>
        <translation>Der Schlüssel ist in der Zwischenablage. Fügen Sie ihn in eine E-Mail an Ihre Kollegin / Ihren Kollegen ein.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Deletion periods</source>
        <translation>Löschfristen</translation>
    </message>
    <message>
        <source>Closed cases whose deletion period ({years} years after closing) has run out. Tick the cases to delete and confirm. Deletion is final; statistics already released keep their counts.</source>
        <translation>Abgeschlossene Fälle, deren Löschfrist ({years} Jahre nach Abschluss) abgelaufen ist. Die zu löschenden Fälle ankreuzen und bestätigen. Die Löschung ist endgültig; bereits freigegebene Statistiken behalten ihre Zahlen.</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alle ankreuzen</translation>
    </message>
    <message>
        <source>Delete ticked cases…</source>
        <translation>Angekreuzte Fälle löschen…</translation>
    </message>
    <message>
        <source>No case is due for deletion.</source>
        <translation>Kein Fall ist zur Löschung fällig.</translation>
    </message>
    <message>
        <source>Delete cases</source>
        <translation>Fälle löschen</translation>
    </message>
    <message>
        <source>Delete {count} case(s) with everything that belongs to them for good? This cannot be undone.</source>
        <translation>{count} Fall/Fälle mit allem, was dazugehört, endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Please tick the cases to delete first.</source>
        <translation>Bitte zuerst die zu löschenden Fälle ankreuzen.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>{count} case(s) deleted.</source>
        <translation>{count} Fall/Fälle gelöscht.</translation>
    </message>
</context>
<context>
    <name>SenderDialog</name>
    <message>
        <source>Take over a case</source>
        <translation>Fall übernehmen</translation>
    </message>
    <message>
        <source>Case %1 was handed over by:</source>
        <translation>Fall %1 wurde übergeben von:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>This handover is authenticated by the one-time password your colleague gave you by phone.</source>
        <translation>Diese Übergabe ist durch das Einmal-Kennwort bestätigt, das Ihnen Ihre Kollegin / Ihr Kollege am Telefon genannt hat.</translation>
    </message>
    <message>
        <source>An older handover file without the sender&apos;s signature. </source>
        <translation>Eine ältere Übergabedatei ohne Unterschrift des Absenders. </translation>
    </message>
    <message>
        <source>You confirmed this sender&apos;s fingerprint on %1.</source>
        <translation>Den Fingerabdruck dieses Absenders haben Sie am %1 bestätigt.</translation>
    </message>
    <message>
        <source>A new sender: call your colleague and compare this fingerprint with the one they see under File › My handover key…. Take the case over only if they match.</source>
        <translation>Neuer Absender: Rufen Sie Ihre Kollegin / Ihren Kollegen an und vergleichen Sie diesen Fingerabdruck mit dem, den sie/er unter Datei › Mein Übergabe-Schlüssel… sieht. Übernehmen Sie den Fall nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>Caution: a sender named “%1” is known here with a different fingerprint (%2).</source>
        <translation>Achtung: Ein Absender „%1“ ist hier mit einem anderen Fingerabdruck bekannt (%2).</translation>
    </message>
    <message>
        <source>I compared the fingerprint with my colleague by phone; it matches.</source>
        <translation>Ich habe den Fingerabdruck am Telefon verglichen: Er stimmt überein.</translation>
    </message>
    <message>
        <source>&amp;Take case over</source>
        <translation>Fall &amp;übernehmen</translation>
    </message>
    <message>
        <source>Please compare the fingerprint with your colleague by phone first and tick the box.</source>
        <translation>Bitte vergleichen Sie zuerst den Fingerabdruck am Telefon und setzen Sie dann das Häkchen.</translation>
    </message>
</context>
<context>
    <name>TransferImport</name>
    <message>
        <source>Take over a case</source>
        <translation>Fall übernehmen</translation>
    </message>
    <message>
        <source>Handover files (*%1)</source>
        <translation>Übergabedateien (*%1)</translation>
    </message>
    <message>
        <source>One-time passphrase of the handover (your colleague tells you by phone):</source>
        <translation>Einmal-Kennwort der Übergabe (nennt Ihnen die Kollegin oder der Kollege am Telefon):</translation>
    </message>
    <message>
        <source>This is not a handover file.</source>
        <translation>Das ist keine Übergabedatei.</translation>
    </message>
    <message>
        <source>This handover file is meant for the handover key with the fingerprint %1, not for yours. Please ask your colleague to hand the case over again: to your key (File › My handover key…) or with a one-time password.</source>
        <translation>Diese Übergabedatei ist für den Übergabe-Schlüssel mit dem Fingerabdruck %1 bestimmt, nicht für Ihren. Bitten Sie Ihre Kollegin / Ihren Kollegen, den Fall noch einmal zu übergeben: an Ihren Schlüssel (Datei › Mein Übergabe-Schlüssel…) oder mit Einmal-Kennwort.</translation>
    </message>
    <message>
        <source>Case %1 was taken over.</source>
        <translation>Der Fall %1 wurde übernommen.</translation>
    </message>
    <message>
        <source>Its case number was already used here and was extended.</source>
        <translation>Die Fallnummer war hier schon vergeben und wurde ergänzt.</translation>
    </message>
</context>
</TS>
