"""The catalogue's reader errors: why a received file could not be read (stored on the file and
shown in the hub's "Melding" column), from the readers, the e-invoice parser, the batch reader and
the layout memory.
"""

from __future__ import annotations

from app.i18n_messages.engine import msg

MESSAGES = [
    # app.pipeline.extract and the file store
    msg("Bestand niet gevonden", "File not found"),
    msg("Geen bestand (een map of apparaat)", "Not a file (a folder or device)"),
    msg("Leeg bestand (0 bytes)", "Empty file (0 bytes)"),
    msg(
        "Bestand te groot ({size} MB, maximum {max} MB)",
        "File too large ({size} MB, maximum {max} MB)",
    ),
    msg("Bestand kon niet worden gelezen", "The file could not be read"),
    msg(
        "Dubbel bestand: dezelfde inhoud als '{name}' (ontvangen {when})",
        "Duplicate file: same content as '{name}' (received {when})",
    ),
    msg(
        "Onbekend bestandstype: geen PDF, afbeelding of e-factuur (XML)",
        "Unknown file type: not a PDF, image or e-invoice (XML)",
    ),
    msg(
        "Geen e-factuur: dit is een HTML-bestand (webpagina of e-mail)",
        "Not an e-invoice: this is an HTML file (web page or e-mail)",
    ),
    msg(
        "Geen PDF: het bestand is beschadigd of van een ander type",
        "Not a PDF: the file is damaged or of another type",
    ),
    msg("Geen PDF: het bestand is beschadigd", "Not a PDF: the file is damaged"),
    msg(
        "Geen XML: het bestand is beschadigd of van een ander type",
        "Not XML: the file is damaged or of another type",
    ),
    msg(
        "Geen geldige afbeelding: het bestand is beschadigd of van een ander type",
        "Not a valid image: the file is damaged or of another type",
    ),
    msg("PDF is versleuteld met een wachtwoord", "The PDF is protected with a password"),
    msg(
        "PDF bevat geen pagina's (beschadigd of afgekapt)",
        "The PDF has no pages (damaged or truncated)",
    ),
    msg("Te veel pagina's ({n}, maximum {max})", "Too many pages ({n}, maximum {max})"),
    msg(
        "PDF is beschadigd of afgekapt: geen leesbare inhoud",
        "The PDF is damaged or truncated: no readable content",
    ),
    msg(
        "PDF is beschadigd of afgekapt en kon niet gelezen worden",
        "The PDF is damaged or truncated and could not be read",
    ),
    msg("Afbeelding te groot ({detail})", "Image too large ({detail})"),
    msg(
        "Afbeelding te groot ({width}×{height} pixels, maximum {max} megapixel)",
        "Image too large ({width}×{height} pixels, maximum {max} megapixels)",
    ),
    msg(
        "Afbeelding te groot (pagina {page}: {width}×{height} pixels)",
        "Image too large (page {page}: {width}×{height} pixels)",
    ),
    msg(
        "Afbeelding is beschadigd: de afmetingen zijn niet te lezen",
        "The image is damaged: its dimensions cannot be read",
    ),
    msg(
        "Afbeelding is leeg ({width}×{height} pixels)",
        "The image is empty ({width}×{height} pixels)",
    ),
    msg(
        "Afbeelding is beschadigd en kan niet gelezen worden",
        "The image is damaged and cannot be read",
    ),
    msg(
        "Te veel pagina's (meer dan {max}) in deze afbeelding",
        "Too many pages (more than {max}) in this image",
    ),
    msg(
        "De PDF-/beeldlezer is in deze installatie niet beschikbaar",
        "The PDF/image reader is not available in this installation",
    ),
    # e-invoices (app.pipeline.einvoice)
    msg(
        "Geen e-factuur: Peppol-envelop zonder factuur of creditnota",
        "Not an e-invoice: Peppol envelope without an invoice or credit note",
    ),
    msg(
        "ZUGFeRD 1.0 wordt niet ondersteund (alleen ZUGFeRD 2 / Factur-X)",
        "ZUGFeRD 1.0 is not supported (only ZUGFeRD 2 / Factur-X)",
    ),
    msg(
        "Geen factuur: dit is een UBL-{name}, geen Invoice of CreditNote",
        "Not an invoice: this is a UBL {name}, not an Invoice or CreditNote",
    ),
    msg("Onbekende XML-namespace voor {name}: {ns}", "Unknown XML namespace for {name}: {ns}"),
    msg(
        "Geen e-factuur: XML met root-element <{name}> wordt niet herkend",
        "Not an e-invoice: XML with root element <{name}> is not recognised",
    ),
    msg(
        "XML te groot ({size} MB, maximum {max} MB)", "XML too large ({size} MB, maximum {max} MB)"
    ),
    msg("XML geweigerd: entiteiten/DTD niet toegestaan", "XML refused: entities/DTD not allowed"),
    msg("XML geweigerd: {detail}", "XML refused: {detail}"),
    msg("Ongeldige XML: {detail}", "Invalid XML: {detail}"),
    # the batch reader (app.pipeline.batch)
    msg("Interne fout bij het lezen ({detail})", "Internal error while reading ({detail})"),
    msg("Tijdslimiet overschreden ({seconds} s)", "Time limit exceeded ({seconds} s)"),
    msg(
        "Het leesproces is vastgelopen op dit bestand (crash)",
        "The reading process got stuck on this file (crash)",
    ),
    msg(
        "Kan geen leesprocessen starten (--jobs); probeer het zonder --jobs",
        "Cannot start reading processes (--jobs); try without --jobs",
    ),
    # the layout memory (app.pipeline.learning)
    msg(
        "Het veld '{field}' kan niet worden onthouden.", "The field '{field}' cannot be remembered."
    ),
    msg(
        "De waarde '{value}' staat niet op het document; het veld kan niet worden onthouden.",
        "The value '{value}' is not on the document; the field cannot be remembered.",
    ),
]
