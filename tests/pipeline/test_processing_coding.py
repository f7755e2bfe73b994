"""Worked examples of every coding rule, booked and checked to the cent."""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal as D

from app.pipeline.coding import propose_booking
from app.pipeline.coding_support import distribute
from app.pipeline.invoice import InvoiceData, InvoiceLine, VatLine
from app.pipeline.processing_types import (
    AdminSettings,
    Journal,
    MasterDataRef,
    Period,
    RelationRef,
    RelationSettings,
    VatCode,
)

MASTER = MasterDataRef(
    vat_codes=(
        VatCode("I21", D("21"), "normal", "purchase"),
        VatCode("I9", D("9"), "normal", "purchase", valid_from=date(2019, 1, 1)),
        VatCode("I6", D("6"), "normal", "purchase", valid_to=date(2018, 12, 31)),
        VatCode("I0", D("0"), "zero", "purchase"),
        VatCode("IVERL", D("0"), "reverse_charge", "purchase"),
        VatCode("IICP", D("0"), "icp", "purchase"),
        VatCode("V21", D("21"), "normal", "sales"),
        VatCode("V9", D("9"), "normal", "sales", valid_from=date(2019, 1, 1)),
        VatCode("VICP", D("0"), "icp", "sales"),
        VatCode("VEXP", D("0"), "export", "sales"),
    ),
    journals=(Journal("INK", "purchase"), Journal("VRK", "sales")),
    periods=tuple(
        Period(2026, m, date(2026, m, 1), date(2026, m, calendar.monthrange(2026, m)[1]))
        for m in range(1, 13)
    ),
)
ADMIN = AdminSettings(default_gl="4999", rounding_gl="8990")


def relation(**settings) -> RelationRef:
    return RelationRef(1, "L001", "Jansen Bouw B.V.", settings=RelationSettings(**settings))


def invoice(rows, total, lines=(), day=date(2026, 4, 14), **kw) -> InvoiceData:
    breakdown = [VatLine(D(r), D(b), D(a), *c) for r, b, a, *c in rows]
    net = sum((v.base for v in breakdown), D(0))
    vat = sum((v.amount for v in breakdown), D(0))
    return InvoiceData(
        invoice_number="2026-0042",
        invoice_date=day,
        total_excl_vat=net,
        total_vat=vat,
        total_incl_vat=D(total),
        vat_breakdown=breakdown,
        lines=list(lines),
        **kw,
    )


def booked(proposal):
    return [(ln.gl_account, ln.amount, ln.vat_code, ln.vat_amount) for ln in proposal.lines]


def test_fixed_coding_books_one_account_with_a_line_per_rate():
    inv = invoice([("21", "100.00", "21.00"), ("9", "50.00", "4.50")], "175.50")
    p = propose_booking(inv, "purchase", relation(fixed_gl="4000"), MASTER, ADMIN)
    assert booked(p) == [
        ("4000", D("100.00"), "I21", D("21.00")),
        ("4000", D("50.00"), "I9", D("4.50")),
    ]
    assert p.journal == "INK" and p.period == (2026, 4) and p.relation_code == "L001"
    assert p.booked_total() == D("175.50") and p.is_balanced() and p.rounding_line is None


def test_vat_coding_uses_the_account_per_rate():
    inv = invoice(
        [("21", "100.00", "21.00"), ("9", "50.00", "4.50"), ("0", "10.00", "0.00")], "185.50"
    )
    s = {"coding_rule": "vat", "vat_gl": {"21": "4000", "9": "4100", "0": "4200"}}
    p = propose_booking(inv, "purchase", relation(**s), MASTER, ADMIN)
    assert booked(p) == [
        ("4000", D("100.00"), "I21", D("21.00")),
        ("4100", D("50.00"), "I9", D("4.50")),
        ("4200", D("10.00"), "I0", D("0.00")),
    ]
    assert p.notes == []


def test_low_rate_maps_to_6_percent_code_before_2019_and_9_after():
    old = invoice([("6", "200.00", "12.00")], "212.00", day=date(2018, 6, 1))
    p = propose_booking(old, "purchase", relation(fixed_gl="4000"), MASTER, ADMIN)
    assert booked(p) == [("4000", D("200.00"), "I6", D("12.00"))]
    new = invoice([("9", "200.00", "18.00")], "218.00", day=date(2019, 1, 1))
    assert booked(propose_booking(new, "purchase", relation(fixed_gl="4000"), MASTER, ADMIN)) == [
        ("4000", D("200.00"), "I9", D("18.00"))
    ]
    # 9% on a 2018 date: the only 9% code is not valid yet -> used, but reported
    odd = invoice([("9", "200.00", "18.00")], "218.00", day=date(2018, 6, 1))
    p = propose_booking(odd, "purchase", relation(fixed_gl="4000"), MASTER, ADMIN)
    assert p.lines[0].vat_code == "I9"
    assert [n.code for n in p.notes] == ["coding_vat_code"]


