"""Tests for the synthetic invoice generator: every layout renders, truth adds up and is printed."""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from app.pipeline.invoice import InvoiceData, invoice_to_json
from app.samples.formats import format_amount
from app.samples.generator import LAYOUTS, generate_invoice, generate_sales_invoice
from app.samples.identifiers import format_iban
from app.samples.layouts import HOLDOUT_LAYOUTS
from app.samples.office import all_suppliers, demo_administrations


def _text(pdf: bytes) -> str:
    with pymupdf.open("pdf", pdf) as doc:
        return "\n".join(page.get_text() for page in doc)


def _pages(pdf: bytes) -> int:
    with pymupdf.open("pdf", pdf) as doc:
        return doc.page_count


def _check_sums(truth: dict) -> None:
    lines = [Decimal(ln["amount"]) for ln in truth["lines"]]
    excl, vat, incl = (Decimal(truth[k]) for k in ("total_excl_vat", "total_vat", "total_incl_vat"))
    assert sum(lines) == excl
    assert excl + vat == incl
    assert sum(Decimal(v["base"]) for v in truth["vat_breakdown"]) == excl
    assert sum(Decimal(v["amount"]) for v in truth["vat_breakdown"]) == vat
    for v in truth["vat_breakdown"]:
        expected = (Decimal(v["base"]) * Decimal(v["rate"]) / 100).quantize(Decimal("0.01"))
        assert abs(Decimal(v["amount"]) - expected) <= Decimal("0.01")
        rate_lines = [Decimal(ln["amount"]) for ln in truth["lines"] if ln["vat_rate"] == v["rate"]]
        assert sum(rate_lines) == Decimal(v["base"])


def test_truth_has_the_extract_json_shape():
    expected = set(invoice_to_json(InvoiceData())) - {"fields"}
    truth = generate_invoice(1).truth
    assert set(truth) == expected
    assert set(truth["supplier"]) == {"name", "kvk", "vat_number", "iban"}
    assert set(truth["customer"]) == {"name", "kvk", "vat_number"}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_renders_its_truth(layout):
    inv = generate_invoice(7, layout=layout)
    assert inv.layout == layout
    truth = inv.truth
    _check_sums(truth)
    text = _text(inv.pdf)
    assert truth["pages"] == _pages(inv.pdf)
    assert truth["invoice_number"] in text
    total = format_amount(Decimal(truth["total_incl_vat"]), inv.meta["amount_style"])
    assert total in text
    assert truth["supplier"]["vat_number"] in text
    iban = truth["supplier"]["iban"]
    assert iban in text or format_iban(iban) in text
    assert truth["supplier"]["name"] in text and truth["customer"]["name"] in text


def test_holdout_layouts_render():
    for layout in HOLDOUT_LAYOUTS:
        inv = generate_invoice(3, layout=layout)
        _check_sums(inv.truth)
        assert inv.truth["invoice_number"] in _text(inv.pdf)


def test_generation_is_deterministic_and_seeds_differ():
    assert generate_invoice(11).truth == generate_invoice(11).truth
    numbers = {generate_invoice(s).truth["invoice_number"] for s in range(8)}
    assert len(numbers) > 5


def test_many_seeds_add_up():
    for seed in range(40):
        _check_sums(generate_invoice(seed, layout="classic").truth)


def test_credit_note_is_negative_and_titled():
    inv = generate_invoice(5, kind="credit_note", layout="classic")
    assert inv.truth["document_type"] == "credit_note"
    assert Decimal(inv.truth["total_incl_vat"]) < 0
    assert "Creditnota" in _text(inv.pdf) or "Credit note" in _text(inv.pdf)


def test_credit_notes_print_negative_or_positive_amounts_but_truth_is_negative():
    seen = set()
    for seed in range(12):
        inv = generate_invoice(seed, kind="credit_note", layout="modern", lang="nl")
        total = Decimal(inv.truth["total_incl_vat"])
        assert total < 0
        positive = inv.meta["positive_amounts"]
        printed = format_amount(abs(total) if positive else total, inv.meta["amount_style"])
        text = _text(inv.pdf)
        assert printed in text
        assert (f"-{format_amount(abs(total), 'nl')}" in text) is not positive
        seen.add(positive)
    assert seen == {True, False}


def test_multipage_has_page_numbers_and_totals_on_last_page():
    inv = generate_invoice(2, layout="multipage", lang="nl")
    assert inv.truth["pages"] >= 2
    with pymupdf.open("pdf", inv.pdf) as doc:
        first, last = doc[0].get_text(), doc[-1].get_text()
    n = inv.truth["pages"]
    assert f"Pagina 1 van {n}" in first
    total = format_amount(Decimal(inv.truth["total_incl_vat"]), inv.meta["amount_style"])
    assert total in last and total not in first


def test_reverse_charge_and_foreign_supplier():
    cloudwerk = next(
        s for s in all_suppliers() if s.default_vat == "reverse_charge" and s.country == "DE"
    )
    inv = generate_invoice(4, supplier=cloudwerk, layout="classic")
    text = _text(inv.pdf)
    assert "Invoice no." in text and "reverse charge" in text
    assert inv.truth["total_vat"] == "0.00"
    assert inv.truth["customer"]["vat_number"] in text
    tegelaar = next(s for s in all_suppliers() if s.g_iban and s.default_vat == "reverse_charge")
    nl = generate_invoice(4, supplier=tegelaar, layout="formal")
    text = _text(nl.pdf)
    assert "verlegd" in text.lower() and "G-rekening" in text


def test_sales_invoice_is_issued_by_the_administration():
    admin = demo_administrations()[1]
    inv = generate_sales_invoice(3, administration=admin, layout="modern")
    assert inv.truth["supplier"]["vat_number"] == admin.company.vat_number
    assert inv.truth["customer"]["name"] in {c.name for c in admin.customers}
    _check_sums(inv.truth)


def test_unknown_layout_and_kind_rejected():
    with pytest.raises(KeyError):
        generate_invoice(1, layout="nope")
    with pytest.raises(ValueError):
        generate_invoice(1, kind="receipt")
