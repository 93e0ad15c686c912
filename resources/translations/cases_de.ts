<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
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
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
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
        <translation>Neue Klientin / neuer Klient</translation>
    </message>
    <message>
        <source>⚠ A referral passes data on without a valid consent (see Referrals).</source>
        <translation>⚠ Bei einer Weitervermittlung werden Daten ohne gültige Einwilligung weitergegeben (siehe Weitervermittlungen).</translation>
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
        <source>Save case summary</source>
        <translation>Fallübersicht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Creating the case summary…</source>
        <translation>Fallübersicht wird erstellt…</translation>
    </message>
    <message>
        <source>Case summary saved: %1</source>
        <translation>Fallübersicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Case &amp;number</source>
        <translation>Fall&amp;nummer</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation>&amp;Pseudonym</translation>
    </message>
    <message>
        <source>&amp;Anonymous</source>
        <translation>&amp;anonym</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;Geburtsjahr</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>Ges&amp;chlecht</translation>
    </message>
    <message>
        <source>&amp;Country of origin</source>
        <translation>&amp;Herkunftsland</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Sprachen</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>Sprachmittlung nö&amp;tig</translation>
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
        <source>Title &amp;valid until</source>
        <translation>Titel gültig &amp;bis</translation>
    </message>
    <message>
        <source>Pro&amp;tection status</source>
        <translation>Sch&amp;utzstatus</translation>
    </message>
    <message>
        <source>Special protection &amp;needs</source>
        <translation>Besondere Schutzbe&amp;darfe</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>D&amp;ienst</translation>
    </message>
    <message>
        <source>&amp;Household size</source>
        <translation>Haushalts&amp;größe</translation>
    </message>
    <message>
        <source>&amp;First contact</source>
        <translation>&amp;Erstkontakt</translation>
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
        <source>Closing &amp;reason</source>
        <translation>Abschluss&amp;grund</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>Abgeschlossen a&amp;m</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Schlagwörter (mit Komma getrennt)</translation>
    </message>
    <message>
        <source>generated when saved</source>
        <translation>wird beim Speichern vergeben</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
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
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>Kind of &amp;recipient</source>
        <translation>Art des &amp;Empfängers</translation>
    </message>
    <message>
        <source>Office from the address &amp;book</source>
        <translation>Stelle aus dem &amp;Adressbuch</translation>
    </message>
    <message>
        <source>Recipient in &amp;words</source>
        <translation>Empfänger in &amp;Worten</translation>
    </message>
    <message>
        <source>&amp;Form version</source>
        <translation>&amp;Formularversion</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>Erteilt a&amp;m</translation>
    </message>
    <message>
        <source>Consents of this client</source>
        <translation>Einwilligungen dieser Person</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>Einwilligung e&amp;rfassen</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected</source>
        <translation>Ausgewählte &amp;widerrufen</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Widerrufen</translation>
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
        <source>&amp;Channel</source>
        <translation>Beratungs&amp;weg</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Beratungs&amp;form</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <source>Interpreter &amp;used</source>
        <translation>Mit &amp;Sprachmittlung</translation>
    </message>
    <message>
        <source>&amp;Kind of interpreting</source>
        <translation>&amp;Art der Sprachmittlung</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Consultations of this client</source>
        <translation>Beratungen dieser Person</translation>
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
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
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
    <name>DateLine</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculatorForm</name>
    <message>
        <source>&amp;Deadline rule:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Date is the day of posting (plain letter: counts as received on the 4th day, Bekanntgabefiktion)</source>
        <translation>Datum ist die Aufgabe zur Post (einfacher Brief: gilt am 4. Tag danach als bekannt gegeben, Bekanntgabefiktion)</translation>
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
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>There is no case with this case number.</source>
        <translation>Zu dieser Fallnummer gibt es keinen Fall.</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
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
        <source>Deadline calculator</source>
        <translation>Fristenrechner</translation>
    </message>
    <message>
        <source>Open deadlines and follow-ups</source>
        <translation>Offene Fristen und Wiedervorlagen</translation>
    </message>
    <message>
        <source>Structural work</source>
        <translation>Strukturarbeit</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Fallnummer:</translation>
    </message>
    <message>
        <source>e.g. MFD-2026-0042</source>
        <translation>z. B. MFD-2026-0042</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>&amp;Save for this case…</source>
        <translation>Für diesen Fall &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
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
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Frist</translation>
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
        <source>Double-click or Enter opens the case. * = own last day</source>
        <translation>Doppelklick oder Eingabetaste öffnet den Fall. * = eigenes Fristende</translation>
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
        <source>&amp;Participants:</source>
        <translation>Teil&amp;nehmende:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>no names of clients</source>
        <translation>keine Namen von Ratsuchenden</translation>
    </message>
    <message>
        <source>Add &amp;entry</source>
        <translation>Eintrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
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
        <source>There is no case with this case number.</source>
        <translation>Zu dieser Fallnummer gibt es keinen Fall.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
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
        <source>Office from the address &amp;book</source>
        <translation>Stelle aus dem &amp;Adressbuch</translation>
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
        <source>&amp;Passes data on</source>
        <translation>&amp;Daten werden weitergegeben</translation>
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
        <translation>Weitervermittlungen dieser Person</translation>
    </message>
    <message>
        <source>New office…</source>
        <translation>Neue Stelle…</translation>
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
    <name>TodayPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
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
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>The vault is locked. Your input is kept; unlock and try again.</source>
        <translation>Der Tresor ist gesperrt. Ihre Eingaben bleiben erhalten; bitte entsperren und erneut versuchen.</translation>
    </message>
</context>
</TS>
