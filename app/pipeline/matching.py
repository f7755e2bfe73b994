"""Find the relation a document belongs to: its supplier (purchase) or customer (sales).

Identifiers are tried strongest first — VAT id, IBAN, KvK number — and the company name last,
scored with rapidfuzz ``token_set_ratio`` after legal forms (B.V., V.O.F., Holding …) are
stripped, with the relation's city found in the document's address as a tie-breaker. The
administration's own identifiers never count: an invoice that prints the customer's VAT id where
the reader expected the supplier's must not match the administration as its own supplier. When
nothing matches, :func:`propose_new_relation` gives the data read from the document for a
"create this relation" comment.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from app.pipeline.invoice import InvoiceData, Party
from app.pipeline.processing_ids import (
    find_ibans,
    find_vat_ids,
    name_score,
    name_tiebreak,
    norm_iban,
    norm_kvk,
    norm_vat,
)
from app.pipeline.processing_types import AdminIdentity, RelationRef

CITY_BONUS = 0.05
AMBIGUOUS_FACTOR = 0.9
SUBSET_SORT_SCORE = 0.75  # below this token_sort score one name merely contains the other
SUBSET_CAP = 0.88
SCORES = {"vat": 1.0, "iban": 0.98, "kvk": 0.97, "vat_text": 0.95, "iban_text": 0.93}


@dataclass(frozen=True)
class MatchResult:
    relation_id: int
    code: str
    method: str  # vat / iban / kvk / vat_text / iban_text / name
    score: float  # 0..1


@dataclass(frozen=True)
class NewRelationProposal:
    """What the document says about an unknown relation, to create it from a comment."""

    type: str  # supplier / customer
    name: str | None
    kvk: str | None
    vat_number: str | None
    iban: str | None
    address: str | None
    email: str | None
    country: str | None


def counterparty(inv: InvoiceData, direction: str) -> Party:
    """The party to match: the supplier of a purchase document, the customer of a sales one."""
    return inv.customer if direction == "sales" else inv.supplier


def _own_ids(admin: AdminIdentity) -> tuple[str | None, str | None, set[str | None]]:
    return norm_vat(admin.vat_number), norm_kvk(admin.kvk), {norm_iban(i) for i in admin.ibans}


def clean_party(party: Party, admin: AdminIdentity) -> Party:
    """The party with every identifier that is the administration's own removed."""
    own_vat, own_kvk, own_ibans = _own_ids(admin)
    vat = norm_vat(party.vat_number)
    kvk = norm_kvk(party.kvk)
    iban = norm_iban(party.iban)
    return Party(
        name=party.name,
        kvk=None if kvk and kvk == own_kvk else kvk,
        vat_number=None if vat and vat == own_vat else vat,
        iban=None if iban and iban in own_ibans else iban,
        address=party.address,
        email=party.email,
        country=party.country,
    )


def _wanted_types(direction: str) -> set[str]:
    return {"customer", "both"} if direction == "sales" else {"supplier", "both"}


def _relation_ibans(rel: RelationRef) -> set[str | None]:
    return {norm_iban(i) for i in (*rel.ibans, *rel.settings.known_ibans)}


def _city_hint(rel: RelationRef, party: Party, text: str) -> float:
    if not rel.city:
        return 0.0
    haystack = (party.address or text).lower()
    return CITY_BONUS if rel.city.lower() in haystack else 0.0


def _pick(found: list[RelationRef], method: str, party: Party, text: str) -> MatchResult | None:
    """The best of the relations sharing an identifier (names and city decide among several)."""
    if not found:
        return None
    best = max(
        found,
        key=lambda r: (name_score(party.name, r.name) + _city_hint(r, party, text), -r.id),
    )
    return MatchResult(best.id, best.code, method, SCORES[method])


def _by_id(
    candidates: list[RelationRef],
    values: Iterable[str | None],
    key: Callable[[RelationRef], set[str | None]],
) -> list[RelationRef]:
    wanted = {v for v in values if v}
    return [r for r in candidates if wanted & key(r)] if wanted else []


def match_relation(
    inv: InvoiceData,
    direction: str,
    relations: Iterable[RelationRef],
    admin: AdminIdentity,
    name_threshold: float = 0.85,
) -> MatchResult | None:
    """The relation of the document, or None when no identifier or name matches well enough."""
    party = clean_party(counterparty(inv, direction), admin)
    own_vat, own_kvk, own_ibans = _own_ids(admin)
    types = _wanted_types(direction)
    candidates = [r for r in relations if r.type in types]
    text = inv.full_text()

    def rel_vat(r: RelationRef) -> set[str | None]:
        vat = norm_vat(r.vat_number)
        return {vat} if vat != own_vat else set()

    def rel_kvk(r: RelationRef) -> set[str | None]:
        kvk = norm_kvk(r.kvk)
        return {kvk} if kvk != own_kvk else set()

    def rel_iban(r: RelationRef) -> set[str | None]:
        return _relation_ibans(r) - own_ibans

    steps: list[tuple[str, Iterable[str | None], Callable[[RelationRef], set[str | None]]]] = [
        ("vat", [party.vat_number], rel_vat),
        ("iban", [party.iban], rel_iban),
        ("kvk", [party.kvk], rel_kvk),
    ]
    if direction != "sales":
        # Identifiers the reader did not attribute: a purchase document's text mostly carries
        # only the supplier's (the administration's own are excluded above).
        steps.append(("vat_text", [v for v in find_vat_ids(text) if v != own_vat], rel_vat))
        steps.append(("iban_text", [i for i in find_ibans(text) if i not in own_ibans], rel_iban))
    for method, values, key in steps:
        result = _pick(_by_id(candidates, values, key), method, party, text)
        if result:
            return result
    return _match_name(party, candidates, text, name_threshold)


def _match_name(
    party: Party, candidates: list[RelationRef], text: str, threshold: float
) -> MatchResult | None:
    if not party.name:
        return None
    scored = sorted(
        (
            (
                name_score(party.name, r.name) + _city_hint(r, party, text),
                name_tiebreak(party.name, r.name),
                r,
            )
            for r in candidates
        ),
        key=lambda t: (t[0], t[1]),
        reverse=True,
    )
    if not scored or scored[0][0] < threshold:
        return None
    score, tiebreak, best = scored[0]
    if tiebreak < SUBSET_SORT_SCORE:
        score = min(score, SUBSET_CAP)  # "Jansen" inside "Jansen Bouw": likely, not certain
    if len(scored) > 1 and scored[1][0] == score and scored[1][1] == tiebreak:
        score *= AMBIGUOUS_FACTOR  # two relations fit equally well: a person must choose
    return MatchResult(best.id, best.code, "name", round(min(1.0, score), 3))


def propose_new_relation(
    inv: InvoiceData, direction: str, admin: AdminIdentity
) -> NewRelationProposal:
    """The data read from the document for a new relation (own identifiers left out)."""
    party = clean_party(counterparty(inv, direction), admin)
    country = party.country
    if not country and party.vat_number and party.vat_number[:2].isalpha():
        country = party.vat_number[:2]  # "EL" for Greece: the caller maps VAT prefixes if needed
    if not country and party.iban:
        country = party.iban[:2]
    country = country.upper() if country else None
    return NewRelationProposal(
        type="customer" if direction == "sales" else "supplier",
        name=party.name,
        kvk=party.kvk,
        vat_number=party.vat_number,
        iban=party.iban,
        address=party.address,
        email=party.email,
        country=country,
    )
