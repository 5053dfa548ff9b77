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
        <source>The contract's PPM contacts are emailed, and this visit will never be generated again.</source>
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
    <name>AddBuildingsDialog</name>
    <message>
        <source>Add buildings</source>
        <translation>Gebouwen toevoegen</translation>
    </message>
    <message>
        <source>Tick the buildings of the client to add to the PPM job “{job}”. Each is planned with the job's defaults, which you can then change per building.</source>
        <translation>Vink de gebouwen van de klant aan die u aan de PPM-taak ‘{job}’ wilt toevoegen. Elk gebouw wordt gepland met de standaardwaarden van de taak, die u daarna per gebouw kunt wijzigen.</translation>
    </message>
    <message>
        <source>Search: part of the building's name, city or postcode</source>
        <translation>Zoeken: een deel van de naam, de plaats of de postcode van het gebouw</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s) ticked</source>
        <translation>
            <numerusform>%n gebouw aangevinkt</numerusform>
            <numerusform>%n gebouwen aangevinkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n building(s)</source>
        <translation>
            <numerusform>%n gebouw &amp;toevoegen</numerusform>
            <numerusform>%n gebouwen &amp;toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>{name} — {city}</source>
        <translation>{name} — {city}</translation>
    </message>
    <message>
        <source>{building} (left the job after {date})</source>
        <translation>{building} (heeft de taak na {date} verlaten)</translation>
    </message>
    <message>
        <source>This building left the job after {date}: it cannot be added to it again.</source>
        <translation>Dit gebouw heeft de taak na {date} verlaten: het kan er niet opnieuw aan worden toegevoegd.</translation>
    </message>
    <message>
        <source>{building} (already in the job)</source>
        <translation>{building} (al in de taak)</translation>
    </message>
    <message>
        <source>This building is already in the job.</source>
        <translation>Dit gebouw hoort al bij de taak.</translation>
    </message>
</context>
<context>
    <name>AdministrationTools</name>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administratie</translation>
    </message>
    <message>
        <source>&amp;Agents and roles…</source>
        <translation>&amp;Medewerkers en rollen…</translation>
    </message>
    <message>
        <source>The agents, their roles and the permissions each role grants</source>
        <translation>De medewerkers, hun rollen en de rechten die elke rol geeft</translation>
    </message>
    <message>
        <source>My &amp;account…</source>
        <translation>Mijn a&amp;ccount…</translation>
    </message>
    <message>
        <source>Your display name, email, language and password</source>
        <translation>Uw weergavenaam, e-mailadres, taal en wachtwoord</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mijn account</translation>
    </message>
</context>
<context>
    <name>AdministrationWindow</name>
    <message>
        <source>Agents and roles</source>
        <translation>Medewerkers en rollen</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Medewerkers</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>&amp;Rollen</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <source>New agent</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <source>The agent's account. Agents can be assigned work orders once they exist.</source>
        <translation>Het account van de medewerker. Zodra het bestaat, kunnen er werkorders aan worden toegewezen.</translation>
    </message>
    <message>
        <source>Create agent</source>
        <translation>Medewerker aanmaken</translation>
    </message>
    <message>
        <source>Edit agent</source>
        <translation>Medewerker bewerken</translation>
    </message>
    <message>
        <source>Changes apply from the agent's next sign-in.</source>
        <translation>De wijzigingen gelden vanaf de volgende aanmelding van de medewerker.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Weergave&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
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
        <source>The agent &amp;must choose a new password at their first sign-in</source>
        <translation>De medewerker &amp;moet bij de eerste aanmelding een nieuw wachtwoord kiezen</translation>
    </message>
    <message>
        <source>Give the agent's login.</source>
        <translation>Geef de gebruikersnaam van de medewerker op.</translation>
    </message>
    <message>
        <source>Give the agent's display name.</source>
        <translation>Geef de weergavenaam van de medewerker op.</translation>
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
    <name>AgentsPage</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>&amp;Nieuwe medewerker…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactiveren</translation>
    </message>
    <message>
        <source>The agent can no longer sign in nor be assigned; their work orders keep their name</source>
        <translation>De medewerker kan zich niet meer aanmelden en niet meer worden toegewezen; zijn werkorders behouden zijn naam</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Heractiveren</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>&amp;Wachtwoord instellen…</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Gedeactiveerd</translation>
    </message>
    <message>
        <source>Active, no password yet</source>
        <translation>Actief, nog geen wachtwoord</translation>
    </message>
    <message>
        <source>Active, new password required</source>
        <translation>Actief, nieuw wachtwoord vereist</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Medewerkers</translation>
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
    <name>AttachRunner</name>
    <message>
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wordt gelezen…</translation>
    </message>
    <message>
        <source>Attaching {file}…</source>
        <translation>{file} wordt bijgevoegd…</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Bijlage openen</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Bijlage opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>The file could not be attached: {error}</source>
        <translation>Het bestand kon niet worden bijgevoegd: {error}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <source>Drop files onto the work order or paste an image (Ctrl+V) to attach them. Accepted: {types}.</source>
        <translation>Sleep bestanden naar de werkorder of plak een afbeelding (Ctrl+V) om ze bij te voegen. Geaccepteerd: {types}.</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Bestand bijvoegen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Afbeelding plakken</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
    </message>
    <message>
        <source>Accepted files ({patterns})</source>
        <translation>Geaccepteerde bestanden ({patterns})</translation>
    </message>
    <message>
        <source>A file is being attached: wait until it is done, then try again.</source>
        <translation>Er wordt een bestand bijgevoegd: wacht tot dat klaar is en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The clipboard holds no image to attach.</source>
        <translation>Het klembord bevat geen afbeelding om bij te voegen.</translation>
    </message>
    <message>
        <source>Pasted image {moment}.png</source>
        <translation>Geplakte afbeelding {moment}.png</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Bijlage opslaan</translation>
    </message>
    <message>
        <source>“{file}” could not be written: {reason}</source>
        <translation>‘{file}’ kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Bijlage openen</translation>
    </message>
    <message>
        <source>No program could open {file}.</source>
        <translation>Geen enkel programma kon {file} openen.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Bijlage verwijderen</translation>
    </message>
    <message>
        <source>Remove “{file}” from the work order?</source>
        <translation>‘{file}’ uit de werkorder verwijderen?</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>The attachments of work order {number} were not copied: {reason}</source>
        <translation>De bijlagen van werkorder {number} zijn niet gekopieerd: {reason}</translation>
    </message>
    <message>
        <source>Attach files to this work order</source>
        <translation>Bestanden bij deze werkorder voegen</translation>
    </message>
</context>
<context>
    <name>BuildingCertificatesDialog</name>
    <message>
        <source>Certificates of {building}</source>
        <translation>Certificaten van {building}</translation>
    </message>
    <message>
        <source>The certificates issued for {building} under its certificate-based PPM jobs, newest first. The last passed one of a job sets when its next visit is due.</source>
        <translation>De certificaten die voor {building} zijn afgegeven onder zijn PPM-taken op basis van certificaten, de nieuwste eerst. Het laatste goedgekeurde certificaat van een taak bepaalt wanneer het volgende bezoek nodig is.</translation>
    </message>
    <message>
        <source>PPM job</source>
        <translation>PPM-taak</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Afgegeven</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Bekijken</translation>
    </message>
    <message>
        <source>Open the selected certificate's document with the system's viewer</source>
        <translation>Het document van het geselecteerde certificaat openen met de viewer van het systeem</translation>
    </message>
    <message>
        <source>&amp;Record certificate…</source>
        <translation>Certificaat &amp;vastleggen…</translation>
    </message>
    <message>
        <source>Record a certificate of this building with its document</source>
        <translation>Een certificaat van dit gebouw met zijn document vastleggen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Afgekeurd</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>Recorded by {agent} on {when}</source>
        <translation>Vastgelegd door {agent} op {when}</translation>
    </message>
    <message>
        <source>an agent no longer known</source>
        <translation>een medewerker die niet meer bekend is</translation>
    </message>
    <message>
        <source>From work order {number}</source>
        <translation>Vanuit werkorder {number}</translation>
    </message>
    <message>
        <source>No certificate has been recorded for this building yet.</source>
        <translation>Voor dit gebouw is nog geen certificaat vastgelegd.</translation>
    </message>
    <message>
        <source>This building is in no certificate-based PPM job: it has no certificates to record.</source>
        <translation>Dit gebouw zit in geen PPM-taak op basis van certificaten: er zijn geen certificaten vast te leggen.</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>New building</source>
        <translation>Nieuw gebouw</translation>
    </message>
    <message>
        <source>A building of a client, where work orders are logged and PPM visits made.</source>
        <translation>Een gebouw van een klant, waarvoor werkorders worden vastgelegd en PPM-bezoeken plaatsvinden.</translation>
    </message>
    <message>
        <source>Edit building</source>
        <translation>Gebouw bewerken</translation>
    </message>
    <message>
        <source>Correct the building {name}.</source>
        <translation>Corrigeer het gebouw {name}.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <source>Start da&amp;te:</source>
        <translation>&amp;Begindatum:</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>&amp;Einddatum:</translation>
    </message>
    <message>
        <source>Access n&amp;otes:</source>
        <translation>&amp;Toegangsinstructies:</translation>
    </message>
    <message>
        <source>Required: type part of the client's name or reference</source>
        <translation>Verplicht: typ een deel van de naam of referentie van de klant</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Required: number and street</source>
        <translation>Verplicht: straat en huisnummer</translation>
    </message>
    <message>
        <source>Type part of the name or the code</source>
        <translation>Typ een deel van de naam of de code</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Optional: the day the building leaves the client. Delete clears it.</source>
        <translation>Optioneel: de dag waarop het gebouw de klant verlaat. Delete wist de datum.</translation>
    </message>
    <message>
        <source>Optional: keys, codes, opening hours, whom to ask at the door</source>
        <translation>Optioneel: sleutels, codes, openingstijden, bij wie aan te melden</translation>
    </message>
    <message>
        <source>Closures (no PPM visit is planned while the building is closed)</source>
        <translation>Sluitingen (tijdens een sluiting van het gebouw wordt geen PPM-bezoek gepland)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Add c&amp;losure</source>
        <translation>Sl&amp;uiting toevoegen</translation>
    </message>
    <message>
        <source>Re&amp;move closure</source>
        <translation>Sluiting &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>C&amp;ertificates…</source>
        <translation>Ce&amp;rtificaten…</translation>
    </message>
    <message>
        <source>The building's certificates: view their documents, record one</source>
        <translation>De certificaten van het gebouw: hun documenten bekijken, er een vastleggen</translation>
    </message>
    <message>
        <source>Choose the client from the list: type part of its name or reference.</source>
        <translation>Kies de klant uit de lijst: typ een deel van de naam of referentie.</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>Kies de klant.</translation>
    </message>
    <message>
        <source>Give the building's name.</source>
        <translation>Geef de naam van het gebouw op.</translation>
    </message>
    <message>
        <source>Give the building's address.</source>
        <translation>Geef het adres van het gebouw op.</translation>
    </message>
    <message>
        <source>Give the building's postcode.</source>
        <translation>Geef de postcode van het gebouw op.</translation>
    </message>
    <message>
        <source>Give the building's city.</source>
        <translation>Geef de plaats van het gebouw op.</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>Kies het land uit de lijst.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>De einddatum mag niet vóór de begindatum liggen.</translation>
    </message>
    <message>
        <source>A closure ends before it starts (row {row}).</source>
        <translation>Een sluiting eindigt voordat ze begint (rij {row}).</translation>
    </message>
    <message>
        <source>The PPM periods of this building were re-planned. Work orders cancelled automatically: {numbers}.</source>
        <translation>De PPM-periodes van dit gebouw zijn opnieuw gepland. Automatisch geannuleerde werkorders: {numbers}.</translation>
    </message>
    <message>
        <source>These started work orders are no longer in a valid PPM period and were left open: {numbers}. Complete or cancel them yourself.</source>
        <translation>Deze gestarte werkorders vallen niet meer in een geldige PPM-periode en zijn open gebleven: {numbers}. Rond ze zelf af of annuleer ze.</translation>
    </message>
    <message>
        <source>PPM periods re-planned</source>
        <translation>PPM-periodes opnieuw gepland</translation>
    </message>
</context>
<context>
    <name>BuildingImport</name>
    <message>
        <source>Client reference</source>
        <translation>Klantreferentie</translation>
    </message>
    <message>
        <source>Building name</source>
        <translation>Naam van het gebouw</translation>
    </message>
    <message>
        <source>Address line</source>
        <translation>Adresregel</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Toegangsinstructies</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Hoofdkantoor</translation>
    </message>
    <message>
        <source>12 Station Road</source>
        <translation>Stationsstraat 12</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <source>Keys at the reception desk, badge needed after 6 pm.</source>
        <translation>Sleutels bij de receptie, na 18.00 uur is een badge nodig.</translation>
    </message>
    <message>
        <source>CLIENT-REF</source>
        <translation>KLANT-REF</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gebouwen</translation>
    </message>
</context>
<context>
    <name>BuildingPanel</name>
    <message>
        <source>&amp;Open work orders (double-click one to open it):</source>
        <translation>O&amp;penstaande werkorders (dubbelklik om er een te openen):</translation>
    </message>
    <message>
        <source>&amp;PPM jobs it is in:</source>
        <translation>PPM-taken waar&amp;in het is opgenomen:</translation>
    </message>
    <message>
        <source>Select a building to see its page.</source>
        <translation>Selecteer een gebouw om de gegevens ervan te zien.</translation>
    </message>
    <message>
        <source>Client: {client}</source>
        <translation>Klant: {client}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Van {start} tot {end}</translation>
    </message>
    <message>
        <source>Since {start}</source>
        <translation>Sinds {start}</translation>
    </message>
    <message>
        <source>Access: {notes}</source>
        <translation>Toegang: {notes}</translation>
    </message>
    <message>
        <source>Closed from {start} to {end}</source>
        <translation>Gesloten van {start} tot en met {end}</translation>
    </message>
    <message>
        <source>Archived: offered for no new work.</source>
        <translation>Gearchiveerd: niet meer aangeboden voor nieuw werk.</translation>
    </message>
    <message>
        <source>No open work order.</source>
        <translation>Geen openstaande werkorders.</translation>
    </message>
    <message>
        <source>{contract}: {job}</source>
        <translation>{contract}: {job}</translation>
    </message>
    <message>
        <source>In no PPM job.</source>
        <translation>In geen enkele PPM-taak.</translation>
    </message>
</context>
<context>
    <name>BuildingsView</name>
    <message>
        <source>Buildings</source>
        <translation>Gebouwen</translation>
    </message>
    <message>
        <source>Name, address, postcode, city or client reference</source>
        <translation>Naam, adres, postcode, plaats of referentie van de klant</translation>
    </message>
    <message>
        <source>Add a building</source>
        <translation>Een gebouw toevoegen</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>&amp;Bulk</source>
        <translation>Bulk&amp;acties</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Status wijzigen…</translation>
    </message>
    <message>
        <source>Apply a status action to each selected work order that allows it</source>
        <translation>Een statusactie toepassen op elke geselecteerde werkorder die dat toestaat</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Toewijzen aan…</translation>
    </message>
    <message>
        <source>Assign the selected open work orders to an agent</source>
        <translation>De geselecteerde openstaande werkorders aan een medewerker toewijzen</translation>
    </message>
    <message>
        <source>&amp;Close PPMs…</source>
        <translation>PPM’s &amp;afsluiten…</translation>
    </message>
    <message>
        <source>Close the selected open PPM work orders whose financial end date has passed</source>
        <translation>De geselecteerde openstaande PPM-werkorders afsluiten waarvan de financiële einddatum verstreken is</translation>
    </message>
    <message>
        <source>Needs the permission “{permission}”.</source>
        <translation>Vereist de toestemming ‘{permission}’.</translation>
    </message>
</context>
<context>
    <name>BulkAssignDialog</name>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <source>Choose the agent, or Unassigned.</source>
        <translation>Kies de medewerker of ‘Niet toegewezen’.</translation>
    </message>
</context>
<context>
    <name>BulkClosePpmDialog</name>
    <message>
        <source>Close PPMs</source>
        <translation>PPM’s afsluiten</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>Optional: logged on each work order closed</source>
        <translation>Optioneel: vastgelegd bij elke afgesloten werkorder</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Close PPMs</source>
        <translation>PPM’s afsluiten</translation>
    </message>
    <message>
        <source>Change status: {action}</source>
        <translation>Status wijzigen: {action}</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>Lijst &amp;kopiëren</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>Change status: {action}</source>
        <translation>Status wijzigen: {action}</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Close PPMs</source>
        <translation>PPM’s afsluiten</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Bulkactie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The bulk action stopped: {error}</source>
        <translation>De bulkactie is gestopt: {error}</translation>
    </message>
</context>
<context>
    <name>BulkStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Actie:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>Cancel job and Reinstate are not done in bulk: open each work order to cancel or reinstate it.</source>
        <translation>‘Taak annuleren’ en ‘Werkorder herstellen’ kunnen niet in bulk: open elke werkorder afzonderlijk om deze te annuleren of te herstellen.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Required: logged on each work order</source>
        <translation>Verplicht: vastgelegd bij elke werkorder</translation>
    </message>
    <message>
        <source>Optional: logged on each work order</source>
        <translation>Optioneel: vastgelegd bij elke werkorder</translation>
    </message>
    <message>
        <source>Write a comment: this action requires one.</source>
        <translation>Schrijf een opmerking: deze actie vereist er een.</translation>
    </message>
</context>
<context>
    <name>CertificateViewer</name>
    <message>
        <source>View certificate</source>
        <translation>Certificaat bekijken</translation>
    </message>
    <message>
        <source>The document could not be written to a temporary file: {error}</source>
        <translation>Het document kon niet naar een tijdelijk bestand worden geschreven: {error}</translation>
    </message>
    <message>
        <source>No program on this computer opens “{name}”. It was saved as {path}.</source>
        <translation>Geen programma op deze computer opent ‘{name}’. Het is opgeslagen als {path}.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Certificate recorded: passed, issued on {issued}. Reference: {reference}. Document: {file}.</source>
        <translation>Certificaat vastgelegd: goedgekeurd, afgegeven op {issued}. Referentie: {reference}. Document: {file}.</translation>
    </message>
    <message>
        <source>Certificate recorded: failed, issued on {issued}. Reference: {reference}. Document: {file}.</source>
        <translation>Certificaat vastgelegd: afgekeurd, afgegeven op {issued}. Referentie: {reference}. Document: {file}.</translation>
    </message>
    <message>
        <source>Valid until {date}.</source>
        <translation>Geldig tot {date}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>ChangeAction</name>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Hersteld</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Wachtwoord ingesteld</translation>
    </message>
    <message>
        <source>New password required at next sign-in</source>
        <translation>Nieuw wachtwoord vereist bij de volgende aanmelding</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changes</source>
        <translation>Wat verandert</translation>
    </message>
    <message numerus="yes">
        <source>Saving changes %n period(s) of {building}:</source>
        <translation>
            <numerusform>Opslaan wijzigt %n periode van {building}:</numerusform>
            <numerusform>Opslaan wijzigt %n periodes van {building}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-planned now, %n period(s) of {building} change:</source>
        <translation>
            <numerusform>Nu opnieuw gepland verandert %n periode van {building}:</numerusform>
            <numerusform>Nu opnieuw gepland veranderen %n periodes van {building}:</numerusform>
        </translation>
    </message>
    <message>
        <source>Site value: {value}, unchanged.</source>
        <translation>Locatiewaarde: {value}, ongewijzigd.</translation>
    </message>
    <message>
        <source>Site value: {before} → {after}</source>
        <translation>Locatiewaarde: {before} → {after}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>&amp;Save these changes</source>
        <translation>Deze wijzigingen op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Period added</source>
        <translation>Periode toegevoegd</translation>
    </message>
    <message>
        <source>Period removed</source>
        <translation>Periode verwijderd</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>A client whose buildings Bureau looks after.</source>
        <translation>Een klant wiens gebouwen Bureau beheert.</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Klant bewerken</translation>
    </message>
    <message>
        <source>Correct the name or the reference of {name}.</source>
        <translation>Corrigeer de naam of de referentie van {name}.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referentie:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Required: a short code no other client has</source>
        <translation>Verplicht: een korte code die geen andere klant heeft</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Give the client's name.</source>
        <translation>Geef de naam van de klant op.</translation>
    </message>
    <message>
        <source>Give the client's reference.</source>
        <translation>Geef de referentie van de klant op.</translation>
    </message>
</context>
<context>
    <name>ClientLookup</name>
    <message>
        <source>{name} ({reference})</source>
        <translation>{name} ({reference})</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>&amp;Buildings:</source>
        <translation>&amp;Gebouwen:</translation>
    </message>
    <message>
        <source>C&amp;ontacts:</source>
        <translation>C&amp;ontactpersonen:</translation>
    </message>
    <message>
        <source>Contracts:</source>
        <translation>Contracten:</translation>
    </message>
    <message>
        <source>O&amp;pen work orders:</source>
        <translation>O&amp;penstaande werkorders:</translation>
    </message>
    <message>
        <source>Add a building…</source>
        <translation>Gebouw toevoegen…</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Contactpersoon toevoegen…</translation>
    </message>
    <message>
        <source>Select a client to see its page.</source>
        <translation>Selecteer een klant om de gegevens ervan te zien.</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Referentie: {reference}</translation>
    </message>
    <message>
        <source>Archived: offered for no new work.</source>
        <translation>Gearchiveerd: niet meer aangeboden voor nieuw werk.</translation>
    </message>
    <message>
        <source>List the client's buildings</source>
        <translation>De gebouwen van de klant tonen</translation>
    </message>
    <message>
        <source>List the client's contacts</source>
        <translation>De contactpersonen van de klant tonen</translation>
    </message>
    <message>
        <source>Open the contracts</source>
        <translation>De contracten openen</translation>
    </message>
    <message>
        <source>Show the client's open work orders in the helpdesk list</source>
        <translation>De openstaande werkorders van de klant in de helpdesklijst tonen</translation>
    </message>
    <message>
        <source>Active buildings and contacts are counted.</source>
        <translation>Alleen actieve gebouwen en contactpersonen worden geteld.</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Name or reference</source>
        <translation>Naam of referentie</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Een klant toevoegen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>de volgende argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>een waarde wordt verwacht</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s betekenen</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>expliciet argument genegeerd: %r</translation>
    </message>
    <message>
        <source>not a whole number: {text}</source>
        <translation>geen geheel getal: {text}</translation>
    </message>
    <message>
        <source>must be greater than 0: {text}</source>
        <translation>moet groter zijn dan 0: {text}</translation>
    </message>
    <message>
        <source>must be at most {limit}: {text}</source>
        <translation>mag hoogstens {limit} zijn: {text}</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>geen datum (JJJJ-MM-DD): {text}</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Add a comment: work order {number}</source>
        <translation>Opmerking toevoegen: werkorder {number}</translation>
    </message>
    <message>
        <source>The comment is added to the work order's activity log.</source>
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
    <name>ContactDialog</name>
    <message>
        <source>{name} – {address}, {postcode} {city}</source>
        <translation>{name} – {address}, {postcode} {city}</translation>
    </message>
    <message>
        <source>Choose the client to list their buildings.</source>
        <translation>Kies de klant om de gebouwen ervan te tonen.</translation>
    </message>
    <message>
        <source>No building of this client matches.</source>
        <translation>Geen gebouw van deze klant komt overeen.</translation>
    </message>
    <message>
        <source>This client has no buildings yet.</source>
        <translation>Deze klant heeft nog geen gebouwen.</translation>
    </message>
    <message>
        <source>The first {count} are listed: type to find the others.</source>
        <translation>De eerste {count} staan in de lijst: typ om de andere te vinden.</translation>
    </message>
    <message>
        <source>Ticked: {count}.</source>
        <translation>Aangevinkt: {count}.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <source>Someone at a client who calls in, or whom Bureau emails.</source>
        <translation>Iemand bij een klant die belt, of aan wie Bureau e-mails stuurt.</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Contactpersoon bewerken</translation>
    </message>
    <message>
        <source>Correct the contact {name}.</source>
        <translation>Corrigeer de contactpersoon {name}.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>Required: type part of the client's name or reference</source>
        <translation>Verplicht: typ een deel van de naam of referentie van de klant</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Optional: needed to email them</source>
        <translation>Optioneel: nodig om e-mails te sturen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Same as the sender</source>
        <translation>Zoals de afzender</translation>
    </message>
    <message>
        <source>The language of the emails Bureau sends them</source>
        <translation>De taal van de e-mails die Bureau stuurt</translation>
    </message>
    <message>
        <source>Receives the PPM emails (planned &amp;maintenance)</source>
        <translation>Ontvangt de PPM-e-mails (&amp;gepland onderhoud)</translation>
    </message>
    <message>
        <source>&amp;Buildings they are the contact for</source>
        <translation>Ge&amp;bouwen waarvoor hij contactpersoon is</translation>
    </message>
    <message>
        <source>Type part of a building's name, address or city</source>
        <translation>Typ een deel van de naam, het adres of de plaats van een gebouw</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Choose the client from the list: type part of its name or reference.</source>
        <translation>Kies de klant uit de lijst: typ een deel van de naam of referentie.</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>Kies de klant.</translation>
    </message>
    <message>
        <source>Give the contact's name.</source>
        <translation>Geef de naam van de contactpersoon op.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Name, email or phone</source>
        <translation>Naam, e-mail of telefoon</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Een contactpersoon toevoegen</translation>
    </message>
