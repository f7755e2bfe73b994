"""Invoice lines beyond one row each: wrapped descriptions and discount lines.

A description that wraps onto a second or third line under the description column is one line
with the joined description; a discount ("Korting 10%", "Discount", "Kortingsregel") is a line
with a negative amount, also when printed under the table as an invoice-level discount, so the
lines add up to the net total and the totals are not confused by the discount amount.
"""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from app.pipeline.invoice import invoice_to_json
from app.pipeline.visual import read_pdf
from app.samples.generator import LAYOUTS, generate_invoice

_TOTALS = ("total_excl_vat", "total_vat", "total_incl_vat", "vat_breakdown", "lines")


def _read(pdf: bytes):
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return read_pdf(doc)


def _with(seed: int, layout: str, **kw):
    """The first invoice from ``seed`` on that really has what ``kw`` asks for."""
    for s in range(seed, seed + 60):
        g = generate_invoice(s, layout=layout, **kw)
        lines = g.content.lines
        if kw.get("long_descriptions") and not any(len(ln.description) > 80 for ln in lines):
            continue
        if kw.get("discount") and not any(ln.amount < 0 for ln in lines):
            continue
        return g
    raise AssertionError("no such invoice")


def _check(g) -> None:
    got = invoice_to_json(_read(g.pdf))
    assert {k: got[k] for k in _TOTALS} == {k: g.truth[k] for k in _TOTALS}
    assert got["invoice_number"] == g.truth["invoice_number"]
    assert got["fields"]["lines"]["confidence"] >= 0.9  # the lines add up to the net


@pytest.mark.parametrize("layout", LAYOUTS)
def test_wrapped_descriptions_are_one_line(layout):
    g = _with(300 + 7 * LAYOUTS.index(layout), layout, long_descriptions=True)
    assert any(len(ln.description) > 80 for ln in g.content.lines)
    _check(g)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("where", ["line", "invoice"])
def test_discount_is_a_negative_line(layout, where):
    g = _with(500 + 11 * LAYOUTS.index(layout), layout, discount=where)
    _check(g)
    discount = [ln for ln in g.content.lines if ln.amount < 0]
    assert len(discount) == 1 and discount[0].below == (where == "invoice")


def test_discount_with_wrapped_descriptions_on_many_pages():
    g = _with(700, "multipage", discount="invoice", long_descriptions=True)
    _check(g)


def test_discount_lines_keep_the_printed_net_total():
    """The discount is a line; the net total stays the printed one, not the sum before it."""
    g = _with(800, "classic", discount="invoice")
    inv = _read(g.pdf)
    gross = sum((ln.amount for ln in g.content.lines if ln.amount > 0), Decimal(0))
    assert inv.total_excl_vat == g.content.total_excl < gross
    assert inv.lines[-1].amount < 0 and inv.lines[-1].quantity is None
    assert sum(ln.amount for ln in inv.lines) == inv.total_excl_vat


def test_discount_that_lost_its_minus_sign_is_restored():
    from app.pipeline.invoice import InvoiceLine
    from app.pipeline.line_checks import repair_lines

    lines = [
        InvoiceLine("Leasetermijn", Decimal(1), Decimal("689.00"), Decimal("689.00")),
        InvoiceLine("Kortingsregel", None, None, Decimal("68.90")),  # OCR: "-68,90" lost its "-"
    ]
    repair_lines(lines, Decimal("620.10"))
    assert [ln.amount for ln in lines] == [Decimal("689.00"), Decimal("-68.90")]
    other = [InvoiceLine("Transport", None, None, Decimal("68.90"))]  # no discount: untouched
    repair_lines(other, Decimal("-68.90"))
    assert other[0].amount == Decimal("68.90")
