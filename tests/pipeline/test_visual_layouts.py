"""The visual reader on generated text PDFs: every layout, invoices and credit notes, field by field.

The generator (app.samples.generator) gives the exact expected ``extract --json`` dict. Seeds stay
below 100000: those are the benchmark's.
"""

from __future__ import annotations

import pymupdf
import pytest

from app.pipeline.invoice import invoice_to_json
from app.pipeline.visual import read_pdf
from app.samples.generator import LAYOUTS, generate_invoice, generate_sales_invoice


def _flat(d: dict) -> dict:
    out = {}
    for k, v in d.items():
        if k == "fields":
            continue
        if isinstance(v, dict):
            out.update({f"{k}.{k2}": v2 for k2, v2 in v.items()})
        else:
            out[k] = v
    return out


def _read(pdf: bytes):
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return read_pdf(doc)


def _mismatches(g) -> dict:
    got, exp = _flat(invoice_to_json(_read(g.pdf))), _flat(g.truth)
    return {k: (exp[k], got.get(k)) for k in exp if got.get(k) != exp[k]}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("kind", ["invoice", "credit_note"])
def test_every_field_of_every_layout(layout, kind):
    seed = 7 + 1000 * LAYOUTS.index(layout)
    g = generate_invoice(seed, layout=layout, kind=kind)
    assert _mismatches(g) == {}


@pytest.mark.parametrize("seed", [3, 17, 58])
def test_sales_invoices(seed):
    g = generate_sales_invoice(seed, layout=LAYOUTS[seed % len(LAYOUTS)])
    assert _mismatches(g) == {}


def test_fields_have_confidence_page_and_box():
    g = generate_invoice(11, layout="classic")
    inv = _read(g.pdf)
    for name in (
        "invoice_number",
        "invoice_date",
        "total_incl_vat",
        "supplier.name",
        "customer.name",
    ):
        info = inv.fields[name]
        assert 0.5 <= info.confidence <= 1.0, name
        assert info.page == 1, name
        x0, y0, x1, y1 = info.bbox
        assert 0 <= x0 < x1 <= 595 and 0 <= y0 < y1 <= 842, name
    # the box of the invoice number holds the printed number
    box = pymupdf.Rect(inv.fields["invoice_number"].bbox)
    words = [w.text for w in inv.page_texts[0].words if pymupdf.Rect(w.bbox).intersects(box)]
    assert g.truth["invoice_number"] in " ".join(words)


def test_page_texts_carry_words_with_boxes():
    g = generate_invoice(12, layout="modern")
    inv = _read(g.pdf)
    assert inv.source == "text" and inv.pages == len(inv.page_texts) == 1
    words = inv.page_texts[0].words
    assert len(words) > 50 and all(w.bbox[0] < w.bbox[2] for w in words)
    assert g.truth["invoice_number"] in inv.full_text()


def test_multipage_totals_on_last_page():
    g = generate_invoice(5, layout="multipage")
    inv = _read(g.pdf)
    assert inv.pages == g.truth["pages"] > 1
    assert _mismatches(g) == {}
    assert inv.fields["total_incl_vat"].page == inv.pages
    assert len(inv.lines) == len(g.truth["lines"]) > 14