</context>
<context>
    <name>ContractChangesDialog</name>
    <message>
        <source>What changes</source>
        <translation>Wat verandert</translation>
    </message>
    <message numerus="yes">
        <source>Saving re-plans the PPM periods of %n building(s). Choose one to see its periods before and after. Work orders of periods that turn invalid are cancelled unless they have started.</source>
        <translation>
            <numerusform>Opslaan plant de PPM-periodes van %n gebouw opnieuw. Kies het om de periodes ervoor en erna te zien. Werkorders van periodes die ongeldig worden, worden geannuleerd tenzij ze zijn gestart.</numerusform>
            <numerusform>Opslaan plant de PPM-periodes van %n gebouwen opnieuw. Kies er een om de periodes ervoor en erna te zien. Werkorders van periodes die ongeldig worden, worden geannuleerd tenzij ze zijn gestart.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save these changes</source>
        <translation>Deze wijzigingen op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message numerus="yes">
        <source>{job} — {building}: %n period(s)</source>
        <translation>
            <numerusform>{job} — {building}: %n periode</numerusform>
            <numerusform>{job} — {building}: %n periodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New contract</source>
        <translation>Nieuw contract</translation>
    </message>
    <message>
        <source>A contract with a client: its PPM jobs plan the visits of the client's buildings.</source>
        <translation>Een contract met een klant: de PPM-taken ervan plannen de bezoeken aan de gebouwen van de klant.</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>Contract bewerken</translation>
    </message>
    <message>
        <source>Edit the contract {reference}. New dates or a new financial-year start re-plan the PPM periods of its buildings: OK shows what changes before it saves.</source>
        <translation>Het contract {reference} bewerken. Nieuwe datums of een nieuw begin van het boekjaar plannen de PPM-periodes van de gebouwen opnieuw: OK toont wat er verandert voordat het opslaat.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referentie:</translation>
    </message>
    <message>
        <source>Start da&amp;te:</source>
        <translation>&amp;Begindatum:</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>&amp;Einddatum:</translation>
    </message>
    <message>
        <source>&amp;Financial year starts on:</source>
        <translation>&amp;Boekjaar begint op:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Manual generation:</source>
        <translation>&amp;Handmatige generatie:</translation>
    </message>
    <message>
        <source>Required: type part of the client's name or reference</source>
        <translation>Verplicht: typ een deel van de naam of referentie van de klant</translation>
    </message>
    <message>
        <source>The contract has PPM jobs: its client can no longer change.</source>
        <translation>Het contract heeft PPM-taken: de klant kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>Required, unique</source>
        <translation>Verplicht, uniek</translation>
    </message>
    <message>
        <source>The month and day each financial year of the contract starts</source>
        <translation>De maand en dag waarop elk boekjaar van het contract begint</translation>
    </message>
    <message>
        <source>The day of the month the financial year starts</source>
        <translation>De dag van de maand waarop het boekjaar begint</translation>
    </message>
    <message>
        <source>Type part of the name or the code</source>
        <translation>Typ een deel van de naam of de code</translation>
    </message>
    <message>
        <source>Generate its PPM work orders only by hand</source>
        <translation>De PPM-werkorders alleen met de hand genereren</translation>
    </message>
    <message>
        <source>Its PPM work orders are then created only from Work orders &gt; Generate due PPMs, where they start unticked; the scheduled generation leaves them.</source>
        <translation>De PPM-werkorders worden dan alleen aangemaakt via Werkorders &gt; Verschuldigde PPM’s genereren, waar ze niet aangevinkt beginnen; de geplande generatie slaat ze over.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Choose the client from the list: type part of its name or reference.</source>
        <translation>Kies de klant uit de lijst: typ een deel van de naam of referentie.</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>Kies de klant.</translation>
    </message>
    <message>
        <source>Give the contract's reference.</source>
        <translation>Geef de referentie van het contract op.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>De einddatum mag niet vóór de begindatum liggen.</translation>
    </message>
    <message>
        <source>Choose the currency from the list, or type its three-letter code.</source>
        <translation>Kies de valuta uit de lijst of typ de code van drie letters.</translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <source>Contracts</source>
        <translation>Contracten</translation>
    </message>
    <message>
        <source>PPM jobs</source>
        <translation>PPM-taken</translation>
    </message>
    <message>
        <source>Buildings of the job</source>
        <translation>Gebouwen van de taak</translation>
    </message>
    <message>
        <source>PPM</source>
        <translation>PPM</translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation>&amp;Nieuw contract…</translation>
    </message>
    <message>
        <source>&amp;Edit contract…</source>
        <translation>Contract &amp;bewerken…</translation>
    </message>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>Gearchiveerde &amp;tonen</translation>
    </message>
    <message>
        <source>List the archived contracts too (in grey)</source>
        <translation>Ook de gearchiveerde contracten tonen (in grijs)</translation>
    </message>
    <message>
        <source>New PPM &amp;job…</source>
        <translation>Nieuwe PPM-&amp;taak…</translation>
    </message>
    <message>
        <source>Edit actions</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Edit job PPM details…</source>
        <translation>PPM-gegevens van de taak bewerken…</translation>
    </message>
    <message>
        <source>Add buildings…</source>
        <translation>Gebouwen toevoegen…</translation>
    </message>
    <message>
        <source>Edit job building PPM details…</source>
        <translation>PPM-gegevens van het gebouw in de taak bewerken…</translation>
    </message>
    <message>
        <source>Edit job PPM building periods…</source>
        <translation>PPM-periodes van het gebouw voor de taak bewerken…</translation>
    </message>
    <message>
        <source>Remove from job…</source>
        <translation>Uit de taak verwijderen…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Manual generation</source>
        <translation>Handmatige generatie</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequentie</translation>
    </message>
    <message>
        <source>Certificate based</source>
        <translation>Op basis van certificaat</translation>
    </message>
    <message>
        <source>Lead days</source>
        <translation>Aanlooptijd (dagen)</translation>
    </message>
    <message>
        <source>Dynamic dates supported</source>
        <translation>Dynamische datums ondersteund</translation>
    </message>
    <message>
        <source>Excluded from dynamic dates</source>
        <translation>Uitgesloten van dynamische datums</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebouw</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Invoice amount</source>
        <translation>Factuurbedrag</translation>
    </message>
    <message>
        <source>Site value</source>
        <translation>Locatiewaarde</translation>
    </message>
    <message>
        <source>Partial periods</source>
        <translation>Gedeeltelijke periodes</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periodes</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Werkorders</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Archived: its PPM work orders are not generated; restore it to change it.</source>
        <translation>Gearchiveerd: de PPM-werkorders worden niet gegenereerd; herstel het om het te wijzigen.</translation>
    </message>
    <message>
        <source>Needs the permission “{permission}”.</source>
        <translation>Vereist de toestemming ‘{permission}’.</translation>
    </message>
    <message>
        <source>Choose a contract first.</source>
        <translation>Kies eerst een contract.</translation>
    </message>
    <message>
        <source>The contract is archived: restore it first.</source>
        <translation>Het contract is gearchiveerd: herstel het eerst.</translation>
    </message>
    <message>
        <source>Choose a PPM job first.</source>
        <translation>Kies eerst een PPM-taak.</translation>
    </message>
    <message>
        <source>A new contract with a client</source>
        <translation>Een nieuw contract met een klant</translation>
    </message>
    <message>
        <source>The client, reference, dates, financial year and currency of the contract</source>
        <translation>De klant, referentie, datums, het boekjaar en de valuta van het contract</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Her&amp;stellen</translation>
    </message>
    <message>
        <source>Make the contract active again: it can be changed and its PPM work orders are generated</source>
        <translation>Het contract weer actief maken: het kan worden gewijzigd en de PPM-werkorders worden gegenereerd</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>Ar&amp;chiveren</translation>
    </message>
    <message>
        <source>Keep the contract with its jobs and work orders, but generate and change nothing more</source>
        <translation>Het contract met de taken en werkorders bewaren, maar niets meer genereren of wijzigen</translation>
    </message>
    <message>
        <source>A new PPM job of the contract</source>
        <translation>Een nieuwe PPM-taak van het contract</translation>
    </message>
    <message>
        <source>The description, frequency and defaults of the chosen job</source>
        <translation>De omschrijving, frequentie en standaardwaarden van de gekozen taak</translation>
    </message>
    <message>
        <source>Add buildings of the client to the chosen job</source>
        <translation>Gebouwen van de klant aan de gekozen taak toevoegen</translation>
    </message>
    <message>
        <source>Dynamic dates, partial periods and instructions of the chosen building</source>
        <translation>Dynamische datums, gedeeltelijke periodes en instructies van het gekozen gebouw</translation>
    </message>
    <message>
        <source>The visits, invoices and periods of the chosen building</source>
        <translation>De bezoeken, facturen en periodes van het gekozen gebouw</translation>
    </message>
    <message>
        <source>Take the chosen building out of the job</source>
        <translation>Het gekozen gebouw uit de taak halen</translation>
    </message>
    <message>
        <source>{building} left the job after {date}.</source>
        <translation>{building} heeft de taak na {date} verlaten.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>Archive the contract {reference}? Its jobs, periods and work orders stay, but its PPM work orders are no longer generated and it cannot be changed until it is restored.</source>
        <translation>Het contract {reference} archiveren? De taken, periodes en werkorders blijven, maar de PPM-werkorders worden niet meer gegenereerd en het kan pas na herstellen worden gewijzigd.</translation>
    </message>
    <message>
        <source>Choose a building of the job first.</source>
        <translation>Kies eerst een gebouw van de taak.</translation>
    </message>
</context>
<context>
    <name>DirectoryList</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Archive the client “{name}”? While it is archived, its buildings and contacts are offered for no new work either. They are left as they are and are offered again when you restore the client.</source>
        <translation>De klant ‘{name}’ archiveren? Zolang deze gearchiveerd is, worden ook de gebouwen en contactpersonen ervan niet aangeboden voor nieuw werk. Ze blijven zoals ze zijn en worden weer aangeboden wanneer u de klant herstelt.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Klant: {name}</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Her&amp;stellen</translation>
    </message>
    <message>
        <source>Offer it again for new work</source>
        <translation>Weer aanbieden voor nieuw werk</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>Ar&amp;chiveren</translation>
    </message>
    <message>
        <source>Keep it for the work orders that name it, but offer it for no new work</source>
        <translation>Bewaren voor de werkorders die ernaar verwijzen, maar niet meer aanbieden voor nieuw werk</translation>
    </message>
    <message>
        <source>Delete “{name}” for good? This cannot be undone.</source>
        <translation>‘{name}’ definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Archive “{name}”? It stays on the work orders that name it, but is offered for no new work. You can restore it later from the archived records.</source>
        <translation>‘{name}’ archiveren? Het blijft op de werkorders die het noemen, maar wordt niet meer aangeboden voor nieuw werk. U kunt het later herstellen bij de gearchiveerde gegevens.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>Gearchiveerde &amp;tonen</translation>
    </message>
    <message>
        <source>List the archived records too (in grey)</source>
        <translation>Ook de gearchiveerde gegevens tonen (in grijs)</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Alle klanten</translation>
    </message>
    <message>
        <source>List the records of every client</source>
        <translation>De gegevens van alle klanten tonen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter, double-click or F2)</source>
        <translation>De geselecteerde gegevens bewerken (Enter, dubbelklik of F2)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Delete the selected record: only one nothing refers to (Delete)</source>
        <translation>De geselecteerde gegevens verwijderen: alleen als niets ernaar verwijst (Delete)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>Found: more than {count}</source>
        <translation>Gevonden: meer dan {count}</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Gevonden: {count}</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>De lijst kon niet worden gelezen: {error}</translation>
    </message>
</context>
<context>
    <name>DirectoryTools</name>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Relaties</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Klanten</translation>
    </message>
    <message>
        <source>The clients, each with their buildings, contacts and orders</source>
        <translation>De klanten, elk met hun gebouwen, contactpersonen en werkorders</translation>
    </message>
    <message>
        <source>&amp;Buildings</source>
        <translation>&amp;Gebouwen</translation>
    </message>
    <message>
        <source>The clients' buildings, their closures and open orders</source>
        <translation>De gebouwen van de klanten, hun sluitingen en openstaande werkorders</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontactpersonen</translation>
    </message>
    <message>
        <source>The clients' contacts, whom Bureau emails</source>
        <translation>De contactpersonen van de klanten, aan wie Bureau e-mails stuurt</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nieuwe klant…</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Een klant toevoegen</translation>
    </message>
    <message>
        <source>New b&amp;uilding…</source>
        <translation>Nieuw ge&amp;bouw…</translation>
    </message>
    <message>
        <source>Add a building to a client</source>
        <translation>Een gebouw aan een klant toevoegen</translation>
    </message>
    <message>
        <source>New con&amp;tact…</source>
        <translation>Nieuwe con&amp;tactpersoon…</translation>
    </message>
    <message>
        <source>Add a contact at a client</source>
        <translation>Een contactpersoon bij een klant toevoegen</translation>
    </message>
    <message>
        <source>&amp;Import buildings…</source>
        <translation>Gebouwen &amp;importeren…</translation>
    </message>
    <message>
        <source>Add many buildings at once from a spreadsheet</source>
        <translation>Veel gebouwen tegelijk toevoegen vanuit een spreadsheet</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gebouwen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Open work orders</source>
        <translation>Openstaande werkorders</translation>
    </message>