def test_article_coding_books_line_by_line_with_specific_articles_overriding_groups():
    lines = [
        InvoiceLine("Koffiebonen 1 kg", D("2"), D("20.00"), D("40.00"), D("9"), "KOF-01"),
        InvoiceLine("Papier A4", D("10"), D("6.00"), D("60.00"), D("21"), "KAN-100"),
        InvoiceLine("Bureaulamp", D("1"), D("25.00"), D("25.00"), D("21"), "KAN-200"),
    ]
    inv = invoice([("9", "40.00", "3.60"), ("21", "85.00", "17.85")], "146.45", lines)
    s = {
        "coding_rule": "article",
        "article_groups": {"KOF": "4010", "KAN": "4020"},
        "specific_articles": {"KAN-200": "0400"},
    }
    p = propose_booking(inv, "purchase", relation(**s), MASTER, ADMIN)
    assert booked(p) == [
        ("4010", D("40.00"), "I9", D("3.60")),
        ("4020", D("60.00"), "I21", D("12.60")),
        ("0400", D("25.00"), "I21", D("5.25")),
    ]
    assert [ln.description for ln in p.lines][0] == "Koffiebonen 1 kg"
    assert p.is_balanced() and p.notes == []


def test_specific_coding_matches_descriptions_and_falls_back_to_the_rate_account():
    lines = [
        InvoiceLine("Huur bedrijfspand", amount=D("1000.00"), vat_rate=D("21")),
        InvoiceLine("Servicekosten", amount=D("150.00"), vat_rate=D("21")),
    ]
    inv = invoice([("21", "1150.00", "241.50")], "1391.50", lines)
    s = {
        "coding_rule": "specific",
        "specific_articles": {"huur bedrijfspand": "4300"},
        "vat_gl": {"21": "4310"},
    }
    p = propose_booking(inv, "purchase", relation(**s), MASTER, ADMIN)
    assert booked(p) == [
        ("4300", D("1000.00"), "I21", D("210.00")),
        ("4310", D("150.00"), "I21", D("31.50")),
    ]


def test_summary_coding_books_the_vat_summary_not_the_lines():
    lines = [InvoiceLine(f"Aansluiting {i}", amount=D("33.33"), vat_rate=D("21")) for i in range(3)]
    inv = invoice([("21", "99.99", "21.00")], "120.99", lines)
    s = {"coding_rule": "summary", "vat_gl": {"21": "4500"}}
    p = propose_booking(inv, "purchase", relation(**s), MASTER, ADMIN)
    assert booked(p) == [("4500", D("99.99"), "I21", D("21.00"))]
    assert p.lines[0].description.startswith("Samenvatting")


def test_article_coding_without_lines_falls_back_and_says_so():
    inv = invoice([("21", "100.00", "21.00")], "121.00")
    p = propose_booking(inv, "purchase", relation(coding_rule="article"), MASTER, ADMIN)
    assert booked(p) == [("4999", D("100.00"), "I21", D("21.00"))]
    assert [n.code for n in p.notes] == ["coding_no_lines"]


def test_small_difference_goes_into_the_largest_lines_vat():
    inv = invoice([("21", "80.00", "16.80"), ("9", "10.00", "0.90")], "107.71")
    p = propose_booking(inv, "purchase", relation(fixed_gl="4000"), MASTER, ADMIN)
    assert booked(p) == [
        ("4000", D("80.00"), "I21", D("16.81")),
        ("4000", D("10.00"), "I9", D("0.90")),
    ]
    assert p.rounding_line is None and p.booked_total() == D("107.71")
    assert [n.code for n in p.notes] == ["coding_rounding_vat"]


def test_big_difference_goes_onto_a_rounding_line_and_is_reported():
    inv = invoice([("21", "80.00", "16.80")], "97.80")
    p = propose_booking(inv, "purchase", relation(fixed_gl="4000"), MASTER, ADMIN)
    assert booked(p) == [("4000", D("80.00"), "I21", D("16.80"))]
    assert p.rounding_line is not None
    assert (p.rounding_line.gl_account, p.rounding_line.amount) == ("8990", D("1.00"))
    assert p.rounding_line.vat_amount == 0 and p.is_balanced()
    assert [n.code for n in p.notes] == ["coding_rounding_line"]


def test_article_lines_not_adding_up_get_a_difference_line():
    lines = [InvoiceLine("Stenen", amount=D("90.00"), vat_rate=D("21"))]
    inv = invoice([("21", "100.00", "21.00")], "121.00", lines)
    p = propose_booking(
        inv, "purchase", relation(coding_rule="article", fixed_gl="4000"), MASTER, ADMIN
    )
    assert booked(p) == [
        ("4000", D("90.00"), "I21", D("18.90")),
        ("4000", D("10.00"), "I21", D("2.10")),
    ]
    assert [n.code for n in p.notes] == ["coding_line_difference"]
    assert p.is_balanced()


