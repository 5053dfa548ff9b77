<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Ask for clarification</source>
        <translation>Klärung anfordern</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Correction not valid</source>
        <translation>Korrektur ungültig</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Complete with zero balance</source>
        <translation>Mit Saldo null erledigen</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Auftrag stornieren</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Arbeitsauftrag wiederherstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>To previous status</source>
        <translation>Zum vorherigen Status</translation>
    </message>
    <message>
        <source>With visit: revisit required</source>
        <translation>Mit Besuch: erneuter Besuch erforderlich</translation>
    </message>
    <message>
        <source>With visit: work completed</source>
        <translation>Mit Besuch: Arbeiten erledigt</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Set fixed cost</source>
        <translation>Festkosten festlegen</translation>
    </message>
    <message>
        <source>Reference provided</source>
        <translation>Referenz angegeben</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>{action}: work order {number}</source>
        <translation>{action}: Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>Cancel work order {number}, “{title}”. It has not been started. Write down why it is cancelled.</source>
        <translation>Arbeitsauftrag {number}, „{title}“, stornieren. Er wurde nicht begonnen. Notieren Sie den Grund der Stornierung.</translation>
    </message>
    <message>
        <source>Reject work order {number}, “{title}”. The reason is kept in its activity log.</source>
        <translation>Arbeitsauftrag {number}, „{title}“, ablehnen. Der Grund wird im Aktivitätsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Ask for clarification on work order {number}, “{title}”: say what is unclear.</source>
        <translation>Rückfrage zu Arbeitsauftrag {number}, „{title}“: Beschreiben Sie, was unklar ist.</translation>
    </message>
    <message>
        <source>Send work order {number}, “{title}”, back to In progress: say what is not right.</source>
        <translation>Arbeitsauftrag {number}, „{title}“, zurück auf In Bearbeitung setzen: Beschreiben Sie, was nicht stimmt.</translation>
    </message>
    <message>
        <source>Reinstate work order {number}, “{title}”. Choose how:</source>
        <translation>Arbeitsauftrag {number}, „{title}“, wiederherstellen. Wählen Sie, wie:</translation>
    </message>
    <message>
        <source>{action} work order {number}, “{title}”.</source>
        <translation>{action}: Arbeitsauftrag {number}, „{title}“.</translation>
    </message>
    <message>
        <source>The contract's PPM contacts are emailed, and this visit will never be generated again.</source>
        <translation>Die PPM-Kontakte des Vertrags erhalten eine E-Mail, und dieser Besuch wird nie wieder erzeugt.</translation>
    </message>
    <message>
        <source>Current status: {status}.</source>
        <translation>Aktueller Status: {status}.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Choose how the work order is reinstated.</source>
        <translation>Wählen Sie, wie der Arbeitsauftrag wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>Write the cancellation notes: they are required.</source>
        <translation>Schreiben Sie die Stornierungsnotizen: Sie sind Pflicht.</translation>
    </message>
    <message>
        <source>Write the reason for the rejection: it is required.</source>
        <translation>Geben Sie den Ablehnungsgrund an: Er ist Pflicht.</translation>
    </message>
    <message>
        <source>Write notes for the assignee: reinstating to the previous status requires them.</source>
        <translation>Schreiben Sie Notizen für den Zuständigen: Die Wiederherstellung auf den vorherigen Status verlangt sie.</translation>
    </message>
    <message>
        <source>Write a comment: this action requires one.</source>
        <translation>Schreiben Sie einen Kommentar: Diese Aktion verlangt einen.</translation>
    </message>
</context>
<context>
    <name>AddBuildingsDialog</name>
    <message>
        <source>Add buildings</source>
        <translation>Gebäude hinzufügen</translation>
    </message>
    <message>
        <source>Tick the buildings of the client to add to the PPM job “{job}”. Each is planned with the job's defaults, which you can then change per building.</source>
        <translation>Haken Sie die Gebäude des Kunden an, die zur PPM-Leistung „{job}“ hinzukommen. Jedes wird mit den Vorgaben der Leistung geplant, die Sie danach je Gebäude ändern können.</translation>
    </message>
    <message>
        <source>Search: part of the building's name, city or postcode</source>
        <translation>Suche: Teil des Namens, des Orts oder der Postleitzahl des Gebäudes</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s) ticked</source>
        <translation>
            <numerusform>%n Gebäude angehakt</numerusform>
            <numerusform>%n Gebäude angehakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n building(s)</source>
        <translation>
            <numerusform>%n Gebäude &amp;hinzufügen</numerusform>
            <numerusform>%n Gebäude &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>{name} — {city}</source>
        <translation>{name} — {city}</translation>
    </message>
    <message>
        <source>{building} (left the job after {date})</source>
        <translation>{building} (hat die Leistung nach dem {date} verlassen)</translation>
    </message>
    <message>
        <source>This building left the job after {date}: it cannot be added to it again.</source>
        <translation>Dieses Gebäude hat die Leistung nach dem {date} verlassen: Es kann ihr nicht erneut hinzugefügt werden.</translation>
    </message>
    <message>
        <source>{building} (already in the job)</source>
        <translation>{building} (bereits in der Leistung)</translation>
    </message>
    <message>
        <source>This building is already in the job.</source>
        <translation>Dieses Gebäude gehört bereits zur Leistung.</translation>
    </message>
</context>
<context>
    <name>AdministrationTools</name>
    <message>
        <source>&amp;Administration</source>
        <translation>Ver&amp;waltung</translation>
    </message>
    <message>
        <source>&amp;Agents and roles…</source>
        <translation>&amp;Mitarbeiter und Rollen…</translation>
    </message>
    <message>
        <source>The agents, their roles and the permissions each role grants</source>
        <translation>Die Mitarbeiter, ihre Rollen und die Berechtigungen jeder Rolle</translation>
    </message>
    <message>
        <source>My &amp;account…</source>
        <translation>Mein &amp;Konto…</translation>
    </message>
    <message>
        <source>Your display name, email, language and password</source>
        <translation>Ihr Anzeigename, Ihre E-Mail-Adresse, Ihre Sprache und Ihr Passwort</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
</context>
<context>
    <name>AdministrationWindow</name>
    <message>
        <source>Agents and roles</source>
        <translation>Mitarbeiter und Rollen</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Mitarbeiter</translation>
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
        <translation>Neuer Mitarbeiter</translation>
    </message>
    <message>
        <source>The agent's account. Agents can be assigned work orders once they exist.</source>
        <translation>Das Konto des Mitarbeiters. Sobald es angelegt ist, können ihm Arbeitsaufträge zugewiesen werden.</translation>
    </message>
    <message>
        <source>Create agent</source>
        <translation>Mitarbeiter anlegen</translation>
    </message>
    <message>
        <source>Edit agent</source>
        <translation>Mitarbeiter bearbeiten</translation>
    </message>
    <message>
        <source>Changes apply from the agent's next sign-in.</source>
        <translation>Die Änderungen gelten ab der nächsten Anmeldung des Mitarbeiters.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
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
        <source>The agent &amp;must choose a new password at their first sign-in</source>
        <translation>Der Mitarbeiter &amp;muss bei der ersten Anmeldung ein neues Passwort wählen</translation>
    </message>
    <message>
        <source>Give the agent's login.</source>
        <translation>Geben Sie den Anmeldenamen des Mitarbeiters an.</translation>
    </message>
    <message>
        <source>Give the agent's display name.</source>
        <translation>Geben Sie den Anzeigenamen des Mitarbeiters an.</translation>
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
    <name>AgentsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
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
        <translation>&amp;Neuer Mitarbeiter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>The agent can no longer sign in nor be assigned; their work orders keep their name</source>
        <translation>Der Mitarbeiter kann sich nicht mehr anmelden und keine Aufträge mehr erhalten; seine Arbeitsaufträge behalten seinen Namen</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Re&amp;aktivieren</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>&amp;Passwort festlegen…</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active, no password yet</source>
        <translation>Aktiv, noch kein Passwort</translation>
    </message>
    <message>
        <source>Active, new password required</source>
        <translation>Aktiv, neues Passwort erforderlich</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign: work order {number}</source>
        <translation>Zuweisen: Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>Currently assigned to: {name}.</source>
        <translation>Derzeit zugewiesen an: {name}.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Choose another agent: the work order is already assigned to this one.</source>
        <translation>Wählen Sie einen anderen Mitarbeiter: Der Arbeitsauftrag ist ihm bereits zugewiesen.</translation>
    </message>
</context>
<context>
    <name>AttachRunner</name>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Attaching {file}…</source>
        <translation>{file} wird angehängt…</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The file could not be attached: {error}</source>
        <translation>Die Datei konnte nicht angehängt werden: {error}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>Drop files onto the work order or paste an image (Ctrl+V) to attach them. Accepted: {types}.</source>
        <translation>Ziehen Sie Dateien auf den Arbeitsauftrag oder fügen Sie ein Bild ein (Strg+V), um sie anzuhängen. Angenommen: {types}.</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Accepted files ({patterns})</source>
        <translation>Angenommene Dateien ({patterns})</translation>
    </message>
    <message>
        <source>A file is being attached: wait until it is done, then try again.</source>
        <translation>Eine Datei wird gerade angehängt: warten Sie, bis dies abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The clipboard holds no image to attach.</source>
        <translation>Die Zwischenablage enthält kein Bild zum Anhängen.</translation>
    </message>
    <message>
        <source>Pasted image {moment}.png</source>
        <translation>Eingefügtes Bild {moment}.png</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>“{file}” could not be written: {reason}</source>
        <translation>„{file}“ konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <source>No program could open {file}.</source>
        <translation>Kein Programm konnte {file} öffnen.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Anhang entfernen</translation>
    </message>
    <message>
        <source>Remove “{file}” from the work order?</source>
        <translation>„{file}“ aus dem Arbeitsauftrag entfernen?</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>The attachments of work order {number} were not copied: {reason}</source>
        <translation>Die Anhänge von Arbeitsauftrag {number} wurden nicht kopiert: {reason}</translation>
    </message>
    <message>
        <source>Attach files to this work order</source>
        <translation>Dateien an diesen Arbeitsauftrag anhängen</translation>
    </message>
</context>
<context>
    <name>BuildingCertificatesDialog</name>
    <message>
        <source>Certificates of {building}</source>
        <translation>Zertifikate von {building}</translation>
    </message>
    <message>
        <source>The certificates issued for {building} under its certificate-based PPM jobs, newest first. The last passed one of a job sets when its next visit is due.</source>
        <translation>Die für {building} im Rahmen seiner zertifikatsbasierten PPM-Leistungen ausgestellten Zertifikate, das neueste zuerst. Das letzte bestandene Zertifikat einer Leistung bestimmt, wann ihr nächster Besuch fällig ist.</translation>
    </message>
    <message>
        <source>PPM job</source>
        <translation>PPM-Leistung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Open the selected certificate's document with the system's viewer</source>
        <translation>Das Dokument des ausgewählten Zertifikats mit dem Anzeigeprogramm des Systems öffnen</translation>
    </message>
    <message>
        <source>&amp;Record certificate…</source>
        <translation>Zertifikat &amp;erfassen…</translation>
    </message>
    <message>
        <source>Record a certificate of this building with its document</source>
        <translation>Ein Zertifikat dieses Gebäudes mit seinem Dokument erfassen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>Recorded by {agent} on {when}</source>
        <translation>Erfasst von {agent} am {when}</translation>
    </message>
    <message>
        <source>an agent no longer known</source>
        <translation>einem nicht mehr bekannten Mitarbeiter</translation>
    </message>
    <message>
        <source>From work order {number}</source>
        <translation>Aus Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>No certificate has been recorded for this building yet.</source>
        <translation>Für dieses Gebäude wurde noch kein Zertifikat erfasst.</translation>
    </message>
    <message>
        <source>This building is in no certificate-based PPM job: it has no certificates to record.</source>
        <translation>Dieses Gebäude gehört zu keiner zertifikatsbasierten PPM-Leistung: Es sind keine Zertifikate zu erfassen.</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>New building</source>
        <translation>Neues Gebäude</translation>
    </message>
    <message>
        <source>A building of a client, where work orders are logged and PPM visits made.</source>
        <translation>Ein Gebäude eines Kunden, für das Arbeitsaufträge erfasst und PPM-Besuche gemacht werden.</translation>
    </message>
    <message>
        <source>Edit building</source>
        <translation>Gebäude bearbeiten</translation>
    </message>
    <message>
        <source>Correct the building {name}.</source>
        <translation>Korrigieren Sie das Gebäude {name}.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Start da&amp;te:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Access n&amp;otes:</source>
        <translation>&amp;Zugangshinweise:</translation>
    </message>
    <message>
        <source>Required: type part of the client's name or reference</source>
        <translation>Pflichtfeld: Teil des Namens oder der Referenz des Kunden eingeben</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Required: number and street</source>
        <translation>Pflichtfeld: Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Type part of the name or the code</source>
        <translation>Teil des Namens oder den Code eingeben</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Optional: the day the building leaves the client. Delete clears it.</source>
        <translation>Optional: der Tag, an dem das Gebäude den Kunden verlässt. Entf löscht es.</translation>
    </message>
    <message>
        <source>Optional: keys, codes, opening hours, whom to ask at the door</source>
        <translation>Optional: Schlüssel, Codes, Öffnungszeiten, Ansprechpartner am Eingang</translation>
    </message>
    <message>
        <source>Closures (no PPM visit is planned while the building is closed)</source>
        <translation>Schließungen (während das Gebäude geschlossen ist, wird kein PPM-Besuch geplant)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Add c&amp;losure</source>
        <translation>Schließung hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Re&amp;move closure</source>
        <translation>Schließung entfe&amp;rnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;ertificates…</source>
        <translation>Zer&amp;tifikate…</translation>
    </message>
    <message>
        <source>The building's certificates: view their documents, record one</source>
        <translation>Die Zertifikate des Gebäudes: ihre Dokumente anzeigen, eines erfassen</translation>
    </message>
    <message>
        <source>Choose the client from the list: type part of its name or reference.</source>
        <translation>Wählen Sie den Kunden aus der Liste: Geben Sie einen Teil seines Namens oder seiner Referenz ein.</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>Wählen Sie den Kunden.</translation>
    </message>
    <message>
        <source>Give the building's name.</source>
        <translation>Geben Sie den Namen des Gebäudes an.</translation>
    </message>
    <message>
        <source>Give the building's address.</source>
        <translation>Geben Sie die Adresse des Gebäudes an.</translation>
    </message>
    <message>
        <source>Give the building's postcode.</source>
        <translation>Geben Sie die Postleitzahl des Gebäudes an.</translation>
    </message>
    <message>
        <source>Give the building's city.</source>
        <translation>Geben Sie den Ort des Gebäudes an.</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>Wählen Sie das Land aus der Liste.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>Das Enddatum darf nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>A closure ends before it starts (row {row}).</source>
        <translation>Eine Schließung endet vor ihrem Beginn (Zeile {row}).</translation>
    </message>
    <message>
        <source>The PPM periods of this building were re-planned. Work orders cancelled automatically: {numbers}.</source>
        <translation>Die PPM-Zeiträume dieses Gebäudes wurden neu geplant. Automatisch stornierte Arbeitsaufträge: {numbers}.</translation>
    </message>
    <message>
        <source>These started work orders are no longer in a valid PPM period and were left open: {numbers}. Complete or cancel them yourself.</source>
        <translation>Diese begonnenen Arbeitsaufträge liegen nicht mehr in einem gültigen PPM-Zeitraum und bleiben offen: {numbers}. Schließen Sie sie selbst ab oder stornieren Sie sie.</translation>
    </message>
    <message>
        <source>PPM periods re-planned</source>
        <translation>PPM-Zeiträume neu geplant</translation>
    </message>
</context>
<context>
    <name>BuildingImport</name>
    <message>
        <source>Client reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>Building name</source>
        <translation>Gebäudename</translation>
    </message>
    <message>
        <source>Address line</source>
        <translation>Adresszeile</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginndatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Zugangshinweise</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Hauptsitz</translation>
    </message>
    <message>
        <source>12 Station Road</source>
        <translation>Bahnhofstraße 12</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Brüssel</translation>
    </message>
    <message>
        <source>Keys at the reception desk, badge needed after 6 pm.</source>
        <translation>Schlüssel am Empfang, nach 18 Uhr ist ein Ausweis nötig.</translation>
    </message>
    <message>
        <source>CLIENT-REF</source>
        <translation>KUNDEN-REF</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
</context>
<context>
    <name>BuildingPanel</name>
    <message>
        <source>&amp;Open work orders (double-click one to open it):</source>
        <translation>&amp;Offene Arbeitsaufträge (Doppelklick öffnet einen):</translation>
    </message>
    <message>
        <source>&amp;PPM jobs it is in:</source>
        <translation>&amp;PPM-Aufgaben, zu denen es gehört:</translation>
    </message>
    <message>
        <source>Select a building to see its page.</source>
        <translation>Wählen Sie ein Gebäude, um seine Seite zu sehen.</translation>
    </message>
    <message>
        <source>Client: {client}</source>
        <translation>Kunde: {client}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Vom {start} bis {end}</translation>
    </message>
    <message>
        <source>Since {start}</source>
        <translation>Seit {start}</translation>
    </message>
    <message>
        <source>Access: {notes}</source>
        <translation>Zugang: {notes}</translation>
    </message>
    <message>
        <source>Closed from {start} to {end}</source>
        <translation>Geschlossen vom {start} bis {end}</translation>
    </message>
    <message>
        <source>Archived: offered for no new work.</source>
        <translation>Archiviert: für keine neue Arbeit angeboten.</translation>
    </message>
    <message>
        <source>No open work order.</source>
        <translation>Kein offener Arbeitsauftrag.</translation>
    </message>
    <message>
        <source>{contract}: {job}</source>
        <translation>{contract}: {job}</translation>
    </message>
    <message>
        <source>In no PPM job.</source>
        <translation>In keiner PPM-Aufgabe.</translation>
    </message>
</context>
<context>
    <name>BuildingsView</name>
    <message>
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Name, address, postcode, city or client reference</source>
        <translation>Name, Adresse, Postleitzahl, Ort oder Referenz des Kunden</translation>
    </message>
    <message>
        <source>Add a building</source>
        <translation>Ein Gebäude hinzufügen</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>&amp;Bulk</source>
        <translation>&amp;Sammelaktionen</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Status ändern…</translation>
    </message>
    <message>
        <source>Apply a status action to each selected work order that allows it</source>
        <translation>Eine Statusaktion auf jeden ausgewählten Arbeitsauftrag anwenden, der sie zulässt</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <source>Assign the selected open work orders to an agent</source>
        <translation>Die ausgewählten offenen Arbeitsaufträge einem Mitarbeiter zuweisen</translation>
    </message>
    <message>
        <source>&amp;Close PPMs…</source>
        <translation>PPMs &amp;abschließen…</translation>
    </message>
    <message>
        <source>Close the selected open PPM work orders whose financial end date has passed</source>
        <translation>Die ausgewählten offenen PPM-Arbeitsaufträge abschließen, deren finanzielles Enddatum überschritten ist</translation>
    </message>
    <message>
        <source>Needs the permission “{permission}”.</source>
        <translation>Erfordert die Berechtigung „{permission}“.</translation>
    </message>
</context>
<context>
    <name>BulkAssignDialog</name>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>Choose the agent, or Unassigned.</source>
        <translation>Wählen Sie den Mitarbeiter oder „Nicht zugewiesen“.</translation>
    </message>
</context>
<context>
    <name>BulkClosePpmDialog</name>
    <message>
        <source>Close PPMs</source>
        <translation>PPMs abschließen</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Optional: logged on each work order closed</source>
        <translation>Optional: wird in jedem abgeschlossenen Arbeitsauftrag protokolliert</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Close PPMs</source>
        <translation>PPMs abschließen</translation>
    </message>
    <message>
        <source>Change status: {action}</source>
        <translation>Status ändern: {action}</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Change status: {action}</source>
        <translation>Status ändern: {action}</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Close PPMs</source>
        <translation>PPMs abschließen</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Sammelaktion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The bulk action stopped: {error}</source>
        <translation>Die Sammelaktion wurde abgebrochen: {error}</translation>
    </message>
</context>
<context>
    <name>BulkStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Cancel job and Reinstate are not done in bulk: open each work order to cancel or reinstate it.</source>
        <translation>„Auftrag stornieren“ und „Arbeitsauftrag wiederherstellen“ sind nicht als Sammelaktion möglich: Öffnen Sie jeden Arbeitsauftrag einzeln, um ihn zu stornieren oder wiederherzustellen.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Required: logged on each work order</source>
        <translation>Pflichtfeld: wird in jedem Arbeitsauftrag protokolliert</translation>
    </message>
    <message>
        <source>Optional: logged on each work order</source>
        <translation>Optional: wird in jedem Arbeitsauftrag protokolliert</translation>
    </message>
    <message>
        <source>Write a comment: this action requires one.</source>
        <translation>Schreiben Sie einen Kommentar: Diese Aktion verlangt einen.</translation>
    </message>
