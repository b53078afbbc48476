<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../ui/agreements/clause_library.py" line="+50"/>
        <location filename="../../domain/models/clause_library.py" line="+23"/>
        <source>clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clause Library</source>
        <translation>Klauselbibliothek</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New Clause</source>
        <translation>Neue Klausel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/agreements/contacts_tab.py" line="+217"/>
        <location filename="../../ui/agreements/parties.py" line="+252"/>
        <location filename="../../ui/agreements/responsibilities_tab.py" line="+59"/>
        <location filename="../../ui/agreements/targets_tab.py" line="+94"/>
        <location filename="../../ui/agreements/terms_tab.py" line="+119"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/agreements/editor.py" line="+112"/>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving a changed text adds a new version; agreements keep the version they carry.</source>
        <translation>Das Speichern eines geänderten Textes legt eine neue Version an; Vereinbarungen behalten die Version, die sie enthalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title, text and conditions are written in each language the agreements print in; English is the original.</source>
        <translation>Titel, Text und Bedingungen werden in jeder Sprache verfasst, in der Vereinbarungen gedruckt werden; Englisch ist das Original.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Thema</translation>
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
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Default for</source>
        <translation>Standard für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New agreements of these kinds start with this clause.</source>
        <translation>Neue Vereinbarungen dieser Arten beginnen mit dieser Klausel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per step: when a target is missed by this much, this share of the month&apos;s charge.</source>
        <translation>Eine Zeile pro Stufe: Wird ein Ziel um so viel verfehlt, dieser Anteil des Monatsentgelts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/agreements/terms_tab.py" line="+16"/>
        <location filename="../../ui/common/history_panel.py" line="+289"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit (%)</source>
        <translation>Gutschrift (%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Step</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cap (%)</source>
        <translation>Obergrenze (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most a month&apos;s credits may add up to.</source>
        <translation>Der Höchstbetrag, den die Gutschriften eines Monats erreichen dürfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Clause</source>
        <translation>Klausel speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every wording this clause has had, newest first.</source>
        <translation>Alle Fassungen dieser Klausel, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Standard texts the team agrees once and every agreement may carry: amendment, termination, precedence, confidentiality, liability, service credits, missed targets, data protection.</source>
        <translation>Standardtexte, die das Team einmal abstimmt und die jede Vereinbarung enthalten kann: Änderungen, Kündigung, Rangfolge, Vertraulichkeit, Haftung, Service-Gutschriften, verfehlte Ziele, Datenschutz.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no kind</source>
        <translation>keine Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{topic}: {title}
version {number} · default for {kinds}</source>
        <translation>{topic}: {title}
Version {number} · Standard für {kinds}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No text yet in: {languages}. Agreements in these languages print this clause in English.</source>
        <translation>Noch kein Text auf: {languages}. Vereinbarungen in diesen Sprachen drucken diese Klausel auf Englisch.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Clause not saved</source>
        <translation>Klausel nicht gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clause not removed</source>
        <translation>Klausel nicht entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/clauses_tab.py" line="+46"/>
        <source>Standard clauses</source>
        <translation>Standardklauseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts from the team&apos;s clause library that print as the agreement&apos;s standard terms, each with the version it carries. A new agreement starts with its kind&apos;s defaults.</source>
        <translation>Texte aus der Klauselbibliothek des Teams, die als Standardbedingungen der Vereinbarung gedruckt werden, jeweils in der enthaltenen Version. Eine neue Vereinbarung beginnt mit den Standards ihrer Art.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Use Newest Versions</source>
        <translation>Neueste Versionen verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clause Library…</source>
        <translation>Klauselbibliothek…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{topic}: {title}</source>
        <translation>{topic}: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · not carried (newest: version {n})</source>
        <translation> · nicht enthalten (neueste: Version {n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · version {n} (version {latest} is newer)</source>
        <translation> · Version {n} (Version {latest} ist neuer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · version {n}</source>
        <translation> · Version {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the agreement first: it then carries its kind&apos;s default clauses.</source>
        <translation>Speichern Sie die Vereinbarung zuerst: Sie enthält dann die Standardklauseln ihrer Art.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This agreement is no longer a draft: it keeps the clauses it was signed with.</source>
        <translation>Diese Vereinbarung ist kein Entwurf mehr: Sie behält die Klauseln, mit denen sie unterzeichnet wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clause library is empty: add clauses with Clause Library…</source>
        <translation>Die Klauselbibliothek ist leer: Fügen Sie Klauseln über Klauselbibliothek… hinzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick a clause to add its newest version; untick it to leave it out.</source>
        <translation>Haken Sie eine Klausel an, um ihre neueste Version aufzunehmen; entfernen Sie den Haken, um sie wegzulassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Not yet translated into {language}, so printed in English: {clauses}. Add their {language} text in the clause library.</source>
        <translation>⚠ Noch nicht übersetzt ({language}), daher auf Englisch gedruckt: {clauses}. Ergänzen Sie den Text ({language}) in der Klauselbibliothek.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Clauses not changed</source>
        <translation>Klauseln nicht geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change clauses of agreement {reference}</source>
        <translation>Klauseln der Vereinbarung {reference} ändern</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/common.py" line="+70"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the date from a calendar</source>
        <translation>Datum im Kalender wählen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>(no longer available)</source>
        <translation>(nicht mehr verfügbar)</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/contacts_tab.py" line="-190"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
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
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../domain/rules.py" line="-22"/>
        <location line="+21"/>
        <location filename="../../services/exchange/kinds.py" line="-2"/>
        <location filename="../../services/listing.py" line="-1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Choose a person…</source>
        <translation>Person wählen…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/agreements/responsibilities_tab.py" line="-2"/>
        <location filename="../../ui/agreements/targets_tab.py" line="+1"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/agreements/responsibilities_tab.py" line="+1"/>
        <location filename="../../ui/agreements/targets_tab.py" line="+2"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/contacts/page.py" line="+16"/>
        <location filename="../../services/exchange/kinds.py" line="+34"/>
        <location filename="../../services/listing.py" line="-18"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representatives, support contacts, escalation levels 1–3 and reviewers. Double-click a cell to choose the role or the person.</source>
        <translation>Vertreter, Supportkontakte, Eskalationsstufen 1–3 und Prüfer. Doppelklicken Sie eine Zelle, um Rolle oder Person zu wählen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/agreements/dialogs.py" line="-133"/>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
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
        <translation>Anbieter</translation>
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
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded when the agreement was activated.</source>
        <translation>Bei der Aktivierung der Vereinbarung erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed yet: add who signs for each party above in the role Signatory; the signatures are recorded when the agreement is activated (Activate…).</source>
        <translation>Noch nicht unterzeichnet: Tragen Sie oben für jede Partei die unterzeichnende Person in der Rolle Unterzeichner ein; die Unterschriften werden bei der Aktivierung erfasst (Aktivieren…).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signatures are recorded when the agreement is activated.</source>
        <translation>Die Unterschriften werden bei der Aktivierung der Vereinbarung erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/dialogs.py" line="-150"/>
        <source>Activate agreement</source>
        <translation>Vereinbarung aktivieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record when the agreement was signed and who signed it for each party. It then comes into force and can no longer be edited.</source>
        <translation>Erfassen Sie, wann die Vereinbarung unterzeichnet wurde und wer für jede Partei unterschrieben hat. Sie tritt dann in Kraft und kann nicht mehr bearbeitet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision {revision} is superseded by this one.</source>
        <translation>Revision {revision} wird durch diese ersetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/agreements/lifecycle_bar.py" line="+140"/>
        <source>further notice</source>
        <translation>auf Weiteres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../domain/rules.py" line="-2"/>
        <location filename="../../services/exchange/kinds.py" line="-27"/>
        <location filename="../../services/listing.py" line="+53"/>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Town or city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signatories</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the date the agreement was signed, as YYYY-MM-DD.</source>
        <translation>Geben Sie das Unterzeichnungsdatum als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing date is after the end of the validity.</source>
        <translation>Das Unterzeichnungsdatum liegt nach dem Ende der Gültigkeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of the person who signed for every party.</source>
        <translation>Geben Sie für jede Partei den Namen der unterzeichnenden Person ein.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Terminate agreement</source>
        <translation>Vereinbarung kündigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: the service was replaced by a new contract.</source>
        <translation>Zum Beispiel: Der Service wurde durch einen neuen Vertrag ersetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terminate</source>
        <translation>Kündigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A terminated agreement ends now, before its end date. It stays in the record, read-only, and cannot be reactivated.</source>
        <translation>Eine gekündigte Vereinbarung endet jetzt, vor ihrem Enddatum. Sie bleibt schreibgeschützt erhalten und kann nicht wieder aktiviert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason (recorded in the history)</source>
        <translation>Grund (wird im Verlauf festgehalten)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Duplicate agreement</source>
        <translation>Vereinbarung duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same customers as {source}</source>
        <translation>Dieselben Kunden wie {source}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/agreements/parties.py" line="-178"/>
        <source>No representative</source>
        <translation>Kein Vertreter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Representative</source>
        <translation>Vertreter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate {source}</source>
        <translation>{source} duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy is a new draft with a new reference. Services, targets, responsibilities, texts and contacts are copied; the dates and signatures are not.</source>
        <translation>Die Kopie ist ein neuer Entwurf mit neuer Referenz. Services, Ziele, Verantwortlichkeiten, Texte und Kontakte werden übernommen, Daten und Unterschriften nicht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter a title for the copy.</source>
        <translation>Geben Sie einen Titel für die Kopie ein.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/editor.py" line="-51"/>
        <location filename="../../ui/agreements/lifecycle_actions.py" line="+65"/>
        <source>{reference} revision {revision} is {status} now.</source>
        <translation>{reference} Revision {revision} ist jetzt {status}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Service {number}: {message}</source>
        <translation>Service {number}: {message}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level {number}: {message}</source>
        <translation>Stufe {number}: {message}</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+33"/>
        <location filename="../../ui/agreements/page.py" line="+87"/>
        <location filename="../../domain/models/agreements.py" line="+33"/>
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties &amp;&amp; terms</source>
        <translation>Parteien &amp;&amp; Bedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Underpinning</source>
        <translation>Absicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibilities</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts &amp;&amp; signatures</source>
        <translation>Kontakte &amp;&amp; Unterschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/agreements/history_tab.py" line="+38"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Item {number}: {message}</source>
        <translation>Eintrag {number}: {message}</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../ui/agreements/lifecycle_bar.py" line="+18"/>
        <source>revision {revision}</source>
        <translation>Revision {revision}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new {kind}</source>
        <translation>neues {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/general_tab.py" line="-49"/>
        <source>Usually the IT organization that delivers the services.</source>
        <translation>Meist die IT-Organisation, die die Services erbringt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internal unit: an operational level agreement is between internal teams.</source>
        <translation>Eine interne Einheit: Ein Operational-Level-Agreement wird zwischen internen Teams geschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplier: an underpinning contract is with a third party.</source>
        <translation>Ein Lieferant: Ein Underpinning Contract wird mit einem Dritten geschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The business units or customers who receive the services, each with a representative.</source>
        <translation>Die Geschäftsbereiche oder Kunden, die die Services erhalten, jeweils mit einem Vertreter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The internal units that rely on the provider.</source>
        <translation>Die internen Einheiten, die auf den Anbieter angewiesen sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The internal units the supplier delivers to.</source>
        <translation>Die internen Einheiten, die der Lieferant beliefert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../ui/service_levels/details.py" line="+43"/>
        <location filename="../../services/exchange/kinds.py" line="-21"/>
        <location filename="../../services/listing.py" line="-21"/>
        <location line="+56"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Finance business services</source>
        <translation>z. B. Geschäftsservices Finanzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next free</source>
        <translation>Nächste freie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the next free reference for this kind and year</source>
        <translation>Die nächste freie Referenz für diese Art und dieses Jahr verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/service_levels/details.py" line="+0"/>
        <location filename="../../domain/rules.py" line="+115"/>
        <location filename="../../services/listing.py" line="-3"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique; revisions of the agreement keep it.</source>
        <translation>Eindeutig; Revisionen der Vereinbarung behalten sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the provider…</source>
        <translation>Anbieter wählen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document language</source>
        <translation>Dokumentsprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As its first customer</source>
        <translation>Wie der erste Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headings, standard sentences, dates and amounts print in it.</source>
        <translation>Überschriften, Standardsätze, Datumsangaben und Beträge werden in dieser Sprache gedruckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/listing.py" line="+4"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Covered services</source>
        <translation>Abgedeckte Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog services the agreement is about.</source>
        <translation>Die Katalogservices, um die es in der Vereinbarung geht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validity and review</source>
        <translation>Gültigkeit und Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/listing.py" line="+3"/>
        <source>Valid to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty for an agreement without an end date.</source>
        <translation>Leer lassen für eine unbefristete Vereinbarung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>No regular review</source>
        <translation>Keine regelmäßige Überprüfung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review every</source>
        <translation>Überprüfung alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the interval</source>
        <translation>Aus dem Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first review date on the interval, counted from “valid from”</source>
        <translation>Der erste Überprüfungstermin im Intervall, gerechnet ab „Gültig ab“</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../services/listing.py" line="+1"/>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>“{text}” is not a date; write it like {example}.</source>
        <translation>„{text}“ ist kein Datum; schreiben Sie es z. B. als {example}.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/history_tab.py" line="-6"/>
        <source>Revisions</source>
        <translation>Revisionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every revision of this agreement; click one to open it.</source>
        <translation>Alle Revisionen dieser Vereinbarung; klicken Sie eine an, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status changes, revisions and edits: when, and who (the computer user).</source>
        <translation>Statuswechsel, Revisionen und Änderungen: wann und von wem (Benutzer des Computers).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revision {revision} — {status}</source>
        <translation>Revision {revision} – {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (shown)</source>
        <translation>  (angezeigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <location filename="../../ui/common/history_panel.py" line="+71"/>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/lifecycle_actions.py" line="+6"/>
        <source>{reason} This step can no longer be undone or redone.</source>
        <translation>{reason} Dieser Schritt kann nicht mehr rückgängig gemacht oder wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../ui/agreements/lifecycle_bar.py" line="-20"/>
        <source>{reference} revision {revision}</source>
        <translation>{reference} Revision {revision}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not submitted for review</source>
        <translation>Nicht zur Prüfung eingereicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit {label} for review</source>
        <translation>{label} zur Prüfung einreichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is in review.</source>
        <translation>{name} ist in Prüfung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not returned to draft</source>
        <translation>Nicht zum Entwurf zurückgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return {label} to draft</source>
        <translation>{label} zum Entwurf zurückgeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is a draft again.</source>
        <translation>{name} ist wieder ein Entwurf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Activate {name}</source>
        <translation>{name} aktivieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not activated</source>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is active.</source>
        <translation>{name} ist aktiv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision {revision} is superseded.</source>
        <translation>Revision {revision} ist ersetzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Terminate {name}?</source>
        <translation>{name} kündigen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not terminated</source>
        <translation>Nicht gekündigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is terminated.</source>
        <translation>{name} ist gekündigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not revised</source>
        <translation>Nicht überarbeitet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revision {revision} of {reference} started as a draft; revision {old} stays in force until it is activated.</source>
        <translation>Revision {revision} von {reference} als Entwurf begonnen; Revision {old} bleibt bis zu deren Aktivierung in Kraft.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not duplicated</source>
        <translation>Nicht dupliziert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate {label} as {new}</source>
        <translation>{label} als {new} duplizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reference} created as a copy of {source}.</source>
        <translation>{reference} als Kopie von {source} angelegt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revise {label}</source>
        <translation>{label} überarbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/lifecycle_bar.py" line="-105"/>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the agreement is complete and hand it to the reviewers.</source>
        <translation>Prüfen, ob die Vereinbarung vollständig ist, und sie den Prüfern übergeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate…</source>
        <translation>Aktivieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the signatures: the agreement comes into force.</source>
        <translation>Unterschriften erfassen: Die Vereinbarung tritt in Kraft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the agreement back to make changes.</source>
        <translation>Die Vereinbarung zurücknehmen, um sie zu ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminate…</source>
        <translation>Kündigen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End the agreement before its end date.</source>
        <translation>Die Vereinbarung vor ihrem Enddatum beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revise</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new draft revision with everything copied.</source>
        <translation>Eine neue Entwurfsrevision beginnen, in die alles übernommen wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate for another customer…</source>
        <translation>Für einen anderen Kunden duplizieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the agreement as a new draft, for example for another customer.</source>
        <translation>Die Vereinbarung als neuen Entwurf kopieren, zum Beispiel für einen anderen Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open revision {revision}</source>
        <translation>Revision {revision} öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the newer revision of this agreement.</source>
        <translation>Die neuere Revision dieser Vereinbarung öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: submit it for review when the content is complete.</source>
        <translation>Als Nächstes: Zur Prüfung einreichen, sobald der Inhalt vollständig ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: activate it once it is signed, or return it to draft for changes.</source>
        <translation>Als Nächstes: Nach der Unterzeichnung aktivieren oder für Änderungen zum Entwurf zurückgeben.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>In force — read-only</source>
        <translation>In Kraft – schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was signed on {signed} and is valid until {until}. An active agreement cannot be edited: revise it to prepare the changes as a new draft revision. This revision stays in force until the new one is activated.</source>
        <translation>{name} wurde am {signed} unterzeichnet und gilt bis {until}. Eine aktive Vereinbarung kann nicht bearbeitet werden: Überarbeiten Sie sie, um die Änderungen als neue Entwurfsrevision vorzubereiten. Diese Revision bleibt in Kraft, bis die neue aktiviert wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expired — read-only</source>
        <translation>Abgelaufen – schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The validity of {name} ended on {until}; it is kept unchanged for the record. Revise it to renew the agreement.</source>
        <translation>Die Gültigkeit von {name} endete am {until}; sie wird unverändert aufbewahrt. Überarbeiten Sie sie, um die Vereinbarung zu erneuern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Superseded — read-only</source>
        <translation>Ersetzt – schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a newer revision</source>
        <translation>eine neuere Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was replaced by {by} and is kept unchanged for the record.</source>
        <translation>{name} wurde durch {by} ersetzt und wird unverändert aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated — read-only</source>
        <translation>Gekündigt – schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was ended before its end date and is kept unchanged for the record. To agree the services again, duplicate it as a new agreement.</source>
        <translation>{name} wurde vor ihrem Enddatum beendet und wird unverändert aufbewahrt. Um die Services erneut zu vereinbaren, duplizieren Sie sie als neue Vereinbarung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revision {revision} is being prepared ({status}).</source>
        <translation>Revision {revision} wird vorbereitet ({status}).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>New draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet. Save the draft, then submit it for review.</source>
        <translation>Noch nicht gespeichert. Speichern Sie den Entwurf und reichen Sie ihn dann zur Prüfung ein.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/page.py" line="-4"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No agreement selected</source>
        <translation>Keine Vereinbarung ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an agreement in the list to see and edit it here, or create a new one.</source>
        <translation>Wählen Sie eine Vereinbarung in der Liste, um sie hier zu sehen und zu bearbeiten, oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search reference, title or customer</source>
        <translation>Referenz, Titel, Kunde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agreements yet</source>
        <translation>Noch keine Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements record what IT promises to whom: SLAs with customers, OLAs with internal teams and underpinning contracts with suppliers. Write the first one from the standard target matrix.</source>
        <translation>Vereinbarungen halten fest, was die IT wem zusagt: SLAs mit Kunden, OLAs mit internen Teams und Underpinning Contracts mit Lieferanten. Schreiben Sie die erste auf Grundlage der Standard-Zielmatrix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/organizations/page.py" line="+30"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/catalog/page.py" line="+31"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/agreements/targets_model.py" line="+212"/>
        <location filename="../../ui/agreements/targets_tab.py" line="+33"/>
        <location filename="../../services/service_levels/report.py" line="+174"/>
        <source>All services</source>
        <translation>Alle Services</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Expired because their validity ended: {names}.</source>
        <translation>Abgelaufen, weil ihre Gültigkeit endete: {names}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/parties.py" line="-21"/>
        <source>No customer yet. An agreement needs at least one before review.</source>
        <translation>Noch kein Kunde. Eine Vereinbarung braucht vor der Prüfung mindestens einen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add customer</source>
        <translation>Kunden hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the customer…</source>
        <translation>Kunden wählen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person who represents this customer in the agreement</source>
        <translation>Die Person, die diesen Kunden in der Vereinbarung vertritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this customer</source>
        <translation>Diesen Kunden entfernen</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Add a service: type a code or name…</source>
        <translation>Service hinzufügen: Code oder Namen eingeben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the first services</source>
        <translation>Die ersten Services zeigen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(deleted service)</source>
        <translation>(gelöschter Service)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only live or retiring services can be in an active SLA.</source>
        <translation>Nur produktive oder auslaufende Services können in einem aktiven SLA stehen.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/responsibilities_tab.py" line="-4"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing listed yet.</source>
        <translation>Noch nichts eingetragen.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Responsibilities of the provider</source>
        <translation>Verantwortlichkeiten des Anbieters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the provider commits to do, one sentence per item. Double-click an item to edit it; drag or use Up and Down to reorder.</source>
        <translation>Wozu sich der Anbieter verpflichtet, ein Satz pro Eintrag. Doppelklicken Sie einen Eintrag, um ihn zu bearbeiten; ziehen oder mit Nach oben/Nach unten umsortieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsibilities of the customer</source>
        <translation>Verantwortlichkeiten des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer commits to do so that the targets can be met.</source>
        <translation>Wozu sich der Kunde verpflichtet, damit die Ziele erreicht werden können.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/targets_model.py" line="-170"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
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
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/agreements/underpinning_tab.py" line="+73"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning at</source>
        <translation>Warnung ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../domain/rules.py" line="-157"/>
        <location line="+19"/>
        <location line="+102"/>
        <location filename="../../services/exchange/kinds.py" line="-21"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition (custom metrics)</source>
        <translation>Definition (eigene Kennzahlen)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Recovery time (RTO)</source>
        <translation>Wiederherstellungszeit (RTO)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery point (RPO)</source>
        <translation>Wiederherstellungspunkt (RPO)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../domain/enums.py" line="-58"/>
        <source>Custom metric</source>
        <translation>Eigene Kennzahl</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{number} % of target</source>
        <translation>{number} % des Zielwerts</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>(not covered)</source>
        <translation>(nicht abgedeckt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/agreements/targets_tab.py" line="+5"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Warning threshold: the share of the target time after which a risk of missing it is reported.</source>
        <translation>Warnschwelle: der Anteil der Zielzeit, ab dem ein Risiko der Verfehlung gemeldet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning threshold: the level at which a risk of missing the target is reported.</source>
        <translation>Warnschwelle: der Wert, ab dem ein Risiko der Zielverfehlung gemeldet wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the metric measures: the agreement&apos;s glossary prints it.</source>
        <translation>Was die Kennzahl misst: Das Glossar der Vereinbarung druckt es.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/targets_tab.py" line="-42"/>
        <source>Add target</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the target up</source>
        <translation>Ziel nach oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the target down</source>
        <translation>Ziel nach unten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+89"/>
        <source>Standard matrix</source>
        <translation>Standardmatrix</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Response and resolution times for P1–P4 and availability per covered service</source>
        <translation>Reaktions- und Lösungszeiten für P1–P4 und Verfügbarkeit je abgedecktem Service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No targets yet. “Standard matrix” adds response and resolution times for P1–P4 and an availability target for each covered service.</source>
        <translation>Noch keine Ziele. „Standardmatrix“ fügt Reaktions- und Lösungszeiten für P1–P4 und ein Verfügbarkeitsziel für jeden abgedeckten Service hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service level targets</source>
        <translation>Service-Level-Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is promised and how it is measured. Start from the standard matrix and adjust it; double-click a cell to change it. Response and resolution times can differ by priority.</source>
        <translation>Was zugesagt wird und wie es gemessen wird. Beginnen Sie mit der Standardmatrix und passen Sie sie an; doppelklicken Sie eine Zelle, um sie zu ändern. Reaktions- und Lösungszeiten können je Priorität verschieden sein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> % of target</source>
        <translation> % des Zielwerts</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>No warning</source>
        <translation>Keine Warnung</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Replace the {count} targets in the table with the standard matrix?</source>
        <translation>Die {count} Ziele der Tabelle durch die Standardmatrix ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/agreements/texts_tab.py" line="+256"/>
        <location filename="../../ui/backups.py" line="+119"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/terms_tab.py" line="-58"/>
        <source>{provider_role}: {provider_is}. {customer_role}: {customer_is}. Prints {prints}.</source>
        <translation>{provider_role}: {provider_is}. {customer_role}: {customer_is}. Druckt {prints}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Who is who</source>
        <translation>Wer ist wer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The services as this agreement describes them</source>
        <translation>Die Services, wie diese Vereinbarung sie beschreibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed instead of the catalog: its description, support, price and reference for each covered service.</source>
        <translation>Wird statt des Katalogs gedruckt: Beschreibung, Support, Preis und Referenz je abgedecktem Service.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A service level agreement prints the catalog&apos;s own facts of its services.</source>
        <translation>Ein Service-Level-Agreement druckt die Katalogangaben seiner Services.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority levels</source>
        <translation>Prioritätsstufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The levels and meanings the customer agrees; response and resolution targets and the glossary refer to them.</source>
        <translation>Die Stufen und ihre Bedeutung, die der Kunde vereinbart; Reaktions- und Lösungsziele sowie das Glossar beziehen sich darauf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../domain/rules.py" line="+39"/>
        <location line="+7"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add level</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team default</source>
        <translation>Team-Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the team&apos;s default levels; the agreement prints them</source>
        <translation>Die Standardstufen des Teams zeigen; die Vereinbarung druckt sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as team default</source>
        <translation>Als Team-Standard speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New agreements start from these levels and support hours</source>
        <translation>Neue Vereinbarungen beginnen mit diesen Stufen und Supportzeiten</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+85"/>
        <location filename="../../domain/rules.py" line="-105"/>
        <location filename="../../services/exchange/kinds.py" line="+92"/>
        <source>Support hours</source>
        <translation>Supportzeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets in business hours or business days count only within these hours; every other time is clock time.</source>
        <translation>Ziele in Geschäftsstunden oder Geschäftstagen zählen nur innerhalb dieser Zeiten; alle anderen Zeiten sind Uhrzeit.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>What is delivered</source>
        <translation>Leistungsumfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to reach its support</source>
        <translation>Erreichbarkeit des Supports</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/rules.py" line="-81"/>
        <source>Contract reference</source>
        <translation>Vertragsreferenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../services/exchange/kinds.py" line="+44"/>
        <source>Charge model</source>
        <translation>Verrechnungsmodell</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../services/exchange/kinds.py" line="+3"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/exchange/kinds.py" line="+2"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billed per</source>
        <translation>Abrechnung pro</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>e.g. Service desk hours</source>
        <translation>z. B. Servicedesk-Zeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Monday to Friday 07:30–18:30 UK time, except bank holidays in England</source>
        <translation>z. B. Montag bis Freitag 07:30–18:30 MEZ, außer an gesetzlichen Feiertagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Measured as: {hours}.</source>
        <translation>Gemessen als: {hours}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not measurable until defined: {problem}</source>
        <translation>Nicht messbar, bis festgelegt: {problem}</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>This agreement&apos;s own levels.</source>
        <translation>Die eigenen Stufen dieser Vereinbarung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s default levels: change any of them to give this agreement its own.</source>
        <translation>Die Standardstufen des Teams: Ändern Sie eine davon, um dieser Vereinbarung eigene zu geben.</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/texts_tab.py" line="-211"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the agreement covers and what it does not: the services, locations and users.</source>
        <translation>Was die Vereinbarung abdeckt und was nicht: Services, Standorte und Benutzer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service hours and exceptions</source>
        <translation>Servicezeiten und Ausnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the services are available, and maintenance windows, holidays and other exceptions.</source>
        <translation>Wann die Services verfügbar sind, sowie Wartungsfenster, Feiertage und andere Ausnahmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to get help: contact points, support hours, incident handling, requests.</source>
        <translation>Wie man Hilfe bekommt: Anlaufstellen, Supportzeiten, Störungsbearbeitung, Anfragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limitations and constraints</source>
        <translation>Einschränkungen und Rahmenbedingungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conditions under which the targets do not apply.</source>
        <translation>Bedingungen, unter denen die Ziele nicht gelten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting and communication</source>
        <translation>Berichtswesen und Kommunikation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is reported to whom, how often, and review meetings.</source>
        <translation>Was wem wie oft berichtet wird, und Überprüfungstermine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whom to contact, in which order, when a target is missed.</source>
        <translation>Wer in welcher Reihenfolge zu kontaktieren ist, wenn ein Ziel verfehlt wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security and data protection</source>
        <translation>Informationssicherheit und Datenschutz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information security and data protection commitments of both sides.</source>
        <translation>Zusagen beider Seiten zu Informationssicherheit und Datenschutz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Entgelte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the customer pays for the services, and how it is invoiced.</source>
        <translation>Was der Kunde für die Services zahlt und wie abgerechnet wird.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the covered services&apos; hours in the catalog</source>
        <translation>den Servicezeiten der abgedeckten Services im Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the covered services&apos; support channels and hours</source>
        <translation>den Supportkanälen und -zeiten der abgedeckten Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the covered services&apos; cost models</source>
        <translation>den Kostenmodellen der abgedeckten Services</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Fill from the services</source>
        <translation>Aus den Services übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this text from {source}</source>
        <translation>Diesen Text aus {source} schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled in automatically from {source} while you have not changed it.</source>
        <translation>Automatisch aus {source} ausgefüllt, solange Sie ihn nicht geändert haben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not applicable:</source>
        <translation>Nicht anwendbar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an empty section can be marked; review and activation accept it as complete. Untick it to write the section.</source>
        <translation>Nur ein leerer Abschnitt kann markiert werden; Prüfung und Aktivierung gelten ihn als vollständig. Entfernen Sie den Haken, um den Abschnitt zu schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>print “This section does not apply to this agreement.”</source>
        <translation>„Dieser Abschnitt ist für diese Vereinbarung nicht anwendbar.“ drucken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Escalation contacts</source>
        <translation>Eskalationskontakte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the escalation path</source>
        <translation>Eskalationsweg schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the escalation levels and contacts into the text</source>
        <translation>Eskalationsstufen und Kontakte in den Text schreiben</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{title} (to be written)</source>
        <translation>{title} (noch zu schreiben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To be written: a draft prints a “to be completed” mark, and the agreement cannot go to review until the section is written or marked not applicable.</source>
        <translation>Noch zu schreiben: Ein Entwurf druckt den Vermerk „zu ergänzen“, und die Vereinbarung kann nicht zur Prüfung, bis der Abschnitt geschrieben oder als nicht anwendbar markiert ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} (not applicable)</source>
        <translation>{title} (nicht anwendbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable: the section prints “This section does not apply to this agreement.”</source>
        <translation>Nicht anwendbar: Der Abschnitt druckt „Dieser Abschnitt ist für diese Vereinbarung nicht anwendbar.“</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No services</source>
        <translation>Keine Services</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the covered services on the General tab first.</source>
        <translation>Fügen Sie zuerst auf der Registerkarte Allgemein die abgedeckten Services hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the text?</source>
        <translation>Text ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the text of “{section}” with the one written from the catalog?</source>
        <translation>Den Text von „{section}“ durch den aus dem Katalog geschriebenen ersetzen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No escalation contacts yet: on the Contacts tab, give people the roles “Escalation level 1” to “Escalation level 3”.</source>
        <translation>Noch keine Eskalationskontakte: Geben Sie Personen auf der Registerkarte Kontakte die Rollen „Eskalationsstufe 1“ bis „Eskalationsstufe 3“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level {level}: {name} ({organization})</source>
        <translation>Stufe {level}: {name} ({organization})</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/underpinning_tab.py" line="-17"/>
        <source> — {status}, not counted</source>
        <translation> – {status}, nicht gezählt</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>None linked</source>
        <translation>Nichts verknüpft</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No margin ({short})</source>
        <translation>Keine Reserve ({short})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No margin</source>
        <translation>Keine Reserve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No margin assured</source>
        <translation>Keine Reserve gesichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../domain/underpinning.py" line="+202"/>
        <source>Not underpinned</source>
        <translation>Nicht abgesichert</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+64"/>
        <source>Rests on</source>
        <translation>Stützt sich auf</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Margin</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Which OLA or contract target does “{target}” rest on?</source>
        <translation>Auf welches OLA- oder Vertragsziel stützt sich „{target}“?</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+30"/>
        <location line="+96"/>
        <source>Underpinning chain</source>
        <translation>Absicherungskette</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Rests on…</source>
        <translation>Stützt sich auf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the selected target to an OLA or contract target beneath it</source>
        <translation>Das gewählte Ziel mit einem darunterliegenden OLA- oder Vertragsziel verknüpfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected target no longer rests on that one</source>
        <translation>Das gewählte Ziel stützt sich nicht mehr darauf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For each target, the OLA and supplier contract targets it rests on and the margin they leave for your own work. The printed SLA shows this in an annex. Links take effect at once.</source>
        <translation>Für jedes Ziel die OLA- und Lieferantenvertragsziele, auf die es sich stützt, und die Reserve, die sie für Ihre eigene Arbeit lassen. Das gedruckte SLA zeigt dies in einem Anhang. Verknüpfungen wirken sofort.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The targets of an OLA or a supplier contract underpin SLAs: link them from the SLA.</source>
        <translation>Die Ziele eines OLA oder Lieferantenvertrags sichern SLAs ab: Verknüpfen Sie sie vom SLA aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the agreement first: its targets can then rest on OLA and contract targets.</source>
        <translation>Speichern Sie die Vereinbarung zuerst: Ihre Ziele können sich dann auf OLA- und Vertragsziele stützen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the targets can rest on others: only availability, response, resolution, RTO, RPO and maintenance notice targets can.</source>
        <translation>Keines der Ziele kann sich auf andere stützen: Das können nur Verfügbarkeits-, Reaktions-, Lösungs-, RTO-, RPO- und Wartungsankündigungsziele.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ {count} of {total} targets rest on promises that leave no margin for your own work.</source>
        <translation>⚠ {count} von {total} Zielen stützen sich auf Zusagen, die keine Reserve für Ihre eigene Arbeit lassen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No OLA or contract has a {metric} target to rest on.</source>
        <translation>Kein OLA oder Vertrag hat ein Ziel für {metric}, auf das es sich stützen könnte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link {target} to {beneath}</source>
        <translation>{target} mit {beneath} verknüpfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlink {target} from {beneath}</source>
        <translation>Verknüpfung von {target} mit {beneath} lösen</translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="-9"/>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} already exists in {folder}. Replace it with a new backup?</source>
        <translation>{name} existiert bereits in {folder}. Durch eine neue Sicherung ersetzen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not Backed Up</source>
        <translation>Nicht gesichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up the database to {path}.</source>
        <translation>Datenbank nach {path} gesichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is the open database itself; choose a backup of it.</source>
        <translation>{path} ist die geöffnete Datenbank selbst; wählen Sie eine ihrer Sicherungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the open database {current} with the backup {backup}?

Everything saved since that backup was made is replaced. A copy of the database as it is now is kept beside it.</source>
        <translation>Die geöffnete Datenbank {current} durch die Sicherung {backup} ersetzen?

Alles seit dieser Sicherung Gespeicherte wird ersetzt. Eine Kopie der Datenbank im jetzigen Zustand wird daneben aufbewahrt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup {backup} could not be restored: {error}.</source>
        <translation>Die Sicherung {backup} konnte nicht wiederhergestellt werden: {error}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not Restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the backup {backup}.</source>
        <translation>Sicherung {backup} wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database as it was before is kept as {kept}.</source>
        <translation>Die Datenbank im vorherigen Zustand wird als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup Restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored the backup {backup} into {current}.</source>
        <translation>Sicherung {backup} in {current} wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../ui/files.py" line="+108"/>
        <location line="+10"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The language chosen applies the next time ITSM Desktop starts.</source>
        <translation>Die gewählte Sprache gilt ab dem nächsten Start von ITSM Desktop.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot make the automatic backup of {path}: {error}.</source>
        <translation>Die automatische Sicherung von {path} ist nicht möglich: {error}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Made the day&apos;s automatic backup: {path}.</source>
        <translation>Automatische Tagessicherung erstellt: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/editor.py" line="+63"/>
        <location line="+22"/>
        <location filename="../../ui/catalog/page.py" line="-9"/>
        <location filename="../../domain/models/catalog.py" line="+45"/>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/page.py" line="-4"/>
        <source>Service catalog</source>
        <translation>Servicekatalog</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No service selected</source>
        <translation>Kein Service ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a service in the list to see and edit it here, or create a new one.</source>
        <translation>Wählen Sie einen Service in der Liste, um ihn hier zu sehen und zu bearbeiten, oder legen Sie einen neuen an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search services by code, name, provider, owner, supplier…</source>
        <translation>Code, Name, Anbieter, Owner, Lieferant suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No services yet</source>
        <translation>Noch keine Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what IT offers the business: create a new service, or load the sample portfolio to see a complete catalog.</source>
        <translation>Beschreiben Sie, was die IT dem Geschäft anbietet: Legen Sie einen neuen Service an oder laden Sie das Beispielportfolio, um einen vollständigen Katalog zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All families</source>
        <translation>Alle Servicefamilien</translation>
    </message>
    <message>
        <location filename="../../ui/common/background.py" line="+73"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation>{path} kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The work could not be done: {error}</source>
        <translation>Die Arbeit konnte nicht erledigt werden: {error}</translation>
    </message>
    <message>
        <location line="+77"/>
        <location filename="../../ui/printing/printer.py" line="+244"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <location filename="../../ui/common/conflicts.py" line="+41"/>
        <source>This {noun}</source>
        <translation>Dieser Datensatz ({noun})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was changed by someone else.</source>
        <translation>{name} wurde von jemand anderem geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} was deleted by someone else since you opened it.</source>
        <translation>{name} wurde seit dem Öffnen von jemand anderem gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was changed by someone else while you were editing it; your changes are not saved yet.</source>
        <translation>{name} wurde von jemand anderem geändert, während Sie es bearbeitet haben; Ihre Änderungen sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was changed by someone else since you opened it, so it was not deleted.</source>
        <translation>{name} wurde seit dem Öffnen von jemand anderem geändert und daher nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was changed by someone else since you opened it, so your changes were not saved.</source>
        <translation>{name} wurde seit dem Öffnen von jemand anderem geändert; Ihre Änderungen wurden daher nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last saved by {who} at {when}.</source>
        <translation>Zuletzt gespeichert von {who} am {when}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an unknown user</source>
        <translation>ein unbekannter Benutzer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>… and {count} more fields</source>
        <translation>… und {count} weitere Felder</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location filename="../../ui/common/dialogs.py" line="+20"/>
        <source>ITSM Desktop databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>ITSM-Desktop-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What changed (yours → theirs):</source>
        <translation>Was sich geändert hat (Ihre → deren):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload to see the saved version; your edits are discarded. Keep editing to copy what you need first: nothing is saved over the newer version.</source>
        <translation>Laden Sie neu, um die gespeicherte Version zu sehen; Ihre Änderungen werden verworfen. Bearbeiten Sie weiter, um zuerst zu kopieren, was Sie brauchen: Nichts überschreibt die neuere Version.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Do you want to save your changes?</source>
        <translation>Möchten Sie Ihre Änderungen speichern?</translation>
    </message>
    <message>
        <location filename="../../ui/agreements/terms_tab.py" line="-76"/>
        <location filename="../../ui/common/editor.py" line="+64"/>
        <source>Row {row}: {message}</source>
        <translation>Zeile {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/common/editor.py" line="+37"/>
        <location filename="../../ui/common/record_actions.py" line="+30"/>
        <location filename="../../domain/models/base.py" line="+67"/>
        <source>record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/common/history_panel.py" line="-282"/>
        <location filename="../../domain/enums.py" line="+66"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/enums.py" line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../domain/enums.py" line="+1"/>
        <location filename="../../services/exchange/kinds.py" line="-34"/>
        <location filename="../../services/listing.py" line="-52"/>
        <location line="+93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/enums.py" line="+1"/>
        <source>Revised</source>
        <translation>Überarbeitet</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>#{id} (deleted)</source>
        <translation>#{id} (gelöscht)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/common/table_model.py" line="+46"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/common/table_model.py" line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../services/listing.py" line="-5"/>
        <source>Rev.</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Export History…</source>
        <translation>Verlauf e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../ui/common/record_page.py" line="+108"/>
        <source>records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No records yet</source>
        <translation>Noch keine Datensätze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No record selected</source>
        <translation>Kein Datensatz ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a record in the list to see and edit it here, or create a new one.</source>
        <translation>Wählen Sie einen Datensatz in der Liste, um ihn hier zu sehen und zu bearbeiten, oder legen Sie einen neuen an.</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/editor.py" line="+28"/>
        <location line="+18"/>
        <location line="+114"/>
        <location filename="../../ui/contacts/page.py" line="+4"/>
        <location filename="../../domain/models/stakeholders.py" line="+44"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change sign-in names of {contact}</source>
        <translation>Anmeldenamen von {contact} ändern</translation>
    </message>
    <message>
        <location filename="../../ui/contacts/page.py" line="+1"/>
        <source>No contact selected</source>
        <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a contact in the list to see and edit it here, or create a new one.</source>
        <translation>Wählen Sie einen Kontakt in der Liste, um ihn hier zu sehen und zu bearbeiten, oder legen Sie einen neuen an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search people by name, job, e-mail, organization…</source>
        <translation>Name, Funktion, E-Mail, Organisation suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts are the people of your organizations: service owners, customer representatives, supplier account managers. Add an organization first.</source>
        <translation>Kontakte sind die Personen Ihrer Organisationen: Service Owner, Kundenvertreter, Ansprechpartner der Lieferanten. Legen Sie zuerst eine Organisation an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/organizations/page.py" line="+1"/>
        <source>Active and inactive</source>
        <translation>Aktive und inaktive</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/organizations/page.py" line="+0"/>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/organizations/page.py" line="+0"/>
        <source>Inactive only</source>
        <translation>Nur inaktive</translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics.py" line="+112"/>
        <source>Unexpected Error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong that {app} did not expect ({summary}). Your saved work is safe; what you were typing may not be. The details are in the log file {path} — please attach it when you report this.</source>
        <translation>Etwas Unerwartetes ist in {app} schiefgegangen ({summary}). Ihre gespeicherte Arbeit ist sicher; was Sie gerade eingegeben haben, möglicherweise nicht. Die Einzelheiten stehen in der Protokolldatei {path} – bitte hängen Sie sie an, wenn Sie dies melden.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/preview_model.py" line="+28"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/service_levels/details.py" line="+103"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/files.py" line="-44"/>
        <location line="+7"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists. Choose another name, or open it with File ▸ Open Database.</source>
        <translation>{path} existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie sie mit Datei ▸ Datenbank öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path} no longer exists; it was removed from the recent list.</source>
        <translation>{path} existiert nicht mehr und wurde aus der Liste entfernt.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Load Sample Portfolio</source>
        <translation>Beispielportfolio laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample portfolio is not installed.</source>
        <translation>Das Beispielportfolio ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sample portfolio can only be loaded into an empty database, so that it never mixes with your records. Create one with File ▸ New Database, then load it there.</source>
        <translation>Das Beispielportfolio kann nur in eine leere Datenbank geladen werden, damit es sich nie mit Ihren Datensätzen vermischt. Legen Sie eine mit Datei ▸ Neue Datenbank an und laden Sie es dort.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="+51"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min ago</source>
        <translation>vor {n} Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today {time}</source>
        <translation>heute {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday {time}</source>
        <translation>gestern {time}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message numerus="yes">
        <location line="+175"/>
        <source>%Ln service(s) in the catalog</source>
        <translation>
            <numerusform>%Ln Service im Katalog</numerusform>
            <numerusform>%Ln Services im Katalog</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/integrity.py" line="+102"/>
        <source>Database Damaged</source>
        <translation>Datenbank beschädigt</translation>
    </message>
    <message>
        <location filename="../../ui/organizations/editor.py" line="+32"/>
        <location line="+7"/>
        <location filename="../../ui/organizations/page.py" line="-10"/>
        <location filename="../../domain/models/stakeholders.py" line="-24"/>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/organizations/page.py" line="-4"/>
        <location filename="../../services/exchange/kinds.py" line="-50"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No organization selected</source>
        <translation>Keine Organisation ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an organization in the list to see and edit it here, or create a new one.</source>
        <translation>Wählen Sie eine Organisation in der Liste, um sie hier zu sehen und zu bearbeiten, oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search organizations by name, code, e-mail…</source>
        <translation>Name, Code, E-Mail suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No organizations yet</source>
        <translation>Noch keine Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the internal teams that deliver services, the customers who agree targets, and the suppliers you depend on.</source>
        <translation>Erfassen Sie die internen Teams, die Services erbringen, die Kunden, die Ziele vereinbaren, und die Lieferanten, von denen Sie abhängen.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/dialogs.py" line="+26"/>
        <location filename="../../ui/printing/jobs.py" line="+291"/>
        <location filename="../../ui/printing/printer.py" line="-16"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+16"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clauses without a translation</source>
        <translation>Klauseln ohne Übersetzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These standard clauses have no text in {language} yet:

{names}

Translate them in the clause library (Go ▸ Clause Library…), or print them in English.</source>
        <translation>Diese Standardklauseln haben noch keinen Text in der Sprache {language}:

{names}

Übersetzen Sie sie in der Klauselbibliothek (Gehe zu ▸ Klauselbibliothek…) oder drucken Sie sie auf Englisch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Them in English</source>
        <translation>Auf Englisch drucken</translation>
    </message>
    <message>
        <location filename="../../ui/printing/export.py" line="+36"/>
        <location line="+15"/>
        <location filename="../../ui/printing/jobs.py" line="+15"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/jobs.py" line="-136"/>
        <source>Preparing the service level report…</source>
        <translation>Service-Level-Bericht wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Preparing the agreement…</source>
        <translation>Vereinbarung wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the catalog report…</source>
        <translation>Katalogbericht wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+42"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printer.py" line="-154"/>
        <source>Page {page} could not be rendered for printing.</source>
        <translation>Seite {page} konnte nicht für den Druck aufbereitet werden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The printer could not be started. Check that it is available and that the output file can be written.</source>
        <translation>Der Drucker konnte nicht gestartet werden. Prüfen Sie, ob er verfügbar ist und die Ausgabedatei geschrieben werden kann.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The printer stopped accepting pages.</source>
        <translation>Der Drucker nimmt keine Seiten mehr an.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot print to {file}: {reason}</source>
        <translation>Drucken nach {file} nicht möglich: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The printer {printer} did not take the document: {reason}</source>
        <translation>Der Drucker {printer} hat das Dokument nicht angenommen: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot print to {file}: the folder {folder} does not exist.</source>
        <translation>Drucken nach {file} nicht möglich: Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot print to {file}: the folder {folder} is not writable.</source>
        <translation>Drucken nach {file} nicht möglich: Der Ordner {folder} ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>None of the chosen pages is in the document; it has {count} pages.</source>
        <translation>Keine der gewählten Seiten ist im Dokument enthalten; es hat {count} Seiten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printing…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printing page {page} of {count}…</source>
        <translation>Seite {page} von {count} wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/routes.py" line="+33"/>
        <source>Saved the document&apos;s own PDF pages (vector, as exported).</source>
        <translation>Die PDF-Seiten des Dokuments gespeichert (Vektor, wie exportiert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent the PDF to the system print service (vector pages).</source>
        <translation>Das PDF an den Druckdienst des Systems gesendet (Vektorseiten).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed the pages as images: no system print service takes PDF here.</source>
        <translation>Die Seiten als Bilder gedruckt: Kein Druckdienst des Systems nimmt hier PDF an.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The print service did not answer.</source>
        <translation>Der Druckdienst hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The print service refused the document.</source>
        <translation>Der Druckdienst hat das Dokument abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/service_levels/details.py" line="-107"/>
        <source>Records behind the value</source>
        <translation>Datensätze hinter dem Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a value in the table above to see the records behind it.</source>
        <translation>Wählen Sie oben einen Wert, um die Datensätze dahinter zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source> Not listed: %Ln more record(s).</source>
        <translation>
            <numerusform> Nicht aufgeführt: %Ln weiterer Datensatz.</numerusform>
            <numerusform> Nicht aufgeführt: %Ln weitere Datensätze.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What caused it: the incident, the change, the supplier…</source>
        <translation>Was es verursacht hat: die Störung, die Änderung, der Lieferant…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was done or will be done so that it does not happen again</source>
        <translation>Was getan wurde oder wird, damit es nicht wieder vorkommt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cause:</source>
        <translation>&amp;Ursache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Maßnahme:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a breached or at-risk value to note its cause and the action taken.</source>
        <translation>Wählen Sie einen verfehlten oder gefährdeten Wert, um Ursache und Maßnahme zu notieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: the target was not breached nor at risk; there is no breach to explain.</source>
        <translation>{title}: Das Ziel wurde weder verfehlt noch war es gefährdet; es gibt keine Verfehlung zu erklären.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: why it happened and what is done about it. The note is printed in the service level report.</source>
        <translation>{title}: warum es geschah und was dagegen getan wird. Die Notiz wird im Service-Level-Bericht gedruckt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../../ui/service_levels/heatmap.py" line="+40"/>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>breached</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{target}, {month}: no value stored</source>
        <translation>{target}, {month}: kein Wert gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target}, {period}: {value} — {status} (promised {promised})</source>
        <translation>{target}, {period}: {value} – {status} (zugesagt {promised})</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>% within target</source>
        <translation>% innerhalb des Ziels</translation>
    </message>
    <message>
        <location filename="../../ui/service_levels/page.py" line="+64"/>
        <source>Spreadsheets (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message numerus="yes">
        <location line="+302"/>
        <source>%Ln value(s) computed or changed.</source>
        <translation>
            <numerusform>%Ln Wert berechnet oder geändert.</numerusform>
            <numerusform>%Ln Werte berechnet oder geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Note on {target} {period}</source>
        <translation>Notiz zu {target} {period}</translation>
    </message>
    <message>
        <location filename="../../ui/service_levels/trend.py" line="+50"/>
        <source>Select a target to see its trend</source>
        <translation>Wählen Sie ein Ziel, um seinen Verlauf zu sehen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Achieved ({axis})</source>
        <translation>Erreicht ({axis})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target ({promised})</source>
        <translation>Ziel ({promised})</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../domain/rules.py" line="+36"/>
        <source>Warning threshold</source>
        <translation>Warnschwelle</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="-90"/>
        <source>Internal unit</source>
        <translation>Interne Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business-facing</source>
        <translation>Geschäftsbezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In design</source>
        <translation>In Entwicklung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No charge</source>
        <translation>Keine Verrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per user</source>
        <translation>Pro Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per device</source>
        <translation>Pro Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp; print</source>
        <translation>Datei &amp; Druck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User group</source>
        <translation>Benutzergruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service level agreement</source>
        <translation>Service-Level-Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational level agreement</source>
        <translation>Operational-Level-Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underpinning contract</source>
        <translation>Underpinning Contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time</source>
        <translation>Reaktionszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution time</source>
        <translation>Lösungszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery time objective (RTO)</source>
        <translation>Wiederherstellungszeit (RTO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery point objective (RPO)</source>
        <translation>Wiederherstellungspunkt (RPO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance notice</source>
        <translation>Wartungsankündigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer satisfaction</source>
        <translation>Kundenzufriedenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution</source>
        <translation>Erstlösungsquote</translation>
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
        <translation>Geschäftsstunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/underpinning.py" line="+2"/>
        <source>business days</source>
        <translation>Geschäftstage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/underpinning.py" line="-4"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/underpinning.py" line="+1"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/underpinning.py" line="+2"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../domain/underpinning.py" line="+2"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination and notice period</source>
        <translation>Kündigung und Kündigungsfrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of precedence</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling of service level violations</source>
        <translation>Umgang mit Service-Level-Verletzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider representative</source>
        <translation>Vertreter des Anbieters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer representative</source>
        <translation>Vertreter des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support contact</source>
        <translation>Supportkontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation level 1</source>
        <translation>Eskalationsstufe 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation level 2</source>
        <translation>Eskalationsstufe 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation level 3</source>
        <translation>Eskalationsstufe 3</translation>
    </message>
    <message>
        <location filename="../../domain/definitions.py" line="-16"/>
        <source>us: the IT organization that delivers the services</source>
        <translation>wir: die IT-Organisation, die die Services erbringt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a business unit or customer that receives them</source>
        <translation>ein Geschäftsbereich oder Kunde, der sie erhält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the catalog&apos;s descriptions, service hours, support channels, components, suppliers and prices of the covered services</source>
        <translation>die Beschreibungen, Servicezeiten, Supportkanäle, Komponenten, Lieferanten und Preise der abgedeckten Services aus dem Katalog</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an internal unit that supports our services</source>
        <translation>eine interne Einheit, die unsere Services unterstützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another internal unit that relies on it</source>
        <translation>eine andere interne Einheit, die auf sie angewiesen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service descriptions, support channels, prices and references entered on this agreement, and the catalog&apos;s service hours; never the catalog&apos;s owners, status, prices, suppliers or contracts</source>
        <translation>die in dieser Vereinbarung erfassten Servicebeschreibungen, Supportkanäle, Preise und Referenzen sowie die Servicezeiten aus dem Katalog; nie die Owner, Status, Preise, Lieferanten oder Verträge des Katalogs</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../domain/enums.py" line="+2"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an external party that delivers to us</source>
        <translation>ein externer Partner, der an uns liefert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>us: the internal units the supplier delivers to</source>
        <translation>wir: die internen Einheiten, an die der Lieferant liefert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the supplier&apos;s service descriptions, support channels, contract prices and references entered on this agreement; never our catalog&apos;s owners, status, prices, hours, components, other suppliers or contracts</source>
        <translation>die in dieser Vereinbarung erfassten Servicebeschreibungen, Supportkanäle, Vertragspreise und Referenzen des Lieferanten; nie die Owner, Status, Preise, Zeiten, Komponenten, anderen Lieferanten oder Verträge unseres Katalogs</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supporting</source>
        <translation>Unterstützend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Produktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retiring</source>
        <translation>Auslaufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>Pauschal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobilgeräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/exchange/kinds.py" line="-18"/>
        <location filename="../../services/listing.py" line="-49"/>
        <location line="+19"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/lifecycle.py" line="+128"/>
        <source>Terminated</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
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
        <translation>Prüfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liability</source>
        <translation>Haftung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service credits</source>
        <translation>Service-Gutschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages</source>
        <translation>Ausfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery tests</source>
        <translation>Wiederherstellungstests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../../domain/rules.py" line="-128"/>
        <source>“{value}” is not an e-mail address.</source>
        <translation>„{value}“ ist keine E-Mail-Adresse.</translation>
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
        <translation>Website</translation>
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
        <translation>Wählen Sie, ob die interne Einheit ein Team, eine Funktion, eine Gruppe oder ein Bereich ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only internal units have a unit type.</source>
        <translation>Nur interne Einheiten haben einen Einheitstyp.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the organization the contact belongs to.</source>
        <translation>Wählen Sie die Organisation, zu der der Kontakt gehört.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+32"/>
        <location filename="../../services/exchange/kinds.py" line="-21"/>
        <location line="+48"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
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
        <translation>Der Preis muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price cannot be negative.</source>
        <translation>Der Preis darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price is too large.</source>
        <translation>Der Preis ist zu hoch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price can have at most two decimals.</source>
        <translation>Der Preis darf höchstens zwei Nachkommastellen haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the price for this charge model.</source>
        <translation>Geben Sie den Preis für dieses Verrechnungsmodell ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a three-letter currency code such as EUR or USD.</source>
        <translation>Verwenden Sie einen dreistelligen Währungscode wie EUR oder USD.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use capital letters, digits, “-”, “_” or “.” for the code, e.g. EMAIL.</source>
        <translation>Verwenden Sie für den Code Großbuchstaben, Ziffern, „-“, „_“ oder „.“, z. B. EMAIL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../services/exchange/kinds.py" line="+45"/>
        <source>Summary</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/exchange/kinds.py" line="+4"/>
        <source>Outcomes</source>
        <translation>Geschäftsergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../services/exchange/kinds.py" line="+28"/>
        <source>Support channels</source>
        <translation>Supportkanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../services/exchange/kinds.py" line="+4"/>
        <source>Request process</source>
        <translation>Anforderungsprozess</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Component name</source>
        <translation>Name der Komponente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component notes</source>
        <translation>Notizen zur Komponente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the supplier.</source>
        <translation>Wählen Sie den Lieferanten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it supplies</source>
        <translation>Was er liefert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the consuming organization.</source>
        <translation>Wählen Sie die abnehmende Organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of users cannot be negative.</source>
        <translation>Die Anzahl der Benutzer darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of users</source>
        <translation>Anzahl der Benutzer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{label}: the target must be a number.</source>
        <translation>{label}: Der Zielwert muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label}: the target is too large.</source>
        <translation>{label}: Der Zielwert ist zu groß.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} is measured in %.</source>
        <translation>{label}: wird in % gemessen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>{label} must be between 0 and 100 %.</source>
        <translation>{label}: Der Wert muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{label} is a duration: use minutes, hours or days.</source>
        <translation>{label}: ist eine Dauer; verwenden Sie Minuten, Stunden oder Tage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>{label} must be a positive duration.</source>
        <translation>{label}: Die Dauer muss positiv sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priorities apply to response and resolution times only.</source>
        <translation>Prioritäten gelten nur für Reaktions- und Lösungszeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric name</source>
        <translation>Name der Kennzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target&apos;s service is not covered by the agreement.</source>
        <translation>Der Service des Ziels ist nicht Gegenstand der Vereinbarung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“Valid to” must be after “valid from”.</source>
        <translation>„Gültig bis“ muss nach „Gültig ab“ liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review interval (in months)</source>
        <translation>Überprüfungsintervall (in Monaten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text</source>
        <translation>Dieser Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsibility</source>
        <translation>Verantwortung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service is listed twice.</source>
        <translation>Ein Service ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the organization of every customer row.</source>
        <translation>Wählen Sie in jeder Kundenzeile die Organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer is listed twice.</source>
        <translation>Ein Kunde ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The name of the support hours</source>
        <translation>Name der Supportzeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>The support hours</source>
        <translation>Supportzeiten</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Say when the support hours are, e.g. Monday to Friday 08:00–18:00.</source>
        <translation>Geben Sie die Supportzeiten an, z. B. Montag bis Freitag 08:00–18:00.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The facts of each service are given once, for services the agreement covers.</source>
        <translation>Die Angaben zu jedem Service werden einmal gemacht, für die Services, die die Vereinbarung abdeckt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How to reach support</source>
        <translation>Erreichbarkeit des Supports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contract reference</source>
        <translation>Vertragsreferenz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A signature is not in a form the application understands.</source>
        <translation>Eine Unterschrift liegt in einer Form vor, die die Anwendung nicht versteht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The signatory&apos;s name</source>
        <translation>Name des Unterzeichners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signatory&apos;s title</source>
        <translation>Funktion des Unterzeichners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place of signing</source>
        <translation>Ort der Unterzeichnung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sections marked not applicable must be known sections, each listed once.</source>
        <translation>Die als nicht zutreffend markierten Abschnitte müssen bekannte Abschnitte sein, jeder nur einmal.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Give the agreement a reference before submitting it for review.</source>
        <translation>Geben Sie der Vereinbarung eine Referenz, bevor Sie sie zur Prüfung vorlegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write these sections or mark them not applicable: {names}.</source>
        <translation>Füllen Sie diese Abschnitte aus oder markieren Sie sie als nicht zutreffend: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this section or mark it not applicable: {names}.</source>
        <translation>Füllen Sie diesen Abschnitt aus oder markieren Sie ihn als nicht zutreffend: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one service before submitting for review.</source>
        <translation>Fügen Sie mindestens einen Service hinzu, bevor Sie zur Prüfung vorlegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one customer before submitting for review.</source>
        <translation>Fügen Sie mindestens einen Kunden hinzu, bevor Sie zur Prüfung vorlegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the date from which the agreement is valid.</source>
        <translation>Legen Sie das Datum fest, ab dem die Vereinbarung gilt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Describe what the provider delivers for each covered service (Parties &amp; terms) before submitting for review.</source>
        <translation>Beschreiben Sie für jeden abgedeckten Service, was der Anbieter liefert (Parteien &amp; Bedingungen), bevor Sie zur Prüfung vorlegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say what “{metric}” measures.</source>
        <translation>Geben Sie an, was „{metric}“ misst.</translation>
    </message>
    <message>
        <location filename="../../services/exchange/kinds.py" line="-39"/>
        <location filename="../../services/listing.py" line="-35"/>
        <source>Family</source>
        <translation>Servicefamilie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../services/listing.py" line="+3"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service hours</source>
        <translation>Servicezeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours exceptions</source>
        <translation>Ausnahmen der Servicezeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Billing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumers</source>
        <translation>Abnehmer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown kind “{name}”; choose one of {items}.</source>
        <translation>Unbekannte Art „{name}“; wählen Sie eine von: {items}.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location filename="../../services/listing.py" line="+3"/>
        <source>Owner</source>
        <translation>Service Owner</translation>
    </message>
    <message>
        <location filename="../../services/listing.py" line="+2"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../services/exchange/kinds.py" line="-66"/>
        <source>Service families</source>
        <translation>Servicefamilien</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../services/listing.py" line="+29"/>
        <source>Unit type</source>
        <translation>Einheitentyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../services/listing.py" line="+1"/>
        <source>Part of</source>
        <translation>Teil von</translation>
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
        <translation>Auf den Teamserver umziehen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The open database is already on a team server.</source>
        <translation>Die geöffnete Datenbank liegt bereits auf einem Teamserver.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copying {file} to the team server and comparing every record…</source>
        <translation>{file} wird auf den Teamserver kopiert und jeder Datensatz verglichen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied {count} records from {file} to {server}; every record was compared and is the same. The team server is open now; the local file was left as it was.</source>
        <translation>{count} Datensätze von {file} nach {server} kopiert; jeder Datensatz wurde verglichen und ist gleich. Der Teamserver ist jetzt geöffnet; die lokale Datei blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="+63"/>
        <source>The license notices could not be read.</source>
        <translation>Die Lizenzhinweise konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/catalog/families.py" line="+35"/>
        <location filename="../../domain/models/catalog.py" line="-13"/>
        <source>service family</source>
        <translation>Servicefamilie</translation>
    </message>
    <message>
        <location filename="../../ui/common/commands.py" line="+35"/>
        <source>{kind} ‘{name}’</source>
        <translation>{kind} „{name}“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Create {record}</source>
        <translation>{record} anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit {record}</source>
        <translation>{record} bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename {record}</source>
        <translation>{record} umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status of {record}</source>
        <translation>Status ändern: {record}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivate {record}</source>
        <translation>{record} reaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate {record}</source>
        <translation>{record} deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {record}</source>
        <translation>{record} löschen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/table_tools.py" line="+23"/>
        <source>Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV, kommagetrennt (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wizard.py" line="+51"/>
        <source>Spreadsheets (*.csv *.txt *.xlsx *.xlsm *.ods);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.xlsx *.xlsm *.ods);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+193"/>
        <source>Nothing can be imported until these are corrected in the file: %Ln problem(s), marked in red (point at a cell for the reason).</source>
        <translation>
            <numerusform>Es kann nichts importiert werden, bis dies in der Datei korrigiert ist: %Ln Problem, rot markiert (zeigen Sie auf eine Zelle, um den Grund zu sehen).</numerusform>
            <numerusform>Es kann nichts importiert werden, bis dies in der Datei korrigiert ist: %Ln Probleme, rot markiert (zeigen Sie auf eine Zelle, um den Grund zu sehen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Import %Ln service(s)</source>
        <translation>
            <numerusform>%Ln Service importieren</numerusform>
            <numerusform>%Ln Services importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %Ln organization(s)</source>
        <translation>
            <numerusform>%Ln Organisation importieren</numerusform>
            <numerusform>%Ln Organisationen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt importieren</numerusform>
            <numerusform>%Ln Kontakte importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Import service families: %Ln</source>
        <translation>
            <numerusform>Servicefamilien importieren: %Ln</numerusform>
            <numerusform>Servicefamilien importieren: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="+48"/>
        <source>The user guide could not be read.</source>
        <translation>Das Benutzerhandbuch konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/organizations/letterhead.py" line="+39"/>
        <source>Logos (*.svg *.png);;All files (*)</source>
        <translation>Logos (*.svg *.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Edit letterhead of organization ‘{name}’</source>
        <translation>Briefkopf der Organisation „{name}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/organizations/logos.py" line="+48"/>
        <source>The file could not be read: {reason}.</source>
        <translation>Die Datei konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../domain/letterhead.py" line="+108"/>
        <source>The logo is not a readable PNG image.</source>
        <translation>Das Logo ist kein lesbares PNG-Bild.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SVG logo could not be drawn; check that it opens in a browser.</source>
        <translation>Das SVG-Logo konnte nicht gezeichnet werden; prüfen Sie, ob es sich in einem Browser öffnen lässt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SVG logo has no size; give it a viewBox or a width and height.</source>
        <translation>Das SVG-Logo hat keine Größe; geben Sie ihm eine viewBox oder eine Breite und Höhe.</translation>
    </message>
    <message>
        <location filename="../../ui/common/local_formats.py" line="+170"/>
        <source>“{text}” is written in another number format; here write it like {example}.</source>
        <translation>„{text}“ ist in einem anderen Zahlenformat geschrieben; schreiben Sie hier z. B. {example}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” is not a number; write it like {example}.</source>
        <translation>„{text}“ ist keine Zahl; schreiben Sie z. B. {example}.</translation>
    </message>
    <message>
        <location filename="../../domain/checks.py" line="+43"/>
        <location line="+176"/>
        <source>{label} must be text.</source>
        <translation>{label}: Geben Sie einen Text ein.</translation>
    </message>
    <message>
        <location line="-173"/>
        <location filename="../../services/exchange/importer.py" line="+295"/>
        <source>{label} is required.</source>
        <translation>{label}: Angabe erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} is too long (at most {limit:,} characters).</source>
        <translation>{label}: zu lang (höchstens {limit:,} Zeichen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} contains control characters; remove them.</source>
        <translation>{label}: enthält Steuerzeichen; entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} contains characters that cannot be stored; remove them.</source>
        <translation>{label}: enthält Zeichen, die nicht gespeichert werden können; entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must fit on one line.</source>
        <translation>{label}: muss in eine Zeile passen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+135"/>
        <source>{label} must be a number.</source>
        <translation>{label}: Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>{label} must be greater than zero.</source>
        <translation>{label}: Der Wert muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be between {low:g} and {high:g}.</source>
        <translation>{label}: Der Wert muss zwischen {low:g} und {high:g} liegen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{label} must be a whole number.</source>
        <translation>{label}: Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} must be between {low:,} and {high:,}.</source>
        <translation>{label}: Der Wert muss zwischen {low:,} und {high:,} liegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is not the id of a record: ids are whole numbers from 1 to {high:,}.</source>
        <translation>{value} ist keine Datensatz-ID: IDs sind ganze Zahlen von 1 bis {high:,}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{label} must be given.</source>
        <translation>{label}: Angabe erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} must be a list.</source>
        <translation>{label}: Geben Sie eine Liste an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label}: row {row} is not a row of this list.</source>
        <translation>{label}: Zeile {row} gehört nicht zu dieser Liste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{label} must be a structure of named values.</source>
        <translation>{label}: Geben Sie benannte Werte an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a record.</source>
        <translation>Wählen Sie einen Datensatz aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label}: Zulässig sind nur {choices}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be yes or no.</source>
        <translation>{label}: Geben Sie Ja oder Nein an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label} must be an exact amount.</source>
        <translation>{label}: Geben Sie einen genauen Betrag ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be a date.</source>
        <translation>{label}: Geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <location filename="../../domain/clauses.py" line="+88"/>
        <source>The title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what the clause is about.</source>
        <translation>Wählen Sie, worum es in der Klausel geht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A clause is translated into German and French only.</source>
        <translation>Eine Klausel wird nur ins Deutsche und Französische übersetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the translated text, or clear its title.</source>
        <translation>Schreiben Sie den übersetzten Text, oder leeren Sie den Titel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The translated title must be one line of at most 200 characters.</source>
        <translation>Der übersetzte Titel muss eine Zeile mit höchstens 200 Zeichen sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a service-credit clause has a table of credits.</source>
        <translation>Nur eine Klausel über Service-Gutschriften hat eine Gutschriftentabelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A service-credit clause needs at least one step in its table.</source>
        <translation>Eine Klausel über Service-Gutschriften braucht mindestens eine Stufe in ihrer Tabelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A service-credit table has at most {limit} steps.</source>
        <translation>Eine Gutschriftentabelle hat höchstens {limit} Stufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say the most a month&apos;s credits may add up to (the cap).</source>
        <translation>Geben Sie an, wie hoch die Gutschriften eines Monats höchstens sein dürfen (Obergrenze).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cap must be a share of the charge above 0 and at most 100 %.</source>
        <translation>Die Obergrenze muss ein Anteil am Entgelt über 0 und höchstens 100 % sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cap must be at least as large as every credit in the table.</source>
        <translation>Die Obergrenze muss mindestens so hoch sein wie jede Gutschrift der Tabelle.</translation>
    </message>
    <message>
        <location filename="../../domain/definitions.py" line="+67"/>
        <source>Name the priority level, e.g. P1.</source>
        <translation>Benennen Sie die Prioritätsstufe, z. B. P1.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="+32"/>
        <source>The {record} was deleted by someone else; nothing was saved.</source>
        <translation>Dieser Datensatz ({record}) wurde von jemand anderem gelöscht; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {record} was changed by someone else since you opened it (version {expected} → {actual}); nothing was saved.</source>
        <translation>Dieser Datensatz ({record}) wurde seit dem Öffnen von jemand anderem geändert (Version {expected} → {actual}); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../domain/letterhead.py" line="-62"/>
        <source>{kind} logo, {size} kB</source>
        <translation>{kind}-Logo, {size} kB</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The logo file is empty.</source>
        <translation>Die Logodatei ist leer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+29"/>
        <source>The logo must be an SVG or PNG image; this file is neither.</source>
        <translation>Das Logo muss ein SVG- oder PNG-Bild sein; diese Datei ist keines von beiden.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The SVG logo declares a document type or entities; save it as plain SVG.</source>
        <translation>Das SVG-Logo deklariert einen Dokumenttyp oder Entitäten; speichern Sie es als einfaches SVG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SVG logo is not well-formed XML.</source>
        <translation>Das SVG-Logo ist kein wohlgeformtes XML.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>The SVG logo contains a script; use a logo without one.</source>
        <translation>Das SVG-Logo enthält ein Skript; verwenden Sie ein Logo ohne Skript.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The SVG logo embeds foreign content; use a logo without it.</source>
        <translation>Das SVG-Logo bettet fremde Inhalte ein; verwenden Sie ein Logo ohne solche Inhalte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The SVG logo imports a style sheet from elsewhere; embed everything it needs.</source>
        <translation>Das SVG-Logo lädt ein Stylesheet von anderswo; betten Sie alles Nötige ein.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration details</source>
        <translation>Registerangaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The main colour</source>
        <translation>Hauptfarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be written like #1F4E79 (or left empty).</source>
        <translation>{label}: im Format #1F4E79 angeben (oder leer lassen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The paper size must be A4 or Letter.</source>
        <translation>Das Papierformat muss A4 oder Letter sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The logo&apos;s file type does not match its content.</source>
        <translation>Der Dateityp des Logos passt nicht zu seinem Inhalt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo could not be prepared for printing.</source>
        <translation>Das Logo konnte nicht für den Druck vorbereitet werden.</translation>
    </message>
    <message>
        <location filename="../../domain/models/service_levels.py" line="+62"/>
        <source>achieved value</source>
        <translation>erreichter Wert</translation>
    </message>
    <message>
        <location filename="../../domain/models/team.py" line="+22"/>
        <source>letterhead</source>
        <translation>Briefkopf</translation>
    </message>
    <message>
        <location filename="../../domain/values.py" line="+87"/>
        <source>{day}: times must be written HH:MM, e.g. 08:00.</source>
        <translation>{day}: Uhrzeiten im Format HH:MM angeben, z. B. 08:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}: the end time must be after the start time.</source>
        <translation>{day}: Die Endzeit muss nach der Startzeit liegen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{day}: give a start and an end time, e.g. 08:00 and 18:00.</source>
        <translation>{day}: Geben Sie Beginn und Ende an, z. B. 08:00 und 18:00.</translation>
    </message>
    <message>
        <location filename="../../services/lifecycle.py" line="-71"/>
        <source>Submitted for review</source>
        <translation>Zur Prüfung vorgelegt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Returned to draft</source>
        <translation>Zurück in den Entwurf</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Activated, signed on {date}</source>
        <translation>Aktiviert, unterzeichnet am {date}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Superseded by revision {revision}</source>
        <translation>Ersetzt durch Revision {revision}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terminated: {reason}</source>
        <translation>Gekündigt: {reason}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expired: valid until {date}</source>
        <translation>Abgelaufen: gültig bis {date}</translation>
    </message>
    <message>
        <location filename="../../services/agreements.py" line="+317"/>
        <source>agreement {reference} revision {revision}</source>
        <translation>Vereinbarung {reference} Revision {revision}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{reference} revision {revision} has the status “{status}”: it is part of the record and cannot be deleted. Terminate it instead.</source>
        <translation>{reference} Revision {revision} hat den Status „{status}“: Sie ist Teil der Dokumentation und kann nicht gelöscht werden. Kündigen Sie sie stattdessen.</translation>
    </message>
    <message>
        <location filename="../../services/reads/agreements.py" line="+82"/>
        <source>There is no agreement with the reference {reference}.</source>
        <translation>Es gibt keine Vereinbarung mit der Referenz {reference}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no agreement with the reference {reference} revision {revision}.</source>
        <translation>Es gibt keine Vereinbarung mit der Referenz {reference}, Revision {revision}.</translation>
    </message>
    <message>
        <location filename="../../services/agreements.py" line="+88"/>
        <source>Revision {revision} started from revision {source}</source>
        <translation>Revision {revision} aus Revision {source} begonnen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Created as a copy of {reference} revision {revision}</source>
        <translation>Angelegt als Kopie von {reference} Revision {revision}</translation>
    </message>
    <message>
        <location filename="../../services/catalog.py" line="+84"/>
        <source>service family “{name}”</source>
        <translation>Servicefamilie „{name}“</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>service “{name}”</source>
        <translation>Service „{name}“</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“{name}” is covered by active agreements: {references}. Retire it instead of deleting it.</source>
        <translation>„{name}“ ist Teil aktiver Vereinbarungen: {references}. Setzen Sie den Service außer Betrieb, statt ihn zu löschen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{name}” cannot be deleted: other services depend on it ({codes}). Retire it instead, or remove those dependencies first.</source>
        <translation>„{name}“ kann nicht gelöscht werden: Andere Services hängen davon ab ({codes}). Setzen Sie ihn stattdessen außer Betrieb oder entfernen Sie zuerst diese Abhängigkeiten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{name}” cannot be deleted: agreements cover it ({count}). Retire it instead.</source>
        <translation>„{name}“ kann nicht gelöscht werden: Vereinbarungen umfassen ihn ({count}). Setzen Sie ihn stattdessen außer Betrieb.</translation>
    </message>
    <message>
        <location filename="../../services/clauses.py" line="+102"/>
        <source>Removed clause “{title}”</source>
        <translation>Klausel „{title}“ entfernt</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Added clause “{title}”</source>
        <translation>Klausel „{title}“ hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed clause “{title}”</source>
        <translation>Klausel „{title}“ geändert</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Changed the clauses of {reference}</source>
        <translation>Klauseln von {reference} geändert</translation>
    </message>
    <message>
        <location filename="../../services/demo_measurements.py" line="+82"/>
        <source>Sample records added ({stream}): {count:,}</source>
        <translation>Beispieldatensätze hinzugefügt ({stream}): {count:,}</translation>
    </message>
    <message>
        <location filename="../../services/letterheads.py" line="+83"/>
        <source>Changed the letterhead of organization “{name}”</source>
        <translation>Briefkopf der Organisation „{name}“ geändert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Removed the letterhead of organization “{name}”</source>
        <translation>Briefkopf der Organisation „{name}“ entfernt</translation>
    </message>
    <message>
        <location filename="../../services/records.py" line="+113"/>
        <source>Created {record}</source>
        <translation>{record} angelegt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed {record}: {fields}</source>
        <translation>{record} geändert: {fields}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot delete {record}: {reason}</source>
        <translation>{record} kann nicht gelöscht werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted {record}</source>
        <translation>{record} gelöscht</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/imports.py" line="+78"/>
        <source>{file} was imported before; nothing changed.</source>
        <translation>{file} wurde bereits importiert; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {file}: {created} created, {unchanged} already stored and left unchanged.</source>
        <translation>{file} importiert: {created} angelegt, {unchanged} bereits gespeichert und unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incidents record</source>
        <translation>Störungsdatensatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>incidents records</source>
        <translation>Störungsdatensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outages record</source>
        <translation>Ausfalldatensatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outages records</source>
        <translation>Ausfalldatensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction record</source>
        <translation>Zufriedenheitsdatensatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>satisfaction records</source>
        <translation>Zufriedenheitsdatensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery tests record</source>
        <translation>Wiederherstellungstest-Datensatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recovery tests records</source>
        <translation>Wiederherstellungstest-Datensätze</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row {row} ({reference}): {problem}</source>
        <translation>Zeile {row} ({reference}): {problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>… and {more}</source>
        <translation>… und {more}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more row problem</source>
        <translation>weiteres Zeilenproblem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>more row problems</source>
        <translation>weitere Zeilenprobleme</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>no column is mapped to {columns}</source>
        <translation>keine Spalte ist {columns} zugeordnet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The import was cancelled; nothing was kept.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts übernommen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} holds no records</source>
        <translation>{file} enthält keine Datensätze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{stream} imported from {file}: {count:,}</source>
        <translation>{stream} aus {file} importiert: {count:,}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import undone; records removed: {count:,}</source>
        <translation>Import rückgängig gemacht; entfernte Datensätze: {count:,}</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>it has no reference.</source>
        <translation>Die Referenz fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the reference was used before, in row {row}.</source>
        <translation>Die Referenz wurde bereits in Zeile {row} verwendet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>there is no service “{name}” in the catalog.</source>
        <translation>Im Katalog gibt es keinen Service „{name}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it names no service.</source>
        <translation>Kein Service angegeben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{value}” is not a priority; write P1, P2, P3 or P4.</source>
        <translation>„{value}“ ist keine Priorität; schreiben Sie P1, P2, P3 oder P4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has no priority.</source>
        <translation>Die Priorität fehlt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>it has no opening date.</source>
        <translation>Das Eröffnungsdatum fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was resolved before it was opened.</source>
        <translation>Gelöst vor der Eröffnung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was responded to before it was opened.</source>
        <translation>Angenommen vor der Eröffnung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it needs a start and an end.</source>
        <translation>Beginn und Ende sind erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it ends before it starts.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has no date of the answer.</source>
        <translation>Das Antwortdatum fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has no score.</source>
        <translation>Die Bewertung fehlt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has no date of the test.</source>
        <translation>Das Testdatum fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it needs both a recovery time and a data loss (0 when none).</source>
        <translation>Wiederherstellungszeit und Datenverlust sind erforderlich (0, wenn keiner).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {row} ({reference}): it overlaps {other} of the same service; the time they share is counted once.</source>
        <translation>Zeile {row} ({reference}): Überschneidet sich mit {other} desselben Service; die gemeinsame Zeit wird einmal gezählt.</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/notes.py" line="+32"/>
        <source>Keep it under {limit} characters.</source>
        <translation>Bitte weniger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No value of {period} is stored for this target; compute the values first.</source>
        <translation>Für dieses Ziel ist kein Wert für {period} gespeichert; berechnen Sie zuerst die Werte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of {period} is not breached or at risk: only a breached or at-risk value takes a note on cause and action.</source>
        <translation>Der Wert für {period} ist weder verfehlt noch gefährdet: Nur ein verfehlter oder gefährdeter Wert erhält eine Notiz zu Ursache und Maßnahme.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Noted cause and action of {period}</source>
        <translation>Ursache und Maßnahme für {period} notiert</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/values.py" line="+40"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This target is measured per {kind}; {label} is not a {kind}.</source>
        <translation>Dieses Ziel wird pro {kind} gemessen; {label} bezeichnet keinen solchen Zeitraum.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{metric} is computed from the imported records; import them instead of entering a value.</source>
        <translation>{metric} wird aus den importierten Datensätzen berechnet; importieren Sie diese, statt einen Wert einzugeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say where a value entered by hand comes from.</source>
        <translation>Geben Sie an, woher ein von Hand eingegebener Wert stammt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of {period} is locked because the period is closed; reopen it first.</source>
        <translation>Der Wert für {period} ist gesperrt, weil der Zeitraum abgeschlossen ist; öffnen Sie ihn zuerst wieder.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Computed {period}</source>
        <translation>{period} berechnet</translation>
    </message>
    <message>
        <location filename="../../services/stakeholders.py" line="+81"/>
        <source>organization “{name}”</source>
        <translation>Organisation „{name}“</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>“{name}” is a party to active agreements: {references}. Mark it inactive instead of deleting it.</source>
        <translation>„{name}“ ist Partei aktiver Vereinbarungen: {references}. Markieren Sie den Datensatz als inaktiv, statt ihn zu löschen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contacts ({count})</source>
        <translation>Kontakte ({count})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>services ({count})</source>
        <translation>Services ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>agreements ({count})</source>
        <translation>Vereinbarungen ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>units inside it ({count})</source>
        <translation>untergeordnete Einheiten ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” cannot be deleted: {uses} refer to it. Mark it inactive instead, or remove those first.</source>
        <translation>„{name}“ kann nicht gelöscht werden, weil andere Datensätze darauf verweisen: {uses}. Markieren Sie den Datensatz stattdessen als inaktiv oder entfernen Sie diese zuerst.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>contact “{name}”</source>
        <translation>Kontakt „{name}“</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“{name}” is named in active agreements: {references}. Mark the contact inactive instead of deleting it.</source>
        <translation>„{name}“ ist in aktiven Vereinbarungen genannt: {references}. Markieren Sie den Kontakt als inaktiv, statt ihn zu löschen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{name}” owns or manages services ({count}); choose someone else there first, or mark the contact inactive.</source>
        <translation>„{name}“ ist Service Owner oder Service Manager von Services ({count}); wählen Sie dort zuerst eine andere Person oder markieren Sie den Kontakt als inaktiv.</translation>
    </message>
    <message>
        <location filename="../../services/user_profiles.py" line="+65"/>
        <source>Changed the sign-in names of contact “{name}”</source>
        <translation>Anmeldenamen des Kontakts „{name}“ geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/common/messages.py" line="+38"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../services/dashboard.py" line="+56"/>
        <source>Valid to {date} (ends today)</source>
        <translation>Gültig bis {date} (endet heute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid to {date} (ends in {days})</source>
        <translation>Gültig bis {date} (noch {days})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review overdue since {date} ({days})</source>
        <translation>Überprüfung überfällig seit {date} ({days})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review due today</source>
        <translation>Überprüfung heute fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review due on {date} (in {days})</source>
        <translation>Überprüfung fällig am {date} (noch {days})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{kind} in review since {date}</source>
        <translation>{kind} in Prüfung seit {date}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Live, but no active SLA covers it</source>
        <translation>Produktiv, aber kein aktives SLA deckt ihn ab</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its OLAs and UCs</source>
        <translation>seinen OLAs und UCs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target}: no margin left over {over} ({short})</source>
        <translation>{target}: keine Reserve gegenüber {over} ({short})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target}: no margin left over {over}</source>
        <translation>{target}: keine Reserve gegenüber {over}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{target}: {reason}</source>
        <translation>{target}: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/report.py" line="-111"/>
        <source>{period} has not started yet; a report covers a period that has begun.</source>
        <translation>{period} hat noch nicht begonnen; ein Bericht umfasst einen begonnenen Zeitraum.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{metric} {priority}</source>
        <translation>{metric} {priority}</translation>
    </message>
    <message>
        <location filename="../../domain/languages.py" line="+40"/>
        <source>Choose the language the documents print in: English, German or French.</source>
        <translation>Wählen Sie die Sprache der Dokumente: Englisch, Deutsch oder Französisch.</translation>
    </message>
    <message>
        <location filename="../../domain/underpinning.py" line="-5"/>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>business hour</source>
        <translation>Geschäftsstunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>business day</source>
        <translation>Geschäftstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Targets of “{metric}” cannot rest on other agreements&apos; targets.</source>
        <translation>Ziele für „{metric}“ können nicht auf Zielen anderer Vereinbarungen aufbauen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A target of “{metric}” can only rest on a target of “{metric}”, not on “{other}”.</source>
        <translation>Ein Ziel für „{metric}“ kann nur auf einem Ziel für „{metric}“ aufbauen, nicht auf „{other}“.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only durations can be compared.</source>
        <translation>Nur Zeitdauern lassen sich vergleichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{beneath} and {target} count business time in different units; they cannot be compared.</source>
        <translation>{beneath} und {target} zählen Geschäftszeit in verschiedenen Einheiten; sie lassen sich nicht vergleichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{beneath} counts business time only; it cannot assure {target} in elapsed time.</source>
        <translation>{beneath} zählt nur Geschäftszeit und kann {target} in Kalenderzeit nicht sichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{target} counts business time only; a notice of {beneath} cannot assure it.</source>
        <translation>{target} zählt nur Geschäftszeit; eine Ankündigungsfrist von {beneath} kann das nicht sichern.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Availability is compared in per cent only.</source>
        <translation>Verfügbarkeit wird nur in Prozent verglichen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>percentage point</source>
        <translation>Prozentpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percentage points</source>
        <translation>Prozentpunkte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot be compared</source>
        <translation>Nicht vergleichbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None ({short})</source>
        <translation>Keine ({short})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>{amount} short</source>
        <translation>{amount} zu wenig</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} d</source>
        <translation>{count} T</translation>
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
        <translation>Die Änderung enthält einen Wert, der nicht in der Historie festgehalten werden kann; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The {record} no longer exists.</source>
        <translation>Dieser Datensatz ({record}) existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>It is still referred to by other records.</source>
        <translation>Andere Datensätze verweisen noch darauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record with the same unique value already exists.</source>
        <translation>Ein Datensatz mit demselben eindeutigen Wert existiert bereits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change would break the database&apos;s integrity.</source>
        <translation>Die Änderung würde die Integrität der Datenbank verletzen.</translation>
    </message>
    <message>
        <location filename="../../services/exchange/commit.py" line="+77"/>
        <source>The catalog or its stakeholders changed since the preview was made; make the preview again.</source>
        <translation>Der Katalog oder seine Beteiligten haben sich seit der Vorschau geändert; erstellen Sie die Vorschau erneut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../services/exchange/importer.py" line="-156"/>
        <location filename="../../services/service_levels/imports.py" line="-312"/>
        <source>Row {row}: {problem}</source>
        <translation>Zeile {row}: {problem}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The import cannot be undone: {reason}</source>
        <translation>Der Import kann nicht rückgängig gemacht werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/maintenance.py" line="+61"/>
        <source>There is no database file {path} to back up.</source>
        <translation>Es gibt keine Datenbankdatei {path}, die gesichert werden könnte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../store/database.py" line="+122"/>
        <source>The backup cannot overwrite the database itself; choose another file.</source>
        <translation>Die Sicherung kann nicht die Datenbank selbst überschreiben; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder; give the backup a file name.</source>
        <translation>{path} ist ein Ordner; geben Sie der Sicherung einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Keep at least one automatic backup.</source>
        <translation>Behalten Sie mindestens eine automatische Sicherung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/service_levels/wording.py" line="+31"/>
        <source>{number} minute(s)</source>
        <translation>
            <numerusform>{number} Minute</numerusform>
            <numerusform>{number} Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{number} hour(s)</source>
        <translation>
            <numerusform>{number} Stunde</numerusform>
            <numerusform>{number} Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{number} business hour(s)</source>
        <translation>
            <numerusform>{number} Geschäftsstunde</numerusform>
            <numerusform>{number} Geschäftsstunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{number} day(s)</source>
        <translation>
            <numerusform>{number} Tag</numerusform>
            <numerusform>{number} Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{number} business day(s)</source>
        <translation>
            <numerusform>{number} Geschäftstag</numerusform>
            <numerusform>{number} Geschäftstage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{number} point(s)</source>
        <translation>
            <numerusform>{number} Punkt</numerusform>
            <numerusform>{number} Punkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>within {value}</source>
        <translation>innerhalb von {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {value}</source>
        <translation>höchstens {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least {value}</source>
        <translation>mindestens {value}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{share} within target</source>
        <translation>{share} innerhalb des Ziels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{agreement} — {target}, {service}</source>
        <translation>{agreement} — {target}, {service}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breached in {period}: {achieved} against {promised}</source>
        <translation>Verfehlt in {period}: {achieved} (zugesagt: {promised})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk in {period}: {achieved} against {promised}</source>
        <translation>Gefährdet in {period}: {achieved} (zugesagt: {promised})</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/calendars.py" line="+22"/>
        <source>not measurable until the agreement&apos;s support hours are defined: write them as, e.g., Monday to Friday 07:30–18:30 UK time, except bank holidays in England</source>
        <translation>nicht messbar, solange die Supportzeiten der Vereinbarung nicht festgelegt sind: Schreiben Sie sie z. B. als Montag bis Freitag 07:30–18:30 britischer Zeit, außer an Feiertagen in England</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/drill.py" line="+29"/>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The period has not started yet.</source>
        <translation>Der Zeitraum hat noch nicht begonnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This target is {why}.</source>
        <translation>Dieses Ziel ist {why}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No imported records stand behind this target: its value is entered by hand, with a note saying where it comes from.</source>
        <translation>Hinter diesem Ziel stehen keine importierten Datensätze: Sein Wert wird von Hand eingegeben, mit einer Notiz zu seiner Herkunft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No incident was recorded for this target&apos;s services in or shortly before the period.</source>
        <translation>Für die Services dieses Ziels wurde im Zeitraum oder kurz davor keine Störung erfasst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out: not responded to and still within the target at the period&apos;s end; counted in the period it is decided</source>
        <translation>Nicht gezählt: ohne Reaktion und am Ende des Zeitraums noch innerhalb des Ziels; zählt in dem Zeitraum, in dem er entschieden wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: not resolved and still within the target at the period&apos;s end; counted in the period it is decided</source>
        <translation>Nicht gezählt: ungelöst und am Ende des Zeitraums noch innerhalb des Ziels; zählt in dem Zeitraum, in dem er entschieden wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missed the target</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met, but past the warning threshold</source>
        <translation>Erreicht, aber über der Warnschwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Met the target</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incidents within the target: {within} of {counted}; missed it: {missed}; past the warning threshold: {close}; still open at the period&apos;s end: {open}. Incidents decided in another period count there.</source>
        <translation>Störungen innerhalb des Ziels: {within} von {counted}; verfehlt: {missed}; über der Warnschwelle: {close}; am Ende des Zeitraums noch offen: {open}. Störungen, die in einem anderen Zeitraum entschieden werden, zählen dort.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{downtime} min of downtime in {hours} h of agreed service time</source>
        <translation>{downtime} Min. Ausfallzeit in {hours} Std. vereinbarter Servicezeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No outage was recorded for this target&apos;s services in the period: nothing was down.</source>
        <translation>Für die Services dieses Ziels wurde im Zeitraum kein Ausfall erfasst: Nichts war ausgefallen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first}; {then}</source>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{downtime}. Planned maintenance announced with the agreed notice is left out.</source>
        <translation>{downtime}. Geplante Wartung, die mit der vereinbarten Frist angekündigt wurde, zählt nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counted as downtime: planned, but not announced with the agreed notice</source>
        <translation>Als Ausfallzeit gezählt: geplant, aber nicht mit der vereinbarten Frist angekündigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted as downtime</source>
        <translation>Als Ausfallzeit gezählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: planned maintenance announced with the agreed notice</source>
        <translation>Nicht gezählt: geplante Wartung, mit der vereinbarten Frist angekündigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out: outside the agreed service hours</source>
        <translation>Nicht gezählt: außerhalb der vereinbarten Servicezeiten</translation>
    </message>
    <message>
        <location filename="../../store/integrity.py" line="+99"/>
        <source>The database {path} is damaged: SQLite&apos;s integrity check found errors in it, so records may be missing or wrong and saving may fail; restore it from a backup.</source>
        <translation>Die Datenbank {path} ist beschädigt: Die Integritätsprüfung von SQLite hat darin Fehler gefunden. Datensätze können fehlen oder falsch sein, und das Speichern kann fehlschlagen; stellen Sie die Datenbank aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../domain/measurement/calendar.py" line="+42"/>
        <source>{time} is not a time of day written HH:MM, e.g. 08:00.</source>
        <translation>{time} ist keine Uhrzeit im Format HH:MM, z. B. 08:00.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A shift cannot start at 24:00; write 00:00.</source>
        <translation>Eine Schicht kann nicht um 24:00 beginnen; schreiben Sie 00:00.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A week has seven days of hours, Monday first.</source>
        <translation>Eine Woche hat sieben Tage mit Zeiten, beginnend mit Montag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A shift starts within its day and lasts at most 24 hours.</source>
        <translation>Eine Schicht beginnt an ihrem Tag und dauert höchstens 24 Stunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exception on {day} has no valid hours.</source>
        <translation>Die Ausnahme am {day} hat keine gültigen Zeiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A business day must last some time.</source>
        <translation>Ein Geschäftstag muss eine Dauer haben.</translation>
    </message>
    <message>
        <location filename="../../domain/measurement/outages.py" line="+41"/>
        <source>{reference}: the outage ends before it starts.</source>
        <translation>{reference}: Der Ausfall endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../../domain/measurement/periods.py" line="+28"/>
        <source>There is no month number {index} in a year.</source>
        <translation>Ein Jahr hat keinen Monat Nummer {index}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no quarter number {index} in a year.</source>
        <translation>Ein Jahr hat kein Quartal Nummer {index}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no year number {index} in a year.</source>
        <translation>Ein Jahr hat kein Jahr Nummer {index}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{given} is not a period: write {month}, {quarter} or {year}.</source>
        <translation>{given} ist kein Zeitraum: Schreiben Sie {month}, {quarter} oder {year}.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Both ends of a range of periods must be of the same kind.</source>
        <translation>Beide Enden eines Zeitraumbereichs müssen von derselben Art sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>At least one period is needed.</source>
        <translation>Mindestens ein Zeitraum ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../domain/measurement/records.py" line="+77"/>
        <source>{reference}: {problem}</source>
        <translation>{reference}: {problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>It was responded before it was opened.</source>
        <translation>Die Störung wurde angenommen, bevor sie eröffnet wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was resolved before it was opened.</source>
        <translation>Die Störung wurde gelöst, bevor sie eröffnet wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paused interval ends before it starts.</source>
        <translation>Ein Pausenintervall endet, bevor es beginnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>{priority} is not a priority.</source>
        <translation>{priority} ist keine Priorität.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A record was responded before it was opened.</source>
        <translation>Eine Störung wurde angenommen, bevor sie eröffnet wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record was resolved before it was opened.</source>
        <translation>Eine Störung wurde gelöst, bevor sie eröffnet wurde.</translation>
    </message>
    <message>
        <location filename="../../domain/measurement/support_hours.py" line="+162"/>
        <source>No support hours are written.</source>
        <translation>Es sind keine Supportzeiten angegeben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the hours open on {day}, e.g. {example}.</source>
        <translation>Geben Sie die Zeiten am {day} an, z. B. {example}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“{given}” gives no hours; write them as in “{example}”.</source>
        <translation>„{given}“ nennt keine Zeiten; schreiben Sie sie wie in „{example}“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{given}” gives no hours; write e.g. {example}.</source>
        <translation>„{given}“ nennt keine Zeiten; schreiben Sie z. B. {example}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say on which days the hours apply, e.g. {example}.</source>
        <translation>Geben Sie an, an welchen Tagen die Zeiten gelten, z. B. {example}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{word}” is not a day of the week; write e.g. {example}.</source>
        <translation>„{word}“ ist kein Wochentag; schreiben Sie z. B. {example}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{words}” is not a time zone; write e.g. {example} or {other}.</source>
        <translation>„{words}“ ist keine Zeitzone; schreiben Sie z. B. {example} oder {other}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{start}–{end} is no time at all; give a start and a later end.</source>
        <translation>{start}–{end} ist keine Zeitspanne; geben Sie einen Beginn und ein späteres Ende an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{item}” after “{where}” is not a date ({date}), a date with hours ({hours}) or {holidays}.</source>
        <translation>„{item}“ nach „{where}“ ist weder ein Datum ({date}) noch ein Datum mit Zeiten ({hours}) noch {holidays}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{day} is not a date that exists.</source>
        <translation>{day} ist kein existierendes Datum.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No holidays are known as “{rules}”.</source>
        <translation>Es sind keine Feiertage unter „{rules}“ bekannt.</translation>
    </message>
    <message>
        <location filename="../../domain/measurement/surveys.py" line="+37"/>
        <source>The satisfied score must lie on the scale, lowest below highest.</source>
        <translation>Die Zufriedenheitsschwelle muss auf der Skala liegen, der niedrigste Wert unter dem höchsten.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{reference}: durations of a recovery test cannot be negative.</source>
        <translation>{reference}: Die Dauern eines Wiederherstellungstests können nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../domain/measurement/zones.py" line="+37"/>
        <source>{moment} has no time zone.</source>
        <translation>{moment} hat keine Zeitzone.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} is not a known time zone.</source>
        <translation>{name} ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../services/exchange/cells.py" line="+78"/>
        <source>Enter an amount such as 12.50.</source>
        <translation>Geben Sie einen Betrag wie 12,50 ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>“{value}” is not an amount; enter e.g. 12.50.</source>
        <translation>„{value}“ ist kein Betrag; geben Sie z. B. 12,50 ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{value}” is not a whole number.</source>
        <translation>„{value}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{value}” is neither yes nor no.</source>
        <translation>„{value}“ ist weder Ja noch Nein.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation>„{value}“ ist keiner der Werte: {allowed}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“{item}” is not understood; write hours like “Mon-Fri 08:00-18:00; Sat 09:00-12:00” or “24x7”.</source>
        <translation>„{item}“ wird nicht verstanden; schreiben Sie Zeiten wie „Mo-Fr 08:00-18:00; Sa 09:00-12:00“ oder „24x7“.</translation>
    </message>
    <message>
        <location filename="../../services/exchange/errors.py" line="+24"/>
        <source>Nothing was imported: {problems} … and {more}.</source>
        <translation>Nichts wurde importiert: {problems} … und {more}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more problem</source>
        <translation>weiteres Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more problems</source>
        <translation>weitere Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: {problems}</source>
        <translation>Es wurde nichts importiert: {problems}</translation>
    </message>
    <message>
        <location filename="../../services/exchange/exporter.py" line="+62"/>
        <source>Unknown list “{kind}”; choose one of {items}.</source>
        <translation>Unbekannte Liste „{kind}“; wählen Sie eine von: {items}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A workbook of several sheets is an XLSX file: name it {stem}.xlsx.</source>
        <translation>Eine Arbeitsmappe mit mehreren Blättern ist eine XLSX-Datei: Nennen Sie sie {stem}.xlsx.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>The export was stopped: the catalog changed order while it was read.</source>
        <translation>Der Export wurde abgebrochen: Die Reihenfolge des Katalogs hat sich während des Lesens geändert.</translation>
    </message>
    <message>
        <location filename="../../services/exchange/importer.py" line="-6"/>
        <source>The required column “{name}” is not mapped.</source>
        <translation>Die Pflichtspalte „{name}“ ist nicht zugeordnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Zeile {row}, {column}: {problem}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The preview was stopped.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This cell holds a formula that was never calculated, so the file has no value for it: open the file in a spreadsheet program, save it, and import it again.</source>
        <translation>Diese Zelle enthält eine Formel, die nie berechnet wurde; die Datei hat daher keinen Wert dafür: Öffnen Sie die Datei in einer Tabellenkalkulation, speichern Sie sie und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The rows refer to each other in a circle: {cycle}.</source>
        <translation>Die Zeilen verweisen im Kreis aufeinander: {cycle}.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“{key}” appears again: row {row} has it already.</source>
        <translation>„{key}“ kommt erneut vor: Zeile {row} enthält es bereits.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Two organizations are called “{name}”; use its code.</source>
        <translation>Zwei Organisationen heißen „{name}“; verwenden Sie den Code.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no organization “{name}” in the database or in this file.</source>
        <translation>Weder in der Datenbank noch in dieser Datei gibt es eine Organisation „{name}“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no organization “{name}”.</source>
        <translation>Es gibt keine Organisation „{name}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” is not of kind {kind}.</source>
        <translation>„{name}“ ist nicht von der Art {kind}.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>There is no service family “{name}”; import the families first.</source>
        <translation>Es gibt keine Servicefamilie „{name}“; importieren Sie zuerst die Familien.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A dependency is listed twice.</source>
        <translation>Eine Abhängigkeit ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no service with the code {code} in the database or in this file.</source>
        <translation>Weder in der Datenbank noch in dieser Datei gibt es einen Service mit dem Code {code}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Two contacts are called “{name}”; use the e-mail address.</source>
        <translation>Zwei Kontakte heißen „{name}“; verwenden Sie die E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no contact “{name}”; import the contacts first.</source>
        <translation>Es gibt keinen Kontakt „{name}“; importieren Sie zuerst die Kontakte.</translation>
    </message>
    <message>
        <location filename="../../services/exchange/portfolio.py" line="+97"/>
        <location filename="../../services/exchange/writers.py" line="+35"/>
        <source>The output file cannot be the database itself.</source>
        <translation>Die Ausgabedatei kann nicht die Datenbank selbst sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../services/exchange/templates.py" line="+48"/>
        <location filename="../../services/exchange/writers.py" line="+4"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{name} is not a portfolio file: it has no manifest.</source>
        <translation>{name} ist keine Portfoliodatei: Sie hat kein Manifest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The manifest of {name} is damaged.</source>
        <translation>Das Manifest von {name} ist beschädigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not an ITSM Desktop portfolio file.</source>
        <translation>{name} ist keine Portfoliodatei von ITSM Desktop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>{name} was written by a newer version of ITSM Desktop; update the application.</source>
        <translation>{name} wurde von einer neueren Version von ITSM Desktop geschrieben; aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <location line="-33"/>
        <location filename="../../services/exchange/sources.py" line="+83"/>
        <source>There is no file {path}.</source>
        <translation>Es gibt keine Datei {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a portfolio file (not a zip archive).</source>
        <translation>{name} ist keine Portfoliodatei (kein ZIP-Archiv).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} holds a table “{table_name}” this version does not know; update the application.</source>
        <translation>{name} enthält eine Tabelle „{table_name}“, die diese Version nicht kennt; aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} holds columns this version does not know ({items}); update the application.</source>
        <translation>{name} enthält Spalten, die diese Version nicht kennt ({items}); aktualisieren Sie die Anwendung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database already holds records; a portfolio file is imported only into an empty database.</source>
        <translation>Die Datenbank enthält bereits Datensätze; eine Portfoliodatei wird nur in eine leere Datenbank importiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is damaged: the table {table} is missing.</source>
        <translation>{name} ist beschädigt: Die Tabelle {table} fehlt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is damaged: record {number} of {table} cannot be read ({exc}).</source>
        <translation>{name} ist beschädigt: Datensatz {number} von {table} kann nicht gelesen werden ({exc}).</translation>
    </message>
    <message>
        <location filename="../../services/exchange/sources.py" line="+2"/>
        <source>Cannot read {path}: {strerror}.</source>
        <translation>{path} kann nicht gelesen werden: {strerror}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} has no header row: the first row must name the columns.</source>
        <translation>{name} hat keine Kopfzeile: Die erste Zeile muss die Spalten benennen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has a header row but no records under it.</source>
        <translation>{name} hat eine Kopfzeile, aber keine Datensätze darunter.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name} is not a text file in a known encoding; save it as CSV (UTF-8).</source>
        <translation>{name} ist keine Textdatei in einer bekannten Kodierung; speichern Sie sie als CSV (UTF-8).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} is not UTF-8; it was read as {label}. Check accented letters in the preview, or save the file as CSV UTF-8.</source>
        <translation>{name} ist nicht UTF-8; die Datei wurde als {label} gelesen. Prüfen Sie Umlaute und Akzente in der Vorschau oder speichern Sie die Datei als CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+191"/>
        <source>{name} holds no text.</source>
        <translation>{name} enthält keinen Text.</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+73"/>
        <source>Reading {name} was stopped.</source>
        <translation>Das Lesen von {name} wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+185"/>
        <source>{name} is not valid CSV near line {line_num}: {exc}.</source>
        <translation>{name} ist in der Nähe von Zeile {line_num} kein gültiges CSV: {exc}.</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Cells beginning with “=”: {count}. A CSV file holds no formulas, so they are read as text.</source>
        <translation>Zellen, die mit „=“ beginnen: {count}. Eine CSV-Datei enthält keine Formeln, daher werden sie als Text gelesen.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Formula cells in the sheet: {formulas}. Their last calculated values are imported; never calculated, so without a value: {count} (marked in their cells).</source>
        <translation>Formelzellen im Blatt: {formulas}. Ihre zuletzt berechneten Werte werden importiert; nie berechnet und daher ohne Wert: {count} (in ihren Zellen markiert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Formula cells in the sheet: {formulas}. Their last calculated values are imported.</source>
        <translation>Formelzellen im Blatt: {formulas}. Ihre zuletzt berechneten Werte werden importiert.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>{name} is password-protected (or an old Excel 97–2003 file): save it without a password as .xlsx, then import it.</source>
        <translation>{name} ist kennwortgeschützt (oder eine alte Excel-97–2003-Datei): Speichern Sie sie ohne Kennwort als .xlsx und importieren Sie sie dann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not an {suffix} workbook (it may be damaged, or another kind of file renamed).</source>
        <translation>{name} ist keine {suffix}-Arbeitsmappe (sie ist vielleicht beschädigt oder eine umbenannte Datei anderer Art).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>{name} is password-protected: save it without a password.</source>
        <translation>{name} ist kennwortgeschützt: Speichern Sie sie ohne Kennwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is damaged, or not really an {kind} workbook: open it in a spreadsheet program and save it again as {kind}.</source>
        <translation>{name} ist beschädigt oder keine echte {kind}-Arbeitsmappe: Öffnen Sie sie in einer Tabellenkalkulation und speichern Sie sie erneut als {kind}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} has no sheet named “{sheet}”; its sheets are {items}.</source>
        <translation>{name} hat kein Blatt „{sheet}“; die Blätter heißen {items}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sheet “{sheet}” of {name} is damaged: open the file in a spreadsheet program and save it again.</source>
        <translation>Das Blatt „{sheet}“ von {name} ist beschädigt: Öffnen Sie die Datei in einer Tabellenkalkulation und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>{name} stops being {named} somewhere after line {line}; save it as CSV UTF-8.</source>
        <translation>{name} ist irgendwo nach Zeile {line} nicht mehr {named}; speichern Sie die Datei als CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../services/exchange/templates.py" line="-2"/>
        <source>A template is an XLSX workbook: name the file {stem}.xlsx.</source>
        <translation>Eine Vorlage ist eine XLSX-Arbeitsmappe: Nennen Sie die Datei {stem}.xlsx.</translation>
    </message>
    <message>
        <location filename="../../services/exchange/writers.py" line="-6"/>
        <source>Cannot tell the format of {name}: name the file .csv or .xlsx.</source>
        <translation>Das Format von {name} ist nicht erkennbar: Geben Sie der Datei die Endung .csv oder .xlsx.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is a folder; name a file to write.</source>
        <translation>{path} ist ein Ordner; nennen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <location filename="../../services/output_files.py" line="+41"/>
        <source>a database</source>
        <translation>eine Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a database&apos;s write-ahead log</source>
        <translation>das Write-Ahead-Log einer Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a database&apos;s rollback journal</source>
        <translation>das Rollback-Journal einer Datenbank</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{output} is the database {database}, which is never overwritten; choose another file name.</source>
        <translation>{output} ist die Datenbank {database}, die nie überschrieben wird; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{output} is a journal file of the database {database}, which is never overwritten; choose another file name.</source>
        <translation>{output} ist eine Journaldatei der Datenbank {database}, die nie überschrieben wird; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{output} is a folder; give the file a name.</source>
        <translation>{output} ist ein Ordner; geben Sie der Datei einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{output} is not a regular file; choose another file name.</source>
        <translation>{output} ist keine reguläre Datei; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{output} is {kind}; an export never overwrites one: choose another file name.</source>
        <translation>{output} ist {kind}; ein Export überschreibt so etwas nie: Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{output} is a journal file of the database {database}; an export never overwrites it: choose another file name.</source>
        <translation>{output} ist eine Journaldatei der Datenbank {database}; ein Export überschreibt sie nie: Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot write {output}: the folder {folder} does not exist.</source>
        <translation>{output} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write {output}: {reason}.</source>
        <translation>{output} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../../services/reads/underpinning.py" line="+82"/>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per quarter</source>
        <translation>pro Quartal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{priority} response {value}</source>
        <translation>{priority} Reaktion {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response {value}</source>
        <translation>Reaktion {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{priority} resolution {value}</source>
        <translation>{priority} Lösung {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution {value}</source>
        <translation>Lösung {value}</translation>
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
        <translation>„{raw}“ ist kein Datum mit Uhrzeit; schreiben Sie 2026-11-03 09:15 oder 03.11.2026 09:15.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{raw}” is not a date that exists.</source>
        <translation>„{raw}“ ist kein existierendes Datum.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{part}” is not an interval; write start/end.</source>
        <translation>„{part}“ ist kein Intervall; schreiben Sie Beginn/Ende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The paused interval “{part}” ends before it starts.</source>
        <translation>Das Pausenintervall „{part}“ endet, bevor es beginnt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write a duration such as 45 min, 2 h or 1:30.</source>
        <translation>Schreiben Sie eine Dauer wie 45 min, 2 h oder 1:30.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“{raw}” is not a duration; write e.g. 45 min, 2 h or 1:30.</source>
        <translation>„{raw}“ ist keine Dauer; schreiben Sie z. B. 45 min, 2 h oder 1:30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A duration cannot be negative.</source>
        <translation>Eine Dauer kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../services/underpinning.py" line="+44"/>
        <source>The service level target no longer exists.</source>
        <translation>Das Service-Level-Ziel existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{reference} revision {revision} is no longer being prepared or in force ({status}): its chain is closed.</source>
        <translation>{reference} Revision {revision} ist weder in Vorbereitung noch in Kraft ({status}): Die Absicherungskette ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the targets of an SLA rest on OLA and UC targets.</source>
        <translation>Nur die Ziele eines SLA stützen sich auf Ziele von OLAs und UCs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An SLA target rests on targets of an OLA or an underpinning contract only.</source>
        <translation>Ein SLA-Ziel stützt sich nur auf Ziele eines OLA oder eines Underpinning Contracts.</translation>
    </message>
    <message>
        <location filename="../../services/service_levels/surveys.py" line="+80"/>
        <source>{satisfied} of {responses} satisfied (a score of {lowest} or more out of {highest})</source>
        <translation>{satisfied} von {responses} zufrieden (Bewertung {lowest} oder mehr von {highest})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no response in the period</source>
        <translation>keine Antwort im Zeitraum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recovery time</source>
        <translation>Wiederherstellungszeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worst {what} of {tests}</source>
        <translation>schlechteste {what} aus {tests}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery test</source>
        <translation>Wiederherstellungstest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recovery tests</source>
        <translation>Wiederherstellungstests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recovery test in the period</source>
        <translation>kein Wiederherstellungstest im Zeitraum</translation>
    </message>
    <message>
        <location filename="../../store/backends/__init__.py" line="+166"/>
        <source>{address} is not a database address that can be read.</source>
        <translation>{address} ist keine lesbare Datenbankadresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{address} names a kind of database ITSM Desktop cannot use ({name}); give a file path or a postgresql:// address.</source>
        <translation>{address} bezeichnet eine Datenbankart, die ITSM Desktop nicht verwenden kann ({name}); geben Sie einen Dateipfad oder eine postgresql://-Adresse an.</translation>
    </message>
    <message>
        <location filename="../../store/backends/postgresql.py" line="+208"/>
        <source>{address} names no database: add /NAME to the address.</source>
        <translation>{address} nennt keine Datenbank: Ergänzen Sie die Adresse um /NAME.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>this computer&apos;s user</source>
        <translation>der Benutzer dieses Computers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server {server} refused the password of the user {user}; check it and try again.</source>
        <translation>Der Server {server} hat das Passwort des Benutzers {user} abgelehnt; prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server {server} does not let the user {user} sign in to {database}.</source>
        <translation>Der Server {server} lässt den Benutzer {user} nicht bei {database} anmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no database {database} on the server {server}.</source>
        <translation>Auf dem Server {server} gibt es keine Datenbank {database}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user {user} may only read the database {where} (a viewer), so nothing was saved; ask the server&apos;s administrator to make them an editor.</source>
        <translation>Der Benutzer {user} darf die Datenbank {where} nur lesen (Betrachter), daher wurde nichts gespeichert; bitten Sie die Administration des Servers, ihn zum Bearbeiter zu machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user {user} has no permission to read the database {where}; ask the server&apos;s administrator.</source>
        <translation>Der Benutzer {user} hat keine Berechtigung, die Datenbank {where} zu lesen; wenden Sie sich an die Administration des Servers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server holding {where} has run out of space; nothing was saved.</source>
        <translation>Auf dem Server mit {where} ist kein Speicherplatz mehr frei; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {where} is busy with other work; try again in a moment.</source>
        <translation>Die Datenbank {where} ist mit anderen Aufgaben beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {where} could not be {doing} (error {code}).</source>
        <translation>Die Datenbank {where} konnte nicht {doing} werden (Fehler {code}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection to the database server {server} was lost; try again.</source>
        <translation>Die Verbindung zum Datenbankserver {server} ist abgebrochen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the database server {server}: check the address and that the server is running, then try again.</source>
        <translation>Der Datenbankserver {server} ist nicht erreichbar: Prüfen Sie die Adresse und ob der Server läuft, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server {server} asks for the password of the user {user}; give it, or put it in your PostgreSQL password file (~/.pgpass).</source>
        <translation>Der Server {server} verlangt das Passwort des Benutzers {user}; geben Sie es an oder tragen Sie es in Ihre PostgreSQL-Passwortdatei (~/.pgpass) ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no database {database} on the server {server} that the user {user} may connect to.</source>
        <translation>Auf dem Server {server} gibt es keine Datenbank {database}, mit der sich der Benutzer {user} verbinden darf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server {server} refused the user {user}: a wrong password, or that user may not sign in from this computer.</source>
        <translation>Der Server {server} hat den Benutzer {user} abgewiesen: Das Passwort ist falsch, oder dieser Benutzer darf sich von diesem Computer aus nicht anmelden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The database {where} is empty: its administrator sets it up with {command} (or moves a local database there with itsm-desktop copy).</source>
        <translation>Die Datenbank {where} ist leer: Ihre Administration richtet sie mit {command} ein (oder verschiebt mit itsm-desktop copy eine lokale Datenbank dorthin).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {where} belongs to another application, not ITSM Desktop.</source>
        <translation>Die Datenbank {where} gehört zu einer anderen Anwendung, nicht zu ITSM Desktop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user {user} may not read the ITSM Desktop tables of {where}; ask the server&apos;s administrator to grant access.</source>
        <translation>Der Benutzer {user} darf die ITSM-Desktop-Tabellen von {where} nicht lesen; bitten Sie die Administration des Servers um Zugriff.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {where} is not an ITSM Desktop database: it has no single schema version.</source>
        <translation>Die Datenbank {where} ist keine ITSM-Desktop-Datenbank: Sie hat keine eindeutige Schemaversion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {where} was set up by a newer version of ITSM Desktop; update the application on this computer to open it.</source>
        <translation>Die Datenbank {where} wurde von einer neueren Version von ITSM Desktop eingerichtet; aktualisieren Sie die Anwendung auf diesem Computer, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {where} is not an ITSM Desktop database: {problem}.</source>
        <translation>Die Datenbank {where} ist keine ITSM-Desktop-Datenbank: {problem}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {where} has an older schema than this version of ITSM Desktop; its administrator upgrades it with {command}.</source>
        <translation>Die Datenbank {where} hat ein älteres Schema als diese Version von ITSM Desktop; ihre Administration aktualisiert sie mit {command}.</translation>
    </message>
    <message>
        <location filename="../../store/backends/postgresql_dump.py" line="+50"/>
        <source>Backing up and restoring a server database needs PostgreSQL&apos;s {name}; install the {package} package (or your system&apos;s PostgreSQL client tools).</source>
        <translation>Zum Sichern und Wiederherstellen einer Serverdatenbank wird {name} von PostgreSQL benötigt; installieren Sie das Paket {package} (oder die PostgreSQL-Clientwerkzeuge Ihres Systems).</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+167"/>
        <source>{failure}: {reason}.</source>
        <translation>{failure}: {reason}.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>{output} is a folder; give the backup a file name.</source>
        <translation>{output} ist ein Ordner; geben Sie der Sicherung einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot back up {database}</source>
        <translation>{database} kann nicht gesichert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../store/backends/sqlite.py" line="+140"/>
        <source>Cannot write the backup {output}: {reason}.</source>
        <translation>Die Sicherung {output} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no backup file {backup}.</source>
        <translation>Es gibt keine Sicherungsdatei {backup}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{backup} is not a backup of a server database (pg_dump&apos;s custom format).</source>
        <translation>{backup} ist keine Sicherung einer Serverdatenbank (benutzerdefiniertes Format von pg_dump).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{backup} is a backup of another application&apos;s database, not ITSM Desktop&apos;s.</source>
        <translation>{backup} ist die Sicherung der Datenbank einer anderen Anwendung, nicht von ITSM Desktop.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read the backup {backup}</source>
        <translation>Die Sicherung {backup} kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot restore {backup} into {database}; nothing was changed</source>
        <translation>{backup} kann nicht in {database} wiederhergestellt werden; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Nothing was restored: the database could not be held against other users&apos; saves</source>
        <translation>Nichts wurde wiederhergestellt: Die Datenbank konnte nicht gegen das Speichern anderer Benutzer gesperrt werden</translation>
    </message>
    <message>
        <location filename="../../store/backends/postgresql_roles.py" line="+69"/>
        <source>Name the user to make an editor or a viewer.</source>
        <translation>Nennen Sie den Benutzer, der Bearbeiter oder Betrachter werden soll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server has no {group} role yet; set the roles up first with itsm-desktop --database &quot;{database}&quot; setup-roles.</source>
        <translation>Der Server hat noch keine Rolle {group}; richten Sie die Rollen zuerst mit itsm-desktop --database &quot;{database}&quot; setup-roles ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no user {user} on the server; create it first (createuser --pwprompt {user}).</source>
        <translation>Auf dem Server gibt es keinen Benutzer {user}; legen Sie ihn zuerst an (createuser --pwprompt {user}).</translation>
    </message>
    <message>
        <location filename="../../store/backends/sqlite.py" line="-47"/>
        <source>An ITSM Desktop database must be a file: give its path.</source>
        <translation>Eine ITSM-Desktop-Datenbank muss eine Datei sein: Geben Sie ihren Pfad an.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{path} is an SQLite database of another application, not ITSM Desktop&apos;s.</source>
        <translation>{path} ist eine SQLite-Datenbank einer anderen Anwendung, nicht von ITSM Desktop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} was written by a newer version of ITSM Desktop; update the application to open it.</source>
        <translation>Die Datenbank {path} wurde von einer neueren Version von ITSM Desktop geschrieben; aktualisieren Sie die Anwendung, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+53"/>
        <source>open the database {path}</source>
        <translation>Das Öffnen der Datenbank {path}</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>keep a copy of {path} before upgrading it</source>
        <translation>Das Aufbewahren einer Kopie von {path} vor der Aktualisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot prepare the database {path}: {message}.</source>
        <translation>Die Datenbank {path} kann nicht vorbereitet werden: {message}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database {path} is on a network filesystem ({kind}), where SQLite files get damaged when shared; keep it on this computer&apos;s disk, or move it to a team server (File ▸ Move to Team Server… or itsm-desktop copy) so that everyone can work on it.</source>
        <translation>Die Datenbank {path} liegt auf einem Netzwerkdateisystem ({kind}), auf dem gemeinsam genutzte SQLite-Dateien beschädigt werden; bewahren Sie sie auf der Festplatte dieses Computers auf oder ziehen Sie sie auf einen Teamserver um (Datei ▸ Auf den Teamserver umziehen… oder itsm-desktop copy), damit alle daran arbeiten können.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the database: {parent} is not a folder.</source>
        <translation>Die Datenbank kann nicht angelegt werden: {parent} ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a regular file, so it cannot be a database.</source>
        <translation>{path} ist keine gewöhnliche Datei und kann daher keine Datenbank sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file {path} is read-only; make it writable or open another.</source>
        <translation>Die Datenbankdatei {path} ist schreibgeschützt; heben Sie den Schreibschutz auf oder öffnen Sie eine andere.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../store/sqlite_files.py" line="+97"/>
        <source>The database {path} is damaged; restore it from a backup.</source>
        <translation>Die Datenbank {path} ist beschädigt; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{path} is not an ITSM Desktop database: it has several schema versions.</source>
        <translation>{path} ist keine ITSM-Desktop-Datenbank: Sie hat mehrere Schemaversionen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not an ITSM Desktop database: {problem}.</source>
        <translation>{path} ist keine ITSM-Desktop-Datenbank: {problem}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>create the folder {path}</source>
        <translation>Das Anlegen des Ordners {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create the database {path}</source>
        <translation>Das Anlegen der Datenbank {path}</translation>
    </message>
    <message>
        <location filename="../../store/backup.py" line="+47"/>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../store/database.py" line="-32"/>
        <source>The database {database} is on a server, not a file.</source>
        <translation>Die Datenbank {database} liegt auf einem Server, nicht in einer Datei.</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>The database is busy: another window or program is saving to it. Nothing was saved; try again in a moment.</source>
        <translation>Die Datenbank ist belegt: Ein anderes Fenster oder Programm speichert gerade darin. Nichts wurde gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else saved at the same moment; nothing was saved. Try again.</source>
        <translation>Jemand anderes hat im selben Moment gespeichert; nichts wurde gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {where} has become read-only; nothing was saved.</source>
        <translation>Die Datenbank {where} ist schreibgeschützt geworden; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk holding {where} is full; nothing was saved.</source>
        <translation>Der Datenträger mit {where} ist voll; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {where} could not be written (disk I/O error); nothing was saved.</source>
        <translation>Die Datenbank {where} konnte nicht geschrieben werden (Ein-/Ausgabefehler des Datenträgers); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The database {where} is damaged; nothing was saved. Restore it from a backup.</source>
        <translation>Die Datenbank {where} ist beschädigt; nichts wurde gespeichert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the database {where} was lost; nothing was saved.</source>
        <translation>Die Verbindung zur Datenbank {where} ist abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {where} took too long to answer; nothing was saved.</source>
        <translation>Die Datenbank {where} hat zu lange nicht geantwortet; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../store/restore.py" line="+83"/>
        <source>{source} is not a readable database.</source>
        <translation>{source} ist keine lesbare Datenbank.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The database {current} cannot be opened to restore into it.</source>
        <translation>Die Datenbank {current} kann zum Wiederherstellen nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+24"/>
        <source>The database {current} is busy: another window or program is saving to it; try again in a moment.</source>
        <translation>Die Datenbank {current} ist belegt: Ein anderes Fenster oder Programm speichert gerade darin; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The database {current} could not be restored into: {reason}.</source>
        <translation>In die Datenbank {current} konnte nicht wiederhergestellt werden: {reason}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup for {current} holds no ITSM Desktop data.</source>
        <translation>Die Sicherung für {current} enthält keine ITSM-Desktop-Daten.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The database {path} is in use by another window or program; close it there and try again.</source>
        <translation>Die Datenbank {path} wird von einem anderen Fenster oder Programm verwendet; schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a backup file, not the database itself.</source>
        <translation>Wählen Sie eine Sicherungsdatei, nicht die Datenbank selbst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup {backup} does not exist.</source>
        <translation>Die Sicherung {backup} existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{current} is a folder, not a database file.</source>
        <translation>{current} ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{backup} cannot be restored: it is damaged, or it is not an ITSM Desktop database backup.</source>
        <translation>{backup} kann nicht wiederhergestellt werden: Die Datei ist beschädigt oder keine Sicherung einer ITSM-Desktop-Datenbank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot prepare the restore in {folder}: {reason}.</source>
        <translation>Die Wiederherstellung kann in {folder} nicht vorbereitet werden: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{backup} cannot be restored: {details}</source>
        <translation>{backup} kann nicht wiederhergestellt werden: {details}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot restore into {current}: {reason}; nothing was changed.</source>
        <translation>In {current} kann nicht wiederhergestellt werden: {reason}; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was restored: {problem}</source>
        <translation>Nichts wurde wiederhergestellt: {problem}</translation>
    </message>
    <message>
        <location filename="../../store/server_copy.py" line="+61"/>
        <source>The database {database} is not empty; a local database is copied only into an empty one.</source>
        <translation>Die Datenbank {database} ist nicht leer; eine lokale Datenbank wird nur in eine leere kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The local database must be at this version&apos;s schema to be copied.</source>
        <translation>Die lokale Datenbank muss das Schema dieser Version haben, um kopiert zu werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{problem} Nothing was copied.</source>
        <translation>{problem} Nichts wurde kopiert.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The copy of {table} differs from the local database at record {key}; nothing was copied.</source>
        <translation>Die Kopie von {table} weicht beim Datensatz {key} von der lokalen Datenbank ab; nichts wurde kopiert.</translation>
    </message>
    <message>
        <location filename="../../store/sqlite_files.py" line="-21"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared</source>
        <translation>vorbereitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgraded</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database {path} is locked by another program; close it and try again.</source>
        <translation>Die Datenbank {path} ist von einem anderen Programm gesperrt; schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not an ITSM Desktop database: SQLite does not recognise it (if it was one, it is damaged; restore it from a backup).</source>
        <translation>{path} ist keine ITSM-Desktop-Datenbank: SQLite erkennt die Datei nicht (war sie eine, ist sie beschädigt; stellen Sie sie aus einer Sicherung wieder her).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} is read-only; make it writable or open another.</source>
        <translation>Die Datenbank {path} ist schreibgeschützt; heben Sie den Schreibschutz auf oder öffnen Sie eine andere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk holding {path} is full.</source>
        <translation>Der Datenträger mit {path} ist voll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {path} cannot be opened: its folder or file is not accessible.</source>
        <translation>Die Datenbank {path} kann nicht geöffnet werden: Ihr Ordner oder ihre Datei ist nicht zugänglich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} could not be {doing} (disk I/O error).</source>
        <translation>Die Datenbank {path} konnte nicht {doing} werden (Ein-/Ausgabefehler des Datenträgers).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} could not be {doing}: {reason}.</source>
        <translation>Die Datenbank {path} konnte nicht {doing} werden: {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot {action}: {reason}.</source>
        <translation>{action} ist fehlgeschlagen: {reason}.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="+9"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service catalog, stakeholders and printable service level agreements for small IT teams.</source>
        <translation>Servicekatalog, Stakeholder und druckfertige Service-Level-Agreements für kleine IT-Teams.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {path}</source>
        <translation>Datenbank: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups: {folder}</source>
        <translation>Automatische Sicherungen: {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder: {folder}</source>
        <translation>Datenordner: {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log folder: {folder}</source>
        <translation>Protokollordner: {folder}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+38"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create an empty database file and open it</source>
        <translation>Eine leere Datenbankdatei anlegen und öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another database file</source>
        <translation>Eine andere Datenbankdatei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to Team Server…</source>
        <translation>Mit &amp;Teamserver verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the team&apos;s database on a PostgreSQL server</source>
        <translation>Die Datenbank des Teams auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to Team Server…</source>
        <translation>Auf den Teamserver &amp;umziehen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this local database to an empty team server database and open it there</source>
        <translation>Diese lokale Datenbank in eine leere Datenbank auf dem Teamserver kopieren und dort öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load &amp;Sample Portfolio</source>
        <translation>&amp;Beispielportfolio laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill this empty database with a complete example</source>
        <translation>Diese leere Datenbank mit einem vollständigen Beispiel füllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the open database</source>
        <translation>Eine Kopie der geöffneten Datenbank speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the open database by a backup of it</source>
        <translation>Die geöffnete Datenbank durch eine ihrer Sicherungen ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import records from a CSV, XLSX or ODS spreadsheet</source>
        <translation>Datensätze aus einer CSV-, XLSX- oder ODS-Tabelle importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport List…</source>
        <translation>Liste e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this page&apos;s list, as shown, to CSV or XLSX</source>
        <translation>Die Liste dieser Seite, wie angezeigt, als CSV oder XLSX speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+68"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new record on this page</source>
        <translation>Einen neuen Datensatz auf dieser Seite anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the record being edited</source>
        <translation>Den bearbeiteten Datensatz speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away the unsaved changes of this record</source>
        <translation>Die nicht gespeicherten Änderungen dieses Datensatzes verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new record as a copy of this one</source>
        <translation>Einen neuen Datensatz als Kopie dieses Datensatzes beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this record (it can be undone)</source>
        <translation>Diesen Datensatz löschen (kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search this page</source>
        <translation>Auf dieser Seite suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view…</source>
        <translation>Vor&amp;schau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the printed document on screen</source>
        <translation>Das gedruckte Dokument am Bildschirm zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the document of this page</source>
        <translation>Das Dokument dieser Seite drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the document of this page as a PDF file</source>
        <translation>Das Dokument dieser Seite als PDF-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog &amp;Report…</source>
        <translation>Katalog&amp;bericht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview the live service catalog as a report</source>
        <translation>Den aktuellen Servicekatalog als Bericht in der Vorschau zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the records of this page again</source>
        <translation>Die Datensätze dieser Seite erneut lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic backups and other settings</source>
        <translation>Automatische Sicherungen und weitere Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Home</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service &amp;Catalog</source>
        <translation>Service&amp;katalog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Organizations</source>
        <translation>&amp;Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;ntacts</source>
        <translation>Ko&amp;ntakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Agreements</source>
        <translation>&amp;Vereinbarungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service &amp;Levels</source>
        <translation>Service-&amp;Level</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clause &amp;Library…</source>
        <translation>Klausel&amp;bibliothek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The standard clauses agreements carry, and their versions</source>
        <translation>Die Standardklauseln der Vereinbarungen und ihre Versionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to do the everyday tasks, step by step</source>
        <translation>Die täglichen Aufgaben Schritt für Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every shortcut of the application</source>
        <translation>Alle Tastenkürzel der Anwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ITSM Desktop</source>
        <translation>Ü&amp;ber ITSM Desktop</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Undo {what}</source>
        <translation>{what} &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo {what}</source>
        <translation>{what} &amp;wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhere</name>
    <message>
        <location filename="../../ui/common/changed_elsewhere.py" line="+22"/>
        <source>Someone else saved this record while you were editing it. Your changes are kept; compare them with theirs before you save.</source>
        <translation>Jemand anderes hat diesen Datensatz gespeichert, während Sie ihn bearbeitet haben. Ihre Änderungen bleiben erhalten; vergleichen Sie sie vor dem Speichern mit den anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <location filename="../../ui/common/fields.py" line="+87"/>
        <source>(no longer available)</source>
        <translation>(nicht mehr verfügbar)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/connect_server.py" line="+71"/>
        <source>Connect to Team Server</source>
        <translation>Mit Teamserver verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dbserver.example.org</source>
        <translation>dbserver.example.org</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>from ~/.pgpass when left empty</source>
        <translation>aus ~/.pgpass, wenn leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is kept only until ITSM Desktop quits; it is never saved.</source>
        <translation>Das Passwort wird nur bis zum Beenden von ITSM Desktop behalten und nie gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the server and the database.</source>
        <translation>Geben Sie Server und Datenbank an.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../ui/contacts/editor.py" line="-107"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The names this person signs in with (the computer&apos;s login, or the team server&apos;s user): the history records them, printed agreements show this person&apos;s name instead.</source>
        <translation>Die Namen, mit denen sich diese Person anmeldet (Login am Computer oder Benutzer des Teamservers): Der Verlauf erfasst sie, gedruckte Vereinbarungen zeigen stattdessen den Namen dieser Person.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This Is Me</source>
        <translation>Das bin ich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in as this person: your login is {login}</source>
        <translation>Als diese Person anmelden: Ihr Login ist {login}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in Names…</source>
        <translation>Anmeldenamen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed this contact, when, and what; newest first.</source>
        <translation>Wer diesen Kontakt wann und wie geändert hat; neueste zuerst.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Save the contact first to say who signs in as this person.</source>
        <translation>Speichern Sie den Kontakt zuerst, um festzulegen, wer sich als diese Person anmeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs in as {logins}</source>
        <translation>Meldet sich an als {logins}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody signs in as this person.</source>
        <translation>Niemand meldet sich als diese Person an.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sign-in names not saved</source>
        <translation>Anmeldenamen nicht gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark inactive</source>
        <translation>Als inaktiv markieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{job} at {org}</source>
        <translation>{job} bei {org}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>DependencyPicker</name>
    <message>
        <location filename="../../ui/catalog/service_parts.py" line="+159"/>
        <source>Add a dependency: type a code or name…</source>
        <translation>Abhängigkeit hinzufügen: Code oder Namen eingeben…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>FamiliesDialog</name>
    <message>
        <location filename="../../ui/catalog/families.py" line="+10"/>
        <source>Service Families</source>
        <translation>Servicefamilien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families are listed by this number, then by name.</source>
        <translation>Servicefamilien werden nach dieser Zahl, dann nach Namen sortiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Family</source>
        <translation>Neue Servicefamilie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+91"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Families group the services of the catalog, e.g. “Workplace &amp; devices”.</source>
        <translation>Servicefamilien gruppieren die Services des Katalogs, z. B. „Arbeitsplatz &amp; Geräte“.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete Family</source>
        <translation>Servicefamilie löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the family “{name}”? Its services stay in the catalog without a family.</source>
        <translation>Die Servicefamilie „{name}“ löschen? Ihre Services bleiben ohne Servicefamilie im Katalog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../ui/help.py" line="+9"/>
        <source>{app} User Guide</source>
        <translation>{app} Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/common/history_panel.py" line="-128"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home/page.py" line="-165"/>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live services without an agreement</source>
        <translation>Produktive Services ohne Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live services that no current SLA, OLA or contract covers yet.</source>
        <translation>Produktive Services, die noch kein gültiges SLA, OLA oder Vertrag abdeckt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements ending soon, due for review or waiting in review; live services no active SLA covers; SLA targets their OLAs and contracts leave no margin; targets breached or at risk.</source>
        <translation>Vereinbarungen, die bald enden, zur Überprüfung fällig sind oder in Prüfung warten; produktive Services ohne aktives SLA; SLA-Ziele, denen die OLAs und Verträge keine Reserve lassen; verfehlte oder gefährdete Ziele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recently changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest edits to services, organizations, contacts and agreements.</source>
        <translation>Die letzten Änderungen an Services, Organisationen, Kontakten und Vereinbarungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Services by lifecycle status</source>
        <translation>Services nach Lebenszyklusstatus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to ITSM Desktop</source>
        <translation>Willkommen bei ITSM Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is empty. Where to start: explore the sample portfolio, a complete catalog with agreements; import your services from a spreadsheet (CSV, XLSX or ODS); or create your first service. The user guide (F1) walks through the everyday tasks.</source>
        <translation>Diese Datenbank ist leer. Zum Einstieg: Erkunden Sie das Beispielportfolio, einen vollständigen Katalog mit Vereinbarungen; importieren Sie Ihre Services aus einer Tabelle (CSV, XLSX oder ODS); oder legen Sie Ihren ersten Service an. Das Benutzerhandbuch (F1) führt durch die täglichen Aufgaben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load sample portfolio</source>
        <translation>Beispielportfolio laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a spreadsheet…</source>
        <translation>Tabelle importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New service</source>
        <translation>Neuer Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the guide</source>
        <translation>Handbuch lesen</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+24"/>
        <source>Database: {path}</source>
        <translation>Datenbank: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every live service is covered. Well done.</source>
        <translation>Jeder produktive Service ist abgedeckt. Gut gemacht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and {n} more.</source>
        <translation>… und {n} weitere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to do: no agreement ends or is due for review soon, an active SLA covers every live service and no target is breached or at risk.</source>
        <translation>Nichts zu tun: Keine Vereinbarung endet bald oder ist zur Überprüfung fällig, ein aktives SLA deckt jeden produktiven Service ab und kein Ziel ist verfehlt oder gefährdet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed {fields}</source>
        <translation>{fields} geändert</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../../ui/catalog/service_parts.py" line="-128"/>
        <source>Available 24 hours a day, 7 days a week (24×7)</source>
        <translation>Rund um die Uhr verfügbar, 7 Tage die Woche (24×7)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office hours</source>
        <translation>Bürozeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday to Friday, 08:00 – 18:00</source>
        <translation>Montag bis Freitag, 08:00 – 18:00</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/exchange/wizard.py" line="+9"/>
        <source>Import from a Spreadsheet</source>
        <translation>Aus einer Tabelle importieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <location filename="../../ui/organizations/letterhead.py" line="-146"/>
        <source>Letterhead of {name}</source>
        <translation>Briefkopf von {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed at the head and foot of every page and on the cover of the documents this organization provides: its agreements and the service catalog.</source>
        <translation>Wird in Kopf- und Fußzeile jeder Seite und auf dem Deckblatt der Dokumente dieser Organisation gedruckt: ihrer Vereinbarungen und des Servicekatalogs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal name</source>
        <translation>Rechtlicher Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registered name, e.g. Northwind Logistics Ltd</source>
        <translation>Der eingetragene Name, z. B. Northwind Logistik GmbH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company number, VAT or tax number, registered office</source>
        <translation>Handelsregisternummer, USt-IdNr. oder Steuernummer, Sitz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main colour</source>
        <translation>Hauptfarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the name in the page headers and on the cover</source>
        <translation>Des Namens in den Kopfzeilen und auf dem Deckblatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the rule under the cover&apos;s letterhead</source>
        <translation>Der Linie unter dem Briefkopf des Deckblatts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Standard, or a colour like #1F3A5F</source>
        <translation>Standard oder eine Farbe wie #1F3A5F</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An SVG or PNG file, at most 1 MB.</source>
        <translation>Eine SVG- oder PNG-Datei, höchstens 1 MB.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Letterhead not saved</source>
        <translation>Briefkopf nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <location filename="../../ui/common/fields.py" line="+52"/>
        <source>Too long: at most {limit} characters, this has {count}.</source>
        <translation>Zu lang: höchstens {limit} Zeichen, dieser Text hat {count}.</translation>
    </message>
</context>
<context>
    <name>LookupField</name>
    <message>
        <location filename="../../ui/common/lookup.py" line="+104"/>
        <source>Type to search…</source>
        <translation>Tippen zum Suchen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the choices</source>
        <translation>Auswahl zeigen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(no longer available)</source>
        <translation>(nicht mehr verfügbar)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+139"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service catalog</source>
        <translation>Servicekatalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Expired because their validity ended: {names}.</source>
        <translation>Abgelaufen, weil ihre Gültigkeit endete: {names}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>That record is no longer there.</source>
        <translation>Dieser Datensatz existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>The open database</source>
        <translation>Die geöffnete Datenbank</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened {path}</source>
        <translation>{path} geöffnet</translation>
    </message>
</context>
<context>
    <name>MetricDelegate</name>
    <message>
        <location filename="../../ui/agreements/delegates.py" line="+79"/>
        <source>or type your own metric</source>
        <translation>oder eigene Kennzahl eingeben</translation>
    </message>
</context>
<context>
    <name>NumberDelegate</name>
    <message>
        <location line="+42"/>
        <source>Row {row}: {problem} The value was not changed.</source>
        <translation>Zeile {row}: {problem} Der Wert wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <location filename="../../ui/common/operations.py" line="+107"/>
        <source>“{step}” and the steps before it can no longer be undone: {reason}</source>
        <translation>„{step}“ und die Schritte davor können nicht mehr rückgängig gemacht werden: {reason}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../ui/organizations/editor.py" line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short code, e.g. FIN</source>
        <translation>Kurzcode, z. B. FIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit type</source>
        <translation>Einheitentyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The division or organization this one belongs to.</source>
        <translation>Der Bereich oder die Organisation, zu der diese gehört.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document language</source>
        <translation>Dokumentsprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language its agreements are printed in.</source>
        <translation>Die Sprache, in der ihre Vereinbarungen gedruckt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letterhead</source>
        <translation>Briefkopf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo, legal name, address, registration details, colours and paper of the documents this organization provides.</source>
        <translation>Logo, rechtlicher Name, Adresse, Registerangaben, Farben und Papier der Dokumente dieser Organisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit Letterhead…</source>
        <translation>Briefkopf bearbeiten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of this organization. Add them on the Contacts page.</source>
        <translation>Personen dieser Organisation. Fügen Sie sie auf der Seite Kontakte hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed this organization, when, and what; newest first.</source>
        <translation>Wer diese Organisation wann und wie geändert hat; neueste zuerst.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No contacts yet.</source>
        <translation>Noch keine Kontakte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the organization first to give it a letterhead.</source>
        <translation>Speichern Sie die Organisation zuerst, um ihr einen Briefkopf zu geben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None yet: its documents print its name only.</source>
        <translation>Noch keiner: Ihre Dokumente zeigen nur ihren Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no logo</source>
        <translation>kein Logo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark inactive</source>
        <translation>Als inaktiv markieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences.py" line="+62"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes effect at once; unsaved changes are asked about first</source>
        <translation>Gilt sofort; nach ungespeicherten Änderungen wird zuerst gefragt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic ({paper}, from your region)</source>
        <translation>Automatisch ({paper}, nach Ihrer Region)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper printed and exported documents are laid out for</source>
        <translation>Das Papierformat, für das gedruckte und exportierte Dokumente gesetzt werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest automatic backup: {when}</source>
        <translation>Letzte automatische Sicherung: {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paper size</source>
        <translation>&amp;Papierformat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once a day, when a database is opened, a copy of it is saved in the folder below. The oldest copies beyond the number kept are removed.</source>
        <translation>Einmal am Tag wird beim Öffnen einer Datenbank eine Kopie im unten genannten Ordner gespeichert. Die ältesten Kopien über die behaltene Anzahl hinaus werden entfernt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>automatic backups (0 turns them off)</source>
        <translation>automatische Sicherungen (0 schaltet sie ab)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>automatic backup (0 turns them off)</source>
        <translation>automatische Sicherung (0 schaltet sie ab)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No automatic backup has been made yet.</source>
        <translation>Es wurde noch keine automatische Sicherung erstellt.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="+87"/>
        <source>{title} – Preview</source>
        <translation>{title} – Vorschau</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fit width</source>
        <translation>Breite anpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper the document is laid out for</source>
        <translation>Das Papierformat, für das das Dokument gesetzt ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document language</source>
        <translation>Dokumentsprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language the document is written in</source>
        <translation>Die Sprache, in der das Dokument verfasst ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>of {count}</source>
        <translation>von {count}</translation>
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
        <translation>{typed} liegt außerhalb des Bereichs: Geben Sie eine Zahl von {low} bis {high} ein.</translation>
    </message>
</context>
<context>
    <name>RangeSpinBox</name>
    <message>
        <location line="-24"/>
        <source>{typed} is out of range: enter a number from {low} to {high}.</source>
        <translation>{typed} liegt außerhalb des Bereichs: Geben Sie eine Zahl von {low} bis {high} ein.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../ui/common/record_actions.py" line="+22"/>
        <source>the new {noun}</source>
        <translation>den neuen Datensatz ({noun})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changed {name} without saving.</source>
        <translation>Sie haben {name} geändert, ohne zu speichern.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete {noun}</source>
        <translation>{noun} löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}? You can undo this with Edit ▸ Undo.</source>
        <translation>{name} löschen? Sie können dies mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted {name}.</source>
        <translation>{name} gelöscht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../ui/common/record_page.py" line="+117"/>
        <location line="+122"/>
        <location line="+136"/>
        <source>New {noun}</source>
        <translation>{noun} anlegen</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{count} {noun}</source>
        <translation>{count} {noun}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{shown} of {count} {noun}</source>
        <translation>{shown} von {count} {noun}</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>No matching {plural}</source>
        <translation>Keine passenden {plural}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches the search and filters. Try other words or clear them.</source>
        <translation>Nichts passt zu Suche und Filtern. Versuchen Sie andere Wörter oder setzen Sie sie zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load sample portfolio</source>
        <translation>Beispielportfolio laden</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/service_levels/report_dialog.py" line="+35"/>
        <source>Service level report</source>
        <translation>Service-Level-Bericht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language the report prints in: the agreement&apos;s own unless you choose another</source>
        <translation>Die Sprache, in der der Bericht gedruckt wird: die der Vereinbarung, sofern Sie keine andere wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Agreement:</source>
        <translation>&amp;Vereinbarung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../ui/common/rows.py" line="+143"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Row {row}, {column}: “{text}” is not a whole number from 0 to {high}.</source>
        <translation>Zeile {row}, {column}: „{text}“ ist keine ganze Zahl von 0 bis {high}.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../ui/common/widgets.py" line="+63"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../ui/catalog/editor.py" line="+16"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service hours and support</source>
        <translation>Servicezeiten und Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Parties</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers and consumers of the service</source>
        <translation>Lieferanten und Abnehmer des Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique; capital letters, digits, “-”, “_” or “.”.</source>
        <translation>Eindeutig; Großbuchstaben, Ziffern, „-“, „_“ oder „.“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+61"/>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Families…</source>
        <translation>Servicefamilien…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename or reorder the service families</source>
        <translation>Servicefamilien hinzufügen, umbenennen oder neu ordnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Family</source>
        <translation>Servicefamilie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line, in business terms</source>
        <translation>Eine Zeile, in der Sprache des Geschäfts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business outcomes</source>
        <translation>Geschäftsergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle and responsibility</source>
        <translation>Lebenszyklus und Verantwortung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle status</source>
        <translation>Lebenszyklusstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the steps allowed from the saved status are offered.</source>
        <translation>Angeboten werden nur die vom gespeicherten Status aus erlaubten Schritte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The internal unit that delivers the service.</source>
        <translation>Die interne Einheit, die den Service erbringt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Service Owner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Service Manager</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service hours</source>
        <translation>Servicezeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the service is available to its users.</source>
        <translation>Wann der Service seinen Benutzern zur Verfügung steht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exceptions (holidays, maintenance windows)</source>
        <translation>Ausnahmen (Feiertage, Wartungsfenster)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone to call for help: how, and when.</source>
        <translation>Wen man um Hilfe bitten kann: wie und wann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support hours</source>
        <translation>Supportzeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requesting</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to order the service or a change to it.</source>
        <translation>Wie man den Service oder eine Änderung daran bestellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost model</source>
        <translation>Kostenmodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge model</source>
        <translation>Verrechnungsmodell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The technical pieces the service is built from.</source>
        <translation>Die technischen Bausteine, aus denen der Service besteht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add component</source>
        <translation>Komponente hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No components yet.</source>
        <translation>Noch keine Komponenten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other services this one needs in order to work.</source>
        <translation>Andere Services, die dieser zum Funktionieren braucht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Services that depend on this one</source>
        <translation>Services, die von diesem abhängen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third parties the service depends on.</source>
        <translation>Dritte, von denen der Service abhängt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>Liefert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add supplier</source>
        <translation>Lieferant hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No suppliers.</source>
        <translation>Keine Lieferanten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers</source>
        <translation>Abnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who pays for the service (customers) and who uses it.</source>
        <translation>Wer für den Service zahlt (Kunden) und wer ihn nutzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add consumer</source>
        <translation>Abnehmer hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No consumers.</source>
        <translation>Keine Abnehmer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreements covering the service</source>
        <translation>Vereinbarungen, die den Service abdecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLAs, OLAs and underpinning contracts that name this service.</source>
        <translation>SLAs, OLAs und Underpinning Contracts, die diesen Service nennen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed this service, when, and what; newest first.</source>
        <translation>Wer diesen Service wann und wie geändert hat; neueste zuerst.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reference} rev. {revision} — {kind}, {status}</source>
        <translation>{reference} Rev. {revision} – {kind}, {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No agreement covers this service yet.</source>
        <translation>Noch keine Vereinbarung deckt diesen Service ab.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Retire service</source>
        <translation>Service außer Betrieb nehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as retiring</source>
        <translation>Als auslaufend markieren</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsPage</name>
    <message>
        <location filename="../../ui/service_levels/page.py" line="-352"/>
        <location line="+168"/>
        <source>Compute values</source>
        <translation>Werte berechnen</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Measure the imported incidents and outages again and store the values (values entered by hand and closed periods stay)</source>
        <translation>Die importierten Störungen und Ausfälle erneut messen und die Werte speichern (von Hand erfasste Werte und abgeschlossene Zeiträume bleiben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, print or export the service level report of an agreement for a month, in the language you choose</source>
        <translation>Den Service-Level-Bericht einer Vereinbarung für einen Monat in der gewählten Sprache anzeigen, drucken oder exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import records…</source>
        <translation>Datensätze importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import incidents, outages, satisfaction responses or recovery tests from a CSV, XLSX or ODS file</source>
        <translation>Störungen, Ausfälle, Zufriedenheitsumfragen oder Wiederherstellungstests aus einer CSV-, XLSX- oder ODS-Datei importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incidents and requests…</source>
        <translation>Störungen und Anfragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outages and maintenance…</source>
        <translation>Ausfälle und Wartungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction responses…</source>
        <translation>Zufriedenheitsumfragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery tests…</source>
        <translation>Wiederherstellungstests…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ustomer:</source>
        <translation>K&amp;unde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A&amp;greement:</source>
        <translation>&amp;Vereinbarung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service levels by target and month</source>
        <translation>Service-Level nach Ziel und Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each cell says met, at risk, breached or no data, with the value achieved</source>
        <translation>Jede Zelle zeigt erfüllt, gefährdet, verfehlt oder keine Daten, mit dem erreichten Wert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records behind the value</source>
        <translation>Datensätze hinter dem Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause and action</source>
        <translation>Ursache und Maßnahme</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All agreements</source>
        <translation>Alle Vereinbarungen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No active agreement has targets yet</source>
        <translation>Noch keine aktive Vereinbarung hat Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service levels are measured against the targets of active agreements. Agree targets in an SLA, OLA or contract and activate it; then import incidents and outages here.</source>
        <translation>Service-Level werden an den Zielen aktiver Vereinbarungen gemessen. Vereinbaren Sie Ziele in einem SLA, OLA oder Vertrag und aktivieren Sie ihn; importieren Sie dann hier Störungen und Ausfälle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to agreements</source>
        <translation>Zu den Vereinbarungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing measured yet</source>
        <translation>Noch nichts gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the team&apos;s incidents and outages (CSV, XLSX or ODS) to measure what each target achieved; or run itsm-desktop import-incidents FILE on the command line.</source>
        <translation>Importieren Sie die Störungen und Ausfälle des Teams (CSV, XLSX oder ODS), um zu messen, was jedes Ziel erreicht hat; oder führen Sie itsm-desktop import-incidents DATEI in der Befehlszeile aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import incidents…</source>
        <translation>Störungen importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import outages…</source>
        <translation>Ausfälle importieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No target matches the filters</source>
        <translation>Kein Ziel passt zu den Filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer chosen has no active agreement with targets, or the agreement chosen is not theirs. Choose all customers or another agreement.</source>
        <translation>Der gewählte Kunde hat keine aktive Vereinbarung mit Zielen, oder die gewählte Vereinbarung gehört nicht zu ihm. Wählen Sie alle Kunden oder eine andere Vereinbarung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No values for these months yet</source>
        <translation>Noch keine Werte für diese Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records are imported, but no value is stored for the months chosen. Compute the values from the records, or choose other months.</source>
        <translation>Datensätze sind importiert, aber für die gewählten Monate ist kein Wert gespeichert. Berechnen Sie die Werte aus den Datensätzen oder wählen Sie andere Monate.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Targets: {n}. In {month}: {met} met, {risk} at risk, {breached} breached, {none} with no data. ✓ met · ! at risk · ✗ breached · – no data · ✎ cause and action noted</source>
        <translation>Ziele: {n}. Im {month}: {met} erfüllt, {risk} gefährdet, {breached} verfehlt, {none} ohne Daten. ✓ erfüllt · ! gefährdet · ✗ verfehlt · – keine Daten · ✎ Ursache und Maßnahme notiert</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>No agreement is active: there is no service level report to print.</source>
        <translation>Keine Vereinbarung ist aktiv: Es gibt keinen Service-Level-Bericht zu drucken.</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Targets: {n}; %Ln breached in {month}</source>
        <translation>
            <numerusform>Ziele: {n}; %Ln verfehlt im {month}</numerusform>
            <numerusform>Ziele: {n}; %Ln verfehlt im {month}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Select a value in the table above to see the records behind it.</source>
        <translation>Wählen Sie oben einen Wert, um die Datensätze dahinter zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a month of {target} to see the records behind its value.</source>
        <translation>Wählen Sie einen Monat von {target}, um die Datensätze hinter seinem Wert zu sehen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot compute the values</source>
        <translation>Die Werte können nicht berechnet werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Computing service levels…</source>
        <translation>Service-Level werden berechnet…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import {records}</source>
        <translation>{records} importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved note</source>
        <translation>Nicht gespeicherte Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note on cause and action is not saved.</source>
        <translation>Die Notiz zu Ursache und Maßnahme ist nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot save the note</source>
        <translation>Die Notiz kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../../ui/help.py" line="+43"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In a text field, Ctrl+Z first undoes the typing not yet saved; then it undoes saved changes, as Edit ▸ Undo does.</source>
        <translation>In einem Textfeld macht Strg+Z zuerst die noch nicht gespeicherte Eingabe rückgängig, danach gespeicherte Änderungen, wie Bearbeiten ▸ Rückgängig.</translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message>
        <location filename="../../ui/home/page.py" line="-198"/>
        <source>Show the {status} services</source>
        <translation>Services mit Status „{status}“ zeigen</translation>
    </message>
</context>
<context>
    <name>TargetsTab</name>
    <message>
        <location filename="../../ui/agreements/targets_tab.py" line="-131"/>
        <source>Service level targets</source>
        <translation>Service-Level-Ziele</translation>
    </message>
</context>
<context>
    <name>TextsTab</name>
    <message>
        <location filename="../../ui/agreements/texts_tab.py" line="-191"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
</context>
<context>
    <name>ViewerBanner</name>
    <message>
        <location filename="../../ui/viewer_mode.py" line="+63"/>
        <source>Read only: you are a viewer of {where}. You can read, search and print, but not change anything; ask the server&apos;s administrator to make you an editor.</source>
        <translation>Nur lesen: Sie sind Betrachter von {where}. Sie können lesen, suchen und drucken, aber nichts ändern; bitten Sie die Administration des Servers, Sie zum Bearbeiter zu machen.</translation>
    </message>
</context>
<context>
    <name>_MappingPage</name>
    <message>
        <location filename="../../ui/exchange/wizard.py" line="-133"/>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which field each column of the file fills. Columns left on “(ignore)” are not imported.</source>
        <translation>Welches Feld jede Spalte der Datei füllt. Spalten auf „(ignorieren)“ werden nicht importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column of the file</source>
        <translation>Spalte der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
</context>
<context>
    <name>_PreviewPage</name>
    <message>
        <location line="+24"/>
        <source>Check what will happen</source>
        <translation>Prüfen, was geschehen wird</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{create} to create, {update} to update, {same} unchanged, {skip} skipped.</source>
        <translation>{create} anzulegen, {update} zu aktualisieren, {same} unverändert, {skip} übersprungen.</translation>
    </message>
</context>
<context>
    <name>_SourcePage</name>
    <message>
        <location line="-140"/>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV, XLSX or ODS file whose first row names the columns.</source>
        <translation>Eine CSV-, XLSX- oder ODS-Datei, deren erste Zeile die Spalten benennt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet:</source>
        <translation>Tabellenblatt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import from a spreadsheet</source>
        <translation>Aus einer Tabelle importieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/printing/jobs.py" line="+0"/>
        <source>Laying out the pages again…</source>
        <translation>Seiten werden neu gesetzt…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/contacts/editor.py" line="-148"/>
        <source>Sign-in Names</source>
        <translation>Anmeldenamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names this person signs in with, separated by commas:</source>
        <translation>Namen, mit denen sich diese Person anmeldet, durch Kommas getrennt:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/table_tools.py" line="+29"/>
        <source>Export the List</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/wizard.py" line="-91"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/organizations/letterhead.py" line="-155"/>
        <source>Choose a Logo</source>
        <translation>Logo wählen</translation>
    </message>
</context>
<context>
    <name>run_gui</name>
    <message>
        <location filename="../../ui/app.py" line="+90"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load Sample Portfolio</source>
        <translation>Beispielportfolio laden</translation>
    </message>
</context>
<context>
    <name>table</name>
    <message>
        <location filename="../../ui/exchange/table_tools.py" line="+19"/>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export List…</source>
        <translation>Liste e&amp;xportieren…</translation>
    </message>
</context>
</TS>
