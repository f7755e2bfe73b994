<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="nl">
<context>
    <name>AddAdministrationWizard</name>
    <message>
        <source>Administratie toevoegen</source>
        <translation>Add administration</translation>
    </message>
    <message>
        <source>Volgende &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Vorige</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Voltooien</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>AdminChecklist</name>
    <message>
        <source>Zoek administratie…</source>
        <translation>Search administration…</translation>
    </message>
    <message>
        <source>Alles selecteren</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Niets</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Nog geen administraties — voeg er een toe op de pagina Administraties.</source>
        <translation>No administrations yet — add one on the Administrations page.</translation>
    </message>
    <message>
        <source>Geselecteerd: %1</source>
        <translation>Selected: %1</translation>
    </message>
</context>
<context>
    <name>AdminPicker</name>
    <message>
        <source>Kies een administratie (Ctrl+K)</source>
        <translation>Choose an administration (Ctrl+K)</translation>
    </message>
    <message>
        <source>Kies een administratie…</source>
        <translation>Choose an administration…</translation>
    </message>
</context>
<context>
    <name>AdminPickerPopup</name>
    <message>
        <source>Zoek administratie…</source>
        <translation>Search administration…</translation>
    </message>
    <message>
        <source>Geen administraties gevonden.</source>
        <translation>No administrations found.</translation>
    </message>
</context>
<context>
    <name>AdministrationDialog</name>
    <message>
        <source>Administratie bewerken</source>
        <translation>Edit administration</translation>
    </message>
    <message>
        <source>8 cijfers</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>facturen@kantoor.nl</source>
        <translation>invoices@office.nl</translation>
    </message>
    <message>
        <source>Geen map</source>
        <translation>No folder</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source> documenten</source>
        <translation> documents</translation>
    </message>
    <message>
        <source>bijvoorbeeld 250,00 — leeg is nooit</source>
        <translation>for example 250.00 — empty means never</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>CoC number</translation>
    </message>
    <message>
        <source>Intake-adres</source>
        <translation>Intake address</translation>
    </message>
    <message>
        <source>Bewaakte map</source>
        <translation>Watched folder</translation>
    </message>
    <message>
        <source>Maanddoel</source>
        <translation>Monthly target</translation>
    </message>
    <message>
        <source>Limiet automatisch boeken (€)</source>
        <translation>Automatic booking limit (€)</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kies de bewaakte map</source>
        <translation>Choose the watched folder</translation>
    </message>
    <message>
        <source>Een KvK-nummer heeft 8 cijfers.</source>
        <translation>A CoC (KvK) number has 8 digits.</translation>
    </message>
    <message>
        <source>Dit is geen geldig e-mailadres.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>Het bedrag mag niet negatief zijn.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Dit is geen geldig bedrag.</source>
        <translation>This is not a valid amount.</translation>
    </message>
</context>
<context>
    <name>AdministrationTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pakket</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>KvK</source>
        <translation>CoC</translation>
    </message>
    <message>
        <source>Intake-adres</source>
        <translation>Intake address</translation>
    </message>
    <message>
        <source>Bewaakte map</source>
        <translation>Watched folder</translation>
    </message>
    <message>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Laatste sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Onvolledig: %1</source>
        <translation>Incomplete: %1</translation>
    </message>
</context>
<context>
    <name>AdministrationsPage</name>
    <message>
        <source>Administraties</source>
        <translation>Administrations</translation>
    </message>
    <message>
        <source>De boekhoudingen van uw klanten die u kunt zien.</source>
        <translation>Your clients' books that you can see.</translation>
    </message>
    <message>
        <source>Zoek op naam, pakket of KvK</source>
        <translation>Search by name, package or CoC</translation>
    </message>
    <message>
        <source>+ Administratie toevoegen</source>
        <translation>+ Add administration</translation>
    </message>
    <message>
        <source>Administraties importeren uit een boekhoudpakket (Ctrl+N)</source>
        <translation>Import administrations from an accounting package (Ctrl+N)</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Nu synchroniseren</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <source>Nog geen administraties — voeg er een toe met + Administratie toevoegen.</source>
        <translation>No administrations yet — add one with + Add administration.</translation>
    </message>
    <message>
        <source>Geen administraties gevonden voor deze zoekopdracht.</source>
        <translation>No administrations match this search.</translation>
    </message>
    <message>
        <source>Haalt grootboekrekeningen, btw-codes, relaties en perioden opnieuw op.</source>
        <translation>Fetches general-ledger accounts, VAT codes, relations and periods again.</translation>
    </message>
    <message>
        <source>Synchroniseren is nog niet beschikbaar in deze versie.</source>
        <translation>Synchronising is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nog geen documenten verwerkt in deze maanden.</source>
        <translation>No documents processed in these months yet.</translation>
    </message>