</context>
<context>
    <name>CertificateViewer</name>
    <message>
        <source>View certificate</source>
        <translation>Zertifikat anzeigen</translation>
    </message>
    <message>
        <source>The document could not be written to a temporary file: {error}</source>
        <translation>Das Dokument konnte nicht in eine temporäre Datei geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>No program on this computer opens “{name}”. It was saved as {path}.</source>
        <translation>Kein Programm auf diesem Computer öffnet „{name}“. Es wurde als {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Certificate recorded: passed, issued on {issued}. Reference: {reference}. Document: {file}.</source>
        <translation>Zertifikat erfasst: bestanden, ausgestellt am {issued}. Referenz: {reference}. Dokument: {file}.</translation>
    </message>
    <message>
        <source>Certificate recorded: failed, issued on {issued}. Reference: {reference}. Document: {file}.</source>
        <translation>Zertifikat erfasst: nicht bestanden, ausgestellt am {issued}. Referenz: {reference}. Dokument: {file}.</translation>
    </message>
    <message>
        <source>Valid until {date}.</source>
        <translation>Gültig bis {date}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ChangeAction</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Passwort gesetzt</translation>
    </message>
    <message>
        <source>New password required at next sign-in</source>
        <translation>Neues Passwort bei der nächsten Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message numerus="yes">
        <source>Saving changes %n period(s) of {building}:</source>
        <translation>
            <numerusform>Speichern ändert %n Zeitraum von {building}:</numerusform>
            <numerusform>Speichern ändert %n Zeiträume von {building}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-planned now, %n period(s) of {building} change:</source>
        <translation>
            <numerusform>Jetzt neu geplant, ändert sich %n Zeitraum von {building}:</numerusform>
            <numerusform>Jetzt neu geplant, ändern sich %n Zeiträume von {building}:</numerusform>
        </translation>
    </message>
    <message>
        <source>Site value: {value}, unchanged.</source>
        <translation>Standortwert: {value}, unverändert.</translation>
    </message>
    <message>
        <source>Site value: {before} → {after}</source>
        <translation>Standortwert: {before} → {after}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
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
        <source>&amp;Save these changes</source>
        <translation>Diese Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Period added</source>
        <translation>Zeitraum hinzugefügt</translation>
    </message>
    <message>
        <source>Period removed</source>
        <translation>Zeitraum entfernt</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>A client whose buildings Bureau looks after.</source>
        <translation>Ein Kunde, dessen Gebäude Bureau betreut.</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>Correct the name or the reference of {name}.</source>
        <translation>Korrigieren Sie den Namen oder die Referenz von {name}.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Required: a short code no other client has</source>
        <translation>Pflichtfeld: ein kurzer Code, den kein anderer Kunde hat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Give the client's name.</source>
        <translation>Geben Sie den Namen des Kunden an.</translation>
    </message>
    <message>
        <source>Give the client's reference.</source>
        <translation>Geben Sie die Referenz des Kunden an.</translation>
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
        <translation>&amp;Gebäude:</translation>
    </message>
    <message>
        <source>C&amp;ontacts:</source>
        <translation>&amp;Kontakte:</translation>
    </message>
    <message>
        <source>Contracts:</source>
        <translation>Verträge:</translation>
    </message>
    <message>
        <source>O&amp;pen work orders:</source>
        <translation>&amp;Offene Arbeitsaufträge:</translation>
    </message>
    <message>
        <source>Add a building…</source>
        <translation>Gebäude hinzufügen…</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>Select a client to see its page.</source>
        <translation>Wählen Sie einen Kunden, um seine Seite zu sehen.</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Referenz: {reference}</translation>
    </message>
    <message>
        <source>Archived: offered for no new work.</source>
        <translation>Archiviert: für keine neue Arbeit angeboten.</translation>
    </message>
    <message>
        <source>List the client's buildings</source>
        <translation>Die Gebäude des Kunden auflisten</translation>
    </message>
    <message>
        <source>List the client's contacts</source>
        <translation>Die Kontakte des Kunden auflisten</translation>
    </message>
    <message>
        <source>Open the contracts</source>
        <translation>Die Verträge öffnen</translation>
    </message>
    <message>
        <source>Show the client's open work orders in the helpdesk list</source>
        <translation>Die offenen Arbeitsaufträge des Kunden in der Helpdesk-Liste zeigen</translation>
    </message>
    <message>
        <source>Active buildings and contacts are counted.</source>
        <translation>Gezählt werden aktive Gebäude und Kontakte.</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Name or reference</source>
        <translation>Name oder Referenz</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Einen Kunden hinzufügen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>die folgenden Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (wählen Sie aus %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s kann %(matches)s bedeuten</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ausdrückliches Argument ignoriert: %r</translation>
    </message>
    <message>
        <source>not a whole number: {text}</source>
        <translation>keine ganze Zahl: {text}</translation>
    </message>
    <message>
        <source>must be greater than 0: {text}</source>
        <translation>muss größer als 0 sein: {text}</translation>
    </message>
    <message>
        <source>must be at most {limit}: {text}</source>
        <translation>darf höchstens {limit} sein: {text}</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>kein Datum (JJJJ-MM-TT): {text}</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Add a comment: work order {number}</source>
        <translation>Kommentar hinzufügen: Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>The comment is added to the work order's activity log.</source>
        <translation>Der Kommentar wird dem Aktivitätsprotokoll des Arbeitsauftrags hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Schreiben Sie zuerst den Kommentar.</translation>
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
        <translation>Wählen Sie den Kunden, um seine Gebäude aufzulisten.</translation>
    </message>
    <message>
        <source>No building of this client matches.</source>
        <translation>Kein Gebäude dieses Kunden passt.</translation>
    </message>
    <message>
        <source>This client has no buildings yet.</source>
        <translation>Dieser Kunde hat noch keine Gebäude.</translation>
    </message>
    <message>
        <source>The first {count} are listed: type to find the others.</source>
        <translation>Die ersten {count} sind aufgelistet: Tippen Sie, um die anderen zu finden.</translation>
    </message>
    <message>
        <source>Ticked: {count}.</source>
        <translation>Angehakt: {count}.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Someone at a client who calls in, or whom Bureau emails.</source>
        <translation>Eine Person bei einem Kunden, die anruft oder der Bureau E-Mails sendet.</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Correct the contact {name}.</source>
        <translation>Korrigieren Sie den Kontakt {name}.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Required: type part of the client's name or reference</source>
        <translation>Pflichtfeld: Teil des Namens oder der Referenz des Kunden eingeben</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Optional: needed to email them</source>
        <translation>Optional: nötig, um E-Mails zu senden</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Same as the sender</source>
        <translation>Wie der Absender</translation>
    </message>
    <message>
        <source>The language of the emails Bureau sends them</source>
        <translation>Die Sprache der E-Mails, die Bureau sendet</translation>
    </message>
    <message>
        <source>Receives the PPM emails (planned &amp;maintenance)</source>
        <translation>Erhält die PPM-E-&amp;Mails (planmäßige Wartung)</translation>
    </message>
    <message>
        <source>&amp;Buildings they are the contact for</source>
        <translation>&amp;Gebäude, für die er Kontakt ist</translation>
    </message>
    <message>
        <source>Type part of a building's name, address or city</source>
        <translation>Teil des Namens, der Adresse oder des Orts eines Gebäudes eingeben</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>Choose the client from the list: type part of its name or reference.</source>
        <translation>Wählen Sie den Kunden aus der Liste: Geben Sie einen Teil seines Namens oder seiner Referenz ein.</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>Wählen Sie den Kunden.</translation>
    </message>
    <message>
        <source>Give the contact's name.</source>
        <translation>Geben Sie den Namen des Kontakts an.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Name, email or phone</source>
        <translation>Name, E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
</context>
<context>
    <name>ContractChangesDialog</name>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message numerus="yes">
        <source>Saving re-plans the PPM periods of %n building(s). Choose one to see its periods before and after. Work orders of periods that turn invalid are cancelled unless they have started.</source>
        <translation>
            <numerusform>Speichern plant die PPM-Zeiträume von %n Gebäude neu. Wählen Sie es, um seine Zeiträume vorher und nachher zu sehen. Arbeitsaufträge von Zeiträumen, die ungültig werden, werden storniert, sofern sie nicht begonnen haben.</numerusform>
            <numerusform>Speichern plant die PPM-Zeiträume von %n Gebäuden neu. Wählen Sie eines, um seine Zeiträume vorher und nachher zu sehen. Arbeitsaufträge von Zeiträumen, die ungültig werden, werden storniert, sofern sie nicht begonnen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save these changes</source>
        <translation>Diese Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message numerus="yes">
        <source>{job} — {building}: %n period(s)</source>
        <translation>
            <numerusform>{job} — {building}: %n Zeitraum</numerusform>
            <numerusform>{job} — {building}: %n Zeiträume</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New contract</source>
        <translation>Neuer Vertrag</translation>
    </message>
    <message>
        <source>A contract with a client: its PPM jobs plan the visits of the client's buildings.</source>
        <translation>Ein Vertrag mit einem Kunden: Seine PPM-Leistungen planen die Besuche der Gebäude des Kunden.</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>Vertrag bearbeiten</translation>
    </message>
    <message>
        <source>Edit the contract {reference}. New dates or a new financial-year start re-plan the PPM periods of its buildings: OK shows what changes before it saves.</source>
        <translation>Den Vertrag {reference} bearbeiten. Neue Daten oder ein neuer Beginn des Geschäftsjahres planen die PPM-Zeiträume seiner Gebäude neu: OK zeigt vor dem Speichern, was sich ändert.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Start da&amp;te:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Financial year starts on:</source>
        <translation>&amp;Geschäftsjahr beginnt am:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Manual generation:</source>
        <translation>&amp;Manuelle Erzeugung:</translation>
    </message>
    <message>
        <source>Required: type part of the client's name or reference</source>
        <translation>Pflichtfeld: Teil des Namens oder der Referenz des Kunden eingeben</translation>
    </message>
    <message>
        <source>The contract has PPM jobs: its client can no longer change.</source>
        <translation>Der Vertrag hat PPM-Leistungen: Sein Kunde kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Required, unique</source>
        <translation>Pflichtfeld, eindeutig</translation>
    </message>
    <message>
        <source>The month and day each financial year of the contract starts</source>
        <translation>Monat und Tag, an dem jedes Geschäftsjahr des Vertrags beginnt</translation>
    </message>
    <message>
        <source>The day of the month the financial year starts</source>
        <translation>Der Tag des Monats, an dem das Geschäftsjahr beginnt</translation>
    </message>
    <message>
        <source>Type part of the name or the code</source>
        <translation>Teil des Namens oder den Code eingeben</translation>
    </message>
    <message>
        <source>Generate its PPM work orders only by hand</source>
        <translation>Seine PPM-Arbeitsaufträge nur von Hand erzeugen</translation>
    </message>
    <message>
        <source>Its PPM work orders are then created only from Work orders &gt; Generate due PPMs, where they start unticked; the scheduled generation leaves them.</source>
        <translation>Seine PPM-Arbeitsaufträge werden dann nur über Arbeitsaufträge &gt; Fällige PPMs erzeugen angelegt, wo sie ohne Häkchen erscheinen; die geplante Erzeugung lässt sie aus.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Choose the client from the list: type part of its name or reference.</source>
        <translation>Wählen Sie den Kunden aus der Liste: Geben Sie einen Teil seines Namens oder seiner Referenz ein.</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>Wählen Sie den Kunden.</translation>
    </message>
    <message>
        <source>Give the contract's reference.</source>
        <translation>Geben Sie die Referenz des Vertrags an.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>Das Enddatum darf nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Choose the currency from the list, or type its three-letter code.</source>
        <translation>Wählen Sie die Währung aus der Liste oder geben Sie ihren dreibuchstabigen Code ein.</translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>PPM jobs</source>
        <translation>PPM-Leistungen</translation>
    </message>
    <message>
        <source>Buildings of the job</source>
        <translation>Gebäude der Leistung</translation>
    </message>
    <message>
        <source>PPM</source>
        <translation>PPM</translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation>&amp;Neuer Vertrag…</translation>
    </message>
    <message>
        <source>&amp;Edit contract…</source>
        <translation>Vertrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>Archivierte &amp;zeigen</translation>
    </message>
    <message>
        <source>List the archived contracts too (in grey)</source>
        <translation>Auch die archivierten Verträge auflisten (grau)</translation>
    </message>
    <message>
        <source>New PPM &amp;job…</source>
        <translation>Neue PPM-&amp;Leistung…</translation>
    </message>
    <message>
        <source>Edit actions</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit job PPM details…</source>
        <translation>PPM-Details der Leistung bearbeiten…</translation>
    </message>
    <message>
        <source>Add buildings…</source>
        <translation>Gebäude hinzufügen…</translation>
    </message>
    <message>
        <source>Edit job building PPM details…</source>
        <translation>PPM-Details des Gebäudes der Leistung bearbeiten…</translation>
    </message>
    <message>
        <source>Edit job PPM building periods…</source>
        <translation>PPM-Zeiträume des Gebäudes für die Leistung bearbeiten…</translation>
    </message>
    <message>
        <source>Remove from job…</source>
        <translation>Aus der Leistung entfernen…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Manual generation</source>
        <translation>Manuelle Erzeugung</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Certificate based</source>
        <translation>Zertifikatbasiert</translation>
    </message>
    <message>
        <source>Lead days</source>
        <translation>Vorlauftage</translation>
    </message>
    <message>
        <source>Dynamic dates supported</source>
        <translation>Dynamische Datumsaktualisierung unterstützt</translation>
    </message>
    <message>
        <source>Excluded from dynamic dates</source>
        <translation>Von dynamischer Datumsaktualisierung ausgenommen</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Invoice amount</source>
        <translation>Rechnungsbetrag</translation>
    </message>
    <message>
        <source>Site value</source>
        <translation>Standortwert</translation>
    </message>
    <message>
        <source>Partial periods</source>
        <translation>Teilzeiträume</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Arbeitsaufträge</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Archived: its PPM work orders are not generated; restore it to change it.</source>
        <translation>Archiviert: Seine PPM-Arbeitsaufträge werden nicht erzeugt; stellen Sie ihn wieder her, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Needs the permission “{permission}”.</source>
        <translation>Erfordert die Berechtigung „{permission}“.</translation>
    </message>
    <message>
        <source>Choose a contract first.</source>
        <translation>Wählen Sie zuerst einen Vertrag.</translation>
    </message>
    <message>
        <source>The contract is archived: restore it first.</source>
        <translation>Der Vertrag ist archiviert: Stellen Sie ihn zuerst wieder her.</translation>
    </message>
    <message>
        <source>Choose a PPM job first.</source>
        <translation>Wählen Sie zuerst eine PPM-Leistung.</translation>
    </message>
    <message>
        <source>A new contract with a client</source>
        <translation>Ein neuer Vertrag mit einem Kunden</translation>
    </message>
    <message>
        <source>The client, reference, dates, financial year and currency of the contract</source>
        <translation>Kunde, Referenz, Daten, Geschäftsjahr und Währung des Vertrags</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Make the contract active again: it can be changed and its PPM work orders are generated</source>
        <translation>Den Vertrag wieder aktiv machen: Er kann geändert werden, und seine PPM-Arbeitsaufträge werden erzeugt</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>Arch&amp;ivieren</translation>
    </message>
    <message>
        <source>Keep the contract with its jobs and work orders, but generate and change nothing more</source>
        <translation>Den Vertrag mit seinen Leistungen und Arbeitsaufträgen behalten, aber nichts mehr erzeugen oder ändern</translation>
    </message>
    <message>
        <source>A new PPM job of the contract</source>
        <translation>Eine neue PPM-Leistung des Vertrags</translation>
    </message>
    <message>
        <source>The description, frequency and defaults of the chosen job</source>
        <translation>Beschreibung, Häufigkeit und Vorgaben der ausgewählten Leistung</translation>
    </message>
    <message>
        <source>Add buildings of the client to the chosen job</source>
        <translation>Gebäude des Kunden zur ausgewählten Leistung hinzufügen</translation>
    </message>
    <message>
        <source>Dynamic dates, partial periods and instructions of the chosen building</source>
        <translation>Dynamische Daten, Teilzeiträume und Anweisungen des ausgewählten Gebäudes</translation>
    </message>
    <message>
        <source>The visits, invoices and periods of the chosen building</source>
        <translation>Die Besuche, Rechnungen und Zeiträume des ausgewählten Gebäudes</translation>
    </message>
    <message>
        <source>Take the chosen building out of the job</source>
        <translation>Das ausgewählte Gebäude aus der Leistung nehmen</translation>
    </message>
    <message>
        <source>{building} left the job after {date}.</source>
        <translation>{building} hat die Leistung nach dem {date} verlassen.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Archive the contract {reference}? Its jobs, periods and work orders stay, but its PPM work orders are no longer generated and it cannot be changed until it is restored.</source>
        <translation>Den Vertrag {reference} archivieren? Seine Leistungen, Zeiträume und Arbeitsaufträge bleiben, aber seine PPM-Arbeitsaufträge werden nicht mehr erzeugt, und er kann erst nach dem Wiederherstellen geändert werden.</translation>
    </message>
    <message>
        <source>Choose a building of the job first.</source>
        <translation>Wählen Sie zuerst ein Gebäude der Leistung.</translation>
    </message>
</context>
<context>
    <name>DirectoryList</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
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
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Archive the client “{name}”? While it is archived, its buildings and contacts are offered for no new work either. They are left as they are and are offered again when you restore the client.</source>
        <translation>Den Kunden „{name}“ archivieren? Solange er archiviert ist, werden auch seine Gebäude und Kontakte für keine neue Arbeit angeboten. Sie bleiben unverändert und werden wieder angeboten, wenn Sie den Kunden wiederherstellen.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Kunde: {name}</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Offer it again for new work</source>
        <translation>Wieder für neue Arbeit anbieten</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>Arch&amp;ivieren</translation>
    </message>
    <message>
        <source>Keep it for the work orders that name it, but offer it for no new work</source>
        <translation>Für die Arbeitsaufträge behalten, die es nennen, aber für keine neue Arbeit mehr anbieten</translation>
    </message>
    <message>
        <source>Delete “{name}” for good? This cannot be undone.</source>
        <translation>„{name}“ endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Archive “{name}”? It stays on the work orders that name it, but is offered for no new work. You can restore it later from the archived records.</source>
        <translation>„{name}“ archivieren? Es bleibt auf den Arbeitsaufträgen, die es nennen, wird aber für keine neue Arbeit mehr angeboten. Sie können es später bei den archivierten Einträgen wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>Archivierte &amp;zeigen</translation>
    </message>
    <message>
        <source>List the archived records too (in grey)</source>
        <translation>Auch die archivierten Einträge auflisten (grau)</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>List the records of every client</source>
        <translation>Die Einträge aller Kunden auflisten</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter, double-click or F2)</source>
        <translation>Den ausgewählten Eintrag bearbeiten (Eingabe, Doppelklick oder F2)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected record: only one nothing refers to (Delete)</source>
        <translation>Den ausgewählten Eintrag löschen: nur wenn nichts darauf verweist (Entf)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Found: more than {count}</source>
        <translation>Gefunden: mehr als {count}</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Gefunden: {count}</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>Die Liste konnte nicht gelesen werden: {error}</translation>
    </message>
</context>
<context>
    <name>DirectoryTools</name>
    <message>
        <source>&amp;Directory</source>
        <translation>&amp;Verzeichnis</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>The clients, each with their buildings, contacts and orders</source>
        <translation>Die Kunden, jeweils mit ihren Gebäuden, Kontakten und Arbeitsaufträgen</translation>
    </message>
    <message>
        <source>&amp;Buildings</source>
        <translation>&amp;Gebäude</translation>
    </message>
    <message>
        <source>The clients' buildings, their closures and open orders</source>
        <translation>Die Gebäude der Kunden, ihre Schließungen und offenen Arbeitsaufträge</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>K&amp;ontakte</translation>
    </message>
    <message>
        <source>The clients' contacts, whom Bureau emails</source>
        <translation>Die Kontakte der Kunden, denen Bureau E-Mails sendet</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Einen Kunden hinzufügen</translation>
    </message>
    <message>
        <source>New b&amp;uilding…</source>
        <translation>Neues Geb&amp;äude…</translation>
    </message>
    <message>
        <source>Add a building to a client</source>
        <translation>Einem Kunden ein Gebäude hinzufügen</translation>
    </message>
    <message>
        <source>New con&amp;tact…</source>
        <translation>Neuer Kon&amp;takt…</translation>
    </message>
    <message>
        <source>Add a contact at a client</source>
        <translation>Einen Kontakt bei einem Kunden hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import buildings…</source>
        <translation>Gebäude &amp;importieren…</translation>
    </message>
    <message>
        <source>Add many buildings at once from a spreadsheet</source>
        <translation>Viele Gebäude auf einmal aus einer Tabelle hinzufügen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Open work orders</source>
        <translation>Offene Arbeitsaufträge</translation>
    </message>
</context>
<context>
    <name>EditWorkOrderDialog</name>
    <message>
        <source>Edit work order {number}</source>
        <translation>Arbeitsauftrag {number} bearbeiten</translation>
    </message>
    <message>
        <source>Correct work order {number}, “{title}” ({status}). Each change is written to its activity log; the fields that cannot change now say why when you point at them.</source>
        <translation>Arbeitsauftrag {number}, „{title}“ ({status}), korrigieren. Jede Änderung wird in sein Aktivitätsprotokoll geschrieben; Felder, die jetzt nicht geändert werden können, sagen beim Daraufzeigen, warum.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Auswirkung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Kategor&amp;ie:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation>&amp;Vertrag:</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Gebäude:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>{text} (older value)</source>
        <translation>{text} (älterer Wert)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Kein Vertrag</translation>
    </message>
    <message>
        <source>{reference} ({start} to {end})</source>
        <translation>{reference} ({start} bis {end})</translation>
    </message>
    <message>
        <source>{contract}: not in force today</source>
        <translation>{contract}: heute nicht gültig</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <source>Type a date, or press Delete to clear it; F4 opens the calendar.</source>
        <translation>Geben Sie ein Datum ein oder drücken Sie Entf, um es zu löschen; F4 öffnet den Kalender.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation>Änderungen speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Enter a title: a work order needs one.</source>
        <translation>Geben Sie einen Titel ein: Ein Arbeitsauftrag braucht einen.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Emails</name>
    <message>
        <source>You will be notified about work order {number}: {title}</source>
        <translation>Sie werden über den Arbeitsauftrag {number} benachrichtigt: {title}</translation>
    </message>
    <message>
        <source>{name} added you to the people notified about work order {number}.</source>
        <translation>{name} hat Sie zu den Personen hinzugefügt, die über den Arbeitsauftrag {number} benachrichtigt werden.</translation>
    </message>
    <message>
        <source>You will receive an email each time its status changes.</source>
        <translation>Sie erhalten bei jeder Änderung seines Status eine E-Mail.</translation>
    </message>
    <message>
        <source>Current status: {status}</source>
        <translation>Aktueller Status: {status}</translation>
    </message>
    <message>
        <source>Work order {number} is now {status}: {title}</source>
        <translation>Arbeitsauftrag {number} ist jetzt „{status}“: {title}</translation>
    </message>
    <message>
        <source>The status of work order {number} changed from {old} to {new}.</source>
        <translation>Der Status des Arbeitsauftrags {number} hat sich von „{old}“ in „{new}“ geändert.</translation>
    </message>
    <message>
        <source>Changed by: {name}</source>
        <translation>Geändert von: {name}</translation>
    </message>
    <message>
        <source>Changed on: {date}</source>
        <translation>Geändert am: {date}</translation>
    </message>
    <message>
        <source>PPM work order {number} cancelled: {title}</source>
        <translation>PPM-Arbeitsauftrag {number} storniert: {title}</translation>
    </message>
    <message>
        <source>PPM work order {number} has been cancelled.</source>
        <translation>Der PPM-Arbeitsauftrag {number} wurde storniert.</translation>
    </message>
    <message>
        <source>PPM job: {job}</source>
        <translation>PPM-Leistung: {job}</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Zeitraum: vom {start} bis {end}</translation>
    </message>
    <message>
        <source>Cancelled by: {name}</source>
        <translation>Storniert von: {name}</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>This visit will not be generated again when the contract's periods are recalculated.</source>
        <translation>Dieser Besuch wird bei einer Neuberechnung der Zeiträume des Vertrags nicht erneut erzeugt.</translation>
    </message>
    <message>
        <source>Work order: {number} - {title}</source>
        <translation>Arbeitsauftrag: {number} - {title}</translation>
    </message>
    <message>
        <source>Building: {building}, {address}, {postcode} {city}</source>
        <translation>Gebäude: {building}, {address}, {postcode} {city}</translation>
    </message>
    <message>
        <source>Due date: {date}</source>
        <translation>Fälligkeitsdatum: {date}</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>You receive this email because you are notified about this work order.</source>
        <translation>Sie erhalten diese E-Mail, weil Sie über diesen Arbeitsauftrag benachrichtigt werden.</translation>
    </message>
    <message>
        <source>Bureau (automatic change)</source>
        <translation>Bureau (automatische Änderung)</translation>
    </message>
    <message>
        <source>About work order {number}: {title}</source>
        <translation>Zum Arbeitsauftrag {number}: {title}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
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
        <source>The upgrade of {database} was stopped and the database left as it was: rows of {table} would point at rows missing from {parent}.</source>
        <translation>Die Aktualisierung von {database} wurde abgebrochen und die Datenbank unverändert gelassen: Zeilen von {table} würden auf fehlende Zeilen von {parent} verweisen.</translation>
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
        <source>The demo makes at most {limit} work orders (asked for {size}).</source>
        <translation>Die Demo erstellt höchstens {limit} Arbeitsaufträge ({size} angefordert).</translation>
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
        <source>Unknown language: {language}</source>
        <translation>Unbekannte Sprache: {language}</translation>
    </message>
    <message>
        <source>This agent no longer exists.</source>
        <translation>Diesen Mitarbeiter gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>{name} must stay an active administrator: with the embedded database everyone works as them, without signing in.</source>
        <translation>{name} muss aktiver Administrator bleiben: Mit der lokalen Datenbank arbeiten alle unter diesem Konto, ohne sich anzumelden.</translation>
    </message>
    <message>
        <source>The display name is required.</source>
        <translation>Der Anzeigename ist erforderlich.</translation>
    </message>
    <message>
        <source>The login is required.</source>
        <translation>Der Anmeldename ist erforderlich.</translation>
    </message>
    <message>
        <source>The login {login} is already taken.</source>
        <translation>Der Benutzername {login} ist bereits vergeben.</translation>
    </message>
    <message>
        <source>One of the chosen roles no longer exists.</source>
        <translation>Eine der gewählten Rollen gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator: give another agent an administrator role first.</source>
        <translation>{name} ist der letzte aktive Administrator: Geben Sie zuerst einem anderen Mitarbeiter eine Administratorrolle.</translation>
    </message>
    <message>
        <source>The login of the local administrator cannot be changed.</source>
        <translation>Der Anmeldename des lokalen Administrators kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
    </message>
    <message>
        <source>This account has been deactivated: ask an administrator to reactivate it.</source>
        <translation>Dieses Konto wurde deaktiviert: Bitten Sie einen Administrator, es wieder zu aktivieren.</translation>
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
        <source>The changes to the work order cannot be read.</source>
        <translation>Die Änderungen am Arbeitsauftrag können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“{field}” is not a field of a work order that can be changed.</source>
        <translation>„{field}“ ist kein änderbares Feld eines Arbeitsauftrags.</translation>
    </message>
    <message>
        <source>This value cannot be used for “{field}”.</source>
        <translation>Dieser Wert kann für „{field}“ nicht verwendet werden.</translation>
    </message>
    <message>
        <source>A work order needs a title.</source>
        <translation>Ein Arbeitsauftrag braucht einen Titel.</translation>
    </message>
    <message>
        <source>PPM work orders are generated from their contract's periods.</source>
        <translation>PPM-Arbeitsaufträge werden aus den Perioden ihres Vertrags erzeugt.</translation>
    </message>
    <message>
        <source>The closures of the building are not a list of dates.</source>
        <translation>Die Schließungen des Gebäudes sind keine Liste von Daten.</translation>
    </message>
    <message>
        <source>A closure cannot end ({end}) before it starts ({start}).</source>
        <translation>Eine Schließung kann nicht enden ({end}), bevor sie beginnt ({start}).</translation>
    </message>
    <message>
        <source>A building needs a name.</source>
        <translation>Ein Gebäude braucht einen Namen.</translation>
    </message>
    <message>
        <source>A building needs an address.</source>
        <translation>Ein Gebäude braucht eine Adresse.</translation>
    </message>
    <message>
        <source>A building needs a postcode.</source>
        <translation>Ein Gebäude braucht eine Postleitzahl.</translation>
    </message>
    <message>
        <source>A building needs a city.</source>
        <translation>Ein Gebäude braucht einen Ort.</translation>
    </message>
    <message>
        <source>A building cannot end ({end}) before it starts ({start}).</source>
        <translation>Ein Gebäude kann nicht enden ({end}), bevor es beginnt ({start}).</translation>
    </message>
    <message>
        <source>Client “{name}” is archived: restore it before adding to it.</source>
        <translation>Der Kunde „{name}“ ist archiviert: Stellen Sie ihn wieder her, bevor Sie etwas hinzufügen.</translation>
    </message>
    <message>
        <source>This client already has a building named “{name}”: choose another name.</source>
        <translation>Dieser Kunde hat bereits ein Gebäude namens „{name}“: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The building no longer exists.</source>
        <translation>Das Gebäude existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Building “{name}” cannot move to another client: work orders, PPM jobs or contacts of its client refer to it.</source>
        <translation>Das Gebäude „{name}“ kann nicht zu einem anderen Kunden wechseln: Arbeitsaufträge, PPM-Aufgaben oder Kontaktpersonen seines Kunden verweisen darauf.</translation>
    </message>
    <message>
        <source>Building “{name}” belongs to the archived client “{client}”: restore the client first.</source>
        <translation>Das Gebäude „{name}“ gehört zum archivierten Kunden „{client}“: Stellen Sie zuerst den Kunden wieder her.</translation>
    </message>
    <message>
        <source>Building “{name}” cannot be deleted: work orders, PPM jobs or contacts refer to it. Archive it instead.</source>
        <translation>Das Gebäude „{name}“ kann nicht gelöscht werden: Arbeitsaufträge, PPM-Aufgaben oder Kontaktpersonen verweisen darauf. Archivieren Sie es stattdessen.</translation>
    </message>
    <message>
        <source>{name} is no longer an active building: choose another one.</source>
        <translation>{name} ist kein aktives Gebäude mehr: Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Der Kontakt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>{name} is a building of {client}, an archived client: it takes no new work orders.</source>
        <translation>{name} ist ein Gebäude von {client}, einem archivierten Kunden: Es nimmt keine neuen Arbeitsaufträge an.</translation>
    </message>
    <message>
        <source>{name} is a contact of another client: choose one of this client's contacts.</source>
        <translation>{name} ist ein Kontakt eines anderen Kunden: Wählen Sie einen Kontakt dieses Kunden.</translation>
    </message>
    <message>
        <source>{name} is an archived contact: choose another one.</source>
        <translation>{name} ist ein archivierter Kontakt: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>{name} is a contact of {client}, an archived client: it cannot be chosen for new work.</source>
        <translation>{name} ist ein Kontakt von {client}, einem archivierten Kunden: Er kann nicht für neue Arbeiten gewählt werden.</translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation>Der Vertrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Contract {reference} is another client's: choose one of this client's.</source>
        <translation>Der Vertrag {reference} gehört einem anderen Kunden: Wählen Sie einen Vertrag dieses Kunden.</translation>
    </message>
    <message>
        <source>Contract {reference} is not in force today: it runs from {start} to {end}.</source>
        <translation>Der Vertrag {reference} gilt heute nicht: Er läuft vom {start} bis {end}.</translation>
    </message>
    <message>
        <source>“{field}” cannot be changed. {reason}</source>
        <translation>Das Feld „{field}“ kann nicht geändert werden. {reason}</translation>
    </message>
    <message>
        <source>{name} is a building of another client: choose one of this client's.</source>
        <translation>{name} ist ein Gebäude eines anderen Kunden: Wählen Sie ein Gebäude dieses Kunden.</translation>
    </message>
    <message>
        <source>Work order {number} cannot be deleted. {reason}</source>
        <translation>Der Arbeitsauftrag {number} kann nicht gelöscht werden. {reason}</translation>
    </message>
    <message>
        <source>Choose how the work order is reinstated.</source>
        <translation>Wählen Sie, wie der Arbeitsauftrag wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation>Schreiben Sie zuerst einen Kommentar.</translation>
    </message>
    <message>
        <source>This is not a date and time.</source>
        <translation>Das ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>A date and time without its time zone cannot be stored.</source>
        <translation>Ein Datum mit Uhrzeit ohne Zeitzone kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Time can only be recorded between the years {first} and {last}.</source>
        <translation>Zeit kann nur zwischen den Jahren {first} und {last} erfasst werden.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>A time entry lasts at most {hours} hours: split longer work into several entries.</source>
        <translation>Ein Zeiteintrag dauert höchstens {hours} Stunden: Teilen Sie längere Arbeit auf mehrere Einträge auf.</translation>
    </message>
    <message>
        <source>The agent no longer exists.</source>
        <translation>Der Mitarbeiter existiert nicht mehr.</translation>
    </message>
    <message>
        <source>{name} is no longer an active agent: choose another one.</source>
        <translation>{name} ist kein aktiver Mitarbeiter mehr: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The rate “{name}” is archived: choose another one.</source>
        <translation>Der Satz „{name}“ ist archiviert: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>This work order no longer exists.</source>
        <translation>Dieser Arbeitsauftrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Work order {number} is closed: its time can no longer change.</source>
        <translation>Der Arbeitsauftrag {number} ist abgeschlossen: Seine Zeiten können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>This time entry no longer exists.</source>
        <translation>Dieser Zeiteintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Only the agent who recorded this time, or an administrator, can change it.</source>
        <translation>Nur der Mitarbeiter, der diese Zeit erfasst hat, oder ein Administrator kann sie ändern.</translation>
    </message>
    <message>
        <source>This time entry was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Dieser Zeiteintrag wurde von jemand anderem geändert, seit Sie ihn geöffnet haben. Laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A fixed cost cannot be negative.</source>
        <translation>Festkosten dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>This fixed cost is too large.</source>
        <translation>Diese Festkosten sind zu hoch.</translation>
    </message>
    <message>
        <source>Explain the fixed cost: the explanation is required.</source>
        <translation>Begründen Sie die Festkosten: Die Erläuterung ist erforderlich.</translation>
    </message>
    <message>
        <source>Enter the client's reference.</source>
        <translation>Geben Sie die Referenz des Kunden ein.</translation>
    </message>
    <message>
        <source>A client reference must not be longer than {count} characters.</source>
        <translation>Eine Kundenreferenz darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>“{name}” is not a file.</source>
        <translation>„{name}“ ist keine Datei.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}</source>
        <translation>„{name}“ konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>“{name}” changed while it was being read: attach it again.</source>
        <translation>„{name}“ hat sich beim Lesen geändert: hängen Sie die Datei erneut an.</translation>
    </message>
    <message>
        <source>“{name}” is the name kept for the customer’s signature (Customer signature…): rename the file to attach it.</source>
        <translation>„{name}“ ist der Name, der für die Unterschrift des Kunden vorbehalten ist (Unterschrift des Kunden…): benennen Sie die Datei um, um sie anzuhängen.</translation>
    </message>
    <message>
        <source>“{name}” is not the content of a file.</source>
        <translation>„{name}“ ist nicht der Inhalt einer Datei.</translation>
    </message>
    <message>
        <source>Give the name of the person who signed.</source>
        <translation>Geben Sie den Namen der Person an, die unterschrieben hat.</translation>
    </message>
    <message>
        <source>The signature is not an image.</source>
        <translation>Die Unterschrift ist kein Bild.</translation>
    </message>
    <message>
        <source>Only the agent who attached “{name}” or an administrator may remove it.</source>
        <translation>Nur der Mitarbeiter, der „{name}“ angehängt hat, oder ein Administrator darf die Datei entfernen.</translation>
    </message>
    <message>
        <source>“{name}” is already attached to this work order.</source>
        <translation>„{name}“ ist diesem Arbeitsauftrag bereits angehängt.</translation>
    </message>
    <message>
        <source>Work order {number} does not exist.</source>
        <translation>Der Arbeitsauftrag {number} existiert nicht.</translation>
    </message>
    <message>
        <source>The attachment was removed by someone else.</source>
        <translation>Der Anhang wurde von jemand anderem entfernt.</translation>
    </message>
    <message>
        <source>A contact you chose no longer exists. Reload and try again.</source>
        <translation>Ein von Ihnen gewählter Kontakt existiert nicht mehr. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name} is not a contact of {client}, the work order's client.</source>
        <translation>{name} ist kein Kontakt von {client}, dem Kunden des Arbeitsauftrags.</translation>
    </message>
    <message>
        <source>{name} is an archived contact and cannot be notified.</source>
        <translation>{name} ist ein archivierter Kontakt und kann nicht benachrichtigt werden.</translation>
    </message>
    <message>
        <source>{client} is an archived client: its contacts cannot be notified.</source>
        <translation>{client} ist ein archivierter Kunde: Seine Kontakte können nicht benachrichtigt werden.</translation>
    </message>
    <message>
        <source>{name} has no email address and cannot be notified.</source>
        <translation>{name} hat keine E-Mail-Adresse und kann nicht benachrichtigt werden.</translation>
    </message>
    <message>
        <source>Work order {number} was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Der Arbeitsauftrag {number} wurde von jemand anderem geändert, seit Sie ihn geöffnet haben. Laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Work order {number} was changed automatically at {time} since you opened it. Reload it and try again.</source>
        <translation>Der Arbeitsauftrag {number} wurde am {time} automatisch geändert, seit Sie ihn geöffnet haben. Laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Work order {number} was changed by {user} at {time} since you opened it. Reload it and try again.</source>
        <translation>Der Arbeitsauftrag {number} wurde am {time} von {user} geändert, seit Sie ihn geöffnet haben. Laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>There is no saved view named {name}.</source>
        <translation>Es gibt keine gespeicherte Ansicht namens {name}.</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>Geben Sie der Ansicht einen Namen.</translation>
    </message>
    <message>
        <source>A view name must not be longer than {count} characters.</source>
        <translation>Ein Ansichtsname darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. The details are in {path}.</source>
        <translation>Unerwarteter Fehler: {error}. Die Einzelheiten stehen in {path}.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}.</source>
        <translation>Unerwarteter Fehler: {error}.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed. Nothing else was changed. The details are in {path}.</source>
        <translation>Ein Fehler ist aufgetreten, und die letzte Aktion wurde möglicherweise nicht ausgeführt. Sonst wurde nichts geändert. Die Einzelheiten stehen in {path}.</translation>
    </message>
    <message>
        <source>“{action}” is not possible. {reason}</source>
        <translation>„{action}“ ist nicht möglich. {reason}</translation>
    </message>
    <message>
        <source>Write what needs clarifying: the comment is required.</source>
        <translation>Schreiben Sie, was geklärt werden muss: Der Kommentar ist erforderlich.</translation>
    </message>
    <message>
        <source>Write why the correction is not valid: the comment is required.</source>
        <translation>Schreiben Sie, warum die Korrektur ungültig ist: Der Kommentar ist erforderlich.</translation>
    </message>
    <message>
        <source>Write why the job is cancelled: the notes are required.</source>
        <translation>Schreiben Sie, warum der Auftrag storniert wird: Die Notizen sind erforderlich.</translation>
    </message>
    <message>
        <source>Write why the work order is rejected: the reason is required.</source>
        <translation>Schreiben Sie, warum der Arbeitsauftrag abgelehnt wird: Die Begründung ist erforderlich.</translation>
    </message>
    <message>
        <source>Write why the work order is reinstated: the notes are required.</source>
        <translation>Schreiben Sie, warum der Arbeitsauftrag wiederhergestellt wird: Die Notizen sind erforderlich.</translation>
    </message>
    <message>
        <source>A contract needs a reference.</source>
        <translation>Ein Vertrag braucht eine Referenz.</translation>
    </message>
    <message>
        <source>A contract's dates must fall between the years {first} and {last}.</source>
        <translation>Die Daten eines Vertrags müssen zwischen den Jahren {first} und {last} liegen.</translation>
    </message>
    <message>
        <source>A contract cannot end ({end}) before it starts ({start}).</source>
        <translation>Ein Vertrag kann nicht enden ({end}), bevor er beginnt ({start}).</translation>
    </message>
    <message>
        <source>A contract can last at most {years} years.</source>
        <translation>Ein Vertrag kann höchstens {years} Jahre dauern.</translation>
    </message>
    <message>
        <source>The financial year must start in a month from 1 to 12, not {month}.</source>
        <translation>Das Geschäftsjahr muss in einem Monat von 1 bis 12 beginnen, nicht {month}.</translation>
    </message>
    <message>
        <source>The financial year cannot start on day {day} of month {month}.</source>
        <translation>Das Geschäftsjahr kann nicht am Tag {day} des Monats {month} beginnen.</translation>
    </message>
    <message>
        <source>This contract no longer exists.</source>
        <translation>Dieser Vertrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Contract “{reference}” is archived: restore it before changing it.</source>
        <translation>Der Vertrag „{reference}“ ist archiviert: Stellen Sie ihn wieder her, bevor Sie ihn ändern.</translation>
    </message>
    <message>
        <source>Another contract already has the reference “{reference}”: choose another one.</source>
        <translation>Ein anderer Vertrag hat bereits die Referenz „{reference}“: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Contract “{reference}” cannot move to another client: its PPM jobs or work orders refer to it.</source>
        <translation>Der Vertrag „{reference}“ kann nicht zu einem anderen Kunden wechseln: Seine PPM-Leistungen oder Arbeitsaufträge verweisen darauf.</translation>
    </message>
    <message>
        <source>The PPM periods that saving the contract changes are no longer those shown (a building, a visit or a work order changed meanwhile): nothing was saved. Look at the changes again, then save.</source>
        <translation>Die PPM-Zeiträume, die das Speichern des Vertrags ändert, sind nicht mehr die angezeigten (ein Gebäude, ein Besuch oder ein Arbeitsauftrag hat sich inzwischen geändert): Es wurde nichts gespeichert. Sehen Sie sich die Änderungen erneut an und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Contract “{reference}” belongs to the archived client “{client}”: restore the client first.</source>
        <translation>Der Vertrag „{reference}“ gehört zum archivierten Kunden „{client}“: Stellen Sie zuerst den Kunden wieder her.</translation>
    </message>
    <message>
        <source>Enter the SMTP server that the user name and password are for.</source>
        <translation>Geben Sie den SMTP-Server ein, für den Benutzername und Passwort gelten.</translation>
    </message>
    <message>
        <source>Enter the SMTP server that sends the emails.</source>
        <translation>Geben Sie den SMTP-Server ein, der die E-Mails versendet.</translation>
    </message>
    <message>
        <source>Enter the SMTP server's host name only, like smtp.example.com.</source>
        <translation>Geben Sie nur den Hostnamen des SMTP-Servers ein, z. B. smtp.example.com.</translation>
    </message>
    <message>
        <source>The SMTP port must be a number from 1 to 65535.</source>
        <translation>Der SMTP-Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>Geben Sie den Benutzernamen zum Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the sender address, like helpdesk@example.com: emails need one.</source>
        <translation>Geben Sie die Absenderadresse ein, z. B. helpdesk@example.com: E-Mails benötigen eine.</translation>
    </message>
    <message>
        <source>“{address}” is not an email address, like helpdesk@example.com.</source>
        <translation>„{address}“ ist keine gültige E-Mail-Adresse (z. B. helpdesk@example.com).</translation>
    </message>
    <message>
        <source>The periods cannot be planned: {error}</source>
        <translation>Die Zeiträume können nicht geplant werden: {error}</translation>
    </message>
    <message>
        <source>The invoice amount cannot be negative.</source>
        <translation>Der Rechnungsbetrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>This invoice amount is too large.</source>
        <translation>Dieser Rechnungsbetrag ist zu hoch.</translation>
    </message>
    <message>
        <source>Unknown frequency: {value}</source>
        <translation>Unbekannte Häufigkeit: {value}</translation>
    </message>
    <message>
        <source>The next visit required by ({date}) must fall within the contract, {start} to {end}.</source>
        <translation>Der nächste Besuch fällig bis ({date}) muss in die Vertragslaufzeit fallen, {start} bis {end}.</translation>
    </message>
    <message>
        <source>The next visit date follows the last visit (dynamic date updates): it cannot be entered.</source>
        <translation>Das Datum des nächsten Besuchs ergibt sich aus dem letzten Besuch (dynamische Datumsaktualisierung): Es kann nicht eingegeben werden.</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for this building: only the invoice amount and the instructions can still change.</source>
        <translation>Für dieses Gebäude wurden bereits PPM-Arbeitsaufträge erzeugt: Nur der Rechnungsbetrag und die Anweisungen können noch geändert werden.</translation>
    </message>
    <message>
        <source>Dynamic date updates set the visit dates of this building: they cannot be entered by hand.</source>
        <translation>Die dynamische Datumsaktualisierung legt die Besuchstermine dieses Gebäudes fest: Eine manuelle Eingabe ist nicht möglich.</translation>
    </message>
    <message>
        <source>Two visit windows are given for the period starting {date}.</source>
        <translation>Für den Zeitraum ab {date} sind zwei Besuchsfenster angegeben.</translation>
    </message>
    <message>
        <source>There is no period starting on {date}.</source>
        <translation>Es gibt keinen Zeitraum, der am {date} beginnt.</translation>
    </message>
    <message>
        <source>The period starting on {date} has no visit: there are no visit dates to set.</source>
        <translation>Der Zeitraum ab {date} hat keinen Besuch: Es sind keine Besuchstermine festzulegen.</translation>
    </message>
    <message>
        <source>A visit cannot end ({end}) before it starts ({start}).</source>
        <translation>Ein Besuch kann nicht enden ({end}), bevor er beginnt ({start}).</translation>
    </message>
    <message>
        <source>The visit from {start} to {end} must lie inside its period, {first} to {last}.</source>
        <translation>Der Besuch vom {start} bis {end} muss innerhalb seines Zeitraums ({first} bis {last}) liegen.</translation>
    </message>
    <message>
        <source>This building is no longer part of the PPM job.</source>
        <translation>Dieses Gebäude gehört nicht mehr zur PPM-Leistung.</translation>
    </message>
    <message>
        <source>The PPM periods of {building} were changed by someone else since you opened them. Reload them and try again.</source>
        <translation>Die PPM-Zeiträume von {building} wurden von jemand anderem geändert, seit Sie sie geöffnet haben. Laden Sie sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{building} is not a building of the same PPM job.</source>
        <translation>{building} ist kein Gebäude derselben PPM-Leistung.</translation>
    </message>
    <message>
        <source>Not a database URL: {url}. Give the path of an SQLite file or a URL such as postgresql://user@server/database.</source>
        <translation>Keine Datenbank-URL: {url}. Geben Sie den Pfad einer SQLite-Datei oder eine URL wie postgresql://benutzer@server/datenbank an.</translation>
    </message>
    <message>
        <source>Not a usable database path: {path}. Give another path.</source>
        <translation>Unbrauchbarer Datenbankpfad: {path}. Geben Sie einen anderen Pfad an.</translation>
    </message>
    <message>
        <source>Unsupported database {backend} in {url}: use an SQLite file or a PostgreSQL URL.</source>
        <translation>Nicht unterstützte Datenbank {backend} in {url}: Verwenden Sie eine SQLite-Datei oder eine PostgreSQL-URL.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Programm schreibt gerade darin. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The search took too long and was stopped. Narrow it down: a longer text, a client, a date range.</source>
        <translation>Die Suche hat zu lange gedauert und wurde abgebrochen. Grenzen Sie sie ein: ein längerer Text, ein Kunde, ein Zeitraum.</translation>
    </message>
    <message>
        <source>A value is too long, out of range or holds a character that cannot be stored.</source>
        <translation>Ein Wert ist zu lang, außerhalb des zulässigen Bereichs oder enthält ein Zeichen, das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <source>The date {value} is out of range: it cannot be stored.</source>
        <translation>Das Datum {value} liegt außerhalb des zulässigen Bereichs: Es kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Give a target time for each priority.</source>
        <translation>Geben Sie für jede Priorität eine Zielzeit an.</translation>
    </message>
    <message>
        <source>There is no priority “{priority}”.</source>
        <translation>Es gibt keine Priorität „{priority}“.</translation>
    </message>
    <message>
        <source>The target time for “{priority}” must be a whole number of hours, from 1 hour to 365 days.</source>
        <translation>Die Zielzeit für „{priority}“ muss eine ganze Zahl von Stunden sein, von 1 Stunde bis 365 Tage.</translation>
    </message>
    <message>
        <source>{value} is not an amount that can be stored.</source>
        <translation>{value} ist kein Betrag, der gespeichert werden kann.</translation>
    </message>
    <message>
        <source>{field} is too long: {length} characters, at most {limit}.</source>
        <translation>Das Feld „{field}“ ist zu lang: {length} Zeichen, höchstens {limit}.</translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be stored (code {code}): remove it.</source>
        <translation>Das Feld „{field}“ enthält ein Zeichen, das nicht gespeichert werden kann (Code {code}): Entfernen Sie es.</translation>
    </message>
    <message>
        <source>The number {value} is out of range: it cannot be stored.</source>
        <translation>Die Zahl {value} liegt außerhalb des zulässigen Bereichs: Sie kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The priority target times were changed by someone else since you opened them. Reload them and try again.</source>
        <translation>Die Zielzeiten der Prioritäten wurden von jemand anderem geändert, seit Sie sie geöffnet haben. Laden Sie sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The size limit of attachments is a whole number of MB from {low} to {high}.</source>
        <translation>Die Größenbegrenzung für Anhänge ist eine ganze Zahl von MB zwischen {low} und {high}.</translation>
    </message>
    <message>
        <source>Choose work-order types from the list.</source>
        <translation>Wählen Sie Arten von Arbeitsaufträgen aus der Liste.</translation>
    </message>
    <message>
        <source>This setting was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Diese Einstellung wurde seit dem Öffnen von jemand anderem geändert. Laden Sie sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address: write it as name@example.com.</source>
        <translation>„{email}“ ist keine E-Mail-Adresse: Schreiben Sie sie als name@beispiel.de.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Das ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>“{language}” is not a language Bureau writes in (en, fr, de or nl).</source>
        <translation>„{language}“ ist keine Sprache, in der Bureau schreibt (en, fr, de oder nl).</translation>
    </message>
    <message>
        <source>The contact's buildings are not a list of buildings.</source>
        <translation>Die Gebäude der Kontaktperson sind keine Liste von Gebäuden.</translation>
    </message>
    <message>
        <source>A contact can be the contact for at most {limit} buildings.</source>
        <translation>Eine Kontaktperson kann für höchstens {limit} Gebäude zuständig sein.</translation>
    </message>
    <message>
        <source>A contact who receives PPM emails needs an email address.</source>
        <translation>Eine Kontaktperson, die PPM-E-Mails erhält, braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Building “{name}” is another client's: a contact is the contact for its own client's.</source>
        <translation>Das Gebäude „{name}“ gehört einem anderen Kunden: Eine Kontaktperson ist nur für Gebäude ihres eigenen Kunden zuständig.</translation>
    </message>
    <message>
        <source>Building “{name}” is archived: choose an active building.</source>
        <translation>Das Gebäude „{name}“ ist archiviert: Wählen Sie ein aktives Gebäude.</translation>
    </message>
    <message>
        <source>Contact “{name}” cannot move to another client: work orders of its client refer to them.</source>
        <translation>Die Kontaktperson „{name}“ kann nicht zu einem anderen Kunden wechseln: Arbeitsaufträge ihres Kunden verweisen darauf.</translation>
    </message>
    <message>
        <source>Contact “{name}” belongs to the archived client “{client}”: restore the client first.</source>
        <translation>Die Kontaktperson „{name}“ gehört zum archivierten Kunden „{client}“: Stellen Sie zuerst den Kunden wieder her.</translation>
    </message>
    <message>
        <source>Contact “{name}” cannot be deleted: work orders refer to them. Archive them instead.</source>
        <translation>Die Kontaktperson „{name}“ kann nicht gelöscht werden: Arbeitsaufträge verweisen darauf. Archivieren Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>Ein Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>A client needs a reference.</source>
        <translation>Ein Kunde braucht eine Referenz.</translation>
    </message>
    <message>
        <source>Another client already has the reference “{reference}”: choose another one.</source>
        <translation>Ein anderer Kunde hat bereits die Referenz „{reference}“: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The client no longer exists.</source>
        <translation>Der Kunde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Client “{name}” cannot be deleted: buildings, contacts, contracts or work orders refer to it. Archive it instead.</source>
        <translation>Der Kunde „{name}“ kann nicht gelöscht werden: Gebäude, Kontaktpersonen, Verträge oder Arbeitsaufträge verweisen darauf. Archivieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>“{code}” is not a country code (two letters, such as FR, DE, NL or GB).</source>
        <translation>„{code}“ ist kein Ländercode (zwei Buchstaben, etwa FR, DE, NL oder GB).</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>{file} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx). Save it as an Excel workbook from your spreadsheet program, or start from the template.</source>
        <translation>{file} ist keine Excel-Arbeitsmappe (.xlsx). Speichern Sie sie in Ihrem Tabellenprogramm als Excel-Arbeitsmappe oder beginnen Sie mit der Vorlage.</translation>
    </message>
    <message>
        <source>{file} is empty: its first sheet holds no rows.</source>
        <translation>{file} ist leer: das erste Blatt enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} rows: split it into several files.</source>
        <translation>{file} enthält mehr als {limit} Zeilen: teilen Sie sie auf mehrere Dateien auf.</translation>
    </message>
    <message>
        <source>{file} holds no buildings: there is no row below its header row.</source>
        <translation>{file} enthält keine Gebäude: unter der Kopfzeile steht keine Zeile.</translation>
    </message>
    <message>
        <source>The header row of {file} has the column “{column}” twice.</source>
        <translation>Die Kopfzeile von {file} enthält die Spalte „{column}“ zweimal.</translation>
    </message>
    <message>
        <source>{file} has no header row naming the columns (such as “{column}”): start from the template.</source>
        <translation>{file} hat keine Kopfzeile mit den Spaltennamen (etwa „{column}“): beginnen Sie mit der Vorlage.</translation>
    </message>
    <message>
        <source>The header row of {file} has no column “{column}”.</source>
        <translation>Die Kopfzeile von {file} hat keine Spalte „{column}“.</translation>
    </message>
    <message>
        <source>{field} holds the spreadsheet error {value}.</source>
        <translation>{field} enthält den Tabellenfehler {value}.</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>{field} fehlt.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (use a date cell or YYYY-MM-DD).</source>
        <translation>{field}: „{value}“ ist kein Datum (verwenden Sie eine Datumszelle oder JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>{field} is missing (two letters, such as FR, DE, NL or GB).</source>
        <translation>{field} fehlt (zwei Buchstaben, etwa FR, DE, NL oder GB).</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>Das Enddatum {end} liegt vor dem Beginndatum {start}.</translation>
    </message>
    <message>
        <source>Row {row} of the file already adds the building “{name}” to this client.</source>
        <translation>Zeile {row} der Datei fügt diesem Kunden das Gebäude „{name}“ bereits hinzu.</translation>
    </message>
    <message>
        <source>No client has the reference “{reference}”.</source>
        <translation>Kein Kunde hat die Referenz „{reference}“.</translation>
    </message>
    <message>
        <source>The client “{client}” ({reference}) is archived: it takes no new buildings.</source>
        <translation>Der Kunde „{client}“ ({reference}) ist archiviert: er erhält keine neuen Gebäude.</translation>
    </message>
    <message>
        <source>The client “{client}” already has a building named “{name}”.</source>
        <translation>Der Kunde „{client}“ hat bereits ein Gebäude namens „{name}“.</translation>
    </message>
    <message>
        <source>There is no building to import.</source>
        <translation>Es gibt kein Gebäude zu importieren.</translation>
    </message>
    <message>
        <source>Row {row} has an error: correct it in the file, then check the file again. {reason}</source>
        <translation>Zeile {row} enthält einen Fehler: korrigieren Sie ihn in der Datei und prüfen Sie die Datei erneut. {reason}</translation>
    </message>
    <message>
        <source>Row {row} no longer imports: {reason} Check the file again.</source>
        <translation>Zeile {row} lässt sich nicht mehr importieren: {reason} Prüfen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Import cancelled: no building was added.</source>
        <translation>Import abgebrochen: es wurde kein Gebäude hinzugefügt.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>{file} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>{record} “{name}” was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>{record} „{name}“ wurde von jemand anderem geändert, seit Sie es geöffnet haben. Laden Sie es neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>{record} “{name}” was changed by {user} at {time} since you opened it. Reload it and try again.</source>
        <translation>{record} „{name}“ wurde am {time} von {user} geändert, seit Sie es geöffnet haben. Laden Sie es neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Your account is no longer active: you cannot change the directory.</source>
        <translation>Ihr Konto ist nicht mehr aktiv: Sie können das Verzeichnis nicht ändern.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} muss Text sein.</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>Das ist kein Datum.</translation>
    </message>
    <message>
        <source>This value must be yes or no.</source>
        <translation>Dieser Wert muss Ja oder Nein sein.</translation>
    </message>
    <message>
        <source>This list cannot be sorted that way.</source>
        <translation>Diese Liste kann nicht so sortiert werden.</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Ihr Konto gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>Ihr Konto wurde deaktiviert.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Das aktuelle Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>Unknown permission: {permission}</source>
        <translation>Unbekannte Berechtigung: {permission}</translation>
    </message>
    <message>
        <source>The role needs a name.</source>
        <translation>Die Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <source>A role named “{name}” already exists.</source>
        <translation>Eine Rolle namens „{name}“ gibt es bereits.</translation>
    </message>
    <message>
        <source>This role no longer exists.</source>
        <translation>Diese Rolle gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The role “{name}” is the last one that makes an active agent an administrator: give another agent an administrator role first.</source>
        <translation>Die Rolle „{name}“ ist die letzte, die einen aktiven Mitarbeiter zum Administrator macht: Geben Sie zuerst einem anderen Mitarbeiter eine Administratorrolle.</translation>
    </message>
    <message>
        <source>The schedule of {building} changed since it was shown (a visit was completed, a closure or a work order changed, or the day changed): nothing was saved. Look at the periods again, then save.</source>
        <translation>Der Plan von {building} hat sich seit der Anzeige geändert (ein Besuch wurde abgeschlossen, eine Schließung oder ein Arbeitsauftrag hat sich geändert, oder der Tag hat gewechselt): Es wurde nichts gespeichert. Sehen Sie sich die Zeiträume erneut an und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Generating PPM work orders up to {until} goes more than a year ahead (the limit is {limit}): ask for it explicitly to go that far.</source>
        <translation>Das Erzeugen von PPM-Arbeitsaufträgen bis {until} reicht mehr als ein Jahr voraus (die Grenze ist {limit}): Fordern Sie es ausdrücklich an, um so weit zu gehen.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code (three letters, such as EUR, GBP or USD).</source>
        <translation>„{code}“ ist kein Währungscode (drei Buchstaben, etwa EUR, GBP oder USD).</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>Die Datei hat keinen Namen.</translation>
    </message>
    <message>
        <source>“{name}” cannot be attached: only {extensions} files are accepted.</source>
        <translation>„{name}“ kann nicht angehängt werden: nur Dateien vom Typ {extensions} werden angenommen.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>„{name}“ ist leer.</translation>
    </message>
    <message>
        <source>“{name}” is not a .{extension} file: its content is a .{found} file. Files are accepted by what they contain, not by their name.</source>
        <translation>„{name}“ ist keine .{extension}-Datei: ihr Inhalt ist der einer .{found}-Datei. Dateien werden nach ihrem Inhalt angenommen, nicht nach ihrem Namen.</translation>
    </message>
    <message>
        <source>“{name}” is not a .{extension} file: its content does not match its name. Files are accepted by what they contain, not by their name.</source>
        <translation>„{name}“ ist keine .{extension}-Datei: ihr Inhalt passt nicht zu ihrem Namen. Dateien werden nach ihrem Inhalt angenommen, nicht nach ihrem Namen.</translation>
    </message>
    <message>
        <source>A template's body must be text.</source>
        <translation>Der Text einer Vorlage muss Text sein.</translation>
    </message>
    <message>
        <source>“{placeholder}” has no placeholder name: write one of {known}, or {braces} for braces.</source>
        <translation>„{placeholder}“ hat keinen Platzhalternamen: schreiben Sie einen von {known} oder {braces} für Klammern.</translation>
    </message>
    <message>
        <source>The placeholder “{placeholder}” is unknown: use one of {known}.</source>
        <translation>Der Platzhalter „{placeholder}“ ist unbekannt: verwenden Sie einen von {known}.</translation>
    </message>
    <message>
        <source>The placeholder “{placeholder}” cannot have a format or a conversion: write {plain}.</source>
        <translation>Der Platzhalter „{placeholder}“ kann kein Format und keine Umwandlung haben: schreiben Sie {plain}.</translation>
    </message>
    <message>
        <source>A brace is not closed or not opened near “{near}”: write {braces} for a brace of the text.</source>
        <translation>Eine geschweifte Klammer ist nicht geschlossen oder nicht geöffnet bei „{near}“: schreiben Sie {braces} für eine Klammer im Text.</translation>
    </message>
    <message>
        <source>The document needs a file name.</source>
        <translation>Das Dokument braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>A certificate cannot be issued in the future ({date}).</source>
        <translation>Ein Zertifikat kann nicht in der Zukunft ausgestellt werden ({date}).</translation>
    </message>
    <message>
        <source>The issue date {date} is not a plausible date for a certificate.</source>
        <translation>Das Ausstellungsdatum {date} ist für ein Zertifikat nicht plausibel.</translation>
    </message>
    <message>
        <source>A certificate cannot be valid until {valid} when it is issued on {issued}.</source>
        <translation>Ein am {issued} ausgestelltes Zertifikat kann nicht bis {valid} gültig sein.</translation>
    </message>
    <message>
        <source>The PPM job no longer exists.</source>
        <translation>Die PPM-Leistung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Building “{building}” is not in the PPM job “{job}”.</source>
        <translation>Das Gebäude „{building}“ gehört nicht zur PPM-Leistung „{job}“.</translation>
    </message>
    <message>
        <source>The PPM job “{job}” is not certificate-based: it records no certificates.</source>
        <translation>Die PPM-Leistung „{job}“ ist nicht zertifikatsbasiert: Sie erfasst keine Zertifikate.</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>Der Arbeitsauftrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Work order {number} is not a PPM order of this building's job: record the certificate there.</source>
        <translation>Arbeitsauftrag {number} ist kein PPM-Auftrag der Leistung dieses Gebäudes: Erfassen Sie das Zertifikat dort, wo es hingehört.</translation>
    </message>
    <message>
        <source>The building is no longer in this PPM job.</source>
        <translation>Das Gebäude gehört nicht mehr zu dieser PPM-Leistung.</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>Das Zertifikat existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Choose the buildings to add to the PPM job.</source>
        <translation>Wählen Sie die Gebäude, die der PPM-Leistung hinzugefügt werden sollen.</translation>
    </message>
    <message>
        <source>Building “{name}” cannot be added to the PPM job: only active buildings of the contract's client can.</source>
        <translation>Das Gebäude „{name}“ kann der PPM-Leistung nicht hinzugefügt werden: Nur aktive Gebäude des Kunden des Vertrags können es.</translation>
    </message>
    <message>
        <source>Building “{name}” left the PPM job “{job}” after {date}: it cannot be added to it again.</source>
        <translation>Das Gebäude „{name}“ hat die PPM-Leistung „{job}“ nach dem {date} verlassen: Es kann ihr nicht erneut hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Building “{name}” is already in the PPM job “{job}”.</source>
        <translation>Das Gebäude „{name}“ gehört bereits zur PPM-Leistung „{job}“.</translation>
    </message>
    <message>
        <source>The frequency of job “{job}” does not support dynamic date updates: there is nothing to exclude the building from.</source>
        <translation>Die Häufigkeit der Leistung „{job}“ unterstützt keine dynamische Datumsaktualisierung: Es gibt nichts, wovon das Gebäude ausgenommen werden könnte.</translation>
    </message>
    <message>
        <source>Building “{name}” already left the PPM job “{job}” after {date}.</source>
        <translation>Das Gebäude „{name}“ hat die PPM-Leistung „{job}“ bereits nach dem {date} verlassen.</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for building “{name}”: enter its last day in the job.</source>
        <translation>Für das Gebäude „{name}“ wurden bereits PPM-Arbeitsaufträge erzeugt: Geben Sie seinen letzten Tag in der Leistung ein.</translation>
    </message>
    <message>
        <source>Building “{name}” can leave the job from {first} (the start of its first period) to {last} (the end of the contract), not on {date}.</source>
        <translation>Das Gebäude „{name}“ kann die Leistung vom {first} (Beginn seines ersten Zeitraums) bis zum {last} (Ende des Vertrags) verlassen, nicht am {date}.</translation>
    </message>
    <message>
        <source>The months of a seasonal job must be months 1 to 12.</source>
        <translation>Die Monate einer saisonalen Leistung müssen Monate von 1 bis 12 sein.</translation>
    </message>
    <message>
        <source>Only a seasonal job has months.</source>
        <translation>Nur eine saisonale Leistung hat Monate.</translation>
    </message>
    <message>
        <source>A seasonal job needs at least one month.</source>
        <translation>Eine saisonale Leistung braucht mindestens einen Monat.</translation>
    </message>
    <message>
        <source>The months of a seasonal job must follow one another (such as 12, 1 and 2).</source>
        <translation>Die Monate einer saisonalen Leistung müssen aufeinander folgen (etwa 12, 1 und 2).</translation>
    </message>
    <message>
        <source>The invoice amount is not an amount.</source>
        <translation>Der Rechnungsbetrag ist kein Betrag.</translation>
    </message>
    <message>
        <source>The invoice amount has at most two decimals.</source>
        <translation>Der Rechnungsbetrag hat höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>A PPM job needs a description.</source>
        <translation>Eine PPM-Leistung braucht eine Beschreibung.</translation>
    </message>
    <message>
        <source>Seasonal visits or invoices need a seasonal job, with its months.</source>
        <translation>Saisonale Besuche oder Rechnungen brauchen eine saisonale Leistung mit ihren Monaten.</translation>
    </message>
    <message>
        <source>Auto-close must be a whole number of days from 0 to {most}, or never.</source>
        <translation>Das automatische Schließen muss eine ganze Zahl von Tagen von 0 bis {most} sein, oder nie.</translation>
    </message>
    <message>
        <source>The lead days must be a whole number from 0 to {most}.</source>
        <translation>Die Vorlauftage müssen eine ganze Zahl von 0 bis {most} sein.</translation>
    </message>
    <message>
        <source>This PPM job no longer exists.</source>
        <translation>Diese PPM-Leistung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for job “{job}”: its frequency, seasonal months and certificate requirement can no longer change.</source>
        <translation>Für die Leistung „{job}“ wurden bereits PPM-Arbeitsaufträge erzeugt: Ihre Häufigkeit, ihre saisonalen Monate und die Zertifikatspflicht können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Buildings of job “{job}” have seasonal visits or invoices: the job must stay seasonal.</source>
        <translation>Gebäude der Leistung „{job}“ haben saisonale Besuche oder Rechnungen: Die Leistung muss saisonal bleiben.</translation>
    </message>
    <message>
        <source>The hourly amount must be an amount, such as 85.00.</source>
        <translation>Der Stundensatz muss ein Betrag sein, zum Beispiel 85,00.</translation>
    </message>
    <message>
        <source>An hourly amount cannot be negative.</source>
        <translation>Ein Stundensatz kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>An hourly amount has at most two decimals: {value} has more.</source>
        <translation>Ein Stundensatz hat höchstens zwei Nachkommastellen: {value} hat mehr.</translation>
    </message>
    <message>
        <source>The rate needs a name.</source>
        <translation>Der Satz braucht einen Namen.</translation>
    </message>
    <message>
        <source>A rate named “{name}” already exists.</source>
        <translation>Ein Satz namens „{name}“ existiert bereits.</translation>
    </message>
    <message>
        <source>This rate no longer exists.</source>
        <translation>Dieser Satz existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The template needs a title.</source>
        <translation>Die Vorlage braucht einen Titel.</translation>
    </message>
    <message>
        <source>The template needs a body.</source>
        <translation>Die Vorlage braucht einen Text.</translation>
    </message>
    <message>
        <source>Bureau does not write in the language “{language}”.</source>
        <translation>Bureau schreibt nicht in der Sprache „{language}“.</translation>
    </message>
    <message>
        <source>The {language} body: {problem}</source>
        <translation>Der Text auf {language}: {problem}</translation>
    </message>
    <message>
        <source>This reply template no longer exists.</source>
        <translation>Diese Antwortvorlage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A reply template named “{title}” already exists.</source>
        <translation>Eine Antwortvorlage mit dem Namen „{title}“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Schreiben Sie zuerst die Antwort.</translation>
    </message>
    <message>
        <source>No notified contact of work order {number} has an email address: post the reply without emailing it, or notify a contact first.</source>
        <translation>Kein benachrichtigter Kontakt des Arbeitsauftrags {number} hat eine E-Mail-Adresse: veröffentlichen Sie die Antwort ohne E-Mail oder benachrichtigen Sie zuerst einen Kontakt.</translation>
    </message>
    <message>
        <source>“{name}” is larger than {limit} MB: choose a smaller file.</source>
        <translation>„{name}“ ist größer als {limit} MB: Wählen Sie eine kleinere Datei.</translation>
    </message>
    <message>
        <source>“{name}” is not a PDF document or an image (PNG, JPEG, TIFF, WebP).</source>
        <translation>„{name}“ ist weder ein PDF-Dokument noch ein Bild (PNG, JPEG, TIFF, WebP).</translation>
    </message>
    <message>
        <source>The file is no longer in the database.</source>
        <translation>Die Datei ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>Your timer already runs on work order {number}: stop it first.</source>
        <translation>Ihr Timer läuft bereits für den Arbeitsauftrag {number}: Stoppen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Your timer was started elsewhere meanwhile: look at the status bar.</source>
        <translation>Ihr Timer wurde inzwischen anderswo gestartet: Sehen Sie in der Statusleiste nach.</translation>
    </message>
    <message>
        <source>Your timer is not running.</source>
        <translation>Ihr Timer läuft nicht.</translation>
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
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>work-orders-{date}</source>
        <translation>arbeitsaufträge-{date}</translation>
    </message>
    <message>
        <source>Export work orders</source>
        <translation>Arbeitsaufträge exportieren</translation>
    </message>
    <message>
        <source>{file} already exists. Do you want to replace it?</source>
        <translation>{file} ist bereits vorhanden. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting work orders to {file}…</source>
        <translation>Arbeitsaufträge werden nach {file} exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Der Export ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Rollenname</translation>
    </message>
    <message>
        <source>Building name</source>
        <translation>Gebäudename</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Zugangshinweise</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contract reference</source>
        <translation>Vertragsreferenz</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Name der Ansicht</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Beschreibung der Aufgabe</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Client's reference</source>
        <translation>Referenz des Kunden</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>A value</source>
        <translation>Ein Wert</translation>
    </message>
    <message>
        <source>Rate name</source>
        <translation>Name des Satzes</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Titel der Vorlage</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Text der Vorlage</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Search number, title, building</source>
        <translation>Nummer, Titel, Gebäude suchen</translation>
    </message>
    <message>
        <source>Work order number, words of the title, building or client</source>
        <translation>Nummer des Arbeitsauftrags, Wörter aus dem Titel, Gebäude oder Kunde</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Zugewiesen an:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Gebäude:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>Aus&amp;wirkung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>C&amp;reated:</source>
        <translation>&amp;Erstellt:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>–</source>
        <comment>between the two dates of a range</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Nur überfällige</translation>
    </message>
    <message>
        <source>Open work orders whose due date has passed</source>
        <translation>Offene Arbeitsaufträge, deren Fälligkeitsdatum überschritten ist</translation>
    </message>
    <message>
        <source>Rese&amp;t filters</source>
        <translation>Filter zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Show every work order again (the sort is kept)</source>
        <translation>Wieder alle Arbeitsaufträge anzeigen (die Sortierung bleibt erhalten)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Open statuses</source>
        <translation>Offene Status</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Any impact</source>
        <translation>Jede Auswirkung</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Type a date, or press Delete to clear it; F4 opens the calendar.</source>
        <translation>Geben Sie ein Datum ein oder drücken Sie Entf, um es zu löschen; F4 öffnet den Kalender.</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Fällig ab</translation>
    </message>
    <message>
        <source>Due until</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Mir</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Unknown agent ({id})</source>
        <translation>Unbekannter Mitarbeiter ({id})</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Unknown client ({id})</source>
        <translation>Unbekannter Kunde ({id})</translation>
    </message>
    <message>
        <source>{building} ({client})</source>
        <translation>{building} ({client})</translation>
    </message>
    <message>
        <source>Any building</source>
        <translation>Alle Gebäude</translation>
    </message>
    <message>
        <source>Unknown building ({id})</source>
        <translation>Unbekanntes Gebäude ({id})</translation>
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
    <name>FixedCostDialog</name>
    <message>
        <source>Set fixed cost: work order {number}</source>
        <translation>Festpreis festlegen: Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>none (calculated)</source>
        <translation>keiner (berechnet)</translation>
    </message>
    <message>
        <source>Current fixed cost: {current}. Enter 0 to go back to the calculated cost.</source>
        <translation>Aktueller Festpreis: {current}. Geben Sie 0 ein, um zu den berechneten Kosten zurückzukehren.</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Betrag ({currency}):</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Enter the fixed cost.</source>
        <translation>Geben Sie den Festpreis ein.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: write it as {example}.</source>
        <translation>„{text}“ ist kein Betrag: Schreiben Sie ihn wie {example}.</translation>
    </message>
    <message>
        <source>A fixed cost cannot be negative.</source>
        <translation>Ein Festpreis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals.</source>
        <translation>Ein Betrag hat höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>This fixed cost is too large.</source>
        <translation>Dieser Festpreis ist zu hoch.</translation>
    </message>
    <message>
        <source>Explain the fixed cost: the explanation is required.</source>
        <translation>Begründen Sie den Festpreis: Die Begründung ist Pflicht.</translation>
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
    <name>GenerationDialog</name>
    <message>
        <source>Generate due PPMs</source>
        <translation>Fällige PPMs erzeugen</translation>
    </message>
    <message>
        <source>The PPM work orders due by {date}, by contract. Untick those not to create now: they stay due. Contracts marked for manual generation start unticked; only this window generates them.</source>
        <translation>Die bis {date} fälligen PPM-Arbeitsaufträge, nach Vertrag. Entfernen Sie das Häkchen bei denen, die jetzt nicht erstellt werden sollen: Sie bleiben fällig. Verträge mit manueller Erzeugung sind anfangs nicht angehakt; nur dieses Fenster erzeugt sie.</translation>
    </message>
    <message>
        <source>Open orders whose period ended longer ago than their job's auto-close setting are closed as not done; untick those to leave open.</source>
        <translation>Offene Arbeitsaufträge, deren Zeitraum länger zurückliegt als die Frist für automatisches Abschließen ihres Auftrags, werden als nicht durchgeführt abgeschlossen. Entfernen Sie den Haken bei denen, die offen bleiben sollen.</translation>
    </message>
    <message>
        <source>Contract / building</source>
        <translation>Vertrag / Gebäude</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Financial period</source>
        <translation>Finanzzeitraum</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>To create: {created} (invoice only: {invoice_only}). Missed: {missed}.</source>
        <translation>Zu erstellen: {created} (nur Rechnung: {invoice_only}). Verpasst: {missed}.</translation>
    </message>
    <message>
        <source>To close as not done: {count}.</source>
        <translation>Als nicht durchgeführt abzuschließen: {count}.</translation>
    </message>
    <message>
        <source>Re-planned first: {count}.</source>
        <translation>Zuerst neu geplant: {count}.</translation>
    </message>
    <message>
        <source>Manual generation</source>
        <translation>Manuelle Erzeugung</translation>
    </message>
    <message>
        <source>Work order {number}, {status}</source>
        <translation>Arbeitsauftrag {number}, {status}</translation>
    </message>
    <message>
        <source>Re-planned first from its last completed visit or certificate</source>
        <translation>Zuerst ab dem letzten abgeschlossenen Besuch oder Zertifikat neu geplant</translation>
    </message>
    <message>
        <source>Missed: the period has ended, no order is created</source>
        <translation>Verpasst: Der Zeitraum ist vorbei, es wird kein Arbeitsauftrag erstellt</translation>
    </message>
    <message>
        <source>No visit</source>
        <translation>Kein Besuch</translation>
    </message>
    <message>
        <source>Invoice only: an order closed at once</source>
        <translation>Nur Rechnung: ein sofort geschlossener Arbeitsauftrag</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>Neuer Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Ticked: {ticked} of {total} work orders. Missed periods skipped: {missed}.</source>
        <translation>Angehakt: {ticked} von {total} Arbeitsaufträgen. Übersprungene verpasste Zeiträume: {missed}.</translation>
    </message>
    <message>
        <source>To close as not done: {ticked} of {total} open work orders.</source>
        <translation>Als nicht durchgeführt abzuschließen: {ticked} von {total} offenen Arbeitsaufträgen.</translation>
    </message>
    <message>
        <source>Closed as not done: its period has ended</source>
        <translation>Als nicht durchgeführt abgeschlossen: sein Zeitraum ist vorbei</translation>
    </message>
    <message>
        <source>Closed as not done: ended more than {days} ago</source>
        <translation>Als nicht durchgeführt abgeschlossen: Ende liegt mehr als {days} zurück</translation>
    </message>
    <message>
        <source>The database could not be read or written: {error}. Check the connection and try again.</source>
        <translation>Die Datenbank konnte nicht gelesen oder geschrieben werden: {error}. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>GenerationDryRun</name>
    <message>
        <source>Dry run, nothing written. PPM work orders to create: {count} (of which invoice only, closed at once: {invoice_only}). Missed periods to skip: {missed}. Buildings to re-plan first: {replans}. Left for manual generation: {manual}.</source>
        <translation>Probelauf, nichts geschrieben. Zu erstellende PPM-Arbeitsaufträge: {count} (davon nur Rechnung, sofort geschlossen: {invoice_only}). Zu überspringende verpasste Zeiträume: {missed}. Zuerst neu zu planende Gebäude: {replans}. Der manuellen Erzeugung überlassen: {manual}.</translation>
    </message>
    <message>
        <source>Open work orders to close as not done: {count}. Left open for manual generation: {manual}.</source>
        <translation>Offene Arbeitsaufträge, als nicht durchgeführt abzuschließen: {count}. Für die manuelle Erzeugung offen gelassen: {manual}.</translation>
    </message>
    <message>
        <source>Contract {reference}, manual generation (not generated by this command): due {created} (invoice only: {invoice_only}), missed {missed}, to re-plan {replans}.</source>
        <translation>Vertrag {reference}, manuelle Erzeugung (nicht von diesem Befehl erzeugt): fällig {created} (nur Rechnung: {invoice_only}), verpasst {missed}, neu zu planen {replans}.</translation>
    </message>
    <message>
        <source>  manual   {building} – {job}: period {start} to {end}, {visit}</source>
        <translation>  manuell  {building} – {job}: Zeitraum {start} bis {end}, {visit}</translation>
    </message>
    <message>
        <source>Contract {reference}: to create {created} (invoice only: {invoice_only}), missed {missed}, to re-plan {replans}.</source>
        <translation>Vertrag {reference}: zu erstellen {created} (nur Rechnung: {invoice_only}), verpasst {missed}, neu zu planen {replans}.</translation>
    </message>
    <message>
        <source>  create   {building} – {job}: period {start} to {end}, {visit}</source>
        <translation>  erstellen  {building} – {job}: Zeitraum {start} bis {end}, {visit}</translation>
    </message>
    <message>
        <source>Due to close as not done: {count} (left open by this command).</source>
        <translation>Als nicht durchgeführt abzuschließen: {count} (von diesem Befehl offen gelassen).</translation>
    </message>
    <message>
        <source>To close as not done: {count}.</source>
        <translation>Als nicht durchgeführt abzuschließen: {count}.</translation>
    </message>
    <message>
        <source>  missed   {building} – {job}: period {start} to {end}</source>
        <translation>  verpasst  {building} – {job}: Zeitraum {start} bis {end}</translation>
    </message>
    <message>
        <source>  re-plan  {building} – {job}</source>
        <translation>  neu planen  {building} – {job}</translation>
    </message>
    <message>
        <source>  manual not done  {building} – {job}: work order {number} ({status}), period {start} to {end}</source>
        <translation>  manuell nicht durchgeführt  {building} – {job}: Arbeitsauftrag {number} ({status}), Zeitraum {start} bis {end}</translation>
    </message>
    <message>
        <source>  not done {building} – {job}: work order {number} ({status}), period {start} to {end}</source>
        <translation>  nicht durchgeführt {building} – {job}: Arbeitsauftrag {number} ({status}), Zeitraum {start} bis {end}</translation>
    </message>
    <message>
        <source>invoice only</source>
        <translation>nur Rechnung</translation>
    </message>
    <message>
        <source>visit {start} to {end}</source>
        <translation>Besuch {start} bis {end}</translation>
    </message>