</context>
<context>
    <name>EditWorkOrderDialog</name>
    <message>
        <source>Edit work order {number}</source>
        <translation>Werkorder {number} bewerken</translation>
    </message>
    <message>
        <source>Correct work order {number}, “{title}” ({status}). Each change is written to its activity log; the fields that cannot change now say why when you point at them.</source>
        <translation>Werkorder {number}, ‘{title}’ ({status}), corrigeren. Elke wijziging komt in het activiteitenlogboek; velden die nu niet kunnen worden gewijzigd, zeggen waarom als u ze aanwijst.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Omsc&amp;hrijving:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioriteit:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Soo&amp;rt:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gorie:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Stre&amp;efdatum:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontactpersoon:</translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation>Co&amp;ntract:</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>Ge&amp;bouw:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>{text} (older value)</source>
        <translation>{text} (oudere waarde)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Geen contactpersoon</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Geen contract</translation>
    </message>
    <message>
        <source>{reference} ({start} to {end})</source>
        <translation>{reference} ({start} tot {end})</translation>
    </message>
    <message>
        <source>{contract}: not in force today</source>
        <translation>{contract}: vandaag niet van kracht</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (gearchiveerd)</translation>
    </message>
    <message>
        <source>Type a date, or press Delete to clear it; F4 opens the calendar.</source>
        <translation>Typ een datum, of druk op Delete om hem te wissen; F4 opent de kalender.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation>De wijzigingen opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Enter a title: a work order needs one.</source>
        <translation>Vul een titel in: een werkorder heeft er een nodig.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Er is nog niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Emails</name>
    <message>
        <source>You will be notified about work order {number}: {title}</source>
        <translation>U wordt op de hoogte gebracht van werkorder {number}: {title}</translation>
    </message>
    <message>
        <source>{name} added you to the people notified about work order {number}.</source>
        <translation>{name} heeft u toegevoegd aan de personen die op de hoogte worden gebracht van werkorder {number}.</translation>
    </message>
    <message>
        <source>You will receive an email each time its status changes.</source>
        <translation>U ontvangt een e-mail telkens wanneer de status ervan verandert.</translation>
    </message>
    <message>
        <source>Current status: {status}</source>
        <translation>Huidige status: {status}</translation>
    </message>
    <message>
        <source>Work order {number} is now {status}: {title}</source>
        <translation>Werkorder {number} is nu ‘{status}’: {title}</translation>
    </message>
    <message>
        <source>The status of work order {number} changed from {old} to {new}.</source>
        <translation>De status van werkorder {number} is gewijzigd van ‘{old}’ in ‘{new}’.</translation>
    </message>
    <message>
        <source>Changed by: {name}</source>
        <translation>Gewijzigd door: {name}</translation>
    </message>
    <message>
        <source>Changed on: {date}</source>
        <translation>Gewijzigd op: {date}</translation>
    </message>
    <message>
        <source>PPM work order {number} cancelled: {title}</source>
        <translation>PPM-werkorder {number} geannuleerd: {title}</translation>
    </message>
    <message>
        <source>PPM work order {number} has been cancelled.</source>
        <translation>PPM-werkorder {number} is geannuleerd.</translation>
    </message>
    <message>
        <source>PPM job: {job}</source>
        <translation>PPM-taak: {job}</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Periode: van {start} tot {end}</translation>
    </message>
    <message>
        <source>Cancelled by: {name}</source>
        <translation>Geannuleerd door: {name}</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>This visit will not be generated again when the contract's periods are recalculated.</source>
        <translation>Dit bezoek wordt niet opnieuw gegenereerd wanneer de perioden van het contract opnieuw worden berekend.</translation>
    </message>
    <message>
        <source>Work order: {number} - {title}</source>
        <translation>Werkorder: {number} - {title}</translation>
    </message>
    <message>
        <source>Building: {building}, {address}, {postcode} {city}</source>
        <translation>Gebouw: {building}, {address}, {postcode} {city}</translation>
    </message>
    <message>
        <source>Due date: {date}</source>
        <translation>Streefdatum: {date}</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Goedendag,</translation>
    </message>
    <message>
        <source>You receive this email because you are notified about this work order.</source>
        <translation>U ontvangt deze e-mail omdat u op de hoogte wordt gebracht van deze werkorder.</translation>
    </message>
    <message>
        <source>Bureau (automatic change)</source>
        <translation>Bureau (automatische wijziging)</translation>
    </message>
    <message>
        <source>About work order {number}: {title}</source>
        <translation>Over werkorder {number}: {title}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
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
        <source>The upgrade of {database} was stopped and the database left as it was: rows of {table} would point at rows missing from {parent}.</source>
        <translation>De upgrade van {database} is gestopt en de database is gelaten zoals hij was: rijen van {table} zouden verwijzen naar rijen die ontbreken in {parent}.</translation>
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
        <source>The demo makes at most {limit} work orders (asked for {size}).</source>
        <translation>De demo maakt hoogstens {limit} werkorders ({size} gevraagd).</translation>
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
        <source>Unknown language: {language}</source>
        <translation>Onbekende taal: {language}</translation>
    </message>
    <message>
        <source>This agent no longer exists.</source>
        <translation>Deze medewerker bestaat niet meer.</translation>
    </message>
    <message>
        <source>{name} must stay an active administrator: with the embedded database everyone works as them, without signing in.</source>
        <translation>{name} moet actieve beheerder blijven: met de lokale database werkt iedereen onder dit account, zonder aan te melden.</translation>
    </message>
    <message>
        <source>The display name is required.</source>
        <translation>De weergavenaam is verplicht.</translation>
    </message>
    <message>
        <source>The login is required.</source>
        <translation>De gebruikersnaam is verplicht.</translation>
    </message>
    <message>
        <source>The login {login} is already taken.</source>
        <translation>De gebruikersnaam {login} is al in gebruik.</translation>
    </message>
    <message>
        <source>One of the chosen roles no longer exists.</source>
        <translation>Een van de gekozen rollen bestaat niet meer.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator: give another agent an administrator role first.</source>
        <translation>{name} is de laatste actieve beheerder: geef eerst een andere medewerker een beheerdersrol.</translation>
    </message>
    <message>
        <source>The login of the local administrator cannot be changed.</source>
        <translation>De gebruikersnaam van de lokale beheerder kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>U kunt uw eigen account niet deactiveren.</translation>
    </message>
    <message>
        <source>This account has been deactivated: ask an administrator to reactivate it.</source>
        <translation>Dit account is gedeactiveerd: vraag een beheerder het opnieuw te activeren.</translation>
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
        <source>The changes to the work order cannot be read.</source>
        <translation>De wijzigingen aan de werkorder kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>“{field}” is not a field of a work order that can be changed.</source>
        <translation>‘{field}’ is geen veld van een werkorder dat gewijzigd kan worden.</translation>
    </message>
    <message>
        <source>This value cannot be used for “{field}”.</source>
        <translation>Deze waarde kan niet worden gebruikt voor ‘{field}’.</translation>
    </message>
    <message>
        <source>A work order needs a title.</source>
        <translation>Een werkorder heeft een titel nodig.</translation>
    </message>
    <message>
        <source>PPM work orders are generated from their contract's periods.</source>
        <translation>PPM-werkorders worden gegenereerd uit de perioden van hun contract.</translation>
    </message>
    <message>
        <source>The closures of the building are not a list of dates.</source>
        <translation>De sluitingen van het gebouw zijn geen lijst met datums.</translation>
    </message>
    <message>
        <source>A closure cannot end ({end}) before it starts ({start}).</source>
        <translation>Een sluiting kan niet eindigen ({end}) voordat ze begint ({start}).</translation>
    </message>
    <message>
        <source>A building needs a name.</source>
        <translation>Een gebouw heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A building needs an address.</source>
        <translation>Een gebouw heeft een adres nodig.</translation>
    </message>
    <message>
        <source>A building needs a postcode.</source>
        <translation>Een gebouw heeft een postcode nodig.</translation>
    </message>
    <message>
        <source>A building needs a city.</source>
        <translation>Een gebouw heeft een plaats nodig.</translation>
    </message>
    <message>
        <source>A building cannot end ({end}) before it starts ({start}).</source>
        <translation>Een gebouw kan niet eindigen ({end}) voordat het begint ({start}).</translation>
    </message>
    <message>
        <source>Client “{name}” is archived: restore it before adding to it.</source>
        <translation>Klant ‘{name}’ is gearchiveerd: herstel de klant voordat u er iets aan toevoegt.</translation>
    </message>
    <message>
        <source>This client already has a building named “{name}”: choose another name.</source>
        <translation>Deze klant heeft al een gebouw met de naam ‘{name}’: kies een andere naam.</translation>
    </message>
    <message>
        <source>The building no longer exists.</source>
        <translation>Het gebouw bestaat niet meer.</translation>
    </message>
    <message>
        <source>Building “{name}” cannot move to another client: work orders, PPM jobs or contacts of its client refer to it.</source>
        <translation>Gebouw ‘{name}’ kan niet naar een andere klant: werkorders, PPM-taken of contactpersonen van zijn klant verwijzen ernaar.</translation>
    </message>
    <message>
        <source>Building “{name}” belongs to the archived client “{client}”: restore the client first.</source>
        <translation>Gebouw ‘{name}’ hoort bij de gearchiveerde klant ‘{client}’: herstel eerst de klant.</translation>
    </message>
    <message>
        <source>Building “{name}” cannot be deleted: work orders, PPM jobs or contacts refer to it. Archive it instead.</source>
        <translation>Gebouw ‘{name}’ kan niet worden verwijderd: werkorders, PPM-taken of contactpersonen verwijzen ernaar. Archiveer het in plaats daarvan.</translation>
    </message>
    <message>
        <source>{name} is no longer an active building: choose another one.</source>
        <translation>{name} is geen actief gebouw meer: kies een ander.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>De contactpersoon bestaat niet meer.</translation>
    </message>
    <message>
        <source>{name} is a building of {client}, an archived client: it takes no new work orders.</source>
        <translation>{name} is een gebouw van {client}, een gearchiveerde klant: er kunnen geen nieuwe werkorders voor worden aangemaakt.</translation>
    </message>
    <message>
        <source>{name} is a contact of another client: choose one of this client's contacts.</source>
        <translation>{name} is een contactpersoon van een andere klant: kies een contactpersoon van deze klant.</translation>
    </message>
    <message>
        <source>{name} is an archived contact: choose another one.</source>
        <translation>{name} is een gearchiveerde contactpersoon: kies een andere.</translation>
    </message>
    <message>
        <source>{name} is a contact of {client}, an archived client: it cannot be chosen for new work.</source>
        <translation>{name} is een contactpersoon van {client}, een gearchiveerde klant: deze kan niet voor nieuw werk worden gekozen.</translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation>Het contract bestaat niet meer.</translation>
    </message>
    <message>
        <source>Contract {reference} is another client's: choose one of this client's.</source>
        <translation>Contract {reference} is van een andere klant: kies een contract van deze klant.</translation>
    </message>
    <message>
        <source>Contract {reference} is not in force today: it runs from {start} to {end}.</source>
        <translation>Contract {reference} is vandaag niet van kracht: het loopt van {start} tot {end}.</translation>
    </message>
    <message>
        <source>“{field}” cannot be changed. {reason}</source>
        <translation>Het veld ‘{field}’ kan niet worden gewijzigd. {reason}</translation>
    </message>
    <message>
        <source>{name} is a building of another client: choose one of this client's.</source>
        <translation>{name} is een gebouw van een andere klant: kies een gebouw van deze klant.</translation>
    </message>
    <message>
        <source>Work order {number} cannot be deleted. {reason}</source>
        <translation>Werkorder {number} kan niet worden verwijderd. {reason}</translation>
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
        <source>This is not a date and time.</source>
        <translation>Dit is geen datum en tijd.</translation>
    </message>
    <message>
        <source>A date and time without its time zone cannot be stored.</source>
        <translation>Een datum en tijd zonder tijdzone kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Time can only be recorded between the years {first} and {last}.</source>
        <translation>Tijd kan alleen tussen de jaren {first} en {last} worden geregistreerd.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Het einde moet na het begin liggen.</translation>
    </message>
    <message>
        <source>A time entry lasts at most {hours} hours: split longer work into several entries.</source>
        <translation>Een tijdregistratie duurt hoogstens {hours} uur: verdeel langer werk over meerdere registraties.</translation>
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
        <source>The rate “{name}” is archived: choose another one.</source>
        <translation>Het tarief ‘{name}’ is gearchiveerd: kies een ander.</translation>
    </message>
    <message>
        <source>This work order no longer exists.</source>
        <translation>Deze werkorder bestaat niet meer.</translation>
    </message>
    <message>
        <source>Work order {number} is closed: its time can no longer change.</source>
        <translation>Werkorder {number} is afgesloten: de tijd ervan kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>This time entry no longer exists.</source>
        <translation>Deze tijdregistratie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Only the agent who recorded this time, or an administrator, can change it.</source>
        <translation>Alleen de medewerker die deze tijd heeft geregistreerd, of een beheerder, kan deze wijzigen.</translation>
    </message>
    <message>
        <source>This time entry was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Deze tijdregistratie is door iemand anders gewijzigd sinds u deze hebt geopend. Laad deze opnieuw en probeer het nog eens.</translation>
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
        <source>Enter the client's reference.</source>
        <translation>Voer de referentie van de klant in.</translation>
    </message>
    <message>
        <source>A client reference must not be longer than {count} characters.</source>
        <translation>Een klantreferentie mag niet langer zijn dan {count} tekens.</translation>
    </message>
    <message>
        <source>“{name}” is not a file.</source>
        <translation>‘{name}’ is geen bestand.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}</source>
        <translation>‘{name}’ kon niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>“{name}” changed while it was being read: attach it again.</source>
        <translation>‘{name}’ is gewijzigd terwijl het werd gelezen: voeg het opnieuw toe.</translation>
    </message>
    <message>
        <source>“{name}” is the name kept for the customer’s signature (Customer signature…): rename the file to attach it.</source>
        <translation>‘{name}’ is de naam die voor de handtekening van de klant gereserveerd is (Handtekening van de klant…): geef het bestand een andere naam om het bij te voegen.</translation>
    </message>
    <message>
        <source>“{name}” is not the content of a file.</source>
        <translation>‘{name}’ is niet de inhoud van een bestand.</translation>
    </message>
    <message>
        <source>Give the name of the person who signed.</source>
        <translation>Geef de naam van de persoon die heeft getekend.</translation>
    </message>
    <message>
        <source>The signature is not an image.</source>
        <translation>De handtekening is geen afbeelding.</translation>
    </message>
    <message>
        <source>Only the agent who attached “{name}” or an administrator may remove it.</source>
        <translation>Alleen de medewerker die ‘{name}’ heeft bijgevoegd of een beheerder mag het verwijderen.</translation>
    </message>
    <message>
        <source>“{name}” is already attached to this work order.</source>
        <translation>‘{name}’ is al bij deze werkorder gevoegd.</translation>
    </message>
    <message>
        <source>Work order {number} does not exist.</source>
        <translation>Werkorder {number} bestaat niet.</translation>
    </message>
    <message>
        <source>The attachment was removed by someone else.</source>
        <translation>De bijlage is door iemand anders verwijderd.</translation>
    </message>
    <message>
        <source>A contact you chose no longer exists. Reload and try again.</source>
        <translation>Een contactpersoon die u hebt gekozen bestaat niet meer. Laad opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>{name} is not a contact of {client}, the work order's client.</source>
        <translation>{name} is geen contactpersoon van {client}, de klant van de werkorder.</translation>
    </message>
    <message>
        <source>{name} is an archived contact and cannot be notified.</source>
        <translation>{name} is een gearchiveerde contactpersoon en kan niet op de hoogte worden gehouden.</translation>
    </message>
    <message>
        <source>{client} is an archived client: its contacts cannot be notified.</source>
        <translation>{client} is een gearchiveerde klant: de contactpersonen ervan kunnen niet op de hoogte worden gehouden.</translation>
    </message>
    <message>
        <source>{name} has no email address and cannot be notified.</source>
        <translation>{name} heeft geen e-mailadres en kan niet op de hoogte worden gebracht.</translation>
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
        <source>Unexpected error: {error}. The details are in {path}.</source>
        <translation>Onverwachte fout: {error}. De details staan in {path}.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}.</source>
        <translation>Onverwachte fout: {error}.</translation>
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
    <message>
        <source>A contract needs a reference.</source>
        <translation>Een contract heeft een referentie nodig.</translation>
    </message>
    <message>
        <source>A contract's dates must fall between the years {first} and {last}.</source>
        <translation>De datums van een contract moeten tussen de jaren {first} en {last} liggen.</translation>
    </message>
    <message>
        <source>A contract cannot end ({end}) before it starts ({start}).</source>
        <translation>Een contract kan niet eindigen ({end}) voordat het begint ({start}).</translation>
    </message>
    <message>
        <source>A contract can last at most {years} years.</source>
        <translation>Een contract kan hoogstens {years} jaar duren.</translation>
    </message>
    <message>
        <source>The financial year must start in a month from 1 to 12, not {month}.</source>
        <translation>Het boekjaar moet beginnen in een maand van 1 tot 12, niet {month}.</translation>
    </message>
    <message>
        <source>The financial year cannot start on day {day} of month {month}.</source>
        <translation>Het boekjaar kan niet beginnen op dag {day} van maand {month}.</translation>
    </message>
    <message>
        <source>This contract no longer exists.</source>
        <translation>Dit contract bestaat niet meer.</translation>
    </message>
    <message>
        <source>Contract “{reference}” is archived: restore it before changing it.</source>
        <translation>Contract ‘{reference}’ is gearchiveerd: herstel het voordat u het wijzigt.</translation>
    </message>
    <message>
        <source>Another contract already has the reference “{reference}”: choose another one.</source>
        <translation>Een ander contract heeft al de referentie ‘{reference}’: kies een andere.</translation>
    </message>
    <message>
        <source>Contract “{reference}” cannot move to another client: its PPM jobs or work orders refer to it.</source>
        <translation>Contract ‘{reference}’ kan niet naar een andere klant gaan: de PPM-taken of werkorders ervan verwijzen ernaar.</translation>
    </message>
    <message>
        <source>The PPM periods that saving the contract changes are no longer those shown (a building, a visit or a work order changed meanwhile): nothing was saved. Look at the changes again, then save.</source>
        <translation>De PPM-periodes die het opslaan van het contract wijzigt, zijn niet meer de getoonde (een gebouw, een bezoek of een werkorder is intussen gewijzigd): er is niets opgeslagen. Bekijk de wijzigingen opnieuw en sla dan op.</translation>
    </message>
    <message>
        <source>Contract “{reference}” belongs to the archived client “{client}”: restore the client first.</source>
        <translation>Contract ‘{reference}’ hoort bij de gearchiveerde klant ‘{client}’: herstel eerst de klant.</translation>
    </message>
    <message>
        <source>Enter the SMTP server that the user name and password are for.</source>
        <translation>Voer de SMTP-server in waarvoor de gebruikersnaam en het wachtwoord gelden.</translation>
    </message>
    <message>
        <source>Enter the SMTP server that sends the emails.</source>
        <translation>Voer de SMTP-server in die de e-mails verstuurt.</translation>
    </message>
    <message>
        <source>Enter the SMTP server's host name only, like smtp.example.com.</source>
        <translation>Voer alleen de hostnaam van de SMTP-server in, zoals smtp.example.com.</translation>
    </message>
    <message>
        <source>The SMTP port must be a number from 1 to 65535.</source>
        <translation>De SMTP-poort moet een getal van 1 tot en met 65535 zijn.</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>Voer de gebruikersnaam in die bij het wachtwoord hoort.</translation>
    </message>
    <message>
        <source>Enter the sender address, like helpdesk@example.com: emails need one.</source>
        <translation>Voer het afzenderadres in, zoals helpdesk@example.com: e-mails hebben er een nodig.</translation>
    </message>
    <message>
        <source>“{address}” is not an email address, like helpdesk@example.com.</source>
        <translation>‘{address}’ is geen geldig e-mailadres (zoals helpdesk@example.com).</translation>
    </message>
    <message>
        <source>The periods cannot be planned: {error}</source>
        <translation>De periodes kunnen niet worden gepland: {error}</translation>
    </message>
    <message>
        <source>The invoice amount cannot be negative.</source>
        <translation>Het factuurbedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>This invoice amount is too large.</source>
        <translation>Dit factuurbedrag is te hoog.</translation>
    </message>
    <message>
        <source>Unknown frequency: {value}</source>
        <translation>Onbekende frequentie: {value}</translation>
    </message>
    <message>
        <source>The next visit required by ({date}) must fall within the contract, {start} to {end}.</source>
        <translation>Het volgende bezoek vereist vóór ({date}) moet binnen het contract vallen, {start} tot {end}.</translation>
    </message>
    <message>
        <source>The next visit date follows the last visit (dynamic date updates): it cannot be entered.</source>
        <translation>De datum van het volgende bezoek volgt uit het laatste bezoek (dynamische datumupdates): deze kan niet worden ingevoerd.</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for this building: only the invoice amount and the instructions can still change.</source>
        <translation>Voor dit gebouw zijn al PPM-werkorders gegenereerd: alleen het factuurbedrag en de instructies kunnen nog worden gewijzigd.</translation>
    </message>
    <message>
        <source>Dynamic date updates set the visit dates of this building: they cannot be entered by hand.</source>
        <translation>Dynamische datumupdates bepalen de bezoekdatums van dit gebouw: ze kunnen niet handmatig worden ingevoerd.</translation>
    </message>
    <message>
        <source>Two visit windows are given for the period starting {date}.</source>
        <translation>Er zijn twee bezoekvensters opgegeven voor de periode die begint op {date}.</translation>
    </message>
    <message>
        <source>There is no period starting on {date}.</source>
        <translation>Er is geen periode die begint op {date}.</translation>
    </message>
    <message>
        <source>The period starting on {date} has no visit: there are no visit dates to set.</source>
        <translation>De periode die begint op {date} heeft geen bezoek: er zijn geen bezoekdatums om in te stellen.</translation>
    </message>
    <message>
        <source>A visit cannot end ({end}) before it starts ({start}).</source>
        <translation>Een bezoek kan niet eindigen ({end}) voordat het begint ({start}).</translation>
    </message>
    <message>
        <source>The visit from {start} to {end} must lie inside its period, {first} to {last}.</source>
        <translation>Het bezoek van {start} tot {end} moet binnen de periode liggen, van {first} tot {last}.</translation>
    </message>
    <message>
        <source>This building is no longer part of the PPM job.</source>
        <translation>Dit gebouw maakt geen deel meer uit van de PPM-taak.</translation>
    </message>
    <message>
        <source>The PPM periods of {building} were changed by someone else since you opened them. Reload them and try again.</source>
        <translation>De PPM-periodes van {building} zijn door iemand anders gewijzigd sinds u ze hebt geopend. Laad ze opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>{building} is not a building of the same PPM job.</source>
        <translation>{building} is geen gebouw van dezelfde PPM-taak.</translation>
    </message>
    <message>
        <source>Not a database URL: {url}. Give the path of an SQLite file or a URL such as postgresql://user@server/database.</source>
        <translation>Geen database-URL: {url}. Geef het pad van een SQLite-bestand of een URL zoals postgresql://gebruiker@server/database.</translation>
    </message>
    <message>
        <source>Not a usable database path: {path}. Give another path.</source>
        <translation>Onbruikbaar databasepad: {path}. Geef een ander pad.</translation>
    </message>
    <message>
        <source>Unsupported database {backend} in {url}: use an SQLite file or a PostgreSQL URL.</source>
        <translation>Niet-ondersteunde database {backend} in {url}: gebruik een SQLite-bestand of een PostgreSQL-URL.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>De database is bezet: een ander programma schrijft erin. Probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>The search took too long and was stopped. Narrow it down: a longer text, a client, a date range.</source>
        <translation>Het zoeken duurde te lang en is gestopt. Maak het nauwkeuriger: een langere tekst, een klant, een periode.</translation>
    </message>
    <message>
        <source>A value is too long, out of range or holds a character that cannot be stored.</source>
        <translation>Een waarde is te lang, buiten bereik of bevat een teken dat niet kan worden opgeslagen.</translation>
    </message>
    <message>
        <source>The date {value} is out of range: it cannot be stored.</source>
        <translation>De datum {value} valt buiten het bereik: hij kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Give a target time for each priority.</source>
        <translation>Geef voor elke prioriteit een streeftijd.</translation>
    </message>
    <message>
        <source>There is no priority “{priority}”.</source>
        <translation>Er is geen prioriteit ‘{priority}’.</translation>
    </message>
    <message>
        <source>The target time for “{priority}” must be a whole number of hours, from 1 hour to 365 days.</source>
        <translation>De streeftijd voor ‘{priority}’ moet een geheel aantal uren zijn, van 1 uur tot 365 dagen.</translation>
    </message>
    <message>
        <source>{value} is not an amount that can be stored.</source>
        <translation>{value} is geen bedrag dat kan worden opgeslagen.</translation>
    </message>
    <message>
        <source>{field} is too long: {length} characters, at most {limit}.</source>
        <translation>Het veld ‘{field}’ is te lang: {length} tekens, hoogstens {limit}.</translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be stored (code {code}): remove it.</source>
        <translation>Het veld ‘{field}’ bevat een teken dat niet kan worden opgeslagen (code {code}): verwijder het.</translation>
    </message>
    <message>
        <source>The number {value} is out of range: it cannot be stored.</source>
        <translation>Het getal {value} valt buiten het bereik: het kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The priority target times were changed by someone else since you opened them. Reload them and try again.</source>
        <translation>De streeftijden van de prioriteiten zijn door iemand anders gewijzigd sinds u ze opende. Laad ze opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>The size limit of attachments is a whole number of MB from {low} to {high}.</source>
        <translation>De maximale grootte van bijlagen is een geheel aantal MB van {low} tot {high}.</translation>
    </message>
    <message>
        <source>Choose work-order types from the list.</source>
        <translation>Kies werkordertypen uit de lijst.</translation>
    </message>
    <message>
        <source>This setting was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Deze instelling is door iemand anders gewijzigd sinds u haar opende. Laad haar opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Dit is geen e-mailadres.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address: write it as name@example.com.</source>
        <translation>‘{email}’ is geen e-mailadres: schrijf het als naam@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Een contactpersoon heeft een naam nodig.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Dit is geen telefoonnummer.</translation>
    </message>
    <message>
        <source>“{language}” is not a language Bureau writes in (en, fr, de or nl).</source>
        <translation>‘{language}’ is geen taal waarin Bureau schrijft (en, fr, de of nl).</translation>
    </message>
    <message>
        <source>The contact's buildings are not a list of buildings.</source>
        <translation>De gebouwen van de contactpersoon zijn geen lijst met gebouwen.</translation>
    </message>
    <message>
        <source>A contact can be the contact for at most {limit} buildings.</source>
        <translation>Een contactpersoon kan de contactpersoon zijn voor hoogstens {limit} gebouwen.</translation>
    </message>
    <message>
        <source>A contact who receives PPM emails needs an email address.</source>
        <translation>Een contactpersoon die PPM-e-mails ontvangt, heeft een e-mailadres nodig.</translation>
    </message>
    <message>
        <source>Building “{name}” is another client's: a contact is the contact for its own client's.</source>
        <translation>Gebouw ‘{name}’ is van een andere klant: een contactpersoon is alleen contactpersoon voor gebouwen van de eigen klant.</translation>
    </message>
    <message>
        <source>Building “{name}” is archived: choose an active building.</source>
        <translation>Gebouw ‘{name}’ is gearchiveerd: kies een actief gebouw.</translation>
    </message>
    <message>
        <source>Contact “{name}” cannot move to another client: work orders of its client refer to them.</source>
        <translation>Contactpersoon ‘{name}’ kan niet naar een andere klant: werkorders van de klant verwijzen ernaar.</translation>
    </message>
    <message>
        <source>Contact “{name}” belongs to the archived client “{client}”: restore the client first.</source>
        <translation>Contactpersoon ‘{name}’ hoort bij de gearchiveerde klant ‘{client}’: herstel eerst de klant.</translation>
    </message>
    <message>
        <source>Contact “{name}” cannot be deleted: work orders refer to them. Archive them instead.</source>
        <translation>Contactpersoon ‘{name}’ kan niet worden verwijderd: werkorders verwijzen ernaar. Archiveer de contactpersoon in plaats daarvan.</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>Een klant heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A client needs a reference.</source>
        <translation>Een klant heeft een referentie nodig.</translation>
    </message>
    <message>
        <source>Another client already has the reference “{reference}”: choose another one.</source>
        <translation>Een andere klant heeft al de referentie ‘{reference}’: kies een andere.</translation>
    </message>
    <message>
        <source>The client no longer exists.</source>
        <translation>De klant bestaat niet meer.</translation>
    </message>
    <message>
        <source>Client “{name}” cannot be deleted: buildings, contacts, contracts or work orders refer to it. Archive it instead.</source>
        <translation>Klant ‘{name}’ kan niet worden verwijderd: gebouwen, contactpersonen, contracten of werkorders verwijzen ernaar. Archiveer de klant in plaats daarvan.</translation>
    </message>
    <message>
        <source>“{code}” is not a country code (two letters, such as FR, DE, NL or GB).</source>
        <translation>‘{code}’ is geen landcode (twee letters, zoals FR, DE, NL of GB).</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>{file} kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx). Save it as an Excel workbook from your spreadsheet program, or start from the template.</source>
        <translation>{file} is geen Excel-werkmap (.xlsx). Sla het bestand in uw spreadsheetprogramma op als Excel-werkmap, of begin met het sjabloon.</translation>
    </message>
    <message>
        <source>{file} is empty: its first sheet holds no rows.</source>
        <translation>{file} is leeg: het eerste werkblad bevat geen rijen.</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} rows: split it into several files.</source>
        <translation>{file} bevat meer dan {limit} rijen: verdeel ze over meerdere bestanden.</translation>
    </message>
    <message>
        <source>{file} holds no buildings: there is no row below its header row.</source>
        <translation>{file} bevat geen gebouwen: er staat geen rij onder de kopregel.</translation>
    </message>
    <message>
        <source>The header row of {file} has the column “{column}” twice.</source>
        <translation>De kopregel van {file} bevat de kolom ‘{column}’ twee keer.</translation>
    </message>
    <message>
        <source>{file} has no header row naming the columns (such as “{column}”): start from the template.</source>
        <translation>{file} heeft geen kopregel met de kolomnamen (zoals ‘{column}’): begin met het sjabloon.</translation>
    </message>
    <message>
        <source>The header row of {file} has no column “{column}”.</source>
        <translation>De kopregel van {file} heeft geen kolom ‘{column}’.</translation>
    </message>
    <message>
        <source>{field} holds the spreadsheet error {value}.</source>
        <translation>{field} bevat de spreadsheetfout {value}.</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>{field} ontbreekt.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (use a date cell or YYYY-MM-DD).</source>
        <translation>{field}: ‘{value}’ is geen datum (gebruik een datumcel of JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>{field} is missing (two letters, such as FR, DE, NL or GB).</source>
        <translation>{field} ontbreekt (twee letters, zoals FR, DE, NL of GB).</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>De einddatum {end} ligt vóór de begindatum {start}.</translation>
    </message>
    <message>
        <source>Row {row} of the file already adds the building “{name}” to this client.</source>
        <translation>Rij {row} van het bestand voegt het gebouw ‘{name}’ al toe aan deze klant.</translation>
    </message>
    <message>
        <source>No client has the reference “{reference}”.</source>
        <translation>Geen enkele klant heeft de referentie ‘{reference}’.</translation>
    </message>
    <message>
        <source>The client “{client}” ({reference}) is archived: it takes no new buildings.</source>
        <translation>De klant ‘{client}’ ({reference}) is gearchiveerd: er komen geen nieuwe gebouwen bij.</translation>
    </message>
    <message>
        <source>The client “{client}” already has a building named “{name}”.</source>
        <translation>De klant ‘{client}’ heeft al een gebouw met de naam ‘{name}’.</translation>
    </message>
    <message>
        <source>There is no building to import.</source>
        <translation>Er is geen gebouw om te importeren.</translation>
    </message>
    <message>
        <source>Row {row} has an error: correct it in the file, then check the file again. {reason}</source>
        <translation>Rij {row} bevat een fout: verbeter die in het bestand en controleer het bestand opnieuw. {reason}</translation>
    </message>
    <message>
        <source>Row {row} no longer imports: {reason} Check the file again.</source>
        <translation>Rij {row} kan niet meer worden geïmporteerd: {reason} Controleer het bestand opnieuw.</translation>
    </message>
    <message>
        <source>Import cancelled: no building was added.</source>
        <translation>Import geannuleerd: er is geen gebouw toegevoegd.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>{file} kan niet worden geschreven: {error}</translation>
    </message>
    <message>
        <source>{record} “{name}” was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>{record} ‘{name}’ is door iemand anders gewijzigd sinds u het opende. Laad het opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>{record} “{name}” was changed by {user} at {time} since you opened it. Reload it and try again.</source>
        <translation>{record} ‘{name}’ is op {time} door {user} gewijzigd sinds u het opende. Laad het opnieuw en probeer het nog eens.</translation>
    </message>
    <message>
        <source>Your account is no longer active: you cannot change the directory.</source>
        <translation>Uw account is niet meer actief: u kunt de adreslijst niet wijzigen.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} moet tekst zijn.</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>Dit is geen datum.</translation>
    </message>
    <message>
        <source>This value must be yes or no.</source>
        <translation>Deze waarde moet ja of nee zijn.</translation>
    </message>
    <message>
        <source>This list cannot be sorted that way.</source>
        <translation>Deze lijst kan niet zo worden gesorteerd.</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Uw account bestaat niet meer.</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>Uw account is gedeactiveerd.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Het huidige wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Het nieuwe wachtwoord moet verschillen van het huidige.</translation>
    </message>
    <message>
        <source>Unknown permission: {permission}</source>
        <translation>Onbekend recht: {permission}</translation>
    </message>
    <message>
        <source>The role needs a name.</source>
        <translation>De rol heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A role named “{name}” already exists.</source>
        <translation>Er bestaat al een rol met de naam ‘{name}’.</translation>
    </message>
    <message>
        <source>This role no longer exists.</source>
        <translation>Deze rol bestaat niet meer.</translation>
    </message>
    <message>
        <source>The role “{name}” is the last one that makes an active agent an administrator: give another agent an administrator role first.</source>
        <translation>De rol ‘{name}’ is de laatste die een actieve medewerker beheerder maakt: geef eerst een andere medewerker een beheerdersrol.</translation>
    </message>
    <message>
        <source>The schedule of {building} changed since it was shown (a visit was completed, a closure or a work order changed, or the day changed): nothing was saved. Look at the periods again, then save.</source>
        <translation>De planning van {building} is gewijzigd sinds ze werd getoond (een bezoek werd afgerond, een sluiting of een werkorder is gewijzigd, of de dag is veranderd): er is niets opgeslagen. Bekijk de periodes opnieuw en sla dan op.</translation>
    </message>
    <message>
        <source>Generating PPM work orders up to {until} goes more than a year ahead (the limit is {limit}): ask for it explicitly to go that far.</source>
        <translation>PPM-werkorders genereren tot {until} gaat meer dan een jaar vooruit (de grens is {limit}): vraag er uitdrukkelijk om om zo ver te gaan.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code (three letters, such as EUR, GBP or USD).</source>
        <translation>‘{code}’ is geen valutacode (drie letters, zoals EUR, GBP of USD).</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>Het bestand heeft geen naam.</translation>
    </message>
    <message>
        <source>“{name}” cannot be attached: only {extensions} files are accepted.</source>
        <translation>‘{name}’ kan niet worden bijgevoegd: alleen {extensions}-bestanden worden geaccepteerd.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>‘{name}’ is leeg.</translation>
    </message>
    <message>
        <source>“{name}” is not a .{extension} file: its content is a .{found} file. Files are accepted by what they contain, not by their name.</source>
        <translation>‘{name}’ is geen .{extension}-bestand: de inhoud is die van een .{found}-bestand. Bestanden worden geaccepteerd op hun inhoud, niet op hun naam.</translation>
    </message>
    <message>
        <source>“{name}” is not a .{extension} file: its content does not match its name. Files are accepted by what they contain, not by their name.</source>
        <translation>‘{name}’ is geen .{extension}-bestand: de inhoud past niet bij de naam. Bestanden worden geaccepteerd op hun inhoud, niet op hun naam.</translation>
    </message>
    <message>
        <source>A template's body must be text.</source>
        <translation>De tekst van een sjabloon moet tekst zijn.</translation>
    </message>
    <message>
        <source>“{placeholder}” has no placeholder name: write one of {known}, or {braces} for braces.</source>
        <translation>‘{placeholder}’ heeft geen naam van een invulveld: schrijf een van {known}, of {braces} voor accolades.</translation>
    </message>
    <message>
        <source>The placeholder “{placeholder}” is unknown: use one of {known}.</source>
        <translation>Het invulveld ‘{placeholder}’ is onbekend: gebruik een van {known}.</translation>
    </message>
    <message>
        <source>The placeholder “{placeholder}” cannot have a format or a conversion: write {plain}.</source>
        <translation>Het invulveld ‘{placeholder}’ kan geen opmaak of conversie hebben: schrijf {plain}.</translation>
    </message>
    <message>
        <source>A brace is not closed or not opened near “{near}”: write {braces} for a brace of the text.</source>
        <translation>Een accolade is niet gesloten of niet geopend bij ‘{near}’: schrijf {braces} voor een accolade in de tekst.</translation>
    </message>
    <message>
        <source>The document needs a file name.</source>
        <translation>Het document heeft een bestandsnaam nodig.</translation>
    </message>
    <message>
        <source>A certificate cannot be issued in the future ({date}).</source>
        <translation>Een certificaat kan niet in de toekomst worden afgegeven ({date}).</translation>
    </message>
    <message>
        <source>The issue date {date} is not a plausible date for a certificate.</source>
        <translation>De afgiftedatum {date} is geen aannemelijke datum voor een certificaat.</translation>
    </message>
    <message>
        <source>A certificate cannot be valid until {valid} when it is issued on {issued}.</source>
        <translation>Een certificaat dat op {issued} is afgegeven, kan niet geldig zijn tot {valid}.</translation>
    </message>
    <message>
        <source>The PPM job no longer exists.</source>
        <translation>De PPM-taak bestaat niet meer.</translation>
    </message>
    <message>
        <source>Building “{building}” is not in the PPM job “{job}”.</source>
        <translation>Gebouw ‘{building}’ zit niet in de PPM-taak ‘{job}’.</translation>
    </message>
    <message>
        <source>The PPM job “{job}” is not certificate-based: it records no certificates.</source>
        <translation>De PPM-taak ‘{job}’ werkt niet met certificaten: er worden geen certificaten vastgelegd.</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>De werkorder bestaat niet meer.</translation>
    </message>
    <message>
        <source>Work order {number} is not a PPM order of this building's job: record the certificate there.</source>
        <translation>Werkorder {number} is geen PPM-order van de taak van dit gebouw: leg het certificaat vast waar het hoort.</translation>
    </message>
    <message>
        <source>The building is no longer in this PPM job.</source>
        <translation>Het gebouw zit niet meer in deze PPM-taak.</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>Het certificaat bestaat niet meer.</translation>
    </message>
    <message>
        <source>Choose the buildings to add to the PPM job.</source>
        <translation>Kies de gebouwen die aan de PPM-taak moeten worden toegevoegd.</translation>
    </message>
    <message>
        <source>Building “{name}” cannot be added to the PPM job: only active buildings of the contract's client can.</source>
        <translation>Gebouw ‘{name}’ kan niet aan de PPM-taak worden toegevoegd: alleen actieve gebouwen van de klant van het contract kunnen dat.</translation>
    </message>
    <message>
        <source>Building “{name}” left the PPM job “{job}” after {date}: it cannot be added to it again.</source>
        <translation>Gebouw ‘{name}’ heeft de PPM-taak ‘{job}’ na {date} verlaten: het kan er niet opnieuw aan worden toegevoegd.</translation>
    </message>
    <message>
        <source>Building “{name}” is already in the PPM job “{job}”.</source>
        <translation>Gebouw ‘{name}’ maakt al deel uit van de PPM-taak ‘{job}’.</translation>
    </message>
    <message>
        <source>The frequency of job “{job}” does not support dynamic date updates: there is nothing to exclude the building from.</source>
        <translation>De frequentie van taak ‘{job}’ ondersteunt geen dynamische datumupdates: er is niets waarvan het gebouw kan worden uitgesloten.</translation>
    </message>
    <message>
        <source>Building “{name}” already left the PPM job “{job}” after {date}.</source>
        <translation>Gebouw ‘{name}’ heeft de PPM-taak ‘{job}’ al verlaten na {date}.</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for building “{name}”: enter its last day in the job.</source>
        <translation>Voor gebouw ‘{name}’ zijn al PPM-werkorders gegenereerd: voer de laatste dag ervan in de taak in.</translation>
    </message>
    <message>
        <source>Building “{name}” can leave the job from {first} (the start of its first period) to {last} (the end of the contract), not on {date}.</source>
        <translation>Gebouw ‘{name}’ kan de taak verlaten van {first} (het begin van de eerste periode) tot {last} (het einde van het contract), niet op {date}.</translation>
    </message>
    <message>
        <source>The months of a seasonal job must be months 1 to 12.</source>
        <translation>De maanden van een seizoensgebonden taak moeten maanden van 1 tot 12 zijn.</translation>
    </message>
    <message>
        <source>Only a seasonal job has months.</source>
        <translation>Alleen een seizoensgebonden taak heeft maanden.</translation>
    </message>
    <message>
        <source>A seasonal job needs at least one month.</source>
        <translation>Een seizoensgebonden taak heeft minstens één maand nodig.</translation>
    </message>
    <message>
        <source>The months of a seasonal job must follow one another (such as 12, 1 and 2).</source>
        <translation>De maanden van een seizoensgebonden taak moeten op elkaar volgen (zoals 12, 1 en 2).</translation>
    </message>
    <message>
        <source>The invoice amount is not an amount.</source>
        <translation>Het factuurbedrag is geen bedrag.</translation>
    </message>
    <message>
        <source>The invoice amount has at most two decimals.</source>
        <translation>Het factuurbedrag heeft hoogstens twee decimalen.</translation>
    </message>
    <message>
        <source>A PPM job needs a description.</source>
        <translation>Een PPM-taak heeft een beschrijving nodig.</translation>
    </message>
    <message>
        <source>Seasonal visits or invoices need a seasonal job, with its months.</source>
        <translation>Seizoensgebonden bezoeken of facturen vereisen een seizoensgebonden taak, met de maanden ervan.</translation>
    </message>
    <message>
        <source>Auto-close must be a whole number of days from 0 to {most}, or never.</source>
        <translation>Automatisch afsluiten moet een geheel aantal dagen van 0 tot {most} zijn, of nooit.</translation>
    </message>
    <message>
        <source>The lead days must be a whole number from 0 to {most}.</source>
        <translation>De aanlooptijd moet een geheel aantal dagen van 0 tot {most} zijn.</translation>
    </message>
    <message>
        <source>This PPM job no longer exists.</source>
        <translation>Deze PPM-taak bestaat niet meer.</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for job “{job}”: its frequency, seasonal months and certificate requirement can no longer change.</source>
        <translation>Voor taak ‘{job}’ zijn al PPM-werkorders gegenereerd: de frequentie, de seizoensmaanden en de certificaatvereiste kunnen niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Buildings of job “{job}” have seasonal visits or invoices: the job must stay seasonal.</source>
        <translation>Gebouwen van taak ‘{job}’ hebben seizoensgebonden bezoeken of facturen: de taak moet seizoensgebonden blijven.</translation>
    </message>
    <message>
        <source>The hourly amount must be an amount, such as 85.00.</source>
        <translation>Het uurbedrag moet een bedrag zijn, bijvoorbeeld 85,00.</translation>
    </message>
    <message>
        <source>An hourly amount cannot be negative.</source>
        <translation>Een uurbedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>An hourly amount has at most two decimals: {value} has more.</source>
        <translation>Een uurbedrag heeft hoogstens twee decimalen: {value} heeft er meer.</translation>
    </message>
    <message>
        <source>The rate needs a name.</source>
        <translation>Het tarief heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A rate named “{name}” already exists.</source>
        <translation>Er bestaat al een tarief met de naam ‘{name}’.</translation>
    </message>
    <message>
        <source>This rate no longer exists.</source>
        <translation>Dit tarief bestaat niet meer.</translation>
    </message>
    <message>
        <source>The template needs a title.</source>
        <translation>Het sjabloon heeft een titel nodig.</translation>
    </message>
    <message>
        <source>The template needs a body.</source>
        <translation>Het sjabloon heeft een tekst nodig.</translation>
    </message>
    <message>
        <source>Bureau does not write in the language “{language}”.</source>
        <translation>Bureau schrijft niet in de taal ‘{language}’.</translation>
    </message>
    <message>
        <source>The {language} body: {problem}</source>
        <translation>De tekst in het {language}: {problem}</translation>
    </message>
    <message>
        <source>This reply template no longer exists.</source>
        <translation>Dit antwoordsjabloon bestaat niet meer.</translation>
    </message>
    <message>
        <source>A reply template named “{title}” already exists.</source>
        <translation>Er bestaat al een antwoordsjabloon met de naam ‘{title}’.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Schrijf eerst het antwoord.</translation>
    </message>
    <message>
        <source>No notified contact of work order {number} has an email address: post the reply without emailing it, or notify a contact first.</source>
        <translation>Geen enkele contactpersoon die op de hoogte wordt gehouden van werkorder {number} heeft een e-mailadres: plaats het antwoord zonder het te e-mailen, of houd eerst een contactpersoon op de hoogte.</translation>
    </message>
    <message>
        <source>“{name}” is larger than {limit} MB: choose a smaller file.</source>
        <translation>‘{name}’ is groter dan {limit} MB: kies een kleiner bestand.</translation>
    </message>
    <message>
        <source>“{name}” is not a PDF document or an image (PNG, JPEG, TIFF, WebP).</source>
        <translation>‘{name}’ is geen PDF-document en geen afbeelding (PNG, JPEG, TIFF, WebP).</translation>
    </message>
    <message>
        <source>The file is no longer in the database.</source>
        <translation>Het bestand staat niet meer in de database.</translation>
    </message>
    <message>
        <source>Your timer already runs on work order {number}: stop it first.</source>
        <translation>Uw timer loopt al op werkorder {number}: stop die eerst.</translation>
    </message>
    <message>
        <source>Your timer was started elsewhere meanwhile: look at the status bar.</source>
        <translation>Uw timer is intussen elders gestart: kijk in de statusbalk.</translation>
    </message>
    <message>
        <source>Your timer is not running.</source>
        <translation>Uw timer loopt niet.</translation>
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
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
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
    <name>Fields</name>
    <message>
        <source>Login</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Naam van de klant</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>Klantreferentie</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Naam van de rol</translation>
    </message>
    <message>
        <source>Building name</source>
        <translation>Naam van het gebouw</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Toegangsinstructies</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Naam van de contactpersoon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Contract reference</source>
        <translation>Contractreferentie</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Naam van de weergave</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Omschrijving van de taak</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructies</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Client's reference</source>
        <translation>Referentie van de klant</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Streefdatum</translation>
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
        <source>Building</source>
        <translation>Gebouw</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <source>A value</source>
        <translation>Een waarde</translation>
    </message>
    <message>
        <source>Rate name</source>
        <translation>Naam van het tarief</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Titel van het sjabloon</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Tekst van het sjabloon</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
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
        <translation>Stat&amp;us:</translation>
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
        <source>&amp;Impact:</source>
        <translation>&amp;Impact:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
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
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Any impact</source>
        <translation>Elke impact</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Elke soort</translation>
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
    <name>GenerationDialog</name>
    <message>
        <source>Generate due PPMs</source>
        <translation>Verschuldigde PPM’s genereren</translation>
    </message>
    <message>
        <source>The PPM work orders due by {date}, by contract. Untick those not to create now: they stay due. Contracts marked for manual generation start unticked; only this window generates them.</source>
        <translation>De PPM-werkorders die uiterlijk {date} verschuldigd zijn, per contract. Vink uit wat u nu niet wilt aanmaken: die blijven verschuldigd. Contracten met handmatige generatie staan eerst uitgevinkt; alleen dit venster genereert ze.</translation>
    </message>
    <message>
        <source>Open orders whose period ended longer ago than their job's auto-close setting are closed as not done; untick those to leave open.</source>
        <translation>Open werkorders waarvan de periode langer geleden is geëindigd dan de termijn voor automatisch afsluiten van hun taak, worden als niet uitgevoerd afgesloten. Vink de werkorders uit die open moeten blijven.</translation>
    </message>
    <message>
        <source>Contract / building</source>
        <translation>Contract / gebouw</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Financial period</source>
        <translation>Financiële periode</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Genereren</translation>
    </message>
    <message>
        <source>To create: {created} (invoice only: {invoice_only}). Missed: {missed}.</source>
        <translation>Aan te maken: {created} (alleen factuur: {invoice_only}). Gemist: {missed}.</translation>
    </message>
    <message>
        <source>To close as not done: {count}.</source>
        <translation>Af te sluiten als niet uitgevoerd: {count}.</translation>
    </message>
    <message>
        <source>Re-planned first: {count}.</source>
        <translation>Eerst opnieuw gepland: {count}.</translation>
    </message>
    <message>
        <source>Manual generation</source>
        <translation>Handmatige generatie</translation>
    </message>
    <message>
        <source>Work order {number}, {status}</source>
        <translation>Werkorder {number}, {status}</translation>
    </message>
    <message>
        <source>Re-planned first from its last completed visit or certificate</source>
        <translation>Eerst opnieuw gepland vanaf het laatste voltooide bezoek of certificaat</translation>
    </message>
    <message>
        <source>Missed: the period has ended, no order is created</source>
        <translation>Gemist: de periode is voorbij, er wordt geen werkorder aangemaakt</translation>
    </message>
    <message>
        <source>No visit</source>
        <translation>Geen bezoek</translation>
    </message>
    <message>
        <source>Invoice only: an order closed at once</source>
        <translation>Alleen factuur: een werkorder die meteen wordt gesloten</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>Nieuwe werkorder</translation>
    </message>
    <message>
        <source>Ticked: {ticked} of {total} work orders. Missed periods skipped: {missed}.</source>
        <translation>Aangevinkt: {ticked} van {total} werkorders. Overgeslagen gemiste periodes: {missed}.</translation>
    </message>
    <message>
        <source>To close as not done: {ticked} of {total} open work orders.</source>
        <translation>Af te sluiten als niet uitgevoerd: {ticked} van {total} open werkorders.</translation>
    </message>
    <message>
        <source>Closed as not done: its period has ended</source>
        <translation>Afgesloten als niet uitgevoerd: de periode is voorbij</translation>
    </message>
    <message>
        <source>Closed as not done: ended more than {days} ago</source>
        <translation>Afgesloten als niet uitgevoerd: meer dan {days} geleden geëindigd</translation>
    </message>
    <message>
        <source>The database could not be read or written: {error}. Check the connection and try again.</source>
        <translation>De database kon niet worden gelezen of geschreven: {error}. Controleer de verbinding en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>GenerationDryRun</name>
    <message>
        <source>Dry run, nothing written. PPM work orders to create: {count} (of which invoice only, closed at once: {invoice_only}). Missed periods to skip: {missed}. Buildings to re-plan first: {replans}. Left for manual generation: {manual}.</source>
        <translation>Proefdraai, niets geschreven. Aan te maken PPM-werkorders: {count} (waarvan alleen factuur, meteen gesloten: {invoice_only}). Over te slaan gemiste periodes: {missed}. Eerst opnieuw te plannen gebouwen: {replans}. Overgelaten aan handmatige generatie: {manual}.</translation>
    </message>
    <message>
        <source>Open work orders to close as not done: {count}. Left open for manual generation: {manual}.</source>
        <translation>Open werkorders af te sluiten als niet uitgevoerd: {count}. Open gelaten voor handmatige generatie: {manual}.</translation>
    </message>
    <message>
        <source>Contract {reference}, manual generation (not generated by this command): due {created} (invoice only: {invoice_only}), missed {missed}, to re-plan {replans}.</source>
        <translation>Contract {reference}, handmatige generatie (niet gegenereerd door deze opdracht): verschuldigd {created} (alleen factuur: {invoice_only}), gemist {missed}, opnieuw te plannen {replans}.</translation>
    </message>
    <message>
        <source>  manual   {building} – {job}: period {start} to {end}, {visit}</source>
        <translation>  handmatig  {building} – {job}: periode {start} tot {end}, {visit}</translation>
    </message>
    <message>
        <source>Contract {reference}: to create {created} (invoice only: {invoice_only}), missed {missed}, to re-plan {replans}.</source>
        <translation>Contract {reference}: aan te maken {created} (alleen factuur: {invoice_only}), gemist {missed}, opnieuw te plannen {replans}.</translation>
    </message>
    <message>
        <source>  create   {building} – {job}: period {start} to {end}, {visit}</source>
        <translation>  aanmaken  {building} – {job}: periode {start} tot {end}, {visit}</translation>
    </message>
    <message>
        <source>Due to close as not done: {count} (left open by this command).</source>
        <translation>Af te sluiten als niet uitgevoerd: {count} (door deze opdracht open gelaten).</translation>
    </message>
    <message>
        <source>To close as not done: {count}.</source>
        <translation>Af te sluiten als niet uitgevoerd: {count}.</translation>
    </message>
    <message>
        <source>  missed   {building} – {job}: period {start} to {end}</source>
        <translation>  gemist   {building} – {job}: periode {start} tot {end}</translation>
    </message>
    <message>
        <source>  re-plan  {building} – {job}</source>
        <translation>  opnieuw plannen  {building} – {job}</translation>
    </message>
    <message>
        <source>  manual not done  {building} – {job}: work order {number} ({status}), period {start} to {end}</source>
        <translation>  handmatig niet uitgevoerd  {building} – {job}: werkorder {number} ({status}), periode {start} tot {end}</translation>
    </message>
    <message>
        <source>  not done {building} – {job}: work order {number} ({status}), period {start} to {end}</source>
        <translation>  niet uitgevoerd {building} – {job}: werkorder {number} ({status}), periode {start} tot {end}</translation>
    </message>
    <message>
        <source>invoice only</source>
        <translation>alleen factuur</translation>
    </message>
    <message>
        <source>visit {start} to {end}</source>
        <translation>bezoek {start} tot {end}</translation>
    </message>
