"""The visual reader on hand-made PDFs: supplier versus customer, credit notes, reverse charge,
document types, currencies, English wording and identifiers that fail their checksum."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pymupdf
import pytest

from app.pipeline.visual import read_pdf

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SUPPLIER_VAT = "NL001000007B01"  # passes the checksum
CUSTOMER_VAT = "NL002000003B01"
IBAN = "NL91ABNA0417164300"
G_IBAN = "NL20INGB0001234567"


def _fonts():
    if not Path(FONT).exists():  # pragma: no cover - fall back to the Base-14 font
        return {}, {}
    return {"fontname": "dv", "fontfile": FONT}, {"fontname": "dvb", "fontfile": BOLD}


def build(rows: list[tuple[float, float, str, float, bool]], pages: int = 1) -> pymupdf.Document:
    """A PDF with text at (x, y) in points; rows with y >= 842 go to the next pages."""
    regular, bold = _fonts()
    doc = pymupdf.open()
    for _ in range(pages):
        doc.new_page(width=595, height=842)
    for x, y, text, size, is_bold in rows:
        page = doc[int(y // 842)]
        page.insert_text((x, y % 842), text, fontsize=size, **(bold if is_bold else regular))
    return pymupdf.open("pdf", doc.tobytes())


def T(x, y, text, size=9.0, bold=False):  # noqa: N802 - reads like a drawing call
    return (x, y, text, size, bold)


def invoice_rows(*, title="FACTUUR", net="1.000,00", vat_label="Btw 21%", vat="210,00",
                 total="1.210,00", total_label="Totaal incl. btw", extra=()):  # fmt: skip
    return [
        T(50, 60, "Gouden Korst Bakkerij B.V.", 16, True),
        T(50, 80, "Industrieweg 12"),
        T(50, 92, "3542 AB Utrecht"),
        T(360, 60, title, 18, True),
        T(50, 160, "Aan:"),
        T(50, 174, "Jansen Installatietechniek B.V.", 10, True),
        T(50, 186, "T.a.v. de administratie"),
        T(50, 198, "Kerkstraat 5"),
        T(50, 210, "1234 AB Amsterdam"),
        T(50, 222, f"Uw btw-nummer: {CUSTOMER_VAT}"),
        T(350, 160, "Factuurnr.:"),
        T(450, 160, "2026-0042"),
        T(350, 174, "Datum:"),
        T(450, 174, "27 november 2026"),
        T(350, 188, "Uiterste betaaldatum:"),
        T(450, 188, "27/12/26"),
        T(50, 270, "Omschrijving", 9, True),
        T(300, 270, "Aantal", 9, True),
        T(370, 270, "Prijs", 9, True),
        T(490, 270, "Bedrag", 9, True),
        T(50, 290, "Broodjes assortiment"),
        T(300, 290, "8"),
        T(370, 290, "125,00"),
        T(490, 290, net),
        T(330, 360, "Subtotaal"),
        T(490, 360, f"€ {net}"),
        T(330, 374, vat_label),
        T(490, 374, f"€ {vat}"),
        T(330, 392, total_label, 10, True),
        T(490, 392, f"€ {total}", 10, True),
        *extra,
        T(50, 470, f"Betalen o.v.v. betalingskenmerk 1234 5678 9012 3456 op {IBAN}."),
        T(50, 800, f"KvK 12345678 | Btw {SUPPLIER_VAT} | G-rekening {G_IBAN} | IBAN {IBAN}", 7),
    ]


def test_supplier_and_customer_are_told_apart():
    inv = read_pdf(build(invoice_rows()))
    assert inv.supplier.name == "Gouden Korst Bakkerij B.V."
    assert inv.customer.name == "Jansen Installatietechniek B.V."
    assert inv.supplier.vat_number == SUPPLIER_VAT
    assert inv.customer.vat_number == CUSTOMER_VAT
    assert inv.supplier.kvk == "12345678"
    assert inv.supplier.iban == IBAN  # not the G-rekening printed before it
    assert inv.invoice_number == "2026-0042"
    assert inv.invoice_date == date(2026, 11, 27)
    assert inv.due_date == date(2026, 12, 27)
    assert inv.payment_reference == "1234567890123456"
    assert (inv.total_excl_vat, inv.total_vat, inv.total_incl_vat) == (
        Decimal("1000.00"), Decimal("210.00"), Decimal("1210.00"),
    )  # fmt: skip
    assert [(v.rate, v.base, v.amount) for v in inv.vat_breakdown] == [
        (Decimal("21"), Decimal("1000.00"), Decimal("210.00"))
    ]
    assert inv.lines[0].quantity == 8 and inv.lines[0].unit_price == Decimal("125.00")
    assert inv.lines[0].vat_rate == 21  # the only rate of the invoice
    assert inv.document_type == "invoice" and inv.currency == "EUR"
    assert inv.fields["supplier.iban"].page == 1


def test_iban_failing_its_checksum_is_not_reported():
    rows = [r for r in invoice_rows() if "KvK" not in r[2] and "kenmerk" not in r[2]]
    rows.append(T(50, 800, "KvK 12345678 | IBAN NL91ABNA0417164301", 7))
    inv = read_pdf(build(rows))
    assert inv.supplier.iban is None


def test_credit_note_gets_negative_amounts():
    inv = read_pdf(build(invoice_rows(title="CREDITNOTA")))
    assert inv.document_type == "credit_note"
    assert inv.total_incl_vat == Decimal("-1210.00")
    assert inv.total_vat == Decimal("-210.00")
    assert inv.lines[0].amount == Decimal("-1000.00") and inv.lines[0].quantity == -8


def test_negative_totals_make_a_credit_note():
    rows = invoice_rows(title="Factuur", net="-1.000,00", vat="-210,00", total="-1.210,00")
    inv = read_pdf(build(rows))
    assert inv.document_type == "credit_note"
    assert inv.total_excl_vat == Decimal("-1000.00")


def test_reverse_charge():
    rows = invoice_rows(vat_label="Btw verlegd", vat="0,00", total="1.000,00",
                        extra=[T(50, 430, "Btw verlegd naar afnemer.")])  # fmt: skip
    inv = read_pdf(build(rows))
    assert inv.reverse_charge is True
    assert inv.total_vat == 0 and inv.total_incl_vat == Decimal("1000.00")
    assert [(v.rate, v.amount, v.category) for v in inv.vat_breakdown] == [(0, 0, "AE")]


@pytest.mark.parametrize(
    "title", ["Herinnering", "Orderbevestiging", "Rekeningoverzicht", "Offerte"]
)
def test_other_documents(title):
    assert read_pdf(build(invoice_rows(title=title))).document_type == "other"


def test_english_invoice_in_dollars():
    rows = [
        T(50, 60, "Acme Widgets Ltd", 16, True),
        T(50, 80, "1 Main Street, Springfield"),
        T(400, 60, "INVOICE", 18, True),
        T(50, 160, "Bill to:"),
        T(50, 174, "Jansen Installatietechniek B.V.", 10, True),
        T(50, 186, "Kerkstraat 5"),
        T(50, 198, "1234 AB Amsterdam"),
        T(350, 160, "Invoice number"),
        T(450, 160, "INV-77"),
        T(350, 174, "Invoice date"),
        T(450, 174, "November 27, 2026"),
        T(350, 188, "Due date"),
        T(450, 188, "2026-12-27"),
        T(330, 360, "Subtotal"),
        T(480, 360, "USD 1,500.00"),
        T(330, 374, "VAT reverse charged"),
        T(480, 374, "USD 0.00"),
        T(330, 392, "Amount due", 10, True),
        T(480, 392, "USD 1,500.00", 10, True),
    ]
    inv = read_pdf(build(rows))
    assert inv.supplier.name == "Acme Widgets Ltd"
    assert inv.customer.name == "Jansen Installatietechniek B.V."
    assert inv.invoice_number == "INV-77"
    assert inv.invoice_date == date(2026, 11, 27) and inv.due_date == date(2026, 12, 27)
    assert inv.currency == "USD"
    assert inv.total_incl_vat == Decimal("1500.00") and inv.reverse_charge


def test_totals_on_the_last_page_of_a_multipage_pdf():
    rows = invoice_rows()
    moved = [T(x, y + 842, t, s, b) if y >= 360 else (x, y, t, s, b) for x, y, t, s, b in rows]
    moved.append(T(330, 340, "Transport"))
    inv = read_pdf(build(moved, pages=2))
    assert inv.pages == 2
    assert inv.total_incl_vat == Decimal("1210.00")
    assert inv.fields["total_incl_vat"].page == 2


def test_blank_page_reads_as_other():
    doc = pymupdf.open()
    doc.new_page()
    inv = read_pdf(pymupdf.open("pdf", doc.tobytes()))  # no text layer: goes through OCR
    assert inv.source == "ocr" and inv.pages == 1
    assert inv.document_type == "other" and inv.total_incl_vat is None


def test_printed_total_that_does_not_add_up_is_reported_as_printed():
    inv = read_pdf(build(invoice_rows(total="1.310,00")))  # 1.000,00 + 210,00 is not 1.310,00
    assert (inv.total_excl_vat, inv.total_vat, inv.total_incl_vat) == (
        Decimal("1000.00"), Decimal("210.00"), Decimal("1310.00"),
    )  # fmt: skip
    total = inv.fields["total_incl_vat"]
    assert total.confidence < 0.9  # doubtful, so validation questions it
    assert total.page == 1 and total.bbox is not None  # and it points at the printed amount


def test_of_several_printed_totals_the_one_that_adds_up_wins():
    extra = [T(330, 410, "Openstaand saldo"), T(490, 410, "€ 1.750,00")]
    inv = read_pdf(build(invoice_rows(extra=extra)))
    assert inv.total_incl_vat == Decimal("1210.00")
    assert inv.fields["total_incl_vat"].confidence > 0.9
