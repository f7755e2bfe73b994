"""Twinfield XML building and parsing without a server: the transaction document, refusals
read from where Twinfield marks the error, relation fields from their alternative places, VAT
kinds, and the safe parser."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from lxml import etree

from app.connectors import twinfield_xml as tx
from app.connectors.base import BookingLineData, BookingRequest
from app.connectors.twinfield_soap import SoapFault, parse_xml


def request(**changes) -> BookingRequest:
    base = {
        "kind": "purchase",
        "journal": "INK",
        "relation_code": "2000",
        "invoice_number": "F/1",
        "invoice_date": date(2026, 2, 3),
        "due_date": None,
        "period": (2026, 2),
        "currency": "EUR",
        "description": "Kantoorartikelen & papier",
        "our_reference": "r-1",
        "total_incl_vat": Decimal("60.50"),
        "lines": (BookingLineData("4000", "", Decimal("50"), "IH", Decimal("10.5")),),
    }
    return BookingRequest(**{**base, **changes})


def test_purchase_transaction_document():
    root = tx.transaction_request(request(), "TF001", destiny="temporary", control_account="1600")
    trs = root.find("transaction")
    assert (trs.get("destiny"), trs.get("autobalancevat"), trs.get("raisewarning")) == (
        "temporary",
        "true",
        "true",
    )
    assert [e.tag for e in trs.find("header")] == [
        "office",
        "code",
        "currency",
        "date",
        "period",
        "invoicenumber",
        "freetext1",
    ]
    assert trs.findtext("header/date") == "20260203" and trs.findtext("header/period") == "2026/02"
    total, detail = trs.findall("lines/line")
    assert [total.findtext(t) for t in ("dim1", "dim2", "debitcredit", "value")] == [
        "1600",
        "2000",
        "credit",
        "60.50",
    ]
    assert [detail.findtext(t) for t in ("dim1", "debitcredit", "value", "vatvalue")] == [
        "4000",
        "debit",
        "50.00",
        "10.50",
    ]
    assert detail.findtext("description") == "Kantoorartikelen & papier"
    assert "&amp;" in tx.to_string(root)  # escaped by the serializer, never by hand


def answer(xml: str) -> etree._Element:
    return etree.fromstring(xml)


@pytest.mark.parametrize(
    ("xml", "category", "code"),
    [
        (
            '<transaction result="0"><header><period msgtype="error" msg="Period is closed.">'
            "2017/01</period></header></transaction>",
            "document",
            "period_closed",
        ),
        (
            '<transaction result="0"><header/><lines><line type="total"><dim2 msgtype="error" '
            'msg="Code 2999 not found.">2999</dim2></line></lines></transaction>',
            "relation",
            "unknown_relation",
        ),
        (
            '<transaction result="0" msgtype="error" msg="The transaction is not balanced.">'
            "<header/></transaction>",
            "document",
            "unbalanced",
        ),
        (
            '<transaction result="0"><header><invoicenumber msgtype="warning" msg="In use.">7'
            "</invoicenumber></header></transaction>",
            "document",
            "duplicate_invoice",
        ),
        (
            '<transaction result="0"><lines><line type="detail"><dim2 msgtype="error" msg="KPL">'
            "9</dim2></line></lines></transaction>",
            "document",
            "unknown_cost_centre",
        ),
        (
            '<transaction result="0"><lines><line type="detail"><dim1 msgtype="error" msg="x">1'
            '</dim1></line><line type="total"><dim2 msgtype="error" msg="y">2</dim2></line>'
            "</lines></transaction>",
            "relation",
            "unknown_relation",
        ),
    ],
)
def test_refusal_categories(xml, category, code):
    refused = tx.refusal(answer(xml))
    assert (refused.category, refused.code) == (category, code)
    assert refused.message


def test_relation_fields_from_financials_and_address():
    dim = answer(
        "<dimension><code>2000</code><name>Jansen</name><financials><vatnumber>NL1B01</vatnumber>"
        "<chamberofcommerce>11112222</chamberofcommerce></financials><addresses>"
        '<address id="1" default="true"><country>DE</country><city>Köln</city></address>'
        '</addresses><banks><bank id="1"><iban>NL91 ABNA 0417 1643 00</iban></bank></banks>'
        "</dimension>"
    )
    rel = tx.parse_relation(dim, "supplier")
    assert (rel.vat_number, rel.kvk, rel.country, rel.city) == ("NL1B01", "11112222", "DE", "Köln")
    assert rel.ibans == ("NL91ABNA0417164300",)


@pytest.mark.parametrize(
    ("code", "name", "pct", "kind"),
    [
        ("IH", "BTW hoog", "21", "high"),
        ("IL", "BTW laag", "9", "low"),
        ("I6", "Laag oud", "6", "low"),
        ("IV", "Btw verlegd", "0", "reverse_charge"),
        ("ICP", "Leveringen binnen EU", "0", "icp"),
        ("VE", "Export buiten EU", "0", "export"),
        ("VN", "Nul", "0", "zero"),
        ("VV", "Vrijgesteld", "0", "exempt"),
    ],
)
def test_vat_kind(code, name, pct, kind):
    assert tx.vat_kind(code, name, Decimal(pct)) == kind


def test_parser_refuses_dtds_and_token_faults_are_recognised():
    with pytest.raises(ValueError):
        parse_xml('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')
    assert SoapFault("Access denied. Token invalid.").token_rejected
    assert not SoapFault("Toegang geweigerd. Company ontbreekt in request header.").token_rejected
