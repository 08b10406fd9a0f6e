<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/about.py" line="64" />
        <source>About bwi-vouchers</source>
        <translation>Über bwi-vouchers</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/about.py" line="67" />
        <source>Internationalisation vouchers of Baden-Württemberg International (bw-i)</source>
        <translation>Internationalisierungsgutscheine von Baden-Württemberg International (bw-i)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/about.py" line="72" />
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/about.py" line="74" />
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/about.py" line="76" />
        <source>Log folder:</source>
        <translation>Protokollordner:</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/about.py" line="78" />
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/about.py" line="82" />
        <source>Copy information</source>
        <translation>Angaben kopieren</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/about.py" line="107" />
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>ActAs</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/act_as.py" line="61" />
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/act_as.py" line="64" />
        <source>Act for another user…</source>
        <translation>Für anderen Benutzer handeln …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/act_as.py" line="69" />
        <source>Act as myself again (%1)</source>
        <translation>Wieder als ich selbst handeln (%1)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main.py" line="107" />
        <source>Please close the open applications first.</source>
        <translation>Bitte zuerst die geöffneten Anträge schließen.</translation>
    </message>
</context>
<context>
    <name>ActAsDialog</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/act_as.py" line="34" />
        <source>Act for another user</source>
        <extracomment>Switch the main window to another user: the login to act for, or None for the admin himself.</extracomment>
        <translation>Für anderen Benutzer handeln</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/act_as.py" line="36" />
        <source>Everything you do in the new window is recorded as done by you for this user. Use it when a colleague is absent and a step of theirs cannot wait.</source>
        <translation>Alles, was Sie im neuen Fenster tun, wird als Ihre Handlung für diesen Benutzer protokolliert. Nutzen Sie das, wenn jemand fehlt und ein Schritt nicht warten kann.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/act_as.py" line="45" />
        <source>Act for this user</source>
        <translation>Für diesen Benutzer handeln</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/act_as.py" line="46" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>AmendButton</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="96" />
        <source>Amend …</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="107" />
        <source>Please wait until the current step is done.</source>
        <translation>Bitte warten, bis der laufende Schritt fertig ist.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="109" />
        <source>Save or undo your changes first.</source>
        <translation>Bitte zuerst die Änderungen speichern oder verwerfen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="111" />
        <source>Only approvers amend an approval.</source>
        <translation>Nur Bewilligende können eine Bewilligung ändern.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="115" />
        <source>Lower the approved amount (amendment); the difference is released to the budget.</source>
        <translation>Den bewilligten Betrag senken (Änderungsbescheid); der Unterschied wird an das Budget freigegeben.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="37" />
        <source>Amend the approval of %1</source>
        <translation>Bewilligung von %1 ändern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="38" />
        <source>An amendment can only lower the approved amount. The difference is released to the budget line %1; an amendment letter can then be written.</source>
        <translation>Ein Änderungsbescheid kann den bewilligten Betrag nur senken. Der Unterschied wird an die Budgetzeile %1 freigegeben; danach kann der Änderungsbescheid geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="44" />
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="46" />
        <source>Why the amount is lowered (printed in the letter)</source>
        <translation>Warum der Betrag gesenkt wird (steht im Bescheid)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="51" />
        <source>Approved so far:</source>
        <translation>Bisher bewilligt:</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="52" />
        <source>New approved amount:</source>
        <translation>Neuer bewilligter Betrag:</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="53" />
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="54" />
        <source>Released:</source>
        <translation>Freigegeben:</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="56" />
        <source>Amend</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="70" />
        <source>New amount</source>
        <translation>Neuer Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="75" />
        <source>Enter the new amount.</source>
        <translation>Bitte den neuen Betrag eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="77" />
        <source>The new amount must be more than 0 €; to cancel the whole approval, revoke it.</source>
        <translation>Der neue Betrag muss über 0 € liegen; soll die Bewilligung ganz entfallen, bitte widerrufen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="79" />
        <source>The new amount must be lower than the approved %1.</source>
        <translation>Der neue Betrag muss niedriger sein als die bewilligten %1.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/amend.py" line="83" />
        <source>%1 go back to the budget line.</source>
        <translation>%1 gehen an die Budgetzeile zurück.</translation>
    </message>
