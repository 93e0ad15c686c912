<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
        <translation type="unfinished"></translation>
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
    <name>HandoutDialog</name>
    <message>
        <source>Print handout</source>
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
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation not reviewed by a native speaker (%1 of %2 texts). The handout says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout saved.</source>
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
        <translation type="unfinished"></translation>
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
        <source>%1 open documents, sorted by due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1.</source>
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
</TS>
