"""Parsers for the values printed on invoices: amounts, dates, KvK numbers, VAT ids and IBANs.

Each parser takes a piece of text as printed (Dutch or English notation, with or without currency
signs, OCR noise such as ``O`` for ``0`` kept to a minimum) and returns a plain value or ``None``.
Identifiers are only reported when their checksum holds: a VAT id through ``stdnum.nl.btw``,
``stdnum.eu.vat`` or ``stdnum.gb.vat`` (British ids since Brexit), an IBAN through
``stdnum.iban``. Nothing here knows about layout or labels.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from decimal import Decimal, InvalidOperation

from stdnum import iban as std_iban
from stdnum.eu import vat as eu_vat
from stdnum.gb import vat as gb_vat
from stdnum.nl import btw as nl_btw

MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "feb": 2, "febr": 2,
    "maart": 3, "march": 3, "mrt": 3, "mar": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "augustus": 8, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))

_CURRENCY_SIGNS = re.compile(r"(?i)€|eur(?:o)?\b|usd\b|gbp\b|us\$|\$|£")
_MINUS = "-−–"

# One amount as printed: optional sign/currency, digits with thousands separators, decimals.
AMOUNT_RE = re.compile(
    r"(?<![\w.,/])"
    r"(?P<neg1>[-−–]\s?)?(?:(?:€|EUR|USD|GBP|\$|£)\s?)?(?P<neg2>[-−–]\s?)?"
    r"(?P<num>\d{1,3}(?:[.,]\d{3})+|\d+)"
    r"(?P<dec>[.,](?:\d{2}|-{1,2}|—))"
    r"(?P<neg3>\s?-(?!\d))?"
    r"(?![\w%]|[.,]\d)"
)
DATE_NUMERIC_RE = re.compile(
    r"(?<!\d)(?:(?P<y1>(?:19|20)\d{2})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})\s?[-/.]\s?(?P<m2>\d{1,2})\s?[-/.]\s?(?P<y2>\d{4}|\d{2}))(?!\d)"
)
DATE_WORD_RE = re.compile(
    rf"(?i)(?<![\w])(?P<d>\d{{1,2}})(?:e|st|nd|rd|th)?[\s\-./]*(?P<mon>{_MONTH_ALT})\.?[\s\-./,]*"
    rf"(?P<y>\d{{4}}|'?\d{{2}})(?!\d)"
    rf"|(?<![\w])(?P<mon2>{_MONTH_ALT})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})(?!\d)"
)
VAT_RE = re.compile(
    r"(?i)(?<![A-Z0-9])(?P<cc>NL|BE|DE|FR|LU|AT|ES|IT|GB|IE|DK|SE|FI|PL|PT|CZ|EL|ATU|CHE)"
    r"[\s.\-]?(?P<body>[0-9A-Z](?:[\s.\-]?[0-9A-Z]){7,13})"
)
IBAN_START_RE = re.compile(r"(?<![A-Z0-9])([A-Z]{2}\d{2})(?=[\s]?[A-Z0-9])")
KVK_RE = re.compile(r"(?<!\d)(\d{8}|\d{4}[\s.]\d{4}|\d{2}[\s.]\d{3}[\s.]\d{3})(?!\d)")
PERCENT_RE = re.compile(r"(?<![\d,.])(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


def parse_amount(text: str) -> Decimal | None:
    """Parse one amount (``1.234,56``, ``1,234.56``, ``€ -12,50``, ``12,50-``, ``(5.00)``, ``12,-``)."""
    m = find_amounts(text)
    return m[0][0] if m else None


def _number(num: str, dec: str) -> Decimal | None:
    sep = dec[0]
    digits = dec[1:]
    if not digits.isdigit():
        digits = "00"  # "12,-"
    int_part = re.sub(r"[.,  ]", "", num)
    # a thousands separator equal to the decimal separator is impossible ("1.234.56")
    if len(num) > 3 and sep in num[-4:-3]:
        return None
    try:
        return Decimal(f"{int_part}.{digits}")
    except InvalidOperation:
        return None


def find_amounts(text: str) -> list[tuple[Decimal, int, int]]:
    """All money amounts (with exactly two decimals or ``,-``) in ``text`` with their spans."""
    out = []
    for m in AMOUNT_RE.finditer(text):
        value = _number(m.group("num"), m.group("dec"))
        if value is None:
            continue
        if m.group("neg1") or m.group("neg2") or m.group("neg3"):
            value = -value
        start = m.start()
        if start > 0 and text[start - 1] == "(" and text[m.end() : m.end() + 1] == ")":
            value = -abs(value)
        out.append((value, m.start(), m.end()))
    return out


def parse_number(text: str, decimal: str | None = None) -> Decimal | None:
    """A plain quantity, price or rate: ``3``, ``2,5``, ``1.000``, ``12.5``, ``0,2345``.

    ``decimal`` is the document's decimal separator when known ("," or "."); it settles
    ``1.979`` (English 1.979 versus Dutch 1979).
    """
    t = text.strip().rstrip("x×").strip()
    t = _CURRENCY_SIGNS.sub("", t).strip()
    if not re.fullmatch(r"[-−]?\d[\d.,]*", t):
        return None
    neg = t[0] in _MINUS
    t = t.lstrip(_MINUS)
    if decimal and t.count(decimal) == 1 and (t.count(",") + t.count(".")) == 1:
        try:
            v = Decimal(t.replace(decimal, "."))
        except InvalidOperation:
            return None
        return -v if neg else v
    if "," in t and "." in t:
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        t = t.replace("." if dec == "," else ",", "").replace(",", ".")
    elif "," in t:
        head, _, tail = t.rpartition(",")
        t = f"{head}.{tail}" if t.count(",") == 1 and len(tail) != 3 else t.replace(",", "")
    elif t.count(".") == 1 and len(t.split(".")[1]) == 3 and len(t.split(".")[0]) <= 3:
        t = t.replace(".", "")  # Dutch thousands "1.000"
    elif t.count(".") > 1:
        t = t.replace(".", "")
    try:
        v = Decimal(t)
    except InvalidOperation:
        return None
    return -v if neg else v


def decimal_separator(text: str) -> str | None:
    """The decimal separator most amounts in ``text`` use ("," or "."), or None."""
    comma = len(re.findall(r"\d,\d{2}(?!\d)", text))
    dot = len(re.findall(r"\d\.\d{2}(?!\d)", text))
    if comma == dot:
        return None
    return "," if comma > dot else "."


def find_percent(text: str) -> Decimal | None:
    """The first percentage in ``text`` (``21%``, ``9 %``, ``5,5%``)."""
    m = PERCENT_RE.search(text)
    if not m:
        return None
    return Decimal(m.group(1).replace(",", ".")).normalize()


def _make_date(y: int, m: int, d: int) -> date | None:
    if y < 100:
        y += 2000 if y < 70 else 1900
    if not 1 <= m <= 12 and 1 <= d <= 12:
        m, d = d, m  # US order 11/27/2026
    try:
        return date(y, m, d)
    except ValueError:
        return None


def date_order(text: str) -> str | None:
    """The day/month order of a document's numeric dates: "mdy" (US), "dmy" or None (unknown).

    Only dates that settle the question count: ``11/17/2017`` (second part > 12) says month
    first, ``17/11/2017`` says day first. Conflicting or no evidence gives None (day first then).
    """
    votes = set()
    for m in DATE_NUMERIC_RE.finditer(text):
        if m.group("y2") is None or len(m.group("y2")) != 4:
            continue
        first, second = int(m.group("d2")), int(m.group("m2"))
        if second > 12 >= first >= 1 and second <= 31:
            votes.add("mdy")
        elif first > 12 >= second >= 1 and first <= 31:
            votes.add("dmy")
    return votes.pop() if len(votes) == 1 else None


def find_dates(text: str, order: str | None = None) -> list[tuple[date, int, int]]:
    """All dates in ``text`` with their spans, in order of appearance.

    ``order`` is the document's numeric date order (see :func:`date_order`); "mdy" reads
    ``11/03/2017`` as November 3rd, anything else as 11 March.
    """
    found: list[tuple[date, int, int]] = []
    for m in DATE_WORD_RE.finditer(text):
        if m.group("mon"):
            d, mon, y = m.group("d"), m.group("mon"), m.group("y").lstrip("'")
        else:
            d, mon, y = m.group("d2"), m.group("mon2"), m.group("y2")
        value = _make_date(int(y), MONTHS[mon.lower()], int(d))
        if value:
            found.append((value, m.start(), m.end()))
    for m in DATE_NUMERIC_RE.finditer(text):
        if any(s <= m.start() < e for _, s, e in found):
            continue
        if m.group("y1"):
            value = _make_date(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
        else:
            first, second = int(m.group("d2")), int(m.group("m2"))
            if order == "mdy":
                first, second = second, first
            value = _make_date(int(m.group("y2")), second, first)
        if value and 1990 <= value.year <= 2099:
            found.append((value, m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    return found


def parse_date(text: str) -> date | None:
    """The first date in ``text`` (``27-11-2026``, ``27 nov. 2026``, ``2026-11-27``, ``27/11/26``)."""
    found = find_dates(text)
    return found[0][0] if found else None


def find_vat_ids(text: str) -> list[tuple[str, int, int]]:
    """Valid EU VAT ids (compact, e.g. ``NL123456789B01``) with their spans in ``text``."""
    return list(_find_vat_ids(text))


# NL ids by the Dutch rules (sole traders' ids too); GB is no EU member state since Brexit
_VALIDATORS = {"NL": nl_btw.is_valid, "GB": gb_vat.is_valid}


@functools.lru_cache(maxsize=4096)
def _find_vat_ids(text: str) -> tuple[tuple[str, int, int], ...]:
    # Cached: the party and label readers ask about the same lines many times per document.
    out = []
    up = text.upper()
    pos = 0
    while (m := VAT_RE.search(up, pos)) is not None:
        raw = re.sub(r"[\s.\-]", "", m.group(0))
        # try the longest prefix that validates (the body may run into the next word)
        for end in range(len(raw), 3, -1):
            cand = raw[:end]
            try:
                ok = _VALIDATORS.get(cand[:2], eu_vat.is_valid)(cand)
            except Exception:  # noqa: BLE001 - stdnum raises on odd input for some countries
                ok = False
            if ok:
                out.append((cand, m.start(), m.end()))
                pos = m.end()
                break
        else:
            # no id here: look again one character on, so that a country code at the end of a
            # web address ("shop.be VAT ID BE0123...") cannot swallow the real id after it
            pos = m.start() + 1
    return tuple(out)


def find_ibans(text: str) -> list[tuple[str, int, int]]:
    """Valid IBANs (compact) with their spans in ``text``; a failing checksum is not reported."""
    return list(_find_ibans(text))


@functools.lru_cache(maxsize=4096)
def _find_ibans(text: str) -> tuple[tuple[str, int, int], ...]:
    out = []
    up = text.upper()
    for m in IBAN_START_RE.finditer(up):
        tail = up[m.start() : m.start() + 48]
        chars, ends = [], []
        for i, ch in enumerate(tail):
            if ch.isalnum():
                chars.append(ch)
                ends.append(i + 1)
            elif ch not in " .-":
                break
            if len(chars) >= 34:
                break
        for n in range(len(chars), 11, -1):
            cand = "".join(chars[:n])
            if std_iban.is_valid(cand):
                out.append((cand, m.start(), m.start() + ends[n - 1]))
                break
    return tuple(out)


def find_kvks(text: str) -> list[tuple[str, int, int]]:
    """Eight-digit numbers (KvK candidates) in ``text``; the caller checks for a KvK label."""
    return [(re.sub(r"\D", "", m.group(1)), m.start(), m.end()) for m in KVK_RE.finditer(text)]
