"""The English for the services' Dutch texts: every message the source makes for a user has a
catalogue entry (an AST scan of the raise sites, findings, reader and export messages, like the
.ts completeness check in test_translations), :func:`to_english` translates real messages with
their values, and the window shows them in English when the interface is English.
"""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox
from service_text_sources import VALUE, service_messages

from app.connectors.base import ExportRefused, NeedsSignIn
from app.errors import InvalidInput, PermissionDenied
from app.i18n_messages import CATALOGUE, TERMS, template_for, to_english
from app.pipeline.limits import ReadError
from app.services.document_dto import CommentDTO
from app.services.hub_dto import ReceivedFileRow
from app.ui.i18n import set_language

# Messages the OCR and image readers already write in English (they come from the reading
# libraries' world); anything else found in the source must be in the catalogue.
ALREADY_ENGLISH = {
    "Image too large to read (⟨x⟩x⟨x⟩ pixels, limit ⟨x⟩).",
    "OCR is not available: the pytesseract package is missing.",
    "Tesseract OCR is not installed or not on PATH; scanned documents cannot be read.",
    "OCR failed on this page: ⟨x⟩.",
    "OCR took too long; the scan could not be read in time.",
    "PDF has too many pages (⟨x⟩, limit ⟨x⟩).",
    "Too many scanned pages to read (⟨x⟩, limit ⟨x⟩).",
    "File too large (⟨x⟩ bytes, limit ⟨x⟩).",
    "Cannot open the image: ⟨x⟩.",
    "The image cannot be read: ⟨x⟩.",
    "Image too large to read.",
    "Too many pages in the image (limit ⟨x⟩).",
}


def test_the_scan_finds_the_messages():
    texts = {m.text for m in service_messages()}
    assert len(texts) > 200
    for expected in (
        "Te veel pagina's (⟨x⟩, maximum ⟨x⟩)",  # a reader error
        "Bij deze relatie wordt altijd om controle gevraagd. Controleer en exporteer.",  # finding
        "Regel ⟨x⟩ heeft geen grootboekrekening.",  # export preflight
        "Dubbel bestand: dezelfde inhoud als '⟨x⟩' (ontvangen ⟨x⟩)",  # stored on a received file
        "Het boekhoudpakket gaf een serverfout (⟨x⟩); uitkomst onbekend.",  # one branch of an if
    ):
        assert expected in texts


def test_every_service_message_has_an_english_entry():
    missing = [
        str(m)
        for m in service_messages()
        if m.text not in ALREADY_ENGLISH and template_for(m.text.replace(VALUE, "X9")) is None
    ]
    assert missing == [], "add these to app/i18n_messages (Dutch template, English template)"


def test_catalogue_entries_are_unique_and_english():
    dutch = [t.nl for t in CATALOGUE]
    assert len(dutch) == len(set(dutch))
    for t in CATALOGUE:
        assert t.en.strip() and "{" not in t.pattern.pattern.replace("\\{", "")
    assert len(CATALOGUE) > 200


@pytest.mark.parametrize(
    ("dutch", "english"),
    [
        ("Te veel pagina's (600, maximum 500)", "Too many pages (600, maximum 500)"),
        ("Leeg bestand (0 bytes)", "Empty file (0 bytes)"),
        (
            "Afbeelding te groot (pagina 3: 12000×9000 pixels)",
            "Image too large (page 3: 12000×9000 pixels)",
        ),
        (
            "Dubbel bestand: dezelfde inhoud als 'factuur.pdf' (ontvangen 27-11-2026 10:15)",
            "Duplicate file: same content as 'factuur.pdf' (received 27-11-2026 10:15)",
        ),
        (
            "Bij deze relatie wordt altijd om controle gevraagd. Controleer en exporteer.",
            "This relation is set to always ask for a review. Review and export.",
        ),
        (
            "Het bedrag € 12.500,00 is hoger dan de grens voor automatisch boeken (€ 10.000,00). "
            "Controleer de boeking voordat je exporteert.",
            "The amount € 12.500,00 is above the automatic booking limit (€ 10.000,00). Check the "
            "booking before exporting.",
        ),
        (
            "De leverancier 'Bakkerij Jansen B.V.' is niet gevonden in de relaties. Kies de juiste "
            "relatie of maak een nieuwe aan met de gelezen gegevens.",
            "The supplier 'Bakkerij Jansen B.V.' was not found among the relations. Choose the "
            "right relation or create a new one from the data read.",
        ),
        (
            "Het veld 'totaal incl. btw' is onzeker gelezen. Controleer het op het document.",
            "The field 'total including VAT' was read with low confidence. Check it on the "
            "document.",
        ),
        (
            "Kostenplaats K12 bestaat niet in de administratie. Kies een andere of synchroniseer "
            "de stamgegevens.",
            "Cost centre K12 does not exist in the administration. Choose another or synchronise "
            "the master data.",
        ),
        ("Regel 2, 3 heeft geen grootboekrekening.", "Line 2, 3 has no GL account."),
        (
            "Leverancier L0042 bestaat niet in Exact Online.",
            "Supplier L0042 does not exist in Exact Online.",
        ),
        (
            "Vaste grootboekrekening: grootboekrekening 4999 bestaat niet in administratie BAK.",
            "Fixed GL account: GL account 4999 does not exist in administration BAK.",
        ),
        (
            "Geen toegang: de rol Aanleveraar mag geen documenten reviewen.",
            "No access: the role End User may not review documents.",
        ),
        (
            "Aanmelden bij Twinfield mislukt: De aanmelding is verlopen; meld opnieuw aan.",
            "Signing in to Twinfield failed: The sign-in has expired; please sign in again.",
        ),
    ],
)
def test_to_english_with_values(dutch, english):
    assert to_english(dutch) == english