</context>
<context>
    <name>BlockedSenderModel</name>
    <message>
        <source>E-mailadres of domein</source>
        <translation>E-mail address or domain</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>BlockedSendersTab</name>
    <message>
        <source>Mail van deze afzenders wordt nooit ingenomen. Blokkeer een adres of een heel domein (bijvoorbeeld @nieuwsbrief.nl).</source>
        <translation>Mail from these senders is never taken in. Block an address or a whole domain (for example @newsletter.com).</translation>
    </message>
    <message>
        <source>adres@domein.nl of @domein.nl</source>
        <translation>address@domain.com or @domain.com</translation>
    </message>
    <message>
        <source>Reden (optioneel)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>De zwarte lijst is leeg — alle afzenders worden ingenomen.</source>
        <translation>The block list is empty — mail from every sender is taken in.</translation>
    </message>
    <message>
        <source>Vul een e-mailadres of domein in.</source>
        <translation>Enter an e-mail address or domain.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>Bulk bewerken</source>
        <translation>Bulk edit</translation>
    </message>
    <message>
        <source>%1 relatie(s) bewerken</source>
        <translation>Edit %1 relation(s)</translation>
    </message>
    <message>
        <source>Vink aan welke instellingen u voor alle gekozen relaties wilt zetten; de rest blijft zoals het is.</source>
        <translation>Tick the settings to set for all chosen relations; everything else stays as it is.</translation>
    </message>
    <message>
        <source>Coderingsregel</source>
        <translation>Coding rule</translation>
    </message>
    <message>
        <source>Vaste grootboekrekening</source>
        <translation>Fixed GL account</translation>
    </message>
    <message>
        <source>Vragen stellen</source>
        <translation>Ask questions</translation>
    </message>
    <message>
        <source>Kostenplaats</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Korting</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Partnercodering</source>
        <translation>Partner coding</translation>
    </message>
    <message>
        <source>Projectcodering</source>
        <translation>Project coding</translation>
    </message>
    <message>
        <source>Voorbeeld bekijken</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Relatie / instelling</source>
        <translation>Relation / setting</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Wordt</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Toepassen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Vink minstens één instelling aan.</source>
        <translation>Tick at least one setting.</translation>
    </message>
    <message>
        <source>geen wijziging</source>
        <translation>no change</translation>
    </message>
    <message>
        <source>%1 van %2 relaties veranderen.</source>
        <translation>%1 of %2 relations change.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Factuurflow stuitte op een fout in het programma. Uw gegevens zijn niet verloren. De details staan in het logbestand; stuur ze mee als u dit meldt.</source>
        <translation>Factuurflow ran into an error in the program. Your data is not lost. The details are in the log file; please include them when you report this.</translation>
    </message>
    <message>
        <source>Details kopiëren</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Goedendag, %1</source>
        <translation>Good day, %1</translation>
    </message>
    <message>
        <source>Een overzicht van de administraties die u kunt zien.</source>
        <translation>An overview of the administrations you can see.</translation>
    </message>
    <message>
        <source>Administraties</source>
        <translation>Administrations</translation>
    </message>
    <message>
        <source>Ontvangen bestanden</source>
        <translation>Received files</translation>
    </message>
    <message>
        <source>Klaar voor review</source>
        <translation>Ready for review</translation>
    </message>
    <message>
        <source>Exportfouten</source>
        <translation>Export errors</translation>
    </message>
    <message>
        <source>Documenten per administratie</source>
        <translation>Documents per administration</translation>
    </message>
    <message>
        <source>Nog geen administraties — voeg er een toe via Administraties.</source>
        <translation>No administrations yet — add one under Administrations.</translation>
    </message>
    <message>
        <source>nu</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Openstaande acties</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>Geen openstaande acties. Alles is bijgewerkt.</source>
        <translation>No open actions. Everything is up to date.</translation>
    </message>
    <message>
        <source>Verwerkte documenten per maand</source>
        <translation>Documents processed per month</translation>
    </message>
    <message>
        <source>Laatst bezochte administraties</source>
        <translation>Recently visited administrations</translation>
    </message>
    <message>
        <source>U heeft deze maand nog geen administratie geopend.</source>
        <translation>You have not opened an administration this month yet.</translation>
    </message>
    <message>
        <source>Cijfers van deze maand</source>
        <translation>Figures of this month</translation>
    </message>
    <message>
        <source>Onvolledige administraties</source>
        <translation>Incomplete administrations</translation>
    </message>
    <message>
        <source>Alle administraties hebben hun stamgegevens.</source>
        <translation>Every administration has its master data.</translation>
    </message>
    <message>
        <source>Synchroniseer alle</source>
        <translation>Synchronise all</translation>
    </message>
    <message>
        <source>Inactieve gebruikers</source>
        <translation>Inactive users</translation>
    </message>
    <message>
        <source>Iedereen heeft het afgelopen halfjaar ingelogd.</source>
        <translation>Everyone logged in during the last six months.</translation>
    </message>
    <message>
        <source>Inactieve administraties</source>
        <translation>Inactive administrations</translation>
    </message>
    <message>
        <source>Alle administraties zijn het afgelopen halfjaar geopend.</source>
        <translation>Every administration was opened in the last six months.</translation>
    </message>
    <message>
        <source>Alle administraties</source>
        <translation>All administrations</translation>
    </message>
    <message>
        <source>Alle administraties (%1)</source>
        <translation>All administrations (%1)</translation>
    </message>
    <message>
        <source>%1 van %2 administraties</source>
        <translation>%1 of %2 administrations</translation>
    </message>
    <message>
        <source>sinds %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Bezig met synchroniseren…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>%1 gesynchroniseerd, %2 mislukt.</source>
        <translation>%1 synchronised, %2 failed.</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Afdeling bewerken</source>
        <translation>Edit department</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Administraties van deze afdeling</source>
        <translation>This department's administrations</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vul de naam van de afdeling in.</source>
        <translation>Enter the name of the department.</translation>
    </message>
</context>
<context>
    <name>DepartmentTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Administraties</source>
        <translation>Administrations</translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>Afdelingen</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Gebruikers van een afdeling zien de administraties van die afdeling.</source>
        <translation>Users of a department see that department's administrations.</translation>
    </message>
    <message>
        <source>Zoek afdeling</source>
        <translation>Search department</translation>
    </message>
    <message>
        <source>+ Nieuw</source>
        <translation>+ New</translation>
    </message>
    <message>
        <source>Nieuwe afdeling (Ctrl+N)</source>
        <translation>New department (Ctrl+N)</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nog geen afdelingen — maak er een aan met + Nieuw.</source>
        <translation>No departments yet — create one with + New.</translation>
    </message>
    <message>
        <source>Geen afdelingen gevonden voor deze zoekopdracht.</source>
        <translation>No departments match this search.</translation>
    </message>
    <message>
        <source>Nieuwe afdeling</source>
        <translation>New department</translation>
    </message>
    <message>
        <source>Naam van de afdeling:</source>
        <translation>Name of the department:</translation>
    </message>
    <message>
        <source>Afdeling verwijderen</source>
        <translation>Delete department</translation>
    </message>
    <message>
        <source>Weet u zeker dat u afdeling %1 wilt verwijderen? De gebruikers blijven bestaan, maar zien de administraties van de afdeling niet meer.</source>
        <translation>Are you sure you want to delete department %1? Its users remain, but no longer see the department's administrations.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>De administraties en hun stamgegevens worden opgehaald.</source>
        <translation>The administrations and their master data are being fetched.</translation>
    </message>
    <message>
        <source>Bezig met importeren…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Bezig met %1 (%2 van %3)…</source>
        <translation>Importing %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>Klaar: %1 administratie(s) geïmporteerd.</source>
        <translation>Done: %1 administration(s) imported.</translation>
    </message>
    <message>
        <source>Onvolledig: %1</source>
        <translation>Incomplete: %1</translation>
    </message>
    <message>
        <source>Importeren is niet gelukt: %1</source>
        <translation>The import failed: %1</translation>
    </message>
</context>
<context>
    <name>InactiveAdministrationsModel</name>
    <message>
        <source>Administratie</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Laatst geopend</source>
        <translation>Last opened</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>InactiveUsersModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Laatste login</source>
        <translation>Last login</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>IncompleteAdministrationsModel</name>
    <message>
        <source>Administratie</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Oplossen</source>
        <translation>Fix</translation>
    </message>
