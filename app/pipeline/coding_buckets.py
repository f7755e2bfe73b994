"""The net and VAT amount per VAT rate of a document: what every booking proposal must add up to.

The invoice's own VAT summary is the authority; without one the invoice lines (grouped by rate)
or the totals (with the Dutch rate nearest to VAT ÷ net: 21%, 9% or before 2019 6%, 0%) stand in.
Each :class:`RateBucket` carries the rate, its kind (normal, zero, exempt, reverse charge, ICP,
export), the signed net and VAT amount, and later the booking lines coded against it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.pipeline.coding_support import ZERO, q2, vat_kind
from app.pipeline.invoice import InvoiceData
from app.pipeline.processing_types import ProposedLine, rate_key

LOW_RATE_CHANGE = date(2019, 1, 1)


@dataclass
class RateBucket:
    """The document's net and VAT for one VAT rate and kind, and the lines booked against it."""

    rate: Decimal
    kind: str
    base: Decimal
    vat: Decimal
    lines: list[ProposedLine] = field(default_factory=list)
    doc_line_sum: Decimal | None = None  # sum of the invoice's own lines at this rate, if any

    def line_sum(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), ZERO)


def infer_rate(net: Decimal, vat: Decimal, on_date: date | None) -> Decimal:
    """The Dutch rate closest to vat/net: 21, 9 (6 before 2019) or 0."""
    if net == 0 or vat == 0:
        return ZERO
    low = Decimal("6") if on_date and on_date < LOW_RATE_CHANGE else Decimal("9")
    actual = abs(vat / net * 100)
    return min((Decimal("21"), low, ZERO), key=lambda r: abs(r - actual))


def document_buckets(inv: InvoiceData, sign: int) -> list[RateBucket]:
    """Net and VAT per rate from the VAT summary, else the lines, else the totals (signed)."""
    buckets: dict[tuple[str, str], RateBucket] = {}

    def add(rate: Decimal, kind: str, base: Decimal, vat: Decimal) -> RateBucket:
        key = (rate_key(rate), kind)
        if key not in buckets:
            buckets[key] = RateBucket(Decimal(rate_key(rate)), kind, ZERO, ZERO)
        buckets[key].base += sign * base
        buckets[key].vat += sign * vat
        return buckets[key]

    if inv.vat_breakdown:
        for v in inv.vat_breakdown:
            add(v.rate, vat_kind(v.category, v.rate, inv.reverse_charge), v.base, v.amount)
        return list(buckets.values())
    priced = [ln for ln in inv.lines if ln.amount is not None]
    if priced and all(ln.vat_rate is not None for ln in priced):
        rates = {rate_key(ln.vat_rate) for ln in priced}
        for key in sorted(rates, key=Decimal, reverse=True):
            rate = Decimal(key)
            base = sum((ln.amount or ZERO for ln in priced if rate_key(ln.vat_rate) == key), ZERO)
            if len(rates) == 1:
                base = inv.total_excl_vat if inv.total_excl_vat is not None else base
                vat = inv.total_vat if inv.total_vat is not None else q2(base * rate / 100)
            else:
                vat = q2(base * rate / 100)
            add(rate, vat_kind(None, rate, inv.reverse_charge), base, vat)
        return list(buckets.values())
    net, tax, incl = inv.total_excl_vat, inv.total_vat, inv.total_incl_vat
    if net is None and incl is not None and tax is not None:
        net = incl - tax
    if tax is None and net is not None and incl is not None:
        tax = incl - net
    if net is None and incl is not None:
        net, tax = incl, ZERO  # nothing else known: book the total, VAT to be checked
    if net is None:
        return []
    tax = tax or ZERO
    rate = infer_rate(net, tax, inv.invoice_date)
    add(rate, vat_kind(None, rate, inv.reverse_charge), net, tax)
    return list(buckets.values())
