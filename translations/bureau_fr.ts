<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Action</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Ask for clarification</source>
        <translation>Demander des précisions</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation>Soumettre pour vérification</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Correction not valid</source>
        <translation>Correction non valide</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Complete with zero balance</source>
        <translation>Terminer avec un solde à zéro</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Rétablir l’ordre de travail</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <source>To previous status</source>
        <translation>Au statut précédent</translation>
    </message>
    <message>
        <source>With visit: revisit required</source>
        <translation>Avec visite : nouvelle visite nécessaire</translation>
    </message>
    <message>
        <source>With visit: work completed</source>
        <translation>Avec visite : travaux terminés</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Set fixed cost</source>
        <translation>Définir le coût fixe</translation>
    </message>
    <message>
        <source>Reference provided</source>
        <translation>Référence fournie</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>{action}: work order {number}</source>
        <translation>{action} : ordre de travail {number}</translation>
    </message>
    <message>
        <source>Cancel work order {number}, “{title}”. It has not been started. Write down why it is cancelled.</source>
        <translation>Annuler l'ordre de travail {number}, « {title} ». Il n'a pas été commencé. Indiquez pourquoi il est annulé.</translation>
    </message>
    <message>
        <source>Reject work order {number}, “{title}”. The reason is kept in its activity log.</source>
        <translation>Rejeter l'ordre de travail {number}, « {title} ». Le motif est conservé dans son journal d'activité.</translation>
    </message>
    <message>
        <source>Ask for clarification on work order {number}, “{title}”: say what is unclear.</source>
        <translation>Demander des précisions sur l'ordre de travail {number}, « {title} » : indiquez ce qui n'est pas clair.</translation>
    </message>
    <message>
        <source>Send work order {number}, “{title}”, back to In progress: say what is not right.</source>
        <translation>Renvoyer l'ordre de travail {number}, « {title} », en cours : indiquez ce qui ne va pas.</translation>
    </message>
    <message>
        <source>Reinstate work order {number}, “{title}”. Choose how:</source>
        <translation>Rétablir l'ordre de travail {number}, « {title} ». Choisissez comment :</translation>
    </message>
    <message>
        <source>{action} work order {number}, “{title}”.</source>
        <translation>{action} : ordre de travail {number}, « {title} ».</translation>
    </message>
    <message>
        <source>The contract's PPM contacts are emailed, and this visit will never be generated again.</source>
        <translation>Les contacts PPM du contrat reçoivent un e-mail, et cette visite ne sera plus jamais générée.</translation>
    </message>
    <message>
        <source>Current status: {status}.</source>
        <translation>Statut actuel : {status}.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Choose how the work order is reinstated.</source>
        <translation>Choisissez comment l'ordre de travail est rétabli.</translation>
    </message>
    <message>
        <source>Write the cancellation notes: they are required.</source>
        <translation>Rédigez les notes d'annulation : elles sont obligatoires.</translation>
    </message>
    <message>
        <source>Write the reason for the rejection: it is required.</source>
        <translation>Indiquez le motif du rejet : il est obligatoire.</translation>
    </message>
    <message>
        <source>Write notes for the assignee: reinstating to the previous status requires them.</source>
        <translation>Rédigez des notes pour l'intervenant : le rétablissement au statut précédent les exige.</translation>
    </message>
    <message>
        <source>Write a comment: this action requires one.</source>
        <translation>Rédigez un commentaire : cette action l'exige.</translation>
    </message>
</context>
<context>
    <name>AddBuildingsDialog</name>
    <message>
        <source>Add buildings</source>
        <translation>Ajouter des bâtiments</translation>
    </message>
    <message>
        <source>Tick the buildings of the client to add to the PPM job “{job}”. Each is planned with the job's defaults, which you can then change per building.</source>
        <translation>Cochez les bâtiments du client à ajouter à la tâche PPM « {job} ». Chacun est planifié avec les valeurs par défaut de la tâche, que vous pourrez ensuite modifier bâtiment par bâtiment.</translation>
    </message>
    <message>
        <source>Search: part of the building's name, city or postcode</source>
        <translation>Recherche : une partie du nom, de la ville ou du code postal du bâtiment</translation>
    </message>
    <message numerus="yes">
        <source>%n building(s) ticked</source>
        <translation>
            <numerusform>%n bâtiment coché</numerusform>
            <numerusform>%n bâtiments cochés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n building(s)</source>
        <translation>
            <numerusform>&amp;Ajouter %n bâtiment</numerusform>
            <numerusform>&amp;Ajouter %n bâtiments</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>{name} — {city}</source>
        <translation>{name} — {city}</translation>
    </message>
    <message>
        <source>{building} (left the job after {date})</source>
        <translation>{building} (a quitté la tâche après le {date})</translation>
    </message>
    <message>
        <source>This building left the job after {date}: it cannot be added to it again.</source>
        <translation>Ce bâtiment a quitté la tâche après le {date} : il ne peut pas y être ajouté à nouveau.</translation>
    </message>
    <message>
        <source>{building} (already in the job)</source>
        <translation>{building} (déjà dans la tâche)</translation>
    </message>
    <message>
        <source>This building is already in the job.</source>
        <translation>Ce bâtiment fait déjà partie de la tâche.</translation>
    </message>
</context>
<context>
    <name>AdministrationTools</name>
    <message>
        <source>&amp;Administration</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <source>&amp;Agents and roles…</source>
        <translation>&amp;Agents et rôles…</translation>
    </message>
    <message>
        <source>The agents, their roles and the permissions each role grants</source>
        <translation>Les agents, leurs rôles et les permissions accordées par chaque rôle</translation>
    </message>
    <message>
        <source>My &amp;account…</source>
        <translation>Mon &amp;compte…</translation>
    </message>
    <message>
        <source>Your display name, email, language and password</source>
        <translation>Votre nom d’affichage, votre e-mail, votre langue et votre mot de passe</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
</context>
<context>
    <name>AdministrationWindow</name>
    <message>
        <source>Agents and roles</source>
        <translation>Agents et rôles</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agents</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>&amp;Rôles</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <source>New agent</source>
        <translation>Nouvel agent</translation>
    </message>
    <message>
        <source>The agent's account. Agents can be assigned work orders once they exist.</source>
        <translation>Le compte de l’agent. Dès sa création, des ordres de travail peuvent lui être attribués.</translation>
    </message>
    <message>
        <source>Create agent</source>
        <translation>Créer l’agent</translation>
    </message>
    <message>
        <source>Edit agent</source>
        <translation>Modifier l’agent</translation>
    </message>
    <message>
        <source>Changes apply from the agent's next sign-in.</source>
        <translation>Les modifications s’appliquent à la prochaine connexion de l’agent.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom d’affichage :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <source>The agent &amp;must choose a new password at their first sign-in</source>
        <translation>L’agent &amp;doit choisir un nouveau mot de passe à sa première connexion</translation>
    </message>
    <message>
        <source>Give the agent's login.</source>
        <translation>Indiquez l’identifiant de l’agent.</translation>
    </message>
    <message>
        <source>Give the agent's display name.</source>
        <translation>Indiquez le nom d’affichage de l’agent.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Le mot de passe doit comporter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>&amp;Nouvel agent…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>The agent can no longer sign in nor be assigned; their work orders keep their name</source>
        <translation>L’agent ne peut plus se connecter ni recevoir d’attribution ; ses ordres de travail gardent son nom</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Réa&amp;ctiver</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Définir le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active, no password yet</source>
        <translation>Actif, sans mot de passe pour l’instant</translation>
    </message>
    <message>
        <source>Active, new password required</source>
        <translation>Actif, nouveau mot de passe requis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign: work order {number}</source>
        <translation>Affecter : ordre de travail {number}</translation>
    </message>
    <message>
        <source>Currently assigned to: {name}.</source>
        <translation>Actuellement affecté à : {name}.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Affecter</translation>
    </message>
    <message>
        <source>Choose another agent: the work order is already assigned to this one.</source>
        <translation>Choisissez un autre agent : l'ordre de travail lui est déjà affecté.</translation>
    </message>
</context>
<context>
    <name>AttachRunner</name>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Attaching {file}…</source>
        <translation>Ajout de {file}…</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The file could not be attached: {error}</source>
        <translation>Le fichier n’a pas pu être joint : {error}</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Drop files onto the work order or paste an image (Ctrl+V) to attach them. Accepted: {types}.</source>
        <translation>Déposez des fichiers sur l’ordre de travail ou collez une image (Ctrl+V) pour les joindre. Acceptés : {types}.</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Coller une image</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Accepted files ({patterns})</source>
        <translation>Fichiers acceptés ({patterns})</translation>
    </message>
    <message>
        <source>A file is being attached: wait until it is done, then try again.</source>
        <translation>Un fichier est en cours d’ajout : attendez qu’il soit joint, puis réessayez.</translation>
    </message>
    <message>
        <source>The clipboard holds no image to attach.</source>
        <translation>Le presse-papiers ne contient aucune image à joindre.</translation>
    </message>
    <message>
        <source>Pasted image {moment}.png</source>
        <translation>Image collée {moment}.png</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file} : {reason}</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>“{file}” could not be written: {reason}</source>
        <translation>« {file} » n’a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <source>No program could open {file}.</source>
        <translation>Aucun programme n’a pu ouvrir {file}.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
        <source>Remove “{file}” from the work order?</source>
        <translation>Retirer « {file} » de l’ordre de travail ?</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>The attachments of work order {number} were not copied: {reason}</source>
        <translation>Les pièces jointes de l’ordre de travail {number} n’ont pas été copiées : {reason}</translation>
    </message>
    <message>
        <source>Attach files to this work order</source>
        <translation>Joindre des fichiers à cet ordre de travail</translation>
    </message>
</context>
<context>
    <name>BuildingCertificatesDialog</name>
    <message>
        <source>Certificates of {building}</source>
        <translation>Certificats de {building}</translation>
    </message>
    <message>
        <source>The certificates issued for {building} under its certificate-based PPM jobs, newest first. The last passed one of a job sets when its next visit is due.</source>
        <translation>Les certificats délivrés pour {building} au titre de ses tâches PPM à certificat, du plus récent au plus ancien. Le dernier certificat conforme d’une tâche fixe l’échéance de sa prochaine visite.</translation>
    </message>
    <message>
        <source>PPM job</source>
        <translation>Tâche PPM</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Open the selected certificate's document with the system's viewer</source>
        <translation>Ouvrir le document du certificat sélectionné avec la visionneuse du système</translation>
    </message>
    <message>
        <source>&amp;Record certificate…</source>
        <translation>&amp;Enregistrer un certificat…</translation>
    </message>
    <message>
        <source>Record a certificate of this building with its document</source>
        <translation>Enregistrer un certificat de ce bâtiment avec son document</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>Recorded by {agent} on {when}</source>
        <translation>Enregistré par {agent} le {when}</translation>
    </message>
    <message>
        <source>an agent no longer known</source>
        <translation>un agent qui n’existe plus</translation>
    </message>
    <message>
        <source>From work order {number}</source>
        <translation>Depuis l’ordre de travail {number}</translation>
    </message>
    <message>
        <source>No certificate has been recorded for this building yet.</source>
        <translation>Aucun certificat n’a encore été enregistré pour ce bâtiment.</translation>
    </message>
    <message>
        <source>This building is in no certificate-based PPM job: it has no certificates to record.</source>
        <translation>Ce bâtiment ne fait partie d’aucune tâche PPM à certificat : il n’a aucun certificat à enregistrer.</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>New building</source>
        <translation>Nouveau bâtiment</translation>
    </message>
    <message>
        <source>A building of a client, where work orders are logged and PPM visits made.</source>
        <translation>Un bâtiment d’un client, pour lequel on enregistre des ordres de travail et où ont lieu les visites PPM.</translation>
    </message>
    <message>
        <source>Edit building</source>
        <translation>Modifier le bâtiment</translation>
    </message>
    <message>
        <source>Correct the building {name}.</source>
        <translation>Corrigez le bâtiment {name}.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Start da&amp;te:</source>
        <translation>Date de &amp;début :</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>Date de &amp;fin :</translation>
    </message>
    <message>
        <source>Access n&amp;otes:</source>
        <translation>C&amp;onsignes d’accès :</translation>
    </message>
    <message>
        <source>Required: type part of the client's name or reference</source>
        <translation>Obligatoire : tapez une partie du nom ou de la référence du client</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required: number and street</source>
        <translation>Obligatoire : numéro et rue</translation>
    </message>
    <message>
        <source>Type part of the name or the code</source>
        <translation>Tapez une partie du nom ou le code</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Optional: the day the building leaves the client. Delete clears it.</source>
        <translation>Facultatif : le jour où le bâtiment quitte le client. Suppr l’efface.</translation>
    </message>
    <message>
        <source>Optional: keys, codes, opening hours, whom to ask at the door</source>
        <translation>Facultatif : clés, codes, horaires d’ouverture, à qui s’adresser à l’entrée</translation>
    </message>
    <message>
        <source>Closures (no PPM visit is planned while the building is closed)</source>
        <translation>Fermetures (aucune visite PPM n’est planifiée pendant la fermeture du bâtiment)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Au (inclus)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Add c&amp;losure</source>
        <translation>Ajouter une fe&amp;rmeture</translation>
    </message>
    <message>
        <source>Re&amp;move closure</source>
        <translation>Retirer la fer&amp;meture</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>C&amp;ertificates…</source>
        <translation>Cer&amp;tificats…</translation>
    </message>
    <message>
        <source>The building's certificates: view their documents, record one</source>
        <translation>Les certificats du bâtiment : afficher leurs documents, en enregistrer un</translation>
    </message>
    <message>
        <source>Choose the client from the list: type part of its name or reference.</source>
        <translation>Choisissez le client dans la liste : tapez une partie de son nom ou de sa référence.</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>Choisissez le client.</translation>
    </message>
    <message>
        <source>Give the building's name.</source>
        <translation>Indiquez le nom du bâtiment.</translation>
    </message>
    <message>
        <source>Give the building's address.</source>
        <translation>Indiquez l’adresse du bâtiment.</translation>
    </message>
    <message>
        <source>Give the building's postcode.</source>
        <translation>Indiquez le code postal du bâtiment.</translation>
    </message>
    <message>
        <source>Give the building's city.</source>
        <translation>Indiquez la ville du bâtiment.</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>Choisissez le pays dans la liste.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>La date de fin ne doit pas précéder la date de début.</translation>
    </message>
    <message>
        <source>A closure ends before it starts (row {row}).</source>
        <translation>Une fermeture se termine avant de commencer (ligne {row}).</translation>
    </message>
    <message>
        <source>The PPM periods of this building were re-planned. Work orders cancelled automatically: {numbers}.</source>
        <translation>Les périodes PPM de ce bâtiment ont été replanifiées. Ordres de travail annulés automatiquement : {numbers}.</translation>
    </message>
    <message>
        <source>These started work orders are no longer in a valid PPM period and were left open: {numbers}. Complete or cancel them yourself.</source>
        <translation>Ces ordres de travail commencés ne sont plus dans une période PPM valide et sont restés ouverts : {numbers}. Terminez-les ou annulez-les vous-même.</translation>
    </message>
    <message>
        <source>PPM periods re-planned</source>
        <translation>Périodes PPM replanifiées</translation>
    </message>
</context>
<context>
    <name>BuildingImport</name>
    <message>
        <source>Client reference</source>
        <translation>Référence client</translation>
    </message>
    <message>
        <source>Building name</source>
        <translation>Nom du bâtiment</translation>
    </message>
    <message>
        <source>Address line</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Consignes d’accès</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Siège social</translation>
    </message>
    <message>
        <source>12 Station Road</source>
        <translation>12 rue de la Gare</translation>
    </message>
    <message>
        <source>Brussels</source>
        <translation>Bruxelles</translation>
    </message>
    <message>
        <source>Keys at the reception desk, badge needed after 6 pm.</source>
        <translation>Clés à l’accueil, badge nécessaire après 18 h.</translation>
    </message>
    <message>
        <source>CLIENT-REF</source>
        <translation>REF-CLIENT</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
</context>
<context>
    <name>BuildingPanel</name>
    <message>
        <source>&amp;Open work orders (double-click one to open it):</source>
        <translation>Ordres de trava&amp;il ouverts (double-cliquez sur l’un d’eux pour l’ouvrir) :</translation>
    </message>
    <message>
        <source>&amp;PPM jobs it is in:</source>
        <translation>Tâches PPM &amp;dont il fait partie :</translation>
    </message>
    <message>
        <source>Select a building to see its page.</source>
        <translation>Sélectionnez un bâtiment pour voir sa fiche.</translation>
    </message>
    <message>
        <source>Client: {client}</source>
        <translation>Client : {client}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <source>Since {start}</source>
        <translation>Depuis le {start}</translation>
    </message>
    <message>
        <source>Access: {notes}</source>
        <translation>Accès : {notes}</translation>
    </message>
    <message>
        <source>Closed from {start} to {end}</source>
        <translation>Fermé du {start} au {end}</translation>
    </message>
    <message>
        <source>Archived: offered for no new work.</source>
        <translation>Archivé : proposé pour aucun nouveau travail.</translation>
    </message>
    <message>
        <source>No open work order.</source>
        <translation>Aucun ordre de travail ouvert.</translation>
    </message>
    <message>
        <source>{contract}: {job}</source>
        <translation>{contract} : {job}</translation>
    </message>
    <message>
        <source>In no PPM job.</source>
        <translation>Dans aucune tâche PPM.</translation>
    </message>
</context>
<context>
    <name>BuildingsView</name>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>Name, address, postcode, city or client reference</source>
        <translation>Nom, adresse, code postal, ville ou référence du client</translation>
    </message>
    <message>
        <source>Add a building</source>
        <translation>Ajouter un bâtiment</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>&amp;Bulk</source>
        <translation>Actions &amp;groupées</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Changer le &amp;statut…</translation>
    </message>
    <message>
        <source>Apply a status action to each selected work order that allows it</source>
        <translation>Appliquer une action de statut à chaque ordre de travail sélectionné qui l’autorise</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Affecter à…</translation>
    </message>
    <message>
        <source>Assign the selected open work orders to an agent</source>
        <translation>Affecter les ordres de travail ouverts sélectionnés à un agent</translation>
    </message>
    <message>
        <source>&amp;Close PPMs…</source>
        <translation>&amp;Clôturer les PPM…</translation>
    </message>
    <message>
        <source>Close the selected open PPM work orders whose financial end date has passed</source>
        <translation>Clôturer les ordres de travail PPM ouverts sélectionnés dont la date de fin financière est dépassée</translation>
    </message>
    <message>
        <source>Needs the permission “{permission}”.</source>
        <translation>Nécessite l’autorisation « {permission} ».</translation>
    </message>
</context>
<context>
    <name>BulkAssignDialog</name>
    <message>
        <source>Assign</source>
        <translation>Affecter</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <source>Choose the agent, or Unassigned.</source>
        <translation>Choisissez l’agent ou « Non affecté ».</translation>
    </message>
</context>
<context>
    <name>BulkClosePpmDialog</name>
    <message>
        <source>Close PPMs</source>
        <translation>Clôturer les PPM</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Optional: logged on each work order closed</source>
        <translation>Facultatif : consigné dans chaque ordre de travail clôturé</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Affecter</translation>
    </message>
    <message>
        <source>Close PPMs</source>
        <translation>Clôturer les PPM</translation>
    </message>
    <message>
        <source>Change status: {action}</source>
        <translation>Changer le statut : {action}</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Copier la liste</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Change status: {action}</source>
        <translation>Changer le statut : {action}</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Affecter</translation>
    </message>
    <message>
        <source>Close PPMs</source>
        <translation>Clôturer les PPM</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Action groupée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The bulk action stopped: {error}</source>
        <translation>L’action groupée s’est arrêtée : {error}</translation>
    </message>
</context>
<context>
    <name>BulkStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Cancel job and Reinstate are not done in bulk: open each work order to cancel or reinstate it.</source>
        <translation>« Annuler la tâche » et « Rétablir l’ordre de travail » ne se font pas en masse : ouvrez chaque ordre de travail pour l’annuler ou le rétablir.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Required: logged on each work order</source>
        <translation>Obligatoire : consigné dans chaque ordre de travail</translation>
    </message>
    <message>
        <source>Optional: logged on each work order</source>
        <translation>Facultatif : consigné dans chaque ordre de travail</translation>
    </message>
    <message>
        <source>Write a comment: this action requires one.</source>
        <translation>Rédigez un commentaire : cette action l’exige.</translation>
    </message>
</context>
<context>
    <name>CertificateViewer</name>
    <message>
        <source>View certificate</source>
        <translation>Afficher le certificat</translation>
    </message>
    <message>
        <source>The document could not be written to a temporary file: {error}</source>
        <translation>Le document n’a pas pu être écrit dans un fichier temporaire : {error}</translation>
    </message>
    <message>
        <source>No program on this computer opens “{name}”. It was saved as {path}.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre « {name} ». Il a été enregistré sous {path}.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>Certificate recorded: passed, issued on {issued}. Reference: {reference}. Document: {file}.</source>
        <translation>Certificat enregistré : conforme, délivré le {issued}. Référence : {reference}. Document : {file}.</translation>
    </message>
    <message>
        <source>Certificate recorded: failed, issued on {issued}. Reference: {reference}. Document: {file}.</source>
        <translation>Certificat enregistré : non conforme, délivré le {issued}. Référence : {reference}. Document : {file}.</translation>
    </message>
    <message>
        <source>Valid until {date}.</source>
        <translation>Valable jusqu’au {date}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>ChangeAction</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Mot de passe défini</translation>
    </message>
    <message>
        <source>New password required at next sign-in</source>
        <translation>Nouveau mot de passe exigé à la prochaine connexion</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message numerus="yes">
        <source>Saving changes %n period(s) of {building}:</source>
        <translation>
            <numerusform>L’enregistrement modifie %n période de {building} :</numerusform>
            <numerusform>L’enregistrement modifie %n périodes de {building} :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-planned now, %n period(s) of {building} change:</source>
        <translation>
            <numerusform>Replanifiée maintenant, %n période de {building} change :</numerusform>
            <numerusform>Replanifiées maintenant, %n périodes de {building} changent :</numerusform>
        </translation>
    </message>
    <message>
        <source>Site value: {value}, unchanged.</source>
        <translation>Valeur du site : {value}, inchangée.</translation>
    </message>
    <message>
        <source>Site value: {before} → {after}</source>
        <translation>Valeur du site : {before} → {after}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Save these changes</source>
        <translation>&amp;Enregistrer ces modifications</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Period added</source>
        <translation>Période ajoutée</translation>
    </message>
    <message>
        <source>Period removed</source>
        <translation>Période supprimée</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>A client whose buildings Bureau looks after.</source>
        <translation>Un client dont Bureau gère les bâtiments.</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Correct the name or the reference of {name}.</source>
        <translation>Corrigez le nom ou la référence de {name}.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required: a short code no other client has</source>
        <translation>Obligatoire : un code court qu’aucun autre client n’a</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Give the client's name.</source>
        <translation>Indiquez le nom du client.</translation>
    </message>
    <message>
        <source>Give the client's reference.</source>
        <translation>Indiquez la référence du client.</translation>
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
        <translation>&amp;Bâtiments :</translation>
    </message>
    <message>
        <source>C&amp;ontacts:</source>
        <translation>&amp;Contacts :</translation>
    </message>
    <message>
        <source>Contracts:</source>
        <translation>Contrats :</translation>
    </message>
    <message>
        <source>O&amp;pen work orders:</source>
        <translation>Ordres de trava&amp;il ouverts :</translation>
    </message>
    <message>
        <source>Add a building…</source>
        <translation>Ajouter un bâtiment…</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Ajouter un contact…</translation>
    </message>
    <message>
        <source>Select a client to see its page.</source>
        <translation>Sélectionnez un client pour voir sa fiche.</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Référence : {reference}</translation>
    </message>
    <message>
        <source>Archived: offered for no new work.</source>
        <translation>Archivé : proposé pour aucun nouveau travail.</translation>
    </message>
    <message>
        <source>List the client's buildings</source>
        <translation>Lister les bâtiments du client</translation>
    </message>
    <message>
        <source>List the client's contacts</source>
        <translation>Lister les contacts du client</translation>
    </message>
    <message>
        <source>Open the contracts</source>
        <translation>Ouvrir les contrats</translation>
    </message>
    <message>
        <source>Show the client's open work orders in the helpdesk list</source>
        <translation>Afficher les ordres de travail ouverts du client dans la liste du service d’assistance</translation>
    </message>
    <message>
        <source>Active buildings and contacts are counted.</source>
        <translation>Seuls les bâtiments et contacts actifs sont comptés.</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Name or reference</source>
        <translation>Nom ou référence</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Ajouter un client</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valable : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré : %r</translation>
    </message>
    <message>
        <source>not a whole number: {text}</source>
        <translation>ce n’est pas un nombre entier : {text}</translation>
    </message>
    <message>
        <source>must be greater than 0: {text}</source>
        <translation>doit être supérieur à 0 : {text}</translation>
    </message>
    <message>
        <source>must be at most {limit}: {text}</source>
        <translation>doit être au plus {limit} : {text}</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>ce n’est pas une date (AAAA-MM-JJ) : {text}</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Add a comment: work order {number}</source>
        <translation>Ajouter un commentaire : ordre de travail {number}</translation>
    </message>
    <message>
        <source>The comment is added to the work order's activity log.</source>
        <translation>Le commentaire est ajouté au journal d'activité de l'ordre de travail.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire :</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter le commentaire</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Rédigez d'abord le commentaire.</translation>
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
        <translation>Choisissez le client pour lister ses bâtiments.</translation>
    </message>
    <message>
        <source>No building of this client matches.</source>
        <translation>Aucun bâtiment de ce client ne correspond.</translation>
    </message>
    <message>
        <source>This client has no buildings yet.</source>
        <translation>Ce client n’a encore aucun bâtiment.</translation>
    </message>
    <message>
        <source>The first {count} are listed: type to find the others.</source>
        <translation>Les {count} premiers sont listés : tapez pour trouver les autres.</translation>
    </message>
    <message>
        <source>Ticked: {count}.</source>
        <translation>Cochés : {count}.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Someone at a client who calls in, or whom Bureau emails.</source>
        <translation>Une personne chez un client, qui appelle ou à qui Bureau envoie des e-mails.</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Correct the contact {name}.</source>
        <translation>Corrigez le contact {name}.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Required: type part of the client's name or reference</source>
        <translation>Obligatoire : tapez une partie du nom ou de la référence du client</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional: needed to email them</source>
        <translation>Facultatif : nécessaire pour lui envoyer des e-mails</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Same as the sender</source>
        <translation>Comme l’expéditeur</translation>
    </message>
    <message>
        <source>The language of the emails Bureau sends them</source>
        <translation>La langue des e-mails que Bureau lui envoie</translation>
    </message>
    <message>
        <source>Receives the PPM emails (planned &amp;maintenance)</source>
        <translation>Reçoit les e-mails PPM (&amp;maintenance préventive)</translation>
    </message>
    <message>
        <source>&amp;Buildings they are the contact for</source>
        <translation>&amp;Bâtiments dont il est le contact</translation>
    </message>
    <message>
        <source>Type part of a building's name, address or city</source>
        <translation>Tapez une partie du nom, de l’adresse ou de la ville d’un bâtiment</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>Choose the client from the list: type part of its name or reference.</source>
        <translation>Choisissez le client dans la liste : tapez une partie de son nom ou de sa référence.</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>Choisissez le client.</translation>
    </message>
    <message>
        <source>Give the contact's name.</source>
        <translation>Indiquez le nom du contact.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Name, email or phone</source>
        <translation>Nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
