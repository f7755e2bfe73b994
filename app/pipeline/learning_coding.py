"""Remember how a relation's invoices were coded, so the next proposal follows the reviewer.

After a booking is approved, :func:`learn_coding` counts, per relation, which GL account each
recurring line description went to and which GL account and VAT code were chosen per VAT rate.
Descriptions are compared without numbers, dates and month names ("Huur maart 2026" and "Huur
april 2026" are the same description), and fuzzily (rapidfuzz ``token_set_ratio``) when not
equal. :func:`apply_coding` puts the remembered GL accounts onto a new proposal's lines.
:class:`CodingMemory` is stored per relation as JSON.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from app.pipeline.processing_types import BookingProposal, ProposedLine, rate_key

CODING_VERSION = 1
FUZZY_MIN = 90
_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
    "jan",
    "feb",
    "mrt",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "okt",
    "oct",
    "nov",
    "dec",
]
_NOISE = re.compile(r"\d+|[^\w\s]")
SKIP_DESCRIPTIONS = ("afrondingsverschil", "verschil regels en totaal excl. btw")


def norm_description(text: str | None) -> str:
    """Lower case words without numbers, punctuation and month names."""
    words = _NOISE.sub(" ", (text or "").casefold()).split()
    return " ".join(w for w in words if w not in _MONTHS)


def _count(table: dict[str, dict[str, int]], key: str, value: str | None) -> None:
    if key and value:
        bucket = table.setdefault(key, {})
        bucket[value] = bucket.get(value, 0) + 1


def _top(counts: dict[str, int]) -> str:
    return max(sorted(counts), key=lambda v: counts[v])


@dataclass
class CodingMemory:
    """Counts of the coding chosen for one relation."""

    descriptions: dict[str, dict[str, int]] = field(default_factory=dict)  # description -> GL
    rate_gl: dict[str, dict[str, int]] = field(default_factory=dict)  # rate key -> GL
    rate_vat_code: dict[str, dict[str, int]] = field(default_factory=dict)  # rate -> VAT code
    version: int = CODING_VERSION

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "descriptions": copy.deepcopy(self.descriptions),
            "rate_gl": copy.deepcopy(self.rate_gl),
            "rate_vat_code": copy.deepcopy(self.rate_vat_code),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> CodingMemory:
        data = data or {}
        if int(data.get("version", CODING_VERSION)) > CODING_VERSION:
            raise ValueError("coding memory is newer than this program")
        return cls(
            descriptions=copy.deepcopy(data.get("descriptions") or {}),
            rate_gl=copy.deepcopy(data.get("rate_gl") or {}),
            rate_vat_code=copy.deepcopy(data.get("rate_vat_code") or {}),
        )


def learn_coding(memory: CodingMemory, lines: Iterable[ProposedLine]) -> CodingMemory:
    """A new memory that also counts the approved booking lines (rounding lines skipped)."""
    new = CodingMemory.from_dict(memory.to_dict())
    for ln in lines:
        if ln.description.casefold() in SKIP_DESCRIPTIONS:
            continue
        _count(new.descriptions, norm_description(ln.description), ln.gl_account)
        if ln.vat_rate is not None:
            _count(new.rate_gl, rate_key(ln.vat_rate), ln.gl_account)
            _count(new.rate_vat_code, rate_key(ln.vat_rate), ln.vat_code)
    return new


def suggest_gl(memory: CodingMemory, description: str | None) -> str | None:
    """The GL account most often chosen for this (or a very similar) description."""
    key = norm_description(description)
    if not key:
        return None
    if key in memory.descriptions:
        return _top(memory.descriptions[key])
    best: tuple[float, str] | None = None
    for known, counts in memory.descriptions.items():
        score = fuzz.token_set_ratio(key, known)
        if score >= FUZZY_MIN and (best is None or score > best[0]):
            best = (score, _top(counts))
    return best[1] if best else None


def suggest_for_rate(memory: CodingMemory, rate: Any) -> tuple[str | None, str | None]:
    """(GL account, VAT code) most often chosen for a VAT rate."""
    key = rate_key(rate)
    gl = _top(memory.rate_gl[key]) if key in memory.rate_gl else None
    code = _top(memory.rate_vat_code[key]) if key in memory.rate_vat_code else None
    return gl, code


def apply_coding(memory: CodingMemory, proposal: BookingProposal) -> BookingProposal:
    """A copy of the proposal with remembered GL accounts on lines with a known description, and
    the remembered VAT code (per rate) on lines that have none.

    Amounts and VAT amounts are untouched, so the booking stays balanced.
    """
    out = copy.deepcopy(proposal)
    for ln in out.lines:
        gl = suggest_gl(memory, ln.description)
        if gl:
            ln.gl_account = gl
        if ln.vat_code is None and ln.vat_rate is not None:
            ln.vat_code = suggest_for_rate(memory, ln.vat_rate)[1]
    return out