def test_credit_note_printed_positive_books_negative():
    inv = invoice([("21", "100.00", "21.00")], "121.00", document_type="credit_note")
    p = propose_booking(inv, "purchase", relation(fixed_gl="4000"), MASTER, ADMIN)
    assert booked(p) == [("4000", D("-100.00"), "I21", D("-21.00"))]
    assert p.total_incl_vat == D("-121.00") and p.is_balanced()


def test_credit_note_printed_negative_is_not_negated_twice():
    inv = invoice([("21", "-100.00", "-21.00")], "-121.00", document_type="credit_note")
    p = propose_booking(inv, "purchase", relation(fixed_gl="4000"), MASTER, ADMIN)
    assert booked(p) == [("4000", D("-100.00"), "I21", D("-21.00"))]
    assert p.total_incl_vat == D("-121.00")


def test_reverse_charge_books_the_reverse_charge_code_without_vat():
    inv = invoice([("21", "1000.00", "0.00", "AE")], "1000.00", reverse_charge=True)
    p = propose_booking(inv, "purchase", relation(fixed_gl="4000"), MASTER, ADMIN)
    assert booked(p) == [("4000", D("1000.00"), "IVERL", D("0.00"))]
    assert p.is_balanced() and p.notes == []
    plain = invoice([("0", "500.00", "0.00")], "500.00", reverse_charge=True)
    assert booked(propose_booking(plain, "purchase", relation(fixed_gl="4000"), MASTER, ADMIN)) == [
        ("4000", D("500.00"), "IVERL", D("0.00"))
    ]


def test_icp_and_export_sales_use_their_codes_and_the_sales_journal():
    inv = invoice([("0", "700.00", "0.00", "K"), ("0", "300.00", "0.00", "G")], "1000.00")
    p = propose_booking(inv, "sales", relation(fixed_gl="8000"), MASTER, ADMIN)
    assert booked(p) == [
        ("8000", D("700.00"), "VICP", D("0.00")),
        ("8000", D("300.00"), "VEXP", D("0.00")),
    ]
    assert p.journal == "VRK"


def test_relation_default_vat_code_wins_and_totals_only_invoice_infers_the_rate():
    inv = InvoiceData(
        invoice_number="7",
        invoice_date=date(2026, 5, 2),
        total_excl_vat=D("250.00"),
        total_vat=D("22.50"),
        total_incl_vat=D("272.50"),
    )
    rel = relation(fixed_gl="4000", default_vat_codes={"9": "I9"})
    assert booked(propose_booking(inv, "purchase", rel, MASTER, ADMIN)) == [
        ("4000", D("250.00"), "I9", D("22.50"))
    ]


def test_no_relation_uses_the_administration_default_account():
    inv = invoice([("21", "10.00", "2.10")], "12.10")
    p = propose_booking(inv, "purchase", None, MASTER, ADMIN)
    assert booked(p) == [("4999", D("10.00"), "I21", D("2.10"))] and p.relation_code is None
    bare = propose_booking(inv, "purchase", None, MASTER, AdminSettings())
    assert bare.lines[0].gl_account is None
    assert "coding_no_gl" in [n.code for n in bare.notes]


def test_distribute_always_adds_up_exactly():
    assert distribute(D("29.93"), [D("100"), D("50"), D("-7.5")]) == [
        D("21.00"),
        D("10.50"),
        D("-1.57"),
    ]
    assert distribute(D("0.10"), [D("1")] * 3) == [D("0.04"), D("0.03"), D("0.03")]
    assert distribute(D("-0.10"), [D("1")] * 3) == [D("-0.03"), D("-0.03"), D("-0.04")]
    assert distribute(D("5.00"), [D("0"), D("0")]) == [D("5.00"), D("0")]


def test_only_a_total_is_booked_without_vat_and_reported():
    inv = InvoiceData(invoice_number="8", invoice_date=date(2026, 5, 2), total_incl_vat=D("60.50"))
    p = propose_booking(inv, "purchase", relation(fixed_gl="4000"), MASTER, ADMIN)
    assert booked(p) == [("4000", D("60.50"), "I0", D("0.00"))]
    assert [n.code for n in p.notes] == ["coding_total_only"] and p.is_balanced()


def test_lines_with_rates_but_no_summary_give_vat_per_rate():
    lines = [
        InvoiceLine("Brood", amount=D("10.00"), vat_rate=D("9")),
        InvoiceLine("Schoonmaak", amount=D("20.00"), vat_rate=D("21")),
    ]
    inv = InvoiceData(
        invoice_number="9", invoice_date=date(2026, 5, 2), total_incl_vat=D("35.10"), lines=lines
    )
    s = {"coding_rule": "article", "article_groups": {"brood": "7000"}, "fixed_gl": "4000"}
    p = propose_booking(inv, "purchase", relation(**s), MASTER, ADMIN)
    assert booked(p) == [
        ("4000", D("20.00"), "I21", D("4.20")),
        ("7000", D("10.00"), "I9", D("0.90")),
    ]
    assert p.notes == [] and p.is_balanced()