</context>
<context>
    <name>ContractChangesDialog</name>
    <message>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message numerus="yes">
        <source>Saving re-plans the PPM periods of %n building(s). Choose one to see its periods before and after. Work orders of periods that turn invalid are cancelled unless they have started.</source>
        <translation>
            <numerusform>L’enregistrement replanifie les périodes PPM de %n bâtiment. Choisissez-le pour voir ses périodes avant et après. Les ordres de travail des périodes qui deviennent invalides sont annulés s’ils n’ont pas commencé.</numerusform>
            <numerusform>L’enregistrement replanifie les périodes PPM de %n bâtiments. Choisissez-en un pour voir ses périodes avant et après. Les ordres de travail des périodes qui deviennent invalides sont annulés s’ils n’ont pas commencé.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save these changes</source>
        <translation>&amp;Enregistrer ces modifications</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message numerus="yes">
        <source>{job} — {building}: %n period(s)</source>
        <translation>
            <numerusform>{job} — {building} : %n période</numerusform>
            <numerusform>{job} — {building} : %n périodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New contract</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <source>A contract with a client: its PPM jobs plan the visits of the client's buildings.</source>
        <translation>Un contrat avec un client : ses tâches PPM planifient les visites des bâtiments du client.</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>Modifier le contrat</translation>
    </message>
    <message>
        <source>Edit the contract {reference}. New dates or a new financial-year start re-plan the PPM periods of its buildings: OK shows what changes before it saves.</source>
        <translation>Modifier le contrat {reference}. De nouvelles dates ou un nouveau début d’exercice replanifient les périodes PPM de ses bâtiments : OK montre ce qui change avant d’enregistrer.</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Start da&amp;te:</source>
        <translation>Date de &amp;début :</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>Date de &amp;fin :</translation>
    </message>
    <message>
        <source>&amp;Financial year starts on:</source>
        <translation>Début de l’e&amp;xercice :</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>&amp;Manual generation:</source>
        <translation>Génération &amp;manuelle :</translation>
    </message>
    <message>
        <source>Required: type part of the client's name or reference</source>
        <translation>Obligatoire : tapez une partie du nom ou de la référence du client</translation>
    </message>
    <message>
        <source>The contract has PPM jobs: its client can no longer change.</source>
        <translation>Le contrat a des tâches PPM : son client ne peut plus changer.</translation>
    </message>
    <message>
        <source>Required, unique</source>
        <translation>Obligatoire, unique</translation>
    </message>
    <message>
        <source>The month and day each financial year of the contract starts</source>
        <translation>Le mois et le jour où commence chaque exercice du contrat</translation>
    </message>
    <message>
        <source>The day of the month the financial year starts</source>
        <translation>Le jour du mois où commence l’exercice</translation>
    </message>
    <message>
        <source>Type part of the name or the code</source>
        <translation>Tapez une partie du nom ou le code</translation>
    </message>
    <message>
        <source>Generate its PPM work orders only by hand</source>
        <translation>Ne générer ses ordres de travail PPM qu’à la main</translation>
    </message>
    <message>
        <source>Its PPM work orders are then created only from Work orders &gt; Generate due PPMs, where they start unticked; the scheduled generation leaves them.</source>
        <translation>Ses ordres de travail PPM ne sont alors créés que depuis Ordres de travail &gt; Générer les PPM dus, où ils apparaissent décochés ; la génération planifiée les laisse de côté.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Choose the client from the list: type part of its name or reference.</source>
        <translation>Choisissez le client dans la liste : tapez une partie de son nom ou de sa référence.</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>Choisissez le client.</translation>
    </message>
    <message>
        <source>Give the contract's reference.</source>
        <translation>Indiquez la référence du contrat.</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>La date de fin ne doit pas précéder la date de début.</translation>
    </message>
    <message>
        <source>Choose the currency from the list, or type its three-letter code.</source>
        <translation>Choisissez la devise dans la liste, ou tapez son code à trois lettres.</translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>PPM jobs</source>
        <translation>Tâches PPM</translation>
    </message>
    <message>
        <source>Buildings of the job</source>
        <translation>Bâtiments de la tâche</translation>
    </message>
    <message>
        <source>PPM</source>
        <translation>PPM</translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation>&amp;Nouveau contrat…</translation>
    </message>
    <message>
        <source>&amp;Edit contract…</source>
        <translation>&amp;Modifier le contrat…</translation>
    </message>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>Afficher les archi&amp;vés</translation>
    </message>
    <message>
        <source>List the archived contracts too (in grey)</source>
        <translation>Lister aussi les contrats archivés (en gris)</translation>
    </message>
    <message>
        <source>New PPM &amp;job…</source>
        <translation>Nouvelle &amp;tâche PPM…</translation>
    </message>
    <message>
        <source>Edit actions</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit job PPM details…</source>
        <translation>Modifier les détails PPM de la tâche…</translation>
    </message>
    <message>
        <source>Add buildings…</source>
        <translation>Ajouter des bâtiments…</translation>
    </message>
    <message>
        <source>Edit job building PPM details…</source>
        <translation>Modifier les détails PPM du bâtiment de la tâche…</translation>
    </message>
    <message>
        <source>Edit job PPM building periods…</source>
        <translation>Modifier les périodes PPM du bâtiment pour la tâche…</translation>
    </message>
    <message>
        <source>Remove from job…</source>
        <translation>Retirer de la tâche…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Manual generation</source>
        <translation>Génération manuelle</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Certificate based</source>
        <translation>Basé sur certificat</translation>
    </message>
    <message>
        <source>Lead days</source>
        <translation>Jours d’anticipation</translation>
    </message>
    <message>
        <source>Dynamic dates supported</source>
        <translation>Dates dynamiques prises en charge</translation>
    </message>
    <message>
        <source>Excluded from dynamic dates</source>
        <translation>Exclu des dates dynamiques</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Invoice amount</source>
        <translation>Montant de facture</translation>
    </message>
    <message>
        <source>Site value</source>
        <translation>Valeur du site</translation>
    </message>
    <message>
        <source>Partial periods</source>
        <translation>Périodes partielles</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>Ordres de travail</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Archived: its PPM work orders are not generated; restore it to change it.</source>
        <translation>Archivé : ses ordres de travail PPM ne sont pas générés ; restaurez-le pour le modifier.</translation>
    </message>
    <message>
        <source>Needs the permission “{permission}”.</source>
        <translation>Nécessite l’autorisation « {permission} ».</translation>
    </message>
    <message>
        <source>Choose a contract first.</source>
        <translation>Choisissez d’abord un contrat.</translation>
    </message>
    <message>
        <source>The contract is archived: restore it first.</source>
        <translation>Le contrat est archivé : restaurez-le d’abord.</translation>
    </message>
    <message>
        <source>Choose a PPM job first.</source>
        <translation>Choisissez d’abord une tâche PPM.</translation>
    </message>
    <message>
        <source>A new contract with a client</source>
        <translation>Un nouveau contrat avec un client</translation>
    </message>
    <message>
        <source>The client, reference, dates, financial year and currency of the contract</source>
        <translation>Le client, la référence, les dates, l’exercice et la devise du contrat</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>Make the contract active again: it can be changed and its PPM work orders are generated</source>
        <translation>Rendre le contrat de nouveau actif : il peut être modifié et ses ordres de travail PPM sont générés</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>Keep the contract with its jobs and work orders, but generate and change nothing more</source>
        <translation>Garder le contrat avec ses tâches et ordres de travail, mais ne plus rien générer ni modifier</translation>
    </message>
    <message>
        <source>A new PPM job of the contract</source>
        <translation>Une nouvelle tâche PPM du contrat</translation>
    </message>
    <message>
        <source>The description, frequency and defaults of the chosen job</source>
        <translation>La description, la fréquence et les valeurs par défaut de la tâche choisie</translation>
    </message>
    <message>
        <source>Add buildings of the client to the chosen job</source>
        <translation>Ajouter des bâtiments du client à la tâche choisie</translation>
    </message>
    <message>
        <source>Dynamic dates, partial periods and instructions of the chosen building</source>
        <translation>Dates dynamiques, périodes partielles et instructions du bâtiment choisi</translation>
    </message>
    <message>
        <source>The visits, invoices and periods of the chosen building</source>
        <translation>Les visites, factures et périodes du bâtiment choisi</translation>
    </message>
    <message>
        <source>Take the chosen building out of the job</source>
        <translation>Retirer le bâtiment choisi de la tâche</translation>
    </message>
    <message>
        <source>{building} left the job after {date}.</source>
        <translation>{building} a quitté la tâche après le {date}.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Archive the contract {reference}? Its jobs, periods and work orders stay, but its PPM work orders are no longer generated and it cannot be changed until it is restored.</source>
        <translation>Archiver le contrat {reference} ? Ses tâches, périodes et ordres de travail restent, mais ses ordres de travail PPM ne sont plus générés et il ne peut plus être modifié avant d’être restauré.</translation>
    </message>
    <message>
        <source>Choose a building of the job first.</source>
        <translation>Choisissez d’abord un bâtiment de la tâche.</translation>
    </message>
</context>
<context>
    <name>DirectoryList</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Archive the client “{name}”? While it is archived, its buildings and contacts are offered for no new work either. They are left as they are and are offered again when you restore the client.</source>
        <translation>Archiver le client « {name} » ? Tant qu’il est archivé, ses bâtiments et ses contacts ne sont plus proposés pour de nouveaux travaux non plus. Ils restent tels quels et sont de nouveau proposés quand vous restaurez le client.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>Client : {name}</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>Offer it again for new work</source>
        <translation>Le proposer de nouveau pour de nouveaux travaux</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>Keep it for the work orders that name it, but offer it for no new work</source>
        <translation>Le garder pour les ordres de travail qui le citent, mais ne plus le proposer pour de nouveaux travaux</translation>
    </message>
    <message>
        <source>Delete “{name}” for good? This cannot be undone.</source>
        <translation>Supprimer définitivement « {name} » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Archive “{name}”? It stays on the work orders that name it, but is offered for no new work. You can restore it later from the archived records.</source>
        <translation>Archiver « {name} » ? Il reste sur les ordres de travail qui le citent, mais n’est plus proposé pour de nouveaux travaux. Vous pourrez le restaurer plus tard parmi les fiches archivées.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>Afficher les archi&amp;vés</translation>
    </message>
    <message>
        <source>List the archived records too (in grey)</source>
        <translation>Lister aussi les fiches archivées (en gris)</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>List the records of every client</source>
        <translation>Lister les fiches de tous les clients</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter, double-click or F2)</source>
        <translation>Modifier la fiche sélectionnée (Entrée, double-clic ou F2)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected record: only one nothing refers to (Delete)</source>
        <translation>Supprimer la fiche sélectionnée : seulement si rien n’y fait référence (Suppr)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Found: more than {count}</source>
        <translation>Trouvés : plus de {count}</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Trouvés : {count}</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>La liste n’a pas pu être lue : {error}</translation>
    </message>
</context>
<context>
    <name>DirectoryTools</name>
    <message>
        <source>&amp;Directory</source>
        <translation>Ré&amp;pertoire</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>The clients, each with their buildings, contacts and orders</source>
        <translation>Les clients, chacun avec ses bâtiments, contacts et ordres de travail</translation>
    </message>
    <message>
        <source>&amp;Buildings</source>
        <translation>&amp;Bâtiments</translation>
    </message>
    <message>
        <source>The clients' buildings, their closures and open orders</source>
        <translation>Les bâtiments des clients, leurs fermetures et ordres de travail ouverts</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <source>The clients' contacts, whom Bureau emails</source>
        <translation>Les contacts des clients, à qui Bureau envoie des e-mails</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <source>New b&amp;uilding…</source>
        <translation>Nouveau bâ&amp;timent…</translation>
    </message>
    <message>
        <source>Add a building to a client</source>
        <translation>Ajouter un bâtiment à un client</translation>
    </message>
    <message>
        <source>New con&amp;tact…</source>
        <translation>Nouveau cont&amp;act…</translation>
    </message>
    <message>
        <source>Add a contact at a client</source>
        <translation>Ajouter un contact chez un client</translation>
    </message>
    <message>
        <source>&amp;Import buildings…</source>
        <translation>&amp;Importer des bâtiments…</translation>
    </message>
    <message>
        <source>Add many buildings at once from a spreadsheet</source>
        <translation>Ajouter de nombreux bâtiments à la fois depuis un tableur</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Open work orders</source>
        <translation>Ordres de travail ouverts</translation>
    </message>
