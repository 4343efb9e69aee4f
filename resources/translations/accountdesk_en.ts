<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutBox</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Edit customer accounts on SaaS platforms through their update-account APIs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::AccountCall</name>
    <message>
        <source>refused redirect (%1) to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::AccountSession</name>
    <message>
        <source>Reading credentials from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the account again before writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not an account (no JSON object at &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored edits: Load to compare them with the account on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load the account first: %1 replaces the whole account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another request is under way; try again when it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edits or the account changed after the review; nothing was sent. Review again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored credentials changed after the review; nothing was sent. Review again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the account again before writing; nothing was sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::Appearance</name>
    <message>
        <source>As the system&apos;s theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::AuthKinds</name>
    <message>
        <source>HTTP Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zephr HMAC signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::BooleanFieldEditor</name>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkCheck</name>
    <message>
        <source>row %1: account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same account as row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no rows under its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updates the caller&apos;s own account: one row only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkColumnMapping</name>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field filled by column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkCommonEdits</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits for every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value for every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no value: type the value for every account, or remove the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets the same field as edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkEditController</name>
    <message>
        <source>Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk edit open is for %1 at %2 (profile %3); there is one at a time. Close it to start one for %4 at %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkEditDialog</name>
    <message>
        <source>Bulk edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Production.&lt;/b&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account is read and updated at %1 with the credentials of profile &quot;%2&quot;. This stays so while the dialog is open, whatever the main window shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits for &amp;every account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts at a &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits for every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the edit to make on every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) checked: nothing found wrong. Nothing was sent.</source>
        <translation>
            <numerusform>%n account checked: nothing found wrong. Nothing was sent.</numerusform>
            <numerusform>%n accounts checked: nothing found wrong. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing is sent until every row is right.</source>
        <translation>
            <numerusform>%n problem found: nothing is sent until every row is right.</numerusform>
            <numerusform>%n problems found: nothing is sent until every row is right.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot give the credentials: %1. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials are stored for profile &quot;%1&quot;. Store them with Account → Credentials… first. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to production?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This sends %n update(s) to %1, a production server: real customer data changes.</source>
        <translation>
            <numerusform>This sends %n update to %1, a production server: real customer data changes.</numerusform>
            <numerusform>This sends %n updates to %1, a production server: real customer data changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n account(s) not started.</source>
        <translation>
            <numerusform>Stopped: %n account not started.</numerusform>
            <numerusform>Stopped: %n accounts not started.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run done, nothing was sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · stopping after the accounts in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paused after the accounts in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n outcome(s) to %1.</source>
        <translation>
            <numerusform>Exported %n outcome to %1.</numerusform>
            <numerusform>Exported %n outcomes to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A run is under way. Stop it after the accounts in flight, and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file, its columns or the edits changed since they were checked: nothing was sent; check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported the %n outcome(s) shown to %1 (%2 in all).</source>
        <translation>
            <numerusform>Exported the %n outcome shown to %1 (%2 in all).</numerusform>
            <numerusform>Exported the %n outcomes shown to %1 (%2 in all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkJournal</name>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the journal of another CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is no journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another run (%2, process %3 on %4); wait for it to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkJournalChoice</name>
    <message>
        <source>Resume the last run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run of these accounts with these edits did not finish: %1 accounts were done and %2 were under way when it stopped. Resume skips the accounts done and reads the ones that were under way again before writing; Start over does every account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bulk edit cannot start: %1. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkOutcomesView</name>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show outcomes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkProgress</name>
    <message>
        <source>%1 of %2 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 per second · about %2 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 per second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkResultModel</name>
    <message>
        <source>would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes or problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkRun</name>
    <message>
        <source>%1: cannot be set here (its parent is not an object or list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal cannot be written; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was being written when the last run stopped, and %1 has no read operation to see whether it arrived: check this account by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkSheet</name>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a second column of the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither account nor a JSON Pointer such as /account_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an account column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updates the caller&apos;s own account: there is no account column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 cells; the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::BulkSourcePicker</name>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a header row: account, then one column per field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One account id per line (commas and spaces separate them too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its columns changed since it was chosen: choose it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column fills the account or a field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::ConflictDialog</name>
    <message>
        <source>The account changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed %1 on the server after you loaded it. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on the server after these edits were saved. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its revision is no longer the one your edits were made on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edited by you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(takes the server&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the server&apos;s values for fields I did not edit, and review again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the server&apos;s values for fields I did not edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::CountryPicker</name>
    <message>
        <source>Country name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country this field accepts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::CredentialManager</name>
    <message>
        <source>%1: %2; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::Credentials</name>
    <message>
        <source>a carriage return, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line feed, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an escape, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a control character (%1), which cannot be sent in a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a delete, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::CredentialsDialog</name>
    <message>
        <source>&amp;Save to keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: %1 (profile &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authenticates with %2. Secrets are kept only in the system keychain; once saved they are never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the stored credentials of this profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value %1. Nothing is stored while it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable: %1. Nothing can be stored, and nothing is ever written anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored: leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 field(s) stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored: correct the field(s) marked above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one field to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::CsvReader</name>
    <message>
        <source>line %1: the file is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a record is longer than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::CurlCommand</name>
    <message>
        <source>The file &quot;%1&quot; is no longer where it was read from, or it has changed: a curl command would send something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 before running this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Zephr signature holds for one timestamp and nonce and is shown redacted (***): sign the request again before sending it this way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::DiagnosticListWidget</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::DraftController</name>
    <message>
        <source>Edits are not being saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are unsent edits for %1 on %2, saved %3. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is read again and compared with the state the edits were made on before anything can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::DraftKeeper</name>
    <message>
        <source>a discarded draft could not be removed from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::DraftStore</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::EditGuard</name>
    <message>
        <source>Unsent edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the edits of %1 and switch to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard edits and switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still editing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to apply the changed connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update is being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update of %1 is being sent. Wait for its answer, or cancel it (Esc) and load the account to see whether it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was closed: send the edits, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::EnumFieldEditor</name>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::EnumListFieldEditor</name>
    <message>
        <source>%1 (not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::FieldRow</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to null, leave out, or revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to &amp;null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert to the loaded value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::FormSchemaBuilder</name>
    <message>
        <source>the update body has no field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown hint &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;email-list&quot; needs an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a string field, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::FormView</name>
    <message>
        <source>This operation has no body fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 as null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::HistoryController</name>
    <message>
        <source>Edit again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is busy (%1). Edit again once that has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing this update again loads %1 and replaces your unsent edits of %2. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; of this update is not available any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading failed, so the update&apos;s edits were not put back: %1. The update stays in the history; try Edit again once the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be loaded%1; the update&apos;s edits were not put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the edits of the update of %1 (%2 of %3): review them before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fields are no longer on the form, so their edits were not put back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::HistoryCurl</name>
    <message>
        <source>The provider &quot;%1&quot; of this update is not available any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This update replaced the whole account (%1), and the history keeps only what changed: a command with only those fields would remove the rest. Use Edit again, then Review, to copy the complete request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider &quot;%1&quot; names no way to authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::HistoryLog</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stayed locked by another process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::HistoryWindow</name>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1 (%2 UTC), from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1, profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(own account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1 after %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this account again and put this update&apos;s edits on top, to review and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No update matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the command; credentials are environment variables in it, never values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::HttpExchange</name>
    <message>
        <source>no complete answer within %1 s (deadline timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 s (idle timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer announces %1 bytes, over the limit of %2; not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is over the limit of %1; cut off after %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Content-Length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was cut short: %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was cut short after %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::ImportProviderDialog</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the provider imported earlier with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OpenAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON or YAML file (OpenAPI 3.0 or 3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…or paste the document here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;d document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ead operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the servers that hold real customer accounts: sending to them asks for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Production servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the document says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the form (nothing typed here is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: read it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an OpenAPI document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a file or paste a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 8 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no PUT, PATCH or POST operation whose body is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: JSON only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the form starts empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON in part “%1”, a file in part “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was imported before: tick “Replace” to replace it, or choose another id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::JsonFieldEditor</name>
    <message>
        <source>is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::JsonKeyOrderScanner</name>
    <message>
        <source>keys nested this deep make more than %1 characters of object paths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::KeyValueFieldEditor</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has a value but no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object ({ ... })</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty; at most %1 bytes as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::KeychainCredentialStore</name>
    <message>
        <source>not stored in the keychain (or the keychain is locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is locked or refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain is available (is a Secret Service such as gnome-keyring running?): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::LogoFile</name>
    <message>
        <source>%1 is %2; the &quot;%3&quot; part takes at most %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, and the &quot;%3&quot; part takes only %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over the limit: the &quot;%2&quot; part takes at most %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::LogoPicker</name>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted files (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo: the update is sent as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3%4. The update is sent as multipart with this logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1×%2 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::MainWindow</name>
    <message>
        <source>Account Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import OpenAPI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove imported provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert &amp;all edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cre&amp;dentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Account Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert all edits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another provider? The unsent edits of %1 can be kept as a draft or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Replaces the whole account: load it before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Sends only the fields you change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the unsent edits of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy; attempt %1 in %2 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent; the form shows the account as read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update was accepted, but reading the account again failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent or not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update may have been applied: load the account to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update failed; every edit is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: updates change real customer accounts. Sending asks for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading replaces your unsent edits. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit? The unsent edits of %1 can be kept as a draft for next time, or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider was replaced and its form is built again. The unsent edits of %1 can be kept as a draft or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::MessageBanner</name>
    <message>
        <source>No keychain is available (%1). Credentials can be neither stored nor read, and Account Desk never keeps them anywhere else. Start a Secret Service such as gnome-keyring and restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::NumberFieldEditor</name>
    <message>
        <source>&quot;%1&quot; is not a whole number in the 64-bit range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number here: the decimal separator is &quot;%2&quot;, and there are no thousands separators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::ObjectListFieldEditor</name>
    <message>
        <source>Add an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, %2: &quot;%3&quot; is not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::OpenApiDocument</name>
    <message>
        <source>the document is larger than 8 MiB, the limit for a spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 8 MiB, the limit for a spec; it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::OpenApiLoader</name>
    <message>
        <source>an OpenAPI document must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swagger 2.0 is not supported; convert the document to OpenAPI 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the OpenAPI version (&quot;3.0.3&quot;, &quot;3.1.0&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not supported (3.0.x and 3.1.x are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: an OpenAPI 3.0 document needs paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server variable needs a default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable {%1} is not declared under variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown security scheme type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an http security scheme needs a scheme (basic, bearer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an apiKey security scheme needs `name` and `in`</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::OperationReader</name>
    <message>
        <source>a path must start with &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path item must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of security requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no security scheme &quot;%1&quot; under components/securitySchemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operation must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path template names {%1} but no path parameter &quot;%1&quot; is declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operationId &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many chained references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parameter needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of path, query, header, cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path parameter must be required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request body needs a content object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding names a part &quot;%1&quot; that the schema does not have; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window, its numbers and its country names. The command-line tool always writes English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used when Account Desk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the proxy&apos;s URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProfileCredentials</name>
    <message>
        <source>%1: the stored value %2; store it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; unlock it (e.g. in your keyring manager) and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::Provider</name>
    <message>
        <source>the hints file is larger than 1 MiB; it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &quot;%1&quot; does not match the file name (expected %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spec has no operation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a read operation must be a GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no &quot;%2&quot; body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the update body must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the multipart body has no part &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part &quot;%1&quot; is not a binary string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiKey auth needs an apiKey security scheme in a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spec has no server described as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither the hints nor the spec&apos;s security schemes say how to authenticate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProviderForm</name>
    <message>
        <source>Logo (optional; sent as multipart part &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProviderHints</name>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hints file must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;-&apos; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON Pointer such as &quot;/data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name one or more of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown auth kind &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a server description of the spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of server descriptions, e.g. [&quot;PRODUCTION&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON Pointer into the read answer, e.g. &quot;/revision&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of content types such as &quot;image/png&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of bytes from 1 to 67108864</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field keys are JSON Pointers into the body, e.g. &quot;/name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive whole number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object keyed by JSON Pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the documented rate limit, a number of requests per minute from 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProviderImportController</name>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes with Account Desk and cannot be removed; only imported providers can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is busy (%1). Remove the provider once that has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the imported provider %1? Its document and settings are deleted; the history keeps the updates sent with it, and it can be imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsent edits of %1 are discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open with unsent edits or a request under way: send or discard them before replacing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulk edit is open. Close it before importing or removing a provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProviderImporter</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lower-case letters, digits and &apos;-&apos; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a bundled provider: it can never be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was imported already: give --replace to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 8 MiB, the limit for a spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write a scratch copy to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a bundled provider: it can never be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no imported provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is larger than 8 MiB, the limit for a spec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProviderRegistry</name>
    <message>
        <source>the id &quot;%1&quot; is taken by %2, found first; this file is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hints file is larger than 1 MiB; it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown provider &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProxyChoice</name>
    <message>
        <source>a proxy is reached with http:// or socks5:// (the connection to the server is still encrypted end to end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy scheme &quot;%1&quot; is not supported; use http:// or socks5://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proxy password is never given on the command line or kept in the settings: leave it out, and it is asked for when the proxy wants it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proxy URL is only a scheme, a host and a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a proxy: give system, none, or a URL such as http://proxy.example.com:3128</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::ProxyLoginDialog</name>
    <message>
        <source>Proxy login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 did not accept that user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are kept until Account Desk quits, and written nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::RedirectPolicy</name>
    <message>
        <source>not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would leave HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another origin must not receive the credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::ReplyError</name>
    <message>
        <source>connection refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error (the certificate was not trusted; TLS errors are never ignored): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before answering; the request may have arrived and was not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy did not carry the request (see Preferences or --proxy): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy wants a user name and password, which are asked for in the window or at a terminal, never read from a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::ReportPanel</name>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store them under Credentials… (Ctrl+K): they are kept in the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::RequestBuilder</name>
    <message>
        <source>is not an absolute URL such as https://api.example.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a base URL has no query (?…) or fragment (#…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; still has a {variable}: give the full URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http:// is only allowed to a loopback address; use https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme &quot;%1&quot; is not supported; use https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no such path parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spec&apos;s value for this header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spec requires this header but gives no value for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no read operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no file upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a user name or password: put credentials in Credentials… (or `credentials set`), never in the URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::RequestPreviewDialog</name>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 at %2.</source>
        <translation>
            <numerusform>%n change to %1 at %2.</numerusform>
            <numerusform>%n changes to %1 at %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ This is a production server: real customer data changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent back: the server returned these, and this replacement does not send them (read-only, hidden, or not part of the update):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent exactly as shown, except the signature: it holds for one timestamp and nonce, so a new one is made when the request leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent exactly as shown; the credentials (***) are read from the keychain when it leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a curl command; the secrets are environment variables, never values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::SchemaKeywordReader</name>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minLength %1 is greater than maxLength %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number or a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list property names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of property names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a type name or an array of type names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::SchemaResolver</name>
    <message>
        <source>only local references (&quot;#/...&quot;) are supported, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; points at nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema nested deeper than %1 levels; not expanded further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a schema object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference cycle through &quot;%1&quot;; not expanded further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a boolean or a schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expanding the references here makes more than %1 schemas (references that fan out exponentially?); the spec is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expanding the references here copies more than %1 characters of schema text (long names or descriptions repeated by references that fan out?); the spec is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second list of alternatives is not checked here; the server checks it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::SendFlow</name>
    <message>
        <source>The last update is not in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update was accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to production?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sends the update to %1, a production server: real customer data changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1 changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::SendRecord</name>
    <message>
        <source>the history could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::StringFormats</name>
    <message>
        <source>is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an absolute URI (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an IPv4 address (such as 192.0.2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not an IP address or CIDR block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date and time with its offset (YYYY-MM-DDThh:mm:ssZ or …+01:00)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::StringListFieldEditor</name>
    <message>
        <source>Add an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, &quot;%2&quot;, is not a whole number in the 64-bit range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, &quot;%2&quot;, is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::TargetBar</name>
    <message>
        <source>Cre&amp;dentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom base URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (http:// only to this computer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::Validator</name>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range for a 64-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the update has no such field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is managed by the server and cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes at most %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 bytes as JSON; the limit is %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: it says which kind this is (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches none of its kinds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches more than one of its kinds (%1); it must be exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least %1 characters (has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes at most %1 characters (has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the pattern %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON array of strings, e.g. [&quot;gold-tier&quot;, &quot;university&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; are not account ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in the 64-bit range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range for a 32-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot contain spaces at the ends, &apos;/&apos; or line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::VariantFieldEditor</name>
    <message>
        <source>(choose a kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be exactly one of these kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be at least one of these kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDesk::YamlConverter</name>
    <message>
        <source>nesting deeper than %1 levels (a recursive alias?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping key must be a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match its tag %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document expands to more than %1 nodes once its aliases are resolved (aliases nested to blow up, &quot;billion laughs&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document expands to more than %1 characters of keys, values and paths (text repeated through aliases, or long keys nested deep?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountTarget</name>
    <message>
        <source>your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (profile %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the base URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileAuthenticator</name>
    <message>
        <source>unusable for %1 profile &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none stored for %1 profile &quot;%2&quot;; it needs %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFailure</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update may have been applied: load the account to check before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
