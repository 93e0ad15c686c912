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
        <source>The passphrase is changed and the vault is re-encrypted: the old passphrase and the old recovery key no longer open it. This is your new recovery key. It is shown only now. Save the emergency sheet and keep it in the office safe; shred the old one.</source>
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
        <source>I &amp;suspect that someone knows the old passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then the whole vault is re-encrypted with a new key and you get a new recovery key. The old passphrase and the old recovery key will no longer open it. This can take a minute.</source>
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
    <name>KeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key opens the vault. It is shown &lt;b&gt;only now&lt;/b&gt;. Write it down or save the emergency sheet in the next steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key away from the laptop, for example in the office safe. Anyone who has it can read all case data.</source>
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
        <source>&amp;Settings…</source>
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
        <source>Deadlines</source>
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
        <source>This is your new recovery key. It is shown only now. Save the emergency sheet and keep it in the office safe.</source>
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
        <source>Save emergency sheet as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page sheet with the recovery key, to print and keep in the office safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency-sheet-MFD-Desktop.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save emergency sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1. &lt;a href=&quot;%2&quot;&gt;Open to print&lt;/a&gt;. After printing, please delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
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
        <source>The emergency sheet (Notfallblatt) is one page with your recovery key and what to do with it. Save it as a PDF, print it and keep it in the office safe. Then delete the PDF file. This step is optional if you wrote the key down.</source>
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
<context>
    <name>_PolicyRow</name>
    <message>
        <source>set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SecurityDialog</name>
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
</context>
</TS>