</context>
<context>
    <name>GenerationReport</name>
    <message>
        <source>Contract {reference}: created {created} (invoice only: {invoice_only}), missed {missed}, cancelled {cancelled}.</source>
        <translation>Contract {reference}: aangemaakt {created} (alleen factuur: {invoice_only}), gemist {missed}, geannuleerd {cancelled}.</translation>
    </message>
    <message>
        <source>Closed as not done: {count}.</source>
        <translation>Afgesloten als niet uitgevoerd: {count}.</translation>
    </message>
    <message>
        <source>PPM work orders created: {count} (of which invoice only, closed at once: {invoice_only}). Missed periods skipped: {missed}. Cancelled by re-plans: {cancelled}.</source>
        <translation>Aangemaakte PPM-werkorders: {count} (waarvan alleen factuur, meteen gesloten: {invoice_only}). Overgeslagen gemiste periodes: {missed}. Geannuleerd door herplanningen: {cancelled}.</translation>
    </message>
    <message>
        <source>Open work orders closed as not done by auto-close: {count} ({numbers}).</source>
        <translation>Open werkorders door automatisch afsluiten afgesloten als niet uitgevoerd: {count} ({numbers}).</translation>
    </message>
    <message>
        <source>Work orders left open because they changed since the preview was read: {numbers}.</source>
        <translation>Werkorders die open blijven omdat ze zijn gewijzigd sinds het voorbeeld werd gelezen: {numbers}.</translation>
    </message>
    <message>
        <source>Started work orders left open although their PPM period is no longer valid: {numbers}.</source>
        <translation>Gestarte werkorders die open blijven hoewel hun PPM-periode niet meer geldig is: {numbers}.</translation>
    </message>
    <message>
        <source>Buildings left as stored, to re-plan in their period editor: {count}.</source>
        <translation>Gebouwen die ongewijzigd zijn gelaten, opnieuw te plannen in hun periode-editor: {count}.</translation>
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
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
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
    <name>HistoryDialog</name>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ongeldig</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>until {end}, no visit</source>
        <translation>tot {end}, geen bezoek</translation>
    </message>
    <message>
        <source>until {end}, visit {start} to {visit_end}</source>
        <translation>tot {end}, bezoek {start} tot {visit_end}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} tot {end}</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Werkorder {number}</translation>
    </message>
    <message>
        <source>Schedule history: {building}</source>
        <translation>Planningsgeschiedenis: {building}</translation>
    </message>
    <message>
        <source>Changes to the stored periods of {building}, newest first.</source>
        <translation>Wijzigingen van de opgeslagen periodes van {building}, nieuwste eerst.</translation>
    </message>
    <message>
        <source>No change to the stored periods of {building} has been recorded yet.</source>
        <translation>Er is nog geen wijziging van de opgeslagen periodes van {building} vastgelegd.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <source>No impact</source>
        <translation>Geen impact</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Groot</translation>
    </message>
    <message>
        <source>Site down</source>
        <translation>Locatie ligt plat</translation>
    </message>
    <message>
        <source>Server issue</source>
        <translation>Serverprobleem</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
