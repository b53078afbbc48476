<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../ui/agreements/clause_library.py" line="+50"/>
        <location filename="../../domain/models/clause_library.py" line="+23"/>
        <source>clause</source>
        <translation>clause</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clause Library</source>
        <translation>Bibliothèque de clauses</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New Clause</source>
        <translation>Nouvelle clause</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/agreements/contacts_tab.py" line="+217"/>
        <location filename="../../ui/agreements/parties.py" line="+252"/>
        <location filename="../../ui/agreements/responsibilities_tab.py" line="+59"/>
        <location filename="../../ui/agreements/targets_tab.py" line="+94"/>
        <location filename="../../ui/agreements/terms_tab.py" line="+119"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/agreements/editor.py" line="+112"/>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving a changed text adds a new version; agreements keep the version they carry.</source>
        <translation>Enregistrer un texte modifié crée une nouvelle version ; les accords conservent la version qu’ils contiennent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title, text and conditions are written in each language the agreements print in; English is the original.</source>
        <translation>Le titre, le texte et les conditions sont rédigés dans chaque langue d’impression des accords ; l’anglais est l’original.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/agreements/contacts_tab.py" line="+19"/>
        <location filename="../../ui/agreements/dialogs.py" line="+91"/>
        <location line="+133"/>
        <location filename="../../ui/agreements/general_tab.py" line="+67"/>
        <location filename="../../domain/rules.py" line="+243"/>
        <location filename="../../services/listing.py" line="+285"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Default for</source>
        <translation>Par défaut pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New agreements of these kinds start with this clause.</source>
        <translation>Les nouveaux accords de ces types commencent avec cette clause.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits</source>
        <translation>Pénalités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step: when a target is missed by this much, this share of the month&apos;s charge.</source>
        <translation>Une ligne par palier : si un objectif est manqué de tant, cette part de la redevance mensuelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/agreements/terms_tab.py" line="+16"/>
        <location filename="../../ui/common/history_panel.py" line="+289"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit (%)</source>
        <translation>Pénalité (%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Step</source>
        <translation>Ajouter un palier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cap (%)</source>
        <translation>Plafond (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most a month&apos;s credits may add up to.</source>
        <translation>Le montant maximal que peuvent atteindre les pénalités d’un mois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Clause</source>
        <translation>Enregistrer la clause</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every wording this clause has had, newest first.</source>
        <translation>Toutes les rédactions de cette clause, les plus récentes d’abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Standard texts the team agrees once and every agreement may carry: amendment, termination, precedence, confidentiality, liability, service credits, missed targets, data protection.</source>
        <translation>Les textes types que l’équipe arrête une fois et que chaque accord peut reprendre : avenants, résiliation, préséance, confidentialité, responsabilité, pénalités de service, objectifs manqués, protection des données.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no kind</source>
        <translation>aucun type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{topic}: {title}
version {number} · default for {kinds}</source>
        <translation>{topic} : {title}
version {number} · par défaut pour {kinds}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No text yet in: {languages}. Agreements in these languages print this clause in English.</source>
        <translation>Pas encore de texte en : {languages}. Les accords dans ces langues impriment cette clause en anglais.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Clause not saved</source>
        <translation>Clause non enregistrée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clause not removed</source>
        <translation>Clause non retirée</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/clauses_tab.py" line="+46"/>
        <source>Standard clauses</source>
        <translation>Clauses types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts from the team&apos;s clause library that print as the agreement&apos;s standard terms, each with the version it carries. A new agreement starts with its kind&apos;s defaults.</source>
        <translation>Les textes de la bibliothèque de clauses de l’équipe imprimés comme conditions types de l’accord, chacun dans la version qu’il contient. Un nouvel accord part des clauses par défaut de son type.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use Newest Versions</source>
        <translation>Utiliser les dernières versions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clause Library…</source>
        <translation>Bibliothèque de clauses…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{topic}: {title}</source>
        <translation>{topic} : {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · not carried (newest: version {n})</source>
        <translation> · non reprise (dernière : version {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · version {n} (version {latest} is newer)</source>
        <translation> · version {n} (la version {latest} est plus récente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · version {n}</source>
        <translation> · version {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the agreement first: it then carries its kind&apos;s default clauses.</source>
        <translation>Enregistrez d’abord l’accord : il reprend alors les clauses par défaut de son type.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This agreement is no longer a draft: it keeps the clauses it was signed with.</source>
        <translation>Cet accord n’est plus un brouillon : il conserve les clauses avec lesquelles il a été signé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clause library is empty: add clauses with Clause Library…</source>
        <translation>La bibliothèque de clauses est vide : ajoutez des clauses avec Bibliothèque de clauses…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick a clause to add its newest version; untick it to leave it out.</source>
        <translation>Cochez une clause pour ajouter sa dernière version ; décochez-la pour l’omettre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Not yet translated into {language}, so printed in English: {clauses}. Add their {language} text in the clause library.</source>
        <translation>⚠ Pas encore traduites ({language}), donc imprimées en anglais : {clauses}. Ajoutez leur texte ({language}) dans la bibliothèque de clauses.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Clauses not changed</source>
        <translation>Clauses non modifiées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change clauses of agreement {reference}</source>
        <translation>Modifier les clauses de l’accord {reference}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common.py" line="+70"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the date from a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>(no longer available)</source>
        <translation>(plus disponible)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/contacts_tab.py" line="-190"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+189"/>
        <location filename="../../services/exchange/kinds.py" line="+101"/>
        <location filename="../../services/listing.py" line="-36"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-189"/>
        <location filename="../../domain/rules.py" line="-132"/>
        <location line="+21"/>
        <location filename="../../services/exchange/kinds.py" line="-35"/>
        <location filename="../../services/listing.py" line="+4"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../domain/rules.py" line="-22"/>
        <location line="+21"/>
        <location filename="../../services/exchange/kinds.py" line="-2"/>
        <location filename="../../services/listing.py" line="-1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Choose a person…</source>
        <translation>Choisir une personne…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/agreements/responsibilities_tab.py" line="-2"/>
        <location filename="../../ui/agreements/targets_tab.py" line="+1"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/agreements/responsibilities_tab.py" line="+1"/>
        <location filename="../../ui/agreements/targets_tab.py" line="+2"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/contacts/page.py" line="+16"/>
        <location filename="../../services/exchange/kinds.py" line="+34"/>
        <location filename="../../services/listing.py" line="-18"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representatives, support contacts, escalation levels 1–3 and reviewers. Double-click a cell to choose the role or the person.</source>
        <translation>Représentants, contacts support, niveaux d’escalade 1 à 3 et relecteurs. Double-cliquez sur une cellule pour choisir le rôle ou la personne.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/agreements/dialogs.py" line="-133"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../../ui/agreements/dialogs.py" line="+8"/>
        <location filename="../../ui/agreements/general_tab.py" line="+21"/>
        <location filename="../../domain/definitions.py" line="+38"/>
        <location line="+8"/>
        <location filename="../../domain/enums.py" line="+267"/>
        <location filename="../../services/exchange/kinds.py" line="+33"/>
        <location filename="../../services/listing.py" line="-36"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/agreements/dialogs.py" line="+0"/>
        <location line="+123"/>
        <location filename="../../domain/definitions.py" line="-8"/>
        <location line="+8"/>
        <location line="+9"/>
        <location filename="../../domain/enums.py" line="-40"/>
        <location line="+27"/>
        <location line="+14"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded when the agreement was activated.</source>
        <translation>Enregistrées lors de l’activation de l’accord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed yet: add who signs for each party above in the role Signatory; the signatures are recorded when the agreement is activated (Activate…).</source>
        <translation>Pas encore signé : indiquez ci-dessus qui signe pour chaque partie avec le rôle Signataire ; les signatures sont enregistrées à l’activation de l’accord (Activer…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signatures are recorded when the agreement is activated.</source>
        <translation>Les signatures sont enregistrées lors de l’activation de l’accord.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="-150"/>
        <source>Activate agreement</source>
        <translation>Activer l’accord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record when the agreement was signed and who signed it for each party. It then comes into force and can no longer be edited.</source>
        <translation>Indiquez quand l’accord a été signé et qui l’a signé pour chaque partie. Il entre alors en vigueur et ne peut plus être modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision {revision} is superseded by this one.</source>
        <translation>La révision {revision} est remplacée par celle-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/agreements/lifecycle_bar.py" line="+140"/>
        <source>further notice</source>
        <translation>nouvel ordre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../domain/rules.py" line="-2"/>
        <location filename="../../services/exchange/kinds.py" line="-27"/>
        <location filename="../../services/listing.py" line="+53"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Town or city</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the date the agreement was signed, as YYYY-MM-DD.</source>
        <translation>Saisissez la date de signature de l’accord, sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing date is after the end of the validity.</source>
        <translation>La date de signature est postérieure à la fin de validité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of the person who signed for every party.</source>
        <translation>Saisissez pour chaque partie le nom de la personne qui a signé.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Terminate agreement</source>
        <translation>Résilier l’accord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: the service was replaced by a new contract.</source>
        <translation>Par exemple : le service a été remplacé par un nouveau contrat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminate</source>
        <translation>Résilier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A terminated agreement ends now, before its end date. It stays in the record, read-only, and cannot be reactivated.</source>
        <translation>Un accord résilié prend fin maintenant, avant son échéance. Il est conservé en lecture seule et ne peut pas être réactivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (recorded in the history)</source>
        <translation>Motif (consigné dans l’historique)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Duplicate agreement</source>
        <translation>Dupliquer l’accord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same customers as {source}</source>
        <translation>Les mêmes clients que {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/agreements/parties.py" line="-178"/>
        <source>No representative</source>
        <translation>Aucun représentant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate {source}</source>
        <translation>Dupliquer {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy is a new draft with a new reference. Services, targets, responsibilities, texts and contacts are copied; the dates and signatures are not.</source>
        <translation>La copie est un nouveau brouillon avec une nouvelle référence. Services, objectifs, responsabilités, textes et contacts sont copiés ; les dates et signatures ne le sont pas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter a title for the copy.</source>
        <translation>Saisissez un titre pour la copie.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="-51"/>
        <location filename="../../ui/agreements/lifecycle_actions.py" line="+65"/>
        <source>{reference} revision {revision} is {status} now.</source>
        <translation>{reference} révision {revision} est désormais : {status}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Service {number}: {message}</source>
        <translation>Service {number} : {message}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level {number}: {message}</source>
        <translation>Niveau {number} : {message}</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+33"/>
        <location filename="../../ui/agreements/page.py" line="+87"/>
        <location filename="../../domain/models/agreements.py" line="+33"/>
        <source>agreement</source>
        <translation>accord</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties &amp;&amp; terms</source>
        <translation>Parties &amp;&amp; conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Underpinning</source>
        <translation>Engagements sous-jacents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibilities</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts &amp;&amp; signatures</source>
        <translation>Contacts &amp;&amp; signatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/agreements/history_tab.py" line="+38"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Item {number}: {message}</source>
        <translation>Élément {number} : {message}</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../ui/agreements/lifecycle_bar.py" line="+18"/>
        <source>revision {revision}</source>
        <translation>révision {revision}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new {kind}</source>
        <translation>nouveau {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/general_tab.py" line="-49"/>
        <source>Usually the IT organization that delivers the services.</source>
        <translation>En général, l’organisation informatique qui fournit les services.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internal unit: an operational level agreement is between internal teams.</source>
        <translation>Une unité interne : un accord de niveau opérationnel lie des équipes internes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier: an underpinning contract is with a third party.</source>
        <translation>Un fournisseur : un contrat de sous-traitance est conclu avec un tiers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The business units or customers who receive the services, each with a representative.</source>
        <translation>Les entités métier ou clients qui reçoivent les services, chacun avec un représentant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The internal units that rely on the provider.</source>
        <translation>Les unités internes qui dépendent du prestataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The internal units the supplier delivers to.</source>
        <translation>Les unités internes que le fournisseur sert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../ui/service_levels/details.py" line="+43"/>
        <location filename="../../services/exchange/kinds.py" line="-21"/>
        <location filename="../../services/listing.py" line="-21"/>
        <location line="+56"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Finance business services</source>
        <translation>p. ex. Services métier Finance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next free</source>
        <translation>Suivante libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the next free reference for this kind and year</source>
        <translation>Utiliser la prochaine référence libre pour ce type et cette année</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/service_levels/details.py" line="+0"/>
        <location filename="../../domain/rules.py" line="+115"/>
        <location filename="../../services/listing.py" line="-3"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique; revisions of the agreement keep it.</source>
        <translation>Unique ; les révisions de l’accord la conservent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the provider…</source>
        <translation>Choisir le prestataire…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document language</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As its first customer</source>
        <translation>Celle du premier client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headings, standard sentences, dates and amounts print in it.</source>
        <translation>Les titres, phrases types, dates et montants sont imprimés dans cette langue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/listing.py" line="+4"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Covered services</source>
        <translation>Services couverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog services the agreement is about.</source>
        <translation>Les services du catalogue sur lesquels porte l’accord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validity and review</source>
        <translation>Validité et revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/listing.py" line="+3"/>
        <source>Valid to</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty for an agreement without an end date.</source>
        <translation>Laisser vide pour un accord sans date de fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>No regular review</source>
        <translation>Pas de revue périodique</translation>
    </message>
    <message>
        <location line="-2"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review every</source>
        <translation>Revue tous les</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the interval</source>
        <translation>D’après l’intervalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first review date on the interval, counted from “valid from”</source>
        <translation>La première date de revue selon l’intervalle, comptée à partir de « valide du »</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../services/listing.py" line="+1"/>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>“{text}” is not a date; write it like {example}.</source>
        <translation>« {text} » n’est pas une date ; écrivez-la par exemple {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/history_tab.py" line="-6"/>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every revision of this agreement; click one to open it.</source>
        <translation>Toutes les révisions de cet accord ; cliquez sur l’une d’elles pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status changes, revisions and edits: when, and who (the computer user).</source>
        <translation>Changements de statut, révisions et modifications : quand, et par qui (l’utilisateur de l’ordinateur).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revision {revision} — {status}</source>
        <translation>Révision {revision} — {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (shown)</source>
        <translation>  (affichée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <location filename="../../ui/common/history_panel.py" line="+71"/>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/lifecycle_actions.py" line="+6"/>
        <source>{reason} This step can no longer be undone or redone.</source>
        <translation>{reason} Cette étape ne peut plus être annulée ni rétablie.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../ui/agreements/lifecycle_bar.py" line="-20"/>
        <source>{reference} revision {revision}</source>
        <translation>{reference} révision {revision}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not submitted for review</source>
        <translation>Non soumis à la revue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit {label} for review</source>
        <translation>Soumettre {label} à la revue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is in review.</source>
        <translation>{name} est en revue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not returned to draft</source>
        <translation>Non repassé en brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return {label} to draft</source>
        <translation>Repasser {label} en brouillon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is a draft again.</source>
        <translation>{name} est de nouveau un brouillon.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Activate {name}</source>
        <translation>Activer {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not activated</source>
        <translation>Non activé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is active.</source>
        <translation>{name} est actif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision {revision} is superseded.</source>
        <translation>La révision {revision} est remplacée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Terminate {name}?</source>
        <translation>Résilier {name} ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not terminated</source>
        <translation>Non résilié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is terminated.</source>
        <translation>{name} est résilié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not revised</source>
        <translation>Non révisé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision {revision} of {reference} started as a draft; revision {old} stays in force until it is activated.</source>
        <translation>Révision {revision} de {reference} commencée en brouillon ; la révision {old} reste en vigueur jusqu’à son activation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not duplicated</source>
        <translation>Non dupliqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate {label} as {new}</source>
        <translation>Dupliquer {label} en {new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reference} created as a copy of {source}.</source>
        <translation>{reference} créé comme copie de {source}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revise {label}</source>
        <translation>Réviser {label}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/lifecycle_bar.py" line="-105"/>
        <source>Submit for review</source>
        <translation>Soumettre à la revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the agreement is complete and hand it to the reviewers.</source>
        <translation>Vérifier que l’accord est complet et le transmettre aux relecteurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate…</source>
        <translation>Activer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the signatures: the agreement comes into force.</source>
        <translation>Enregistrer les signatures : l’accord entre en vigueur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to draft</source>
        <translation>Repasser en brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the agreement back to make changes.</source>
        <translation>Reprendre l’accord pour le modifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminate…</source>
        <translation>Résilier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the agreement before its end date.</source>
        <translation>Mettre fin à l’accord avant sa date d’échéance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revise</source>
        <translation>Réviser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new draft revision with everything copied.</source>
        <translation>Commencer une nouvelle révision en brouillon, tout étant recopié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate for another customer…</source>
        <translation>Dupliquer pour un autre client…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the agreement as a new draft, for example for another customer.</source>
        <translation>Copier l’accord en nouveau brouillon, par exemple pour un autre client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open revision {revision}</source>
        <translation>Ouvrir la révision {revision}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the newer revision of this agreement.</source>
        <translation>Ouvrir la révision plus récente de cet accord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: submit it for review when the content is complete.</source>
        <translation>Étape suivante : le soumettre à la revue une fois le contenu complet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: activate it once it is signed, or return it to draft for changes.</source>
        <translation>Étape suivante : l’activer une fois signé, ou le repasser en brouillon pour modification.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>In force — read-only</source>
        <translation>En vigueur — lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was signed on {signed} and is valid until {until}. An active agreement cannot be edited: revise it to prepare the changes as a new draft revision. This revision stays in force until the new one is activated.</source>
        <translation>{name} a été signé le {signed} et est valide jusqu’au {until}. Un accord actif ne peut pas être modifié : révisez-le pour préparer les changements dans une nouvelle révision en brouillon. Cette révision reste en vigueur jusqu’à l’activation de la nouvelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expired — read-only</source>
        <translation>Expiré — lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The validity of {name} ended on {until}; it is kept unchanged for the record. Revise it to renew the agreement.</source>
        <translation>La validité de {name} a pris fin le {until} ; il est conservé tel quel pour mémoire. Révisez-le pour renouveler l’accord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Superseded — read-only</source>
        <translation>Remplacé — lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a newer revision</source>
        <translation>une révision plus récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was replaced by {by} and is kept unchanged for the record.</source>
        <translation>{name} a été remplacé par {by} et est conservé tel quel pour mémoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated — read-only</source>
        <translation>Résilié — lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was ended before its end date and is kept unchanged for the record. To agree the services again, duplicate it as a new agreement.</source>
        <translation>{name} a pris fin avant son échéance et est conservé tel quel pour mémoire. Pour convenir à nouveau des services, dupliquez-le en un nouvel accord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision {revision} is being prepared ({status}).</source>
        <translation>La révision {revision} est en préparation ({status}).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet. Save the draft, then submit it for review.</source>
        <translation>Pas encore enregistré. Enregistrez le brouillon, puis soumettez-le à la revue.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="-4"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No agreement selected</source>
        <translation>Aucun accord sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an agreement in the list to see and edit it here, or create a new one.</source>
        <translation>Choisissez un accord dans la liste pour le consulter et le modifier ici, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreements</source>
        <translation>accords</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search reference, title or customer</source>
        <translation>Référence, titre ou client…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agreements yet</source>
        <translation>Aucun accord pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements record what IT promises to whom: SLAs with customers, OLAs with internal teams and underpinning contracts with suppliers. Write the first one from the standard target matrix.</source>
        <translation>Les accords consignent ce que l’informatique promet et à qui : SLA avec les clients, OLA avec les équipes internes et contrats de sous-traitance avec les fournisseurs. Rédigez le premier à partir de la matrice d’objectifs type.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/organizations/page.py" line="+30"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/catalog/page.py" line="+31"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/agreements/targets_model.py" line="+212"/>
        <location filename="../../ui/agreements/targets_tab.py" line="+33"/>
        <location filename="../../services/service_levels/report.py" line="+174"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Expired because their validity ended: {names}.</source>
        <translation>Expirés, leur période de validité étant terminée : {names}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/parties.py" line="-21"/>
        <source>No customer yet. An agreement needs at least one before review.</source>
        <translation>Aucun client pour l’instant. Un accord en exige au moins un avant la revue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add customer</source>
        <translation>Ajouter un client</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the customer…</source>
        <translation>Choisir le client…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person who represents this customer in the agreement</source>
        <translation>La personne qui représente ce client dans l’accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this customer</source>
        <translation>Retirer ce client</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Add a service: type a code or name…</source>
        <translation>Ajouter un service : saisissez un code ou un nom…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the first services</source>
        <translation>Afficher les premiers services</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(deleted service)</source>
        <translation>(service supprimé)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only live or retiring services can be in an active SLA.</source>
        <translation>Seuls les services en production ou en retrait peuvent figurer dans un SLA actif.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/responsibilities_tab.py" line="-4"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing listed yet.</source>
        <translation>Rien pour l’instant.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Responsibilities of the provider</source>
        <translation>Responsabilités du prestataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the provider commits to do, one sentence per item. Double-click an item to edit it; drag or use Up and Down to reorder.</source>
        <translation>Ce à quoi le prestataire s’engage, une phrase par élément. Double-cliquez sur un élément pour le modifier ; faites glisser ou utilisez Monter et Descendre pour réordonner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsibilities of the customer</source>
        <translation>Responsabilités du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer commits to do so that the targets can be met.</source>
        <translation>Ce à quoi le client s’engage pour que les objectifs puissent être atteints.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/targets_model.py" line="-170"/>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/agreements/terms_tab.py" line="-91"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/agreements/terms_tab.py" line="+69"/>
        <location filename="../../domain/rules.py" line="+27"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/agreements/underpinning_tab.py" line="+73"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning at</source>
        <translation>Alerte à</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../domain/rules.py" line="-157"/>
        <location line="+19"/>
        <location line="+102"/>
        <location filename="../../services/exchange/kinds.py" line="-21"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition (custom metrics)</source>
        <translation>Définition (indicateurs personnalisés)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Recovery time (RTO)</source>
        <translation>Délai de reprise (RTO)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery point (RPO)</source>
        <translation>Point de reprise (RPO)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../domain/enums.py" line="-58"/>
        <source>Custom metric</source>
        <translation>Indicateur personnalisé</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{number} % of target</source>
        <translation>{number} % de l’objectif</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>(not covered)</source>
        <translation>(non couvert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/agreements/targets_tab.py" line="+5"/>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Warning threshold: the share of the target time after which a risk of missing it is reported.</source>
        <translation>Seuil d’alerte : la part du délai cible au-delà de laquelle un risque de dépassement est signalé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning threshold: the level at which a risk of missing the target is reported.</source>
        <translation>Seuil d’alerte : le niveau à partir duquel un risque de ne pas atteindre l’objectif est signalé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the metric measures: the agreement&apos;s glossary prints it.</source>
        <translation>Ce que mesure l’indicateur : le glossaire de l’accord l’imprime.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/targets_tab.py" line="-42"/>
        <source>Add target</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the target up</source>
        <translation>Monter l’objectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the target down</source>
        <translation>Descendre l’objectif</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+89"/>
        <source>Standard matrix</source>
        <translation>Matrice type</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Response and resolution times for P1–P4 and availability per covered service</source>
        <translation>Délais de prise en charge et de résolution pour P1–P4 et disponibilité par service couvert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No targets yet. “Standard matrix” adds response and resolution times for P1–P4 and an availability target for each covered service.</source>
        <translation>Aucun objectif pour l’instant. « Matrice type » ajoute les délais de prise en charge et de résolution pour P1–P4 et un objectif de disponibilité pour chaque service couvert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service level targets</source>
        <translation>Objectifs de niveau de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is promised and how it is measured. Start from the standard matrix and adjust it; double-click a cell to change it. Response and resolution times can differ by priority.</source>
        <translation>Ce qui est promis et comment c’est mesuré. Partez de la matrice type et adaptez-la ; double-cliquez sur une cellule pour la modifier. Les délais de prise en charge et de résolution peuvent varier selon la priorité.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> % of target</source>
        <translation> % de l’objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>No warning</source>
        <translation>Pas d’alerte</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Replace the {count} targets in the table with the standard matrix?</source>
        <translation>Remplacer les {count} objectifs du tableau par la matrice type ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/agreements/texts_tab.py" line="+256"/>
        <location filename="../../ui/backups.py" line="+119"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/terms_tab.py" line="-58"/>
        <source>{provider_role}: {provider_is}. {customer_role}: {customer_is}. Prints {prints}.</source>
        <translation>{provider_role} : {provider_is}. {customer_role} : {customer_is}. Imprime {prints}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Who is who</source>
        <translation>Qui est qui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The services as this agreement describes them</source>
        <translation>Les services tels que cet accord les décrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed instead of the catalog: its description, support, price and reference for each covered service.</source>
        <translation>Imprimé à la place du catalogue : description, support, prix et référence de chaque service couvert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A service level agreement prints the catalog&apos;s own facts of its services.</source>
        <translation>Un accord de niveau de service imprime les données du catalogue pour ses services.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority levels</source>
        <translation>Niveaux de priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The levels and meanings the customer agrees; response and resolution targets and the glossary refer to them.</source>
        <translation>Les niveaux et leur signification convenus avec le client ; les objectifs de prise en charge et de résolution ainsi que le glossaire s’y réfèrent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../domain/rules.py" line="+39"/>
        <location line="+7"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add level</source>
        <translation>Ajouter un niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team default</source>
        <translation>Valeurs de l’équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the team&apos;s default levels; the agreement prints them</source>
        <translation>Afficher les niveaux par défaut de l’équipe ; l’accord les imprime</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as team default</source>
        <translation>Enregistrer comme valeurs de l’équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New agreements start from these levels and support hours</source>
        <translation>Les nouveaux accords partent de ces niveaux et horaires du support</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+85"/>
        <location filename="../../domain/rules.py" line="-105"/>
        <location filename="../../services/exchange/kinds.py" line="+92"/>
        <source>Support hours</source>
        <translation>Horaires du support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets in business hours or business days count only within these hours; every other time is clock time.</source>
        <translation>Les objectifs en heures ou jours ouvrés ne comptent que pendant ces horaires ; tout autre délai est en temps calendaire.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+20"/>
        <location filename="../../domain/rules.py" line="-69"/>
        <location line="+19"/>
        <location line="+15"/>
        <location line="+31"/>
        <location line="+101"/>
        <location filename="../../services/exchange/kinds.py" line="-84"/>
        <location line="+9"/>
        <location line="+20"/>
        <location line="+14"/>
        <location filename="../../services/listing.py" line="-98"/>
        <location line="+35"/>
        <location line="+20"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>What is delivered</source>
        <translation>Prestations fournies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach its support</source>
        <translation>Comment joindre le support</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/rules.py" line="-81"/>
        <source>Contract reference</source>
        <translation>Référence du contrat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../services/exchange/kinds.py" line="+44"/>
        <source>Charge model</source>
        <translation>Mode de facturation</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../services/exchange/kinds.py" line="+3"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/exchange/kinds.py" line="+2"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billed per</source>
        <translation>Facturé par</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>e.g. Service desk hours</source>
        <translation>p. ex. Horaires du centre de services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Monday to Friday 07:30–18:30 UK time, except bank holidays in England</source>
        <translation>p. ex. du lundi au vendredi 07:30–18:30 heure de Paris, sauf jours fériés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Measured as: {hours}.</source>
        <translation>Mesuré comme : {hours}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not measurable until defined: {problem}</source>
        <translation>Non mesurable tant que non défini : {problem}</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>This agreement&apos;s own levels.</source>
        <translation>Les niveaux propres à cet accord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s default levels: change any of them to give this agreement its own.</source>
        <translation>Les niveaux par défaut de l’équipe : modifiez-en un pour donner à cet accord ses propres niveaux.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/texts_tab.py" line="-211"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the agreement covers and what it does not: the services, locations and users.</source>
        <translation>Ce que l’accord couvre et ne couvre pas : services, sites et utilisateurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service hours and exceptions</source>
        <translation>Horaires de service et exceptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the services are available, and maintenance windows, holidays and other exceptions.</source>
        <translation>Quand les services sont disponibles, ainsi que les fenêtres de maintenance, jours fériés et autres exceptions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to get help: contact points, support hours, incident handling, requests.</source>
        <translation>Comment obtenir de l’aide : points de contact, horaires du support, traitement des incidents, demandes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limitations and constraints</source>
        <translation>Limites et contraintes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conditions under which the targets do not apply.</source>
        <translation>Conditions dans lesquelles les objectifs ne s’appliquent pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting and communication</source>
        <translation>Rapports et communication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is reported to whom, how often, and review meetings.</source>
        <translation>Ce qui est rapporté, à qui, à quelle fréquence, et les réunions de revue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whom to contact, in which order, when a target is missed.</source>
        <translation>Qui contacter, dans quel ordre, lorsqu’un objectif n’est pas atteint.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security and data protection</source>
        <translation>Sécurité de l’information et protection des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information security and data protection commitments of both sides.</source>
        <translation>Engagements des deux parties en matière de sécurité de l’information et de protection des données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the customer pays for the services, and how it is invoiced.</source>
        <translation>Ce que le client paie pour les services et comment c’est facturé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the covered services&apos; hours in the catalog</source>
        <translation>les horaires des services couverts dans le catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the covered services&apos; support channels and hours</source>
        <translation>les canaux et horaires du support des services couverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the covered services&apos; cost models</source>
        <translation>les modèles de coût des services couverts</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Fill from the services</source>
        <translation>Reprendre des services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this text from {source}</source>
        <translation>Rédiger ce texte à partir de {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled in automatically from {source} while you have not changed it.</source>
        <translation>Rempli automatiquement à partir de {source} tant que vous ne l’avez pas modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not applicable:</source>
        <translation>Sans objet :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an empty section can be marked; review and activation accept it as complete. Untick it to write the section.</source>
        <translation>Seule une section vide peut être marquée ; la revue et l’activation la considèrent comme complète. Décochez pour rédiger la section.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print “This section does not apply to this agreement.”</source>
        <translation>imprimer « Cette section ne s’applique pas à cet accord. »</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Escalation contacts</source>
        <translation>Contacts d’escalade</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the escalation path</source>
        <translation>Rédiger le circuit d’escalade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the escalation levels and contacts into the text</source>
        <translation>Écrire les niveaux et contacts d’escalade dans le texte</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{title} (to be written)</source>
        <translation>{title} (à rédiger)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be written: a draft prints a “to be completed” mark, and the agreement cannot go to review until the section is written or marked not applicable.</source>
        <translation>À rédiger : un brouillon imprime la mention « à compléter », et l’accord ne peut pas passer en revue tant que la section n’est pas rédigée ou marquée sans objet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} (not applicable)</source>
        <translation>{title} (sans objet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable: the section prints “This section does not apply to this agreement.”</source>
        <translation>Sans objet : la section imprime « Cette section ne s’applique pas à cet accord. »</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No services</source>
        <translation>Aucun service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the covered services on the General tab first.</source>
        <translation>Ajoutez d’abord les services couverts dans l’onglet Général.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the text?</source>
        <translation>Remplacer le texte ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the text of “{section}” with the one written from the catalog?</source>
        <translation>Remplacer le texte de « {section} » par celui rédigé à partir du catalogue ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No escalation contacts yet: on the Contacts tab, give people the roles “Escalation level 1” to “Escalation level 3”.</source>
        <translation>Aucun contact d’escalade pour l’instant : dans l’onglet Contacts, donnez à des personnes les rôles « Niveau d’escalade 1 » à « Niveau d’escalade 3 ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level {level}: {name} ({organization})</source>
        <translation>Niveau {level} : {name} ({organization})</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/underpinning_tab.py" line="-17"/>
        <source> — {status}, not counted</source>
        <translation> — {status}, non compté</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>None linked</source>
        <translation>Aucun lien</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No margin ({short})</source>
        <translation>Aucune marge ({short})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No margin</source>
        <translation>Aucune marge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No margin assured</source>
        <translation>Aucune marge assurée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../domain/underpinning.py" line="+202"/>
        <source>Not underpinned</source>
        <translation>Sans engagement sous-jacent</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+64"/>
        <source>Rests on</source>
        <translation>Repose sur</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Which OLA or contract target does “{target}” rest on?</source>
        <translation>Sur quel objectif d’OLA ou de contrat repose « {target} » ?</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+30"/>
        <location line="+96"/>
        <source>Underpinning chain</source>
        <translation>Chaîne des engagements sous-jacents</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Rests on…</source>
        <translation>Repose sur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the selected target to an OLA or contract target beneath it</source>
        <translation>Lier l’objectif sélectionné à un objectif d’OLA ou de contrat sous-jacent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected target no longer rests on that one</source>
        <translation>L’objectif sélectionné ne repose plus sur celui-ci</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For each target, the OLA and supplier contract targets it rests on and the margin they leave for your own work. The printed SLA shows this in an annex. Links take effect at once.</source>
        <translation>Pour chaque objectif, les objectifs d’OLA et de contrats fournisseurs sur lesquels il repose et la marge qu’ils laissent à votre propre travail. Le SLA imprimé le montre en annexe. Les liens prennent effet immédiatement.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The targets of an OLA or a supplier contract underpin SLAs: link them from the SLA.</source>
        <translation>Les objectifs d’un OLA ou d’un contrat fournisseur sous-tendent des SLA : liez-les depuis le SLA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the agreement first: its targets can then rest on OLA and contract targets.</source>
        <translation>Enregistrez d’abord l’accord : ses objectifs pourront alors reposer sur des objectifs d’OLA et de contrats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the targets can rest on others: only availability, response, resolution, RTO, RPO and maintenance notice targets can.</source>
        <translation>Aucun des objectifs ne peut reposer sur d’autres : seuls les objectifs de disponibilité, de prise en charge, de résolution, de RTO, de RPO et de préavis de maintenance le peuvent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ {count} of {total} targets rest on promises that leave no margin for your own work.</source>
        <translation>⚠ Objectifs reposant sur des engagements qui ne laissent aucune marge à votre propre travail : {count} sur {total}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No OLA or contract has a {metric} target to rest on.</source>
        <translation>Aucun OLA ni contrat n’a d’objectif « {metric} » sur lequel s’appuyer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link {target} to {beneath}</source>
        <translation>Lier {target} à {beneath}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlink {target} from {beneath}</source>
        <translation>Délier {target} de {beneath}</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="-9"/>
        <source>Back Up Database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} already exists in {folder}. Replace it with a new backup?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer par une nouvelle sauvegarde ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not Backed Up</source>
        <translation>Non sauvegardé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up the database to {path}.</source>
        <translation>Base de données sauvegardée dans {path}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is the open database itself; choose a backup of it.</source>
        <translation>{path} est la base ouverte elle-même ; choisissez l’une de ses sauvegardes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the open database {current} with the backup {backup}?

Everything saved since that backup was made is replaced. A copy of the database as it is now is kept beside it.</source>
        <translation>Remplacer la base ouverte {current} par la sauvegarde {backup} ?

Tout ce qui a été enregistré depuis cette sauvegarde est remplacé. Une copie de la base dans son état actuel est conservée à côté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup {backup} could not be restored: {error}.</source>
        <translation>La sauvegarde {backup} n’a pas pu être restaurée : {error}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not Restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the backup {backup}.</source>
        <translation>Sauvegarde {backup} restaurée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database as it was before is kept as {kept}.</source>
        <translation>La base de données dans son état antérieur est conservée sous {kept}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup Restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored the backup {backup} into {current}.</source>
        <translation>Sauvegarde {backup} restaurée dans {current}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../ui/files.py" line="+108"/>
        <location line="+10"/>
        <source>Cannot Open Database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The language chosen applies the next time ITSM Desktop starts.</source>
        <translation>La langue choisie s’appliquera au prochain démarrage d’ITSM Desktop.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot make the automatic backup of {path}: {error}.</source>
        <translation>Impossible d’effectuer la sauvegarde automatique de {path} : {error}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Made the day&apos;s automatic backup: {path}.</source>
        <translation>Sauvegarde automatique du jour effectuée : {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/editor.py" line="+63"/>
        <location line="+22"/>
        <location filename="../../ui/catalog/page.py" line="-9"/>
        <location filename="../../domain/models/catalog.py" line="+45"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/page.py" line="-4"/>
        <source>Service catalog</source>
        <translation>Catalogue de services</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No service selected</source>
        <translation>Aucun service sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a service in the list to see and edit it here, or create a new one.</source>
        <translation>Choisissez un service dans la liste pour le consulter et le modifier ici, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search services by code, name, provider, owner, supplier…</source>
        <translation>Code, nom, prestataire, propriétaire, fournisseur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No services yet</source>
        <translation>Aucun service pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what IT offers the business: create a new service, or load the sample portfolio to see a complete catalog.</source>
        <translation>Décrivez ce que l’informatique offre aux métiers : créez un nouveau service ou chargez le portefeuille d’exemple pour voir un catalogue complet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All families</source>
        <translation>Toutes les familles</translation>
    </message>
    <message>
        <location filename="../../ui/common/background.py" line="+73"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation>Impossible d’utiliser {path} : {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The work could not be done: {error}</source>
        <translation>Le travail n’a pas pu être effectué : {error}</translation>
    </message>
    <message>
        <location line="+77"/>
        <location filename="../../ui/printing/printer.py" line="+244"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflicts.py" line="+41"/>
        <source>This {noun}</source>
        <translation>Cette fiche ({noun})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was changed by someone else.</source>
        <translation>{name} a été modifié par quelqu’un d’autre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} was deleted by someone else since you opened it.</source>
        <translation>{name} a été supprimé par quelqu’un d’autre depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was changed by someone else while you were editing it; your changes are not saved yet.</source>
        <translation>{name} a été modifié par quelqu’un d’autre pendant que vous le modifiiez ; vos modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was changed by someone else since you opened it, so it was not deleted.</source>
        <translation>{name} a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert ; il n’a donc pas été supprimé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was changed by someone else since you opened it, so your changes were not saved.</source>
        <translation>{name} a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert ; vos modifications n’ont donc pas été enregistrées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last saved by {who} at {when}.</source>
        <translation>Dernier enregistrement par {who} le {when}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an unknown user</source>
        <translation>un utilisateur inconnu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>… and {count} more fields</source>
        <translation>… et {count} champs de plus</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="+20"/>
        <source>ITSM Desktop databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases de données ITSM Desktop (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What changed (yours → theirs):</source>
        <translation>Ce qui a changé (vos valeurs → les leurs) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload to see the saved version; your edits are discarded. Keep editing to copy what you need first: nothing is saved over the newer version.</source>
        <translation>Rechargez pour voir la version enregistrée ; vos modifications sont abandonnées. Continuez la modification pour copier d’abord ce dont vous avez besoin : rien n’est enregistré par-dessus la version plus récente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Do you want to save your changes?</source>
        <translation>Voulez-vous enregistrer vos modifications ?</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/terms_tab.py" line="-76"/>
        <location filename="../../ui/common/editor.py" line="+64"/>
        <source>Row {row}: {message}</source>
        <translation>Ligne {row} : {message}</translation>
    </message>
    <message>
        <location filename="../../ui/common/editor.py" line="+37"/>
        <location filename="../../ui/common/record_actions.py" line="+30"/>
        <location filename="../../domain/models/base.py" line="+67"/>
        <source>record</source>
        <translation>fiche</translation>
    </message>
    <message>
        <location filename="../../ui/common/history_panel.py" line="-282"/>
        <location filename="../../domain/enums.py" line="+66"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/enums.py" line="+2"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../domain/enums.py" line="+1"/>
        <location filename="../../services/exchange/kinds.py" line="-34"/>
        <location filename="../../services/listing.py" line="-52"/>
        <location line="+93"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/enums.py" line="+1"/>
        <source>Revised</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>#{id} (deleted)</source>
        <translation>#{id} (supprimé)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/common/table_model.py" line="+46"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/common/table_model.py" line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: {value}</source>
        <translation>{field} : {value}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../services/listing.py" line="-5"/>
        <source>Rev.</source>
        <translation>Rév.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Export History…</source>
        <translation>E&amp;xporter l’historique…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Nothing recorded yet.</source>
        <translation>Rien d’enregistré pour l’instant.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_page.py" line="+108"/>
        <source>records</source>
        <translation>fiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No records yet</source>
        <translation>Aucune fiche pour l’instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No record selected</source>
        <translation>Aucune fiche sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a record in the list to see and edit it here, or create a new one.</source>
        <translation>Choisissez une fiche dans la liste pour la consulter et la modifier ici, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="+28"/>
        <location line="+18"/>
        <location line="+114"/>
        <location filename="../../ui/contacts/page.py" line="+4"/>
        <location filename="../../domain/models/stakeholders.py" line="+44"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change sign-in names of {contact}</source>
        <translation>Modifier les identifiants de connexion de {contact}</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="+1"/>
        <source>No contact selected</source>
        <translation>Aucun contact sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a contact in the list to see and edit it here, or create a new one.</source>
        <translation>Choisissez un contact dans la liste pour le consulter et le modifier ici, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search people by name, job, e-mail, organization…</source>
        <translation>Rechercher par nom, fonction, e-mail, organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts are the people of your organizations: service owners, customer representatives, supplier account managers. Add an organization first.</source>
        <translation>Les contacts sont les personnes de vos organisations : propriétaires de services, représentants des clients, chargés de compte des fournisseurs. Ajoutez d’abord une organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/organizations/page.py" line="+1"/>
        <source>Active and inactive</source>
        <translation>Actifs et inactifs</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/organizations/page.py" line="+0"/>
        <source>Active only</source>
        <translation>Actifs uniquement</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/organizations/page.py" line="+0"/>
        <source>Inactive only</source>
        <translation>Inactifs uniquement</translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics.py" line="+112"/>
        <source>Unexpected Error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong that {app} did not expect ({summary}). Your saved work is safe; what you were typing may not be. The details are in the log file {path} — please attach it when you report this.</source>
        <translation>{app} a rencontré un problème inattendu ({summary}). Votre travail enregistré est en sécurité ; ce que vous étiez en train de saisir peut ne pas l’être. Les détails figurent dans le fichier journal {path} — joignez-le à votre signalement.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/preview_model.py" line="+28"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/service_levels/details.py" line="+103"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="-44"/>
        <location line="+7"/>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists. Choose another name, or open it with File ▸ Open Database.</source>
        <translation>{path} existe déjà. Choisissez un autre nom ou ouvrez-le avec Fichier ▸ Ouvrir une base de données.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path} no longer exists; it was removed from the recent list.</source>
        <translation>{path} n’existe plus ; il a été retiré de la liste des fichiers récents.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No recent databases</source>
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load Sample Portfolio</source>
        <translation>Charger le portefeuille d’exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample portfolio is not installed.</source>
        <translation>Le portefeuille d’exemple n’est pas installé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sample portfolio can only be loaded into an empty database, so that it never mixes with your records. Create one with File ▸ New Database, then load it there.</source>
        <translation>Le portefeuille d’exemple ne peut être chargé que dans une base vide, pour ne jamais se mêler à vos fiches. Créez-en une avec Fichier ▸ Nouvelle base de données, puis chargez-le dedans.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="+51"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min ago</source>
        <translation>il y a {n} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today {time}</source>
        <translation>aujourd’hui {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday {time}</source>
        <translation>hier {time}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message numerus="yes">
        <location line="+175"/>
        <source>%Ln service(s) in the catalog</source>
        <translation>
            <numerusform>%Ln service dans le catalogue</numerusform>
            <numerusform>%Ln services dans le catalogue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/integrity.py" line="+102"/>
        <source>Database Damaged</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location filename="../../ui/organizations/editor.py" line="+32"/>
        <location line="+7"/>
        <location filename="../../ui/organizations/page.py" line="-10"/>
        <location filename="../../domain/models/stakeholders.py" line="-24"/>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../ui/organizations/page.py" line="-4"/>
        <location filename="../../services/exchange/kinds.py" line="-50"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No organization selected</source>
        <translation>Aucune organisation sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an organization in the list to see and edit it here, or create a new one.</source>
        <translation>Choisissez une organisation dans la liste pour la consulter et la modifier ici, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organizations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search organizations by name, code, e-mail…</source>
        <translation>Rechercher par nom, code, e-mail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organizations yet</source>
        <translation>Aucune organisation pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the internal teams that deliver services, the customers who agree targets, and the suppliers you depend on.</source>
        <translation>Ajoutez les équipes internes qui fournissent les services, les clients qui conviennent des objectifs et les fournisseurs dont vous dépendez.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialogs.py" line="+26"/>
        <location filename="../../ui/printing/jobs.py" line="+291"/>
        <location filename="../../ui/printing/printer.py" line="-16"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+16"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clauses without a translation</source>
        <translation>Clauses sans traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These standard clauses have no text in {language} yet:

{names}

Translate them in the clause library (Go ▸ Clause Library…), or print them in English.</source>
        <translation>Ces clauses types n’ont pas encore de texte en {language} :

{names}

Traduisez-les dans la bibliothèque de clauses (Aller à ▸ Bibliothèque de clauses…) ou imprimez-les en anglais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Them in English</source>
        <translation>Les imprimer en anglais</translation>
    </message>
    <message>
        <location filename="../../ui/printing/export.py" line="+36"/>
        <location line="+15"/>
        <location filename="../../ui/printing/jobs.py" line="+15"/>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d’écrire {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/jobs.py" line="-136"/>
        <source>Preparing the service level report…</source>
        <translation>Préparation du rapport de niveau de service…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Preparing the agreement…</source>
        <translation>Préparation de l’accord…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the catalog report…</source>
        <translation>Préparation du rapport du catalogue…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+42"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer.py" line="-154"/>
        <source>Page {page} could not be rendered for printing.</source>
        <translation>La page {page} n’a pas pu être préparée pour l’impression.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The printer could not be started. Check that it is available and that the output file can be written.</source>
        <translation>L’imprimante n’a pas pu être démarrée. Vérifiez qu’elle est disponible et que le fichier de sortie peut être écrit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The printer stopped accepting pages.</source>
        <translation>L’imprimante n’accepte plus de pages.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot print to {file}: {reason}</source>
        <translation>Impossible d’imprimer dans {file} : {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The printer {printer} did not take the document: {reason}</source>
        <translation>L’imprimante {printer} n’a pas accepté le document : {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot print to {file}: the folder {folder} does not exist.</source>
        <translation>Impossible d’imprimer dans {file} : le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot print to {file}: the folder {folder} is not writable.</source>
        <translation>Impossible d’imprimer dans {file} : le dossier {folder} n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>None of the chosen pages is in the document; it has {count} pages.</source>
        <translation>Aucune des pages choisies ne figure dans le document ; il compte {count} pages.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printing page {page} of {count}…</source>
        <translation>Impression de la page {page} sur {count}…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/routes.py" line="+33"/>
        <source>Saved the document&apos;s own PDF pages (vector, as exported).</source>
        <translation>Pages PDF du document enregistrées (vectorielles, comme à l’export).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent the PDF to the system print service (vector pages).</source>
        <translation>PDF envoyé au service d’impression du système (pages vectorielles).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed the pages as images: no system print service takes PDF here.</source>
        <translation>Pages imprimées sous forme d’images : aucun service d’impression du système n’accepte le PDF ici.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The print service did not answer.</source>
        <translation>Le service d’impression n’a pas répondu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The print service refused the document.</source>
        <translation>Le service d’impression a refusé le document.</translation>
    </message>
    <message>
        <location filename="../../ui/service_levels/details.py" line="-107"/>
        <source>Records behind the value</source>
        <translation>Enregistrements derrière la valeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a value in the table above to see the records behind it.</source>
        <translation>Sélectionnez une valeur dans le tableau ci-dessus pour voir les enregistrements correspondants.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source> Not listed: %Ln more record(s).</source>
        <translation>
            <numerusform> Non listé : %Ln autre enregistrement.</numerusform>
            <numerusform> Non listés : %Ln autres enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What caused it: the incident, the change, the supplier…</source>
        <translation>La cause : l’incident, le changement, le fournisseur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done or will be done so that it does not happen again</source>
        <translation>Ce qui a été fait ou le sera pour que cela ne se reproduise pas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cause:</source>
        <translation>&amp;Cause :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a breached or at-risk value to note its cause and the action taken.</source>
        <translation>Sélectionnez une valeur non atteinte ou menacée pour noter sa cause et l’action menée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: the target was not breached nor at risk; there is no breach to explain.</source>
        <translation>{title} : l’objectif n’a été ni manqué ni menacé ; il n’y a pas de manquement à expliquer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: why it happened and what is done about it. The note is printed in the service level report.</source>
        <translation>{title} : pourquoi cela s’est produit et ce qui est fait. La note est imprimée dans le rapport de niveau de service.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../ui/service_levels/heatmap.py" line="+40"/>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at risk</source>
        <translation>menacé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{target}, {month}: no value stored</source>
        <translation>{target}, {month} : aucune valeur enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target}, {period}: {value} — {status} (promised {promised})</source>
        <translation>{target}, {period} : {value} — {status} (promis {promised})</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>% within target</source>
        <translation>% dans l’objectif</translation>
    </message>
    <message>
        <location filename="../../ui/service_levels/page.py" line="+64"/>
        <source>Spreadsheets (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message numerus="yes">
        <location line="+302"/>
        <source>%Ln value(s) computed or changed.</source>
        <translation>
            <numerusform>%Ln valeur calculée ou modifiée.</numerusform>
            <numerusform>%Ln valeurs calculées ou modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Note on {target} {period}</source>
        <translation>Note sur {target} {period}</translation>
    </message>
    <message>
        <location filename="../../ui/service_levels/trend.py" line="+50"/>
        <source>Select a target to see its trend</source>
        <translation>Sélectionnez un objectif pour voir son évolution</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Achieved ({axis})</source>
        <translation>Atteint ({axis})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target ({promised})</source>
        <translation>Objectif ({promised})</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../domain/rules.py" line="+36"/>
        <source>Warning threshold</source>
        <translation>Seuil d’alerte</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="-90"/>
        <source>Internal unit</source>
        <translation>Unité interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business-facing</source>
        <translation>Orienté métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In design</source>
        <translation>En conception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No charge</source>
        <translation>Sans facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per user</source>
        <translation>Par utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per device</source>
        <translation>Par appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp; print</source>
        <translation>Fichiers et impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User group</source>
        <translation>Groupe d’utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level agreement</source>
        <translation>Accord de niveau de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational level agreement</source>
        <translation>Accord de niveau opérationnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underpinning contract</source>
        <translation>Contrat de sous-traitance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time</source>
        <translation>Délai de prise en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery time objective (RTO)</source>
        <translation>Délai de reprise (RTO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery point objective (RPO)</source>
        <translation>Point de reprise (RPO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance notice</source>
        <translation>Préavis de maintenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer satisfaction</source>
        <translation>Satisfaction client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution</source>
        <translation>Résolution au premier contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../domain/underpinning.py" line="-164"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/underpinning.py" line="+3"/>
        <source>business hours</source>
        <translation>heures ouvrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/underpinning.py" line="+2"/>
        <source>business days</source>
        <translation>jours ouvrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/underpinning.py" line="-4"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/underpinning.py" line="+1"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/underpinning.py" line="+2"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/underpinning.py" line="+2"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination and notice period</source>
        <translation>Résiliation et préavis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of precedence</source>
        <translation>Ordre de préséance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling of service level violations</source>
        <translation>Traitement des manquements aux niveaux de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider representative</source>
        <translation>Représentant du prestataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer representative</source>
        <translation>Représentant du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support contact</source>
        <translation>Contact support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation level 1</source>
        <translation>Niveau d’escalade 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation level 2</source>
        <translation>Niveau d’escalade 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation level 3</source>
        <translation>Niveau d’escalade 3</translation>
    </message>
    <message>
        <location filename="../../domain/definitions.py" line="-16"/>
        <source>us: the IT organization that delivers the services</source>
        <translation>nous : l’organisation informatique qui fournit les services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a business unit or customer that receives them</source>
        <translation>une entité métier ou un client qui les reçoit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the catalog&apos;s descriptions, service hours, support channels, components, suppliers and prices of the covered services</source>
        <translation>les descriptions, horaires de service, canaux de support, composants, fournisseurs et prix des services couverts, tirés du catalogue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an internal unit that supports our services</source>
        <translation>une unité interne qui soutient nos services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another internal unit that relies on it</source>
        <translation>une autre unité interne qui dépend d’elle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service descriptions, support channels, prices and references entered on this agreement, and the catalog&apos;s service hours; never the catalog&apos;s owners, status, prices, suppliers or contracts</source>
        <translation>les descriptions de service, canaux de support, prix et références saisis dans cet accord, et les horaires de service du catalogue ; jamais les propriétaires, statuts, prix, fournisseurs ou contrats du catalogue</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../domain/enums.py" line="+2"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an external party that delivers to us</source>
        <translation>un tiers externe qui nous fournit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>us: the internal units the supplier delivers to</source>
        <translation>nous : les unités internes que le fournisseur livre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the supplier&apos;s service descriptions, support channels, contract prices and references entered on this agreement; never our catalog&apos;s owners, status, prices, hours, components, other suppliers or contracts</source>
        <translation>les descriptions de service, canaux de support, prix contractuels et références du fournisseur saisis dans cet accord ; jamais les propriétaires, statuts, prix, horaires, composants, autres fournisseurs ou contrats de notre catalogue</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="+1"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporting</source>
        <translation>Service de support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>En production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retiring</source>
        <translation>En retrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>Forfaitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/exchange/kinds.py" line="-18"/>
        <location filename="../../services/listing.py" line="-49"/>
        <location line="+19"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/lifecycle.py" line="+128"/>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P1</source>
        <translation>P1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P2</source>
        <translation>P2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P3</source>
        <translation>P3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P4</source>
        <translation>P4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment</source>
        <translation>Avenants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liability</source>
        <translation>Responsabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service credits</source>
        <translation>Pénalités de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages</source>
        <translation>Interruptions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery tests</source>
        <translation>Tests de reprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="-128"/>
        <source>“{value}” is not an e-mail address.</source>
        <translation>« {value} » n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+61"/>
        <location filename="../../services/exchange/kinds.py" line="+22"/>
        <location line="+28"/>
        <location filename="../../services/listing.py" line="-62"/>
        <location line="+37"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-57"/>
        <location filename="../../services/exchange/kinds.py" line="-17"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/exchange/kinds.py" line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whether the internal unit is a team, function, group or division.</source>
        <translation>Indiquez si l’unité interne est une équipe, une fonction, un groupe ou une division.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only internal units have a unit type.</source>
        <translation>Seules les unités internes ont un type d’unité.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the organization the contact belongs to.</source>
        <translation>Choisissez l’organisation à laquelle appartient le contact.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+32"/>
        <location filename="../../services/exchange/kinds.py" line="-21"/>
        <location line="+48"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-31"/>
        <location filename="../../services/exchange/kinds.py" line="-47"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Price must be a number.</source>
        <translation>Le prix doit être un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price cannot be negative.</source>
        <translation>Le prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price is too large.</source>
        <translation>Le prix est trop élevé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price can have at most two decimals.</source>
        <translation>Le prix peut avoir au plus deux décimales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the price for this charge model.</source>
        <translation>Saisissez le prix de ce mode de facturation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a three-letter currency code such as EUR or USD.</source>
        <translation>Utilisez un code de devise à trois lettres, comme EUR ou USD.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use capital letters, digits, “-”, “_” or “.” for the code, e.g. EMAIL.</source>
        <translation>Utilisez des majuscules, des chiffres, « - », « _ » ou « . » pour le code, par exemple EMAIL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../services/exchange/kinds.py" line="+45"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/exchange/kinds.py" line="+4"/>
        <source>Outcomes</source>
        <translation>Résultats métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../services/exchange/kinds.py" line="+28"/>
        <source>Support channels</source>
        <translation>Canaux de support</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/exchange/kinds.py" line="+4"/>
        <source>Request process</source>
        <translation>Processus de demande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Component name</source>
        <translation>Nom du composant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component notes</source>
        <translation>Notes sur le composant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the supplier.</source>
        <translation>Choisissez le fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it supplies</source>
        <translation>Ce qu’il fournit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the consuming organization.</source>
        <translation>Choisissez l’organisation bénéficiaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of users cannot be negative.</source>
        <translation>Le nombre d’utilisateurs ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of users</source>
        <translation>Nombre d’utilisateurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{label}: the target must be a number.</source>
        <translation>{label} : la valeur cible doit être un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: the target is too large.</source>
        <translation>{label} : la valeur cible est trop grande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} is measured in %.</source>
        <translation>{label} : se mesure en %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>{label} must be between 0 and 100 %.</source>
        <translation>{label} : la valeur doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{label} is a duration: use minutes, hours or days.</source>
        <translation>{label} : il s’agit d’une durée ; utilisez des minutes, des heures ou des jours.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>{label} must be a positive duration.</source>
        <translation>{label} : la durée doit être positive.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priorities apply to response and resolution times only.</source>
        <translation>Les priorités ne s’appliquent qu’aux délais de prise en charge et de résolution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric name</source>
        <translation>Nom de l’indicateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target&apos;s service is not covered by the agreement.</source>
        <translation>Le service de l’objectif n’est pas couvert par l’accord.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“Valid to” must be after “valid from”.</source>
        <translation>La date « Valide jusqu’au » doit être postérieure à la date « Valide du ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review interval (in months)</source>
        <translation>Intervalle de revue (en mois)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text</source>
        <translation>Ce texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsibility</source>
        <translation>Responsabilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service is listed twice.</source>
        <translation>Un service figure deux fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the organization of every customer row.</source>
        <translation>Choisissez l’organisation de chaque ligne client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer is listed twice.</source>
        <translation>Un client figure deux fois.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The name of the support hours</source>
        <translation>Nom des horaires du support</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>The support hours</source>
        <translation>Horaires du support</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Say when the support hours are, e.g. Monday to Friday 08:00–18:00.</source>
        <translation>Indiquez les horaires du support, par exemple du lundi au vendredi de 08:00 à 18:00.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The facts of each service are given once, for services the agreement covers.</source>
        <translation>Les informations de chaque service sont données une seule fois, pour les services couverts par l’accord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to reach support</source>
        <translation>Moyen de joindre le support</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract reference</source>
        <translation>Référence du contrat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A signature is not in a form the application understands.</source>
        <translation>Une signature n’est pas dans une forme que l’application comprend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signatory&apos;s name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signatory&apos;s title</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place of signing</source>
        <translation>Lieu de signature</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sections marked not applicable must be known sections, each listed once.</source>
        <translation>Les sections marquées sans objet doivent être des sections connues, chacune citée une seule fois.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give the agreement a reference before submitting it for review.</source>
        <translation>Donnez une référence à l’accord avant de le soumettre en revue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write these sections or mark them not applicable: {names}.</source>
        <translation>Rédigez ces sections ou marquez-les sans objet : {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this section or mark it not applicable: {names}.</source>
        <translation>Rédigez cette section ou marquez-la sans objet : {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one service before submitting for review.</source>
        <translation>Ajoutez au moins un service avant de soumettre en revue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one customer before submitting for review.</source>
        <translation>Ajoutez au moins un client avant de soumettre en revue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the date from which the agreement is valid.</source>
        <translation>Indiquez la date à partir de laquelle l’accord est valide.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Describe what the provider delivers for each covered service (Parties &amp; terms) before submitting for review.</source>
        <translation>Décrivez ce que le prestataire fournit pour chaque service couvert (Parties &amp; conditions) avant de soumettre en revue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what “{metric}” measures.</source>
        <translation>Indiquez ce que mesure « {metric} ».</translation>
    </message>
    <message>
        <location filename="../../services/exchange/kinds.py" line="-39"/>
        <location filename="../../services/listing.py" line="-35"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../services/listing.py" line="+3"/>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service hours</source>
        <translation>Horaires de service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours exceptions</source>
        <translation>Exceptions aux horaires</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Billing period</source>
        <translation>Période de facturation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown kind “{name}”; choose one of {items}.</source>
        <translation>Type « {name} » inconnu ; choisissez parmi : {items}.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location filename="../../services/listing.py" line="+3"/>
        <source>Owner</source>
        <translation>Propriétaire du service</translation>
    </message>
    <message>
        <location filename="../../services/listing.py" line="+2"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../services/exchange/kinds.py" line="-66"/>
        <source>Service families</source>
        <translation>Familles de services</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../services/listing.py" line="+29"/>
        <source>Unit type</source>
        <translation>Type d’unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../services/listing.py" line="+1"/>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../services/listing.py" line="+56"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/move_to_server.py" line="+37"/>
        <location line="+29"/>
        <source>Move to Team Server</source>
        <translation>Transférer vers le serveur d’équipe</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The open database is already on a team server.</source>
        <translation>La base de données ouverte est déjà sur un serveur d’équipe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copying {file} to the team server and comparing every record…</source>
        <translation>Copie de {file} vers le serveur d’équipe et comparaison de chaque fiche…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied {count} records from {file} to {server}; every record was compared and is the same. The team server is open now; the local file was left as it was.</source>
        <translation>{count} fiches copiées de {file} vers {server} ; chaque fiche a été comparée et est identique. Le serveur d’équipe est maintenant ouvert ; le fichier local est resté tel quel.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="+63"/>
        <source>The license notices could not be read.</source>
        <translation>Les mentions de licence n’ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/families.py" line="+35"/>
        <location filename="../../domain/models/catalog.py" line="-13"/>
        <source>service family</source>
        <translation>famille de services</translation>
    </message>
    <message>
        <location filename="../../ui/common/commands.py" line="+35"/>
        <source>{kind} ‘{name}’</source>
        <translation>{kind} « {name} »</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Create {record}</source>
        <translation>Créer : {record}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit {record}</source>
        <translation>Modifier : {record}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename {record}</source>
        <translation>Renommer : {record}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status of {record}</source>
        <translation>Changer le statut : {record}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate {record}</source>
        <translation>Réactiver : {record}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate {record}</source>
        <translation>Désactiver : {record}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {record}</source>
        <translation>Supprimer : {record}</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/table_tools.py" line="+23"/>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wizard.py" line="+51"/>
        <source>Spreadsheets (*.csv *.txt *.xlsx *.xlsm *.ods);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.txt *.xlsx *.xlsm *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+193"/>
        <source>Nothing can be imported until these are corrected in the file: %Ln problem(s), marked in red (point at a cell for the reason).</source>
        <translation>
            <numerusform>Rien ne peut être importé tant que ceci n’est pas corrigé dans le fichier : %Ln problème, marqué en rouge (pointez une cellule pour en voir la raison).</numerusform>
            <numerusform>Rien ne peut être importé tant que ceci n’est pas corrigé dans le fichier : %Ln problèmes, marqués en rouge (pointez une cellule pour en voir la raison).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Import %Ln service(s)</source>
        <translation>
            <numerusform>Importer %Ln service</numerusform>
            <numerusform>Importer %Ln services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %Ln organization(s)</source>
        <translation>
            <numerusform>Importer %Ln organisation</numerusform>
            <numerusform>Importer %Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %Ln contact(s)</source>
        <translation>
            <numerusform>Importer %Ln contact</numerusform>
            <numerusform>Importer %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Import service families: %Ln</source>
        <translation>
            <numerusform>Importer des familles de services : %Ln</numerusform>
            <numerusform>Importer des familles de services : %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="+48"/>
        <source>The user guide could not be read.</source>
        <translation>Le guide de l’utilisateur n’a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../../ui/organizations/letterhead.py" line="+39"/>
        <source>Logos (*.svg *.png);;All files (*)</source>
        <translation>Logos (*.svg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Edit letterhead of organization ‘{name}’</source>
        <translation>Modifier l’en-tête de l’organisation « {name} »</translation>
    </message>
    <message>
        <location filename="../../ui/organizations/logos.py" line="+48"/>
        <source>The file could not be read: {reason}.</source>
        <translation>Le fichier n’a pas pu être lu : {reason}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../domain/letterhead.py" line="+108"/>
        <source>The logo is not a readable PNG image.</source>
        <translation>Le logo n’est pas une image PNG lisible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SVG logo could not be drawn; check that it opens in a browser.</source>
        <translation>Le logo SVG n’a pas pu être dessiné ; vérifiez qu’il s’ouvre dans un navigateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SVG logo has no size; give it a viewBox or a width and height.</source>
        <translation>Le logo SVG n’a pas de taille ; donnez-lui une viewBox ou une largeur et une hauteur.</translation>
    </message>
    <message>
        <location filename="../../ui/common/local_formats.py" line="+170"/>
        <source>“{text}” is written in another number format; here write it like {example}.</source>
        <translation>« {text} » est écrit dans un autre format de nombre ; écrivez-le ici comme {example}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is not a number; write it like {example}.</source>
        <translation>« {text} » n’est pas un nombre ; écrivez-le comme {example}.</translation>
    </message>
    <message>
        <location filename="../../domain/checks.py" line="+43"/>
        <location line="+176"/>
        <source>{label} must be text.</source>
        <translation>{label} : saisissez du texte.</translation>
    </message>
    <message>
        <location line="-173"/>
        <location filename="../../services/exchange/importer.py" line="+295"/>
        <source>{label} is required.</source>
        <translation>{label} : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} is too long (at most {limit:,} characters).</source>
        <translation>{label} : texte trop long (au plus {limit:,} caractères).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} contains control characters; remove them.</source>
        <translation>{label} : contient des caractères de contrôle ; supprimez-les.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} contains characters that cannot be stored; remove them.</source>
        <translation>{label} : contient des caractères qui ne peuvent pas être enregistrés ; supprimez-les.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must fit on one line.</source>
        <translation>{label} : doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+135"/>
        <source>{label} must be a number.</source>
        <translation>{label} : saisissez un nombre.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>{label} must be greater than zero.</source>
        <translation>{label} : la valeur doit être supérieure à zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be between {low:g} and {high:g}.</source>
        <translation>{label} : la valeur doit être comprise entre {low:g} et {high:g}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{label} must be a whole number.</source>
        <translation>{label} : saisissez un nombre entier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be between {low:,} and {high:,}.</source>
        <translation>{label} : la valeur doit être comprise entre {low:,} et {high:,}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is not the id of a record: ids are whole numbers from 1 to {high:,}.</source>
        <translation>{value} n’est pas l’identifiant d’une fiche : les identifiants sont des nombres entiers de 1 à {high:,}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{label} must be given.</source>
        <translation>{label} : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} must be a list.</source>
        <translation>{label} : indiquez une liste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label}: row {row} is not a row of this list.</source>
        <translation>{label} : la ligne {row} n’appartient pas à cette liste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{label} must be a structure of named values.</source>
        <translation>{label} : indiquez des valeurs nommées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a record.</source>
        <translation>Choisissez une fiche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label} : seules les valeurs {choices} sont admises.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be yes or no.</source>
        <translation>{label} : indiquez oui ou non.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label} must be an exact amount.</source>
        <translation>{label} : saisissez un montant exact.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be a date.</source>
        <translation>{label} : saisissez une date.</translation>
    </message>
    <message>
        <location filename="../../domain/clauses.py" line="+88"/>
        <source>The title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what the clause is about.</source>
        <translation>Choisissez l’objet de la clause.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A clause is translated into German and French only.</source>
        <translation>Une clause se traduit uniquement en allemand et en français.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the translated text, or clear its title.</source>
        <translation>Rédigez le texte traduit, ou effacez son titre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The translated title must be one line of at most 200 characters.</source>
        <translation>Le titre traduit doit tenir sur une ligne de 200 caractères au plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a service-credit clause has a table of credits.</source>
        <translation>Seule une clause de pénalités de service a un barème de pénalités.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A service-credit clause needs at least one step in its table.</source>
        <translation>Une clause de pénalités de service doit comporter au moins un palier dans son barème.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service-credit table has at most {limit} steps.</source>
        <translation>Un barème de pénalités de service comporte au plus {limit} paliers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say the most a month&apos;s credits may add up to (the cap).</source>
        <translation>Indiquez le montant maximal des pénalités d’un mois (plafond).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cap must be a share of the charge above 0 and at most 100 %.</source>
        <translation>Le plafond doit être une part de la redevance supérieure à 0 et d’au plus 100 %.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cap must be at least as large as every credit in the table.</source>
        <translation>Le plafond doit être au moins égal à chaque pénalité du barème.</translation>
    </message>
    <message>
        <location filename="../../domain/definitions.py" line="+67"/>
        <source>Name the priority level, e.g. P1.</source>
        <translation>Nommez le niveau de priorité, par exemple P1.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="+32"/>
        <source>The {record} was deleted by someone else; nothing was saved.</source>
        <translation>Cette fiche ({record}) a été supprimée par quelqu’un d’autre ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {record} was changed by someone else since you opened it (version {expected} → {actual}); nothing was saved.</source>
        <translation>Cette fiche ({record}) a été modifiée par quelqu’un d’autre depuis son ouverture (version {expected} → {actual}) ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../domain/letterhead.py" line="-62"/>
        <source>{kind} logo, {size} kB</source>
        <translation>Logo {kind}, {size} ko</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The logo file is empty.</source>
        <translation>Le fichier du logo est vide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+29"/>
        <source>The logo must be an SVG or PNG image; this file is neither.</source>
        <translation>Le logo doit être une image SVG ou PNG ; ce fichier n’est ni l’un ni l’autre.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The SVG logo declares a document type or entities; save it as plain SVG.</source>
        <translation>Le logo SVG déclare un type de document ou des entités ; enregistrez-le en SVG simple.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SVG logo is not well-formed XML.</source>
        <translation>Le logo SVG n’est pas un XML bien formé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>The SVG logo contains a script; use a logo without one.</source>
        <translation>Le logo SVG contient un script ; utilisez un logo sans script.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The SVG logo embeds foreign content; use a logo without it.</source>
        <translation>Le logo SVG intègre du contenu étranger ; utilisez un logo sans ce contenu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The SVG logo imports a style sheet from elsewhere; embed everything it needs.</source>
        <translation>Le logo SVG importe une feuille de style externe ; intégrez tout ce dont il a besoin.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration details</source>
        <translation>Informations d’immatriculation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The main colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accent colour</source>
        <translation>Couleur d’accentuation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be written like #1F4E79 (or left empty).</source>
        <translation>{label} : écrivez-la sous la forme #1F4E79 (ou laissez vide).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paper size must be A4 or Letter.</source>
        <translation>Le format de papier doit être A4 ou Letter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The logo&apos;s file type does not match its content.</source>
        <translation>Le type de fichier du logo ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo could not be prepared for printing.</source>
        <translation>Le logo n’a pas pu être préparé pour l’impression.</translation>
    </message>
    <message>
        <location filename="../../domain/models/service_levels.py" line="+62"/>
        <source>achieved value</source>
        <translation>valeur atteinte</translation>
    </message>
    <message>
        <location filename="../../domain/models/team.py" line="+22"/>
        <source>letterhead</source>
        <translation>en-tête</translation>
    </message>
    <message>
        <location filename="../../domain/values.py" line="+87"/>
        <source>{day}: times must be written HH:MM, e.g. 08:00.</source>
        <translation>{day} : écrivez les heures au format HH:MM, par exemple 08:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}: the end time must be after the start time.</source>
        <translation>{day} : l’heure de fin doit être postérieure à l’heure de début.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{day}: give a start and an end time, e.g. 08:00 and 18:00.</source>
        <translation>{day} : indiquez une heure de début et de fin, par ex. 08:00 et 18:00.</translation>
    </message>
    <message>
        <location filename="../../services/lifecycle.py" line="-71"/>
        <source>Submitted for review</source>
        <translation>Soumis en revue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Returned to draft</source>
        <translation>Renvoyé en brouillon</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Activated, signed on {date}</source>
        <translation>Activé, signé le {date}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Superseded by revision {revision}</source>
        <translation>Remplacé par la révision {revision}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terminated: {reason}</source>
        <translation>Résilié : {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expired: valid until {date}</source>
        <translation>Expiré : valide jusqu’au {date}</translation>
    </message>
    <message>
        <location filename="../../services/agreements.py" line="+317"/>
        <source>agreement {reference} revision {revision}</source>
        <translation>accord {reference} révision {revision}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{reference} revision {revision} has the status “{status}”: it is part of the record and cannot be deleted. Terminate it instead.</source>
        <translation>{reference} révision {revision} a le statut « {status} » : elle fait partie des archives et ne peut pas être supprimée. Résiliez-la plutôt.</translation>
    </message>
    <message>
        <location filename="../../services/reads/agreements.py" line="+82"/>
        <source>There is no agreement with the reference {reference}.</source>
        <translation>Il n’existe aucun accord portant la référence {reference}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no agreement with the reference {reference} revision {revision}.</source>
        <translation>Il n’existe aucun accord portant la référence {reference}, révision {revision}.</translation>
    </message>
    <message>
        <location filename="../../services/agreements.py" line="+88"/>
        <source>Revision {revision} started from revision {source}</source>
        <translation>Révision {revision} commencée à partir de la révision {source}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Created as a copy of {reference} revision {revision}</source>
        <translation>Créé comme copie de {reference} révision {revision}</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="+84"/>
        <source>service family “{name}”</source>
        <translation>famille de services « {name} »</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>service “{name}”</source>
        <translation>service « {name} »</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“{name}” is covered by active agreements: {references}. Retire it instead of deleting it.</source>
        <translation>« {name} » est couvert par des accords actifs : {references}. Retirez-le au lieu de le supprimer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” cannot be deleted: other services depend on it ({codes}). Retire it instead, or remove those dependencies first.</source>
        <translation>« {name} » ne peut pas être supprimé : d’autres services en dépendent ({codes}). Retirez-le plutôt, ou supprimez d’abord ces dépendances.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” cannot be deleted: agreements cover it ({count}). Retire it instead.</source>
        <translation>« {name} » ne peut pas être supprimé : des accords le couvrent ({count}). Retirez-le plutôt.</translation>
    </message>
    <message>
        <location filename="../../services/clauses.py" line="+102"/>
        <source>Removed clause “{title}”</source>
        <translation>Clause « {title} » supprimée</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Added clause “{title}”</source>
        <translation>Clause « {title} » ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed clause “{title}”</source>
        <translation>Clause « {title} » modifiée</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Changed the clauses of {reference}</source>
        <translation>Clauses de {reference} modifiées</translation>
    </message>
    <message>
        <location filename="../../services/demo_measurements.py" line="+82"/>
        <source>Sample records added ({stream}): {count:,}</source>
        <translation>Enregistrements d’exemple ajoutés ({stream}) : {count:,}</translation>
    </message>
    <message>
        <location filename="../../services/letterheads.py" line="+83"/>
        <source>Changed the letterhead of organization “{name}”</source>
        <translation>En-tête de l’organisation « {name} » modifié</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Removed the letterhead of organization “{name}”</source>
        <translation>En-tête de l’organisation « {name} » supprimé</translation>
    </message>
    <message>
        <location filename="../../services/records.py" line="+113"/>
        <source>Created {record}</source>
        <translation>Création : {record}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed {record}: {fields}</source>
        <translation>Modification : {record} ({fields})</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot delete {record}: {reason}</source>
        <translation>Impossible de supprimer {record} : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted {record}</source>
        <translation>Suppression : {record}</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/imports.py" line="+78"/>
        <source>{file} was imported before; nothing changed.</source>
        <translation>{file} a déjà été importé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {file}: {created} created, {unchanged} already stored and left unchanged.</source>
        <translation>{file} importé : {created} créée(s), {unchanged} déjà enregistrée(s) et laissée(s) inchangée(s).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incidents record</source>
        <translation>fiche d’incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incidents records</source>
        <translation>fiches d’incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outages record</source>
        <translation>fiche d’interruption</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outages records</source>
        <translation>fiches d’interruption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction record</source>
        <translation>fiche de satisfaction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>satisfaction records</source>
        <translation>fiches de satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery tests record</source>
        <translation>fiche de test de reprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recovery tests records</source>
        <translation>fiches de test de reprise</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row {row} ({reference}): {problem}</source>
        <translation>Ligne {row} ({reference}) : {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… and {more}</source>
        <translation>… et {more}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more row problem</source>
        <translation>autre problème de ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>more row problems</source>
        <translation>autres problèmes de ligne</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>no column is mapped to {columns}</source>
        <translation>aucune colonne n’est associée à {columns}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was cancelled; nothing was kept.</source>
        <translation>L’importation a été annulée ; rien n’a été conservé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} holds no records</source>
        <translation>{file} ne contient aucun enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{stream} imported from {file}: {count:,}</source>
        <translation>{stream} importés depuis {file} : {count:,}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import undone; records removed: {count:,}</source>
        <translation>Import annulé ; enregistrements supprimés : {count:,}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>it has no reference.</source>
        <translation>elle n’a pas de référence.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reference was used before, in row {row}.</source>
        <translation>la référence a déjà été utilisée, à la ligne {row}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>there is no service “{name}” in the catalog.</source>
        <translation>le catalogue ne contient aucun service « {name} ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it names no service.</source>
        <translation>elle ne nomme aucun service.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{value}” is not a priority; write P1, P2, P3 or P4.</source>
        <translation>« {value} » n’est pas une priorité ; écrivez P1, P2, P3 ou P4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no priority.</source>
        <translation>elle n’a pas de priorité.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it has no opening date.</source>
        <translation>elle n’a pas de date d’ouverture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was resolved before it was opened.</source>
        <translation>elle a été résolue avant d’être ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was responded to before it was opened.</source>
        <translation>elle a été prise en charge avant d’être ouverte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it needs a start and an end.</source>
        <translation>elle doit avoir un début et une fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it ends before it starts.</source>
        <translation>elle se termine avant de commencer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has no date of the answer.</source>
        <translation>elle n’a pas de date de réponse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no score.</source>
        <translation>elle n’a pas de note.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has no date of the test.</source>
        <translation>elle n’a pas de date de test.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it needs both a recovery time and a data loss (0 when none).</source>
        <translation>elle doit avoir une durée de reprise et une perte de données (0 s’il n’y en a pas).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {row} ({reference}): it overlaps {other} of the same service; the time they share is counted once.</source>
        <translation>Ligne {row} ({reference}) : elle chevauche {other} du même service ; le temps commun n’est compté qu’une fois.</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/notes.py" line="+32"/>
        <source>Keep it under {limit} characters.</source>
        <translation>Restez sous {limit} caractères.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No value of {period} is stored for this target; compute the values first.</source>
        <translation>Aucune valeur de {period} n’est enregistrée pour cet objectif ; calculez d’abord les valeurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of {period} is not breached or at risk: only a breached or at-risk value takes a note on cause and action.</source>
        <translation>La valeur de {period} n’est ni manquée ni menacée : seule une valeur manquée ou menacée reçoit une note sur la cause et l’action.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Noted cause and action of {period}</source>
        <translation>Cause et action notées pour {period}</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/values.py" line="+40"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This target is measured per {kind}; {label} is not a {kind}.</source>
        <translation>Cet objectif est mesuré par {kind} ; {label} ne désigne pas une telle période.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{metric} is computed from the imported records; import them instead of entering a value.</source>
        <translation>{metric} est calculé à partir des fiches importées ; importez-les au lieu de saisir une valeur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say where a value entered by hand comes from.</source>
        <translation>Indiquez d’où provient une valeur saisie à la main.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of {period} is locked because the period is closed; reopen it first.</source>
        <translation>La valeur de {period} est verrouillée car la période est close ; rouvrez-la d’abord.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Computed {period}</source>
        <translation>{period} calculé</translation>
    </message>
    <message>
        <location filename="../../services/stakeholders.py" line="+81"/>
        <source>organization “{name}”</source>
        <translation>organisation « {name} »</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“{name}” is a party to active agreements: {references}. Mark it inactive instead of deleting it.</source>
        <translation>« {name} » est partie à des accords actifs : {references}. Marquez-le comme inactif au lieu de le supprimer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contacts ({count})</source>
        <translation>contacts ({count})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>services ({count})</source>
        <translation>services ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>agreements ({count})</source>
        <translation>accords ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>units inside it ({count})</source>
        <translation>unités rattachées ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” cannot be deleted: {uses} refer to it. Mark it inactive instead, or remove those first.</source>
        <translation>« {name} » ne peut pas être supprimé, car d’autres fiches y font référence : {uses}. Marquez-le plutôt comme inactif, ou supprimez-les d’abord.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>contact “{name}”</source>
        <translation>contact « {name} »</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“{name}” is named in active agreements: {references}. Mark the contact inactive instead of deleting it.</source>
        <translation>« {name} » est nommé dans des accords actifs : {references}. Marquez le contact comme inactif au lieu de le supprimer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” owns or manages services ({count}); choose someone else there first, or mark the contact inactive.</source>
        <translation>« {name} » est propriétaire ou responsable de services ({count}) ; choisissez d’abord quelqu’un d’autre pour ceux-ci, ou marquez le contact comme inactif.</translation>
    </message>
    <message>
        <location filename="../../services/user_profiles.py" line="+65"/>
        <source>Changed the sign-in names of contact “{name}”</source>
        <translation>Noms de connexion du contact « {name} » modifiés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/common/messages.py" line="+38"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../services/dashboard.py" line="+56"/>
        <source>Valid to {date} (ends today)</source>
        <translation>Valide jusqu’au {date} (se termine aujourd’hui)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to {date} (ends in {days})</source>
        <translation>Valide jusqu’au {date} (se termine dans {days})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review overdue since {date} ({days})</source>
        <translation>Revue en retard depuis le {date} ({days})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review due today</source>
        <translation>Revue prévue aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review due on {date} (in {days})</source>
        <translation>Revue prévue le {date} (dans {days})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{kind} in review since {date}</source>
        <translation>{kind} en revue depuis le {date}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Live, but no active SLA covers it</source>
        <translation>En production, mais aucun SLA actif ne le couvre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its OLAs and UCs</source>
        <translation>ses OLA et UC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target}: no margin left over {over} ({short})</source>
        <translation>{target} : aucune marge par rapport à {over} ({short})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target}: no margin left over {over}</source>
        <translation>{target} : aucune marge par rapport à {over}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target}: {reason}</source>
        <translation>{target} : {reason}</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/report.py" line="-111"/>
        <source>{period} has not started yet; a report covers a period that has begun.</source>
        <translation>{period} n’a pas encore commencé ; un rapport couvre une période commencée.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{metric} {priority}</source>
        <translation>{metric} {priority}</translation>
    </message>
    <message>
        <location filename="../../domain/languages.py" line="+40"/>
        <source>Choose the language the documents print in: English, German or French.</source>
        <translation>Choisissez la langue des documents : anglais, allemand ou français.</translation>
    </message>
    <message>
        <location filename="../../domain/underpinning.py" line="-5"/>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>business hour</source>
        <translation>heure ouvrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>business day</source>
        <translation>jour ouvré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Targets of “{metric}” cannot rest on other agreements&apos; targets.</source>
        <translation>Les objectifs « {metric} » ne peuvent pas reposer sur les objectifs d’autres accords.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A target of “{metric}” can only rest on a target of “{metric}”, not on “{other}”.</source>
        <translation>Un objectif « {metric} » ne peut reposer que sur un objectif « {metric} », pas sur « {other} ».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only durations can be compared.</source>
        <translation>Seules des durées peuvent être comparées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{beneath} and {target} count business time in different units; they cannot be compared.</source>
        <translation>{beneath} et {target} comptent le temps ouvré dans des unités différentes ; ils ne peuvent pas être comparés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{beneath} counts business time only; it cannot assure {target} in elapsed time.</source>
        <translation>{beneath} ne compte que le temps ouvré ; cela ne peut pas garantir {target} en temps écoulé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{target} counts business time only; a notice of {beneath} cannot assure it.</source>
        <translation>{target} ne compte que le temps ouvré ; un préavis de {beneath} ne peut pas le garantir.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Availability is compared in per cent only.</source>
        <translation>La disponibilité ne se compare qu’en pourcentage.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>percentage point</source>
        <translation>point de pourcentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percentage points</source>
        <translation>points de pourcentage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot be compared</source>
        <translation>Non comparable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None ({short})</source>
        <translation>Aucune ({short})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>{amount} short</source>
        <translation>{amount} de moins</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} d</source>
        <translation>{count} j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} h</source>
        <translation>{count} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>{count} min</source>
        <translation>{count} min</translation>
    </message>
    <message>
        <location filename="../../services/common.py" line="+94"/>
        <source>The change holds a value that cannot be recorded in the history; nothing was saved.</source>
        <translation>La modification contient une valeur qui ne peut pas être consignée dans l’historique ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The {record} no longer exists.</source>
        <translation>Cette fiche ({record}) n’existe plus.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>It is still referred to by other records.</source>
        <translation>D’autres fiches y font encore référence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record with the same unique value already exists.</source>
        <translation>Une fiche avec la même valeur unique existe déjà.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change would break the database&apos;s integrity.</source>
        <translation>La modification porterait atteinte à l’intégrité de la base de données.</translation>
    </message>
    <message>
        <location filename="../../services/exchange/commit.py" line="+77"/>
        <source>The catalog or its stakeholders changed since the preview was made; make the preview again.</source>
        <translation>Le catalogue ou ses parties prenantes ont changé depuis l’aperçu ; refaites l’aperçu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../services/exchange/importer.py" line="-156"/>
        <location filename="../../services/service_levels/imports.py" line="-312"/>
        <source>Row {row}: {problem}</source>
        <translation>Ligne {row} : {problem}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The import cannot be undone: {reason}</source>
        <translation>L’importation ne peut pas être annulée : {reason}</translation>
    </message>
    <message>
        <location filename="../../services/maintenance.py" line="+61"/>
        <source>There is no database file {path} to back up.</source>
        <translation>Il n’existe aucun fichier de base de données {path} à sauvegarder.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../store/database.py" line="+122"/>
        <source>The backup cannot overwrite the database itself; choose another file.</source>
        <translation>La sauvegarde ne peut pas écraser la base de données elle-même ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder; give the backup a file name.</source>
        <translation>{path} est un dossier ; donnez un nom de fichier à la sauvegarde.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Keep at least one automatic backup.</source>
        <translation>Conservez au moins une sauvegarde automatique.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_levels/wording.py" line="+31"/>
        <source>{number} minute(s)</source>
        <translation>
            <numerusform>{number} minute</numerusform>
            <numerusform>{number} minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{number} hour(s)</source>
        <translation>
            <numerusform>{number} heure</numerusform>
            <numerusform>{number} heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{number} business hour(s)</source>
        <translation>
            <numerusform>{number} heure ouvrée</numerusform>
            <numerusform>{number} heures ouvrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{number} day(s)</source>
        <translation>
            <numerusform>{number} jour</numerusform>
            <numerusform>{number} jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{number} business day(s)</source>
        <translation>
            <numerusform>{number} jour ouvré</numerusform>
            <numerusform>{number} jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{number} point(s)</source>
        <translation>
            <numerusform>{number} point</numerusform>
            <numerusform>{number} points</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>within {value}</source>
        <translation>en {value} au plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {value}</source>
        <translation>au plus {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least {value}</source>
        <translation>au moins {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{share} within target</source>
        <translation>{share} dans l’objectif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{agreement} — {target}, {service}</source>
        <translation>{agreement} — {target}, {service}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breached in {period}: {achieved} against {promised}</source>
        <translation>Manqué en {period} : {achieved} (promis : {promised})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk in {period}: {achieved} against {promised}</source>
        <translation>Menacé en {period} : {achieved} (promis : {promised})</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/calendars.py" line="+22"/>
        <source>not measurable until the agreement&apos;s support hours are defined: write them as, e.g., Monday to Friday 07:30–18:30 UK time, except bank holidays in England</source>
        <translation>non mesurable tant que les heures de support de l’accord ne sont pas définies : écrivez-les par ex. du lundi au vendredi de 07:30 à 18:30 heure du Royaume-Uni, sauf jours fériés en Angleterre</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/drill.py" line="+29"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outage</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The period has not started yet.</source>
        <translation>La période n’a pas encore commencé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This target is {why}.</source>
        <translation>Cet objectif est {why}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No imported records stand behind this target: its value is entered by hand, with a note saying where it comes from.</source>
        <translation>Aucun enregistrement importé ne sous-tend cet objectif : sa valeur est saisie à la main, avec une note indiquant sa provenance.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No incident was recorded for this target&apos;s services in or shortly before the period.</source>
        <translation>Aucun incident n’a été enregistré pour les services de cet objectif pendant la période ou peu avant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out: not responded to and still within the target at the period&apos;s end; counted in the period it is decided</source>
        <translation>Exclu : sans prise en charge et encore dans l’objectif à la fin de la période ; compté dans la période où il est tranché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: not resolved and still within the target at the period&apos;s end; counted in the period it is decided</source>
        <translation>Exclu : non résolu et encore dans l’objectif à la fin de la période ; compté dans la période où il est tranché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed the target</source>
        <translation>Objectif manqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met, but past the warning threshold</source>
        <translation>Atteint, mais au-delà du seuil d’alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met the target</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incidents within the target: {within} of {counted}; missed it: {missed}; past the warning threshold: {close}; still open at the period&apos;s end: {open}. Incidents decided in another period count there.</source>
        <translation>Incidents dans l’objectif : {within} sur {counted} ; manqués : {missed} ; au-delà du seuil d’alerte : {close} ; encore ouverts à la fin de la période : {open}. Les incidents tranchés dans une autre période y sont comptés.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{downtime} min of downtime in {hours} h of agreed service time</source>
        <translation>{downtime} min d’indisponibilité sur {hours} h de service convenu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No outage was recorded for this target&apos;s services in the period: nothing was down.</source>
        <translation>Aucune interruption n’a été enregistrée pour les services de cet objectif pendant la période : rien n’était indisponible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first}; {then}</source>
        <translation>{first} ; {then}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{downtime}. Planned maintenance announced with the agreed notice is left out.</source>
        <translation>{downtime}. La maintenance planifiée annoncée avec le préavis convenu est exclue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counted as downtime: planned, but not announced with the agreed notice</source>
        <translation>Compté comme indisponibilité : planifié, mais pas annoncé avec le préavis convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted as downtime</source>
        <translation>Compté comme indisponibilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: planned maintenance announced with the agreed notice</source>
        <translation>Exclu : maintenance planifiée annoncée avec le préavis convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out: outside the agreed service hours</source>
        <translation>Exclu : en dehors des heures de service convenues</translation>
    </message>
    <message>
        <location filename="../../store/integrity.py" line="+99"/>
        <source>The database {path} is damaged: SQLite&apos;s integrity check found errors in it, so records may be missing or wrong and saving may fail; restore it from a backup.</source>
        <translation>La base de données {path} est endommagée : la vérification d’intégrité de SQLite y a trouvé des erreurs ; des fiches peuvent manquer ou être erronées et l’enregistrement peut échouer. Restaurez-la à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../domain/measurement/calendar.py" line="+42"/>
        <source>{time} is not a time of day written HH:MM, e.g. 08:00.</source>
        <translation>{time} n’est pas une heure au format HH:MM, par ex. 08:00.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A shift cannot start at 24:00; write 00:00.</source>
        <translation>Une plage ne peut pas commencer à 24:00 ; écrivez 00:00.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A week has seven days of hours, Monday first.</source>
        <translation>Une semaine compte sept jours d’horaires, en commençant par le lundi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A shift starts within its day and lasts at most 24 hours.</source>
        <translation>Une plage commence dans sa journée et dure au plus 24 heures.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exception on {day} has no valid hours.</source>
        <translation>L’exception du {day} n’a pas d’horaires valides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A business day must last some time.</source>
        <translation>Un jour ouvré doit avoir une durée.</translation>
    </message>
    <message>
        <location filename="../../domain/measurement/outages.py" line="+41"/>
        <source>{reference}: the outage ends before it starts.</source>
        <translation>{reference} : l’interruption se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../domain/measurement/periods.py" line="+28"/>
        <source>There is no month number {index} in a year.</source>
        <translation>Une année n’a pas de mois numéro {index}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no quarter number {index} in a year.</source>
        <translation>Une année n’a pas de trimestre numéro {index}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no year number {index} in a year.</source>
        <translation>Une année n’a pas d’année numéro {index}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{given} is not a period: write {month}, {quarter} or {year}.</source>
        <translation>{given} n’est pas une période : écrivez {month}, {quarter} ou {year}.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Both ends of a range of periods must be of the same kind.</source>
        <translation>Les deux bornes d’une plage de périodes doivent être du même type.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At least one period is needed.</source>
        <translation>Au moins une période est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../domain/measurement/records.py" line="+77"/>
        <source>{reference}: {problem}</source>
        <translation>{reference} : {problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It was responded before it was opened.</source>
        <translation>Il a été pris en charge avant d’être ouvert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was resolved before it was opened.</source>
        <translation>Il a été résolu avant d’être ouvert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paused interval ends before it starts.</source>
        <translation>Un intervalle de pause se termine avant de commencer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>{priority} is not a priority.</source>
        <translation>{priority} n’est pas une priorité.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A record was responded before it was opened.</source>
        <translation>Un incident a été pris en charge avant d’être ouvert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record was resolved before it was opened.</source>
        <translation>Un incident a été résolu avant d’être ouvert.</translation>
    </message>
    <message>
        <location filename="../../domain/measurement/support_hours.py" line="+162"/>
        <source>No support hours are written.</source>
        <translation>Aucun horaire du support n’est indiqué.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the hours open on {day}, e.g. {example}.</source>
        <translation>Indiquez les horaires d’ouverture du {day}, par ex. {example}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{given}” gives no hours; write them as in “{example}”.</source>
        <translation>« {given} » n’indique aucun horaire ; écrivez-les comme dans « {example} ».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{given}” gives no hours; write e.g. {example}.</source>
        <translation>« {given} » n’indique aucun horaire ; écrivez par ex. {example}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say on which days the hours apply, e.g. {example}.</source>
        <translation>Indiquez les jours auxquels les horaires s’appliquent, par ex. {example}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{word}” is not a day of the week; write e.g. {example}.</source>
        <translation>« {word} » n’est pas un jour de la semaine ; écrivez par ex. {example}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{words}” is not a time zone; write e.g. {example} or {other}.</source>
        <translation>« {words} » n’est pas un fuseau horaire ; écrivez par ex. {example} ou {other}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{start}–{end} is no time at all; give a start and a later end.</source>
        <translation>{start}–{end} n’est pas une plage horaire ; indiquez un début et une fin plus tardive.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{item}” after “{where}” is not a date ({date}), a date with hours ({hours}) or {holidays}.</source>
        <translation>« {item} » après « {where} » n’est ni une date ({date}), ni une date avec des horaires ({hours}), ni {holidays}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{day} is not a date that exists.</source>
        <translation>{day} n’est pas une date qui existe.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No holidays are known as “{rules}”.</source>
        <translation>Aucun jour férié n’est connu sous le nom « {rules} ».</translation>
    </message>
    <message>
        <location filename="../../domain/measurement/surveys.py" line="+37"/>
        <source>The satisfied score must lie on the scale, lowest below highest.</source>
        <translation>Le seuil de satisfaction doit se trouver sur l’échelle, la note la plus basse sous la plus haute.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{reference}: durations of a recovery test cannot be negative.</source>
        <translation>{reference} : les durées d’un test de reprise ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <location filename="../../domain/measurement/zones.py" line="+37"/>
        <source>{moment} has no time zone.</source>
        <translation>{moment} n’a pas de fuseau horaire.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} is not a known time zone.</source>
        <translation>{name} n’est pas un fuseau horaire connu.</translation>
    </message>
    <message>
        <location filename="../../services/exchange/cells.py" line="+78"/>
        <source>Enter an amount such as 12.50.</source>
        <translation>Saisissez un montant tel que 12,50.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>“{value}” is not an amount; enter e.g. 12.50.</source>
        <translation>« {value} » n’est pas un montant ; saisissez par ex. 12,50.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{value}” is not a whole number.</source>
        <translation>« {value} » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{value}” is neither yes nor no.</source>
        <translation>« {value} » n’est ni oui ni non.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation>« {value} » ne fait pas partie de : {allowed}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“{item}” is not understood; write hours like “Mon-Fri 08:00-18:00; Sat 09:00-12:00” or “24x7”.</source>
        <translation>« {item} » n’est pas compris ; écrivez les horaires comme « lu-ve 08:00-18:00; sa 09:00-12:00 » ou « 24x7 ».</translation>
    </message>
    <message>
        <location filename="../../services/exchange/errors.py" line="+24"/>
        <source>Nothing was imported: {problems} … and {more}.</source>
        <translation>Rien n’a été importé : {problems} … et {more}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more problem</source>
        <translation>autre problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more problems</source>
        <translation>autres problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: {problems}</source>
        <translation>Rien n’a été importé : {problems}</translation>
    </message>
    <message>
        <location filename="../../services/exchange/exporter.py" line="+62"/>
        <source>Unknown list “{kind}”; choose one of {items}.</source>
        <translation>Liste « {kind} » inconnue ; choisissez parmi : {items}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A workbook of several sheets is an XLSX file: name it {stem}.xlsx.</source>
        <translation>Un classeur de plusieurs feuilles est un fichier XLSX : nommez-le {stem}.xlsx.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>The export was stopped: the catalog changed order while it was read.</source>
        <translation>L’exportation a été interrompue : l’ordre du catalogue a changé pendant sa lecture.</translation>
    </message>
    <message>
        <location filename="../../services/exchange/importer.py" line="-6"/>
        <source>The required column “{name}” is not mapped.</source>
        <translation>La colonne obligatoire « {name} » n’est pas associée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Ligne {row}, {column} : {problem}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The preview was stopped.</source>
        <translation>L’aperçu a été interrompu.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This cell holds a formula that was never calculated, so the file has no value for it: open the file in a spreadsheet program, save it, and import it again.</source>
        <translation>Cette cellule contient une formule jamais calculée ; le fichier n’a donc pas de valeur pour elle : ouvrez le fichier dans un tableur, enregistrez-le et importez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The rows refer to each other in a circle: {cycle}.</source>
        <translation>Les lignes se font référence en boucle : {cycle}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“{key}” appears again: row {row} has it already.</source>
        <translation>« {key} » apparaît à nouveau : la ligne {row} le contient déjà.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Two organizations are called “{name}”; use its code.</source>
        <translation>Deux organisations s’appellent « {name} » ; utilisez son code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no organization “{name}” in the database or in this file.</source>
        <translation>Il n’existe aucune organisation « {name} » dans la base de données ni dans ce fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no organization “{name}”.</source>
        <translation>Il n’existe aucune organisation « {name} ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” is not of kind {kind}.</source>
        <translation>« {name} » n’est pas du type {kind}.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>There is no service family “{name}”; import the families first.</source>
        <translation>Il n’existe aucune famille de services « {name} » ; importez d’abord les familles.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A dependency is listed twice.</source>
        <translation>Une dépendance figure deux fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no service with the code {code} in the database or in this file.</source>
        <translation>Il n’existe aucun service de code {code} dans la base de données ni dans ce fichier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Two contacts are called “{name}”; use the e-mail address.</source>
        <translation>Deux contacts s’appellent « {name} » ; utilisez l’adresse e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no contact “{name}”; import the contacts first.</source>
        <translation>Il n’existe aucun contact « {name} » ; importez d’abord les contacts.</translation>
    </message>
    <message>
        <location filename="../../services/exchange/portfolio.py" line="+97"/>
        <location filename="../../services/exchange/writers.py" line="+35"/>
        <source>The output file cannot be the database itself.</source>
        <translation>Le fichier de sortie ne peut pas être la base de données elle-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../services/exchange/templates.py" line="+48"/>
        <location filename="../../services/exchange/writers.py" line="+4"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{name} is not a portfolio file: it has no manifest.</source>
        <translation>{name} n’est pas un fichier de portefeuille : il n’a pas de manifeste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The manifest of {name} is damaged.</source>
        <translation>Le manifeste de {name} est endommagé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not an ITSM Desktop portfolio file.</source>
        <translation>{name} n’est pas un fichier de portefeuille ITSM Desktop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>{name} was written by a newer version of ITSM Desktop; update the application.</source>
        <translation>{name} a été écrit par une version plus récente d’ITSM Desktop ; mettez l’application à jour.</translation>
    </message>
    <message>
        <location line="-33"/>
        <location filename="../../services/exchange/sources.py" line="+83"/>
        <source>There is no file {path}.</source>
        <translation>Il n’existe aucun fichier {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a portfolio file (not a zip archive).</source>
        <translation>{name} n’est pas un fichier de portefeuille (pas une archive zip).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} holds a table “{table_name}” this version does not know; update the application.</source>
        <translation>{name} contient une table « {table_name} » que cette version ne connaît pas ; mettez l’application à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} holds columns this version does not know ({items}); update the application.</source>
        <translation>{name} contient des colonnes que cette version ne connaît pas ({items}) ; mettez l’application à jour.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database already holds records; a portfolio file is imported only into an empty database.</source>
        <translation>La base de données contient déjà des fiches ; un fichier de portefeuille ne s’importe que dans une base vide.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is damaged: the table {table} is missing.</source>
        <translation>{name} est endommagé : la table {table} manque.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is damaged: record {number} of {table} cannot be read ({exc}).</source>
        <translation>{name} est endommagé : l’enregistrement {number} de {table} est illisible ({exc}).</translation>
    </message>
    <message>
        <location filename="../../services/exchange/sources.py" line="+2"/>
        <source>Cannot read {path}: {strerror}.</source>
        <translation>Impossible de lire {path} : {strerror}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} has no header row: the first row must name the columns.</source>
        <translation>{name} n’a pas de ligne d’en-tête : la première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has a header row but no records under it.</source>
        <translation>{name} a une ligne d’en-tête mais aucun enregistrement en dessous.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name} is not a text file in a known encoding; save it as CSV (UTF-8).</source>
        <translation>{name} n’est pas un fichier texte dans un encodage connu ; enregistrez-le en CSV (UTF-8).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} is not UTF-8; it was read as {label}. Check accented letters in the preview, or save the file as CSV UTF-8.</source>
        <translation>{name} n’est pas en UTF-8 ; il a été lu en {label}. Vérifiez les lettres accentuées dans l’aperçu, ou enregistrez le fichier en CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+191"/>
        <source>{name} holds no text.</source>
        <translation>{name} ne contient aucun texte.</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+73"/>
        <source>Reading {name} was stopped.</source>
        <translation>La lecture de {name} a été interrompue.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+185"/>
        <source>{name} is not valid CSV near line {line_num}: {exc}.</source>
        <translation>{name} n’est pas un CSV valide vers la ligne {line_num} : {exc}.</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Cells beginning with “=”: {count}. A CSV file holds no formulas, so they are read as text.</source>
        <translation>Cellules commençant par « = » : {count}. Un fichier CSV ne contient pas de formules, elles sont donc lues comme du texte.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Formula cells in the sheet: {formulas}. Their last calculated values are imported; never calculated, so without a value: {count} (marked in their cells).</source>
        <translation>Cellules de formule dans la feuille : {formulas}. Leurs dernières valeurs calculées sont importées ; jamais calculées, donc sans valeur : {count} (signalées dans leurs cellules).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formula cells in the sheet: {formulas}. Their last calculated values are imported.</source>
        <translation>Cellules de formule dans la feuille : {formulas}. Leurs dernières valeurs calculées sont importées.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>{name} is password-protected (or an old Excel 97–2003 file): save it without a password as .xlsx, then import it.</source>
        <translation>{name} est protégé par mot de passe (ou est un ancien fichier Excel 97–2003) : enregistrez-le sans mot de passe en .xlsx, puis importez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not an {suffix} workbook (it may be damaged, or another kind of file renamed).</source>
        <translation>{name} n’est pas un classeur {suffix} (il est peut-être endommagé, ou c’est un autre type de fichier renommé).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>{name} is password-protected: save it without a password.</source>
        <translation>{name} est protégé par mot de passe : enregistrez-le sans mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is damaged, or not really an {kind} workbook: open it in a spreadsheet program and save it again as {kind}.</source>
        <translation>{name} est endommagé, ou n’est pas vraiment un classeur {kind} : ouvrez-le dans un tableur et enregistrez-le à nouveau en {kind}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} has no sheet named “{sheet}”; its sheets are {items}.</source>
        <translation>{name} n’a pas de feuille « {sheet} » ; ses feuilles sont {items}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sheet “{sheet}” of {name} is damaged: open the file in a spreadsheet program and save it again.</source>
        <translation>La feuille « {sheet} » de {name} est endommagée : ouvrez le fichier dans un tableur et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>{name} stops being {named} somewhere after line {line}; save it as CSV UTF-8.</source>
        <translation>{name} cesse d’être en {named} quelque part après la ligne {line} ; enregistrez-le en CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../services/exchange/templates.py" line="-2"/>
        <source>A template is an XLSX workbook: name the file {stem}.xlsx.</source>
        <translation>Un modèle est un classeur XLSX : nommez le fichier {stem}.xlsx.</translation>
    </message>
    <message>
        <location filename="../../services/exchange/writers.py" line="-6"/>
        <source>Cannot tell the format of {name}: name the file .csv or .xlsx.</source>
        <translation>Impossible de déterminer le format de {name} : nommez le fichier en .csv ou .xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is a folder; name a file to write.</source>
        <translation>{path} est un dossier ; indiquez un fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../../services/output_files.py" line="+41"/>
        <source>a database</source>
        <translation>une base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a database&apos;s write-ahead log</source>
        <translation>le journal d’écriture anticipée d’une base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a database&apos;s rollback journal</source>
        <translation>le journal d’annulation d’une base de données</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{output} is the database {database}, which is never overwritten; choose another file name.</source>
        <translation>{output} est la base de données {database}, qui n’est jamais écrasée ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{output} is a journal file of the database {database}, which is never overwritten; choose another file name.</source>
        <translation>{output} est un fichier journal de la base de données {database}, qui n’est jamais écrasé ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{output} is a folder; give the file a name.</source>
        <translation>{output} est un dossier ; donnez un nom au fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{output} is not a regular file; choose another file name.</source>
        <translation>{output} n’est pas un fichier ordinaire ; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{output} is {kind}; an export never overwrites one: choose another file name.</source>
        <translation>{output} est {kind} ; une exportation ne l’écrase jamais : choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{output} is a journal file of the database {database}; an export never overwrites it: choose another file name.</source>
        <translation>{output} est un fichier journal de la base de données {database} ; une exportation ne l’écrase jamais : choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot write {output}: the folder {folder} does not exist.</source>
        <translation>Impossible d’écrire {output} : le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write {output}: {reason}.</source>
        <translation>Impossible d’écrire {output} : {reason}.</translation>
    </message>
    <message>
        <location filename="../../services/reads/underpinning.py" line="+82"/>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per quarter</source>
        <translation>par trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{priority} response {value}</source>
        <translation>{priority} prise en charge {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response {value}</source>
        <translation>Prise en charge {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{priority} resolution {value}</source>
        <translation>{priority} résolution {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution {value}</source>
        <translation>Résolution {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{metric} {value}</source>
        <translation>{metric} {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{metric} {value} {period}</source>
        <translation>{metric} {value} {period}</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/moments.py" line="+97"/>
        <source>“{raw}” is not a date and time; write 2026-11-03 09:15 or 03.11.2026 09:15.</source>
        <translation>« {raw} » n’est pas une date et une heure ; écrivez 2026-11-03 09:15 ou 03.11.2026 09:15.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{raw}” is not a date that exists.</source>
        <translation>« {raw} » n’est pas une date qui existe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{part}” is not an interval; write start/end.</source>
        <translation>« {part} » n’est pas un intervalle ; écrivez début/fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The paused interval “{part}” ends before it starts.</source>
        <translation>L’intervalle de pause « {part} » se termine avant de commencer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write a duration such as 45 min, 2 h or 1:30.</source>
        <translation>Écrivez une durée comme 45 min, 2 h ou 1:30.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{raw}” is not a duration; write e.g. 45 min, 2 h or 1:30.</source>
        <translation>« {raw} » n’est pas une durée ; écrivez par ex. 45 min, 2 h ou 1:30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A duration cannot be negative.</source>
        <translation>Une durée ne peut pas être négative.</translation>
    </message>
    <message>
        <location filename="../../services/underpinning.py" line="+44"/>
        <source>The service level target no longer exists.</source>
        <translation>L’objectif de niveau de service n’existe plus.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{reference} revision {revision} is no longer being prepared or in force ({status}): its chain is closed.</source>
        <translation>{reference}, révision {revision}, n’est plus en préparation ni en vigueur ({status}) : sa chaîne est close.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the targets of an SLA rest on OLA and UC targets.</source>
        <translation>Seuls les objectifs d’un SLA reposent sur des objectifs d’OLA et d’UC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An SLA target rests on targets of an OLA or an underpinning contract only.</source>
        <translation>Un objectif de SLA ne repose que sur des objectifs d’un OLA ou d’un contrat de sous-traitance.</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/surveys.py" line="+80"/>
        <source>{satisfied} of {responses} satisfied (a score of {lowest} or more out of {highest})</source>
        <translation>{satisfied} sur {responses} satisfaites (note de {lowest} ou plus sur {highest})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>response</source>
        <translation>réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>responses</source>
        <translation>réponses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no response in the period</source>
        <translation>aucune réponse sur la période</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recovery time</source>
        <translation>durée de restauration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data loss</source>
        <translation>perte de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worst {what} of {tests}</source>
        <translation>{what} la plus défavorable sur {tests}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery test</source>
        <translation>test de restauration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recovery tests</source>
        <translation>tests de restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recovery test in the period</source>
        <translation>aucun test de restauration sur la période</translation>
    </message>
    <message>
        <location filename="../../store/backends/__init__.py" line="+166"/>
        <source>{address} is not a database address that can be read.</source>
        <translation>{address} n’est pas une adresse de base de données lisible.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{address} names a kind of database ITSM Desktop cannot use ({name}); give a file path or a postgresql:// address.</source>
        <translation>{address} désigne un type de base de données qu’ITSM Desktop ne sait pas utiliser ({name}) ; indiquez un chemin de fichier ou une adresse postgresql://.</translation>
    </message>
    <message>
        <location filename="../../store/backends/postgresql.py" line="+208"/>
        <source>{address} names no database: add /NAME to the address.</source>
        <translation>{address} ne désigne aucune base de données : ajoutez /NOM à l’adresse.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>this computer&apos;s user</source>
        <translation>l’utilisateur de cet ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server {server} refused the password of the user {user}; check it and try again.</source>
        <translation>Le serveur {server} a refusé le mot de passe de l’utilisateur {user} ; vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server {server} does not let the user {user} sign in to {database}.</source>
        <translation>Le serveur {server} n’autorise pas l’utilisateur {user} à se connecter à {database}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no database {database} on the server {server}.</source>
        <translation>Il n’existe aucune base de données {database} sur le serveur {server}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user {user} may only read the database {where} (a viewer), so nothing was saved; ask the server&apos;s administrator to make them an editor.</source>
        <translation>L’utilisateur {user} ne peut que lire la base de données {where} (lecteur) : rien n’a été enregistré ; demandez à l’administrateur du serveur de lui donner le rôle d’éditeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user {user} has no permission to read the database {where}; ask the server&apos;s administrator.</source>
        <translation>L’utilisateur {user} n’a pas le droit de lire la base de données {where} ; adressez-vous à l’administrateur du serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server holding {where} has run out of space; nothing was saved.</source>
        <translation>Le serveur qui héberge {where} n’a plus d’espace libre ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {where} is busy with other work; try again in a moment.</source>
        <translation>La base de données {where} est occupée par d’autres traitements ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {where} could not be {doing} (error {code}).</source>
        <translation>La base de données {where} n’a pas pu être {doing} (erreur {code}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection to the database server {server} was lost; try again.</source>
        <translation>La connexion au serveur de base de données {server} a été perdue ; réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the database server {server}: check the address and that the server is running, then try again.</source>
        <translation>Impossible de joindre le serveur de base de données {server} : vérifiez l’adresse et que le serveur est en marche, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server {server} asks for the password of the user {user}; give it, or put it in your PostgreSQL password file (~/.pgpass).</source>
        <translation>Le serveur {server} demande le mot de passe de l’utilisateur {user} ; saisissez-le ou inscrivez-le dans votre fichier de mots de passe PostgreSQL (~/.pgpass).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no database {database} on the server {server} that the user {user} may connect to.</source>
        <translation>Il n’existe sur le serveur {server} aucune base de données {database} à laquelle l’utilisateur {user} puisse se connecter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server {server} refused the user {user}: a wrong password, or that user may not sign in from this computer.</source>
        <translation>Le serveur {server} a refusé l’utilisateur {user} : le mot de passe est erroné, ou cet utilisateur n’a pas le droit de se connecter depuis cet ordinateur.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The database {where} is empty: its administrator sets it up with {command} (or moves a local database there with itsm-desktop copy).</source>
        <translation>La base de données {where} est vide : son administrateur la prépare avec {command} (ou y transfère une base locale avec itsm-desktop copy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {where} belongs to another application, not ITSM Desktop.</source>
        <translation>La base de données {where} appartient à une autre application, pas à ITSM Desktop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user {user} may not read the ITSM Desktop tables of {where}; ask the server&apos;s administrator to grant access.</source>
        <translation>L’utilisateur {user} n’a pas le droit de lire les tables ITSM Desktop de {where} ; demandez l’accès à l’administrateur du serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {where} is not an ITSM Desktop database: it has no single schema version.</source>
        <translation>La base de données {where} n’est pas une base ITSM Desktop : elle n’a pas de version de schéma unique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {where} was set up by a newer version of ITSM Desktop; update the application on this computer to open it.</source>
        <translation>La base de données {where} a été préparée par une version plus récente d’ITSM Desktop ; mettez à jour l’application sur cet ordinateur pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {where} is not an ITSM Desktop database: {problem}.</source>
        <translation>La base de données {where} n’est pas une base ITSM Desktop : {problem}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {where} has an older schema than this version of ITSM Desktop; its administrator upgrades it with {command}.</source>
        <translation>La base de données {where} a un schéma plus ancien que cette version d’ITSM Desktop ; son administrateur la met à niveau avec {command}.</translation>
    </message>
    <message>
        <location filename="../../store/backends/postgresql_dump.py" line="+50"/>
        <source>Backing up and restoring a server database needs PostgreSQL&apos;s {name}; install the {package} package (or your system&apos;s PostgreSQL client tools).</source>
        <translation>La sauvegarde et la restauration d’une base sur serveur nécessitent l’outil {name} de PostgreSQL ; installez le paquet {package} (ou les outils clients PostgreSQL de votre système).</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+167"/>
        <source>{failure}: {reason}.</source>
        <translation>{failure} : {reason}.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>{output} is a folder; give the backup a file name.</source>
        <translation>{output} est un dossier ; donnez un nom de fichier à la sauvegarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot back up {database}</source>
        <translation>Impossible de sauvegarder {database}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../store/backends/sqlite.py" line="+140"/>
        <source>Cannot write the backup {output}: {reason}.</source>
        <translation>Impossible d’écrire la sauvegarde {output} : {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no backup file {backup}.</source>
        <translation>Il n’existe aucun fichier de sauvegarde {backup}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{backup} is not a backup of a server database (pg_dump&apos;s custom format).</source>
        <translation>{backup} n’est pas une sauvegarde de base sur serveur (format personnalisé de pg_dump).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{backup} is a backup of another application&apos;s database, not ITSM Desktop&apos;s.</source>
        <translation>{backup} est la sauvegarde de la base d’une autre application, pas d’ITSM Desktop.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read the backup {backup}</source>
        <translation>Impossible de lire la sauvegarde {backup}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot restore {backup} into {database}; nothing was changed</source>
        <translation>Impossible de restaurer {backup} dans {database} ; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing was restored: the database could not be held against other users&apos; saves</source>
        <translation>Rien n’a été restauré : la base de données n’a pas pu être verrouillée contre les enregistrements des autres utilisateurs</translation>
    </message>
    <message>
        <location filename="../../store/backends/postgresql_roles.py" line="+69"/>
        <source>Name the user to make an editor or a viewer.</source>
        <translation>Indiquez l’utilisateur à qui donner le rôle d’éditeur ou de lecteur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server has no {group} role yet; set the roles up first with itsm-desktop --database &quot;{database}&quot; setup-roles.</source>
        <translation>Le serveur n’a pas encore de rôle {group} ; créez d’abord les rôles avec itsm-desktop --database &quot;{database}&quot; setup-roles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no user {user} on the server; create it first (createuser --pwprompt {user}).</source>
        <translation>Il n’existe aucun utilisateur {user} sur le serveur ; créez-le d’abord (createuser --pwprompt {user}).</translation>
    </message>
    <message>
        <location filename="../../store/backends/sqlite.py" line="-47"/>
        <source>An ITSM Desktop database must be a file: give its path.</source>
        <translation>Une base ITSM Desktop doit être un fichier : indiquez son chemin.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{path} is an SQLite database of another application, not ITSM Desktop&apos;s.</source>
        <translation>{path} est une base SQLite d’une autre application, pas d’ITSM Desktop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} was written by a newer version of ITSM Desktop; update the application to open it.</source>
        <translation>La base de données {path} a été écrite par une version plus récente d’ITSM Desktop ; mettez à jour l’application pour l’ouvrir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+53"/>
        <source>open the database {path}</source>
        <translation>L’ouverture de la base de données {path}</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>keep a copy of {path} before upgrading it</source>
        <translation>La conservation d’une copie de {path} avant sa mise à niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot prepare the database {path}: {message}.</source>
        <translation>Impossible de préparer la base de données {path} : {message}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database {path} is on a network filesystem ({kind}), where SQLite files get damaged when shared; keep it on this computer&apos;s disk, or move it to a team server (File ▸ Move to Team Server… or itsm-desktop copy) so that everyone can work on it.</source>
        <translation>La base de données {path} se trouve sur un système de fichiers réseau ({kind}), où les fichiers SQLite partagés s’abîment ; gardez-la sur le disque de cet ordinateur, ou transférez-la vers un serveur d’équipe (Fichier ▸ Transférer vers le serveur d’équipe… ou itsm-desktop copy) pour que tous puissent y travailler.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the database: {parent} is not a folder.</source>
        <translation>Impossible de créer la base de données : {parent} n’est pas un dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a regular file, so it cannot be a database.</source>
        <translation>{path} n’est pas un fichier ordinaire et ne peut donc pas être une base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file {path} is read-only; make it writable or open another.</source>
        <translation>Le fichier de base de données {path} est en lecture seule ; rendez-le modifiable ou ouvrez-en un autre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../store/sqlite_files.py" line="+97"/>
        <source>The database {path} is damaged; restore it from a backup.</source>
        <translation>La base de données {path} est endommagée ; restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{path} is not an ITSM Desktop database: it has several schema versions.</source>
        <translation>{path} n’est pas une base ITSM Desktop : elle a plusieurs versions de schéma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not an ITSM Desktop database: {problem}.</source>
        <translation>{path} n’est pas une base ITSM Desktop : {problem}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>create the folder {path}</source>
        <translation>La création du dossier {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create the database {path}</source>
        <translation>La création de la base de données {path}</translation>
    </message>
    <message>
        <location filename="../../store/backup.py" line="+47"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} n’est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../store/database.py" line="-32"/>
        <source>The database {database} is on a server, not a file.</source>
        <translation>La base de données {database} se trouve sur un serveur, pas dans un fichier.</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>The database is busy: another window or program is saving to it. Nothing was saved; try again in a moment.</source>
        <translation>La base de données est occupée : une autre fenêtre ou un autre programme y enregistre. Rien n’a été enregistré ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else saved at the same moment; nothing was saved. Try again.</source>
        <translation>Quelqu’un d’autre a enregistré au même moment ; rien n’a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {where} has become read-only; nothing was saved.</source>
        <translation>La base de données {where} est passée en lecture seule ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding {where} is full; nothing was saved.</source>
        <translation>Le disque qui contient {where} est plein ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {where} could not be written (disk I/O error); nothing was saved.</source>
        <translation>La base de données {where} n’a pas pu être écrite (erreur d’entrée-sortie du disque) ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The database {where} is damaged; nothing was saved. Restore it from a backup.</source>
        <translation>La base de données {where} est endommagée ; rien n’a été enregistré. Restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the database {where} was lost; nothing was saved.</source>
        <translation>La connexion à la base de données {where} a été perdue ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {where} took too long to answer; nothing was saved.</source>
        <translation>La base de données {where} a mis trop de temps à répondre ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../store/restore.py" line="+83"/>
        <source>{source} is not a readable database.</source>
        <translation>{source} n’est pas une base de données lisible.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The database {current} cannot be opened to restore into it.</source>
        <translation>La base de données {current} ne peut pas être ouverte pour y restaurer la sauvegarde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+24"/>
        <source>The database {current} is busy: another window or program is saving to it; try again in a moment.</source>
        <translation>La base de données {current} est occupée : une autre fenêtre ou un autre programme y enregistre ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The database {current} could not be restored into: {reason}.</source>
        <translation>La restauration dans la base de données {current} a échoué : {reason}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup for {current} holds no ITSM Desktop data.</source>
        <translation>La sauvegarde de {current} ne contient aucune donnée ITSM Desktop.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The database {path} is in use by another window or program; close it there and try again.</source>
        <translation>La base de données {path} est utilisée par une autre fenêtre ou un autre programme ; fermez-la là-bas et réessayez.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a backup file, not the database itself.</source>
        <translation>Choisissez un fichier de sauvegarde, pas la base de données elle-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {backup} does not exist.</source>
        <translation>La sauvegarde {backup} n’existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} is a folder, not a database file.</source>
        <translation>{current} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{backup} cannot be restored: it is damaged, or it is not an ITSM Desktop database backup.</source>
        <translation>{backup} ne peut pas être restauré : le fichier est endommagé, ou ce n’est pas une sauvegarde de base ITSM Desktop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot prepare the restore in {folder}: {reason}.</source>
        <translation>Impossible de préparer la restauration dans {folder} : {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{backup} cannot be restored: {details}</source>
        <translation>{backup} ne peut pas être restauré : {details}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot restore into {current}: {reason}; nothing was changed.</source>
        <translation>Impossible de restaurer dans {current} : {reason} ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was restored: {problem}</source>
        <translation>Rien n’a été restauré : {problem}</translation>
    </message>
    <message>
        <location filename="../../store/server_copy.py" line="+61"/>
        <source>The database {database} is not empty; a local database is copied only into an empty one.</source>
        <translation>La base de données {database} n’est pas vide ; une base locale n’est copiée que dans une base vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local database must be at this version&apos;s schema to be copied.</source>
        <translation>La base locale doit avoir le schéma de cette version pour être copiée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{problem} Nothing was copied.</source>
        <translation>{problem} Rien n’a été copié.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The copy of {table} differs from the local database at record {key}; nothing was copied.</source>
        <translation>La copie de {table} diffère de la base locale à la fiche {key} ; rien n’a été copié.</translation>
    </message>
    <message>
        <location filename="../../store/sqlite_files.py" line="-21"/>
        <source>read</source>
        <translation>lue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written</source>
        <translation>écrite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared</source>
        <translation>préparée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgraded</source>
        <translation>mise à niveau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database {path} is locked by another program; close it and try again.</source>
        <translation>La base de données {path} est verrouillée par un autre programme ; fermez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not an ITSM Desktop database: SQLite does not recognise it (if it was one, it is damaged; restore it from a backup).</source>
        <translation>{path} n’est pas une base ITSM Desktop : SQLite ne la reconnaît pas (si c’en était une, elle est endommagée ; restaurez-la depuis une sauvegarde).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} is read-only; make it writable or open another.</source>
        <translation>La base de données {path} est en lecture seule ; rendez-la modifiable ou ouvrez-en une autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk holding {path} is full.</source>
        <translation>Le disque qui contient {path} est plein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {path} cannot be opened: its folder or file is not accessible.</source>
        <translation>La base de données {path} ne peut pas être ouverte : son dossier ou son fichier est inaccessible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} could not be {doing} (disk I/O error).</source>
        <translation>La base de données {path} n’a pas pu être {doing} (erreur d’entrée-sortie du disque).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} could not be {doing}: {reason}.</source>
        <translation>La base de données {path} n’a pas pu être {doing} : {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot {action}: {reason}.</source>
        <translation>{action} a échoué : {reason}.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="+9"/>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service catalog, stakeholders and printable service level agreements for small IT teams.</source>
        <translation>Catalogue de services, parties prenantes et accords de niveau de service imprimables pour les petites équipes informatiques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups: {folder}</source>
        <translation>Sauvegardes automatiques : {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder: {folder}</source>
        <translation>Dossier des données : {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log folder: {folder}</source>
        <translation>Dossier du journal : {folder}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+38"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database file and open it</source>
        <translation>Créer un fichier de base de données vide et l’ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another database file</source>
        <translation>Ouvrir un autre fichier de base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to Team Server…</source>
        <translation>Se &amp;connecter au serveur d’équipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the team&apos;s database on a PostgreSQL server</source>
        <translation>Ouvrir la base de données de l’équipe sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to Team Server…</source>
        <translation>&amp;Transférer vers le serveur d’équipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this local database to an empty team server database and open it there</source>
        <translation>Copier cette base de données locale dans une base vide du serveur d’équipe et l’y ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;Sample Portfolio</source>
        <translation>Charger le portefeuille d’&amp;exemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill this empty database with a complete example</source>
        <translation>Remplir cette base vide avec un exemple complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the open database</source>
        <translation>Enregistrer une copie de la base ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the open database by a backup of it</source>
        <translation>Remplacer la base ouverte par l’une de ses sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import records from a CSV, XLSX or ODS spreadsheet</source>
        <translation>Importer des fiches depuis un tableur CSV, XLSX ou ODS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport List…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this page&apos;s list, as shown, to CSV or XLSX</source>
        <translation>Enregistrer la liste de cette page, telle qu’affichée, en CSV ou XLSX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+68"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new record on this page</source>
        <translation>Créer une nouvelle fiche sur cette page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the record being edited</source>
        <translation>Enregistrer la fiche en cours de modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir l’enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away the unsaved changes of this record</source>
        <translation>Abandonner les modifications non enregistrées de cette fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new record as a copy of this one</source>
        <translation>Commencer une nouvelle fiche à partir d’une copie de celle-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this record (it can be undone)</source>
        <translation>Supprimer cette fiche (peut être annulé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search this page</source>
        <translation>Rechercher dans cette page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the printed document on screen</source>
        <translation>Afficher le document imprimé à l’écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the document of this page</source>
        <translation>Imprimer le document de cette page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the document of this page as a PDF file</source>
        <translation>Enregistrer le document de cette page en fichier PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog &amp;Report…</source>
        <translation>&amp;Rapport du catalogue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the live service catalog as a report</source>
        <translation>Afficher l’aperçu du catalogue de services en production sous forme de rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the records of this page again</source>
        <translation>Relire les fiches de cette page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups and other settings</source>
        <translation>Sauvegardes automatiques et autres réglages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service &amp;Catalog</source>
        <translation>&amp;Catalogue de services</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Organizations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ntacts</source>
        <translation>Co&amp;ntacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Agreements</source>
        <translation>Acc&amp;ords</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service &amp;Levels</source>
        <translation>&amp;Niveaux de service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clause &amp;Library…</source>
        <translation>&amp;Bibliothèque de clauses…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The standard clauses agreements carry, and their versions</source>
        <translation>Les clauses types des accords et leurs versions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to do the everyday tasks, step by step</source>
        <translation>Les tâches courantes, pas à pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every shortcut of the application</source>
        <translation>Tous les raccourcis de l’application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ITSM Desktop</source>
        <translation>À &amp;propos d’ITSM Desktop</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler : {what}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir : {what}</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhere</name>
    <message>
        <location filename="../../ui/common/changed_elsewhere.py" line="+22"/>
        <source>Someone else saved this record while you were editing it. Your changes are kept; compare them with theirs before you save.</source>
        <translation>Quelqu’un d’autre a enregistré cette fiche pendant que vous la modifiiez. Vos modifications sont conservées ; comparez-les avec les siennes avant d’enregistrer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <location filename="../../ui/common/fields.py" line="+87"/>
        <source>(no longer available)</source>
        <translation>(plus disponible)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/connect_server.py" line="+71"/>
        <source>Connect to Team Server</source>
        <translation>Se connecter au serveur d’équipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dbserver.example.org</source>
        <translation>dbserver.example.org</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>from ~/.pgpass when left empty</source>
        <translation>depuis ~/.pgpass si vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is kept only until ITSM Desktop quits; it is never saved.</source>
        <translation>Le mot de passe n’est conservé que jusqu’à la fermeture d’ITSM Desktop ; il n’est jamais enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the server and the database.</source>
        <translation>Indiquez le serveur et la base de données.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../ui/contacts/editor.py" line="-107"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The names this person signs in with (the computer&apos;s login, or the team server&apos;s user): the history records them, printed agreements show this person&apos;s name instead.</source>
        <translation>Les identifiants avec lesquels cette personne se connecte (session de l’ordinateur ou utilisateur du serveur d’équipe) : l’historique les enregistre, les accords imprimés affichent à la place le nom de cette personne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This Is Me</source>
        <translation>C’est moi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in as this person: your login is {login}</source>
        <translation>Se connecter en tant que cette personne : votre identifiant est {login}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in Names…</source>
        <translation>Identifiants de connexion…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed this contact, when, and what; newest first.</source>
        <translation>Qui a modifié ce contact, quand et quoi ; les plus récents d’abord.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Save the contact first to say who signs in as this person.</source>
        <translation>Enregistrez d’abord le contact pour indiquer qui se connecte en tant que cette personne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs in as {logins}</source>
        <translation>Se connecte en tant que {logins}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody signs in as this person.</source>
        <translation>Personne ne se connecte en tant que cette personne.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign-in names not saved</source>
        <translation>Identifiants de connexion non enregistrés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark inactive</source>
        <translation>Marquer comme inactif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{job} at {org}</source>
        <translation>{job} chez {org}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
</context>
<context>
    <name>DependencyPicker</name>
    <message>
        <location filename="../../ui/catalog/service_parts.py" line="+159"/>
        <source>Add a dependency: type a code or name…</source>
        <translation>Ajouter une dépendance : saisissez un code ou un nom…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>FamiliesDialog</name>
    <message>
        <location filename="../../ui/catalog/families.py" line="+10"/>
        <source>Service Families</source>
        <translation>Familles de services</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families are listed by this number, then by name.</source>
        <translation>Les familles sont classées selon ce numéro, puis par nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Family</source>
        <translation>Nouvelle famille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+91"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Families group the services of the catalog, e.g. “Workplace &amp; devices”.</source>
        <translation>Les familles regroupent les services du catalogue, p. ex. « Poste de travail et appareils ».</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete Family</source>
        <translation>Supprimer la famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the family “{name}”? Its services stay in the catalog without a family.</source>
        <translation>Supprimer la famille « {name} » ? Ses services restent au catalogue, sans famille.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/help.py" line="+9"/>
        <source>{app} User Guide</source>
        <translation>Guide de l’utilisateur {app}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/common/history_panel.py" line="-128"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home/page.py" line="-165"/>
        <source>At a glance</source>
        <translation>En un coup d’œil</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live services without an agreement</source>
        <translation>Services en production sans accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live services that no current SLA, OLA or contract covers yet.</source>
        <translation>Services en production qu’aucun SLA, OLA ou contrat en vigueur ne couvre encore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements ending soon, due for review or waiting in review; live services no active SLA covers; SLA targets their OLAs and contracts leave no margin; targets breached or at risk.</source>
        <translation>Accords arrivant à échéance, à revoir ou en attente de revue ; services en production sans SLA actif ; objectifs de SLA sans marge dans les OLA et contrats sous-jacents ; objectifs non atteints ou menacés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recently changed</source>
        <translation>Modifié récemment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest edits to services, organizations, contacts and agreements.</source>
        <translation>Les dernières modifications des services, organisations, contacts et accords.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Services by lifecycle status</source>
        <translation>Services par statut du cycle de vie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to ITSM Desktop</source>
        <translation>Bienvenue dans ITSM Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is empty. Where to start: explore the sample portfolio, a complete catalog with agreements; import your services from a spreadsheet (CSV, XLSX or ODS); or create your first service. The user guide (F1) walks through the everyday tasks.</source>
        <translation>Cette base de données est vide. Pour commencer : explorez le portefeuille d’exemple, un catalogue complet avec ses accords ; importez vos services depuis un tableur (CSV, XLSX ou ODS) ; ou créez votre premier service. Le guide de l’utilisateur (F1) présente les tâches courantes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load sample portfolio</source>
        <translation>Charger le portefeuille d’exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a spreadsheet…</source>
        <translation>Importer un tableur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the guide</source>
        <translation>Lire le guide</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+24"/>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every live service is covered. Well done.</source>
        <translation>Chaque service en production est couvert. Bravo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and {n} more.</source>
        <translation>… et {n} de plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has changed yet.</source>
        <translation>Rien n’a encore été modifié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to do: no agreement ends or is due for review soon, an active SLA covers every live service and no target is breached or at risk.</source>
        <translation>Rien à faire : aucun accord n’arrive à échéance ni n’est à revoir prochainement, un SLA actif couvre chaque service en production et aucun objectif n’est manqué ou menacé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed {fields}</source>
        <translation>Modifié : {fields}</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../../ui/catalog/service_parts.py" line="-128"/>
        <source>Available 24 hours a day, 7 days a week (24×7)</source>
        <translation>Disponible 24 heures sur 24, 7 jours sur 7 (24×7)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>Heures de bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday to Friday, 08:00 – 18:00</source>
        <translation>Du lundi au vendredi, 08:00 – 18:00</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>À</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/exchange/wizard.py" line="+9"/>
        <source>Import from a Spreadsheet</source>
        <translation>Importer depuis un tableur</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../ui/organizations/letterhead.py" line="-146"/>
        <source>Letterhead of {name}</source>
        <translation>En-tête de {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed at the head and foot of every page and on the cover of the documents this organization provides: its agreements and the service catalog.</source>
        <translation>Imprimé en haut et en bas de chaque page et sur la couverture des documents que fournit cette organisation : ses accords et le catalogue de services.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registered name, e.g. Northwind Logistics Ltd</source>
        <translation>La dénomination enregistrée, p. ex. Northwind Logistique SAS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Immatriculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company number, VAT or tax number, registered office</source>
        <translation>Numéro SIREN, numéro de TVA ou fiscal, siège social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the name in the page headers and on the cover</source>
        <translation>Du nom dans les en-têtes de page et sur la couverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour</source>
        <translation>Couleur d’accent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the rule under the cover&apos;s letterhead</source>
        <translation>Du filet sous l’en-tête de la couverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Standard, or a colour like #1F3A5F</source>
        <translation>Standard, ou une couleur comme #1F3A5F</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An SVG or PNG file, at most 1 MB.</source>
        <translation>Un fichier SVG ou PNG, 1 Mo au plus.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Letterhead not saved</source>
        <translation>En-tête non enregistré</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <location filename="../../ui/common/fields.py" line="+52"/>
        <source>Too long: at most {limit} characters, this has {count}.</source>
        <translation>Trop long : {limit} caractères au plus, ce texte en compte {count}.</translation>
    </message>
</context>
<context>
    <name>LookupField</name>
    <message>
        <location filename="../../ui/common/lookup.py" line="+104"/>
        <source>Type to search…</source>
        <translation>Saisissez pour rechercher…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the choices</source>
        <translation>Afficher les choix</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(no longer available)</source>
        <translation>(plus disponible)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+139"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service catalog</source>
        <translation>Catalogue de services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Expired because their validity ended: {names}.</source>
        <translation>Expirés, leur période de validité étant terminée : {names}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>That record is no longer there.</source>
        <translation>Cette fiche n’existe plus.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The open database</source>
        <translation>La base de données ouverte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened {path}</source>
        <translation>{path} ouvert</translation>
    </message>
</context>
<context>
    <name>MetricDelegate</name>
    <message>
        <location filename="../../ui/agreements/delegates.py" line="+79"/>
        <source>or type your own metric</source>
        <translation>ou saisissez votre propre indicateur</translation>
    </message>
</context>
<context>
    <name>NumberDelegate</name>
    <message>
        <location line="+42"/>
        <source>Row {row}: {problem} The value was not changed.</source>
        <translation>Ligne {row} : {problem} La valeur n’a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <location filename="../../ui/common/operations.py" line="+107"/>
        <source>“{step}” and the steps before it can no longer be undone: {reason}</source>
        <translation>« {step} » et les étapes précédentes ne peuvent plus être annulées : {reason}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../ui/organizations/editor.py" line="+7"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short code, e.g. FIN</source>
        <translation>Code court, p. ex. FIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit type</source>
        <translation>Type d’unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The division or organization this one belongs to.</source>
        <translation>La division ou l’organisation dont celle-ci fait partie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language its agreements are printed in.</source>
        <translation>La langue dans laquelle ses accords sont imprimés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letterhead</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo, legal name, address, registration details, colours and paper of the documents this organization provides.</source>
        <translation>Logo, raison sociale, adresse, immatriculation, couleurs et papier des documents que fournit cette organisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit Letterhead…</source>
        <translation>Modifier l’en-tête…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of this organization. Add them on the Contacts page.</source>
        <translation>Les personnes de cette organisation. Ajoutez-les dans la page Contacts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed this organization, when, and what; newest first.</source>
        <translation>Qui a modifié cette organisation, quand et quoi ; les plus récents d’abord.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No contacts yet.</source>
        <translation>Aucun contact pour l’instant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the organization first to give it a letterhead.</source>
        <translation>Enregistrez d’abord l’organisation pour lui donner un en-tête.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None yet: its documents print its name only.</source>
        <translation>Aucun pour l’instant : ses documents n’impriment que son nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no logo</source>
        <translation>aucun logo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark inactive</source>
        <translation>Marquer comme inactif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="+62"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes effect at once; unsaved changes are asked about first</source>
        <translation>S’applique immédiatement ; les modifications non enregistrées sont d’abord proposées à l’enregistrement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic ({paper}, from your region)</source>
        <translation>Automatique ({paper}, selon votre région)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper printed and exported documents are laid out for</source>
        <translation>Le format de papier pour lequel les documents imprimés et exportés sont mis en page</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest automatic backup: {when}</source>
        <translation>Dernière sauvegarde automatique : {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paper size</source>
        <translation>Format du &amp;papier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once a day, when a database is opened, a copy of it is saved in the folder below. The oldest copies beyond the number kept are removed.</source>
        <translation>Une fois par jour, à l’ouverture d’une base de données, une copie en est enregistrée dans le dossier ci-dessous. Les copies les plus anciennes au-delà du nombre conservé sont supprimées.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>automatic backups (0 turns them off)</source>
        <translation>sauvegardes automatiques (0 les désactive)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>automatic backup (0 turns them off)</source>
        <translation>sauvegarde automatique (0 les désactive)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No automatic backup has been made yet.</source>
        <translation>Aucune sauvegarde automatique n’a encore été faite.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="+87"/>
        <source>{title} – Preview</source>
        <translation>{title} – Aperçu</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper the document is laid out for</source>
        <translation>Le format de papier pour lequel le document est mis en page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the document is written in</source>
        <translation>La langue dans laquelle le document est rédigé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>of {count}</source>
        <translation>sur {count}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing/pdf.py" line="+35"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
</context>
<context>
    <name>RangeDoubleSpinBox</name>
    <message>
        <location filename="../../ui/common/fields.py" line="+87"/>
        <source>{typed} is out of range: enter a number from {low} to {high}.</source>
        <translation>{typed} est hors limites : saisissez un nombre de {low} à {high}.</translation>
    </message>
</context>
<context>
    <name>RangeSpinBox</name>
    <message>
        <location line="-24"/>
        <source>{typed} is out of range: enter a number from {low} to {high}.</source>
        <translation>{typed} est hors limites : saisissez un nombre de {low} à {high}.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../ui/common/record_actions.py" line="+22"/>
        <source>the new {noun}</source>
        <translation>la nouvelle fiche ({noun})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changed {name} without saving.</source>
        <translation>Vous avez modifié {name} sans enregistrer.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete {noun}</source>
        <translation>Supprimer : {noun}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}? You can undo this with Edit ▸ Undo.</source>
        <translation>Supprimer {name} ? Vous pouvez l’annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not deleted</source>
        <translation>Non supprimé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted {name}.</source>
        <translation>{name} supprimé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../ui/common/record_page.py" line="+117"/>
        <location line="+122"/>
        <location line="+136"/>
        <source>New {noun}</source>
        <translation>Créer : {noun}</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{count} {noun}</source>
        <translation>{count} {noun}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {count} {noun}</source>
        <translation>{shown} sur {count} {noun}</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>No matching {plural}</source>
        <translation>Aucun résultat ({plural})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches the search and filters. Try other words or clear them.</source>
        <translation>Rien ne correspond à la recherche et aux filtres. Essayez d’autres mots ou effacez-les.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load sample portfolio</source>
        <translation>Charger le portefeuille d’exemple</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/service_levels/report_dialog.py" line="+35"/>
        <source>Service level report</source>
        <translation>Rapport de niveau de service</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language the report prints in: the agreement&apos;s own unless you choose another</source>
        <translation>La langue dans laquelle le rapport est imprimé : celle de l’accord, sauf si vous en choisissez une autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Accord :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../ui/common/rows.py" line="+143"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Row {row}, {column}: “{text}” is not a whole number from 0 to {high}.</source>
        <translation>Ligne {row}, {column} : « {text} » n’est pas un nombre entier de 0 à {high}.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../ui/common/widgets.py" line="+63"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../ui/catalog/editor.py" line="+16"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service hours and support</source>
        <translation>Horaires de service et support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Parties</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers and consumers of the service</source>
        <translation>Fournisseurs et bénéficiaires du service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique; capital letters, digits, “-”, “_” or “.”.</source>
        <translation>Unique ; majuscules, chiffres, « - », « _ » ou « . ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+61"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Families…</source>
        <translation>Familles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename or reorder the service families</source>
        <translation>Ajouter, renommer ou réordonner les familles de services</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line, in business terms</source>
        <translation>Une ligne, en termes métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business outcomes</source>
        <translation>Résultats métier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle and responsibility</source>
        <translation>Cycle de vie et responsabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle status</source>
        <translation>Statut du cycle de vie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the steps allowed from the saved status are offered.</source>
        <translation>Seules les étapes permises depuis le statut enregistré sont proposées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The internal unit that delivers the service.</source>
        <translation>L’unité interne qui fournit le service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Propriétaire du service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Responsable du service</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service hours</source>
        <translation>Horaires de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the service is available to its users.</source>
        <translation>Quand le service est disponible pour ses utilisateurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exceptions (holidays, maintenance windows)</source>
        <translation>Exceptions (jours fériés, fenêtres de maintenance)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone to call for help: how, and when.</source>
        <translation>Qui appeler pour obtenir de l’aide : comment et quand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support hours</source>
        <translation>Horaires du support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requesting</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to order the service or a change to it.</source>
        <translation>Comment commander le service ou une modification.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost model</source>
        <translation>Modèle de coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge model</source>
        <translation>Mode de facturation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing period</source>
        <translation>Période de facturation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The technical pieces the service is built from.</source>
        <translation>Les éléments techniques qui composent le service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add component</source>
        <translation>Ajouter un composant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No components yet.</source>
        <translation>Aucun composant pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependencies</source>
        <translation>Dépendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other services this one needs in order to work.</source>
        <translation>Les autres services dont celui-ci a besoin pour fonctionner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Services that depend on this one</source>
        <translation>Services qui dépendent de celui-ci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppliers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third parties the service depends on.</source>
        <translation>Les tiers dont dépend le service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>Fournit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add supplier</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No suppliers.</source>
        <translation>Aucun fournisseur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who pays for the service (customers) and who uses it.</source>
        <translation>Qui paie le service (clients) et qui l’utilise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add consumer</source>
        <translation>Ajouter un bénéficiaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No consumers.</source>
        <translation>Aucun bénéficiaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreements covering the service</source>
        <translation>Accords couvrant le service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLAs, OLAs and underpinning contracts that name this service.</source>
        <translation>SLA, OLA et contrats de sous-traitance qui citent ce service.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed this service, when, and what; newest first.</source>
        <translation>Qui a modifié ce service, quand et quoi ; les plus récents d’abord.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reference} rev. {revision} — {kind}, {status}</source>
        <translation>{reference} rév. {revision} — {kind}, {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No agreement covers this service yet.</source>
        <translation>Aucun accord ne couvre encore ce service.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retire service</source>
        <translation>Retirer le service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as retiring</source>
        <translation>Marquer comme en retrait</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsPage</name>
    <message>
        <location filename="../../ui/service_levels/page.py" line="-352"/>
        <location line="+168"/>
        <source>Compute values</source>
        <translation>Calculer les valeurs</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Measure the imported incidents and outages again and store the values (values entered by hand and closed periods stay)</source>
        <translation>Mesurer à nouveau les incidents et interruptions importés et enregistrer les valeurs (les valeurs saisies à la main et les périodes clôturées sont conservées)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, print or export the service level report of an agreement for a month, in the language you choose</source>
        <translation>Afficher, imprimer ou exporter le rapport de niveau de service d’un accord pour un mois, dans la langue choisie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import records…</source>
        <translation>Importer des enregistrements…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import incidents, outages, satisfaction responses or recovery tests from a CSV, XLSX or ODS file</source>
        <translation>Importer des incidents, interruptions, réponses de satisfaction ou tests de reprise depuis un fichier CSV, XLSX ou ODS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incidents and requests…</source>
        <translation>Incidents et demandes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages and maintenance…</source>
        <translation>Interruptions et maintenances…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction responses…</source>
        <translation>Réponses de satisfaction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery tests…</source>
        <translation>Tests de reprise…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ustomer:</source>
        <translation>Cl&amp;ient :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;greement:</source>
        <translation>A&amp;ccord :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service levels by target and month</source>
        <translation>Niveaux de service par objectif et par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each cell says met, at risk, breached or no data, with the value achieved</source>
        <translation>Chaque cellule indique atteint, menacé, non atteint ou aucune donnée, avec la valeur obtenue</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Trend</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records behind the value</source>
        <translation>Enregistrements derrière la valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause and action</source>
        <translation>Cause et action</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All agreements</source>
        <translation>Tous les accords</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No active agreement has targets yet</source>
        <translation>Aucun accord actif n’a encore d’objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service levels are measured against the targets of active agreements. Agree targets in an SLA, OLA or contract and activate it; then import incidents and outages here.</source>
        <translation>Les niveaux de service sont mesurés par rapport aux objectifs des accords actifs. Convenez d’objectifs dans un SLA, un OLA ou un contrat et activez-le ; importez ensuite ici les incidents et interruptions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to agreements</source>
        <translation>Aller aux accords</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing measured yet</source>
        <translation>Rien n’a encore été mesuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the team&apos;s incidents and outages (CSV, XLSX or ODS) to measure what each target achieved; or run itsm-desktop import-incidents FILE on the command line.</source>
        <translation>Importez les incidents et interruptions de l’équipe (CSV, XLSX ou ODS) pour mesurer ce que chaque objectif a atteint ; ou lancez itsm-desktop import-incidents FICHIER en ligne de commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import incidents…</source>
        <translation>Importer des incidents…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import outages…</source>
        <translation>Importer des interruptions…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No target matches the filters</source>
        <translation>Aucun objectif ne correspond aux filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer chosen has no active agreement with targets, or the agreement chosen is not theirs. Choose all customers or another agreement.</source>
        <translation>Le client choisi n’a pas d’accord actif avec des objectifs, ou l’accord choisi n’est pas le sien. Choisissez tous les clients ou un autre accord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No values for these months yet</source>
        <translation>Pas encore de valeurs pour ces mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records are imported, but no value is stored for the months chosen. Compute the values from the records, or choose other months.</source>
        <translation>Des enregistrements sont importés, mais aucune valeur n’est enregistrée pour les mois choisis. Calculez les valeurs à partir des enregistrements ou choisissez d’autres mois.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Targets: {n}. In {month}: {met} met, {risk} at risk, {breached} breached, {none} with no data. ✓ met · ! at risk · ✗ breached · – no data · ✎ cause and action noted</source>
        <translation>Objectifs : {n}. En {month} : {met} atteints, {risk} menacés, {breached} non atteints, {none} sans données. ✓ atteint · ! menacé · ✗ non atteint · – aucune donnée · ✎ cause et action notées</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>No agreement is active: there is no service level report to print.</source>
        <translation>Aucun accord n’est actif : il n’y a pas de rapport de niveau de service à imprimer.</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Targets: {n}; %Ln breached in {month}</source>
        <translation>
            <numerusform>Objectifs : {n} ; %Ln non atteint en {month}</numerusform>
            <numerusform>Objectifs : {n} ; %Ln non atteints en {month}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Select a value in the table above to see the records behind it.</source>
        <translation>Sélectionnez une valeur dans le tableau ci-dessus pour voir les enregistrements correspondants.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a month of {target} to see the records behind its value.</source>
        <translation>Sélectionnez un mois de {target} pour voir les enregistrements derrière sa valeur.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot compute the values</source>
        <translation>Impossible de calculer les valeurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Computing service levels…</source>
        <translation>Calcul des niveaux de service…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import {records}</source>
        <translation>Importer : {records}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved note</source>
        <translation>Note non enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note on cause and action is not saved.</source>
        <translation>La note sur la cause et l’action n’est pas enregistrée.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot save the note</source>
        <translation>Impossible d’enregistrer la note</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../../ui/help.py" line="+43"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In a text field, Ctrl+Z first undoes the typing not yet saved; then it undoes saved changes, as Edit ▸ Undo does.</source>
        <translation>Dans un champ de texte, Ctrl+Z annule d’abord la saisie non encore enregistrée, puis les modifications enregistrées, comme Édition ▸ Annuler.</translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message>
        <location filename="../../ui/home/page.py" line="-198"/>
        <source>Show the {status} services</source>
        <translation>Afficher les services au statut « {status} »</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <location filename="../../ui/agreements/targets_tab.py" line="-131"/>
        <source>Service level targets</source>
        <translation>Objectifs de niveau de service</translation>
    </message>
</context>
<context>
    <name>TextsTab</name>
    <message>
        <location filename="../../ui/agreements/texts_tab.py" line="-191"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>ViewerBanner</name>
    <message>
        <location filename="../../ui/viewer_mode.py" line="+63"/>
        <source>Read only: you are a viewer of {where}. You can read, search and print, but not change anything; ask the server&apos;s administrator to make you an editor.</source>
        <translation>Lecture seule : vous êtes lecteur de {where}. Vous pouvez lire, rechercher et imprimer, mais rien modifier ; demandez à l’administrateur du serveur de vous donner le rôle d’éditeur.</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location filename="../../ui/exchange/wizard.py" line="-133"/>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which field each column of the file fills. Columns left on “(ignore)” are not imported.</source>
        <translation>Le champ que remplit chaque colonne du fichier. Les colonnes laissées sur « (ignorer) » ne sont pas importées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <location line="+24"/>
        <source>Check what will happen</source>
        <translation>Vérifier ce qui va se passer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{create} to create, {update} to update, {same} unchanged, {skip} skipped.</source>
        <translation>À créer : {create}, à mettre à jour : {update}, sans changement : {same}, à ignorer : {skip}.</translation>
    </message>
</context>
<context>
    <name>_SourcePage</name>
    <message>
        <location line="-140"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV, XLSX or ODS file whose first row names the columns.</source>
        <translation>Un fichier CSV, XLSX ou ODS dont la première ligne nomme les colonnes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Records:</source>
        <translation>Enregistrements :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet:</source>
        <translation>Feuille :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import from a spreadsheet</source>
        <translation>Importer depuis un tableur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/printing/jobs.py" line="+0"/>
        <source>Laying out the pages again…</source>
        <translation>Nouvelle mise en page…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/contacts/editor.py" line="-148"/>
        <source>Sign-in Names</source>
        <translation>Identifiants de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names this person signs in with, separated by commas:</source>
        <translation>Identifiants de connexion de cette personne, séparés par des virgules :</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/table_tools.py" line="+29"/>
        <source>Export the List</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the History</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wizard.py" line="-91"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/organizations/letterhead.py" line="-155"/>
        <source>Choose a Logo</source>
        <translation>Choisir un logo</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../ui/app.py" line="+90"/>
        <source>Cannot Open Database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load Sample Portfolio</source>
        <translation>Charger le portefeuille d’exemple</translation>
    </message>
</context>
<context>
    <name>table</name>
    <message>
        <location filename="../../ui/exchange/table_tools.py" line="+19"/>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export List…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
</context>
</TS>
