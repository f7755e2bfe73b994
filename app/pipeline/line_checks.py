"""Reconcile the invoice lines with each other and with the totals.

Every line must satisfy quantity × unit price = amount, and the amounts must add up to the net
total. OCR sometimes misreads one of the three numbers of a line (``21,50`` as ``21750``, a minus
sign as a dash) or loses the minus sign of a discount line ("Korting 10%"); the arithmetic tells
which one and restores it. Lines without a printed VAT rate
get the rate that makes the per-rate bases add up, and per-rate bases that were not printed are
taken from the lines when they agree with the VAT amounts.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import product

from app.pipeline.invoice import InvoiceData, InvoiceLine, VatLine
from app.pipeline.lines import lines_sum
from app.pipeline.totals import CENT, rate_ok

_Q4 = Decimal("0.0001")
_DISCOUNT = re.compile(
    r"(?i)\b(korting|kortingsregel|actiekorting|discount|rebate|rabatt|remise|réduction)"
)


def _consistent(ln: InvoiceLine) -> bool:
    if ln.quantity is None or ln.unit_price is None or ln.amount is None:
        return False
    return abs((ln.quantity * ln.unit_price).quantize(CENT) - ln.amount) <= CENT


def repair_lines(lines: list[InvoiceLine], net: Decimal | None) -> None:
    """Restore the one misread number of a line from the other two (in place)."""
    if not lines:
        return
    total = lines_sum(lines)
    sums_ok = total is not None and net is not None and abs(total - net) <= CENT
    if not sums_ok and net is not None and total is not None:
        # a discount whose minus sign was lost (OCR): turned negative, it closes the gap
        for ln in lines:
            if ln.amount is None or ln.amount <= 0 or not _DISCOUNT.search(ln.description or ""):
                continue
            if abs(total - 2 * ln.amount - net) <= CENT:
                total, sums_ok = total - 2 * ln.amount, True
                ln.amount = -ln.amount
                if ln.unit_price is not None and ln.unit_price > 0:
                    ln.unit_price = -ln.unit_price
                break
    if not sums_ok and net is not None and total is not None:
        # one amount misread: the line whose quantity × price closes the gap
        for ln in lines:
            if ln.quantity is None or ln.unit_price is None or ln.amount is None or _consistent(ln):
                continue
            fixed = (ln.quantity * ln.unit_price).quantize(CENT)
            if abs(total - ln.amount + fixed - net) <= CENT:
                ln.amount = fixed
                sums_ok = True
                break
    if not sums_ok:
        return
    for ln in lines:
        if ln.amount is None or _consistent(ln):
            continue
        if ln.quantity:
            price = (ln.amount / ln.quantity).quantize(_Q4)
            if abs((price * ln.quantity).quantize(CENT) - ln.amount) <= Decimal(0):
                ln.unit_price = price.normalize()
                continue
        if ln.unit_price:
            qty = (ln.amount / ln.unit_price).quantize(Decimal("0.01"))
            whole_or_half = (qty * 2) == (qty * 2).to_integral_value()
            if whole_or_half and abs((qty * ln.unit_price).quantize(CENT) - ln.amount) <= CENT:
                ln.quantity = qty.normalize()


def infer_line_rates(inv: InvoiceData) -> None:
    """Lines without a printed VAT rate get the rate that makes the per-rate bases add up."""
    todo = [ln for ln in inv.lines if ln.vat_rate is None and ln.amount is not None]
    if not todo or not inv.vat_breakdown:
        return
    rates = [v.rate for v in inv.vat_breakdown]
    if len(rates) == 1:
        for ln in todo:
            ln.vat_rate = rates[0]
        return
    if len(todo) > 10 or len(rates) > 3:
        return
    fixed: dict[Decimal, Decimal] = {}
    for ln in inv.lines:
        if ln.vat_rate is not None and ln.amount is not None:
            fixed[ln.vat_rate] = fixed.get(ln.vat_rate, Decimal(0)) + ln.amount
    combos = list(product(rates, repeat=len(todo)))
    # first the assignment whose bases match the printed bases, else the one whose bases give
    # the printed VAT amounts (printed bases may be rounded differently)
    for check in (_base_matches, _vat_matches):
        for combo in combos:
            sums = dict(fixed)
            for ln, r in zip(todo, combo, strict=True):
                sums[r] = sums.get(r, Decimal(0)) + (ln.amount or Decimal(0))
            if all(check(v, sums.get(v.rate, Decimal(0))) for v in inv.vat_breakdown):
                for ln, r in zip(todo, combo, strict=True):
                    ln.vat_rate = r
                return


def _base_matches(v: VatLine, base: Decimal) -> bool:
    return abs(base - v.base) <= CENT


def _vat_matches(v: VatLine, base: Decimal) -> bool:
    return base != 0 and rate_ok(v.rate, base, v.amount)


def bases_from_lines(inv: InvoiceData) -> None:
    """Per-rate bases from the lines when every line has a rate and they agree with the VAT."""
    if len(inv.vat_breakdown) < 2 or not inv.lines:
        return
    if any(ln.vat_rate is None or ln.amount is None for ln in inv.lines):
        return
    sums: dict[Decimal, Decimal] = {}
    for ln in inv.lines:
        if ln.vat_rate is not None and ln.amount is not None:
            sums[ln.vat_rate] = sums.get(ln.vat_rate, Decimal(0)) + ln.amount
    if set(sums) != {v.rate for v in inv.vat_breakdown}:
        return
    if not all(rate_ok(v.rate, sums[v.rate], v.amount) for v in inv.vat_breakdown):
        return
    for v in inv.vat_breakdown:
        v.base = sums[v.rate]
