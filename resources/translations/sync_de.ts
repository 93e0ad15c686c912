<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_GB">
<context>
    <name>SyncSettingsSection</name>
    <message>
        <source>Server &amp;&amp; synchronisation</source>
        <translation>Server &amp;&amp; Synchronisation</translation>
    </message>
    <message>
        <source>Central statistics server</source>
        <translation>Zentraler Statistik-Server</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server-Adresse:</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Anmeldecode:</translation>
    </message>
    <message>
        <source>from your administrator, e.g. ABCD-EFGH-JKLM-NPQR</source>
        <translation>von der Administration, z. B. ABCD-EFGH-JKLM-NPQR</translation>
    </message>
    <message>
        <source>Enrol this device</source>
        <translation>Dieses Gerät anmelden</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Zuletzt erfolgreich:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Wartet auf Übermittlung:</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Only statistics you released under Statistics are sent: anonymous counts, never names or notes. Without a network connection they wait here and are sent later automatically.</source>
        <translation>Übertragen wird nur, was Sie unter „Statistik“ freigegeben haben: anonyme Zahlen, nie Namen oder Notizen. Ohne Netz warten die Statistiken hier und werden später automatisch gesendet.</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Vom Administrator festgelegt</translation>
    </message>
    <message>
        <source>This device is not enrolled yet. Enter the server address and the one-time code from your administrator.</source>
        <translation>Dieses Gerät ist noch nicht angemeldet. Bitte die Server-Adresse und den einmaligen Code von der Administration eingeben.</translation>
    </message>
    <message>
        <source>%1 released statistics</source>
        <translation>%1 freigegebene Statistik(en)</translation>
    </message>
    <message>
        <source>in the operating system&apos;s keyring</source>
        <translation>im Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>encrypted in the vault</source>
        <translation>verschlüsselt im Tresor</translation>
    </message>
    <message>
        <source>Enrolled for counselling centre %1 at %2. The access key is kept %3.</source>
        <translation>Angemeldet für die Beratungsstelle %1 bei %2. Der Zugangsschlüssel liegt %3.</translation>
    </message>
    <message>
        <source>Enrol again</source>
        <translation>Neu anmelden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>noch nie</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Last attempt on %1: %2</source>
        <translation>Letzter Versuch am %1: %2</translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation>Vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <source>Please enter the server address and the code.</source>
        <translation>Bitte Server-Adresse und Code eingeben.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation läuft …</translation>
    </message>
</context>
</TS>