</context>
<context>
    <name>EditWorkOrderDialog</name>
    <message>
        <source>Edit work order {number}</source>
        <translation>Modifier l’ordre de travail {number}</translation>
    </message>
    <message>
        <source>Correct work order {number}, “{title}” ({status}). Each change is written to its activity log; the fields that cannot change now say why when you point at them.</source>
        <translation>Corriger l’ordre de travail {number}, « {title} » ({status}). Chaque modification est écrite dans son journal d’activité ; les champs qui ne peuvent pas changer maintenant disent pourquoi quand vous les pointez.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie :</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact :</translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation>Cont&amp;rat :</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Bâtiment :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>{text} (older value)</source>
        <translation>{text} (ancienne valeur)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Aucun contact</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Aucun contrat</translation>
    </message>
    <message>
        <source>{reference} ({start} to {end})</source>
        <translation>{reference} (du {start} au {end})</translation>
    </message>
    <message>
        <source>{contract}: not in force today</source>
        <translation>{contract} : pas en vigueur aujourd’hui</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <source>Type a date, or press Delete to clear it; F4 opens the calendar.</source>
        <translation>Saisissez une date, ou appuyez sur Suppr pour l’effacer ; F4 ouvre le calendrier.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation>Enregistrer les modifications (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Enter a title: a work order needs one.</source>
        <translation>Saisissez un titre : un ordre de travail en a besoin.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Rien n’a encore été modifié.</translation>
    </message>
</context>
<context>
    <name>Emails</name>
    <message>
        <source>You will be notified about work order {number}: {title}</source>
        <translation>Vous serez notifié des changements de l’ordre de travail {number} : {title}</translation>
    </message>
    <message>
        <source>{name} added you to the people notified about work order {number}.</source>
        <translation>{name} vous a ajouté aux personnes notifiées des changements de l’ordre de travail {number}.</translation>
    </message>
    <message>
        <source>You will receive an email each time its status changes.</source>
        <translation>Vous recevrez un e-mail à chaque changement de son statut.</translation>
    </message>
    <message>
        <source>Current status: {status}</source>
        <translation>Statut actuel : {status}</translation>
    </message>
    <message>
        <source>Work order {number} is now {status}: {title}</source>
        <translation>L’ordre de travail {number} est maintenant « {status} » : {title}</translation>
    </message>
    <message>
        <source>The status of work order {number} changed from {old} to {new}.</source>
        <translation>Le statut de l’ordre de travail {number} est passé de « {old} » à « {new} ».</translation>
    </message>
    <message>
        <source>Changed by: {name}</source>
        <translation>Modifié par : {name}</translation>
    </message>
    <message>
        <source>Changed on: {date}</source>
        <translation>Modifié le : {date}</translation>
    </message>
    <message>
        <source>PPM work order {number} cancelled: {title}</source>
        <translation>Ordre de travail PPM {number} annulé : {title}</translation>
    </message>
    <message>
        <source>PPM work order {number} has been cancelled.</source>
        <translation>L’ordre de travail PPM {number} a été annulé.</translation>
    </message>
    <message>
        <source>PPM job: {job}</source>
        <translation>Tâche PPM : {job}</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Période : du {start} au {end}</translation>
    </message>
    <message>
        <source>Cancelled by: {name}</source>
        <translation>Annulé par : {name}</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>This visit will not be generated again when the contract's periods are recalculated.</source>
        <translation>Cette visite ne sera plus générée lors du recalcul des périodes du contrat.</translation>
    </message>
    <message>
        <source>Work order: {number} - {title}</source>
        <translation>Ordre de travail : {number} - {title}</translation>
    </message>
    <message>
        <source>Building: {building}, {address}, {postcode} {city}</source>
        <translation>Bâtiment : {building}, {address}, {postcode} {city}</translation>
    </message>
    <message>
        <source>Due date: {date}</source>
        <translation>Échéance : {date}</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>You receive this email because you are notified about this work order.</source>
        <translation>Vous recevez cet e-mail parce que vous êtes notifié des changements de cet ordre de travail.</translation>
    </message>
    <message>
        <source>Bureau (automatic change)</source>
        <translation>Bureau (modification automatique)</translation>
    </message>
    <message>
        <source>About work order {number}: {title}</source>
        <translation>À propos de l’ordre de travail {number} : {title}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{path} is not a Bureau database (it is not an SQLite file).</source>
        <translation>{path} n’est pas une base de données Bureau (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {error}</source>
        <translation>Impossible d’ouvrir {path} : {error}</translation>
    </message>
    <message>
        <source>{path} is not a Bureau database.</source>
        <translation>{path} n’est pas une base de données Bureau.</translation>
    </message>
    <message>
        <source>{path} is not a Bureau database ({error}).</source>
        <translation>{path} n’est pas une base de données Bureau ({error}).</translation>
    </message>
    <message>
        <source>The database at {url} is not a Bureau database.</source>
        <translation>La base de données {url} n’est pas une base de données Bureau.</translation>
    </message>
    <message>
        <source>{where} was written by a newer version of Bureau (schema {revision}). Install the newer version to open it.</source>
        <translation>{where} a été écrite par une version plus récente de Bureau (schéma {revision}). Installez cette version pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The upgrade of {database} was stopped and the database left as it was: rows of {table} would point at rows missing from {parent}.</source>
        <translation>La mise à jour de {database} a été arrêtée et la base laissée telle quelle : des lignes de {table} pointeraient vers des lignes absentes de {parent}.</translation>
    </message>
    <message>
        <source>The start of a date range must not be after its end.</source>
        <translation>Le début d’une période ne peut pas être postérieur à sa fin.</translation>
    </message>
    <message>
        <source>Choose the agent whose work orders to show.</source>
        <translation>Choisissez l’agent dont afficher les ordres de travail.</translation>
    </message>
    <message>
        <source>You do not have the permission to do this ({permission}).</source>
        <translation>Vous n’avez pas l’autorisation de faire ceci ({permission}).</translation>
    </message>
    <message>
        <source>The demo needs at least one work order (asked for {size}).</source>
        <translation>La démo nécessite au moins un ordre de travail (demandé : {size}).</translation>
    </message>
    <message>
        <source>The demo makes at most {limit} work orders (asked for {size}).</source>
        <translation>La démo crée au plus {limit} ordres de travail ({size} demandés).</translation>
    </message>
    <message>
        <source>Demo data only goes into an empty database; this one already holds work orders ({orders}) and clients ({clients}).</source>
        <translation>Les données de démonstration ne vont que dans une base vide ; celle-ci contient déjà des ordres de travail ({orders}) et des clients ({clients}).</translation>
    </message>
    <message>
        <source>The login or the password is not correct.</source>
        <translation>L’identifiant ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>A login and a display name are required.</source>
        <translation>Un identifiant et un nom d’affichage sont requis.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Le mot de passe doit comporter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Unknown language: {language}</source>
        <translation>Langue inconnue : {language}</translation>
    </message>
    <message>
        <source>This agent no longer exists.</source>
        <translation>Cet agent n’existe plus.</translation>
    </message>
    <message>
        <source>{name} must stay an active administrator: with the embedded database everyone works as them, without signing in.</source>
        <translation>{name} doit rester administrateur actif : avec la base de données locale, tout le monde travaille sous ce compte, sans se connecter.</translation>
    </message>
    <message>
        <source>The display name is required.</source>
        <translation>Le nom d’affichage est obligatoire.</translation>
    </message>
    <message>
        <source>The login is required.</source>
        <translation>L’identifiant est obligatoire.</translation>
    </message>
    <message>
        <source>The login {login} is already taken.</source>
        <translation>L’identifiant {login} est déjà utilisé.</translation>
    </message>
    <message>
        <source>One of the chosen roles no longer exists.</source>
        <translation>L’un des rôles choisis n’existe plus.</translation>
    </message>
    <message>
        <source>{name} is the last active administrator: give another agent an administrator role first.</source>
        <translation>{name} est le dernier administrateur actif : donnez d’abord un rôle d’administrateur à un autre agent.</translation>
    </message>
    <message>
        <source>The login of the local administrator cannot be changed.</source>
        <translation>L’identifiant de l’administrateur local ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>This account has been deactivated: ask an administrator to reactivate it.</source>
        <translation>Ce compte a été désactivé : demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
        <source>Unknown role: {role}</source>
        <translation>Rôle inconnu : {role}</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Cet utilisateur n’existe pas.</translation>
    </message>
    <message>
        <source>This database already has users: sign in instead.</source>
        <translation>Cette base de données a déjà des utilisateurs : connectez-vous.</translation>
    </message>
    <message>
        <source>The changes to the work order cannot be read.</source>
        <translation>Les modifications de l’ordre de travail ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>“{field}” is not a field of a work order that can be changed.</source>
        <translation>« {field} » n’est pas un champ modifiable d’un ordre de travail.</translation>
    </message>
    <message>
        <source>This value cannot be used for “{field}”.</source>
        <translation>Cette valeur ne peut pas être utilisée pour « {field} ».</translation>
    </message>
    <message>
        <source>A work order needs a title.</source>
        <translation>Un ordre de travail doit avoir un titre.</translation>
    </message>
    <message>
        <source>PPM work orders are generated from their contract's periods.</source>
        <translation>Les ordres de travail PPM sont générés à partir des périodes de leur contrat.</translation>
    </message>
    <message>
        <source>The closures of the building are not a list of dates.</source>
        <translation>Les fermetures du bâtiment ne sont pas une liste de dates.</translation>
    </message>
    <message>
        <source>A closure cannot end ({end}) before it starts ({start}).</source>
        <translation>Une fermeture ne peut pas finir ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>A building needs a name.</source>
        <translation>Un bâtiment doit avoir un nom.</translation>
    </message>
    <message>
        <source>A building needs an address.</source>
        <translation>Un bâtiment doit avoir une adresse.</translation>
    </message>
    <message>
        <source>A building needs a postcode.</source>
        <translation>Un bâtiment doit avoir un code postal.</translation>
    </message>
    <message>
        <source>A building needs a city.</source>
        <translation>Un bâtiment doit avoir une ville.</translation>
    </message>
    <message>
        <source>A building cannot end ({end}) before it starts ({start}).</source>
        <translation>Un bâtiment ne peut pas finir ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>Client “{name}” is archived: restore it before adding to it.</source>
        <translation>Le client « {name} » est archivé : restaurez-le avant d’y ajouter quoi que ce soit.</translation>
    </message>
    <message>
        <source>This client already has a building named “{name}”: choose another name.</source>
        <translation>Ce client a déjà un bâtiment nommé « {name} » : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The building no longer exists.</source>
        <translation>Le bâtiment n’existe plus.</translation>
    </message>
    <message>
        <source>Building “{name}” cannot move to another client: work orders, PPM jobs or contacts of its client refer to it.</source>
        <translation>Le bâtiment « {name} » ne peut pas passer à un autre client : des ordres de travail, des tâches de maintenance préventive ou des contacts de son client y renvoient.</translation>
    </message>
    <message>
        <source>Building “{name}” belongs to the archived client “{client}”: restore the client first.</source>
        <translation>Le bâtiment « {name} » appartient au client archivé « {client} » : restaurez d’abord le client.</translation>
    </message>
    <message>
        <source>Building “{name}” cannot be deleted: work orders, PPM jobs or contacts refer to it. Archive it instead.</source>
        <translation>Le bâtiment « {name} » ne peut pas être supprimé : des ordres de travail, des tâches de maintenance préventive ou des contacts y renvoient. Archivez-le plutôt.</translation>
    </message>
    <message>
        <source>{name} is no longer an active building: choose another one.</source>
        <translation>{name} n’est plus un bâtiment actif : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Le contact n’existe plus.</translation>
    </message>
    <message>
        <source>{name} is a building of {client}, an archived client: it takes no new work orders.</source>
        <translation>{name} est un bâtiment de {client}, un client archivé : il ne reçoit plus de nouvel ordre de travail.</translation>
    </message>
    <message>
        <source>{name} is a contact of another client: choose one of this client's contacts.</source>
        <translation>{name} est un contact d’un autre client : choisissez un contact de ce client.</translation>
    </message>
    <message>
        <source>{name} is an archived contact: choose another one.</source>
        <translation>{name} est un contact archivé : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>{name} is a contact of {client}, an archived client: it cannot be chosen for new work.</source>
        <translation>{name} est un contact de {client}, un client archivé : il ne peut pas être choisi pour de nouveaux travaux.</translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation>Le contrat n’existe plus.</translation>
    </message>
    <message>
        <source>Contract {reference} is another client's: choose one of this client's.</source>
        <translation>Le contrat {reference} appartient à un autre client : choisissez un contrat de ce client.</translation>
    </message>
    <message>
        <source>Contract {reference} is not in force today: it runs from {start} to {end}.</source>
        <translation>Le contrat {reference} n’est pas en vigueur aujourd’hui : il court du {start} au {end}.</translation>
    </message>
    <message>
        <source>“{field}” cannot be changed. {reason}</source>
        <translation>Le champ « {field} » ne peut pas être modifié. {reason}</translation>
    </message>
    <message>
        <source>{name} is a building of another client: choose one of this client's.</source>
        <translation>{name} est un bâtiment d’un autre client : choisissez un bâtiment de ce client.</translation>
    </message>
    <message>
        <source>Work order {number} cannot be deleted. {reason}</source>
        <translation>L’ordre de travail {number} ne peut pas être supprimé. {reason}</translation>
    </message>
    <message>
        <source>Choose how the work order is reinstated.</source>
        <translation>Choisissez comment l'ordre de travail est rétabli.</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation>Écrivez d’abord un commentaire.</translation>
    </message>
    <message>
        <source>This is not a date and time.</source>
        <translation>Ce n’est pas une date et une heure.</translation>
    </message>
    <message>
        <source>A date and time without its time zone cannot be stored.</source>
        <translation>Une date et une heure sans fuseau horaire ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Time can only be recorded between the years {first} and {last}.</source>
        <translation>Le temps ne peut être saisi qu’entre les années {first} et {last}.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>La fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>A time entry lasts at most {hours} hours: split longer work into several entries.</source>
        <translation>Une saisie de temps dure au plus {hours} heures : répartissez un travail plus long sur plusieurs saisies.</translation>
    </message>
    <message>
        <source>The agent no longer exists.</source>
        <translation>L’agent n’existe plus.</translation>
    </message>
    <message>
        <source>{name} is no longer an active agent: choose another one.</source>
        <translation>{name} n’est plus un agent actif : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The rate “{name}” is archived: choose another one.</source>
        <translation>Le taux « {name} » est archivé : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This work order no longer exists.</source>
        <translation>Cet ordre de travail n’existe plus.</translation>
    </message>
    <message>
        <source>Work order {number} is closed: its time can no longer change.</source>
        <translation>L’ordre de travail {number} est clôturé : son temps ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>This time entry no longer exists.</source>
        <translation>Cette saisie de temps n’existe plus.</translation>
    </message>
    <message>
        <source>Only the agent who recorded this time, or an administrator, can change it.</source>
        <translation>Seul l’agent qui a saisi ce temps, ou un administrateur, peut le modifier.</translation>
    </message>
    <message>
        <source>This time entry was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Cette saisie de temps a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez-la et réessayez.</translation>
    </message>
    <message>
        <source>A fixed cost cannot be negative.</source>
        <translation>Un coût fixe ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>This fixed cost is too large.</source>
        <translation>Ce coût fixe est trop élevé.</translation>
    </message>
    <message>
        <source>Explain the fixed cost: the explanation is required.</source>
        <translation>Expliquez le coût fixe : l’explication est obligatoire.</translation>
    </message>
    <message>
        <source>Enter the client's reference.</source>
        <translation>Saisissez la référence du client.</translation>
    </message>
    <message>
        <source>A client reference must not be longer than {count} characters.</source>
        <translation>Une référence client ne doit pas dépasser {count} caractères.</translation>
    </message>
    <message>
        <source>“{name}” is not a file.</source>
        <translation>« {name} » n’est pas un fichier.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}</source>
        <translation>« {name} » n’a pas pu être lu : {reason}</translation>
    </message>
    <message>
        <source>“{name}” changed while it was being read: attach it again.</source>
        <translation>« {name} » a changé pendant sa lecture : joignez-le à nouveau.</translation>
    </message>
    <message>
        <source>“{name}” is the name kept for the customer’s signature (Customer signature…): rename the file to attach it.</source>
        <translation>« {name} » est le nom réservé à la signature du client (Signature du client…) : renommez le fichier pour le joindre.</translation>
    </message>
    <message>
        <source>“{name}” is not the content of a file.</source>
        <translation>« {name} » n’est pas le contenu d’un fichier.</translation>
    </message>
    <message>
        <source>Give the name of the person who signed.</source>
        <translation>Indiquez le nom de la personne qui a signé.</translation>
    </message>
    <message>
        <source>The signature is not an image.</source>
        <translation>La signature n’est pas une image.</translation>
    </message>
    <message>
        <source>Only the agent who attached “{name}” or an administrator may remove it.</source>
        <translation>Seul l’agent qui a joint « {name} » ou un administrateur peut le retirer.</translation>
    </message>
    <message>
        <source>“{name}” is already attached to this work order.</source>
        <translation>« {name} » est déjà joint à cet ordre de travail.</translation>
    </message>
    <message>
        <source>Work order {number} does not exist.</source>
        <translation>L’ordre de travail {number} n’existe pas.</translation>
    </message>
    <message>
        <source>The attachment was removed by someone else.</source>
        <translation>La pièce jointe a été retirée par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>A contact you chose no longer exists. Reload and try again.</source>
        <translation>Un contact que vous avez choisi n’existe plus. Rechargez et réessayez.</translation>
    </message>
    <message>
        <source>{name} is not a contact of {client}, the work order's client.</source>
        <translation>{name} n’est pas un contact de {client}, le client de l’ordre de travail.</translation>
    </message>
    <message>
        <source>{name} is an archived contact and cannot be notified.</source>
        <translation>{name} est un contact archivé et ne peut pas être notifié.</translation>
    </message>
    <message>
        <source>{client} is an archived client: its contacts cannot be notified.</source>
        <translation>{client} est un client archivé : ses contacts ne peuvent pas être notifiés.</translation>
    </message>
    <message>
        <source>{name} has no email address and cannot be notified.</source>
        <translation>{name} n’a pas d’adresse e-mail et ne peut pas être notifié.</translation>
    </message>
    <message>
        <source>Work order {number} was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>L’ordre de travail {number} a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>Work order {number} was changed automatically at {time} since you opened it. Reload it and try again.</source>
        <translation>L’ordre de travail {number} a été modifié automatiquement le {time} depuis que vous l’avez ouvert. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>Work order {number} was changed by {user} at {time} since you opened it. Reload it and try again.</source>
        <translation>L’ordre de travail {number} a été modifié par {user} le {time} depuis que vous l’avez ouvert. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d’écrire {path} : {error}</translation>
    </message>
    <message>
        <source>There is no saved view named {name}.</source>
        <translation>Il n’existe aucune vue enregistrée nommée {name}.</translation>
    </message>
    <message>
        <source>Give the view a name.</source>
        <translation>Donnez un nom à la vue.</translation>
    </message>
    <message>
        <source>A view name must not be longer than {count} characters.</source>
        <translation>Le nom d’une vue ne doit pas dépasser {count} caractères.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. The details are in {path}.</source>
        <translation>Erreur inattendue : {error}. Les détails sont dans {path}.</translation>
    </message>
    <message>
        <source>Unexpected error: {error}.</source>
        <translation>Erreur inattendue : {error}.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed. Nothing else was changed. The details are in {path}.</source>
        <translation>Une erreur s’est produite et la dernière action n’a peut-être pas été effectuée. Rien d’autre n’a été modifié. Les détails se trouvent dans {path}.</translation>
    </message>
    <message>
        <source>“{action}” is not possible. {reason}</source>
        <translation>« {action} » n’est pas possible. {reason}</translation>
    </message>
    <message>
        <source>Write what needs clarifying: the comment is required.</source>
        <translation>Indiquez ce qui doit être précisé : le commentaire est obligatoire.</translation>
    </message>
    <message>
        <source>Write why the correction is not valid: the comment is required.</source>
        <translation>Indiquez pourquoi la correction n’est pas valide : le commentaire est obligatoire.</translation>
    </message>
    <message>
        <source>Write why the job is cancelled: the notes are required.</source>
        <translation>Indiquez pourquoi la tâche est annulée : les notes sont obligatoires.</translation>
    </message>
    <message>
        <source>Write why the work order is rejected: the reason is required.</source>
        <translation>Indiquez pourquoi l’ordre de travail est rejeté : le motif est obligatoire.</translation>
    </message>
    <message>
        <source>Write why the work order is reinstated: the notes are required.</source>
        <translation>Indiquez pourquoi l’ordre de travail est rétabli : les notes sont obligatoires.</translation>
    </message>
    <message>
        <source>A contract needs a reference.</source>
        <translation>Un contrat doit avoir une référence.</translation>
    </message>
    <message>
        <source>A contract's dates must fall between the years {first} and {last}.</source>
        <translation>Les dates d’un contrat doivent se situer entre les années {first} et {last}.</translation>
    </message>
    <message>
        <source>A contract cannot end ({end}) before it starts ({start}).</source>
        <translation>Un contrat ne peut pas finir ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>A contract can last at most {years} years.</source>
        <translation>Un contrat peut durer au plus {years} ans.</translation>
    </message>
    <message>
        <source>The financial year must start in a month from 1 to 12, not {month}.</source>
        <translation>L’exercice doit commencer un mois de 1 à 12, pas {month}.</translation>
    </message>
    <message>
        <source>The financial year cannot start on day {day} of month {month}.</source>
        <translation>L’exercice ne peut pas commencer le jour {day} du mois {month}.</translation>
    </message>
    <message>
        <source>This contract no longer exists.</source>
        <translation>Ce contrat n’existe plus.</translation>
    </message>
    <message>
        <source>Contract “{reference}” is archived: restore it before changing it.</source>
        <translation>Le contrat « {reference} » est archivé : restaurez-le avant de le modifier.</translation>
    </message>
    <message>
        <source>Another contract already has the reference “{reference}”: choose another one.</source>
        <translation>Un autre contrat a déjà la référence « {reference} » : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Contract “{reference}” cannot move to another client: its PPM jobs or work orders refer to it.</source>
        <translation>Le contrat « {reference} » ne peut pas passer à un autre client : ses tâches PPM ou des ordres de travail y font référence.</translation>
    </message>
    <message>
        <source>The PPM periods that saving the contract changes are no longer those shown (a building, a visit or a work order changed meanwhile): nothing was saved. Look at the changes again, then save.</source>
        <translation>Les périodes PPM que l’enregistrement du contrat modifie ne sont plus celles affichées (un bâtiment, une visite ou un ordre de travail a changé entre-temps) : rien n’a été enregistré. Regardez de nouveau les changements, puis enregistrez.</translation>
    </message>
    <message>
        <source>Contract “{reference}” belongs to the archived client “{client}”: restore the client first.</source>
        <translation>Le contrat « {reference} » appartient au client archivé « {client} » : restaurez d’abord le client.</translation>
    </message>
    <message>
        <source>Enter the SMTP server that the user name and password are for.</source>
        <translation>Saisissez le serveur SMTP auquel correspondent le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>Enter the SMTP server that sends the emails.</source>
        <translation>Saisissez le serveur SMTP qui envoie les e-mails.</translation>
    </message>
    <message>
        <source>Enter the SMTP server's host name only, like smtp.example.com.</source>
        <translation>Saisissez uniquement le nom d’hôte du serveur SMTP, par exemple smtp.example.com.</translation>
    </message>
    <message>
        <source>The SMTP port must be a number from 1 to 65535.</source>
        <translation>Le port SMTP doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>Saisissez le nom d’utilisateur associé au mot de passe.</translation>
    </message>
    <message>
        <source>Enter the sender address, like helpdesk@example.com: emails need one.</source>
        <translation>Saisissez l’adresse de l’expéditeur, par exemple helpdesk@example.com : les e-mails en ont besoin.</translation>
    </message>
    <message>
        <source>“{address}” is not an email address, like helpdesk@example.com.</source>
        <translation>« {address} » n’est pas une adresse e-mail valide (par exemple helpdesk@example.com).</translation>
    </message>
    <message>
        <source>The periods cannot be planned: {error}</source>
        <translation>Les périodes ne peuvent pas être planifiées : {error}</translation>
    </message>
    <message>
        <source>The invoice amount cannot be negative.</source>
        <translation>Le montant de facture ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>This invoice amount is too large.</source>
        <translation>Ce montant de facture est trop élevé.</translation>
    </message>
    <message>
        <source>Unknown frequency: {value}</source>
        <translation>Fréquence inconnue : {value}</translation>
    </message>
    <message>
        <source>The next visit required by ({date}) must fall within the contract, {start} to {end}.</source>
        <translation>La prochaine visite requise avant le ({date}) doit tomber pendant le contrat, du {start} au {end}.</translation>
    </message>
    <message>
        <source>The next visit date follows the last visit (dynamic date updates): it cannot be entered.</source>
        <translation>La date de la prochaine visite découle de la dernière visite (mises à jour dynamiques des dates) : elle ne peut pas être saisie.</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for this building: only the invoice amount and the instructions can still change.</source>
        <translation>Des ordres de travail PPM ont été générés pour ce bâtiment : seuls le montant de facture et les instructions peuvent encore changer.</translation>
    </message>
    <message>
        <source>Dynamic date updates set the visit dates of this building: they cannot be entered by hand.</source>
        <translation>Les mises à jour dynamiques des dates fixent les dates de visite de ce bâtiment : elles ne peuvent pas être saisies manuellement.</translation>
    </message>
    <message>
        <source>Two visit windows are given for the period starting {date}.</source>
        <translation>Deux créneaux de visite sont indiqués pour la période commençant le {date}.</translation>
    </message>
    <message>
        <source>There is no period starting on {date}.</source>
        <translation>Aucune période ne commence le {date}.</translation>
    </message>
    <message>
        <source>The period starting on {date} has no visit: there are no visit dates to set.</source>
        <translation>La période commençant le {date} n’a pas de visite : il n’y a aucune date de visite à définir.</translation>
    </message>
    <message>
        <source>A visit cannot end ({end}) before it starts ({start}).</source>
        <translation>Une visite ne peut pas se terminer ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>The visit from {start} to {end} must lie inside its period, {first} to {last}.</source>
        <translation>La visite du {start} au {end} doit se situer dans sa période, du {first} au {last}.</translation>
    </message>
    <message>
        <source>This building is no longer part of the PPM job.</source>
        <translation>Ce bâtiment ne fait plus partie de la tâche PPM.</translation>
    </message>
    <message>
        <source>The PPM periods of {building} were changed by someone else since you opened them. Reload them and try again.</source>
        <translation>Les périodes PPM de {building} ont été modifiées par quelqu’un d’autre depuis que vous les avez ouvertes. Rechargez-les et réessayez.</translation>
    </message>
    <message>
        <source>{building} is not a building of the same PPM job.</source>
        <translation>{building} n’est pas un bâtiment de la même tâche PPM.</translation>
    </message>
    <message>
        <source>Not a database URL: {url}. Give the path of an SQLite file or a URL such as postgresql://user@server/database.</source>
        <translation>Ce n’est pas une URL de base de données : {url}. Indiquez le chemin d’un fichier SQLite ou une URL comme postgresql://utilisateur@serveur/base.</translation>
    </message>
    <message>
        <source>Not a usable database path: {path}. Give another path.</source>
        <translation>Chemin de base de données inutilisable : {path}. Indiquez un autre chemin.</translation>
    </message>
    <message>
        <source>Unsupported database {backend} in {url}: use an SQLite file or a PostgreSQL URL.</source>
        <translation>Base de données {backend} non prise en charge dans {url} : utilisez un fichier SQLite ou une URL PostgreSQL.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Try again in a moment.</source>
        <translation>La base de données est occupée : un autre programme y écrit. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The search took too long and was stopped. Narrow it down: a longer text, a client, a date range.</source>
        <translation>La recherche a pris trop de temps et a été arrêtée. Affinez-la : un texte plus long, un client, une période.</translation>
    </message>
    <message>
        <source>A value is too long, out of range or holds a character that cannot be stored.</source>
        <translation>Une valeur est trop longue, hors limites ou contient un caractère qui ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>The date {value} is out of range: it cannot be stored.</source>
        <translation>La date {value} est hors limites : elle ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>Give a target time for each priority.</source>
        <translation>Indiquez un délai cible pour chaque priorité.</translation>
    </message>
    <message>
        <source>There is no priority “{priority}”.</source>
        <translation>Il n’existe pas de priorité « {priority} ».</translation>
    </message>
    <message>
        <source>The target time for “{priority}” must be a whole number of hours, from 1 hour to 365 days.</source>
        <translation>Le délai cible pour « {priority} » doit être un nombre entier d’heures, de 1 heure à 365 jours.</translation>
    </message>
    <message>
        <source>{value} is not an amount that can be stored.</source>
        <translation>{value} n’est pas un montant qui peut être enregistré.</translation>
    </message>
    <message>
        <source>{field} is too long: {length} characters, at most {limit}.</source>
        <translation>Le champ « {field} » est trop long : {length} caractères, au plus {limit}.</translation>
    </message>
    <message>
        <source>{field} holds a character that cannot be stored (code {code}): remove it.</source>
        <translation>Le champ « {field} » contient un caractère qui ne peut pas être enregistré (code {code}) : supprimez-le.</translation>
    </message>
    <message>
        <source>The number {value} is out of range: it cannot be stored.</source>
        <translation>Le nombre {value} est hors limites : il ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>The priority target times were changed by someone else since you opened them. Reload them and try again.</source>
        <translation>Les délais cibles des priorités ont été modifiés par quelqu’un d’autre depuis que vous les avez ouverts. Rechargez-les et réessayez.</translation>
    </message>
    <message>
        <source>The size limit of attachments is a whole number of MB from {low} to {high}.</source>
        <translation>La taille maximale des pièces jointes est un nombre entier de Mo de {low} à {high}.</translation>
    </message>
    <message>
        <source>Choose work-order types from the list.</source>
        <translation>Choisissez les types d’ordre de travail dans la liste.</translation>
    </message>
    <message>
        <source>This setting was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>Ce paramètre a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Ce n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>“{email}” is not an email address: write it as name@example.com.</source>
        <translation>« {email} » n’est pas une adresse e-mail : écrivez-la sous la forme nom@exemple.fr.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contact doit avoir un nom.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Ce n’est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>“{language}” is not a language Bureau writes in (en, fr, de or nl).</source>
        <translation>« {language} » n’est pas une langue dans laquelle Bureau écrit (en, fr, de ou nl).</translation>
    </message>
    <message>
        <source>The contact's buildings are not a list of buildings.</source>
        <translation>Les bâtiments du contact ne sont pas une liste de bâtiments.</translation>
    </message>
    <message>
        <source>A contact can be the contact for at most {limit} buildings.</source>
        <translation>Un contact peut être le contact d’au plus {limit} bâtiments.</translation>
    </message>
    <message>
        <source>A contact who receives PPM emails needs an email address.</source>
        <translation>Un contact qui reçoit les e-mails de maintenance préventive doit avoir une adresse e-mail.</translation>
    </message>
    <message>
        <source>Building “{name}” is another client's: a contact is the contact for its own client's.</source>
        <translation>Le bâtiment « {name} » est celui d’un autre client : un contact est le contact des bâtiments de son propre client.</translation>
    </message>
    <message>
        <source>Building “{name}” is archived: choose an active building.</source>
        <translation>Le bâtiment « {name} » est archivé : choisissez un bâtiment actif.</translation>
    </message>
    <message>
        <source>Contact “{name}” cannot move to another client: work orders of its client refer to them.</source>
        <translation>Le contact « {name} » ne peut pas passer à un autre client : des ordres de travail de son client y renvoient.</translation>
    </message>
    <message>
        <source>Contact “{name}” belongs to the archived client “{client}”: restore the client first.</source>
        <translation>Le contact « {name} » appartient au client archivé « {client} » : restaurez d’abord le client.</translation>
    </message>
    <message>
        <source>Contact “{name}” cannot be deleted: work orders refer to them. Archive them instead.</source>
        <translation>Le contact « {name} » ne peut pas être supprimé : des ordres de travail y renvoient. Archivez-le plutôt.</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>Un client doit avoir un nom.</translation>
    </message>
    <message>
        <source>A client needs a reference.</source>
        <translation>Un client doit avoir une référence.</translation>
    </message>
    <message>
        <source>Another client already has the reference “{reference}”: choose another one.</source>
        <translation>Un autre client a déjà la référence « {reference} » : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The client no longer exists.</source>
        <translation>Le client n’existe plus.</translation>
    </message>
    <message>
        <source>Client “{name}” cannot be deleted: buildings, contacts, contracts or work orders refer to it. Archive it instead.</source>
        <translation>Le client « {name} » ne peut pas être supprimé : des bâtiments, des contacts, des contrats ou des ordres de travail y renvoient. Archivez-le plutôt.</translation>
    </message>
    <message>
        <source>“{code}” is not a country code (two letters, such as FR, DE, NL or GB).</source>
        <translation>« {code} » n’est pas un code de pays (deux lettres, comme FR, DE, NL ou GB).</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>Impossible de lire {file} : {error}</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx). Save it as an Excel workbook from your spreadsheet program, or start from the template.</source>
        <translation>{file} n’est pas un classeur Excel (.xlsx). Enregistrez-le comme classeur Excel depuis votre tableur, ou partez du modèle.</translation>
    </message>
    <message>
        <source>{file} is empty: its first sheet holds no rows.</source>
        <translation>{file} est vide : sa première feuille ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} rows: split it into several files.</source>
        <translation>{file} contient plus de {limit} lignes : répartissez-les sur plusieurs fichiers.</translation>
    </message>
    <message>
        <source>{file} holds no buildings: there is no row below its header row.</source>
        <translation>{file} ne contient aucun bâtiment : il n’y a aucune ligne sous la ligne d’en-tête.</translation>
    </message>
    <message>
        <source>The header row of {file} has the column “{column}” twice.</source>
        <translation>La ligne d’en-tête de {file} contient deux fois la colonne « {column} ».</translation>
    </message>
    <message>
        <source>{file} has no header row naming the columns (such as “{column}”): start from the template.</source>
        <translation>{file} n’a pas de ligne d’en-tête nommant les colonnes (comme « {column} ») : partez du modèle.</translation>
    </message>
    <message>
        <source>The header row of {file} has no column “{column}”.</source>
        <translation>La ligne d’en-tête de {file} n’a pas de colonne « {column} ».</translation>
    </message>
    <message>
        <source>{field} holds the spreadsheet error {value}.</source>
        <translation>{field} contient l’erreur de tableur {value}.</translation>
    </message>
    <message>
        <source>{field} is missing.</source>
        <translation>{field} est manquant(e).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (use a date cell or YYYY-MM-DD).</source>
        <translation>{field} : « {value} » n’est pas une date (utilisez une cellule de date ou AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>{field} is missing (two letters, such as FR, DE, NL or GB).</source>
        <translation>{field} est manquant (deux lettres, comme FR, DE, NL ou GB).</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>La date de fin {end} est antérieure à la date de début {start}.</translation>
    </message>
    <message>
        <source>Row {row} of the file already adds the building “{name}” to this client.</source>
        <translation>La ligne {row} du fichier ajoute déjà le bâtiment « {name} » à ce client.</translation>
    </message>
    <message>
        <source>No client has the reference “{reference}”.</source>
        <translation>Aucun client n’a la référence « {reference} ».</translation>
    </message>
    <message>
        <source>The client “{client}” ({reference}) is archived: it takes no new buildings.</source>
        <translation>Le client « {client} » ({reference}) est archivé : il ne reçoit plus de nouveaux bâtiments.</translation>
    </message>
    <message>
        <source>The client “{client}” already has a building named “{name}”.</source>
        <translation>Le client « {client} » a déjà un bâtiment nommé « {name} ».</translation>
    </message>
    <message>
        <source>There is no building to import.</source>
        <translation>Il n’y a aucun bâtiment à importer.</translation>
    </message>
    <message>
        <source>Row {row} has an error: correct it in the file, then check the file again. {reason}</source>
        <translation>La ligne {row} contient une erreur : corrigez-la dans le fichier, puis vérifiez à nouveau le fichier. {reason}</translation>
    </message>
    <message>
        <source>Row {row} no longer imports: {reason} Check the file again.</source>
        <translation>La ligne {row} ne peut plus être importée : {reason} Vérifiez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>Import cancelled: no building was added.</source>
        <translation>Importation annulée : aucun bâtiment n’a été ajouté.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>Impossible d’écrire {file} : {error}</translation>
    </message>
    <message>
        <source>{record} “{name}” was changed by someone else since you opened it. Reload it and try again.</source>
        <translation>{record} « {name} » a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>{record} “{name}” was changed by {user} at {time} since you opened it. Reload it and try again.</source>
        <translation>{record} « {name} » a été modifié par {user} le {time} depuis que vous l’avez ouvert. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>Your account is no longer active: you cannot change the directory.</source>
        <translation>Votre compte n’est plus actif : vous ne pouvez pas modifier l’annuaire.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} doit être du texte.</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>Ceci n’est pas une date.</translation>
    </message>
    <message>
        <source>This value must be yes or no.</source>
        <translation>Cette valeur doit être oui ou non.</translation>
    </message>
    <message>
        <source>This list cannot be sorted that way.</source>
        <translation>Cette liste ne peut pas être triée ainsi.</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Votre compte n’existe plus.</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>Votre compte a été désactivé.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l’actuel.</translation>
    </message>
    <message>
        <source>Unknown permission: {permission}</source>
        <translation>Permission inconnue : {permission}</translation>
    </message>
    <message>
        <source>The role needs a name.</source>
        <translation>Le rôle doit avoir un nom.</translation>
    </message>
    <message>
        <source>A role named “{name}” already exists.</source>
        <translation>Un rôle nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>This role no longer exists.</source>
        <translation>Ce rôle n’existe plus.</translation>
    </message>
    <message>
        <source>The role “{name}” is the last one that makes an active agent an administrator: give another agent an administrator role first.</source>
        <translation>Le rôle « {name} » est le dernier qui fait d’un agent actif un administrateur : donnez d’abord un rôle d’administrateur à un autre agent.</translation>
    </message>
    <message>
        <source>The schedule of {building} changed since it was shown (a visit was completed, a closure or a work order changed, or the day changed): nothing was saved. Look at the periods again, then save.</source>
        <translation>Le planning de {building} a changé depuis son affichage (une visite a été terminée, une fermeture ou un ordre de travail a changé, ou le jour a changé) : rien n’a été enregistré. Regardez de nouveau les périodes, puis enregistrez.</translation>
    </message>
    <message>
        <source>Generating PPM work orders up to {until} goes more than a year ahead (the limit is {limit}): ask for it explicitly to go that far.</source>
        <translation>Générer les ordres de travail PPM jusqu’au {until} va à plus d’un an (la limite est le {limit}) : demandez-le explicitement pour aller aussi loin.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code (three letters, such as EUR, GBP or USD).</source>
        <translation>« {code} » n’est pas un code de devise (trois lettres, comme EUR, GBP ou USD).</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>Le fichier n’a pas de nom.</translation>
    </message>
    <message>
        <source>“{name}” cannot be attached: only {extensions} files are accepted.</source>
        <translation>« {name} » ne peut pas être joint : seuls les fichiers {extensions} sont acceptés.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>« {name} » est vide.</translation>
    </message>
    <message>
        <source>“{name}” is not a .{extension} file: its content is a .{found} file. Files are accepted by what they contain, not by their name.</source>
        <translation>« {name} » n’est pas un fichier .{extension} : son contenu est celui d’un fichier .{found}. Les fichiers sont acceptés selon leur contenu, pas selon leur nom.</translation>
    </message>
    <message>
        <source>“{name}” is not a .{extension} file: its content does not match its name. Files are accepted by what they contain, not by their name.</source>
        <translation>« {name} » n’est pas un fichier .{extension} : son contenu ne correspond pas à son nom. Les fichiers sont acceptés selon leur contenu, pas selon leur nom.</translation>
    </message>
    <message>
        <source>A template's body must be text.</source>
        <translation>Le texte d’un modèle doit être du texte.</translation>
    </message>
    <message>
        <source>“{placeholder}” has no placeholder name: write one of {known}, or {braces} for braces.</source>
        <translation>« {placeholder} » n’a pas de nom d’espace réservé : écrivez l’un de {known}, ou {braces} pour des accolades.</translation>
    </message>
    <message>
        <source>The placeholder “{placeholder}” is unknown: use one of {known}.</source>
        <translation>L’espace réservé « {placeholder} » est inconnu : utilisez l’un de {known}.</translation>
    </message>
    <message>
        <source>The placeholder “{placeholder}” cannot have a format or a conversion: write {plain}.</source>
        <translation>L’espace réservé « {placeholder} » ne peut pas avoir de format ni de conversion : écrivez {plain}.</translation>
    </message>
    <message>
        <source>A brace is not closed or not opened near “{near}”: write {braces} for a brace of the text.</source>
        <translation>Une accolade n’est pas fermée ou pas ouverte près de « {near} » : écrivez {braces} pour une accolade du texte.</translation>
    </message>
    <message>
        <source>The document needs a file name.</source>
        <translation>Le document doit avoir un nom de fichier.</translation>
    </message>
    <message>
        <source>A certificate cannot be issued in the future ({date}).</source>
        <translation>Un certificat ne peut pas être délivré dans le futur ({date}).</translation>
    </message>
    <message>
        <source>The issue date {date} is not a plausible date for a certificate.</source>
        <translation>La date de délivrance {date} n’est pas une date plausible pour un certificat.</translation>
    </message>
    <message>
        <source>A certificate cannot be valid until {valid} when it is issued on {issued}.</source>
        <translation>Un certificat délivré le {issued} ne peut pas être valable jusqu’au {valid}.</translation>
    </message>
    <message>
        <source>The PPM job no longer exists.</source>
        <translation>La tâche PPM n’existe plus.</translation>
    </message>
    <message>
        <source>Building “{building}” is not in the PPM job “{job}”.</source>
        <translation>Le bâtiment « {building} » ne fait pas partie de la tâche PPM « {job} ».</translation>
    </message>
    <message>
        <source>The PPM job “{job}” is not certificate-based: it records no certificates.</source>
        <translation>La tâche PPM « {job} » n’est pas à certificat : elle n’enregistre aucun certificat.</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>L’ordre de travail n’existe plus.</translation>
    </message>
    <message>
        <source>Work order {number} is not a PPM order of this building's job: record the certificate there.</source>
        <translation>L’ordre de travail {number} n’est pas un ordre PPM de la tâche de ce bâtiment : enregistrez le certificat là où il s’applique.</translation>
    </message>
    <message>
        <source>The building is no longer in this PPM job.</source>
        <translation>Le bâtiment ne fait plus partie de cette tâche PPM.</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>Le certificat n’existe plus.</translation>
    </message>
    <message>
        <source>Choose the buildings to add to the PPM job.</source>
        <translation>Choisissez les bâtiments à ajouter à la tâche PPM.</translation>
    </message>
    <message>
        <source>Building “{name}” cannot be added to the PPM job: only active buildings of the contract's client can.</source>
        <translation>Le bâtiment « {name} » ne peut pas être ajouté à la tâche PPM : seuls les bâtiments actifs du client du contrat peuvent l’être.</translation>
    </message>
    <message>
        <source>Building “{name}” left the PPM job “{job}” after {date}: it cannot be added to it again.</source>
        <translation>Le bâtiment « {name} » a quitté la tâche PPM « {job} » après le {date} : il ne peut pas y être ajouté à nouveau.</translation>
    </message>
    <message>
        <source>Building “{name}” is already in the PPM job “{job}”.</source>
        <translation>Le bâtiment « {name} » fait déjà partie de la tâche PPM « {job} ».</translation>
    </message>
    <message>
        <source>The frequency of job “{job}” does not support dynamic date updates: there is nothing to exclude the building from.</source>
        <translation>La fréquence de la tâche « {job} » ne prend pas en charge les mises à jour dynamiques des dates : il n’y a rien dont exclure le bâtiment.</translation>
    </message>
    <message>
        <source>Building “{name}” already left the PPM job “{job}” after {date}.</source>
        <translation>Le bâtiment « {name} » a déjà quitté la tâche PPM « {job} » après le {date}.</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for building “{name}”: enter its last day in the job.</source>
        <translation>Des ordres de travail PPM ont été générés pour le bâtiment « {name} » : saisissez son dernier jour dans la tâche.</translation>
    </message>
    <message>
        <source>Building “{name}” can leave the job from {first} (the start of its first period) to {last} (the end of the contract), not on {date}.</source>
        <translation>Le bâtiment « {name} » peut quitter la tâche du {first} (le début de sa première période) au {last} (la fin du contrat), pas le {date}.</translation>
    </message>
    <message>
        <source>The months of a seasonal job must be months 1 to 12.</source>
        <translation>Les mois d’une tâche saisonnière doivent être des mois de 1 à 12.</translation>
    </message>
    <message>
        <source>Only a seasonal job has months.</source>
        <translation>Seule une tâche saisonnière a des mois.</translation>
    </message>
    <message>
        <source>A seasonal job needs at least one month.</source>
        <translation>Une tâche saisonnière doit avoir au moins un mois.</translation>
    </message>
    <message>
        <source>The months of a seasonal job must follow one another (such as 12, 1 and 2).</source>
        <translation>Les mois d’une tâche saisonnière doivent se suivre (comme 12, 1 et 2).</translation>
    </message>
    <message>
        <source>The invoice amount is not an amount.</source>
        <translation>Le montant de facture n’est pas un montant.</translation>
    </message>
    <message>
        <source>The invoice amount has at most two decimals.</source>
        <translation>Le montant de facture a au plus deux décimales.</translation>
    </message>
    <message>
        <source>A PPM job needs a description.</source>
        <translation>Une tâche PPM doit avoir une description.</translation>
    </message>
    <message>
        <source>Seasonal visits or invoices need a seasonal job, with its months.</source>
        <translation>Des visites ou des factures saisonnières demandent une tâche saisonnière, avec ses mois.</translation>
    </message>
    <message>
        <source>Auto-close must be a whole number of days from 0 to {most}, or never.</source>
        <translation>La clôture automatique doit être un nombre entier de jours de 0 à {most}, ou jamais.</translation>
    </message>
    <message>
        <source>The lead days must be a whole number from 0 to {most}.</source>
        <translation>Les jours d’anticipation doivent être un nombre entier de 0 à {most}.</translation>
    </message>
    <message>
        <source>This PPM job no longer exists.</source>
        <translation>Cette tâche PPM n’existe plus.</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for job “{job}”: its frequency, seasonal months and certificate requirement can no longer change.</source>
        <translation>Des ordres de travail PPM ont été générés pour la tâche « {job} » : sa fréquence, ses mois saisonniers et l’exigence de certificat ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>Buildings of job “{job}” have seasonal visits or invoices: the job must stay seasonal.</source>
        <translation>Des bâtiments de la tâche « {job} » ont des visites ou des factures saisonnières : la tâche doit rester saisonnière.</translation>
    </message>
    <message>
        <source>The hourly amount must be an amount, such as 85.00.</source>
        <translation>Le montant horaire doit être un montant, par exemple 85,00.</translation>
    </message>
    <message>
        <source>An hourly amount cannot be negative.</source>
        <translation>Un montant horaire ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>An hourly amount has at most two decimals: {value} has more.</source>
        <translation>Un montant horaire a au plus deux décimales : {value} en a davantage.</translation>
    </message>
    <message>
        <source>The rate needs a name.</source>
        <translation>Le taux doit avoir un nom.</translation>
    </message>
    <message>
        <source>A rate named “{name}” already exists.</source>
        <translation>Un taux nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>This rate no longer exists.</source>
        <translation>Ce taux n’existe plus.</translation>
    </message>
    <message>
        <source>The template needs a title.</source>
        <translation>Le modèle doit avoir un titre.</translation>
    </message>
    <message>
        <source>The template needs a body.</source>
        <translation>Le modèle doit avoir un texte.</translation>
    </message>
    <message>
        <source>Bureau does not write in the language “{language}”.</source>
        <translation>Bureau n’écrit pas dans la langue « {language} ».</translation>
    </message>
    <message>
        <source>The {language} body: {problem}</source>
        <translation>Le texte en {language} : {problem}</translation>
    </message>
    <message>
        <source>This reply template no longer exists.</source>
        <translation>Ce modèle de réponse n’existe plus.</translation>
    </message>
    <message>
        <source>A reply template named “{title}” already exists.</source>
        <translation>Un modèle de réponse nommé « {title} » existe déjà.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Écrivez d’abord la réponse.</translation>
    </message>
    <message>
        <source>No notified contact of work order {number} has an email address: post the reply without emailing it, or notify a contact first.</source>
        <translation>Aucun contact notifié de l’ordre de travail {number} n’a d’adresse e-mail : publiez la réponse sans l’envoyer par e-mail, ou notifiez d’abord un contact.</translation>
    </message>
    <message>
        <source>“{name}” is larger than {limit} MB: choose a smaller file.</source>
        <translation>« {name} » dépasse {limit} Mo : choisissez un fichier plus petit.</translation>
    </message>
    <message>
        <source>“{name}” is not a PDF document or an image (PNG, JPEG, TIFF, WebP).</source>
        <translation>« {name} » n’est ni un document PDF ni une image (PNG, JPEG, TIFF, WebP).</translation>
    </message>
    <message>
        <source>The file is no longer in the database.</source>
        <translation>Le fichier n’est plus dans la base de données.</translation>
    </message>
    <message>
        <source>Your timer already runs on work order {number}: stop it first.</source>
        <translation>Votre minuteur tourne déjà sur l’ordre de travail {number} : arrêtez-le d’abord.</translation>
    </message>
    <message>
        <source>Your timer was started elsewhere meanwhile: look at the status bar.</source>
        <translation>Votre minuteur a été démarré ailleurs entre-temps : regardez la barre d’état.</translation>
    </message>
    <message>
        <source>Your timer is not running.</source>
        <translation>Votre minuteur ne tourne pas.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>work-orders-{date}</source>
        <translation>ordres-de-travail-{date}</translation>
    </message>
    <message>
        <source>Export work orders</source>
        <translation>Exporter les ordres de travail</translation>
    </message>
    <message>
        <source>{file} already exists. Do you want to replace it?</source>
        <translation>{file} existe déjà. Voulez-vous le remplacer ?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Exporting work orders to {file}…</source>
        <translation>Exportation des ordres de travail vers {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>L’exportation a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>Référence du client</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nom du rôle</translation>
    </message>
    <message>
        <source>Building name</source>
        <translation>Nom du bâtiment</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Consignes d’accès</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Contract reference</source>
        <translation>Référence du contrat</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Nom de la vue</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Description de la tâche</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Client's reference</source>
        <translation>Référence du client</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>A value</source>
        <translation>Une valeur</translation>
    </message>
    <message>
        <source>Rate name</source>
        <translation>Nom du taux</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Titre du modèle</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Search number, title, building</source>
        <translation>Rechercher un numéro, un titre, un bâtiment</translation>
    </message>
    <message>
        <source>Work order number, words of the title, building or client</source>
        <translation>Numéro de l’ordre de travail, mots du titre, bâtiment ou client</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Ass&amp;igné à :</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Bâtiment :</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>I&amp;mpact :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>N&amp;ature :</translation>
    </message>
    <message>
        <source>C&amp;reated:</source>
        <translation>Créatio&amp;n :</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>–</source>
        <comment>between the two dates of a range</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>En retard &amp;uniquement</translation>
    </message>
    <message>
        <source>Open work orders whose due date has passed</source>
        <translation>Ordres de travail ouverts dont l’échéance est dépassée</translation>
    </message>
    <message>
        <source>Rese&amp;t filters</source>
        <translation>Réinitialiser &amp;les filtres</translation>
    </message>
    <message>
        <source>Show every work order again (the sort is kept)</source>
        <translation>Afficher de nouveau tous les ordres de travail (le tri est conservé)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open statuses</source>
        <translation>Statuts ouverts</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Any impact</source>
        <translation>Tout impact</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Toute nature</translation>
    </message>
    <message>
        <source>Type a date, or press Delete to clear it; F4 opens the calendar.</source>
        <translation>Saisissez une date ou appuyez sur Suppr pour l’effacer ; F4 ouvre le calendrier.</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Créé à partir du</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Créé jusqu’au</translation>
    </message>
    <message>
        <source>Due from</source>
        <translation>Échéance à partir du</translation>
    </message>
    <message>
        <source>Due until</source>
        <translation>Échéance jusqu’au</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <source>Unknown agent ({id})</source>
        <translation>Agent inconnu ({id})</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Unknown client ({id})</source>
        <translation>Client inconnu ({id})</translation>
    </message>
    <message>
        <source>{building} ({client})</source>
        <translation>{building} ({client})</translation>
    </message>
    <message>
        <source>Any building</source>
        <translation>Tous les bâtiments</translation>
    </message>
    <message>
        <source>Unknown building ({id})</source>
        <translation>Bâtiment inconnu ({id})</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>Créer le compte administrateur</translation>
    </message>
    <message>
        <source>This server database is new. Create the account of its first administrator; agents are added from there.</source>
        <translation>Cette base de données serveur est nouvelle. Créez le compte de son premier administrateur ; les agents sont ensuite ajoutés depuis ce compte.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <source>Enter a login and a name.</source>
        <translation>Saisissez un identifiant et un nom.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Le mot de passe doit comporter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>FixedCostDialog</name>
    <message>
        <source>Set fixed cost: work order {number}</source>
        <translation>Coût fixe : ordre de travail {number}</translation>
    </message>
    <message>
        <source>none (calculated)</source>
        <translation>aucun (calculé)</translation>
    </message>
    <message>
        <source>Current fixed cost: {current}. Enter 0 to go back to the calculated cost.</source>
        <translation>Coût fixe actuel : {current}. Saisissez 0 pour revenir au coût calculé.</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Montant ({currency}) :</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Enter the fixed cost.</source>
        <translation>Saisissez le coût fixe.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: write it as {example}.</source>
        <translation>« {text} » n'est pas un montant : écrivez-le comme {example}.</translation>
    </message>
    <message>
        <source>A fixed cost cannot be negative.</source>
        <translation>Un coût fixe ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals.</source>
        <translation>Un montant a au plus deux décimales.</translation>
    </message>
    <message>
        <source>This fixed cost is too large.</source>
        <translation>Ce coût fixe est trop élevé.</translation>
    </message>
    <message>
        <source>Explain the fixed cost: the explanation is required.</source>
        <translation>Justifiez le coût fixe : la justification est obligatoire.</translation>
    </message>
</context>
<context>
    <name>Frequency</name>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Fortnightly</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Tous les deux mois</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <source>Four-monthly</source>
        <translation>Quadrimestriel</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>Semestriel</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>Two-yearly</source>
        <translation>Tous les deux ans</translation>
    </message>
    <message>
        <source>Three-yearly</source>
        <translation>Tous les trois ans</translation>
    </message>
    <message>
        <source>Five-yearly</source>
        <translation>Tous les cinq ans</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>Saisonnier</translation>
    </message>
</context>
<context>
    <name>GenerationDialog</name>
    <message>
        <source>Generate due PPMs</source>
        <translation>Générer les PPM dus</translation>
    </message>
    <message>
        <source>The PPM work orders due by {date}, by contract. Untick those not to create now: they stay due. Contracts marked for manual generation start unticked; only this window generates them.</source>
        <translation>Les ordres de travail PPM dus au {date}, par contrat. Décochez ceux à ne pas créer maintenant : ils restent dus. Les contrats en génération manuelle sont décochés au départ ; seule cette fenêtre les génère.</translation>
    </message>
    <message>
        <source>Open orders whose period ended longer ago than their job's auto-close setting are closed as not done; untick those to leave open.</source>
        <translation>Les ordres de travail encore ouverts dont la période s’est terminée depuis plus longtemps que le délai de clôture automatique de leur tâche sont clôturés comme non réalisés. Décochez ceux à laisser ouverts.</translation>
    </message>
    <message>
        <source>Contract / building</source>
        <translation>Contrat / bâtiment</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Financial period</source>
        <translation>Période financière</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>To create: {created} (invoice only: {invoice_only}). Missed: {missed}.</source>
        <translation>À créer : {created} (facture seule : {invoice_only}). Manquées : {missed}.</translation>
    </message>
    <message>
        <source>To close as not done: {count}.</source>
        <translation>À clôturer comme non réalisés : {count}.</translation>
    </message>
    <message>
        <source>Re-planned first: {count}.</source>
        <translation>Replanifiés d’abord : {count}.</translation>
    </message>
    <message>
        <source>Manual generation</source>
        <translation>Génération manuelle</translation>
    </message>
    <message>
        <source>Work order {number}, {status}</source>
        <translation>Ordre de travail {number}, {status}</translation>
    </message>
    <message>
        <source>Re-planned first from its last completed visit or certificate</source>
        <translation>Replanifié d’abord à partir de sa dernière visite terminée ou de son dernier certificat</translation>
    </message>
    <message>
        <source>Missed: the period has ended, no order is created</source>
        <translation>Manquée : la période est terminée, aucun ordre de travail n’est créé</translation>
    </message>
    <message>
        <source>No visit</source>
        <translation>Pas de visite</translation>
    </message>
    <message>
        <source>Invoice only: an order closed at once</source>
        <translation>Facture seule : un ordre de travail clôturé aussitôt</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>Nouvel ordre de travail</translation>
    </message>
    <message>
        <source>Ticked: {ticked} of {total} work orders. Missed periods skipped: {missed}.</source>
        <translation>Cochés : {ticked} ordres de travail sur {total}. Périodes manquées ignorées : {missed}.</translation>
    </message>
    <message>
        <source>To close as not done: {ticked} of {total} open work orders.</source>
        <translation>À clôturer comme non réalisés : {ticked} ordres de travail ouverts sur {total}.</translation>
    </message>
    <message>
        <source>Closed as not done: its period has ended</source>
        <translation>Clôturé comme non réalisé : sa période est terminée</translation>
    </message>
    <message>
        <source>Closed as not done: ended more than {days} ago</source>
        <translation>Clôturé comme non réalisé : terminée il y a plus de {days}</translation>
    </message>
    <message>
        <source>The database could not be read or written: {error}. Check the connection and try again.</source>
        <translation>La base de données n’a pas pu être lue ou écrite : {error}. Vérifiez la connexion et réessayez.</translation>
    </message>
</context>
<context>
    <name>GenerationDryRun</name>
    <message>
        <source>Dry run, nothing written. PPM work orders to create: {count} (of which invoice only, closed at once: {invoice_only}). Missed periods to skip: {missed}. Buildings to re-plan first: {replans}. Left for manual generation: {manual}.</source>
        <translation>Essai à blanc, rien n’est écrit. Ordres de travail PPM à créer : {count} (dont facture seule, clôturés aussitôt : {invoice_only}). Périodes manquées à ignorer : {missed}. Bâtiments à replanifier d’abord : {replans}. Laissés à la génération manuelle : {manual}.</translation>
    </message>
    <message>
        <source>Open work orders to close as not done: {count}. Left open for manual generation: {manual}.</source>
        <translation>Ordres de travail ouverts à clôturer comme non réalisés : {count}. Laissés ouverts pour la génération manuelle : {manual}.</translation>
    </message>
    <message>
        <source>Contract {reference}, manual generation (not generated by this command): due {created} (invoice only: {invoice_only}), missed {missed}, to re-plan {replans}.</source>
        <translation>Contrat {reference}, génération manuelle (non générée par cette commande) : dus {created} (facture seule : {invoice_only}), manquées {missed}, à replanifier {replans}.</translation>
    </message>
    <message>
        <source>  manual   {building} – {job}: period {start} to {end}, {visit}</source>
        <translation>  manuel   {building} – {job} : période du {start} au {end}, {visit}</translation>
    </message>
    <message>
        <source>Contract {reference}: to create {created} (invoice only: {invoice_only}), missed {missed}, to re-plan {replans}.</source>
        <translation>Contrat {reference} : à créer {created} (facture seule : {invoice_only}), manquées {missed}, à replanifier {replans}.</translation>
    </message>
    <message>
        <source>  create   {building} – {job}: period {start} to {end}, {visit}</source>
        <translation>  créer    {building} – {job} : période du {start} au {end}, {visit}</translation>
    </message>
    <message>
        <source>Due to close as not done: {count} (left open by this command).</source>
        <translation>À clôturer comme non réalisés : {count} (laissés ouverts par cette commande).</translation>
    </message>
    <message>
        <source>To close as not done: {count}.</source>
        <translation>À clôturer comme non réalisés : {count}.</translation>
    </message>
    <message>
        <source>  missed   {building} – {job}: period {start} to {end}</source>
        <translation>  manquée  {building} – {job} : période du {start} au {end}</translation>
    </message>
    <message>
        <source>  re-plan  {building} – {job}</source>
        <translation>  replanifier  {building} – {job}</translation>
    </message>
    <message>
        <source>  manual not done  {building} – {job}: work order {number} ({status}), period {start} to {end}</source>
        <translation>  manuel non réalisé  {building} – {job} : ordre de travail {number} ({status}), période du {start} au {end}</translation>
    </message>
    <message>
        <source>  not done {building} – {job}: work order {number} ({status}), period {start} to {end}</source>
        <translation>  non réalisé {building} – {job} : ordre de travail {number} ({status}), période du {start} au {end}</translation>
    </message>
    <message>
        <source>invoice only</source>
        <translation>facture seule</translation>
    </message>
    <message>
        <source>visit {start} to {end}</source>
        <translation>visite du {start} au {end}</translation>
    </message>
</context>
<context>
    <name>GenerationReport</name>
    <message>
        <source>Contract {reference}: created {created} (invoice only: {invoice_only}), missed {missed}, cancelled {cancelled}.</source>
        <translation>Contrat {reference} : créés {created} (facturation seule : {invoice_only}), manqués {missed}, annulés {cancelled}.</translation>
    </message>
    <message>
        <source>Closed as not done: {count}.</source>
        <translation>Clôturés comme non réalisés : {count}.</translation>
    </message>
    <message>
        <source>PPM work orders created: {count} (of which invoice only, closed at once: {invoice_only}). Missed periods skipped: {missed}. Cancelled by re-plans: {cancelled}.</source>
        <translation>Ordres de travail PPM créés : {count} (dont facturation seule, clôturés aussitôt : {invoice_only}). Périodes manquées ignorées : {missed}. Annulés par les replanifications : {cancelled}.</translation>
    </message>
    <message>
        <source>Open work orders closed as not done by auto-close: {count} ({numbers}).</source>
        <translation>Ordres de travail ouverts clôturés comme non réalisés par la clôture automatique : {count} ({numbers}).</translation>
    </message>
    <message>
        <source>Work orders left open because they changed since the preview was read: {numbers}.</source>
        <translation>Ordres de travail laissés ouverts parce qu’ils ont changé depuis la lecture de l’aperçu : {numbers}.</translation>
    </message>
    <message>
        <source>Started work orders left open although their PPM period is no longer valid: {numbers}.</source>
        <translation>Ordres de travail commencés laissés ouverts bien que leur période PPM ne soit plus valide : {numbers}.</translation>
    </message>
    <message>
        <source>Buildings left as stored, to re-plan in their period editor: {count}.</source>
        <translation>Bâtiments laissés tels qu’enregistrés, à replanifier dans leur éditeur de périodes : {count}.</translation>
    </message>
</context>
<context>
    <name>HelpdeskModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Overdue: due {date}</source>
        <translation>En retard : échéance le {date}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>until {end}, no visit</source>
        <translation>jusqu’au {end}, sans visite</translation>
    </message>
    <message>
        <source>until {end}, visit {start} to {visit_end}</source>
        <translation>jusqu’au {end}, visite du {start} au {visit_end}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Ordre de travail {number}</translation>
    </message>
    <message>
        <source>Schedule history: {building}</source>
        <translation>Historique du planning : {building}</translation>
    </message>
    <message>
        <source>Changes to the stored periods of {building}, newest first.</source>
        <translation>Modifications des périodes enregistrées de {building}, les plus récentes d’abord.</translation>
    </message>
    <message>
        <source>No change to the stored periods of {building} has been recorded yet.</source>
        <translation>Aucune modification des périodes enregistrées de {building} n’a encore été consignée.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <source>No impact</source>
        <translation>Aucun impact</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Site down</source>
        <translation>Site en panne</translation>
    </message>
    <message>
        <source>Server issue</source>
        <translation>Problème de serveur</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crise</translation>
    </message>
</context>
<context>
    <name>ImportBuildingsDialog</name>
    <message>
        <source>Import buildings</source>
        <translation>Importer des bâtiments</translation>
    </message>
    <message>
        <source>Add many buildings at once from an Excel workbook: one row per building, its client named by its reference. Start from the template, which has the columns expected. Every row is checked first; nothing is imported while a row has an error.</source>
        <translation>Ajoutez de nombreux bâtiments en une fois depuis un classeur Excel : une ligne par bâtiment, son client désigné par sa référence. Partez du modèle, qui contient les colonnes attendues. Chaque ligne est d’abord vérifiée ; rien n’est importé tant qu’une ligne contient une erreur.</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>Enregistrer le &amp;modèle…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Show only rows with &amp;errors</source>
        <translation>N’afficher que les lignes en &amp;erreur</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>buildings-template</source>
        <translation>modele-batiments</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Template saved as {file}: fill it in, then choose it here.</source>
        <translation>Modèle enregistré sous {file} : remplissez-le, puis choisissez-le ici.</translation>
    </message>
    <message>
        <source>Row {row}: {errors}</source>
        <translation>Ligne {row} : {errors}</translation>
    </message>
    <message>
        <source>Import cancelled: no building was added.</source>
        <translation>Importation annulée : aucun bâtiment n’a été ajouté.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>row {row}: {error}</source>
        <translation>ligne {row} : {error}</translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation>L’importation a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Reading and checking {file}…</source>
        <translation>Lecture et vérification de {file}…</translation>
    </message>
    <message>
        <source>Import buildings</source>
        <translation>Importer des bâtiments</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The import failed: {error}</source>
        <translation>L’importation a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>JobBuildingDialog</name>
    <message>
        <source>Edit job building PPM details</source>
        <translation>Modifier les détails PPM du bâtiment de la tâche</translation>
    </message>
    <message>
        <source>{building} in the PPM job “{job}”. Saving re-plans its periods.</source>
        <translation>{building} dans la tâche PPM « {job} ». L’enregistrement replanifie ses périodes.</translation>
    </message>
    <message>
        <source>E&amp;xclude from dynamic dates:</source>
        <translation>E&amp;xclu des dates dynamiques :</translation>
    </message>
    <message>
        <source>&amp;Partial periods:</source>
        <translation>Périodes &amp;partielles :</translation>
    </message>
    <message>
        <source>Ins&amp;tructions:</source>
        <translation>&amp;Instructions :</translation>
    </message>
    <message>
        <source>Plan the visits on fixed dates, not from the last completed visit</source>
        <translation>Planifier les visites à dates fixes, et non à partir de la dernière visite terminée</translation>
    </message>
    <message>
        <source>The job's frequency does not support dynamic dates: its visits are on fixed dates anyway.</source>
        <translation>La fréquence de la tâche ne prend pas en charge les dates dynamiques : ses visites sont de toute façon à dates fixes.</translation>
    </message>
    <message>
        <source>Generate and show periods shorter than a full one</source>
        <translation>Générer et afficher les périodes plus courtes qu’une période complète</translation>
    </message>
    <message>
        <source>PPM work orders were generated for this building: this can no longer change.</source>
        <translation>Des ordres de travail PPM ont été générés pour ce bâtiment : ceci ne peut plus changer.</translation>
    </message>
    <message>
        <source>Notes or instructions for the visits (shown on the portal)</source>
        <translation>Notes ou instructions pour les visites (affichées sur le portail)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>New PPM job</source>
        <translation>Nouvelle tâche PPM</translation>
    </message>
    <message>
        <source>A PPM job of the contract {reference}: what is done at the client's buildings, how often.</source>
        <translation>Une tâche PPM du contrat {reference} : ce qui est fait dans les bâtiments du client, et à quelle fréquence.</translation>
    </message>
    <message>
        <source>Edit job PPM details</source>
        <translation>Modifier les détails PPM de la tâche</translation>
    </message>
    <message>
        <source>The PPM job “{job}” of the contract {reference}.</source>
        <translation>La tâche PPM « {job} » du contrat {reference}.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Fréquence :</translation>
    </message>
    <message>
        <source>Season (&amp;months):</source>
        <translation>Saison (&amp;mois) :</translation>
    </message>
    <message>
        <source>Certificate &amp;based:</source>
        <translation>&amp;Basé sur certificat :</translation>
    </message>
    <message>
        <source>&amp;Lead days:</source>
        <translation>&amp;Jours d’anticipation :</translation>
    </message>
    <message>
        <source>Default number of &amp;visits:</source>
        <translation>Nombre de &amp;visites par défaut :</translation>
    </message>
    <message>
        <source>Default number of &amp;invoices:</source>
        <translation>Nombre de &amp;factures par défaut :</translation>
    </message>
    <message>
        <source>Default invoice &amp;amount ({currency}):</source>
        <translation>&amp;Montant de facture par défaut ({currency}) :</translation>
    </message>
    <message>
        <source>E&amp;xclude from dynamic dates:</source>
        <translation>E&amp;xclu des dates dynamiques :</translation>
    </message>
    <message>
        <source>Au&amp;to-close:</source>
        <translation>Clô&amp;ture automatique :</translation>
    </message>
    <message>
        <source>Required: the work done, such as Boiler maintenance</source>
        <translation>Obligatoire : le travail effectué, par exemple Entretien de chaudière</translation>
    </message>
    <message>
        <source>The consecutive months of the season of a seasonal job (one visit a year in them)</source>
        <translation>Les mois consécutifs de la saison d’une tâche saisonnière (une visite par an pendant ces mois)</translation>
    </message>
    <message>
        <source>A certificate proves each visit</source>
        <translation>Un certificat atteste chaque visite</translation>
    </message>
    <message>
        <source>How many days before its visit starts a PPM work order is generated</source>
        <translation>Combien de jours avant le début de sa visite un ordre de travail PPM est généré</translation>
    </message>
    <message>
        <source>What the buildings added to the job start with; each can be changed</source>
        <translation>Ce avec quoi commencent les bâtiments ajoutés à la tâche ; chacun peut être modifié</translation>
    </message>
    <message>
        <source>Buildings added to the job plan their visits on fixed dates</source>
        <translation>Les bâtiments ajoutés à la tâche planifient leurs visites à dates fixes</translation>
    </message>
    <message>
        <source>The default of the buildings added to the job: their visits do not follow the last completed visit</source>
        <translation>La valeur par défaut des bâtiments ajoutés à la tâche : leurs visites ne suivent pas la dernière visite terminée</translation>
    </message>
    <message>
        <source>Close as Not done</source>
        <translation>Clôturer comme Non réalisé</translation>
    </message>
    <message>
        <source>Close PPM work orders still open this many days after their period ends</source>
        <translation>Clôturer les ordres de travail PPM encore ouverts ce nombre de jours après la fin de leur période</translation>
    </message>
    <message>
        <source>days after the period ends (0: as soon as it ends)</source>
        <translation>jours après la fin de la période (0: dès qu’elle se termine)</translation>
    </message>
    <message>
        <source>PPM work orders were generated under this job: this can no longer change.</source>
        <translation>Des ordres de travail PPM ont été générés dans cette tâche : ceci ne peut plus changer.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Give the job's description.</source>
        <translation>Indiquez la description de la tâche.</translation>
    </message>
    <message>
        <source>Tick the months of the season.</source>
        <translation>Cochez les mois de la saison.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: write it as {example}.</source>
        <translation>« {text} » n’est pas un montant : écrivez-le comme {example}.</translation>
    </message>
</context>
<context>
    <name>JobSheet</name>
    <message>
        <source>Customer signature</source>
        <translation>Signature du client</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Job sheet: work order {number}</source>
        <translation>Fiche d’intervention : ordre de travail {number}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>Référence du client</translation>
    </message>
    <message>
        <source>Client and building</source>
        <translation>Client et bâtiment</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Notes d’accès</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>No contact.</source>
        <translation>Aucun contact.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
    <message>
        <source>PPM visit</source>
        <translation>Visite PPM</translation>
    </message>
    <message>
        <source>PPM job</source>
        <translation>Tâche PPM</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Visit window</source>
        <translation>Fenêtre de visite</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Signed by {name} on {date}</source>
        <translation>Signé par {name} le {date}</translation>
    </message>
    <message>
        <source>Signed on {date}</source>
        <translation>Signé le {date}</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d’activité</translation>
    </message>
    <message>
        <source>Printed by Bureau on {date}</source>
        <translation>Imprimé par Bureau le {date}</translation>
    </message>
    <message>
        <source>No time recorded.</source>
        <translation>Aucun temps enregistré.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Travail effectué</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Total time: {total}; billable: {billable}</source>
        <translation>Temps total : {total} ; facturable : {billable}</translation>
    </message>
    <message>
        <source>Billable amount: {amount}</source>
        <translation>Montant facturable : {amount}</translation>
    </message>
    <message>
        <source>Export the job sheet as PDF</source>
        <translation>Exporter la fiche d’intervention en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the job sheet of this work order for the technician</source>
        <translation>Imprimer la fiche d’intervention de cet ordre de travail pour le technicien</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Save the job sheet of this work order as a PDF document</source>
        <translation>Enregistrer la fiche d’intervention de cet ordre de travail comme document PDF</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Job sheet {number}.pdf</source>
        <translation>Fiche d’intervention {number}.pdf</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}</source>
        <translation>Le PDF n’a pas pu être écrit dans {path} : {reason}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
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
        <translation>Problème</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bureau: helpdesk</source>
        <translation>Bureau : helpdesk</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Work orders</source>
        <translation>&amp;Ordres de travail</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Contracts and PPM…</source>
        <translation>&amp;Contrats et PPM…</translation>
    </message>
    <message>
        <source>The contracts, their PPM jobs and the periods of their buildings</source>
        <translation>Les contrats, leurs tâches PPM et les périodes de leurs bâtiments</translation>
    </message>
    <message>
        <source>Create the work orders of the PPM periods whose auto-generation date has come</source>
        <translation>Créer les ordres de travail des périodes PPM dont la date de génération automatique est arrivée</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Reset &amp;filters</source>
        <translation>Réinitialiser les &amp;filtres</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Exporter la liste…</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Aller à la &amp;liste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Bureau</source>
        <translation>À &amp;propos de Bureau</translation>
    </message>
    <message>
        <source>Counting work orders…</source>
        <translation>Comptage des ordres de travail…</translation>
    </message>
    <message>
        <source>{user} on {database}</source>
        <translation>{user} sur {database}</translation>
    </message>
    <message>
        <source>Open the selected work order in a tab (Enter or double-click)</source>
        <translation>Ouvrir l'ordre de travail sélectionné dans un onglet (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Open in a new &amp;window</source>
        <translation>Ouvrir dans une nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <source>&amp;Close work order tab</source>
        <translation>&amp;Fermer l'onglet de l'ordre de travail</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Onglet suivant</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Onglet précédent</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Service d'assistance</translation>
    </message>
    <message>
        <source>&amp;Generate due PPMs…</source>
        <translation>&amp;Générer les PPM dus…</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>La liste n’a pas pu être lue : {error}</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <source>Generate due PPMs</source>
        <translation>Générer les PPM échus</translation>
    </message>
    <message>
        <source>About Bureau</source>
        <translation>À propos de Bureau</translation>
    </message>
    <message>
        <source>Bureau {version}