</context>
<context>
    <name>GenerationReport</name>
    <message>
        <source>Contract {reference}: created {created} (invoice only: {invoice_only}), missed {missed}, cancelled {cancelled}.</source>
        <translation>Vertrag {reference}: erstellt {created} (nur Rechnung: {invoice_only}), verpasst {missed}, storniert {cancelled}.</translation>
    </message>
    <message>
        <source>Closed as not done: {count}.</source>
        <translation>Als nicht durchgeführt abgeschlossen: {count}.</translation>
    </message>
    <message>
        <source>PPM work orders created: {count} (of which invoice only, closed at once: {invoice_only}). Missed periods skipped: {missed}. Cancelled by re-plans: {cancelled}.</source>
        <translation>Erstellte PPM-Arbeitsaufträge: {count} (davon nur Rechnung, sofort abgeschlossen: {invoice_only}). Übersprungene verpasste Zeiträume: {missed}. Durch Neuplanungen storniert: {cancelled}.</translation>
    </message>
    <message>
        <source>Open work orders closed as not done by auto-close: {count} ({numbers}).</source>
        <translation>Offene Arbeitsaufträge, durch automatisches Abschließen als nicht durchgeführt abgeschlossen: {count} ({numbers}).</translation>
    </message>
    <message>
        <source>Work orders left open because they changed since the preview was read: {numbers}.</source>
        <translation>Arbeitsaufträge, die offen bleiben, weil sie sich seit dem Lesen der Vorschau geändert haben: {numbers}.</translation>
    </message>
    <message>
        <source>Started work orders left open although their PPM period is no longer valid: {numbers}.</source>
        <translation>Begonnene Arbeitsaufträge, die offen bleiben, obwohl ihr PPM-Zeitraum nicht mehr gültig ist: {numbers}.</translation>
    </message>
    <message>
        <source>Buildings left as stored, to re-plan in their period editor: {count}.</source>
        <translation>Unverändert gelassene Gebäude, im Zeitraum-Editor neu zu planen: {count}.</translation>
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
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Overdue: due {date}</source>
        <translation>Überfällig: fällig am {date}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>until {end}, no visit</source>
        <translation>bis {end}, kein Besuch</translation>
    </message>
    <message>
        <source>until {end}, visit {start} to {visit_end}</source>
        <translation>bis {end}, Besuch {start} bis {visit_end}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>Schedule history: {building}</source>
        <translation>Planverlauf: {building}</translation>
    </message>
    <message>
        <source>Changes to the stored periods of {building}, newest first.</source>
        <translation>Änderungen der gespeicherten Zeiträume von {building}, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>No change to the stored periods of {building} has been recorded yet.</source>
        <translation>Für die gespeicherten Zeiträume von {building} wurde noch keine Änderung aufgezeichnet.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
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
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <source>No impact</source>
        <translation>Keine Auswirkung</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Erheblich</translation>
    </message>
    <message>
        <source>Site down</source>
        <translation>Standort ausgefallen</translation>
    </message>
    <message>
        <source>Server issue</source>
        <translation>Serverproblem</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Krise</translation>
    </message>
