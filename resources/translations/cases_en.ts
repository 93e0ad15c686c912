<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