The desktop for facilities-management helpdesk agents.</source>
        <translation>Bureau {version}
L’application de bureau des agents de helpdesk en facility management.</translation>
    </message>
</context>
<context>
    <name>MyAccountDialog</name>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Your name as others see it on work orders, your email address, and the language of the emails you send to contacts without a language of their own.</source>
        <translation>Votre nom tel que les autres le voient sur les ordres de travail, votre adresse e-mail, et la langue des e-mails que vous envoyez aux contacts sans langue définie.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nom d’affichage :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>&amp;Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Give your display name.</source>
        <translation>Indiquez votre nom d’affichage.</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Add the caller to the contacts of {client}. The contact is saved at once and becomes the caller.</source>
        <translation>Ajouter l’appelant aux contacts de {client}. Le contact est enregistré aussitôt et devient l’appelant.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Optional: needed to notify them</source>
        <translation>Facultatif : nécessaire pour le prévenir</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <source>Give the contact's name.</source>
        <translation>Indiquez le nom du contact.</translation>
    </message>
</context>
<context>
    <name>NewOrderLauncher</name>
    <message>
        <source>&amp;New work order…</source>
        <translation>&amp;Nouvel ordre de travail…</translation>
    </message>
    <message>
        <source>New work order</source>
        <translation>Nouvel ordre de travail</translation>
    </message>
    <message>
        <source>Log a call as a new work order (Ctrl+N)</source>
        <translation>Enregistrer un appel comme nouvel ordre de travail (Ctrl+N)</translation>
    </message>
    <message>
        <source>Log similar</source>
        <translation>Saisir un ordre similaire</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choisir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>An administrator asked you to choose a new password. Type it twice to sign in.</source>
        <translation>Un administrateur vous demande de choisir un nouveau mot de passe. Saisissez-le deux fois pour vous connecter.</translation>
    </message>
    <message>
        <source>Your password for signing in to this server.</source>
        <translation>Votre mot de passe pour vous connecter à ce serveur.</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
