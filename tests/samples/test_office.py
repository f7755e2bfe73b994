"""Tests for the demo office data: three administrations with valid, unique identifiers."""

from __future__ import annotations

import re
from datetime import date

from stdnum import iban
from stdnum.eu import vat as eu_vat
from stdnum.nl import btw

from app.samples.office import all_suppliers, demo_administrations


def _nl_account_11_proof(number: str) -> bool:
    account = number[8:]
    return sum((10 - i) * int(d) for i, d in enumerate(account)) % 11 == 0


def test_three_administrations_with_expected_packages():
    admins = demo_administrations()
    assert len(admins) == 3
    assert {a.package for a in admins} == {"exact_online", "twinfield"}
    assert len({a.external_id for a in admins}) == 3
    assert demo_administrations() == admins  # deterministic


def test_company_identifiers_valid():
    for admin in demo_administrations():
        c = admin.company
        assert re.fullmatch(r"\d{8}", c.kvk)
        assert btw.is_valid(c.vat_number), c.vat_number
        assert iban.is_valid(c.iban), c.iban
        assert re.fullmatch(r"\d{4} [A-Z]{2}", c.postcode)


def test_relation_identifiers_valid():
    for admin in demo_administrations():
        assert len(admin.relations) >= 30
        for rel in admin.relations:
            assert rel.type in ("supplier", "customer")
            assert rel.vat_number and eu_vat.is_valid(rel.vat_number), rel
            assert rel.iban and iban.is_valid(rel.iban), rel
            assert rel.vat_number.startswith(rel.country)
            assert rel.iban.startswith(rel.country)
            if rel.country == "NL":
                assert btw.is_valid(rel.vat_number)
                assert rel.kvk and re.fullmatch(r"\d{8}", rel.kvk)
                assert _nl_account_11_proof(rel.iban), rel.iban
                assert re.fullmatch(r"\d{4} [A-Z]{2}", rel.postcode), rel.postcode
            else:
                assert rel.kvk is None
            if rel.g_iban:
                assert iban.is_valid(rel.g_iban) and rel.g_iban != rel.iban
            assert rel.default_vat in ("21", "9", "0", "reverse_charge", "icp", "exempt")


def test_identifiers_unique_across_office():
    admins = demo_administrations()
    by_name: dict[str, tuple] = {}
    for admin in admins:
        for rel in admin.relations:
            ids = (rel.kvk, rel.vat_number, rel.iban, rel.g_iban)
            # the same supplier carries the same numbers in every administration
            assert by_name.setdefault(rel.name, ids) == ids
    companies = [(a.company.kvk, a.company.vat_number, a.company.iban) for a in admins]
    values = [v for ids in list(by_name.values()) + companies for v in ids if v]
    assert len(values) == len(set(values))


def test_relation_codes_and_accounts_consistent():
    for admin in demo_administrations():
        codes = [r.code for r in admin.relations]
        assert len(codes) == len(set(codes))
        numbers = {g.number for g in admin.gl_accounts}
        assert 30 <= len(admin.gl_accounts) <= 80
        assert len(numbers) == len(admin.gl_accounts)
        assert {"1300", "1500", "1510", "1520", "1600", "4100", "7000", "8000"} <= numbers
        assert all(re.fullmatch(r"\d{4}", n) for n in numbers)
        assert all(g.kind in ("balance", "profit_loss") and g.rgs_code for g in admin.gl_accounts)
        for rel in admin.relations:
            assert rel.default_gl in numbers, (admin.company.name, rel.name, rel.default_gl)
        suppliers = [r for r in admin.relations if r.type == "supplier"]
        assert len(suppliers) > len(admin.relations) // 2
        assert all(r.articles for r in suppliers)
        assert {j.type for j in admin.journals} == {"purchase", "sales", "bank", "general"}
        assert admin.cost_centres and admin.projects


def test_vat_codes_and_periods():
    admin = demo_administrations()[0]
    kinds = {(v.direction, v.kind) for v in admin.vat_codes}
    for direction in ("purchase", "sales"):
        for kind in ("high", "low", "zero", "exempt", "reverse_charge", "icp", "export"):
            assert (direction, kind) in kinds
    six = [v for v in admin.vat_codes if v.percentage == 6]
    assert six and all(v.valid_to == date(2018, 12, 31) for v in six)
    nine = [v for v in admin.vat_codes if v.percentage == 9]
    assert all(v.valid_from == date(2019, 1, 1) for v in nine)
    periods = {(y, p): closed for y, p, closed in admin.periods}
    assert all(periods[(2025, p)] for p in range(1, 13))
    assert all(periods[(2026, p)] for p in range(1, 10))
    assert not any(periods[(2026, p)] for p in (10, 11, 12))


def test_all_suppliers_union_has_foreign_and_reverse_charge():
    suppliers = all_suppliers()
    assert all(s.type == "supplier" for s in suppliers)
    assert len({s.name for s in suppliers}) == len(suppliers)
    foreign = [s for s in suppliers if s.country != "NL"]
    assert {s.country for s in foreign} >= {"DE", "BE"} and 2 <= len(foreign) <= 4
    assert any(s.default_vat == "reverse_charge" for s in suppliers)
    assert any(s.g_iban for s in suppliers)
