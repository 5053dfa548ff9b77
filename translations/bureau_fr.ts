<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Not a database URL: {url}</source>
        <translation>Ce n’est pas une URL de base de données : {url}</translation>
    </message>
    <message>
        <source>Unsupported database {backend}: use an SQLite file or a PostgreSQL URL.</source>
        <translation>Base de données {backend} non prise en charge : utilisez un fichier SQLite ou une URL PostgreSQL.</translation>
    </message>
    <message>
        <source>{path} is not a Bureau database (it is not an SQLite file).</source>
        <translation>{path} n’est pas une base de données Bureau (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {error}</source>
        <translation>Impossible d’ouvrir {path} : {error}</translation>
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
        <translation>La démo nécessite au moins un ordre de travail (demandé : {size}).</translation>
    </message>
    <message>
        <source>Demo data only goes into an empty database; this one already holds work orders ({orders}) and clients ({clients}).</source>
        <translation>Les données de démonstration ne vont que dans une base vide ; celle-ci contient déjà des ordres de travail ({orders}) et des clients ({clients}).</translation>
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
        <translation>Rôle inconnu : {role}</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Cet utilisateur n’existe pas.</translation>
    </message>
    <message>
        <source>This database already has users: sign in instead.</source>
        <translation>Cette base de données a déjà des utilisateurs : connectez-vous.</translation>
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
        <source>Work order {number} does not exist.</source>
        <translation>L’ordre de travail {number} n’existe pas.</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
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
    <message numerus="yes">
        <source>%Ln work order(s)</source>
        <translation>
            <numerusform>%Ln ordre de travail</numerusform>
            <numerusform>%Ln ordres de travail</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} on {database}</source>
        <translation>{user} sur {database}</translation>
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
</TS>
