"""Decide whether a read document is a purchase or a sales document, and whether it is a credit.

A document issued by the administration itself — its own KvK number, VAT id or IBAN printed as
the issuer's, or failing those the issuer's name matching the administration's name — is a sales
document; anything else is a purchase document (SPEC.md §9). Documents the reader classed as
"other" stay "other". A relation set up as a dual relation (duale relatie, SPEC.md §7) carries
keywords: when one of them stands in the document's text, purchase and sales swap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.pipeline.invoice import InvoiceData, Party
from app.pipeline.processing_ids import name_score, name_tiebreak, norm_iban, norm_kvk, norm_vat
from app.pipeline.processing_types import AdminIdentity, RelationSettings

NAME_THRESHOLD = 0.9
SORT_THRESHOLD = 0.8
_CREDIT_WORDS = re.compile(
    r"\b(credit\s?nota|creditfactuur|credit\s?note|credit\s?invoice)\b", re.I
)


@dataclass(frozen=True)
class DocumentKind:
    """The outcome: direction "purchase" / "sales" / "other", credit or not, and why."""

    direction: str
    credit: bool
    reason: str
    dual_keyword: str | None = None


def _hard_match(party: Party, admin: AdminIdentity) -> str | None:
    """Which of the administration's identifiers the party carries, or None."""
    if admin.vat_number and norm_vat(party.vat_number) == norm_vat(admin.vat_number):
        return "vat"
    if admin.kvk and norm_kvk(party.kvk) and norm_kvk(party.kvk) == norm_kvk(admin.kvk):
        return "kvk"
    own_ibans = {norm_iban(i) for i in admin.ibans}
    if party.iban and norm_iban(party.iban) in own_ibans:
        return "iban"
    return None


def _same_name(name: str | None, own: str, threshold: float) -> bool:
    """Fuzzy equal names; "Zon B.V." is not "Bakkerij Zon B.V." although one holds the other."""
    return name_score(name, own) >= threshold and name_tiebreak(name, own) >= SORT_THRESHOLD


def issued_by_administration(
    inv: InvoiceData, admin: AdminIdentity, name_threshold: float = NAME_THRESHOLD
) -> tuple[bool, str]:
    """Whether the administration issued the document, with the reason in a few words."""
    s_hard = _hard_match(inv.supplier, admin)
    c_hard = _hard_match(inv.customer, admin)
    s_name = _same_name(inv.supplier.name, admin.name, name_threshold)
    c_name = _same_name(inv.customer.name, admin.name, name_threshold)
    if s_hard and c_name and not s_name:
        # The customer is named as the administration and the issuer is someone else: the own
        # identifier next to the issuer was misattributed (a supplier printing its customer's
        # VAT id is common on EU invoices).
        return False, f"own {s_hard} misread as the issuer's; the customer is the administration"
    if s_hard and not c_hard:
        return True, f"issuer {s_hard} is the administration's own"
    if c_hard and not s_hard:
        return False, f"customer {c_hard} is the administration's own"
    if s_hard and c_hard:
        # Both sides carry an own identifier (a misread); let the names decide.
        if s_name and not c_name:
            return True, "issuer name is the administration's own"
        return False, "own identifiers on both sides; customer taken as the administration"
    if s_name and not c_name:
        return True, "issuer name is the administration's own"
    return False, "issuer is not the administration"


def is_credit(inv: InvoiceData) -> bool:
    """A credit note: so classed by the reader, a negative total, or (when the reader did not
    classify the document) the word credit(nota) in its text."""
    if inv.document_type == "credit_note":
        return True
    if inv.total_incl_vat is not None and inv.total_incl_vat < 0:
        return True
    return inv.document_type is None and bool(_CREDIT_WORDS.search(inv.full_text()))


def find_keyword(text: str, keywords: tuple[str, ...]) -> str | None:
    """The first keyword that stands in the text as whole words (case-insensitive)."""
    for keyword in keywords:
        keyword = keyword.strip()
        if keyword and re.search(rf"(?<!\w){re.escape(keyword)}(?!\w)", text, re.IGNORECASE):
            return keyword
    return None


def apply_dual_relation(
    kind: DocumentKind, inv: InvoiceData, settings: RelationSettings | None
) -> DocumentKind:
    """Swap purchase and sales when the relation is a dual relation and a keyword is found."""
    if settings is None or kind.direction == "other" or not settings.dual_keywords:
        return kind
    keyword = find_keyword(inv.full_text(), settings.dual_keywords)
    if keyword is None:
        return kind
    flipped = "sales" if kind.direction == "purchase" else "purchase"
    return replace(
        kind,
        direction=flipped,
        reason=f"{kind.reason}; dual relation keyword '{keyword}'",
        dual_keyword=keyword,
    )


def determine_kind(
    inv: InvoiceData,
    admin: AdminIdentity,
    settings: RelationSettings | None = None,
    name_threshold: float = NAME_THRESHOLD,
) -> DocumentKind:
    """Purchase, sales or other for the document; pass the matched relation's settings (if any)
    to apply its dual-relation keywords."""
    credit = is_credit(inv)
    if inv.document_type == "other":
        return DocumentKind("other", credit, "the reader classed the document as other")
    sales, reason = issued_by_administration(inv, admin, name_threshold)
    kind = DocumentKind("sales" if sales else "purchase", credit, reason)
    return apply_dual_relation(kind, inv, settings)
