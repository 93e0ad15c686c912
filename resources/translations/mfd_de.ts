<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About MFD Desktop</source>
        <translation>Über MFD Desktop</translation>
    </message>
    <message>
        <source>(shown when unlocked)</source>
        <translation>(wird nach dem Entsperren angezeigt)</translation>
    </message>
    <message>
        <source>Offline counselling assistant for migration counselling services (MFD) in Rhineland-Palatinate. Case data stays encrypted on this computer.&lt;br&gt;&lt;br&gt;Version %1 · SQLCipher %2 · Qt %3 · PySide6 %4 · Python %5</source>
        <translation>Beratungsassistent für die Migrationsfachdienste (MFD) in Rheinland-Pfalz, der auch ohne Internet funktioniert. Die Falldaten bleiben verschlüsselt auf diesem Computer.&lt;br&gt;&lt;br&gt;Version %1 · SQLCipher %2 · Qt %3 · PySide6 %4 · Python %5</translation>
    </message>
    <message>
        <source>Third-party components and their &amp;licences:</source>
        <translation>Verwendete Fremdkomponenten und ihre &amp;Lizenzen:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>AppointmentConsultationDialog</name>
    <message>
        <source>&amp;Save consultation</source>
        <translation>Beratung &amp;speichern</translation>
    </message>
    <message>
        <source>Record consultation</source>
        <translation>Beratung erfassen</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Fall:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes):</source>
        <translation>Da&amp;uer (Minuten):</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Beratungs&amp;weg:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Beratungsweg</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Beratungs&amp;form:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Beratungsform</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Themen:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>Sprach&amp;mittlung:</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation>Sprachmittlung genutzt</translation>
    </message>
    <message>
        <source>an interpreter was used</source>
        <translation>mit Sprachmittlung</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>New outreach place</source>
        <translation>Neuer Ort der Außensprechstunde</translation>
    </message>
    <message>
        <source>Name of the place (no names of clients):</source>
        <translation>Name des Orts (keine Namen von Klient*innen):</translation>
    </message>
    <message>
        <source>⚠ Overlaps with: %1</source>
        <translation>⚠ Überschneidung mit: %1</translation>
    </message>
    <message>
        <source>Client: please choose a case from the list (or leave the field empty).</source>
        <translation>Klient*in: bitte einen Fall aus der Liste wählen (oder das Feld leer lassen).</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Beratungsstelle</translation>
    </message>
    <message>
        <source>Outreach place</source>
        <translation>Außensprechstunde</translation>
    </message>
    <message>
        <source>Other office</source>
        <translation>andere Stelle</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>D&amp;ate and time:</source>
        <translation>D&amp;atum und Uhrzeit:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Termin&amp;art:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Art des Orts</translation>
    </message>
    <message>
        <source>our office</source>
        <translation>unsere Beratungsstelle</translation>
    </message>
    <message>
        <source>e.g. Ausländerbehörde Mainz</source>
        <translation>z. B. Ausländerbehörde Mainz</translation>
    </message>
    <message>
        <source>New place…</source>
        <translation>Neuer Ort …</translation>
    </message>
    <message>
        <source>Add an outreach place to the local list</source>
        <translation>Einen Ort der Außensprechstunde in die lokale Liste aufnehmen</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Klient*in:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient*in</translation>
    </message>
    <message>
        <source>Type part of the case number or name; leave empty for an appointment without a client</source>
        <translation>Teil der Fallnummer oder des Namens tippen; leer lassen für einen Termin ohne Klient*in</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>Sprach&amp;mittlung:</translation>
    </message>
    <message>
        <source>needed, language:</source>
        <translation>nötig, Sprache:</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Sprachmittlung nötig</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Sprache der Sprachmittlung</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>stays in the vault; never exported</source>
        <translation>bleibt im Tresor; wird nie exportiert</translation>
    </message>
