"""Value parsers of the visual reader: amounts, dates, identifiers with checksum rejection."""

from datetime import date
from decimal import Decimal

import pytest

from app.pipeline.parse_values import (
    find_amounts,
    find_ibans,
    find_kvks,
    find_vat_ids,
    parse_amount,
    parse_date,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("1234,56", "1234.56"),
        ("1234.56", "1234.56"),
        ("€ 1.234,56", "1234.56"),
        ("€1.234,56", "1234.56"),
        ("EUR 1.234,56", "1234.56"),
        ("€ -12,50", "-12.50"),
        ("-€ 12,50", "-12.50"),
        ("12,50-", "-12.50"),
        ("(12.50)", "-12.50"),
        ("€ 12,-", "12.00"),
        ("1.234.567,89", "1234567.89"),
        ("$1,234,567.89", "1234567.89"),
        ("0,00", "0.00"),
    ],
)
def test_amounts(text, expected):
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["21%", "2026-11-27", "12345678", "3", "27.11.2026", "1.234.56"])
def test_not_amounts(text):
    assert find_amounts(text) == []


def test_several_amounts_in_a_line():
    found = find_amounts("Btw 21% over € 1.000,00   € 210,00")
    assert [v for v, _, _ in found] == [Decimal("1000.00"), Decimal("210.00")]


@pytest.mark.parametrize(
    "text",
    [
        "27-11-2026",
        "27/11/2026",
        "27/11/26",
        "27.11.2026",
        "2026-11-27",
        "27 november 2026",
        "27 November 2026",
        "27 nov. 2026",
        "27-nov-2026",
        "November 27, 2026",
        "Nov 27, 2026",
        "datum: 27 nov 2026",
    ],
)
def test_dates(text):
    assert parse_date(text) == date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 maart 2026", date(2026, 3, 1)),
        ("3 mrt 2026", date(2026, 3, 3)),
        ("15 oktober 2025", date(2025, 10, 15)),
        ("15 okt. 2025", date(2025, 10, 15)),
        ("1 mei 2026", date(2026, 5, 1)),
        ("March 1, 2026", date(2026, 3, 1)),
        ("05/01/25", date(2025, 1, 5)),
    ],
)
def test_month_names_and_day_first(text, expected):
    assert parse_date(text) == expected


def test_impossible_date_is_none():
    assert parse_date("32-13-2026") is None


def test_vat_ids_validated():
    assert [v for v, _, _ in find_vat_ids("BTW: NL001000007B01")] == ["NL001000007B01"]
    assert [v for v, _, _ in find_vat_ids("btw NL 0010.00.007.B.01")] == ["NL001000007B01"]
    assert find_vat_ids("BTW: NL001000008B01") == []  # checksum fails
    assert [v for v, _, _ in find_vat_ids("VAT BE0203201340")] == ["BE0203201340"]


def test_iban_checksum():
    assert [v for v, _, _ in find_ibans("IBAN NL91 ABNA 0417 1643 00 BIC ABNANL2A")] == [
        "NL91ABNA0417164300"
    ]
    assert find_ibans("IBAN NL91ABNA0417164301") == []


def test_kvk_candidates():
    assert [v for v, _, _ in find_kvks("KvK 1234 5678")] == ["12345678"]
    assert find_kvks("KvK 1234567") == []


def test_numbers():
    assert parse_number("2,5") == Decimal("2.5")
    assert parse_number("1.000") == Decimal("1000")
    assert parse_number("0,2345") == Decimal("0.2345")
    assert parse_number("-3") == Decimal("-3")
    assert parse_number("abc") is None
