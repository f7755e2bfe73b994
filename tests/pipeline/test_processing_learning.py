"""Learning from a reviewer's correction: layout anchored to labels, and coding by description."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D

import pytest

from app.pipeline.invoice import InvoiceData, PageText, Word
from app.pipeline.learning import CannotLearn, LayoutMemory, apply, learn
from app.pipeline.learning_coding import (
    CodingMemory,
    apply_coding,
    learn_coding,
    suggest_for_rate,
    suggest_gl,
)
from app.pipeline.processing_types import BookingProposal, ProposedLine


def words(*items: tuple[str, float, float]) -> list[Word]:
    """Words left to right from (text, x0, y0); a character is 5 points wide, a line 10 high."""
    out = []
    for text, x, y in items:
        for part in text.split(" "):
            out.append(Word(part, (x, y, x + 5 * len(part), y + 10)))
            x += 5 * len(part) + 4
    return out


def page(*items) -> InvoiceData:
    return InvoiceData(page_texts=[PageText(1, 595, 842, words(*items))])


def first_invoice() -> InvoiceData:
    inv = page(
        ("Jansen Bouw B.V.", 50, 40),
        ("Factuurnr.:", 50, 120),
        ("2026-0042", 120, 120),
        ("Ordernummer:", 300, 120),
        ("PO-77", 380, 120),
        ("Factuurdatum:", 50, 135),
        ("14 april 2026", 130, 135),
        ("Stenen", 50, 200),
        ("100,00", 480, 200),
        ("Subtotaal", 350, 300),
        ("100,00", 480, 300),
        ("BTW 21%", 350, 315),
        ("21,00", 480, 315),
        ("Te betalen", 350, 330),
        ("€", 465, 330),
        ("121,00", 480, 330),
    )
    # what the reader got wrong
    inv.invoice_number, inv.total_incl_vat, inv.invoice_date = "PO-77", D("100.00"), None
    return inv


def second_invoice() -> InvoiceData:
    """Same layout, other values, an extra address line and more invoice lines (shifted down)."""
    return page(
        ("Jansen Bouw B.V.", 50, 40),
        ("Postbus 12", 50, 55),
        ("Factuurnr.:", 50, 140),
        ("2026-0043", 120, 140),
        ("Ordernummer:", 300, 140),
        ("PO-78", 380, 140),
        ("Factuurdatum:", 50, 155),
        ("2 mei 2026", 130, 155),
        ("Stenen", 50, 220),
        ("100,00", 480, 220),
        ("Zand", 50, 315),
        ("75,00", 480, 315),
        ("Cement", 50, 330),
        ("75,00", 480, 330),
        ("Subtotaal", 350, 345),
        ("250,00", 480, 345),
        ("BTW 21%", 350, 360),
        ("52,50", 480, 360),
        ("Te betalen", 350, 375),
        ("€", 465, 375),
        ("302,50", 480, 375),
    )


def test_learn_once_then_read_a_shifted_invoice_of_the_same_layout():
    memory = LayoutMemory()
    first = first_invoice()
    memory = learn(memory, first, "invoice_number", "2026-0042")
    memory = learn(memory, first, "total_incl_vat", D("121.00"))
    memory = learn(memory, first, "invoice_date", date(2026, 4, 14))
    anchor = memory.fields["total_incl_vat"]
    assert (anchor.label, anchor.position) == (["te", "betalen"], "right")
    assert memory.fields["invoice_number"].label == ["factuurnr"]

    # re-reading the first invoice corrects it
    fixed = apply(memory, first)
    assert (fixed.invoice_number, fixed.total_incl_vat, fixed.invoice_date) == (
        "2026-0042",
        D("121.00"),
        date(2026, 4, 14),
    )
    # the second invoice: label anchoring finds the values where fixed coordinates would not
    # (at the first invoice's total position the second has an invoice line of 75,00)
    second = apply(memory, second_invoice())
    assert second.invoice_number == "2026-0043"
    assert second.total_incl_vat == D("302.50")
    assert second.invoice_date == date(2026, 5, 2)
    info = second.fields["total_incl_vat"]
    assert info.page == 1 and info.bbox[1] == 375 and info.confidence > 0.9


def test_memory_survives_json():
    memory = learn(LayoutMemory(), first_invoice(), "total_incl_vat", "121.00")
    again = LayoutMemory.from_dict(json.loads(json.dumps(memory.to_dict())))
    assert again == memory
    assert apply(again, second_invoice()).total_incl_vat == D("302.50")


def test_label_above_the_value_in_a_header_row():
    def doc(number, day, y):
        return page(
            ("Klantnummer", 50, y),
            ("Factuurnummer", 200, y),
            ("Datum", 350, y),
            ("K-17", 50, y + 14),
            (number, 200, y + 14),
            (day, 350, y + 14),
        )

    memory = learn(LayoutMemory(), doc("A-991", "01-03-2026", 100), "invoice_number", "a-991")
    assert memory.fields["invoice_number"].position == "below"
    assert memory.fields["invoice_number"].label == ["factuurnummer"]
    memory = learn(memory, doc("A-991", "01-03-2026", 100), "invoice_date", "2026-03-01")
    later = apply(memory, doc("A-1002", "15-04-2026", 160))
    assert (later.invoice_number, later.invoice_date) == ("A-1002", date(2026, 4, 15))


def test_value_without_a_label_is_read_at_its_position():
    memory = learn(LayoutMemory(), page(("INV88213", 450, 60)), "invoice_number", "INV88213")
    assert memory.fields["invoice_number"].position == "fixed"
    assert apply(memory, page(("INV88214", 451, 61))).invoice_number == "INV88214"
    assert apply(memory, page(("INV88214", 100, 500))).invoice_number is None


def test_fields_not_found_are_left_as_read():
    memory = learn(LayoutMemory(), first_invoice(), "total_incl_vat", D("121.00"))
    other = page(("Een", 50, 50), ("heel", 80, 50), ("andere", 110, 50), ("factuur", 150, 50))
    other.total_incl_vat = D("9.99")
    assert apply(memory, other).total_incl_vat == D("9.99")


def test_cannot_learn_a_value_that_is_not_on_the_document():
    with pytest.raises(CannotLearn):
        learn(LayoutMemory(), first_invoice(), "invoice_number", "9999-0001")
    with pytest.raises(CannotLearn):
        learn(LayoutMemory(), first_invoice(), "no_such_field", "x")


def test_coding_memory_learns_descriptions_and_applies_them():
    approved = [
        ProposedLine(
            "4300",
            "Huur bedrijfspand maart 2026",
            D("1000.00"),
            "I21",
            D("210.00"),
            vat_rate=D("21"),
        ),
        ProposedLine("4310", "Servicekosten Q1", D("150.00"), "I21", D("31.50"), vat_rate=D("21")),
    ]
    memory = learn_coding(CodingMemory(), approved)
    memory = CodingMemory.from_dict(json.loads(json.dumps(memory.to_dict())))
    assert suggest_gl(memory, "Huur bedrijfspand april 2026") == "4300"
    assert suggest_gl(memory, "Servicekosten Q2 (pand)") == "4310"
    assert suggest_gl(memory, "Telefoonkosten") is None
    new = BookingProposal(
        "INK",
        (2026, 4),
        "L001",
        "purchase",
        lines=[
            ProposedLine("4999", "Huur bedrijfspand april 2026", D("1000.00"), "I21", D("210.00"))
        ],
        total_incl_vat=D("1210.00"),
    )
    coded = apply_coding(memory, new)
    assert coded.lines[0].gl_account == "4300" and new.lines[0].gl_account == "4999"
    assert coded.is_balanced()


def test_coding_memory_per_rate_and_filling_a_missing_vat_code():
    lines = [
        ProposedLine("4000", "Stenen", D("10.00"), "I21", D("2.10"), vat_rate=D("21")),
        ProposedLine("4000", "Zand", D("10.00"), "I21", D("2.10"), vat_rate=D("21")),
        ProposedLine("4010", "Grind", D("10.00"), "I21b", D("2.10"), vat_rate=D("21")),
        ProposedLine("8990", "Afrondingsverschil", D("0.01")),
    ]
    memory = learn_coding(CodingMemory(), lines)
    assert suggest_for_rate(memory, D("21.00")) == ("4000", "I21")
    assert suggest_for_rate(memory, D("9")) == (None, None)
    assert "afrondingsverschil" not in memory.descriptions
    new = BookingProposal(
        "INK",
        None,
        "L001",
        "purchase",
        lines=[ProposedLine(None, "Cement", D("10.00"), None, D("2.10"), vat_rate=D("21"))],
        total_incl_vat=D("12.10"),
    )
    coded = apply_coding(memory, new)
    assert (coded.lines[0].gl_account, coded.lines[0].vat_code) == (None, "I21")
