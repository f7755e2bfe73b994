"""What the UBL and CII readers share once the XML has been read into an :class:`InvoiceData`.

The document type code (UNTDID 1001) decides invoice versus credit note; a credit note's amounts
are turned negative (totals, VAT per rate, line amounts and quantities) so every consumer books
it the same way as a credit note read from paper. Reverse charge follows from VAT category ``AE``.
Every field an e-invoice states is exact, so it gets confidence 1.0 without a page or box, unless
a PDF carrying the XML later places it on the page.
"""

from __future__ import annotations

import re
from decimal import Decimal

from app.pipeline.invoice import FieldInfo, InvoiceData, Party

# UNTDID 1001 codes that mean "credit note" (EN 16931 allows these for BT-3).
CREDIT_NOTE_CODES = frozenset(
    {"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"}
)
# Codes that are invoices in EN 16931 (commercial, corrected, self-billed, prepayment, ...).
INVOICE_CODES = frozenset({
    "71", "80", "82", "84", "102", "130", "202", "203", "204", "211", "218", "219", "295", "325",
    "326", "331", "380", "382", "383", "384", "385", "386", "387", "388", "389", "390", "393",
    "394", "395", "456", "457", "527", "553", "575", "623", "633", "751", "780", "875", "876", "877",
    "935",
})  # fmt: skip

# ISO 6523 ICD of the Dutch Chamber of Commerce number, and the SI-UBL 1.x spelling of it.
KVK_SCHEMES = frozenset({"0106", "NL:KVK", "KVK"})
_KVK = re.compile(r"^\d{8}$")


def document_type_for(code: str | None, *, credit_root: bool = False) -> str:
    """``credit_note`` for a credit code or a UBL ``CreditNote`` root, otherwise ``invoice``."""
    if credit_root or (code or "").strip() in CREDIT_NOTE_CODES:
        return "credit_note"
    return "invoice"


def pick_kvk(candidates: list[tuple[str | None, str | None]], country: str | None) -> str | None:
    """Choose the KvK number among ``(scheme, id)`` identifiers of one party.

    An identifier with scheme 0106 (or SI-UBL 1.x ``NL:KVK``) wins; otherwise an 8-digit legal registration of a Dutch party
    (or of a party without country) is taken; a foreign registration (SIRET, HRB, ...) is not.
    """
    for scheme, value in candidates:
        if value and (scheme or "").strip().upper() in KVK_SCHEMES:
            return _compact(value)
    for _scheme, value in candidates:
        if not value:
            continue
        compact = _compact(value)
        if _KVK.match(compact) and country in (None, "NL"):
            return compact
    return None


def _compact(value: str) -> str:
    return re.sub(r"[\s.]", "", value)


def compact_vat(value: str | None) -> str | None:
    """A VAT id without the spaces and dots some senders write into it."""
    if not value:
        return None
    return re.sub(r"[\s.]", "", value).upper() or None


def join_address(*parts: str | None) -> str | None:
    kept = [p for p in parts if p]
    return ", ".join(kept) if kept else None


def finalize(inv: InvoiceData) -> InvoiceData:
    """Apply the credit-note sign, the reverse-charge flag and the exact-field confidences."""
    if inv.document_type == "credit_note":
        _negate(inv)
    inv.reverse_charge = any((v.category or "").upper() == "AE" for v in inv.vat_breakdown)
    if inv.total_vat is None and inv.total_incl_vat is not None and inv.total_excl_vat is not None:
        inv.total_vat = inv.total_incl_vat - inv.total_excl_vat
    if inv.total_incl_vat is None and inv.total_excl_vat is not None and inv.total_vat is not None:
        inv.total_incl_vat = inv.total_excl_vat + inv.total_vat
    inv.fields = exact_fields(inv)
    return inv


def _neg(value: Decimal | None) -> Decimal | None:
    return None if value is None else -value


def _negate(inv: InvoiceData) -> None:
    inv.total_excl_vat = _neg(inv.total_excl_vat)
    inv.total_vat = _neg(inv.total_vat)
    inv.total_incl_vat = _neg(inv.total_incl_vat)
    for vat in inv.vat_breakdown:
        vat.base = -vat.base
        vat.amount = -vat.amount
    for line in inv.lines:
        line.amount = _neg(line.amount)
        line.quantity = _neg(line.quantity)


def exact_fields(inv: InvoiceData) -> dict[str, FieldInfo]:
    """A ``FieldInfo(confidence=1.0)`` for every header field the e-invoice states.

    Names follow the visual reader: ``invoice_number``, ``total_incl_vat``, ``supplier.kvk``, ...
    """
    values: dict[str, object] = {
        "document_type": inv.document_type,
        "invoice_number": inv.invoice_number,
        "invoice_date": inv.invoice_date,
        "due_date": inv.due_date,
        "currency": inv.currency,
        "total_excl_vat": inv.total_excl_vat,
        "total_vat": inv.total_vat,
        "total_incl_vat": inv.total_incl_vat,
        "payment_reference": inv.payment_reference,
    }
    for prefix, party in (("supplier", inv.supplier), ("customer", inv.customer)):
        values.update(_party_values(prefix, party))
    return {name: FieldInfo(confidence=1.0) for name, value in values.items() if value is not None}


def _party_values(prefix: str, party: Party) -> dict[str, object]:
    out: dict[str, object] = {
        f"{prefix}.name": party.name,
        f"{prefix}.kvk": party.kvk,
        f"{prefix}.vat_number": party.vat_number,
    }
    if prefix == "supplier":
        out["supplier.iban"] = party.iban
    return out