</context>
<context>
    <name>ImportBuildingsDialog</name>
    <message>
        <source>Import buildings</source>
        <translation>Gebäude importieren</translation>
    </message>
    <message>
        <source>Add many buildings at once from an Excel workbook: one row per building, its client named by its reference. Start from the template, which has the columns expected. Every row is checked first; nothing is imported while a row has an error.</source>
        <translation>Fügen Sie viele Gebäude auf einmal aus einer Excel-Arbeitsmappe hinzu: eine Zeile pro Gebäude, der Kunde über seine Referenz angegeben. Beginnen Sie mit der Vorlage, sie enthält die erwarteten Spalten. Jede Zeile wird zuerst geprüft; solange eine Zeile einen Fehler enthält, wird nichts importiert.</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>&amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors</source>
        <translation>Nur Zeilen mit &amp;Fehlern anzeigen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>buildings-template</source>
        <translation>gebaeude-vorlage</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Template saved as {file}: fill it in, then choose it here.</source>
        <translation>Vorlage gespeichert als {file}: füllen Sie sie aus und wählen Sie sie dann hier.</translation>
    </message>
    <message>
        <source>Row {row}: {errors}</source>
        <translation>Zeile {row}: {errors}</translation>
    </message>
    <message>
        <source>Import cancelled: no building was added.</source>
        <translation>Import abgebrochen: es wurde kein Gebäude hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>row {row}: {error}</source>
        <translation>Zeile {row}: {error}</translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation>Der Import ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Reading and checking {file}…</source>
        <translation>{file} wird gelesen und geprüft…</translation>
    </message>
    <message>
        <source>Import buildings</source>
        <translation>Gebäude importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation>Der Import ist fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>JobBuildingDialog</name>
    <message>
        <source>Edit job building PPM details</source>
        <translation>PPM-Details des Gebäudes der Leistung bearbeiten</translation>
    </message>
    <message>
        <source>{building} in the PPM job “{job}”. Saving re-plans its periods.</source>
        <translation>{building} in der PPM-Leistung „{job}“. Speichern plant seine Zeiträume neu.</translation>
    </message>
    <message>
        <source>E&amp;xclude from dynamic dates:</source>
        <translation>Von dynamischen Daten &amp;ausgenommen:</translation>
    </message>
    <message>
        <source>&amp;Partial periods:</source>
        <translation>&amp;Teilzeiträume:</translation>
    </message>
    <message>
        <source>Ins&amp;tructions:</source>
        <translation>An&amp;weisungen:</translation>
    </message>
    <message>
        <source>Plan the visits on fixed dates, not from the last completed visit</source>
        <translation>Die Besuche zu festen Daten planen, nicht ab dem letzten abgeschlossenen Besuch</translation>
    </message>
    <message>
        <source>The job's frequency does not support dynamic dates: its visits are on fixed dates anyway.</source>
        <translation>Die Häufigkeit der Leistung unterstützt keine dynamischen Daten: Ihre Besuche liegen ohnehin auf festen Daten.</translation>
    </message>
    <message>
        <source>Generate and show periods shorter than a full one</source>
        <translation>Zeiträume erzeugen und anzeigen, die kürzer als ein vollständiger Zeitraum sind</translation>
    </message>
    <message>
        <source>PPM work orders were generated for this building: this can no longer change.</source>
        <translation>Für dieses Gebäude wurden PPM-Arbeitsaufträge erzeugt: Dies kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Notes or instructions for the visits (shown on the portal)</source>
        <translation>Notizen oder Anweisungen für die Besuche (im Portal angezeigt)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>New PPM job</source>
        <translation>Neue PPM-Leistung</translation>
    </message>
    <message>
        <source>A PPM job of the contract {reference}: what is done at the client's buildings, how often.</source>
        <translation>Eine PPM-Leistung des Vertrags {reference}: was in den Gebäuden des Kunden getan wird, und wie oft.</translation>
    </message>
    <message>
        <source>Edit job PPM details</source>
        <translation>PPM-Details der Leistung bearbeiten</translation>
    </message>
    <message>
        <source>The PPM job “{job}” of the contract {reference}.</source>
        <translation>Die PPM-Leistung „{job}“ des Vertrags {reference}.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>Season (&amp;months):</source>
        <translation>Saison (&amp;Monate):</translation>
    </message>
    <message>
        <source>Certificate &amp;based:</source>
        <translation>&amp;Zertifikatbasiert:</translation>
    </message>
    <message>
        <source>&amp;Lead days:</source>
        <translation>&amp;Vorlauftage:</translation>
    </message>
    <message>
        <source>Default number of &amp;visits:</source>
        <translation>Standardanzahl der Be&amp;suche:</translation>
    </message>
    <message>
        <source>Default number of &amp;invoices:</source>
        <translation>Standardanzahl der &amp;Rechnungen:</translation>
    </message>
    <message>
        <source>Default invoice &amp;amount ({currency}):</source>
        <translation>Standard-Rechnungs&amp;betrag ({currency}):</translation>
    </message>
    <message>
        <source>E&amp;xclude from dynamic dates:</source>
        <translation>Von dynamischen Daten &amp;ausgenommen:</translation>
    </message>
    <message>
        <source>Au&amp;to-close:</source>
        <translation>Automatisch &amp;schließen:</translation>
    </message>
    <message>
        <source>Required: the work done, such as Boiler maintenance</source>
        <translation>Pflichtfeld: die ausgeführte Arbeit, etwa Kesselwartung</translation>
    </message>
    <message>
        <source>The consecutive months of the season of a seasonal job (one visit a year in them)</source>
        <translation>Die aufeinanderfolgenden Monate der Saison einer saisonalen Leistung (ein Besuch im Jahr darin)</translation>
    </message>
    <message>
        <source>A certificate proves each visit</source>
        <translation>Ein Zertifikat belegt jeden Besuch</translation>
    </message>
    <message>
        <source>How many days before its visit starts a PPM work order is generated</source>
        <translation>Wie viele Tage vor Beginn seines Besuchs ein PPM-Arbeitsauftrag erzeugt wird</translation>
    </message>
    <message>
        <source>What the buildings added to the job start with; each can be changed</source>
        <translation>Womit die zur Leistung hinzugefügten Gebäude beginnen; jedes kann geändert werden</translation>
    </message>
    <message>
        <source>Buildings added to the job plan their visits on fixed dates</source>
        <translation>Zur Leistung hinzugefügte Gebäude planen ihre Besuche zu festen Daten</translation>
    </message>
    <message>
        <source>The default of the buildings added to the job: their visits do not follow the last completed visit</source>
        <translation>Die Vorgabe für die zur Leistung hinzugefügten Gebäude: Ihre Besuche richten sich nicht nach dem letzten abgeschlossenen Besuch</translation>
    </message>
    <message>
        <source>Close as Not done</source>
        <translation>Als Nicht erledigt schließen</translation>
    </message>
    <message>
        <source>Close PPM work orders still open this many days after their period ends</source>
        <translation>PPM-Arbeitsaufträge, die noch offen sind, so viele Tage nach dem Ende ihres Zeitraums schließen</translation>
    </message>
    <message>
        <source>days after the period ends (0: as soon as it ends)</source>
        <translation>Tage nach dem Ende des Zeitraums (0: sobald er endet)</translation>
    </message>
    <message>
        <source>PPM work orders were generated under this job: this can no longer change.</source>
        <translation>Unter dieser Leistung wurden PPM-Arbeitsaufträge erzeugt: Dies kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Give the job's description.</source>
        <translation>Geben Sie die Beschreibung der Leistung an.</translation>
    </message>
    <message>
        <source>Tick the months of the season.</source>
        <translation>Haken Sie die Monate der Saison an.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: write it as {example}.</source>
        <translation>„{text}“ ist kein Betrag: Schreiben Sie ihn wie {example}.</translation>
    </message>
