"""The plain data an invoice is read into, shared by every reader and every consumer.

Every reader (text PDF, OCR, UBL, CII) fills an :class:`InvoiceData`; the processing services,
the CLI (``extract --json``) and the document detail page consume it. Amounts are ``Decimal``;
dates are ``datetime.date``; positions are PDF points with the origin at the top left of the page
(PyMuPDF's convention), pages counted from 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

SOURCES = ("text", "ocr", "ubl", "cii")
DOCUMENT_TYPES = ("invoice", "credit_note", "other")


@dataclass
class FieldInfo:
    """Where a field was read and how sure the reader is (0..1)."""

    confidence: float
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None


@dataclass
class Party:
    """Supplier or customer as printed on the document."""

    name: str | None = None
    kvk: str | None = None
    vat_number: str | None = None
    iban: str | None = None  # only reported for the supplier in JSON
    address: str | None = None  # free text, used as a matching hint
    email: str | None = None


@dataclass
class VatLine:
    rate: Decimal  # percentage, e.g. Decimal("21")
    base: Decimal
    amount: Decimal
    category: str | None = None  # "S" standard, "Z" zero, "E" exempt, "AE" reverse charge, "K" ICP, "G" export


@dataclass
class InvoiceLine:
    description: str | None = None
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    amount: Decimal | None = None  # line total excluding VAT
    vat_rate: Decimal | None = None
    article_code: str | None = None


@dataclass
class Word:
    """One word of a page with its box, for highlighting, click-to-fill and learning."""

    text: str
    bbox: tuple[float, float, float, float]
    block: int = 0
    line: int = 0


@dataclass
class PageText:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    source: str = "text"  # "text" or "ocr"


@dataclass
class InvoiceData:
    source: str | None = None
    pages: int | None = None
    document_type: str | None = None
    supplier: Party = field(default_factory=Party)
    customer: Party = field(default_factory=Party)
    invoice_number: str | None = None
    invoice_date: date | None = None
    due_date: date | None = None
    currency: str | None = None
    total_excl_vat: Decimal | None = None
    total_vat: Decimal | None = None
    total_incl_vat: Decimal | None = None
    vat_breakdown: list[VatLine] = field(default_factory=list)
    lines: list[InvoiceLine] = field(default_factory=list)
    payment_reference: str | None = None
    reverse_charge: bool = False
    fields: dict[str, FieldInfo] = field(default_factory=dict)
    page_texts: list[PageText] = field(default_factory=list)  # not part of the JSON output

    def full_text(self) -> str:
        return "\n".join(" ".join(w.text for w in p.words) for p in self.page_texts)


def money(value: Decimal | None) -> str | None:
    """Decimal string with exactly two decimals, or None."""
    if value is None:
        return None
    return str(Decimal(value).quantize(Decimal("0.01")))


def _rate(value: Decimal | None) -> str | None:
    if value is None:
        return None
    v = Decimal(value).normalize()
    return format(v, "f")


def invoice_to_json(inv: InvoiceData) -> dict[str, Any]:
    """The ``extract --json`` keys that come from the invoice itself (all but file/status/error/seconds)."""
    return {
        "source": inv.source,
        "pages": inv.pages,
        "document_type": inv.document_type,
        "supplier": {
            "name": inv.supplier.name,
            "kvk": inv.supplier.kvk,
            "vat_number": inv.supplier.vat_number,
            "iban": inv.supplier.iban,
        },
        "customer": {
            "name": inv.customer.name,
            "kvk": inv.customer.kvk,
            "vat_number": inv.customer.vat_number,
        },
        "invoice_number": inv.invoice_number,
        "invoice_date": inv.invoice_date.isoformat() if inv.invoice_date else None,
        "due_date": inv.due_date.isoformat() if inv.due_date else None,
        "currency": inv.currency,
        "total_excl_vat": money(inv.total_excl_vat),
        "total_vat": money(inv.total_vat),
        "total_incl_vat": money(inv.total_incl_vat),
        "vat_breakdown": [
            {"rate": _rate(v.rate), "base": money(v.base), "amount": money(v.amount)}
            for v in inv.vat_breakdown
        ],
        "lines": [
            {
                "description": ln.description,
                "quantity": _rate(ln.quantity),
                "unit_price": money(ln.unit_price) if ln.unit_price is not None else None,
                "amount": money(ln.amount),
                "vat_rate": _rate(ln.vat_rate),
            }
            for ln in inv.lines
        ],
        "payment_reference": inv.payment_reference,
        "fields": {
            name: {
                "confidence": round(float(fi.confidence), 3),
                "page": fi.page,
                "bbox": [round(float(c), 1) for c in fi.bbox] if fi.bbox else None,
            }
            for name, fi in inv.fields.items()
        },
    }
