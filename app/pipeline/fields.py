"""Header fields of a visual invoice: number, dates, payment reference, currency, document type.

Each field is read next to one of its labels (see :mod:`app.pipeline.labels`); strong labels
("Factuurnummer", "Invoice date") win over generic ones ("Nummer", "Datum"), which only count when
they open a segment. The document type comes from the title words near the top of the first page
(credit note, reminder, order confirmation, statement, quote) and from negative totals; the
currency from the currency codes and signs printed next to the amounts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta

from app.pipeline.invoice import FieldInfo
from app.pipeline.labels import (
    DUE_DATE,
    DUE_DATE_WEAK,
    INVOICE_DATE,
    INVOICE_DATE_WEAK,
    INVOICE_NUMBER,
    INVOICE_NUMBER_WEAK,
    PAYMENT_REFERENCE,
    PAYMENT_TERM,
    Hit,
    find_labelled,
)
from app.pipeline.parse_values import MONTHS, date_order, find_dates
from app.pipeline.words import Layout

_ID_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/._]*[A-Za-z0-9]|\d")
_NOT_ID = re.compile(
    r"(?i)^(datum|date|nummer|number|nr|no|factuur|invoice|klant|kvk|btw|vat|iban|pagina|page|"
    r"van|of|de|het|the|uw|your)$"
)
_DATE_LIKE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}$")

CREDIT = re.compile(
    r"(?i)\b(credit\s?nota|credit\s?note|credit\s?factuur|credit\s?invoice|creditering)\b"
)
OTHER = re.compile(
    r"(?i)\b(orderbevestiging|order\s+confirmation|opdrachtbevestiging|(?:betalings)?herinnering|"
    r"aanmaning|reminder|rekeningoverzicht|statement(?:\s+of\s+account)?|account\s+statement|"
    r"offerte|quotation|quote|pakbon|packing\s+slip|delivery\s+note|pro\s?-?forma)\b"
)
INVOICE = re.compile(r"(?i)\b(factuur|invoice|nota)\b")


def parse_ident(text: str):
    """The first identifier-like token (holding a digit) in ``text``."""
    t = re.sub(r"(?i)^(?:nr|no|nummer|number)\.?\s*[:.]?\s*", "", text)
    for m in _ID_TOKEN.finditer(t[:60]):
        tok = m.group(0)
        if _NOT_ID.match(tok):
            return None
        if not any(c.isdigit() for c in tok) or len(tok) > 30 or _DATE_LIKE.match(tok):
            return None
        off = len(text) - len(t)
        return tok, m.start() + off, m.end() + off
    return None


def parse_first_date(text: str, order: str | None = None):
    """The date that opens ``text`` (within its first few characters), with its span."""
    found = find_dates(text[:40], order)
    if not found or found[0][1] > 6:
        return None
    return found[0]


def _best(hits: list[Hit]) -> Hit | None:
    return max(hits, key=lambda h: h.confidence) if hits else None


def _put(fields: dict[str, FieldInfo], name: str, hit: Hit, factor: float = 1.0) -> None:
    fields[name] = FieldInfo(round(hit.confidence * factor, 3), hit.page, hit.bbox)


def read_header(layouts: list[Layout], fields: dict[str, FieldInfo]) -> dict:
    """invoice_number, invoice_date, due_date and payment_reference (missing ones left out)."""
    out: dict = {}
    order = date_order("\n".join(ln.text for ly in layouts for ln in ly.lines))

    def pdate(text: str):
        return parse_first_date(text, order)

    hits = find_labelled(layouts, INVOICE_NUMBER, parse_ident)
    factor = 1.0
    if not hits:
        hits = find_labelled(layouts, INVOICE_NUMBER_WEAK, parse_ident, seg_start_only=True)
        factor = 0.7
    if hits:
        h = hits[0] if hits[0].confidence >= 0.9 else _best(hits)
        assert h is not None
        out["invoice_number"] = h.value
        _put(fields, "invoice_number", h, factor)
    due = find_labelled(layouts, DUE_DATE, pdate)
    if due:
        out["due_date"] = due[0].value
        _put(fields, "due_date", due[0])
    hits = find_labelled(layouts, INVOICE_DATE, pdate)
    factor = 1.0
    if not hits:
        due_lines = {(h.page, h.line.index, h.label_start) for h in due}
        hits = [
            h
            for h in find_labelled(layouts, INVOICE_DATE_WEAK, pdate, seg_start_only=True)
            if (h.page, h.line.index, h.label_start) not in due_lines
            and h.value != out.get("due_date")
        ]
        factor = 0.8
    if not hits and out.get("due_date"):
        hits = _partial_dates(layouts, out["due_date"])
        factor = 0.6
    if hits:
        out["invoice_date"] = hits[0].value
        _put(fields, "invoice_date", hits[0], factor)
    else:
        d = _first_date_top(layouts, out.get("due_date"), order)
        if d:
            out["invoice_date"] = d[0]
            fields["invoice_date"] = FieldInfo(0.4, 1, d[1])
    if "due_date" not in out:
        _due_fallback(layouts, out, fields, pdate)
    _sane_due(out, fields)
    refs = find_labelled(layouts, PAYMENT_REFERENCE, parse_reference)
    if refs:
        out["payment_reference"] = refs[0].value
        _put(fields, "payment_reference", refs[0])
    return out


_PARTIAL_DATE = re.compile(rf"(?i)^\s*(\d{{1,2}})[\s\-.]+({'|'.join(MONTHS)})\b")


def _partial_dates(layouts: list[Layout], due: date) -> list[Hit]:
    """An invoice date printed without a readable year ("26 september 2…"): the latest such
    date not after the due date."""

    def parse(text: str):
        m = _PARTIAL_DATE.match(text)
        if not m:
            return None
        for year in (due.year, due.year - 1):
            try:
                d = date(year, MONTHS[m.group(2).lower()], int(m.group(1)))
            except ValueError:
                return None
            if d <= due:
                return d, m.start(), m.end()
        return None

    hits = find_labelled(layouts, INVOICE_DATE, parse)
    return hits or find_labelled(layouts, INVOICE_DATE_WEAK, parse, seg_start_only=True)


def _due_fallback(
    layouts: list[Layout], out: dict, fields: dict[str, FieldInfo], pdate: Callable
) -> None:
    """A due date from a sentence ("vóór 27-12-2026") or a payment term ("30 dagen")."""
    due = find_labelled(layouts, DUE_DATE_WEAK, pdate)
    due = [h for h in due if h.value != out.get("invoice_date")]
    if due:
        out["due_date"] = due[0].value
        _put(fields, "due_date", due[0], 0.8)
        return
    inv_date = out.get("invoice_date")
    if inv_date is None:
        return
    terms = find_labelled(layouts, PAYMENT_TERM, parse_days)
    if terms:
        out["due_date"] = inv_date + timedelta(days=terms[0].value)
        _put(fields, "due_date", terms[0], 0.75)
        return
    partial = _partial_due(layouts, inv_date)
    if partial:
        out["due_date"] = partial[0].value
        _put(fields, "due_date", partial[0], 0.6)


def _partial_due(layouts: list[Layout], inv_date: date) -> list[Hit]:
    """A due date printed without a readable year: the first such date on or after the
    invoice date."""

    def parse(text: str):
        m = _PARTIAL_DATE.match(text)
        if not m:
            return None
        for year in (inv_date.year, inv_date.year + 1):
            try:
                d = date(year, MONTHS[m.group(2).lower()], int(m.group(1)))
            except ValueError:
                return None
            if d >= inv_date:
                return d, m.start(), m.end()
        return None

    return find_labelled(layouts, DUE_DATE, parse)


def _sane_due(out: dict, fields: dict[str, FieldInfo]) -> None:
    """A due date before the invoice date is a misread year (e.g. a cut-off "20…"): repair it."""
    inv_date, due = out.get("invoice_date"), out.get("due_date")
    if not inv_date or not due or due >= inv_date:
        return
    for year in (inv_date.year, inv_date.year + 1):
        try:
            fixed = due.replace(year=year)
        except ValueError:
            continue
        if fixed >= inv_date:
            out["due_date"] = fixed
            fields["due_date"].confidence = 0.5
            return


def parse_days(text: str):
    m = re.match(r"(?i)\s*(?:netto\s+|net\s+)?(\d{1,3})\s*(?:dagen|days|dgn|d\b)", text)
    return (int(m.group(1)), m.start(1), m.end()) if m else None


def parse_reference(text: str):
    t = re.sub(
        r"(?i)^(?:het\s+|uw\s+|the\s+)?(?:factuurnummer|invoice\s+number|betalingskenmerk)\s*:?\s*",
        "",
        text,
    )
    off = len(text) - len(t)
    m = re.match(r"(\d{4}[ .]?\d{4}[ .]?\d{4}[ .]?\d{4})\b", t)
    if m:
        return re.sub(r"\D", "", m.group(1)), m.start() + off, m.end() + off
    if re.match(r"\d{4}(?:[ .]\d{4}){0,2}\.?$", t.strip()):
        return None  # a betalingskenmerk wrapped onto the next line
    got = parse_ident(t)
    if got:
        return got[0], got[1] + off, got[2] + off
    return None


def _first_date_top(
    layouts: list[Layout], due: date | None, order: str | None = None
) -> tuple[date, tuple] | None:
    first = layouts[0]
    limit = 0.5 * (first.page.height or 842)
    for line in first.lines:
        if line.y0 > limit:
            break
        for d, s, e in find_dates(line.text, order):
            ws = line.words_in_span(s, e)
            if ws and d != due and (due is None or d <= due):
                return d, (ws[0].bbox[0], ws[0].bbox[1], ws[-1].bbox[2], ws[-1].bbox[3])
    return None


def document_type(layouts: list[Layout]) -> tuple[str, float, tuple | None]:
    """ "invoice", "credit_note" or "other" from the title words of the first page."""
    first = layouts[0]
    limit = 0.45 * (first.page.height or 842)
    found: list[tuple[str, tuple]] = []
    for line in first.lines:
        if line.y0 > limit:
            break
        for seg in line.segs:
            if len(seg.words) > 5:
                continue
            t = seg.text
            if OTHER.search(t):
                found.append(("other", seg.bbox))
            elif CREDIT.search(t):
                found.append(("credit_note", seg.bbox))
            elif INVOICE.search(t):
                found.append(("invoice", seg.bbox))
    for kind in ("other", "credit_note"):
        for k, box in found:
            if k == kind:
                return kind, 0.85, box
    if found:
        return "invoice", 0.9, found[0][1]
    return "invoice", 0.5, None


_CUR = {
    "EUR": re.compile(r"€|\bEUR\b|\beuro\b", re.I),
    "USD": re.compile(r"\bUSD\b|US\$|\$"),
    "GBP": re.compile(r"\bGBP\b|£"),
}


def currency(layouts: list[Layout]) -> tuple[str, float]:
    counts: Counter[str] = Counter()
    for layout in layouts:
        for line in layout.lines:
            for code, rx in _CUR.items():
                counts[code] += len(rx.findall(line.text))
    stated = [c for c in ("USD", "GBP") if counts[c] >= 2]
    if stated:
        best = max(stated, key=lambda c: counts[c])
        if counts[best] >= counts["EUR"]:
            return best, 0.85
    return "EUR", 0.95 if counts["EUR"] else 0.6
