<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Ask for clarification</source>
        <translation>Om verduidelijking vragen</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>In de wacht zetten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation>Ter verificatie indienen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>Correction not valid</source>
        <translation>Correctie niet geldig</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Voltooien</translation>
    </message>
    <message>
        <source>Complete with zero balance</source>
        <translation>Voltooien met saldo nul</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Taak annuleren</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Werkorder herstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>To previous status</source>
        <translation>Naar de vorige status</translation>
    </message>
    <message>
        <source>With visit: revisit required</source>
        <translation>Met bezoek: nieuw bezoek nodig</translation>
    </message>
    <message>
        <source>With visit: work completed</source>
        <translation>Met bezoek: werk voltooid</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Opmerking toevoegen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Set fixed cost</source>
        <translation>Vaste kosten instellen</translation>
    </message>
    <message>
        <source>Reference provided</source>
        <translation>Referentie opgegeven</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>{action}: work order {number}</source>
        <translation>{action}: werkorder {number}</translation>
    </message>
    <message>
        <source>Cancel work order {number}, “{title}”. It has not been started. Write down why it is cancelled.</source>
        <translation>Werkorder {number}, ‘{title}’, annuleren. Hij is niet gestart. Noteer waarom hij wordt geannuleerd.</translation>
    </message>
    <message>
        <source>Reject work order {number}, “{title}”. The reason is kept in its activity log.</source>
        <translation>Werkorder {number}, ‘{title}’, afwijzen. De reden wordt in het activiteitenlogboek bewaard.</translation>
    </message>
    <message>
        <source>Ask for clarification on work order {number}, “{title}”: say what is unclear.</source>
        <translation>Verduidelijking vragen over werkorder {number}, ‘{title}’: zeg wat onduidelijk is.</translation>
    </message>
    <message>
        <source>Send work order {number}, “{title}”, back to In progress: say what is not right.</source>
        <translation>Werkorder {number}, ‘{title}’, terugzetten naar In uitvoering: zeg wat niet klopt.</translation>
    </message>
    <message>
        <source>Reinstate work order {number}, “{title}”. Choose how:</source>
        <translation>Werkorder {number}, ‘{title}’, herstellen. Kies hoe:</translation>
    </message>
    <message>
        <source>{action} work order {number}, “{title}”.</source>
        <translation>{action}: werkorder {number}, ‘{title}’.</translation>
    </message>
    <message>
        <source>The contract&apos;s PPM contacts are emailed, and this visit will never be generated again.</source>
        <translation>De PPM-contactpersonen van het contract krijgen een e-mail, en dit bezoek wordt nooit meer gegenereerd.</translation>
    </message>
    <message>
        <source>Current status: {status}.</source>
        <translation>Huidige status: {status}.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Choose how the work order is reinstated.</source>
        <translation>Kies hoe de werkorder wordt hersteld.</translation>
    </message>
    <message>
        <source>Write the cancellation notes: they are required.</source>
        <translation>Schrijf de annuleringsnotities: ze zijn verplicht.</translation>
    </message>
    <message>
        <source>Write the reason for the rejection: it is required.</source>
        <translation>Geef de reden van de afwijzing: die is verplicht.</translation>
    </message>
    <message>
        <source>Write notes for the assignee: reinstating to the previous status requires them.</source>
        <translation>Schrijf notities voor de toegewezene: herstellen naar de vorige status vereist ze.</translation>
    </message>
    <message>
        <source>Write a comment: this action requires one.</source>
        <translation>Schrijf een opmerking: deze actie vereist er een.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign: work order {number}</source>
        <translation>Toewijzen: werkorder {number}</translation>
    </message>
    <message>
        <source>Currently assigned to: {name}.</source>
        <translation>Momenteel toegewezen aan: {name}.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Choose another agent: the work order is already assigned to this one.</source>
        <translation>Kies een andere medewerker: de werkorder is al aan deze toegewezen.</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Add a comment: work order {number}</source>
        <translation>Opmerking toevoegen: werkorder {number}</translation>
    </message>
    <message>
        <source>The comment is added to the work order&apos;s activity log.</source>
        <translation>De opmerking wordt aan het activiteitenlogboek van de werkorder toegevoegd.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Opmerking toevoegen</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Schrijf eerst de opmerking.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not a database URL: {url}</source>
        <translation>Geen database-URL: {url}</translation>
    </message>
    <message>
        <source>Unsupported database {backend}: use an SQLite file or a PostgreSQL URL.</source>
        <translation>Database {backend} wordt niet ondersteund: gebruik een SQLite-bestand of een PostgreSQL-URL.</translation>
    </message>
    <message>
        <source>{path} is not a Bureau database (it is not an SQLite file).</source>
        <translation>{path} is geen Bureau-database (het is geen SQLite-bestand).</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {error}</source>
        <translation>{path} kan niet worden geopend: {error}</translation>
    </message>
    <message>
        <source>{path} is not a Bureau database.</source>
        <translation>{path} is geen Bureau-database.</translation>
    </message>
    <message>
        <source>{path} is not a Bureau database ({error}).</source>
        <translation>{path} is geen Bureau-database ({error}).</translation>
    </message>
    <message>
        <source>The database at {url} is not a Bureau database.</source>
        <translation>De database op {url} is geen Bureau-database.</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Bureau (schema {revision}). Install the newer version to open it.</source>
        <translation>{where} is geschreven door een nieuwere versie van Bureau (schema {revision}). Installeer de nieuwere versie om deze te openen.</translation>
    </message>
    <message>
        <source>The start of a date range must not be after its end.</source>
        <translation>Het begin van een periode mag niet na het einde liggen.</translation>
    </message>
    <message>
        <source>Choose the agent whose work orders to show.</source>
        <translation>Kies de medewerker van wie de werkorders getoond moeten worden.</translation>
    </message>
    <message>
        <source>You do not have the permission to do this ({permission}).</source>
        <translation>U hebt geen toestemming om dit te doen ({permission}).</translation>
    </message>
    <message>
        <source>The demo needs at least one work order (asked for {size}).</source>
        <translation>De demo heeft minstens één werkorder nodig (gevraagd: {size}).</translation>
    </message>
    <message>
        <source>Demo data only goes into an empty database; this one already holds work orders ({orders}) and clients ({clients}).</source>
        <translation>Demogegevens gaan alleen in een lege database; deze bevat al werkorders ({orders}) en klanten ({clients}).</translation>
    </message>
    <message>
        <source>The login or the password is not correct.</source>
        <translation>De gebruikersnaam of het wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>A login and a display name are required.</source>
        <translation>Een gebruikersnaam en een weergavenaam zijn verplicht.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Het wachtwoord moet minstens {count} tekens bevatten.</translation>
    </message>
    <message>
        <source>The login {login} is already taken.</source>
        <translation>De gebruikersnaam {login} is al in gebruik.</translation>
    </message>
    <message>
        <source>Unknown role: {role}</source>
        <translation>Onbekende rol: {role}</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Deze gebruiker bestaat niet.</translation>
    </message>
    <message>
        <source>This database already has users: sign in instead.</source>
        <translation>Deze database heeft al gebruikers: meld u aan.</translation>
    </message>
    <message>
        <source>A work order needs a title.</source>
        <translation>Een werkorder heeft een titel nodig.</translation>
    </message>
    <message>
        <source>PPM work orders are generated from their contract&apos;s periods.</source>
        <translation>PPM-werkorders worden gegenereerd uit de perioden van hun contract.</translation>
    </message>
    <message>
        <source>The building no longer exists.</source>
        <translation>Het gebouw bestaat niet meer.</translation>
    </message>
    <message>
        <source>Choose how the work order is reinstated.</source>
        <translation>Kies hoe de werkorder wordt hersteld.</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation>Schrijf eerst een opmerking.</translation>
    </message>
    <message>
        <source>The agent no longer exists.</source>
        <translation>De medewerker bestaat niet meer.</translation>
    </message>
    <message>
        <source>{name} is no longer an active agent: choose another one.</source>
        <translation>{name} is geen actieve medewerker meer: kies een andere.</translation>
    </message>
    <message>
        <source>A fixed cost cannot be negative.</source>
        <translation>Vaste kosten kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>This fixed cost is too large.</source>
        <translation>Deze vaste kosten zijn te hoog.</translation>
    </message>
    <message>
        <source>Explain the fixed cost: the explanation is required.</source>
        <translation>Licht de vaste kosten toe: de toelichting is verplicht.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s reference.</source>
        <translation>Voer de referentie van de klant in.</translation>
    </message>
    <message>
        <source>A client reference must not be longer than {count} characters.</source>
        <translation>Een klantreferentie mag niet langer zijn dan {count} tekens.</translation>
    </message>
    <message>
        <source>Work order {number} does not exist.</source>
        <translation>Werkorder {number} bestaat niet.</translation>
    </message>
    <message>
        <source>Work order {number} was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Werkorder {number} is door iemand anders gewijzigd sinds u deze hebt geopend. Laad deze opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>Work order {number} was changed automatically at {time} since you opened it. Reload it and try again.</source>
        <translation>Werkorder {number} is op {time} automatisch gewijzigd sinds u deze hebt geopend. Laad deze opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>Work order {number} was changed by {user} at {time} since you opened it. Reload it and try again.</source>
        <translation>Werkorder {number} is op {time} door {user} gewijzigd sinds u deze hebt geopend. Laad deze opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} kan niet worden geschreven: {error}</translation>
    </message>
    <message>
        <source>There is no saved view named {name}.</source>
        <translation>Er is geen opgeslagen weergave met de naam {name}.</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>Geef de weergave een naam.</translation>
    </message>
    <message>
        <source>A view name must not be longer than {count} characters.</source>
        <translation>Een weergavenaam mag niet langer zijn dan {count} tekens.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed. Nothing else was changed. The details are in {path}.</source>
        <translation>Er is iets misgegaan en de laatste actie is mogelijk niet voltooid. Verder is er niets gewijzigd. De details staan in {path}.</translation>
    </message>
    <message>
        <source>“{action}” is not possible. {reason}</source>
        <translation>‘{action}’ is niet mogelijk. {reason}</translation>
    </message>
    <message>
        <source>Write what needs clarifying: the comment is required.</source>
        <translation>Schrijf wat verduidelijkt moet worden: de opmerking is verplicht.</translation>
    </message>
    <message>
        <source>Write why the correction is not valid: the comment is required.</source>
        <translation>Schrijf waarom de correctie niet geldig is: de opmerking is verplicht.</translation>
    </message>
    <message>
        <source>Write why the job is cancelled: the notes are required.</source>
        <translation>Schrijf waarom de taak wordt geannuleerd: de notities zijn verplicht.</translation>
    </message>
    <message>
        <source>Write why the work order is rejected: the reason is required.</source>
        <translation>Schrijf waarom de werkorder wordt afgewezen: de reden is verplicht.</translation>
    </message>
    <message>
        <source>Write why the work order is reinstated: the notes are required.</source>
        <translation>Schrijf waarom de werkorder wordt hersteld: de notities zijn verplicht.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebouw</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>work-orders-{date}</source>
        <translation>werkorders-{date}</translation>
    </message>
    <message>
        <source>Export work orders</source>
        <translation>Werkorders exporteren</translation>
    </message>
    <message>
        <source>{file} already exists. Do you want to replace it?</source>
        <translation>{file} bestaat al. Wilt u het bestand vervangen?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Exporting work orders to {file}…</source>
        <translation>Werkorders worden geëxporteerd naar {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export geannuleerd.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>De export is mislukt: {error}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Search number, title, building</source>
        <translation>Zoeken op nummer, titel, gebouw</translation>
    </message>
    <message>
        <source>Work order number, words of the title, building or client</source>
        <translation>Werkordernummer, woorden uit de titel, gebouw of klant</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioriteit:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>T&amp;oegewezen aan:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Gebouw:</translation>
    </message>
    <message>
        <source>C&amp;reated:</source>
        <translation>&amp;Aangemaakt:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>St&amp;reefdatum:</translation>
    </message>
    <message>
        <source>–</source>
        <comment>between the two dates of a range</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>A&amp;lleen achterstallige</translation>
    </message>
    <message>
        <source>Open work orders whose due date has passed</source>
        <translation>Openstaande werkorders waarvan de streefdatum verstreken is</translation>
    </message>
    <message>
        <source>Rese&amp;t filters</source>
        <translation>&amp;Filters wissen</translation>
    </message>
    <message>
        <source>Show every work order again (the sort is kept)</source>
        <translation>Alle werkorders weer tonen (de sortering blijft behouden)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Open statuses</source>
        <translation>Openstaande statussen</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Alle types</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Alle prioriteiten</translation>
    </message>
    <message>
        <source>Type a date, or press Delete to clear it; F4 opens the calendar.</source>
        <translation>Typ een datum of druk op Delete om deze te wissen; F4 opent de kalender.</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Aangemaakt vanaf</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Aangemaakt tot en met</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Streefdatum vanaf</translation>
    </message>
    <message>
        <source>Due until</source>
        <translation>Streefdatum tot en met</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Mij</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>Unknown agent ({id})</source>
        <translation>Onbekende medewerker ({id})</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>Unknown client ({id})</source>
        <translation>Onbekende klant ({id})</translation>
    </message>
    <message>
        <source>{building} ({client})</source>
        <translation>{building} ({client})</translation>
    </message>
    <message>
        <source>Any building</source>
        <translation>Alle gebouwen</translation>
    </message>
    <message>
        <source>Unknown building ({id})</source>
        <translation>Onbekend gebouw ({id})</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>Beheerdersaccount aanmaken</translation>
    </message>
    <message>
        <source>This server database is new. Create the account of its first administrator; agents are added from there.</source>
        <translation>Deze serverdatabase is nieuw. Maak het account van de eerste beheerder aan; van daaruit worden vervolgens de medewerkers toegevoegd.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Wachtwoord &amp;bevestigen:</translation>
    </message>
    <message>
        <source>Enter a login and a name.</source>
        <translation>Voer een gebruikersnaam en een naam in.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Het wachtwoord moet minstens {count} tekens bevatten.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden komen niet overeen.</translation>
    </message>
</context>
<context>
    <name>FixedCostDialog</name>
    <message>
        <source>Set fixed cost: work order {number}</source>
        <translation>Vaste kosten instellen: werkorder {number}</translation>
    </message>
    <message>
        <source>none (calculated)</source>
        <translation>geen (berekend)</translation>
    </message>
    <message>
        <source>Current fixed cost: {current}. Enter 0 to go back to the calculated cost.</source>
        <translation>Huidige vaste kosten: {current}. Voer 0 in om terug te gaan naar de berekende kosten.</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Bedrag ({currency}):</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <source>Enter the fixed cost.</source>
        <translation>Voer de vaste kosten in.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: write it as {example}.</source>
        <translation>‘{text}’ is geen bedrag: schrijf het als {example}.</translation>
    </message>
    <message>
        <source>A fixed cost cannot be negative.</source>
        <translation>Vaste kosten kunnen niet negatief zijn.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals.</source>
        <translation>Een bedrag heeft hoogstens twee decimalen.</translation>
    </message>
    <message>
        <source>This fixed cost is too large.</source>
        <translation>Deze vaste kosten zijn te hoog.</translation>
    </message>
    <message>
        <source>Explain the fixed cost: the explanation is required.</source>
        <translation>Licht de vaste kosten toe: de toelichting is verplicht.</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <source>Fortnightly</source>
        <translation>Tweewekelijks</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Tweemaandelijks</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Per kwartaal</translation>
    </message>
    <message>
        <source>Four-monthly</source>
        <translation>Viermaandelijks</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Halfjaarlijks</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <source>Two-yearly</source>
        <translation>Tweejaarlijks</translation>
    </message>
    <message>
        <source>Three-yearly</source>
        <translation>Driejaarlijks</translation>
    </message>
    <message>
        <source>Five-yearly</source>
        <translation>Vijfjaarlijks</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>Seizoensgebonden</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebouw</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Overdue: due {date}</source>
        <translation>Achterstallig: streefdatum {date}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bureau: helpdesk</source>
        <translation>Bureau: helpdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Work orders</source>
        <translation>&amp;Werkorders</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolommen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation>&amp;Filters wissen</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>Lijst &amp;exporteren…</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Naar de &amp;lijst</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About Bureau</source>
        <translation>&amp;Over Bureau</translation>
    </message>
    <message>
        <source>Counting work orders…</source>
        <translation>Werkorders worden geteld…</translation>
    </message>
    <message>
        <source>{user} on {database}</source>
        <translation>{user} op {database}</translation>
    </message>
    <message>
        <source>Open the selected work order in a tab (Enter or double-click)</source>
        <translation>De geselecteerde werkorder in een tabblad openen (Enter of dubbelklik)</translation>
    </message>
    <message>
        <source>Open in a new &amp;window</source>
        <translation>Openen in een nieuw &amp;venster</translation>
    </message>
    <message>
        <source>&amp;Close work order tab</source>
        <translation>Werkordertabblad &amp;sluiten</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Volgend tabblad</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Vorig tabblad</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>De lijst kon niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Werkorder</translation>
    </message>
    <message>
        <source>About Bureau</source>
        <translation>Over Bureau</translation>
    </message>
    <message>
        <source>Bureau {version}
The desktop for facilities-management helpdesk agents.</source>
        <translation>Bureau {version}
De desktopapplicatie voor helpdeskmedewerkers in facility management.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Cancel PPM work orders</source>
        <translation>PPM-werkorders annuleren</translation>
    </message>
    <message>
        <source>Bulk close PPM work orders</source>
        <translation>PPM-werkorders in bulk sluiten</translation>
    </message>
    <message>
        <source>Edit contracts</source>
        <translation>Contracten bewerken</translation>
    </message>
    <message>
        <source>Delete work orders</source>
        <translation>Werkorders verwijderen</translation>
    </message>
    <message>
        <source>Administer users and settings</source>
        <translation>Gebruikers en instellingen beheren</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%Ln work order(s)</source>
        <translation>
            <numerusform>%Ln werkorder</numerusform>
            <numerusform>%Ln werkorders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln work order(s)</source>
        <translation>
            <numerusform>Meer dan %Ln werkorder</numerusform>
            <numerusform>Meer dan %Ln werkorders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln werkorder geëxporteerd naar {path}</numerusform>
            <numerusform>%Ln werkorders geëxporteerd naar {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n status</numerusform>
            <numerusform>%n statussen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priority(ies)</source>
        <translation>
            <numerusform>%n prioriteit</numerusform>
            <numerusform>%n prioriteiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Reference provided: work order {number}</source>
        <translation>Referentie ontvangen: werkorder {number}</translation>
    </message>
    <message>
        <source>The reference the client gave for this work order (their order number).</source>
        <translation>De referentie die de klant voor deze werkorder gaf (hun bestelnummer).</translation>
    </message>
    <message>
        <source>Client &amp;reference:</source>
        <translation>Klant&amp;referentie:</translation>
    </message>
    <message>
        <source>Enter the client&apos;s reference.</source>
        <translation>Voer de referentie van de klant in.</translation>
    </message>
    <message>
        <source>This is already the work order&apos;s reference.</source>
        <translation>Dit is al de referentie van de werkorder.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Not possible while the work order is “{status}”.</source>
        <translation>Niet mogelijk zolang de werkorder de status ‘{status}’ heeft.</translation>
    </message>
    <message>
        <source>A started work order cannot be cancelled: complete it with zero balance instead.</source>
        <translation>Een gestarte werkorder kan niet worden geannuleerd: voltooi deze in plaats daarvan met saldo nul.</translation>
    </message>
    <message>
        <source>The work order was already started: resume it instead.</source>
        <translation>De werkorder is al gestart: hervat deze in plaats daarvan.</translation>
    </message>
    <message>
        <source>Cancelling a PPM work order needs the permission “{permission}”.</source>
        <translation>Voor het annuleren van een PPM-werkorder is de toestemming ‘{permission}’ nodig.</translation>
    </message>
    <message>
        <source>Only quotes and reactive work orders can be rejected.</source>
        <translation>Alleen offertes en reactieve werkorders kunnen worden afgewezen.</translation>
    </message>
    <message>
        <source>Reinstating a cancelled PPM work order needs the permission “{permission}”.</source>
        <translation>Voor het herstellen van een geannuleerde PPM-werkorder is de toestemming ‘{permission}’ nodig.</translation>
    </message>
    <message>
        <source>PPM work orders are not cancelled in bulk: cancel each one on its own, or close those whose financial period has ended with “Close PPMs”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactive, quote, purchase and audit work orders cannot be cancelled in bulk: cancel each one on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders are reinstated one at a time: open each one to choose how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing PPM work orders in bulk needs the permission “{permission}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a PPM work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not open: the work order is “{status}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order has no financial end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its financial end date, {date}, has not passed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewsButton</name>
    <message>
        <source>Vi&amp;ews</source>
        <translation>Weerga&amp;ven</translation>
    </message>
    <message>
        <source>Your saved filters: show one, save the current filters, delete one</source>
        <translation>Uw opgeslagen filters: er een tonen, de huidige filters opslaan, er een verwijderen</translation>
    </message>
    <message>
        <source>&amp;Save the current filters as a view…</source>
        <translation>Huidige filters als weergave op&amp;slaan…</translation>
    </message>
    <message>
        <source>&amp;Delete a view</source>
        <translation>Weergave &amp;verwijderen</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Geen opgeslagen weergaven</translation>
    </message>
    <message>
        <source>A view named “{name}” exists already. Replace it with the current filters?</source>
        <translation>Er bestaat al een weergave met de naam ‘{name}’. Wilt u deze vervangen door de huidige filters?</translation>
    </message>
    <message>
        <source>Delete the view “{name}”?</source>
        <translation>De weergave ‘{name}’ verwijderen?</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Weergave opslaan</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Naam van de weergave:</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <source>The saved views could not be read or written. Check the connection to the database.</source>
        <translation>De opgeslagen weergaven konden niet worden gelezen of geschreven. Controleer de verbinding met de database.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Local database in the data folder</source>
        <translation>Lokale database in de gegevensmap</translation>
    </message>
    <message>
        <source>An SQLite file path or a PostgreSQL URL (postgresql://user@server/database). A new database is used from the next start.</source>
        <translation>Een SQLite-bestandspad of een PostgreSQL-URL (postgresql://gebruiker@server/database). Een nieuwe database wordt vanaf de volgende start gebruikt.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Bureau</source>
        <translation>Aanmelden bij Bureau</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot use the database: {error}</source>
        <translation>De database kan niet worden gebruikt: {error}</translation>
    </message>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation>De database kan niet worden geopend: {error}</translation>
    </message>
    <message>
        <source>Database upgraded; the previous version was saved as {path}</source>
        <translation>Database bijgewerkt; de vorige versie is opgeslagen als {path}</translation>
    </message>
    <message>
        <source>The database already holds work orders: demo data not added.</source>
        <translation>De database bevat al werkorders: demogegevens niet toegevoegd.</translation>
    </message>
    <message>
        <source>Demo data added: {count} work orders.</source>
        <translation>Demogegevens toegevoegd: {count} werkorders.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Signing in is needed: set BUREAU_USER and BUREAU_PASSWORD.</source>
        <translation>Aanmelden is nodig: stel BUREAU_USER en BUREAU_PASSWORD in.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation>Verduidelijking nodig</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In de wacht</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>Wacht op verificatie</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Fixed cost</source>
        <translation>Vaste kosten</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>Klantreferentie</translation>
    </message>
    <message>
        <source>Notified contacts</source>
        <translation>Contactpersonen op de hoogte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Created the work order.</source>
        <translation>Heeft de werkorder aangemaakt.</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>Status: {old} → {new}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Email queued for {addresses}</source>
        <translation>E-mail voor {addresses} in de wachtrij</translation>
    </message>
    <message>
        <source>{field} set to {new}</source>
        <translation>{field} ingesteld op {new}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Er is nog niets gebeurd.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetailView</name>
    <message>
        <source>WO {number}</source>
        <translation>WO {number}</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Acties</translation>
    </message>
    <message>
        <source>The agent&apos;s actions on this work order</source>
        <translation>De acties van de medewerker op deze werkorder</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Read the work order again from the database (F5)</source>
        <translation>De werkorder opnieuw uit de database lezen (F5)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebouw</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>PPM period</source>
        <translation>PPM-periode</translation>
    </message>
    <message>
        <source>Fixed cost</source>
        <translation>Vaste kosten</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>Klantreferentie</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Op de hoogte</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{job}: {start} to {end}</source>
        <translation>{job}: {start} tot {end}</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (te laat)</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>berekend</translation>
    </message>
    <message>
        <source> (invoice only)</source>
        <translation> (alleen factuur)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>The due date has passed and the work order is still open.</source>
        <translation>De vervaldatum is verstreken en de werkorder staat nog open.</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Geen omschrijving.</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Werkorder {number}</translation>
    </message>
</context>
<context>
    <name>WorkOrderType</name>
    <message>
        <source>Reactive</source>
        <translation>Reactief</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Offerte</translation>
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
        <translation>Inkoop</translation>
    </message>
</context>
<context>
    <name>WorkOrderWindow</name>
    <message>
        <source>Work order {number}: {title}</source>
        <translation>Werkorder {number}: {title}</translation>
    </message>
</context>
</TS>