</context>
<context>
    <name>ImportBuildingsDialog</name>
    <message>
        <source>Import buildings</source>
        <translation>Gebouwen importeren</translation>
    </message>
    <message>
        <source>Add many buildings at once from an Excel workbook: one row per building, its client named by its reference. Start from the template, which has the columns expected. Every row is checked first; nothing is imported while a row has an error.</source>
        <translation>Voeg veel gebouwen tegelijk toe vanuit een Excel-werkmap: één rij per gebouw, de klant aangeduid met zijn referentie. Begin met het sjabloon, dat de verwachte kolommen bevat. Elke rij wordt eerst gecontroleerd; zolang een rij een fout bevat, wordt niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>Sja&amp;bloon opslaan…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors</source>
        <translation>Alleen rijen met &amp;fouten tonen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Kies het bestand dat u wilt importeren.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>buildings-template</source>
        <translation>sjabloon-gebouwen</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Sjabloon opslaan</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>Template saved as {file}: fill it in, then choose it here.</source>
        <translation>Sjabloon opgeslagen als {file}: vul het in en kies het dan hier.</translation>
    </message>
    <message>
        <source>Row {row}: {errors}</source>
        <translation>Rij {row}: {errors}</translation>
    </message>
    <message>
        <source>Import cancelled: no building was added.</source>
        <translation>Import geannuleerd: er is geen gebouw toegevoegd.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>row {row}: {error}</source>
        <translation>rij {row}: {error}</translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation>De import is mislukt: {error}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Reading and checking {file}…</source>
        <translation>{file} wordt gelezen en gecontroleerd…</translation>
    </message>
    <message>
        <source>Import buildings</source>
        <translation>Gebouwen importeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation>De import is mislukt: {error}</translation>
    </message>
</context>
<context>
    <name>JobBuildingDialog</name>
    <message>
        <source>Edit job building PPM details</source>
        <translation>PPM-gegevens van het gebouw in de taak bewerken</translation>
    </message>
    <message>
        <source>{building} in the PPM job “{job}”. Saving re-plans its periods.</source>
        <translation>{building} in de PPM-taak ‘{job}’. Opslaan plant de periodes opnieuw.</translation>
    </message>
    <message>
        <source>E&amp;xclude from dynamic dates:</source>
        <translation>Uitge&amp;sloten van dynamische datums:</translation>
    </message>
    <message>
        <source>&amp;Partial periods:</source>
        <translation>&amp;Gedeeltelijke periodes:</translation>
    </message>
    <message>
        <source>Ins&amp;tructions:</source>
        <translation>&amp;Instructies:</translation>
    </message>
    <message>
        <source>Plan the visits on fixed dates, not from the last completed visit</source>
        <translation>De bezoeken op vaste datums plannen, niet vanaf het laatste voltooide bezoek</translation>
    </message>
    <message>
        <source>The job's frequency does not support dynamic dates: its visits are on fixed dates anyway.</source>
        <translation>De frequentie van de taak ondersteunt geen dynamische datums: de bezoeken liggen sowieso op vaste datums.</translation>
    </message>
    <message>
        <source>Generate and show periods shorter than a full one</source>
        <translation>Periodes genereren en tonen die korter zijn dan een volledige periode</translation>
    </message>
    <message>
        <source>PPM work orders were generated for this building: this can no longer change.</source>
        <translation>Er zijn PPM-werkorders voor dit gebouw gegenereerd: dit kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>Notes or instructions for the visits (shown on the portal)</source>
        <translation>Notities of instructies voor de bezoeken (getoond op het portaal)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>New PPM job</source>
        <translation>Nieuwe PPM-taak</translation>
    </message>
    <message>
        <source>A PPM job of the contract {reference}: what is done at the client's buildings, how often.</source>
        <translation>Een PPM-taak van het contract {reference}: wat er in de gebouwen van de klant wordt gedaan, en hoe vaak.</translation>
    </message>
    <message>
        <source>Edit job PPM details</source>
        <translation>PPM-gegevens van de taak bewerken</translation>
    </message>
    <message>
        <source>The PPM job “{job}” of the contract {reference}.</source>
        <translation>De PPM-taak ‘{job}’ van het contract {reference}.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Omsc&amp;hrijving:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequentie:</translation>
    </message>
    <message>
        <source>Season (&amp;months):</source>
        <translation>Seizoen (&amp;maanden):</translation>
    </message>
    <message>
        <source>Certificate &amp;based:</source>
        <translation>Op basis van &amp;certificaat:</translation>
    </message>
    <message>
        <source>&amp;Lead days:</source>
        <translation>&amp;Aanlooptijd (dagen):</translation>
    </message>
    <message>
        <source>Default number of &amp;visits:</source>
        <translation>Standaard aantal &amp;bezoeken:</translation>
    </message>
    <message>
        <source>Default number of &amp;invoices:</source>
        <translation>Standaard aantal &amp;facturen:</translation>
    </message>
    <message>
        <source>Default invoice &amp;amount ({currency}):</source>
        <translation>Standaard factuur&amp;bedrag ({currency}):</translation>
    </message>
    <message>
        <source>E&amp;xclude from dynamic dates:</source>
        <translation>Uitge&amp;sloten van dynamische datums:</translation>
    </message>
    <message>
        <source>Au&amp;to-close:</source>
        <translation>Automatisch a&amp;fsluiten:</translation>
    </message>
    <message>
        <source>Required: the work done, such as Boiler maintenance</source>
        <translation>Verplicht: het uitgevoerde werk, zoals Onderhoud ketel</translation>
    </message>
    <message>
        <source>The consecutive months of the season of a seasonal job (one visit a year in them)</source>
        <translation>De opeenvolgende maanden van het seizoen van een seizoensgebonden taak (één bezoek per jaar daarin)</translation>
    </message>
    <message>
        <source>A certificate proves each visit</source>
        <translation>Een certificaat bewijst elk bezoek</translation>
    </message>
    <message>
        <source>How many days before its visit starts a PPM work order is generated</source>
        <translation>Hoeveel dagen vóór het begin van het bezoek een PPM-werkorder wordt gegenereerd</translation>
    </message>
    <message>
        <source>What the buildings added to the job start with; each can be changed</source>
        <translation>Waarmee de aan de taak toegevoegde gebouwen beginnen; elk kan worden gewijzigd</translation>
    </message>
    <message>
        <source>Buildings added to the job plan their visits on fixed dates</source>
        <translation>Aan de taak toegevoegde gebouwen plannen hun bezoeken op vaste datums</translation>
    </message>
    <message>
        <source>The default of the buildings added to the job: their visits do not follow the last completed visit</source>
        <translation>De standaardwaarde van de aan de taak toegevoegde gebouwen: hun bezoeken volgen niet het laatste voltooide bezoek</translation>
    </message>
    <message>
        <source>Close as Not done</source>
        <translation>Afsluiten als Niet uitgevoerd</translation>
    </message>
    <message>
        <source>Close PPM work orders still open this many days after their period ends</source>
        <translation>PPM-werkorders die nog open zijn zoveel dagen na het einde van hun periode afsluiten</translation>
    </message>
    <message>
        <source>days after the period ends (0: as soon as it ends)</source>
        <translation>dagen na het einde van de periode (0: zodra die eindigt)</translation>
    </message>
    <message>
        <source>PPM work orders were generated under this job: this can no longer change.</source>
        <translation>Er zijn PPM-werkorders onder deze taak gegenereerd: dit kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Give the job's description.</source>
        <translation>Geef de omschrijving van de taak op.</translation>
    </message>
    <message>
        <source>Tick the months of the season.</source>
        <translation>Vink de maanden van het seizoen aan.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: write it as {example}.</source>
        <translation>‘{text}’ is geen bedrag: schrijf het als {example}.</translation>
    </message>
</context>
<context>
    <name>JobSheet</name>
    <message>
        <source>Customer signature</source>
        <translation>Handtekening van de klant</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} u {minutes} min</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} tot {end}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Job sheet: work order {number}</source>
        <translation>Werkbon: werkorder {number}</translation>
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
        <source>Assignee</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>Referentie van de klant</translation>
    </message>
    <message>
        <source>Client and building</source>
        <translation>Klant en gebouw</translation>
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
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Toegangsinstructies</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>No contact.</source>
        <translation>Geen contactpersoon.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Geen omschrijving.</translation>
    </message>
    <message>
        <source>PPM visit</source>
        <translation>PPM-bezoek</translation>
    </message>
    <message>
        <source>PPM job</source>
        <translation>PPM-taak</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Visit window</source>
        <translation>Bezoekperiode</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructies</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Signed by {name} on {date}</source>
        <translation>Ondertekend door {name} op {date}</translation>
    </message>
    <message>
        <source>Signed on {date}</source>
        <translation>Ondertekend op {date}</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Handtekening:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Activiteitenlogboek</translation>
    </message>
    <message>
        <source>Printed by Bureau on {date}</source>
        <translation>Afgedrukt door Bureau op {date}</translation>
    </message>
    <message>
        <source>No time recorded.</source>
        <translation>Geen tijd geregistreerd.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicus</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Factureerbaar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Uitgevoerd werk</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Total time: {total}; billable: {billable}</source>
        <translation>Totale tijd: {total}; factureerbaar: {billable}</translation>
    </message>
    <message>
        <source>Billable amount: {amount}</source>
        <translation>Factureerbaar bedrag: {amount}</translation>
    </message>
    <message>
        <source>Export the job sheet as PDF</source>
        <translation>De werkbon als PDF exporteren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Print the job sheet of this work order for the technician</source>
        <translation>De werkbon van deze werkorder afdrukken voor de technicus</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <source>Save the job sheet of this work order as a PDF document</source>
        <translation>De werkbon van deze werkorder opslaan als PDF-document</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exporteren</translation>
    </message>
    <message>
        <source>Job sheet {number}.pdf</source>
        <translation>Werkbon {number}.pdf</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>De PDF kon niet worden geschreven naar {path}: {reason}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bureau: helpdesk</source>
        <translation>Bureau: helpdesk</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
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
        <source>&amp;Contracts and PPM…</source>
        <translation>&amp;Contracten en PPM…</translation>
    </message>
    <message>
        <source>The contracts, their PPM jobs and the periods of their buildings</source>
        <translation>De contracten, hun PPM-taken en de periodes van hun gebouwen</translation>
    </message>
    <message>
        <source>Create the work orders of the PPM periods whose auto-generation date has come</source>
        <translation>De werkorders aanmaken van de PPM-periodes waarvan de datum voor automatische generatie is bereikt</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracten</translation>
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
        <source>&amp;Generate due PPMs…</source>
        <translation>Verschuldigde PPM’s &amp;genereren…</translation>
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
        <source>Generate due PPMs</source>
        <translation>Vervallen PPM’s genereren</translation>
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
    <name>MyAccountDialog</name>
    <message>
        <source>My account</source>
        <translation>Mijn account</translation>
    </message>
    <message>
        <source>Your name as others see it on work orders, your email address, and the language of the emails you send to contacts without a language of their own.</source>
        <translation>Uw naam zoals anderen die op werkorders zien, uw e-mailadres en de taal van de e-mails die u stuurt aan contactpersonen zonder eigen taal.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Weergave&amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Wachtwoord &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Give your display name.</source>
        <translation>Geef uw weergavenaam op.</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <source>Add the caller to the contacts of {client}. The contact is saved at once and becomes the caller.</source>
        <translation>De beller toevoegen aan de contactpersonen van {client}. De contactpersoon wordt meteen opgeslagen en wordt de beller.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
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
        <source>Optional: needed to notify them</source>
        <translation>Optioneel: nodig om hem op de hoogte te houden</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <source>Give the contact's name.</source>
        <translation>Geef de naam van de contactpersoon.</translation>
    </message>
</context>
<context>
    <name>NewOrderLauncher</name>
    <message>
        <source>&amp;New work order…</source>
        <translation>&amp;Nieuwe werkorder…</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>Nieuwe werkorder</translation>
    </message>
    <message>
        <source>Log a call as a new work order (Ctrl+N)</source>
        <translation>Een oproep als nieuwe werkorder invoeren (Ctrl+N)</translation>
    </message>
    <message>
        <source>Log similar</source>
        <translation>Vergelijkbare invoeren</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Kies een nieuw wachtwoord</translation>
    </message>
    <message>
        <source>An administrator asked you to choose a new password. Type it twice to sign in.</source>
        <translation>Een beheerder vraagt u een nieuw wachtwoord te kiezen. Typ het twee keer om u aan te melden.</translation>
    </message>
    <message>
        <source>Your password for signing in to this server.</source>
        <translation>Uw wachtwoord om u aan te melden bij deze server.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Wachtwoord &amp;bevestigen:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Typ uw huidige wachtwoord.</translation>
    </message>
</context>
<context>
    <name>NewWorkOrderDialog</name>
    <message>
        <source>New work order</source>
        <translation>Nieuwe werkorder</translation>
    </message>
    <message>
        <source>Log a call. Start with the building (its client follows) or the client, and choose from the lists as you type. Ctrl+Enter saves; Ctrl+Shift+N saves and starts the next call with the same caller.</source>
        <translation>Een oproep invoeren. Begin met het gebouw (de klant volgt) of de klant, en kies tijdens het typen uit de lijsten. Ctrl+Enter slaat op; Ctrl+Shift+N slaat op en begint de volgende oproep met dezelfde beller.</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Beller</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Werkorder</translation>
    </message>
    <message>
        <source>Already &amp;reported?</source>
        <translation>Al ge&amp;meld?</translation>
    </message>
    <message>
        <source>Contacts to notify by &amp;email</source>
        <translation>Per e-m&amp;ail op de hoogte te houden contactpersonen</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>Ge&amp;bouw:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontactpersoon:</translation>
    </message>
    <message>
        <source>Name or reference</source>
        <translation>Naam of referentie</translation>
    </message>
    <message>
        <source>Name, city, postcode or client reference</source>
        <translation>Naam, plaats, postcode of klantreferentie</translation>
    </message>
    <message>
        <source>Name, email or phone (optional)</source>
        <translation>Naam, e-mail of telefoon (optioneel)</translation>
    </message>
    <message>
        <source>Ne&amp;w contact…</source>
        <translation>Nie&amp;uwe contactpersoon…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Omsc&amp;hrijving:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioriteit:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Soo&amp;rt:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gorie:</translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation>Contra&amp;ct:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Toege&amp;wezen aan:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Stre&amp;efdatum:</translation>
    </message>
    <message>
        <source>Required: what is wrong, in a few words</source>
        <translation>Verplicht: wat er mis is, in een paar woorden</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Geen contract</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>&amp;From priority</source>
        <translation>&amp;Volgens prioriteit</translation>
    </message>
    <message>
        <source>Set the due date from the priority's target time again</source>
        <translation>De streefdatum weer uit de streeftijd van de prioriteit halen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the work order and open it (Ctrl+Enter)</source>
        <translation>De werkorder opslaan en openen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Sa&amp;ve and new</source>
        <translation>Opslaan en &amp;nieuw</translation>
    </message>
    <message>
        <source>Save the work order and start the next one for the same caller (Ctrl+Shift+N)</source>
        <translation>De werkorder opslaan en de volgende voor dezelfde beller beginnen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>{name} ({reference})</source>
        <translation>{name} ({reference})</translation>
    </message>
    <message>
        <source>{name} – {address}, {postcode} {city} · {client}</source>
        <translation>{name} – {address}, {postcode} {city} · {client}</translation>
    </message>
    <message>
        <source>{name} – {reach} · {client}</source>
        <translation>{name} – {reach} · {client}</translation>
    </message>
    <message>
        <source>{name} · {client}</source>
        <translation>{name} · {client}</translation>
    </message>
    <message>
        <source>Choose the client or the building first.</source>
        <translation>Kies eerst de klant of het gebouw.</translation>
    </message>
    <message>
        <source>Add the caller to the contacts of {client} without leaving this form</source>
        <translation>De beller toevoegen aan de contactpersonen van {client} zonder dit formulier te verlaten</translation>
    </message>
    <message>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <source>{name} (no email address)</source>
        <translation>{name} (geen e-mailadres)</translation>
    </message>
    <message>
        <source>This contact has no email address, so they cannot be notified.</source>
        <translation>Deze contactpersoon heeft geen e-mailadres en kan dus niet op de hoogte worden gehouden.</translation>
    </message>
    <message>
        <source>Choose the client or the building to list their contacts.</source>
        <translation>Kies de klant of het gebouw om de contactpersonen te tonen.</translation>
    </message>
    <message>
        <source>This client has no contacts yet.</source>
        <translation>Deze klant heeft nog geen contactpersonen.</translation>
    </message>
    <message>
        <source>Those ticked are emailed now, and each time the work order's status changes.</source>
        <translation>De aangevinkte contactpersonen krijgen nu een e-mail, en telkens als de status van de werkorder verandert.</translation>
    </message>
    <message>
        <source>Choose a building to see the work orders still open there.</source>
        <translation>Kies een gebouw om de werkorders te zien die daar nog openstaan.</translation>
    </message>
    <message>
        <source>No open work order at {building}.</source>
        <translation>Geen openstaande werkorder bij {building}.</translation>
    </message>
    <message>
        <source>Open at {building}, newest first. If the call is about one of them, double-click it to open it instead of logging it again.</source>
        <translation>Open bij {building}, nieuwste eerst. Gaat de oproep over een ervan, dubbelklik er dan op om hem te openen in plaats van hem opnieuw in te voeren.</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>met de hand ingesteld</translation>
    </message>
    <message>
        <source>{target} for this priority</source>
        <translation>{target} voor deze prioriteit</translation>
    </message>
    <message>
        <source>Choose the building from the list: type part of its name, city or postcode.</source>
        <translation>Kies het gebouw uit de lijst: typ een deel van de naam, de plaats of de postcode.</translation>
    </message>
    <message>
        <source>Choose the building.</source>
        <translation>Kies het gebouw.</translation>
    </message>
    <message>
        <source>Choose the client from the list, or clear the field.</source>
        <translation>Kies de klant uit de lijst, of maak het veld leeg.</translation>
    </message>
    <message>
        <source>Choose the caller from the contacts, or add them as a new contact.</source>
        <translation>Kies de beller uit de contactpersonen, of voeg hem toe als nieuwe contactpersoon.</translation>
    </message>
    <message>
        <source>Give the work order a title.</source>
        <translation>Geef de werkorder een titel.</translation>
    </message>
    <message>
        <source>Work order {number} saved. The next one keeps the same caller.</source>
        <translation>Werkorder {number} opgeslagen. De volgende houdt dezelfde beller.</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Edit notifications: work order {number}</source>
        <translation>Meldingen bewerken: werkorder {number}</translation>
    </message>
    <message>
        <source>Check the contacts of the client who are emailed each time the status of work order {number} changes. When you save, each contact you add receives an email telling them so.</source>
        <translation>Vink de contactpersonen van de klant aan die een e-mail krijgen telkens als de status van werkorder {number} verandert. Bij het opslaan krijgt elke toegevoegde contactpersoon een e-mail waarin dat wordt gemeld.</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contactpersonen:</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (gearchiveerd)</translation>
    </message>
    <message>
        <source>This contact is archived and receives nothing: uncheck them.</source>
        <translation>Deze contactpersoon is gearchiveerd en ontvangt niets: vink deze uit.</translation>
    </message>
    <message>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <source>{name} (no email address)</source>
        <translation>{name} (geen e-mailadres)</translation>
    </message>
    <message>
        <source>This contact has no email address, so they cannot be notified.</source>
        <translation>Deze contactpersoon heeft geen e-mailadres en kan dus niet op de hoogte worden gebracht.</translation>
    </message>
    <message>
        <source>This contact has no email address and receives nothing: uncheck them.</source>
        <translation>Deze contactpersoon heeft geen e-mailadres en ontvangt niets: vink deze uit.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>The client of this work order has no contacts to notify.</source>
        <translation>De klant van deze werkorder heeft geen contactpersonen om op de hoogte te brengen.</translation>
    </message>
    <message>
        <source>Check or uncheck contacts to change who is notified.</source>
        <translation>Vink contactpersonen aan of uit om te wijzigen wie op de hoogte wordt gebracht.</translation>
    </message>