</context>
<context>
    <name>NewWorkOrderDialog</name>
    <message>
        <source>New work order</source>
        <translation>Nouvel ordre de travail</translation>
    </message>
    <message>
        <source>Log a call. Start with the building (its client follows) or the client, and choose from the lists as you type. Ctrl+Enter saves; Ctrl+Shift+N saves and starts the next call with the same caller.</source>
        <translation>Enregistrez un appel. Commencez par le bâtiment (son client suit) ou par le client, et choisissez dans les listes en tapant. Ctrl+Entrée enregistre ; Ctrl+Maj+N enregistre et commence l’appel suivant avec le même appelant.</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <source>Already &amp;reported?</source>
        <translation>Déjà &amp;signalé ?</translation>
    </message>
    <message>
        <source>Contacts to notify by &amp;email</source>
        <translation>Contacts à prévenir par e-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Bâtiment :</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact :</translation>
    </message>
    <message>
        <source>Name or reference</source>
        <translation>Nom ou référence</translation>
    </message>
    <message>
        <source>Name, city, postcode or client reference</source>
        <translation>Nom, ville, code postal ou référence du client</translation>
    </message>
    <message>
        <source>Name, email or phone (optional)</source>
        <translation>Nom, e-mail ou téléphone (facultatif)</translation>
    </message>
    <message>
        <source>Ne&amp;w contact…</source>
        <translation>Nou&amp;veau contact…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Nat&amp;ure :</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie :</translation>
    </message>
    <message>
        <source>Co&amp;ntract:</source>
        <translation>Cont&amp;rat :</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Attribué à :</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Éc&amp;héance :</translation>
    </message>
    <message>
        <source>Required: what is wrong, in a few words</source>
        <translation>Obligatoire : ce qui ne va pas, en quelques mots</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>Aucun contrat</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>&amp;From priority</source>
        <translation>Se&amp;lon la priorité</translation>
    </message>
    <message>
        <source>Set the due date from the priority's target time again</source>
        <translation>Reprendre l’échéance du délai cible de la priorité</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the work order and open it (Ctrl+Enter)</source>
        <translation>Enregistrer l’ordre de travail et l’ouvrir (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Sa&amp;ve and new</source>
        <translation>Enregistrer et &amp;nouveau</translation>
    </message>
    <message>
        <source>Save the work order and start the next one for the same caller (Ctrl+Shift+N)</source>
        <translation>Enregistrer l’ordre de travail et commencer le suivant pour le même appelant (Ctrl+Maj+N)</translation>
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
        <translation>Choisissez d’abord le client ou le bâtiment.</translation>
    </message>
    <message>
        <source>Add the caller to the contacts of {client} without leaving this form</source>
        <translation>Ajouter l’appelant aux contacts de {client} sans quitter ce formulaire</translation>
    </message>
    <message>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <source>{name} (no email address)</source>
        <translation>{name} (pas d’adresse e-mail)</translation>
    </message>
    <message>
        <source>This contact has no email address, so they cannot be notified.</source>
        <translation>Ce contact n’a pas d’adresse e-mail : il ne peut pas être prévenu.</translation>
    </message>
    <message>
        <source>Choose the client or the building to list their contacts.</source>
        <translation>Choisissez le client ou le bâtiment pour afficher ses contacts.</translation>
    </message>
    <message>
        <source>This client has no contacts yet.</source>
        <translation>Ce client n’a pas encore de contacts.</translation>
    </message>
    <message>
        <source>Those ticked are emailed now, and each time the work order's status changes.</source>
        <translation>Les contacts cochés reçoivent un e-mail maintenant, puis à chaque changement de statut de l’ordre de travail.</translation>
    </message>
    <message>
        <source>Choose a building to see the work orders still open there.</source>
        <translation>Choisissez un bâtiment pour voir les ordres de travail encore ouverts sur place.</translation>
    </message>
    <message>
        <source>No open work order at {building}.</source>
        <translation>Aucun ordre de travail ouvert à {building}.</translation>
    </message>
    <message>
        <source>Open at {building}, newest first. If the call is about one of them, double-click it to open it instead of logging it again.</source>
        <translation>Ouverts à {building}, les plus récents d’abord. Si l’appel concerne l’un d’eux, double-cliquez dessus pour l’ouvrir au lieu de le saisir à nouveau.</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>saisie à la main</translation>
    </message>
    <message>
        <source>{target} for this priority</source>
        <translation>{target} pour cette priorité</translation>
    </message>
    <message>
        <source>Choose the building from the list: type part of its name, city or postcode.</source>
        <translation>Choisissez le bâtiment dans la liste : tapez une partie de son nom, de sa ville ou de son code postal.</translation>
    </message>
    <message>
        <source>Choose the building.</source>
        <translation>Choisissez le bâtiment.</translation>
    </message>
    <message>
        <source>Choose the client from the list, or clear the field.</source>
        <translation>Choisissez le client dans la liste, ou videz le champ.</translation>
    </message>
    <message>
        <source>Choose the caller from the contacts, or add them as a new contact.</source>
        <translation>Choisissez l’appelant parmi les contacts, ou ajoutez-le comme nouveau contact.</translation>
    </message>
    <message>
        <source>Give the work order a title.</source>
        <translation>Donnez un titre à l’ordre de travail.</translation>
    </message>
    <message>
        <source>Work order {number} saved. The next one keeps the same caller.</source>
        <translation>Ordre de travail {number} enregistré. Le suivant garde le même appelant.</translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Edit notifications: work order {number}</source>
        <translation>Modifier les notifications : ordre de travail {number}</translation>
    </message>
    <message>
        <source>Check the contacts of the client who are emailed each time the status of work order {number} changes. When you save, each contact you add receives an email telling them so.</source>
        <translation>Cochez les contacts du client qui reçoivent un e-mail à chaque changement de statut de l’ordre de travail {number}. À l’enregistrement, chaque contact ajouté reçoit un e-mail qui l’en informe.</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contacts :</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <source>This contact is archived and receives nothing: uncheck them.</source>
        <translation>Ce contact est archivé et ne reçoit rien : décochez-le.</translation>
    </message>
    <message>
        <source>{name} &lt;{email}&gt;</source>
        <translation>{name} &lt;{email}&gt;</translation>
    </message>
    <message>
        <source>{name} (no email address)</source>
        <translation>{name} (pas d’adresse e-mail)</translation>
    </message>
    <message>
        <source>This contact has no email address, so they cannot be notified.</source>
        <translation>Ce contact n’a pas d’adresse e-mail et ne peut donc pas être notifié.</translation>
    </message>
    <message>
        <source>This contact has no email address and receives nothing: uncheck them.</source>
        <translation>Ce contact n’a pas d’adresse e-mail et ne reçoit rien : décochez-le.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>The client of this work order has no contacts to notify.</source>
        <translation>Le client de cet ordre de travail n’a aucun contact à notifier.</translation>
    </message>
    <message>
        <source>Check or uncheck contacts to change who is notified.</source>
        <translation>Cochez ou décochez des contacts pour changer qui est notifié.</translation>
    </message>
</context>
<context>
    <name>OpenOrdersModel</name>
    <message>
        <source>Work order {number}, “{title}”: {status}, logged {created}. Double-click to open it.</source>
        <translation>Ordre de travail {number}, « {title} » : {status}, saisi le {created}. Double-cliquez pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
</context>
<context>
    <name>OptionsDialog</name>
    <message>
        <source>The job sheet holds the work order's header, client, building with its access notes, contact, description, PPM visit, time and signature.</source>
        <translation>La fiche d’intervention contient l’en-tête de l’ordre de travail, le client, le bâtiment avec ses notes d’accès, le contact, la description, la visite PPM, le temps et la signature.</translation>
    </message>
    <message>
        <source>Include the &amp;activity log</source>
        <translation>Inclure le &amp;journal d’activité</translation>
    </message>
</context>
<context>
    <name>OrderCorrections</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Correct the work order's fields (F2)</source>
        <translation>Corriger les champs de l’ordre de travail (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete a work order logged by mistake</source>
        <translation>Supprimer un ordre de travail saisi par erreur</translation>
    </message>
    <message>
        <source>Edit work order</source>
        <translation>Modifier l’ordre de travail</translation>
    </message>
    <message>
        <source>Delete work order {number}</source>
        <translation>Supprimer l’ordre de travail {number}</translation>
    </message>
    <message>
        <source>Delete work order {number}, “{title}”? It disappears with its activity log; this cannot be undone. Delete only an order logged by mistake: cancel any other.</source>
        <translation>Supprimer l’ordre de travail {number}, « {title} » ? Il disparaît avec son journal d’activité ; c’est irréversible. Ne supprimez qu’un ordre saisi par erreur : annulez les autres.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Dès que possible</translation>
    </message>
</context>
<context>
    <name>OutboxTools</name>
    <message>
        <source>&amp;Tools</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Boîte d’envoi…</translation>
    </message>
    <message>
        <source>The emails waiting to be sent, failed and sent</source>
        <translation>Les e-mails en attente d’envoi, en échec et envoyés</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>Tous les e-mails</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send the emails that are due now, without waiting for the next round</source>
        <translation>Envoyer maintenant les e-mails dus, sans attendre le prochain passage</translation>
    </message>
    <message>
        <source>Re&amp;try selected</source>
        <translation>&amp;Réessayer la sélection</translation>
    </message>
    <message>
        <source>Try the selected emails again now, failed ones included</source>
        <translation>Réessayer maintenant les e-mails sélectionnés, y compris ceux en échec</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Select an email to read it.</source>
        <translation>Sélectionnez un e-mail pour le lire.</translation>
    </message>
    <message>
        <source>Pending: {pending}   Failed: {failed}   Sent: {sent}</source>
        <translation>En attente : {pending}   En échec : {failed}   Envoyés : {sent}</translation>
    </message>
    <message>
        <source>No SMTP server is set: emails wait here and are not sent. Set the server in File &gt; Settings, Email (SMTP).</source>
        <translation>Aucun serveur SMTP n’est défini : les e-mails attendent ici et ne sont pas envoyés. Définissez le serveur dans Fichier &gt; Paramètres, E-mail (SMTP).</translation>
    </message>
    <message>
        <source>To: {address}</source>
        <translation>À : {address}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Dernière erreur : {error}</translation>
    </message>
    <message>
        <source>The outbox could not be sent: {error}</source>
        <translation>La boîte d’envoi n’a pas pu être envoyée : {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Le mot de passe doit comporter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No visit</source>
        <translation>Aucune visite</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Work order {number}, cancelled when saved</source>
        <translation>Ordre de travail {number}, annulé à l’enregistrement</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Ordre de travail {number}</translation>
    </message>
    <message>
        <source>visit {dates}</source>
        <translation>visite {dates}</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>facturée</translation>
    </message>
    <message>
        <source>not invoiced</source>
        <translation>non facturée</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <source>Edit job PPM building periods</source>
        <translation>Modifier les périodes PPM du bâtiment</translation>
    </message>
    <message>
        <source>{building}: {job} (contract {contract}, {client})</source>
        <translation>{building} : {job} (contrat {contract}, {client})</translation>
    </message>
    <message>
        <source>Number of &amp;visits:</source>
        <translation>Nombre de &amp;visites :</translation>
    </message>
    <message>
        <source>Number of &amp;invoices:</source>
        <translation>Nombre de &amp;factures :</translation>
    </message>
    <message>
        <source>Invoice &amp;amount ({currency}):</source>
        <translation>&amp;Montant de facture ({currency}) :</translation>
    </message>
    <message>
        <source>Site value:</source>
        <translation>Valeur du site :</translation>
    </message>
    <message>
        <source>&amp;Partial periods:</source>
        <translation>Périodes &amp;partielles :</translation>
    </message>
    <message>
        <source>Generate and show periods shorter than a full one</source>
        <translation>Générer et afficher les périodes plus courtes qu’une période complète</translation>
    </message>
    <message>
        <source>Dynamic date updates supported:</source>
        <translation>Mises à jour dynamiques des dates prises en charge :</translation>
    </message>
    <message>
        <source>Exclude from dynamic date updates:</source>
        <translation>Exclu des mises à jour dynamiques des dates :</translation>
    </message>
    <message>
        <source>&amp;Next visit required by:</source>
        <translation>Pro&amp;chaine visite requise avant le :</translation>
    </message>
    <message>
        <source>Work order:</source>
        <translation>Ordre de travail :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>What changes…</source>
        <translation>Ce qui change…</translation>
    </message>
    <message>
        <source>The periods that saving changes, before and after</source>
        <translation>Les périodes que l’enregistrement modifie, avant et après</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every change of this building's stored periods: when, by whom and why</source>
        <translation>Chaque modification des périodes enregistrées de ce bâtiment : quand, par qui et pourquoi</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Last certificate:</source>
        <translation>Dernier certificat :</translation>
    </message>
    <message>
        <source>Open the certificate's document with the system's viewer</source>
        <translation>Ouvrir le document du certificat avec la visionneuse du système</translation>
    </message>
    <message>
        <source>Ins&amp;tructions:</source>
        <translation>&amp;Instructions :</translation>
    </message>
    <message>
        <source>Notes or instructions for the visits (shown on the portal)</source>
        <translation>Notes ou instructions pour les visites (affichées sur le portail)</translation>
    </message>
    <message>
        <source>These settings cannot be planned: check the number of visits and invoices.</source>
        <translation>Ces réglages ne peuvent pas être planifiés : vérifiez le nombre de visites et de factures.</translation>
    </message>
    <message>
        <source>Green rows are partial periods. Visit dates can be edited (double-click) only when dynamic dates are off and nothing has been generated.</source>
        <translation>Les lignes vertes sont des périodes partielles. Les dates de visite ne sont modifiables (double-clic) que si les dates dynamiques sont désactivées et que rien n’a été généré.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: write it as {example}.</source>
        <translation>« {text} » n’est pas un montant : écrivez-le comme {example}.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Ordre de travail {number}</translation>
    </message>
    <message>
        <source>No completed visit yet</source>
        <translation>Aucune visite terminée pour l’instant</translation>
    </message>
    <message>
        <source>Tinted cells change when saved: point at one to see its other value.</source>
        <translation>Les cellules teintées changent à l’enregistrement : survolez-en une pour voir son autre valeur.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>{date}, {result}</source>
        <translation>{date}, {result}</translation>
    </message>
    <message>
        <source>Reference: {reference}</source>
        <translation>Référence : {reference}</translation>
    </message>
    <message>
        <source>Nothing is stored for this building yet: the table shows its plan, which OK stores.</source>
        <translation>Rien n’est encore enregistré pour ce bâtiment : le tableau montre son plan, que OK enregistre.</translation>
    </message>
    <message numerus="yes">
        <source>The table shows the periods as stored. Re-planned today, %n period(s) change (tinted cells); OK saves the re-plan.</source>
        <translation>
            <numerusform>Le tableau montre les périodes telles qu’elles sont enregistrées. Replanifiée aujourd’hui, %n période change (cellules teintées) ; OK enregistre la nouvelle planification.</numerusform>
            <numerusform>Le tableau montre les périodes telles qu’elles sont enregistrées. Replanifiées aujourd’hui, %n périodes changent (cellules teintées) ; OK enregistre la nouvelle planification.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With your edits, %n period(s) change (tinted cells); OK saves them.</source>
        <translation>
            <numerusform>Avec vos modifications, %n période change (cellules teintées) ; OK l’enregistre.</numerusform>
            <numerusform>Avec vos modifications, %n périodes changent (cellules teintées) ; OK les enregistre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Period {start} to {end}</source>
        <translation>Période du {start} au {end}</translation>
    </message>
    <message>
        <source>Next visit required by</source>
        <translation>Prochaine visite requise avant le</translation>
    </message>
    <message>
        <source>The day has changed since these periods were opened: they are shown for today. Check them and press OK again.</source>
        <translation>Le jour a changé depuis l’ouverture de ces périodes : elles sont affichées pour aujourd’hui. Vérifiez-les et appuyez de nouveau sur OK.</translation>
    </message>
    <message>
        <source>PPM periods</source>
        <translation>Périodes PPM</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Re-planned, this period is no longer listed.</source>
        <translation>Replanifiée, cette période n’est plus listée.</translation>
    </message>
    <message>
        <source>New period, not stored yet.</source>
        <translation>Nouvelle période, pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Re-planned: {value}</source>
        <translation>Replanifiée : {value}</translation>
    </message>
    <message>
        <source>Stored: {value}</source>
        <translation>Enregistrée : {value}</translation>
    </message>
    <message>
        <source>Financial start</source>
        <translation>Début financier</translation>
    </message>
    <message>
        <source>Financial end</source>
        <translation>Fin financière</translation>
    </message>
    <message>
        <source>Visit start</source>
        <translation>Début visite</translation>
    </message>
    <message>
        <source>Visit end</source>
        <translation>Fin visite</translation>
    </message>
    <message>
        <source>Inv</source>
        <translation>Fact.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Cert</source>
        <translation>Cert.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Statut global</translation>
    </message>
    <message>
        <source>Auto-generation</source>
        <translation>Génération auto</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Partial period</source>
        <translation>Période partielle</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>Cancel PPM work orders</source>
        <translation>Annuler les ordres de travail PPM</translation>
    </message>
    <message>
        <source>Bulk close PPM work orders</source>
        <translation>Clôturer en masse les ordres de travail PPM</translation>
    </message>
    <message>
        <source>Edit contracts</source>
        <translation>Modifier les contrats</translation>
    </message>
    <message>
        <source>Delete work orders</source>
        <translation>Supprimer des ordres de travail</translation>
    </message>
    <message>
        <source>Administer users and settings</source>
        <translation>Administrer les utilisateurs et les paramètres</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>The work order's number</source>
        <translation>Le numéro de l’ordre de travail</translation>
    </message>
    <message>
        <source>The work order's title</source>
        <translation>Le titre de l’ordre de travail</translation>
    </message>
    <message>
        <source>The client's name</source>
        <translation>Le nom du client</translation>
    </message>
    <message>
        <source>The building's name</source>
        <translation>Le nom du bâtiment</translation>
    </message>
    <message>
        <source>The contact's name</source>
        <translation>Le nom du contact</translation>
    </message>
    <message>
        <source>The name of the agent the work order is assigned to</source>
        <translation>Le nom de l’agent à qui l’ordre de travail est attribué</translation>
    </message>
    <message>
        <source>The due date, written out in the reply's language</source>
        <translation>L’échéance, écrite en toutes lettres dans la langue de la réponse</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%Ln work order(s)</source>
        <translation>
            <numerusform>%Ln ordre de travail</numerusform>
            <numerusform>%Ln ordres de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln work order(s)</source>
        <translation>
            <numerusform>Plus de %Ln ordre de travail</numerusform>
            <numerusform>Plus de %Ln ordres de travail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) exported to {path}</source>
        <translation>
            <numerusform>%Ln ordre de travail exporté vers {path}</numerusform>
            <numerusform>%Ln ordres de travail exportés vers {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n statut</numerusform>
            <numerusform>%n statuts</numerusform>
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
            <numerusform>%n priorité</numerusform>
            <numerusform>%n priorités</numerusform>
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
            <numerusform>%n nature</numerusform>
            <numerusform>%n natures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %Ln selected work order(s). Each one changes only if its own rules allow the action; the others are left unchanged and listed afterwards.</source>
        <translation>
            <numerusform>Changer le statut de %Ln ordre de travail sélectionné. Il ne change que si ses propres règles autorisent l’action ; sinon, il reste inchangé et est listé ensuite.</numerusform>
            <numerusform>Changer le statut de %Ln ordres de travail sélectionnés. Chacun ne change que si ses propres règles autorisent l’action ; les autres restent inchangés et sont listés ensuite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %Ln selected work order(s). Only open work orders can be assigned; the others are left unchanged and listed afterwards.</source>
        <translation>
            <numerusform>Affecter %Ln ordre de travail sélectionné. Seul un ordre de travail ouvert peut être affecté ; sinon, il reste inchangé et est listé ensuite.</numerusform>
            <numerusform>Affecter %Ln ordres de travail sélectionnés. Seuls les ordres de travail ouverts peuvent être affectés ; les autres restent inchangés et sont listés ensuite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close the open PPM work orders among the %Ln selected whose financial end date is before {today}. The others are left unchanged and listed afterwards.</source>
        <translation>
            <numerusform>Clôturer %Ln ordre de travail sélectionné s’il s’agit d’un ordre de travail PPM ouvert dont la date de fin financière est antérieure au {today}. Sinon, il reste inchangé et est listé ensuite.</numerusform>
            <numerusform>Clôturer les ordres de travail PPM ouverts, parmi les %Ln sélectionnés, dont la date de fin financière est antérieure au {today}. Les autres restent inchangés et sont listés ensuite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln work order(s) handled</source>
        <translation>
            <numerusform>{done} sur %Ln ordre de travail traité</numerusform>
            <numerusform>{done} sur %Ln ordres de travail traités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) changed.</source>
        <translation>
            <numerusform>%Ln ordre de travail modifié.</numerusform>
            <numerusform>%Ln ordres de travail modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) assigned to {name}.</source>
        <translation>
            <numerusform>%Ln ordre de travail affecté à {name}.</numerusform>
            <numerusform>%Ln ordres de travail affectés à {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) unassigned.</source>
        <translation>
            <numerusform>%Ln ordre de travail n’est plus affecté.</numerusform>
            <numerusform>%Ln ordres de travail ne sont plus affectés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln PPM work order(s) closed.</source>
        <translation>
            <numerusform>%Ln ordre de travail PPM clôturé.</numerusform>
            <numerusform>%Ln ordres de travail PPM clôturés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) already as asked, left as they were.</source>
        <translation>
            <numerusform>%Ln ordre de travail déjà dans l’état demandé, laissé tel quel.</numerusform>
            <numerusform>%Ln ordres de travail déjà dans l’état demandé, laissés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) refused, left unchanged:</source>
        <translation>
            <numerusform>%Ln ordre de travail refusé, laissé inchangé :</numerusform>
            <numerusform>%Ln ordres de travail refusés, laissés inchangés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln work order(s) not eligible, left unchanged:</source>
        <translation>
            <numerusform>%Ln ordre de travail non éligible, laissé inchangé :</numerusform>
            <numerusform>%Ln ordres de travail non éligibles, laissés inchangés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln work order(s) not handled, left unchanged.</source>
        <translation>
            <numerusform>Opération annulée : %Ln ordre de travail non traité, laissé inchangé.</numerusform>
            <numerusform>Opération annulée : %Ln ordres de travail non traités, laissés inchangés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total} row(s) have errors: no building was imported.</source>
        <translation>
            <numerusform>%Ln ligne sur {total} contient des erreurs : aucun bâtiment n’a été importé.</numerusform>
            <numerusform>%Ln lignes sur {total} contiennent des erreurs : aucun bâtiment n’a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is correct: %Ln building(s) would be imported.</source>
        <translation>
            <numerusform>Le fichier est correct : %Ln bâtiment serait importé.</numerusform>
            <numerusform>Le fichier est correct : %Ln bâtiments seraient importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln building(s) imported.</source>
        <translation>
            <numerusform>%Ln bâtiment importé.</numerusform>
            <numerusform>%Ln bâtiments importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln building(s) ready to import.</source>
        <translation>
            <numerusform>%Ln bâtiment prêt à importer.</numerusform>
            <numerusform>%Ln bâtiments prêts à importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of {total} with errors: correct them in the file, then check it again. Nothing is imported while a row has an error.</source>
        <translation>
            <numerusform>%Ln ligne sur {total} en erreur : corrigez-la dans le fichier, puis vérifiez-le à nouveau. Rien n’est importé tant qu’une ligne contient une erreur.</numerusform>
            <numerusform>%Ln lignes sur {total} en erreur : corrigez-les dans le fichier, puis vérifiez-le à nouveau. Rien n’est importé tant qu’une ligne contient une erreur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln building(s)…</source>
        <translation>
            <numerusform>Importation de %Ln bâtiment…</numerusform>
            <numerusform>Importation de %Ln bâtiments…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PpmChanges</name>
    <message>
        <source>Financial end</source>
        <translation>Fin financière</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Certificate required</source>
        <translation>Certificat requis</translation>
    </message>
    <message>
        <source>Partial period</source>
        <translation>Période partielle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overall status</source>
        <translation>Statut global</translation>
    </message>
    <message>
        <source>Auto-generation date</source>
        <translation>Date de génération automatique</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
    </message>
    <message>
        <source>This row shows the period as stored: re-planned today, it changes (see What changes).</source>
        <translation>Cette ligne montre la période telle qu’elle est enregistrée : replanifiée aujourd’hui, elle change (voir « Ce qui change »).</translation>
    </message>
    <message>
        <source>This row shows the period as stored. Re-planned today, the period is no longer listed: saving removes it.</source>
        <translation>Cette ligne montre la période telle qu’elle est enregistrée. Replanifiée aujourd’hui, la période n’est plus listée : l’enregistrement la supprime.</translation>
    </message>
