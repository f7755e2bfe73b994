"""Worked examples of the advanced relation settings: discounts, dimensions, intercompany, split."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from app.pipeline.coding import propose_booking
from app.pipeline.invoice import InvoiceData, InvoiceLine, VatLine
from app.pipeline.processing_types import (
    AdminSettings,
    ColumnSplitPart,
    MasterDataRef,
    RelationRef,
    RelationSettings,
    VatCode,
)

MASTER = MasterDataRef(vat_codes=(VatCode("I21", D("21")), VatCode("I9", D("9"))))
ADMIN = AdminSettings(default_gl="4999", rounding_gl="8990")


def rel(code="L001", **settings) -> RelationRef:
    return RelationRef(1, code, f"Relatie {code}", settings=RelationSettings(**settings))


def inv(rows, total, lines=()) -> InvoiceData:
    breakdown = [VatLine(D(r), D(b), D(a)) for r, b, a in rows]
    return InvoiceData(
        invoice_number="A-1",
        invoice_date=date(2026, 6, 1),
        total_excl_vat=sum((v.base for v in breakdown), D(0)),
        total_vat=sum((v.amount for v in breakdown), D(0)),
        total_incl_vat=D(total),
        vat_breakdown=breakdown,
        lines=list(lines),
    )


def booked(p):
    return [(ln.gl_account, ln.amount, ln.vat_amount) for ln in p.lines]


def line(desc, amount, rate="21"):
    return InvoiceLine(desc, amount=D(amount), vat_rate=D(rate))


ARTICLE = {"coding_rule": "article", "fixed_gl": "4000"}


def test_percentage_discount_on_invoice_lines_gets_its_own_line():
    doc = inv(
        [("21", "142.50", "29.93")], "172.43", [line("Tegels", "100.00"), line("Lijm", "50.00")]
    )
    s = {**ARTICLE, "discount_kind": "percentage", "discount_value": D("5"), "discount_gl": "8000"}
    p = propose_booking(doc, "purchase", rel(**s), MASTER, ADMIN)
    assert booked(p) == [
        ("4000", D("100.00"), D("21.00")),
        ("4000", D("50.00"), D("10.50")),
        ("8000", D("-7.50"), D("-1.57")),
    ]
    assert p.lines[2].description == "Korting 5% (21% btw)" and p.lines[2].vat_code == "I21"
    assert p.booked_total() == D("172.43") and p.notes == []


def test_percentage_discount_with_fixed_coding_grosses_up_the_net_line():
    doc = inv([("21", "95.00", "19.95")], "114.95")
    s = {
        "fixed_gl": "4000",
        "discount_kind": "percentage",
        "discount_value": D("5"),
        "discount_gl": "8000",
    }
    p = propose_booking(doc, "purchase", rel(**s), MASTER, ADMIN)
    assert booked(p) == [("4000", D("100.00"), D("21.00")), ("8000", D("-5.00"), D("-1.05"))]
    assert p.is_balanced()


def test_fixed_amount_discount():
    doc = inv([("21", "90.00", "18.90")], "108.90", [line("A", "60.00"), line("B", "40.00")])
    s = {**ARTICLE, "discount_kind": "fixed", "discount_value": D("10.00"), "discount_gl": "8000"}
    p = propose_booking(doc, "purchase", rel(**s), MASTER, ADMIN)
    assert booked(p) == [
        ("4000", D("60.00"), D("12.60")),
        ("4000", D("40.00"), D("8.40")),
        ("8000", D("-10.00"), D("-2.10")),
    ]
    assert p.notes == []


def test_difference_discount_books_lines_minus_net():
    doc = inv([("21", "99.00", "20.79")], "119.79", [line("A", "80.00"), line("B", "30.00")])
    s = {**ARTICLE, "discount_kind": "difference", "discount_gl": "8000"}
    p = propose_booking(doc, "purchase", rel(**s), MASTER, ADMIN)
    assert booked(p) == [
        ("4000", D("80.00"), D("16.80")),
        ("4000", D("30.00"), D("6.30")),
        ("8000", D("-11.00"), D("-2.31")),
    ]


def test_difference_discount_with_vat_coding_uses_the_read_lines():
    doc = inv([("21", "99.00", "20.79")], "119.79", [line("A", "80.00"), line("B", "30.00")])
    s = {
        "coding_rule": "vat",
        "vat_gl": {"21": "4000"},
        "discount_kind": "difference",
        "discount_gl": "8000",
    }
    p = propose_booking(doc, "purchase", rel(**s), MASTER, ADMIN)
    assert booked(p) == [("4000", D("110.00"), D("23.10")), ("8000", D("-11.00"), D("-2.31"))]


def test_discount_without_gl_is_reported():
    doc = inv([("21", "95.00", "19.95")], "114.95")
    s = {"fixed_gl": "4000", "discount_kind": "percentage", "discount_value": D("5")}
    p = propose_booking(doc, "purchase", rel(**s), MASTER, ADMIN)
    assert p.lines[1].gl_account == "4000"
    assert [n.code for n in p.notes] == ["coding_discount_gl"]


def test_cost_centre_project_and_partner_by_relation():
    doc = inv([("21", "100.00", "21.00")], "121.00")
    s = {"fixed_gl": "4000", "cost_centre": "KP10", "project": "PRJ1", "partner_code": "P77"}
    ln = propose_booking(doc, "purchase", rel(**s), MASTER, ADMIN).lines[0]
    assert (ln.cost_centre, ln.project, ln.partner) == ("KP10", "PRJ1", "P77")


def test_project_and_partner_by_gl_account():
    doc = inv([("21", "100.00", "21.00"), ("9", "10.00", "0.90")], "131.90")
    s = {
        "coding_rule": "vat",
        "vat_gl": {"21": "4000", "9": "4100"},
        "project_mode": "gl",
        "project_by_gl": {"4000": "PRJ-A"},
        "partner_mode": "gl",
        "partner_by_gl": {"4100": "P-9"},
        "project": "IGNORED",
    }
    p = propose_booking(doc, "purchase", rel(**s), MASTER, ADMIN)
    assert [(ln.gl_account, ln.project, ln.partner) for ln in p.lines] == [
        ("4000", "PRJ-A", None),
        ("4100", None, "P-9"),
    ]


def test_manual_project_and_partner_are_left_empty_and_flagged():
    doc = inv([("21", "100.00", "21.00")], "121.00")
    s = {"fixed_gl": "4000", "project_mode": "manual", "partner_mode": "manual", "project": "X"}
    p = propose_booking(doc, "purchase", rel(**s), MASTER, ADMIN)
    assert (p.lines[0].project, p.lines[0].partner) == (None, None)
    assert [n.code for n in p.notes] == ["coding_manual_project", "coding_manual_partner"]


def test_intercompany_books_onto_the_other_relations_accounts():
    other = rel("IC01", coding_rule="vat", vat_gl={"21": "1500"})
    own = rel("L001", fixed_gl="4000", intercompany_relation="IC01", cost_centre="KP1")
    doc = inv([("21", "100.00", "21.00")], "121.00")
    p = propose_booking(doc, "purchase", own, MASTER, ADMIN, relations_by_code={"IC01": other})
    assert booked(p) == [("1500", D("100.00"), D("21.00"))]
    assert (p.lines[0].partner, p.lines[0].cost_centre, p.relation_code) == ("IC01", "KP1", "L001")
    # without the other relation at hand the own coding is used
    assert booked(propose_booking(doc, "purchase", own, MASTER, ADMIN)) == [
        ("4000", D("100.00"), D("21.00"))
    ]


def test_intercompany_current_account_takes_every_line():
    doc = inv([("21", "100.00", "21.00"), ("9", "10.00", "0.90")], "131.90")
    s = {
        "coding_rule": "vat",
        "vat_gl": {"21": "4000", "9": "4100"},
        "intercompany_account": "1600",
    }
    p = propose_booking(doc, "purchase", rel(**s), MASTER, ADMIN)
    assert [ln.gl_account for ln in p.lines] == ["1600", "1600"]


def test_column_split_divides_every_line_exactly():
    doc = inv([("21", "100.01", "21.00")], "121.01")
    split = (
        ColumnSplitPart(D("60"), gl_account="4000", cost_centre="KP-A"),
        ColumnSplitPart(D("40"), gl_account="4001", cost_centre="KP-B"),
    )
    p = propose_booking(doc, "purchase", rel(fixed_gl="4999", column_split=split), MASTER, ADMIN)
    assert [(ln.gl_account, ln.cost_centre, ln.amount, ln.vat_amount) for ln in p.lines] == [
        ("4000", "KP-A", D("60.01"), D("12.60")),
        ("4001", "KP-B", D("40.00"), D("8.40")),
    ]
    assert p.booked_total() == D("121.01") and p.rounding_line is None


def test_credit_note_with_discount_and_split_stays_balanced():
    doc = inv(
        [("21", "142.50", "29.93")], "172.43", [line("Tegels", "100.00"), line("Lijm", "50.00")]
    )
    doc.document_type = "credit_note"
    s = {
        **ARTICLE,
        "discount_kind": "percentage",
        "discount_value": D("5"),
        "discount_gl": "8000",
        "column_split": (ColumnSplitPart(D("50")), ColumnSplitPart(D("50"))),
    }
    p = propose_booking(doc, "purchase", rel(**s), MASTER, ADMIN)
    assert p.booked_total() == D("-172.43") and p.total_incl_vat == D("-172.43")
    assert sum((ln.amount for ln in p.lines), D(0)) == D("-142.50")
    assert len(p.lines) == 6 and p.rounding_line is None
