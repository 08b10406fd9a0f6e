<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="32" />
        <source>bwi-vouchers – Internationalisation vouchers</source>
        <translation>bwi-vouchers – Internationalisierungsgutscheine</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="65" />
        <source>User: %1 (%2)</source>
        <translation>Benutzer: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="67" />
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="68" />
        <source>Programme year %1</source>
        <translation>Programmjahr %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="74" />
        <source>New application</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="77" />
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/tasks.py" line="75" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/errors.py" line="17" />
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/errors.py" line="22" />
        <source>An unexpected error occurred. Nothing was saved half; please report this:</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Es wurde nichts halb gespeichert; bitte melden Sie Folgendes:</translation>
    </message>
</context>
</TS>