</context>
<context>
    <name>PpmHistory</name>
    <message>
        <source>Saved in the period editor</source>
        <translation>Enregistré dans l’éditeur de périodes</translation>
    </message>
    <message>
        <source>Copied from another building of the job</source>
        <translation>Copié depuis un autre bâtiment de la tâche</translation>
    </message>
    <message>
        <source>Re-planned from the last completed visit</source>
        <translation>Replanifié à partir de la dernière visite terminée</translation>
    </message>
    <message>
        <source>Re-planned from the last certificate</source>
        <translation>Replanifié à partir du dernier certificat</translation>
    </message>
    <message>
        <source>The building's closures changed</source>
        <translation>Les fermetures du bâtiment ont changé</translation>
    </message>
    <message>
        <source>The building's dates changed</source>
        <translation>Les dates du bâtiment ont changé</translation>
    </message>
    <message>
        <source>The contract's dates changed</source>
        <translation>Les dates du contrat ont changé</translation>
    </message>
    <message>
        <source>Stored by a data load</source>
        <translation>Enregistré par un chargement de données</translation>
    </message>
    <message>
        <source>The PPM job's settings changed</source>
        <translation>Les paramètres de la tâche PPM ont changé</translation>
    </message>
    <message>
        <source>The building left the PPM job</source>
        <translation>Le bâtiment a quitté la tâche PPM</translation>
    </message>
    <message>
        <source>The building's PPM details changed</source>
        <translation>Les détails PPM du bâtiment ont changé</translation>
    </message>
    <message>
        <source>Period added</source>
        <translation>Période ajoutée</translation>
    </message>
    <message>
        <source>Period removed</source>
        <translation>Période supprimée</translation>
    </message>
    <message>
        <source>Financial end</source>
        <translation>Fin financière</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Certificate required</source>
        <translation>Certificat requis</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Generation date</source>
        <translation>Date de génération</translation>
    </message>
    <message>
        <source>Work order cancelled</source>
        <translation>Ordre de travail annulé</translation>
    </message>
</context>
<context>
    <name>PpmOrders</name>
    <message>
        <source>Cancelled automatically: the PPM period {start} to {end} is no longer in the job's plan for this building.</source>
        <translation>Annulé automatiquement : la période PPM du {start} au {end} ne fait plus partie du plan de la tâche pour ce bâtiment.</translation>
    </message>
    <message>
        <source>Cancelled automatically: the building is closed during the PPM period {start} to {end}.</source>
        <translation>Annulé automatiquement : le bâtiment est fermé pendant la période PPM du {start} au {end}.</translation>
    </message>
    <message>
        <source>Cancelled automatically: the visit no longer lies inside the PPM period {start} to {end}.</source>
        <translation>Annulé automatiquement : la visite ne se situe plus dans la période PPM du {start} au {end}.</translation>
    </message>
    <message>
        <source>Closed automatically as not done: still open after its PPM period ended on {end}.</source>
        <translation>Clôturé automatiquement comme non réalisé : encore ouvert après la fin de sa période PPM le {end}.</translation>
    </message>
    <message>
        <source>Closed automatically as not done: still open more than one day after its PPM period ended on {end}.</source>
        <translation>Clôturé automatiquement comme non réalisé : encore ouvert plus d’un jour après la fin de sa période PPM le {end}.</translation>
    </message>
    <message>
        <source>Closed automatically as not done: still open more than {days} days after its PPM period ended on {end}.</source>
        <translation>Clôturé automatiquement comme non réalisé : encore ouvert plus de {days} jours après la fin de sa période PPM le {end}.</translation>
    </message>