</context>
<context>
    <name>KvkNumbersDialog</name>
    <message>
        <source>KvK-nummers invullen</source>
        <translation>Enter KvK numbers</translation>
    </message>
    <message>
        <source>Acht cijfers per relatie; laat een veld leeg om het nummer te wissen.</source>
        <translation>Eight digits per relation; leave a field empty to clear the number.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>KvkPage</name>
    <message>
        <source>KvK-nummers</source>
        <translation>CoC numbers</translation>
    </message>
    <message>
        <source>Vul het KvK-nummer van elke administratie in of controleer het. Een KvK-nummer heeft 8 cijfers.</source>
        <translation>Enter or check the CoC (KvK) number of each administration. A CoC number has 8 digits.</translation>
    </message>
    <message>
        <source>Administratie</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>CoC number</translation>
    </message>
    <message>
        <source>8 cijfers</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>Nog %1 KvK-nummer(s) ontbreken of hebben geen 8 cijfers.</source>
        <translation>%1 CoC number(s) are missing or do not have 8 digits.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Factuurflow — aanmelden</source>
        <translation>Factuurflow — sign in</translation>
    </message>
    <message>
        <source>Factuurflow — organisatie aanmaken</source>
        <translation>Factuurflow — create organisation</translation>
    </message>
    <message>
        <source>Facturen lezen, coderen en boeken</source>
        <translation>Read, code and book invoices</translation>
    </message>
    <message>
        <source>Meld u aan met uw e-mailadres en wachtwoord.</source>
        <translation>Sign in with your e-mail address and password.</translation>
    </message>
    <message>
        <source>naam@kantoor.nl</source>
        <translation>name@office.nl</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Vul uw e-mailadres en wachtwoord in.</source>
        <translation>Enter your e-mail address and password.</translation>
    </message>
    <message>
        <source>Dit account is gedeactiveerd. Neem contact op met uw beheerder.</source>
        <translation>This account has been deactivated. Please contact your administrator.</translation>
    </message>
    <message>
        <source>Onjuist e-mailadres of wachtwoord.</source>
        <translation>Incorrect e-mail address or password.</translation>
    </message>
    <message>
        <source>Organisatie aanmaken</source>
        <translation>Create organisation</translation>
    </message>
    <message>
        <source>Welkom! Maak uw kantoor aan. U wordt de eerste Beheerder en kunt daarna collega's en administraties toevoegen.</source>
        <translation>Welcome! Create your office. You become its first Accountant Manager and can then add colleagues and administrations.</translation>
    </message>
    <message>
        <source>minstens 8 tekens</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>Naam van het kantoor</source>
        <translation>Name of the office</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Herhaal wachtwoord</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Vul de naam van het kantoor in.</source>
        <translation>Enter the name of the office.</translation>
    </message>
    <message>
        <source>Vul uw voornaam in.</source>
        <translation>Enter your first name.</translation>
    </message>
    <message>
        <source>Vul uw achternaam in.</source>
        <translation>Enter your last name.</translation>
    </message>
    <message>
        <source>Vul uw e-mailadres in.</source>
        <translation>Enter your e-mail address.</translation>
    </message>
    <message>
        <source>Het wachtwoord moet minstens 8 tekens hebben.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>De wachtwoorden zijn niet gelijk.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Factuurflow</source>
        <translation>Factuurflow</translation>
    </message>
    <message>
        <source>KANTOOR</source>
        <translation>OFFICE</translation>
    </message>
    <message>
        <source>ADMINISTRATIE</source>
        <translation>ADMINISTRATION</translation>
    </message>
    <message>
        <source>Kies een administratie voor documenten, relaties en instellingen.</source>
        <translation>Choose an administration for documents, relations and settings.</translation>
    </message>
    <message>
        <source>Taal van de interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Afmelden</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>RECENT</source>
        <translation>RECENT</translation>
    </message>
    <message>
        <source>Sleep bestanden op een administratie om ze daar aan te leveren</source>
        <translation>Drag files onto an administration to deliver them there</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>+ Regel</source>
        <translation>+ Row</translation>
    </message>
    <message>
        <source>Regel verwijderen</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Administraties</source>
        <translation>Administrations</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Afdelingen</source>
        <translation>Departments</translation>
    </message>
    <message>
        <source>Organisatie-instellingen</source>
        <translation>Organisation settings</translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Document Hub</source>
        <translation>Document Hub</translation>
    </message>
    <message>
        <source>Relatielijst</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Verwerkingsinstellingen</source>
        <translation>Processing settings</translation>
    </message>
    <message>
        <source>Archief</source>
        <translation>Archive</translation>
    </message>
</context>
<context>
    <name>OpenActionsModel</name>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Exportfout</source>
        <translation>Export error</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Oplossen</source>
        <translation>Fix</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisatie-instellingen</source>
        <translation>Organisation settings</translation>
    </message>
    <message>
        <source>De gegevens van uw kantoor.</source>
        <translation>Your office's details.</translation>
    </message>
    <message>
        <source>8 cijfers</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>bijvoorbeeld kantoor.nl</source>
        <translation>for example office.nl</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source> documenten</source>
        <translation> documents</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>CoC number</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>E-maildomein</source>
        <translation>E-mail domain</translation>
    </message>
    <message>
        <source>Maanddoel</source>
        <translation>Monthly target</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Vul de naam van de organisatie in.</source>
        <translation>Enter the name of the organisation.</translation>
    </message>
    <message>
        <source>Een KvK-nummer heeft 8 cijfers.</source>
        <translation>A CoC (KvK) number has 8 digits.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Administratie</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Pakket</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Ontvangen bestanden</source>
        <translation>Received files</translation>
    </message>
    <message>
        <source>Te reviewen</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Exportfouten</source>
        <translation>Export errors</translation>
    </message>
    <message>
        <source>Geëxporteerd</source>
        <translation>Exported</translation>
    </message>
</context>
<context>
    <name>PackagePage</name>
    <message>
        <source>Kies het boekhoudpakket</source>
        <translation>Choose the accounting package</translation>
    </message>
    <message>
        <source>Uit welk pakket wilt u administraties importeren?</source>
        <translation>Which package do you want to import administrations from?</translation>
    </message>
    <message>
        <source>%1 — nog niet beschikbaar</source>
        <translation>%1 — not available yet</translation>
    </message>
    <message>
        <source>De koppeling met dit pakket wordt nog gebouwd.</source>
        <translation>The connection to this package is still being built.</translation>
    </message>
    <message>
        <source>Pakketten die nog niet beschikbaar zijn, kunnen later worden gekoppeld.</source>
        <translation>Packages that are not available yet can be connected later.</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Inklappen</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <source>Uitklappen</source>
        <translation>Expand</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Deze pagina komt binnenkort</source>
        <translation>This page is coming soon</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Hier ziet u straks alle ontvangen bestanden van deze administratie, de documenten die op review wachten, wat er is geëxporteerd, de exportfouten en het archief van de laatste 7 dagen.</source>
        <translation>Here you will see every file received for this administration, the documents waiting for review, what was exported, the export errors and the last 7 days' archive.</translation>
    </message>
    <message>
        <source>Hier komt de lijst van klanten en leveranciers met hun codering, specificaties en vragen. U kunt relaties hier bewerken, ook meerdere tegelijk.</source>
        <translation>Here comes the list of customers and suppliers with their coding, specifications and questions. You will be able to edit relations here, several at once too.</translation>
    </message>
    <message>
        <source>Hier stelt u straks in hoe documenten van deze administratie worden verwerkt: autoriseren, automatisch boeken en de standaardcodering.</source>
        <translation>Here you will set how this administration's documents are processed: authorisation, automatic booking and the default coding.</translation>
    </message>
    <message>
        <source>Hier komen alle geëxporteerde documenten van deze administratie, doorzoekbaar en te filteren op periode, relatie en bedrag.</source>
        <translation>Here come all of this administration's exported documents, searchable and filterable by period, relation and amount.</translation>
    </message>
</context>
<context>
    <name>ProcessingSettings</name>
    <message>
        <source>Nooit: elk document wordt gereviewd</source>
        <translation>Never: every document is reviewed</translation>
    </message>
    <message>
        <source>Herkende relatie, geen open opmerkingen en een bedrag tot de limiet</source>
        <translation>Known relation, no open comments and an amount up to the limit</translation>
    </message>
    <message>
        <source>Alle documenten zonder open opmerkingen</source>
        <translation>All documents without open comments</translation>
    </message>
