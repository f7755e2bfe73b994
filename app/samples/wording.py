"""The sentences and label/value pairs printed on a generated invoice, per language and style.

:class:`Fmt` binds one layout's notation (amounts, dates, labels) to one language; the functions
below turn an :class:`~app.samples.content.InvoiceContent` into the invoice-data items, the
payment sentence ("Gelieve te betalen op NL.. o.v.v. factuurnummer"), the VAT regime note (btw
verlegd, intracommunautaire levering, vrijgesteld), the G-rekening note and the footer lines
with KvK, btw-id, IBAN and BIC. Shared by the drawing and the HTML renderer.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.samples import formats
from app.samples.content import InvoiceContent, round_money
from app.samples.identifiers import format_iban
from app.samples.layouts import LayoutStyle

BICS = {"INGB": "INGBNL2A", "RABO": "RABONL2U", "ABNA": "ABNANL2A", "KNAB": "KNABNL2H",
        "BUNQ": "BUNQNL2A", "TRIO": "TRIONL2U", "SNSB": "SNSBNL2A"}  # fmt: skip


def bic_for(iban: str | None) -> str | None:
    if not iban:
        return None
    return BICS.get(iban[4:8])


class Fmt:
    """One layout's notation in one language."""

    def __init__(self, style: LayoutStyle, lang: str, *, positive: bool = False):
        self.style, self.lang = style, lang
        self.positive = positive  # print amounts and quantities without their minus sign
        self.amount_style = style.en_amount if lang == "en" else style.amount
        self.date_style = style.en_date if lang == "en" else style.date
        self.labels = formats.LABEL_SETS["en" if lang == "en" else style.labels]

    def money(self, v: Decimal, symbol: bool = True) -> str:
        return formats.format_amount(
            abs(v) if self.positive else v, self.amount_style, symbol=symbol
        )

    def price(self, v: Decimal | None) -> str:
        return "" if v is None else formats.format_price(v, self.amount_style)

    def qty(self, v: Decimal | None) -> str:
        if v is None:  # an invoice-level discount has an amount only
            return ""
        return formats.format_quantity(abs(v) if self.positive else v, self.amount_style)

    def date(self, d: date) -> str:
        return formats.format_date(d, self.date_style, self.lang)

    def label(self, key: str, **kw: object) -> str:
        return self.labels[key].format(**kw)

    def lab(self, key: str) -> str:
        """A label as printed before a value (with or without colon)."""
        return self.label(key) + (":" if self.style.colon else "")

    def iban(self, v: str) -> str:
        return v if self.style.family == "cour" else format_iban(v)


def title(c: InvoiceContent, f: Fmt) -> str:
    return f.label("credit_note" if c.kind == "credit_note" else "invoice")


def meta_items(c: InvoiceContent, f: Fmt) -> list[tuple[str, str]]:
    items = [(f.lab("number"), c.number), (f.lab("date"), f.date(c.invoice_date))]
    if f.style.due_as_term:
        term = f"{c.payment_days} days" if f.lang == "en" else f"{c.payment_days} dagen"
        items.append(("Payment terms:" if f.lang == "en" else "Betalingstermijn:", term))
    else:
        items.append((f.lab("due"), f.date(c.due_date)))
    items.append((f.lab("customer_no"), c.customer_number))
    if c.order_reference:
        items.append((f.lab("reference"), c.order_reference))
    if c.original_number:
        label = "Original invoice:" if f.lang == "en" else "Betreft factuur:"
        items.append((label, c.original_number))
    return items


def kenmerk_text(ref: str) -> str:
    return " ".join(ref[i : i + 4] for i in range(0, len(ref), 4))


