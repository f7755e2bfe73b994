"""Money arithmetic, VAT-code mapping, journal and period lookup for the booking proposal.

Amounts are ``Decimal`` rounded to cents with ROUND_HALF_UP; :func:`distribute` splits an amount
over weights so the parts add up to it exactly (largest remainder), which is what keeps every
booking balanced to the cent. VAT rates on the document are mapped onto the administration's own
VAT codes by kind (normal, zero, exempt, reverse charge, ICP, export), percentage, direction
(purchase/sales) and validity on the invoice date — so 6% maps to the old low-rate code before
2019 and 9% to the new one after. Journals are chosen by document direction and periods by
invoice date.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from app.pipeline.processing_types import AdminSettings, Finding, MasterDataRef, VatCode, rate_key

CENT = Decimal("0.01")
ZERO = Decimal("0")
NO_VAT_KINDS = ("reverse_charge", "icp", "export", "exempt")  # booked without a VAT amount
VAT_KIND_NL = {  # how the notes and comments name a kind of VAT (stored in Dutch)
    "normal": "normaal tarief",
    "zero": "nultarief",
    "exempt": "vrijgesteld",
    "reverse_charge": "btw verlegd",
    "icp": "intracommunautaire levering",
    "export": "export buiten de EU",
}
DIRECTION_NL = {"purchase": "inkoop", "sales": "verkoop"}
KIND_SYNONYMS = {"high": "normal", "low": "normal", "standard": "normal", "reduced": "normal"}
CATEGORY_KINDS = {
    "S": "normal",
    "AA": "normal",
    "Z": "zero",
    "E": "exempt",
    "O": "exempt",
    "AE": "reverse_charge",
    "K": "icp",
    "G": "export",
}


def q2(value: Decimal) -> Decimal:
    """Round to cents, half up."""
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def distribute(total: Decimal, weights: list[Decimal]) -> list[Decimal]:
    """Split ``total`` (cents) in proportion to ``weights`` so the parts add up to it exactly.

    Each exact share is floored to cents; the cents left over go to the largest remainders.
    With no weight at all the whole amount goes to the first part.
    """
    if not weights:
        return []
    total = q2(total)
    weight_sum = sum(weights, ZERO)
    if weight_sum == 0:
        return [total] + [ZERO] * (len(weights) - 1)
    exact = [total * w / weight_sum for w in weights]
    floors = [e.quantize(CENT, rounding=ROUND_FLOOR) for e in exact]
    left = int((total - sum(floors, ZERO)) / CENT)
    order = sorted(range(len(weights)), key=lambda i: (exact[i] - floors[i], -i), reverse=True)
    for i in order[:left]:
        floors[i] += CENT
    return floors


def vat_kind(category: str | None, rate: Decimal, reverse_charge: bool) -> str:
    """The VAT kind of a breakdown row from its UNCL5305 category, the rate and the document."""
    if category and category.upper() in CATEGORY_KINDS:
        kind = CATEGORY_KINDS[category.upper()]
        if kind == "normal" and rate == 0:
            return "reverse_charge" if reverse_charge else "zero"
        return kind
    if reverse_charge:
        return "reverse_charge"
    return "zero" if rate == 0 else "normal"


def find_vat_code(
    master: MasterDataRef,
    rate: Decimal,
    kind: str,
    direction: str,
    on_date: date | None,
    preferred: str | None = None,
) -> tuple[VatCode | None, str | None]:
    """The administration's VAT code for a rate, and a note when the choice was a stretch.

    ``preferred`` is the relation's default code for the rate; it wins when it exists, fits the
    direction and is valid on the date. Otherwise a code of the same kind, direction and
    percentage valid on the date; for reverse charge/ICP/export the percentage may differ.
    """
    codes = [c for c in master.vat_codes if c.direction == direction]
    codes = [replace(c, kind=KIND_SYNONYMS.get(c.kind, c.kind)) for c in codes]
    if preferred:
        for c in codes:
            if c.code == preferred and c.valid_on(on_date):
                return c, None
    same_kind = [c for c in codes if c.kind == kind]
    valid = [c for c in same_kind if c.valid_on(on_date)]
    exact = [c for c in valid if c.percentage == rate]
    if exact:
        return exact[0], None
    if kind != "normal" and valid:
        return valid[0], None
    outdated = [c for c in same_kind if c.percentage == rate]
    if outdated:
        when = on_date.strftime("%d-%m-%Y") if on_date else "?"
        code = outdated[0].code
        return outdated[0], f"btw-code {code} ({rate_key(rate)}%) is niet geldig op {when}"
    dutch = DIRECTION_NL.get(direction, direction)
    return None, f"geen {dutch}-btw-code voor {rate_key(rate)}% ({VAT_KIND_NL.get(kind, kind)})"


def pick_journal(master: MasterDataRef, direction: str, admin: AdminSettings) -> str | None:
    """The journal for a purchase or sales booking: the administration's choice, else by type."""
    override = admin.purchase_journal if direction == "purchase" else admin.sales_journal
    if override:
        return override
    for journal in master.journals:
        if journal.type == direction:
            return journal.code
    return None


def pick_period(master: MasterDataRef, on_date: date | None) -> tuple[int, int] | None:
    """(year, period) holding the invoice date; calendar months when no periods are known."""
    if on_date is None:
        return None
    for p in master.periods:
        if p.start <= on_date <= p.end:
            return p.year, p.period
    if not master.periods:
        return on_date.year, on_date.month
    return None


def finding(
    code: str, severity: str, text_nl: str, text_en: str, field: str | None = None, **data: object
) -> Finding:
    """A :class:`Finding` with its data as keyword arguments."""
    return Finding(code, severity, text_nl, text_en, field, dict(data))


def euro(value: Decimal | None) -> str:
    """Dutch money text: € 1.234,56 (for messages)."""
    if value is None:
        return "€ ?"
    text = f"{q2(value):,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"€ {text}"