</context>
<context>
    <name>AppointmentStructuralDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Record as structural work</source>
        <translation>Als Strukturarbeit übernehmen</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Tätigkeit:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>no names of clients</source>
        <translation>keine Namen von Klient*innen</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes):</source>
        <translation>Da&amp;uer (Minuten):</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>⚠ %1 appointments of this week overlap another one.</source>
        <translation>⚠ %1 Termine dieser Woche überschneiden sich mit einem anderen.</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>KW %1: %2 – %3</translation>
    </message>
    <message>
        <source>Delete appointment</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <source>Delete the appointment of %1 at %2?</source>
        <translation>Den Termin am %1 um %2 löschen?</translation>
    </message>
    <message>
        <source>Record consultation</source>
        <translation>Beratung erfassen</translation>
    </message>
    <message>
        <source>The consultation was recorded in the case.</source>
        <translation>Die Beratung wurde im Fall erfasst.</translation>
    </message>
    <message>
        <source>The appointment was recorded as structural work (page Strukturarbeit).</source>
        <translation>Der Termin wurde als Strukturarbeit übernommen (Seite Strukturarbeit).</translation>
    </message>
    <message>
        <source>Export appointments</source>
        <translation>Termine exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>%1 appointments written to %2.</source>
        <translation>%1 Termine nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 calendar events imported (%2 recurring); shown in grey.</source>
        <translation>%1 Kalendertermine importiert (%2 wiederkehrend); grau angezeigt.</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Vorige Woche</translation>
    </message>
    <message>
        <source>Show the week before (Alt+Left)</source>
        <translation>Die Woche davor zeigen (Alt+Links)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Back to the current week</source>
        <translation>Zurück zur aktuellen Woche</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Nächste Woche ▶</translation>
    </message>
    <message>
        <source>Show the week after (Alt+Right)</source>
        <translation>Die Woche danach zeigen (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>&amp;Neuer Termin …</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Plan a new appointment (Ctrl+N)</source>
        <translation>Einen neuen Termin planen (Strg+N)</translation>
    </message>
    <message>
        <source>Appointments of the week</source>
        <translation>Termine der Woche</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <source>Change the selected appointment (double-click)</source>
        <translation>Den gewählten Termin ändern (Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected appointment</source>
        <translation>Den gewählten Termin löschen</translation>
    </message>
    <message>
        <source>Record &amp;consultation…</source>
        <translation>Beratung &amp;erfassen …</translation>
    </message>
    <message>
        <source>Record the consultation of this appointment: date, client and place are filled in</source>
        <translation>Die Beratung zu diesem Termin erfassen: Datum, Klient*in und Ort sind schon eingetragen</translation>
    </message>
    <message>
        <source>Record as &amp;structural work…</source>
        <translation>Als &amp;Strukturarbeit übernehmen …</translation>
    </message>
    <message>
        <source>Record as structural work</source>
        <translation>Als Strukturarbeit übernehmen</translation>
    </message>
    <message>
        <source>A group session, information event or network meeting that took place becomes a Strukturarbeit entry (counted once)</source>
        <translation>Ein stattgefundenes Gruppenangebot, eine Infoveranstaltung oder ein Netzwerktreffen wird ein Eintrag der Strukturarbeit (nur einmal gezählt)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Write the appointments to an iCalendar file (.ics) without personal data</source>
        <translation>Die Termine ohne personenbezogene Daten in eine iCalendar-Datei (.ics) schreiben</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import an iCalendar file (.ics), e.g. the office&apos;s opening hours; shown as imported</source>
        <translation>Eine iCalendar-Datei (.ics) importieren, z. B. die Öffnungszeiten der Beratungsstelle; wird als importiert angezeigt</translation>
    </message>
</context>
<context>
    <name>AttachmentDescribeDialog</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>– (the case as a whole)</source>
        <translation>– (der Fall insgesamt)</translation>
    </message>
    <message>
        <source>Describe attachment</source>
        <translation>Anhang beschreiben</translation>
    </message>
    <message>
        <source>&amp;File name</source>
        <translation>&amp;Dateiname</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>e.g. Bescheid Jobcenter</source>
        <translation>z. B. Bescheid Jobcenter</translation>
    </message>
    <message>
        <source>Deli&amp;vered on</source>
        <translation>&amp;Zugestellt am</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Zugestellt am</translation>
    </message>
    <message>
        <source>Belongs to &amp;consultation</source>
        <translation>Gehört zur &amp;Beratung</translation>
    </message>
    <message>
        <source>Belongs to consultation</source>
        <translation>Gehört zur Beratung</translation>
    </message>
    <message>
        <source>Belongs to &amp;document</source>
        <translation>Gehört zur &amp;Unterlage</translation>
    </message>
    <message>
        <source>Belongs to document (checklist)</source>
        <translation>Gehört zur Unterlage (Checkliste)</translation>
    </message>
    <message>
        <source>A document of one of the case&apos;s checklists, e.g. the Bescheid that was asked for</source>
        <translation>Eine Unterlage aus einer Checkliste des Falls, z. B. der angeforderte Bescheid</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This file cannot be displayed. It may be damaged; you can still export it.</source>
        <translation>Diese Datei kann nicht angezeigt werden. Vielleicht ist sie beschädigt; exportieren lässt sie sich trotzdem.</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Anhang: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Attachment page</source>
        <translation>Seite des Anhangs</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Zugestellt am</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Attachments of this case: %1 · all attachments in the vault: %2 of %3</source>
        <translation>Anhänge dieses Falls: %1 · alle Anhänge im Tresor: %2 von %3</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Documents and photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Dokumente und Fotos (*.pdf *.jpg *.jpeg *.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Nicht angehängt</translation>
    </message>
    <message>
        <source>Export unencrypted copy</source>
        <translation>Unverschlüsselte Kopie exportieren</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted: anyone with access to the folder can read it. Save it only where it is protected, and delete it when it is no longer needed. Continue?</source>
        <translation>Die Kopie ist NICHT verschlüsselt: Wer Zugriff auf den Ordner hat, kann sie lesen. Bitte nur an einem geschützten Ort speichern und löschen, sobald sie nicht mehr gebraucht wird. Fortfahren?</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>Anhang exportieren</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>Anhang löschen</translation>
    </message>
    <message>
        <source>Delete “%1” from this case for good?</source>
        <translation>„%1“ endgültig aus diesem Fall löschen?</translation>
    </message>
    <message>
        <source>Scans, photos and PDFs of this case, stored encrypted in the vault. Drag files here or add them with the button (PDF, JPEG, PNG).</source>
        <translation>Scans, Fotos und PDFs zu diesem Fall, verschlüsselt im Tresor gespeichert. Dateien hierher ziehen oder mit der Schaltfläche hinzufügen (PDF, JPEG, PNG).</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Attach a PDF, JPEG or PNG file to this case</source>
        <translation>Eine PDF-, JPEG- oder PNG-Datei an diesen Fall anhängen</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Description…</source>
        <translation>Beschreibung…</translation>
    </message>
    <message>
        <source>Describe the attachment, e.g. &quot;Bescheid&quot;, and its delivery date</source>
        <translation>Den Anhang beschreiben, z. B. „Bescheid“, mit Zustelldatum</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy to a file</source>
        <translation>Eine unverschlüsselte Kopie als Datei speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
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
        <source>Audit log entries</source>
        <translation>Einträge im Protokoll</translation>
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
        <source>Restore backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace this vault with a backup file; the current vault is kept aside, never deleted</source>
        <translation>Diesen Tresor durch eine Sicherungsdatei ersetzen; der jetzige Tresor wird beiseitegelegt, nie gelöscht</translation>
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
    <name>BarChart</name>
    <message>
        <source>Bar chart</source>
        <translation>Balkendiagramm</translation>
    </message>
</context>
<context>
    <name>CaseSettingsSection</name>
    <message>
        <source>Case numbers</source>
        <translation>Fallnummern</translation>
    </message>
    <message>
        <source>Short code of the &amp;counselling centre</source>
        <translation>&amp;Kürzel der Beratungsstelle</translation>
    </message>
    <message>
        <source>Short code of the counselling centre</source>
        <translation>Kürzel der Beratungsstelle</translation>
    </message>
    <message>
        <source>New clients get the next free case number of the year with this code in front. Existing case numbers are not changed.</source>
        <translation>Neue Klient*innen erhalten die nächste freie Fallnummer des Jahres mit diesem Kürzel vorne. Vorhandene Fallnummern bleiben unverändert.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Zurück zur Liste</translation>
    </message>
    <message>
        <source>Back to the client list</source>
        <translation>Zurück zur Liste der Klient*innen</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Schreiben…</translation>
    </message>
    <message>
        <source>Write a letter or form filled from this case (Vollmacht, Akteneinsicht, …)</source>
        <translation>Ein Schreiben oder Formular aus diesem Fall erstellen (Vollmacht, Akteneinsicht, …)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Missing consent</source>
        <translation>Fehlende Einwilligung</translation>
    </message>
    <message>
        <source>Record now…</source>
        <translation>Jetzt erfassen…</translation>
    </message>
    <message>
        <source>Opens the Consents tab with the form filled in for this referral.</source>
        <translation>Öffnet den Reiter Einwilligungen, schon ausgefüllt für diese Weitervermittlung.</translation>
    </message>
    <message>
        <source>Print case summary…</source>
        <translation>Fallübersicht drucken…</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Beratungen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Weitervermittlungen</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neue Klient*in</translation>
    </message>
    <message>
        <source>Consent missing for the referral to %1. Data was passed on; please record the client&apos;s consent.</source>
        <translation>Einwilligung fehlt für die Weitervermittlung an %1. Es wurden Daten weitergegeben – bitte die Einwilligung der Klient*in erfassen.</translation>
    </message>
    <message>
        <source>Save the personal data first; then consultations, referrals and consents can be added.</source>
        <translation>Bitte zuerst die Stammdaten speichern; danach können Beratungen, Weitervermittlungen und Einwilligungen erfasst werden.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Case_summary</source>
        <comment>file name</comment>
        <translation>Fallübersicht</translation>
    </message>
    <message>
        <source>Print case summary %1</source>
        <translation>Fallübersicht %1 drucken</translation>
    </message>
    <message>
        <source>Creating the case summary…</source>
        <translation>Fallübersicht wird erstellt…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The passphrase is changed and the vault is re-encrypted: the old passphrase and the old recovery key no longer open it. This is your new recovery key. It is shown only now. Print the emergency sheet and keep it in the office safe; shred the old one.</source>
        <translation>Die Passphrase ist geändert und der Tresor neu verschlüsselt: Die alte Passphrase und der alte Wiederherstellungsschlüssel öffnen ihn nicht mehr. Das ist Ihr neuer Wiederherstellungsschlüssel. Er wird nur jetzt angezeigt. Drucken Sie das Notfallblatt, bewahren Sie es im abschließbaren Schrank der Beratungsstelle auf und vernichten Sie das alte.</translation>
    </message>
    <message>
        <source>Enter your current passphrase and choose a new one.</source>
        <translation>Geben Sie Ihre bisherige Passphrase ein und wählen Sie eine neue.</translation>
    </message>
    <message>
        <source>Enter your current passphrase and choose a new one. The recovery key stays valid.</source>
        <translation>Geben Sie Ihre bisherige Passphrase ein und wählen Sie eine neue. Der Wiederherstellungsschlüssel bleibt gültig.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Bisherige Passphrase:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Bisherige Passphrase</translation>
    </message>
    <message>
        <source>I &amp;suspect that someone knows the old passphrase</source>
        <translation>Ich &amp;vermute, dass jemand die alte Passphrase kennt</translation>
    </message>
    <message>
        <source>Then the whole vault is re-encrypted with a new key and you get a new recovery key. The old passphrase and the old recovery key will no longer open it. This can take a minute.</source>
        <translation>Dann wird der ganze Tresor mit einem neuen Schlüssel neu verschlüsselt, und Sie erhalten einen neuen Wiederherstellungsschlüssel. Die alte Passphrase und der alte Wiederherstellungsschlüssel öffnen ihn danach nicht mehr. Das kann eine Minute dauern.</translation>
    </message>
    <message>
        <source>The vault is being re-encrypted with a new key. This can take a minute; please do not switch the computer off.</source>
        <translation>Der Tresor wird mit einem neuen Schlüssel neu verschlüsselt. Das kann eine Minute dauern; bitte den Computer nicht ausschalten.</translation>
    </message>
    <message>
        <source>Re-encryption progress</source>
        <translation>Fortschritt der Neuverschlüsselung</translation>
    </message>
</context>
<context>
    <name>ChecklistItemsModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due (DD.MM.YYYY)</source>
        <translation>Frist (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>no longer in the template</source>
        <translation>nicht mehr in der Vorlage</translation>
    </message>
</context>
<context>
    <name>ChecklistStates</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <source>available (copy)</source>
        <translation>liegt vor (Kopie)</translation>
    </message>
    <message>
        <source>available (original)</source>
        <translation>liegt vor (Original)</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>entfällt</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Open documents</source>
        <translation>Offene Unterlagen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
</context>
<context>
    <name>ChecklistsTab</name>
    <message>
        <source>Checklist template</source>
        <translation>Checklisten-Vorlage</translation>
    </message>
    <message>
        <source>Appointment (DD.MM.YYYY, optional)</source>
        <translation>Termin (TT.MM.JJJJ, optional)</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Assign checklist</source>
        <translation>Checkliste zuweisen</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Neu:</translation>
    </message>
    <message>
        <source>Checklists of this client</source>
        <translation>Checklisten dieser Klient*in</translation>
    </message>
    <message>
        <source>Delete checklist</source>
        <translation>Checkliste löschen</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Checkliste:</translation>
    </message>
    <message>
        <source>Update to new version…</source>
        <translation>Auf neue Version aktualisieren…</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Appointment at the office</source>
        <translation>Termin bei der Stelle</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Appointment:</source>
        <translation>Termin:</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Punkte der Checkliste</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Handout drucken…</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>No checklist yet. Choose a template above.</source>
        <translation>Noch keine Checkliste. Oben eine Vorlage wählen.</translation>
    </message>
    <message>
        <source>Office: %1 · template version %2</source>
        <translation>Stelle: %1 · Vorlage Version %2</translation>
    </message>
    <message>
        <source>A newer version of this template exists (version %1).</source>
        <translation>Es gibt eine neuere Version dieser Vorlage (Version %1).</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Delete this checklist with all states and notes?</source>
        <translation>Diese Checkliste mit allen Status und Notizen löschen?</translation>
    </message>
    <message>
        <source>Update to new version</source>
        <translation>Auf neue Version aktualisieren</translation>
    </message>
    <message>
        <source>These changes will be applied. States, due dates and notes of the remaining documents are kept.</source>
        <translation>Diese Änderungen werden übernommen. Status, Fristen und Notizen der übrigen Dokumente bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Case &amp;number</source>
        <translation>Fall&amp;nummer</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Pseudonym</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>&amp;Anonymous</source>
        <translation>&amp;anonym</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;Geburtsjahr</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geburtsjahr</translation>
    </message>
    <message>
        <source>YYYY</source>
        <comment>placeholder of the birth year: the format, never a value</comment>
        <translation>JJJJ</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>Ges&amp;chlecht</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>&amp;Country of origin</source>
        <translation>&amp;Herkunftsland</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Herkunftsland</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Sprachen</translation>
    </message>
    <message>
        <source>Search languages</source>
        <translation>Sprachen suchen</translation>
    </message>
    <message>
        <source>Search languages…</source>
        <translation>Sprache suchen…</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>Sprachmittlung nö&amp;tig</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Sprachmittlung nötig</translation>
    </message>
    <message>
        <source>Kind of interpreting</source>
        <translation>Art der Sprachmittlung</translation>
    </message>
    <message>
        <source>&amp;Residence status</source>
        <translation>&amp;Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Aufenthaltsstatus</translation>
    </message>
    <message>
        <source>Title &amp;valid until</source>
        <translation>Titel gültig &amp;bis</translation>
    </message>
    <message>
        <source>Title valid until</source>
        <translation>Titel gültig bis</translation>
    </message>
    <message>
        <source>Arrival in G&amp;ermany</source>
        <translation>Ein&amp;reise nach Deutschland</translation>
    </message>
    <message>
        <source>Arrival in Germany</source>
        <translation>Einreise nach Deutschland</translation>
    </message>
    <message>
        <source>Day, month or only the year: 03.02.2019, 02.2019 or 2019</source>
        <translation>Tag, Monat oder nur das Jahr: 03.02.2019, 02.2019 oder 2019</translation>
    </message>
    <message>
        <source>DD.MM.YYYY, MM.YYYY or YYYY</source>
        <translation>TT.MM.JJJJ, MM.JJJJ oder JJJJ</translation>
    </message>
    <message>
        <source>Years in Germany</source>
        <translation>Jahre in Deutschland</translation>
    </message>
    <message>
        <source>Place of residence (&amp;district)</source>
        <translation>Wohn&amp;ort (Kreis)</translation>
    </message>
    <message>
        <source>Place of residence (district)</source>
        <translation>Wohnort (Kreis)</translation>
    </message>
    <message>
        <source>District (Landkreis) or independent city of Rhineland-Palatinate, outside RLP, or not known</source>
        <translation>Landkreis oder kreisfreie Stadt in Rheinland-Pfalz, außerhalb von RLP oder nicht erfasst</translation>
    </message>
    <message>
        <source>M&amp;unicipality / local area</source>
        <translation>Gemeinde / So&amp;zialraum</translation>
    </message>
    <message>
        <source>Municipality or local area</source>
        <translation>Gemeinde oder Sozialraum</translation>
    </message>
    <message>
        <source>Optional; stays on this computer (statistics count only the district)</source>
        <translation>Freiwillig; bleibt auf diesem Rechner (die Statistik zählt nur den Kreis)</translation>
    </message>
    <message>
        <source>Pro&amp;tection status</source>
        <translation>Sch&amp;utzstatus</translation>
    </message>
    <message>
        <source>Protection status</source>
        <translation>Schutzstatus</translation>
    </message>
    <message>
        <source>Special protection &amp;needs</source>
        <translation>Besondere Schutzbe&amp;darfe</translation>
    </message>
    <message>
        <source>Special protection needs</source>
        <translation>Besondere Schutzbedarfe</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>D&amp;ienst</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>&amp;Household size</source>
        <translation>Haushalts&amp;größe</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Haushaltsgröße</translation>
    </message>
    <message>
        <source>&amp;First contact</source>
        <translation>&amp;Erstkontakt</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Case s&amp;tatus</source>
        <translation>Fallsta&amp;tus</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Fallstatus</translation>
    </message>
    <message>
        <source>Closing &amp;reason</source>
        <translation>Abschluss&amp;grund</translation>
    </message>
    <message>
        <source>Closing reason</source>
        <translation>Abschlussgrund</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>Abgeschlossen a&amp;m</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Schlagwörter (mit Komma getrennt)</translation>
    </message>
    <message>
        <source>Dated history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Residence status: current value and history</source>
        <translation>Aufenthaltsstatus: aktueller Wert und Verlauf</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Neuer Eintrag…</translation>
    </message>
    <message>
        <source>Residence status: new entry</source>
        <translation>Aufenthaltsstatus: neuer Eintrag</translation>
    </message>
    <message>
        <source>A new value from a given day on (the history keeps the earlier ones)</source>
        <translation>Ein neuer Wert ab einem Tag (der Verlauf behält die früheren)</translation>
    </message>
    <message>
        <source>Work / training</source>
        <translation>Arbeit / Ausbildung</translation>
    </message>
    <message>
        <source>Work / training: current value and history</source>
        <translation>Arbeit / Ausbildung: aktueller Wert und Verlauf</translation>
    </message>
    <message>
        <source>Work / training: new entry</source>
        <translation>Arbeit / Ausbildung: neuer Eintrag</translation>
    </message>
    <message>
        <source>German level (CEFR)</source>
        <translation>Deutschkenntnisse (GER)</translation>
    </message>
    <message>
        <source>German level (CEFR): current value and history</source>
        <translation>Deutschkenntnisse (GER): aktueller Wert und Verlauf</translation>
    </message>
    <message>
        <source>German level (CEFR): new entry</source>
        <translation>Deutschkenntnisse (GER): neuer Eintrag</translation>
    </message>
    <message>
        <source>generated when saved</source>
        <translation>wird beim Speichern vergeben</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>%1 of %2 clients</source>
        <translation>%1 von %2 Klient*innen</translation>
    </message>
    <message>
        <source>&amp;Search by name or case number:</source>
        <translation>&amp;Suchen nach Name oder Fallnummer:</translation>
    </message>
    <message>
        <source>Search client</source>
        <translation>Klient*in suchen</translation>
    </message>
    <message>
        <source>Type part of the name or of the case number; the arrow keys choose in the list, Enter takes the selected client.</source>
        <translation>Einen Teil des Namens oder der Fallnummer eingeben; mit den Pfeiltasten in der Liste wählen, Enter übernimmt die gewählte Person.</translation>
    </message>
    <message>
        <source>Name or case number</source>
        <translation>Name oder Fallnummer</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Passende Klient*innen</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Choose client</source>
        <translation>Klient*in wählen</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Last consultation</source>
        <translation>Letzte Beratung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Name/case number</source>
        <translation>Name/Fallnummer</translation>
    </message>
    <message>
        <source>Consultation note</source>
        <translation>Beratungsnotiz</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Weitervermittlung</translation>
    </message>
    <message>
        <source>Search names, case numbers and notes (Ctrl+F)</source>
        <translation>Namen, Fallnummern und Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by service</source>
        <translation>Nach Dienst filtern</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Client list</source>
        <translation>Liste der Klient*innen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>&amp;New client (Ctrl+N)</source>
        <translation>&amp;Neue Klient*in (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>Liste &amp;importieren…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 Klient*innen</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Check the recovery key</source>
        <translation>Wiederherstellungsschlüssel prüfen</translation>
    </message>
    <message>
        <source>To make sure the key was written down correctly, please type group %1 and group %2. You can go back to look at the key.</source>
        <translation>Damit sicher ist, dass der Schlüssel richtig notiert wurde, tippen Sie bitte Gruppe %1 und Gruppe %2 ab. Mit „Zurück“ sehen Sie den Schlüssel noch einmal.</translation>
    </message>
    <message>
        <source>Group %1:</source>
        <translation>Gruppe %1:</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key</source>
        <translation>Gruppe %1 des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <source>Upper or lower case does not matter.</source>
        <translation>Groß- und Kleinschreibung spielt keine Rolle.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Purpose and recipient</source>
        <translation>Zweck und Empfänger</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Einwilligung erfasst.</translation>
    </message>
    <message>
        <source>Print consent form</source>
        <translation>Einwilligung drucken</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Check the purpose, recipient and date, then record the consent.</source>
        <translation>Zweck, Empfänger und Datum prüfen, dann die Einwilligung erfassen.</translation>
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
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Kind of &amp;recipient</source>
        <translation>Art des &amp;Empfängers</translation>
    </message>
    <message>
        <source>Kind of recipient</source>
        <translation>Art des Empfängers</translation>
    </message>
    <message>
        <source>Office from the address &amp;book</source>
        <translation>Stelle aus dem &amp;Adressbuch</translation>
    </message>
    <message>
        <source>Office from the address book</source>
        <translation>Stelle aus dem Adressbuch</translation>
    </message>
    <message>
        <source>Recipient in &amp;words</source>
        <translation>Empfänger in &amp;Worten</translation>
    </message>
    <message>
        <source>Recipient in words</source>
        <translation>Empfänger in Worten</translation>
    </message>
    <message>
        <source>&amp;Form version</source>
        <translation>&amp;Formularversion</translation>
    </message>
    <message>
        <source>Form version</source>
        <translation>Formularversion</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>Erteilt a&amp;m</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected…</source>
        <translation>Ausgewählte &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Records the withdrawal as of today. Referrals that passed data on this consent are marked.</source>
        <translation>Trägt den Widerruf mit heutigem Datum ein. Weitervermittlungen, die Daten auf Grundlage dieser Einwilligung weitergegeben haben, werden markiert.</translation>
    </message>
    <message>
        <source>&amp;Print consent form…</source>
        <translation>Einwilligung &amp;drucken…</translation>
    </message>
    <message>
        <source>The form for the client to sign, filled in with the purpose and recipient chosen above and the contact of the counselling office.</source>
        <translation>Das Formular zum Unterschreiben für die Klient*in, ausgefüllt mit dem oben gewählten Zweck und Empfänger und der Anschrift der Beratungsstelle.</translation>
    </message>
    <message>
        <source>Consents of this client</source>
        <translation>Einwilligungen dieser Klient*in</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>Einwilligung e&amp;rfassen</translation>
    </message>
    <message>
        <source>Please select a consent in the list first.</source>
        <translation>Bitte zuerst eine Einwilligung in der Liste auswählen.</translation>
    </message>
</context>
<context>
    <name>ConsultationsTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>D&amp;uration (minutes)</source>
        <translation>Da&amp;uer (Minuten)</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>Beratungs&amp;weg</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>accessible name</comment>
        <translation>Beratungsweg</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Beratungs&amp;form</translation>
    </message>
    <message>
        <source>Method</source>
        <comment>accessible name</comment>
        <translation>Beratungsform</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>D&amp;ienst</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>The programme this consultation belongs to (MFD, MBE, JMD, …); a new consultation takes the case&apos;s service.</source>
        <translation>Das Programm, in dem diese Beratung stattfand (MFD, MBE, JMD, …); eine neue Beratung übernimmt den Dienst des Falls.</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>Themen suchen</translation>
    </message>
    <message>
        <source>Search topics…</source>
        <translation>Thema suchen…</translation>
    </message>
    <message>
        <source>Interpreter &amp;used</source>
        <translation>Mit &amp;Sprachmittlung</translation>
    </message>
    <message>
        <source>Interpreter used</source>
        <translation>Mit Sprachmittlung</translation>
    </message>
    <message>
        <source>&amp;Kind of interpreting</source>
        <translation>&amp;Art der Sprachmittlung</translation>
    </message>
    <message>
        <source>Kind of interpreting</source>
        <translation>Art der Sprachmittlung</translation>
    </message>
    <message>
        <source>Interpreted &amp;between</source>
        <translation>Gedolmetscht &amp;zwischen</translation>
    </message>
    <message>
        <source>Language of the client</source>
        <translation>Sprache der Person</translation>
    </message>
    <message>
        <source>Language of the counselling</source>
        <translation>Sprache der Beratung</translation>
    </message>
    <message>
        <source>Interp&amp;reter</source>
        <translation>Sprach&amp;mittler*in</translation>
    </message>
    <message>
        <source>Interpreter from the address book</source>
        <translation>Sprachmittler*in aus dem Adressbuch</translation>
    </message>
    <message>
        <source>&amp;Address book…</source>
        <translation>Adress&amp;buch…</translation>
    </message>
    <message>
        <source>Interpreters of this office: name, languages, contact</source>
        <translation>Sprachmittler*innen dieser Stelle: Name, Sprachen, Kontakt</translation>
    </message>
    <message>
        <source>A relative under 18 interpreted</source>
        <translation>Ein Kind/Jugendliche*r unter 18 aus der Familie hat gedolmetscht</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Consultations of this client</source>
        <translation>Beratungen dieser Klient*in</translation>
    </message>
    <message>
        <source>&amp;New consultation</source>
        <translation>&amp;Neue Beratung</translation>
    </message>
    <message>
        <source>Save consultation</source>
        <translation>Beratung speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>Neue Beratung</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Beratung bearbeiten</translation>
    </message>
    <message>
        <source>An unsaved note was restored.</source>
        <translation>Eine nicht gespeicherte Notiz wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Discard the text typed in this consultation?</source>
        <translation>Den in dieser Beratung getippten Text verwerfen?</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Not shown for data protection reasons: too few clients in this period for any breakdown.</source>
        <translation>Aus Datenschutzgründen nicht ausgewiesen: zu wenige Ratsuchende in diesem Zeitraum für Aufgliederungen.</translation>
    </message>
    <message>
        <source>At least this many: the sum of the released periods in which this value is shown; in at least one it is not shown.</source>
        <translation>Mindestens so viele: die Summe der freigegebenen Zeiträume, in denen der Wert ausgewiesen ist; in mindestens einem ist er nicht ausgewiesen.</translation>
    </message>
    <message>
        <source>Not shown for data protection reasons: a small number, or a value of any size hidden so that a small one cannot be worked out.</source>
        <translation>Aus Datenschutzgründen nicht ausgewiesen: eine kleine Zahl oder ein Wert beliebiger Größe, der verborgen ist, damit sich eine kleine Zahl nicht zurückrechnen lässt.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Creating the vault</source>
        <translation>Tresor wird angelegt</translation>
    </message>
    <message>
        <source>The encryption is being tuned to this computer and the vault is being created. This takes a few seconds.</source>
        <translation>Die Verschlüsselung wird auf diesen Computer abgestimmt und der Tresor wird angelegt. Das dauert einige Sekunden.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import client list</source>
        <translation>Liste der Klient*innen importieren</translation>
    </message>
    <message>
        <source>Preview of the rows</source>
        <translation>Vorschau der Zeilen</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose &amp;another file…</source>
        <translation>&amp;Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Herkunftsland</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>%1: %2 rows, encoding %3, separated by %4. %5 new, %6 already in the vault (will be skipped).</source>
        <translation>%1: %2 Zeilen, Kodierung %3, getrennt durch %4. %5 neu, %6 bereits im Tresor (werden übersprungen).</translation>
    </message>
    <message>
        <source>(new number)</source>
        <translation>(neue Nummer)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>already there – skipped</source>
        <translation>bereits vorhanden – übersprungen</translation>
    </message>
    <message>
        <source>Nothing can be imported until every problem is fixed in the file (%1 problems):</source>
        <translation>Es kann nichts importiert werden, bis alle Probleme in der Datei behoben sind (%1 Probleme):</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
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
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Consents of this client</source>
        <translation>Einwilligungen dieser Klient*in</translation>
    </message>
    <message>
        <source>Consents are recorded and withdrawn in one place: the Consents tab.</source>
        <translation>Einwilligungen werden an einer Stelle erfasst und widerrufen: im Reiter Einwilligungen.</translation>
    </message>
    <message>
        <source>Record or withdraw consent…</source>
        <translation>Einwilligung erfassen oder widerrufen…</translation>
    </message>
    <message>
        <source>Corrections and marks</source>
        <translation>Berichtigungen und Markierungen</translation>
    </message>
    <message>
        <source>Rights of the client</source>
        <translation>Rechte der Klient*in</translation>
    </message>
    <message>
        <source>Right of access, Art. 15 GDPR. The data file also serves the right to data portability, Art. 20 GDPR.</source>
        <translation>Auskunftsrecht, Art. 15 DSGVO. Die Datendatei dient auch dem Recht auf Datenübertragbarkeit, Art. 20 DSGVO.</translation>
    </message>
    <message>
        <source>Disclosure: everything stored about the client, as a PDF to hand over and as a data file – for when the client asks what we know about them.</source>
        <translation>Auskunft: Alles, was über die Klient*in gespeichert ist, als PDF zum Aushändigen und als Datendatei – wenn sie fragt, was wir über sie wissen.</translation>
    </message>
    <message>
        <source>Export disclosure…</source>
        <translation>Auskunft exportieren…</translation>
    </message>
    <message>
        <source>Restriction of processing, Art. 18 GDPR.</source>
        <translation>Recht auf Einschränkung der Verarbeitung, Art. 18 DSGVO.</translation>
    </message>
    <message>
        <source>Restrict: the case stays stored but may only be read – e.g. when the client disputes that the details are correct.</source>
        <translation>Einschränken: Der Fall bleibt gespeichert, darf aber nur noch gelesen werden – z. B. wenn die Klient*in bestreitet, dass die Angaben stimmen.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Right to data portability, Art. 20 GDPR.</source>
        <translation>Recht auf Datenübertragbarkeit, Art. 20 DSGVO.</translation>
    </message>
    <message>
        <source>Hand over: the case goes as a locked file to a colleague in another counselling office – e.g. when the client moves. It stays here until you delete it.</source>
        <translation>Übergeben: Der Fall geht als verschlossene Datei an eine Kolleg*in in einer anderen Beratungsstelle – z. B. wenn die Klient*in umzieht. Hier bleibt er, bis Sie ihn löschen.</translation>
    </message>
    <message>
        <source>Hand case over…</source>
        <translation>Fall übergeben…</translation>
    </message>
    <message>
        <source>Final – cannot be undone</source>
        <translation>Endgültig – nicht rückgängig zu machen</translation>
    </message>
    <message>
        <source>Right to erasure, Art. 17 GDPR.</source>
        <translation>Recht auf Löschung, Art. 17 DSGVO.</translation>
    </message>
    <message>
        <source>Anonymise: name, contact details, notes and tags are removed for good; only the counts for the statistics stay.</source>
        <translation>Anonymisieren: Name, Kontaktdaten, Notizen und Schlagwörter werden endgültig entfernt; nur die Zählungen für die Statistik bleiben.</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymisieren…</translation>
    </message>
    <message>
        <source>Delete case: the case and everything that belongs to it is removed for good – e.g. when the retention period is over or the client asks for it.</source>
        <translation>Fall löschen: Der Fall mit allem, was dazugehört, wird endgültig entfernt – z. B. wenn die Aufbewahrungsfrist abgelaufen ist oder die Klient*in es verlangt.</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>Fall löschen…</translation>
    </message>
    <message>
        <source>Reason for the restriction</source>
        <translation>Grund der Einschränkung</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Einschränkung aufheben</translation>
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
        <source>Art. 18(1)(a) GDPR</source>
        <translation>Art. 18 Abs. 1 lit. a DSGVO</translation>
    </message>
    <message>
        <source>Art. 18(1)(b) GDPR</source>
        <translation>Art. 18 Abs. 1 lit. b DSGVO</translation>
    </message>
    <message>
        <source>Art. 18(1)(c) GDPR</source>
        <translation>Art. 18 Abs. 1 lit. c DSGVO</translation>
    </message>
    <message>
        <source>Art. 18(1)(d) GDPR</source>
        <translation>Art. 18 Abs. 1 lit. d DSGVO</translation>
    </message>
    <message>
        <source>Art. 18 GDPR</source>
        <translation>Art. 18 DSGVO</translation>
    </message>
    <message>
        <source>Restricted: the case can only be read.</source>
        <translation>Eingeschränkt: Der Fall darf nur gelesen, nicht geändert werden.</translation>
    </message>
    <message>
        <source>The case is not restricted.</source>
        <translation>Der Fall ist nicht eingeschränkt.</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>Einschränken</translation>
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
        <source>This case has attachments (scans, photos, PDFs). Has the client agreed that they are handed over too? Yes: with attachments; No: without.</source>
        <translation>Zu diesem Fall gibt es Anhänge (Scans, Fotos, PDFs). Hat die Klient*in zugestimmt, dass sie mit übergeben werden? Ja: mit Anhängen; Nein: ohne.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisieren</translation>
    </message>
    <message>
        <source>This removes name, contact details, notes and tags of this client for good. The counts for statistics stay. This cannot be undone. To confirm, type the case number {number}:</source>
        <translation>Damit werden Name, Kontaktdaten, Notizen und Schlagwörter dieser Klient*in endgültig entfernt. Die Zählungen für die Statistik bleiben. Das lässt sich nicht rückgängig machen. Zur Bestätigung die Fallnummer {number} eintippen:</translation>
    </message>
    <message>
        <source>The case number does not match; nothing was anonymised.</source>
        <translation>Die Fallnummer stimmt nicht; es wurde nichts anonymisiert.</translation>
    </message>
    <message>
        <source>This deletes the case with everything that belongs to it for good. Released statistics keep their counts. To confirm, type the case number {number}:</source>
        <translation>Damit wird der Fall mit allem, was dazugehört, endgültig gelöscht. Bereits freigegebene Statistiken behalten ihre Zahlen. Zur Bestätigung die Fallnummer {number} eingeben:</translation>
    </message>
    <message>
        <source>The case number does not match; nothing was deleted.</source>
        <translation>Die Fallnummer stimmt nicht; es wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Pick from the calendar (Alt+Down)</source>
        <translation>Aus dem Kalender wählen (Alt+↓)</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculatorForm</name>
    <message>
        <source>&amp;Deadline rule:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Rechtsbehelfsbelehrung missing or wrong (1 year instead)</source>
        <translation>Rechtsbehelfsbelehrung fehlt oder ist falsch (dann 1 Jahr)</translation>
    </message>
    <message>
        <source>Deadline rule</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fristbeginn</translation>
    </message>
    <message>
        <source>Date is the day of posting (plain letter: 4th day after)</source>
        <translation>Datum ist die Aufgabe zur Post (einfacher Brief: 4. Tag danach)</translation>
    </message>
    <message>
        <source>A plain letter counts as received on the 4th day after posting (Bekanntgabefiktion)</source>
        <translation>Ein einfacher Brief gilt am 4. Tag nach der Aufgabe zur Post als bekannt gegeben (Bekanntgabefiktion)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day 0 (%1)</source>
        <translation>Tag 0 (%1)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Day 0</source>
        <translation>Tag 0</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Computed last day</source>
        <translation>Rechnerisches Fristende</translation>
    </message>
    <message>
        <source>Without guarantee (ohne Gewähr): the app only suggests the date. The Rechtsbehelfsbelehrung of the letter and legal advice prevail.</source>
        <translation>Ohne Gewähr: Die App schlägt das Datum nur vor. Maßgeblich sind die Rechtsbehelfsbelehrung des Schreibens und anwaltlicher Rat.</translation>
    </message>
    <message>
        <source>No computed last day</source>
        <translation>Kein berechnetes Fristende</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>Fristende: %1</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>New deadline</source>
        <translation>Neue Frist</translation>
    </message>
    <message>
        <source>&amp;Find rule:</source>
        <translation>&amp;Regel suchen:</translation>
    </message>
    <message>
        <source>Find rule</source>
        <translation>Regel suchen</translation>
    </message>
    <message>
        <source>Type part of the rule&apos;s name; the arrow keys go to the next or previous matching rule. The rules used most often come first.</source>
        <translation>Einen Teil des Regelnamens eingeben; die Pfeiltasten gehen zur nächsten oder vorigen passenden Regel. Die am häufigsten verwendeten Regeln stehen oben.</translation>
    </message>
    <message>
        <source>e.g. Widerspruch, Dublin, Klage</source>
        <translation>z. B. Widerspruch, Dublin, Klage</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Use my own last day instead (needs a reason)</source>
        <translation>Eigenes Fristende verwenden (mit Begründung)</translation>
    </message>
    <message>
        <source>Own &amp;last day:</source>
        <translation>Eigenes &amp;Fristende:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Create follow-ups for the reminders</source>
        <translation>Wiedervorlagen für die Erinnerungen anlegen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Own last day</source>
        <translation>Eigenes Fristende</translation>
    </message>
    <message>
        <source>Reason for the own last day</source>
        <translation>Begründung für das eigene Fristende</translation>
    </message>
    <message>
        <source>e.g. confirmed by the lawyer</source>
        <translation>z. B. mit der Anwältin abgestimmt</translation>
    </message>
    <message>
        <source>Deadline for %1</source>
        <translation>Frist für %1</translation>
    </message>
    <message>
        <source>New deadline – %1</source>
        <translation>Neue Frist – %1</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>There is no case with this case number.</source>
        <translation>Zu dieser Fallnummer gibt es keinen Fall.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Deadline calculator</source>
        <translation>Fristenrechner</translation>
    </message>
    <message>
        <source>Open deadlines and follow-ups</source>
        <translation>Offene Fristen und Wiedervorlagen</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Fallnummer:</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>&amp;Save for this case…</source>
        <translation>Für diesen Fall &amp;speichern …</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>The vault is locked. Your input is kept; unlock and try again.</source>
        <translation>Der Tresor ist gesperrt. Ihre Eingaben bleiben erhalten; bitte entsperren und erneut versuchen.</translation>
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
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The vault is set up. MFD Desktop locks itself after a few minutes without input and when you press Ctrl+L. Whatever you are typing is kept as an encrypted draft.</source>
        <translation>Der Tresor ist eingerichtet. MFD Desktop sperrt sich nach einigen Minuten ohne Eingabe selbst und sofort mit Strg+L. Was Sie gerade tippen, bleibt als verschlüsselter Entwurf erhalten.</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>Auf diesem Gerät &amp;merken</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Auf diesem Gerät merken</translation>
    </message>
    <message>
        <source>Lets you unlock with this computer&apos;s password store instead of the passphrase. Only use this on a laptop that only you use and that has its own login password.</source>
        <translation>Dann öffnet der Passwortspeicher dieses Computers den Tresor statt der Passphrase. Nutzen Sie das nur auf einem Laptop, den nur Sie verwenden und der ein eigenes Anmeldepasswort hat.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>MFD Desktop – setup</source>
        <translation>MFD Desktop – Einrichtung</translation>
    </message>
    <message>
        <source>The vault has been created.</source>
        <translation>Der Tresor ist angelegt.</translation>
    </message>
    <message>
        <source>The vault has already been created. Finish the setup now? You can make a new recovery key later under Settings.</source>
        <translation>Der Tresor ist bereits angelegt. Die Einrichtung jetzt beenden? Einen neuen Wiederherstellungsschlüssel können Sie später unter „Einstellungen“ erstellen.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;Case number (optional):</source>
        <translation>&amp;Fallnummer (optional):</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum der Wiedervorlage</translation>
    </message>
    <message>
        <source>Follow-up text</source>
        <translation>Text der Wiedervorlage</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>New follow-up – %1</source>
        <translation>Neue Wiedervorlage – %1</translation>
    </message>
    <message>
        <source>There is no case with this case number.</source>
        <translation>Zu dieser Fallnummer gibt es keinen Fall.</translation>
    </message>
</context>
<context>
    <name>HandbookDialog</name>
    <message>
        <source>The user guide is missing from this installation. Please ask your administrator.</source>
        <translation>Das Handbuch fehlt in dieser Installation. Bitte wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>Find in the guide:</source>
        <translation>Im Handbuch suchen:</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Type a word and press Enter; Enter again finds the next place.</source>
        <translation>Ein Wort eingeben und Enter drücken; Enter noch einmal findet die nächste Stelle.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Chapters of the guide; click one to go there.</source>
        <translation>Kapitel des Handbuchs; ein Klick springt dorthin.</translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation>Text des Handbuchs</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Preview and print…</source>
        <translation>Vorschau und Drucken…</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Handout drucken</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Zweite Sprache</translation>
    </message>
    <message>
        <source>German only</source>
        <translation>nur Deutsch</translation>
    </message>
    <message>
        <source>Second language:</source>
        <translation>Zweite Sprache:</translation>
    </message>
    <message>
        <source>Print the client&apos;s name on the handout</source>
        <translation>Namen der Klient*in aufdrucken</translation>
    </message>
    <message>
        <source>Translation not reviewed by a native speaker (%1 of %2 texts). The handout says so.</source>
        <translation>Übersetzung nicht von Muttersprachler*innen geprüft (%1 von %2 Texten). Das Handout weist darauf hin.</translation>
    </message>
    <message>
        <source>Creating the handout…</source>
        <translation>Handout wird erstellt…</translation>
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
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Compare it by phone with the fingerprint your colleague sees under File › My handover key…</source>
        <translation>Vergleichen Sie ihn am Telefon mit dem Fingerabdruck, den Ihre Kollegin / Ihr Kollege unter „Datei › Mein Übergabe-Schlüssel…“ sieht.</translation>
    </message>
    <message>
        <source>Paste a &amp;different key…</source>
        <translation>Anderen Schlüssel &amp;einfügen…</translation>
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
        <source>Handover key of %1 (you have taken over a case from there before).</source>
        <translation>Übergabe-Schlüssel von %1 (von dort haben Sie schon einmal einen Fall übernommen).</translation>
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
        <source>Your colleague&apos;s handover key is complete.</source>
        <translation>Der Übergabe-Schlüssel Ihrer Kollegin / Ihres Kollegen ist vollständig eingefügt.</translation>
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
        <source>Copy handover key</source>
        <translation>Übergabe-Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>Puts the key on the clipboard so you can paste it into an e-mail. The key itself is a long code; you never need to read it.</source>
        <translation>Legt den Schlüssel in die Zwischenablage, damit Sie ihn in eine E-Mail einfügen können. Der Schlüssel selbst ist ein langer Code; lesen müssen Sie ihn nie.</translation>
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
    <name>HistoryEntryDialog</name>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>From this day on; “–” means: not known from then on. Earlier entries stay in the history.</source>
        <translation>Ab diesem Tag; „–“ heißt: ab dann nicht bekannt. Frühere Einträge bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Gültig &amp;ab:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Certificate passed:</source>
        <translation>&amp;Zertifikat bestanden:</translation>
    </message>
    <message>
        <source>Certificate passed</source>
        <translation>Zertifikat bestanden</translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <source>The last day is before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>The file will contain the case numbers of the appointments (never names, notes or languages). Only keep it where case data may be kept – not on a mail or calendar server outside the office.</source>
        <translation>Die Datei enthält die Fallnummern der Termine (nie Namen, Notizen oder Sprachen). Nur dort ablegen, wo Falldaten liegen dürfen – nicht auf einem Mail- oder Kalenderserver außer Haus.</translation>
    </message>
    <message>
        <source>Nothing personal is included: every appointment is called &quot;Termin (MFD)&quot; with its kind and place only – no names, notes, languages or case numbers.</source>
        <translation>Es ist nichts Personenbezogenes enthalten: jeder Termin heißt „Termin (MFD)“, nur mit Terminart und Ort – keine Namen, Notizen, Sprachen oder Fallnummern.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export appointments (.ics)</source>
        <translation>Termine exportieren (.ics)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;Case numbers:</source>
        <translation>&amp;Fallnummern:</translation>
    </message>
    <message>
        <source>Include case numbers</source>
        <translation>Fallnummern einschließen</translation>
    </message>
    <message>
        <source>include case numbers (never names)</source>
        <translation>Fallnummern einschließen (nie Namen)</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>The vault locks in %1 seconds. Press any key to stay unlocked.</source>
        <translation>Der Tresor wird in %1 Sekunden gesperrt. Eine beliebige Taste drücken, um entsperrt zu bleiben.</translation>
    </message>
    <message>
        <source>Stay unlocked</source>
        <translation>Entsperrt lassen</translation>
    </message>
    <message>
        <source>Any key or mouse movement keeps the vault unlocked, too.</source>
        <translation>Auch jede Taste und jede Mausbewegung lässt den Tresor entsperrt.</translation>
    </message>
    <message>
        <source>&amp;Stay unlocked</source>
        <translation>&amp;Entsperrt lassen</translation>
    </message>
</context>
<context>
    <name>InterpreterBookDialog</name>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Consultations that name this interpreter: %1. They keep the kind and the languages, but not the name. Delete?</source>
        <translation>Beratungen mit diesem Eintrag: %1. Sie behalten Art und Sprachen der Sprachmittlung, aber nicht den Namen. Löschen?</translation>
    </message>
    <message>
        <source>Interpreter address book</source>
        <translation>Adressbuch Sprachmittlung</translation>
    </message>
    <message>
        <source>Interpreters this office works with. Only the name is shown with a consultation; the book stays in this vault and is never part of the statistics.</source>
        <translation>Sprachmittler*innen, mit denen diese Stelle arbeitet. Bei einer Beratung wird nur der Name gezeigt; das Adressbuch bleibt in diesem Tresor und geht nie in die Statistik.</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Sprachmittler*innen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Phone, e-mail</source>
        <translation>Telefon, E-Mail</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Kind of interpreting</source>
        <translation>Art der Sprachmittlung</translation>
    </message>
    <message>
        <source>N&amp;ew</source>
        <translation>N&amp;eu</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>Eintrag spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens the vault. It is shown &lt;b&gt;only now&lt;/b&gt;. Write it down or print the emergency sheet in the next steps.</source>
        <translation>Falls Sie Ihre Passphrase einmal vergessen, öffnet dieser Schlüssel den Tresor. Er wird &lt;b&gt;nur jetzt&lt;/b&gt; angezeigt. Schreiben Sie ihn ab oder drucken Sie in den nächsten Schritten das Notfallblatt.</translation>
    </message>
    <message>
        <source>Keep the key away from the laptop, for example in the office safe. Anyone who has it can read all case data.</source>
        <translation>Bewahren Sie den Schlüssel getrennt vom Laptop auf, zum Beispiel in einem abschließbaren Schrank der Beratungsstelle. Wer ihn hat, kann alle Falldaten lesen.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>German only</source>
        <translation>nur Deutsch</translation>
    </message>
    <message>
        <source>– none –</source>
        <translation>– keine –</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>The translation is not reviewed by a native speaker; the letter says so.</source>
        <translation>Die Übersetzung ist nicht von Muttersprachler*innen geprüft; das Schreiben sagt das.</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Creating the PDF…</source>
        <translation>PDF wird erstellt…</translation>
    </message>
    <message>
        <source>Print letter: %1</source>
        <translation>Schreiben drucken: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>The PDF file will not be encrypted. Anyone who can open the folder can read it. Save it only where it is protected, and delete it when it is no longer needed.</source>
        <translation>Die PDF-Datei wird nicht verschlüsselt. Wer den Ordner öffnen kann, kann sie lesen. Speichern Sie sie nur an einem geschützten Ort und löschen Sie sie, wenn sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Keeping a copy in the case…</source>
        <translation>Kopie wird im Fall abgelegt…</translation>
    </message>
    <message>
        <source>A copy of the letter was kept in the case (Attachments).</source>
        <translation>Eine Kopie des Schreibens liegt jetzt im Fall (Anhänge).</translation>
    </message>
    <message>
        <source>Letter from the case</source>
        <translation>Schreiben aus dem Fall</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>The letter to write, sorted by title</source>
        <translation>Das Schreiben, das erstellt werden soll, nach Titel sortiert</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Check a letter template file (TOML) and add it as your own template</source>
        <translation>Eine Schreiben-Vorlage (TOML-Datei) prüfen und als eigene Vorlage übernehmen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the selected template as a file to share with colleagues</source>
        <translation>Die gewählte Vorlage als Datei speichern, um sie an Kolleg*innen weiterzugeben</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The client&apos;s language: the letter is printed in German and in this language</source>
        <translation>Die Sprache der Klient*in: Das Schreiben wird auf Deutsch und in dieser Sprache gedruckt</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>S&amp;telle:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>The office the letter goes to or names</source>
        <translation>Die Stelle, an die das Schreiben geht oder die es nennt</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>The deadline entry of the case whose date the letter names</source>
        <translation>Der Fristeintrag des Falls, dessen Datum das Schreiben nennt</translation>
    </message>
    <message>
        <source>&amp;Appointment:</source>
        <translation>Te&amp;rmin:</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Datum des Termins</translation>
    </message>
    <message>
        <source>Appointment time</source>
        <translation>Uhrzeit des Termins</translation>
    </message>
    <message>
        <source>Appointment place</source>
        <translation>Ort des Termins</translation>
    </message>
    <message>
        <source>Place (default: the service&apos;s address)</source>
        <translation>Ort (sonst die Anschrift der Beratungsstelle)</translation>
    </message>
    <message>
        <source>Text of the letter</source>
        <translation>Text des Schreibens</translation>
    </message>
    <message>
        <source>Text of the letter, second language</source>
        <translation>Text des Schreibens, zweite Sprache</translation>
    </message>
    <message>
        <source>Fill in &amp;again</source>
        <translation>&amp;Neu ausfüllen</translation>
    </message>
    <message>
        <source>Fill the text from the case again; your changes are lost</source>
        <translation>Den Text neu aus dem Fall ausfüllen; Ihre Änderungen gehen verloren</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF file; a copy is kept in the case</source>
        <translation>Eine unverschlüsselte PDF-Datei speichern; eine Kopie bleibt im Fall</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Open the print preview; after printing a copy is kept in the case</source>
        <translation>Die Druckvorschau öffnen; nach dem Drucken bleibt eine Kopie im Fall</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LetterTemplateFilesMixin</name>
    <message>
        <source>Import letter template</source>
        <translation>Schreiben-Vorlage importieren</translation>
    </message>
    <message>
        <source>Letter template (*.toml)</source>
        <translation>Schreiben-Vorlage (*.toml)</translation>
    </message>
    <message>
        <source>Export letter template</source>
        <translation>Schreiben-Vorlage exportieren</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Tresor jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Privacy screen</source>
        <translation>Sic&amp;htschutz</translation>
    </message>
    <message>
        <source>Hide the screen at once; the vault stays open. Back with the PIN or the passphrase (F12)</source>
        <translation>Bildschirm sofort verbergen; der Tresor bleibt geöffnet. Zurück mit der PIN oder der Passphrase (F12)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>The user guide, at the chapter of the page you are on (F1)</source>
        <translation>Das Handbuch beim Kapitel der Seite, auf der Sie sind (F1)</translation>
    </message>
    <message>
        <source>&amp;Take over a case…</source>
        <translation>Fall &amp;übernehmen…</translation>
    </message>
    <message>
        <source>My &amp;handover key…</source>
        <translation>&amp;Mein Übergabe-Schlüssel…</translation>
    </message>
    <message>
        <source>&amp;About MFD Desktop</source>
        <translation>Ü&amp;ber MFD Desktop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klient*innen</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Structural work</source>
        <translation>Strukturarbeit</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This area is coming soon.</source>
        <translation>Dieser Bereich folgt.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Bisherige Passphrase:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Bisherige Passphrase</translation>
    </message>
    <message>
        <source>The vault is being re-encrypted with a new key. This can take a minute; please do not switch the computer off.</source>
        <translation>Der Tresor wird mit einem neuen Schlüssel neu verschlüsselt. Das kann eine Minute dauern; bitte den Computer nicht ausschalten.</translation>
    </message>
    <message>
        <source>Re-encryption progress</source>
        <translation>Fortschritt der Neuverschlüsselung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Create new key</source>
        <translation>Neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one at once: the whole vault is re-encrypted with a new key, so the old emergency sheet stops working and should be shredded. This can take a minute. Enter your current passphrase to continue.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel ersetzt den alten sofort: Der ganze Tresor wird mit einem neuen Schlüssel neu verschlüsselt, das alte Notfallblatt gilt dann nicht mehr und sollte vernichtet werden. Das kann eine Minute dauern. Geben Sie zum Fortfahren Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now. Print the emergency sheet and keep it in the office safe.</source>
        <translation>Das ist Ihr neuer Wiederherstellungsschlüssel. Er wird nur jetzt angezeigt. Drucken Sie das Notfallblatt und bewahren Sie es im abschließbaren Schrank der Beratungsstelle auf.</translation>
    </message>
</context>
<context>
    <name>OldBackupsNotice</name>
    <message>
        <source>Important: backups made before this still open with the OLD passphrase and the OLD recovery key. That includes the %1 automatic backup(s) on this computer. If someone may know the old secrets, delete those backups and destroy older backups on USB sticks; then make a new backup.</source>
        <translation>Wichtig: Sicherungen, die vorher erstellt wurden, lassen sich weiterhin mit der ALTEN Passphrase und dem ALTEN Wiederherstellungsschlüssel öffnen. Dazu gehören die automatischen Sicherungen auf diesem Computer (%1). Wenn jemand die alten Geheimnisse kennen könnte: diese Sicherungen löschen, ältere Sicherungen auf USB-Sticks vernichten und danach eine neue Sicherung erstellen.</translation>
    </message>
    <message>
        <source>&amp;Delete automatic backups…</source>
        <translation>Automatische Sicherungen &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete automatic backups</source>
        <translation>Automatische Sicherungen löschen</translation>
    </message>
    <message>
        <source>Delete the %1 automatic backup(s) in %2 for good? This cannot be undone.</source>
        <translation>Die automatischen Sicherungen in %2 (%1) endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>%1 automatic backup(s) deleted. The next automatic backup is made with the new key.</source>
        <translation>Automatische Sicherungen gelöscht: %1. Die nächste automatische Sicherung wird mit dem neuen Schlüssel erstellt.</translation>
    </message>
</context>
<context>
    <name>OpenDocumentsModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient*in</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OpenDocumentsView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open documents</source>
        <translation>Offene Unterlagen</translation>
    </message>
    <message>
        <source>%1 open documents, sorted by due date.</source>
        <translation>%1 offene Unterlagen, nach Fälligkeit sortiert.</translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
        <translation>Angezeigt werden die ersten %1.</translation>
    </message>
</context>
<context>
    <name>OpenItemsTab</name>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Deadlines and follow-ups</source>
        <translation>Fristen und Wiedervorlagen</translation>
    </message>
    <message>
        <source>Deadlines only</source>
        <translation>nur Fristen</translation>
    </message>
    <message>
        <source>Follow-ups only</source>
        <translation>nur Wiedervorlagen</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>alle offenen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Next 7 days (and overdue)</source>
        <translation>nächste 7 Tage (und überfällige)</translation>
    </message>
    <message>
        <source>Next 30 days (and overdue)</source>
        <translation>nächste 30 Tage (und überfällige)</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>alle Fristen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Förderplan-Überprüfung</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>F&amp;ällig:</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Fr&amp;ist:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Open deadlines and follow-ups</source>
        <translation>Offene Fristen und Wiedervorlagen</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the case. * = own last day</source>
        <translation>Doppelklick oder Eingabetaste öffnet den Fall. * = eigenes Fristende</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Markierter Eintrag</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Fall ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Own &amp;last day…</source>
        <translation>Eigenes Frist&amp;ende …</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Neue &amp;Wiedervorlage …</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf Übermittlung</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>übermittelt</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>vom Server abgelehnt</translation>
    </message>
    <message>
        <source>replaced by a newer revision</source>
        <translation>durch neuere Fassung ersetzt</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Own last day</source>
        <translation>Eigenes Fristende</translation>
    </message>
    <message>
        <source>Own &amp;last day:</source>
        <translation>Eigenes &amp;Fristende:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Use the computed last day again</source>
        <translation>Wieder das berechnete Fristende verwenden</translation>
    </message>
    <message>
        <source>Reason for the own last day</source>
        <translation>Begründung für das eigene Fristende</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Please choose a passphrase.</source>
        <translation>Bitte wählen Sie eine Passphrase.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters or %2 words.</source>
        <translation>Zu kurz: mindestens %1 Zeichen oder %2 Wörter.</translation>
    </message>
    <message>
        <source>Too simple: please do not just repeat characters.</source>
        <translation>Zu einfach: bitte nicht nur dieselben Zeichen wiederholen.</translation>
    </message>
    <message>
        <source>Acceptable. Longer is better: a whole sentence is easy to remember.</source>
        <translation>Ausreichend. Länger ist besser: Ein ganzer Satz lässt sich gut merken.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Sehr stark.</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Neue &amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>at least 12 characters or 4 words</source>
        <translation>mindestens 12 Zeichen oder 4 Wörter</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Passphrase wählen</translation>
    </message>
    <message>
        <source>You will type this passphrase every time you open MFD Desktop. Use at least 12 characters or 4 words. A short sentence that only you know works well, for example: &lt;i&gt;Mein Fahrrad steht gern am Rhein&lt;/i&gt;.</source>
        <translation>Diese Passphrase geben Sie bei jedem Öffnen von MFD Desktop ein. Sie braucht mindestens 12 Zeichen oder 4 Wörter. Gut geeignet ist ein kurzer Satz, den nur Sie kennen, zum Beispiel: &lt;i&gt;Mein Fahrrad steht gern am Rhein&lt;/i&gt;.</translation>
    </message>
</context>
<context>
    <name>PayloadModel</name>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufgliederung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>PdfPrintPreview</name>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF file instead of printing</source>
        <translation>Statt zu drucken eine unverschlüsselte PDF-Datei speichern</translation>
    </message>
    <message>
        <source>The PDF file will not be encrypted. Anyone who can open the folder can read it. Save it only where it is protected, and delete it when it is no longer needed.</source>
        <translation>Die PDF-Datei wird nicht verschlüsselt. Wer den Ordner öffnen kann, kann sie lesen. Speichern Sie sie nur an einem geschützten Ort und löschen Sie sie, sobald sie nicht mehr gebraucht wird.</translation>
    </message>
    <message>
        <source>Save anyway…</source>
        <translation>Trotzdem speichern…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PlanEndDialog</name>
    <message>
        <source>End support plan</source>
        <translation>Förderplan beenden</translation>
    </message>
    <message>
        <source>Name the regular service when the plan ends with a hand-over (Überleitung in Regeldienste); leave “–” otherwise.</source>
        <translation>Bei einer Überleitung in Regeldienste den Dienst angeben; sonst „–“ lassen.</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Beendet am:</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beendet am</translation>
    </message>
    <message>
        <source>&amp;Handed over to (regular service):</source>
        <translation>Ü&amp;bergeleitet an (Regeldienst):</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Übergeleitet an</translation>
    </message>
</context>
<context>
    <name>PlanGoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Review goal</source>
        <translation>Ziel überprüfen</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&amp;Goal (in the client&apos;s words):</source>
        <translation>&amp;Ziel (in Worten der Person):</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Re&amp;view on:</source>
        <translation>Über&amp;prüfung am:</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Überprüfung am</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Outcome &amp;date:</source>
        <translation>Ergebnis &amp;vom:</translation>
    </message>
    <message>
        <source>Outcome date</source>
        <translation>Ergebnis vom</translation>
    </message>
    <message>
        <source>&amp;Note on the outcome:</source>
        <translation>&amp;Notiz zum Ergebnis:</translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation>Notiz zum Ergebnis</translation>
    </message>
</context>
<context>
    <name>PlanPrintDialog</name>
    <message>
        <source>German only</source>
        <translation>nur Deutsch</translation>
    </message>
    <message>
        <source>Print support plan</source>
        <translation>Förderplan drucken</translation>
    </message>
    <message>
        <source>A PDF for the client: every heading in German and in the chosen language; goals and steps as written.</source>
        <translation>Ein PDF für die Person: alle Überschriften auf Deutsch und in der gewählten Sprache; Ziele und Vereinbarungen so, wie sie eingetragen sind.</translation>
    </message>
    <message>
        <source>Second &amp;language:</source>
        <translation>Zweite &amp;Sprache:</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Zweite Sprache</translation>
    </message>
    <message>
        <source>Print the client&apos;s &amp;name:</source>
        <translation>&amp;Namen drucken:</translation>
    </message>
    <message>
        <source>Print the client&apos;s name</source>
        <translation>Namen der Person drucken</translation>
    </message>
    <message>
        <source>Print the &amp;notes on outcomes:</source>
        <translation>No&amp;tizen zu Ergebnissen drucken:</translation>
    </message>
    <message>
        <source>Print the notes on outcomes</source>
        <translation>Notizen zu den Ergebnissen drucken</translation>
    </message>
    <message>
        <source>The plan opens in the print preview. A file is only written if you choose “Save as PDF…” there, and that file is not encrypted.</source>
        <translation>Der Plan öffnet sich in der Druckvorschau. Eine Datei entsteht nur, wenn Sie dort „Als PDF speichern…“ wählen – und diese Datei ist nicht verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>PlanStepDialog</name>
    <message>
        <source>New agreed step</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <source>Edit agreed step</source>
        <translation>Vereinbarung bearbeiten</translation>
    </message>
    <message>
        <source>Agreed step</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>A hand-over to a regular service (Überleitung) is a step with “Other office” naming the service.</source>
        <translation>Eine Überleitung in Regeldienste ist eine Vereinbarung mit „andere Stelle“ und dem Namen des Dienstes.</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>&amp;Which office:</source>
        <translation>Welche &amp;Stelle:</translation>
    </message>
    <message>
        <source>Which office</source>
        <translation>Welche Stelle</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>&amp;Bis wann:</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Erledigt am:</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>Support_plan</source>
        <comment>file name</comment>
        <translation>Förderplan</translation>
    </message>
    <message>
        <source>Creating the support plan PDF…</source>
        <translation>Förderplan-PDF wird erstellt…</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Förderplan</translation>
    </message>
    <message>
        <source>Support plan opened in the print preview.</source>
        <translation>Förderplan in der Druckvorschau geöffnet.</translation>
    </message>
    <message>
        <source>Goal / agreed step</source>
        <translation>Ziel / Vereinbarung</translation>
    </message>
    <message>
        <source>Topic / who</source>
        <translation>Thema / wer</translation>
    </message>
    <message>
        <source>Review / by when</source>
        <translation>Überprüfung / bis wann</translation>
    </message>
    <message>
        <source>Outcome / done</source>
        <translation>Ergebnis / erledigt</translation>
    </message>
    <message>
        <source>since %1 (open)</source>
        <translation>seit %1 (offen)</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <source>No support plan yet. “New plan” starts one with the client.</source>
        <translation>Noch kein Förderplan. „Neuer Förderplan“ beginnt einen mit der Person.</translation>
    </message>
    <message>
        <source>Open since %1.</source>
        <translation>Offen seit %1.</translation>
    </message>
    <message>
        <source>Ended on %1.</source>
        <translation>Beendet am %1.</translation>
    </message>
    <message>
        <source>Handed over to: %1.</source>
        <translation>Übergeleitet an: %1.</translation>
    </message>
    <message>
        <source>Delete this goal with its agreed steps?</source>
        <translation>Dieses Ziel mit seinen Vereinbarungen löschen?</translation>
    </message>
    <message>
        <source>Delete this agreed step?</source>
        <translation>Diese Vereinbarung löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Support plan</source>
        <translation>&amp;Förderplan</translation>
    </message>
    <message>
        <source>The case&apos;s support plans, newest first</source>
        <translation>Die Förderpläne des Falls, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Neuer Förderplan</translation>
    </message>
    <message>
        <source>&amp;End plan…</source>
        <translation>Förderplan &amp;beenden…</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>The plan for the client as PDF, in German and one more language</source>
        <translation>Der Plan für die Person als PDF, auf Deutsch und in einer weiteren Sprache</translation>
    </message>
    <message>
        <source>State of the plan</source>
        <translation>Stand des Förderplans</translation>
    </message>
    <message>
        <source>Goals and agreed steps</source>
        <translation>Ziele und Vereinbarungen</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>&amp;Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;step…</source>
        <translation>&amp;Vereinbarung hinzufügen…</translation>
    </message>
    <message>
        <source>An agreed step for the selected goal</source>
        <translation>Eine Vereinbarung zum ausgewählten Ziel</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>Über&amp;prüfen…</translation>
    </message>
    <message>
        <source>Record the outcome of the selected goal</source>
        <translation>Das Ergebnis des ausgewählten Ziels eintragen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Mark the selected step done today (again: open)</source>
        <translation>Die ausgewählte Vereinbarung als heute erledigt markieren (nochmals: wieder offen)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>PrivacyOverlay</name>
    <message>
        <source>Privacy screen</source>
        <translation>Sichtschutz</translation>
    </message>
    <message>
        <source>The screen is hidden; the vault stays open. It locks fully when the automatic lock time runs out.</source>
        <translation>Der Bildschirm ist verborgen; der Tresor bleibt geöffnet. Er wird ganz gesperrt, wenn die Zeit der automatischen Sperre abläuft.</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase:</source>
        <translation>&amp;PIN oder Passphrase:</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>PIN oder Passphrase</translation>
    </message>
    <message>
        <source>The Sichtschutz PIN from the settings, or the vault passphrase. Three wrong tries lock the vault.</source>
        <translation>Die Sichtschutz-PIN aus den Einstellungen oder die Passphrase des Tresors. Nach drei falschen Versuchen wird der Tresor gesperrt.</translation>
    </message>
    <message>
        <source>Show the screen again</source>
        <translation>Bildschirm wieder zeigen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Die Feststelltaste (Caps Lock) scheint aktiv zu sein.</translation>
    </message>
</context>
<context>
    <name>PrivacyScreen</name>
    <message>
        <source>Wrong. %1 tries left, then the vault locks.</source>
        <translation>Falsch. Noch %1 Versuch(e), dann wird der Tresor gesperrt.</translation>
    </message>
    <message>
        <source>The vault locks fully in %1 seconds.</source>
        <translation>Der Tresor wird in %1 Sekunden ganz gesperrt.</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsSection</name>
    <message>
        <source>Privacy screen</source>
        <translation>Sichtschutz</translation>
    </message>
    <message>
        <source>A PIN is set.</source>
        <translation>Eine PIN ist festgelegt.</translation>
    </message>
    <message>
        <source>No PIN is set: only the passphrase shows the screen again.</source>
        <translation>Keine PIN festgelegt: Nur die Passphrase hebt den Sichtschutz auf.</translation>
    </message>
    <message>
        <source>F12 hides the screen at once, e.g. when a client sits beside you; the vault stays open. A short PIN shows it again without typing the passphrase in front of the client. The PIN opens nothing else, and the vault still locks when the automatic lock time runs out. Three wrong tries lock the vault.</source>
        <translation>F12 verbirgt den Bildschirm sofort, z. B. wenn Klient*innen neben Ihnen sitzen; der Tresor bleibt geöffnet. Mit einer kurzen PIN ist er wieder da, ohne dass Sie die Passphrase vor den Klient*innen eingeben. Die PIN öffnet sonst nichts, und der Tresor wird trotzdem gesperrt, wenn die Zeit der automatischen Sperre abläuft. Nach drei falschen Versuchen wird der Tresor gesperrt.</translation>
    </message>
    <message>
        <source>New &amp;PIN (4 to 8 digits):</source>
        <translation>Neue &amp;PIN (4 bis 8 Ziffern):</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>Re&amp;move the PIN</source>
        <translation>PIN &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>Choose profile</source>
        <translation>Profil wählen</translation>
    </message>
    <message>
        <source>Several counsellors use this computer. Whose data should be opened?</source>
        <translation>Mehrere Berater*innen nutzen diesen Rechner. Wessen Daten sollen geöffnet werden?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <source>Record deadline – choose client</source>
        <translation>Frist erfassen – Klient*in wählen</translation>
    </message>
    <message>
        <source>Follow-up – choose client</source>
        <translation>Wiedervorlage – Klient*in wählen</translation>
    </message>
    <message>
        <source>Record consultation – choose client</source>
        <translation>Beratung erfassen – Klient*in wählen</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Mit Wiederherstellungsschlüssel öffnen</translation>
    </message>
    <message>
        <source>Type the recovery key from your emergency sheet and choose a new passphrase. Upper or lower case and dashes do not matter.</source>
        <translation>Tippen Sie den Wiederherstellungsschlüssel von Ihrem Notfallblatt ab und wählen Sie eine neue Passphrase. Groß- und Kleinschreibung und Bindestriche spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Wiederherstellungs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Open and set passphrase</source>
        <translation>Öffnen und Passphrase festlegen</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>A one-page sheet with the recovery key, to print and keep in the office safe.</source>
        <translation>Eine Seite mit dem Wiederherstellungsschlüssel – zum Ausdrucken und für den abschließbaren Schrank der Beratungsstelle.</translation>
    </message>
    <message>
        <source>&amp;Print emergency sheet…</source>
        <translation>Notfallblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key</source>
        <translation>Gruppe %1 des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <source>Print the sheet and keep it in the office safe.</source>
        <translation>Drucken Sie das Blatt und bewahren Sie es im abschließbaren Schrank der Beratungsstelle auf.</translation>
    </message>
    <message>
        <source>Print emergency sheet</source>
        <translation>Notfallblatt drucken</translation>
    </message>
    <message>
        <source>Emergency-sheet-MFD-Desktop.pdf</source>
        <translation>Notfallblatt-MFD-Desktop.pdf</translation>
    </message>
    <message>
        <source>The PDF could not be created: %1</source>
        <translation>Das PDF konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Creating the PDF…</source>
        <translation>PDF wird erstellt …</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Vermittelt an</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <translation>Begleitet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfragen am</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Kind of &amp;office</source>
        <translation>Art der &amp;Stelle</translation>
    </message>
    <message>
        <source>Kind of office</source>
        <translation>Art der Stelle</translation>
    </message>
    <message>
        <source>Office from the address &amp;book</source>
        <translation>Stelle aus dem &amp;Adressbuch</translation>
    </message>
    <message>
        <source>Office from the address book</source>
        <translation>Stelle aus dem Adressbuch</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Accompanied</source>
        <translation>&amp;begleitet</translation>
    </message>
    <message>
        <source>Accompanied</source>
        <comment>accessible name</comment>
        <translation>begleitet</translation>
    </message>
    <message>
        <source>&amp;Passes data on</source>
        <translation>&amp;Daten werden weitergegeben</translation>
    </message>
    <message>
        <source>Passes data on</source>
        <translation>Daten werden weitergegeben</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tand</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>&amp;Nachfragen am</translation>
    </message>
    <message>
        <source>Referrals of this client</source>
        <translation>Weitervermittlungen dieser Klient*in</translation>
    </message>
    <message>
        <source>New office…</source>
        <translation>Neue Stelle…</translation>
    </message>
    <message>
        <source>Follow-up on</source>
        <translation>Nachfragen am</translation>
    </message>
    <message>
        <source>&amp;New referral</source>
        <translation>&amp;Neue Weitervermittlung</translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>Weitervermittlung speichern</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>keine Einwilligung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Neue Stelle</translation>
    </message>
    <message>
        <source>Name of the office (e.g. Jobcenter Mainz):</source>
        <translation>Name der Stelle (z. B. Jobcenter Mainz):</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Choose the backup file</source>
        <translation>Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>MFD backups (*{suffix});;All files (*)</source>
        <translation>MFD-Sicherungen (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Please choose the backup file first.</source>
        <translation>Bitte wählen Sie zuerst die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Please type the passphrase of the backup.</source>
        <translation>Bitte geben Sie die Passphrase der Sicherung ein.</translation>
    </message>
    <message>
        <source>Checking the backup… This can take a minute.</source>
        <translation>Die Sicherung wird geprüft … Das kann eine Minute dauern.</translation>
    </message>
    <message>
        <source>The backup is in order.</source>
        <translation>Die Sicherung ist in Ordnung.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The backup of {when} is in order. Restore it now? The app locks for this; the current vault is kept aside, nothing is deleted.</source>
        <translation>Die Sicherung vom {when} ist in Ordnung. Jetzt wiederherstellen? Die App sperrt dafür; der jetzige Tresor wird beiseitegelegt, nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>The backup is restored. Unlock now with the passphrase of the backup. The previous vault is kept in the folder {folder}.</source>
        <translation>Die Sicherung ist wiederhergestellt. Entsperren Sie jetzt mit der Passphrase der Sicherung. Der bisherige Tresor liegt im Ordner {folder}.</translation>
    </message>
    <message>
        <source>The backup replaces the vault on this computer. The current vault is not deleted: it is moved aside into a folder „ersetzt-…“ in the data folder. Anything entered after the backup was made is missing afterwards. The file is checked first; then the app locks, and you unlock with the passphrase of the backup.</source>
        <translation>Die Sicherung ersetzt den Tresor auf diesem Rechner. Der jetzige Tresor wird nicht gelöscht, sondern im Datenordner in einen Ordner „ersetzt-…“ gelegt. Was nach der Sicherung eingegeben wurde, fehlt danach. Die Datei wird zuerst geprüft; dann sperrt die App, und Sie entsperren mit der Passphrase der Sicherung.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Sicherungs&amp;datei:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Passphrase der Sicherung:</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <source>I am typing the &amp;recovery key from the emergency sheet instead</source>
        <translation>Ich gebe stattdessen den &amp;Wiederherstellungsschlüssel vom Notfallblatt ein</translation>
    </message>
    <message>
        <source>Check and restore…</source>
        <translation>Prüfen und wiederherstellen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <source>Cases whose deletion period has run out</source>
        <translation>Fälle, deren Löschfrist abgelaufen ist</translation>
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
    <name>SachberichtDialog</name>
    <message>
        <source>Texts saved.</source>
        <translation>Texte gespeichert.</translation>
    </message>
    <message>
        <source>Save annual report</source>
        <translation>Sachbericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Creating the PDF…</source>
        <translation>PDF wird erstellt…</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF gespeichert: %1</translation>
    </message>
    <message>
        <source>Annual report (Sachbericht)</source>
        <translation>Sachbericht</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Year of the annual report</source>
        <translation>Jahr des Sachberichts</translation>
    </message>
    <message>
        <source>The annual report shows the released figures of the year, the structural work and these three texts. Funders read them: please write no names and nothing else about single persons.</source>
        <translation>Der Sachbericht zeigt die freigegebenen Zahlen des Jahres, die Strukturarbeit und diese drei Texte. Zuwendungsgeber lesen sie: bitte keine Namen und nichts anderes über einzelne Personen schreiben.</translation>
    </message>
    <message>
        <source>&amp;Focus of the work:</source>
        <translation>&amp;Schwerpunkte der Arbeit:</translation>
    </message>
    <message>
        <source>Focus of the work</source>
        <translation>Schwerpunkte der Arbeit</translation>
    </message>
    <message>
        <source>&amp;Cooperation and networks:</source>
        <translation>&amp;Kooperationen und Vernetzung:</translation>
    </message>
    <message>
        <source>Cooperation and networks</source>
        <translation>Kooperationen und Vernetzung</translation>
    </message>
    <message>
        <source>&amp;Needs and outlook:</source>
        <translation>&amp;Bedarfe und Ausblick:</translation>
    </message>
    <message>
        <source>Needs and outlook</source>
        <translation>Bedarfe und Ausblick</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Saves the texts, then writes the annual report as a PDF file</source>
        <translation>Speichert die Texte und schreibt dann den Sachbericht als PDF-Datei</translation>
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
    <name>SettingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>set by your administrator</source>
        <translation>vom Administrator festgelegt</translation>
    </message>
    <message>
        <source>Lock &amp;automatically after:</source>
        <translation>&amp;Automatisch sperren nach:</translation>
    </message>
    <message>
        <source> minutes without input</source>
        <translation> Minuten ohne Eingabe</translation>
    </message>
    <message>
        <source>Clear &amp;clipboard after:</source>
        <translation>&amp;Zwischenablage leeren nach:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Lock automatically after minutes</source>
        <translation>Automatisch sperren nach Minuten</translation>
    </message>
    <message>
        <source>Clear clipboard after seconds</source>
        <translation>Zwischenablage leeren nach Sekunden</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>Auf diesem Gerät &amp;merken</translation>
    </message>
    <message>
        <source>Your administrator does not allow remembering the vault key.</source>
        <translation>Ihre Administration erlaubt nicht, den Tresorschlüssel auf dem Gerät zu merken.</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so the vault key cannot be remembered here.</source>
        <translation>Dieser Computer hat keinen sicheren Passwortspeicher. Der Tresorschlüssel kann hier deshalb nicht gemerkt werden.</translation>
    </message>
    <message>
        <source>Unlock with this computer&apos;s password store instead of the passphrase. Only on a laptop that only you use.</source>
        <translation>Entsperren über den Passwortspeicher dieses Computers statt mit der Passphrase. Nur auf einem Laptop, den ausschließlich Sie nutzen.</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern …</translation>
    </message>
    <message>
        <source>New recovery &amp;key…</source>
        <translation>Neuen Wiederherstellungs&amp;schlüssel erstellen …</translation>
    </message>
    <message>
        <source>Encryption: SQLCipher %1, key derivation Argon2id with %2 MiB memory and %3 passes. Schema version %4.</source>
        <translation>Verschlüsselung: SQLCipher %1, Schlüsselableitung Argon2id mit %2 MiB Speicher und %3 Durchläufen. Schemaversion %4.</translation>
    </message>
    <message>
        <source>The password store of this computer did not accept the key. Nothing was changed.</source>
        <translation>Der Passwortspeicher dieses Computers hat den Schlüssel nicht angenommen. Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Emergency sheet</source>
        <translation>Notfallblatt</translation>
    </message>
    <message>
        <source>The emergency sheet (Notfallblatt) is one page with your recovery key and what to do with it. Print it and keep it in the office safe. This step is optional if you wrote the key down.</source>
        <translation>Das Notfallblatt ist eine Seite mit Ihrem Wiederherstellungsschlüssel und einer Anleitung. Drucken Sie es aus und legen Sie es in den abschließbaren Schrank der Beratungsstelle. Wenn Sie den Schlüssel abgeschrieben haben, können Sie diesen Schritt überspringen.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>ShortContactTally</name>
    <message>
        <source>Short contacts (anonymous tally)</source>
        <translation>Kurzkontakte (anonyme Strichliste)</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Beratungs&amp;weg:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation>Letzten &amp;rückgängig</translation>
    </message>
    <message>
        <source>Count one short contact (no person is stored)</source>
        <translation>Einen Kurzkontakt zählen (keine Person wird gespeichert)</translation>
    </message>
    <message>
        <source>Count one short contact</source>
        <translation>Einen Kurzkontakt zählen</translation>
    </message>
    <message>
        <source>Undo the last short contact</source>
        <translation>Letzten Kurzkontakt rückgängig machen</translation>
    </message>
    <message>
        <source>Channel of the short contact</source>
        <translation>Beratungsweg des Kurzkontakts</translation>
    </message>
    <message>
        <source>Topic of the short contact</source>
        <translation>Thema des Kurzkontakts</translation>
    </message>
    <message>
        <source>Only date, channel and topic are counted – no name, no note. Counted in the statistics.</source>
        <translation>Gezählt werden nur Datum, Beratungsweg und Thema – kein Name, keine Notiz. Fließt in die Statistik ein.</translation>
    </message>
    <message>
        <source>Counted today: %1</source>
        <translation>Heute gezählt: %1</translation>
    </message>
    <message>
        <source>Counted: %1 · %2</source>
        <translation>Gezählt: %1 · %2</translation>
    </message>
    <message>
        <source>The last short contact was removed.</source>
        <translation>Der letzte Kurzkontakt wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>SiteSettingsSection</name>
    <message>
        <source>Counselling service</source>
        <translation>Beratungsstelle</translation>
    </message>
    <message>
        <source>Fields your administrator has set are shown but cannot be changed here.</source>
        <translation>Felder, die die Administration festgelegt hat, werden angezeigt, lassen sich hier aber nicht ändern.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Von der Administration festgelegt</translation>
    </message>
    <message>
        <source>How clients and funders see your counselling service: on handouts and letters (contact block), on the statistics for funders and on the annual report.</source>
        <translation>So erscheint Ihre Beratungsstelle für Klient*innen und Zuwendungsgeber: auf Handouts und Schreiben (Kontaktblock), auf der Statistik für Zuwendungsgeber und im Sachbericht.</translation>
    </message>
    <message>
        <source>Name of the counselling &amp;service</source>
        <translation>&amp;Name der Beratungsstelle</translation>
    </message>
    <message>
        <source>Name of the counselling service</source>
        <translation>Name der Beratungsstelle</translation>
    </message>
    <message>
        <source>e.g. Migrationsfachdienst Caritas Mainz</source>
        <translation>z. B. Migrationsfachdienst Caritas Mainz</translation>
    </message>
    <message>
        <source>&amp;Provider (Träger)</source>
        <translation>&amp;Träger</translation>
    </message>
    <message>
        <source>Provider (Träger)</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>e.g. Caritasverband für die Diözese Mainz e. V.</source>
        <translation>z. B. Caritasverband für die Diözese Mainz e. V.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Anschrift</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Opening hours</source>
        <translation>Ö&amp;ffnungszeiten</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Anonymised counts for a period. Only these counts, with small numbers hidden, can leave this computer – and only after you release them.</source>
        <translation>Anonymisierte Zahlen für einen Zeitraum. Nur diese Zahlen, mit verborgenen kleinen Werten, können diesen Rechner verlassen – und erst, wenn Sie sie freigeben.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Halbjahr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Annual report…</source>
        <translation>Sachbericht…</translation>
    </message>
    <message>
        <source>The Sachbericht for the funder: the released figures of a year with your texts</source>
        <translation>Der Sachbericht für den Zuwendungsgeber: die freigegebenen Zahlen eines Jahres mit Ihren Texten</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Transfer preview</source>
        <translation>Vorschau der Übermittlung</translation>
    </message>
    <message>
        <source>What would be sent</source>
        <translation>Was übermittelt würde</translation>
    </message>
    <message>
        <source>Technical details for IT support: site and device identifiers and the data exactly as sent.</source>
        <translation>Technische Angaben für den IT-Support: Kennungen von Beratungsstelle und Gerät und die Daten genau so, wie sie gesendet werden.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Data as sent (JSON)</source>
        <translation>Daten, wie sie gesendet werden (JSON)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Released statistics wait here until the next transfer to the statistics server. A newer revision of the same period replaces one not yet sent.</source>
        <translation>Freigegebene Statistiken warten hier bis zur nächsten Übermittlung an den Statistik-Server. Eine neuere Fassung desselben Zeitraums ersetzt eine noch nicht gesendete.</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>Exact figures (for you only, not to be passed on)</source>
        <translation>Genaue Zahlen (nur für Sie, nicht zur Weitergabe)</translation>
    </message>
    <message>
        <source>Shows your exact counts, small numbers included, on this screen only. They are never printed or sent; the PDF always shows the released figures.</source>
        <translation>Zeigt Ihre genauen Zahlen, auch kleine, nur hier auf dem Bildschirm. Sie werden nie gedruckt oder übermittelt; das PDF zeigt immer die freigegebenen Zahlen.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message>
        <source>provisional: the period has not ended, the figures may still change.</source>
        <translation>vorläufig: Der Zeitraum ist noch nicht abgeschlossen, die Zahlen können sich noch ändern.</translation>
    </message>
    <message>
        <source>ended.</source>
        <translation>abgeschlossen.</translation>
    </message>
    <message>
        <source>The PDF shows the released revision %1.</source>
        <translation>Das PDF zeigt die freigegebene Fassung %1.</translation>
    </message>
    <message>
        <source>A PDF for funders exists once the period is released.</source>
        <translation>Ein PDF für Zuwendungsgeber gibt es, sobald der Zeitraum freigegeben ist.</translation>
    </message>
    <message>
        <source>Nothing is hidden here: these are not the figures that are sent.</source>
        <translation>Hier ist nichts verborgen: Das sind nicht die Zahlen, die übermittelt werden.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Overview: totals</source>
        <translation>Überblick: Gesamtzahlen</translation>
    </message>
    <message>
        <source>Categories not listed are 0.</source>
        <translation>Nicht aufgeführte Kategorien haben den Wert 0.</translation>
    </message>
    <message>
        <source>for you only</source>
        <translation>nur für Sie</translation>
    </message>
    <message>
        <source>Exactly this would be sent for %1 (version %2). Only the totals, no breakdowns.</source>
        <translation>Genau das würde für %1 übermittelt (Fassung %2). Nur die Summen, keine Aufgliederungen.</translation>
    </message>
    <message>
        <source>Exactly this would be sent for %1 (version %2). Categories not listed are 0.</source>
        <translation>Genau das würde für %1 übermittelt (Fassung %2). Nicht aufgeführte Kategorien haben den Wert 0.</translation>
    </message>
    <message>
        <source>Period key %1, site %2, device %3. The data exactly as sent:</source>
        <translation>Zeitraum-Kennung %1, Kennung der Beratungsstelle %2, Gerät %3. Die Daten genau so, wie sie gesendet werden:</translation>
    </message>
    <message>
        <source>Release statistics</source>
        <translation>Statistik freigeben</translation>
    </message>
    <message>
        <source>Release the statistics for %1 (revision %2)? Exactly the figures shown in the preview will be sent at the next transfer.</source>
        <translation>Die Statistik für %1 (Fassung %2) freigeben? Genau die Zahlen aus der Vorschau werden bei der nächsten Übermittlung gesendet.</translation>
    </message>
    <message>
        <source>%1 released as revision %2; it will be sent at the next transfer.</source>
        <translation>%1 als Fassung %2 freigegeben; wird bei der nächsten Übermittlung gesendet.</translation>
    </message>
    <message>
        <source>Save statistics PDF</source>
        <translation>Statistik-PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Creating the PDF…</source>
        <translation>PDF wird erstellt…</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>StructuralWorkPage</name>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete the entry of %1 (%2)?</source>
        <translation>Den Eintrag vom %1 (%2) löschen?</translation>
    </message>
    <message>
        <source>This year: %1 activities, %2 hours, %3 participants</source>
        <translation>Dieses Jahr: %1 Tätigkeiten, %2 Stunden, %3 Teilnehmende</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Tätigkeit:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Duration (&amp;minutes):</source>
        <translation>Dauer (&amp;Minuten):</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>Teil&amp;nehmende:</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>no names of clients</source>
        <translation>keine Namen von Klient*innen</translation>
    </message>
    <message>
        <source>Add &amp;entry</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Structural work entries</source>
        <translation>Einträge der Strukturarbeit</translation>
    </message>
</context>
<context>
    <name>SyncSettingsSection</name>
    <message>
        <source>Server &amp;&amp; synchronisation</source>
        <translation>Server &amp;&amp; Synchronisation</translation>
    </message>
    <message>
        <source>Central statistics server</source>
        <translation>Zentraler Statistik-Server</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server-Adresse:</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Anmeldecode:</translation>
    </message>
    <message>
        <source>from your administrator, e.g. ABCD-EFGH-JKLM-NPQR</source>
        <translation>von der Administration, z. B. ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <source>Enrol this device</source>
        <translation>Dieses Gerät anmelden</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Zuletzt erfolgreich:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Wartet auf Übermittlung:</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Only statistics you released under Statistics are sent: anonymous counts, never names or notes. Without a network connection they wait here and are sent later automatically.</source>
        <translation>Übertragen wird nur, was Sie unter „Statistik“ freigegeben haben: anonyme Zahlen, nie Namen oder Notizen. Ohne Netz warten die Statistiken hier und werden später automatisch gesendet.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Vom Administrator festgelegt</translation>
    </message>
    <message>
        <source>This device is not enrolled yet. Enter the server address and the one-time code from your administrator.</source>
        <translation>Dieses Gerät ist noch nicht angemeldet. Bitte die Server-Adresse und den einmaligen Code von der Administration eingeben.</translation>
    </message>
    <message>
        <source>%1 released statistics</source>
        <translation>%1 freigegebene Statistik(en)</translation>
    </message>
    <message>
        <source>in the operating system&apos;s keyring</source>
        <translation>im Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>encrypted in the vault</source>
        <translation>verschlüsselt im Tresor</translation>
    </message>
    <message>
        <source>Enrolled for counselling centre %1 at %2. The access key is kept %3.</source>
        <translation>Angemeldet für die Beratungsstelle %1 bei %2. Der Zugangsschlüssel liegt %3.</translation>
    </message>
    <message>
        <source>Enrol again</source>
        <translation>Neu anmelden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Last attempt on %1: %2</source>
        <translation>Letzter Versuch am %1: %2</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <source>Please enter the server address and the code.</source>
        <translation>Bitte Server-Adresse und Code eingeben.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation läuft …</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong. Nothing you entered has been lost. If it happens again, please tell your administrator.</source>
        <translation>Etwas ist schiefgegangen. Ihre Eingaben sind nicht verloren. Wenn es wieder passiert, wenden Sie sich bitte an Ihre Administration.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>MFD Desktop</source>
        <translation>MFD Desktop</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Edit checklist template</source>
        <translation>Checklisten-Vorlage bearbeiten</translation>
    </message>
    <message>
        <source>Keep the key; raise the version after every change so that existing checklists can offer the update.</source>
        <translation>Den Schlüssel (key) nicht ändern; nach jeder Änderung die Version erhöhen, damit bestehende Checklisten die Aktualisierung anbieten.</translation>
    </message>
    <message>
        <source>Template text (TOML)</source>
        <translation>Vorlagentext (TOML)</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Template is valid: %1 documents.</source>
        <translation>Vorlage ist gültig: %1 Dokumente.</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>Handout…</source>
        <translation>Handout…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Remove own version</source>
        <translation>Eigene Fassung entfernen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>own</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>Translations not yet reviewed by a native speaker: %1</source>
        <translation>Noch nicht muttersprachlich geprüfte Übersetzungen: %1</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Checklisten-Vorlagen</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <source>Checklist template (*.toml)</source>
        <translation>Checklisten-Vorlage (*.toml)</translation>
    </message>
    <message>
        <source>Export template</source>
        <translation>Vorlage exportieren</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>Verlauf des Falls</translation>
    </message>
</context>
<context>
    <name>TodayAppointments</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Appointments today and tomorrow</source>
        <translation>Termine heute und morgen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient*in</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Sprachmittlung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the case of an appointment with a client</source>
        <translation>Doppelklick oder Enter öffnet den Fall eines Termins mit Klient*in</translation>
    </message>
    <message>
        <source>No appointment today or tomorrow.</source>
        <translation>Heute und morgen keine Termine.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Choose the client, then the rule; Enter stores the deadline (Ctrl+Shift+D)</source>
        <translation>Klient*in wählen, dann die Regel; Enter speichert die Frist (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Record deadline</source>
        <translation>Frist erfassen</translation>
    </message>
    <message>
        <source>Record deadline…</source>
        <translation>Frist erfassen…</translation>
    </message>
    <message>
        <source>Choose the client; the case opens with a new consultation (Ctrl+Shift+B)</source>
        <translation>Klient*in wählen; der Fall öffnet sich mit einer neuen Beratung (Strg+Umschalt+B)</translation>
    </message>
    <message>
        <source>Record consultation</source>
        <translation>Beratung erfassen</translation>
    </message>
    <message>
        <source>Record consultation…</source>
        <translation>Beratung erfassen…</translation>
    </message>
    <message>
        <source>Choose the client, type what to do; Ctrl+Enter stores the follow-up (Ctrl+Shift+W)</source>
        <translation>Klient*in wählen, eintragen, was zu tun ist; Strg+Enter speichert die Wiedervorlage (Strg+Umschalt+W)</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Wiedervorlage…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Load Heute again (F5)</source>
        <translation>Heute neu laden (F5)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Overdue deadlines</source>
        <translation>Überfällige Fristen</translation>
    </message>
    <message>
        <source>No overdue deadline.</source>
        <translation>Keine überfällige Frist.</translation>
    </message>
    <message>
        <source>Deadlines in the next 7 days</source>
        <translation>Fristen in den nächsten 7 Tagen</translation>
    </message>
    <message>
        <source>No deadline in the next 7 days.</source>
        <translation>Keine Frist in den nächsten 7 Tagen.</translation>
    </message>
    <message>
        <source>Follow-ups (Wiedervorlagen)</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>No follow-up due.</source>
        <translation>Keine Wiedervorlage fällig.</translation>
    </message>
    <message>
        <source>Residence titles running out</source>
        <translation>Aufenthaltstitel laufen ab</translation>
    </message>
    <message>
        <source>No residence title runs out soon.</source>
        <translation>Kein Aufenthaltstitel läuft bald ab.</translation>
    </message>
    <message>
        <source>Open checklist items</source>
        <translation>Offene Checklistenpunkte</translation>
    </message>
    <message>
        <source>No open checklist item.</source>
        <translation>Kein offener Checklistenpunkt.</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Nicht gespeicherte Entwürfe</translation>
    </message>
    <message>
        <source>No unsaved draft.</source>
        <translation>Kein ungespeicherter Entwurf.</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Zuletzt bearbeitete Fälle</translation>
    </message>
    <message>
        <source>No case yet.</source>
        <translation>Noch kein Fall.</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Today, %1 %2</source>
        <translation>Heute, %1, %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>TodaySection</name>
    <message>
        <source>%1 more…</source>
        <translation>%1 weitere…</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
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
<context>
    <name>UnlockScreen</name>
    <message>
        <source>The vault is locked. Enter your passphrase to open it.</source>
        <translation>Der Tresor ist gesperrt. Geben Sie Ihre Passphrase ein, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Show the typed passphrase in plain text – only when nobody can see the screen.</source>
        <translation>Zeigt die eingegebene Passphrase im Klartext – nur, wenn niemand auf den Bildschirm sehen kann.</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>Passphrase &amp;anzeigen</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Die Feststelltaste (Caps Lock) scheint aktiv zu sein.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock with this &amp;device</source>
        <translation>Mit diesem &amp;Gerät entsperren</translation>
    </message>
    <message>
        <source>Uses the key remembered in this computer&apos;s password store.</source>
        <translation>Verwendet den Schlüssel, der im Passwortspeicher dieses Computers gemerkt ist.</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Open with the recovery key</source>
        <translation>Passphrase vergessen? Mit Wiederherstellungsschlüssel öffnen</translation>
    </message>
    <message>
        <source>Open with the recovery key</source>
        <translation>Mit Wiederherstellungsschlüssel öffnen</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Bitte geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Tresor wird geöffnet …</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Die Passphrase ist falsch.</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>Office</source>
        <translation>Beratungsstelle</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>⚠ overlaps</source>
        <translation>⚠ überschneidet sich</translation>
    </message>
    <message>
        <source>consultation recorded</source>
        <translation>Beratung erfasst</translation>
    </message>
    <message>
        <source>structural work recorded</source>
        <translation>als Strukturarbeit übernommen</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Terminart</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient*in</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Sprachmittlung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no appointments</source>
        <translation>keine Termine</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>imported (recurring)</source>
        <translation>importiert (wiederkehrend)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to MFD Desktop</source>
        <translation>Willkommen bei MFD Desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;MFD Desktop keeps your case notes in an encrypted vault on this laptop. Without your passphrase nobody can read them, not even if the laptop is lost.&lt;/p&gt;&lt;p&gt;In the next steps you will:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;choose a passphrase,&lt;/li&gt;&lt;li&gt;receive a recovery key for emergencies and keep it safe,&lt;/li&gt;&lt;li&gt;print the emergency sheet for the office safe if you like.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;This takes about five minutes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MFD Desktop bewahrt Ihre Falldokumentation in einem verschlüsselten Tresor auf diesem Laptop auf. Ohne Ihre Passphrase kann niemand sie lesen – auch dann nicht, wenn der Laptop verloren geht.&lt;/p&gt;&lt;p&gt;In den nächsten Schritten&lt;/p&gt;&lt;ol&gt;&lt;li&gt;wählen Sie eine Passphrase,&lt;/li&gt;&lt;li&gt;erhalten Sie einen Wiederherstellungsschlüssel für den Notfall und bewahren ihn sicher auf,&lt;/li&gt;&lt;li&gt;drucken Sie auf Wunsch das Notfallblatt für den abschließbaren Schrank der Beratungsstelle aus.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Das dauert etwa fünf Minuten.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
