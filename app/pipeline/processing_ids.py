"""Normalising and comparing company identifiers and names for type detection and matching.

KvK numbers, VAT ids and IBANs are printed with spaces, dots and mixed case; company names carry
legal forms (B.V., V.O.F., Holding, GmbH) that say nothing about who the company is. These helpers
turn each into one comparable form, find identifiers in free text, and score two names with
rapidfuzz's ``token_set_ratio`` after the legal forms are stripped. Used by ``doctype``,
``matching``, ``validation`` and ``splitting``.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from stdnum import iban as std_iban
from stdnum.eu import vat as eu_vat
from stdnum.nl import btw

LEGAL_FORMS = frozenset(
    [
        "bv",
        "nv",
        "vof",
        "cv",
        "holding",
        "eenmanszaak",
        "maatschap",
        "stichting",
        "vereniging",
        "coop",
        "ua",
        "gmbh",
        "ag",
        "kg",
        "ltd",
        "limited",
        "inc",
        "llc",
        "plc",
        "sa",
        "sarl",
        "sas",
        "srl",
        "bvba",
        "sprl",
    ]
)

_NL_VAT_RE = re.compile(r"\bNL[\s.]?(\d[\d\s.]{7,12}\d)[\s.]?B[\s.]?(\d{2})\b", re.IGNORECASE)
_EU_VAT_RE = re.compile(
    r"\b((?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|PL|PT|RO|SE|SI|SK|XI)U?[0-9A-Z]{8,12})\b"
)
_IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)\b")
_KVK_RE = re.compile(
    r"\b(?:kvk|k\.v\.k\.|kamer van koophandel|coc|chamber of commerce)"
    r"(?:[\s.:-]*(?:nr|nummer|number|no)\.?)?[\s.:#-]*(\d{8})\b",
    re.IGNORECASE,
)


def norm_vat(value: str | None) -> str | None:
    """Upper case without spaces or dots: 'nl 8001.23.456.b01' -> 'NL800123456B01'."""
    if not value:
        return None
    out = re.sub(r"[\s.\-]", "", value).upper()
    return out or None


def norm_iban(value: str | None) -> str | None:
    if not value:
        return None
    out = re.sub(r"\s", "", value).upper()
    return out or None


def norm_kvk(value: str | None) -> str | None:
    """Eight digits (a shorter number is zero padded), or None when there are no digits."""
    if not value:
        return None
    digits = re.sub(r"\D", "", value)
    if not digits or len(digits) > 8:
        return None
    return digits.zfill(8)


def find_vat_ids(text: str) -> list[str]:
    """Valid VAT ids in the text (checksum checked), normalised: Dutch ones (also printed with
    spaces or dots) first, then other EU ones (printed without spaces)."""
    found: list[str] = []
    for m in _NL_VAT_RE.finditer(text):
        candidate = "NL" + re.sub(r"\D", "", m.group(1)) + "B" + m.group(2)
        if btw.is_valid(candidate) and candidate not in found:
            found.append(candidate)
    for m in _EU_VAT_RE.finditer(text.upper()):
        candidate = m.group(1)
        if candidate not in found and eu_vat.is_valid(candidate):
            found.append(candidate)
    return found


def find_ibans(text: str) -> list[str]:
    """Valid IBANs (mod-97 checked) in the text, normalised, in order of appearance."""
    found: list[str] = []
    for m in _IBAN_RE.finditer(text.upper()):
        candidate = norm_iban(m.group(1))
        if candidate and std_iban.is_valid(candidate) and candidate not in found:
            found.append(candidate)
    return found


def find_kvks(text: str) -> list[str]:
    """KvK numbers printed after a KvK/CoC label."""
    found: list[str] = []
    for m in _KVK_RE.finditer(text):
        if m.group(1) not in found:
            found.append(m.group(1))
    return found


def norm_name(name: str | None) -> str:
    """Lower case words without punctuation and legal forms: 'Jansen Bouw B.V.' -> 'jansen bouw'."""
    if not name:
        return ""
    text = name.lower().replace("&", " en ")
    # "b.v." / "v.o.f." -> "bv" / "vof" before the remaining punctuation becomes spaces
    text = re.sub(r"\b((?:[a-z]\.){2,})", lambda m: m.group(1).replace(".", ""), text)
    text = re.sub(r"[^\w\s]", " ", text)
    words = [w for w in text.split() if w not in LEGAL_FORMS]
    return " ".join(words)


def name_score(a: str | None, b: str | None) -> float:
    """0..1 similarity of two company names, legal forms ignored (token_set_ratio)."""
    na, nb = norm_name(a), norm_name(b)
    if not na or not nb:
        return 0.0
    return fuzz.token_set_ratio(na, nb) / 100.0


def name_tiebreak(a: str | None, b: str | None) -> float:
    """A stricter 0..1 score (token_sort_ratio) to choose between names with equal set scores."""
    na, nb = norm_name(a), norm_name(b)
    if not na or not nb:
        return 0.0
    return fuzz.token_sort_ratio(na, nb) / 100.0
