"""VAT rates beyond the Netherlands: the supplier's country (VAT-id prefix) picks the rate table.

Foreign suppliers charging their own VAT (German 19/7 %, Belgian 21/6 %, French 20/10 %,
Austrian 20/13 %, British 20 %) must read with the right totals and per-rate breakdown; a VAT
amount that is not printed is worked out at a rate of the supplier's country; Dutch rates stay
the default.
"""

from __future__ import annotations

from decimal import Decimal

import pymupdf
import pytest

from app.pipeline.amounts import NET, TOTAL, Amount
from app.pipeline.invoice import InvoiceData, Party, VatLine, invoice_to_json
from app.pipeline.totals import choose
from app.pipeline.validation import check_vat_rate_dates
from app.pipeline.vat_rates import VAT_RATES, country_of_vat_id, rates_for
from app.pipeline.visual import read_pdf
from app.samples.foreign import foreign_suppliers
from app.samples.generator import LAYOUTS, generate_invoice

D = Decimal
_FIELDS = ("total_excl_vat", "total_vat", "total_incl_vat", "vat_breakdown", "lines",
           "invoice_number", "invoice_date", "due_date", "currency")  # fmt: skip


def test_rate_table_by_vat_id_prefix():
    assert rates_for("DE123456789")[:2] == (D("19"), D("7"))
    assert rates_for("BE0123456749")[0] == D("21") and D("6") in rates_for("BE0123456749")
    assert rates_for("FR40303265045")[:3] == (D("20"), D("10"), D("5.5"))
    assert rates_for("ATU13585627")[:3] == (D("20"), D("13"), D("10"))
    assert rates_for("GB980780684") == (D("20"), D("5"))
    assert rates_for("EL094259216") == VAT_RATES["GR"] and country_of_vat_id("EL1") is None
    assert rates_for(None) == rates_for("NL001234567B01") == (D("21"), D("9"), D("6"))
    assert rates_for("CHE123456789") == VAT_RATES["NL"]  # unknown country: the Dutch default
    for country in ("BE", "DE", "FR", "LU", "AT", "ES", "IT", "IE", "DK", "SE", "PL", "GB"):
        assert VAT_RATES[country] and all(r > 0 for r in VAT_RATES[country])


def _amount(value: str, kind: str, order: int) -> Amount:
    return Amount(D(value), kind, 0.9, 1, (0.0, 0.0, 1.0, 1.0), order)


@pytest.mark.parametrize(
    ("net", "total", "rates", "rate"),
    [
        ("100.00", "119.00", VAT_RATES["DE"], "19"),
        ("100.00", "107.00", VAT_RATES["DE"], "7"),
        ("250.00", "300.00", VAT_RATES["GB"], "20"),
        ("80.00", "84.40", VAT_RATES["FR"], "5.5"),
        ("100.00", "121.00", VAT_RATES["NL"], "21"),
    ],
)
def test_unprinted_vat_is_worked_out_at_the_countrys_rate(net, total, rates, rate):
    amounts = [_amount(net, NET, 1), _amount(total, TOTAL, 2)]
    tot = choose(amounts, zero_vat=False, lines_sum=D(net), rates=rates)
    assert (tot.net, tot.vat, tot.total) == (D(net), D(total) - D(net), D(total))
    assert [(v.rate, v.base) for v in tot.breakdown] == [(D(rate), D(net))]


def test_without_the_country_19_percent_is_not_a_rate():
    amounts = [_amount("100.00", NET, 1), _amount("119.00", TOTAL, 2)]
    tot = choose(amounts, zero_vat=False, lines_sum=D("100.00"))
    assert all(v.rate != 19 for v in tot.breakdown)  # 19 % is no Dutch rate


@pytest.mark.parametrize("supplier", range(5))
@pytest.mark.parametrize("layout", LAYOUTS[::3])
def test_foreign_supplier_invoice(supplier, layout):
    sup = foreign_suppliers()[supplier]
    g = generate_invoice(900 + supplier, layout=layout, supplier=sup)
    with pymupdf.open(stream=g.pdf, filetype="pdf") as doc:
        got = invoice_to_json(read_pdf(doc))
    assert {k: got[k] for k in _FIELDS} == {k: g.truth[k] for k in _FIELDS}
    assert got["supplier"]["vat_number"] == sup.vat_number
    assert got["supplier"]["iban"] == sup.iban


def test_foreign_rates_really_occur():
    rates = set()
    for i, sup in enumerate(foreign_suppliers()):
        g = generate_invoice(950 + i, layout="classic", supplier=sup)
        rates |= {v["rate"] for v in g.truth["vat_breakdown"]}
    assert rates - {"21", "9", "0"}  # 19, 7, 20, 10, 13, 6 ...


def test_low_rate_date_check_is_dutch_only():
    from datetime import date

    inv = InvoiceData(invoice_date=date(2025, 3, 1))
    inv.vat_breakdown = [VatLine(rate=D("6"), base=D("100"), amount=D("6"))]
    inv.supplier = Party(vat_number="BE0123456749")
    assert check_vat_rate_dates(inv) == []
    inv.supplier = Party(vat_number="NL001234567B01")
    assert [f.code for f in check_vat_rate_dates(inv)] == ["vat_rate_date"]


def test_vat_ids_after_a_web_address_and_british_ids():
    from app.pipeline.parse_values import find_vat_ids

    line = "Expo Flandres NV   invoices@expoflandres.be   VAT ID BE0291524689"
    assert [v for v, _, _ in find_vat_ids(line)] == ["BE0291524689"]
    assert [v for v, _, _ in find_vat_ids("www.hotel.de VAT ID DE998436961")] == ["DE998436961"]
    assert [v for v, _, _ in find_vat_ids("VAT Reg. No. GB 694 7118 01")] == ["GB694711801"]
    assert find_vat_ids("VAT GB694711802") == []  # the check digits fail