def test_joined_sentences_are_translated_one_by_one():
    joined = (
        "Het factuurnummer is niet gelezen. Vul het factuurnummer in. | "
        "Afrondingsverschil van € 0,01 verwerkt in de btw van de grootste regel."
    )
    assert to_english(joined) == (
        "The invoice number was not read. Fill in the invoice number. | "
        "Rounding difference of € 0,01 absorbed in the largest line's VAT."
    )
    # Twinfield's own reasons joined with ours: the package's words stay as sent
    mixed = "Dagboek of periode ontbreekt.; Account 8000 is not valid"
    assert to_english(mixed) == "The journal or period is missing.; Account 8000 is not valid"


def test_unknown_text_comes_back_unchanged():
    for text in ("Graag even bellen met de klant.", "Boeking afgewezen door Exact (code 42)", ""):
        assert to_english(text) == text


def test_terms_cover_the_settings_labels():
    from app.services.permissions import RIGHT_LABELS
    from app.services.relation_labels import FIELD_LABELS

    missing = [
        v
        for v in (*FIELD_LABELS.values(), *RIGHT_LABELS.values())
        if v not in TERMS
        and v[:1].lower() + v[1:] not in TERMS  # "Kostenplaats" via "kostenplaats"
    ]
    assert missing == []


# -- in the window ----------------------------------------------------------------------------


def test_user_error_box_is_english(monkeypatch):
    from app.ui.crash import handle_error

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text))
    )
    set_language("en")
    handle_error(ReadError("Te veel pagina's (600, maximum 500)"))
    handle_error(InvalidInput("Regel 4 bestaat niet (nieuwe regel: line.5.…)."))
    handle_error(PermissionDenied("Iets dat de catalogus niet kent."))
    assert [text for _title, text in shown] == [
        "Too many pages (600, maximum 500)",
        "Line 4 does not exist (new line: line.5.…).",
        "Iets dat de catalogus niet kent.",
    ]
    assert shown[0][0] != "Niet gelukt"
    set_language("nl")
    handle_error(ReadError("Leeg bestand (0 bytes)"))
    assert shown[-1][1] == "Leeg bestand (0 bytes)"


def _comment(cid: int, text: str, code: str | None, by: str | None) -> CommentDTO:
    return CommentDTO(
        cid, code, None, text, "open", by, datetime(2026, 11, 27, tzinfo=UTC), None, None
    )


def test_ddp_system_comment_is_english_and_a_persons_stays(qtbot):
    from app.ui.ddp.comments import CommentsPanel

    set_language("en")
    panel = CommentsPanel(documents=None)
    qtbot.addWidget(panel)
    system = "Bij deze relatie wordt altijd om controle gevraagd. Controleer en exporteer."
    typed = "Het factuurnummer is niet gelezen. Vul het factuurnummer in."  # a person quoting it
    panel.set_detail(
        SimpleNamespace(
            id=1,
            comments=(_comment(1, system, "always_ask", None), _comment(2, typed, None, "Anna")),
        )
    )
    first, second = panel.tree.topLevelItem(0), panel.tree.topLevelItem(1)
    assert "This relation is set to always ask for a review." in first.text(0).replace("\n", " ")
    assert first.toolTip(0) == "This relation is set to always ask for a review. Review and export."
    assert second.toolTip(0) == typed  # what a person typed is shown as typed


def test_hub_error_columns_are_english():
    from app.ui.hub.export_models import ExportErrorModel
    from app.ui.hub.models import ReceivedFilesModel

    set_language("en")
    received = ReceivedFilesModel(hub=None, admin_id=1)
    row = ReceivedFileRow(
        1, "leeg.pdf", "upload", None, datetime(2026, 11, 27, tzinfo=UTC), "error",
        "Leeg bestand (0 bytes)", 0, None, None,
    )  # fmt: skip
    assert received.display(row, received.COL_ERROR) == "Empty file (0 bytes)"
    assert received.tooltip(row, received.COL_ERROR) == "Empty file (0 bytes)"
    errors = ExportErrorModel()
    refused = SimpleNamespace(
        message="Geen relatie gekozen; kies of maak de relatie en her-exporteer."
    )
    assert errors.tooltip(refused, 0) == (
        "No relation chosen; choose or create the relation and export again."
    )


def test_connector_errors_are_user_facing_and_english():
    set_language("en")
    from app.ui.service_text import error_text

    assert error_text(NeedsSignIn("De aanmelding is verlopen; meld opnieuw aan.")) == (
        "The sign-in has expired; please sign in again."
    )
    refused = ExportRefused("Twinfield heeft de boeking geweigerd.", "document", "refused")
    assert error_text(refused) == "Twinfield refused the booking."