</context>
<context>
    <name>JobSheet</name>
    <message>
        <source>Customer signature</source>
        <translation>Unterschrift des Kunden</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Job sheet: work order {number}</source>
        <translation>Arbeitsschein: Arbeitsauftrag {number}</translation>
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
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>Referenz des Kunden</translation>
    </message>
    <message>
        <source>Client and building</source>
        <translation>Kunde und Gebäude</translation>
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
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Zugangshinweise</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>No contact.</source>
        <translation>Kein Kontakt.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>PPM visit</source>
        <translation>PPM-Besuch</translation>
    </message>
    <message>
        <source>PPM job</source>
        <translation>PPM-Aufgabe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Visit window</source>
        <translation>Besuchszeitraum</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Signed by {name} on {date}</source>
        <translation>Unterschrieben von {name} am {date}</translation>
    </message>
    <message>
        <source>Signed on {date}</source>
        <translation>Unterschrieben am {date}</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Unterschrift:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Printed by Bureau on {date}</source>
        <translation>Gedruckt von Bureau am {date}</translation>
    </message>
    <message>
        <source>No time recorded.</source>
        <translation>Keine Zeit erfasst.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Ausgeführte Arbeit</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Total time: {total}; billable: {billable}</source>
        <translation>Gesamtzeit: {total}; abrechenbar: {billable}</translation>
    </message>
    <message>
        <source>Billable amount: {amount}</source>
        <translation>Abrechenbarer Betrag: {amount}</translation>
    </message>
    <message>
        <source>Export the job sheet as PDF</source>
        <translation>Den Arbeitsschein als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the job sheet of this work order for the technician</source>
        <translation>Den Arbeitsschein dieses Arbeitsauftrags für den Techniker drucken</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the job sheet of this work order as a PDF document</source>
        <translation>Den Arbeitsschein dieses Arbeitsauftrags als PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Job sheet {number}.pdf</source>
        <translation>Arbeitsschein {number}.pdf</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>Das PDF konnte nicht nach {path} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bureau: helpdesk</source>
        <translation>Bureau: Helpdesk</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Work orders</source>
        <translation>Ar&amp;beitsaufträge</translation>
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
        <source>&amp;Columns</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Contracts and PPM…</source>
        <translation>&amp;Verträge und PPM…</translation>
    </message>
    <message>
        <source>The contracts, their PPM jobs and the periods of their buildings</source>
        <translation>Die Verträge, ihre PPM-Leistungen und die Zeiträume ihrer Gebäude</translation>
    </message>
    <message>
        <source>Create the work orders of the PPM periods whose auto-generation date has come</source>
        <translation>Die Arbeitsaufträge der PPM-Zeiträume erstellen, deren Datum für die automatische Erzeugung erreicht ist</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Liste exportieren…</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Zur &amp;Liste</translation>
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
    <message>
        <source>Counting work orders…</source>
        <translation>Arbeitsaufträge werden gezählt…</translation>
    </message>
    <message>
        <source>{user} on {database}</source>
        <translation>{user} auf {database}</translation>
    </message>
    <message>
        <source>Open the selected work order in a tab (Enter or double-click)</source>
        <translation>Den ausgewählten Arbeitsauftrag in einem Tab öffnen (Eingabe oder Doppelklick)</translation>
    </message>
    <message>
        <source>Open in a new &amp;window</source>
        <translation>In neuem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <source>&amp;Close work order tab</source>
        <translation>Auftrags-Tab &amp;schließen</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Vorheriger Tab</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>&amp;Generate due PPMs…</source>
        <translation>Fällige PPMs &amp;erzeugen…</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>Die Liste konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Generate due PPMs</source>
        <translation>Fällige PPMs erzeugen</translation>
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
    <name>MyAccountDialog</name>
    <message>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>Your name as others see it on work orders, your email address, and the language of the emails you send to contacts without a language of their own.</source>
        <translation>Ihr Name, wie andere ihn auf Arbeitsaufträgen sehen, Ihre E-Mail-Adresse und die Sprache der E-Mails, die Sie an Kontaktpersonen ohne eigene Sprache senden.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Passwort &amp;ändern…</translation>
    </message>
    <message>
        <source>Give your display name.</source>
        <translation>Geben Sie Ihren Anzeigenamen an.</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Add the caller to the contacts of {client}. The contact is saved at once and becomes the caller.</source>
        <translation>Den Anrufer zu den Kontakten von {client} hinzufügen. Der Kontakt wird sofort gespeichert und wird zum Anrufer.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Optional: needed to notify them</source>
        <translation>Optional: nötig, um ihn zu benachrichtigen</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Give the contact's name.</source>
        <translation>Geben Sie den Namen des Kontakts an.</translation>
    </message>
</context>
<context>
    <name>NewOrderLauncher</name>
    <message>
        <source>&amp;New work order…</source>
        <translation>&amp;Neuer Arbeitsauftrag…</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>Neuer Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Log a call as a new work order (Ctrl+N)</source>
        <translation>Einen Anruf als neuen Arbeitsauftrag erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>Log similar</source>
        <translation>Ähnlichen Auftrag erfassen</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <source>An administrator asked you to choose a new password. Type it twice to sign in.</source>
        <translation>Ein Administrator bittet Sie, ein neues Passwort zu wählen. Geben Sie es zweimal ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Your password for signing in to this server.</source>
        <translation>Ihr Passwort für die Anmeldung an diesem Server.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
