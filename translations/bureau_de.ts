<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Not a database URL: {url}</source>
        <translation>Keine Datenbank-URL: {url}</translation>
    </message>
    <message>
        <source>Unsupported database {backend}: use an SQLite file or a PostgreSQL URL.</source>
        <translation>Nicht unterstützte Datenbank {backend}: Verwenden Sie eine SQLite-Datei oder eine PostgreSQL-URL.</translation>
    </message>
    <message>
        <source>{path} is not a Bureau database (it is not an SQLite file).</source>
        <translation>{path} ist keine Bureau-Datenbank (keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {error}</source>
        <translation>{path} kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>{path} is not a Bureau database.</source>
        <translation>{path} ist keine Bureau-Datenbank.</translation>
    </message>
    <message>
        <source>{path} is not a Bureau database ({error}).</source>
        <translation>{path} ist keine Bureau-Datenbank ({error}).</translation>
    </message>
    <message>
        <source>The database at {url} is not a Bureau database.</source>
        <translation>Die Datenbank unter {url} ist keine Bureau-Datenbank.</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Bureau (schema {revision}). Install the newer version to open it.</source>
        <translation>{where} wurde von einer neueren Bureau-Version geschrieben (Schema {revision}). Installieren Sie die neuere Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The start of a date range must not be after its end.</source>
        <translation>Der Beginn eines Zeitraums darf nicht nach seinem Ende liegen.</translation>
    </message>
    <message>
        <source>Choose the agent whose work orders to show.</source>
        <translation>Wählen Sie den Mitarbeiter, dessen Arbeitsaufträge angezeigt werden sollen.</translation>
    </message>
    <message>
        <source>You do not have the permission to do this ({permission}).</source>
        <translation>Sie haben keine Berechtigung dafür ({permission}).</translation>
    </message>
    <message>
        <source>The demo needs at least one work order (asked for {size}).</source>
        <translation>Die Demo braucht mindestens einen Arbeitsauftrag (angefordert: {size}).</translation>
    </message>
    <message>
        <source>Demo data only goes into an empty database; this one already holds work orders ({orders}) and clients ({clients}).</source>
        <translation>Demodaten kommen nur in eine leere Datenbank; diese enthält bereits Arbeitsaufträge ({orders}) und Kunden ({clients}).</translation>
    </message>
    <message>
        <source>The login or the password is not correct.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>A login and a display name are required.</source>
        <translation>Ein Benutzername und ein Anzeigename sind erforderlich.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Das Passwort muss mindestens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The login {login} is already taken.</source>
        <translation>Der Benutzername {login} ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Unknown role: {role}</source>
        <translation>Unbekannte Rolle: {role}</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Diesen Benutzer gibt es nicht.</translation>
    </message>
    <message>
        <source>This database already has users: sign in instead.</source>
        <translation>Diese Datenbank hat bereits Benutzer: Melden Sie sich an.</translation>
    </message>
    <message>
        <source>A work order needs a title.</source>
        <translation>Ein Arbeitsauftrag braucht einen Titel.</translation>
    </message>
    <message>
        <source>PPM work orders are generated from their contract&apos;s periods.</source>
        <translation>PPM-Arbeitsaufträge werden aus den Perioden ihres Vertrags erzeugt.</translation>
    </message>
    <message>
        <source>The building no longer exists.</source>
        <translation>Das Gebäude existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Work order {number} does not exist.</source>
        <translation>Der Arbeitsauftrag {number} existiert nicht.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>Administratorkonto anlegen</translation>
    </message>
    <message>
        <source>This server database is new. Create the account of its first administrator; agents are added from there.</source>
        <translation>Diese Serverdatenbank ist neu. Legen Sie das Konto ihres ersten Administrators an; die Agenten werden anschließend von dort aus hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Enter a login and a name.</source>
        <translation>Geben Sie einen Anmeldenamen und einen Namen ein.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Das Passwort muss mindestens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Fortnightly</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Alle zwei Monate</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Four-monthly</source>
        <translation>Alle vier Monate</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Halbjährlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Two-yearly</source>
        <translation>Alle zwei Jahre</translation>
    </message>
    <message>
        <source>Three-yearly</source>
        <translation>Alle drei Jahre</translation>
    </message>
    <message>
        <source>Five-yearly</source>
        <translation>Alle fünf Jahre</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>Saisonal</translation>
    </message>
</context>
<context>
    <name>HelpdeskModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bureau: helpdesk</source>
        <translation>Bureau: Helpdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Bureau</source>
        <translation>Ü&amp;ber Bureau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s)</source>
        <translation>
            <numerusform>%Ln Arbeitsauftrag</numerusform>
            <numerusform>%Ln Arbeitsaufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} on {database}</source>
        <translation>{user} auf {database}</translation>
    </message>
    <message>
        <source>About Bureau</source>
        <translation>Über Bureau</translation>
    </message>
    <message>
        <source>Bureau {version}
The desktop for facilities-management helpdesk agents.</source>
        <translation>Bureau {version}
Die Desktop-Anwendung für Helpdesk-Agenten im Facility-Management.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Cancel PPM work orders</source>
        <translation>PPM-Arbeitsaufträge stornieren</translation>
    </message>
    <message>
        <source>Bulk close PPM work orders</source>
        <translation>PPM-Arbeitsaufträge gesammelt schließen</translation>
    </message>
    <message>
        <source>Edit contracts</source>
        <translation>Verträge bearbeiten</translation>
    </message>
    <message>
        <source>Delete work orders</source>
        <translation>Arbeitsaufträge löschen</translation>
    </message>
    <message>
        <source>Administer users and settings</source>
        <translation>Benutzer und Einstellungen verwalten</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Local database in the data folder</source>
        <translation>Lokale Datenbank im Datenordner</translation>
    </message>
    <message>
        <source>An SQLite file path or a PostgreSQL URL (postgresql://user@server/database). A new database is used from the next start.</source>
        <translation>Ein SQLite-Dateipfad oder eine PostgreSQL-URL (postgresql://benutzer@server/datenbank). Eine neue Datenbank wird ab dem nächsten Start verwendet.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Bureau</source>
        <translation>Bei Bureau anmelden</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot use the database: {error}</source>
        <translation>Die Datenbank kann nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation>Die Datenbank kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>Database upgraded; the previous version was saved as {path}</source>
        <translation>Datenbank aktualisiert; die vorherige Version wurde als {path} gesichert</translation>
    </message>
    <message>
        <source>The database already holds work orders: demo data not added.</source>
        <translation>Die Datenbank enthält bereits Arbeitsaufträge: Demodaten wurden nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Demo data added: {count} work orders.</source>
        <translation>Demodaten hinzugefügt: {count} Arbeitsaufträge.</translation>
    </message>
    <message>
        <source>Signing in is needed: set BUREAU_USER and BUREAU_PASSWORD.</source>
        <translation>Eine Anmeldung ist erforderlich: Setzen Sie BUREAU_USER und BUREAU_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation>Klärung erforderlich</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>Prüfung ausstehend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>WorkOrderType</name>
    <message>
        <source>Reactive</source>
        <translation>Reaktiv</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>PPM</source>
        <translation>PPM</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Einkauf</translation>
    </message>
</context>
</TS>