</context>
<context>
    <name>ProcessingSettingsPage</name>
    <message>
        <source>Verwerkingsinstellingen</source>
        <translation>Processing settings</translation>
    </message>
    <message>
        <source>Zoek een grootboekrekening</source>
        <translation>Search a GL account</translation>
    </message>
    <message>
        <source>Standaardcodering</source>
        <translation>Default coding</translation>
    </message>
    <message>
        <source>Voor regels die de instellingen van de relatie niet coderen.</source>
        <translation>For lines the relation's settings do not code.</translation>
    </message>
    <message>
        <source>Afrondingsrekening</source>
        <translation>Rounding account</translation>
    </message>
    <message>
        <source>Kleine afrondingsverschillen worden op deze rekening geboekt.</source>
        <translation>Small rounding differences are booked on this account.</translation>
    </message>
    <message>
        <source>geen limiet</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Limiet automatisch boeken (€)</source>
        <translation>Automatic booking limit (€)</translation>
    </message>
    <message>
        <source>Documenten met een hoger totaalbedrag ziet altijd een mens.</source>
        <translation>Documents with a higher total are always seen by a person.</translation>
    </message>
    <message>
        <source>Documenten eerst laten autoriseren voordat ze worden geëxporteerd</source>
        <translation>Documents must be authorised before they are exported</translation>
    </message>
    <message>
        <source>Autorisatiestap</source>
        <translation>Authorisation step</translation>
    </message>
    <message>
        <source>Exporteren zonder review</source>
        <translation>Export without review</translation>
    </message>
    <message>
        <source>Documenten die autorisatie nodig hebben gaan nooit zonder review.</source>
        <translation>Documents that need authorisation never skip review.</translation>
    </message>
    <message>
        <source>inkoop</source>
        <translation>purchase</translation>
    </message>
    <message>
        <source>verkoop</source>
        <translation>sales</translation>
    </message>
    <message>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>Dagboeken</source>
        <translation>Journals</translation>
    </message>
    <message>
        <source>Zekerheidsdrempel</source>
        <translation>Certainty threshold</translation>
    </message>
    <message>
        <source>Onder deze zekerheid telt een gelezen veld als onzeker.</source>
        <translation>Below this certainty a read field counts as unsure.</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Geen wijzigingen.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>RecentAdministrationsModel</name>
    <message>
        <source>Administratie</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>In behandeling</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Autoriseren</source>
        <translation>To authorise</translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation>To confirm</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Exportfouten</source>
        <translation>Export errors</translation>
    </message>
    <message>
        <source>Laatste bezoek</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Open de Document Hub van %1</source>
        <translation>Open the Document Hub of %1</translation>
    </message>
</context>
<context>
    <name>RelationSettingsDialog</name>
    <message>
        <source>Verwerkingsinstellingen van de relatie</source>
        <translation>Processing settings of the relation</translation>
    </message>
    <message>
        <source>Relatie laden…</source>
        <translation>Loading relation…</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hoe documenten van deze relatie worden gecodeerd. Grootboekrekeningen, btw-codes, kostenplaatsen en projecten komen uit de administratie.</source>
        <translation>How documents of this relation are coded. GL accounts, VAT codes, cost centres and projects come from the administration.</translation>
    </message>
</context>
<context>
    <name>RelationSettingsForm</name>
    <message>
        <source>Codering</source>
        <translation>Coding</translation>
    </message>
    <message>
        <source>Geavanceerd</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Zoek op code of naam</source>
        <translation>Search by code or name</translation>
    </message>
    <message>
        <source>Coderingsregel</source>
        <translation>Coding rule</translation>
    </message>
    <message>
        <source>Vaste grootboekrekening</source>
        <translation>Fixed GL account</translation>
    </message>
    <message>
        <source>Grootboek bij %1% btw</source>
        <translation>GL account at %1% VAT</translation>
    </message>
    <message>
        <source>Btw-code bij %1%</source>
        <translation>VAT code at %1%</translation>
    </message>
    <message>
        <source>Artikelgroep of trefwoord</source>
        <translation>Article group or keyword</translation>
    </message>
    <message>
        <source>Grootboekrekening</source>
        <translation>GL account</translation>
    </message>
    <message>
        <source>Artikelgroepen</source>
        <translation>Article groups</translation>
    </message>
    <message>
        <source>Artikel (code of omschrijving)</source>
        <translation>Article (code or description)</translation>
    </message>
    <message>
        <source>Specifieke artikelen</source>
        <translation>Specific articles</translation>
    </message>
    <message>
        <source>Kostenplaats</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Vragen stellen</source>
        <translation>Ask questions</translation>
    </message>
    <message>
        <source>8 cijfers</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <source>bijv. creditnota, verkoop</source>
        <translation>e.g. credit note, sales</translation>
    </message>
    <message>
        <source>Duale relatie: trefwoorden</source>
        <translation>Dual relation: keywords</translation>
    </message>
    <message>
        <source>Korting</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Percentage of bedrag</source>
        <translation>Percentage or amount</translation>
    </message>
    <message>
        <source>Grootboek korting</source>
        <translation>Discount GL account</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Kolom splitsen</source>
        <translation>Column split</translation>
    </message>
    <message>
        <source>Partnercodering</source>
        <translation>Partner coding</translation>
    </message>
    <message>
        <source>Partnercode</source>
        <translation>Partner code</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner per grootboek</source>
        <translation>Partner per GL account</translation>
    </message>
    <message>
        <source>Projectcodering</source>
        <translation>Project coding</translation>
    </message>
    <message>
        <source>Project per grootboek</source>
        <translation>Project per GL account</translation>
    </message>
    <message>
        <source>Rekening-courant: relatie</source>
        <translation>Current account: relation</translation>
    </message>
    <message>
        <source>Rekening-courant: grootboek</source>
        <translation>Current account: GL account</translation>
    </message>
</context>
<context>
    <name>RelationTableModel</name>
    <message>
        <source>Relatie (code)</source>
        <translation>Relation (code)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>KvK</source>
        <translation>KvK</translation>
    </message>
    <message>
        <source>Coderingsregel</source>
        <translation>Coding rule</translation>
    </message>
    <message>
        <source>Specificaties</source>
        <translation>Specifications</translation>
    </message>
    <message>
        <source>Vragen</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Geen KvK-nummer — dubbelklik om het in te vullen</source>
        <translation>No KvK number — double-click to enter it</translation>
    </message>
    <message>
        <source>Dubbelklik om te wijzigen</source>
        <translation>Double-click to change</translation>
    </message>