</context>
<context>
    <name>NewWorkOrderDialog</name>
    <message>
        <source>New work order</source>
        <translation>Neuer Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Log a call. Start with the building (its client follows) or the client, and choose from the lists as you type. Ctrl+Enter saves; Ctrl+Shift+N saves and starts the next call with the same caller.</source>
        <translation>Einen Anruf erfassen. Beginnen Sie mit dem Gebäude (sein Kunde folgt) oder dem Kunden und wählen Sie beim Tippen aus den Listen. Strg+Eingabe speichert; Strg+Umschalt+N speichert und beginnt den nächsten Anruf mit demselben Anrufer.</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Already &amp;reported?</source>
        <translation>Bereits ge&amp;meldet?</translation>
    </message>
    <message>
        <source>Contacts to notify by &amp;email</source>
        <translation>Per &amp;E-Mail zu benachrichtigende Kontakte</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Gebäude:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>Name or reference</source>
        <translation>Name oder Referenz</translation>
    </message>
    <message>
        <source>Name, city, postcode or client reference</source>
        <translation>Name, Ort, Postleitzahl oder Kundenreferenz</translation>
    </message>
    <message>
        <source>Name, email or phone (optional)</source>
        <translation>Name, E-Mail oder Telefon (optional)</translation>
    </message>
    <message>
        <source>Ne&amp;w contact…</source>
        <translation>Ne&amp;uer Kontakt…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Auswirkung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Kategor&amp;ie:</translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation>&amp;Vertrag:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Zugewiesen an:</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>Required: what is wrong, in a few words</source>
        <translation>Erforderlich: was nicht stimmt, in wenigen Worten</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Kein Vertrag</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>&amp;From priority</source>
        <translation>Au&amp;s Priorität</translation>
    </message>
    <message>
        <source>Set the due date from the priority's target time again</source>
        <translation>Das Fälligkeitsdatum wieder aus der Zielzeit der Priorität setzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Save the work order and open it (Ctrl+Enter)</source>
        <translation>Den Arbeitsauftrag speichern und öffnen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Sa&amp;ve and new</source>
        <translation>Speichern und &amp;neu</translation>
    </message>
    <message>
        <source>Save the work order and start the next one for the same caller (Ctrl+Shift+N)</source>
        <translation>Den Arbeitsauftrag speichern und den nächsten für denselben Anrufer beginnen (Strg+Umschalt+N)</translation>
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
        <translation>Wählen Sie zuerst den Kunden oder das Gebäude.</translation>
    </message>
    <message>
        <source>Add the caller to the contacts of {client} without leaving this form</source>
        <translation>Den Anrufer zu den Kontakten von {client} hinzufügen, ohne dieses Formular zu verlassen</translation>
    </message>
    <message>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <source>{name} (no email address)</source>
        <translation>{name} (keine E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>This contact has no email address, so they cannot be notified.</source>
        <translation>Dieser Kontakt hat keine E-Mail-Adresse und kann daher nicht benachrichtigt werden.</translation>
    </message>
    <message>
        <source>Choose the client or the building to list their contacts.</source>
        <translation>Wählen Sie den Kunden oder das Gebäude, um seine Kontakte anzuzeigen.</translation>
    </message>
    <message>
        <source>This client has no contacts yet.</source>
        <translation>Dieser Kunde hat noch keine Kontakte.</translation>
    </message>
    <message>
        <source>Those ticked are emailed now, and each time the work order's status changes.</source>
        <translation>Die angekreuzten Kontakte erhalten jetzt eine E-Mail und bei jeder Statusänderung des Arbeitsauftrags.</translation>
    </message>
    <message>
        <source>Choose a building to see the work orders still open there.</source>
        <translation>Wählen Sie ein Gebäude, um die dort noch offenen Arbeitsaufträge zu sehen.</translation>
    </message>
    <message>
        <source>No open work order at {building}.</source>
        <translation>Kein offener Arbeitsauftrag in {building}.</translation>
    </message>
    <message>
        <source>Open at {building}, newest first. If the call is about one of them, double-click it to open it instead of logging it again.</source>
        <translation>Offen in {building}, neueste zuerst. Betrifft der Anruf einen davon, doppelklicken Sie darauf, um ihn zu öffnen, statt ihn erneut zu erfassen.</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <source>{target} for this priority</source>
        <translation>{target} für diese Priorität</translation>
    </message>
    <message>
        <source>Choose the building from the list: type part of its name, city or postcode.</source>
        <translation>Wählen Sie das Gebäude aus der Liste: Tippen Sie einen Teil seines Namens, Orts oder seiner Postleitzahl.</translation>
    </message>
    <message>
        <source>Choose the building.</source>
        <translation>Wählen Sie das Gebäude.</translation>
    </message>
    <message>
        <source>Choose the client from the list, or clear the field.</source>
        <translation>Wählen Sie den Kunden aus der Liste oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Choose the caller from the contacts, or add them as a new contact.</source>
        <translation>Wählen Sie den Anrufer aus den Kontakten oder fügen Sie ihn als neuen Kontakt hinzu.</translation>
    </message>
    <message>
        <source>Give the work order a title.</source>
        <translation>Geben Sie dem Arbeitsauftrag einen Titel.</translation>
    </message>
    <message>
        <source>Work order {number} saved. The next one keeps the same caller.</source>
        <translation>Arbeitsauftrag {number} gespeichert. Der nächste behält denselben Anrufer.</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Edit notifications: work order {number}</source>
        <translation>Benachrichtigungen bearbeiten: Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>Check the contacts of the client who are emailed each time the status of work order {number} changes. When you save, each contact you add receives an email telling them so.</source>
        <translation>Markieren Sie die Kontakte des Kunden, die bei jeder Statusänderung des Arbeitsauftrags {number} eine E-Mail erhalten. Beim Speichern erhält jeder hinzugefügte Kontakt eine E-Mail, die ihn darüber informiert.</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Kontakte:</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <source>This contact is archived and receives nothing: uncheck them.</source>
        <translation>Dieser Kontakt ist archiviert und erhält nichts: Entfernen Sie das Häkchen.</translation>
    </message>
    <message>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <source>{name} (no email address)</source>
        <translation>{name} (keine E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>This contact has no email address, so they cannot be notified.</source>
        <translation>Dieser Kontakt hat keine E-Mail-Adresse und kann daher nicht benachrichtigt werden.</translation>
    </message>
    <message>
        <source>This contact has no email address and receives nothing: uncheck them.</source>
        <translation>Dieser Kontakt hat keine E-Mail-Adresse und erhält nichts: Entfernen Sie das Häkchen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The client of this work order has no contacts to notify.</source>
        <translation>Der Kunde dieses Arbeitsauftrags hat keine Kontakte, die benachrichtigt werden können.</translation>
    </message>
    <message>
        <source>Check or uncheck contacts to change who is notified.</source>
        <translation>Setzen oder entfernen Sie Häkchen bei Kontakten, um zu ändern, wer benachrichtigt wird.</translation>
    </message>
</context>
<context>
    <name>OpenOrdersModel</name>
    <message>
        <source>Work order {number}, “{title}”: {status}, logged {created}. Double-click to open it.</source>
        <translation>Arbeitsauftrag {number}, „{title}“: {status}, erfasst am {created}. Doppelklicken, um ihn zu öffnen.</translation>
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
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>The job sheet holds the work order's header, client, building with its access notes, contact, description, PPM visit, time and signature.</source>
        <translation>Der Arbeitsschein enthält den Kopf des Arbeitsauftrags, den Kunden, das Gebäude mit seinen Zugangshinweisen, den Kontakt, die Beschreibung, den PPM-Besuch, die Zeit und die Unterschrift.</translation>
    </message>
    <message>
        <source>Include the &amp;activity log</source>
        <translation>&amp;Aktivitätsprotokoll einschließen</translation>
    </message>
</context>
<context>
    <name>OrderCorrections</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Correct the work order's fields (F2)</source>
        <translation>Die Felder des Arbeitsauftrags korrigieren (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete a work order logged by mistake</source>
        <translation>Einen versehentlich erfassten Arbeitsauftrag löschen</translation>
    </message>
    <message>
        <source>Edit work order</source>
        <translation>Arbeitsauftrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete work order {number}</source>
        <translation>Arbeitsauftrag {number} löschen</translation>
    </message>
    <message>
        <source>Delete work order {number}, “{title}”? It disappears with its activity log; this cannot be undone. Delete only an order logged by mistake: cancel any other.</source>
        <translation>Arbeitsauftrag {number}, „{title}“, löschen? Er verschwindet mit seinem Aktivitätsprotokoll; das kann nicht rückgängig gemacht werden. Löschen Sie nur einen versehentlich erfassten Auftrag: Stornieren Sie alle anderen.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>So bald wie möglich</translation>
    </message>
</context>
<context>
    <name>OutboxTools</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Postausgang…</translation>
    </message>
    <message>
        <source>The emails waiting to be sent, failed and sent</source>
        <translation>Die ausstehenden, fehlgeschlagenen und gesendeten E-Mails</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>Alle E-Mails</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Send the emails that are due now, without waiting for the next round</source>
        <translation>Die jetzt fälligen E-Mails senden, ohne auf den nächsten Durchlauf zu warten</translation>
    </message>
    <message>
        <source>Re&amp;try selected</source>
        <translation>Auswahl &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Try the selected emails again now, failed ones included</source>
        <translation>Die ausgewählten E-Mails jetzt erneut versuchen, auch fehlgeschlagene</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Select an email to read it.</source>
        <translation>Wählen Sie eine E-Mail aus, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Pending: {pending}   Failed: {failed}   Sent: {sent}</source>
        <translation>Ausstehend: {pending}   Fehlgeschlagen: {failed}   Gesendet: {sent}</translation>
    </message>
    <message>
        <source>No SMTP server is set: emails wait here and are not sent. Set the server in File &gt; Settings, Email (SMTP).</source>
        <translation>Kein SMTP-Server festgelegt: E-Mails warten hier und werden nicht gesendet. Legen Sie den Server unter Datei &gt; Einstellungen, E-Mail (SMTP) fest.</translation>
    </message>
    <message>
        <source>To: {address}</source>
        <translation>An: {address}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Betreff: {subject}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Letzter Fehler: {error}</translation>
    </message>
    <message>
        <source>The outbox could not be sent: {error}</source>
        <translation>Der Postausgang konnte nicht gesendet werden: {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
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
    <name>PeriodText</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No visit</source>
        <translation>Kein Besuch</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Work order {number}, cancelled when saved</source>
        <translation>Arbeitsauftrag {number}, beim Speichern storniert</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>visit {dates}</source>
        <translation>Besuch {dates}</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>abgerechnet</translation>
    </message>
    <message>
        <source>not invoiced</source>
        <translation>nicht abgerechnet</translation>
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
        <translation>PPM-Zeiträume des Gebäudes bearbeiten</translation>
    </message>
    <message>
        <source>{building}: {job} (contract {contract}, {client})</source>
        <translation>{building}: {job} (Vertrag {contract}, {client})</translation>
    </message>
    <message>
        <source>Number of &amp;visits:</source>
        <translation>&amp;Anzahl der Besuche:</translation>
    </message>
    <message>
        <source>Number of &amp;invoices:</source>
        <translation>Anzahl der &amp;Rechnungen:</translation>
    </message>
    <message>
        <source>Invoice &amp;amount ({currency}):</source>
        <translation>Rechnungs&amp;betrag ({currency}):</translation>
    </message>
    <message>
        <source>Site value:</source>
        <translation>Standortwert:</translation>
    </message>
    <message>
        <source>&amp;Partial periods:</source>
        <translation>&amp;Teilzeiträume:</translation>
    </message>
    <message>
        <source>Generate and show periods shorter than a full one</source>
        <translation>Zeiträume erzeugen und anzeigen, die kürzer als ein vollständiger Zeitraum sind</translation>
    </message>
    <message>
        <source>Dynamic date updates supported:</source>
        <translation>Dynamische Datumsaktualisierung unterstützt:</translation>
    </message>
    <message>
        <source>Exclude from dynamic date updates:</source>
        <translation>Von dynamischer Datumsaktualisierung ausgenommen:</translation>
    </message>
    <message>
        <source>&amp;Next visit required by:</source>
        <translation>&amp;Nächster Besuch fällig bis:</translation>
    </message>
    <message>
        <source>Work order:</source>
        <translation>Arbeitsauftrag:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>What changes…</source>
        <translation>Was sich ändert…</translation>
    </message>
    <message>
        <source>The periods that saving changes, before and after</source>
        <translation>Die Zeiträume, die das Speichern ändert, vorher und nachher</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Every change of this building's stored periods: when, by whom and why</source>
        <translation>Jede Änderung der gespeicherten Zeiträume dieses Gebäudes: wann, von wem und warum</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Last certificate:</source>
        <translation>Letztes Zertifikat:</translation>
    </message>
    <message>
        <source>Open the certificate's document with the system's viewer</source>
        <translation>Das Dokument des Zertifikats mit dem Anzeigeprogramm des Systems öffnen</translation>
    </message>
    <message>
        <source>Ins&amp;tructions:</source>
        <translation>An&amp;weisungen:</translation>
    </message>
    <message>
        <source>Notes or instructions for the visits (shown on the portal)</source>
        <translation>Notizen oder Anweisungen für die Besuche (im Portal angezeigt)</translation>
    </message>
    <message>
        <source>These settings cannot be planned: check the number of visits and invoices.</source>
        <translation>Diese Einstellungen lassen sich nicht planen: Prüfen Sie die Anzahl der Besuche und Rechnungen.</translation>
    </message>
    <message>
        <source>Green rows are partial periods. Visit dates can be edited (double-click) only when dynamic dates are off and nothing has been generated.</source>
        <translation>Grüne Zeilen sind Teilzeiträume. Besuchstermine können nur bearbeitet werden (Doppelklick), wenn die dynamische Datumsaktualisierung ausgeschaltet ist und noch nichts erzeugt wurde.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: write it as {example}.</source>
        <translation>„{text}“ ist kein Betrag: Schreiben Sie ihn wie {example}.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>No completed visit yet</source>
        <translation>Noch kein abgeschlossener Besuch</translation>
    </message>
    <message>
        <source>Tinted cells change when saved: point at one to see its other value.</source>
        <translation>Getönte Zellen ändern sich beim Speichern: Zeigen Sie auf eine, um ihren anderen Wert zu sehen.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>{date}, {result}</source>
        <translation>{date}, {result}</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Referenz: {reference}</translation>
    </message>
    <message>
        <source>Nothing is stored for this building yet: the table shows its plan, which OK stores.</source>
        <translation>Für dieses Gebäude ist noch nichts gespeichert: Die Tabelle zeigt seinen Plan, den OK speichert.</translation>
    </message>
    <message numerus="yes">
        <source>The table shows the periods as stored. Re-planned today, %n period(s) change (tinted cells); OK saves the re-plan.</source>
        <translation>
            <numerusform>Die Tabelle zeigt die Zeiträume wie gespeichert. Heute neu geplant, ändert sich %n Zeitraum (getönte Zellen); OK speichert die neue Planung.</numerusform>
            <numerusform>Die Tabelle zeigt die Zeiträume wie gespeichert. Heute neu geplant, ändern sich %n Zeiträume (getönte Zellen); OK speichert die neue Planung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With your edits, %n period(s) change (tinted cells); OK saves them.</source>
        <translation>
            <numerusform>Mit Ihren Änderungen ändert sich %n Zeitraum (getönte Zellen); OK speichert ihn.</numerusform>
            <numerusform>Mit Ihren Änderungen ändern sich %n Zeiträume (getönte Zellen); OK speichert sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Period {start} to {end}</source>
        <translation>Zeitraum vom {start} bis {end}</translation>
    </message>
    <message>
        <source>Next visit required by</source>
        <translation>Nächster Besuch fällig bis</translation>
    </message>
    <message>
        <source>The day has changed since these periods were opened: they are shown for today. Check them and press OK again.</source>
        <translation>Seit dem Öffnen dieser Zeiträume hat sich der Tag geändert: Sie werden jetzt für heute angezeigt. Prüfen Sie sie und drücken Sie erneut auf OK.</translation>
    </message>
    <message>
        <source>PPM periods</source>
        <translation>PPM-Zeiträume</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Re-planned, this period is no longer listed.</source>
        <translation>Neu geplant, ist dieser Zeitraum nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <source>New period, not stored yet.</source>
        <translation>Neuer Zeitraum, noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Re-planned: {value}</source>
        <translation>Neu geplant: {value}</translation>
    </message>
    <message>
        <source>Stored: {value}</source>
        <translation>Gespeichert: {value}</translation>
    </message>
    <message>
        <source>Financial start</source>
        <translation>Finanzieller Beginn</translation>
    </message>
    <message>
        <source>Financial end</source>
        <translation>Finanzielles Ende</translation>
    </message>
    <message>
        <source>Visit start</source>
        <translation>Besuchsbeginn</translation>
    </message>
    <message>
        <source>Visit end</source>
        <translation>Besuchsende</translation>
    </message>
    <message>
        <source>Inv</source>
        <translation>Rg.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschl.</translation>
    </message>
    <message>
        <source>Cert</source>
        <translation>Zert.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Gesamtstatus</translation>
    </message>
    <message>
        <source>Auto-generation</source>
        <translation>Auto-Erzeugung</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Partial period</source>
        <translation>Teilzeitraum</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
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
    <name>Placeholders</name>
    <message>
        <source>The work order's number</source>
        <translation>Die Nummer des Arbeitsauftrags</translation>
    </message>
    <message>
        <source>The work order's title</source>
        <translation>Der Titel des Arbeitsauftrags</translation>
    </message>
    <message>
        <source>The client's name</source>
        <translation>Der Name des Kunden</translation>
    </message>
    <message>
        <source>The building's name</source>
        <translation>Der Name des Gebäudes</translation>
    </message>
    <message>
        <source>The contact's name</source>
        <translation>Der Name des Kontakts</translation>
    </message>
    <message>
        <source>The name of the agent the work order is assigned to</source>
        <translation>Der Name des Mitarbeiters, dem der Arbeitsauftrag zugewiesen ist</translation>
    </message>
    <message>
        <source>The due date, written out in the reply's language</source>
        <translation>Das Fälligkeitsdatum, ausgeschrieben in der Sprache der Antwort</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%Ln work order(s)</source>
        <translation>
            <numerusform>%Ln Arbeitsauftrag</numerusform>
            <numerusform>%Ln Arbeitsaufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln work order(s)</source>
        <translation>
            <numerusform>Mehr als %Ln Arbeitsauftrag</numerusform>
            <numerusform>Mehr als %Ln Arbeitsaufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln Arbeitsauftrag nach {path} exportiert</numerusform>
            <numerusform>%Ln Arbeitsaufträge nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n Status</numerusform>
            <numerusform>%n Status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n Typ</numerusform>
            <numerusform>%n Typen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n priority(ies)</source>
        <translation>
            <numerusform>%n Priorität</numerusform>
            <numerusform>%n Prioritäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n impact(s)</source>
        <translation>
            <numerusform>%n Auswirkung</numerusform>
            <numerusform>%n Auswirkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n Art</numerusform>
            <numerusform>%n Arten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln selected work order(s). Each one changes only if its own rules allow the action; the others are left unchanged and listed afterwards.</source>
        <translation>
            <numerusform>Status von %Ln ausgewähltem Arbeitsauftrag ändern. Er ändert sich nur, wenn seine eigenen Regeln die Aktion zulassen; andernfalls bleibt er unverändert und wird anschließend aufgelistet.</numerusform>
            <numerusform>Status von %Ln ausgewählten Arbeitsaufträgen ändern. Jeder ändert sich nur, wenn seine eigenen Regeln die Aktion zulassen; die übrigen bleiben unverändert und werden anschließend aufgelistet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln selected work order(s). Only open work orders can be assigned; the others are left unchanged and listed afterwards.</source>
        <translation>
            <numerusform>%Ln ausgewählten Arbeitsauftrag zuweisen. Nur ein offener Arbeitsauftrag kann zugewiesen werden; andernfalls bleibt er unverändert und wird anschließend aufgelistet.</numerusform>
            <numerusform>%Ln ausgewählte Arbeitsaufträge zuweisen. Nur offene Arbeitsaufträge können zugewiesen werden; die übrigen bleiben unverändert und werden anschließend aufgelistet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close the open PPM work orders among the %Ln selected whose financial end date is before {today}. The others are left unchanged and listed afterwards.</source>
        <translation>
            <numerusform>%Ln ausgewählten Arbeitsauftrag abschließen, falls er ein offener PPM-Arbeitsauftrag ist, dessen finanzielles Enddatum vor dem {today} liegt. Andernfalls bleibt er unverändert und wird anschließend aufgelistet.</numerusform>
            <numerusform>Die offenen PPM-Arbeitsaufträge unter den %Ln ausgewählten abschließen, deren finanzielles Enddatum vor dem {today} liegt. Die übrigen bleiben unverändert und werden anschließend aufgelistet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln work order(s) handled</source>
        <translation>
            <numerusform>{done} von %Ln Arbeitsauftrag bearbeitet</numerusform>
            <numerusform>{done} von %Ln Arbeitsaufträgen bearbeitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) changed.</source>
        <translation>
            <numerusform>%Ln Arbeitsauftrag geändert.</numerusform>
            <numerusform>%Ln Arbeitsaufträge geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) assigned to {name}.</source>
        <translation>
            <numerusform>%Ln Arbeitsauftrag {name} zugewiesen.</numerusform>
            <numerusform>%Ln Arbeitsaufträge {name} zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) unassigned.</source>
        <translation>
            <numerusform>Zuweisung von %Ln Arbeitsauftrag aufgehoben.</numerusform>
            <numerusform>Zuweisung von %Ln Arbeitsaufträgen aufgehoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln PPM work order(s) closed.</source>
        <translation>
            <numerusform>%Ln PPM-Arbeitsauftrag abgeschlossen.</numerusform>
            <numerusform>%Ln PPM-Arbeitsaufträge abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) already as asked, left as they were.</source>
        <translation>
            <numerusform>%Ln Arbeitsauftrag war bereits wie gewünscht und blieb unverändert.</numerusform>
            <numerusform>%Ln Arbeitsaufträge waren bereits wie gewünscht und blieben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) refused, left unchanged:</source>
        <translation>
            <numerusform>%Ln Arbeitsauftrag abgewiesen, unverändert gelassen:</numerusform>
            <numerusform>%Ln Arbeitsaufträge abgewiesen, unverändert gelassen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) not eligible, left unchanged:</source>
        <translation>
            <numerusform>%Ln Arbeitsauftrag nicht geeignet, unverändert gelassen:</numerusform>
            <numerusform>%Ln Arbeitsaufträge nicht geeignet, unverändert gelassen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln work order(s) not handled, left unchanged.</source>
        <translation>
            <numerusform>Abgebrochen: %Ln Arbeitsauftrag nicht bearbeitet, unverändert gelassen.</numerusform>
            <numerusform>Abgebrochen: %Ln Arbeitsaufträge nicht bearbeitet, unverändert gelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total} row(s) have errors: no building was imported.</source>
        <translation>
            <numerusform>%Ln von {total} Zeilen enthält Fehler: es wurde kein Gebäude importiert.</numerusform>
            <numerusform>%Ln von {total} Zeilen enthalten Fehler: es wurde kein Gebäude importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is correct: %Ln building(s) would be imported.</source>
        <translation>
            <numerusform>Die Datei ist korrekt: %Ln Gebäude würde importiert.</numerusform>
            <numerusform>Die Datei ist korrekt: %Ln Gebäude würden importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln building(s) imported.</source>
        <translation>
            <numerusform>%Ln Gebäude importiert.</numerusform>
            <numerusform>%Ln Gebäude importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln building(s) ready to import.</source>
        <translation>
            <numerusform>%Ln Gebäude bereit zum Import.</numerusform>
            <numerusform>%Ln Gebäude bereit zum Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of {total} with errors: correct them in the file, then check it again. Nothing is imported while a row has an error.</source>
        <translation>
            <numerusform>%Ln von {total} Zeilen mit Fehlern: korrigieren Sie sie in der Datei und prüfen Sie sie erneut. Solange eine Zeile einen Fehler enthält, wird nichts importiert.</numerusform>
            <numerusform>%Ln von {total} Zeilen mit Fehlern: korrigieren Sie sie in der Datei und prüfen Sie sie erneut. Solange eine Zeile einen Fehler enthält, wird nichts importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln building(s)…</source>
        <translation>
            <numerusform>%Ln Gebäude wird importiert…</numerusform>
            <numerusform>%Ln Gebäude werden importiert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PpmChanges</name>
    <message>
        <source>Financial end</source>
        <translation>Finanzielles Ende</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Certificate required</source>
        <translation>Zertifikat erforderlich</translation>
    </message>
    <message>
        <source>Partial period</source>
        <translation>Teilzeitraum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Gesamtstatus</translation>
    </message>
    <message>
        <source>Auto-generation date</source>
        <translation>Datum der automatischen Erzeugung</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>This row shows the period as stored: re-planned today, it changes (see What changes).</source>
        <translation>Diese Zeile zeigt den Zeitraum wie gespeichert: heute neu geplant, ändert er sich (siehe „Was sich ändert“).</translation>
    </message>
    <message>
        <source>This row shows the period as stored. Re-planned today, the period is no longer listed: saving removes it.</source>
        <translation>Diese Zeile zeigt den Zeitraum wie gespeichert. Heute neu geplant, ist der Zeitraum nicht mehr aufgeführt: Speichern entfernt ihn.</translation>
    </message>
</context>
<context>
    <name>PpmHistory</name>
    <message>
        <source>Saved in the period editor</source>
        <translation>Im Zeitraum-Editor gespeichert</translation>
    </message>
    <message>
        <source>Copied from another building of the job</source>
        <translation>Von einem anderen Gebäude des Auftrags übernommen</translation>
    </message>
    <message>
        <source>Re-planned from the last completed visit</source>
        <translation>Neu geplant ab dem letzten abgeschlossenen Besuch</translation>
    </message>
    <message>
        <source>Re-planned from the last certificate</source>
        <translation>Neu geplant ab dem letzten Zertifikat</translation>
    </message>
    <message>
        <source>The building's closures changed</source>
        <translation>Die Schließzeiten des Gebäudes haben sich geändert</translation>
    </message>
    <message>
        <source>The building's dates changed</source>
        <translation>Die Daten des Gebäudes haben sich geändert</translation>
    </message>
    <message>
        <source>The contract's dates changed</source>
        <translation>Die Daten des Vertrags haben sich geändert</translation>
    </message>
    <message>
        <source>Stored by a data load</source>
        <translation>Durch einen Datenimport gespeichert</translation>
    </message>
    <message>
        <source>The PPM job's settings changed</source>
        <translation>Die Einstellungen der PPM-Leistung haben sich geändert</translation>
    </message>
    <message>
        <source>The building left the PPM job</source>
        <translation>Das Gebäude hat die PPM-Leistung verlassen</translation>
    </message>
    <message>
        <source>The building's PPM details changed</source>
        <translation>Die PPM-Angaben des Gebäudes haben sich geändert</translation>
    </message>
    <message>
        <source>Period added</source>
        <translation>Zeitraum hinzugefügt</translation>
    </message>
    <message>
        <source>Period removed</source>
        <translation>Zeitraum entfernt</translation>
    </message>
    <message>
        <source>Financial end</source>
        <translation>Finanzielles Ende</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>In Rechnung gestellt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Certificate required</source>
        <translation>Zertifikat erforderlich</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Generation date</source>
        <translation>Erzeugungsdatum</translation>
    </message>
    <message>
        <source>Work order cancelled</source>
        <translation>Arbeitsauftrag storniert</translation>
    </message>
</context>
<context>
    <name>PpmOrders</name>
    <message>
        <source>Cancelled automatically: the PPM period {start} to {end} is no longer in the job's plan for this building.</source>
        <translation>Automatisch storniert: Der PPM-Zeitraum vom {start} bis {end} gehört nicht mehr zum Plan der Leistung für dieses Gebäude.</translation>
    </message>
    <message>
        <source>Cancelled automatically: the building is closed during the PPM period {start} to {end}.</source>
        <translation>Automatisch storniert: Das Gebäude ist während des PPM-Zeitraums vom {start} bis {end} geschlossen.</translation>
    </message>
    <message>
        <source>Cancelled automatically: the visit no longer lies inside the PPM period {start} to {end}.</source>
        <translation>Automatisch storniert: Der Besuch liegt nicht mehr im PPM-Zeitraum vom {start} bis {end}.</translation>
    </message>
    <message>
        <source>Closed automatically as not done: still open after its PPM period ended on {end}.</source>
        <translation>Automatisch als nicht durchgeführt abgeschlossen: noch offen nach dem Ende seines PPM-Zeitraums am {end}.</translation>
    </message>
    <message>
        <source>Closed automatically as not done: still open more than one day after its PPM period ended on {end}.</source>
        <translation>Automatisch als nicht durchgeführt abgeschlossen: mehr als einen Tag nach dem Ende seines PPM-Zeitraums am {end} noch offen.</translation>
    </message>
    <message>
        <source>Closed automatically as not done: still open more than {days} days after its PPM period ended on {end}.</source>
        <translation>Automatisch als nicht durchgeführt abgeschlossen: mehr als {days} Tage nach dem Ende seines PPM-Zeitraums am {end} noch offen.</translation>
    </message>
