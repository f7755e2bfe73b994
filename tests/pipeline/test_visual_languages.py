"""The visual reader on French and German invoices and on US (month first) dates.

Dutch accounting offices also receive invoices from French and German suppliers: their labels
("Facture N°", "Total HT", "Net à payer", "Rechnungsnummer", "MwSt", "Gesamtbetrag") are read the
same general way as the Dutch ones, and numeric dates follow the order the document itself shows.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pymupdf
import pytest

from app.pipeline.amounts import NET, TOTAL, VAT, classify
from app.pipeline.parse_values import date_order, find_dates
from app.pipeline.visual import read_pdf

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def build(rows: list[tuple[float, float, str]]) -> pymupdf.Document:
    """A one-page PDF with text at (x, y) in points."""
    font = {"fontname": "dv", "fontfile": FONT} if Path(FONT).exists() else {}
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for x, y, text in rows:
        page.insert_text((x, y), text, fontsize=9, **font)
    return pymupdf.open("pdf", doc.tobytes())


def _invoice(labels: dict[str, str], values: dict[str, str]) -> list[tuple[float, float, str]]:
    return [
        (50, 60, labels["supplier"]),
        (360, 60, labels["title"]),
        (50, 160, labels["customer"]),
        (350, 160, labels["number"]),
        (460, 160, "FA-2026-0117"),
        (350, 174, labels["date"]),
        (460, 174, values["date"]),
        (350, 188, labels["due"]),
        (460, 188, values["due"]),
        (50, 270, labels["desc"]),
        (300, 270, labels["qty"]),
        (370, 270, labels["price"]),
        (490, 270, labels["amount"]),
        (50, 290, "Huile d'olive 5L"),
        (300, 290, "4"),
        (370, 290, values["price"]),
        (490, 290, values["net"]),
        (330, 360, labels["net"]),
        (490, 360, values["net"]),
        (330, 374, labels["vat"]),
        (490, 374, values["vat"]),
        (330, 392, labels["total"]),
        (490, 392, values["total"]),
    ]


FRENCH = {
    "supplier": "Au bon moulin SARL",
    "title": "FACTURE",
    "customer": "Jansen Installatietechniek B.V.",
    "number": "N° de facture",
    "date": "Date de facture",
    "due": "Date d'échéance",
    "desc": "Désignation",
    "qty": "Quantité",
    "price": "Prix unitaire",
    "amount": "Montant HT",
    "net": "Total HT",
    "vat": "TVA 20%",
    "total": "Net à payer",
}
GERMAN = {
    **FRENCH,
    "supplier": "Bei Spiel GmbH",
    "title": "RECHNUNG",
    "number": "Rechnungsnummer",
    "date": "Rechnungsdatum",
    "due": "Fällig am",
    "desc": "Bezeichnung",
    "qty": "Menge",
    "price": "Einzelpreis",
    "amount": "Betrag",
    "net": "Nettobetrag",
    "vat": "MwSt 19%",
    "total": "Gesamtbetrag",
}


@pytest.mark.parametrize(
    ("labels", "vat", "total"),
    [(FRENCH, "100,00 €", "600,00 €"), (GERMAN, "95,00 €", "595,00 €")],
    ids=["french", "german"],
)
def test_french_and_german_labels(labels, vat, total):
    values = {"date": "03/11/2026", "due": "03/12/2026", "price": "125,00 €", "net": "500,00 €"}
    inv = read_pdf(build(_invoice(labels, {**values, "vat": vat, "total": total})))
    assert inv.invoice_number == "FA-2026-0117"
    assert (inv.invoice_date, inv.due_date) == (date(2026, 11, 3), date(2026, 12, 3))
    assert inv.total_excl_vat == Decimal("500.00")
    assert inv.total_vat == Decimal(vat.split()[0].replace(",", "."))
    assert inv.total_incl_vat == Decimal(total.split()[0].replace(",", "."))
    assert [(ln.quantity, ln.amount) for ln in inv.lines] == [(4, Decimal("500.00"))]


def test_us_date_order_from_another_date_on_the_page():
    values = {
        "date": "11/03/2026",
        "due": "12/03/2026",
        "price": "125.00",
        "net": "500.00",
        "vat": "0.00",
        "total": "500.00",
    }
    rows = _invoice({**GERMAN, "number": "Invoice No.", "date": "Invoice Date",
                     "due": "Due Date"}, values)  # fmt: skip
    rows.append((50, 450, "Advance payment received 11/17/2026"))
    inv = read_pdf(build(rows))
    assert (inv.invoice_date, inv.due_date) == (date(2026, 11, 3), date(2026, 12, 3))


def test_date_order():
    assert date_order("Invoice 11/03/2017 paid 11/17/2017") == "mdy"
    assert date_order("Factuur 11-03-2017 betaald 17-03-2017") == "dmy"
    assert date_order("11/03/2017") is None
    assert date_order("13/03/2017 and 03/13/2017") is None  # contradicting: no evidence
    assert find_dates("11/03/2017", "mdy")[0][0] == date(2017, 11, 3)
    assert find_dates("11/03/2017")[0][0] == date(2017, 3, 11)


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Total HT", NET),
        ("Base HT", NET),
        ("Nettobetrag", NET),
        ("Total TVA", VAT),
        ("Montant TVA", VAT),
        ("MwSt 19%", VAT),
        ("Total TTC", TOTAL),
        ("Net à payer", TOTAL),
        ("Gesamtbetrag", TOTAL),
        ("Zahlbetrag", TOTAL),
    ],
)
def test_french_and_german_amount_labels(label, kind):
    assert classify(label)[0] == kind
