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
        <translation>Avec visite&#xa0;: nouvelle visite nécessaire</translation>
    </message>
    <message>
        <source>With visit: work completed</source>
        <translation>Avec visite&#xa0;: travaux terminés</translation>
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
        <translation>{action}&#xa0;: ordre de travail {number}</translation>
    </message>
    <message>
        <source>Cancel work order {number}, “{title}”. It has not been started. Write down why it is cancelled.</source>
        <translation>Annuler l&apos;ordre de travail {number}, «&#xa0;{title}&#xa0;». Il n&apos;a pas été commencé. Indiquez pourquoi il est annulé.</translation>
    </message>
    <message>
        <source>Reject work order {number}, “{title}”. The reason is kept in its activity log.</source>
        <translation>Rejeter l&apos;ordre de travail {number}, «&#xa0;{title}&#xa0;». Le motif est conservé dans son journal d&apos;activité.</translation>
    </message>
    <message>
        <source>Ask for clarification on work order {number}, “{title}”: say what is unclear.</source>
        <translation>Demander des précisions sur l&apos;ordre de travail {number}, «&#xa0;{title}&#xa0;»&#xa0;: indiquez ce qui n&apos;est pas clair.</translation>
    </message>
    <message>
        <source>Send work order {number}, “{title}”, back to In progress: say what is not right.</source>
        <translation>Renvoyer l&apos;ordre de travail {number}, «&#xa0;{title}&#xa0;», en cours&#xa0;: indiquez ce qui ne va pas.</translation>
    </message>
    <message>
        <source>Reinstate work order {number}, “{title}”. Choose how:</source>
        <translation>Rétablir l&apos;ordre de travail {number}, «&#xa0;{title}&#xa0;». Choisissez comment&#xa0;:</translation>
    </message>
    <message>
        <source>{action} work order {number}, “{title}”.</source>
        <translation>{action}&#xa0;: ordre de travail {number}, «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <source>The contract&apos;s PPM contacts are emailed, and this visit will never be generated again.</source>
        <translation>Les contacts PPM du contrat reçoivent un e-mail, et cette visite ne sera plus jamais générée.</translation>
    </message>
    <message>
        <source>Current status: {status}.</source>
        <translation>Statut actuel&#xa0;: {status}.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
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
        <translation>Choisissez comment l&apos;ordre de travail est rétabli.</translation>
    </message>
    <message>
        <source>Write the cancellation notes: they are required.</source>
        <translation>Rédigez les notes d&apos;annulation&#xa0;: elles sont obligatoires.</translation>
    </message>
    <message>
        <source>Write the reason for the rejection: it is required.</source>
        <translation>Indiquez le motif du rejet&#xa0;: il est obligatoire.</translation>
    </message>
    <message>
        <source>Write notes for the assignee: reinstating to the previous status requires them.</source>
        <translation>Rédigez des notes pour l&apos;intervenant&#xa0;: le rétablissement au statut précédent les exige.</translation>
    </message>
    <message>
        <source>Write a comment: this action requires one.</source>
        <translation>Rédigez un commentaire&#xa0;: cette action l&apos;exige.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign: work order {number}</source>
        <translation>Affecter&#xa0;: ordre de travail {number}</translation>
    </message>
    <message>
        <source>Currently assigned to: {name}.</source>
        <translation>Actuellement affecté à&#xa0;: {name}.</translation>
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
        <translation>&amp;Agent&#xa0;:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Affecter</translation>
    </message>
    <message>
        <source>Choose another agent: the work order is already assigned to this one.</source>
        <translation>Choisissez un autre agent&#xa0;: l&apos;ordre de travail lui est déjà affecté.</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Add a comment: work order {number}</source>
        <translation>Ajouter un commentaire&#xa0;: ordre de travail {number}</translation>
    </message>
    <message>
        <source>The comment is added to the work order&apos;s activity log.</source>
        <translation>Le commentaire est ajouté au journal d&apos;activité de l&apos;ordre de travail.</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter le commentaire</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Rédigez d&apos;abord le commentaire.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not a database URL: {url}</source>
        <translation>Ce n’est pas une URL de base de données&#xa0;: {url}</translation>
    </message>
    <message>
        <source>Unsupported database {backend}: use an SQLite file or a PostgreSQL URL.</source>
        <translation>Base de données {backend} non prise en charge&#xa0;: utilisez un fichier SQLite ou une URL PostgreSQL.</translation>
    </message>
    <message>
        <source>{path} is not a Bureau database (it is not an SQLite file).</source>
        <translation>{path} n’est pas une base de données Bureau (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {error}</source>
        <translation>Impossible d’ouvrir {path}&#xa0;: {error}</translation>
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
        <translation>La démo nécessite au moins un ordre de travail (demandé&#xa0;: {size}).</translation>
    </message>
    <message>
        <source>Demo data only goes into an empty database; this one already holds work orders ({orders}) and clients ({clients}).</source>
        <translation>Les données de démonstration ne vont que dans une base vide&#xa0;; celle-ci contient déjà des ordres de travail ({orders}) et des clients ({clients}).</translation>
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
        <source>The login {login} is already taken.</source>
        <translation>L’identifiant {login} est déjà utilisé.</translation>
    </message>
    <message>
        <source>Unknown role: {role}</source>
        <translation>Rôle inconnu&#xa0;: {role}</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Cet utilisateur n’existe pas.</translation>
    </message>
    <message>
        <source>This database already has users: sign in instead.</source>
        <translation>Cette base de données a déjà des utilisateurs&#xa0;: connectez-vous.</translation>
    </message>
    <message>
        <source>A work order needs a title.</source>
        <translation>Un ordre de travail doit avoir un titre.</translation>
    </message>
    <message>
        <source>PPM work orders are generated from their contract&apos;s periods.</source>
        <translation>Les ordres de travail PPM sont générés à partir des périodes de leur contrat.</translation>
    </message>
    <message>
        <source>The building no longer exists.</source>
        <translation>Le bâtiment n’existe plus.</translation>
    </message>
    <message>
        <source>Choose how the work order is reinstated.</source>
        <translation>Choisissez comment l&apos;ordre de travail est rétabli.</translation>
    </message>
    <message>
        <source>Write a comment first.</source>
        <translation>Écrivez d’abord un commentaire.</translation>
    </message>
    <message>
        <source>The agent no longer exists.</source>
        <translation>L’agent n’existe plus.</translation>
    </message>
    <message>
        <source>{name} is no longer an active agent: choose another one.</source>
        <translation>{name} n’est plus un agent actif&#xa0;: choisissez-en un autre.</translation>
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
        <translation>Expliquez le coût fixe&#xa0;: l’explication est obligatoire.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s reference.</source>
        <translation>Saisissez la référence du client.</translation>
    </message>
    <message>
        <source>A client reference must not be longer than {count} characters.</source>
        <translation>Une référence client ne doit pas dépasser {count} caractères.</translation>
    </message>
    <message>
        <source>Work order {number} does not exist.</source>
        <translation>L’ordre de travail {number} n’existe pas.</translation>
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
        <translation>Impossible d’écrire {path}&#xa0;: {error}</translation>
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
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have been completed. Nothing else was changed. The details are in {path}.</source>
        <translation>Une erreur s’est produite et la dernière action n’a peut-être pas été effectuée. Rien d’autre n’a été modifié. Les détails se trouvent dans {path}.</translation>
    </message>
    <message>
        <source>“{action}” is not possible. {reason}</source>
        <translation>«&#xa0;{action}&#xa0;» n’est pas possible. {reason}</translation>
    </message>
    <message>
        <source>Write what needs clarifying: the comment is required.</source>
        <translation>Indiquez ce qui doit être précisé&#xa0;: le commentaire est obligatoire.</translation>
    </message>
    <message>
        <source>Write why the correction is not valid: the comment is required.</source>
        <translation>Indiquez pourquoi la correction n’est pas valide&#xa0;: le commentaire est obligatoire.</translation>
    </message>
    <message>
        <source>Write why the job is cancelled: the notes are required.</source>
        <translation>Indiquez pourquoi la tâche est annulée&#xa0;: les notes sont obligatoires.</translation>
    </message>
    <message>
        <source>Write why the work order is rejected: the reason is required.</source>
        <translation>Indiquez pourquoi l’ordre de travail est rejeté&#xa0;: le motif est obligatoire.</translation>
    </message>
    <message>
        <source>Write why the work order is reinstated: the notes are required.</source>
        <translation>Indiquez pourquoi l’ordre de travail est rétabli&#xa0;: les notes sont obligatoires.</translation>
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
        <translation>{file} existe déjà. Voulez-vous le remplacer&#xa0;?</translation>
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
        <translation>L’exportation a échoué&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
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
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Ass&amp;igné à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Bâtiment&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reated:</source>
        <translation>Créatio&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Éc&amp;héance&#xa0;:</translation>
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
        <source>Type a date, or press Delete to clear it; F4 opens the calendar.</source>
        <translation>Saisissez une date ou appuyez sur Suppr pour l’effacer&#xa0;; F4 ouvre le calendrier.</translation>
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
        <translation>Cette base de données serveur est nouvelle. Créez le compte de son premier administrateur&#xa0;; les agents sont ensuite ajoutés depuis ce compte.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
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
        <translation>Coût fixe&#xa0;: ordre de travail {number}</translation>
    </message>
    <message>
        <source>none (calculated)</source>
        <translation>aucun (calculé)</translation>
    </message>
    <message>
        <source>Current fixed cost: {current}. Enter 0 to go back to the calculated cost.</source>
        <translation>Coût fixe actuel&#xa0;: {current}. Saisissez 0 pour revenir au coût calculé.</translation>
    </message>
    <message>
        <source>&amp;Amount ({currency}):</source>
        <translation>&amp;Montant ({currency})&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the fixed cost.</source>
        <translation>Saisissez le coût fixe.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount: write it as {example}.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un montant&#xa0;: écrivez-le comme {example}.</translation>
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
        <translation>Justifiez le coût fixe&#xa0;: la justification est obligatoire.</translation>
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
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Overdue: due {date}</source>
        <translation>En retard&#xa0;: échéance le {date}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bureau: helpdesk</source>
        <translation>Bureau&#xa0;: helpdesk</translation>
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
        <translation>Ouvrir l&apos;ordre de travail sélectionné dans un onglet (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Open in a new &amp;window</source>
        <translation>Ouvrir dans une nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <source>&amp;Close work order tab</source>
        <translation>&amp;Fermer l&apos;onglet de l&apos;ordre de travail</translation>
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
        <translation>Service d&apos;assistance</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>La liste n’a pas pu être lue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordre de travail</translation>
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
    <name>ReferenceDialog</name>
    <message>
        <source>Reference provided: work order {number}</source>
        <translation>Référence fournie&#xa0;: ordre de travail {number}</translation>
    </message>
    <message>
        <source>The reference the client gave for this work order (their order number).</source>
        <translation>La référence donnée par le client pour cet ordre de travail (son numéro de commande).</translation>
    </message>
    <message>
        <source>Client &amp;reference:</source>
        <translation>&amp;Référence client&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the client&apos;s reference.</source>
        <translation>Saisissez la référence du client.</translation>
    </message>
    <message>
        <source>This is already the work order&apos;s reference.</source>
        <translation>C&apos;est déjà la référence de l&apos;ordre de travail.</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Not possible while the work order is “{status}”.</source>
        <translation>Impossible tant que l’ordre de travail est «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <source>A started work order cannot be cancelled: complete it with zero balance instead.</source>
        <translation>Un ordre de travail démarré ne peut pas être annulé&#xa0;: terminez-le plutôt avec un solde à zéro.</translation>
    </message>
    <message>
        <source>The work order was already started: resume it instead.</source>
        <translation>L’ordre de travail a déjà été démarré&#xa0;: reprenez-le plutôt.</translation>
    </message>
    <message>
        <source>Cancelling a PPM work order needs the permission “{permission}”.</source>
        <translation>L’annulation d’un ordre de travail PPM nécessite l’autorisation «&#xa0;{permission}&#xa0;».</translation>
    </message>
    <message>
        <source>Only quotes and reactive work orders can be rejected.</source>
        <translation>Seuls les devis et les ordres de travail réactifs peuvent être rejetés.</translation>
    </message>
    <message>
        <source>Reinstating a cancelled PPM work order needs the permission “{permission}”.</source>
        <translation>Le rétablissement d’un ordre de travail PPM annulé nécessite l’autorisation «&#xa0;{permission}&#xa0;».</translation>
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
        <translation>&amp;Vues</translation>
    </message>
    <message>
        <source>Your saved filters: show one, save the current filters, delete one</source>
        <translation>Vos filtres enregistrés&#xa0;: en afficher un, enregistrer les filtres actuels, en supprimer un</translation>
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
        <translation>Une vue nommée «&#xa0;{name}&#xa0;» existe déjà. La remplacer par les filtres actuels&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the view “{name}”?</source>
        <translation>Supprimer la vue «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue&#xa0;:</translation>
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
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Local database in the data folder</source>
        <translation>Base de données locale dans le dossier de données</translation>
    </message>
    <message>
        <source>An SQLite file path or a PostgreSQL URL (postgresql://user@server/database). A new database is used from the next start.</source>
        <translation>Chemin d’un fichier SQLite ou URL PostgreSQL (postgresql://utilisateur@serveur/base). Une nouvelle base de données est utilisée à partir du prochain démarrage.</translation>
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
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot use the database: {error}</source>
        <translation>Impossible d’utiliser la base de données&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Cannot open the database: {error}</source>
        <translation>Impossible d’ouvrir la base de données&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Database upgraded; the previous version was saved as {path}</source>
        <translation>Base de données mise à niveau&#xa0;; la version précédente a été enregistrée sous {path}</translation>
    </message>
    <message>
        <source>The database already holds work orders: demo data not added.</source>
        <translation>La base de données contient déjà des ordres de travail&#xa0;: données de démonstration non ajoutées.</translation>
    </message>
    <message>
        <source>Demo data added: {count} work orders.</source>
        <translation>Données de démonstration ajoutées&#xa0;: {count} ordres de travail.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Signing in is needed: set BUREAU_USER and BUREAU_PASSWORD.</source>
        <translation>Une connexion est nécessaire&#xa0;: définissez BUREAU_USER et BUREAU_PASSWORD.</translation>
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
        <translation>A créé l&apos;ordre de travail.</translation>
    </message>
    <message>
        <source>Status: {old} → {new}</source>
        <translation>Statut&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Email queued for {addresses}</source>
        <translation>E-mail en attente d&apos;envoi à {addresses}</translation>
    </message>
    <message>
        <source>{field} set to {new}</source>
        <translation>{field}&#xa0;: {new}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <source>Nothing has happened yet.</source>
        <translation>Rien ne s&apos;est encore passé.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
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
        <translation>&amp;Actions de l&apos;agent</translation>
    </message>
    <message>
        <source>The agent&apos;s actions on this work order</source>
        <translation>Les actions de l&apos;agent sur cet ordre de travail</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Read the work order again from the database (F5)</source>
        <translation>Relire l&apos;ordre de travail dans la base de données (F5)</translation>
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
        <translation>{job}&#xa0;: du {start} au {end}</translation>
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
        <translation>L&apos;échéance est passée et l&apos;ordre de travail est toujours ouvert.</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Ordre de travail {number}</translation>
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
        <translation>Ordre de travail {number}&#xa0;: {title}</translation>
    </message>
</context>
</TS>
