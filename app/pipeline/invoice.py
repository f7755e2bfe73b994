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
    country: str | None = None  # ISO 3166 alpha-2 when the document states it (e-invoices)


@dataclass
class VatLine:
    rate: Decimal  # percentage, e.g. Decimal("21")
    base: Decimal
    amount: Decimal
    category: str | None = (
        None  # "S" standard, "Z" zero, "E" exempt, "AE" reverse charge, "K" ICP, "G" export
    )


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


def _dec(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _day(value: Any) -> date | None:
    return None if not value else date.fromisoformat(str(value)[:10])


def page_texts_to_json(pages: list[PageText]) -> list[dict[str, Any]]:
    """Compact form of the words of every page, for storing with a document."""
    return [
        {
            "n": p.number,
            "w": round(p.width, 1),
            "h": round(p.height, 1),
            "src": p.source,
            "words": [[w.text, *[round(c, 1) for c in w.bbox], w.block, w.line] for w in p.words],
        }
        for p in pages
    ]


def page_texts_from_json(data: list[dict[str, Any]] | None) -> list[PageText]:
    out = []
    for p in data or []:
        words = [
            Word(w[0], (w[1], w[2], w[3], w[4]), *(w[5:7] if len(w) >= 7 else (0, 0)))
            for w in p.get("words", [])
        ]
        out.append(PageText(p["n"], p["w"], p["h"], words, p.get("src", "text")))
    return out


def invoice_from_json(
    data: dict[str, Any], page_texts: list[PageText] | None = None
) -> InvoiceData:
    """Rebuild an :class:`InvoiceData` from :func:`invoice_to_json` output (inverse mapping)."""
    sup = data.get("supplier") or {}
    cus = data.get("customer") or {}
    inv = InvoiceData(
        source=data.get("source"),
        pages=data.get("pages"),
        document_type=data.get("document_type"),
        supplier=Party(sup.get("name"), sup.get("kvk"), sup.get("vat_number"), sup.get("iban")),
        customer=Party(cus.get("name"), cus.get("kvk"), cus.get("vat_number")),
        invoice_number=data.get("invoice_number"),
        invoice_date=_day(data.get("invoice_date")),
        due_date=_day(data.get("due_date")),
        currency=data.get("currency"),
        total_excl_vat=_dec(data.get("total_excl_vat")),
        total_vat=_dec(data.get("total_vat")),
        total_incl_vat=_dec(data.get("total_incl_vat")),
        vat_breakdown=[
            VatLine(
                _dec(v["rate"]) or Decimal(0),
                _dec(v["base"]) or Decimal(0),
                _dec(v["amount"]) or Decimal(0),
            )
            for v in data.get("vat_breakdown") or []
        ],
        lines=[
            InvoiceLine(
                ln.get("description"),
                _dec(ln.get("quantity")),
                _dec(ln.get("unit_price")),
                _dec(ln.get("amount")),
                _dec(ln.get("vat_rate")),
            )
            for ln in data.get("lines") or []
        ],
        payment_reference=data.get("payment_reference"),
        reverse_charge=bool(data.get("reverse_charge")),
        fields={
            k: FieldInfo(
                v.get("confidence") or 0.0,
                v.get("page"),
                tuple(v["bbox"]) if v.get("bbox") else None,
            )
            for k, v in (data.get("fields") or {}).items()
        },
        page_texts=page_texts or [],
    )
    return inv