</context>
<context>
    <name>OpenOrdersModel</name>
    <message>
        <source>Work order {number}, “{title}”: {status}, logged {created}. Double-click to open it.</source>
        <translation>Werkorder {number}, ‘{title}’: {status}, ingevoerd op {created}. Dubbelklik om hem te openen.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>The job sheet holds the work order's header, client, building with its access notes, contact, description, PPM visit, time and signature.</source>
        <translation>De werkbon bevat de kop van de werkorder, de klant, het gebouw met de toegangsinstructies, de contactpersoon, de omschrijving, het PPM-bezoek, de tijd en de handtekening.</translation>
    </message>
    <message>
        <source>Include the &amp;activity log</source>
        <translation>&amp;Activiteitenlogboek opnemen</translation>
    </message>
</context>
<context>
    <name>OrderCorrections</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Correct the work order's fields (F2)</source>
        <translation>De velden van de werkorder corrigeren (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Delete a work order logged by mistake</source>
        <translation>Een per vergissing ingevoerde werkorder verwijderen</translation>
    </message>
    <message>
        <source>Edit work order</source>
        <translation>Werkorder bewerken</translation>
    </message>
    <message>
        <source>Delete work order {number}</source>
        <translation>Werkorder {number} verwijderen</translation>
    </message>
    <message>
        <source>Delete work order {number}, “{title}”? It disappears with its activity log; this cannot be undone. Delete only an order logged by mistake: cancel any other.</source>
        <translation>Werkorder {number}, ‘{title}’, verwijderen? Hij verdwijnt met zijn activiteitenlogboek; dit kan niet ongedaan worden gemaakt. Verwijder alleen een per vergissing ingevoerde werkorder: annuleer alle andere.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Pending</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>To</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Volgende poging</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden op</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Zo snel mogelijk</translation>
    </message>
</context>
<context>
    <name>OutboxTools</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Postvak UIT…</translation>
    </message>
    <message>
        <source>The emails waiting to be sent, failed and sent</source>
        <translation>De e-mails die wachten op verzending, mislukt zijn of verzonden zijn</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Postvak UIT</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>Alle e-mails</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Nu verzenden</translation>
    </message>
    <message>
        <source>Send the emails that are due now, without waiting for the next round</source>
        <translation>De e-mails die nu aan de beurt zijn verzenden, zonder op de volgende ronde te wachten</translation>
    </message>
    <message>
        <source>Re&amp;try selected</source>
        <translation>Selectie opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Try the selected emails again now, failed ones included</source>
        <translation>De geselecteerde e-mails nu opnieuw proberen, ook de mislukte</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Select an email to read it.</source>
        <translation>Selecteer een e-mail om deze te lezen.</translation>
    </message>
    <message>
        <source>Pending: {pending}   Failed: {failed}   Sent: {sent}</source>
        <translation>In wachtrij: {pending}   Mislukt: {failed}   Verzonden: {sent}</translation>
    </message>
    <message>
        <source>No SMTP server is set: emails wait here and are not sent. Set the server in File &gt; Settings, Email (SMTP).</source>
        <translation>Er is geen SMTP-server ingesteld: e-mails wachten hier en worden niet verzonden. Stel de server in via Bestand &gt; Instellingen, E-mail (SMTP).</translation>
    </message>
    <message>
        <source>To: {address}</source>
        <translation>Aan: {address}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Onderwerp: {subject}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Laatste fout: {error}</translation>
    </message>
    <message>
        <source>The outbox could not be sent: {error}</source>
        <translation>Het postvak UIT kon niet worden verzonden: {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
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
    <name>PeriodText</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>No visit</source>
        <translation>Geen bezoek</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} tot {end}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ongeldig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Work order {number}, cancelled when saved</source>
        <translation>Werkorder {number}, geannuleerd bij het opslaan</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Werkorder {number}</translation>
    </message>
    <message>
        <source>visit {dates}</source>
        <translation>bezoek {dates}</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>gefactureerd</translation>
    </message>
    <message>
        <source>not invoiced</source>
        <translation>niet gefactureerd</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <source>Edit job PPM building periods</source>
        <translation>PPM-periodes van het gebouw bewerken</translation>
    </message>
    <message>
        <source>{building}: {job} (contract {contract}, {client})</source>
        <translation>{building}: {job} (contract {contract}, {client})</translation>
    </message>
    <message>
        <source>Number of &amp;visits:</source>
        <translation>&amp;Aantal bezoeken:</translation>
    </message>
    <message>
        <source>Number of &amp;invoices:</source>
        <translation>Aantal &amp;facturen:</translation>
    </message>
    <message>
        <source>Invoice &amp;amount ({currency}):</source>
        <translation>Factuur&amp;bedrag ({currency}):</translation>
    </message>
    <message>
        <source>Site value:</source>
        <translation>Locatiewaarde:</translation>
    </message>
    <message>
        <source>&amp;Partial periods:</source>
        <translation>&amp;Gedeeltelijke periodes:</translation>
    </message>
    <message>
        <source>Generate and show periods shorter than a full one</source>
        <translation>Periodes genereren en tonen die korter zijn dan een volledige periode</translation>
    </message>
    <message>
        <source>Dynamic date updates supported:</source>
        <translation>Dynamische datumupdates ondersteund:</translation>
    </message>
    <message>
        <source>Exclude from dynamic date updates:</source>
        <translation>Uitgesloten van dynamische datumupdates:</translation>
    </message>
    <message>
        <source>&amp;Next visit required by:</source>
        <translation>&amp;Volgend bezoek vereist vóór:</translation>
    </message>
    <message>
        <source>Work order:</source>
        <translation>Werkorder:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>What changes…</source>
        <translation>Wat verandert…</translation>
    </message>
    <message>
        <source>The periods that saving changes, before and after</source>
        <translation>De periodes die opslaan wijzigt, voor en na</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <source>Every change of this building's stored periods: when, by whom and why</source>
        <translation>Elke wijziging van de opgeslagen periodes van dit gebouw: wanneer, door wie en waarom</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Bekijken</translation>
    </message>
    <message>
        <source>Last certificate:</source>
        <translation>Laatste certificaat:</translation>
    </message>
    <message>
        <source>Open the certificate's document with the system's viewer</source>
        <translation>Het document van het certificaat openen met de viewer van het systeem</translation>
    </message>
    <message>
        <source>Ins&amp;tructions:</source>
        <translation>&amp;Instructies:</translation>
    </message>
    <message>
        <source>Notes or instructions for the visits (shown on the portal)</source>
        <translation>Notities of instructies voor de bezoeken (getoond op het portaal)</translation>
    </message>
    <message>
        <source>These settings cannot be planned: check the number of visits and invoices.</source>
        <translation>Deze instellingen kunnen niet worden gepland: controleer het aantal bezoeken en facturen.</translation>
    </message>
    <message>
        <source>Green rows are partial periods. Visit dates can be edited (double-click) only when dynamic dates are off and nothing has been generated.</source>
        <translation>Groene rijen zijn gedeeltelijke periodes. Bezoekdatums kunnen alleen worden bewerkt (dubbelklik) als dynamische datums uitgeschakeld zijn en er nog niets is gegenereerd.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: write it as {example}.</source>
        <translation>‘{text}’ is geen bedrag: schrijf het als {example}.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Werkorder {number}</translation>
    </message>
    <message>
        <source>No completed visit yet</source>
        <translation>Nog geen voltooid bezoek</translation>
    </message>
    <message>
        <source>Tinted cells change when saved: point at one to see its other value.</source>
        <translation>Getinte cellen veranderen bij het opslaan: wijs er een aan om de andere waarde te zien.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>afgekeurd</translation>
    </message>
    <message>
        <source>{date}, {result}</source>
        <translation>{date}, {result}</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Referentie: {reference}</translation>
    </message>
    <message>
        <source>Nothing is stored for this building yet: the table shows its plan, which OK stores.</source>
        <translation>Voor dit gebouw is nog niets opgeslagen: de tabel toont de planning, die OK opslaat.</translation>
    </message>
    <message numerus="yes">
        <source>The table shows the periods as stored. Re-planned today, %n period(s) change (tinted cells); OK saves the re-plan.</source>
        <translation>
            <numerusform>De tabel toont de periodes zoals opgeslagen. Vandaag opnieuw gepland verandert %n periode (getinte cellen); OK slaat de nieuwe planning op.</numerusform>
            <numerusform>De tabel toont de periodes zoals opgeslagen. Vandaag opnieuw gepland veranderen %n periodes (getinte cellen); OK slaat de nieuwe planning op.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With your edits, %n period(s) change (tinted cells); OK saves them.</source>
        <translation>
            <numerusform>Met uw wijzigingen verandert %n periode (getinte cellen); OK slaat die op.</numerusform>
            <numerusform>Met uw wijzigingen veranderen %n periodes (getinte cellen); OK slaat ze op.</numerusform>
        </translation>
    </message>
    <message>
        <source>Period {start} to {end}</source>
        <translation>Periode van {start} tot {end}</translation>
    </message>
    <message>
        <source>Next visit required by</source>
        <translation>Volgend bezoek vereist vóór</translation>
    </message>
    <message>
        <source>The day has changed since these periods were opened: they are shown for today. Check them and press OK again.</source>
        <translation>De dag is veranderd sinds deze periodes zijn geopend: ze worden nu voor vandaag getoond. Controleer ze en druk opnieuw op OK.</translation>
    </message>
    <message>
        <source>PPM periods</source>
        <translation>PPM-periodes</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Re-planned, this period is no longer listed.</source>
        <translation>Opnieuw gepland staat deze periode er niet meer bij.</translation>
    </message>
    <message>
        <source>New period, not stored yet.</source>
        <translation>Nieuwe periode, nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Re-planned: {value}</source>
        <translation>Opnieuw gepland: {value}</translation>
    </message>
    <message>
        <source>Stored: {value}</source>
        <translation>Opgeslagen: {value}</translation>
    </message>
    <message>
        <source>Financial start</source>
        <translation>Financieel begin</translation>
    </message>
    <message>
        <source>Financial end</source>
        <translation>Financieel einde</translation>
    </message>
    <message>
        <source>Visit start</source>
        <translation>Begin bezoek</translation>
    </message>
    <message>
        <source>Visit end</source>
        <translation>Einde bezoek</translation>
    </message>
    <message>
        <source>Inv</source>
        <translation>Fact.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesl.</translation>
    </message>
    <message>
        <source>Cert</source>
        <translation>Cert.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Algemene status</translation>
    </message>
    <message>
        <source>Auto-generation</source>
        <translation>Auto-generatie</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Werkorder</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Partial period</source>
        <translation>Gedeeltelijke periode</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ongeldig</translation>
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
    <name>Placeholders</name>
    <message>
        <source>The work order's number</source>
        <translation>Het nummer van de werkorder</translation>
    </message>
    <message>
        <source>The work order's title</source>
        <translation>De titel van de werkorder</translation>
    </message>
    <message>
        <source>The client's name</source>
        <translation>De naam van de klant</translation>
    </message>
    <message>
        <source>The building's name</source>
        <translation>De naam van het gebouw</translation>
    </message>
    <message>
        <source>The contact's name</source>
        <translation>De naam van de contactpersoon</translation>
    </message>
    <message>
        <source>The name of the agent the work order is assigned to</source>
        <translation>De naam van de medewerker aan wie de werkorder is toegewezen</translation>
    </message>
    <message>
        <source>The due date, written out in the reply's language</source>
        <translation>De vervaldatum, voluit geschreven in de taal van het antwoord</translation>
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
    <message numerus="yes">
        <source>%n impact(s)</source>
        <translation>
            <numerusform>%n impact</numerusform>
            <numerusform>%n impacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n soort</numerusform>
            <numerusform>%n soorten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln selected work order(s). Each one changes only if its own rules allow the action; the others are left unchanged and listed afterwards.</source>
        <translation>
            <numerusform>De status van %Ln geselecteerde werkorder wijzigen. Deze verandert alleen als de eigen regels de actie toestaan; anders blijft deze ongewijzigd en wordt deze daarna vermeld.</numerusform>
            <numerusform>De status van %Ln geselecteerde werkorders wijzigen. Elke werkorder verandert alleen als de eigen regels de actie toestaan; de andere blijven ongewijzigd en worden daarna vermeld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln selected work order(s). Only open work orders can be assigned; the others are left unchanged and listed afterwards.</source>
        <translation>
            <numerusform>%Ln geselecteerde werkorder toewijzen. Alleen een openstaande werkorder kan worden toegewezen; anders blijft deze ongewijzigd en wordt deze daarna vermeld.</numerusform>
            <numerusform>%Ln geselecteerde werkorders toewijzen. Alleen openstaande werkorders kunnen worden toegewezen; de andere blijven ongewijzigd en worden daarna vermeld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close the open PPM work orders among the %Ln selected whose financial end date is before {today}. The others are left unchanged and listed afterwards.</source>
        <translation>
            <numerusform>%Ln geselecteerde werkorder afsluiten als het een openstaande PPM-werkorder is waarvan de financiële einddatum vóór {today} ligt. Anders blijft deze ongewijzigd en wordt deze daarna vermeld.</numerusform>
            <numerusform>De openstaande PPM-werkorders onder de %Ln geselecteerde afsluiten waarvan de financiële einddatum vóór {today} ligt. De andere blijven ongewijzigd en worden daarna vermeld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln work order(s) handled</source>
        <translation>
            <numerusform>{done} van %Ln werkorder verwerkt</numerusform>
            <numerusform>{done} van %Ln werkorders verwerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) changed.</source>
        <translation>
            <numerusform>%Ln werkorder gewijzigd.</numerusform>
            <numerusform>%Ln werkorders gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) assigned to {name}.</source>
        <translation>
            <numerusform>%Ln werkorder toegewezen aan {name}.</numerusform>
            <numerusform>%Ln werkorders toegewezen aan {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) unassigned.</source>
        <translation>
            <numerusform>Toewijzing van %Ln werkorder opgeheven.</numerusform>
            <numerusform>Toewijzing van %Ln werkorders opgeheven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln PPM work order(s) closed.</source>
        <translation>
            <numerusform>%Ln PPM-werkorder afgesloten.</numerusform>
            <numerusform>%Ln PPM-werkorders afgesloten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) already as asked, left as they were.</source>
        <translation>
            <numerusform>%Ln werkorder was al zoals gevraagd en is ongewijzigd gelaten.</numerusform>
            <numerusform>%Ln werkorders waren al zoals gevraagd en zijn ongewijzigd gelaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) refused, left unchanged:</source>
        <translation>
            <numerusform>%Ln werkorder geweigerd, ongewijzigd gelaten:</numerusform>
            <numerusform>%Ln werkorders geweigerd, ongewijzigd gelaten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) not eligible, left unchanged:</source>
        <translation>
            <numerusform>%Ln werkorder komt niet in aanmerking, ongewijzigd gelaten:</numerusform>
            <numerusform>%Ln werkorders komen niet in aanmerking, ongewijzigd gelaten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln work order(s) not handled, left unchanged.</source>
        <translation>
            <numerusform>Geannuleerd: %Ln werkorder niet verwerkt, ongewijzigd gelaten.</numerusform>
            <numerusform>Geannuleerd: %Ln werkorders niet verwerkt, ongewijzigd gelaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuut</numerusform>
            <numerusform>%Ln minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln uur</numerusform>
            <numerusform>%Ln uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total} row(s) have errors: no building was imported.</source>
        <translation>
            <numerusform>%Ln van {total} rijen bevat fouten: er is geen gebouw geïmporteerd.</numerusform>
            <numerusform>%Ln van {total} rijen bevatten fouten: er is geen gebouw geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is correct: %Ln building(s) would be imported.</source>
        <translation>
            <numerusform>Het bestand is correct: %Ln gebouw zou worden geïmporteerd.</numerusform>
            <numerusform>Het bestand is correct: %Ln gebouwen zouden worden geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln building(s) imported.</source>
        <translation>
            <numerusform>%Ln gebouw geïmporteerd.</numerusform>
            <numerusform>%Ln gebouwen geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln building(s) ready to import.</source>
        <translation>
            <numerusform>%Ln gebouw klaar om te importeren.</numerusform>
            <numerusform>%Ln gebouwen klaar om te importeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of {total} with errors: correct them in the file, then check it again. Nothing is imported while a row has an error.</source>
        <translation>
            <numerusform>%Ln van {total} rijen met fouten: verbeter die in het bestand en controleer het opnieuw. Zolang een rij een fout bevat, wordt niets geïmporteerd.</numerusform>
            <numerusform>%Ln van {total} rijen met fouten: verbeter ze in het bestand en controleer het opnieuw. Zolang een rij een fout bevat, wordt niets geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln building(s)…</source>
        <translation>
            <numerusform>%Ln gebouw wordt geïmporteerd…</numerusform>
            <numerusform>%Ln gebouwen worden geïmporteerd…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PpmChanges</name>
    <message>
        <source>Financial end</source>
        <translation>Financieel einde</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Certificate required</source>
        <translation>Certificaat vereist</translation>
    </message>
    <message>
        <source>Partial period</source>
        <translation>Gedeeltelijke periode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Algemene status</translation>
    </message>
    <message>
        <source>Auto-generation date</source>
        <translation>Datum van automatische generatie</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Werkorder</translation>
    </message>
    <message>
        <source>This row shows the period as stored: re-planned today, it changes (see What changes).</source>
        <translation>Deze regel toont de periode zoals opgeslagen: vandaag opnieuw gepland verandert ze (zie ‘Wat verandert’).</translation>
    </message>
    <message>
        <source>This row shows the period as stored. Re-planned today, the period is no longer listed: saving removes it.</source>
        <translation>Deze regel toont de periode zoals opgeslagen. Vandaag opnieuw gepland staat de periode er niet meer bij: opslaan verwijdert ze.</translation>
    </message>
</context>
<context>
    <name>PpmHistory</name>
    <message>
        <source>Saved in the period editor</source>
        <translation>Opgeslagen in de periode-editor</translation>
    </message>
    <message>
        <source>Copied from another building of the job</source>
        <translation>Gekopieerd van een ander gebouw van de taak</translation>
    </message>
    <message>
        <source>Re-planned from the last completed visit</source>
        <translation>Opnieuw gepland vanaf het laatst voltooide bezoek</translation>
    </message>
    <message>
        <source>Re-planned from the last certificate</source>
        <translation>Opnieuw gepland vanaf het laatste certificaat</translation>
    </message>
    <message>
        <source>The building's closures changed</source>
        <translation>De sluitingen van het gebouw zijn gewijzigd</translation>
    </message>
    <message>
        <source>The building's dates changed</source>
        <translation>De datums van het gebouw zijn gewijzigd</translation>
    </message>
    <message>
        <source>The contract's dates changed</source>
        <translation>De datums van het contract zijn gewijzigd</translation>
    </message>
    <message>
        <source>Stored by a data load</source>
        <translation>Opgeslagen door een gegevensimport</translation>
    </message>
    <message>
        <source>The PPM job's settings changed</source>
        <translation>De instellingen van de PPM-taak zijn gewijzigd</translation>
    </message>
    <message>
        <source>The building left the PPM job</source>
        <translation>Het gebouw heeft de PPM-taak verlaten</translation>
    </message>
    <message>
        <source>The building's PPM details changed</source>
        <translation>De PPM-gegevens van het gebouw zijn gewijzigd</translation>
    </message>
    <message>
        <source>Period added</source>
        <translation>Periode toegevoegd</translation>
    </message>
    <message>
        <source>Period removed</source>
        <translation>Periode verwijderd</translation>
    </message>
    <message>
        <source>Financial end</source>
        <translation>Financieel einde</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Certificate required</source>
        <translation>Certificaat vereist</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Gedeeltelijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Generation date</source>
        <translation>Generatiedatum</translation>
    </message>
    <message>
        <source>Work order cancelled</source>
        <translation>Werkorder geannuleerd</translation>
    </message>
</context>
<context>
    <name>PpmOrders</name>
    <message>
        <source>Cancelled automatically: the PPM period {start} to {end} is no longer in the job's plan for this building.</source>
        <translation>Automatisch geannuleerd: de PPM-periode van {start} tot {end} hoort niet meer bij het plan van de taak voor dit gebouw.</translation>
    </message>
    <message>
        <source>Cancelled automatically: the building is closed during the PPM period {start} to {end}.</source>
        <translation>Automatisch geannuleerd: het gebouw is gesloten tijdens de PPM-periode van {start} tot {end}.</translation>
    </message>
    <message>
        <source>Cancelled automatically: the visit no longer lies inside the PPM period {start} to {end}.</source>
        <translation>Automatisch geannuleerd: het bezoek valt niet meer binnen de PPM-periode van {start} tot {end}.</translation>
    </message>
    <message>
        <source>Closed automatically as not done: still open after its PPM period ended on {end}.</source>
        <translation>Automatisch afgesloten als niet uitgevoerd: nog open nadat de PPM-periode op {end} was geëindigd.</translation>
    </message>
    <message>
        <source>Closed automatically as not done: still open more than one day after its PPM period ended on {end}.</source>
        <translation>Automatisch afgesloten als niet uitgevoerd: meer dan een dag nadat de PPM-periode op {end} was geëindigd nog open.</translation>
    </message>
    <message>
        <source>Closed automatically as not done: still open more than {days} days after its PPM period ended on {end}.</source>
        <translation>Automatisch afgesloten als niet uitgevoerd: meer dan {days} dagen nadat de PPM-periode op {end} was geëindigd nog open.</translation>
    </message>