</context>
<context>
    <name>PpmPlanner</name>
    <message>
        <source>The season falls outside the building's dates in this period, so there is no visit.</source>
        <translation>Dans cette période, la saison se situe en dehors des dates du bâtiment : il n’y a donc pas de visite.</translation>
    </message>
    <message>
        <source>The period is invoiced.</source>
        <translation>La période est facturée.</translation>
    </message>
    <message>
        <source>The period is not invoiced.</source>
        <translation>La période n’est pas facturée.</translation>
    </message>
    <message>
        <source>It is invoice only: its work order is closed as soon as it is generated.</source>
        <translation>Facturation seule : son ordre de travail est clôturé dès qu’il est généré.</translation>
    </message>
    <message>
        <source>Nothing is generated for this period.</source>
        <translation>Rien n’est généré pour cette période.</translation>
    </message>
    <message>
        <source>This is a partial period: the building starts on {date}.</source>
        <translation>Il s’agit d’une période partielle : le bâtiment débute le {date}.</translation>
    </message>
    <message>
        <source>This is a partial period: the contract starts on {date}.</source>
        <translation>Il s’agit d’une période partielle : le contrat débute le {date}.</translation>
    </message>
    <message>
        <source>This is a partial period: the building ends on {date}.</source>
        <translation>Il s’agit d’une période partielle : le bâtiment se termine le {date}.</translation>
    </message>
    <message>
        <source>This is a partial period: the contract ends on {date}.</source>
        <translation>Il s’agit d’une période partielle : le contrat se termine le {date}.</translation>
    </message>
    <message>
        <source>The building is closed from {start} to {end}, so the period is invalid.</source>
        <translation>Le bâtiment est fermé du {start} au {end} : la période n’est donc pas valide.</translation>
    </message>
    <message>
        <source>The visit starts on {start}, after it ends on {end}, so the period is invalid.</source>
        <translation>La visite commence le {start}, après sa fin le {end} : la période n’est donc pas valide.</translation>
    </message>
    <message>
        <source>The visit window {start} to {end} is outside the period, so the period is invalid.</source>
        <translation>Le créneau de visite du {start} au {end} est en dehors de la période : la période n’est donc pas valide.</translation>
    </message>
    <message>
        <source>No visit falls in this period at the visit frequency ({frequency}).</source>
        <translation>À la fréquence de visite ({frequency}), aucune visite ne tombe dans cette période.</translation>
    </message>
    <message>
        <source>The visit is in the season, from {start} to {end}.</source>
        <translation>La visite a lieu pendant la saison, du {start} au {end}.</translation>
    </message>
    <message>
        <source>The visit window was set by hand: {start} to {end}.</source>
        <translation>Le créneau de visite a été défini manuellement : du {start} au {end}.</translation>
    </message>
    <message>
        <source>No visit in this period: visits now follow the next visit required by {date}.</source>
        <translation>Pas de visite dans cette période : les visites suivent désormais la prochaine visite requise avant le {date}.</translation>
    </message>
    <message>
        <source>The visit can be done at any time from {start} to {end}.</source>
        <translation>La visite peut être effectuée à tout moment du {start} au {end}.</translation>
    </message>
    <message>
        <source>No visit in this period: visits now follow the last visit, completed on {date}.</source>
        <translation>Pas de visite dans cette période : les visites suivent désormais la dernière visite, terminée le {date}.</translation>
    </message>
    <message>
        <source>No visit in this period: visits now follow the last certificate, dated {date}.</source>
        <translation>Pas de visite dans cette période : les visites suivent désormais le dernier certificat, daté du {date}.</translation>
    </message>
    <message>
        <source>This is a partial period: the building leaves the job on {date}.</source>
        <translation>Il s’agit d’une période partielle : le bâtiment quitte la tâche le {date}.</translation>
    </message>
    <message>
        <source>The next visit is required by {date}, so this visit runs from {start} to {end}.</source>
        <translation>La prochaine visite est requise avant le {date} : cette visite a donc lieu du {start} au {end}.</translation>
    </message>
    <message>
        <source>The last visit was completed on {date}; at the visit frequency ({frequency}) the next one runs from {start} to {end}.</source>
        <translation>La dernière visite a été terminée le {date} ; à la fréquence de visite ({frequency}), la suivante a lieu du {start} au {end}.</translation>
    </message>
    <message>
        <source>The last certificate is dated {date}; at the visit frequency ({frequency}) the next visit runs from {start} to {end}.</source>
        <translation>Le dernier certificat est daté du {date} ; à la fréquence de visite ({frequency}), la prochaine visite a lieu du {start} au {end}.</translation>
    </message>
    <message>
        <source>Visits follow the next visit required by {date} at the visit frequency ({frequency}), so this one runs from {start} to {end}.</source>
        <translation>Les visites suivent la prochaine visite requise avant le {date} à la fréquence de visite ({frequency}) : celle-ci a donc lieu du {start} au {end}.</translation>
    </message>
    <message>
        <source>Visits follow the last visit, completed on {date}, at the visit frequency ({frequency}), so this one runs from {start} to {end}.</source>
        <translation>Les visites suivent la dernière visite, terminée le {date}, à la fréquence de visite ({frequency}) : celle-ci a donc lieu du {start} au {end}.</translation>
    </message>
    <message>
        <source>Visits follow the last certificate, dated {date}, at the visit frequency ({frequency}), so this one runs from {start} to {end}.</source>
        <translation>Les visites suivent le dernier certificat, daté du {date}, à la fréquence de visite ({frequency}) : celle-ci a donc lieu du {start} au {end}.</translation>
    </message>
    <message>
        <source>The visit starts with the period, which begins less than {days} days before the visit ends.</source>
        <translation>La visite commence avec la période, qui débute moins de {days} jours avant la fin de la visite.</translation>
    </message>
</context>
<context>
    <name>PpmReplanned</name>
    <message>
        <source>The PPM periods were re-planned. Work orders cancelled automatically: {numbers}.</source>
        <translation>Les périodes PPM ont été replanifiées. Ordres de travail annulés automatiquement : {numbers}.</translation>
    </message>
    <message>
        <source>These started work orders are no longer in a valid PPM period and were left open: {numbers}. Complete or cancel them yourself.</source>
        <translation>Ces ordres de travail commencés ne sont plus dans une période PPM valide et sont restés ouverts : {numbers}. Terminez-les ou annulez-les vous-même.</translation>
    </message>
    <message>
        <source>PPM periods re-planned</source>
        <translation>Périodes PPM replanifiées</translation>
    </message>
</context>
<context>
    <name>PpmSchedule</name>
    <message>
        <source>Not generated</source>
        <translation>Non généré</translation>
    </message>
    <message>
        <source>Generates on {date}</source>
        <translation>Génération le {date}</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>En retard depuis le {date}</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqué</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>Invoice only</source>
        <translation>Facturation seule</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non réalisé</translation>
    </message>
    <message>
        <source>The visit runs from {start} to {end}.</source>
        <translation>La visite a lieu du {start} au {end}.</translation>
    </message>
    <message>
        <source>The visit runs from {start} to {end}, as when work order {number} was generated.</source>
        <translation>La visite a lieu du {start} au {end}, comme lors de la génération de l’ordre de travail {number}.</translation>
    </message>
    <message>
        <source>There is no visit in this period.</source>
        <translation>Il n’y a pas de visite dans cette période.</translation>
    </message>
    <message>
        <source>The building is closed during this period, so the period is invalid.</source>
        <translation>Le bâtiment est fermé pendant cette période : la période n’est donc pas valide.</translation>
    </message>
    <message>
        <source>The job's plan no longer has this period, so the period is invalid.</source>
        <translation>Le plan de la tâche ne comporte plus cette période : la période n’est donc pas valide.</translation>
    </message>
    <message>
        <source>The job's plan no longer has this period, so the period is invalid; it is kept for work order {number}.</source>
        <translation>Le plan de la tâche ne comporte plus cette période : la période n’est donc pas valide ; elle est conservée pour l’ordre de travail {number}.</translation>
    </message>
    <message>
        <source>The period is invalid.</source>
        <translation>La période n’est pas valide.</translation>
    </message>
    <message>
        <source>No work order is generated while the period is invalid.</source>
        <translation>Aucun ordre de travail n’est généré tant que la période n’est pas valide.</translation>
    </message>
    <message>
        <source>The period has no generation date, so no work order is generated.</source>
        <translation>La période n’a pas de date de génération : aucun ordre de travail n’est donc généré.</translation>
    </message>
    <message>
        <source>Its work order is generated on {date}.</source>
        <translation>Son ordre de travail est généré le {date}.</translation>
    </message>
    <message>
        <source>Its work order was due to be generated on {date} and was not: it is overdue and is generated at the next run.</source>
        <translation>Son ordre de travail devait être généré le {date} et ne l’a pas été : il est en retard et sera généré lors de la prochaine exécution.</translation>
    </message>
    <message>
        <source>The period ended on {date} without a work order: it is missed and is never generated.</source>
        <translation>La période s’est terminée le {date} sans ordre de travail : elle est manquée et ne sera jamais générée.</translation>
    </message>
    <message>
        <source>Work order {number} was generated for this period.</source>
        <translation>L’ordre de travail {number} a été généré pour cette période.</translation>
    </message>
    <message>
        <source>The period is not valid, so work order {number} is cancelled automatically.</source>
        <translation>La période n’est pas valide : l’ordre de travail {number} est donc annulé automatiquement.</translation>
    </message>
    <message>
        <source>Work order {number} of this period is completed.</source>
        <translation>L’ordre de travail {number} de cette période est terminé.</translation>
    </message>
    <message>
        <source>Invoice-only work order {number} was generated for this period and closed at once.</source>
        <translation>L’ordre de travail {number}, en facturation seule, a été généré pour cette période et clôturé aussitôt.</translation>
    </message>
    <message>
        <source>Work order {number} of this period was cancelled.</source>
        <translation>L’ordre de travail {number} de cette période a été annulé.</translation>
    </message>
    <message>
        <source>Work order {number} of this period was rejected.</source>
        <translation>L’ordre de travail {number} de cette période a été rejeté.</translation>
    </message>
    <message>
        <source>Work order {number} of this period was not done: it was still open after the period ended and was closed automatically. Reinstate it from the work order if the visit was made.</source>
        <translation>L’ordre de travail {number} de cette période n’a pas été réalisé : il était encore ouvert après la fin de la période et a été clôturé automatiquement. Rétablissez-le depuis l’ordre de travail si la visite a eu lieu.</translation>
    </message>
    <message>
        <source>Work order {number} was cancelled: it is never generated again. Reinstate it from the work order if the visit is still needed.</source>
        <translation>L’ordre de travail {number} a été annulé : il ne sera plus jamais généré. Rétablissez-le depuis l’ordre de travail si la visite reste nécessaire.</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Nombre de visites</translation>
    </message>
    <message>
        <source>Number of invoices</source>
        <translation>Nombre de factures</translation>
    </message>
    <message>
        <source>Invoice amount</source>
        <translation>Montant de facture</translation>
    </message>
    <message>
        <source>Partial periods</source>
        <translation>Périodes partielles</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for this building: only the invoice amount and the instructions can still change.</source>
        <translation>Des ordres de travail PPM ont été générés pour ce bâtiment : seuls le montant de facture et les instructions peuvent encore changer.</translation>
    </message>
    <message>
        <source>Worked out from the last certificate ({date}) plus one visit interval: dynamic date updates set it.</source>
        <translation>Calculée à partir du dernier certificat ({date}) plus un intervalle de visite : les mises à jour dynamiques des dates la fixent.</translation>
    </message>
    <message>
        <source>Worked out from the last completed visit ({date}) plus one visit interval: dynamic date updates set it.</source>
        <translation>Calculée à partir de la dernière visite terminée ({date}) plus un intervalle de visite : les mises à jour dynamiques des dates la fixent.</translation>
    </message>
    <message>
        <source>Dynamic date updates are not supported for this frequency.</source>
        <translation>Les mises à jour dynamiques des dates ne sont pas prises en charge pour cette fréquence.</translation>
    </message>
    <message>
        <source>This building is excluded from dynamic date updates.</source>
        <translation>Ce bâtiment est exclu des mises à jour dynamiques des dates.</translation>
    </message>
    <message>
        <source>No visit or certificate is completed yet; once one is, dynamic date updates work the date out.</source>
        <translation>Aucune visite ni aucun certificat n’est encore terminé ; dès qu’il y en a un, les mises à jour dynamiques des dates calculent la date.</translation>
    </message>
    <message>
        <source>Dynamic date updates are not supported for this frequency: enter the date the next visit is required by, if there is one.</source>
        <translation>Les mises à jour dynamiques des dates ne sont pas prises en charge pour cette fréquence : saisissez, le cas échéant, la date avant laquelle la prochaine visite est requise.</translation>
    </message>
    <message>
        <source>This building is excluded from dynamic date updates: enter the date the next visit is required by, if there is one.</source>
        <translation>Ce bâtiment est exclu des mises à jour dynamiques des dates : saisissez, le cas échéant, la date avant laquelle la prochaine visite est requise.</translation>
    </message>
    <message>
        <source>No visit or certificate yet: enter the date the next visit is required by, if there is one. Once a visit is completed, dynamic date updates work it out.</source>
        <translation>Aucune visite ni aucun certificat pour l’instant : saisissez, le cas échéant, la date avant laquelle la prochaine visite est requise. Une fois une visite terminée, les mises à jour dynamiques des dates la calculent.</translation>
    </message>
    <message>
        <source>PPM work orders have been generated for this building, so this date can no longer be changed here. {reason}</source>
        <translation>Des ordres de travail PPM ont été générés pour ce bâtiment, cette date ne peut donc plus être modifiée ici. {reason}</translation>
    </message>
    <message>
        <source>Dynamic date updates set the visit dates: they cannot be entered by hand.</source>
        <translation>Les mises à jour dynamiques des dates fixent les dates de visite : elles ne peuvent pas être saisies manuellement.</translation>
    </message>
    <message>
        <source>Saving cancels work order {number}: the period is no longer valid.</source>
        <translation>L’enregistrement annule l’ordre de travail {number} : la période n’est plus valide.</translation>
    </message>
    <message>
        <source>The period is no longer valid, but work order {number} has started: it is not cancelled automatically.</source>
        <translation>La période n’est plus valide, mais l’ordre de travail {number} a commencé : il n’est pas annulé automatiquement.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>New rate</source>
        <translation>Nouveau taux</translation>
    </message>
    <message>
        <source>Create rate</source>
        <translation>Créer le taux</translation>
    </message>
    <message>
        <source>Edit rate</source>
        <translation>Modifier le taux</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Time entries copy the hourly amount when they are saved: changing it leaves recorded time as it is.</source>
        <translation>Les saisies de temps copient le montant horaire à leur enregistrement : le modifier laisse le temps déjà saisi tel quel.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Hourly amount:</source>
        <translation>Montant &amp;horaire :</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Devise :</translation>
    </message>
    <message>
        <source>Give the rate a name.</source>
        <translation>Donnez un nom au taux.</translation>
    </message>
    <message>
        <source>Enter the hourly amount, such as {example}.</source>
        <translation>Saisissez le montant horaire, par exemple {example}.</translation>
    </message>
    <message>
        <source>An hourly amount cannot be negative.</source>
        <translation>Un montant horaire ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Choose the currency.</source>
        <translation>Choisissez la devise.</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Hourly amount</source>
        <translation>Montant horaire</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;New rate…</source>
        <translation>&amp;Nouveau taux…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>No longer offered for new time; recorded time keeps it</source>
        <translation>N’est plus proposé pour du nouveau temps ; le temps déjà saisi le conserve</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <source>Ra&amp;tes</source>
        <translation>&amp;Taux</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>PPM job</source>
        <translation>Tâche PPM</translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation>Modèle de réponse</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
</context>
<context>
    <name>RecordCertificateDialog</name>
    <message>
        <source>Choose the certificate's document</source>
        <translation>Choisir le document du certificat</translation>
    </message>
    <message>
        <source>PDF documents and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Documents PDF et images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Record certificate</source>
        <translation>Enregistrer un certificat</translation>
    </message>
    <message>
        <source>A certificate issued for {building}, with its document (a PDF or an image). A passed certificate sets when the next visit is due.</source>
        <translation>Un certificat délivré pour {building}, avec son document (un PDF ou une image). Un certificat conforme fixe l’échéance de la prochaine visite.</translation>
    </message>
    <message>
        <source>PPM &amp;job:</source>
        <translation>&amp;Tâche PPM :</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Délivré le :</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>&amp;Conforme</translation>
    </message>
    <message>
        <source>&amp;Fail</source>
        <translation>&amp;Non conforme</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valable jusqu’au :</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Optional: tick to give the last day the certificate is valid</source>
        <translation>Facultatif : cochez pour indiquer le dernier jour de validité du certificat</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Optional: the certificate's number</source>
        <translation>Facultatif : le numéro du certificat</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>D&amp;ocument :</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>A PDF document or an image (PNG, JPEG, TIFF, WebP) of at most {size}</source>
        <translation>Un document PDF ou une image (PNG, JPEG, TIFF, WebP) de {size} au plus</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {error}</source>
        <translation>« {name} » n’a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>Choose the PPM job.</source>
        <translation>Choisissez la tâche PPM.</translation>
    </message>
    <message>
        <source>A certificate cannot be issued in the future.</source>
        <translation>Un certificat ne peut pas être délivré dans le futur.</translation>
    </message>
    <message>
        <source>Choose whether the certificate passed or failed.</source>
        <translation>Indiquez si le certificat est conforme ou non conforme.</translation>
    </message>
    <message>
        <source>The certificate cannot be valid until a day before it was issued.</source>
        <translation>Le certificat ne peut pas être valable jusqu’à un jour antérieur à sa délivrance.</translation>
    </message>
    <message>
        <source>Choose the certificate's document.</source>
        <translation>Choisissez le document du certificat.</translation>
    </message>
    <message>
        <source>PPM periods re-planned</source>
        <translation>Périodes PPM replanifiées</translation>
    </message>
    <message>
        <source>The visits now follow the certificate. Work orders cancelled automatically: {numbers}.</source>
        <translation>Les visites suivent désormais le certificat. Ordres de travail annulés automatiquement : {numbers}.</translation>
    </message>
    <message>
        <source>These started work orders are no longer in a valid PPM period and were left open: {numbers}.</source>
        <translation>Ces ordres de travail commencés ne sont plus dans une période PPM valide et sont restés ouverts : {numbers}.</translation>
    </message>
    <message>
        <source>Certificate failed</source>
        <translation>Certificat non conforme</translation>
    </message>
    <message>
        <source>The certificate failed. Log a reactive order for the remedial work?</source>
        <translation>Le certificat n’est pas conforme. Saisir un ordre de travail réactif pour les travaux de remise en conformité ?</translation>
    </message>
    <message>
        <source>Remedial work after the failed certificate {reference} issued on {date} ({job}).</source>
        <translation>Travaux de remise en conformité après le certificat non conforme {reference} délivré le {date} ({job}).</translation>
    </message>
    <message>
        <source>Remedial work after the failed certificate issued on {date} ({job}).</source>
        <translation>Travaux de remise en conformité après le certificat non conforme délivré le {date} ({job}).</translation>
    </message>
    <message>
        <source>Remedial work: {job}</source>
        <translation>Remise en conformité : {job}</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Reference provided: work order {number}</source>
        <translation>Référence fournie : ordre de travail {number}</translation>
    </message>
    <message>
        <source>The reference the client gave for this work order (their order number).</source>
        <translation>La référence donnée par le client pour cet ordre de travail (son numéro de commande).</translation>
    </message>
    <message>
        <source>Client &amp;reference:</source>
        <translation>&amp;Référence client :</translation>
    </message>
    <message>
        <source>Enter the client's reference.</source>
        <translation>Saisissez la référence du client.</translation>
    </message>
    <message>
        <source>This is already the work order's reference.</source>
        <translation>C'est déjà la référence de l'ordre de travail.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Not possible while the work order is “{status}”.</source>
        <translation>Impossible tant que l’ordre de travail est « {status} ».</translation>
    </message>
    <message>
        <source>A started work order cannot be cancelled: complete it with zero balance instead.</source>
        <translation>Un ordre de travail démarré ne peut pas être annulé : terminez-le plutôt avec un solde à zéro.</translation>
    </message>
    <message>
        <source>The work order was already started: resume it instead.</source>
        <translation>L’ordre de travail a déjà été démarré : reprenez-le plutôt.</translation>
    </message>
    <message>
        <source>Cancelling a PPM work order needs the permission “{permission}”.</source>
        <translation>L’annulation d’un ordre de travail PPM nécessite l’autorisation « {permission} ».</translation>
    </message>
    <message>
        <source>Only quotes and reactive work orders can be rejected.</source>
        <translation>Seuls les devis et les ordres de travail réactifs peuvent être rejetés.</translation>
    </message>
    <message>
        <source>Reinstating a cancelled PPM work order needs the permission “{permission}”.</source>
        <translation>Le rétablissement d’un ordre de travail PPM annulé nécessite l’autorisation « {permission} ».</translation>
    </message>
    <message>
        <source>A work order that was not done is reinstated only with a visit that completed the work (a visit reported late).</source>
        <translation>Un ordre de travail non réalisé ne peut être rétabli qu’avec une visite ayant terminé les travaux (une visite signalée en retard).</translation>
    </message>
    <message>
        <source>Only PPM work orders are closed as not done.</source>
        <translation>Seuls les ordres de travail PPM sont clôturés comme non réalisés.</translation>
    </message>
    <message>
        <source>PPM work orders are not cancelled in bulk: cancel each one on its own, or close those whose financial period has ended with “Close PPMs”.</source>
        <translation>Les ordres de travail PPM ne sont pas annulés en masse : annulez-les un par un, ou clôturez ceux dont la période financière est terminée avec « Clôturer les PPM ».</translation>
    </message>
    <message>
        <source>Reactive, quote, purchase and audit work orders cannot be cancelled in bulk: cancel each one on its own.</source>
        <translation>Les ordres de travail réactifs, de devis, d’achat et d’audit ne peuvent pas être annulés en masse : annulez-les un par un.</translation>
    </message>
    <message>
        <source>Work orders are reinstated one at a time: open each one to choose how.</source>
        <translation>Les ordres de travail sont rétablis un par un : ouvrez chacun d’eux pour choisir comment.</translation>
    </message>
    <message>
        <source>Closing PPM work orders in bulk needs the permission “{permission}”.</source>
        <translation>La clôture en masse des ordres de travail PPM nécessite l’autorisation « {permission} ».</translation>
    </message>
    <message>
        <source>Not a PPM work order.</source>
        <translation>Ce n’est pas un ordre de travail PPM.</translation>
    </message>
    <message>
        <source>Not open: the work order is “{status}”.</source>
        <translation>Non ouvert : l’ordre de travail a le statut « {status} ».</translation>
    </message>
    <message>
        <source>The work order has no financial end date.</source>
        <translation>L’ordre de travail n’a pas de date de fin financière.</translation>
    </message>
    <message>
        <source>Its financial end date, {date}, has not passed yet.</source>
        <translation>Sa date de fin financière, le {date}, n’est pas encore passée.</translation>
    </message>
    <message>
        <source>The work order no longer exists.</source>
        <translation>L’ordre de travail n’existe plus.</translation>
    </message>
    <message>
        <source>The work order is “{status}”: it can no longer be changed.</source>
        <translation>L’ordre de travail est « {status} » : il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>A PPM work order's type, building and contract come from its PPM job.</source>
        <translation>Le type, le bâtiment et le contrat d’un ordre de travail PPM viennent de sa tâche PPM.</translation>
    </message>
    <message>
        <source>The building and the type can be changed only while the work order is “{new}” or “{clarification}”.</source>
        <translation>Le bâtiment et le type ne peuvent être modifiés que tant que l’ordre de travail est « {new} » ou « {clarification} ».</translation>
    </message>
    <message>
        <source>Only a new work order logged by mistake can be deleted: this one is “{status}”.</source>
        <translation>Seul un nouvel ordre de travail saisi par erreur peut être supprimé : celui-ci est « {status} ».</translation>
    </message>
    <message>
        <source>It was already started.</source>
        <translation>Il a déjà été commencé.</translation>
    </message>
    <message>
        <source>It already has changes, comments or emails in its activity log: cancel it instead.</source>
        <translation>Son journal d’activité contient déjà des modifications, des commentaires ou des e-mails : annulez-le plutôt.</translation>
    </message>
    <message>
        <source>Deleting a work order needs the permission “{permission}”.</source>
        <translation>Supprimer un ordre de travail demande la permission « {permission} ».</translation>
    </message>
</context>
<context>
    <name>RefusalModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>RemoveBuildingDialog</name>
    <message>
        <source>Remove from job</source>
        <translation>Retirer de la tâche</translation>
    </message>
    <message>
        <source>PPM work orders were generated for {building} in the job “{job}”, so it leaves the job at a date. Its later periods turn invalid and their orders that were not started are cancelled.</source>
        <translation>Des ordres de travail PPM ont été générés pour {building} dans la tâche « {job} » : il quitte donc la tâche à une date. Ses périodes suivantes deviennent invalides et leurs ordres non commencés sont annulés.</translation>
    </message>
    <message>
        <source>&amp;Last day in the job:</source>
        <translation>&amp;Dernier jour dans la tâche :</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove {building} from the PPM job “{job}”? Nothing was generated for it: its planned periods are deleted with it.</source>
        <translation>Retirer {building} de la tâche PPM « {job} » ? Rien n’a été généré pour lui : ses périodes planifiées sont supprimées avec lui.</translation>
    </message>