</context>
<context>
    <name>Relations</name>
    <message>
        <source>Vaste codering</source>
        <translation>Fixed coding</translation>
    </message>
    <message>
        <source>Btw-codering</source>
        <translation>VAT coding</translation>
    </message>
    <message>
        <source>Artikelcodering</source>
        <translation>Article coding</translation>
    </message>
    <message>
        <source>Specifieke codering</source>
        <translation>Specific coding</translation>
    </message>
    <message>
        <source>Samenvattingcodering</source>
        <translation>Summary coding</translation>
    </message>
    <message>
        <source>Altijd</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Nooit</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Bij twijfel</source>
        <translation>When unsure</translation>
    </message>
    <message>
        <source>Leverancier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Klant en leverancier</source>
        <translation>Customer and supplier</translation>
    </message>
    <message>
        <source>Geen korting</source>
        <translation>No discount</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Vast bedrag</source>
        <translation>Fixed amount</translation>
    </message>
    <message>
        <source>Verschil in bedrag</source>
        <translation>Difference in amount</translation>
    </message>
    <message>
        <source>Per relatie</source>
        <translation>Per relation</translation>
    </message>
    <message>
        <source>Per grootboekrekening</source>
        <translation>Per GL account</translation>
    </message>
    <message>
        <source>Handmatig (op het document)</source>
        <translation>By hand (on the document)</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>KvK number</translation>
    </message>
    <message>
        <source>Duale relatie</source>
        <translation>Dual relation</translation>
    </message>
    <message>
        <source>Korting</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Kolom splitsen</source>
        <translation>Column split</translation>
    </message>
    <message>
        <source>Partnercodering</source>
        <translation>Partner coding</translation>
    </message>
    <message>
        <source>Projectcodering</source>
        <translation>Project coding</translation>
    </message>
    <message>
        <source>Rekening-courant</source>
        <translation>Current account</translation>
    </message>
