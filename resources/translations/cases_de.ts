<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
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