</context>
<context>
    <name>PpmPlanner</name>
    <message>
        <source>The season falls outside the building's dates in this period, so there is no visit.</source>
        <translation>Die Saison liegt in diesem Zeitraum außerhalb von Beginn und Ende des Gebäudes, daher gibt es keinen Besuch.</translation>
    </message>
    <message>
        <source>The period is invoiced.</source>
        <translation>Der Zeitraum wird in Rechnung gestellt.</translation>
    </message>
    <message>
        <source>The period is not invoiced.</source>
        <translation>Der Zeitraum wird nicht in Rechnung gestellt.</translation>
    </message>
    <message>
        <source>It is invoice only: its work order is closed as soon as it is generated.</source>
        <translation>Nur Rechnung: Der Arbeitsauftrag wird abgeschlossen, sobald er erzeugt ist.</translation>
    </message>
    <message>
        <source>Nothing is generated for this period.</source>
        <translation>Für diesen Zeitraum wird nichts erzeugt.</translation>
    </message>
    <message>
        <source>This is a partial period: the building starts on {date}.</source>
        <translation>Dies ist ein Teilzeitraum: Das Gebäude beginnt am {date}.</translation>
    </message>
    <message>
        <source>This is a partial period: the contract starts on {date}.</source>
        <translation>Dies ist ein Teilzeitraum: Der Vertrag beginnt am {date}.</translation>
    </message>
    <message>
        <source>This is a partial period: the building ends on {date}.</source>
        <translation>Dies ist ein Teilzeitraum: Das Gebäude endet am {date}.</translation>
    </message>
    <message>
        <source>This is a partial period: the contract ends on {date}.</source>
        <translation>Dies ist ein Teilzeitraum: Der Vertrag endet am {date}.</translation>
    </message>
    <message>
        <source>The building is closed from {start} to {end}, so the period is invalid.</source>
        <translation>Das Gebäude ist vom {start} bis {end} geschlossen, daher ist der Zeitraum ungültig.</translation>
    </message>
    <message>
        <source>The visit starts on {start}, after it ends on {end}, so the period is invalid.</source>
        <translation>Der Besuch beginnt am {start}, nach seinem Ende am {end}, daher ist der Zeitraum ungültig.</translation>
    </message>
    <message>
        <source>The visit window {start} to {end} is outside the period, so the period is invalid.</source>
        <translation>Das Besuchsfenster {start} bis {end} liegt außerhalb des Zeitraums, daher ist der Zeitraum ungültig.</translation>
    </message>
    <message>
        <source>No visit falls in this period at the visit frequency ({frequency}).</source>
        <translation>Bei der Besuchshäufigkeit ({frequency}) fällt kein Besuch in diesen Zeitraum.</translation>
    </message>
    <message>
        <source>The visit is in the season, from {start} to {end}.</source>
        <translation>Der Besuch liegt in der Saison, vom {start} bis {end}.</translation>
    </message>
    <message>
        <source>The visit window was set by hand: {start} to {end}.</source>
        <translation>Das Besuchsfenster wurde von Hand festgelegt: {start} bis {end}.</translation>
    </message>
    <message>
        <source>No visit in this period: visits now follow the next visit required by {date}.</source>
        <translation>Kein Besuch in diesem Zeitraum: Die Besuche richten sich jetzt nach dem nächsten Besuch, fällig bis {date}.</translation>
    </message>
    <message>
        <source>The visit can be done at any time from {start} to {end}.</source>
        <translation>Der Besuch kann jederzeit vom {start} bis {end} erfolgen.</translation>
    </message>
    <message>
        <source>No visit in this period: visits now follow the last visit, completed on {date}.</source>
        <translation>Kein Besuch in diesem Zeitraum: Die Besuche richten sich jetzt nach dem letzten Besuch, abgeschlossen am {date}.</translation>
    </message>
    <message>
        <source>No visit in this period: visits now follow the last certificate, dated {date}.</source>
        <translation>Kein Besuch in diesem Zeitraum: Die Besuche richten sich jetzt nach dem letzten Zertifikat vom {date}.</translation>
    </message>
    <message>
        <source>This is a partial period: the building leaves the job on {date}.</source>
        <translation>Dies ist ein Teilzeitraum: Das Gebäude verlässt die Leistung am {date}.</translation>
    </message>
    <message>
        <source>The next visit is required by {date}, so this visit runs from {start} to {end}.</source>
        <translation>Der nächste Besuch ist bis {date} fällig, daher läuft dieser Besuch vom {start} bis {end}.</translation>
    </message>
    <message>
        <source>The last visit was completed on {date}; at the visit frequency ({frequency}) the next one runs from {start} to {end}.</source>
        <translation>Der letzte Besuch wurde am {date} abgeschlossen; bei der Besuchshäufigkeit ({frequency}) läuft der nächste vom {start} bis {end}.</translation>
    </message>
    <message>
        <source>The last certificate is dated {date}; at the visit frequency ({frequency}) the next visit runs from {start} to {end}.</source>
        <translation>Das letzte Zertifikat ist vom {date}; bei der Besuchshäufigkeit ({frequency}) läuft der nächste Besuch vom {start} bis {end}.</translation>
    </message>
    <message>
        <source>Visits follow the next visit required by {date} at the visit frequency ({frequency}), so this one runs from {start} to {end}.</source>
        <translation>Die Besuche richten sich nach dem nächsten Besuch, fällig bis {date}, bei der Besuchshäufigkeit ({frequency}), daher läuft dieser vom {start} bis {end}.</translation>
    </message>
    <message>
        <source>Visits follow the last visit, completed on {date}, at the visit frequency ({frequency}), so this one runs from {start} to {end}.</source>
        <translation>Die Besuche richten sich nach dem letzten Besuch, abgeschlossen am {date}, bei der Besuchshäufigkeit ({frequency}), daher läuft dieser vom {start} bis {end}.</translation>
    </message>
    <message>
        <source>Visits follow the last certificate, dated {date}, at the visit frequency ({frequency}), so this one runs from {start} to {end}.</source>
        <translation>Die Besuche richten sich nach dem letzten Zertifikat vom {date} bei der Besuchshäufigkeit ({frequency}), daher läuft dieser vom {start} bis {end}.</translation>
    </message>
    <message>
        <source>The visit starts with the period, which begins less than {days} days before the visit ends.</source>
        <translation>Der Besuch beginnt mit dem Zeitraum, der weniger als {days} Tage vor dem Ende des Besuchs beginnt.</translation>
    </message>
</context>
<context>
    <name>PpmReplanned</name>
    <message>
        <source>The PPM periods were re-planned. Work orders cancelled automatically: {numbers}.</source>
        <translation>Die PPM-Zeiträume wurden neu geplant. Automatisch stornierte Arbeitsaufträge: {numbers}.</translation>
    </message>
    <message>
        <source>These started work orders are no longer in a valid PPM period and were left open: {numbers}. Complete or cancel them yourself.</source>
        <translation>Diese begonnenen Arbeitsaufträge liegen nicht mehr in einem gültigen PPM-Zeitraum und bleiben offen: {numbers}. Schließen Sie sie selbst ab oder stornieren Sie sie.</translation>
    </message>
    <message>
        <source>PPM periods re-planned</source>
        <translation>PPM-Zeiträume neu geplant</translation>
    </message>
</context>
<context>
    <name>PpmSchedule</name>
    <message>
        <source>Not generated</source>
        <translation>Nicht erzeugt</translation>
    </message>
    <message>
        <source>Generates on {date}</source>
        <translation>Wird am {date} erzeugt</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Überfällig seit {date}</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Invoice only</source>
        <translation>Nur Rechnung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht durchgeführt</translation>
    </message>
    <message>
        <source>The visit runs from {start} to {end}.</source>
        <translation>Der Besuch läuft vom {start} bis {end}.</translation>
    </message>
    <message>
        <source>The visit runs from {start} to {end}, as when work order {number} was generated.</source>
        <translation>Der Besuch läuft vom {start} bis {end}, wie bei der Erzeugung von Arbeitsauftrag {number}.</translation>
    </message>
    <message>
        <source>There is no visit in this period.</source>
        <translation>In diesem Zeitraum gibt es keinen Besuch.</translation>
    </message>
    <message>
        <source>The building is closed during this period, so the period is invalid.</source>
        <translation>Das Gebäude ist in diesem Zeitraum geschlossen, daher ist der Zeitraum ungültig.</translation>
    </message>
    <message>
        <source>The job's plan no longer has this period, so the period is invalid.</source>
        <translation>Der Plan der Aufgabe enthält diesen Zeitraum nicht mehr, daher ist der Zeitraum ungültig.</translation>
    </message>
    <message>
        <source>The job's plan no longer has this period, so the period is invalid; it is kept for work order {number}.</source>
        <translation>Der Plan der Aufgabe enthält diesen Zeitraum nicht mehr, daher ist der Zeitraum ungültig; er bleibt für Arbeitsauftrag {number} erhalten.</translation>
    </message>
    <message>
        <source>The period is invalid.</source>
        <translation>Der Zeitraum ist ungültig.</translation>
    </message>
    <message>
        <source>No work order is generated while the period is invalid.</source>
        <translation>Solange der Zeitraum ungültig ist, wird kein Arbeitsauftrag erzeugt.</translation>
    </message>
    <message>
        <source>The period has no generation date, so no work order is generated.</source>
        <translation>Der Zeitraum hat kein Erzeugungsdatum, daher wird kein Arbeitsauftrag erzeugt.</translation>
    </message>
    <message>
        <source>Its work order is generated on {date}.</source>
        <translation>Sein Arbeitsauftrag wird am {date} erzeugt.</translation>
    </message>
    <message>
        <source>Its work order was due to be generated on {date} and was not: it is overdue and is generated at the next run.</source>
        <translation>Sein Arbeitsauftrag hätte am {date} erzeugt werden sollen, wurde es aber nicht: Er ist überfällig und wird beim nächsten Lauf erzeugt.</translation>
    </message>
    <message>
        <source>The period ended on {date} without a work order: it is missed and is never generated.</source>
        <translation>Der Zeitraum endete am {date} ohne Arbeitsauftrag: Er ist versäumt und wird nie erzeugt.</translation>
    </message>
    <message>
        <source>Work order {number} was generated for this period.</source>
        <translation>Für diesen Zeitraum wurde Arbeitsauftrag {number} erzeugt.</translation>
    </message>
    <message>
        <source>The period is not valid, so work order {number} is cancelled automatically.</source>
        <translation>Der Zeitraum ist ungültig, daher wird Arbeitsauftrag {number} automatisch storniert.</translation>
    </message>
    <message>
        <source>Work order {number} of this period is completed.</source>
        <translation>Arbeitsauftrag {number} dieses Zeitraums ist erledigt.</translation>
    </message>
    <message>
        <source>Invoice-only work order {number} was generated for this period and closed at once.</source>
        <translation>Arbeitsauftrag {number} (nur Rechnung) wurde für diesen Zeitraum erzeugt und sofort abgeschlossen.</translation>
    </message>
    <message>
        <source>Work order {number} of this period was cancelled.</source>
        <translation>Arbeitsauftrag {number} dieses Zeitraums wurde storniert.</translation>
    </message>
    <message>
        <source>Work order {number} of this period was rejected.</source>
        <translation>Arbeitsauftrag {number} dieses Zeitraums wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Work order {number} of this period was not done: it was still open after the period ended and was closed automatically. Reinstate it from the work order if the visit was made.</source>
        <translation>Arbeitsauftrag {number} dieses Zeitraums wurde nicht durchgeführt: Er war nach dem Ende des Zeitraums noch offen und wurde automatisch abgeschlossen. Stellen Sie ihn im Arbeitsauftrag wieder her, wenn der Besuch stattgefunden hat.</translation>
    </message>
    <message>
        <source>Work order {number} was cancelled: it is never generated again. Reinstate it from the work order if the visit is still needed.</source>
        <translation>Arbeitsauftrag {number} wurde storniert: Er wird nie wieder erzeugt. Stellen Sie ihn im Arbeitsauftrag wieder her, wenn der Besuch noch nötig ist.</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Anzahl der Besuche</translation>
    </message>
    <message>
        <source>Number of invoices</source>
        <translation>Anzahl der Rechnungen</translation>
    </message>
    <message>
        <source>Invoice amount</source>
        <translation>Rechnungsbetrag</translation>
    </message>
    <message>
        <source>Partial periods</source>
        <translation>Teilzeiträume</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for this building: only the invoice amount and the instructions can still change.</source>
        <translation>Für dieses Gebäude wurden bereits PPM-Arbeitsaufträge erzeugt: Nur der Rechnungsbetrag und die Anweisungen können noch geändert werden.</translation>
    </message>
    <message>
        <source>Worked out from the last certificate ({date}) plus one visit interval: dynamic date updates set it.</source>
        <translation>Berechnet aus dem letzten Zertifikat ({date}) plus einem Besuchsintervall: Die dynamische Datumsaktualisierung legt es fest.</translation>
    </message>
    <message>
        <source>Worked out from the last completed visit ({date}) plus one visit interval: dynamic date updates set it.</source>
        <translation>Berechnet aus dem letzten abgeschlossenen Besuch ({date}) plus einem Besuchsintervall: Die dynamische Datumsaktualisierung legt es fest.</translation>
    </message>
    <message>
        <source>Dynamic date updates are not supported for this frequency.</source>
        <translation>Dynamische Datumsaktualisierungen werden für diese Häufigkeit nicht unterstützt.</translation>
    </message>
    <message>
        <source>This building is excluded from dynamic date updates.</source>
        <translation>Dieses Gebäude ist von dynamischen Datumsaktualisierungen ausgenommen.</translation>
    </message>
    <message>
        <source>No visit or certificate is completed yet; once one is, dynamic date updates work the date out.</source>
        <translation>Noch ist kein Besuch und kein Zertifikat abgeschlossen; sobald es einen gibt, ermitteln die dynamischen Datumsaktualisierungen das Datum.</translation>
    </message>
    <message>
        <source>Dynamic date updates are not supported for this frequency: enter the date the next visit is required by, if there is one.</source>
        <translation>Die dynamische Datumsaktualisierung wird für diese Häufigkeit nicht unterstützt: Geben Sie gegebenenfalls das Datum ein, bis zu dem der nächste Besuch fällig ist.</translation>
    </message>
    <message>
        <source>This building is excluded from dynamic date updates: enter the date the next visit is required by, if there is one.</source>
        <translation>Dieses Gebäude ist von der dynamischen Datumsaktualisierung ausgenommen: Geben Sie gegebenenfalls das Datum ein, bis zu dem der nächste Besuch fällig ist.</translation>
    </message>
    <message>
        <source>No visit or certificate yet: enter the date the next visit is required by, if there is one. Once a visit is completed, dynamic date updates work it out.</source>
        <translation>Noch kein Besuch und kein Zertifikat: Geben Sie gegebenenfalls das Datum ein, bis zu dem der nächste Besuch fällig ist. Sobald ein Besuch abgeschlossen ist, berechnet die dynamische Datumsaktualisierung es.</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for this building, so this date can no longer be changed here. {reason}</source>
        <translation>Für dieses Gebäude wurden PPM-Arbeitsaufträge erzeugt, daher kann dieses Datum hier nicht mehr geändert werden. {reason}</translation>
    </message>
    <message>
        <source>Dynamic date updates set the visit dates: they cannot be entered by hand.</source>
        <translation>Die dynamische Datumsaktualisierung legt die Besuchstermine fest: Eine manuelle Eingabe ist nicht möglich.</translation>
    </message>
    <message>
        <source>Saving cancels work order {number}: the period is no longer valid.</source>
        <translation>Beim Speichern wird Arbeitsauftrag {number} storniert: Der Zeitraum ist nicht mehr gültig.</translation>
    </message>
    <message>
        <source>The period is no longer valid, but work order {number} has started: it is not cancelled automatically.</source>
        <translation>Der Zeitraum ist nicht mehr gültig, aber Arbeitsauftrag {number} wurde bereits begonnen: Er wird nicht automatisch storniert.</translation>
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
    <name>RateDialog</name>
    <message>
        <source>New rate</source>
        <translation>Neuer Satz</translation>
    </message>
    <message>
        <source>Create rate</source>
        <translation>Satz anlegen</translation>
    </message>
    <message>
        <source>Edit rate</source>
        <translation>Satz bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Time entries copy the hourly amount when they are saved: changing it leaves recorded time as it is.</source>
        <translation>Zeiteinträge übernehmen den Stundensatz beim Speichern: Eine Änderung lässt bereits erfasste Zeit unverändert.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Hourly amount:</source>
        <translation>&amp;Stundensatz:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Give the rate a name.</source>
        <translation>Geben Sie dem Satz einen Namen.</translation>
    </message>
    <message>
        <source>Enter the hourly amount, such as {example}.</source>
        <translation>Geben Sie den Stundensatz ein, zum Beispiel {example}.</translation>
    </message>
    <message>
        <source>An hourly amount cannot be negative.</source>
        <translation>Ein Stundensatz kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Choose the currency.</source>
        <translation>Wählen Sie die Währung.</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Hourly amount</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New rate…</source>
        <translation>&amp;Neuer Satz…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivieren</translation>
    </message>
    <message>
        <source>No longer offered for new time; recorded time keeps it</source>
        <translation>Wird für neue Zeiten nicht mehr angeboten; erfasste Zeiten behalten ihn</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Ra&amp;tes</source>
        <translation>S&amp;ätze</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>PPM job</source>
        <translation>PPM-Leistung</translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation>Antwortvorlage</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
