<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
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
        <translation>Checklisten dieser Person</translation>
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
    <name>HandoutDialog</name>
    <message>
        <source>Print handout</source>
        <translation>Handout drucken</translation>
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
        <source>Print the client's name on the handout</source>
        <translation>Namen der Klientin / des Klienten aufdrucken</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Translation not reviewed by a native speaker (%1 of %2 texts). The handout says so.</source>
        <translation>Übersetzung nicht von Muttersprachler*innen geprüft (%1 von %2 Texten). Das Handout weist darauf hin.</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Handout speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Please choose where to save the PDF.</source>
        <translation>Bitte wählen, wo die PDF-Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Creating the handout…</source>
        <translation>Handout wird erstellt…</translation>
    </message>
    <message>
        <source>Handout saved.</source>
        <translation>Handout gespeichert.</translation>
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
        <source>%1 open documents, sorted by due date.</source>
        <translation>%1 offene Unterlagen, nach Fälligkeit sortiert.</translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
        <translation>Angezeigt werden die ersten %1.</translation>
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
</TS>