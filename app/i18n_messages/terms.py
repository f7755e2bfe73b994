"""Domain terms that messages fill in as values (a setting's label, a field name, "leverancier"),
with their English, and which placeholder names carry such a term or a whole nested message.
"""

from __future__ import annotations

from app.models.enums import ROLE_LABELS

# Placeholders whose value is a Dutch term from the table below.
TERM_SLOTS = frozenset({"label", "what", "who", "role", "right", "field", "rates", "ns", "kind"})
# Placeholders whose value may itself be a known message (an error wrapped in another).
NESTED_SLOTS = frozenset({"exc", "detail", "problem", "reason"})
# Placeholders whose value lists choices joined with the Dutch " of " ("or").
ALTERNATIVE_SLOTS = frozenset({"alternatives"})

TERMS: dict[str, str] = {
    # roles and rights (app.models.enums.ROLE_LABELS, app.services.permissions.RIGHT_LABELS)
    **{nl: en for nl, en in ROLE_LABELS.values()},
    "organisatie-instellingen beheren": "manage the organisation settings",
    "gekoppelde boekhoudpakketten beheren": "manage the connected accounting packages",
    "administraties toevoegen": "add administrations",
    "gebruikers, afdelingen en sjablonen beheren": "manage users, departments and templates",
    "verwerkingsinstellingen wijzigen": "change the processing settings",
    "documenten aanleveren": "deliver documents",
    "documenten reviewen": "review documents",
    "het archief raadplegen": "consult the archive",
    # relations and master data
    "leverancier": "supplier",
    "Administratie": "Administration",
    "Bestand": "File",
    "Exportpoging": "Export attempt",
    "Koppeling": "Connection",
    "Document": "Document",
    "klant": "customer",
    "relatie": "relation",
    "grootboekrekening": "GL account",
    "kostenplaats": "cost centre",
    "project": "project",
    "dagboek": "journal",
    "inkoopdagboek": "purchase journal",
    "verkoopdagboek": "sales journal",
    "projectcode": "project code",
    "partnercode": "partner code",
    "geen tarief": "no rate",
    # kinds of VAT (app.pipeline.coding_support.VAT_KIND_NL)
    "normaal tarief": "standard rate",
    "nultarief": "zero rate",
    "vrijgesteld": "exempt",
    "btw verlegd": "reverse charge",
    "intracommunautaire levering": "intra-community supply",
    "export buiten de EU": "export outside the EU",
    "(geen)": "(none)",
    # settings labels (app.services.relation_labels.FIELD_LABELS, processing settings)
    "Coderingsregel": "Coding rule",
    "Vaste grootboekrekening": "Fixed GL account",
    "Grootboekrekening per btw-tarief": "GL account per VAT rate",
    "Artikelgroepen": "Article groups",
    "Specifieke artikelen": "Specific articles",
    "Btw-code per tarief": "VAT code per rate",
    "Toegestane btw-tarieven": "Allowed VAT rates",
    "Vragen": "Questions",
    "Duale relatie (trefwoorden)": "Dual relation (keywords)",
    "Soort korting": "Discount type",
    "Korting": "Discount",
    "Grootboekrekening korting": "Discount GL account",
    "Kolom splitsen": "Column split",
    "Partnercodering": "Partner coding",
    "Partner per grootboekrekening": "Partner per GL account",
    "Projectcodering": "Project coding",
    "Project per grootboekrekening": "Project per GL account",
    "Rekening-courant (relatie)": "Current account (relation)",
    "Rekening-courant (grootboekrekening)": "Current account (GL account)",
    "Bekende IBAN's": "Known IBANs",
    "KvK-nummer": "KvK number",
    "Btw-tarief": "VAT rate",
    "Standaardcodering": "Default coding",
    "Afrondingsrekening": "Rounding account",
    "Maanddoel": "Monthly target",
    "Limiet automatisch boeken": "Automatic booking limit",
    # names of things a person fills in (app.services.validation.clean_name callers)
    "Voornaam": "First name",
    "Achternaam": "Last name",
    "Naam": "Name",
    "Naam van de organisatie": "Name of the organisation",
    "Naam van de administratie": "Name of the administration",
    "Naam van de afdeling": "Name of the department",
    # invoice fields (app.pipeline.validation.FIELD_NAMES_NL)
    "factuurnummer": "invoice number",
    "factuurdatum": "invoice date",
    "vervaldatum": "due date",
    "totaal excl. btw": "total excluding VAT",
    "btw-bedrag": "VAT amount",
    "totaal incl. btw": "total including VAT",
    "naam leverancier": "supplier name",
    "IBAN": "IBAN",
    "btw-nummer leverancier": "supplier VAT number",
    "KvK-nummer leverancier": "supplier KvK number",
    "naam klant": "customer name",
    "btw-nummer klant": "customer VAT number",
    "KvK-nummer klant": "customer KvK number",
    "valuta": "currency",
    "factuurregels": "invoice lines",
    "btw-specificatie": "VAT breakdown",
    "betalingskenmerk": "payment reference",
    "documentsoort": "document type",
}


def term(value: str) -> str:
    """The English of a Dutch term, matching its capital ("Kostenplaats" -> "Cost centre")."""
    if value in TERMS:
        return TERMS[value]
    if value[:1].isupper():
        english = TERMS.get(value[:1].lower() + value[1:])
        if english is not None:
            return english[:1].upper() + english[1:]
    elif value[:1].islower():
        english = TERMS.get(value[:1].upper() + value[1:])
        if english is not None and not english.isupper() and not english[1:2].isupper():
            return english[:1].lower() + english[1:]
    return value
