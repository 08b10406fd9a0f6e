<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>ApplicationColumns</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/application_columns.py" line="18" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/application_columns.py" line="21" />
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/application_columns.py" line="25" />
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/application_columns.py" line="32" />
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/application_columns.py" line="35" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/application_columns.py" line="40" />
        <source>Eligible costs</source>
        <translation>Förderfähige Kosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/application_columns.py" line="46" />
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/application_columns.py" line="52" />
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/application_columns.py" line="58" />
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="85" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="86" />
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="98" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="99" />
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="145" />
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="100" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="101" />
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="146" />
        <source>Only received or in-review applications can be changed.</source>
        <translation>Nur eingegangene oder in Prüfung befindliche Anträge können geändert werden.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="164" />
        <source>New application</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="188" />
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="195" />
        <source>Correct the marked fields to see the checklist.</source>
        <translation>Bitte die markierten Felder korrigieren, dann erscheint die Checkliste.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="189" />
        <source>Choose a company and a measure to see the checklist.</source>
        <translation>Unternehmen und Maßnahme wählen, dann erscheint die Checkliste.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="225" />
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="245" />
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation>Nichts gespeichert: bitte die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="235" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="269" />
        <source>Done: the application is now “%1”.</source>
        <translation>Erledigt: der Antrag ist jetzt „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="295" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="295" />
        <source>Discard the changes to this application?</source>
        <translation>Die Änderungen an diesem Antrag verwerfen?</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="56" />
        <source>Type to search a company …</source>
        <translation>Unternehmen suchen (tippen) …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="62" />
        <source>New company …</source>
        <translation>Neues Unternehmen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="71" />
        <source>consented on</source>
        <translation>genehmigt am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="74" />
        <source>optional, e.g. 1.500,00</source>
        <translation>optional, z. B. 1.500,00</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="114" />
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="116" />
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="117" />
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="118" />
        <source>Cluster/network</source>
        <translation>Cluster/Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="119" />
        <source>Received on</source>
        <translation>Antragseingang</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="120" />
        <source>Early start</source>
        <translation>Vorzeitiger Beginn</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="121" />
        <source>Requested amount</source>
        <translation>Beantragter Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="122" />
        <source>Funding source</source>
        <translation>Mittelherkunft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="123" />
        <source>Cost items</source>
        <translation>Kostenpositionen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="124" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="144" />
        <source>— choose the measure —</source>
        <translation>— Maßnahme wählen —</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="147" />
        <source>— no target field —</source>
        <translation>— kein Zielfeld —</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="149" />
        <source>(inactive)</source>
        <translation>(inaktiv)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="150" />
        <source>— from the company's membership —</source>
        <translation>— aus der Mitgliedschaft des Unternehmens —</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="152" />
        <source>programme default</source>
        <translation>Standard des Programms</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="228" />
        <source>Choose a company from the list, or create one with “New company …”.</source>
        <translation>Bitte ein Unternehmen aus der Liste wählen oder mit „Neues Unternehmen …“ anlegen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="231" />
        <source>Choose the measure the company applies for.</source>
        <translation>Bitte die Maßnahme wählen, für die das Unternehmen den Antrag stellt.</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="100" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="100" />
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="101" />
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="101" />
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="102" />
        <source>Cluster/network</source>
        <translation>Cluster/Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="102" />
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="103" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="103" />
        <source>Eligible costs</source>
        <translation>Förderfähige Kosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="104" />
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="104" />
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="105" />
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="59" />
        <source>New application</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="60" />
        <source>Record a new application (Ctrl+N)</source>
        <translation>Einen neuen Antrag erfassen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="68" />
        <source>Search reference or company</source>
        <translation>Referenz oder Firma suchen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="69" />
        <source>Narrows the list as you type (Ctrl+F)</source>
        <translation>Grenzt die Liste beim Tippen ein (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="77" />
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="116" />
        <source>Loading applications …</source>
        <translation>Anträge werden geladen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="123" />
        <source>Selected:</source>
        <translation>Auswahl:</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="149" />
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="198" />
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="199" />
        <source>Open (received or in review)</source>
        <translation>Offen (eingegangen oder in Prüfung)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="208" />
        <source>All target fields</source>
        <translation>Alle Zielfelder</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="210" />
        <source>All measures</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="212" />
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="215" />
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="218" />
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="255" />
        <source>%1 of 1 application</source>
        <translation>%1 von 1 Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="257" />
        <source>%1 of %2 applications</source>
        <translation>%1 von %2 Anträgen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="260" />
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="39" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="40" />
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="83" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="41" />
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="84" />
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="42" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="44" />
        <source>Changes (old → new)</source>
        <translation>Änderungen (alt → neu)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="56" />
        <source>Choose an event to see every change, old → new.</source>
        <translation>Einen Eintrag wählen, um jede Änderung (alt → neu) zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="59" />
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="63" />
        <source>Reference, name or number…</source>
        <translation>Referenz, Name oder Nummer …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="65" />
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="66" />
        <source>any day</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="67" />
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="69" />
        <source>Load more</source>
        <translation>Weitere laden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="86" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="87" />
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="97" />
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="115" />
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="147" />
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="173" />
        <source>%1 events shown; more are available.</source>
        <translation>%1 Einträge angezeigt; weitere sind vorhanden.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="175" />
        <source>%1 events shown.</source>
        <translation>%1 Einträge angezeigt.</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="25" />
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="26" />
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="27" />
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="28" />
        <source>Cluster/network</source>
        <translation>Cluster/Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="29" />
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="104" />
        <source>Budget line</source>
        <translation>Budgetzeile</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="30" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="31" />
        <source>Programme version</source>
        <translation>Programmversion</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="32" />
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="86" />
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="42" />
        <source>status → %1</source>
        <translation>Status → %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="44" />
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="45" />
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="46" />
        <source>created as first user</source>
        <translation>als erster Benutzer angelegt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="47" />
        <source>SME figures recorded</source>
        <translation>KMU-Kennzahlen erfasst</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="48" />
        <source>membership added</source>
        <translation>Mitgliedschaft hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="49" />
        <source>contact person added</source>
        <translation>Ansprechpartner hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="50" />
        <source>de minimis aid recorded</source>
        <translation>De-minimis-Beihilfe erfasst</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="57" />
        <source>commitment</source>
        <translation>Mittelbindung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="58" />
        <source>release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="59" />
        <source>payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="60" />
        <source>recovery</source>
        <translation>Rückforderung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="68" />
        <source>Put in review by</source>
        <translation>In Prüfung gegeben von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="69" />
        <source>Put in review on</source>
        <translation>In Prüfung gegeben am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="70" />
        <source>Approved amount</source>
        <translation>Bewilligter Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="71" />
        <source>Approval date</source>
        <translation>Bewilligungsdatum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="72" />
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="73" />
        <source>Decision date</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="74" />
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="75" />
        <source>Proof of use due</source>
        <translation>Verwendungsnachweis fällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="76" />
        <source>Proof of use received</source>
        <translation>Verwendungsnachweis eingegangen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="77" />
        <source>Proof recorded by</source>
        <translation>Nachweis erfasst von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="78" />
        <source>Actual eligible costs</source>
        <translation>Tatsächliche förderfähige Kosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="79" />
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="80" />
        <source>Payout date</source>
        <translation>Auszahlungsdatum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="81" />
        <source>Released by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="82" />
        <source>Closed by</source>
        <translation>Abgeschlossen von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="83" />
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="84" />
        <source>Company no.</source>
        <translation>Unternehmen Nr.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="85" />
        <source>Measure no.</source>
        <translation>Maßnahme Nr.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="87" />
        <source>Cluster no.</source>
        <translation>Cluster Nr.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="88" />
        <source>Eligible costs</source>
        <translation>Förderfähige Kosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="89" />
        <source>Voucher amount</source>
        <translation>Gutscheinbetrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="90" />
        <source>Funding source</source>
        <translation>Mittelherkunft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="91" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="92" />
        <source>Cost items</source>
        <translation>Kostenpositionen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="93" />
        <source>Ledger</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="94" />
        <source>Eligibility checks</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="95" />
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="96" />
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="97" />
        <source>Seat or branch in BW</source>
        <translation>Sitz oder Niederlassung in BW</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="98" />
        <source>NACE code</source>
        <translation>NACE-Code</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="99" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="100" />
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="101" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="102" />
        <source>Target fields</source>
        <translation>Zielfelder</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="103" />
        <source>State-owned company</source>
        <translation>Landesgesellschaft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="105" />
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="115" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="115" />
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>BatchSteps</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="57" />
        <source>More steps</source>
        <translation>Weitere Schritte</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="73" />
        <source>Select one or more applications in the list first.</source>
        <translation>Bitte zuerst einen oder mehrere Anträge in der Liste auswählen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="79" />
        <source>None of the selected applications can move to “%1” from its current status.</source>
        <translation>Keiner der ausgewählten Anträge kann aus seinem jetzigen Status nach „%1“ wechseln.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="89" />
        <source>%1 of the %2 selected applications can take this step; each one is judged on its own.</source>
        <translation>%1 der %2 ausgewählten Anträge kommen für diesen Schritt in Frage; jeder wird einzeln geprüft.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="101" />
        <source>%1: %2 selected applications.

Each application is judged on its own; what is not possible is reported with the reason.</source>
        <translation>%1: %2 ausgewählte Anträge.

Jeder Antrag wird einzeln geprüft; was nicht möglich ist, wird mit Begründung gemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="125" />
        <source>Working through %1 applications …</source>
        <translation>%1 Anträge werden bearbeitet …</translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="147" />
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="156" />
        <source>Done: %1 of %2 selected applications are now “%3”.</source>
        <translation>Erledigt: %1 von %2 ausgewählten Anträgen sind jetzt „%3“.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="162" />
        <source>Cancelled: %1 applications were not worked on.</source>
        <translation>Abgebrochen: %1 Anträge wurden nicht mehr bearbeitet.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="169" />
        <source>✗ %1 – not possible: %2</source>
        <translation>✗ %1 – nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="173" />
        <source>✓ %1 – now “%2”</source>
        <translation>✓ %1 – jetzt „%2“</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="175" />
        <source>Not possible: %1 (reasons below)</source>
        <translation>Nicht möglich: %1 (Gründe unten)</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/widgets/budget_chart.py" line="52" />
        <location filename="../../src/bwi_vouchers/ui/widgets/budget_chart.py" line="97" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/widgets/budget_chart.py" line="53" />
        <location filename="../../src/bwi_vouchers/ui/widgets/budget_chart.py" line="98" />
        <source>Committed</source>
        <translation>Gebunden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/widgets/budget_chart.py" line="54" />
        <location filename="../../src/bwi_vouchers/ui/widgets/budget_chart.py" line="99" />
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/widgets/budget_chart.py" line="55" />
        <location filename="../../src/bwi_vouchers/ui/widgets/budget_chart.py" line="100" />
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/widgets/budget_chart.py" line="87" />
        <source>No budget lines yet</source>
        <translation>Noch keine Budgetzeilen</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="42" />
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="168" />
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="43" />
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="171" />
        <source>Funding source</source>
        <translation>Mittelherkunft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="44" />
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="87" />
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="110" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="45" />
        <source>Committed</source>
        <translation>Gebunden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="46" />
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="47" />
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="49" />
        <source>Used</source>
        <translation>Ausgeschöpft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="61" />
        <source>Booked on</source>
        <translation>Gebucht am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="62" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="63" />
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="64" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="65" />
        <source>Booked by</source>
        <translation>Gebucht von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="66" />
        <source>Note</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="72" />
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="95" />
        <source>Ledger</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="74" />
        <source>Set budget line…</source>
        <translation>Budgetzeile festlegen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="77" />
        <source>Only users with the budget role set budget lines.</source>
        <translation>Nur Benutzer mit der Rolle Budgetverantwortung legen Budgetzeilen fest.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="81" />
        <source>Available = budget − open commitments − payouts. The ledger is the record; the totals are derived from it.</source>
        <translation>Verfügbar = Budget − offene Mittelbindungen − Auszahlungen. Maßgeblich sind die Buchungen; die Summen werden daraus berechnet.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="96" />
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="150" />
        <source>Ledger of %1</source>
        <translation>Buchungen %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="163" />
        <source>Set budget line</source>
        <translation>Budgetzeile festlegen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="166" />
        <source>A budget may not drop below what is already committed and paid on its line.</source>
        <translation>Ein Budget darf nicht unter das fallen, was auf der Zeile bereits gebunden und ausgezahlt ist.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="175" />
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="29" />
        <source>Participation fee</source>
        <translation>Teilnahmegebühr</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="29" />
        <source>Stand rent</source>
        <translation>Standmiete</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="29" />
        <source>Travel costs</source>
        <translation>Reisekosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="30" />
        <source>Accommodation</source>
        <translation>Übernachtung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="30" />
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="30" />
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="49" />
        <source>Eligibility (R01–R12)</source>
        <translation>Förderfähigkeit (R01–R12)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="57" />
        <source>Choose a company and a measure to see the checklist.</source>
        <translation>Unternehmen und Maßnahme wählen, dann erscheint die Checkliste.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="92" />
        <source>Not eligible: %1 rule(s) not met.</source>
        <translation>Nicht förderfähig: %1 Regel(n) nicht erfüllt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="95" />
        <source>Eligible, with %1 note(s).</source>
        <translation>Förderfähig, mit %1 Hinweis(en).</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="98" />
        <source>Eligible: every rule is met.</source>
        <translation>Förderfähig: alle Regeln erfüllt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="103" />
        <source>Voucher amount: %1</source>
        <translation>Gutscheinbetrag: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="105" />
        <source>to approve: %1</source>
        <translation>bewilligungsfähig: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="110" />
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="110" />
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="111" />
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Clusters</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="30" />
        <source>Cluster initiative</source>
        <translation>Cluster-Initiative</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="31" />
        <source>State-wide network</source>
        <translation>Landesweites Netzwerk</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="49" />
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="158" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="50" />
        <source> (inactive)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="53" />
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="159" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="54" />
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="163" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="54" />
        <source>state-wide</source>
        <translation>landesweit</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="56" />
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="170" />
        <source>State-owned company</source>
        <translation>Landesgesellschaft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="57" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="57" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="59" />
        <source>Members of networks run by a state-owned company are not eligible.</source>
        <translation>Mitglieder von Netzwerken, die eine Landesgesellschaft trägt, sind nicht antragsberechtigt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="65" />
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="178" />
        <source>Target fields</source>
        <translation>Zielfelder</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="70" />
        <source>Members today</source>
        <translation>Mitglieder heute</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="77" />
        <source>Add cluster or network…</source>
        <translation>Cluster oder Netzwerk hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="79" />
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="81" />
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="120" />
        <source>Only admins add or change clusters and networks.</source>
        <translation>Nur Administratoren fügen Cluster und Netzwerke hinzu oder ändern sie.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="85" />
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="103" />
        <source>Clusters &amp; networks</source>
        <translation>Cluster &amp; Netzwerke</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="91" />
        <source>A company is eligible only as a member of one of these (rule R02); never deleted, only set inactive.</source>
        <translation>Antragsberechtigt ist nur ein Mitglied eines dieser Cluster oder Netzwerke (Regel R02); sie werden nie gelöscht, nur inaktiv gesetzt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="122" />
        <source>Choose a cluster or network in the list.</source>
        <translation>Bitte ein Cluster oder Netzwerk in der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="156" />
        <source>Edit cluster or network</source>
        <translation>Cluster oder Netzwerk bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="156" />
        <source>Add cluster or network</source>
        <translation>Cluster oder Netzwerk hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="164" />
        <source>— state-wide —</source>
        <translation>— landesweit —</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="171" />
        <source>run by a state-owned company (members not eligible)</source>
        <translation>von einer Landesgesellschaft getragen (Mitglieder nicht antragsberechtigt)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="174" />
        <source>active (can be chosen)</source>
        <translation>aktiv (auswählbar)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="177" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="37" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="38" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="39" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="41" />
        <source>Size class</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="46" />
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="57" />
        <source>Search name or city…</source>
        <translation>Name oder Ort suchen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="72" />
        <source>Only clerks change company data.</source>
        <translation>Nur die Sachbearbeitung ändert Unternehmensdaten.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="78" />
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="100" />
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="125" />
        <source>%1 of %2 companies</source>
        <translation>%1 von %2 Unternehmen</translation>
    </message>
</context>
<context>
    <name>CompanyDetail</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="44" />
        <source>Micro enterprise</source>
        <extracomment>the master-data fields typed as text</extracomment>
        <translation>Kleinstunternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="45" />
        <source>Small enterprise</source>
        <translation>Kleinunternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="46" />
        <source>Medium-sized enterprise</source>
        <translation>Mittleres Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="47" />
        <source>Large enterprise</source>
        <translation>Großunternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="76" />
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="155" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="77" />
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="78" />
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="79" />
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="80" />
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="81" />
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="82" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="83" />
        <source>NACE code</source>
        <translation>NACE-Code</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="248" />
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="92" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="93" />
        <source>Seat or branch in Baden-Württemberg</source>
        <translation>Sitz oder Niederlassung in Baden-Württemberg</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="95" />
        <source>Save master data</source>
        <translation>Stammdaten speichern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="106" />
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="111" />
        <source>Reference year</source>
        <translation>Bezugsjahr</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="116" />
        <source>Staff (AWU)</source>
        <translation>Beschäftigte (JAE)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="122" />
        <source>Turnover</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="128" />
        <source>Balance-sheet total</source>
        <translation>Bilanzsumme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="133" />
        <source>Size class</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="139" />
        <source>Cluster or network</source>
        <translation>Cluster oder Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="141" />
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="146" />
        <source>Member until</source>
        <translation>Mitglied bis</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="147" />
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="156" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="157" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="158" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="166" />
        <source>Grant date</source>
        <translation>Gewährt am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="167" />
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="170" />
        <source>Granting body</source>
        <translation>Beihilfegeber</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="171" />
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="173" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="178" />
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="180" />
        <source>Counts now</source>
        <translation>Zählt derzeit</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="182" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="184" />
        <source>no, outside the period</source>
        <translation>nein, außerhalb des Zeitraums</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="201" />
        <source>SME figures</source>
        <translation>KMU-Kennzahlen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="203" />
        <source>Record figures…</source>
        <translation>Kennzahlen erfassen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="208" />
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="210" />
        <source>Add membership…</source>
        <translation>Mitgliedschaft hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="215" />
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="217" />
        <source>Add contact person…</source>
        <translation>Ansprechpartner hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="222" />
        <source>De minimis</source>
        <translation>De-minimis</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="224" />
        <source>Record prior aid…</source>
        <translation>Vorbeihilfe erfassen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="227" />
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="268" />
        <source>Ceiling %1 · granted in the %2 years since %3: %4 · &lt;b&gt;headroom left: %5&lt;/b&gt;</source>
        <translation>Höchstbetrag %1 · in %2 Jahren seit %3 gewährt: %4 · &lt;b&gt;verbleibender Spielraum: %5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="275" />
        <source>Applications (%1)</source>
        <translation>Anträge (%1)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="303" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>CompanyDialogs</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="26" />
        <source>SME figures of %1</source>
        <translation>KMU-Kennzahlen: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="27" />
        <source>Figures of one reference year, already aggregated over partner and linked enterprises (EU Recommendation 2003/361/EC). Figures of the same year are replaced.</source>
        <translation>Kennzahlen eines Bezugsjahres, bereits zusammengerechnet mit Partner- und verbundenen Unternehmen (EU-Empfehlung 2003/361/EG). Kennzahlen desselben Jahres werden ersetzt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="33" />
        <source>Reference year</source>
        <translation>Bezugsjahr</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="36" />
        <source>Staff (annual work units)</source>
        <translation>Beschäftigte (Jahresarbeitseinheiten)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="37" />
        <source>Annual turnover (€)</source>
        <translation>Jahresumsatz (€)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="38" />
        <source>Balance-sheet total (€)</source>
        <translation>Bilanzsumme (€)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="59" />
        <source>Membership of %1</source>
        <translation>Mitgliedschaft: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="60" />
        <source>Cluster or network</source>
        <translation>Cluster oder Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="65" />
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="69" />
        <source>Member until</source>
        <translation>Mitglied bis</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="70" />
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="87" />
        <source>Contact person at %1</source>
        <translation>Ansprechpartner bei %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="88" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="89" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="90" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="91" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="109" />
        <source>Prior de minimis aid of %1</source>
        <translation>De-minimis-Vorbeihilfe: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="110" />
        <source>Aid from other granting bodies. Vouchers approved in this program count automatically. Without a grant date, an amount counts as inside the period.</source>
        <translation>Beihilfen anderer Beihilfegeber. In diesem Programm bewilligte Gutscheine zählen automatisch. Ein Betrag ohne Gewährungsdatum zählt als innerhalb des Zeitraums.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="116" />
        <source>Granting body</source>
        <translation>Beihilfegeber</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="119" />
        <source>Grant date</source>
        <translation>Gewährt am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="120" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="122" />
        <source>Amount (€)</source>
        <translation>Betrag (€)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="124" />
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
</context>
<context>
    <name>CompanyFacts</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_facts.py" line="24" />
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_facts.py" line="29" />
        <source>no SME figures</source>
        <translation>keine KMU-Kennzahlen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_facts.py" line="31" />
        <source>member of %1</source>
        <translation>Mitglied bei %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_facts.py" line="32" />
        <source>no cluster membership</source>
        <translation>keine Cluster-Mitgliedschaft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_facts.py" line="37" />
        <source>micro enterprise</source>
        <translation>Kleinstunternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_facts.py" line="37" />
        <source>small enterprise</source>
        <translation>kleines Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_facts.py" line="38" />
        <source>medium-sized enterprise</source>
        <translation>mittleres Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_facts.py" line="38" />
        <source>large enterprise (no SME)</source>
        <translation>Großunternehmen (kein KMU)</translation>
    </message>
</context>
<context>
    <name>CostItemsModel</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/cost_items.py" line="67" />
        <source>Item %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/cost_items.py" line="69" />
        <source>Item %1: enter the net amount.</source>
        <translation>Position %1: bitte den Nettobetrag eintragen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/cost_items.py" line="71" />
        <source>Item %1: enter a category.</source>
        <translation>Position %1: bitte eine Kostenart eintragen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/cost_items.py" line="102" />
        <source>Category</source>
        <translation>Kostenart</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/cost_items.py" line="104" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/cost_items.py" line="106" />
        <source>Net amount (EUR)</source>
        <translation>Nettobetrag (EUR)</translation>
    </message>
</context>
<context>
    <name>CostTable</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="70" />
        <source>Add item</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="71" />
        <source>Remove item</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="116" />
        <source>Total eligible costs: %1</source>
        <translation>Förderfähige Kosten gesamt: %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="79" />
        <source>Show these applications in the list</source>
        <translation>Diese Anträge in der Liste zeigen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="87" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="95" />
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="88" />
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="90" />
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="106" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="107" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="109" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="121" />
        <source>Proofs of use overdue or due within 30 days</source>
        <translation>Verwendungsnachweise überfällig oder in 30 Tagen fällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="122" />
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="132" />
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="157" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="133" />
        <source>Applications by status</source>
        <translation>Anträge nach Status</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="135" />
        <source>Budget by year and funding source</source>
        <translation>Budget nach Jahr und Mittelherkunft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="183" />
        <source>None due.</source>
        <translation>Keine fällig.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="186" />
        <source>%1 due in all.</source>
        <translation>Insgesamt %1 fällig.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="188" />
        <source>The first %1 of %2 are shown.</source>
        <translation>Die ersten %1 von %2 werden gezeigt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="199" />
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="201" />
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="201" />
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="202" />
        <source>in 1 day</source>
        <translation>in 1 Tag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="202" />
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="175" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="175" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="176" />
        <source>Made by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="176" />
        <source>Made on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="177" />
        <source>SHA-256 checksum</source>
        <translation>SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="184" />
        <source>Approval letter</source>
        <translation>Bewilligungsbescheid</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="184" />
        <source>Rejection letter</source>
        <translation>Ablehnungsbescheid</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="185" />
        <source>Payout notice</source>
        <translation>Auszahlungsmitteilung</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="34" />
        <source>New application</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="36" />
        <source>Fill in the form; the checklist on the right shows at once what the rules say. Ctrl+S saves, Esc closes.</source>
        <translation>Formular ausfüllen – die Checkliste rechts zeigt sofort, was die Förderregeln sagen. Strg+S speichert, Esc schließt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="39" />
        <source>Application %1 – %2</source>
        <translation>Antrag %1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="49" />
        <source>recorded by %1 on %2</source>
        <translation>erfasst von %1 am %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="52" />
        <source>put in review by %1</source>
        <translation>in Prüfung gegeben von %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="54" />
        <source>approved %1 on %2 by %3 (budget %4 %5)</source>
        <translation>bewilligt %1 am %2 von %3 (Budget %4 %5)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="58" />
        <source>decided on %1 by %2</source>
        <translation>entschieden am %1 von %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="61" />
        <source>proof of use due by %1</source>
        <translation>Verwendungsnachweis fällig bis %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="63" />
        <source>proof of use received %1: actual costs %2, payout %3</source>
        <translation>Verwendungsnachweis eingegangen %1: tatsächliche Kosten %2, Auszahlung %3</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="67" />
        <source>paid out on %1 by %2</source>
        <translation>ausgezahlt am %1 von %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="70" />
        <source>reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/errors.py" line="19" />
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/errors.py" line="24" />
        <source>An unexpected error occurred. Nothing was saved half; please report this:</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Es wurde nichts halb gespeichert; bitte melden Sie Folgendes:</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="92" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="92" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="93" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="93" />
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="109" />
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="111" />
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="113" />
        <source>Status → %1</source>
        <translation>Status → %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="125" />
        <source>failed %1</source>
        <translation>nicht erfüllt: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="126" />
        <source>no rule failed</source>
        <translation>alle Regeln erfüllt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="149" />
        <source>Eligible costs</source>
        <translation>Förderfähige Kosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="149" />
        <source>Voucher amount</source>
        <translation>Gutscheinbetrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="150" />
        <source>Requested amount</source>
        <translation>Beantragter Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="150" />
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="151" />
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="151" />
        <source>Early-start consent</source>
        <translation>Zustimmung vorzeitiger Beginn</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="152" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="152" />
        <source>Cost items</source>
        <translation>Kostenpositionen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="152" />
        <source>Funding source</source>
        <translation>Mittelherkunft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="153" />
        <source>Approved amount</source>
        <translation>Bewilligter Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="153" />
        <source>Approval date</source>
        <translation>Bewilligungsdatum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="154" />
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="154" />
        <source>Decision date</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="155" />
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="155" />
        <source>Proof of use due</source>
        <translation>Verwendungsnachweis fällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="156" />
        <source>Put in review by</source>
        <translation>In Prüfung gegeben von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="156" />
        <source>In review since</source>
        <translation>In Prüfung seit</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="157" />
        <source>Actual costs</source>
        <translation>Tatsächliche Kosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="157" />
        <source>Proof of use received</source>
        <translation>Verwendungsnachweis eingegangen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="158" />
        <source>Proof recorded by</source>
        <translation>Nachweis erfasst von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="158" />
        <source>Payout amount</source>
        <translation>Auszahlungsbetrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="159" />
        <source>Paid out by</source>
        <translation>Ausgezahlt von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="159" />
        <source>Payout date</source>
        <translation>Auszahlungsdatum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="159" />
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="160" />
        <source>Eligibility check</source>
        <translation>Förderprüfung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="160" />
        <source>Closed by</source>
        <translation>Abgeschlossen von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="161" />
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="33" />
        <source>bwi-vouchers – Internationalisation vouchers</source>
        <translation>bwi-vouchers – Internationalisierungsgutscheine</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="68" />
        <source>User: %1 (%2)</source>
        <translation>Benutzer: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="70" />
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="71" />
        <source>Programme year %1</source>
        <translation>Programmjahr %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="77" />
        <source>New application</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="80" />
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="53" />
        <source>New measure</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="54" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="55" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="56" />
        <source>e.g. Market exploration trip Japan: photonics</source>
        <translation>z. B. Markterkundungsreise Japan: Photonik</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="57" />
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="60" />
        <source>Destination country</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="67" />
        <source>ISO code, e.g. JP</source>
        <translation>ISO-Code, z. B. JP</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="68" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="69" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="70" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="72" />
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="74" />
        <source>Target fields</source>
        <translation>Zielfelder</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="50" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="51" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="52" />
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="54" />
        <source>Country</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="56" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="57" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="58" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="60" />
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="76" />
        <source>Applications for the measure</source>
        <translation>Anträge zur Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="80" />
        <source>Search code, title, country or city…</source>
        <translation>Code, Titel, Land oder Ort suchen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="83" />
        <source>New measure…</source>
        <translation>Neue Maßnahme …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="85" />
        <source>Only clerks record measures.</source>
        <translation>Nur die Sachbearbeitung erfasst Maßnahmen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="87" />
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="107" />
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="161" />
        <source>Applications for %1</source>
        <translation>Anträge zu %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="163" />
        <source>%1 in %2, %3 to %4. Organiser: %5.</source>
        <translation>%1 in %2, %3 bis %4. Veranstalter: %5.</translation>
    </message>
</context>
<context>
    <name>NewCompanyDialog</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="40" />
        <source>New company</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="49" />
        <source>e.g. HRB 123456</source>
        <translation>z. B. HRB 123456</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="51" />
        <source>e.g. DE123456789</source>
        <translation>z. B. DE123456789</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="57" />
        <source>— not given —</source>
        <translation>— keine Angabe —</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="60" />
        <source>Seat or branch in Baden-Württemberg</source>
        <translation>Sitz oder Niederlassung in Baden-Württemberg</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="66" />
        <source>e.g. 12,5</source>
        <translation>z. B. 12,5</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="70" />
        <source>— no membership —</source>
        <translation>— keine Mitgliedschaft —</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="86" />
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="87" />
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="88" />
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="89" />
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="90" />
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="91" />
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="92" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="93" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="95" />
        <source>SME figures (aggregated with partner and linked enterprises)</source>
        <translation>KMU-Kennzahlen (einschließlich Partner- und verbundener Unternehmen)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="97" />
        <source>Reference year</source>
        <translation>Bezugsjahr</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="98" />
        <source>Annual work units</source>
        <translation>Beschäftigte (Jahresarbeitseinheiten)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="99" />
        <source>Turnover (EUR)</source>
        <translation>Jahresumsatz (EUR)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="100" />
        <source>Balance-sheet total (EUR)</source>
        <translation>Bilanzsumme (EUR)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="101" />
        <source>Cluster or network membership</source>
        <translation>Mitgliedschaft in Cluster oder Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="103" />
        <source>Cluster/network</source>
        <translation>Cluster/Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="104" />
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="124" />
        <source>Enter the company's name.</source>
        <translation>Bitte den Namen des Unternehmens eintragen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="134" />
        <source>Enter all three SME figures, or none.</source>
        <translation>Bitte alle drei KMU-Kennzahlen eintragen – oder keine.</translation>
    </message>
</context>
<context>
    <name>ProgrammeVersions</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="30" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="31" />
        <source>Rate</source>
        <translation>Fördersatz</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="32" />
        <source>Cap per voucher</source>
        <translation>Höchstbetrag je Gutschein</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="33" />
        <source>Minimum eligible costs</source>
        <translation>Mindestbetrag förderfähiger Kosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="34" />
        <source>Vouchers per company and year</source>
        <translation>Gutscheine je Unternehmen und Jahr</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="35" />
        <source>De minimis ceiling</source>
        <translation>De-minimis-Höchstbetrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="36" />
        <source>De minimis period (years)</source>
        <translation>De-minimis-Zeitraum (Jahre)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="38" />
        <source>Proof of use due after the measure (months)</source>
        <translation>Verwendungsnachweis fällig nach Maßnahmeende (Monate)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="41" />
        <source>Lead days before the start</source>
        <translation>Vorlauf vor Maßnahmebeginn (Tage)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="42" />
        <source>Funding sources</source>
        <translation>Mittelherkünfte</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="43" />
        <source>Default funding source</source>
        <translation>Standard-Mittelherkunft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="45" />
        <source>Measure types</source>
        <translation>Maßnahmenarten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="88" />
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="89" />
        <source> (in force)</source>
        <translation> (in Kraft)</translation>
    </message>
</context>
<context>
    <name>SettingsDialogs</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="49" />
        <source>Change roles of %1</source>
        <translation>Rollen von %1 ändern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="51" />
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="58" />
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="59" />
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="106" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="62" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="71" />
        <source>Choose at least one role.</source>
        <translation>Bitte mindestens eine Rolle wählen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="96" />
        <source>New programme version</source>
        <translation>Neue Programmversion</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="99" />
        <source>The new numbers apply to applications received on or after the day it is valid from; older applications keep the version in force on their receipt date.</source>
        <translation>Die neuen Werte gelten für Anträge, die ab dem Gültigkeitstag eingehen; ältere Anträge behalten die Version, die an ihrem Eingangstag galt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="105" />
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="108" />
        <source>Rate (%)</source>
        <translation>Fördersatz (%)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="110" />
        <source>Cap per voucher (€)</source>
        <translation>Höchstbetrag je Gutschein (€)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="112" />
        <source>Minimum eligible costs (€)</source>
        <translation>Mindestbetrag förderfähiger Kosten (€)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="116" />
        <source>Vouchers per company and year</source>
        <translation>Gutscheine je Unternehmen und Jahr</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="120" />
        <source>De minimis ceiling (€)</source>
        <translation>De-minimis-Höchstbetrag (€)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="124" />
        <source>De minimis period (years)</source>
        <translation>De-minimis-Zeitraum (Jahre)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="129" />
        <source>Proof of use due after the measure (months)</source>
        <translation>Verwendungsnachweis fällig nach Maßnahmeende (Monate)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="133" />
        <source>Lead days before the start</source>
        <translation>Vorlauf vor Maßnahmebeginn (Tage)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="137" />
        <source>Funding sources (comma-separated)</source>
        <translation>Mittelherkünfte (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="141" />
        <source>Default funding source</source>
        <translation>Standard-Mittelherkunft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="145" />
        <source>Measure types</source>
        <translation>Maßnahmenarten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="165" />
        <source>Enter the rate in percent, e.g. 50.</source>
        <translation>Bitte den Fördersatz in Prozent angeben, z. B. 50.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="42" />
        <source>Programme versions</source>
        <translation>Programmversionen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="43" />
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="44" />
        <source>Language, database, templates</source>
        <translation>Sprache, Datenbank, Vorlagen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="46" />
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="52" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="87" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="60" />
        <source>New version…</source>
        <translation>Neue Version …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="62" />
        <source>Only admins add programme versions.</source>
        <translation>Nur Administratoren legen Programmversionen an.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="65" />
        <source>Rules are data: each application is judged by the version in force on its receipt date. A new version starts on a future day; versions are never changed afterwards.</source>
        <translation>Regeln sind Daten: Jeder Antrag wird nach der Version beurteilt, die an seinem Eingangstag galt. Eine neue Version beginnt an einem künftigen Tag; bestehende Versionen werden nie geändert.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="86" />
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="89" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="92" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="92" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="92" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="98" />
        <source>Add user…</source>
        <translation>Benutzer hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="100" />
        <source>Change roles…</source>
        <translation>Rollen ändern …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="102" />
        <source>Only admins add users.</source>
        <translation>Nur Administratoren legen Benutzer an.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="106" />
        <source>Roles: clerks record and prepare, approvers decide and release payouts (never on their own preparation), budget controllers set budgets, admins manage users and rules. At least one admin always remains.</source>
        <translation>Rollen: Die Sachbearbeitung erfasst und bereitet vor, die Bewilligung entscheidet und gibt Auszahlungen frei (nie bei eigener Vorbereitung), die Budgetverantwortung legt Budgets fest, die Administration verwaltet Benutzer und Regeln. Mindestens ein Administrator bleibt immer erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="121" />
        <source>Only admins change roles.</source>
        <translation>Nur Administratoren ändern Rollen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="123" />
        <source>Choose a user in the list.</source>
        <translation>Bitte einen Benutzer in der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="137" />
        <source>The language changes when the program is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Programmstart.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="143" />
        <source>the templates shipped with the program</source>
        <translation>die mitgelieferten Vorlagen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="144" />
        <source>Choose folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="146" />
        <source>Use shipped templates</source>
        <translation>Mitgelieferte Vorlagen verwenden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="149" />
        <source>Only admins choose the letter templates.</source>
        <translation>Nur Administratoren wählen die Briefvorlagen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="156" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="158" />
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="159" />
        <source>Chosen at start with --db or BWI_VOUCHERS_DB; shown here, not changed.</source>
        <translation>Wird beim Start mit --db oder BWI_VOUCHERS_DB gewählt; hier nur angezeigt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="160" />
        <source>Letter templates</source>
        <translation>Briefvorlagen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="166" />
        <source>Saved. The language changes when the program is started again.</source>
        <translation>Gespeichert. Die Sprache wechselt beim nächsten Programmstart.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="170" />
        <source>Folder with letter templates</source>
        <translation>Ordner mit Briefvorlagen</translation>
    </message>
</context>
<context>
    <name>StepButtons</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/actions.py" line="47" />
        <source>Take the step “%1” for this application.</source>
        <translation>Schritt „%1“ für diesen Antrag ausführen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/actions.py" line="54" />
        <source>Please wait until the current step is done.</source>
        <translation>Bitte warten, bis der laufende Schritt fertig ist.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/actions.py" line="56" />
        <source>Save or undo your changes first.</source>
        <translation>Bitte zuerst die Änderungen speichern oder verwerfen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/actions.py" line="71" />
        <source>Not eligible:</source>
        <translation>Nicht förderfähig:</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="22" />
        <source>Put in review</source>
        <extracomment>Steps that change the budget: after them the budget views reload as well. Steps that need a reason (a rejection quotes failed rules by itself, but asks all the same).</extracomment>
        <translation>In Prüfung geben</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="23" />
        <source>Approve</source>
        <translation>Bewilligen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="24" />
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="38" />
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="25" />
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="26" />
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="55" />
        <source>Record proof of use</source>
        <translation>Verwendungsnachweis erfassen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="27" />
        <source>Pay out</source>
        <translation>Auszahlen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="28" />
        <source>Close the file</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="29" />
        <source>Let expire</source>
        <translation>Verfallen lassen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="30" />
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="42" />
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="39" />
        <source>Reason for the rejection (quoted in the letter; failed rules are quoted automatically):</source>
        <translation>Begründung der Ablehnung (wird im Bescheid zitiert; nicht erfüllte Regeln werden automatisch genannt):</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="43" />
        <source>Reason for the revocation (required):</source>
        <translation>Begründung des Widerrufs (erforderlich):</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="50" />
        <source>Please give a reason.</source>
        <translation>Bitte geben Sie eine Begründung an.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="56" />
        <source>Actual eligible costs according to the proof of use (EUR):</source>
        <translation>Tatsächliche förderfähige Kosten laut Verwendungsnachweis (EUR):</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="65" />
        <source>Please enter an amount.</source>
        <translation>Bitte geben Sie einen Betrag ein.</translation>
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
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="55" />
        <source>Welcome to bwi-vouchers</source>
        <translation>Willkommen bei bwi-vouchers</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="57" />
        <source>Internationalisation vouchers of Baden-Württemberg International</source>
        <translation>Internationalisierungsgutscheine von Baden-Württemberg International</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="59" />
        <source>The database does not hold any applications yet. How would you like to start?</source>
        <translation>Die Datenbank enthält noch keine Anträge. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="62" />
        <source>Load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="63" />
        <source>Record the first application</source>
        <translation>Ersten Antrag erfassen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="64" />
        <source>Try it out with demo data</source>
        <translation>Mit Demodaten ausprobieren</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="65" />
        <source>Fills the database with %1 invented but realistic applications, with companies, measures, budgets and users of every role — to try the program out or to train. Only possible while the database is empty.</source>
        <translation>Füllt die Datenbank mit %1 erfundenen, aber realistischen Anträgen samt Unternehmen, Maßnahmen, Budgets und Benutzern jeder Rolle – zum Ausprobieren und für Schulungen. Nur möglich, solange die Datenbank leer ist.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="69" />
        <source>Start with real work</source>
        <translation>Gleich richtig loslegen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="70" />
        <source>Opens the application form. Record or pick the company, choose the measure and enter the costs; the checklist shows at once whether the programme's rules are met.</source>
        <translation>Öffnet das Antragsformular. Unternehmen auswählen oder neu anlegen, Maßnahme wählen, Kosten eintragen – die Checkliste zeigt sofort, ob die Förderregeln erfüllt sind.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="75" />
        <source>Demo data is not available in this installation.</source>
        <translation>Demodaten sind in dieser Installation nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="82" />
        <source>Signed in as %1 · database %2</source>
        <translation>Angemeldet als %1 · Datenbank %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="102" />
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="129" />
        <source>Loading demo data</source>
        <translation>Demodaten werden geladen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="130" />
        <source>Creating %1 sample applications …</source>
        <translation>%1 Beispielanträge werden angelegt …</translation>
    </message>
</context>
</TS>