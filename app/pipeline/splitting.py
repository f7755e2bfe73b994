"""Find where one invoice ends and the next begins in a PDF that holds several.

Works on the text of each page. The signals, strongest first: a page marker ("Pagina 1 van 3",
"Page 2 of 2", "blad 1/2") — page 1 starts a document, a later page continues one; a change of
invoice number; a change of the issuer's identity (the VAT ids, KvK numbers and IBANs on the page,
leaving out the administration's own); and a totals block ("Totaal te betalen", "Amount due")
ending the previous page when the page after it looks like an invoice of its own (an invoice
number, or the word invoice/factuur with amounts — a page of terms and conditions has none). The result is a
list of 1-based inclusive page ranges with the reason each one starts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.pipeline.invoice import PageText
from app.pipeline.processing_ids import find_ibans, find_kvks, find_vat_ids, norm_iban, norm_vat
from app.pipeline.processing_types import AdminIdentity

_PAGE_MARK = re.compile(
    r"\b(?:pagina|page|blad|pag\.?|p\.)\s*(\d{1,3})\s*(?:van|of|/|uit|de)\s*(\d{1,3})\b", re.I
)
_INVOICE_NO = re.compile(
    r"\b(?:factuurnummer|factuurnr\.?|factuur\s*nr\.?|factuur\s*nummer|invoice\s*number|"
    r"invoice\s*no\.?|invoice\s*#|creditnota\s*nummer|creditnotanummer|credit\s*note\s*number)"
    r"\s*[:#.]?\s*([A-Z0-9][A-Z0-9\-/.]*\d[A-Z0-9\-/]*)",
    re.I,
)
_TOTALS = re.compile(
    r"\b(?:totaal\s+te\s+betalen|te\s+betalen|totaal\s+incl\.?\s*(?:btw)?|totaalbedrag|"
    r"te\s+voldoen|amount\s+due|total\s+due|balance\s+due|total\s+amount\s+due|grand\s+total)\b",
    re.I,
)
_AMOUNT = re.compile(r"\d[.,]\d{2}\b")  # a page of terms says "factuur" but holds no amounts
_INVOICE_WORD = re.compile(r"\b(?:factuur|invoice|creditnota|credit\s+note|rechnung)\b", re.I)


@dataclass(frozen=True)
class PageRange:
    first: int  # 1-based, inclusive
    last: int
    reason: str  # why this document starts here


@dataclass(frozen=True)
class PageSignals:
    marker: tuple[int, int] | None  # (page x, of n)
    invoice_number: str | None
    identity: frozenset[str]
    has_totals: bool
    looks_like_invoice: bool


def page_text(page: PageText | str) -> str:
    """The text of a page, line by line in reading order for a PageText."""
    if isinstance(page, str):
        return page
    words = sorted(page.words, key=lambda w: (w.block, w.line, w.bbox[1], w.bbox[0]))
    return " ".join(w.text for w in words)


def signals(text: str, admin: AdminIdentity | None = None) -> PageSignals:
    """What one page's text says about document boundaries."""
    mark = _PAGE_MARK.search(text)
    marker = (int(mark.group(1)), int(mark.group(2))) if mark else None
    if marker and not 1 <= marker[0] <= marker[1]:
        marker = None
    number = _INVOICE_NO.search(text)
    own: set[str | None] = set()
    if admin:
        own = {norm_vat(admin.vat_number), admin.kvk, *(norm_iban(i) for i in admin.ibans)}
    ids = {*find_vat_ids(text), *find_kvks(text), *find_ibans(text)} - own
    return PageSignals(
        marker=marker,
        invoice_number=number.group(1).upper().rstrip(".") if number else None,
        identity=frozenset(i for i in ids if i),
        has_totals=bool(_TOTALS.search(text)),
        looks_like_invoice=bool(number or (_INVOICE_WORD.search(text) and _AMOUNT.search(text))),
    )


def _boundary(prev: PageSignals, cur: PageSignals, last_number: str | None) -> str | None:
    """Why ``cur`` starts a new document after ``prev``, or None when it continues."""
    if cur.marker:
        if cur.marker[0] == 1:
            return "page marker 1 of n"
        return None  # "page 2 of 3": a continuation whatever else changes
    if prev.marker and prev.marker[0] < prev.marker[1]:
        return None  # the previous page says more pages follow
    if cur.invoice_number and last_number and cur.invoice_number != last_number:
        return "invoice number changes"
    if cur.identity and prev.identity and not (cur.identity & prev.identity):
        return "issuer changes"
    if (
        prev.has_totals
        and cur.looks_like_invoice
        and (cur.invoice_number is None or cur.invoice_number != last_number)
    ):
        return "totals block ended the previous page"
    if prev.marker and prev.marker[0] == prev.marker[1]:
        return "previous page was the last of its document"
    return None


def split_pages(
    pages: Sequence[PageText | str], admin: AdminIdentity | None = None
) -> list[PageRange]:
    """Page ranges of the separate documents in a multi-page file (one range when no signal)."""
    if not pages:
        return []
    sig = [signals(page_text(p), admin) for p in pages]
    ranges: list[PageRange] = []
    start, reason = 1, "first page"
    last_number = sig[0].invoice_number
    for i in range(1, len(sig)):
        why = _boundary(sig[i - 1], sig[i], last_number)
        if why:
            ranges.append(PageRange(start, i, reason))
            start, reason = i + 1, why
            last_number = sig[i].invoice_number
        elif sig[i].invoice_number:
            last_number = last_number or sig[i].invoice_number
    ranges.append(PageRange(start, len(sig), reason))
    return ranges
