<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ApplicationsPage</name>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="320" />
        <source>%1 of %Ln applications</source>
        <translation><numerusform>%1 of %Ln application</numerusform><numerusform>%1 of %Ln applications</numerusform></translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="273" />
        <source>%n files attached.</source>
        <translation><numerusform>One file attached.</numerusform><numerusform>%n files attached.</numerusform></translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="208" />
        <source>%Ln events shown; more are available.</source>
        <translation><numerusform>%Ln event shown; more are available.</numerusform><numerusform>%Ln events shown; more are available.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="210" />
        <source>%Ln events shown.</source>
        <translation><numerusform>%Ln event shown.</numerusform><numerusform>%Ln events shown.</numerusform></translation>
    </message>
</context>
<context>
    <name>BatchSteps</name>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="152" />
        <source>Working through %Ln applications …</source>
        <translation><numerusform>Working through %Ln application …</numerusform><numerusform>Working through %Ln applications …</numerusform></translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="196" />
        <source>Cancelled: %Ln applications were not worked on.</source>
        <translation><numerusform>Cancelled: %Ln application was not worked on.</numerusform><numerusform>Cancelled: %Ln applications were not worked on.</numerusform></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="98" />
        <source>Not eligible: %n rules not met.</source>
        <translation><numerusform>Not eligible: %n rule not met.</numerusform><numerusform>Not eligible: %n rules not met.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="101" />
        <source>Eligible, with %n notes.</source>
        <translation><numerusform>Eligible, with %n note.</numerusform><numerusform>Eligible, with %n notes.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="111" />
        <source>%Ln rows read: %2 will be imported, %3 already imported, %4 refused.</source>
        <translation><numerusform>%Ln row read: %2 will be imported, %3 already imported, %4 refused.</numerusform><numerusform>%Ln rows read: %2 will be imported, %3 already imported, %4 refused.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="113" />
        <source>%Ln rows read: %2 imported, %3 already imported, %4 refused.</source>
        <translation><numerusform>%Ln row read: %2 imported, %3 already imported, %4 refused.</numerusform><numerusform>%Ln rows read: %2 imported, %3 already imported, %4 refused.</numerusform></translation>
    </message>
</context>
<context>
    <name>LetterSummary</name>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="176" />
        <source>No letter for %Ln applications (reasons below).</source>
        <translation><numerusform>No letter for %Ln application (reasons below).</numerusform><numerusform>No letter for %Ln applications (reasons below).</numerusform></translation>
    </message>
</context>
<context>
    <name>ListDocuments</name>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="44" />
        <source>Saves the %Ln applications shown – with the filters and the order of the list – as an Excel table.</source>
        <translation><numerusform>Saves the application shown – with the filters of the list – as an Excel table.</numerusform><numerusform>Saves the %Ln applications shown – with the filters and the order of the list – as an Excel table.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="74" />
        <source>%Ln applications exported.</source>
        <translation><numerusform>%Ln application exported.</numerusform><numerusform>%Ln applications exported.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="271" />
        <source>%Ln applications exported.</source>
        <translation><numerusform>%Ln application exported.</numerusform><numerusform>%Ln applications exported.</numerusform></translation>
    </message>
</context>
</TS>