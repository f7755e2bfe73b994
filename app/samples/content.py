"""What a generated invoice says, independent of how it looks: parties, lines, VAT and totals.

:func:`build_content` draws a realistic invoice for a supplier (or, for sales, for the
administration itself) from a seeded RNG: articles from the relation's price list, quantities,
the VAT regime that fits the relation (21/9 %, exempt, btw verlegd, ICP), dates, a payment
reference and some distracting numbers (customer number, order reference). Totals are computed
with ``Decimal``: each line rounded ROUND_HALF_UP, VAT per rate on that rate's base.
:meth:`InvoiceContent.truth` gives the ``extract --json`` shape.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.samples.records import Company, DemoRelation

CENT = Decimal("0.01")


def round_money(value: Decimal) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class PartyInfo:
    """A party as printed on an invoice."""

    name: str
    address: str
    postcode: str
    city: str
    country: str = "NL"
    kvk: str | None = None
    vat_number: str | None = None
    iban: str | None = None
    g_iban: str | None = None
    email: str = ""
    website: str = ""
    phone: str = ""
    category: str = ""

    @classmethod
    def of(cls, party: Company | DemoRelation) -> PartyInfo:
        return cls(
            name=party.name, address=party.address, postcode=party.postcode, city=party.city,
            country=party.country, kvk=party.kvk, vat_number=party.vat_number, iban=party.iban,
            g_iban=getattr(party, "g_iban", None), email=party.email,
            website=getattr(party, "website", ""), phone=getattr(party, "phone", ""),
            category=getattr(party, "category", ""),
        )  # fmt: skip


@dataclass
class LineItem:
    """One invoice line; an invoice-level discount (``below``) has only an amount."""

    code: str
    description: str
    quantity: Decimal | None
    unit_price: Decimal | None
    vat_rate: Decimal
    fixed_amount: Decimal | None = None
    below: bool = False  # printed between the table and the totals, not as a table row

    @property
    def amount(self) -> Decimal:
        if self.fixed_amount is not None or self.quantity is None or self.unit_price is None:
            return self.fixed_amount or Decimal("0.00")
        return round_money(self.quantity * self.unit_price)


@dataclass
class InvoiceContent:
    kind: str  # "invoice" | "credit_note"
    lang: str  # "nl" | "en"
    issuer: PartyInfo
    customer: PartyInfo
    number: str
    invoice_date: date
    due_date: date
    payment_days: int
    lines: list[LineItem]
    regime: str  # "normal" | "exempt" | "reverse_charge" | "icp" | "zero"
    payment_reference: str | None
    kenmerk: bool  # payment reference is a 16-digit betalingskenmerk
    customer_number: str
    order_reference: str
    show_customer_vat: bool
    original_number: str | None = None
    currency: str = "EUR"
    extra: dict[str, Any] = field(default_factory=dict)

    def vat_breakdown(self) -> list[tuple[Decimal, Decimal, Decimal]]:
        """(rate, base, vat amount) per rate, highest rate first."""
        bases: dict[Decimal, Decimal] = {}
        for ln in self.lines:
            bases[ln.vat_rate] = bases.get(ln.vat_rate, Decimal("0")) + ln.amount
        return [(r, b, round_money(b * r / 100)) for r, b in sorted(bases.items(), reverse=True)]

    @property
    def total_excl(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal("0.00"))

    @property
    def total_vat(self) -> Decimal:
        return sum((v for _, _, v in self.vat_breakdown()), Decimal("0.00"))

    @property
    def total_incl(self) -> Decimal:
        return self.total_excl + self.total_vat

    def truth(self, pages: int, source: str = "text") -> dict[str, Any]:
        """The expected ``extract --json`` dict (minus file/status/error/seconds/fields)."""
        from app.pipeline.invoice import money

        def rate(v: Decimal) -> str:
            return format(Decimal(v).normalize(), "f")

        return {
            "source": source,
            "pages": pages,
            "document_type": self.kind,
            "supplier": {"name": self.issuer.name, "kvk": self.issuer.kvk,
                         "vat_number": self.issuer.vat_number, "iban": self.issuer.iban},
            "customer": {"name": self.customer.name, "kvk": None,
                         "vat_number": self.customer.vat_number if self.show_customer_vat
                         else None},
            "invoice_number": self.number,
            "invoice_date": self.invoice_date.isoformat(),
            "due_date": self.due_date.isoformat(),
            "currency": self.currency,
            "total_excl_vat": money(self.total_excl),
            "total_vat": money(self.total_vat),
            "total_incl_vat": money(self.total_incl),
            "vat_breakdown": [{"rate": rate(r), "base": money(b), "amount": money(a)}
                              for r, b, a in self.vat_breakdown()],
            "lines": [{"description": ln.description,
                       "quantity": None if ln.quantity is None else rate(ln.quantity),
                       "unit_price": money(ln.unit_price), "amount": money(ln.amount),
                       "vat_rate": rate(ln.vat_rate)} for ln in self.lines],
            "payment_reference": self.payment_reference,
        }  # fmt: skip


_REGIMES = {"reverse_charge": "reverse_charge", "icp": "icp", "exempt": "exempt", "0": "zero"}
_KENMERK_CATEGORIES = {"energy", "telecom", "insurance", "water", "lease", "fuel", "waste"}


def betalingskenmerk(rng: random.Random) -> str:
    """A 16-digit Dutch payment reference: check digit + 15 digits (weights 2,4,8,5,10,9,7,3,6,1)."""
    body = "".join(str(rng.randrange(10)) for _ in range(15))
    weights = (2, 4, 8, 5, 10, 9, 7, 3, 6, 1)
    total = sum(int(d) * weights[i % 10] for i, d in enumerate(reversed(body)))
    check = 11 - total % 11
    check = {10: 1, 11: 0}.get(check, check)
    return f"{check}{body}"


def invoice_number(rng: random.Random, issuer_name: str, when: date) -> str:
    style = random.Random(issuer_name).randrange(7)
    n = rng.randrange(1, 99999)
    yy, yyyy = when.strftime("%y"), when.year
    return (
        f"F{yyyy}-{n:05d}", f"{yyyy}{n:05d}", f"INV-{yy}-{n:04d}", f"VF/{yyyy}/{n % 10000:04d}",
        f"{100000 + n * 7}", f"{yy}{when.month:02d}{n % 1000:03d}", f"2{n:06d}-{yy}",
    )[style]  # fmt: skip


def _line_rate(
    regime: str, default_vat: str, description: str, line_rates: dict[str, Decimal] | None = None
) -> Decimal:
    if regime != "normal":
        return Decimal("0")
    if line_rates and description.split(" - ")[0] in line_rates:
        return line_rates[description.split(" - ")[0]]
    if default_vat == "9":
        low_exceptions = ("huur", "reinig", "onderhoud")
        return (
            Decimal("21") if any(w in description.lower() for w in low_exceptions) else Decimal("9")
        )
    return Decimal(default_vat) if default_vat in ("21", "9") else Decimal("21")


_SINGLE = (
    "premie",
    "huur",
    "lease",
    "contract",
    "jaar",
    "vastrecht",
    "samenstellen",
    "aangifte",
    "contributie",
    "registratie",
    "servicekosten",
    "abonnement",
    "cursus",
)
_HOURS = re.compile(r"\b(uur|uren|hours?)\b|-uren")


def _quantity(rng: random.Random, description: str, price: Decimal) -> Decimal:
    d = description.lower()
    if "kwh" in d:
        return Decimal(rng.randrange(180, 4200))
    if "m3" in d or "liter)" in d:
        return Decimal(rng.randrange(20, 900))
    if price < 1:
        return Decimal(rng.randrange(40, 600))
    if _HOURS.search(d):
        return Decimal(rng.randrange(2, 80)) / 2
    if "per medewerker" in d or "per therapeut" in d or "per user" in d:
        return Decimal(rng.randrange(2, 15))
    if any(word in d for word in _SINGLE) or price > 1000:
        return Decimal(1)
    if price > 200:
        return Decimal(rng.choice((1, 1, 1, 2, 3)))
    return Decimal(rng.choice((1, 1, 1, 2, 3, 4, 5, 6, 10, 12, 24)))


def build_content(
    rng: random.Random,
    issuer: Company | DemoRelation,
    customer: Company | DemoRelation,
    *,
    kind: str = "invoice",
    lang: str = "nl",
    articles: tuple[tuple[str, str, Decimal], ...] = (),
    default_vat: str = "21",
    line_count: int | None = None,
    date_range: tuple[date, date] | None = None,
    line_rates: dict[str, Decimal] | None = None,
    discount: str | None = None,
    long_descriptions: bool = False,
) -> InvoiceContent:
    """The content of one invoice.

    ``line_rates`` gives foreign articles their country's VAT rate (by description);
    ``discount`` adds a discount line to an invoice: ``"line"`` as a row of the table,
    ``"invoice"`` as an invoice-level discount printed under the table; ``long_descriptions``
    lengthens some descriptions so that they wrap onto a second or third line.
    """
    regime = _REGIMES.get(default_vat, "normal")
    usable = [a for a in articles if a[2] > 0] or [("DIV", "Diverse werkzaamheden", Decimal("75"))]
    count = line_count or rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6, 8))
    lines = []
    if line_count is None:
        count = min(count, len(usable))
    for i in range(count):
        code, desc, price = usable[i] if i < len(usable) else rng.choice(usable)
        if i >= len(usable):
            desc = f"{desc} - {'order' if lang == 'en' else 'levering'} {rng.randrange(1000, 9999)}"
        qty = _quantity(rng, desc, price)
        if kind == "credit_note":
            qty = -qty
        rate = _line_rate(regime, default_vat, desc, line_rates)
        lines.append(LineItem(code, desc, qty, price, rate))
    if kind == "credit_note" and line_count is None:
        lines = lines[: rng.choice((1, 1, 2))]
    first, last = date_range or (date(2025, 1, 6), date(2026, 11, 20))
    start, span = first, max(1, (last - first).days)
    inv_date = start + timedelta(days=rng.randrange(span))
    days = rng.choice((14, 14, 30, 30, 30, 8, 21))
    issuer_info, customer_info = PartyInfo.of(issuer), PartyInfo.of(customer)
    number = invoice_number(rng, issuer_info.name, inv_date)
    kenmerk = issuer_info.category in _KENMERK_CATEGORIES and lang == "nl" and kind == "invoice"
    if kind == "credit_note":
        reference: str | None = None
    else:
        reference = betalingskenmerk(rng) if kenmerk else number
    extras = random.Random(f"content-extras:{number}:{inv_date}")
    if long_descriptions:
        _lengthen(extras, lines, lang)
    if discount and kind == "invoice" and regime == "normal":
        _add_discount(extras, lines, lang, below=discount == "invoice")
    return InvoiceContent(
        kind=kind, lang=lang, issuer=issuer_info, customer=customer_info, number=number,
        invoice_date=inv_date, due_date=inv_date + timedelta(days=days), payment_days=days,
        lines=lines, regime=regime, payment_reference=reference, kenmerk=kenmerk,
        customer_number=str(rng.randrange(10000, 999999)),
        order_reference=rng.choice(("PO-", "Order ", "Inkooporder ", "")) + str(rng.randrange(1000, 99999)),
        show_customer_vat=regime in ("reverse_charge", "icp") or rng.random() < 0.25,
        original_number=invoice_number(rng, issuer_info.name, inv_date) if kind == "credit_note" else None,
        # many Dutch credit notes print positive amounts under the word "Creditnota"
        extra={"positive_amounts": kind == "credit_note" and rng.random() < 0.4},
    )  # fmt: skip


_PERIOD_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus")
_PERIOD_EN = ("January", "February", "March", "April", "May", "June", "July", "August")


def _lengthen(rng: random.Random, lines: list[LineItem], lang: str) -> None:
    """Give one or more lines a description long enough to wrap in the table."""
    for ln in rng.sample(lines, k=max(1, len(lines) // 2)):
        n, year = rng.randrange(1000, 9999), rng.choice((2025, 2026))
        if lang == "en":
            extra = rng.choice((
                f"period {rng.choice(_PERIOD_EN)} {year}, as agreed in contract {n} and our "
                "general terms of delivery",
                f"delivered to your site in {rng.choice(_PERIOD_EN)}, order {n}, including "
                "packaging, transport and installation by our own service engineers on site",
            ))  # fmt: skip
        else:
            extra = rng.choice((
                f"periode {rng.choice(_PERIOD_NL)} {year}, conform overeenkomst {n} en onze "
                "algemene leveringsvoorwaarden",
                f"geleverd op uw locatie in {rng.choice(_PERIOD_NL)}, order {n}, inclusief "
                "verpakking, transport en installatie door onze eigen servicemonteurs ter plaatse",
            ))  # fmt: skip
        ln.description = f"{ln.description} - {extra}"


def _add_discount(rng: random.Random, lines: list[LineItem], lang: str, *, below: bool) -> None:
    """A discount over all lines, as a table row or under the table (one VAT rate only)."""
    rates = {ln.vat_rate for ln in lines}
    if len(rates) != 1 or not lines:
        return
    pct = rng.choice((2, 5, 10, 15))
    base = sum((ln.amount for ln in lines), Decimal("0.00"))
    amount = -round_money(base * pct / 100)
    if not amount:
        return
    if lang == "en":
        desc = rng.choice((f"Discount {pct}%", "Discount", f"Volume discount {pct}%"))
    else:
        desc = rng.choice((f"Korting {pct}%", "Kortingsregel", f"Actiekorting {pct}%"))
    rate = rates.pop()
    if below:
        lines.append(LineItem("", desc, None, None, rate, fixed_amount=amount, below=True))
    else:
        lines.append(LineItem("KORT" if lang == "nl" else "DISC", desc, Decimal(1), amount, rate))
