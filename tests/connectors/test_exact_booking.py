"""Booking purchase and sales entries in Exact Online over real HTTP against the fake: the entry
and its PDF as they land in the fake's state, every refusal mapped to ExportRefused with its
category, and the exactly-once path (outcome unknown -> TransientError -> find_booking)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from app.connectors.base import (
    Attachment,
    BookingLineData,
    BookingRequest,
    ExportRefused,
    TransientError,
)

DIV = "100001"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def purchase(**changes) -> BookingRequest:
    req = BookingRequest(
        kind="purchase",
        journal="60",
        relation_code="2001",
        invoice_number="INV-2026-0042",
        invoice_date=date(2026, 10, 14),
        due_date=date(2026, 11, 13),
        period=(2026, 10),
        currency="EUR",
        description="Meel en gist oktober",
        our_reference="req-7f3a9c",
        total_incl_vat=Decimal("130.70"),
        lines=(
            BookingLineData(
                "4000", "Meel", Decimal("100.00"), "IH", Decimal("21.00"), "200", "P01"
            ),
            BookingLineData("4000", "Gist", Decimal("8.90"), "IL", Decimal("0.80")),
        ),
        attachment=Attachment("INV-2026-0042.pdf", PDF),
    )
    return replace(req, **changes)


def sales(**changes) -> BookingRequest:
    req = BookingRequest(
        kind="sales",
        journal="70",
        relation_code="1001",
        invoice_number="2026100",
        invoice_date=date(2026, 11, 2),
        due_date=None,
        period=(2026, 11),
        currency="EUR",
        description="Brood november",
        our_reference="req-sales-1",
        total_incl_vat=Decimal("242.00"),
        lines=(BookingLineData("8000", "Brood", Decimal("200.00"), "VH", Decimal("42.00"), "100"),),
        attachment=Attachment("2026100.pdf", PDF),
    )
    return replace(req, **changes)


def test_purchase_entry_is_booked_with_its_pdf(connector, exact_fake):
    result = connector.post_booking(DIV, purchase())
    data = exact_fake.data(DIV)
    [entry] = data["PurchaseEntries"]
    assert entry["EntryID"] == result.external_id
    assert str(entry["EntryNumber"]) == result.entry_number
    assert entry["Journal"] == "60" and entry["YourRef"] == "INV-2026-0042"
    supplier = next(a for a in data["Accounts"] if a["Code"].strip() == "2001")
    assert entry["Supplier"] == supplier["ID"]
    assert "FF:req-7f3a9c" in entry["Description"]
    assert (entry["ReportingYear"], entry["ReportingPeriod"]) == (2026, 10)
    assert entry["EntryDate"] == "2026-10-14" and entry["DueDate"] == "2026-11-13"
    assert entry["AmountFC"] == 130.70 and entry["VATAmountFC"] == 21.80
    gl4000 = next(g["ID"] for g in data["GLAccounts"] if g["Code"] == "4000")
    project = data["Projects"][0]["ID"]
    first, second = entry["PurchaseEntryLines"]
    assert (first["GLAccount"], first["AmountFC"], first["VATCode"], first["VATAmountFC"]) == (
        gl4000,
        100.0,
        "IH",
        21.0,
    )
    assert (first["CostCenter"], first["Project"]) == ("200", project)
    assert (second["VATCode"], second["CostCenter"], second["Project"]) == ("IL", None, None)
    # the PDF: a purchase-invoice document linked to the entry, holding the exact bytes
    [doc] = data["Documents"]
    assert entry["Document"] == doc["ID"] and doc["Type"] == 20 and doc["Account"] == supplier["ID"]
    assert exact_fake.attachment_bytes(DIV, doc["ID"]) == [("INV-2026-0042.pdf", PDF)]
    assert result.attachment_id == data["DocumentAttachments"][0]["ID"]


def test_sales_entry_is_booked_with_its_pdf(connector, exact_fake):
    result = connector.post_booking(DIV, sales())
    data = exact_fake.data(DIV)
    [entry] = data["SalesEntries"]
    assert entry["EntryID"] == result.external_id
    customer = next(a for a in data["Accounts"] if a["Code"].strip() == "1001")
    assert entry["Customer"] == customer["ID"] and entry["InvoiceNumber"] == 2026100
    assert entry["SalesEntryLines"][0]["VATCode"] == "VH" and entry["Type"] == 20
    [doc] = data["Documents"]
    assert doc["Type"] == 10 and entry["Document"] == doc["ID"]
    assert exact_fake.attachment_bytes(DIV, doc["ID"]) == [("2026100.pdf", PDF)]


def test_credit_note_is_booked_with_negative_amounts(connector, exact_fake):
    credit = purchase(
        invoice_number="CN-1",
        our_reference="req-cn",
        total_incl_vat=Decimal("-12.10"),
        lines=(BookingLineData("4500", "Retour", Decimal("-10.00"), "IH", Decimal("-2.10")),),
        attachment=None,
    )
    connector.post_booking(DIV, credit)
    [entry] = exact_fake.data(DIV)["PurchaseEntries"]
    assert entry["Type"] == 31 and entry["AmountFC"] == -12.10 and entry["Document"] is None


def test_find_booking_before_and_after(connector):
    req = purchase()
    assert connector.find_booking(DIV, req) is None
    posted = connector.post_booking(DIV, req)
    assert connector.find_booking(DIV, req) == posted
    # same invoice number, other request id: not ours
    assert connector.find_booking(DIV, replace(req, our_reference="req-other")) is None


@pytest.mark.parametrize(
    ("changes", "category", "code", "words"),
    [
        (
            {"period": (2026, 3), "invoice_date": date(2026, 3, 3)},
            "document",
            "period_closed",
            "2026/03",
        ),
        ({"relation_code": "9999"}, "relation", "unknown_relation", "9999"),
        (
            {"relation_external_id": "0b0b0b0b-0000-4000-8000-000000000000"},
            "relation",
            "unknown_relation",
            "Crediteur",
        ),
        (
            {"relation_code": "1001"},
            "relation",
            "unknown_relation",
            "1001",
        ),  # a customer, not a supplier
        (
            {
                "lines": (BookingLineData("4999", "x", Decimal("100.00"), "IH", Decimal("21.00")),),
                "total_incl_vat": Decimal("121.00"),
            },
            "document",
            "unknown_gl_account",
            "4999",
        ),
        (
            {
                "lines": (BookingLineData("4600", "x", Decimal("100.00"), "IH", Decimal("21.00")),),
                "total_incl_vat": Decimal("121.00"),
            },
            "document",
            "unknown_gl_account",
            "grootboek",
        ),
        (
            {
                "lines": (BookingLineData("4000", "x", Decimal("100.00"), "ZZ", Decimal("21.00")),),
                "total_incl_vat": Decimal("121.00"),
            },
            "document",
            "unknown_vat_code",
            "ZZ",
        ),
        (
            {
                "lines": (
                    BookingLineData("4000", "x", Decimal("100.00"), "IH", Decimal("21.00"), "999"),
                ),
                "total_incl_vat": Decimal("121.00"),
            },
            "document",
            "unknown_cost_centre",
            "999",
        ),
        ({"total_incl_vat": Decimal("131.70")}, "document", "unbalanced", "balans"),
        ({"journal": "70"}, "document", "unknown_journal", "70"),
    ],
)
def test_refusals_are_mapped_with_their_category(
    connector, exact_fake, changes, category, code, words
):
    with pytest.raises(ExportRefused) as refused:
        connector.post_booking(DIV, purchase(attachment=None, **changes))
    assert (refused.value.category, refused.value.code) == (category, code)
    assert words.lower() in str(refused.value).lower()
    assert exact_fake.data(DIV)["PurchaseEntries"] == []


def test_period_closed_later_is_refused(connector, exact_fake):
    exact_fake.close_period(DIV, 2026, 10)
    with pytest.raises(ExportRefused, match="afgesloten") as refused:
        connector.post_booking(DIV, purchase(attachment=None))
    assert refused.value.code == "period_closed"


def test_duplicate_invoice_number_for_the_supplier(connector):
    connector.post_booking(DIV, purchase())
    with pytest.raises(ExportRefused) as refused:
        connector.post_booking(DIV, purchase(our_reference="req-second-attempt", attachment=None))
    assert (refused.value.category, refused.value.code) == ("document", "duplicate_invoice")


def test_duplicate_sales_invoice_number(connector):
    connector.post_booking(DIV, sales(attachment=None))
    with pytest.raises(ExportRefused) as refused:
        connector.post_booking(DIV, sales(our_reference="req-sales-2", attachment=None))
    assert refused.value.code == "duplicate_invoice"


def test_unbalanced_entry_is_refused_before_anything_is_sent(connector, exact_fake):
    before = len(exact_fake.requests)
    with pytest.raises(ExportRefused):
        connector.post_booking(DIV, purchase(total_incl_vat=Decimal("1.00")))
    assert exact_fake.requests[before:] == []


def test_answer_too_late_after_store_then_find_booking_finds_it(
    exact_fake, exact_factory, exact_sign_in
):
    conn = exact_factory(timeout=1.0)
    exact_sign_in(conn)
    exact_fake.inject("delay_after", method="POST", path="PurchaseEntries$", delay=2.5)
    req = purchase()
    with pytest.raises(TransientError, match="onbekend"):
        conn.post_booking(DIV, req)
    posts = [
        r
        for r in exact_fake.requests
        if r == ("POST", f"/api/v1/{DIV}/purchaseentry/PurchaseEntries")
    ]
    assert len(posts) == 1  # never blindly retried
    found = conn.find_booking(DIV, req)
    [entry] = exact_fake.data(DIV)["PurchaseEntries"]
    assert found is not None and found.external_id == entry["EntryID"]
    assert found.attachment_id == exact_fake.data(DIV)["DocumentAttachments"][0]["ID"]


def test_connection_dropped_after_store_then_find_booking_finds_it(connector, exact_fake):
    exact_fake.inject("drop_after", method="POST", path="PurchaseEntries$")
    with pytest.raises(TransientError):
        connector.post_booking(DIV, purchase(attachment=None))
    assert (
        connector.find_booking(DIV, purchase()).external_id
        == exact_fake.data(DIV)["PurchaseEntries"][0]["EntryID"]
    )


def test_server_error_on_post_is_transient_and_the_retry_reuses_the_document(connector, exact_fake):
    exact_fake.inject("status", method="POST", path="PurchaseEntries$", status=500)
    req = purchase()
    with pytest.raises(TransientError):
        connector.post_booking(DIV, req)
    assert connector.find_booking(DIV, req) is None  # the 500 stored nothing
    result = connector.post_booking(DIV, req)  # what the exactly-once layer then does
    data = exact_fake.data(DIV)
    assert len(data["PurchaseEntries"]) == 1 and len(data["Documents"]) == 1
    assert len(data["DocumentAttachments"]) == 1
    assert result.attachment_id == data["DocumentAttachments"][0]["ID"]
