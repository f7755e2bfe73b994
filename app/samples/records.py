"""The plain frozen dataclasses that describe the demo office's master data.

They mirror what an accounting package hands over on import (company, relations, general-ledger
accounts, VAT codes, journals, periods) without any database or Qt dependency, so tests, demos and
the invoice generator can share one vocabulary. :mod:`app.samples.office` re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Company:
    code: str
    name: str
    kvk: str
    vat_number: str
    iban: str
    address: str
    postcode: str
    city: str
    country: str = "NL"
    email: str = ""
    website: str = ""
    phone: str = ""
    legal_form: str = "B.V."
    bic: str = ""


@dataclass(frozen=True)
class DemoRelation:
    code: str
    name: str
    type: str  # "supplier" | "customer"
    country: str
    kvk: str | None
    vat_number: str | None
    iban: str | None
    address: str
    postcode: str
    city: str
    email: str
    default_gl: str  # GL account number this relation is normally booked on
    default_vat: str  # "21" | "9" | "0" | "reverse_charge" | "icp" | "exempt"
    articles: tuple[tuple[str, str, Decimal], ...]  # (article code, description, unit price)
    g_iban: str | None = None  # G-rekening (blocked account for wage taxes), if any
    website: str = ""
    phone: str = ""
    category: str = ""  # energy, telecom, wholesale, ... (free text, for the generator)
    lang: str = "nl"  # language this relation writes its invoices in


@dataclass(frozen=True)
class GLAccount:
    number: str
    name: str
    kind: str  # "balance" | "profit_loss"
    rgs_code: str


@dataclass(frozen=True)
class VatCodeDef:
    code: str
    description: str
    percentage: Decimal
    kind: str  # "high" | "low" | "zero" | "exempt" | "reverse_charge" | "icp" | "export"
    direction: str  # "purchase" | "sales"
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True)
class JournalDef:
    code: str
    name: str
    type: str  # "purchase" | "sales" | "bank" | "general"


@dataclass(frozen=True)
class DemoAdministration:
    company: Company
    package: str  # "exact_online" | "twinfield"
    external_id: str
    gl_accounts: tuple[GLAccount, ...]
    vat_codes: tuple[VatCodeDef, ...]
    journals: tuple[JournalDef, ...]
    cost_centres: tuple[tuple[str, str], ...]
    projects: tuple[tuple[str, str], ...]
    relations: tuple[DemoRelation, ...]
    periods: tuple[tuple[int, int, bool], ...]  # (year, period 1-12, closed)

    @property
    def suppliers(self) -> tuple[DemoRelation, ...]:
        return tuple(r for r in self.relations if r.type == "supplier")

    @property
    def customers(self) -> tuple[DemoRelation, ...]:
        return tuple(r for r in self.relations if r.type == "customer")
