"""Documents around invoices: non-invoices and PDFs holding several invoices.

:func:`other_document` makes an order confirmation, payment reminder or account statement from a
demo supplier: it looks like an invoice (amounts, numbers, dates, IBAN) but is not one, so a
reader must classify it as ``other``. :func:`multi_invoice_pdf` concatenates several generated
invoices into one PDF (as delivered by a scanner batch or a supplier's monthly mailing) and
returns the truth of each with its page range, for testing the splitter.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pymupdf

from app.samples import wording as w
from app.samples.canvas import GREY, LIGHT, Canvas
from app.samples.content import build_content, round_money
from app.samples.generator import generate_invoice
from app.samples.layouts import LAYOUTS, get_style
from app.samples.office import demo_administrations

OTHER_KINDS = ("order_confirmation", "payment_reminder", "account_statement")


@dataclass
class GeneratedDocument:
    pdf: bytes
    truth: dict[str, Any]
    kind: str


@dataclass
class MultiInvoicePdf:
    pdf: bytes
    truths: list[dict[str, Any]]
    page_ranges: list[tuple[int, int]] = field(default_factory=list)  # 1-based, inclusive


def _other_truth(content, pages: int) -> dict[str, Any]:
    return {
        "source": "text", "pages": pages, "document_type": "other",
        "supplier": {"name": content.issuer.name, "kvk": content.issuer.kvk,
                     "vat_number": content.issuer.vat_number, "iban": content.issuer.iban},
        "customer": {"name": content.customer.name, "kvk": None, "vat_number": None},
        "invoice_number": None, "invoice_date": None, "due_date": None, "currency": None,
        "total_excl_vat": None, "total_vat": None, "total_incl_vat": None,
        "vat_breakdown": [], "lines": [], "payment_reference": None,
    }  # fmt: skip


def other_document(seed: int, kind: str | None = None) -> GeneratedDocument:
    """An order confirmation, payment reminder or account statement (not an invoice)."""
    rng = random.Random(f"other-document:{seed}")
    kind = kind or rng.choice(OTHER_KINDS)
    admin = rng.choice(demo_administrations())
    supplier = rng.choice([s for s in admin.suppliers if s.lang == "nl"])
    content = build_content(rng, supplier, admin.company, articles=supplier.articles,
                            default_vat=supplier.default_vat)  # fmt: skip
    style = get_style(rng.choice(LAYOUTS[:8]))
    f = w.Fmt(style, "nl")
    cv = Canvas(style.family)
    cv.new_page()
    left, right = 50, 545
    cv.text(left, 60, content.issuer.name, 13, bold=True)
    cv.lines(left, 78, w.address_lines(content, "issuer", f) + w.contact_lines(content, f), 9,
             color=GREY)  # fmt: skip
    cv.lines(left, 160, [content.customer.name, *w.address_lines(content, "customer", f)], 9)
    doc_no = f"{rng.randrange(10000, 99999)}"
    title = {"order_confirmation": "Orderbevestiging", "payment_reminder": "Betalingsherinnering",
             "account_statement": "Rekeningoverzicht"}[kind]  # fmt: skip
    cv.text(right, 62, title, 20, bold=True, align="right")
    cv.text(350, 160, "Datum:", 9, color=GREY)
    cv.text(430, 160, f.date(content.invoice_date), 9)
    cv.text(350, 174, "Ordernummer:" if kind == "order_confirmation" else "Kenmerk:", 9, color=GREY)
    cv.text(430, 174, doc_no, 9)
    y = 240
    if kind == "order_confirmation":
        cv.text(
            left, y, "Hartelijk dank voor uw bestelling. Wij bevestigen de volgende artikelen:", 9
        )
        y += 24
        for ln in content.lines:
            cv.text(left, y, ln.description, 9)
            cv.text(430, y, f.qty(ln.quantity), 9, align="right")
            cv.text(right, y, f.money(ln.amount), 9, align="right")
            y += 15
        cv.hline(left, right, y - 8)
        cv.text(right, y + 6, "Orderwaarde excl. btw " + f.money(content.total_excl), 9, bold=True,
                align="right")  # fmt: skip
        y += 30
        notes = ["Dit is geen factuur. U ontvangt de factuur na levering.",
                 f"Verwachte leverdatum: {f.date(content.invoice_date + timedelta(days=7))}."]  # fmt: skip
    else:
        heads = ("Factuurnummer", "Factuurdatum", "Vervaldatum", "Bedrag", "Openstaand")
        cv.box(left, y - 11, right, y + 4, fill=LIGHT, color=LIGHT)
        for x, h in zip((left + 4, 160, 250, 440, right - 4), heads, strict=True):
            cv.text(x, y, h, 9, bold=True, align="right" if x > 400 else "left")
        open_total = Decimal("0")
        for i in range(rng.randrange(2, 5)):
            number = f"{content.number[:-2]}{rng.randrange(10, 99)}"
            amount = round_money(Decimal(rng.randrange(2000, 250000)) / 100)
            paid = kind == "account_statement" and i % 2 == 1
            outstanding = Decimal("0.00") if paid else amount
            open_total += outstanding
            y += 16
            d = content.invoice_date - timedelta(days=30 * (i + 1))
            row = (number, f.date(d), f.date(d + timedelta(days=30)), f.money(amount, False),
                   f.money(outstanding, False))  # fmt: skip
            for x, value in zip((left + 4, 160, 250, 440, right - 4), row, strict=True):
                cv.text(x, y, value, 9, align="right" if x > 400 else "left")
        y += 22
        cv.text(right - 4, y, "Totaal openstaand " + f.money(open_total), 10, bold=True,
                align="right")  # fmt: skip
        y += 30
        notes = (["Volgens onze administratie zijn bovenstaande facturen nog niet voldaan.",
                  f"Wij verzoeken u het openstaande bedrag binnen 8 dagen over te maken op "
                  f"{f.iban(content.issuer.iban or '')}. Heeft u inmiddels betaald, dan kunt u "
                  "deze herinnering als niet verzonden beschouwen."]
                 if kind == "payment_reminder" else
                 ["Dit overzicht is geen factuur; het toont uw facturen en betalingen.",
                  f"Saldo per {f.date(content.invoice_date)}: {f.money(open_total)}."])  # fmt: skip
    from app.samples.render import wrap

    for note in notes:
        for line in wrap(cv, note, 9, right - left):
            cv.text(left, y, line, 9)
            y += 13
    cv.text(297, 800, " | ".join(w.identity_lines(content, f)), 7, align="center", color=GREY)
    return GeneratedDocument(cv.to_bytes(), _other_truth(content, 1), kind)


def multi_invoice_pdf(seeds: list[int] | tuple[int, ...], **kw: Any) -> MultiInvoicePdf:
    """Several generated invoices (``generate_invoice(seed, **kw)``) in one PDF."""
    out = pymupdf.open()
    truths, ranges = [], []
    for seed in seeds:
        inv = generate_invoice(seed, **kw)
        start = out.page_count + 1
        with pymupdf.open("pdf", inv.pdf) as src:
            out.insert_pdf(src)
        ranges.append((start, out.page_count))
        truths.append(inv.truth)
    data = out.tobytes(garbage=3, deflate=True)
    out.close()
    return MultiInvoicePdf(data, truths, ranges)
