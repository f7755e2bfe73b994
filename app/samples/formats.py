"""How amounts, dates and labels are printed on the generated invoices.

Amount styles cover the ways Dutch and English invoices write money (``1.234,56``,
``1,234.56``, ``1234,56``, ``€ 1.234,56``, ``EUR 1.234,56``); date styles cover ``27-11-2026``,
``27/11/2026``, ``27 november 2026``, ``2026-11-27``, ``27.11.2026`` and ``27/11/26``. Label sets
give the wording per language and house style ("Factuurnummer", "Factuurnr.", "Nummer",
"Invoice no."). Everything is pure string formatting over ``Decimal`` and ``date``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

NL_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december")  # fmt: skip
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip

AMOUNT_STYLES = ("nl", "en", "nl_plain", "eur_sign", "eur_code", "en_sign", "nl_sign_tight")
DATE_STYLES = ("dmy_dash", "dmy_slash", "long", "iso", "dmy_dot", "dmy_slash_short")


def _group(int_part: str, sep: str) -> str:
    out: list[str] = []
    while len(int_part) > 3:
        out.insert(0, int_part[-3:])
        int_part = int_part[:-3]
    out.insert(0, int_part)
    return sep.join(out)


def format_number(value: Decimal, decimal_sep: str = ",", thousands: str = ".",
                  places: int = 2) -> str:  # fmt: skip
    q = Decimal(1).scaleb(-places) if places else Decimal(1)
    v = Decimal(value).quantize(q)
    sign = "-" if v < 0 else ""
    text = f"{abs(v):f}"
    int_part, _, frac = text.partition(".")
    body = _group(int_part, thousands) if thousands else int_part
    return f"{sign}{body}{decimal_sep}{frac}" if places else f"{sign}{body}"


def format_amount(value: Decimal, style: str, *, symbol: bool = True) -> str:
    """Money in one of :data:`AMOUNT_STYLES`; ``symbol=False`` drops a currency prefix."""
    if style == "en":
        return format_number(value, ".", ",")
    if style == "nl_plain":
        return format_number(value, ",", "")
    if style == "eur_sign":
        body = format_number(value, ",", ".")
        return f"€ {body}" if symbol else body
    if style == "eur_code":
        body = format_number(value, ",", ".")
        return f"EUR {body}" if symbol else body
    if style == "en_sign":
        body = format_number(value, ".", ",")
        return f"€{body}" if symbol else body
    if style == "nl_sign_tight":
        body = format_number(value, ",", ".")
        return f"€{body}" if symbol else body
    return format_number(value, ",", ".")


def format_price(value: Decimal, style: str) -> str:
    """A unit price: two decimals unless the price has more (energy tariffs)."""
    places = max(2, -Decimal(value).normalize().as_tuple().exponent)  # type: ignore[operator]
    if places == 2:
        return format_amount(value, style, symbol=False)
    dec, th = (".", ",") if style in ("en", "en_sign") else (",", ".")
    return format_number(value, dec, th, places)


def format_quantity(value: Decimal, style: str) -> str:
    v = Decimal(value)
    if v == v.to_integral_value():
        return str(int(v))
    dec = "." if style in ("en", "en_sign") else ","
    return format_number(v, dec, "", 2)


def format_rate(rate: Decimal) -> str:
    return format(Decimal(rate).normalize(), "f")


def format_date(d: date, style: str, lang: str = "nl") -> str:
    if style == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        months = EN_MONTHS if lang == "en" else NL_MONTHS
        return f"{d.day} {months[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if style == "dmy_slash_short":
        return d.strftime("%d/%m/%y")
    return d.strftime("%d-%m-%Y")


LABEL_SETS: dict[str, dict[str, str]] = {
    "nl_full": {
        "invoice": "Factuur", "credit_note": "Creditnota", "number": "Factuurnummer",
        "date": "Factuurdatum", "due": "Vervaldatum", "customer_no": "Klantnummer",
        "reference": "Uw referentie", "description": "Omschrijving", "qty": "Aantal",
        "price": "Prijs", "vat": "Btw", "amount": "Bedrag", "code": "Artikel",
        "subtotal": "Subtotaal", "total_excl": "Totaal excl. btw", "vat_on": "Btw {rate}% over",
        "total": "Totaal incl. btw", "page": "Pagina {i} van {n}", "base": "Grondslag",
        "vat_amount": "Btw-bedrag", "to_pay": "Te betalen",
    },
    "nl_short": {
        "invoice": "FACTUUR", "credit_note": "CREDITNOTA", "number": "Factuurnr.",
        "date": "Datum", "due": "Vervaldatum", "customer_no": "Debiteurnr.",
        "reference": "Referentie", "description": "Omschrijving", "qty": "Aant.",
        "price": "Stukprijs", "vat": "Btw %", "amount": "Totaal", "code": "Art.nr.",
        "subtotal": "Totaal excl. btw", "total_excl": "Totaal excl. btw",
        "vat_on": "Btw {rate}%", "total": "Totaal te betalen", "page": "Pagina {i} van {n}",
        "base": "Grondslag", "vat_amount": "Btw", "to_pay": "Te betalen",
    },
    "nl_plain": {
        "invoice": "Factuur", "credit_note": "Creditfactuur", "number": "Nummer",
        "date": "Datum", "due": "Te betalen voor", "customer_no": "Relatienummer",
        "reference": "Kenmerk", "description": "Product", "qty": "Aantal", "price": "Tarief",
        "vat": "Btw", "amount": "Bedrag", "code": "Code", "subtotal": "Netto bedrag",
        "total_excl": "Netto bedrag", "vat_on": "{rate}% btw", "total": "Totaal",
        "page": "Blad {i}/{n}", "base": "Netto", "vat_amount": "Btw", "to_pay": "Totaal",
    },
    "nl_alt": {
        "invoice": "Factuur", "credit_note": "Creditnota", "number": "Factuur nr",
        "date": "Datum factuur", "due": "Uiterste betaaldatum", "customer_no": "Uw klantnr",
        "reference": "Ordernummer", "description": "Omschrijving", "qty": "Hoeveelheid",
        "price": "Eenheidsprijs", "vat": "Btw-tarief", "amount": "Regelbedrag", "code": "Artikelcode",
        "subtotal": "Totaal exclusief btw", "total_excl": "Totaal exclusief btw",
        "vat_on": "Btw {rate}%", "total": "Totaalbedrag", "page": "pag. {i}/{n}",
        "base": "Excl. btw", "vat_amount": "Btw", "to_pay": "Totaalbedrag",
    },
    "en": {
        "invoice": "Invoice", "credit_note": "Credit note", "number": "Invoice no.",
        "date": "Invoice date", "due": "Due date", "customer_no": "Customer ID",
        "reference": "Your reference", "description": "Description", "qty": "Qty",
        "price": "Unit price", "vat": "VAT", "amount": "Amount", "code": "Item",
        "subtotal": "Subtotal", "total_excl": "Total excl. VAT", "vat_on": "VAT {rate}%",
        "total": "Total due", "page": "Page {i} of {n}", "base": "Net amount",
        "vat_amount": "VAT amount", "to_pay": "Amount due",
    },
}  # fmt: skip