def payment_sentences(c: InvoiceContent, f: Fmt) -> list[str]:
    iban = f.iban(c.issuer.iban or "")
    total, due = f.money(c.total_incl), f.date(c.due_date)
    if c.kind == "credit_note":
        if f.lang == "en":
            return [
                "The credited amount will be refunded to your account or settled with open invoices."
            ]
        return ["Het creditbedrag wordt verrekend met openstaande facturen of teruggestort."]
    if f.lang == "en":
        bic = bic_for(c.issuer.iban)
        return [f"Please pay {total} by {due} to IBAN {iban}" + (f" (BIC {bic})" if bic else "")
                + f", quoting invoice number {c.number}."]  # fmt: skip
    if c.kenmerk:
        return [f"Wij verzoeken u het bedrag van {total} vóór {due} over te maken op {iban}",
                f"o.v.v. betalingskenmerk {kenmerk_text(c.payment_reference or '')}."]  # fmt: skip
    if f.style.payment == "short":
        return [f"Betaling binnen {c.payment_days} dagen op {iban} o.v.v. {c.number}."]
    return [f"Gelieve het totaalbedrag van {total} vóór {due} over te maken op {iban}",
            f"t.n.v. {c.issuer.name} o.v.v. factuurnummer {c.number}."]  # fmt: skip


def regime_note(c: InvoiceContent, f: Fmt) -> str | None:
    notes = {
        "nl": {"reverse_charge": "Btw verlegd naar afnemer (art. 12 lid 3 Wet OB 1968).",
               "icp": "Intracommunautaire levering, btw verlegd (0%).",
               "exempt": "Vrijgesteld van btw op grond van art. 11 Wet OB 1968.",
               "zero": "Btw 0%."},
        "en": {"reverse_charge": "VAT reverse charged - Article 196 Directive 2006/112/EC.",
               "icp": "Intra-Community supply, VAT exempt - Article 138 Directive 2006/112/EC.",
               "exempt": "VAT exempt.", "zero": "VAT 0%."},
    }  # fmt: skip
    return notes["en" if f.lang == "en" else "nl"].get(c.regime)


def g_account_note(c: InvoiceContent, f: Fmt) -> str | None:
    if not c.issuer.g_iban or c.kind == "credit_note":
        return None
    part = round_money(c.total_excl * Decimal("0.35"))
    return (f"Van dit factuurbedrag dient {f.money(part)} (35%) te worden gestort op onze "
            f"G-rekening {f.iban(c.issuer.g_iban)}.")  # fmt: skip


def identity_lines(c: InvoiceContent, f: Fmt) -> list[str]:
    """KvK, VAT id, IBAN (and BIC, G-rekening) of the issuer, one per line."""
    p, en = c.issuer, f.lang == "en"
    rows = []
    if p.kvk:
        rows.append(("CoC " if en else "KvK ") + p.kvk)
    if p.vat_number:
        rows.append(("VAT ID " if en else "Btw-nr. ") + p.vat_number)
    if p.iban:
        rows.append("IBAN " + f.iban(p.iban))
    bic = bic_for(p.iban)
    if bic:
        rows.append("BIC " + bic)
    if p.g_iban:
        rows.append("G-rekening " + f.iban(p.g_iban))
    return rows


def address_lines(c: InvoiceContent, who: str, f: Fmt) -> list[str]:
    p = c.issuer if who == "issuer" else c.customer
    rows = [p.address, f"{p.postcode} {p.city}"]
    if p.country != "NL" or (who == "customer" and c.issuer.country != "NL"):
        rows.append({"NL": "Nederland" if f.lang == "nl" else "The Netherlands",
                     "DE": "Deutschland", "BE": "België"}.get(p.country, p.country))  # fmt: skip
    return rows


def contact_lines(c: InvoiceContent, f: Fmt) -> list[str]:
    p = c.issuer
    return [s for s in (("Tel. " if f.lang == "nl" else "Phone ") + p.phone if p.phone else "",
                        p.email, p.website) if s]  # fmt: skip


def customer_vat_line(c: InvoiceContent, f: Fmt) -> str | None:
    if not c.show_customer_vat or not c.customer.vat_number:
        return None
    return ("Customer VAT ID: " if f.lang == "en" else "Uw btw-nummer: ") + c.customer.vat_number
