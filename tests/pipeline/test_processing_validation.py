"""Every validation check: the failing case gives its Finding, the clean case gives none."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from app.pipeline.coding import propose_booking
from app.pipeline.invoice import FieldInfo, InvoiceData, InvoiceLine, Party, VatLine
from app.pipeline.matching import MatchResult, propose_new_relation
from app.pipeline.processing_types import (
    AdminIdentity,
    AdminSettings,
    GlAccount,
    MasterDataRef,
    Period,
    RelationRef,
    RelationSettings,
    VatCode,
)
from app.pipeline.validation import ExistingInvoice, validate

IBAN_KNOWN, IBAN_OTHER, OWN_IBAN = "NL02ABNA0123456789", "NL20INGB0001234567", "NL91ABNA0417164300"
IDENTITY = AdminIdentity("Bakkerij Zon B.V.", "12345678", "NL100000009B01", (OWN_IBAN,))
MASTER = MasterDataRef(
    gl_accounts={"4000": GlAccount("Inkoop"), "4100": GlAccount("Oud", blocked=True)},
    vat_codes=(VatCode("I21", D("21")), VatCode("I9", D("9")), VatCode("I0", D("0"), "zero")),
    cost_centres=("KP1",),
    projects=("P1",),
    periods=(
        Period(2026, 1, date(2026, 1, 1), date(2026, 1, 31), closed=True),
        Period(2026, 2, date(2026, 2, 1), date(2026, 2, 28)),
    ),
)
ADMIN = AdminSettings(default_gl="4000", auto_booking_limit=D("1000.00"))
MATCH = MatchResult(1, "L001", "vat", 1.0)


def relation(**settings) -> RelationRef:
    settings.setdefault("fixed_gl", "4000")
    settings.setdefault("questions", "never")
    return RelationRef(
        1, "L001", "Jansen Bouw", ibans=(IBAN_KNOWN,), settings=RelationSettings(**settings)
    )


def good_invoice(**kw) -> InvoiceData:
    values = dict(
        supplier=Party("Jansen Bouw", iban=IBAN_KNOWN),
        invoice_number="2026-0042",
        invoice_date=date(2026, 2, 10),
        total_excl_vat=D("100.00"),
        total_vat=D("21.00"),
        total_incl_vat=D("121.00"),
        vat_breakdown=[VatLine(D("21"), D("100.00"), D("21.00"))],
        lines=[InvoiceLine("Stenen", amount=D("100.00"), vat_rate=D("21"))],
        fields={"invoice_number": FieldInfo(0.99), "total_incl_vat": FieldInfo(0.95)},
    )
    values.update(kw)
    return InvoiceData(**values)


def run(inv, rel=None, existing=(), match=MATCH, admin=ADMIN, proposal=True):
    rel = rel if rel is not None else relation()
    p = propose_booking(inv, "purchase", rel, MASTER, admin) if proposal else None
    return validate(inv, "purchase", rel, match, p, MASTER, admin, IDENTITY, existing)


def codes(findings):
    return [f.code for f in findings]


def test_a_clean_invoice_has_no_findings():
    assert run(good_invoice()) == []


def test_unknown_relation_carries_the_proposed_relation_data():
    inv = good_invoice(supplier=Party("Nieuw B.V.", kvk="55554444", vat_number="NL100000009B01"))
    new = propose_new_relation(inv, "purchase", IDENTITY)
    findings = validate(inv, "purchase", None, None, None, MASTER, ADMIN, IDENTITY, (), new)
    [f] = [f for f in findings if f.code == "relation_unknown"]
    assert (
        f.severity == "error" and "Nieuw B.V." in f.text_nl and "maak een nieuwe aan" in f.text_nl
    )
    assert f.data["proposal"]["kvk"] == "55554444" and f.data["proposal"]["vat_number"] is None


def test_uncertain_name_match_asks_to_check_the_relation():
    assert codes(run(good_invoice(), match=MatchResult(1, "L001", "name", 0.86))) == [
        "relation_uncertain"
    ]


def test_totals_that_do_not_add_up():
    lines = [InvoiceLine("Stenen", amount=D("90.00"), vat_rate=D("21"))]
    assert "totals_lines_net" in codes(run(good_invoice(lines=lines)))
    found = run(good_invoice(total_incl_vat=D("122.00")))
    assert "totals_net_vat_total" in codes(found)
    assert "coding_rounding_line" in codes(found)  # the booking still balances, via a rounding line
    bad_vat = good_invoice(
        total_vat=D("25.00"),
        total_incl_vat=D("125.00"),
        vat_breakdown=[VatLine(D("21"), D("100.00"), D("25.00"))],
    )
    assert codes(run(bad_vat)) == ["totals_vat_rate"]
    assert (
        codes(run(good_invoice(total_vat=D("20.00"), total_incl_vat=D("120.00"))))[0]
        == "totals_vat_breakdown"
    )
    assert "missing_total" in codes(run(good_invoice(total_incl_vat=None)))
    base_off = good_invoice(
        total_excl_vat=D("100.05"),
        total_incl_vat=D("121.05"),
        lines=[InvoiceLine("Stenen", amount=D("100.05"), vat_rate=D("21"))],
    )
    found = codes(run(base_off))
    assert "totals_breakdown_base" in found and "coding_rounding_vat" in found


def test_vat_rate_not_allowed_for_the_relation():
    inv = good_invoice(
        total_excl_vat=D("100.00"),
        total_vat=D("9.00"),
        total_incl_vat=D("109.00"),
        vat_breakdown=[VatLine(D("9"), D("100.00"), D("9.00"))],
        lines=[],
    )
    assert codes(run(inv, relation(allowed_vat_rates=("21",)))) == ["vat_rate_not_allowed"]
    vat_rule = relation(coding_rule="vat", vat_gl={"21": "4000"})
    assert codes(run(inv, vat_rule)) == ["vat_rate_not_allowed"]


def test_low_rate_that_does_not_fit_the_date():
    inv = good_invoice(
        invoice_date=date(2018, 5, 1),
        total_vat=D("9.00"),
        total_incl_vat=D("109.00"),
        vat_breakdown=[VatLine(D("9"), D("100.00"), D("9.00"))],
        lines=[],
    )
    assert "vat_rate_date" in codes(run(inv, proposal=False))


def test_missing_invoice_number_and_date():
    found = run(good_invoice(invoice_number=" ", invoice_date=None))
    assert codes(found) == ["missing_invoice_number", "missing_invoice_date"]
    assert all(f.severity == "error" and f.text_nl and f.text_en for f in found)


def test_date_in_a_closed_or_unknown_period():
    [f] = run(good_invoice(invoice_date=date(2026, 1, 15)))
    assert f.code == "period_closed" and "2026/01" in f.text_nl
    assert codes(run(good_invoice(invoice_date=date(2026, 5, 1)))) == ["period_missing"]


def test_duplicate_by_number_and_by_amount_and_date():
    same_number = ExistingInvoice("L001", "2026 0042", D("50.00"), date(2026, 1, 2), 7)
    [f] = run(good_invoice(), existing=[same_number])
    assert (f.code, f.severity, f.data["document_id"]) == ("duplicate_invoice", "error", 7)
    same_amount = ExistingInvoice("L001", "X-1", D("121.00"), date(2026, 2, 10), 8)
    assert codes(run(good_invoice(), existing=[same_amount])) == ["possible_duplicate"]
    other_relation = ExistingInvoice("L999", "2026-0042", D("121.00"), date(2026, 2, 10), 9)
    assert run(good_invoice(), existing=[other_relation]) == []


def test_iban_that_differs_from_the_known_ones_is_a_fraud_warning():
    [f] = run(good_invoice(supplier=Party("Jansen Bouw", iban="NL20 INGB 0001 2345 67")))
    assert f.code == "iban_changed" and f.severity == "error" and IBAN_OTHER in f.text_nl
    known_in_settings = relation(known_ibans=(IBAN_OTHER,))
    assert (
        run(good_invoice(supplier=Party("Jansen Bouw", iban=IBAN_OTHER)), known_in_settings) == []
    )


def test_amount_above_the_automatic_booking_limit():
    inv = good_invoice(
        total_excl_vat=D("1000.00"),
        total_vat=D("210.00"),
        total_incl_vat=D("1210.00"),
        vat_breakdown=[VatLine(D("21"), D("1000.00"), D("210.00"))],
        lines=[],
    )
    assert codes(run(inv)) == ["above_auto_limit"]


def test_relation_set_to_always_ask_and_unsure_fields():
    assert codes(run(good_invoice(), relation(questions="always"))) == ["always_ask"]
    inv = good_invoice(fields={"invoice_number": FieldInfo(0.5), "total_incl_vat": FieldInfo(0.95)})
    [f] = run(inv, relation(questions="unsure"))
    assert (f.code, f.field) == (
        "low_confidence",
        "invoice_number",
    ) and "factuurnummer" in f.text_nl
    assert run(inv, relation(questions="never")) == []


def test_booking_master_data_checks():
    blocked = relation(fixed_gl="4100")
    assert codes(run(good_invoice(), blocked)) == ["gl_blocked"]
    assert codes(run(good_invoice(), relation(fixed_gl="9999"))) == ["gl_unknown"]
    assert codes(run(good_invoice(), relation(cost_centre="KP9", project="P9"))) == [
        "cost_centre_unknown",
        "project_unknown",
    ]


def test_other_documents_are_not_checked():
    assert (
        validate(
            good_invoice(invoice_number=None), "other", None, None, None, MASTER, ADMIN, IDENTITY
        )
        == []
    )


def test_a_booking_edited_out_of_balance_is_an_error():
    inv = good_invoice()
    p = propose_booking(inv, "purchase", relation(), MASTER, ADMIN)
    p.lines[0].amount += D("5.00")
    found = validate(inv, "purchase", relation(), MATCH, p, MASTER, ADMIN, IDENTITY)
    assert codes(found) == ["booking_unbalanced"] and "€ -5,00" in found[0].text_nl