</context>
<context>
    <name>ReplicationDialog</name>
    <message>
        <source>Replicate to other buildings</source>
        <translation>Répliquer sur d’autres bâtiments</translation>
    </message>
    <message>
        <source>The periods of {building} are saved. Copy its settings to other buildings of the job “{job}”?</source>
        <translation>Les périodes de {building} sont enregistrées. Copier ses paramètres vers d’autres bâtiments de la tâche « {job} » ?</translation>
    </message>
    <message>
        <source>Buildings:</source>
        <translation>Bâtiments :</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Copier :</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Ce qui change :</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Site value</source>
        <translation>Valeur du site</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Check the buildings to copy to, or Skip.</source>
        <translation>Cochez les bâtiments de destination, ou cliquez sur « Passer ».</translation>
    </message>
    <message>
        <source>Check at least one setting to copy.</source>
        <translation>Cochez au moins un paramètre à copier.</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <source>{field} not copied: {reason}</source>
        <translation>Champ « {field} » non copié : {reason}</translation>
    </message>
    <message>
        <source>Its hand-set visit dates are replaced by the planned ones.</source>
        <translation>Ses dates de visite saisies manuellement sont remplacées par les dates planifiées.</translation>
    </message>
    <message>
        <source>Cancels work orders {numbers}: their periods are no longer valid.</source>
        <translation>Annule les ordres de travail {numbers} : leurs périodes ne sont plus valides.</translation>
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
        <translation>Remplacer le texte que vous avez modifié par le modèle ?</translation>
    </message>
    <message>
        <source>Reply from template: work order {number}</source>
        <translation>Répondre avec un modèle : ordre de travail {number}</translation>
    </message>
    <message>
        <source>Choose a template: it is filled in for work order {number} in its contact's language. Edit the text if needed; it is added to the activity log as a comment.</source>
        <translation>Choisissez un modèle : il est rempli pour l’ordre de travail {number} dans la langue de son contact. Modifiez le texte si besoin ; il est ajouté au journal d’activité comme commentaire.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Type part of a template's title</source>
        <translation>Tapez une partie du titre d’un modèle</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>&amp;Réponse :</translation>
    </message>
    <message>
        <source>Also &amp;email it to the notified contacts ({names})</source>
        <translation>L’envoyer aussi par &amp;e-mail aux contacts notifiés ({names})</translation>
    </message>
    <message>
        <source>Also &amp;email it to the notified contacts (nobody is notified)</source>
        <translation>L’envoyer aussi par &amp;e-mail aux contacts notifiés (personne n’est notifié)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>There is no reply template yet: an administrator adds them in Administration.</source>
        <translation>Il n’y a encore aucun modèle de réponse : un administrateur les ajoute dans Administration.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Écrivez d’abord la réponse.</translation>
    </message>
    <message>
        <source>Reply from template…</source>
        <translation>Répondre avec un modèle…</translation>
    </message>
    <message>
        <source>Post a reply written from a template, and email it to the notified contacts if you wish</source>
        <translation>Publier une réponse rédigée à partir d’un modèle, et l’envoyer par e-mail aux contacts notifiés si vous le souhaitez</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>Créer le rôle</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Modifier le rôle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>A role grants its permissions to every agent who holds it, from their next sign-in.</source>
        <translation>Un rôle accorde ses permissions à chaque agent qui le détient, dès sa prochaine connexion.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>Donnez un nom au rôle.</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Nouveau rôle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>SavedViewsButton</name>
    <message>
        <source>Vi&amp;ews</source>
        <translation>&amp;Vues</translation>
    </message>
    <message>
        <source>Your saved filters: show one, save the current filters, delete one</source>
        <translation>Vos filtres enregistrés : en afficher un, enregistrer les filtres actuels, en supprimer un</translation>
    </message>
    <message>
        <source>&amp;Save the current filters as a view…</source>
        <translation>&amp;Enregistrer les filtres actuels comme vue…</translation>
    </message>
    <message>
        <source>&amp;Delete a view</source>
        <translation>&amp;Supprimer une vue</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Aucune vue enregistrée</translation>
    </message>
    <message>
        <source>A view named “{name}” exists already. Replace it with the current filters?</source>
        <translation>Une vue nommée « {name} » existe déjà. La remplacer par les filtres actuels ?</translation>
    </message>
    <message>
        <source>Delete the view “{name}”?</source>
        <translation>Supprimer la vue « {name} » ?</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>The saved views could not be read or written. Check the connection to the database.</source>
        <translation>Les vues enregistrées n’ont pas pu être lues ou écrites. Vérifiez la connexion à la base de données.</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>A new password for {name} ({login}).</source>
        <translation>Un nouveau mot de passe pour {name} ({login}).</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe :</translation>
    </message>
    <message>
        <source>The agent &amp;must choose a new password at their next sign-in</source>
        <translation>L’agent &amp;doit choisir un nouveau mot de passe à sa prochaine connexion</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>Local database in the data folder</source>
        <translation>Base de données locale dans le dossier de données</translation>
    </message>
    <message>
        <source>An SQLite file path or a PostgreSQL URL (postgresql://user@server/database). A new database is used from the next start.</source>
        <translation>Chemin d’un fichier SQLite ou URL PostgreSQL (postgresql://utilisateur@serveur/base). Une nouvelle base de données est utilisée à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Email (SMTP)</source>
        <translation>E-mail (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Encrypt the connection with &amp;STARTTLS</source>
        <translation>Chiffrer la connexion avec S&amp;TARTTLS</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>None: the server needs no sign-in</source>
        <translation>Aucun : le serveur ne demande pas d’identification</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Adresse de l’expéditeur :</translation>
    </message>
    <message>
        <source>helpdesk@example.com</source>
        <translation>helpdesk@example.com</translation>
    </message>
    <message>
        <source>Notifications are sent through this server in the background. Without a server they wait in the outbox (Tools &gt; Outbox). The password is kept in the settings file of your account.</source>
        <translation>Les notifications sont envoyées par ce serveur en arrière-plan. Sans serveur, elles attendent dans la boîte d’envoi (Outils &gt; Boîte d’envoi). Le mot de passe est conservé dans le fichier de paramètres de votre compte.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Bureau</source>
        <translation>Connexion à Bureau</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Choose a new password to sign in.</source>
        <translation>Choisissez un nouveau mot de passe pour vous connecter.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Customer signature – work order {number}</source>
        <translation>Signature du client – ordre de travail {number}</translation>
    </message>
    <message>
        <source>Ask the customer to sign in the box below, then type their name.</source>
        <translation>Demandez au client de signer dans le cadre ci-dessous, puis saisissez son nom.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Signé par :</translation>
    </message>
    <message>
        <source>The customer's full name</source>
        <translation>Nom complet du client</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The customer has not signed yet.</source>
        <translation>Le client n’a pas encore signé.</translation>
    </message>
    <message>
        <source>Type the name of the person who signed.</source>
        <translation>Saisissez le nom de la personne qui a signé.</translation>
    </message>
    <message>
        <source>Customer signature…</source>
        <translation>Signature du client…</translation>
    </message>
    <message>
        <source>Let the customer sign for the work on a pad; kept as Signature.png</source>
        <translation>Faire signer le client pour les travaux sur un bloc de signature ; conservée sous Signature.png</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Signature du client</translation>
    </message>
    <message>
        <source>This type of work order asks for the customer's signature on completion. Take it now?</source>
        <translation>Ce type d’ordre de travail demande la signature du client à la réalisation. La recueillir maintenant ?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>There is no Bureau database at {path}. Check the path, or add --create to create a new database there.</source>
        <translation>Il n’y a pas de base de données Bureau à {path}. Vérifiez le chemin, ou ajoutez --create pour y créer une nouvelle base.</translation>
    </message>
    <message>
        <source>Cannot open the database {database}: {error}. Check that the file and its folder can be written to, or choose another database with --database.</source>
        <translation>Impossible d’ouvrir la base de données {database} : {error}. Vérifiez que le fichier et son dossier sont accessibles en écriture, ou choisissez une autre base avec --database.</translation>
    </message>
    <message>
        <source>Cannot open the database {database}: {error}. Check the URL and that the server is running, or choose another database with --database.</source>
        <translation>Impossible d’ouvrir la base de données {database} : {error}. Vérifiez l’URL et que le serveur fonctionne, ou choisissez une autre base avec --database.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder} for the database {path} ({error}): choose a folder you can write to.</source>
        <translation>Impossible de créer le dossier {folder} pour la base de données {path} ({error}) : choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: the file is read-only. Choose a folder you can write to.</source>
        <translation>Impossible de créer la base de données {path} : le fichier est en lecture seule. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: its folder {folder} is read-only. Choose a folder you can write to.</source>
        <translation>Impossible de créer la base de données {path} : son dossier {folder} est en lecture seule. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The database {database} is not at this version of Bureau's schema: open it with Bureau once (or run the command without --dry-run) to create or upgrade it.</source>
        <translation>La base de données {database} n’est pas au schéma de cette version de Bureau : ouvrez-la une fois avec Bureau (ou lancez la commande sans --dry-run) pour la créer ou la mettre à jour.</translation>
    </message>
    <message>
        <source>Cannot use the database {database}: {error}. Install Bureau with its PostgreSQL driver (pip install "bureau[postgres]").</source>
        <translation>Impossible d’utiliser la base de données {database} : {error}. Installez Bureau avec son pilote PostgreSQL (pip install "bureau[postgres]").</translation>
    </message>
    <message>
        <source>Cannot use the database {database}: {error}. Check its URL.</source>
        <translation>Impossible d’utiliser la base de données {database} : {error}. Vérifiez son URL.</translation>
    </message>
    <message>
        <source>Database upgraded; the previous version was saved as {path}</source>
        <translation>Base de données mise à niveau ; la version précédente a été enregistrée sous {path}</translation>
    </message>
    <message>
        <source>Qt cannot show a window without the X11 libraries {libraries}. Install them: on Debian or Ubuntu sudo apt install {debian}; on Fedora sudo dnf install {fedora}.</source>
        <translation>Qt ne peut pas afficher de fenêtre sans les bibliothèques X11 {libraries}. Installez-les : sous Debian ou Ubuntu sudo apt install {debian} ; sous Fedora sudo dnf install {fedora}.</translation>
    </message>
    <message>
        <source>The database already holds work orders: demo data not added.</source>
        <translation>La base de données contient déjà des ordres de travail : données de démonstration non ajoutées.</translation>
    </message>
    <message>
        <source>Demo data added: {count} work orders.</source>
        <translation>Données de démonstration ajoutées : {count} ordres de travail.</translation>
    </message>
    <message>
        <source>The demo's agents have no password: give them one in Administration &gt; Agents and roles… before they sign in.</source>
        <translation>Les agents de la démo n’ont pas de mot de passe : donnez-leur-en un dans Administration &gt; Agents et rôles… avant qu’ils se connectent.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Cannot sign in to {database} as {login}: {reason} Check BUREAU_USER and BUREAU_PASSWORD.</source>
        <translation>Impossible de se connecter à {database} en tant que {login} : {reason} Vérifiez BUREAU_USER et BUREAU_PASSWORD.</translation>
    </message>
    <message>
        <source>{login} must choose a new password: start Bureau without BUREAU_PASSWORD and sign in.</source>
        <translation>{login} doit choisir un nouveau mot de passe : démarrez Bureau sans BUREAU_PASSWORD et connectez-vous.</translation>
    </message>
    <message>
        <source>Signing in to {database} is needed: set BUREAU_USER and BUREAU_PASSWORD.</source>
        <translation>Une connexion à {database} est nécessaire : définissez BUREAU_USER et BUREAU_PASSWORD.</translation>
    </message>
    <message>
        <source>Cannot save the screenshot as {path}: choose a folder you can write to.</source>
        <translation>Impossible d’enregistrer la capture d’écran sous {path} : choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Cannot use the data folder {folder} ({error}): set BUREAU_DATA_DIR to a folder you can write to.</source>
        <translation>Impossible d’utiliser le dossier de données {folder} ({error}) : faites pointer BUREAU_DATA_DIR vers un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>There is no Bureau database at {path}. Create a new one?</source>
        <translation>Il n’y a pas de base de données Bureau à {path}. En créer une nouvelle ?</translation>
    </message>
    <message>
        <source>PPM generation failed: {error}</source>
        <translation>Échec de la génération PPM : {error}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation>Besoin de précisions</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>En attente de vérification</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non réalisé</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New reply template</source>
        <translation>Nouveau modèle de réponse</translation>
    </message>
    <message>
        <source>Reply template “{title}”</source>
        <translation>Modèle de réponse « {title} »</translation>
    </message>
    <message>
        <source>Agents reply to a work order with this text, filled in for the order. The default body is used for the languages without a body of their own.</source>
        <translation>Les agents répondent à un ordre de travail avec ce texte, rempli pour l’ordre. Le texte par défaut sert pour les langues qui n’ont pas de texte propre.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Default body</source>
        <translation>Texte par défaut</translation>
    </message>
    <message>
        <source>Empty: the default body is used</source>
        <translation>Vide : le texte par défaut est utilisé</translation>
    </message>
    <message>
        <source>Hello {contact}, …</source>
        <translation>Bonjour {contact}, …</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Espaces réservés (double-cliquez pour insérer) :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Give the template a title.</source>
        <translation>Donnez un titre au modèle.</translation>
    </message>
    <message>
        <source>Write the default body.</source>
        <translation>Écrivez le texte par défaut.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;New template…</source>
        <translation>&amp;Nouveau modèle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>The template is kept but no longer offered to reply with</source>
        <translation>Le modèle est conservé mais n’est plus proposé pour répondre</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <source>Reply &amp;templates</source>
        <translation>&amp;Modèles de réponse</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Modèles de réponse</translation>
    </message>
    <message>
        <source>Default, {languages}</source>
        <translation>Par défaut, {languages}</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>TimeEntries</name>
    <message>
        <source>{technician}: {start} – {end} ({duration}), {rate}, {billable}</source>
        <translation>{technician} : {start} – {end} ({duration}), {rate}, {billable}</translation>
    </message>
    <message>
        <source>no technician</source>
        <translation>aucun technicien</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>aucun taux</translation>
    </message>
    <message>
        <source>{rate} at {amount} an hour</source>
        <translation>{rate} à {amount} de l’heure</translation>
    </message>
    <message>
        <source>billable</source>
        <translation>facturable</translation>
    </message>
    <message>
        <source>not billable</source>
        <translation>non facturable</translation>
    </message>
    <message>
        <source>Was: {summary}</source>
        <translation>Avant : {summary}</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <source>Add time entry: work order {number}</source>
        <translation>Ajouter une saisie de temps : ordre de travail {number}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit time entry: work order {number}</source>
        <translation>Modifier la saisie de temps : ordre de travail {number}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The timer is stopped. Check the time it measured and add it to the order.</source>
        <translation>Le minuteur est arrêté. Vérifiez le temps mesuré et ajoutez-le à l’ordre de travail.</translation>
    </message>
    <message>
        <source>Times are your computer's local time.</source>
        <translation>Les heures sont celles de votre ordinateur.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>No rate</source>
        <translation>Aucun taux</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>&amp;Technicien :</translation>
    </message>
    <message>
        <source>&amp;Rate:</source>
        <translation>&amp;Taux :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>&amp;Billable</source>
        <translation>&amp;Facturable</translation>
    </message>
    <message>
        <source>Charge the client for this time</source>
        <translation>Facturer ce temps au client</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>La fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>Work order {number}: {start} – {end}</source>
        <translation>Ordre de travail {number} : {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <source>%n other time entry(ies) of this technician overlap this time:</source>
        <translation>
            <numerusform>%n autre saisie de temps de ce technicien chevauche ce créneau :</numerusform>
            <numerusform>%n autres saisies de temps de ce technicien chevauchent ce créneau :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimePanel</name>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Record time spent on this work order</source>
        <translation>Saisir le temps passé sur cet ordre de travail</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add time entry…</source>
        <translation>Ajouter une saisie de temps…</translation>
    </message>
    <message numerus="yes">
        <source>Time (%n)</source>
        <translation>
            <numerusform>Temps (%n)</numerusform>
            <numerusform>Temps (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No time recorded yet.</source>
        <translation>Aucun temps saisi pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), total time {total}, billable {billable}</source>
        <translation>
            <numerusform>%n saisie, temps total {total}, facturable {billable}</numerusform>
            <numerusform>%n saisies, temps total {total}, facturable {billable}</numerusform>
        </translation>
    </message>
    <message>
        <source>Billable amount: {amounts}</source>
        <translation>Montant facturable : {amounts}</translation>
    </message>
    <message>
        <source>Only the agent who recorded this time, or an administrator</source>
        <translation>Seul l’agent qui a saisi ce temps, ou un administrateur</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Arrêter le minuteur</translation>
    </message>
    <message>
        <source>Stop your timer and record its time on this work order ({key})</source>
        <translation>Arrêter votre minuteur et saisir son temps sur cet ordre de travail ({key})</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
    <message>
        <source>Time your work on this work order ({key})</source>
        <translation>Chronométrer votre travail sur cet ordre de travail ({key})</translation>
    </message>
    <message>
        <source>Delete time entry</source>
        <translation>Supprimer la saisie de temps</translation>
    </message>
    <message>
        <source>Delete the time entry of {technician}, {start} ({duration})?</source>
        <translation>Supprimer la saisie de temps de {technician}, {start} ({duration}) ?</translation>
    </message>
    <message>
        <source>Your timer runs on this work order. Stop it and record its time first?</source>
        <translation>Votre minuteur tourne sur cet ordre de travail. L’arrêter et saisir son temps d’abord ?</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Fixed cost</source>
        <translation>Coût fixe</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>Référence client</translation>
    </message>
    <message>
        <source>Notified contacts</source>
        <translation>Contacts notifiés</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Created the work order.</source>
        <translation>A créé l'ordre de travail.</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>Statut : {old} → {new}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Email queued for {addresses}</source>
        <translation>E-mail en attente d'envoi à {addresses}</translation>
    </message>
    <message>
        <source>Description changed.</source>
        <translation>Description modifiée.</translation>
    </message>
    <message>
        <source>{field} set to {new}</source>
        <translation>{field} : {new}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
    <message>
        <source>Removed the attachment {name}</source>
        <translation>Pièce jointe {name} retirée</translation>
    </message>
    <message>
        <source>Customer signature by {signer} ({name})</source>
        <translation>Signature du client par {signer} ({name})</translation>
    </message>
    <message>
        <source>Attached {name} (from work order {number})</source>
        <translation>{name} joint (de l’ordre de travail {number})</translation>
    </message>
    <message>
        <source>Attached {name}</source>
        <translation>{name} joint</translation>
    </message>
    <message>
        <source>Time entry changed</source>
        <translation>Temps saisi modifié</translation>
    </message>
    <message>
        <source>Time entry deleted</source>
        <translation>Temps saisi supprimé</translation>
    </message>
    <message>
        <source>Time entry added</source>
        <translation>Temps saisi ajouté</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Rien ne s'est encore passé.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <source>Start timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
    <message>
        <source>Your timer runs on work order {number}. Stop it, record its time, and start timing this one?</source>
        <translation>Votre minuteur tourne sur l’ordre de travail {number}. L’arrêter, saisir son temps et chronométrer celui-ci ?</translation>
    </message>
    <message>
        <source>Stop timer</source>
        <translation>Arrêter le minuteur</translation>
    </message>
    <message>
        <source>The timer on work order {number} measured no working time: there is nothing to record.</source>
        <translation>Le minuteur de l’ordre de travail {number} n’a mesuré aucun temps de travail : il n’y a rien à saisir.</translation>
    </message>
    <message>
        <source>Discard timed work</source>
        <translation>Abandonner le temps chronométré</translation>
    </message>
    <message>
        <source>Discard the timed {duration} on work order {number}? It will not be recorded.</source>
        <translation>Abandonner les {duration} chronométrées sur l’ordre de travail {number} ? Elles ne seront pas saisies.</translation>
    </message>
</context>
<context>
    <name>TimerStatus</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the timer and record its time on the work order</source>
        <translation>Arrêter le minuteur et saisir son temps sur l’ordre de travail</translation>
    </message>
    <message>
        <source>Your timer: click to open its work order</source>
        <translation>Votre minuteur : cliquez pour ouvrir son ordre de travail</translation>
    </message>
    <message>
        <source>WO {number} · {elapsed}</source>
        <translation>OT {number} · {elapsed}</translation>
    </message>
    <message>
        <source>Timing work order {number} ({title}) since {time}: click to open it</source>
        <translation>Chronométrage de l’ordre de travail {number} ({title}) depuis {time} : cliquez pour l’ouvrir</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message numerus="yes">
        <source>No input for %n minute(s) while your timer runs. Keep this idle time?</source>
        <translation>
            <numerusform>Aucune saisie depuis %n minute alors que votre minuteur tourne. Conserver ce temps d’inactivité ?</numerusform>
            <numerusform>Aucune saisie depuis %n minutes alors que votre minuteur tourne. Conserver ce temps d’inactivité ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>&amp;Discard idle time</source>
        <translation>&amp;Abandonner le temps d’inactivité</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetailView</name>
    <message>
        <source>WO {number}</source>
        <translation>OT {number}</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions de l'agent</translation>
    </message>
    <message>
        <source>The agent's actions on this work order</source>
        <translation>Les actions de l'agent sur cet ordre de travail</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Read the work order again from the database (F5)</source>
        <translation>Relire l'ordre de travail dans la base de données (F5)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>PPM period</source>
        <translation>Période PPM</translation>
    </message>
    <message>
        <source>Fixed cost</source>
        <translation>Coût fixe</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Client reference</source>
        <translation>Référence client</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notifiés</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>{job}: {start} to {end}</source>
        <translation>{job} : du {start} au {end}</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source> (invoice only)</source>
        <translation> (facturation seule)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <source>The due date has passed and the work order is still open.</source>
        <translation>L'échéance est passée et l'ordre de travail est toujours ouvert.</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
    <message>
        <source>Edit notifications…</source>
        <translation>Modifier les notifications…</translation>
    </message>
    <message>
        <source>Choose the client's contacts who are emailed about this order</source>
        <translation>Choisir les contacts du client qui reçoivent un e-mail au sujet de cet ordre de travail</translation>
    </message>
    <message>
        <source>Record certificate…</source>
        <translation>Enregistrer le certificat…</translation>
    </message>
    <message>
        <source>Record the certificate of this PPM visit with its document</source>
        <translation>Enregistrer le certificat de cette visite PPM avec son document</translation>
    </message>
    <message>
        <source>Log similar…</source>
        <translation>Saisir un ordre similaire…</translation>
    </message>
    <message>
        <source>Log a new work order with this one's client, building, contact, type and category</source>
        <translation>Saisir un nouvel ordre de travail avec le client, le bâtiment, le contact, le type et la catégorie de celui-ci</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Ordre de travail {number}</translation>
    </message>
    <message>
        <source>Record certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
    <message>
        <source>This PPM visit needs a certificate. Record the certificate now?</source>
        <translation>Cette visite PPM exige un certificat. Enregistrer le certificat maintenant ?</translation>
    </message>
</context>
<context>
    <name>WorkOrderType</name>
    <message>
        <source>Reactive</source>
        <translation>Réactif</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
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
        <translation>Achat</translation>
    </message>
</context>
<context>
    <name>WorkOrderWindow</name>
    <message>
        <source>Work order {number}: {title}</source>
        <translation>Ordre de travail {number} : {title}</translation>
    </message>
</context>
<context>
    <name>WorkSettingsPage</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Largest file:</source>
        <translation>Fichier le plus &amp;lourd :</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Files larger than this cannot be attached to work orders</source>
        <translation>Les fichiers plus lourds ne peuvent pas être joints aux ordres de travail</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>Signature du client</translation>
    </message>
    <message>
        <source>Completing a work order of these types offers to take the customer's signature:</source>
        <translation>Terminer un ordre de travail de ces types propose de recueillir la signature du client :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Work orders</source>
        <translation>&amp;Ordres de travail</translation>
    </message>
    <message>
        <source>Work order settings</source>
        <translation>Paramètres des ordres de travail</translation>
    </message>
</context>
</TS>