</context>
<context>
    <name>RecordCertificateDialog</name>
    <message>
        <source>Choose the certificate's document</source>
        <translation>Dokument des Zertifikats wählen</translation>
    </message>
    <message>
        <source>PDF documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation>PDF-Dokumente und Bilder (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Record certificate</source>
        <translation>Zertifikat erfassen</translation>
    </message>
    <message>
        <source>A certificate issued for {building}, with its document (a PDF or an image). A passed certificate sets when the next visit is due.</source>
        <translation>Ein für {building} ausgestelltes Zertifikat mit seinem Dokument (ein PDF oder ein Bild). Ein bestandenes Zertifikat bestimmt, wann der nächste Besuch fällig ist.</translation>
    </message>
    <message>
        <source>PPM &amp;job:</source>
        <translation>PPM-&amp;Leistung:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>Ausgestellt a&amp;m:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>&amp;Bestanden</translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation>&amp;Nicht bestanden</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Optional: tick to give the last day the certificate is valid</source>
        <translation>Optional: Ankreuzen, um den letzten Gültigkeitstag des Zertifikats anzugeben</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Optional: the certificate's number</source>
        <translation>Optional: die Nummer des Zertifikats</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>A PDF document or an image (PNG, JPEG, TIFF, WebP) of at most {size}</source>
        <translation>Ein PDF-Dokument oder ein Bild (PNG, JPEG, TIFF, WebP) von höchstens {size}</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {error}</source>
        <translation>„{name}“ konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Choose the PPM job.</source>
        <translation>Wählen Sie die PPM-Leistung.</translation>
    </message>
    <message>
        <source>A certificate cannot be issued in the future.</source>
        <translation>Ein Zertifikat kann nicht in der Zukunft ausgestellt werden.</translation>
    </message>
    <message>
        <source>Choose whether the certificate passed or failed.</source>
        <translation>Wählen Sie, ob das Zertifikat bestanden oder nicht bestanden ist.</translation>
    </message>
    <message>
        <source>The certificate cannot be valid until a day before it was issued.</source>
        <translation>Das Zertifikat kann nicht bis zu einem Tag vor seiner Ausstellung gültig sein.</translation>
    </message>
    <message>
        <source>Choose the certificate's document.</source>
        <translation>Wählen Sie das Dokument des Zertifikats.</translation>
    </message>
    <message>
        <source>PPM periods re-planned</source>
        <translation>PPM-Zeiträume neu geplant</translation>
    </message>
    <message>
        <source>The visits now follow the certificate. Work orders cancelled automatically: {numbers}.</source>
        <translation>Die Besuche richten sich jetzt nach dem Zertifikat. Automatisch stornierte Arbeitsaufträge: {numbers}.</translation>
    </message>
    <message>
        <source>These started work orders are no longer in a valid PPM period and were left open: {numbers}.</source>
        <translation>Diese begonnenen Arbeitsaufträge liegen nicht mehr in einem gültigen PPM-Zeitraum und bleiben offen: {numbers}.</translation>
    </message>
    <message>
        <source>Certificate failed</source>
        <translation>Zertifikat nicht bestanden</translation>
    </message>
    <message>
        <source>The certificate failed. Log a reactive order for the remedial work?</source>
        <translation>Das Zertifikat ist nicht bestanden. Einen reaktiven Auftrag für die Nachbesserung erfassen?</translation>
    </message>
    <message>
        <source>Remedial work after the failed certificate {reference} issued on {date} ({job}).</source>
        <translation>Nachbesserung nach dem nicht bestandenen Zertifikat {reference} vom {date} ({job}).</translation>
    </message>
    <message>
        <source>Remedial work after the failed certificate issued on {date} ({job}).</source>
        <translation>Nachbesserung nach dem nicht bestandenen Zertifikat vom {date} ({job}).</translation>
    </message>
    <message>
        <source>Remedial work: {job}</source>
        <translation>Nachbesserung: {job}</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Reference provided: work order {number}</source>
        <translation>Referenz erhalten: Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>The reference the client gave for this work order (their order number).</source>
        <translation>Die Referenz, die der Kunde für diesen Arbeitsauftrag angegeben hat (seine Bestellnummer).</translation>
    </message>
    <message>
        <source>Client &amp;reference:</source>
        <translation>Kunden&amp;referenz:</translation>
    </message>
    <message>
        <source>Enter the client's reference.</source>
        <translation>Geben Sie die Referenz des Kunden ein.</translation>
    </message>
    <message>
        <source>This is already the work order's reference.</source>
        <translation>Das ist bereits die Referenz des Arbeitsauftrags.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Not possible while the work order is “{status}”.</source>
        <translation>Nicht möglich, solange der Arbeitsauftrag den Status „{status}“ hat.</translation>
    </message>
    <message>
        <source>A started work order cannot be cancelled: complete it with zero balance instead.</source>
        <translation>Ein gestarteter Arbeitsauftrag kann nicht storniert werden: Erledigen Sie ihn stattdessen mit Saldo null.</translation>
    </message>
    <message>
        <source>The work order was already started: resume it instead.</source>
        <translation>Der Arbeitsauftrag wurde bereits gestartet: Setzen Sie ihn stattdessen fort.</translation>
    </message>
    <message>
        <source>Cancelling a PPM work order needs the permission “{permission}”.</source>
        <translation>Zum Stornieren eines PPM-Arbeitsauftrags benötigen Sie die Berechtigung „{permission}“.</translation>
    </message>
    <message>
        <source>Only quotes and reactive work orders can be rejected.</source>
        <translation>Nur Angebote und reaktive Arbeitsaufträge können abgelehnt werden.</translation>
    </message>
    <message>
        <source>Reinstating a cancelled PPM work order needs the permission “{permission}”.</source>
        <translation>Zum Wiederherstellen eines stornierten PPM-Arbeitsauftrags benötigen Sie die Berechtigung „{permission}“.</translation>
    </message>
    <message>
        <source>A work order that was not done is reinstated only with a visit that completed the work (a visit reported late).</source>
        <translation>Ein nicht durchgeführter Arbeitsauftrag wird nur mit einem Besuch wiederhergestellt, bei dem die Arbeiten erledigt wurden (ein verspätet gemeldeter Besuch).</translation>
    </message>
    <message>
        <source>Only PPM work orders are closed as not done.</source>
        <translation>Nur PPM-Arbeitsaufträge werden als nicht durchgeführt abgeschlossen.</translation>
    </message>
    <message>
        <source>PPM work orders are not cancelled in bulk: cancel each one on its own, or close those whose financial period has ended with “Close PPMs”.</source>
        <translation>PPM-Arbeitsaufträge werden nicht gesammelt storniert: Stornieren Sie jeden einzeln, oder schließen Sie diejenigen, deren Abrechnungszeitraum beendet ist, mit „PPMs abschließen“ ab.</translation>
    </message>
    <message>
        <source>Reactive, quote, purchase and audit work orders cannot be cancelled in bulk: cancel each one on its own.</source>
        <translation>Reaktive, Angebots-, Einkaufs- und Audit-Arbeitsaufträge können nicht gesammelt storniert werden: Stornieren Sie jeden einzeln.</translation>
    </message>
    <message>
        <source>Work orders are reinstated one at a time: open each one to choose how.</source>
        <translation>Arbeitsaufträge werden einzeln wiederhergestellt: Öffnen Sie jeden, um zu wählen, wie.</translation>
    </message>
    <message>
        <source>Closing PPM work orders in bulk needs the permission “{permission}”.</source>
        <translation>Zum gesammelten Abschließen von PPM-Arbeitsaufträgen benötigen Sie die Berechtigung „{permission}“.</translation>
    </message>
    <message>
        <source>Not a PPM work order.</source>
        <translation>Kein PPM-Arbeitsauftrag.</translation>
    </message>
    <message>
        <source>Not open: the work order is “{status}”.</source>
        <translation>Nicht offen: Der Arbeitsauftrag hat den Status „{status}“.</translation>
    </message>
    <message>
        <source>The work order has no financial end date.</source>
        <translation>Der Arbeitsauftrag hat kein finanzielles Enddatum.</translation>
    </message>
    <message>
        <source>Its financial end date, {date}, has not passed yet.</source>
        <translation>Sein finanzielles Enddatum ({date}) ist noch nicht überschritten.</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>Der Arbeitsauftrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The work order is “{status}”: it can no longer be changed.</source>
        <translation>Der Arbeitsauftrag ist „{status}“: Er kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>A PPM work order's type, building and contract come from its PPM job.</source>
        <translation>Typ, Gebäude und Vertrag eines PPM-Arbeitsauftrags stammen aus seiner PPM-Aufgabe.</translation>
    </message>
    <message>
        <source>The building and the type can be changed only while the work order is “{new}” or “{clarification}”.</source>
        <translation>Gebäude und Typ können nur geändert werden, solange der Arbeitsauftrag „{new}“ oder „{clarification}“ ist.</translation>
    </message>
    <message>
        <source>Only a new work order logged by mistake can be deleted: this one is “{status}”.</source>
        <translation>Nur ein versehentlich erfasster neuer Arbeitsauftrag kann gelöscht werden: Dieser ist „{status}“.</translation>
    </message>
    <message>
        <source>It was already started.</source>
        <translation>Er wurde bereits begonnen.</translation>
    </message>
    <message>
        <source>It already has changes, comments or emails in its activity log: cancel it instead.</source>
        <translation>Sein Aktivitätsprotokoll enthält bereits Änderungen, Kommentare oder E-Mails: Stornieren Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Deleting a work order needs the permission “{permission}”.</source>
        <translation>Zum Löschen eines Arbeitsauftrags ist die Berechtigung „{permission}“ nötig.</translation>
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
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>RemoveBuildingDialog</name>
    <message>
        <source>Remove from job</source>
        <translation>Aus der Leistung entfernen</translation>
    </message>
    <message>
        <source>PPM work orders were generated for {building} in the job “{job}”, so it leaves the job at a date. Its later periods turn invalid and their orders that were not started are cancelled.</source>
        <translation>Für {building} wurden in der Leistung „{job}“ PPM-Arbeitsaufträge erzeugt, daher verlässt es die Leistung zu einem Datum. Seine späteren Zeiträume werden ungültig, und ihre nicht begonnenen Aufträge werden storniert.</translation>
    </message>
    <message>
        <source>&amp;Last day in the job:</source>
        <translation>&amp;Letzter Tag in der Leistung:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove {building} from the PPM job “{job}”? Nothing was generated for it: its planned periods are deleted with it.</source>
        <translation>{building} aus der PPM-Leistung „{job}“ entfernen? Für das Gebäude wurde nichts erzeugt: Seine geplanten Zeiträume werden mit ihm gelöscht.</translation>
    </message>
</context>
<context>
    <name>ReplicationDialog</name>
    <message>
        <source>Replicate to other buildings</source>
        <translation>Auf andere Gebäude übertragen</translation>
    </message>
    <message>
        <source>The periods of {building} are saved. Copy its settings to other buildings of the job “{job}”?</source>
        <translation>Die Zeiträume von {building} sind gespeichert. Die Einstellungen auf andere Gebäude der Leistung „{job}“ übertragen?</translation>
    </message>
    <message>
        <source>Buildings:</source>
        <translation>Gebäude:</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Übertragen:</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Was sich ändert:</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Gebäude</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Site value</source>
        <translation>Standortwert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Check the buildings to copy to, or Skip.</source>
        <translation>Markieren Sie die Zielgebäude oder wählen Sie „Überspringen“.</translation>
    </message>
    <message>
        <source>Check at least one setting to copy.</source>
        <translation>Markieren Sie mindestens eine Einstellung, die übertragen werden soll.</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>{field} not copied: {reason}</source>
        <translation>{field} nicht übertragen: {reason}</translation>
    </message>
    <message>
        <source>Its hand-set visit dates are replaced by the planned ones.</source>
        <translation>Die von Hand festgelegten Besuchstermine werden durch die geplanten ersetzt.</translation>
    </message>
    <message>
        <source>Cancels work orders {numbers}: their periods are no longer valid.</source>
        <translation>Storniert die Arbeitsaufträge {numbers}: Ihre Zeiträume sind nicht mehr gültig.</translation>
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
        <translation>Den bearbeiteten Text durch die Vorlage ersetzen?</translation>
    </message>
    <message>
        <source>Reply from template: work order {number}</source>
        <translation>Mit Vorlage antworten: Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>Choose a template: it is filled in for work order {number} in its contact's language. Edit the text if needed; it is added to the activity log as a comment.</source>
        <translation>Wählen Sie eine Vorlage: sie wird für den Arbeitsauftrag {number} in der Sprache seines Kontakts ausgefüllt. Bearbeiten Sie den Text bei Bedarf; er wird dem Aktivitätsprotokoll als Kommentar hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Type part of a template's title</source>
        <translation>Geben Sie einen Teil des Titels einer Vorlage ein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <source>Also &amp;email it to the notified contacts ({names})</source>
        <translation>Auch per &amp;E-Mail an die benachrichtigten Kontakte senden ({names})</translation>
    </message>
    <message>
        <source>Also &amp;email it to the notified contacts (nobody is notified)</source>
        <translation>Auch per &amp;E-Mail an die benachrichtigten Kontakte senden (niemand wird benachrichtigt)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>There is no reply template yet: an administrator adds them in Administration.</source>
        <translation>Es gibt noch keine Antwortvorlage: ein Administrator fügt sie unter Verwaltung hinzu.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Wählen Sie eine Vorlage.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Schreiben Sie zuerst die Antwort.</translation>
    </message>
    <message>
        <source>Reply from template…</source>
        <translation>Mit Vorlage antworten…</translation>
    </message>
    <message>
        <source>Post a reply written from a template, and email it to the notified contacts if you wish</source>
        <translation>Eine aus einer Vorlage geschriebene Antwort veröffentlichen und sie auf Wunsch per E-Mail an die benachrichtigten Kontakte senden</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Rolle anlegen</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A role grants its permissions to every agent who holds it, from their next sign-in.</source>
        <translation>Eine Rolle gewährt ihre Berechtigungen jedem Mitarbeiter, der sie hat, ab seiner nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>Geben Sie der Rolle einen Namen.</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Neue Rolle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>SavedViewsButton</name>
    <message>
        <source>Vi&amp;ews</source>
        <translation>Ans&amp;ichten</translation>
    </message>
    <message>
        <source>Your saved filters: show one, save the current filters, delete one</source>
        <translation>Ihre gespeicherten Filter: einen anzeigen, die aktuellen Filter speichern, einen löschen</translation>
    </message>
    <message>
        <source>&amp;Save the current filters as a view…</source>
        <translation>Aktuelle Filter als Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Delete a view</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>A view named “{name}” exists already. Replace it with the current filters?</source>
        <translation>Eine Ansicht namens „{name}“ ist bereits vorhanden. Möchten Sie sie durch die aktuellen Filter ersetzen?</translation>
    </message>
    <message>
        <source>Delete the view “{name}”?</source>
        <translation>Die Ansicht „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>The saved views could not be read or written. Check the connection to the database.</source>
        <translation>Die gespeicherten Ansichten konnten nicht gelesen oder geschrieben werden. Prüfen Sie die Verbindung zur Datenbank.</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>A new password for {name} ({login}).</source>
        <translation>Ein neues Passwort für {name} ({login}).</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>The agent &amp;must choose a new password at their next sign-in</source>
        <translation>Der Mitarbeiter &amp;muss bei der nächsten Anmeldung ein neues Passwort wählen</translation>
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
    <message>
        <source>Email (SMTP)</source>
        <translation>E-Mail (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Encrypt the connection with &amp;STARTTLS</source>
        <translation>Verbindung mit S&amp;TARTTLS verschlüsseln</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>None: the server needs no sign-in</source>
        <translation>Keiner: Der Server erfordert keine Anmeldung</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <source>helpdesk@example.com</source>
        <translation>helpdesk@example.com</translation>
    </message>
    <message>
        <source>Notifications are sent through this server in the background. Without a server they wait in the outbox (Tools &gt; Outbox). The password is kept in the settings file of your account.</source>
        <translation>Benachrichtigungen werden im Hintergrund über diesen Server gesendet. Ohne Server warten sie im Postausgang (Extras &gt; Postausgang). Das Passwort wird in der Einstellungsdatei Ihres Kontos gespeichert.</translation>
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
    <message>
        <source>Choose a new password to sign in.</source>
        <translation>Wählen Sie ein neues Passwort, um sich anzumelden.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Customer signature – work order {number}</source>
        <translation>Unterschrift des Kunden – Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>Ask the customer to sign in the box below, then type their name.</source>
        <translation>Bitten Sie den Kunden, im Feld unten zu unterschreiben, und geben Sie dann seinen Namen ein.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Unterschrieben von:</translation>
    </message>
    <message>
        <source>The customer's full name</source>
        <translation>Vollständiger Name des Kunden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The customer has not signed yet.</source>
        <translation>Der Kunde hat noch nicht unterschrieben.</translation>
    </message>
    <message>
        <source>Type the name of the person who signed.</source>
        <translation>Geben Sie den Namen der Person ein, die unterschrieben hat.</translation>
    </message>
    <message>
        <source>Customer signature…</source>
        <translation>Unterschrift des Kunden…</translation>
    </message>
    <message>
        <source>Let the customer sign for the work on a pad; kept as Signature.png</source>
        <translation>Den Kunden die Arbeiten auf einem Unterschriftenfeld bestätigen lassen; gespeichert als Signature.png</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Unterschrift des Kunden</translation>
    </message>
    <message>
        <source>This type of work order asks for the customer's signature on completion. Take it now?</source>
        <translation>Diese Art von Arbeitsauftrag verlangt beim Abschluss die Unterschrift des Kunden. Jetzt einholen?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>There is no Bureau database at {path}. Check the path, or add --create to create a new database there.</source>
        <translation>Unter {path} gibt es keine Bureau-Datenbank. Prüfen Sie den Pfad, oder fügen Sie --create hinzu, um dort eine neue Datenbank anzulegen.</translation>
    </message>
    <message>
        <source>Cannot open the database {database}: {error}. Check that the file and its folder can be written to, or choose another database with --database.</source>
        <translation>Die Datenbank {database} kann nicht geöffnet werden: {error}. Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind, oder wählen Sie mit --database eine andere Datenbank.</translation>
    </message>
    <message>
        <source>Cannot open the database {database}: {error}. Check the URL and that the server is running, or choose another database with --database.</source>
        <translation>Die Datenbank {database} kann nicht geöffnet werden: {error}. Prüfen Sie die URL und ob der Server läuft, oder wählen Sie mit --database eine andere Datenbank.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder} for the database {path} ({error}): choose a folder you can write to.</source>
        <translation>Der Ordner {folder} für die Datenbank {path} kann nicht angelegt werden ({error}): Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: the file is read-only. Choose a folder you can write to.</source>
        <translation>Die Datenbank {path} kann nicht angelegt werden: Die Datei ist schreibgeschützt. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: its folder {folder} is read-only. Choose a folder you can write to.</source>
        <translation>Die Datenbank {path} kann nicht angelegt werden: Ihr Ordner {folder} ist schreibgeschützt. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>The database {database} is not at this version of Bureau's schema: open it with Bureau once (or run the command without --dry-run) to create or upgrade it.</source>
        <translation>Die Datenbank {database} hat nicht das Schema dieser Bureau-Version: Öffnen Sie sie einmal mit Bureau (oder führen Sie den Befehl ohne --dry-run aus), um sie anzulegen oder zu aktualisieren.</translation>
    </message>
    <message>
        <source>Cannot use the database {database}: {error}. Install Bureau with its PostgreSQL driver (pip install "bureau[postgres]").</source>
        <translation>Die Datenbank {database} kann nicht verwendet werden: {error}. Installieren Sie Bureau mit seinem PostgreSQL-Treiber (pip install "bureau[postgres]").</translation>
    </message>
    <message>
        <source>Cannot use the database {database}: {error}. Check its URL.</source>
        <translation>Die Datenbank {database} kann nicht verwendet werden: {error}. Prüfen Sie ihre URL.</translation>
    </message>
    <message>
        <source>Database upgraded; the previous version was saved as {path}</source>
        <translation>Datenbank aktualisiert; die vorherige Version wurde als {path} gesichert</translation>
    </message>
    <message>
        <source>Qt cannot show a window without the X11 libraries {libraries}. Install them: on Debian or Ubuntu sudo apt install {debian}; on Fedora sudo dnf install {fedora}.</source>
        <translation>Qt kann ohne die X11-Bibliotheken {libraries} kein Fenster anzeigen. Installieren Sie sie: unter Debian oder Ubuntu sudo apt install {debian}; unter Fedora sudo dnf install {fedora}.</translation>
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
        <source>The demo's agents have no password: give them one in Administration &gt; Agents and roles… before they sign in.</source>
        <translation>Die Mitarbeiter der Demo haben kein Passwort: Vergeben Sie eines unter Verwaltung &gt; Mitarbeiter und Rollen…, bevor sie sich anmelden.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Cannot sign in to {database} as {login}: {reason} Check BUREAU_USER and BUREAU_PASSWORD.</source>
        <translation>Anmeldung bei {database} als {login} nicht möglich: {reason} Prüfen Sie BUREAU_USER und BUREAU_PASSWORD.</translation>
    </message>
    <message>
        <source>{login} must choose a new password: start Bureau without BUREAU_PASSWORD and sign in.</source>
        <translation>{login} muss ein neues Passwort wählen: Starten Sie Bureau ohne BUREAU_PASSWORD und melden Sie sich an.</translation>
    </message>
    <message>
        <source>Signing in to {database} is needed: set BUREAU_USER and BUREAU_PASSWORD.</source>
        <translation>Eine Anmeldung bei {database} ist nötig: Setzen Sie BUREAU_USER und BUREAU_PASSWORD.</translation>
    </message>
    <message>
        <source>Cannot save the screenshot as {path}: choose a folder you can write to.</source>
        <translation>Das Bildschirmfoto kann nicht als {path} gespeichert werden: Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Cannot use the data folder {folder} ({error}): set BUREAU_DATA_DIR to a folder you can write to.</source>
        <translation>Der Datenordner {folder} kann nicht verwendet werden ({error}): Setzen Sie BUREAU_DATA_DIR auf einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>There is no Bureau database at {path}. Create a new one?</source>
        <translation>Unter {path} gibt es keine Bureau-Datenbank. Eine neue anlegen?</translation>
    </message>
    <message>
        <source>PPM generation failed: {error}</source>
        <translation>PPM-Erzeugung fehlgeschlagen: {error}</translation>
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
    <message>
        <source>Not done</source>
        <translation>Nicht durchgeführt</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New reply template</source>
        <translation>Neue Antwortvorlage</translation>
    </message>
    <message>
        <source>Reply template “{title}”</source>
        <translation>Antwortvorlage „{title}“</translation>
    </message>
    <message>
        <source>Agents reply to a work order with this text, filled in for the order. The default body is used for the languages without a body of their own.</source>
        <translation>Mitarbeiter antworten auf einen Arbeitsauftrag mit diesem Text, für den Auftrag ausgefüllt. Der Standardtext gilt für die Sprachen ohne eigenen Text.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Default body</source>
        <translation>Standardtext</translation>
    </message>
    <message>
        <source>Empty: the default body is used</source>
        <translation>Leer: der Standardtext wird verwendet</translation>
    </message>
    <message>
        <source>Hello {contact}, …</source>
        <translation>Guten Tag {contact}, …</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Platzhalter (Doppelklick zum Einfügen):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Give the template a title.</source>
        <translation>Geben Sie der Vorlage einen Titel.</translation>
    </message>
    <message>
        <source>Write the default body.</source>
        <translation>Schreiben Sie den Standardtext.</translation>
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
        <translation>Texte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Neue Vorlage…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivieren</translation>
    </message>
    <message>
        <source>The template is kept but no longer offered to reply with</source>
        <translation>Die Vorlage bleibt erhalten, wird aber zum Antworten nicht mehr angeboten</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Reply &amp;templates</source>
        <translation>Antwort&amp;vorlagen</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Antwortvorlagen</translation>
    </message>
    <message>
        <source>Default, {languages}</source>
        <translation>Standard, {languages}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
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
        <translation>kein Techniker</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>kein Satz</translation>
    </message>
    <message>
        <source>{rate} at {amount} an hour</source>
        <translation>{rate} zu {amount} pro Stunde</translation>
    </message>
    <message>
        <source>billable</source>
        <translation>abrechenbar</translation>
    </message>
    <message>
        <source>not billable</source>
        <translation>nicht abrechenbar</translation>
    </message>
    <message>
        <source>Was: {summary}</source>
        <translation>Vorher: {summary}</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <source>Add time entry: work order {number}</source>
        <translation>Zeiteintrag hinzufügen: Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Edit time entry: work order {number}</source>
        <translation>Zeiteintrag bearbeiten: Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The timer is stopped. Check the time it measured and add it to the order.</source>
        <translation>Der Timer ist gestoppt. Prüfen Sie die gemessene Zeit und fügen Sie sie dem Auftrag hinzu.</translation>
    </message>
    <message>
        <source>Times are your computer's local time.</source>
        <translation>Die Zeiten sind die Ortszeit Ihres Computers.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>No rate</source>
        <translation>Kein Satz</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>&amp;Techniker:</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Satz:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>&amp;Abrechenbar</translation>
    </message>
    <message>
        <source>Charge the client for this time</source>
        <translation>Diese Zeit dem Kunden berechnen</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Work order {number}: {start} – {end}</source>
        <translation>Arbeitsauftrag {number}: {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <source>%n other time entry(ies) of this technician overlap this time:</source>
        <translation>
            <numerusform>%n anderer Zeiteintrag dieses Technikers überschneidet sich mit dieser Zeit:</numerusform>
            <numerusform>%n andere Zeiteinträge dieses Technikers überschneiden sich mit dieser Zeit:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimePanel</name>
    <message>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Abrechenbar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Record time spent on this work order</source>
        <translation>Für diesen Arbeitsauftrag aufgewendete Zeit erfassen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Add time entry…</source>
        <translation>Zeiteintrag hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <source>Time (%n)</source>
        <translation>
            <numerusform>Zeit (%n)</numerusform>
            <numerusform>Zeit (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No time recorded yet.</source>
        <translation>Noch keine Zeit erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), total time {total}, billable {billable}</source>
        <translation>
            <numerusform>%n Eintrag, Gesamtzeit {total}, abrechenbar {billable}</numerusform>
            <numerusform>%n Einträge, Gesamtzeit {total}, abrechenbar {billable}</numerusform>
        </translation>
    </message>
    <message>
        <source>Billable amount: {amounts}</source>
        <translation>Abrechenbarer Betrag: {amounts}</translation>
    </message>
    <message>
        <source>Only the agent who recorded this time, or an administrator</source>
        <translation>Nur der Mitarbeiter, der diese Zeit erfasst hat, oder ein Administrator</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>Stop your timer and record its time on this work order ({key})</source>
        <translation>Ihren Timer stoppen und seine Zeit für diesen Arbeitsauftrag erfassen ({key})</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Time your work on this work order ({key})</source>
        <translation>Ihre Arbeit an diesem Arbeitsauftrag messen ({key})</translation>
    </message>
    <message>
        <source>Delete time entry</source>
        <translation>Zeiteintrag löschen</translation>
    </message>
    <message>
        <source>Delete the time entry of {technician}, {start} ({duration})?</source>
        <translation>Den Zeiteintrag von {technician}, {start} ({duration}) löschen?</translation>
    </message>
    <message>
        <source>Your timer runs on this work order. Stop it and record its time first?</source>
        <translation>Ihr Timer läuft für diesen Arbeitsauftrag. Ihn zuerst stoppen und seine Zeit erfassen?</translation>
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
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Fixed cost</source>
        <translation>Festpreis</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>Notified contacts</source>
        <translation>Benachrichtigte Kontakte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Created the work order.</source>
        <translation>Hat den Arbeitsauftrag erstellt.</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>Status: {old} → {new}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Email queued for {addresses}</source>
        <translation>E-Mail an {addresses} in Warteschlange</translation>
    </message>
    <message>
        <source>Description changed.</source>
        <translation>Beschreibung geändert.</translation>
    </message>
    <message>
        <source>{field} set to {new}</source>
        <translation>{field} gesetzt auf {new}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Removed the attachment {name}</source>
        <translation>Anhang {name} entfernt</translation>
    </message>
    <message>
        <source>Customer signature by {signer} ({name})</source>
        <translation>Unterschrift des Kunden von {signer} ({name})</translation>
    </message>
    <message>
        <source>Attached {name} (from work order {number})</source>
        <translation>{name} angehängt (aus Arbeitsauftrag {number})</translation>
    </message>
    <message>
        <source>Attached {name}</source>
        <translation>{name} angehängt</translation>
    </message>
    <message>
        <source>Time entry changed</source>
        <translation>Zeiteintrag geändert</translation>
    </message>
    <message>
        <source>Time entry deleted</source>
        <translation>Zeiteintrag gelöscht</translation>
    </message>
    <message>
        <source>Time entry added</source>
        <translation>Zeiteintrag hinzugefügt</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Bisher ist nichts geschehen.</translation>
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
        <translation>Ihr Timer läuft für den Arbeitsauftrag {number}. Ihn stoppen, seine Zeit erfassen und diesen Auftrag messen?</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Timer stoppen</translation>
    </message>
    <message>
        <source>The timer on work order {number} measured no working time: there is nothing to record.</source>
        <translation>Der Timer für den Arbeitsauftrag {number} hat keine Arbeitszeit gemessen: Es gibt nichts zu erfassen.</translation>
    </message>
    <message>
        <source>Discard timed work</source>
        <translation>Gemessene Zeit verwerfen</translation>
    </message>
    <message>
        <source>Discard the timed {duration} on work order {number}? It will not be recorded.</source>
        <translation>Die gemessenen {duration} für den Arbeitsauftrag {number} verwerfen? Sie werden nicht erfasst.</translation>
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
        <translation>Den Timer stoppen und seine Zeit für den Arbeitsauftrag erfassen</translation>
    </message>
    <message>
        <source>Your timer: click to open its work order</source>
        <translation>Ihr Timer: Klicken Sie, um seinen Arbeitsauftrag zu öffnen</translation>
    </message>
    <message>
        <source>WO {number} · {elapsed}</source>
        <translation>AA {number} · {elapsed}</translation>
    </message>
    <message>
        <source>Timing work order {number} ({title}) since {time}: click to open it</source>
        <translation>Zeitmessung für den Arbeitsauftrag {number} ({title}) seit {time}: Klicken Sie, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message numerus="yes">
        <source>No input for %n minute(s) while your timer runs. Keep this idle time?</source>
        <translation>
            <numerusform>Seit %n Minute keine Eingabe, während Ihr Timer läuft. Diese Leerlaufzeit behalten?</numerusform>
            <numerusform>Seit %n Minuten keine Eingabe, während Ihr Timer läuft. Diese Leerlaufzeit behalten?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>&amp;Discard idle time</source>
        <translation>&amp;Leerlaufzeit verwerfen</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetailView</name>
    <message>
        <source>WO {number}</source>
        <translation>AA {number}</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>The agent's actions on this work order</source>
        <translation>Die Aktionen des Mitarbeiters für diesen Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the work order again from the database (F5)</source>
        <translation>Den Arbeitsauftrag erneut aus der Datenbank lesen (F5)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
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
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
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
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>PPM period</source>
        <translation>PPM-Zeitraum</translation>
    </message>
    <message>
        <source>Fixed cost</source>
        <translation>Festpreis</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>Kundenreferenz</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Benachrichtigt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{job}: {start} to {end}</source>
        <translation>{job}: {start} bis {end}</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (überfällig)</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source> (invoice only)</source>
        <translation> (nur Rechnung)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>The due date has passed and the work order is still open.</source>
        <translation>Das Fälligkeitsdatum ist überschritten und der Arbeitsauftrag ist noch offen.</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Edit notifications…</source>
        <translation>Benachrichtigungen bearbeiten…</translation>
    </message>
    <message>
        <source>Choose the client's contacts who are emailed about this order</source>
        <translation>Die Kontakte des Kunden auswählen, die zu diesem Arbeitsauftrag E-Mails erhalten</translation>
    </message>
    <message>
        <source>Record certificate…</source>
        <translation>Zertifikat erfassen…</translation>
    </message>
    <message>
        <source>Record the certificate of this PPM visit with its document</source>
        <translation>Das Zertifikat dieses PPM-Besuchs mit seinem Dokument erfassen</translation>
    </message>
    <message>
        <source>Log similar…</source>
        <translation>Ähnlichen Auftrag erfassen…</translation>
    </message>
    <message>
        <source>Log a new work order with this one's client, building, contact, type and category</source>
        <translation>Einen neuen Arbeitsauftrag mit Kunde, Gebäude, Kontakt, Typ und Kategorie dieses Auftrags erfassen</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Arbeitsauftrag {number}</translation>
    </message>
    <message>
        <source>Record certificate</source>
        <translation>Zertifikat erfassen</translation>
    </message>
    <message>
        <source>This PPM visit needs a certificate. Record the certificate now?</source>
        <translation>Dieser PPM-Besuch erfordert ein Zertifikat. Das Zertifikat jetzt erfassen?</translation>
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
<context>
    <name>WorkOrderWindow</name>
    <message>
        <source>Work order {number}: {title}</source>
        <translation>Arbeitsauftrag {number}: {title}</translation>
    </message>
</context>
<context>
    <name>WorkSettingsPage</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>&amp;Größte Datei:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Files larger than this cannot be attached to work orders</source>
        <translation>Größere Dateien können nicht an Arbeitsaufträge angehängt werden</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Unterschrift des Kunden</translation>
    </message>
    <message>
        <source>Completing a work order of these types offers to take the customer's signature:</source>
        <translation>Beim Abschließen eines Arbeitsauftrags dieser Arten wird angeboten, die Unterschrift des Kunden einzuholen:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Work orders</source>
        <translation>&amp;Arbeitsaufträge</translation>
    </message>
    <message>
        <source>Work order settings</source>
        <translation>Einstellungen der Arbeitsaufträge</translation>
    </message>
</context>
</TS>
