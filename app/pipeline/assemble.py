"""Put the pieces of a visual read together into one :class:`InvoiceData`.

Given the page words (from the text layer or OCR), this builds the layouts, runs the field readers
(header fields, parties, invoice lines, totals), reconciles them (credit notes carry negative
amounts, reverse charge carries zero VAT, the lines must add up to the net total) and finally maps
the boxes of OCR pages and of pages that were read turned upright back onto the original page, so
that every :class:`FieldInfo` and :class:`Word` box is in the page's own space (for PDFs its
unrotated space, see :mod:`app.pipeline.visual`). The VAT rates used in the arithmetic are those
of the supplier's country (:mod:`app.pipeline.vat_rates`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from app.pipeline.amounts import collect
from app.pipeline.fields import currency, document_type, read_header
from app.pipeline.invoice import FieldInfo, InvoiceData, PageText
from app.pipeline.line_checks import bases_from_lines, infer_line_rates, repair_lines
from app.pipeline.lines import lines_sum, read_lines
from app.pipeline.parties import read_parties
from app.pipeline.totals import (
    CENT,
    arithmetic_fallback,
    choose,
    zero_vat_text,
)
from app.pipeline.vat_rates import rates_for
from app.pipeline.words import Layout

Box = tuple[float, float, float, float]
_REVERSE = re.compile(
    r"(?i)(btw\s+verlegd|verlegde\s+btw|verlegd\b|reverse[\s\-]charge|vat\s+reverse\s+charged|"
    r"omzetbelasting\s+verlegd|tax\s+shifted|steuerschuldnerschaft)"
)
_ICP = re.compile(r"(?i)(\bicp\b|intracommunautaire?\s+levering|intra-?community\s+supply)")


def assemble(
    pages: list[PageText], source: str, mappers: dict[int, Callable[[Box], Box]] | None = None
) -> InvoiceData:
    inv = InvoiceData(source=source, pages=len(pages), page_texts=pages)
    layouts = [Layout.of(p) for p in pages]
    if not any(p.words for p in pages):
        inv.document_type = "other"
        return inv
    fields = inv.fields
    head = read_header(layouts, fields)
    inv.invoice_number = head.get("invoice_number")
    inv.invoice_date = head.get("invoice_date")
    inv.due_date = head.get("due_date")
    inv.payment_reference = head.get("payment_reference")
    inv.supplier, inv.customer, pinfo = read_parties(layouts)
    fields.update(pinfo)
    inv.currency, cconf = currency(layouts)
    fields["currency"] = FieldInfo(cconf)
    dtype, dconf, dbox = document_type(layouts)

    text = inv.full_text()
    reverse = bool(_REVERSE.search(text))
    icp = bool(_ICP.search(text))
    inv.lines, used = read_lines(layouts)
    rates = rates_for(inv.supplier.vat_number if inv.supplier else None)
    tot = choose(
        collect(layouts, used),
        zero_vat=reverse or icp,
        lines_sum=lines_sum(inv.lines),
        rates=rates,
    )
    if tot.total is None or (tot.net is None and tot.vat is None):
        fb = arithmetic_fallback(layouts, rates)
        if fb.total is not None:
            tot = fb
    inv.total_excl_vat, inv.total_vat, inv.total_incl_vat = tot.net, tot.vat, tot.total
    inv.vat_breakdown = tot.breakdown
    for key, conf in tot.confidence.items():
        src = tot.sources.get(key)
        fields[key] = FieldInfo(conf, src.page if src else None, src.bbox if src else None)
    if zero_vat_text(text) and inv.total_vat == 0:
        inv.reverse_charge = reverse or icp
        for v in inv.vat_breakdown:
            v.category = "K" if icp and not reverse else "AE"

    negative = inv.total_incl_vat is not None and inv.total_incl_vat < 0
    if negative and dtype == "invoice" and source == "ocr" and dconf >= 0.9:
        _make_positive(inv)  # a stray dash read by OCR on a document titled "Factuur"
    elif dtype == "credit_note" or (negative and dtype == "invoice"):
        dtype = "credit_note"
        _make_negative(inv)
    inv.document_type = dtype
    fields["document_type"] = FieldInfo(dconf, 1 if dbox else None, dbox)
    repair_lines(inv.lines, inv.total_excl_vat)
    infer_line_rates(inv)
    bases_from_lines(inv)
    _check_lines(inv)
    if mappers:
        _map_boxes(inv, mappers)
    return inv


def _neg(v: Decimal | None) -> Decimal | None:
    return -abs(v) if v is not None else None


def _make_negative(inv: InvoiceData) -> None:
    """A credit note carries negative amounts, whatever signs were printed."""
    inv.total_excl_vat = _neg(inv.total_excl_vat)
    inv.total_vat = _neg(inv.total_vat) if inv.total_vat else inv.total_vat
    inv.total_incl_vat = _neg(inv.total_incl_vat)
    for v in inv.vat_breakdown:
        v.base, v.amount = abs(v.base).copy_negate(), abs(v.amount).copy_negate()
    for ln in inv.lines:  # credited lines: negative quantity and amount, positive price
        if ln.amount is not None and ln.amount > 0:
            ln.amount = -ln.amount
            if ln.quantity is not None and ln.quantity > 0:
                ln.quantity = -ln.quantity
        if ln.unit_price is not None and ln.unit_price < 0 and ln.quantity is not None:
            ln.unit_price, ln.quantity = -ln.unit_price, -ln.quantity


def _make_positive(inv: InvoiceData) -> None:
    for name in ("total_excl_vat", "total_vat", "total_incl_vat"):
        v = getattr(inv, name)
        if v is not None:
            setattr(inv, name, abs(v))
    for v in inv.vat_breakdown:
        v.base, v.amount = abs(v.base), abs(v.amount)


def _check_lines(inv: InvoiceData) -> None:
    """Keep the lines only when they add up to the net total (else they are not trustworthy)."""
    s = lines_sum(inv.lines)
    if s is None or inv.total_excl_vat is None:
        return
    conf = 0.4 if abs(s - inv.total_excl_vat) > CENT else 0.95
    inv.fields["lines"] = FieldInfo(conf)


def _map_boxes(inv: InvoiceData, mappers: dict[int, Callable[[Box], Box]]) -> None:
    for page in inv.page_texts:
        fn = mappers.get(page.number)
        if fn is None:
            continue
        for w in page.words:
            w.bbox = fn(w.bbox)
    for fi in inv.fields.values():
        if fi.page in mappers and fi.bbox is not None:
            fi.bbox = mappers[fi.page](fi.bbox)
