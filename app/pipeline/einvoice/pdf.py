"""E-invoices carried inside a PDF: Factur-X / ZUGFeRD 2 XML or an attached UBL file.

:func:`find_embedded_einvoice` looks through the PDF's embedded files (and file-attachment
annotations) for XML that :func:`parse_einvoice` accepts, preferring the standard names
(``factur-x.xml``, ``zugferd-invoice.xml``, ``xrechnung.xml``). The exact data then comes from the
XML, while the page's own words are kept for the viewer and each header field is located on the
page where its printed form can be found. :func:`strip_embedded_files` removes every attachment,
which turns a Factur-X PDF into an ordinary PDF (used to test reading the page alone).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pymupdf

from app.pipeline.einvoice import looks_like_xml, parse_einvoice
from app.pipeline.invoice import InvoiceData, PageText, Word
from app.pipeline.limits import DEFAULT_LIMITS, Limits, ReadError

log = logging.getLogger(__name__)

PREFERRED_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "order-x.xml")
MAX_ATTACHMENTS = 50
FILE_ATTACHMENT: int = getattr(pymupdf, "PDF_ANNOT_FILE_ATTACHMENT", 17)


def find_embedded_einvoice(
    doc: pymupdf.Document, *, limits: Limits = DEFAULT_LIMITS
) -> InvoiceData | None:
    """The e-invoice carried by ``doc``, or ``None`` when it carries none that can be read."""
    for name, data in _xml_attachments(doc, limits):
        try:
            inv = parse_einvoice(data, limits=limits)
        except ReadError as exc:
            log.info("embedded file %r is no readable e-invoice: %s", name, exc)
            continue
        inv.pages = doc.page_count
        inv.page_texts = page_texts(doc)
        locate_fields(doc, inv)
        return inv
    return None


def _xml_attachments(doc: pymupdf.Document, limits: Limits) -> Iterator[tuple[str, bytes]]:
    names = list(doc.embfile_names())[:MAX_ATTACHMENTS]
    names.sort(key=lambda n: (n.lower() not in PREFERRED_NAMES, not n.lower().endswith(".xml")))
    for name in names:
        info = doc.embfile_info(name)
        if int(info.get("size") or 0) > limits.max_xml_bytes:
            continue
        data = doc.embfile_get(name)
        if looks_like_xml(data):
            yield name, data
    seen = 0
    for page in doc.pages():
        for annot in page.annots(types=[FILE_ATTACHMENT]):
            seen += 1
            if seen > MAX_ATTACHMENTS:
                return
            info = annot.file_info
            if int(info.get("size") or 0) > limits.max_xml_bytes:
                continue
            data = annot.get_file()
            if looks_like_xml(data):
                yield str(info.get("filename") or "attachment"), data


def page_texts(doc: pymupdf.Document) -> list[PageText]:
    """The words of every page's text layer (scanned pages give an empty list)."""
    out = []
    for page in doc.pages():
        words = [
            Word(text=w[4], bbox=(w[0], w[1], w[2], w[3]), block=w[5], line=w[6])
            for w in page.get_text("words")
        ]
        rect = page.rect
        out.append(PageText(page.number + 1, rect.width, rect.height, words, "text"))
    return out


def locate_fields(doc: pymupdf.Document, inv: InvoiceData) -> None:
    """Give exact fields a page and box where their printed form is found on the page."""
    candidates: dict[str, list[str]] = {
        "invoice_number": [inv.invoice_number] if inv.invoice_number else [],
        "invoice_date": _date_forms(inv.invoice_date),
        "due_date": _date_forms(inv.due_date),
        "total_excl_vat": _amount_forms(inv.total_excl_vat),
        "total_vat": _amount_forms(inv.total_vat),
        "total_incl_vat": _amount_forms(inv.total_incl_vat),
        "supplier.iban": _iban_forms(inv.supplier.iban),
        "supplier.vat_number": [inv.supplier.vat_number] if inv.supplier.vat_number else [],
        "payment_reference": [inv.payment_reference] if inv.payment_reference else [],
    }
    for name, forms in candidates.items():
        info = inv.fields.get(name)
        if info is None or not forms:
            continue
        hit = _find(doc, forms)
        if hit is not None:
            info.page, info.bbox = hit


def _find(
    doc: pymupdf.Document, forms: list[str]
) -> tuple[int, tuple[float, float, float, float]] | None:
    for page in doc.pages():
        for form in forms:
            if len(form) < 3:
                continue
            rects = page.search_for(form)
            if rects:
                r = rects[-1]  # totals and amounts are usually printed last
                return page.number + 1, (r.x0, r.y0, r.x1, r.y1)
    return None


def _date_forms(d: date | None) -> list[str]:
    if d is None:
        return []
    return [
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        d.isoformat(),
        f"{d.day}-{d.month}-{d.year}",
    ]


def _amount_forms(value: Decimal | None) -> list[str]:
    if not value:  # None, or 0.00 which is printed everywhere
        return []
    plain = f"{abs(value):.2f}"
    english = f"{abs(value):,.2f}"
    dutch = english.replace(",", "_").replace(".", ",").replace("_", ".")
    return list(dict.fromkeys([dutch, english, plain, plain.replace(".", ",")]))


def _iban_forms(iban: str | None) -> list[str]:
    if not iban:
        return []
    return [iban, " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))]


def strip_embedded_files(data: bytes) -> bytes:
    """The same PDF without embedded files or file-attachment annotations."""
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for name in list(doc.embfile_names()):
            doc.embfile_del(name)
        for page in doc.pages():
            for annot in list(page.annots(types=[FILE_ATTACHMENT])):
                page.delete_annot(annot)
        return doc.tobytes(garbage=3, deflate=True)