</context>
<context>
    <name>PpmPlanner</name>
    <message>
        <source>The season falls outside the building's dates in this period, so there is no visit.</source>
        <translation>Het seizoen valt in deze periode buiten de datums van het gebouw, dus er is geen bezoek.</translation>
    </message>
    <message>
        <source>The period is invoiced.</source>
        <translation>De periode wordt gefactureerd.</translation>
    </message>
    <message>
        <source>The period is not invoiced.</source>
        <translation>De periode wordt niet gefactureerd.</translation>
    </message>
    <message>
        <source>It is invoice only: its work order is closed as soon as it is generated.</source>
        <translation>Alleen factuur: de werkorder wordt afgesloten zodra deze is gegenereerd.</translation>
    </message>
    <message>
        <source>Nothing is generated for this period.</source>
        <translation>Voor deze periode wordt niets gegenereerd.</translation>
    </message>
    <message>
        <source>This is a partial period: the building starts on {date}.</source>
        <translation>Dit is een gedeeltelijke periode: het gebouw begint op {date}.</translation>
    </message>
    <message>
        <source>This is a partial period: the contract starts on {date}.</source>
        <translation>Dit is een gedeeltelijke periode: het contract begint op {date}.</translation>
    </message>
    <message>
        <source>This is a partial period: the building ends on {date}.</source>
        <translation>Dit is een gedeeltelijke periode: het gebouw eindigt op {date}.</translation>
    </message>
    <message>
        <source>This is a partial period: the contract ends on {date}.</source>
        <translation>Dit is een gedeeltelijke periode: het contract eindigt op {date}.</translation>
    </message>
    <message>
        <source>The building is closed from {start} to {end}, so the period is invalid.</source>
        <translation>Het gebouw is gesloten van {start} tot {end}, dus de periode is ongeldig.</translation>
    </message>
    <message>
        <source>The visit starts on {start}, after it ends on {end}, so the period is invalid.</source>
        <translation>Het bezoek begint op {start}, na het einde op {end}, dus de periode is ongeldig.</translation>
    </message>
    <message>
        <source>The visit window {start} to {end} is outside the period, so the period is invalid.</source>
        <translation>Het bezoekvenster van {start} tot {end} valt buiten de periode, dus de periode is ongeldig.</translation>
    </message>
    <message>
        <source>No visit falls in this period at the visit frequency ({frequency}).</source>
        <translation>Bij de bezoekfrequentie ({frequency}) valt er geen bezoek in deze periode.</translation>
    </message>
    <message>
        <source>The visit is in the season, from {start} to {end}.</source>
        <translation>Het bezoek valt in het seizoen, van {start} tot {end}.</translation>
    </message>
    <message>
        <source>The visit window was set by hand: {start} to {end}.</source>
        <translation>Het bezoekvenster is handmatig ingesteld: {start} tot {end}.</translation>
    </message>
    <message>
        <source>No visit in this period: visits now follow the next visit required by {date}.</source>
        <translation>Geen bezoek in deze periode: bezoeken volgen nu het volgende bezoek, vereist vóór {date}.</translation>
    </message>
    <message>
        <source>The visit can be done at any time from {start} to {end}.</source>
        <translation>Het bezoek kan op elk moment van {start} tot {end} plaatsvinden.</translation>
    </message>
    <message>
        <source>No visit in this period: visits now follow the last visit, completed on {date}.</source>
        <translation>Geen bezoek in deze periode: bezoeken volgen nu het laatste bezoek, voltooid op {date}.</translation>
    </message>
    <message>
        <source>No visit in this period: visits now follow the last certificate, dated {date}.</source>
        <translation>Geen bezoek in deze periode: bezoeken volgen nu het laatste certificaat, gedateerd {date}.</translation>
    </message>
    <message>
        <source>This is a partial period: the building leaves the job on {date}.</source>
        <translation>Dit is een gedeeltelijke periode: het gebouw verlaat de taak op {date}.</translation>
    </message>
    <message>
        <source>The next visit is required by {date}, so this visit runs from {start} to {end}.</source>
        <translation>Het volgende bezoek is vereist vóór {date}, dus dit bezoek loopt van {start} tot {end}.</translation>
    </message>
    <message>
        <source>The last visit was completed on {date}; at the visit frequency ({frequency}) the next one runs from {start} to {end}.</source>
        <translation>Het laatste bezoek is voltooid op {date}; bij de bezoekfrequentie ({frequency}) loopt het volgende van {start} tot {end}.</translation>
    </message>
    <message>
        <source>The last certificate is dated {date}; at the visit frequency ({frequency}) the next visit runs from {start} to {end}.</source>
        <translation>Het laatste certificaat is gedateerd {date}; bij de bezoekfrequentie ({frequency}) loopt het volgende bezoek van {start} tot {end}.</translation>
    </message>
    <message>
        <source>Visits follow the next visit required by {date} at the visit frequency ({frequency}), so this one runs from {start} to {end}.</source>
        <translation>Bezoeken volgen het volgende bezoek, vereist vóór {date}, bij de bezoekfrequentie ({frequency}), dus dit bezoek loopt van {start} tot {end}.</translation>
    </message>
    <message>
        <source>Visits follow the last visit, completed on {date}, at the visit frequency ({frequency}), so this one runs from {start} to {end}.</source>
        <translation>Bezoeken volgen het laatste bezoek, voltooid op {date}, bij de bezoekfrequentie ({frequency}), dus dit bezoek loopt van {start} tot {end}.</translation>
    </message>
    <message>
        <source>Visits follow the last certificate, dated {date}, at the visit frequency ({frequency}), so this one runs from {start} to {end}.</source>
        <translation>Bezoeken volgen het laatste certificaat, gedateerd {date}, bij de bezoekfrequentie ({frequency}), dus dit bezoek loopt van {start} tot {end}.</translation>
    </message>
    <message>
        <source>The visit starts with the period, which begins less than {days} days before the visit ends.</source>
        <translation>Het bezoek begint met de periode, die minder dan {days} dagen vóór het einde van het bezoek begint.</translation>
    </message>
</context>
<context>
    <name>PpmReplanned</name>
    <message>
        <source>The PPM periods were re-planned. Work orders cancelled automatically: {numbers}.</source>
        <translation>De PPM-periodes zijn opnieuw gepland. Automatisch geannuleerde werkorders: {numbers}.</translation>
    </message>
    <message>
        <source>These started work orders are no longer in a valid PPM period and were left open: {numbers}. Complete or cancel them yourself.</source>
        <translation>Deze gestarte werkorders vallen niet meer in een geldige PPM-periode en zijn open gebleven: {numbers}. Rond ze zelf af of annuleer ze.</translation>
    </message>
    <message>
        <source>PPM periods re-planned</source>
        <translation>PPM-periodes opnieuw gepland</translation>
    </message>
</context>
<context>
    <name>PpmSchedule</name>
    <message>
        <source>Not generated</source>
        <translation>Niet gegenereerd</translation>
    </message>
    <message>
        <source>Generates on {date}</source>
        <translation>Wordt gegenereerd op {date}</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Achterstallig sinds {date}</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Gegenereerd</translation>
    </message>
    <message>
        <source>Invoice only</source>
        <translation>Alleen factuur</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet uitgevoerd</translation>
    </message>
    <message>
        <source>The visit runs from {start} to {end}.</source>
        <translation>Het bezoek loopt van {start} tot {end}.</translation>
    </message>
    <message>
        <source>The visit runs from {start} to {end}, as when work order {number} was generated.</source>
        <translation>Het bezoek loopt van {start} tot {end}, zoals toen werkorder {number} werd gegenereerd.</translation>
    </message>
    <message>
        <source>There is no visit in this period.</source>
        <translation>Er is geen bezoek in deze periode.</translation>
    </message>
    <message>
        <source>The building is closed during this period, so the period is invalid.</source>
        <translation>Het gebouw is in deze periode gesloten, dus de periode is ongeldig.</translation>
    </message>
    <message>
        <source>The job's plan no longer has this period, so the period is invalid.</source>
        <translation>Het plan van de taak bevat deze periode niet meer, dus de periode is ongeldig.</translation>
    </message>
    <message>
        <source>The job's plan no longer has this period, so the period is invalid; it is kept for work order {number}.</source>
        <translation>Het plan van de taak bevat deze periode niet meer, dus de periode is ongeldig; ze blijft bewaard voor werkorder {number}.</translation>
    </message>
    <message>
        <source>The period is invalid.</source>
        <translation>De periode is ongeldig.</translation>
    </message>
    <message>
        <source>No work order is generated while the period is invalid.</source>
        <translation>Zolang de periode ongeldig is, wordt er geen werkorder gegenereerd.</translation>
    </message>
    <message>
        <source>The period has no generation date, so no work order is generated.</source>
        <translation>De periode heeft geen generatiedatum, dus er wordt geen werkorder gegenereerd.</translation>
    </message>
    <message>
        <source>Its work order is generated on {date}.</source>
        <translation>De werkorder ervan wordt gegenereerd op {date}.</translation>
    </message>
    <message>
        <source>Its work order was due to be generated on {date} and was not: it is overdue and is generated at the next run.</source>
        <translation>De werkorder ervan had op {date} gegenereerd moeten worden en is dat niet: hij is achterstallig en wordt bij de volgende uitvoering gegenereerd.</translation>
    </message>
    <message>
        <source>The period ended on {date} without a work order: it is missed and is never generated.</source>
        <translation>De periode is op {date} geëindigd zonder werkorder: ze is gemist en wordt nooit gegenereerd.</translation>
    </message>
    <message>
        <source>Work order {number} was generated for this period.</source>
        <translation>Werkorder {number} is voor deze periode gegenereerd.</translation>
    </message>
    <message>
        <source>The period is not valid, so work order {number} is cancelled automatically.</source>
        <translation>De periode is ongeldig, dus werkorder {number} wordt automatisch geannuleerd.</translation>
    </message>
    <message>
        <source>Work order {number} of this period is completed.</source>
        <translation>Werkorder {number} van deze periode is voltooid.</translation>
    </message>
    <message>
        <source>Invoice-only work order {number} was generated for this period and closed at once.</source>
        <translation>Werkorder {number} (alleen factuur) is voor deze periode gegenereerd en meteen afgesloten.</translation>
    </message>
    <message>
        <source>Work order {number} of this period was cancelled.</source>
        <translation>Werkorder {number} van deze periode is geannuleerd.</translation>
    </message>
    <message>
        <source>Work order {number} of this period was rejected.</source>
        <translation>Werkorder {number} van deze periode is afgewezen.</translation>
    </message>
    <message>
        <source>Work order {number} of this period was not done: it was still open after the period ended and was closed automatically. Reinstate it from the work order if the visit was made.</source>
        <translation>Werkorder {number} van deze periode is niet uitgevoerd: deze was na het einde van de periode nog open en is automatisch afgesloten. Herstel hem vanuit de werkorder als het bezoek heeft plaatsgevonden.</translation>
    </message>
    <message>
        <source>Work order {number} was cancelled: it is never generated again. Reinstate it from the work order if the visit is still needed.</source>
        <translation>Werkorder {number} is geannuleerd: deze wordt nooit meer gegenereerd. Herstel hem vanuit de werkorder als het bezoek nog nodig is.</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Aantal bezoeken</translation>
    </message>
    <message>
        <source>Number of invoices</source>
        <translation>Aantal facturen</translation>
    </message>
    <message>
        <source>Invoice amount</source>
        <translation>Factuurbedrag</translation>
    </message>
    <message>
        <source>Partial periods</source>
        <translation>Gedeeltelijke periodes</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for this building: only the invoice amount and the instructions can still change.</source>
        <translation>Voor dit gebouw zijn al PPM-werkorders gegenereerd: alleen het factuurbedrag en de instructies kunnen nog worden gewijzigd.</translation>
    </message>
    <message>
        <source>Worked out from the last certificate ({date}) plus one visit interval: dynamic date updates set it.</source>
        <translation>Berekend uit het laatste certificaat ({date}) plus één bezoekinterval: dynamische datumupdates stellen deze in.</translation>
    </message>
    <message>
        <source>Worked out from the last completed visit ({date}) plus one visit interval: dynamic date updates set it.</source>
        <translation>Berekend uit het laatste voltooide bezoek ({date}) plus één bezoekinterval: dynamische datumupdates stellen deze in.</translation>
    </message>
    <message>
        <source>Dynamic date updates are not supported for this frequency.</source>
        <translation>Dynamische datumupdates worden voor deze frequentie niet ondersteund.</translation>
    </message>
    <message>
        <source>This building is excluded from dynamic date updates.</source>
        <translation>Dit gebouw is uitgesloten van dynamische datumupdates.</translation>
    </message>
    <message>
        <source>No visit or certificate is completed yet; once one is, dynamic date updates work the date out.</source>
        <translation>Er is nog geen bezoek of certificaat afgerond; zodra dat zo is, berekenen de dynamische datumupdates de datum.</translation>
    </message>
    <message>
        <source>Dynamic date updates are not supported for this frequency: enter the date the next visit is required by, if there is one.</source>
        <translation>Dynamische datumupdates worden voor deze frequentie niet ondersteund: voer eventueel de datum in waarvóór het volgende bezoek vereist is.</translation>
    </message>
    <message>
        <source>This building is excluded from dynamic date updates: enter the date the next visit is required by, if there is one.</source>
        <translation>Dit gebouw is uitgesloten van dynamische datumupdates: voer eventueel de datum in waarvóór het volgende bezoek vereist is.</translation>
    </message>
    <message>
        <source>No visit or certificate yet: enter the date the next visit is required by, if there is one. Once a visit is completed, dynamic date updates work it out.</source>
        <translation>Nog geen bezoek of certificaat: voer eventueel de datum in waarvóór het volgende bezoek vereist is. Zodra een bezoek is voltooid, berekenen dynamische datumupdates deze.</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for this building, so this date can no longer be changed here. {reason}</source>
        <translation>Er zijn PPM-werkorders gegenereerd voor dit gebouw, dus deze datum kan hier niet meer worden gewijzigd. {reason}</translation>
    </message>
    <message>
        <source>Dynamic date updates set the visit dates: they cannot be entered by hand.</source>
        <translation>Dynamische datumupdates bepalen de bezoekdatums: ze kunnen niet handmatig worden ingevoerd.</translation>
    </message>
    <message>
        <source>Saving cancels work order {number}: the period is no longer valid.</source>
        <translation>Bij het opslaan wordt werkorder {number} geannuleerd: de periode is niet meer geldig.</translation>
    </message>
    <message>
        <source>The period is no longer valid, but work order {number} has started: it is not cancelled automatically.</source>
        <translation>De periode is niet meer geldig, maar werkorder {number} is al gestart: deze wordt niet automatisch geannuleerd.</translation>
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
    <name>RateDialog</name>
    <message>
        <source>New rate</source>
        <translation>Nieuw tarief</translation>
    </message>
    <message>
        <source>Create rate</source>
        <translation>Tarief aanmaken</translation>
    </message>
    <message>
        <source>Edit rate</source>
        <translation>Tarief bewerken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Time entries copy the hourly amount when they are saved: changing it leaves recorded time as it is.</source>
        <translation>Tijdregistraties nemen het uurbedrag over bij het opslaan: een wijziging laat al geregistreerde tijd ongemoeid.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Hourly amount:</source>
        <translation>&amp;Uurbedrag:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>Give the rate a name.</source>
        <translation>Geef het tarief een naam.</translation>
    </message>
    <message>
        <source>Enter the hourly amount, such as {example}.</source>
        <translation>Vul het uurbedrag in, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>An hourly amount cannot be negative.</source>
        <translation>Een uurbedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Choose the currency.</source>
        <translation>Kies de valuta.</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <source>Hourly amount</source>
        <translation>Uurbedrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New rate…</source>
        <translation>&amp;Nieuw tarief…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiveren</translation>
    </message>
    <message>
        <source>No longer offered for new time; recorded time keeps it</source>
        <translation>Niet meer aangeboden voor nieuwe tijd; geregistreerde tijd behoudt het</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Her&amp;stellen</translation>
    </message>
    <message>
        <source>Ra&amp;tes</source>
        <translation>&amp;Tarieven</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarieven</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
</context>
<context>
    <name>Record</name>
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
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>PPM job</source>
        <translation>PPM-taak</translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation>Antwoordsjabloon</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
