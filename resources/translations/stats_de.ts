<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>BarChart</name>
    <message>
        <source>Bar chart</source>
        <translation>Balkendiagramm</translation>
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
    <name>OutboxModel</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
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
        <translation>durch neuere Revision ersetzt</translation>
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
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Transfer preview</source>
        <translation>Vorschau der Übermittlung</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>As a table</source>
        <translation>Als Tabelle</translation>
    </message>
    <message>
        <source>Raw data (JSON)</source>
        <translation>Rohdaten (JSON)</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Released statistics wait here until the next transfer to the statistics server. A newer revision of the same period replaces one not yet sent.</source>
        <translation>Freigegebene Statistiken warten hier bis zur nächsten Übermittlung an den Statistik-Server. Eine neuere Revision desselben Zeitraums ersetzt eine noch nicht gesendete.</translation>
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
        <translation>Das PDF zeigt die freigegebene Revision %1.</translation>
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
        <source>Exactly this would be sent for %1: revision %2, site %3, device %4. Only the totals, no breakdowns.</source>
        <translation>Genau das würde für %1 übermittelt: Revision %2, Standort %3, Gerät %4. Nur die Summen, keine Aufgliederungen.</translation>
    </message>
    <message>
        <source>Exactly this would be sent for %1: revision %2, site %3, device %4. Categories not listed are 0.</source>
        <translation>Genau das würde für %1 übermittelt: Revision %2, Standort %3, Gerät %4. Nicht aufgeführte Kategorien haben den Wert 0.</translation>
    </message>
    <message>
        <source>Release statistics</source>
        <translation>Statistik freigeben</translation>
    </message>
    <message>
        <source>Release the statistics for %1 (revision %2)? Exactly the figures shown in the preview will be sent at the next transfer.</source>
        <translation>Die Statistik für %1 (Revision %2) freigeben? Genau die Zahlen aus der Vorschau werden bei der nächsten Übermittlung gesendet.</translation>
    </message>
    <message>
        <source>%1 released as revision %2; it will be sent at the next transfer.</source>
        <translation>%1 als Revision %2 freigegeben; wird bei der nächsten Übermittlung gesendet.</translation>
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
</TS>