</context>
<context>
    <name>RelationsPage</name>
    <message>
        <source>Relatielijst</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Zoek op naam, code of KvK-nummer</source>
        <translation>Search by name, code or KvK number</translation>
    </message>
    <message>
        <source>Deze administratie heeft nog geen relaties. Synchroniseer de stamgegevens om ze op te halen.</source>
        <translation>This administration has no relations yet. Synchronise the master data to fetch them.</translation>
    </message>
    <message>
        <source>Geen relaties gevonden met deze zoekterm of filters.</source>
        <translation>No relations match this search or these filters.</translation>
    </message>
    <message>
        <source>Alle typen</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Alle coderingsregels</source>
        <translation>All coding rules</translation>
    </message>
    <message>
        <source>Zonder KvK-nummer</source>
        <translation>Without KvK number</translation>
    </message>
    <message>
        <source>Alles aanvinken</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>KvK-nummers…</source>
        <translation>KvK numbers…</translation>
    </message>
    <message>
        <source>KvK-nummers van de aangevinkte relaties invullen</source>
        <translation>Enter the KvK numbers of the ticked relations</translation>
    </message>
    <message>
        <source>Bulk bewerken</source>
        <translation>Bulk edit</translation>
    </message>
    <message>
        <source>%1 relatie(s)</source>
        <translation>%1 relation(s)</translation>
    </message>
    <message>
        <source>Bulk bewerken (%1)</source>
        <translation>Bulk edit (%1)</translation>
    </message>
    <message>
        <source>%1 relatie(s) gewijzigd.</source>
        <translation>%1 relation(s) changed.</translation>
    </message>
    <message>
        <source>Wijziging ongedaan gemaakt (%1 relaties).</source>
        <translation>Change undone (%1 relations).</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Zoeken (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SelectPage</name>
    <message>
        <source>Kies de administraties</source>
        <translation>Choose the administrations</translation>
    </message>
    <message>
        <source>Dit zijn de administraties die het account kan zien.</source>
        <translation>These are the administrations the account can see.</translation>
    </message>
    <message>
        <source>Zoek administratie…</source>
        <translation>Search administration…</translation>
    </message>
    <message>
        <source>Alles selecteren</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Administraties ophalen…</source>
        <translation>Fetching administrations…</translation>
    </message>
    <message>
        <source>%1 administratie(s) gevonden.</source>
        <translation>%1 administration(s) found.</translation>
    </message>
    <message>
        <source>Dit account ziet geen administraties.</source>
        <translation>This account sees no administrations.</translation>
    </message>
    <message>
        <source>Ophalen is niet gelukt: %1</source>
        <translation>Fetching failed: %1</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Aanmelden bij het pakket</source>
        <translation>Sign in to the package</translation>
    </message>
    <message>
        <source>Aanmelden in de browser</source>
        <translation>Sign in with the browser</translation>
    </message>
    <message>
        <source>Meld u aan bij %1 met het account van uw kantoor.</source>
        <translation>Sign in to %1 with your office's account.</translation>
    </message>
    <message>
        <source>Factuurflow opent de aanmeldpagina van %1 in uw browser. Meld u daar aan en geef toestemming; daarna komt u vanzelf hier terug.</source>
        <translation>Factuurflow opens %1's sign-in page in your browser. Sign in there and grant access; you then return here automatically.</translation>
    </message>
    <message>
        <source>Of gebruik een bestaande koppeling:</source>
        <translation>Or use an existing connection:</translation>
    </message>
    <message>
        <source>Deze koppeling gebruiken</source>
        <translation>Use this connection</translation>
    </message>
    <message>
        <source>Sandbox: Factuurflow meldt zich aan bij de lokale proefomgeving van %1, zonder browser.</source>
        <translation>Sandbox: Factuurflow signs in to %1's local test environment, without a browser.</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Aanmelden bij een boekhoudpakket is in deze versie nog niet beschikbaar.</source>
        <translation>Signing in to an accounting package is not available in this version yet.</translation>
    </message>
    <message>
        <source>Alleen een Beheerder of Teamleider mag zich aanmelden bij een boekhoudpakket. Vraag een van hen om de administraties toe te voegen.</source>
        <translation>Only an Accountant Manager or Accountant+ may sign in to an accounting package. Ask one of them to add the administrations.</translation>
    </message>
    <message>
        <source>Bezig met aanmelden…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Wachten op de aanmelding in de browser… Opent er niets? Ga dan naar: %1</source>
        <translation>Waiting for the sign-in in the browser… Nothing opened? Go to: %1</translation>
    </message>
    <message>
        <source>Aangemeld. Klik op Volgende.</source>
        <translation>Signed in. Click Next.</translation>
    </message>
    <message>
        <source>Aanmelden is niet gelukt: %1</source>
        <translation>Signing in failed: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Nog niet gesynchroniseerd</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>In orde</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Mislukt</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Opnieuw aanmelden</source>
        <translation>Sign in again</translation>
    </message>
</context>
<context>
    <name>TargetPanel</name>
    <message>
        <source>Maanddoel</source>
        <translation>Monthly target</translation>
    </message>
    <message>
        <source>Hoeveel documenten wil je verwerken?</source>
        <translation>How many documents do you want to process?</translation>
    </message>
    <message>
        <source>geen doel</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>%1 van %2 documenten (%3%)</source>
        <translation>%1 of %2 documents (%3%)</translation>
    </message>
    <message>
        <source>%1 documenten verwerkt; nog geen doel</source>
        <translation>%1 documents processed; no target yet</translation>
    </message>
</context>
<context>
    <name>UndoToast</name>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Gebruiker bewerken</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>Nieuwe gebruiker</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Administraties</source>
        <translation>Administrations</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>naam@kantoor.nl</source>
        <translation>name@office.nl</translation>
    </message>
    <message>
        <source>Geen afdeling</source>
        <translation>No department</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>via afdeling</source>
        <translation>via department</translation>
    </message>
    <message>
        <source>Vul de voornaam in.</source>
        <translation>Enter the first name.</translation>
    </message>
    <message>
        <source>Vul de achternaam in.</source>
        <translation>Enter the last name.</translation>
    </message>
    <message>
        <source>Vul het e-mailadres in.</source>
        <translation>Enter the e-mail address.</translation>
    </message>
    <message>
        <source>Dit is geen geldig e-mailadres.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Vroegere naam: %1</source>
        <translation>Former name: %1</translation>
    </message>
    <message>
        <source>Klik om te bewerken</source>
        <translation>Click to edit</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Collega's van het kantoor, hun rol en administraties.</source>
        <translation>The office's colleagues, their roles and administrations.</translation>
    </message>
    <message>
        <source>Zoek op naam of e-mail</source>
        <translation>Search by name or e-mail</translation>
    </message>
    <message>
        <source>+ Nieuw</source>
        <translation>+ New</translation>
    </message>
    <message>
        <source>Nieuwe gebruiker (Ctrl+N)</source>
        <translation>New user (Ctrl+N)</translation>
    </message>
    <message>
        <source>Zwarte lijst</source>
        <translation>Block list</translation>
    </message>
    <message>
        <source>Bewerken</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Deactiveren</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nog geen gebruikers — voeg er een toe met + Nieuw.</source>
        <translation>No users yet — add one with + New.</translation>
    </message>
    <message>
        <source>Geen gebruikers gevonden voor deze zoekopdracht.</source>
        <translation>No users match this search.</translation>
    </message>
    <message>
        <source>Activeren</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Gebruiker verwijderen</source>
        <translation>Delete user</translation>
    </message>
    <message>
        <source>Weet u zeker dat u %1 wilt verwijderen? Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Are you sure you want to delete %1? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Niet gelukt</source>
        <translation>Did not succeed</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Factuurnummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Geëxporteerd</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Archief</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Geen gearchiveerde documenten gevonden. Documenten komen hier 7 dagen na de export.</source>
        <translation>No archived documents found. Documents arrive here 7 days after their export.</translation>
    </message>
    <message>
        <source>Origineel downloaden</source>
        <translation>Download original</translation>
    </message>
    <message>
        <source>Het originele bestand opslaan (Ctrl+D)</source>
        <translation>Save the original file (Ctrl+D)</translation>
    </message>
    <message>
        <source>Volledige tekst: woorden in het document</source>
        <translation>Full text: words in the document</translation>
    </message>
    <message>
        <source>Naam of code</source>
        <translation>Name or code</translation>
    </message>
    <message>
        <source>(deel van) nummer</source>
        <translation>(part of) number</translation>
    </message>
    <message>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <source>tot</source>
        <translation>to</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Bedrag van – tot</source>
        <translation>Amount from – to</translation>
    </message>
    <message>
        <source>Factuurdatum van – tot</source>
        <translation>Invoice date from – to</translation>
    </message>
    <message>
        <source>Alle typen</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen bedrag.</source>
        <translation>&apos;%1&apos; is not an amount.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is geen datum (dd-mm-jjjj).</source>
        <translation>&apos;%1&apos; is not a date (dd-mm-yyyy).</translation>
    </message>
    <message>
        <source>Geen documenten gevonden die aan de zoekvragen voldoen.</source>
        <translation>No documents match the search.</translation>
    </message>
    <message>
        <source>Origineel opslaan</source>
        <translation>Save original</translation>
    </message>
</context>
<context>
    <name>BookingBalance</name>
    <message>
        <source>Geen totaalbedrag: vul Totaal incl. btw in.</source>
        <translation>No total: fill in Total incl. VAT.</translation>
    </message>
    <message>
        <source>In balans: regels en btw %1 = totaal %2</source>
        <translation>Balanced: lines and VAT %1 = total %2</translation>
    </message>
    <message>
        <source>Niet in balans: regels en btw %1 ≠ totaal %2 (verschil %3)</source>
        <translation>Not balanced: lines and VAT %1 ≠ total %2 (difference %3)</translation>
    </message>
</context>
<context>
    <name>BookingLinesModel</name>
    <message>
        <source>Grootboek</source>
        <translation>GL account</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Btw-code</source>
        <translation>VAT code</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Kostenplaats</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Kies een grootboekrekening</source>
        <translation>Choose a GL account</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Commentaar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Nieuw commentaar of antwoord…</source>
        <translation>New comment or answer…</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Beantwoorden</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Sluit alles</source>
        <translation>Close all</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Commentaar (%1 open, %2 totaal)</source>
        <translation>Comments (%1 open, %2 in total)</translation>
    </message>
</context>
<context>
    <name>DdpActions</name>
    <message>
        <source>Er is niets gewijzigd.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>de codering</source>
        <translation>the coding</translation>
    </message>
    <message>
        <source>Onthouden voor %1: %2.</source>
        <translation>Remembered for %1: %2.</translation>
    </message>
    <message>
        <source>Niet op het document gevonden: %1.</source>
        <translation>Not found on the document: %1.</translation>
    </message>
    <message>
        <source>Onthouden…</source>
        <translation>Remembering…</translation>
    </message>
    <message>
        <source>Exporteer</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Dit document heeft nog open commentaar. Toch exporteren?</source>
        <translation>This document still has open comments. Export anyway?</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Geëxporteerd (%1).</source>
        <translation>Exported (%1).</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Document %1 afwijzen? Het wordt niet geëxporteerd.</source>
        <translation>Reject document %1? It will not be exported.</translation>
    </message>
    <message>
        <source>Afwijzen…</source>
        <translation>Rejecting…</translation>
    </message>
    <message>
        <source>Splitsen</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Paginabereiken, gescheiden door komma&apos;s (dit document heeft %1 pagina&apos;s), bijv. 1-2, 3:</source>
        <translation>Page ranges, separated by commas (this document has %1 pages), e.g. 1-2, 3:</translation>
    </message>
    <message>
        <source>Gesplitst in %1 documenten.</source>
        <translation>Split into %1 documents.</translation>
    </message>
    <message>
        <source>Splitsen…</source>
        <translation>Splitting…</translation>
    </message>
    <message>
        <source>Relatie %1 aangemaakt.</source>
        <translation>Relation %1 created.</translation>
    </message>
    <message>
        <source>Relatie aanmaken…</source>
        <translation>Creating relation…</translation>
    </message>
</context>
<context>
    <name>DdpLayout</name>
    <message>
        <source>← Terug</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Terug naar de lijst (Esc)</source>
        <translation>Back to the list (Esc)</translation>
    </message>
    <message>
        <source>Vorig document (Alt+Links, PgUp)</source>
        <translation>Previous document (Alt+Left, PgUp)</translation>
    </message>
    <message>
        <source>Volgend document (Alt+Rechts, PgDn)</source>
        <translation>Next document (Alt+Right, PgDn)</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Onthoud voor de volgende keer</source>
        <translation>Remember for next time</translation>
    </message>
    <message>
        <source>Splitsen</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Exporteer</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporteer en volgende</source>
        <translation>Export and next</translation>
    </message>
    <message>
        <source>Boekingsregels</source>
        <translation>Booking lines</translation>
    </message>
    <message>
        <source>Regel toevoegen</source>
        <translation>Add line</translation>
    </message>
</context>
<context>
    <name>DocumentDetailPage</name>
    <message>
        <source>Document %1 van %2</source>
        <translation>Document %1 of %2</translation>
    </message>
    <message>
        <source>zonder nummer</source>
        <translation>without number</translation>
    </message>
    <message>
        <source>Ingevuld: %1</source>
        <translation>Filled in: %1</translation>
    </message>
    <message>
        <source>Er is niets gewijzigd.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>de codering</source>
        <translation>the coding</translation>
    </message>
    <message>
        <source>Onthouden voor %1: %2.</source>
        <translation>Remembered for %1: %2.</translation>
    </message>
    <message>
        <source>Niet op het document gevonden: %1.</source>
        <translation>Not found on the document: %1.</translation>
    </message>
    <message>
        <source>Onthouden…</source>
        <translation>Remembering…</translation>
    </message>
    <message>
        <source>Exporteer</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Dit document heeft nog open commentaar. Toch exporteren?</source>
        <translation>This document still has open comments. Export anyway?</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Geëxporteerd (%1).</source>
        <translation>Exported (%1).</translation>
    </message>
    <message>
        <source>Niet geëxporteerd: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <source>Afwijzen</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Document %1 afwijzen? Het wordt niet geëxporteerd.</source>
        <translation>Reject document %1? It will not be exported.</translation>
    </message>
    <message>
        <source>Afwijzen…</source>
        <translation>Rejecting…</translation>
    </message>
    <message>
        <source>Splitsen</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Paginabereiken, gescheiden door komma&apos;s (dit document heeft %1 pagina&apos;s), bijv. 1-2, 3:</source>
        <translation>Page ranges, separated by commas (this document has %1 pages), e.g. 1-2, 3:</translation>
    </message>
    <message>
        <source>Gesplitst in %1 documenten.</source>
        <translation>Split into %1 documents.</translation>
    </message>
    <message>
        <source>Splitsen…</source>
        <translation>Splitting…</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Vorige pagina (Ctrl+PgUp)</source>
        <translation>Previous page (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Volgende pagina (Ctrl+PgDn)</source>
        <translation>Next page (Ctrl+PgDn)</translation>
    </message>
    <message>
        <source>Uitzoomen (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Inzoomen (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Paginabreedte</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Passend op breedte (Ctrl+0)</source>
        <translation>Fit width (Ctrl+0)</translation>
    </message>
    <message>
        <source>Draaien</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <source>Document laden…</source>
        <translation>Loading document…</translation>
    </message>
    <message>
        <source>Pagina %1 van %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>Dropzone</name>
    <message>
        <source>Bestanden uploaden</source>
        <translation>Upload files</translation>
    </message>
    <message>
        <source>Facturen (*.pdf *.png *.jpg *.jpeg *.tif *.xml)</source>
        <translation>Invoices (*.pdf *.png *.jpg *.jpeg *.tif *.xml)</translation>
    </message>
    <message>
        <source>Kies eerst een administratie, of zet de bestanden neer op een administratie in de navigatie.</source>
        <translation>Choose an administration first, or drop the files on an administration in the navigation.</translation>
    </message>
    <message>
        <source>1 bestand ontvangen voor %1.</source>
        <translation>1 file received for %1.</translation>
    </message>
    <message>
        <source>%2 bestanden ontvangen voor %1.</source>
        <translation>%2 files received for %1.</translation>
    </message>
    <message>
        <source>Het was al eerder ontvangen.</source>
        <translation>It had been received before.</translation>
    </message>
    <message>
        <source>%1 daarvan waren al eerder ontvangen.</source>
        <translation>%1 of them had been received before.</translation>
    </message>
</context>
<context>
    <name>ErrorsTab</name>
    <message>
        <source>Het gekozen document staat niet (meer) bij de exportfouten: het is intussen opnieuw geëxporteerd of afgewezen.</source>
        <translation>The chosen document is no longer among the export errors: it has been exported again or rejected in the meantime.</translation>
    </message>
    <message>
        <source>Relatiefouten</source>
        <translation>Relation errors</translation>
    </message>
    <message>
        <source>Documentfouten</source>
        <translation>Document errors</translation>
    </message>
    <message>
        <source>Geen exportfouten.</source>
        <translation>No export errors.</translation>
    </message>
    <message>
        <source>Melding van het boekhoudpakket</source>
        <translation>Message from the accounting package</translation>
    </message>
    <message>
        <source>Kies een exportfout om de melding te zien.</source>
        <translation>Choose an export error to see the message.</translation>
    </message>
    <message>
        <source>Herstellen</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Open het document om het te herstellen (Enter)</source>
        <translation>Open the document to fix it (Enter)</translation>
    </message>
    <message>
        <source>Her-exporteer</source>
        <translation>Re-export</translation>
    </message>
    <message>
        <source>Relatiefouten (%1)</source>
        <translation>Relation errors (%1)</translation>
    </message>
    <message>
        <source>Documentfouten (%1)</source>
        <translation>Document errors (%1)</translation>
    </message>
</context>
<context>
    <name>ExportErrorModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Factuurnummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
</context>
<context>
    <name>ExportModel</name>
    <message>
        <source>Verzonden</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Factuurnummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Boeking / melding</source>
        <translation>Booking / message</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>Zoek op nummer, relatie, boeking of melding</source>
        <translation>Search by number, relation, booking or message</translation>
    </message>
    <message>
        <source>Er is nog niets geëxporteerd.</source>
        <translation>Nothing has been exported yet.</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>Dagboek %1 bestaat niet in deze administratie; kies er een uit de lijst.</source>
        <translation>Journal %1 does not exist in this administration; choose one from the list.</translation>
    </message>
    <message>
        <source>Dagboek %1 past niet bij dit document; kies %2.</source>
        <translation>Journal %1 does not fit this document; choose %2.</translation>
    </message>
    <message>
        <source> of </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Zoek een relatie op naam of code</source>
        <translation>Search a relation by name or code</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Factuurnummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Factuurdatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>Vervaldatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Valuta</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Totaal excl. btw</source>
        <translation>Total excl. VAT</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Totaal incl. btw</source>
        <translation>Total incl. VAT</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Betalingskenmerk</source>
        <translation>Payment reference</translation>
    </message>
    <message>
        <source>Dagboek</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Periode (JJJJ/MM)</source>
        <translation>Period (YYYY/MM)</translation>
    </message>
    <message>
        <source>Btw per tarief</source>
        <translation>VAT per rate</translation>
    </message>
    <message>
        <source>Gecorrigeerd</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>over</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Nieuwe relatie…</source>
        <translation>New relation…</translation>
    </message>
    <message>
        <source>Een nieuwe relatie aanmaken met de gegevens van het document</source>
        <translation>Create a new relation from the document's data</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>Inkoop</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Verkoop</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>(credit)</source>
        <translation>(credit)</translation>
    </message>
    <message>
        <source>Slepen en neerzetten</source>
        <translation>Drag and drop</translation>
    </message>
    <message>
        <source>Bewaakte map</source>
        <translation>Watched folder</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Opdrachtregel</source>
        <translation>Command line</translation>
    </message>
    <message>
        <source>Handmatige upload</source>
        <translation>Manual upload</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Wacht op verwerking</source>
        <translation>Waiting to be read</translation>
    </message>
    <message>
        <source>Wordt verwerkt</source>
        <translation>Being read</translation>
    </message>
    <message>
        <source>Verwerkt</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Onleesbaar</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>Dubbel</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Bezig</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Geboekt</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Document Hub</source>
        <translation>Document Hub</translation>
    </message>
    <message>
        <source>Ontvangen bestanden</source>
        <translation>Received files</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exportfouten</source>
        <translation>Export errors</translation>
    </message>
    <message>
        <source>Archief</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Probleem met de bewaakte map (Alt+1)</source>
        <translation>Problem with the watched folder (Alt+1)</translation>
    </message>
</context>
<context>
    <name>ReceivedFilesModel</name>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Herkomst</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ReceivedTab</name>
    <message>
        <source>Zoek op bestandsnaam, afzender of melding</source>
        <translation>Search by file name, sender or message</translation>
    </message>
    <message>
        <source>Upload voor handmatige verwerking</source>
        <translation>Upload for manual processing</translation>
    </message>
    <message>
        <source>Nog geen bestanden ontvangen. Sleep PDF&apos;s, afbeeldingen of e-facturen hierheen of gebruik “Upload voor handmatige verwerking”.</source>
        <translation>No files received yet. Drag PDFs, images or e-invoices here or use “Upload for manual processing”.</translation>
    </message>
    <message>
        <source>Bestanden worden gelezen: %1</source>
        <translation>Files being read: %1</translation>
    </message>
</context>
<context>
    <name>RecentArchiveModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Factuurnummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>RecentArchiveTab</name>
    <message>
        <source>Wat de afgelopen 7 dagen is geëxporteerd. Oudere documenten staan op de pagina Archief.</source>
        <translation>What was exported in the last 7 days. Older documents are on the Archive page.</translation>
    </message>
    <message>
        <source>De afgelopen 7 dagen is niets geëxporteerd.</source>
        <translation>Nothing was exported in the last 7 days.</translation>
    </message>
</context>
<context>
    <name>ReviewGroupModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Factuurnummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commentaar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <source>%1 gesloten</source>
        <translation>%1 closed</translation>
    </message>
    <message>
        <source>Openen (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Inkoopdocumenten te reviewen</source>
        <translation>Purchase documents to review</translation>
    </message>
    <message>
        <source>Verkoopdocumenten te reviewen</source>
        <translation>Sales documents to review</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>U heeft open acties</source>
        <translation>You have open actions</translation>
    </message>
    <message>
        <source>Bekijk alles</source>
        <translation>View all</translation>
    </message>
    <message>
        <source>Commentaar weergeven</source>
        <translation>Show comments</translation>
    </message>
    <message>
        <source>Exporteer alles</source>
        <translation>Export all</translation>
    </message>
    <message>
        <source>Exporteer alle documenten zonder commentaar</source>
        <translation>Export every document without comments</translation>
    </message>
    <message>
        <source>Sluit alles</source>
        <translation>Close all</translation>
    </message>
    <message>
        <source>Sluit al het open commentaar van het gekozen document</source>
        <translation>Close every open comment of the chosen document</translation>
    </message>
    <message>
        <source>Upload voor handmatige verwerking</source>
        <translation>Upload for manual processing</translation>
    </message>
    <message>
        <source>Zoek op nummer, relatie of bestand</source>
        <translation>Search by number, relation or file</translation>
    </message>
    <message>
        <source>Met open commentaar — actie nodig</source>
        <translation>With open comments — action needed</translation>
    </message>
    <message>
        <source>Zonder commentaar — klaar voor export</source>
        <translation>Without comments — ready for export</translation>
    </message>
    <message>
        <source>Met gesloten commentaar — ter controle</source>
        <translation>With closed comments — to verify</translation>
    </message>
    <message>
        <source>Geen documenten met open commentaar.</source>
        <translation>No documents with open comments.</translation>
    </message>
    <message>
        <source>Geen documenten zonder commentaar.</source>
        <translation>No documents without comments.</translation>
    </message>
    <message>
        <source>Geen documenten met gesloten commentaar.</source>
        <translation>No documents with closed comments.</translation>
    </message>
    <message>
        <source>Documenten zonder commentaar naar het boekhoudpakket exporteren: %1?</source>
        <translation>Export the documents without comments to the accounting package: %1?</translation>
    </message>
    <message>
        <source>%1 van %2 geëxporteerd; de andere staan bij Exportfouten.</source>
        <translation>%1 of %2 exported; the others are under Export errors.</translation>
    </message>
    <message>
        <source>Kies eerst een document in de lijst.</source>
        <translation>Choose a document in the list first.</translation>
    </message>
</context>
<context>
    <name>NewRelationDialog</name>
    <message>
        <source>Nieuwe relatie</source>
        <translation>New relation</translation>
    </message>
    <message>
        <source>Ingevuld met de gegevens van het document.</source>
        <translation>Filled in with the document's data.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>CoC number</translation>
    </message>
    <message>
        <source>Btw-nummer</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Automatisch (eerstvolgende vrije)</source>
        <translation>Automatic (next free code)</translation>
    </message>
    <message>
        <source>Leverancier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Klant</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Beide</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aanmaken</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AdminDropList</name>
    <message>
        <source>%1 (%2) — klik om te openen, of sleep bestanden hierheen</source>
        <translation>%1 (%2) — click to open, or drag files here</translation>
    </message>
</context>
<context>
    <name>FolderProblemBanner</name>
    <message>
        <source>Probleem met de bewaakte map</source>
        <translation>Problem with the watched folder</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>De map opnieuw proberen te bewaken</source>
        <translation>Try to watch the folder again</translation>
    </message>
    <message>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>en nog %1 eerdere meldingen</source>
        <translation>and %1 earlier messages</translation>
    </message>
    <message>
        <source>Bestanden uit de bewaakte map die niet te lezen waren</source>
        <translation>Files from the watched folder that could not be read</translation>
    </message>
</context>
<context>
    <name>WatcherBridge</name>
    <message>
        <source>%1 kon niet worden gelezen en staat nu in de map “fout”: %2</source>
        <translation>%1 could not be read and is now in the “fout” folder: %2</translation>
    </message>
    <message>
        <source>onbekende reden</source>
        <translation>unknown reason</translation>
    </message>
</context>
<context>
    <name>_Feedback</name>
    <message>
        <source>Niet aangeleverd voor %1: %2</source>
        <translation>Not delivered for %1: %2</translation>
    </message>
    <message>
        <source>Geen PDF&apos;s, afbeeldingen of e-facturen (XML) gevonden; niets aangeleverd.</source>
        <translation>No PDFs, images or e-invoices (XML) found; nothing delivered.</translation>
    </message>
    <message>
        <source>Loslaten om de bestanden aan te leveren voor %1</source>
        <translation>Release to deliver the files for %1</translation>
    </message>
</context>
</TS>
