"""The catalogue's system comments: the Dutch text of every validation finding and coding note
(app.pipeline.validation, validation_booking, coding, coding_advanced) that the processing
service stores as a comment on the document. The English follows each finding's own ``text_en``.
"""

from __future__ import annotations

from app.i18n_messages.engine import msg

MESSAGES = [
    # document checks (app.pipeline.validation)
    msg(
        "Het totaalbedrag is niet gelezen. Vul het totaal incl. btw in.",
        "The total amount was not read. Fill in the total including VAT.",
    ),
    msg(
        "De regels tellen op tot {sum}, het totaal excl. btw is {net}. Controleer de regels en het "
        "totaal.",
        "The lines add up to {sum}, the net total is {net}. Check the lines and the total.",
    ),
    msg(
        "Excl. btw {net} plus btw {vat} is niet het totaal {total}. Controleer de drie bedragen.",
        "Net {net} plus VAT {vat} is not the total {total}. Check the three amounts.",
    ),
    msg(
        "Btw {rate}% over {base} is {expected}, op de factuur staat {amount}. Controleer het "
        "btw-bedrag.",
        "VAT {rate}% of {base} is {expected}, the invoice says {amount}. Check the VAT amount.",
    ),
    msg(
        "De grondslagen per btw-tarief tellen op tot {sum}, het totaal excl. btw is {net}. "
        "Controleer de btw-specificatie.",
        "The bases per VAT rate add up to {sum}, the net total is {net}. Check the VAT breakdown.",
    ),
    msg(
        "De btw per tarief telt op tot {sum}, het btw-totaal is {vat}. Controleer de "
        "btw-specificatie.",
        "The VAT per rate adds up to {sum}, the VAT total is {vat}. Check the VAT breakdown.",
    ),
    msg(
        "Het lage btw-tarief was {low}% op {date}, de factuur rekent {rate}%. Controleer het tarief "
        "en de factuurdatum.",
        "The low VAT rate was {low}% on {date}, the invoice charges {rate}%. Check the rate and "
        "the invoice date.",
    ),
    msg(
        "Het factuurnummer is niet gelezen. Vul het factuurnummer in.",
        "The invoice number was not read. Fill in the invoice number.",
    ),
    msg(
        "De factuurdatum is niet gelezen. Vul de factuurdatum in.",
        "The invoice date was not read. Fill in the invoice date.",
    ),
    msg(
        "Het bedrag {amount} is hoger dan de grens voor automatisch boeken ({limit}). Controleer de "
        "boeking voordat je exporteert.",
        "The amount {amount} is above the automatic booking limit ({limit}). Check the booking "
        "before exporting.",
    ),
    msg(
        "Bij deze relatie wordt altijd om controle gevraagd. Controleer en exporteer.",
        "This relation is set to always ask for a review. Review and export.",
    ),
    msg(
        "Het veld '{field}' is onzeker gelezen. Controleer het op het document.",
        "The field '{field}' was read with low confidence. Check it on the document.",
    ),
    # relation and booking checks (app.pipeline.validation_booking)
    msg(
        "De {who} '{name}' is niet gevonden in de relaties. Kies de juiste relatie of maak een "
        "nieuwe aan met de gelezen gegevens.",
        "The {who} '{name}' was not found among the relations. Choose the right relation or "
        "create a new one from the data read.",
    ),
    msg(
        "De {who} is alleen op naam herkend als {name} ({code}). Controleer de relatie.",
        "The {who} was recognised by name only as {name} ({code}). Check the relation.",
    ),
    msg(
        "Let op: IBAN {iban} op de factuur is niet het bekende rekeningnummer van {name}. Bel de "
        "leverancier via een bekend nummer voordat er betaald wordt.",
        "Warning: IBAN {iban} on the invoice is not a known account of {name}. Call the "
        "supplier on a known number before anything is paid.",
    ),
    msg(
        "Factuur {number} van {name} is al eerder ingeboekt. Controleer of dit een dubbele factuur "
        "is en verwijder hem dan.",
        "Invoice {number} from {name} was booked before. Check whether this is a duplicate and "
        "if so delete it.",
    ),
    msg(
        "Er is al een factuur van {name} van {amount} op {date}. Controleer of dit dezelfde factuur "
        "is.",
        "There is already an invoice from {name} of {amount} on {date}. Check whether it is the "
        "same invoice.",
    ),
    msg(
        "Periode {year}/{period} van de factuurdatum {date} is afgesloten. Kies een open periode of "
        "laat de periode heropenen.",
        "Period {year}/{period} of the invoice date {date} is closed. Choose an open period or "
        "have the period reopened.",
    ),
    msg(
        "Er is geen boekperiode voor {date}. Synchroniseer de stamgegevens of kies een periode.",
        "There is no booking period for {date}. Synchronise the master data or choose a period.",
    ),
    msg(
        "Btw-tarief {rate}% is niet toegestaan bij {name}. Controleer het tarief of pas de "
        "instellingen van de relatie aan.",
        "VAT rate {rate}% is not allowed for {name}. Check the rate or change the relation's "
        "settings.",
    ),
    msg(
        "{what} {value} is geblokkeerd in de administratie. Kies een andere of synchroniseer de "
        "stamgegevens.",
        "{what} {value} is blocked in the administration. Choose another or synchronise the "
        "master data.",
    ),
    msg(
        "{what} {value} bestaat niet in de administratie. Kies een andere of synchroniseer de "
        "stamgegevens.",
        "{what} {value} does not exist in the administration. Choose another or synchronise the "
        "master data.",
    ),
    msg(
        "{what} {value} {state} in de administratie. Kies een andere of synchroniseer de "
        "stamgegevens.",
        "{what} {value} {state} in the administration. Choose another or synchronise the master "
        "data.",
    ),
    msg(
        "De boeking sluit niet: er is {diff} verschil met het factuurtotaal. Pas de regels aan.",
        "The booking does not balance: {diff} off the invoice total. Adjust the lines.",
    ),
    # coding notes (app.pipeline.coding, coding_advanced)
    msg(
        "Artikelcodering ingesteld, maar de factuurregels zijn niet gelezen; geboekt per "
        "btw-tarief. Controleer de grootboekrekeningen.",
        "Article coding is set but no invoice lines were read; booked per VAT rate. Check the "
        "GL accounts.",
    ),
    msg(
        "De factuurregels tegen {rate}% btw tellen niet op tot het bedrag excl. btw; het verschil "
        "van {diff} staat op een aparte regel. Controleer de regels.",
        "The invoice lines at {rate}% VAT do not add up to the net amount; the difference of "
        "{diff} is on a separate line. Check the lines.",
    ),
    msg(
        "btw-code {code} ({rate}%) is niet geldig op {date}",
        "VAT code {code} ({rate}%) is not valid on {date}",
    ),
    msg(
        "geen inkoop-btw-code voor {rate}% ({kind})",
        "no purchase VAT code for {rate}% ({kind})",
    ),
    msg(
        "geen verkoop-btw-code voor {rate}% ({kind})",
        "no sales VAT code for {rate}% ({kind})",
    ),
    msg(
        "Btw-code: {problem}. Kies de juiste btw-code op de boekingsregels.",
        "VAT code: {problem}. Choose the right VAT code on the booking lines.",
    ),
    msg(
        "De factuur noemt {vat} btw bij {kind}; die wordt niet geboekt. Controleer of de btw "
        "terecht is berekend.",
        "The invoice states {vat} VAT under {kind}; it is not booked. Check whether VAT was "
        "charged rightly.",
    ),
    msg(
        "Afrondingsverschil van {diff} verwerkt in de btw van de grootste regel.",
        "Rounding difference of {diff} absorbed in the largest line's VAT.",
    ),
    msg(
        "Regels plus btw wijken {diff} af van het factuurtotaal; het verschil staat op een "
        "afrondingsregel. Controleer de bedragen.",
        "Lines plus VAT differ by {diff} from the invoice total; the difference is on a "
        "rounding line. Check the amounts.",
    ),
    msg(
        "Alleen het totaalbedrag is gelezen; de btw is onbekend en er is zonder btw geboekt. Vul "
        "het bedrag excl. btw en de btw in.",
        "Only the total amount was read; the VAT is unknown and the booking has no VAT. Fill in "
        "the net amount and the VAT.",
    ),
    msg(
        "Niet elke boekingsregel heeft een grootboekrekening; stel de codering van de relatie in of "
        "vul de rekening in.",
        "Not every booking line has a GL account; set up the relation's coding or fill in the "
        "account.",
    ),
    msg(
        "Geen grootboekrekening voor korting ingesteld bij deze relatie; vul die in.",
        "No GL account for discounts is set for this relation; please fill it in.",
    ),
    msg(
        "De {what} wordt bij deze relatie met de hand ingevuld; vul die per regel in.",
        "This relation's {what} is entered by hand; fill it in on each line.",
    ),
]