</context>
<context>
    <name>RecordCertificateDialog</name>
    <message>
        <source>Choose the certificate's document</source>
        <translation>Het document van het certificaat kiezen</translation>
    </message>
    <message>
        <source>PDF documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation>PDF-documenten en afbeeldingen (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Record certificate</source>
        <translation>Certificaat vastleggen</translation>
    </message>
    <message>
        <source>A certificate issued for {building}, with its document (a PDF or an image). A passed certificate sets when the next visit is due.</source>
        <translation>Een certificaat dat voor {building} is afgegeven, met zijn document (een pdf of een afbeelding). Een goedgekeurd certificaat bepaalt wanneer het volgende bezoek nodig is.</translation>
    </message>
    <message>
        <source>PPM &amp;job:</source>
        <translation>PPM-&amp;taak:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>Afgegeven o&amp;p:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultaat:</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>&amp;Goedgekeurd</translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation>A&amp;fgekeurd</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>Ge&amp;ldig tot:</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Optional: tick to give the last day the certificate is valid</source>
        <translation>Optioneel: vink aan om de laatste geldige dag van het certificaat op te geven</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referentie:</translation>
    </message>
    <message>
        <source>Optional: the certificate's number</source>
        <translation>Optioneel: het nummer van het certificaat</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>A PDF document or an image (PNG, JPEG, TIFF, WebP) of at most {size}</source>
        <translation>Een PDF-document of een afbeelding (PNG, JPEG, TIFF, WebP) van hoogstens {size}</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {error}</source>
        <translation>‘{name}’ kon niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>Choose the PPM job.</source>
        <translation>Kies de PPM-taak.</translation>
    </message>
    <message>
        <source>A certificate cannot be issued in the future.</source>
        <translation>Een certificaat kan niet in de toekomst worden afgegeven.</translation>
    </message>
    <message>
        <source>Choose whether the certificate passed or failed.</source>
        <translation>Kies of het certificaat goedgekeurd of afgekeurd is.</translation>
    </message>
    <message>
        <source>The certificate cannot be valid until a day before it was issued.</source>
        <translation>Het certificaat kan niet geldig zijn tot een dag vóór de afgifte.</translation>
    </message>
    <message>
        <source>Choose the certificate's document.</source>
        <translation>Kies het document van het certificaat.</translation>
    </message>
    <message>
        <source>PPM periods re-planned</source>
        <translation>PPM-periodes opnieuw gepland</translation>
    </message>
    <message>
        <source>The visits now follow the certificate. Work orders cancelled automatically: {numbers}.</source>
        <translation>De bezoeken volgen nu het certificaat. Automatisch geannuleerde werkorders: {numbers}.</translation>
    </message>
    <message>
        <source>These started work orders are no longer in a valid PPM period and were left open: {numbers}.</source>
        <translation>Deze gestarte werkorders vallen niet meer in een geldige PPM-periode en zijn open gelaten: {numbers}.</translation>
    </message>
    <message>
        <source>Certificate failed</source>
        <translation>Certificaat afgekeurd</translation>
    </message>
    <message>
        <source>The certificate failed. Log a reactive order for the remedial work?</source>
        <translation>Het certificaat is afgekeurd. Een reactieve werkorder voor het herstelwerk invoeren?</translation>
    </message>
    <message>
        <source>Remedial work after the failed certificate {reference} issued on {date} ({job}).</source>
        <translation>Herstelwerk na het afgekeurde certificaat {reference} afgegeven op {date} ({job}).</translation>
    </message>
    <message>
        <source>Remedial work after the failed certificate issued on {date} ({job}).</source>
        <translation>Herstelwerk na het afgekeurde certificaat afgegeven op {date} ({job}).</translation>
    </message>
    <message>
        <source>Remedial work: {job}</source>
        <translation>Herstelwerk: {job}</translation>
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
        <source>Enter the client's reference.</source>
        <translation>Voer de referentie van de klant in.</translation>
    </message>
    <message>
        <source>This is already the work order's reference.</source>
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
        <source>A work order that was not done is reinstated only with a visit that completed the work (a visit reported late).</source>
        <translation>Een niet uitgevoerde werkorder wordt alleen hersteld met een bezoek waarbij het werk is voltooid (een te laat gemeld bezoek).</translation>
    </message>
    <message>
        <source>Only PPM work orders are closed as not done.</source>
        <translation>Alleen PPM-werkorders worden als niet uitgevoerd afgesloten.</translation>
    </message>
    <message>
        <source>PPM work orders are not cancelled in bulk: cancel each one on its own, or close those whose financial period has ended with “Close PPMs”.</source>
        <translation>PPM-werkorders worden niet in bulk geannuleerd: annuleer ze elk afzonderlijk, of sluit de werkorders waarvan de financiële periode is afgelopen af met ‘PPM’s afsluiten’.</translation>
    </message>
    <message>
        <source>Reactive, quote, purchase and audit work orders cannot be cancelled in bulk: cancel each one on its own.</source>
        <translation>Reactieve, offerte-, inkoop- en auditwerkorders kunnen niet in bulk worden geannuleerd: annuleer ze elk afzonderlijk.</translation>
    </message>
    <message>
        <source>Work orders are reinstated one at a time: open each one to choose how.</source>
        <translation>Werkorders worden één voor één hersteld: open elke werkorder om te kiezen hoe.</translation>
    </message>
    <message>
        <source>Closing PPM work orders in bulk needs the permission “{permission}”.</source>
        <translation>Voor het in bulk afsluiten van PPM-werkorders is de toestemming ‘{permission}’ nodig.</translation>
    </message>
    <message>
        <source>Not a PPM work order.</source>
        <translation>Geen PPM-werkorder.</translation>
    </message>
    <message>
        <source>Not open: the work order is “{status}”.</source>
        <translation>Niet open: de werkorder heeft de status ‘{status}’.</translation>
    </message>
    <message>
        <source>The work order has no financial end date.</source>
        <translation>De werkorder heeft geen financiële einddatum.</translation>
    </message>
    <message>
        <source>Its financial end date, {date}, has not passed yet.</source>
        <translation>De financiële einddatum, {date}, is nog niet verstreken.</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>De werkorder bestaat niet meer.</translation>
    </message>
    <message>
        <source>The work order is “{status}”: it can no longer be changed.</source>
        <translation>De werkorder is ‘{status}’: hij kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>A PPM work order's type, building and contract come from its PPM job.</source>
        <translation>Het type, het gebouw en het contract van een PPM-werkorder komen uit de PPM-taak.</translation>
    </message>
    <message>
        <source>The building and the type can be changed only while the work order is “{new}” or “{clarification}”.</source>
        <translation>Het gebouw en het type kunnen alleen worden gewijzigd zolang de werkorder ‘{new}’ of ‘{clarification}’ is.</translation>
    </message>
    <message>
        <source>Only a new work order logged by mistake can be deleted: this one is “{status}”.</source>
        <translation>Alleen een nieuwe werkorder die per vergissing is ingevoerd, kan worden verwijderd: deze is ‘{status}’.</translation>
    </message>
    <message>
        <source>It was already started.</source>
        <translation>Hij is al gestart.</translation>
    </message>
    <message>
        <source>It already has changes, comments or emails in its activity log: cancel it instead.</source>
        <translation>Het activiteitenlogboek bevat al wijzigingen, opmerkingen of e-mails: annuleer hem in plaats daarvan.</translation>
    </message>
    <message>
        <source>Deleting a work order needs the permission “{permission}”.</source>
        <translation>Voor het verwijderen van een werkorder is de machtiging ‘{permission}’ nodig.</translation>
    </message>
</context>
<context>
    <name>RefusalModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>RemoveBuildingDialog</name>
    <message>
        <source>Remove from job</source>
        <translation>Uit de taak verwijderen</translation>
    </message>
    <message>
        <source>PPM work orders were generated for {building} in the job “{job}”, so it leaves the job at a date. Its later periods turn invalid and their orders that were not started are cancelled.</source>
        <translation>Er zijn PPM-werkorders gegenereerd voor {building} in de taak ‘{job}’, dus het verlaat de taak op een datum. De latere periodes worden ongeldig en hun niet-gestarte werkorders worden geannuleerd.</translation>
    </message>
    <message>
        <source>&amp;Last day in the job:</source>
        <translation>&amp;Laatste dag in de taak:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove {building} from the PPM job “{job}”? Nothing was generated for it: its planned periods are deleted with it.</source>
        <translation>{building} uit de PPM-taak ‘{job}’ verwijderen? Er is niets voor gegenereerd: de geplande periodes worden mee verwijderd.</translation>
    </message>
</context>
<context>
    <name>ReplicationDialog</name>
    <message>
        <source>Replicate to other buildings</source>
        <translation>Naar andere gebouwen kopiëren</translation>
    </message>
    <message>
        <source>The periods of {building} are saved. Copy its settings to other buildings of the job “{job}”?</source>
        <translation>De periodes van {building} zijn opgeslagen. De instellingen naar andere gebouwen van de taak ‘{job}’ kopiëren?</translation>
    </message>
    <message>
        <source>Buildings:</source>
        <translation>Gebouwen:</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Kopiëren:</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Wat er verandert:</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebouw</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Site value</source>
        <translation>Locatiewaarde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Check the buildings to copy to, or Skip.</source>
        <translation>Vink de gebouwen aan waarnaar u wilt kopiëren, of kies ‘Overslaan’.</translation>
    </message>
    <message>
        <source>Check at least one setting to copy.</source>
        <translation>Vink ten minste één instelling aan om te kopiëren.</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <translation>Geen wijzigingen</translation>
    </message>
    <message>
        <source>{field} not copied: {reason}</source>
        <translation>{field} niet gekopieerd: {reason}</translation>
    </message>
    <message>
        <source>Its hand-set visit dates are replaced by the planned ones.</source>
        <translation>De handmatig ingestelde bezoekdatums worden vervangen door de geplande.</translation>
    </message>
    <message>
        <source>Cancels work orders {numbers}: their periods are no longer valid.</source>
        <translation>Annuleert de werkorders {numbers}: hun periodes zijn niet meer geldig.</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Replace the text you edited with the template?</source>
        <translation>De tekst die u hebt bewerkt vervangen door het sjabloon?</translation>
    </message>
    <message>
        <source>Reply from template: work order {number}</source>
        <translation>Antwoorden met sjabloon: werkorder {number}</translation>
    </message>
    <message>
        <source>Choose a template: it is filled in for work order {number} in its contact's language. Edit the text if needed; it is added to the activity log as a comment.</source>
        <translation>Kies een sjabloon: het wordt voor werkorder {number} ingevuld in de taal van de contactpersoon. Bewerk de tekst indien nodig; hij wordt als opmerking aan het activiteitenlogboek toegevoegd.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <source>Type part of a template's title</source>
        <translation>Typ een deel van de titel van een sjabloon</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>&amp;Antwoord:</translation>
    </message>
    <message>
        <source>Also &amp;email it to the notified contacts ({names})</source>
        <translation>Ook &amp;e-mailen naar de contactpersonen op de hoogte ({names})</translation>
    </message>
    <message>
        <source>Also &amp;email it to the notified contacts (nobody is notified)</source>
        <translation>Ook &amp;e-mailen naar de contactpersonen op de hoogte (niemand wordt op de hoogte gehouden)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Versturen</translation>
    </message>
    <message>
        <source>There is no reply template yet: an administrator adds them in Administration.</source>
        <translation>Er is nog geen antwoordsjabloon: een beheerder voegt ze toe onder Beheer.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Kies een sjabloon.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Schrijf eerst het antwoord.</translation>
    </message>
    <message>
        <source>Reply from template…</source>
        <translation>Antwoorden met sjabloon…</translation>
    </message>
    <message>
        <source>Post a reply written from a template, and email it to the notified contacts if you wish</source>
        <translation>Een antwoord plaatsen dat vanuit een sjabloon is geschreven, en het desgewenst e-mailen naar de contactpersonen die op de hoogte worden gehouden</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>New role</source>
        <translation>Nieuwe rol</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Rol aanmaken</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Rol bewerken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>A role grants its permissions to every agent who holds it, from their next sign-in.</source>
        <translation>Een rol geeft zijn rechten aan elke medewerker die hem heeft, vanaf diens volgende aanmelding.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>Geef de rol een naam.</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechten</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Nieuwe rol…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
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
    <name>SetPasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Wachtwoord instellen</translation>
    </message>
    <message>
        <source>A new password for {name} ({login}).</source>
        <translation>Een nieuw wachtwoord voor {name} ({login}).</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Wachtwoord &amp;bevestigen:</translation>
    </message>
    <message>
        <source>The agent &amp;must choose a new password at their next sign-in</source>
        <translation>De medewerker &amp;moet bij de volgende aanmelding een nieuw wachtwoord kiezen</translation>
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
    <message>
        <source>Email (SMTP)</source>
        <translation>E-mail (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>Encrypt the connection with &amp;STARTTLS</source>
        <translation>Verbinding &amp;versleutelen met STARTTLS</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>None: the server needs no sign-in</source>
        <translation>Geen: de server vereist geen aanmelding</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Afzenderadres:</translation>
    </message>
    <message>
        <source>helpdesk@example.com</source>
        <translation>helpdesk@example.com</translation>
    </message>
    <message>
        <source>Notifications are sent through this server in the background. Without a server they wait in the outbox (Tools &gt; Outbox). The password is kept in the settings file of your account.</source>
        <translation>Meldingen worden op de achtergrond via deze server verzonden. Zonder server wachten ze in het postvak UIT (Extra &gt; Postvak UIT). Het wachtwoord wordt bewaard in het instellingenbestand van uw account.</translation>
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
    <message>
        <source>Choose a new password to sign in.</source>
        <translation>Kies een nieuw wachtwoord om u aan te melden.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Customer signature – work order {number}</source>
        <translation>Handtekening van de klant – werkorder {number}</translation>
    </message>
    <message>
        <source>Ask the customer to sign in the box below, then type their name.</source>
        <translation>Vraag de klant in het vak hieronder te tekenen en typ daarna zijn of haar naam.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Getekend door:</translation>
    </message>
    <message>
        <source>The customer's full name</source>
        <translation>Volledige naam van de klant</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>The customer has not signed yet.</source>
        <translation>De klant heeft nog niet getekend.</translation>
    </message>
    <message>
        <source>Type the name of the person who signed.</source>
        <translation>Typ de naam van de persoon die heeft getekend.</translation>
    </message>
    <message>
        <source>Customer signature…</source>
        <translation>Handtekening van de klant…</translation>
    </message>
    <message>
        <source>Let the customer sign for the work on a pad; kept as Signature.png</source>
        <translation>Laat de klant voor het werk tekenen op een tekenvlak; bewaard als Signature.png</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Handtekening van de klant</translation>
    </message>
    <message>
        <source>This type of work order asks for the customer's signature on completion. Take it now?</source>
        <translation>Voor dit type werkorder wordt bij voltooiing om de handtekening van de klant gevraagd. Nu laten tekenen?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>There is no Bureau database at {path}. Check the path, or add --create to create a new database there.</source>
        <translation>Er is geen Bureau-database op {path}. Controleer het pad, of voeg --create toe om daar een nieuwe database te maken.</translation>
    </message>
    <message>
        <source>Cannot open the database {database}: {error}. Check that the file and its folder can be written to, or choose another database with --database.</source>
        <translation>De database {database} kan niet worden geopend: {error}. Controleer of het bestand en de map beschrijfbaar zijn, of kies een andere database met --database.</translation>
    </message>
    <message>
        <source>Cannot open the database {database}: {error}. Check the URL and that the server is running, or choose another database with --database.</source>
        <translation>De database {database} kan niet worden geopend: {error}. Controleer de URL en of de server draait, of kies een andere database met --database.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder} for the database {path} ({error}): choose a folder you can write to.</source>
        <translation>De map {folder} voor de database {path} kan niet worden gemaakt ({error}): kies een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: the file is read-only. Choose a folder you can write to.</source>
        <translation>De database {path} kan niet worden gemaakt: het bestand is alleen-lezen. Kies een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: its folder {folder} is read-only. Choose a folder you can write to.</source>
        <translation>De database {path} kan niet worden gemaakt: de map {folder} is alleen-lezen. Kies een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <source>The database {database} is not at this version of Bureau's schema: open it with Bureau once (or run the command without --dry-run) to create or upgrade it.</source>
        <translation>De database {database} heeft niet het schema van deze versie van Bureau: open haar één keer met Bureau (of voer de opdracht uit zonder --dry-run) om haar aan te maken of bij te werken.</translation>
    </message>
    <message>
        <source>Cannot use the database {database}: {error}. Install Bureau with its PostgreSQL driver (pip install "bureau[postgres]").</source>
        <translation>De database {database} kan niet worden gebruikt: {error}. Installeer Bureau met het PostgreSQL-stuurprogramma (pip install "bureau[postgres]").</translation>
    </message>
    <message>
        <source>Cannot use the database {database}: {error}. Check its URL.</source>
        <translation>De database {database} kan niet worden gebruikt: {error}. Controleer de URL.</translation>
    </message>
    <message>
        <source>Database upgraded; the previous version was saved as {path}</source>
        <translation>Database bijgewerkt; de vorige versie is opgeslagen als {path}</translation>
    </message>
    <message>
        <source>Qt cannot show a window without the X11 libraries {libraries}. Install them: on Debian or Ubuntu sudo apt install {debian}; on Fedora sudo dnf install {fedora}.</source>
        <translation>Qt kan geen venster tonen zonder de X11-bibliotheken {libraries}. Installeer ze: op Debian of Ubuntu sudo apt install {debian}; op Fedora sudo dnf install {fedora}.</translation>
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
        <source>The demo's agents have no password: give them one in Administration &gt; Agents and roles… before they sign in.</source>
        <translation>De medewerkers van de demo hebben geen wachtwoord: geef ze er een in Administratie &gt; Medewerkers en rollen… voordat ze zich aanmelden.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Cannot sign in to {database} as {login}: {reason} Check BUREAU_USER and BUREAU_PASSWORD.</source>
        <translation>Aanmelden bij {database} als {login} is niet gelukt: {reason} Controleer BUREAU_USER en BUREAU_PASSWORD.</translation>
    </message>
    <message>
        <source>{login} must choose a new password: start Bureau without BUREAU_PASSWORD and sign in.</source>
        <translation>{login} moet een nieuw wachtwoord kiezen: start Bureau zonder BUREAU_PASSWORD en meld u aan.</translation>
    </message>
    <message>
        <source>Signing in to {database} is needed: set BUREAU_USER and BUREAU_PASSWORD.</source>
        <translation>Aanmelden bij {database} is nodig: stel BUREAU_USER en BUREAU_PASSWORD in.</translation>
    </message>
    <message>
        <source>Cannot save the screenshot as {path}: choose a folder you can write to.</source>
        <translation>De schermafbeelding kan niet worden opgeslagen als {path}: kies een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <source>Cannot use the data folder {folder} ({error}): set BUREAU_DATA_DIR to a folder you can write to.</source>
        <translation>De gegevensmap {folder} kan niet worden gebruikt ({error}): laat BUREAU_DATA_DIR naar een map wijzen waarin u kunt schrijven.</translation>
    </message>
    <message>
        <source>There is no Bureau database at {path}. Create a new one?</source>
        <translation>Er is geen Bureau-database op {path}. Een nieuwe maken?</translation>
    </message>
    <message>
        <source>PPM generation failed: {error}</source>
        <translation>PPM-generatie mislukt: {error}</translation>
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
    <message>
        <source>Not done</source>
        <translation>Niet uitgevoerd</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New reply template</source>
        <translation>Nieuw antwoordsjabloon</translation>
    </message>
    <message>
        <source>Reply template “{title}”</source>
        <translation>Antwoordsjabloon ‘{title}’</translation>
    </message>
    <message>
        <source>Agents reply to a work order with this text, filled in for the order. The default body is used for the languages without a body of their own.</source>
        <translation>Medewerkers antwoorden op een werkorder met deze tekst, ingevuld voor de order. De standaardtekst wordt gebruikt voor de talen zonder eigen tekst.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Default body</source>
        <translation>Standaardtekst</translation>
    </message>
    <message>
        <source>Empty: the default body is used</source>
        <translation>Leeg: de standaardtekst wordt gebruikt</translation>
    </message>
    <message>
        <source>Hello {contact}, …</source>
        <translation>Beste {contact}, …</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Invulvelden (dubbelklik om in te voegen):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Give the template a title.</source>
        <translation>Geef het sjabloon een titel.</translation>
    </message>
    <message>
        <source>Write the default body.</source>
        <translation>Schrijf de standaardtekst.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Nieuw sjabloon…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiveren</translation>
    </message>
    <message>
        <source>The template is kept but no longer offered to reply with</source>
        <translation>Het sjabloon blijft bewaard maar wordt niet meer aangeboden om mee te antwoorden</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Reply &amp;templates</source>
        <translation>Antwoord&amp;sjablonen</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Antwoordsjablonen</translation>
    </message>
    <message>
        <source>Default, {languages}</source>
        <translation>Standaard, {languages}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
</context>
<context>
    <name>TimeEntries</name>
    <message>
        <source>{technician}: {start} – {end} ({duration}), {rate}, {billable}</source>
        <translation>{technician}: {start} – {end} ({duration}), {rate}, {billable}</translation>
    </message>
    <message>
        <source>no technician</source>
        <translation>geen monteur</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>geen tarief</translation>
    </message>
    <message>
        <source>{rate} at {amount} an hour</source>
        <translation>{rate} à {amount} per uur</translation>
    </message>
    <message>
        <source>billable</source>
        <translation>factureerbaar</translation>
    </message>
    <message>
        <source>not billable</source>
        <translation>niet factureerbaar</translation>
    </message>
    <message>
        <source>Was: {summary}</source>
        <translation>Was: {summary}</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <source>Add time entry: work order {number}</source>
        <translation>Tijdregistratie toevoegen: werkorder {number}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Edit time entry: work order {number}</source>
        <translation>Tijdregistratie bewerken: werkorder {number}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>The timer is stopped. Check the time it measured and add it to the order.</source>
        <translation>De timer is gestopt. Controleer de gemeten tijd en voeg deze toe aan de werkorder.</translation>
    </message>
    <message>
        <source>Times are your computer's local time.</source>
        <translation>De tijden zijn de lokale tijd van uw computer.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>No rate</source>
        <translation>Geen tarief</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>&amp;Monteur:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Tarief:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Omsc&amp;hrijving:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>&amp;Factureerbaar</translation>
    </message>
    <message>
        <source>Charge the client for this time</source>
        <translation>Deze tijd aan de klant factureren</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Het einde moet na het begin liggen.</translation>
    </message>
    <message>
        <source>Work order {number}: {start} – {end}</source>
        <translation>Werkorder {number}: {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <source>%n other time entry(ies) of this technician overlap this time:</source>
        <translation>
            <numerusform>%n andere tijdregistratie van deze monteur overlapt deze tijd:</numerusform>
            <numerusform>%n andere tijdregistraties van deze monteur overlappen deze tijd:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimePanel</name>
    <message>
        <source>Technician</source>
        <translation>Monteur</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Factureerbaar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>Record time spent on this work order</source>
        <translation>Aan deze werkorder bestede tijd registreren</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Add time entry…</source>
        <translation>Tijdregistratie toevoegen…</translation>
    </message>
    <message numerus="yes">
        <source>Time (%n)</source>
        <translation>
            <numerusform>Tijd (%n)</numerusform>
            <numerusform>Tijd (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>No time recorded yet.</source>
        <translation>Nog geen tijd geregistreerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), total time {total}, billable {billable}</source>
        <translation>
            <numerusform>%n registratie, totale tijd {total}, factureerbaar {billable}</numerusform>
            <numerusform>%n registraties, totale tijd {total}, factureerbaar {billable}</numerusform>
        </translation>
    </message>
    <message>
        <source>Billable amount: {amounts}</source>
        <translation>Factureerbaar bedrag: {amounts}</translation>
    </message>
    <message>
        <source>Only the agent who recorded this time, or an administrator</source>
        <translation>Alleen de medewerker die deze tijd heeft geregistreerd, of een beheerder</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Stop your timer and record its time on this work order ({key})</source>
        <translation>Uw timer stoppen en de tijd op deze werkorder registreren ({key})</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Time your work on this work order ({key})</source>
        <translation>Uw werk aan deze werkorder timen ({key})</translation>
    </message>
    <message>
        <source>Delete time entry</source>
        <translation>Tijdregistratie verwijderen</translation>
    </message>
    <message>
        <source>Delete the time entry of {technician}, {start} ({duration})?</source>
        <translation>De tijdregistratie van {technician}, {start} ({duration}) verwijderen?</translation>
    </message>
    <message>
        <source>Your timer runs on this work order. Stop it and record its time first?</source>
        <translation>Uw timer loopt op deze werkorder. Eerst stoppen en de tijd registreren?</translation>
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
        <source>Description changed.</source>
        <translation>Omschrijving gewijzigd.</translation>
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
        <source>Removed the attachment {name}</source>
        <translation>Bijlage {name} verwijderd</translation>
    </message>
    <message>
        <source>Customer signature by {signer} ({name})</source>
        <translation>Handtekening van de klant door {signer} ({name})</translation>
    </message>
    <message>
        <source>Attached {name} (from work order {number})</source>
        <translation>{name} bijgevoegd (uit werkorder {number})</translation>
    </message>
    <message>
        <source>Attached {name}</source>
        <translation>{name} bijgevoegd</translation>
    </message>
    <message>
        <source>Time entry changed</source>
        <translation>Tijdregistratie gewijzigd</translation>
    </message>
    <message>
        <source>Time entry deleted</source>
        <translation>Tijdregistratie verwijderd</translation>
    </message>
    <message>
        <source>Time entry added</source>
        <translation>Tijdregistratie toegevoegd</translation>
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
    <name>Timer</name>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Your timer runs on work order {number}. Stop it, record its time, and start timing this one?</source>
        <translation>Uw timer loopt op werkorder {number}. Stoppen, de tijd registreren en deze werkorder timen?</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>The timer on work order {number} measured no working time: there is nothing to record.</source>
        <translation>De timer op werkorder {number} heeft geen werktijd gemeten: er is niets te registreren.</translation>
    </message>
    <message>
        <source>Discard timed work</source>
        <translation>Getimede tijd weggooien</translation>
    </message>
    <message>
        <source>Discard the timed {duration} on work order {number}? It will not be recorded.</source>
        <translation>De getimede {duration} op werkorder {number} weggooien? Deze wordt niet geregistreerd.</translation>
    </message>
</context>
<context>
    <name>TimerStatus</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the timer and record its time on the work order</source>
        <translation>De timer stoppen en de tijd op de werkorder registreren</translation>
    </message>
    <message>
        <source>Your timer: click to open its work order</source>
        <translation>Uw timer: klik om de werkorder te openen</translation>
    </message>
    <message>
        <source>WO {number} · {elapsed}</source>
        <translation>WO {number} · {elapsed}</translation>
    </message>
    <message>
        <source>Timing work order {number} ({title}) since {time}: click to open it</source>
        <translation>Werkorder {number} ({title}) wordt getimed sinds {time}: klik om deze te openen</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message numerus="yes">
        <source>No input for %n minute(s) while your timer runs. Keep this idle time?</source>
        <translation>
            <numerusform>Al %n minuut geen invoer terwijl uw timer loopt. Deze inactieve tijd behouden?</numerusform>
            <numerusform>Al %n minuten geen invoer terwijl uw timer loopt. Deze inactieve tijd behouden?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behouden</translation>
    </message>
    <message>
        <source>&amp;Discard idle time</source>
        <translation>&amp;Inactieve tijd weggooien</translation>
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
        <source>The agent's actions on this work order</source>
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
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
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
        <source>Edit notifications…</source>
        <translation>Meldingen bewerken…</translation>
    </message>
    <message>
        <source>Choose the client's contacts who are emailed about this order</source>
        <translation>De contactpersonen van de klant kiezen die e-mails over deze werkorder ontvangen</translation>
    </message>
    <message>
        <source>Record certificate…</source>
        <translation>Certificaat vastleggen…</translation>
    </message>
    <message>
        <source>Record the certificate of this PPM visit with its document</source>
        <translation>Het certificaat van dit PPM-bezoek met zijn document vastleggen</translation>
    </message>
    <message>
        <source>Log similar…</source>
        <translation>Vergelijkbare invoeren…</translation>
    </message>
    <message>
        <source>Log a new work order with this one's client, building, contact, type and category</source>
        <translation>Een nieuwe werkorder invoeren met de klant, het gebouw, de contactpersoon, het type en de categorie van deze</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Werkorder {number}</translation>
    </message>
    <message>
        <source>Record certificate</source>
        <translation>Certificaat vastleggen</translation>
    </message>
    <message>
        <source>This PPM visit needs a certificate. Record the certificate now?</source>
        <translation>Dit PPM-bezoek vereist een certificaat. Het certificaat nu vastleggen?</translation>
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
<context>
    <name>WorkSettingsPage</name>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>&amp;Grootste bestand:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Files larger than this cannot be attached to work orders</source>
        <translation>Grotere bestanden kunnen niet bij werkorders worden gevoegd</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Handtekening van de klant</translation>
    </message>
    <message>
        <source>Completing a work order of these types offers to take the customer's signature:</source>
        <translation>Bij het voltooien van een werkorder van deze typen wordt aangeboden de klant te laten tekenen:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Work orders</source>
        <translation>&amp;Werkorders</translation>
    </message>
    <message>
        <source>Work order settings</source>
        <translation>Instellingen voor werkorders</translation>
    </message>
</context>
</TS>
