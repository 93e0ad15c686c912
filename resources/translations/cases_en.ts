<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
        <source>Save (Ctrl+S)</source>
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
        <translation type="unfinished"></translation>
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
        <source>⚠ A referral passes data on without a valid consent (see Referrals).</source>
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
        <source>Save case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the case summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary saved: %1</source>
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
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
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
        <source>Title &amp;valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;tection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special protection &amp;needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First contact</source>
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
        <source>Closing &amp;reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
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
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of &amp;recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office from the address &amp;book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient in &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given on</source>
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
        <source>&amp;Withdraw selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
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
        <translation type="unfinished"></translation>
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
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter &amp;used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of interpreting</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>The file cannot be read.</source>
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
    <name>DateLine</name>
    <message>
        <source>DD.MM.YYYY</source>
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
        <source>Date is the day of posting (plain letter: counts as received on the 4th day, Bekanntgabefiktion)</source>
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
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>There is no case with this case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Deadline calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deadlines and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structural work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MFD-2026-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save for this case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
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
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
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
        <source>Double-click or Enter opens the case. * = own last day</source>
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
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
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
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with this case number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Office from the address &amp;book</source>
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
        <source>&amp;Passes data on</source>
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
    <name>TodayPage</name>
    <message>
        <source>&amp;Refresh</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
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
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>The vault is locked. Your input is kept; unlock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
