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
</TS>
