"""VAT rates per country, chosen by the supplier's VAT id, for the arithmetic of the reader.

A Dutch office also books invoices of foreign suppliers that charge their own country's VAT (a
German hotel at 19 % and 7 %, a Belgian fair at 21 % and 6 %, a British software shop at 20 %).
When the reader works out a VAT amount that was not printed, or picks the rate that makes
``VAT = rate x base`` hold, it uses the rates of the supplier's country, known from the two-letter
prefix of its VAT id (``DE123456789`` → Germany); without a VAT id, or for a country not in the
table, the Dutch rates apply. The table is data only: standard rate first, then the reduced and
super-reduced rates, including recent former rates (an invoice may be older than a change).
Zero is not listed: a zero rate is handled by the reverse-charge / exempt logic.
"""

from __future__ import annotations

from decimal import Decimal


def _rates(*values: str) -> tuple[Decimal, ...]:
    return tuple(Decimal(v) for v in values)


DEFAULT_COUNTRY = "NL"

VAT_RATES: dict[str, tuple[Decimal, ...]] = {
    "NL": _rates("21", "9", "6"),  # 6 % was the low rate until 2019
    "BE": _rates("21", "12", "6"),
    "DE": _rates("19", "7", "16", "5"),  # 16 / 5 % in the second half of 2020
    "FR": _rates("20", "10", "5.5", "2.1"),
    "LU": _rates("17", "14", "8", "3", "16", "13", "7"),  # 16/13/7 % during 2023
    "AT": _rates("20", "13", "10"),
    "ES": _rates("21", "10", "4"),
    "IT": _rates("22", "10", "5", "4"),
    "IE": _rates("23", "13.5", "9", "4.8"),
    "DK": _rates(
        "25",
    ),
    "SE": _rates("25", "12", "6"),
    "PL": _rates("23", "8", "5"),
    "FI": _rates("25.5", "24", "14", "13.5", "10"),
    "PT": _rates("23", "13", "6"),
    "GR": _rates("24", "13", "6"),
    "GB": _rates("20", "5"),  # post-Brexit: UK VAT, standard and reduced
    "XI": _rates("20", "5"),  # Northern Ireland
}
ANY_RATE: frozenset[Decimal] = frozenset(r for rates in VAT_RATES.values() for r in rates)
"""Every rate in the table: a bare number in a VAT column counts as a rate only if it is one."""
_PREFIX_COUNTRY = {"EL": "GR"}  # Greek VAT ids start with EL


def country_of_vat_id(vat_id: str | None) -> str | None:
    """The country of a VAT id by its prefix (``BE0123456789`` → ``BE``), else None."""
    if not vat_id or len(vat_id) < 4 or not vat_id[:2].isalpha():
        return None
    prefix = vat_id[:2].upper()
    return _PREFIX_COUNTRY.get(prefix, prefix)


def rates_for(vat_id: str | None) -> tuple[Decimal, ...]:
    """The non-zero VAT rates of the supplier's country (Dutch when unknown), standard first."""
    return VAT_RATES.get(country_of_vat_id(vat_id) or DEFAULT_COUNTRY, VAT_RATES[DEFAULT_COUNTRY])


def is_dutch(vat_id: str | None) -> bool:
    """Whether the supplier is Dutch (or its country is unknown, the default)."""
    return (country_of_vat_id(vat_id) or DEFAULT_COUNTRY) == DEFAULT_COUNTRY
