<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutBox</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Edit customer accounts on SaaS platforms through their update-account APIs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Kundenkonten auf SaaS-Plattformen über deren APIs zur Kontoaktualisierung bearbeiten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AccountDesk::AccountCall</name>
    <message>
        <source>refused redirect (%1) to %2: %3</source>
        <translation>Weiterleitung (%1) nach %2 abgelehnt: %3</translation>
    </message>
</context>
<context>
    <name>AccountDesk::AccountSession</name>
    <message>
        <source>Reading credentials from the keychain…</source>
        <translation>Zugangsdaten werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Loading the account…</source>
        <translation>Konto wird geladen…</translation>
    </message>
    <message>
        <source>Reading the account again before writing…</source>
        <translation>Konto wird vor dem Schreiben erneut gelesen…</translation>
    </message>
    <message>
        <source>Sending the update…</source>
        <translation>Aktualisierung wird gesendet…</translation>
    </message>
    <message>
        <source>The answer is not an account (no JSON object at &quot;%1&quot;).</source>
        <translation>Die Antwort ist kein Konto (kein JSON-Objekt bei &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>restored edits: Load to compare them with the account on the server</source>
        <translation>wiederhergestellte Änderungen: Laden Sie das Konto, um sie mit dem Konto auf dem Server zu vergleichen</translation>
    </message>
    <message>
        <source>load the account first: %1 replaces the whole account</source>
        <translation>laden Sie zuerst das Konto: %1 ersetzt das gesamte Konto</translation>
    </message>
    <message>
        <source>Another request is under way; try again when it has ended.</source>
        <translation>Eine andere Anfrage läuft noch; versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The edits or the account changed after the review; nothing was sent. Review again.</source>
        <translation>Die Änderungen oder das Konto haben sich nach der Prüfung geändert; es wurde nichts gesendet. Prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>The stored credentials changed after the review; nothing was sent. Review again.</source>
        <translation>Die gespeicherten Zugangsdaten haben sich nach der Prüfung geändert; es wurde nichts gesendet. Prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Could not read the account again before writing; nothing was sent. %1</source>
        <translation>Das Konto konnte vor dem Schreiben nicht erneut gelesen werden; es wurde nichts gesendet. %1</translation>
    </message>
</context>
<context>
    <name>AccountDesk::Appearance</name>
    <message>
        <source>As the system&apos;s theme</source>
        <translation>Wie das Systemdesign</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>AccountDesk::AuthKinds</name>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Zephr HMAC signature</source>
        <translation>Zephr-HMAC-Signatur</translation>
    </message>
</context>
<context>
    <name>AccountDesk::BooleanFieldEditor</name>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkCheck</name>
    <message>
        <source>row %1: account</source>
        <translation>Zeile %1: account</translation>
    </message>
    <message>
        <source>the same account as row %1</source>
        <translation>dasselbe Konto wie Zeile %1</translation>
    </message>
    <message>
        <source>has no rows under its header</source>
        <translation>hat keine Zeilen unter der Kopfzeile</translation>
    </message>
    <message>
        <source>%1 updates the caller&apos;s own account: one row only</source>
        <translation>%1 ändert das eigene Konto des Aufrufers: nur eine Zeile</translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkColumnMapping</name>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Füllt</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Field filled by column %1 (%2)</source>
        <translation>Von Spalte %1 (%2) gefülltes Feld</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>%1 (%2), as JSON</source>
        <translation>%1 (%2), als JSON</translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkCommonEdits</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value for every account</source>
        <translation>Wert für jedes Konto</translation>
    </message>
    <message>
        <source>Edits for every account</source>
        <translation>Änderungen für jedes Konto</translation>
    </message>
    <message>
        <source>&amp;Add edit</source>
        <translation>Änderung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move edit</source>
        <translation>Änderung ent&amp;fernen</translation>
    </message>
    <message>
        <source>Field of edit %1</source>
        <translation>Feld der Änderung %1</translation>
    </message>
    <message>
        <source>Value of edit %1</source>
        <translation>Wert der Änderung %1</translation>
    </message>
    <message>
        <source>the value for every account</source>
        <translation>der Wert für jedes Konto</translation>
    </message>
    <message>
        <source>edit %1 (%2)</source>
        <translation>Änderung %1 (%2)</translation>
    </message>
    <message>
        <source>has no value: type the value for every account, or remove the edit</source>
        <translation>hat keinen Wert: geben Sie den Wert für jedes Konto ein oder entfernen Sie die Änderung</translation>
    </message>
    <message>
        <source>sets the same field as edit %1</source>
        <translation>setzt dasselbe Feld wie Änderung %1</translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkEditController</name>
    <message>
        <source>Bulk edit</source>
        <translation>Massenbearbeitung</translation>
    </message>
    <message>
        <source>Choose a provider first.</source>
        <translation>Wählen Sie zuerst einen Anbieter.</translation>
    </message>
    <message>
        <source>The bulk edit open is for %1 at %2 (profile %3); there is one at a time. Close it to start one for %4 at %5.</source>
        <translation>Die geöffnete Massenbearbeitung gilt für %1 auf %2 (Profil %3); es gibt nur eine zur Zeit. Schließen Sie sie, um eine für %4 auf %5 zu beginnen.</translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkEditDialog</name>
    <message>
        <source>Bulk edit: %1</source>
        <translation>Massenbearbeitung: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Produktion.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Every account is read and updated at %1 with the credentials of profile &quot;%2&quot;. This stays so while the dialog is open, whatever the main window shows.</source>
        <translation>Jedes Konto wird bei %1 mit den Zugangsdaten des Profils &quot;%2&quot; gelesen und aktualisiert. Das bleibt so, solange der Dialog offen ist, was auch immer das Hauptfenster zeigt.</translation>
    </message>
    <message>
        <source>Accounts at a time</source>
        <translation>Konten gleichzeitig</translation>
    </message>
    <message>
        <source>Edits for &amp;every account:</source>
        <translation>Änderungen für &amp;jedes Konto:</translation>
    </message>
    <message>
        <source>Accounts at a &amp;time:</source>
        <translation>Konten &amp;gleichzeitig:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>P&amp;ausieren</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export the outcomes</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Edits for every account</source>
        <translation>Änderungen für jedes Konto</translation>
    </message>
    <message>
        <source>add the edit to make on every account</source>
        <translation>fügen Sie die Änderung hinzu, die an jedem Konto vorgenommen werden soll</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) checked: nothing found wrong. Nothing was sent.</source>
        <translation>
            <numerusform>%n Konto geprüft: nichts Falsches gefunden. Es wurde nichts gesendet.</numerusform>
            <numerusform>%n Konten geprüft: nichts Falsches gefunden. Es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing is sent until every row is right.</source>
        <translation>
            <numerusform>%n Problem gefunden: Es wird nichts gesendet, bis jede Zeile stimmt.</numerusform>
            <numerusform>%n Probleme gefunden: Es wird nichts gesendet, bis jede Zeile stimmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Massenbearbeitung</translation>
    </message>
    <message>
        <source>The keychain cannot give the credentials: %1. Nothing was sent.</source>
        <translation>Der Schlüsselbund kann die Zugangsdaten nicht liefern: %1. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>No credentials are stored for profile &quot;%1&quot;. Store them with Account → Credentials… first. Nothing was sent.</source>
        <translation>Für das Profil &quot;%1&quot; sind keine Zugangsdaten gespeichert. Speichern Sie sie zuerst mit Konto → Zugangsdaten…. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Send to production?</source>
        <translation>An die Produktion senden?</translation>
    </message>
    <message numerus="yes">
        <source>This sends %n update(s) to %1, a production server: real customer data changes.</source>
        <translation>
            <numerusform>Dies sendet %n Aktualisierung an %1, einen Produktionsserver: Echte Kundendaten ändern sich.</numerusform>
            <numerusform>Dies sendet %n Aktualisierungen an %1, einen Produktionsserver: Echte Kundendaten ändern sich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n account(s) not started.</source>
        <translation>
            <numerusform>Angehalten: %n Konto nicht begonnen.</numerusform>
            <numerusform>Angehalten: %n Konten nicht begonnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run done, nothing was sent: %1.</source>
        <translation>Probelauf beendet, es wurde nichts gesendet: %1.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <source> · stopping after the accounts in flight</source>
        <translation> · hält nach den laufenden Konten an</translation>
    </message>
    <message>
        <source> · paused after the accounts in flight</source>
        <translation> · pausiert nach den laufenden Konten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n outcome(s) to %1.</source>
        <translation>
            <numerusform>%n Ergebnis nach %1 exportiert.</numerusform>
            <numerusform>%n Ergebnisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A run is under way. Stop it after the accounts in flight, and close?</source>
        <translation>Ein Lauf ist im Gang. Nach den laufenden Konten anhalten und schließen?</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>the file, its columns or the edits changed since they were checked: nothing was sent; check again</source>
        <translation>die Datei, ihre Spalten oder die Änderungen haben sich seit der Prüfung geändert: es wurde nichts gesendet; prüfen Sie erneut</translation>
    </message>
    <message numerus="yes">
        <source>Exported the %n outcome(s) shown to %1 (%2 in all).</source>
        <translation>
            <numerusform>%n angezeigtes Ergebnis nach %1 exportiert (%2 insgesamt).</numerusform>
            <numerusform>%n angezeigte Ergebnisse nach %1 exportiert (%2 insgesamt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkJournal</name>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is the journal of another CSV file</source>
        <translation>%1 ist das Journal einer anderen CSV-Datei</translation>
    </message>
    <message>
        <source>%1 is empty: it is no journal</source>
        <translation>%1 ist leer: das ist kein Journal</translation>
    </message>
    <message>
        <source>cannot write to %1</source>
        <translation>in %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is in use by another run (%2, process %3 on %4); wait for it to end</source>
        <translation>%1 wird von einem anderen Lauf verwendet (%2, Prozess %3 auf %4); warten Sie, bis er endet</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>%1 kann nicht gesperrt werden</translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkJournalChoice</name>
    <message>
        <source>Resume the last run?</source>
        <translation>Den letzten Lauf fortsetzen?</translation>
    </message>
    <message>
        <source>The last run of these accounts with these edits did not finish: %1 accounts were done and %2 were under way when it stopped. Resume skips the accounts done and reads the ones that were under way again before writing; Start over does every account again.</source>
        <translation>Der letzte Lauf dieser Konten mit diesen Änderungen wurde nicht beendet: %1 Konten waren erledigt und %2 in Arbeit, als er anhielt. Fortsetzen überspringt die erledigten Konten und liest die in Arbeit befindlichen vor dem Schreiben erneut; Neu beginnen bearbeitet jedes Konto noch einmal.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Massenbearbeitung</translation>
    </message>
    <message>
        <source>This bulk edit cannot start: %1. Nothing was sent.</source>
        <translation>Diese Massenbearbeitung kann nicht beginnen: %1. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkOutcomesView</name>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Show outcomes</source>
        <translation>Ergebnisse zeigen</translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkProgress</name>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%1 von %2 Konten</translation>
    </message>
    <message>
        <source> · %1 per second · about %2 s left</source>
        <translation> · %1 pro Sekunde · noch etwa %2 s</translation>
    </message>
    <message>
        <source> · %1 per second</source>
        <translation> · %1 pro Sekunde</translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkResultModel</name>
    <message>
        <source>would change</source>
        <translation>würde geändert</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>done before</source>
        <translation>schon erledigt</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changes or problem</source>
        <translation>Änderungen oder Problem</translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkRun</name>
    <message>
        <source>%1: cannot be set here (its parent is not an object or list)</source>
        <translation>%1: kann hier nicht gesetzt werden (das übergeordnete Element ist weder Objekt noch Liste)</translation>
    </message>
    <message>
        <source>the journal cannot be written; nothing was sent</source>
        <translation>das Journal kann nicht geschrieben werden; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>was being written when the last run stopped, and %1 has no read operation to see whether it arrived: check this account by hand</source>
        <translation>wurde gerade geschrieben, als der letzte Lauf anhielt, und %1 hat keine Leseoperation, um zu sehen, ob es ankam: prüfen Sie dieses Konto von Hand</translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkSheet</name>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a second column of the same name</source>
        <translation>&quot;%1&quot; ist eine zweite Spalte gleichen Namens</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither account nor a JSON Pointer such as /account_name</source>
        <translation>&quot;%1&quot; ist weder account noch ein JSON Pointer wie /account_name</translation>
    </message>
    <message>
        <source>%1 needs an account column</source>
        <translation>%1 braucht eine Spalte account</translation>
    </message>
    <message>
        <source>%1 updates the caller&apos;s own account: there is no account column</source>
        <translation>%1 ändert das eigene Konto des Aufrufers: es gibt keine Spalte account</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>has %1 cells; the header has %2</source>
        <translation>hat %1 Zellen; die Kopfzeile hat %2</translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkSourcePicker</name>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>A CSV file with a header row: account, then one column per field</source>
        <translation>Eine CSV-Datei mit Kopfzeile: account, dann eine Spalte je Feld</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV &amp;file</source>
        <translation>CSV-&amp;Datei</translation>
    </message>
    <message>
        <source>Account ids</source>
        <translation>Konto-IDs</translation>
    </message>
    <message>
        <source>One account id per line (commas and spaces separate them too)</source>
        <translation>Eine Konto-ID pro Zeile (auch Kommas und Leerzeichen trennen sie)</translation>
    </message>
    <message>
        <source>Account &amp;ids</source>
        <translation>Konto-&amp;IDs</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>wählen Sie eine</translation>
    </message>
    <message>
        <source>has no header row</source>
        <translation>hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>its columns changed since it was chosen: choose it again</source>
        <translation>ihre Spalten haben sich seit der Auswahl geändert: wählen Sie sie erneut</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>no column fills the account or a field</source>
        <translation>keine Spalte füllt das Konto oder ein Feld</translation>
    </message>
</context>
<context>
    <name>AccountDesk::ConflictDialog</name>
    <message>
        <source>The account changed on the server</source>
        <translation>Das Konto wurde auf dem Server geändert</translation>
    </message>
    <message>
        <source>Someone changed %1 on the server after you loaded it. Nothing was sent.</source>
        <translation>Jemand hat %1 auf dem Server geändert, nachdem Sie es geladen haben. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 changed on the server after these edits were saved. Nothing was sent.</source>
        <translation>%1 wurde auf dem Server geändert, nachdem diese Änderungen gespeichert wurden. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Its revision is no longer the one your edits were made on.</source>
        <translation>Die Revision des Kontos ist nicht mehr die, auf der Ihre Änderungen beruhen.</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation>Beim Laden</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>%1 (edited by you)</source>
        <translation>%1 (von Ihnen bearbeitet)</translation>
    </message>
    <message>
        <source>(takes the server&apos;s)</source>
        <translation>(Wert des Servers wird übernommen)</translation>
    </message>
    <message>
        <source>&amp;Use the server&apos;s values for fields I did not edit, and review again</source>
        <translation>Werte des Servers für nicht von mir bearbeitete Felder &amp;übernehmen und erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Use the server&apos;s values for fields I did not edit</source>
        <translation>Werte des Servers für nicht von mir bearbeitete Felder &amp;übernehmen</translation>
    </message>
</context>
<context>
    <name>AccountDesk::CountryPicker</name>
    <message>
        <source>Country name or code</source>
        <translation>Ländername oder -code</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country this field accepts</source>
        <translation>&quot;%1&quot; ist kein Land, das dieses Feld akzeptiert</translation>
    </message>
</context>
<context>
    <name>AccountDesk::CredentialManager</name>
    <message>
        <source>%1: %2; nothing was stored</source>
        <translation>%1: %2; es wurde nichts gespeichert</translation>
    </message>
</context>
<context>
    <name>AccountDesk::Credentials</name>
    <message>
        <source>a carriage return, </source>
        <translation>Wagenrücklauf, </translation>
    </message>
    <message>
        <source>a line feed, </source>
        <translation>Zeilenvorschub, </translation>
    </message>
    <message>
        <source>an escape, </source>
        <translation>Escape-Zeichen, </translation>
    </message>
    <message>
        <source>contains a control character (%1), which cannot be sent in a header</source>
        <translation>enthält ein Steuerzeichen (%1), das nicht in einem Header gesendet werden kann</translation>
    </message>
    <message>
        <source>a tab, </source>
        <translation>Tabulator, </translation>
    </message>
    <message>
        <source>a NUL, </source>
        <translation>NUL-Zeichen, </translation>
    </message>
    <message>
        <source>a delete, </source>
        <translation>DEL-Zeichen, </translation>
    </message>
</context>
<context>
    <name>AccountDesk::CredentialsDialog</name>
    <message>
        <source>&amp;Save to keychain</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete stored</source>
        <translation>Gespeicherte &amp;löschen</translation>
    </message>
    <message>
        <source>Credentials: %1 (profile &quot;%2&quot;)</source>
        <translation>Zugangsdaten: %1 (Profil &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 authenticates with %2. Secrets are kept only in the system keychain; once saved they are never shown again.</source>
        <translation>%1 verwendet zur Authentifizierung %2. Geheimnisse werden nur im Schlüsselbund des Systems aufbewahrt; einmal gespeichert, werden sie nie wieder angezeigt.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Delete the stored credentials of this profile?</source>
        <translation>Die gespeicherten Zugangsdaten dieses Profils löschen?</translation>
    </message>
    <message>
        <source>This value %1. Nothing is stored while it does.</source>
        <translation>Dieser Wert ist nicht verwendbar (%1). Solange das so ist, wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Keychain unavailable: %1. Nothing can be stored, and nothing is ever written anywhere else.</source>
        <translation>Schlüsselbund nicht verfügbar: %1. Es kann nichts gespeichert werden, und nichts wird jemals anderswo abgelegt.</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>unbrauchbar</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>stored: leave empty to keep</source>
        <translation>gespeichert: leer lassen, um den Wert zu behalten</translation>
    </message>
    <message>
        <source>%1 of %2 field(s) stored in the keychain.</source>
        <translation>%1 von %2 Feldern im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Nothing stored yet.</source>
        <translation>Noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>Unusable: %1.</source>
        <translation>Unbrauchbar: %1.</translation>
    </message>
    <message>
        <source>Nothing was stored: correct the field(s) marked above.</source>
        <translation>Es wurde nichts gespeichert: Korrigieren Sie die oben markierten Felder.</translation>
    </message>
    <message>
        <source>Type at least one field to save.</source>
        <translation>Füllen Sie zum Speichern mindestens ein Feld aus.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>AccountDesk::CsvReader</name>
    <message>
        <source>line %1: the file is not UTF-8</source>
        <translation>Zeile %1: die Datei ist nicht UTF-8-kodiert</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>line %1: a record is longer than 1 MiB</source>
        <translation>Zeile %1: ein Datensatz ist länger als 1 MiB</translation>
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>Zeile %1: ein Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen)</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>AccountDesk::CurlCommand</name>
    <message>
        <source>The file &quot;%1&quot; is no longer where it was read from, or it has changed: a curl command would send something else.</source>
        <translation>Die Datei &quot;%1&quot; liegt nicht mehr dort, wo sie gelesen wurde, oder sie wurde geändert: Ein curl-Befehl würde etwas anderes senden.</translation>
    </message>
    <message>
        <source>Set %1 before running this command.</source>
        <translation>Setzen Sie %1, bevor Sie diesen Befehl ausführen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The Zephr signature holds for one timestamp and nonce and is shown redacted (***): sign the request again before sending it this way.</source>
        <translation>Die Zephr-Signatur gilt nur für einen Zeitstempel und eine Nonce und wird unkenntlich gemacht angezeigt (***): Signieren Sie die Anfrage erneut, bevor Sie sie auf diesem Weg senden.</translation>
    </message>
</context>
<context>
    <name>AccountDesk::DiagnosticListWidget</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>AccountDesk::DraftController</name>
    <message>
        <source>Edits are not being saved: %1</source>
        <translation>Änderungen werden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Unsent edits</source>
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>There are unsent edits for %1 on %2, saved %3. Restore them?</source>
        <translation>Es gibt nicht gesendete Änderungen für %1 bei %2, gespeichert am %3. Sollen sie wiederhergestellt werden?</translation>
    </message>
    <message>
        <source>The account is read again and compared with the state the edits were made on before anything can be sent.</source>
        <translation>Bevor etwas gesendet werden kann, wird das Konto erneut gelesen und mit dem Stand verglichen, auf dem die Änderungen beruhen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>AccountDesk::DraftKeeper</name>
    <message>
        <source>a discarded draft could not be removed from %1</source>
        <translation>ein verworfener Entwurf konnte nicht aus %1 entfernt werden</translation>
    </message>
</context>
<context>
    <name>AccountDesk::DraftStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>AccountDesk::EditGuard</name>
    <message>
        <source>Unsent edits</source>
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>Keep as &amp;draft</source>
        <translation>Als &amp;Entwurf behalten</translation>
    </message>
    <message>
        <source>Discard the edits of %1 and switch to %2?</source>
        <translation>Die Änderungen an %1 verwerfen und zu %2 wechseln?</translation>
    </message>
    <message>
        <source>&amp;Discard edits and switch</source>
        <translation>Änderungen &amp;verwerfen und wechseln</translation>
    </message>
    <message>
        <source>&amp;Keep editing %1</source>
        <translation>%1 &amp;weiter bearbeiten</translation>
    </message>
    <message>
        <source>Still editing %1.</source>
        <translation>%1 wird weiter bearbeitet.</translation>
    </message>
    <message>
        <source>Press Enter to apply the changed connection.</source>
        <translation>Drücken Sie die Eingabetaste, um die geänderte Verbindung zu übernehmen.</translation>
    </message>
    <message>
        <source>An update is being sent</source>
        <translation>Eine Aktualisierung wird gesendet</translation>
    </message>
    <message>
        <source>An update of %1 is being sent. Wait for its answer, or cancel it (Esc) and load the account to see whether it was applied.</source>
        <translation>Eine Aktualisierung von %1 wird gesendet. Warten Sie auf die Antwort, oder brechen Sie sie ab (Esc) und laden Sie das Konto, um zu sehen, ob sie angewendet wurde.</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>Der Entwurf konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 Nothing was closed: send the edits, or discard them.</source>
        <translation>%1 Es wurde nichts geschlossen: Senden Sie die Änderungen oder verwerfen Sie sie.</translation>
    </message>
</context>
<context>
    <name>AccountDesk::EnumFieldEditor</name>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
</context>
<context>
    <name>AccountDesk::EnumListFieldEditor</name>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (nicht erlaubt)</translation>
    </message>
</context>
<context>
    <name>AccountDesk::FieldRow</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1 is null</source>
        <translation>%1 ist null</translation>
    </message>
    <message>
        <source>State of %1</source>
        <translation>Zustand von %1</translation>
    </message>
    <message>
        <source>Set to null, leave out, or revert</source>
        <translation>Auf null setzen, weglassen oder zurücksetzen</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>Set to &amp;null</source>
        <translation>Auf &amp;null setzen</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t send</source>
        <translation>Nicht &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Edit a value</source>
        <translation>&amp;Wert bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Revert to the loaded value</source>
        <translation>Auf den geladenen Wert &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>AccountDesk::FormSchemaBuilder</name>
    <message>
        <source>the update body has no field &quot;%1&quot;</source>
        <translation>der Body der Aktualisierung hat kein Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown hint &quot;%1&quot; (known: %2)</source>
        <translation>unbekannter Hinweis &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>&quot;email-list&quot; needs an array of strings</source>
        <translation>&quot;email-list&quot; benötigt ein Array von Strings</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a string field, not %2</source>
        <translation>&quot;%1&quot; benötigt ein String-Feld, nicht %2</translation>
    </message>
    <message>
        <source>must be a positive number of bytes</source>
        <translation>muss eine positive Anzahl von Bytes sein</translation>
    </message>
</context>
<context>
    <name>AccountDesk::FormView</name>
    <message>
        <source>This operation has no body fields.</source>
        <translation>Diese Operation hat keine Felder im Body.</translation>
    </message>
    <message>
        <source>Send %1 as null</source>
        <translation>%1 als null senden</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
</context>
<context>
    <name>AccountDesk::HistoryController</name>
    <message>
        <source>Edit again</source>
        <translation>Erneut bearbeiten</translation>
    </message>
    <message>
        <source>The window is busy (%1). Edit again once that has finished.</source>
        <translation>Das Fenster ist beschäftigt (%1). Verwenden Sie „Erneut bearbeiten“, sobald das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Editing this update again loads %1 and replaces your unsent edits of %2. Discard them?</source>
        <translation>Erneutes Bearbeiten dieser Aktualisierung lädt %1 und ersetzt Ihre nicht gesendeten Änderungen an %2. Sollen diese verworfen werden?</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>das Konto</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; of this update is not available any more.</source>
        <translation>Der Anbieter &quot;%1&quot; dieser Aktualisierung ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Loading failed, so the update&apos;s edits were not put back: %1. The update stays in the history; try Edit again once the server answers.</source>
        <translation>Das Laden ist fehlgeschlagen, daher wurden die Änderungen der Aktualisierung nicht wieder eingesetzt: %1. Die Aktualisierung bleibt im Verlauf; versuchen Sie „Erneut bearbeiten“, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>The account could not be loaded%1; the update&apos;s edits were not put back.</source>
        <translation>Das Konto konnte nicht geladen werden%1; die Änderungen der Aktualisierung wurden nicht wieder eingesetzt.</translation>
    </message>
    <message>
        <source>Put back the edits of the update of %1 (%2 of %3): review them before sending.</source>
        <translation>Änderungen der Aktualisierung vom %1 wieder eingesetzt (%2 von %3): Prüfen Sie sie vor dem Senden.</translation>
    </message>
    <message>
        <source>These fields are no longer on the form, so their edits were not put back: %1.</source>
        <translation>Diese Felder sind nicht mehr im Formular, daher wurden ihre Änderungen nicht wieder eingesetzt: %1.</translation>
    </message>
</context>
<context>
    <name>AccountDesk::HistoryCurl</name>
    <message>
        <source>The provider &quot;%1&quot; of this update is not available any more.</source>
        <translation>Der Anbieter &quot;%1&quot; dieser Aktualisierung ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>This update replaced the whole account (%1), and the history keeps only what changed: a command with only those fields would remove the rest. Use Edit again, then Review, to copy the complete request.</source>
        <translation>Diese Aktualisierung hat das gesamte Konto ersetzt (%1), und der Verlauf enthält nur die Änderungen: Ein Befehl mit nur diesen Feldern würde den Rest entfernen. Verwenden Sie „Erneut bearbeiten“ und dann „Prüfen“, um die vollständige Anfrage zu kopieren.</translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; names no way to authenticate.</source>
        <translation>Der Anbieter &quot;%1&quot; nennt keine Art der Authentifizierung.</translation>
    </message>
</context>
<context>
    <name>AccountDesk::HistoryLog</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 stayed locked by another process</source>
        <translation>%1 blieb durch einen anderen Prozess gesperrt</translation>
    </message>
</context>
<context>
    <name>AccountDesk::HistoryWindow</name>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1 erfolgreich</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>When: %1 (%2 UTC), from %3</source>
        <translation>Zeitpunkt: %1 (%2 UTC), Quelle: %3</translation>
    </message>
    <message>
        <source>Provider: %1, profile %2</source>
        <translation>Anbieter: %1, Profil %2</translation>
    </message>
    <message>
        <source>Account: %1 at %2</source>
        <translation>Konto: %1 auf %2</translation>
    </message>
    <message>
        <source>(own account)</source>
        <translation>(eigenes Konto)</translation>
    </message>
    <message>
        <source>Outcome: %1 after %2 ms</source>
        <translation>Ergebnis: %1 nach %2 ms</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Changes (%1):</source>
        <translation>Änderungen (%1):</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Edit again</source>
        <translation>E&amp;rneut bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy as curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Account contains</source>
        <translation>Konto enthält</translation>
    </message>
    <message>
        <source>any account</source>
        <translation>beliebiges Konto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Beliebiges Ergebnis</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed or no answer</source>
        <translation>Fehlgeschlagen oder keine Antwort</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Datum von</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Datum bis</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Updates sent</source>
        <translation>Gesendete Aktualisierungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Selected update</source>
        <translation>Ausgewählte Aktualisierung</translation>
    </message>
    <message>
        <source>Load this account again and put this update&apos;s edits on top, to review and send</source>
        <translation>Dieses Konto erneut laden und die Änderungen dieser Aktualisierung darauf anwenden, um sie zu prüfen und zu senden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>Es wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <source>No update matches these filters.</source>
        <translation>Keine Aktualisierung entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>Copied the command; credentials are environment variables in it, never values.</source>
        <translation>Befehl kopiert; Zugangsdaten stehen darin als Umgebungsvariablen, niemals als Werte.</translation>
    </message>
</context>
<context>
    <name>AccountDesk::HttpExchange</name>
    <message>
        <source>no complete answer within %1 s (deadline timeout)</source>
        <translation>keine vollständige Antwort innerhalb von %1 s (Gesamtzeitlimit überschritten)</translation>
    </message>
    <message>
        <source>no data for %1 s (idle timeout)</source>
        <translation>seit %1 s keine Daten (Leerlaufzeitlimit überschritten)</translation>
    </message>
    <message>
        <source>the answer announces %1 bytes, over the limit of %2; not read</source>
        <translation>die Antwort kündigt %1 Byte an, mehr als das Limit von %2; nicht gelesen</translation>
    </message>
    <message>
        <source>the answer is over the limit of %1; cut off after %2 bytes</source>
        <translation>die Antwort überschreitet das Limit von %1; nach %2 Byte abgeschnitten</translation>
    </message>
    <message>
        <source>invalid Content-Length: %1</source>
        <translation>ungültige Content-Length: %1</translation>
    </message>
    <message>
        <source>the answer was cut short: %1 of %2 bytes</source>
        <translation>die Antwort ist unvollständig: %1 von %2 Byte</translation>
    </message>
    <message>
        <source>the answer was cut short after %1 bytes</source>
        <translation>die Antwort brach nach %1 Byte ab</translation>
    </message>
</context>
<context>
    <name>AccountDesk::ImportProviderDialog</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Update operation</source>
        <translation>Aktualisierungsoperation</translation>
    </message>
    <message>
        <source>Read operation</source>
        <translation>Leseoperation</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Production servers</source>
        <translation>Produktivserver</translation>
    </message>
    <message>
        <source>File part</source>
        <translation>Dateiteil</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>&amp;Replace the provider imported earlier with this id</source>
        <translation>Anbieter &amp;ersetzen, der zuvor mit dieser ID importiert wurde</translation>
    </message>
    <message>
        <source>Import OpenAPI</source>
        <translation>OpenAPI importieren</translation>
    </message>
    <message>
        <source>A JSON or YAML file (OpenAPI 3.0 or 3.1)</source>
        <translation>Eine JSON- oder YAML-Datei (OpenAPI 3.0 oder 3.1)</translation>
    </message>
    <message>
        <source>Document file</source>
        <translation>Dokumentdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>…or paste the document here</source>
        <translation>…oder fügen Sie das Dokument hier ein</translation>
    </message>
    <message>
        <source>Pasted document</source>
        <translation>Eingefügtes Dokument</translation>
    </message>
    <message>
        <source>Rea&amp;d document</source>
        <translation>Dokument &amp;lesen</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>&amp;Update operation:</source>
        <translation>&amp;Aktualisierungsoperation:</translation>
    </message>
    <message>
        <source>&amp;File part:</source>
        <translation>Da&amp;teiteil:</translation>
    </message>
    <message>
        <source>R&amp;ead operation:</source>
        <translation>Le&amp;seoperation:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Tick the servers that hold real customer accounts: sending to them asks for confirmation.</source>
        <translation>Markieren Sie die Server mit echten Kundenkonten: Vor dem Senden an diese wird eine Bestätigung verlangt.</translation>
    </message>
    <message>
        <source>&amp;Production servers:</source>
        <translation>&amp;Produktivserver:</translation>
    </message>
    <message>
        <source>As the document says</source>
        <translation>Wie im Dokument angegeben</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <source>Preview of the form (nothing typed here is kept)</source>
        <translation>Vorschau des Formulars (hier Eingegebenes wird nicht behalten)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mportieren</translation>
    </message>
    <message>
        <source>changed: read it again</source>
        <translation>geändert: erneut lesen</translation>
    </message>
    <message>
        <source>Open an OpenAPI document</source>
        <translation>OpenAPI-Dokument öffnen</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json *.yaml *.yml);;All files (*)</source>
        <translation>OpenAPI-Dokumente (*.json *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>choose a file or paste a document</source>
        <translation>wählen Sie eine Datei oder fügen Sie ein Dokument ein</translation>
    </message>
    <message>
        <source>%1 is larger than 8 MiB</source>
        <translation>%1 ist größer als 8 MiB</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>has no PUT, PATCH or POST operation whose body is a JSON object</source>
        <translation>hat keine PUT-, PATCH- oder POST-Operation, deren Body ein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>None: JSON only</source>
        <translation>Keiner: nur JSON</translation>
    </message>
    <message>
        <source>None: the form starts empty</source>
        <translation>Keine: Das Formular beginnt leer</translation>
    </message>
    <message>
        <source>JSON in part “%1”, a file in part “%2”</source>
        <translation>JSON im Teil „%1“, eine Datei im Teil „%2“</translation>
    </message>
    <message>
        <source>“%1” was imported before: tick “Replace” to replace it, or choose another id</source>
        <translation>„%1“ wurde bereits importiert: Aktivieren Sie „Anbieter ersetzen …“, um ihn zu ersetzen, oder wählen Sie eine andere ID</translation>
    </message>
</context>
<context>
    <name>AccountDesk::JsonFieldEditor</name>
    <message>
        <source>is not valid JSON</source>
        <translation>ist kein gültiges JSON</translation>
    </message>
</context>
<context>
    <name>AccountDesk::JsonKeyOrderScanner</name>
    <message>
        <source>keys nested this deep make more than %1 characters of object paths</source>
        <translation>so tief verschachtelte Schlüssel ergeben Objektpfade mit mehr als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>AccountDesk::KeyValueFieldEditor</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected key</source>
        <translation>Ausgewählten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation>Als JSON bearbeiten</translation>
    </message>
    <message>
        <source>row %1 has a value but no key</source>
        <translation>Zeile %1 hat einen Wert, aber keinen Schlüssel</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>der Schlüssel &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation>ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>must be a JSON object ({ ... })</source>
        <translation>muss ein JSON-Objekt sein ({ ... })</translation>
    </message>
    <message>
        <source>empty; at most %1 bytes as JSON</source>
        <translation>leer; höchstens %1 Byte als JSON</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Byte</translation>
    </message>
</context>
<context>
    <name>AccountDesk::KeychainCredentialStore</name>
    <message>
        <source>not stored in the keychain (or the keychain is locked)</source>
        <translation>nicht im Schlüsselbund gespeichert (oder der Schlüsselbund ist gesperrt)</translation>
    </message>
    <message>
        <source>the keychain is locked or refused access: %1</source>
        <translation>der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>no keychain is available: %1</source>
        <translation>kein Schlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <source>the keychain is locked: %1</source>
        <translation>der Schlüsselbund ist gesperrt: %1</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>der Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>no keychain is available (is a Secret Service such as gnome-keyring running?): %1</source>
        <translation>kein Schlüsselbund verfügbar (läuft ein Secret Service wie gnome-keyring?): %1</translation>
    </message>
</context>
<context>
    <name>AccountDesk::LogoFile</name>
    <message>
        <source>%1 is %2; the &quot;%3&quot; part takes at most %4</source>
        <translation>%1 ist %2 groß; der Teil &quot;%3&quot; erlaubt höchstens %4</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is %2, and the &quot;%3&quot; part takes only %4</source>
        <translation>%1 hat den Typ %2, und der Teil &quot;%3&quot; akzeptiert nur %4</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is over the limit: the &quot;%2&quot; part takes at most %3</source>
        <translation>%1 überschreitet das Limit: Der Teil &quot;%2&quot; erlaubt höchstens %3</translation>
    </message>
</context>
<context>
    <name>AccountDesk::LogoPicker</name>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Logo &amp;wählen…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logovorschau</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>Nicht verwendet: %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Accepted files (%1);;All files (*)</source>
        <translation>Akzeptierte Dateien (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>kein Logo</translation>
    </message>
    <message>
        <source>No logo: the update is sent as JSON.</source>
        <translation>Kein Logo: Die Aktualisierung wird als JSON gesendet.</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>keine Vorschau</translation>
    </message>
    <message>
        <source>%1: %2, %3%4. The update is sent as multipart with this logo.</source>
        <translation>%1: %2, %3%4. Die Aktualisierung wird als Multipart mit diesem Logo gesendet.</translation>
    </message>
    <message>
        <source>, %1×%2 px</source>
        <translation>, %1×%2 px</translation>
    </message>
</context>
<context>
    <name>AccountDesk::MainWindow</name>
    <message>
        <source>Account Desk</source>
        <translation>Account Desk</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>A&amp;nbieter</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Anbietername</translation>
    </message>
    <message>
        <source>Update operation</source>
        <translation>Aktualisierungsoperation</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Revert a&amp;ll</source>
        <translation>&amp;Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Server answer</source>
        <translation>Serverantwort</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import OpenAPI…</source>
        <translation>OpenAPI &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Remove imported provider…</source>
        <translation>Importierten Anbieter ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Load account</source>
        <translation>Konto &amp;laden</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Review update…</source>
        <translation>Aktualisierung &amp;prüfen…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Send update</source>
        <translation>Aktualisierung &amp;senden</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Revert &amp;all edits</source>
        <translation>&amp;Alle Änderungen zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>Anfrage a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cre&amp;dentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;About Account Desk</source>
        <translation>&amp;Über Account Desk</translation>
    </message>
    <message>
        <source>Revert all edits?</source>
        <translation>Alle Änderungen zurücksetzen?</translation>
    </message>
    <message>
        <source>The provider was replaced and its form is built again. The unsent edits of %1 can be kept as a draft or discarded.</source>
        <translation>Der Anbieter wurde ersetzt, sein Formular wird neu aufgebaut. Die nicht gesendeten Änderungen an %1 können als Entwurf behalten oder verworfen werden.</translation>
    </message>
    <message>
        <source>Switch to another provider? The unsent edits of %1 can be kept as a draft or discarded.</source>
        <translation>Zu einem anderen Anbieter wechseln? Die nicht gesendeten Änderungen an %1 können als Entwurf behalten oder verworfen werden.</translation>
    </message>
    <message>
        <source>No provider</source>
        <translation>Kein Anbieter</translation>
    </message>
    <message>
        <source>No provider could be loaded.</source>
        <translation>Es konnte kein Anbieter geladen werden.</translation>
    </message>
    <message>
        <source> Replaces the whole account: load it before sending.</source>
        <translation> Ersetzt das gesamte Konto: Laden Sie es vor dem Senden.</translation>
    </message>
    <message>
        <source> Sends only the fields you change.</source>
        <translation> Sendet nur die Felder, die Sie ändern.</translation>
    </message>
    <message>
        <source>Restored the unsent edits of %1.</source>
        <translation>Die nicht gesendeten Änderungen an %1 wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>The server is busy; attempt %1 in %2 s…</source>
        <translation>Der Server ist ausgelastet; Versuch %1 in %2 s…</translation>
    </message>
    <message>
        <source>Sent; the form shows the account as read again.</source>
        <translation>Gesendet; das Formular zeigt das Konto so, wie es erneut gelesen wurde.</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation>Geladen.</translation>
    </message>
    <message>
        <source>The update was accepted, but reading the account again failed</source>
        <translation>Die Aktualisierung wurde angenommen, aber das erneute Lesen des Kontos ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not sent or not accepted</source>
        <translation>Nicht gesendet oder nicht angenommen</translation>
    </message>
    <message>
        <source>The update may have been applied: load the account to check.</source>
        <translation>Die Aktualisierung wurde möglicherweise angewendet: Laden Sie das Konto, um das zu prüfen.</translation>
    </message>
    <message>
        <source>The update failed; every edit is still here.</source>
        <translation>Die Aktualisierung ist fehlgeschlagen; alle Änderungen sind noch vorhanden.</translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation>Beheben Sie zuerst die Probleme</translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>Noch nichts geändert</translation>
    </message>
    <message>
        <source>Production: updates change real customer accounts. Sending asks for confirmation.</source>
        <translation>Produktion: Aktualisierungen ändern echte Kundenkonten. Vor dem Senden wird eine Bestätigung verlangt.</translation>
    </message>
    <message>
        <source>Loading replaces your unsent edits. Discard them?</source>
        <translation>Das Laden ersetzt Ihre nicht gesendeten Änderungen. Sollen diese verworfen werden?</translation>
    </message>
    <message>
        <source>Quit? The unsent edits of %1 can be kept as a draft for next time, or discarded.</source>
        <translation>Beenden? Die nicht gesendeten Änderungen an %1 können als Entwurf für das nächste Mal behalten oder verworfen werden.</translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation>&amp;Massenbearbeitung…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
</context>
<context>
    <name>AccountDesk::MessageBanner</name>
    <message>
        <source>No keychain is available (%1). Credentials can be neither stored nor read, and Account Desk never keeps them anywhere else. Start a Secret Service such as gnome-keyring and restart.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Zugangsdaten können weder gespeichert noch gelesen werden, und Account Desk bewahrt sie niemals an einem anderen Ort auf. Starten Sie einen Secret Service wie gnome-keyring und starten Sie Account Desk neu.</translation>
    </message>
</context>
<context>
    <name>AccountDesk::NumberFieldEditor</name>
    <message>
        <source>&quot;%1&quot; is not a whole number in the 64-bit range</source>
        <translation>&quot;%1&quot; ist keine ganze Zahl im 64-Bit-Bereich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number here: the decimal separator is &quot;%2&quot;, and there are no thousands separators</source>
        <translation>&quot;%1&quot; ist hier keine Zahl: das Dezimaltrennzeichen ist &quot;%2&quot;, und Tausendertrennzeichen gibt es nicht</translation>
    </message>
</context>
<context>
    <name>AccountDesk::ObjectListFieldEditor</name>
    <message>
        <source>Add an entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>row %1, %2: &quot;%3&quot; is not %4</source>
        <translation>Zeile %1, %2: &quot;%3&quot; ist ungültig (erwartet: %4)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
</context>
<context>
    <name>AccountDesk::OpenApiDocument</name>
    <message>
        <source>the document is larger than 8 MiB, the limit for a spec</source>
        <translation>das Dokument ist größer als 8 MiB, das Limit für eine Spezifikation</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot read %1: not a regular file</source>
        <translation>%1 kann nicht gelesen werden: keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is larger than 8 MiB, the limit for a spec; it was not read</source>
        <translation>%1 ist größer als 8 MiB, das Limit für eine Spezifikation; die Datei wurde nicht gelesen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>AccountDesk::OpenApiLoader</name>
    <message>
        <source>an OpenAPI document must be an object</source>
        <translation>ein OpenAPI-Dokument muss ein Objekt sein</translation>
    </message>
    <message>
        <source>Swagger 2.0 is not supported; convert the document to OpenAPI 3</source>
        <translation>Swagger 2.0 wird nicht unterstützt; konvertieren Sie das Dokument nach OpenAPI 3</translation>
    </message>
    <message>
        <source>missing: the OpenAPI version (&quot;3.0.3&quot;, &quot;3.1.0&quot;)</source>
        <translation>fehlt: die OpenAPI-Version (&quot;3.0.3&quot;, &quot;3.1.0&quot;)</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not supported (3.0.x and 3.1.x are)</source>
        <translation>Version &quot;%1&quot; wird nicht unterstützt (unterstützt werden 3.0.x und 3.1.x)</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>missing: an OpenAPI 3.0 document needs paths</source>
        <translation>fehlt: ein OpenAPI-3.0-Dokument benötigt paths</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>missing or not a string</source>
        <translation>fehlt oder ist kein String</translation>
    </message>
    <message>
        <source>a server variable needs a default</source>
        <translation>eine Servervariable benötigt einen default-Wert</translation>
    </message>
    <message>
        <source>variable {%1} is not declared under variables</source>
        <translation>Variable {%1} ist nicht unter variables deklariert</translation>
    </message>
    <message>
        <source>unknown security scheme type &quot;%1&quot;</source>
        <translation>unbekannter Sicherheitsschema-Typ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an http security scheme needs a scheme (basic, bearer)</source>
        <translation>ein http-Sicherheitsschema benötigt ein scheme (basic, bearer)</translation>
    </message>
    <message>
        <source>an apiKey security scheme needs `name` and `in`</source>
        <translation>ein apiKey-Sicherheitsschema benötigt `name` und `in`</translation>
    </message>
</context>
<context>
    <name>AccountDesk::OperationReader</name>
    <message>
        <source>a path must start with &apos;/&apos;</source>
        <translation>ein Pfad muss mit &apos;/&apos; beginnen</translation>
    </message>
    <message>
        <source>a path item must be an object</source>
        <translation>ein Path Item muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an array of security requirements</source>
        <translation>muss ein Array von Sicherheitsanforderungen sein</translation>
    </message>
    <message>
        <source>no security scheme &quot;%1&quot; under components/securitySchemes</source>
        <translation>kein Sicherheitsschema &quot;%1&quot; unter components/securitySchemes</translation>
    </message>
    <message>
        <source>an operation must be an object</source>
        <translation>eine Operation muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the path template names {%1} but no path parameter &quot;%1&quot; is declared</source>
        <translation>die Pfadvorlage nennt {%1}, aber es ist kein Pfadparameter &quot;%1&quot; deklariert</translation>
    </message>
    <message>
        <source>operationId &quot;%1&quot; is used twice</source>
        <translation>operationId &quot;%1&quot; wird zweimal verwendet</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>too many chained references</source>
        <translation>zu viele verkettete Referenzen</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>a parameter needs a name</source>
        <translation>ein Parameter benötigt einen Namen</translation>
    </message>
    <message>
        <source>must be one of path, query, header, cookie</source>
        <translation>muss path, query, header oder cookie sein</translation>
    </message>
    <message>
        <source>a path parameter must be required</source>
        <translation>ein Pfadparameter muss als required gekennzeichnet sein</translation>
    </message>
    <message>
        <source>a request body needs a content object</source>
        <translation>ein Request-Body benötigt ein content-Objekt</translation>
    </message>
    <message>
        <source>encoding names a part &quot;%1&quot; that the schema does not have; it is ignored</source>
        <translation>encoding nennt einen Teil &quot;%1&quot;, den das Schema nicht hat; er wird ignoriert</translation>
    </message>
</context>
<context>
    <name>AccountDesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of the window, its numbers and its country names. The command-line tool always writes English.</source>
        <translation>Die Sprache des Fensters, seiner Zahlen und Ländernamen. Das Befehlszeilenwerkzeug gibt immer Englisch aus.</translation>
    </message>
    <message>
        <source>The new language is used when Account Desk starts again.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Account Desk verwendet.</translation>
    </message>
    <message>
        <source>As the system says</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation>Proxy-URL</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>give the proxy&apos;s URL</source>
        <translation>geben Sie die URL des Proxys an</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProfileCredentials</name>
    <message>
        <source>%1: the stored value %2; store it again</source>
        <translation>%1: der gespeicherte Wert %2; speichern Sie ihn erneut</translation>
    </message>
    <message>
        <source>; unlock it (e.g. in your keyring manager) and try again</source>
        <translation>; entsperren Sie ihn (z. B. in Ihrer Schlüsselbundverwaltung) und versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>AccountDesk::Provider</name>
    <message>
        <source>the hints file is larger than 1 MiB; it was not read</source>
        <translation>die Hinweisdatei ist größer als 1 MiB; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a readable file</source>
        <translation>keine lesbare Datei</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; does not match the file name (expected %1%2)</source>
        <translation>ID &quot;%1&quot; passt nicht zum Dateinamen (erwartet: %1%2)</translation>
    </message>
    <message>
        <source>the spec has no operation &quot;%1&quot;</source>
        <translation>die Spezifikation hat keine Operation &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a read operation must be a GET</source>
        <translation>eine Leseoperation muss ein GET sein</translation>
    </message>
    <message>
        <source>%1 takes no &quot;%2&quot; body</source>
        <translation>%1 akzeptiert keinen Body vom Typ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the update body must be a JSON object</source>
        <translation>der Body der Aktualisierung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the multipart body has no part &quot;%1&quot;</source>
        <translation>der Multipart-Body hat keinen Teil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>part &quot;%1&quot; is not a binary string</source>
        <translation>Teil &quot;%1&quot; ist kein binärer String</translation>
    </message>
    <message>
        <source>apiKey auth needs an apiKey security scheme in a header</source>
        <translation>apiKey-Authentifizierung benötigt ein apiKey-Sicherheitsschema in einem Header</translation>
    </message>
    <message>
        <source>the spec has no server described as &quot;%1&quot;</source>
        <translation>die Spezifikation hat keinen Server mit der Beschreibung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>neither the hints nor the spec&apos;s security schemes say how to authenticate</source>
        <translation>weder die Hinweisdatei noch die securitySchemes der Spezifikation sagen, wie angemeldet wird</translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProviderForm</name>
    <message>
        <source>Logo (optional; sent as multipart part &quot;%1&quot;)</source>
        <translation>Logo (optional; wird als Multipart-Teil &quot;%1&quot; gesendet)</translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProviderHints</name>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss ein nicht leerer String sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>unbekannter Schlüssel (bekannt: %1)</translation>
    </message>
    <message>
        <source>a hints file must be a JSON object</source>
        <translation>eine Hinweisdatei muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;-&apos; only</source>
        <translation>verwenden Sie nur Kleinbuchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a JSON Pointer such as &quot;/data&quot;</source>
        <translation>muss ein JSON Pointer wie &quot;/data&quot; sein</translation>
    </message>
    <message>
        <source>must name one or more of: %1</source>
        <translation>muss einen oder mehrere dieser Werte nennen: %1</translation>
    </message>
    <message>
        <source>unknown auth kind &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Authentifizierungsart &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>must be a server description of the spec</source>
        <translation>muss eine Serverbeschreibung aus der Spezifikation sein</translation>
    </message>
    <message>
        <source>must be a list of server descriptions, e.g. [&quot;PRODUCTION&quot;]</source>
        <translation>muss eine Liste von Serverbeschreibungen sein, z. B. [&quot;PRODUCTION&quot;]</translation>
    </message>
    <message>
        <source>must be a JSON Pointer into the read answer, e.g. &quot;/revision&quot;</source>
        <translation>muss ein JSON Pointer in die Antwort der Leseoperation sein, z. B. &quot;/revision&quot;</translation>
    </message>
    <message>
        <source>must be a list of content types such as &quot;image/png&quot;</source>
        <translation>muss eine Liste von Inhaltstypen wie &quot;image/png&quot; sein</translation>
    </message>
    <message>
        <source>must be a whole number of bytes from 1 to 67108864</source>
        <translation>muss eine ganzzahlige Anzahl Bytes von 1 bis 67108864 sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>field keys are JSON Pointers into the body, e.g. &quot;/name&quot;</source>
        <translation>Feldschlüssel sind JSON Pointer in den Body, z. B. &quot;/name&quot;</translation>
    </message>
    <message>
        <source>must be a positive whole number of bytes</source>
        <translation>muss eine positive ganzzahlige Anzahl Bytes sein</translation>
    </message>
    <message>
        <source>must be an object keyed by JSON Pointer</source>
        <translation>muss ein Objekt mit JSON Pointern als Schlüsseln sein</translation>
    </message>
    <message>
        <source>must be the documented rate limit, a number of requests per minute from 1</source>
        <translation>muss das dokumentierte Ratenlimit sein, eine Anzahl Anfragen pro Minute ab 1</translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProviderImportController</name>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <source>%1 comes with Account Desk and cannot be removed; only imported providers can.</source>
        <translation>%1 gehört zum Lieferumfang von Account Desk und kann nicht entfernt werden; nur importierte Anbieter können entfernt werden.</translation>
    </message>
    <message>
        <source>The window is busy (%1). Remove the provider once that has finished.</source>
        <translation>Das Fenster ist beschäftigt (%1). Entfernen Sie den Anbieter, sobald das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Remove the imported provider %1? Its document and settings are deleted; the history keeps the updates sent with it, and it can be imported again.</source>
        <translation>Den importierten Anbieter %1 entfernen? Sein Dokument und seine Einstellungen werden gelöscht; der Verlauf behält die damit gesendeten Aktualisierungen, und er kann erneut importiert werden.</translation>
    </message>
    <message>
        <source>Your unsent edits of %1 are discarded.</source>
        <translation>Ihre nicht gesendeten Änderungen an %1 werden verworfen.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>“%1” is open with unsent edits or a request under way: send or discard them before replacing it</source>
        <translation>„%1“ ist mit nicht gesendeten Änderungen oder einer laufenden Anfrage geöffnet: senden oder verwerfen Sie sie, bevor Sie ihn ersetzen</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>A bulk edit is open. Close it before importing or removing a provider.</source>
        <translation>Eine Massenbearbeitung ist geöffnet. Schließen Sie sie, bevor Sie einen Anbieter importieren oder entfernen.</translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProviderImporter</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write to %1</source>
        <translation>in %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;-&apos; only</source>
        <translation>verwenden Sie nur Kleinbuchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a bundled provider: it can never be replaced</source>
        <translation>&quot;%1&quot; ist ein mitgelieferter Anbieter: Er kann nie ersetzt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken by %2</source>
        <translation>&quot;%1&quot; ist bereits durch %2 belegt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was imported already: give --replace to replace it</source>
        <translation>&quot;%1&quot; wurde bereits importiert: Geben Sie --replace an, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>%1 is larger than 8 MiB, the limit for a spec</source>
        <translation>%1 ist größer als 8 MiB, das Limit für eine Spezifikation</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write a scratch copy to check it</source>
        <translation>für die Prüfung kann keine temporäre Kopie geschrieben werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a bundled provider: it can never be removed</source>
        <translation>&quot;%1&quot; ist ein mitgelieferter Anbieter: Er kann nie entfernt werden</translation>
    </message>
    <message>
        <source>no imported provider &quot;%1&quot;</source>
        <translation>kein importierter Anbieter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>the document is larger than 8 MiB, the limit for a spec</source>
        <translation>das Dokument ist größer als 8 MiB, die Grenze für eine Spezifikation</translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProviderRegistry</name>
    <message>
        <source>the id &quot;%1&quot; is taken by %2, found first; this file is ignored</source>
        <translation>die ID &quot;%1&quot; ist bereits durch das zuerst gefundene %2 belegt; diese Datei wird ignoriert</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the hints file is larger than 1 MiB; it was not read</source>
        <translation>die Hinweisdatei ist größer als 1 MiB; sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot; (known: %2)</source>
        <translation>unbekannter Anbieter &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; could not be loaded: %2</source>
        <translation>Anbieter &quot;%1&quot; konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProxyChoice</name>
    <message>
        <source>a proxy is reached with http:// or socks5:// (the connection to the server is still encrypted end to end)</source>
        <translation>ein Proxy wird über http:// oder socks5:// erreicht (die Verbindung zum Server bleibt Ende-zu-Ende verschlüsselt)</translation>
    </message>
    <message>
        <source>proxy scheme &quot;%1&quot; is not supported; use http:// or socks5://</source>
        <translation>das Proxy-Schema &quot;%1&quot; wird nicht unterstützt; verwenden Sie http:// oder socks5://</translation>
    </message>
    <message>
        <source>a proxy password is never given on the command line or kept in the settings: leave it out, and it is asked for when the proxy wants it</source>
        <translation>ein Proxy-Passwort steht nie in der Befehlszeile oder in den Einstellungen: lassen Sie es weg, es wird abgefragt, wenn der Proxy es verlangt</translation>
    </message>
    <message>
        <source>a proxy URL is only a scheme, a host and a port</source>
        <translation>eine Proxy-URL besteht nur aus Schema, Host und Port</translation>
    </message>
    <message>
        <source>not a proxy: give system, none, or a URL such as http://proxy.example.com:3128</source>
        <translation>kein Proxy: geben Sie system, none oder eine URL wie http://proxy.example.com:3128 an</translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProxyLoginDialog</name>
    <message>
        <source>Proxy login</source>
        <translation>Proxy-Anmeldung</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept that user name and password.</source>
        <translation>Der Proxy %1 hat diesen Benutzernamen und dieses Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>Der Proxy %1 verlangt einen Benutzernamen und ein Passwort.</translation>
    </message>
    <message>
        <source>They are kept until Account Desk quits, and written nowhere.</source>
        <translation>Sie werden bis zum Beenden von Account Desk behalten und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>AccountDesk::RedirectPolicy</name>
    <message>
        <source>not a valid URL</source>
        <translation>keine gültige URL</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>it would leave HTTPS</source>
        <translation>sie würde HTTPS verlassen</translation>
    </message>
    <message>
        <source>another origin must not receive the credentials</source>
        <translation>ein anderer Ursprung darf die Zugangsdaten nicht erhalten</translation>
    </message>
</context>
<context>
    <name>AccountDesk::ReplyError</name>
    <message>
        <source>connection refused: %1</source>
        <translation>Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>TLS error (the certificate was not trusted; TLS errors are never ignored): %1</source>
        <translation>TLS-Fehler (dem Zertifikat wurde nicht vertraut; TLS-Fehler werden nie ignoriert): %1</translation>
    </message>
    <message>
        <source>the server closed the connection before answering; the request may have arrived and was not sent again</source>
        <translation>der Server hat die Verbindung vor der Antwort geschlossen; die Anfrage ist möglicherweise angekommen und wurde nicht erneut gesendet</translation>
    </message>
    <message>
        <source>the proxy did not carry the request (see Preferences or --proxy): %1</source>
        <translation>der Proxy hat die Anfrage nicht weitergeleitet (siehe Einstellungen oder --proxy): %1</translation>
    </message>
    <message>
        <source>the proxy wants a user name and password, which are asked for in the window or at a terminal, never read from a file: %1</source>
        <translation>der Proxy verlangt Benutzername und Passwort; sie werden im Fenster oder im Terminal abgefragt, nie aus einer Datei gelesen: %1</translation>
    </message>
    <message>
        <source>timeout: %1</source>
        <translation>Zeitüberschreitung: %1</translation>
    </message>
</context>
<context>
    <name>AccountDesk::ReportPanel</name>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Store them under Credentials… (Ctrl+K): they are kept in the system keychain only.</source>
        <translation>Speichern Sie sie unter „Zugangsdaten…“ (Strg+K): Sie werden nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>AccountDesk::RequestBuilder</name>
    <message>
        <source>is not an absolute URL such as https://api.example.com/v1</source>
        <translation>ist keine absolute URL wie https://api.example.com/v1</translation>
    </message>
    <message>
        <source>a base URL has no query (?…) or fragment (#…)</source>
        <translation>eine Basis-URL hat keine Query (?…) und kein Fragment (#…)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; still has a {variable}: give the full URL</source>
        <translation>&quot;%1&quot; enthält noch eine {Variable}: Geben Sie die vollständige URL an</translation>
    </message>
    <message>
        <source>plain http:// is only allowed to a loopback address; use https://</source>
        <translation>unverschlüsseltes http:// ist nur zu einer Loopback-Adresse erlaubt; verwenden Sie https://</translation>
    </message>
    <message>
        <source>scheme &quot;%1&quot; is not supported; use https://</source>
        <translation>Schema &quot;%1&quot; wird nicht unterstützt; verwenden Sie https://</translation>
    </message>
    <message>
        <source>%1 takes no such path parameter</source>
        <translation>%1 hat keinen solchen Pfadparameter</translation>
    </message>
    <message>
        <source>the spec&apos;s value for this header %1</source>
        <translation>der Wert der Spezifikation für diesen Header %1</translation>
    </message>
    <message>
        <source>the spec requires this header but gives no value for it</source>
        <translation>die Spezifikation verlangt diesen Header, gibt aber keinen Wert dafür an</translation>
    </message>
    <message>
        <source>%1 has no read operation</source>
        <translation>%1 hat keine Leseoperation</translation>
    </message>
    <message>
        <source>%1 takes no file upload</source>
        <translation>%1 akzeptiert keinen Datei-Upload</translation>
    </message>
    <message>
        <source>holds a user name or password: put credentials in Credentials… (or `credentials set`), never in the URL</source>
        <translation>enthält einen Benutzernamen oder ein Passwort: Zugangsdaten gehören unter Zugangsdaten… (oder `credentials set`), nie in die URL</translation>
    </message>
</context>
<context>
    <name>AccountDesk::RequestPreviewDialog</name>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>Review the update</source>
        <translation>Aktualisierung prüfen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 at %2.</source>
        <translation>
            <numerusform>%n Änderung an %1 auf %2.</numerusform>
            <numerusform>%n Änderungen an %1 auf %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ This is a production server: real customer data changes.</source>
        <translation>⚠ Dies ist ein Produktivserver: Echte Kundendaten werden geändert.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Not sent back: the server returned these, and this replacement does not send them (read-only, hidden, or not part of the update):</source>
        <translation>Nicht zurückgesendet: Der Server hat diese Werte geliefert, aber diese Ersetzung sendet sie nicht (schreibgeschützt, ausgeblendet oder nicht Teil der Aktualisierung):</translation>
    </message>
    <message>
        <source>Not sent back</source>
        <translation>Nicht zurückgesendet</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Sent exactly as shown, except the signature: it holds for one timestamp and nonce, so a new one is made when the request leaves.</source>
        <translation>Wird genau wie angezeigt gesendet, mit Ausnahme der Signatur: Sie gilt nur für einen Zeitstempel und eine Nonce, daher wird beim Absenden der Anfrage eine neue erstellt.</translation>
    </message>
    <message>
        <source>Sent exactly as shown; the credentials (***) are read from the keychain when it leaves.</source>
        <translation>Wird genau wie angezeigt gesendet; die Zugangsdaten (***) werden beim Absenden aus dem Schlüsselbund gelesen.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Copies a curl command; the secrets are environment variables, never values</source>
        <translation>Kopiert einen curl-Befehl; Geheimnisse stehen darin als Umgebungsvariablen, niemals als Werte</translation>
    </message>
</context>
<context>
    <name>AccountDesk::SchemaKeywordReader</name>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>muss ein nicht leeres Array sein</translation>
    </message>
    <message>
        <source>minLength %1 is greater than maxLength %2</source>
        <translation>minLength %1 ist größer als maxLength %2</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a number or a boolean</source>
        <translation>muss eine Zahl oder ein boolescher Wert sein</translation>
    </message>
    <message>
        <source>must list property names</source>
        <translation>muss Eigenschaftsnamen auflisten</translation>
    </message>
    <message>
        <source>must be an array of property names</source>
        <translation>muss ein Array von Eigenschaftsnamen sein</translation>
    </message>
    <message>
        <source>must be a type name or an array of type names</source>
        <translation>muss ein Typname oder ein Array von Typnamen sein</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>unbekannter Typ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation>muss eine nicht negative ganze Zahl sein</translation>
    </message>
</context>
<context>
    <name>AccountDesk::SchemaResolver</name>
    <message>
        <source>only local references (&quot;#/...&quot;) are supported, not &quot;%1&quot;</source>
        <translation>nur lokale Referenzen (&quot;#/...&quot;) werden unterstützt, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points at nothing</source>
        <translation>&quot;%1&quot; verweist auf nichts</translation>
    </message>
    <message>
        <source>schema nested deeper than %1 levels; not expanded further</source>
        <translation>Schema tiefer als %1 Ebenen verschachtelt; nicht weiter aufgelöst</translation>
    </message>
    <message>
        <source>expected a schema object</source>
        <translation>Schema-Objekt erwartet</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>reference cycle through &quot;%1&quot;; not expanded further</source>
        <translation>Referenzzyklus über &quot;%1&quot;; nicht weiter aufgelöst</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a boolean or a schema</source>
        <translation>muss ein boolescher Wert oder ein Schema sein</translation>
    </message>
    <message>
        <source>must be an array of schemas</source>
        <translation>muss ein Array von Schemas sein</translation>
    </message>
    <message>
        <source>must be a name</source>
        <translation>muss ein Name sein</translation>
    </message>
    <message>
        <source>expanding the references here makes more than %1 schemas (references that fan out exponentially?); the spec is refused</source>
        <translation>das Auflösen der Referenzen hier ergibt mehr als %1 Schemas (Referenzen, die sich exponentiell verzweigen?); die Spezifikation wird abgelehnt</translation>
    </message>
    <message>
        <source>expanding the references here copies more than %1 characters of schema text (long names or descriptions repeated by references that fan out?); the spec is refused</source>
        <translation>das Auflösen der Referenzen hier kopiert mehr als %1 Zeichen Schematext (lange Namen oder Beschreibungen, die durch verzweigende Referenzen wiederholt werden?); die Spezifikation wird abgelehnt</translation>
    </message>
    <message>
        <source>a second list of alternatives is not checked here; the server checks it</source>
        <translation>eine zweite Liste von Alternativen wird hier nicht geprüft; das prüft der Server</translation>
    </message>
</context>
<context>
    <name>AccountDesk::SendFlow</name>
    <message>
        <source>The last update is not in the history: %1</source>
        <translation>Die letzte Aktualisierung ist nicht im Verlauf: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>The update was accepted: %1</source>
        <translation>Die Aktualisierung wurde angenommen: %1</translation>
    </message>
    <message>
        <source>Cannot send yet</source>
        <translation>Senden noch nicht möglich</translation>
    </message>
    <message>
        <source>Send to production?</source>
        <translation>An das Produktivsystem senden?</translation>
    </message>
    <message>
        <source>This sends the update to %1, a production server: real customer data changes.</source>
        <translation>Damit wird die Aktualisierung an %1 gesendet, einen Produktivserver: Echte Kundendaten werden geändert.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 changed on the server.</source>
        <translation>Es wurde nichts gesendet: %1 wurde auf dem Server geändert.</translation>
    </message>
</context>
<context>
    <name>AccountDesk::SendRecord</name>
    <message>
        <source>the history could not be written</source>
        <translation>der Verlauf konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>AccountDesk::StringFormats</name>
    <message>
        <source>is not an e-mail address</source>
        <translation>ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>is not a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)</source>
        <translation>ist keine UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>is not an absolute URI (https://…)</source>
        <translation>ist keine absolute URI (https://…)</translation>
    </message>
    <message>
        <source>is not an IPv4 address (such as 192.0.2.1)</source>
        <translation>ist keine IPv4-Adresse (wie 192.0.2.1)</translation>
    </message>
    <message>
        <source>is not an IPv6 address</source>
        <translation>ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>line %1 is empty</source>
        <translation>Zeile %1 ist leer</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not an IP address or CIDR block</source>
        <translation>Zeile %1: &quot;%2&quot; ist weder eine IP-Adresse noch ein CIDR-Block</translation>
    </message>
    <message>
        <source>is not a date and time with its offset (YYYY-MM-DDThh:mm:ssZ or …+01:00)</source>
        <translation>ist kein Datum mit Uhrzeit und Zeitzonenversatz (YYYY-MM-DDThh:mm:ssZ oder …+01:00)</translation>
    </message>
</context>
<context>
    <name>AccountDesk::StringListFieldEditor</name>
    <message>
        <source>Add an entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Entry %1, &quot;%2&quot;, is not a whole number in the 64-bit range</source>
        <translation>Eintrag %1, &quot;%2&quot;, ist keine ganze Zahl im 64-Bit-Bereich</translation>
    </message>
    <message>
        <source>Entry %1, &quot;%2&quot;, is not a number</source>
        <translation>Eintrag %1, &quot;%2&quot;, ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>AccountDesk::TargetBar</name>
    <message>
        <source>Cre&amp;dentials…</source>
        <translation>&amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Credential profile</source>
        <translation>Zugangsdatenprofil</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation>Konto-&amp;ID:</translation>
    </message>
    <message>
        <source> (production)</source>
        <translation> (Produktion)</translation>
    </message>
    <message>
        <source>Custom base URL…</source>
        <translation>Eigene Basis-URL…</translation>
    </message>
    <message>
        <source>https://… (http:// only to this computer)</source>
        <translation>https://… (http:// nur zu diesem Computer)</translation>
    </message>
</context>
<context>
    <name>AccountDesk::Validator</name>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>is out of range for a 64-bit integer</source>
        <translation>liegt außerhalb des Bereichs einer 64-Bit-Ganzzahl</translation>
    </message>
    <message>
        <source>the update has no such field</source>
        <translation>die Aktualisierung hat kein solches Feld</translation>
    </message>
    <message>
        <source>cannot be null</source>
        <translation>kann nicht null sein</translation>
    </message>
    <message>
        <source>is managed by the server and cannot be sent</source>
        <translation>wird vom Server verwaltet und kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>is read-only</source>
        <translation>ist schreibgeschützt</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>needs at least %1 entries</source>
        <translation>benötigt mindestens %1 Einträge</translation>
    </message>
    <message>
        <source>takes at most %1 entries</source>
        <translation>darf höchstens %1 Einträge haben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is %1 bytes as JSON; the limit is %2 bytes</source>
        <translation>ist als JSON %1 Byte groß; das Limit beträgt %2 Byte</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is required: it says which kind this is (%1)</source>
        <translation>ist erforderlich: Es gibt an, welcher Typ dies ist (%1)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>matches none of its kinds (%1)</source>
        <translation>entspricht keinem seiner Typen (%1)</translation>
    </message>
    <message>
        <source>matches more than one of its kinds (%1); it must be exactly one</source>
        <translation>entspricht mehr als einem seiner Typen (%1); es muss genau einer sein</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>kann nicht leer sein</translation>
    </message>
    <message>
        <source>needs at least %1 characters (has %2)</source>
        <translation>benötigt mindestens %1 Zeichen (hat %2)</translation>
    </message>
    <message>
        <source>takes at most %1 characters (has %2)</source>
        <translation>darf höchstens %1 Zeichen haben (hat %2)</translation>
    </message>
    <message>
        <source>does not match the pattern %1</source>
        <translation>entspricht nicht dem Muster %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code</source>
        <translation>&quot;%1&quot; ist kein Ländercode nach ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>must be a JSON array of strings, e.g. [&quot;gold-tier&quot;, &quot;university&quot;]</source>
        <translation>muss ein JSON-Array von Strings sein, z. B. [&quot;gold-tier&quot;, &quot;university&quot;]</translation>
    </message>
    <message>
        <source>must be %1 %2</source>
        <translation>muss %1 %2 sein</translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation>ist keiner der erlaubten Werte</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; are not account ids</source>
        <translation>&quot;.&quot; und &quot;..&quot; sind keine Konto-IDs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number%2</source>
        <translation>&quot;%1&quot; ist keine ganze Zahl%2</translation>
    </message>
    <message>
        <source> in the 64-bit range</source>
        <translation> im 64-Bit-Bereich</translation>
    </message>
    <message>
        <source>is out of range for a 32-bit integer</source>
        <translation>liegt außerhalb des Bereichs einer 32-Bit-Ganzzahl</translation>
    </message>
    <message>
        <source>must be ≥ %1</source>
        <translation>muss ≥ %1 sein</translation>
    </message>
    <message>
        <source>must be ≤ %1</source>
        <translation>muss ≤ %1 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot contain spaces at the ends, &apos;/&apos; or line breaks</source>
        <translation>&quot;%1&quot; darf weder Leerzeichen am Anfang oder Ende noch &apos;/&apos; oder Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation>&quot;%1&quot; ist keine UUID</translation>
    </message>
    <message>
        <source>takes at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
</context>
<context>
    <name>AccountDesk::VariantFieldEditor</name>
    <message>
        <source>(choose a kind)</source>
        <translation>(Typ wählen)</translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation>Typ von %1</translation>
    </message>
    <message>
        <source>The value must be exactly one of these kinds</source>
        <translation>Der Wert muss genau einem dieser Typen entsprechen</translation>
    </message>
    <message>
        <source>The value must be at least one of these kinds</source>
        <translation>Der Wert muss mindestens einem dieser Typen entsprechen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
</context>
<context>
    <name>AccountDesk::YamlConverter</name>
    <message>
        <source>nesting deeper than %1 levels (a recursive alias?)</source>
        <translation>Verschachtelung tiefer als %1 Ebenen (ein rekursiver Alias?)</translation>
    </message>
    <message>
        <source>a mapping key must be a scalar</source>
        <translation>ein Mapping-Schlüssel muss ein Skalar sein</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>doppelter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match its tag %2</source>
        <translation>&quot;%1&quot; passt nicht zu seinem Tag %2</translation>
    </message>
    <message>
        <source>the document expands to more than %1 nodes once its aliases are resolved (aliases nested to blow up, &quot;billion laughs&quot;?)</source>
        <translation>das Dokument wächst beim Auflösen seiner Aliase auf mehr als %1 Knoten (verschachtelte Aliase, „Billion Laughs“?)</translation>
    </message>
    <message>
        <source>the document expands to more than %1 characters of keys, values and paths (text repeated through aliases, or long keys nested deep?)</source>
        <translation>das Dokument wächst auf mehr als %1 Zeichen an Schlüsseln, Werten und Pfaden (durch Aliase wiederholter Text oder tief verschachtelte lange Schlüssel?)</translation>
    </message>
</context>
<context>
    <name>AccountTarget</name>
    <message>
        <source>your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>kein Server</translation>
    </message>
    <message>
        <source>%1 at %2 (profile %3)</source>
        <translation>%1 auf %2 (Profil %3)</translation>
    </message>
    <message>
        <source>enter the base URL</source>
        <translation>Basis-URL eingeben</translation>
    </message>
</context>
<context>
    <name>ProfileAuthenticator</name>
    <message>
        <source>unusable for %1 profile &quot;%2&quot;: %3</source>
        <translation>Zugangsdaten für Profil &quot;%2&quot; von %1 unbrauchbar: %3</translation>
    </message>
    <message>
        <source>none stored for %1 profile &quot;%2&quot;; it needs %3</source>
        <translation>keine Zugangsdaten für Profil &quot;%2&quot; von %1 gespeichert; benötigt: %3</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
</context>
<context>
    <name>SessionFailure</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Network failure: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>The update may have been applied: load the account to check before sending again.</source>
        <translation>Die Aktualisierung wurde möglicherweise angewendet: Laden Sie das Konto, um das vor einem erneuten Senden zu prüfen.</translation>
    </message>
</context>
</TS>
