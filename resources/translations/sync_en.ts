<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>SyncSettingsSection</name>
    <message>
        <source>Server &amp;&amp; synchronisation</source>
        <translation>Server &amp;&amp; synchronisation</translation>
    </message>
    <message>
        <source>Central statistics server</source>
        <translation>Central statistics server</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <source>from your administrator, e.g. ABCD-EFGH-JKLM-NPQR</source>
        <translation>from your administrator, e.g. ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <source>Enrol this device</source>
        <translation>Enrol this device</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Waiting to be sent:</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <source>Only statistics you released under Statistics are sent: anonymous counts, never names or notes. Without a network connection they wait here and are sent later automatically.</source>
        <translation>Only statistics you released under Statistics are sent: anonymous counts, never names or notes. Without a network connection they wait here and are sent later automatically.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Set by your administrator</translation>
    </message>
    <message>
        <source>This device is not enrolled yet. Enter the server address and the one-time code from your administrator.</source>
        <translation>This device is not enrolled yet. Enter the server address and the one-time code from your administrator.</translation>
    </message>
    <message>
        <source>%1 released statistics</source>
        <translation>%1 released statistics</translation>
    </message>
    <message>
        <source>in the operating system&apos;s keyring</source>
        <translation>in the operating system&apos;s keyring</translation>
    </message>
    <message>
        <source>encrypted in the vault</source>
        <translation>encrypted in the vault</translation>
    </message>
    <message>
        <source>Enrolled for counselling centre %1 at %2. The access key is kept %3.</source>
        <translation>Enrolled for counselling centre %1 at %2. The access key is kept %3.</translation>
    </message>
    <message>
        <source>Enrol again</source>
        <translation>Enrol again</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Last attempt on %1: %2</source>
        <translation>Last attempt on %1: %2</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Refused by the server: %1</translation>
    </message>
    <message>
        <source>Please enter the server address and the code.</source>
        <translation>Please enter the server address and the code.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
</context>
</TS>
