"""The catalogue's error messages of the services: ``UserFacingError`` and its kinds raised in
app/services, and the export problems the export service words itself before calling a package.
"""

from __future__ import annotations

from app.i18n_messages.engine import msg

SERVICES = [
    # administrations, organisation, departments, users
    msg("{label} mag niet negatief zijn.", "{label} must not be negative."),
    msg("Relatie {id} bestaat niet (meer).", "Relation {id} does not exist (any more)."),
    msg("{what} {id} bestaat niet (meer).", "{what} {id} does not exist (any more)."),
    msg(
        "Document {id} mist factuurdatum, totaalbedrag of periode; vul ze aan en her-exporteer.",
        "Document {id} lacks an invoice date, total amount or period; fill them in and re-export.",
    ),
    msg(
        "{name} is niet gekoppeld aan een administratie in {package} (geen extern id).",
        "{name} is not linked to an administration in {package} (no external id).",
    ),
    msg("{label}: geef een geheel getal op.", "{label}: enter a whole number."),
    msg("{label}: ongeldig bedrag {value}.", "{label}: invalid amount {value}."),
    msg(
        "Onbekend pakket: {package} (kies uit {options})",
        "Unknown package: {package} (choose from {options})",
    ),
    msg("Onbekende administratie: {ref}", "Unknown administration: {ref}"),
    msg(
        "Het intake-adres {email} is al in gebruik.",
        "The intake address {email} is already in use.",
    ),
    msg("Onbekend veld: {key}", "Unknown field: {key}"),
    msg("Er is nog geen organisatie.", "There is no organisation yet."),
    msg(
        "Er is nog geen organisatie. Start de app om er een aan te maken, of maak een demokantoor "
        "met 'factuurflow demo'.",
        "There is no organisation yet. Start the app to create one, or create a demo office "
        "with 'factuurflow demo'.",
    ),
    msg(
        "Deze database heeft al een organisatie; het demokantoor wordt alleen in een lege database "
        "aangemaakt (gebruik --data-dir voor een aparte map).",
        "This database already has an organisation; the demo office is only created in an "
        "empty database (use --data-dir for a separate folder).",
    ),
    msg("Afdeling {id} bestaat niet.", "Department {id} does not exist."),
    msg(
        "Er bestaat al een afdeling met de naam {name}.",
        "A department named {name} already exists.",
    ),
    msg("Onbekende afdeling: {name}", "Unknown department: {name}"),
    msg("U kunt uw eigen account niet verwijderen.", "You cannot delete your own account."),
    msg("U kunt uw eigen account niet deactiveren.", "You cannot deactivate your own account."),
    msg("Gebruiker {id} bestaat niet.", "User {id} does not exist."),
    msg(
        "Alleen een Beheerder mag Beheerders aanmaken of wijzigen.",
        "Only an Accountant Manager may create or change Accountant Managers.",
    ),
    msg(
        "De organisatie moet minstens één actieve Beheerder houden.",
        "The organisation must keep at least one active Accountant Manager.",
    ),
    msg(
        "Er bestaat al een gebruiker met e-mailadres {email}.",
        "A user with e-mail address {email} already exists.",
    ),
    msg("{email} staat al op de zwarte lijst.", "{email} is already on the blocklist."),
    msg("Onbekende gebruiker: {email}", "Unknown user: {email}"),
    msg("Gebruiker {email} is gedeactiveerd.", "User {email} has been deactivated."),
    # sign-in and permissions
    msg("Onjuist e-mailadres of wachtwoord.", "Incorrect e-mail address or password."),
    msg(
        "Het wachtwoord moet minstens {n} tekens hebben.",
        "The password must be at least {n} characters long.",
    ),
    msg("De organisatie bestaat al.", "The organisation already exists."),
    msg(
        "Dit account is gedeactiveerd. Neem contact op met uw beheerder.",
        "This account has been deactivated. Please contact your administrator.",
    ),
    msg(
        "Geen toegang: de rol {role} mag geen {right}.",
        "No access: the role {role} may not {right}.",
    ),
    msg(
        "Administratie {admin} bestaat niet of is niet zichtbaar voor u.",
        "Administration {admin} does not exist or is not visible to you.",
    ),
    # input checks (app.services.validation)
    msg("Ongeldig e-mailadres: {value}", "Invalid e-mail address: {value}"),
    msg("{label} is verplicht.", "{label} is required."),
    msg(
        "{label} is te lang (maximaal {n} tekens).", "{label} is too long (at most {n} characters)."
    ),
    msg(
        "Onbekende rol: {value} (kies uit {options})",
        "Unknown role: {value} (choose from {options})",
    ),
    msg("Onbekende taal: {value} (nl of en)", "Unknown language: {value} (nl or en)"),
    msg("Ongeldig KvK-nummer: {value} (8 cijfers)", "Invalid KvK number: {value} (8 digits)"),
    # archive, viewer, documents, comments
    msg(
        "Het minimumbedrag is hoger dan het maximumbedrag.",
        "The minimum amount is higher than the maximum amount.",
    ),
    msg("De begindatum ligt na de einddatum.", "The start date is after the end date."),
    msg("Document {id} bestaat niet.", "Document {id} does not exist."),
    msg("Document {id} staat niet in het archief.", "Document {id} is not in the archive."),
    msg(
        "Van document {id} is geen origineel bestand bewaard.",
        "No original file was kept for document {id}.",
    ),
    msg(
        "Het originele bestand van document {id} ontbreekt in de opslag.",
        "The original file of document {id} is missing from storage.",
    ),
    msg(
        "Van document {id} is geen weer te geven bestand bewaard.",
        "No file that can be displayed was kept for document {id}.",
    ),
    msg(
        "Document {id} kan niet van '{old}' naar '{new}'.",
        "Document {id} cannot go from '{old}' to '{new}'.",
    ),
    msg(
        "Onbekende status: {state} (kies uit {options})",
        "Unknown status: {state} (choose from {options})",
    ),
    msg("Een opmerking mag niet leeg zijn.", "A comment must not be empty."),
    msg("Een antwoord mag niet leeg zijn.", "A reply must not be empty."),
    msg("Opmerking {id} bestaat niet.", "Comment {id} does not exist."),
    msg("Document {id} wacht niet op autorisatie.", "Document {id} is not awaiting authorisation."),
    # corrections in the DDP
    msg(
        "{field}: '{text}' is geen datum (bijv. 27-11-2026).",
        "{field}: '{text}' is not a date (e.g. 27-11-2026).",
    ),
    msg(
        "{field}: '{text}' is geen bedrag (bijv. 1.234,56).",
        "{field}: '{text}' is not an amount (e.g. 1.234,56).",
    ),
    msg(
        "Valuta: '{text}' is geen ISO-code (bijv. EUR).",
        "Currency: '{text}' is not an ISO code (e.g. EUR).",
    ),
    msg("Geef minstens één veld=waarde op.", "Give at least one field=value."),
    msg(
        "Kies eerst de relatie; pas dan kan het systeem iets onthouden.",
        "Choose the relation first; only then can the system remember anything.",
    ),
    msg(
        "Het document is intussen door iemand anders gewijzigd; open het opnieuw.",
        "Someone else has changed the document in the meantime; open it again.",
    ),
    msg(
        "Document {id} is niet meer te wijzigen (status {state}).",
        "Document {id} can no longer be changed (status {state}).",
    ),
    msg(
        "Regel {pos} bestaat niet (nieuwe regel: line.{next}.…).",
        "Line {pos} does not exist (new line: line.{next}.…).",
    ),
    msg("Onbekende relatie: {code}", "Unknown relation: {code}"),
    msg(
        "Dagboek {code} bestaat niet in administratie {admin}; kies een dagboek uit de lijst.",
        "Journal {code} does not exist in administration {admin}; choose a journal from the list.",
    ),
    msg(
        "Dagboek {code} is geen {what}; kies {alternatives}.",
        "Journal {code} is not a {what}; choose {alternatives}.",
    ),
    msg("type: kies purchase, sales of other.", "type: choose purchase, sales or other."),
    msg("period: schrijf als JJJJ/MM, bijv. 2026/11.", "period: write as YYYY/MM, e.g. 2026/11."),
    msg(
        "Onbekend regelveld: {key} (bijv. line.1.gl_account)",
        "Unknown line field: {key} (e.g. line.1.gl_account)",
    ),
    # dashboard
    msg("Maanddoel mag niet negatief zijn.", "The monthly target must not be negative."),
    msg(
        "Maanddoel: geef een geheel getal op, niet {value}.",
        "Monthly target: enter a whole number, not {value}.",
    ),
    # intake, listing, watched folders, file store
    msg("Onbekende herkomst: {origin}", "Unknown origin: {origin}"),
    msg("Afzender {sender} staat op de zwarte lijst.", "Sender {sender} is on the blocklist."),
    msg(
        "Onbekende sorteerkolom: {sort} (kies uit {options})",
        "Unknown sort column: {sort} (choose from {options})",
    ),
    msg(
        "Ongeldige pagina: offset moet ≥ 0 en limit ≥ 1 zijn.",
        "Invalid page: offset must be ≥ 0 and limit ≥ 1.",
    ),
    msg(
        "Administratie {code} heeft geen bewaakte map.",
        "Administration {code} has no watched folder.",
    ),
    msg(
        "Bewaakte map van {code} bestaat niet: {folder}",
        "The watched folder of {code} does not exist: {folder}",
    ),
    msg(
        "{name}: bestand te groot ({size} MB, maximaal {max} MB)",
        "{name}: file too large ({size} MB, at most {max} MB)",
    ),
    msg("Bestand niet gevonden: {path}", "File not found: {path}"),
    msg("{path} is een map, geen bestand", "{path} is a folder, not a file"),
    msg("Geen leesrechten op {path}", "No permission to read {path}"),
    # processing: splitting
    msg("Paginabereiken overlappen.", "Page ranges overlap."),
    msg("Paginabereik {spec} valt buiten 1-{last}.", "Page range {spec} is outside 1-{last}."),
    msg("Ongeldig paginabereik: {spec} (bijv. 1-2)", "Invalid page range: {spec} (e.g. 1-2)"),
    msg("Alleen een PDF-document kan worden gesplitst.", "Only a PDF document can be split."),
    msg("Document {id} kan niet meer worden gesplitst.", "Document {id} can no longer be split."),
    msg("Geef minstens twee paginabereiken op.", "Give at least two page ranges."),
    # processing settings
    msg(
        "Autorisatiestap: kies aan of uit, niet {value}.",
        "Authorisation step: choose on or off, not {value}.",
    ),
    msg(
        "Zekerheidsdrempel moet tussen 0 en 100% liggen.",
        "The confidence threshold must be between 0 and 100%.",
    ),
    msg(
        "Onbekende instelling: {name} (kies uit {options})",
        "Unknown setting: {name} (choose from {options})",
    ),
    msg("Onbekende instelling: {name}", "Unknown setting: {name}"),
    msg("Geen wijzigingen opgegeven.", "No changes given."),
    msg(
        "{label}: grootboekrekening {code} bestaat niet in administratie {admin}.",
        "{label}: GL account {code} does not exist in administration {admin}.",
    ),
    msg(
        "{label}: grootboekrekening {code} is geblokkeerd.",
        "{label}: GL account {code} is blocked.",
    ),
    msg(
        "{label}: dagboek {code} bestaat niet in administratie {admin}.",
        "{label}: journal {code} does not exist in administration {admin}.",
    ),
    msg("{label}: dagboek {code} is geen {what}.", "{label}: journal {code} is not a {what}."),
    msg(
        "Limiet automatisch boeken mag niet negatief zijn.",
        "The automatic booking limit must not be negative.",
    ),
    msg(
        "Onbekende keuze voor exporteren zonder review: {value} (kies uit {options})",
        "Unknown choice for exporting without review: {value} (choose from {options})",
    ),
    msg(
        "Automatisch exporteren tot de limiet kan pas als er een limiet voor automatisch boeken is "
        "ingesteld.",
        "Automatic export up to the limit needs an automatic booking limit to be set first.",
    ),
    # relation settings
    msg(
        "{label}: onbekende waarde {value} (kies uit {options}).",
        "{label}: unknown value {value} (choose from {options}).",
    ),
    msg(
        "Btw-tarief {value} ligt niet tussen 0 en 100%.",
        "VAT rate {value} is not between 0 and 100%.",
    ),
    msg(
        "Kolom splitsen: de percentages tellen op tot {total}%, niet 100%.",
        "Column split: the percentages add up to {total}%, not 100%.",
    ),
    msg(
        "Kolom splitsen: elk deel moet een positief percentage hebben.",
        "Column split: every part must have a positive percentage.",
    ),
    msg(
        "Korting: een percentage kan niet hoger zijn dan 100%.",
        "Discount: a percentage cannot be higher than 100%.",
    ),
    msg("Korting mag niet negatief zijn.", "The discount must not be negative."),
    msg(
        "{label}: {what} {code} bestaat niet in administratie {admin}.",
        "{label}: {what} {code} does not exist in administration {admin}.",
    ),
    msg("{label}: ongeldig getal {value}.", "{label}: invalid number {value}."),
    msg("{label}: verwacht een lijst sleutel=waarde.", "{label}: expected a list of key=value."),
    msg("{label} heeft geen onderdelen ({key}).", "{label} has no parts ({key})."),
    msg(
        "{label}: btw-code {code} bestaat niet in administratie {admin}.",
        "{label}: VAT code {code} does not exist in administration {admin}.",
    ),
    msg(
        "{label}: btw-code {code} hoort bij {rates}, niet bij {rate}%.",
        "{label}: VAT code {code} belongs to {rates}, not to {rate}%.",
    ),
    msg(
        "{label}: een relatie kan niet op haar eigen rekeningen boeken.",
        "{label}: a relation cannot book to its own accounts.",
    ),
    # relations
    msg(
        "Onbekend type: {value} (leverancier, klant of both)",
        "Unknown type: {value} (leverancier, klant or both)",
    ),
    msg(
        "Ongeldige landcode: {value} (twee letters, bijv. NL)",
        "Invalid country code: {value} (two letters, e.g. NL)",
    ),
    msg(
        "Ongeldig btw-nummer: {value} (bijv. NL123456789B01)",
        "Invalid VAT number: {value} (e.g. NL123456789B01)",
    ),
    msg(
        "Ongeldig IBAN: {value} (controleer land, lengte en controlecijfers)",
        "Invalid IBAN: {value} (check the country, length and check digits)",
    ),
    msg(
        "KvK-nummers verschillen per relatie; gebruik 'KvK-nummers invullen' om ze voor meerdere "
        "relaties tegelijk te zetten.",
        "KvK numbers differ per relation; use 'Enter KvK numbers' to set them for several "
        "relations at once.",
    ),
    msg(
        "Relatie {id} bestaat niet of is niet zichtbaar voor u.",
        "Relation {id} does not exist or is not visible to you.",
    ),
    msg("Kies minstens één relatie.", "Choose at least one relation."),
    msg(
        "Bulkbewerking wijzigt relaties van één administratie tegelijk.",
        "A bulk edit changes the relations of one administration at a time.",
    ),
    msg(
        "Relatie {code} bestaat niet in administratie {admin}.",
        "Relation {code} does not exist in administration {admin}.",
    ),
    msg(
        "Relatiecode is te lang (maximaal 40 tekens).",
        "The relation code is too long (at most 40 characters).",
    ),
    msg(
        "Relatiecode {code} bestaat al in administratie {admin}.",
        "Relation code {code} already exists in administration {admin}.",
    ),
    msg(
        "Onbekende of verlopen code om ongedaan te maken: {token}",
        "Unknown or expired undo code: {token}",
    ),
    msg("Deze wijziging is al ongedaan gemaakt.", "This change has already been undone."),
    msg(
        "Relatie(s) {codes} zijn na deze wijziging opnieuw gewijzigd; ongedaan maken zou dat "
        "overschrijven.",
        "Relation(s) {codes} were changed again after this change; undoing it would overwrite "
        "that.",
    ),
    # accounting packages
    msg(
        "{name} is niet gekoppeld aan {package}; meld eerst aan.",
        "{name} is not connected to {package}; sign in first.",
    ),
    msg("{package} is nog niet beschikbaar.", "{package} is not available yet."),
    msg("Koppeling {id} bestaat niet.", "Connection {id} does not exist."),
    msg("Aanmelden bij {package} mislukt: {exc}", "Signing in to {package} failed: {exc}"),
    msg("Opnieuw aanmelden nodig: {exc}", "You need to sign in again: {exc}"),
    msg(
        "Administratie {id} is niet zichtbaar voor dit account.",
        "Administration {id} is not visible to this account.",
    ),
    msg(
        "{name} is al geïmporteerd (administratie {code}).",
        "{name} has already been imported (administration {code}).",
    ),
    msg(
        "Aanmelden vraagt de browser; geen aanmeldmethode gegeven.",
        "Signing in needs the browser; no sign-in method was given.",
    ),
    msg("Voor {package} is geen sandbox beschikbaar.", "No sandbox is available for {package}."),
    msg("Aanmelden bij de sandbox mislukt.", "Signing in to the sandbox failed."),
    # export
    msg(
        "Document {id} kan niet worden geëxporteerd (status {state}).",
        "Document {id} cannot be exported (status {state}).",
    ),
    msg(
        "Document {id} heeft nog {n} open vraag/vragen; los ze op of sluit ze eerst.",
        "Document {id} still has {n} open question(s); resolve or close them first.",
    ),
    msg(
        "Opnieuw aanmelden bij het boekhoudpakket nodig ({exc}); her-exporteer daarna.",
        "Sign in to the accounting package again ({exc}), then export again.",
    ),
    msg(
        "Onbekend of de boeking is aangekomen ({exc}); bij de volgende export wordt dit eerst "
        "nagekeken.",
        "Unknown whether the booking arrived ({exc}); the next export checks this first.",
    ),
    msg(
        "Geen relatie gekozen; kies of maak de relatie en her-exporteer.",
        "No relation chosen; choose or create the relation and export again.",
    ),
    msg("Het document heeft geen boekingsregels.", "The document has no booking lines."),
    msg("Regel {lines} heeft geen grootboekrekening.", "Line {lines} has no GL account."),
    msg(
        "Factuurnummer of factuurdatum ontbreekt.", "The invoice number or invoice date is missing."
    ),
    msg("Het totaalbedrag ontbreekt.", "The total amount is missing."),
    msg(
        "De boeking is niet in balans: regels {booked} ≠ totaal {total}.",
        "The booking does not balance: lines {booked} ≠ total {total}.",
    ),
    msg("Dagboek of periode ontbreekt.", "The journal or period is missing."),
]

MESSAGES = SERVICES
