<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>BarChart</name>
    <message>
        <source>Bar chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown for data protection reasons: too few clients in this period for any breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this many: the sum of the released periods in which this value is shown; in at least one it is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown for data protection reasons: a small number, or a value of any size hidden so that a small one cannot be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by a newer revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadModel</name>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Anonymised counts for a period. Only these counts, with small numbers hidden, can leave this computer – and only after you release them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released statistics wait here until the next transfer to the statistics server. A newer revision of the same period replaces one not yet sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact figures (for you only, not to be passed on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows your exact counts, small numbers included, on this screen only. They are never printed or sent; the PDF always shows the released figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional: the period has not ended, the figures may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF shows the released revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF for funders exists once the period is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is hidden here: these are not the figures that are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview: totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories not listed are 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for you only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly this would be sent for %1: revision %2, site %3, device %4. Only the totals, no breakdowns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly this would be sent for %1: revision %2, site %3, device %4. Categories not listed are 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the statistics for %1 (revision %2)? Exactly the figures shown in the preview will be sent at the next transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 released as revision %2; it will be sent at the next transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save statistics PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