</context>
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
        <location filename="../../src/bwi_vouchers/ui/models/application_columns.py" line="39" />
        <source>Eligible costs</source>
        <translation>Förderfähige Kosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/application_columns.py" line="40" />
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/application_columns.py" line="41" />
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/application_columns.py" line="42" />
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="254" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="255" />
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="200" />
        <source>Reload</source>
        <extracomment>Errors besides conflicts after which the editor offers to reload the application (a lost connection). Steps confirmed with what they do (count, amount, budget line, releases) before they are taken; putting in review is no decision, and the proof of use shows its payout in its own dialog.</extracomment>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="201" />
        <source>Show the application as it is stored now; your unsaved changes here are discarded</source>
        <translation>Den Antrag so zeigen, wie er jetzt gespeichert ist; Ihre ungespeicherten Änderungen hier werden verworfen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="204" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="205" />
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="362" />
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="207" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="208" />
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="310" />
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="427" />
        <source>New application</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="455" />
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="484" />
        <source>Correct the marked fields to see the checklist.</source>
        <translation>Bitte die markierten Felder korrigieren, dann erscheint die Checkliste.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="456" />
        <source>Choose a company and a measure to see the checklist.</source>
        <translation>Unternehmen und Maßnahme wählen, dann erscheint die Checkliste.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="535" />
        <source>Discard the changes to this application and read it again?</source>
        <translation>Die Änderungen an diesem Antrag verwerfen und ihn neu lesen?</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="572" />
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="611" />
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation>Nichts gespeichert: bitte die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="589" />
        <source>Reloaded: this is the application as it is stored now.</source>
        <translation>Neu geladen: So ist der Antrag jetzt gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="602" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="645" />
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="665" />
        <source>Done: the application is now “%1”.</source>
        <translation>Erledigt: der Antrag ist jetzt „%1“.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="543" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="686" />
        <source>Amended: approved now %1; %2 released. Write the amendment letter with “Write letter …”.</source>
        <translation>Geändert: bewilligt sind jetzt %1; %2 freigegeben. Den Änderungsbescheid schreibt „Brief erstellen …“.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/window.py" line="708" />
        <source>Discard the changes to this application?</source>
        <translation>Die Änderungen an diesem Antrag verwerfen?</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="79" />
        <source>New company …</source>
        <extracomment>The consent field's "no date" (shown as a dash): an application without a consent shows no day at all.</extracomment>
        <translation>Neues Unternehmen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="87" />
        <source>consented on</source>
        <translation>genehmigt am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="90" />
        <source>optional, e.g. 1,500.00</source>
        <translation>optional, z. B. 1.500,00</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="136" />
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="138" />
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="139" />
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="141" />
        <source>Cluster/network</source>
        <translation>Cluster/Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="142" />
        <source>Received on</source>
        <translation>Antragseingang</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="143" />
        <source>Early start</source>
        <translation>Vorzeitiger Beginn</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="144" />
        <source>Requested amount</source>
        <translation>Beantragter Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="145" />
        <source>Funding source</source>
        <translation>Mittelherkunft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="146" />
        <source>Cost items</source>
        <translation>Kostenpositionen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="168" />
        <source>— no target field —</source>
        <translation>— kein Zielfeld —</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="170" />
        <source>(inactive)</source>
        <translation>(inaktiv)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="171" />
        <source>— from the company's membership —</source>
        <translation>— aus der Mitgliedschaft des Unternehmens —</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="173" />
        <source>programme default</source>
        <translation>Standard des Programms</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="249" />
        <source>Choose a company from the list, or create one with “New company …”.</source>
        <translation>Bitte ein Unternehmen aus der Liste wählen oder mit „Neues Unternehmen …“ anlegen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="252" />
        <source>Choose the measure the company applies for.</source>
        <translation>Bitte die Maßnahme wählen, für die das Unternehmen den Antrag stellt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="317" />
        <source>The measure covers several target fields: choose one of %1.</source>
        <translation>Die Maßnahme umfasst mehrere Zielfelder: Wählen Sie eines von %1.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/form.py" line="320" />
        <source>The measure names no target field: choose the one that fits the company's project.</source>
        <translation>Die Maßnahme nennt kein Zielfeld: Wählen Sie das, das zum Vorhaben des Unternehmens passt.</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="383" />
        <source>Reference</source>
        <extracomment>Runs a read off the GUI thread and hands its result to the callback on the GUI thread (tests: at once). A new view arrived (filter, order or refresh): its total and the count of all applications. Counts run here: a long count (a common word at a million rows) never holds up the next first page.</extracomment>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="383" />
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="384" />
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="384" />
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="385" />
        <source>Cluster/network</source>
        <translation>Cluster/Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="385" />
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="386" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="386" />
        <source>Eligible costs</source>
        <translation>Förderfähige Kosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="387" />
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="387" />
        <source>Approved</source>
        <translation>Bewilligt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/applications.py" line="388" />
        <source>Paid out</source>
        <translation>Ausgezahlt</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="76" />
        <source>New application</source>
        <extracomment>More changed applications than this reload the list (and forget the selection) instead of refreshing it.</extracomment>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="77" />
        <source>Record a new application (Ctrl+N)</source>
        <translation>Einen neuen Antrag erfassen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="88" />
        <source>Search reference or company</source>
        <translation>Referenz oder Firma suchen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="89" />
        <source>Narrows the list as you type (Ctrl+F)</source>
        <translation>Grenzt die Liste beim Tippen ein (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="100" />
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="141" />
        <source>Loading applications …</source>
        <translation>Anträge werden geladen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="148" />
        <source>Selected:</source>
        <translation>Auswahl:</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="185" />
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="250" />
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="251" />
        <source>Open (received or in review)</source>
        <translation>Offen (eingegangen oder in Prüfung)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="260" />
        <source>All target fields</source>
        <translation>Alle Zielfelder</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="98" />
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="273" />
        <source>All measures</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="263" />
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="266" />
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="278" />
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="320" />
        <source>%1 of %Ln applications</source>
        <translation><numerusform>%1 von %Ln Antrag</numerusform><numerusform>%1 von %Ln Anträgen</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/applications.py" line="324" />
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
</context>
<context>
    <name>AttachmentWords</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/attachment_words.py" line="13" />
        <source>Application form</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/attachment_words.py" line="14" />
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/attachment_words.py" line="15" />
        <source>Proof of use</source>
        <translation>Verwendungsnachweis</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/attachment_words.py" line="16" />
        <source>Correspondence</source>
        <translation>Schriftverkehr</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/attachment_words.py" line="17" />
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/attachments.py" line="43" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/attachments.py" line="43" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/attachments.py" line="43" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/attachments.py" line="44" />
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/attachments.py" line="44" />
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/attachments.py" line="45" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/attachments.py" line="63" />
        <source>Added on %1 by %2</source>
        <translation>Hinzugefügt am %1 von %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/attachments.py" line="69" />
        <source>Superseded by no. %1 on %2 (%3)</source>
        <translation>Ersetzt durch Nr. %1 am %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/attachments.py" line="72" />
        <source>Marked as attached by mistake on %1 (%2): %3</source>
        <translation>Am %1 als versehentlich angehängt markiert (%2): %3</translation>
    </message>
</context>
<context>
    <name>AttachmentsPane</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="78" />
        <source>The kind that files added now are given</source>
        <translation>Die Art, die jetzt hinzugefügte Dateien erhalten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="79" />
        <source>Add …</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="80" />
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="225" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="81" />
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="226" />
        <source>Save as …</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="86" />
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="145" />
        <source>The attachments could not be read.</source>
        <translation>Die Anhänge konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="150" />
        <source>Save the application first; then files can be attached.</source>
        <translation>Bitte den Antrag zuerst speichern; dann lassen sich Dateien anhängen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="152" />
        <source>Only clerks attach files.</source>
        <translation>Dateien hängt nur die Sachbearbeitung an.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="154" />
        <source>Drop files here or use “Add …” (at most 25 MB each).</source>
        <translation>Dateien hierher ziehen oder „Hinzufügen …“ wählen (je höchstens 25 MB).</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="155" />
        <source>Attached files are never deleted; a newer file of the same name and kind supersedes one, which stays in the list, struck through.</source>
        <translation>Angehängte Dateien werden nie gelöscht; eine neuere Datei mit gleichem Namen und gleicher Art ersetzt die ältere, die durchgestrichen in der Liste bleibt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="200" />
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="217" />
        <source>Attaching files</source>
        <translation>Dateien werden angehängt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="229" />
        <source>Replace with another file …</source>
        <translation>Durch andere Datei ersetzen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="230" />
        <source>Mark as attached by mistake …</source>
        <translation>Als versehentlich angehängt markieren …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="239" />
        <source>Replace “%1” with</source>
        <translation>„%1“ ersetzen durch</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="251" />
        <source>Attached by mistake</source>
        <translation>Versehentlich angehängt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="252" />
        <source>Why was “%1” attached by mistake? The file is kept, struck through, with this reason.</source>
        <translation>Warum wurde „%1“ versehentlich angehängt? Die Datei bleibt erhalten, durchgestrichen und mit dieser Begründung.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="265" />
        <source>Marked as attached by mistake: %1</source>
        <translation>Als versehentlich angehängt markiert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="273" />
        <source>%n files attached.</source>
        <translation><numerusform>Eine Datei angehängt.</numerusform><numerusform>%n Dateien angehängt.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="275" />
        <source>These files were attached already; nothing changed.</source>
        <translation>Diese Dateien waren bereits angehängt; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="310" />
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/attachments_pane.py" line="316" />
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="52" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="53" />
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="105" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="54" />
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="106" />
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="55" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="57" />
        <source>Changes (old → new)</source>
        <translation>Änderungen (alt → neu)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="69" />
        <source>Choose an event to see every change, old → new.</source>
        <translation>Einen Eintrag wählen, um jede Änderung (alt → neu) zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="72" />
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="76" />
        <source>Reference, name or number…</source>
        <translation>Referenz, Name oder Nummer …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="78" />
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="79" />
        <source>any day</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="80" />
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="82" />
        <source>Load more</source>
        <translation>Weitere laden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="85" />
        <source>Verify chain</source>
        <translation>Prüfkette prüfen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="87" />
        <source>Check that no event of the audit log was changed, removed or taken out of the chain since it was written.</source>
        <translation>Prüft, dass kein Ereignis des Protokolls seit dem Schreiben geändert, entfernt oder aus der Kette genommen wurde.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="108" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="109" />
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="120" />
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="128" />
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="136" />
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="183" />
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="208" />
        <source>%Ln events shown; more are available.</source>
        <translation><numerusform>%Ln Eintrag angezeigt; weitere sind vorhanden.</numerusform><numerusform>%Ln Einträge angezeigt; weitere sind vorhanden.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="210" />
        <source>%Ln events shown.</source>
        <translation><numerusform>%Ln Eintrag angezeigt.</numerusform><numerusform>%Ln Einträge angezeigt.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/audit.py" line="239" />
        <source>Verifying the audit chain</source>
        <translation>Prüfkette wird geprüft</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="29" />
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="30" />
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="115" />
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="31" />
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="116" />
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="32" />
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="118" />
        <source>Cluster/network</source>
        <translation>Cluster/Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="33" />
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="142" />
        <source>Budget line</source>
        <translation>Budgetzeile</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="34" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="35" />
        <source>Programme version</source>
        <translation>Programmversion</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="36" />
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="117" />
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="37" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="47" />
        <source>status → %1</source>
        <translation>Status → %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="49" />
        <source>letter written: %1</source>
        <translation>Brief erstellt: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="51" />
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="52" />
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="53" />
        <source>created as first user</source>
        <translation>als erster Benutzer angelegt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="54" />
        <source>SME figures recorded</source>
        <translation>KMU-Kennzahlen erfasst</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="55" />
        <source>membership added</source>
        <translation>Mitgliedschaft hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="56" />
        <source>contact person added</source>
        <translation>Ansprechpartner hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="57" />
        <source>de minimis aid recorded</source>
        <translation>De-minimis-Beihilfe erfasst</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="58" />
        <source>workbook imported</source>
        <translation>Arbeitsmappe importiert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="59" />
        <source>file attached</source>
        <translation>Datei angehängt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="60" />
        <source>attachment marked as attached by mistake</source>
        <translation>Anhang als versehentlich angehängt markiert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="61" />
        <source>comment added</source>
        <translation>Kommentar hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="62" />
        <source>notes moved into the comments</source>
        <translation>Notizen in die Kommentare übernommen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="63" />
        <source>approval amended (lower amount)</source>
        <translation>Bewilligung geändert (niedrigerer Betrag)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="70" />
        <source>commitment</source>
        <translation>Mittelbindung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="71" />
        <source>release</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="72" />
        <source>payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="73" />
        <source>recovery</source>
        <translation>Rückforderung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="94" />
        <source>Put in review by</source>
        <translation>In Prüfung gegeben von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="95" />
        <source>Put in review on</source>
        <translation>In Prüfung gegeben am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="96" />
        <source>Approved amount</source>
        <translation>Bewilligter Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="97" />
        <source>Approval date</source>
        <translation>Bewilligungsdatum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="98" />
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="99" />
        <source>Decision date</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="100" />
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="128" />
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="101" />
        <source>Proof of use due</source>
        <translation>Verwendungsnachweis fällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="102" />
        <source>Proof of use received</source>
        <translation>Verwendungsnachweis eingegangen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="103" />
        <source>Proof recorded by</source>
        <translation>Nachweis erfasst von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="104" />
        <source>Actual eligible costs</source>
        <translation>Tatsächliche förderfähige Kosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="105" />
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="106" />
        <source>Payout date</source>
        <translation>Auszahlungsdatum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="107" />
        <source>Released by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="108" />
        <source>Closed by</source>
        <translation>Abgeschlossen von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="109" />
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="110" />
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="123" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="111" />
        <source>SHA-256 checksum</source>
        <translation>SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="112" />
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="113" />
        <source>already imported</source>
        <translation>bereits importiert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="114" />
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="119" />
        <source>Eligible costs</source>
        <translation>Förderfähige Kosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="120" />
        <source>Voucher amount</source>
        <translation>Gutscheinbetrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="121" />
        <source>Funding source</source>
        <translation>Mittelherkunft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="122" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="124" />
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="125" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="126" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="127" />
        <source>Size (bytes)</source>
        <translation>Größe (Byte)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="129" />
        <source>Cost items</source>
        <translation>Kostenpositionen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="130" />
        <source>Actual cost items</source>
        <translation>Tatsächliche Kostenpositionen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="131" />
        <source>Ledger</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="132" />
        <source>Eligibility checks</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="133" />
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="134" />
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="135" />
        <source>Seat or branch in BW</source>
        <translation>Sitz oder Niederlassung in BW</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="136" />
        <source>NACE code</source>
        <translation>NACE-Code</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="137" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="138" />
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="139" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="140" />
        <source>Target fields</source>
        <translation>Zielfelder</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="141" />
        <source>State-owned company</source>
        <translation>Landesgesellschaft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="143" />
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="160" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/audit_words.py" line="160" />
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="61" />
        <source>Daily backup saved: %1</source>
        <translation>Tägliche Sicherung gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="67" />
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="68" />
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>BatchSteps</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="69" />
        <source>More steps</source>
        <translation>Weitere Schritte</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="85" />
        <source>Select one or more applications in the list first.</source>
        <translation>Bitte zuerst einen oder mehrere Anträge in der Liste auswählen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="91" />
        <source>None of the selected applications can move to “%1” from its current status.</source>
        <translation>Keiner der ausgewählten Anträge kann aus seinem jetzigen Status nach „%1“ wechseln.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="101" />
        <source>%1 of the %2 selected applications can take this step; each one is judged on its own.</source>
        <translation>%1 der %2 ausgewählten Anträge kommen für diesen Schritt in Frage; jeder wird einzeln geprüft.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="129" />
        <source>Checking %1 applications …</source>
        <translation>%1 Anträge werden geprüft …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="152" />
        <source>Working through %Ln applications …</source>
        <translation><numerusform>%Ln Antrag wird bearbeitet …</numerusform><numerusform>%Ln Anträge werden bearbeitet …</numerusform></translation>
    </message>
</context>
<context>
    <name>BatchSummary</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="181" />
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="190" />
        <source>Done: %1 of %2 selected applications are now “%3”.</source>
        <translation>Erledigt: %1 von %2 ausgewählten Anträgen sind jetzt „%3“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="196" />
        <source>Cancelled: %Ln applications were not worked on.</source>
        <translation><numerusform>Abgebrochen: %Ln Antrag wurde nicht mehr bearbeitet.</numerusform><numerusform>Abgebrochen: %Ln Anträge wurden nicht mehr bearbeitet.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="202" />
        <source>✗ %1 – not possible: %2</source>
        <translation>✗ %1 – nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="206" />
        <source>✓ %1 – now “%2”</source>
        <translation>✓ %1 – jetzt „%2“</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="208" />
        <source>Not possible: %1 (reasons below)</source>
        <translation>Nicht möglich: %1 (Gründe unten)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="214" />
        <source>Write the letter for this application …</source>
        <translation>Bescheid für diesen Antrag schreiben …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="215" />
        <source>Write the letters for these %1 applications …</source>
        <translation>Bescheide für diese %1 Anträge schreiben …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/batch_steps.py" line="216" />
        <source>Writes the letters of exactly the applications this step moved, into a folder you choose.</source>
        <translation>Schreibt die Bescheide genau der Anträge, die dieser Schritt bewegt hat, in einen Ordner Ihrer Wahl.</translation>
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
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="49" />
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="208" />
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="50" />
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="211" />
        <source>Funding source</source>
        <translation>Mittelherkunft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="51" />
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="119" />
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="139" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="52" />
        <source>Committed</source>
        <translation>Gebunden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="53" />
        <source>Paid</source>
        <translation>Ausgezahlt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="54" />
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="56" />
        <source>Used</source>
        <translation>Ausgeschöpft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="89" />
        <source>Booked on</source>
        <translation>Gebucht am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="90" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="91" />
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="92" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="93" />
        <source>Booked by</source>
        <translation>Gebucht von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="94" />
        <source>Note</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="104" />
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="127" />
        <source>Ledger</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="106" />
        <source>Set budget line…</source>
        <translation>Budgetzeile festlegen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="109" />
        <source>Only users with the budget role set budget lines.</source>
        <translation>Nur Benutzer mit der Rolle Budgetverantwortung legen Budgetzeilen fest.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="113" />
        <source>Available = budget − open commitments − payouts. The ledger is the record; the totals are derived from it.</source>
        <translation>Verfügbar = Budget − offene Mittelbindungen − Auszahlungen. Maßgeblich sind die Buchungen; die Summen werden daraus berechnet.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="128" />
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="187" />
        <source>Ledger of %1</source>
        <translation>Buchungen %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="203" />
        <source>Set budget line</source>
        <translation>Budgetzeile festlegen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="206" />
        <source>A budget may not drop below what is already committed and paid on its line.</source>
        <translation>Ein Budget darf nicht unter das fallen, was auf der Zeile bereits gebunden und ausgezahlt ist.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/budget.py" line="215" />
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/case_tabs.py" line="27" />
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/case_tabs.py" line="28" />
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
</context>
<context>
    <name>CategoryDelegate</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="31" />
        <source>Participation fee</source>
        <translation>Teilnahmegebühr</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="31" />
        <source>Stand rent</source>
        <translation>Standmiete</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="31" />
        <source>Travel costs</source>
        <translation>Reisekosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="32" />
        <source>Accommodation</source>
        <translation>Übernachtung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="32" />
        <source>Interpreter</source>
        <translation>Dolmetscher</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="32" />
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ChainWords</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/chain_words.py" line="27" />
        <source>Event no. %1 of %2 (%3, %4): content changed.</source>
        <translation>Ereignis Nr. %1 vom %2 (%3, %4): Inhalt geändert.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/chain_words.py" line="29" />
        <source>Event no. %1 of %2 (%3, %4): the link to the event before is broken.</source>
        <translation>Ereignis Nr. %1 vom %2 (%3, %4): Verkettung unterbrochen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/chain_words.py" line="32" />
        <source>Event no. %1 of %2 (%3, %4): events before it are missing.</source>
        <translation>Ereignis Nr. %1 vom %2 (%3, %4): Ereignis fehlt (vor Nr. %1).</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/chain_words.py" line="33" />
        <source>Event no. %1 of %2 (%3, %4): events missing (gap between no. %5 and %1).</source>
        <translation>Ereignis Nr. %1 vom %2 (%3, %4): Ereignis fehlt (Lücke zwischen Nr. %5 und %1).</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/chain_words.py" line="42" />
        <source>The %1 event before it is intact.</source>
        <translation>Das %1 Ereignis davor ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/chain_words.py" line="43" />
        <source>The %1 events before it are intact.</source>
        <translation>Die %1 Ereignisse davor sind in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/chain_words.py" line="45" />
        <source>Verification cancelled after %1 event; intact so far.</source>
        <translation>Prüfung nach %1 Ereignis abgebrochen; bis dahin in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/chain_words.py" line="46" />
        <source>Verification cancelled after %1 events; intact so far.</source>
        <translation>Prüfung nach %1 Ereignissen abgebrochen; bis dahin in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/chain_words.py" line="47" />
        <source>Chain intact: %1 event.</source>
        <translation>Prüfkette in Ordnung: %1 Ereignis.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/chain_words.py" line="48" />
        <source>Chain intact: %1 events.</source>
        <translation>Prüfkette in Ordnung: %1 Ereignisse.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/chain_words.py" line="49" />
        <source>Check value of the newest event: %1</source>
        <translation>Prüfwert des letzten Ereignisses: %1</translation>
    </message>
</context>
<context>
    <name>ChangedNotice</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/notice.py" line="25" />
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/notice.py" line="27" />
        <source>Show the application as it is saved now (F5)</source>
        <translation>Den Antrag so zeigen, wie er jetzt gespeichert ist (F5)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/notice.py" line="31" />
        <source>Hide this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/notice.py" line="44" />
        <source>%1 changed this application meanwhile. Reload shows the saved state and discards your unsaved changes; saving now is refused.</source>
        <translation>%1 hat diesen Antrag inzwischen geändert. „Neu laden“ zeigt den gespeicherten Stand und verwirft Ihre ungespeicherten Änderungen; Speichern wird jetzt abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/notice.py" line="46" />
        <source>Someone else changed this application meanwhile. Reload shows the saved state and discards your unsaved changes; saving now is refused.</source>
        <translation>Jemand anderes hat diesen Antrag inzwischen geändert. „Neu laden“ zeigt den gespeicherten Stand und verwirft Ihre ungespeicherten Änderungen; Speichern wird jetzt abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/notice.py" line="54" />
        <source>%1 changed this application; the editor shows the new state.</source>
        <translation>%1 hat diesen Antrag geändert; hier steht jetzt der neue Stand.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/notice.py" line="55" />
        <source>Someone else changed this application; the editor shows the new state.</source>
        <translation>Jemand anderes hat diesen Antrag geändert; hier steht jetzt der neue Stand.</translation>
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
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="81" />
        <source>Checking …</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="98" />
        <source>Not eligible: %n rules not met.</source>
        <translation><numerusform>Nicht förderfähig: %n Regel nicht erfüllt.</numerusform><numerusform>Nicht förderfähig: %n Regeln nicht erfüllt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="101" />
        <source>Eligible, with %n notes.</source>
        <translation><numerusform>Förderfähig, mit %n Hinweis.</numerusform><numerusform>Förderfähig, mit %n Hinweisen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="104" />
        <source>Eligible: every rule is met.</source>
        <translation>Förderfähig: alle Regeln erfüllt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="109" />
        <source>Voucher amount: %1</source>
        <translation>Gutscheinbetrag: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="111" />
        <source>to approve: %1</source>
        <translation>bewilligungsfähig: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="116" />
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="116" />
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/checklist.py" line="117" />
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Clusters</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="32" />
        <source>Cluster initiative</source>
        <translation>Cluster-Initiative</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="33" />
        <source>State-wide network</source>
        <translation>Landesweites Netzwerk</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="52" />
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="159" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="53" />
        <source> (inactive)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="56" />
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="160" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="57" />
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="164" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="57" />
        <source>state-wide</source>
        <translation>landesweit</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="59" />
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="171" />
        <source>State-owned company</source>
        <translation>Landesgesellschaft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="60" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="60" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="62" />
        <source>Members of networks run by a state-owned company are not eligible.</source>
        <translation>Mitglieder von Netzwerken, die eine Landesgesellschaft trägt, sind nicht antragsberechtigt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="68" />
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="179" />
        <source>Target fields</source>
        <translation>Zielfelder</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="73" />
        <source>Members today</source>
        <translation>Mitglieder heute</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="80" />
        <source>Add cluster or network…</source>
        <translation>Cluster oder Netzwerk hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="82" />
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="84" />
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="121" />
        <source>Only admins add or change clusters and networks.</source>
        <translation>Nur Administratoren fügen Cluster und Netzwerke hinzu oder ändern sie.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="88" />
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="104" />
        <source>Clusters &amp; networks</source>
        <translation>Cluster &amp; Netzwerke</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="94" />
        <source>A company is eligible only as a member of one of these (rule R02); never deleted, only set inactive.</source>
        <translation>Antragsberechtigt ist nur ein Mitglied eines dieser Cluster oder Netzwerke (Regel R02); sie werden nie gelöscht, nur inaktiv gesetzt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="123" />
        <source>Choose a cluster or network in the list.</source>
        <translation>Bitte ein Cluster oder Netzwerk in der Liste wählen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="157" />
        <source>Edit cluster or network</source>
        <translation>Cluster oder Netzwerk bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="157" />
        <source>Add cluster or network</source>
        <translation>Cluster oder Netzwerk hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="165" />
        <source>— state-wide —</source>
        <translation>— landesweit —</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="172" />
        <source>run by a state-owned company (members not eligible)</source>
        <translation>von einer Landesgesellschaft getragen (Mitglieder nicht antragsberechtigt)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="175" />
        <source>active (can be chosen)</source>
        <translation>aktiv (auswählbar)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/clusters.py" line="178" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>CommentsPane</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/comments_pane.py" line="42" />
        <source>Write a comment … (Ctrl+Enter adds it)</source>
        <translation>Kommentar schreiben … (Strg+Eingabe fügt ihn hinzu)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/comments_pane.py" line="45" />
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/comments_pane.py" line="99" />
        <source>The comments could not be read.</source>
        <translation>Die Kommentare konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/comments_pane.py" line="114" />
        <source>Save the application first; then it can be commented on.</source>
        <translation>Bitte den Antrag zuerst speichern; dann lässt er sich kommentieren.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/comments_pane.py" line="117" />
        <source>Loading comments …</source>
        <translation>Kommentare werden geladen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/comments_pane.py" line="119" />
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/comments_pane.py" line="146" />
        <source>A comment may have at most %1 characters.</source>
        <translation>Ein Kommentar darf höchstens %1 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="44" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="45" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="46" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="48" />
        <source>Size class</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="53" />
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="69" />
        <source>Search name or city…</source>
        <translation>Name oder Ort suchen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="84" />
        <source>Only clerks change company data.</source>
        <translation>Nur die Sachbearbeitung ändert Unternehmensdaten.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="90" />
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="106" />
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/companies.py" line="165" />
        <source>%1 of %2 companies</source>
        <translation>%1 von %2 Unternehmen</translation>
    </message>
</context>
<context>
    <name>CompanyDetail</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="46" />
        <source>Micro enterprise</source>
        <extracomment>the master-data fields typed as text</extracomment>
        <translation>Kleinstunternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="47" />
        <source>Small enterprise</source>
        <translation>Kleinunternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="48" />
        <source>Medium-sized enterprise</source>
        <translation>Mittleres Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="49" />
        <source>Large enterprise</source>
        <translation>Großunternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="79" />
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="151" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="80" />
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="81" />
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="82" />
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="83" />
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="84" />
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="85" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="86" />
        <source>NACE code</source>
        <translation>NACE-Code</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="239" />
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="97" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="98" />
        <source>Seat or branch in Baden-Württemberg</source>
        <translation>Sitz oder Niederlassung in Baden-Württemberg</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="100" />
        <source>Save master data</source>
        <translation>Stammdaten speichern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="111" />
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="116" />
        <source>Reference year</source>
        <translation>Bezugsjahr</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="121" />
        <source>Staff (AWU)</source>
        <translation>Beschäftigte (JAE)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="126" />
        <source>Turnover</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="127" />
        <source>Balance-sheet total</source>
        <translation>Bilanzsumme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="128" />
        <source>Size class</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="134" />
        <source>Cluster or network</source>
        <translation>Cluster oder Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="136" />
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="141" />
        <source>Member until</source>
        <translation>Mitglied bis</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="142" />
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="150" />
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="152" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="153" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="154" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="162" />
        <source>Grant date</source>
        <translation>Gewährt am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="163" />
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="166" />
        <source>Granting body</source>
        <translation>Beihilfegeber</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="167" />
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="168" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="169" />
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="171" />
        <source>Counts now</source>
        <translation>Zählt derzeit</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="173" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="175" />
        <source>no, outside the period</source>
        <translation>nein, außerhalb des Zeitraums</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="192" />
        <source>SME figures</source>
        <translation>KMU-Kennzahlen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="194" />
        <source>Record figures…</source>
        <translation>Kennzahlen erfassen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="199" />
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="201" />
        <source>Add membership…</source>
        <translation>Mitgliedschaft hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="206" />
        <source>Contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="208" />
        <source>Add contact person…</source>
        <translation>Ansprechpartner hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="213" />
        <source>De minimis</source>
        <translation>De-minimis</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="215" />
        <source>Record prior aid…</source>
        <translation>Vorbeihilfe erfassen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="218" />
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="259" />
        <source>Ceiling %1 · granted in the %2 years since %3: %4 · &lt;b&gt;headroom left: %5&lt;/b&gt;</source>
        <translation>Höchstbetrag %1 · in %2 Jahren seit %3 gewährt: %4 · &lt;b&gt;verbleibender Spielraum: %5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="266" />
        <source>Applications (%1)</source>
        <translation>Anträge (%1)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_detail.py" line="300" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>CompanyDialogs</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="28" />
        <source>SME figures of %1</source>
        <translation>KMU-Kennzahlen: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="29" />
        <source>Figures of one reference year, already aggregated over partner and linked enterprises (EU Recommendation 2003/361/EC). Figures of the same year are replaced.</source>
        <translation>Kennzahlen eines Bezugsjahres, bereits zusammengerechnet mit Partner- und verbundenen Unternehmen (EU-Empfehlung 2003/361/EG). Kennzahlen desselben Jahres werden ersetzt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="35" />
        <source>Reference year</source>
        <translation>Bezugsjahr</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="38" />
        <source>Staff (annual work units)</source>
        <translation>Beschäftigte (Jahresarbeitseinheiten)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="39" />
        <source>Annual turnover (€)</source>
        <translation>Jahresumsatz (€)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="40" />
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
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="84" />
        <source>Contact person at %1</source>
        <translation>Ansprechpartner bei %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="86" />
        <source>(none: greeted by name)</source>
        <translation>(keine: Begrüßung mit Namen)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="89" />
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="90" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="91" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="92" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="93" />
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
        <location filename="../../src/bwi_vouchers/ui/pages/company_dialogs.py" line="125" />
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
    <name>CompanyPicker</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/widgets/company_picker.py" line="27" />
        <source>Type a name, register number, VAT ID or postcode …</source>
        <translation>Name, Registernummer, USt-IdNr. oder PLZ eingeben …</translation>
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
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="72" />
        <source>Add item</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="73" />
        <source>Remove item</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="118" />
        <source>Total eligible costs: %1</source>
        <translation>Förderfähige Kosten gesamt: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/cost_table.py" line="118" />
        <source>Total actual costs: %1</source>
        <translation>Tatsächliche Kosten gesamt: %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/crash.py" line="59" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/crash.py" line="65" />
        <source>Something went wrong.</source>
        <translation>Da ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/crash.py" line="67" />
        <source>The program carries on, but what you just did may not have been finished. Please check it. If the error comes back, send the details and the log file to your IT support.</source>
        <translation>Das Programm läuft weiter, aber Ihr letzter Arbeitsschritt wurde vielleicht nicht abgeschlossen. Bitte prüfen Sie ihn. Tritt der Fehler wieder auf, schicken Sie die Details und die Protokolldatei an Ihre IT-Betreuung.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/crash.py" line="76" />
        <source>Log file: %1</source>
        <translation>Protokolldatei: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/crash.py" line="79" />
        <source>Opens the log folder</source>
        <translation>Öffnet den Ordner mit den Protokolldateien</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/crash.py" line="89" />
        <location filename="../../src/bwi_vouchers/ui/crash.py" line="129" />
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/crash.py" line="92" />
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/crash.py" line="94" />
        <source>Quit program</source>
        <translation>Programm beenden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/crash.py" line="95" />
        <source>Closes all windows; unsaved changes are asked about</source>
        <translation>Schließt alle Fenster; nach ungespeicherten Änderungen wird gefragt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/crash.py" line="97" />
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/crash.py" line="123" />
        <source>Further errors since then: %1 (see the log file).</source>
        <translation>Weitere Fehler seitdem: %1 (siehe Protokolldatei).</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/crash.py" line="129" />
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/crash.py" line="135" />
        <source>Details copied</source>
        <translation>Details kopiert</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="84" />
        <source>Show these applications in the list</source>
        <translation>Diese Anträge in der Liste zeigen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="92" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="100" />
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="93" />
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="95" />
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="109" />
        <source>Write reminders …</source>
        <translation>Erinnerungen schreiben …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="110" />
        <source>A reminder letter (Erinnerung) for every proof of use overdue or due within %1 days, into a folder you choose; each is recorded under the application's documents.</source>
        <translation>Eine Erinnerung für jeden Verwendungsnachweis, der überfällig oder innerhalb von %1 Tagen fällig ist, in einen Ordner Ihrer Wahl; jede wird bei den Dokumenten des Antrags festgehalten.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="124" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="125" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="127" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="139" />
        <source>Proofs of use overdue or due within 30 days</source>
        <translation>Verwendungsnachweise überfällig oder in 30 Tagen fällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="140" />
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="150" />
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="164" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="151" />
        <source>Applications by status</source>
        <translation>Anträge nach Status</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="153" />
        <source>Budget by year and funding source</source>
        <translation>Budget nach Jahr und Mittelherkunft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="208" />
        <source>None due.</source>
        <translation>Keine fällig.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="211" />
        <source>%1 due in all.</source>
        <translation>Insgesamt %1 fällig.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="213" />
        <source>The first %1 of %2 are shown.</source>
        <translation>Die ersten %1 von %2 werden gezeigt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="224" />
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="226" />
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="226" />
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="227" />
        <source>in 1 day</source>
        <translation>in 1 Tag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/dashboard.py" line="227" />
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
</context>
<context>
    <name>DatabaseBox</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="81" />
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="89" />
        <source>Choose folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="91" />
        <source>Beside the database</source>
        <translation>Neben der Datenbank</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="94" />
        <source>Back up…</source>
        <translation>Sichern …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="96" />
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="108" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="109" />
        <source>Chosen at start with --db or BWI_VOUCHERS_DB; shown here, not changed.</source>
        <translation>Wird beim Start mit --db oder BWI_VOUCHERS_DB gewählt; hier nur angezeigt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="110" />
        <source>Daily backups</source>
        <translation>Tägliche Sicherungen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="111" />
        <source>Made once a day when the program starts; the last %1 are kept.</source>
        <translation>Einmal täglich beim Programmstart angelegt; die letzten %1 bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="113" />
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="121" />
        <source>Backups of a server database are made with pg_dump by the database administrator.</source>
        <translation>Sicherungen einer Server-Datenbank erstellt die Datenbankadministration mit pg_dump.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="125" />
        <source>Only admins restore the database.</source>
        <translation>Nur Administratoren können die Datenbank wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="127" />
        <source>Only admins choose the backup folder.</source>
        <translation>Nur Administratoren wählen den Sicherungsordner.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="133" />
        <source>pg_dump, by the database administrator</source>
        <translation>pg_dump, durch die Datenbankadministration</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="140" />
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="145" />
        <source>Folder for the daily backups</source>
        <translation>Ordner für die täglichen Sicherungen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="158" />
        <source>Save a backup of the database</source>
        <translation>Sicherung der Datenbank speichern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="169" />
        <source>Backing up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="169" />
        <source>Copying the database…</source>
        <translation>Die Datenbank wird kopiert …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="172" />
        <source>Backup saved</source>
        <translation>Sicherung gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="172" />
        <source>The database was saved to %1.</source>
        <translation>Die Datenbank wurde in %1 gesichert.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="180" />
        <source>Databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="187" />
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="207" />
        <source>Restore database</source>
        <translation>Datenbank wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="188" />
        <source>Please close the open applications first (%1).</source>
        <translation>Bitte zuerst die geöffneten Anträge schließen (%1).</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="190" />
        <source>Restore the database from a backup</source>
        <translation>Datenbank aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="202" />
        <source>Restore the database from %1?

The backup holds %2 applications. The current database is first kept as a copy in %3 (its name says “before-restore” and the time), then replaced by the backup. Everybody working on this database sees the restored data.</source>
        <translation>Die Datenbank aus %1 wiederherstellen?

Die Sicherung enthält %2 Anträge. Die aktuelle Datenbank wird zuerst als Kopie in %3 aufbewahrt (ihr Name enthält „before-restore“ und die Uhrzeit) und dann durch die Sicherung ersetzt. Alle, die mit dieser Datenbank arbeiten, sehen danach die wiederhergestellten Daten.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="219" />
        <source>Restoring</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="219" />
        <source>Restoring the database…</source>
        <translation>Die Datenbank wird wiederhergestellt …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="224" />
        <source>The database was restored from %1. The previous database is kept as %2.</source>
        <translation>Die Datenbank wurde aus %1 wiederhergestellt. Die bisherige Datenbank ist als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="232" />
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="234" />
        <source>Database restored</source>
        <translation>Datenbank wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_database.py" line="235" />
        <source>Your user has other rights in the restored database (or is missing there). Please start the program again; it closes now.</source>
        <translation>Ihr Benutzer hat in der wiederhergestellten Datenbank andere Rechte (oder fehlt dort). Bitte starten Sie das Programm neu; es wird jetzt beendet.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="52" />
        <source>%1: %2 becomes “%3”.</source>
        <extracomment>Steps whose confirmation warns in red: they end an application or take money back.</extracomment>
        <translation>%1: %2 wird „%3“.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="55" />
        <source>%1: %2 of %3 selected applications become “%4”.</source>
        <translation>%1: %2 von %3 ausgewählten Anträgen werden „%4“.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="69" />
        <source>Total amount</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="74" />
        <source>Budget line</source>
        <translation>Budgetzeile</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="78" />
        <source>Back to the budget</source>
        <translation>Zurück ins Budget</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="84" />
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="91" />
        <source>✗ %1 – not possible: %2</source>
        <translation>✗ %1 – nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="96" />
        <source>Not possible, left as they are: %1</source>
        <translation>Nicht möglich, bleiben unverändert: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="102" />
        <source>The preview was cancelled: the figures cover only part of the selection.</source>
        <translation>Die Vorschau wurde abgebrochen: Die Zahlen umfassen nur einen Teil der Auswahl.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="122" />
        <source>nothing is booked</source>
        <translation>es wird nichts gebucht</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="126" />
        <source>%1 committed</source>
        <translation>%1 gebunden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="126" />
        <source>%1 paid out</source>
        <translation>%1 ausgezahlt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="127" />
        <source>%1 released</source>
        <translation>%1 freigegeben</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="127" />
        <source>%1 recovered</source>
        <translation>%1 zurückgefordert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="130" />
        <source>%1: %2; available %3 → %4</source>
        <translation>%1: %2; verfügbar %3 → %4</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="138" />
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="141" />
        <source>%1 from the commitment</source>
        <translation>%1 aus der Mittelbindung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/decision_dialog.py" line="144" />
        <source>%1 paid out are to be recovered</source>
        <translation>%1 Ausgezahltes wird zurückgefordert</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="211" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="211" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="212" />
        <source>Made by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="212" />
        <source>Made on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="213" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="66" />
        <source>Loading application %1 …</source>
        <translation>Antrag %1 wird geladen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="67" />
        <source>Loading …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="75" />
        <source>New application</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="77" />
        <source>Fill in the form; the checklist on the right shows at once what the rules say. Ctrl+S saves, Esc closes.</source>
        <translation>Formular ausfüllen – die Checkliste rechts zeigt sofort, was die Förderregeln sagen. Strg+S speichert, Esc schließt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="81" />
        <source>Application %1 – %2</source>
        <translation>Antrag %1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="87" />
        <source>Proof of use overdue since %1</source>
        <translation>Verwendungsnachweis überfällig seit %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="98" />
        <source>Read only: this application is “%1” (decided on %2 by %3); a decided application is no longer changed.</source>
        <translation>Nur lesen: Dieser Antrag ist „%1“ (entschieden am %2 von %3); ein entschiedener Antrag wird nicht mehr geändert.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="101" />
        <source>Read only: this application is “%1” and can no longer be changed.</source>
        <translation>Nur lesen: Dieser Antrag ist „%1“ und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="103" />
        <source>Read only: you do not hold the clerk role, which changing an application needs.</source>
        <translation>Nur lesen: Sie haben keine Sachbearbeiter-Rolle, die zum Ändern eines Antrags nötig ist.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="104" />
        <source>Read only: %1</source>
        <translation>Nur lesen: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="124" />
        <source>recorded by %1 on %2</source>
        <translation>erfasst von %1 am %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="127" />
        <source>put in review by %1</source>
        <translation>in Prüfung gegeben von %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="129" />
        <source>approved %1 on %2 by %3 (budget %4 %5)</source>
        <translation>bewilligt %1 am %2 von %3 (Budget %4 %5)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="133" />
        <source>decided on %1 by %2</source>
        <translation>entschieden am %1 von %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="136" />
        <source>proof of use due by %1</source>
        <translation>Verwendungsnachweis fällig bis %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="138" />
        <source>proof of use received %1: actual costs %2, payout %3</source>
        <translation>Verwendungsnachweis eingegangen %1: tatsächliche Kosten %2, Auszahlung %3</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="142" />
        <source>paid out on %1 by %2</source>
        <translation>ausgezahlt am %1 von %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/header.py" line="145" />
        <source>reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/errors.py" line="18" />
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
</context>
<context>
    <name>FileSavedDialog</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/files.py" line="85" />
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/files.py" line="86" />
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/files.py" line="31" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/files.py" line="56" />
        <source>Folder for the letters</source>
        <translation>Ordner für die Briefe</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/widgets/form_dialog.py" line="200" />
        <source>Enter a date.</source>
        <extracomment>Set by a submit function: the service's own findings about the other fields (no write; given the fields the form could not read), shown beside those — every wrong field named on the first OK.</extracomment>
        <translation>Bitte ein Datum eingeben.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/help.py" line="50" />
        <source>&amp;Manual</source>
        <extracomment>the manual's chapter for each sidebar page (anchors of headings in docs/handbuch/handbuch.md)</extracomment>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/help.py" line="54" />
        <source>&amp;About bwi-vouchers</source>
        <translation>Ü&amp;ber bwi-vouchers</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/help.py" line="63" />
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/help.py" line="64" />
        <source>The manual is missing from this installation (%1).</source>
        <translation>Das Handbuch fehlt in dieser Installation (%1).</translation>
    </message>
</context>
<context>
    <name>HiddenMatches</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_search.py" line="104" />
        <source>%1 more matches in other statuses</source>
        <translation>%1 weitere Treffer in anderen Status</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_search.py" line="106" />
        <source>%1 more matches outside the chosen filters</source>
        <translation>%1 weitere Treffer außerhalb der gewählten Filter</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_search.py" line="107" />
        <source>Clear filters</source>
        <translation>Filter aufheben</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="105" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="105" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="106" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="106" />
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="119" />
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="127" />
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="129" />
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="131" />
        <source>Status → %1</source>
        <translation>Status → %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="133" />
        <source>Letter written: %1</source>
        <translation>Brief erstellt: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="134" />
        <source>File attached</source>
        <translation>Datei angehängt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="134" />
        <source>Attachment marked as a mistake</source>
        <translation>Anhang als Versehen markiert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="135" />
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="197" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="135" />
        <source>Notes moved into the comments</source>
        <translation>Notizen in die Kommentare übernommen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="136" />
        <source>Approval amended</source>
        <translation>Bewilligung geändert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="148" />
        <source>failed %1</source>
        <translation>nicht erfüllt: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="149" />
        <source>no rule failed</source>
        <translation>alle Regeln erfüllt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="181" />
        <source>Eligible costs</source>
        <translation>Förderfähige Kosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="181" />
        <source>Voucher amount</source>
        <translation>Gutscheinbetrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="182" />
        <source>Requested amount</source>
        <translation>Beantragter Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="182" />
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="183" />
        <source>Target field</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="183" />
        <source>Early-start consent</source>
        <translation>Zustimmung vorzeitiger Beginn</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="184" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="184" />
        <source>Cost items</source>
        <translation>Kostenpositionen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="184" />
        <source>Funding source</source>
        <translation>Mittelherkunft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="185" />
        <source>Actual cost items</source>
        <translation>Tatsächliche Kostenpositionen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="186" />
        <source>Approved amount</source>
        <translation>Bewilligter Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="186" />
        <source>Approval date</source>
        <translation>Bewilligungsdatum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="187" />
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="187" />
        <source>Decision date</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="188" />
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="197" />
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="188" />
        <source>Proof of use due</source>
        <translation>Verwendungsnachweis fällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="189" />
        <source>Cluster/network</source>
        <translation>Cluster/Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="190" />
        <source>Put in review by</source>
        <translation>In Prüfung gegeben von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="190" />
        <source>In review since</source>
        <translation>In Prüfung seit</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="191" />
        <source>Actual costs</source>
        <translation>Tatsächliche Kosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="191" />
        <source>Proof of use received</source>
        <translation>Verwendungsnachweis eingegangen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="192" />
        <source>Proof recorded by</source>
        <translation>Nachweis erfasst von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="192" />
        <source>Payout amount</source>
        <translation>Auszahlungsbetrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="193" />
        <source>Paid out by</source>
        <translation>Ausgezahlt von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="193" />
        <source>Payout date</source>
        <translation>Auszahlungsdatum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="193" />
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="194" />
        <source>Eligibility check</source>
        <translation>Förderprüfung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="194" />
        <source>Closed by</source>
        <translation>Abgeschlossen von</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="195" />
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="195" />
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="196" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="195" />
        <source>SHA-256 checksum</source>
        <translation>SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="196" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="196" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/history.py" line="197" />
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="167" />
        <source>Import a workbook</source>
        <translation>Arbeitsmappe importieren</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="172" />
        <source>Check the workbook</source>
        <translation>Arbeitsmappe prüfen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="173" />
        <source>Reading and checking every row of %1 – nothing is changed yet …</source>
        <translation>Jede Zeile von %1 wird gelesen und geprüft – noch wird nichts geändert …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="192" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="199" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="200" />
        <source>Importing %1 …</source>
        <translation>%1 wird importiert …</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="53" />
        <source>Check the import: %1</source>
        <extracomment>The import report's first size (fitted to the screen); the page remembers what the user makes of it.</extracomment>
        <translation>Import prüfen: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="53" />
        <source>Import done: %1</source>
        <translation>Import abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="63" />
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="64" />
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="65" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="66" />
        <source>Reference or reason</source>
        <translation>Referenz oder Grund</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="76" />
        <source>Show refused rows only</source>
        <translation>Nur abgelehnte Zeilen zeigen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="82" />
        <source>Import now</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="111" />
        <source>%Ln rows read: %2 will be imported, %3 already imported, %4 refused.</source>
        <translation><numerusform>%Ln Zeile gelesen: %2 werden importiert, %3 bereits importiert, %4 abgelehnt.</numerusform><numerusform>%Ln Zeilen gelesen: %2 werden importiert, %3 bereits importiert, %4 abgelehnt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="113" />
        <source>%Ln rows read: %2 imported, %3 already imported, %4 refused.</source>
        <translation><numerusform>%Ln Zeile gelesen: %2 importiert, %3 bereits importiert, %4 abgelehnt.</numerusform><numerusform>%Ln Zeilen gelesen: %2 importiert, %3 bereits importiert, %4 abgelehnt.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="124" />
        <source>Nothing has been changed yet. “Import now” takes the rows over, all in one go.</source>
        <translation>Noch wurde nichts geändert. „Importieren“ übernimmt die Zeilen in einem Zug.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="87" />
        <source>Imports the rows marked “will be imported”, all in one go; refused rows are left out.</source>
        <translation>Importiert die mit „wird importiert“ markierten Zeilen in einem Zug; abgelehnte Zeilen bleiben außen vor.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="88" />
        <source>There is nothing to import.</source>
        <translation>Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="91" />
        <source>Import nothing.</source>
        <translation>Nichts importieren.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="119" />
        <source>The new applications are in the list now; their checklists say whether they are eligible.</source>
        <translation>Die neuen Anträge stehen jetzt in der Liste; ihre Prüfliste zeigt, ob sie förderfähig sind.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="122" />
        <source>Nothing has been changed yet. Refused rows are left out when you import; correct them in the workbook and import it again later (rows already imported are recognised).</source>
        <translation>Noch wurde nichts geändert. Abgelehnte Zeilen werden beim Import ausgelassen; korrigieren Sie sie in der Arbeitsmappe und importieren Sie die Datei später erneut (bereits importierte Zeilen werden erkannt).</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="128" />
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="130" />
        <source>already imported</source>
        <translation>bereits importiert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="131" />
        <source>will be imported</source>
        <translation>wird importiert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="131" />
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/import_dialog.py" line="139" />
        <source>Column “%1”: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
</context>
<context>
    <name>LetterButton</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/letter.py" line="27" />
        <source>Write letter …</source>
        <translation>Brief erstellen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/letter.py" line="39" />
        <source>Please wait until the current step is done.</source>
        <translation>Bitte warten, bis der laufende Schritt fertig ist.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/letter.py" line="41" />
        <source>Save or undo your changes first.</source>
        <translation>Bitte zuerst die Änderungen speichern oder verwerfen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/letter.py" line="43" />
        <source>Only clerks and approvers write letters.</source>
        <translation>Nur Sachbearbeitung und Bewilligung/Freigabe erstellen Briefe.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/letter.py" line="47" />
        <source>Writes the letter this application's status calls for (approval, rejection or payout) as a Word file, and records it under Documents.</source>
        <translation>Schreibt den Brief, den der Status dieses Antrags verlangt (Bewilligung, Ablehnung oder Auszahlung), als Word-Datei und vermerkt ihn unter „Dokumente“.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/letter.py" line="63" />
        <source>%1 written: %2</source>
        <translation>%1 geschrieben: %2</translation>
    </message>
</context>
<context>
    <name>LetterPrintButton</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letter_print.py" line="90" />
        <source>Print letter …</source>
        <translation>Brief drucken …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letter_print.py" line="111" />
        <source>No letter has been written for this application yet.</source>
        <translation>Für diesen Antrag wurde noch kein Brief erstellt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letter_print.py" line="112" />
        <source>Opens %1 as a PDF to print (made with LibreOffice; else the Word file opens).</source>
        <translation>Öffnet %1 als PDF zum Drucken (mit LibreOffice erstellt; sonst öffnet sich die Word-Datei).</translation>
    </message>
</context>
<context>
    <name>LetterPrinter</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letter_print.py" line="61" />
        <location filename="../../src/bwi_vouchers/ui/letter_print.py" line="69" />
        <location filename="../../src/bwi_vouchers/ui/letter_print.py" line="77" />
        <source>Print letter</source>
        <translation>Brief drucken</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letter_print.py" line="62" />
        <source>The file %1 is no longer there.</source>
        <translation>Die Datei %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letter_print.py" line="70" />
        <source>LibreOffice is not installed, so no PDF can be made of the letter here. The Word file opens instead: print it from there (File → Print).</source>
        <translation>LibreOffice ist nicht installiert, daher kann hier kein PDF des Briefs erstellt werden. Stattdessen öffnet sich die Word-Datei: Drucken Sie sie von dort aus (Datei → Drucken).</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letter_print.py" line="77" />
        <source>Making a PDF of %1 …</source>
        <translation>PDF von %1 wird erstellt …</translation>
    </message>
</context>
<context>
    <name>LetterSummary</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="158" />
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="163" />
        <source>No letters were needed: every application in question has its letter already.</source>
        <translation>Es waren keine Briefe nötig: jeder betroffene Antrag hat seinen Brief bereits.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="165" />
        <source>Letters written: %1 of %2.</source>
        <translation>Briefe geschrieben: %1 von %2.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="174" />
        <source>Cancelled: the remaining applications got no letter.</source>
        <translation>Abgebrochen: die übrigen Anträge haben keinen Brief erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="176" />
        <source>No letter for %Ln applications (reasons below).</source>
        <translation><numerusform>Kein Brief für %Ln Antrag (Gründe unten).</numerusform><numerusform>Kein Brief für %Ln Anträge (Gründe unten).</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="189" />
        <source>✗ %1 – no letter: %2</source>
        <translation>✗ %1 – kein Brief: %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="194" />
        <source>✓ %1 – %2: %3</source>
        <translation>✓ %1 – %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="198" />
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="203" />
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="205" />
        <source>Print letter …</source>
        <translation>Brief drucken …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="206" />
        <source>Select a letter in the list to print it.</source>
        <translation>Einen Brief in der Liste auswählen, um ihn zu drucken.</translation>
    </message>
</context>
<context>
    <name>LetterWriter</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="132" />
        <source>Write letters</source>
        <translation>Briefe erstellen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="133" />
        <source>Writing the letters into %1 …</source>
        <translation>Die Briefe werden in %1 geschrieben …</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="59" />
        <source>Approval letter</source>
        <extracomment>The statuses a letter exists for, in the order a clerk meets them. What "all letters" means (as on the command line): decisions and payouts.</extracomment>
        <translation>Bewilligungsbescheid</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="60" />
        <source>Rejection letter</source>
        <translation>Ablehnungsbescheid</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="61" />
        <source>Payout notice</source>
        <translation>Auszahlungsmitteilung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="62" />
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="63" />
        <source>Revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/letters.py" line="64" />
        <source>Amendment letter</source>
        <translation>Änderungsbescheid</translation>
    </message>
</context>
<context>
    <name>ListDocuments</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="34" />
        <source>Export …</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="36" />
        <source>Write letters …</source>
        <translation>Briefe erstellen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="42" />
        <source>The list shows no applications; change the filters.</source>
        <translation>Die Liste zeigt keine Anträge; bitte die Filter ändern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="44" />
        <source>Saves the %Ln applications shown – with the filters and the order of the list – as an Excel table.</source>
        <translation><numerusform>Speichert den angezeigten Antrag – mit den Filtern der Liste – als Excel-Tabelle.</numerusform><numerusform>Speichert die %Ln angezeigten Anträge – mit den Filtern und der Reihenfolge der Liste – als Excel-Tabelle.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="49" />
        <source>Only clerks and approvers write letters.</source>
        <translation>Nur Sachbearbeitung und Bewilligung/Freigabe erstellen Briefe.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="51" />
        <source>Select approved, rejected or paid applications in the list first.</source>
        <translation>Bitte zuerst bewilligte, abgelehnte oder ausgezahlte Anträge in der Liste auswählen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="53" />
        <source>None of the selected applications is approved, rejected, paid or closed: there is no letter to write.</source>
        <translation>Keiner der ausgewählten Anträge ist bewilligt, abgelehnt, ausgezahlt oder abgeschlossen: es gibt keinen Brief zu erstellen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="59" />
        <source>Writes the letters of %1 of the %2 selected applications into a folder you choose.</source>
        <translation>Schreibt die Briefe für %1 der %2 ausgewählten Anträge in einen Ordner Ihrer Wahl.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="67" />
        <source>Export the applications shown</source>
        <translation>Angezeigte Anträge exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="74" />
        <source>%Ln applications exported.</source>
        <translation><numerusform>%Ln Antrag exportiert.</numerusform><numerusform>%Ln Anträge exportiert.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="75" />
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="82" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_documents.py" line="83" />
        <source>Writing %1 …</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
</context>
<context>
    <name>ListPrinting</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="60" />
        <source>Print …</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="70" />
        <source>The list shows no applications; change the filters.</source>
        <translation>Die Liste zeigt keine Anträge; bitte die Filter ändern.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="72" />
        <source>Prints the %1 applications shown – with the filters, the order and the columns of the list – in landscape.</source>
        <translation>Druckt die %1 angezeigten Anträge – mit den Filtern, der Reihenfolge und den Spalten der Liste – im Querformat.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="103" />
        <source>Applications (%1)</source>
        <translation>Anträge (%1)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="104" />
        <source>Printed on %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="116" />
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="121" />
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="156" />
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="116" />
        <source>Reading the applications shown …</source>
        <translation>Die angezeigten Anträge werden gelesen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="122" />
        <source>The list shows %1 applications, about %2 pages. Print them all?

A filter (status, year, measure …) makes the list shorter.</source>
        <translation>Die Liste zeigt %1 Anträge, etwa %2 Seiten. Alle drucken?

Ein Filter (Status, Jahr, Maßnahme …) macht die Liste kürzer.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="132" />
        <source>Save the list as PDF</source>
        <translation>Liste als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="133" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="86" />
        <source>Internationalisation vouchers</source>
        <translation>Internationalisierungsgutscheine</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="123" />
        <source>User: %1 (%2)</source>
        <translation>Benutzer: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="124" />
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="125" />
        <source>Programme year %1</source>
        <translation>Programmjahr %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="131" />
        <source>New application</source>
        <translation>Neuer Antrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="134" />
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="142" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="145" />
        <source>Read the shown page again from the database (F5)</source>
        <translation>Die angezeigte Seite neu aus der Datenbank lesen (F5)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="147" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main_window.py" line="188" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/main.py" line="64" />
        <source>User: %1 for %2 (%3)</source>
        <extracomment>Who acts for a requested login (None: the user himself) — ``app.acting_identity``. The daily backup starts this long after the main window, not in the way of the first page's load.</extracomment>
        <translation>Benutzer: %1 für %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/manual.py" line="65" />
        <source>Manual</source>
        <extracomment>The manual's first size (fitted to the screen); the help remembers what the user makes of it.</extracomment>
        <translation>Handbuch</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/manual.py" line="77" />
        <source>Search in the manual (Enter: next hit)</source>
        <translation>Im Handbuch suchen (Enter: nächste Fundstelle)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/manual.py" line="107" />
        <source>The manual is missing from this installation (%1).</source>
        <translation>Das Handbuch fehlt in dieser Installation (%1).</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/manual.py" line="229" />
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="54" />
        <source>New measure</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="55" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="56" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="57" />
        <source>e.g. Market exploration trip Japan: photonics</source>
        <translation>z. B. Markterkundungsreise Japan: Photonik</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="58" />
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="61" />
        <source>Destination country</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="70" />
        <source>ISO code, e.g. JP</source>
        <translation>ISO-Code, z. B. JP</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="71" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="72" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="73" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="75" />
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measure_dialog.py" line="77" />
        <source>Target fields</source>
        <translation>Zielfelder</translation>
    </message>
</context>
<context>
    <name>MeasurePicker</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/widgets/measure_picker.py" line="49" />
        <source>Type a code, title, country or city …</source>
        <translation>Code, Titel, Land oder Ort eingeben …</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="74" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="75" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="76" />
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="78" />
        <source>Country</source>
        <translation>Zielland</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="80" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="81" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="82" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="84" />
        <source>Applications</source>
        <translation>Anträge</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="107" />
        <source>Applications for the measure</source>
        <translation>Anträge zur Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="111" />
        <source>Search code, title, country or city…</source>
        <translation>Code, Titel, Land oder Ort suchen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="114" />
        <source>New measure…</source>
        <translation>Neue Maßnahme …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="116" />
        <source>Only admins add measures.</source>
        <translation>Nur die Administration legt Maßnahmen an.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="118" />
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="136" />
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="203" />
        <source>Applications for %1</source>
        <translation>Anträge zu %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/measures.py" line="205" />
        <source>%1 in %2, %3 to %4. Organiser: %5.</source>
        <translation>%1 in %2, %3 bis %4. Veranstalter: %5.</translation>
    </message>
</context>
<context>
    <name>NewCompanyDialog</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="41" />
        <source>New company</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="50" />
        <source>e.g. Amtsgericht Stuttgart HRB 123456</source>
        <translation>z. B. Amtsgericht Stuttgart HRB 123456</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="52" />
        <source>e.g. DE123456789</source>
        <translation>z. B. DE123456789</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="58" />
        <source>— not given —</source>
        <translation>— keine Angabe —</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="61" />
        <source>Seat or branch in Baden-Württemberg</source>
        <translation>Sitz oder Niederlassung in Baden-Württemberg</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="67" />
        <source>e.g. 12,5</source>
        <translation>z. B. 12,5</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="71" />
        <source>— no membership —</source>
        <translation>— keine Mitgliedschaft —</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="87" />
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="88" />
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="89" />
        <source>Register number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="90" />
        <source>VAT ID</source>
        <translation>USt-IdNr.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="91" />
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="92" />
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="93" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="94" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="98" />
        <source>SME figures (aggregated with partner and linked enterprises)</source>
        <translation>KMU-Kennzahlen (einschließlich Partner- und verbundener Unternehmen)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="100" />
        <source>Reference year</source>
        <translation>Bezugsjahr</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="101" />
        <source>Annual work units</source>
        <translation>Beschäftigte (Jahresarbeitseinheiten)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="102" />
        <source>Turnover (EUR)</source>
        <translation>Jahresumsatz (EUR)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="103" />
        <source>Balance-sheet total (EUR)</source>
        <translation>Bilanzsumme (EUR)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="104" />
        <source>Cluster or network membership</source>
        <translation>Mitgliedschaft in Cluster oder Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="106" />
        <source>Cluster/network</source>
        <translation>Cluster/Netzwerk</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="107" />
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="129" />
        <source>Enter the company's name.</source>
        <translation>Bitte den Namen des Unternehmens eintragen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/company_dialog.py" line="139" />
        <source>Enter all three SME figures, or none.</source>
        <translation>Bitte alle drei KMU-Kennzahlen eintragen – oder keine.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/password.py" line="22" />
        <source>Database password</source>
        <extracomment>(database as shown, login, whether the last password was wrong) -&gt; the password, or None when cancelled</extracomment>
        <translation>Datenbank-Passwort</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/password.py" line="24" />
        <source>The database server asks for the password of %1 for the database %2.</source>
        <translation>Der Datenbankserver verlangt das Passwort von %1 für die Datenbank %2.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/password.py" line="28" />
        <source>The user name or the password is wrong. Please try again.</source>
        <translation>Benutzername oder Passwort stimmt nicht. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/password.py" line="35" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/password.py" line="38" />
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/password.py" line="39" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PrintChoice</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="174" />
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="175" />
        <source>Print the applications shown – with the filters, the order and the columns of the list – in landscape:</source>
        <translation>Die angezeigten Anträge drucken – mit den Filtern, der Reihenfolge und den Spalten der Liste – im Querformat:</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="178" />
        <source>Print …</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="179" />
        <source>Print preview …</source>
        <translation>Druckvorschau …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="180" />
        <source>Save as PDF and open …</source>
        <translation>Als PDF speichern und öffnen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/list_print.py" line="181" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/table_print.py" line="93" />
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/table_print.py" line="129" />
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
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
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="37" />
        <source>De minimis legal basis</source>
        <translation>Rechtsgrundlage De-minimis</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="39" />
        <source>SME: annual work units below</source>
        <translation>KMU: Jahresarbeitseinheiten unter</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="42" />
        <source>SME: turnover at most</source>
        <translation>KMU: Jahresumsatz höchstens</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="44" />
        <source>SME: or balance-sheet total at most</source>
        <translation>KMU: oder Bilanzsumme höchstens</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="48" />
        <source>Proof of use due after the measure (months)</source>
        <translation>Verwendungsnachweis fällig nach Maßnahmeende (Monate)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="51" />
        <source>Lead days before the start</source>
        <translation>Vorlauf vor Maßnahmebeginn (Tage)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="52" />
        <source>Funding sources</source>
        <translation>Mittelherkünfte</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="53" />
        <source>Default funding source</source>
        <translation>Standard-Mittelherkunft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="55" />
        <source>Measure types</source>
        <translation>Maßnahmenarten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="98" />
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/models/programmes.py" line="99" />
        <source> (in force)</source>
        <translation> (in Kraft)</translation>
    </message>
</context>
<context>
    <name>ProofDialog</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="56" />
        <source>Record proof of use – %1</source>
        <extracomment>How far the date field reaches around the measure's end and today: enough to type a wrong date and be told.</extracomment>
        <translation>Verwendungsnachweis erfassen – %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="65" />
        <source>The measure ended on %1; the proof cannot have come in before, nor after today.</source>
        <translation>Die Maßnahme endete am %1; der Verwendungsnachweis kann weder davor noch nach heute eingegangen sein.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="79" />
        <source>Add receipts …</source>
        <translation>Belege hinzufügen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="80" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="98" />
        <source>Amount approved</source>
        <translation>Bewilligter Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="99" />
        <source>Actual eligible costs</source>
        <translation>Tatsächliche förderfähige Kosten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="100" />
        <source>Funding rate</source>
        <translation>Fördersatz</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="101" />
        <source>Payout (never more than approved, down to whole euros)</source>
        <translation>Auszahlung (höchstens der bewilligte Betrag, auf volle Euro abgerundet)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="102" />
        <source>Released to the budget line at the payout</source>
        <translation>Bei der Auszahlung frei für die Budgetzeile</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="103" />
        <source>Payout this proof leads to</source>
        <translation>Auszahlung aus diesem Verwendungsnachweis</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="111" />
        <source>Record proof of use</source>
        <translation>Verwendungsnachweis erfassen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="119" />
        <source>Proof of use received on</source>
        <translation>Verwendungsnachweis eingegangen am</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="123" />
        <source>Actual cost items (net, by category)</source>
        <translation>Tatsächliche Kosten (netto, nach Kategorie)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="126" />
        <source>Receipts (attached as “Receipt”)</source>
        <translation>Belege (angehängt als „Beleg“)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="171" />
        <source>Enter at least one cost item with its category and net amount.</source>
        <translation>Bitte mindestens eine Kostenposition mit Kategorie und Nettobetrag eingeben.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="185" />
        <source>Add receipts</source>
        <translation>Belege hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="186" />
        <source>Receipts (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Belege (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/proof_dialog.py" line="229" />
        <source>Nothing was recorded: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="116" />
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="120" />
        <source>Budget report (.xlsx)</source>
        <translation>Budgetbericht (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="121" />
        <source>Budget, committed, paid and available per budget year and funding source; breakdowns by target field, region, measure type, destination country and company size; the de-minimis register extract and a chart. All sums come from the ledger.</source>
        <translation>Budget, gebunden, ausgezahlt und verfügbar je Haushaltsjahr und Mittelherkunft; Aufschlüsselungen nach Zielfeld, Region, Maßnahmenart, Zielland und Unternehmensgröße; der Auszug aus dem De-minimis-Register und ein Diagramm. Alle Summen stammen aus dem Buchungsjournal.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="125" />
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="206" />
        <source>All budget years</source>
        <translation>Alle Haushaltsjahre</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="126" />
        <source>Create report …</source>
        <translation>Bericht erstellen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="128" />
        <source>Budget year:</source>
        <translation>Haushaltsjahr:</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="133" />
        <source>Export the application list (.xlsx)</source>
        <translation>Antragsliste exportieren (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="134" />
        <source>The applications as an Excel table (sheet “Anträge”): reference, company, measure, target field, receipt, status and the amounts. Tip: “Export …” on the Applications page exports exactly the rows shown there, in their order.</source>
        <translation>Die Anträge als Excel-Tabelle (Blatt „Anträge“): Referenz, Unternehmen, Maßnahme, Themenfeld, Antragseingang, Status und die Beträge. Tipp: „Exportieren …“ auf der Seite „Anträge“ exportiert genau die dort gezeigten Zeilen in ihrer Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="137" />
        <source>All applications</source>
        <translation>Alle Anträge</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="143" />
        <source>Export …</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="152" />
        <source>Import applications from Excel</source>
        <translation>Anträge aus Excel importieren</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="153" />
        <source>Takes over applications – with new companies, measures and clusters – from a workbook laid out like the import template. Every row is checked first and you see a report; nothing is imported until you confirm. Importing the same file again imports nothing twice.</source>
        <translation>Übernimmt Anträge – mit neuen Unternehmen, Maßnahmen und Clustern – aus einer Arbeitsmappe im Aufbau der Importvorlage. Zuerst wird jede Zeile geprüft und Sie sehen einen Bericht; importiert wird erst, wenn Sie bestätigen. Dieselbe Datei ein zweites Mal importiert nichts doppelt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="156" />
        <source>Save the template …</source>
        <translation>Vorlage speichern …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="158" />
        <source>Import a workbook …</source>
        <translation>Arbeitsmappe importieren …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="161" />
        <source>Only users with the clerk role import applications.</source>
        <translation>Nur Benutzer mit der Rolle Sachbearbeitung importieren Anträge.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="169" />
        <source>Letters (.docx)</source>
        <translation>Briefe (.docx)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="170" />
        <source>Approval letters, rejection letters and payout notices as Word files in a folder of your choice; each letter is recorded with the application (file, checksum, who, when).</source>
        <translation>Bewilligungsbescheide, Ablehnungsbescheide und Auszahlungsmitteilungen als Word-Dateien in einen Ordner Ihrer Wahl; jeder Brief wird beim Antrag vermerkt (Datei, Prüfsumme, wer, wann).</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="174" />
        <source>approved, rejected and paid applications</source>
        <translation>bewilligte, abgelehnte und ausgezahlte Anträge</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="176" />
        <source>status “%1”</source>
        <translation>Status „%1“</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="178" />
        <source>Only applications that do not have their letter yet</source>
        <translation>Nur Anträge, die ihren Brief noch nicht haben</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="180" />
        <source>Also a PDF (LibreOffice)</source>
        <translation>PDF zusätzlich (LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="181" />
        <source>LibreOffice (soffice) is not installed on this computer.</source>
        <translation>LibreOffice (soffice) ist auf diesem Computer nicht installiert.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="182" />
        <source>Write letters …</source>
        <translation>Briefe erstellen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="185" />
        <source>Only clerks and approvers write letters.</source>
        <translation>Nur Sachbearbeitung und Bewilligung/Freigabe erstellen Briefe.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="188" />
        <source>Templates: your own, from %1</source>
        <translation>Vorlagen: eigene, aus %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="189" />
        <source>Templates: the ones shipped with the program (Settings can name your own).</source>
        <translation>Vorlagen: die mitgelieferten (eigene lassen sich unter „Einstellungen“ angeben).</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="190" />
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="214" />
        <source>As filtered in the application list: %1</source>
        <translation>Wie in der Antragsliste gefiltert: %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="224" />
        <source>year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="226" />
        <source>target field %1</source>
        <translation>Zielfeld %1</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="232" />
        <source>search “%1”</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="233" />
        <source>no filter set</source>
        <translation>kein Filter gesetzt</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="245" />
        <source>Writing %1 …</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="251" />
        <source>all years</source>
        <translation>alle Jahre</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="253" />
        <source>Save the budget report</source>
        <translation>Budgetbericht speichern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="257" />
        <source>Budget report</source>
        <translation>Budgetbericht</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="258" />
        <source>The budget report has been written.</source>
        <translation>Der Budgetbericht wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="265" />
        <source>Export the application list</source>
        <translation>Antragsliste exportieren</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="269" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="271" />
        <source>%Ln applications exported.</source>
        <translation><numerusform>%Ln Antrag exportiert.</numerusform><numerusform>%Ln Anträge exportiert.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="275" />
        <source>Save the import template</source>
        <translation>Importvorlage speichern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="276" />
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="280" />
        <source>Import template</source>
        <translation>Importvorlage</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/reports.py" line="281" />
        <source>The empty import template has been written. Fill in the sheet “Anträge” (the sheet “Anleitung” explains the columns) and import it here.</source>
        <translation>Die leere Importvorlage wurde geschrieben. Füllen Sie das Blatt „Anträge“ aus (das Blatt „Anleitung“ erklärt die Spalten) und importieren Sie die Datei hier.</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/saved_filters.py" line="36" />
        <source>Saved filters</source>
        <extracomment>The filter combos of the list by the name a saved filter stores their choice under.</extracomment>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/saved_filters.py" line="37" />
        <source>Save the current search, filters and order under a name, or pick one</source>
        <translation>Die aktuelle Suche, Filter und Sortierung unter einem Namen speichern oder eine gespeicherte wählen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/saved_filters.py" line="96" />
        <source>No saved filters yet</source>
        <translation>Noch keine gespeicherten Filter</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/saved_filters.py" line="98" />
        <source>Save current filter…</source>
        <translation>Aktuellen Filter speichern …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/saved_filters.py" line="99" />
        <location filename="../../src/bwi_vouchers/ui/pages/saved_filters.py" line="112" />
        <source>Delete saved filter</source>
        <translation>Gespeicherten Filter löschen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/saved_filters.py" line="106" />
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/saved_filters.py" line="107" />
        <source>Name of the filter:</source>
        <translation>Name des Filters:</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/saved_filters.py" line="113" />
        <source>Delete the saved filter “%1”?</source>
        <translation>Den gespeicherten Filter „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>SettingsDialogs</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="50" />
        <source>Change roles of %1</source>
        <translation>Rollen von %1 ändern</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="52" />
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="59" />
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="60" />
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="108" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="63" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="72" />
        <source>Choose at least one role.</source>
        <translation>Bitte mindestens eine Rolle wählen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="98" />
        <source>New programme version</source>
        <translation>Neue Programmversion</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="101" />
        <source>The new numbers apply to applications received on or after the day it is valid from; older applications keep the version in force on their receipt date.</source>
        <translation>Die neuen Werte gelten für Anträge, die ab dem Gültigkeitstag eingehen; ältere Anträge behalten die Version, die an ihrem Eingangstag galt.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="107" />
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="110" />
        <source>Rate (%)</source>
        <translation>Fördersatz (%)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="112" />
        <source>Cap per voucher (€)</source>
        <translation>Höchstbetrag je Gutschein (€)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="114" />
        <source>Minimum eligible costs (€)</source>
        <translation>Mindestbetrag förderfähiger Kosten (€)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="118" />
        <source>Vouchers per company and year</source>
        <translation>Gutscheine je Unternehmen und Jahr</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="122" />
        <source>De minimis ceiling (€)</source>
        <translation>De-minimis-Höchstbetrag (€)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="126" />
        <source>De minimis period (years)</source>
        <translation>De-minimis-Zeitraum (Jahre)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="130" />
        <source>De minimis legal basis</source>
        <translation>Rechtsgrundlage De-minimis</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="134" />
        <source>SME: annual work units below</source>
        <translation>KMU: Jahresarbeitseinheiten unter</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="139" />
        <source>SME: turnover at most (€)</source>
        <translation>KMU: Jahresumsatz höchstens (€)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="144" />
        <source>SME: or balance-sheet total at most (€)</source>
        <translation>KMU: oder Bilanzsumme höchstens (€)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="149" />
        <source>Proof of use due after the measure (months)</source>
        <translation>Verwendungsnachweis fällig nach Maßnahmeende (Monate)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="153" />
        <source>Lead days before the start</source>
        <translation>Vorlauf vor Maßnahmebeginn (Tage)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="157" />
        <source>Funding sources (comma-separated)</source>
        <translation>Mittelherkünfte (durch Komma getrennt)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="161" />
        <source>Default funding source</source>
        <translation>Standard-Mittelherkunft</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="165" />
        <source>Measure types</source>
        <translation>Maßnahmenarten</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="182" />
        <source>Enter the rate in percent, e.g. 50.</source>
        <translation>Bitte den Fördersatz in Prozent angeben, z. B. 50.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings_dialogs.py" line="186" />
        <source>Enter a number, e.g. 250.</source>
        <translation>Bitte eine Zahl eingeben, z. B. 250.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="45" />
        <source>Programme versions</source>
        <translation>Programmversionen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="46" />
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="47" />
        <source>Language, database, templates</source>
        <translation>Sprache, Datenbank, Vorlagen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="49" />
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="53" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="87" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="61" />
        <source>New version…</source>
        <translation>Neue Version …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="63" />
        <source>Only admins add programme versions.</source>
        <translation>Nur Administratoren legen Programmversionen an.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="66" />
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
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="136" />
        <source>The language changes when the program is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Programmstart.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="141" />
        <source>the templates shipped with the program</source>
        <translation>die mitgelieferten Vorlagen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="142" />
        <source>Choose folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="144" />
        <source>Use shipped templates</source>
        <translation>Mitgelieferte Vorlagen verwenden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="147" />
        <source>Only admins choose the letter templates.</source>
        <translation>Nur Administratoren wählen die Briefvorlagen.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="154" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="156" />
        <source>Letter templates</source>
        <translation>Briefvorlagen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="163" />
        <source>Saved. The language changes when the program is started again.</source>
        <translation>Gespeichert. Die Sprache wechselt beim nächsten Programmstart.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/settings.py" line="167" />
        <source>Folder with letter templates</source>
        <translation>Ordner mit Briefvorlagen</translation>
    </message>
</context>
<context>
    <name>StepButtons</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/actions.py" line="45" />
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
        <location filename="../../src/bwi_vouchers/ui/editor/actions.py" line="58" />
        <source>Please wait until the eligibility check is done.</source>
        <translation>Bitte warten, bis die Prüfung der Förderfähigkeit fertig ist.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/editor/actions.py" line="67" />
        <source>Not eligible:</source>
        <translation>Nicht förderfähig:</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="21" />
        <source>Reopen (objection) …</source>
        <extracomment>Steps that need a reason (a rejection quotes failed rules by itself, but asks all the same).</extracomment>
        <translation>Wiederaufnehmen (Einwendung) …</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="23" />
        <source>Put in review</source>
        <translation>In Prüfung geben</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="24" />
        <source>Approve</source>
        <translation>Bewilligen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="25" />
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="44" />
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="26" />
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="27" />
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="61" />
        <source>Record proof of use</source>
        <translation>Verwendungsnachweis erfassen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="28" />
        <source>Pay out</source>
        <translation>Auszahlen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="29" />
        <source>Close the file</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="30" />
        <source>Let expire</source>
        <translation>Verfallen lassen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="31" />
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="48" />
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="40" />
        <source>Reopen the rejection</source>
        <translation>Ablehnung wiederaufnehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="41" />
        <source>The objection (Einwendung) that reopens the review (required; recorded in the history):</source>
        <translation>Die Einwendung, mit der die Prüfung wieder aufgenommen wird (Pflicht; wird im Verlauf festgehalten):</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="45" />
        <source>Reason for the rejection (quoted in the letter; failed rules are quoted automatically):</source>
        <translation>Begründung der Ablehnung (wird im Bescheid zitiert; nicht erfüllte Regeln werden automatisch genannt):</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="49" />
        <source>Reason for the revocation (required):</source>
        <translation>Begründung des Widerrufs (erforderlich):</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="56" />
        <source>Please give a reason.</source>
        <translation>Bitte geben Sie eine Begründung an.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="62" />
        <source>Actual eligible costs according to the proof of use (EUR):</source>
        <translation>Tatsächliche förderfähige Kosten laut Verwendungsnachweis (EUR):</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/steps.py" line="71" />
        <source>Please enter an amount.</source>
        <translation>Bitte geben Sie einen Betrag ein.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/tasks.py" line="103" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="29" />
        <source>To decide (approve or reject)</source>
        <translation>Zu entscheiden (bewilligen oder ablehnen)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="30" />
        <source>Proofs of use arrived: to check and record</source>
        <translation>Eingegangene Verwendungsnachweise: prüfen und erfassen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="31" />
        <source>Payouts to release</source>
        <translation>Auszahlungen freizugeben</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="32" />
        <source>My cases: proof of use due or overdue</source>
        <translation>Meine Fälle: Verwendungsnachweis fällig oder überfällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="48" />
        <source>What waits for you. Enter or a double-click opens the application.</source>
        <translation>Was auf Sie wartet. Eingabetaste oder Doppelklick öffnet den Antrag.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="52" />
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="52" />
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="52" />
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="52" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="53" />
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="53" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="75" />
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="101" />
        <source>Nothing waits here.</source>
        <translation>Hier wartet nichts.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="106" />
        <source>… and %1 more (the first %2 are shown)</source>
        <translation>… und %1 weitere (die ersten %2 werden gezeigt)</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="130" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="132" />
        <source>Proof of use due</source>
        <translation>Verwendungsnachweis fällig</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/tasks.py" line="134" />
        <source>Date of receipt</source>
        <translation>Antragseingang</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="56" />
        <source>Welcome to bwi-vouchers</source>
        <translation>Willkommen bei bwi-vouchers</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="58" />
        <source>Internationalisation vouchers of Baden-Württemberg International</source>
        <translation>Internationalisierungsgutscheine von Baden-Württemberg International</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="60" />
        <source>The database does not hold any applications yet. How would you like to start?</source>
        <translation>Die Datenbank enthält noch keine Anträge. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="63" />
        <source>Load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="64" />
        <source>Record the first application</source>
        <translation>Ersten Antrag erfassen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="65" />
        <source>Try it out with demo data</source>
        <translation>Mit Demodaten ausprobieren</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="66" />
        <source>Fills the database with %1 invented but realistic applications, with companies, measures, budgets and users of every role — to try the program out or to train. Only possible while the database is empty.</source>
        <translation>Füllt die Datenbank mit %1 erfundenen, aber realistischen Anträgen samt Unternehmen, Maßnahmen, Budgets und Benutzern jeder Rolle – zum Ausprobieren und für Schulungen. Nur möglich, solange die Datenbank leer ist.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="70" />
        <source>Start with real work</source>
        <translation>Gleich richtig loslegen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="71" />
        <source>Opens the application form. Record or pick the company, choose the measure and enter the costs; the checklist shows at once whether the programme's rules are met.</source>
        <translation>Öffnet das Antragsformular. Unternehmen auswählen oder neu anlegen, Maßnahme wählen, Kosten eintragen – die Checkliste zeigt sofort, ob die Förderregeln erfüllt sind.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="76" />
        <source>Demo data is not available in this installation.</source>
        <translation>Demodaten sind in dieser Installation nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="82" />
        <source>Signed in as %1 · database %2</source>
        <translation>Angemeldet als %1 · Datenbank %2</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="101" />
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="128" />
        <source>Loading demo data</source>
        <translation>Demodaten werden geladen</translation>
    </message>
    <message>
        <location filename="../../src/bwi_vouchers/ui/pages/welcome.py" line="129" />
        <source>Creating %1 sample applications …</source>
        <translation>%1 Beispielanträge werden angelegt …</translation>
    </message>
</context>
</TS>