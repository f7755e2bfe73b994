"""Splitting a multi-invoice PDF into page ranges from the text of each page."""

from __future__ import annotations

from app.pipeline.invoice import PageText, Word
from app.pipeline.processing_types import AdminIdentity
from app.pipeline.splitting import PageRange, split_pages

OWN = AdminIdentity("Bakkerij Zon", "12345678", "NL100000009B01", ("NL91ABNA0417164300",))


def ranges(pages, admin=None):
    return [(r.first, r.last) for r in split_pages(pages, admin)]


def test_page_markers_decide():
    pages = [
        "Factuur 1 Pagina 1 van 2",
        "vervolg Pagina 2 van 2",
        "Invoice Page 1 of 3",
        "Page 2 of 3",
        "Page 3 of 3 Amount due 10.00",
        "Factuur blad 1/1",
    ]
    result = split_pages(pages)
    assert [(r.first, r.last) for r in result] == [(1, 2), (3, 5), (6, 6)]
    assert result[1].reason == "page marker 1 of n"


def test_a_continuation_marker_overrides_a_changed_invoice_number():
    pages = ["Factuurnummer: F-100 Pagina 1 van 2", "Factuurnummer: F-101 Pagina 2 van 2"]
    assert ranges(pages) == [(1, 2)]


def test_invoice_number_changes():
    pages = [
        "Factuurnummer: 2026-001 Stenen 100,00",
        "Factuurnummer: 2026-001 vervolg",
        "Factuurnummer: 2026-002 Zand 50,00",
    ]
    result = split_pages(pages)
    assert [(r.first, r.last) for r in result] == [(1, 2), (3, 3)]
    assert result[1].reason == "invoice number changes"


def test_supplier_identity_changes_but_own_identifiers_do_not_count():
    pages = [
        "Leverancier A btw NL100000010B01 aan Bakkerij Zon btw NL100000009B01",
        "Leverancier A btw NL100000010B01 bijlage voor Bakkerij Zon btw NL100000009B01",
        "Leverancier B btw NL100000022B01 aan Bakkerij Zon btw NL100000009B01",
    ]
    assert ranges(pages, OWN) == [(1, 2), (3, 3)]
    # without knowing the administration, the shared own VAT id links all pages
    assert ranges(pages) == [(1, 3)]


def test_totals_block_ends_a_document_when_the_next_page_starts_an_invoice():
    pages = [
        "FACTUUR Stenen 100,00 Totaal te betalen 121,00",
        "FACTUUR Zand 50,00 Te betalen 60,50",
        "Algemene voorwaarden: betaling van elke factuur binnen 30 dagen " + "tekst " * 40,
    ]
    assert ranges(pages) == [(1, 1), (2, 3)]


def test_no_signal_keeps_one_document_and_page_text_objects_work():
    def pt(n, text):
        return PageText(
            n, 595, 842, [Word(t, (10 * i, 10, 10 * i + 8, 20)) for i, t in enumerate(text.split())]
        )

    assert split_pages([pt(1, "Brief zonder kenmerken"), pt(2, "nog meer tekst")]) == [
        PageRange(1, 2, "first page")
    ]
    assert ranges([pt(1, "Pagina 1 van 1"), pt(2, "Pagina 1 van 1")]) == [(1, 1), (2, 2)]
    assert split_pages([]) == []
