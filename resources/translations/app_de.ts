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
        <source>The passphrase is changed and the vault is re-encrypted: the old passphrase and the old recovery key no longer open it. This is your new recovery key. It is shown only now. Save the emergency sheet and keep it in the office safe; shred the old one.</source>
        <translation>Die Passphrase ist geändert und der Tresor neu verschlüsselt: Die alte Passphrase und der alte Wiederherstellungsschlüssel öffnen ihn nicht mehr. Das ist Ihr neuer Wiederherstellungsschlüssel. Er wird nur jetzt angezeigt. Speichern Sie das Notfallblatt, bewahren Sie es im Tresor der Beratungsstelle auf und vernichten Sie das alte.</translation>
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
        <source>I &amp;suspect that someone knows the old passphrase</source>
        <translation>Ich &amp;vermute, dass jemand die alte Passphrase kennt</translation>
    </message>
    <message>
        <source>Then the whole vault is re-encrypted with a new key and you get a new recovery key. The old passphrase and the old recovery key will no longer open it. This can take a minute.</source>
        <translation>Dann wird der ganze Tresor mit einem neuen Schlüssel neu verschlüsselt, und Sie erhalten einen neuen Wiederherstellungsschlüssel. Die alte Passphrase und der alte Wiederherstellungsschlüssel öffnen ihn danach nicht mehr. Das kann eine Minute dauern.</translation>
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
    <name>KeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens the vault. It is shown &lt;b&gt;only now&lt;/b&gt;. Write it down or save the emergency sheet in the next steps.</source>
        <translation>Falls Sie Ihre Passphrase einmal vergessen, öffnet dieser Schlüssel den Tresor. Er wird &lt;b&gt;nur jetzt&lt;/b&gt; angezeigt. Schreiben Sie ihn ab oder speichern Sie in den nächsten Schritten das Notfallblatt.</translation>
    </message>
    <message>
        <source>Keep the key away from the laptop, for example in the office safe. Anyone who has it can read all case data.</source>
        <translation>Bewahren Sie den Schlüssel getrennt vom Laptop auf, zum Beispiel im Tresor der Beratungsstelle. Wer ihn hat, kann alle Falldaten lesen.</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
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
        <source>Deadlines</source>
        <translation>Fristen</translation>
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
        <source>This is your new recovery key. It is shown only now. Save the emergency sheet and keep it in the office safe.</source>
        <translation>Das ist Ihr neuer Wiederherstellungsschlüssel. Er wird nur jetzt angezeigt. Speichern Sie das Notfallblatt und bewahren Sie es im Tresor der Beratungsstelle auf.</translation>
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
        <source>Save emergency sheet as &amp;PDF…</source>
        <translation>Notfallblatt als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>A one-page sheet with the recovery key, to print and keep in the office safe.</source>
        <translation>Eine Seite mit dem Wiederherstellungsschlüssel – zum Ausdrucken und für den Tresor der Beratungsstelle.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key</source>
        <translation>Gruppe %1 des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <source>Emergency-sheet-MFD-Desktop.pdf</source>
        <translation>Notfallblatt-MFD-Desktop.pdf</translation>
    </message>
    <message>
        <source>Save emergency sheet</source>
        <translation>Notfallblatt speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Creating the PDF…</source>
        <translation>PDF wird erstellt …</translation>
    </message>
    <message>
        <source>Saved: %1. &lt;a href=&quot;%2&quot;&gt;Open to print&lt;/a&gt;. After printing, please delete the file.</source>
        <translation>Gespeichert: %1. &lt;a href=&quot;%2&quot;&gt;Zum Drucken öffnen&lt;/a&gt;. Bitte die Datei nach dem Ausdrucken löschen.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Das PDF konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
        <source>The emergency sheet (Notfallblatt) is one page with your recovery key and what to do with it. Save it as a PDF, print it and keep it in the office safe. Then delete the PDF file. This step is optional if you wrote the key down.</source>
        <translation>Das Notfallblatt ist eine Seite mit Ihrem Wiederherstellungsschlüssel und einer Anleitung. Speichern Sie es als PDF, drucken Sie es aus und legen Sie es in den Tresor der Beratungsstelle. Löschen Sie danach die PDF-Datei. Wenn Sie den Schlüssel abgeschrieben haben, können Sie diesen Schritt überspringen.</translation>
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
    <name>WelcomePage</name>
    <message>
        <source>Welcome to MFD Desktop</source>
        <translation>Willkommen bei MFD Desktop</translation>
    </message>
    <message>
        <source>&lt;p&gt;MFD Desktop keeps your case notes in an encrypted vault on this laptop. Without your passphrase nobody can read them, not even if the laptop is lost.&lt;/p&gt;&lt;p&gt;In the next steps you will:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;choose a passphrase,&lt;/li&gt;&lt;li&gt;receive a recovery key for emergencies and keep it safe,&lt;/li&gt;&lt;li&gt;print the emergency sheet for the office safe if you like.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;This takes about five minutes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;MFD Desktop bewahrt Ihre Falldokumentation in einem verschlüsselten Tresor auf diesem Laptop auf. Ohne Ihre Passphrase kann niemand sie lesen – auch dann nicht, wenn der Laptop verloren geht.&lt;/p&gt;&lt;p&gt;In den nächsten Schritten&lt;/p&gt;&lt;ol&gt;&lt;li&gt;wählen Sie eine Passphrase,&lt;/li&gt;&lt;li&gt;erhalten Sie einen Wiederherstellungsschlüssel für den Notfall und bewahren ihn sicher auf,&lt;/li&gt;&lt;li&gt;drucken Sie auf Wunsch das Notfallblatt für den Tresor der Beratungsstelle aus.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Das dauert etwa fünf Minuten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>_PolicyRow</name>
    <message>
        <source>set by your administrator</source>
        <translation>vom Administrator festgelegt</translation>
    </message>
</context>
<context>
    <name>_SecurityDialog</name>
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
</context>
</TS>
