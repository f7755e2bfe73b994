"""Invoice lines read from the table of goods and services.

The table is found by its header row: a line with at least two column words (Omschrijving /
Description, Aantal / Qty, Prijs / Unit price, Bedrag / Amount, BTW / VAT). Column ranges come from
the header words; every following line up to the totals (or a wide vertical gap) is a row, and its
words go to the column they sit under. A row needs an amount; a line without numbers directly under
a row, within the description column (wherever that column stands), continues that row's
description: a wrapped description is one line. A discount ("Korting 10%", or an invoice-level
discount printed under the table before the totals) is a row with a negative amount. Tables that
run over several pages are followed onto the next page when it repeats the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from app.pipeline.amounts import classify
from app.pipeline.invoice import InvoiceLine, Word
from app.pipeline.parse_values import decimal_separator, find_amounts, find_percent, parse_number
from app.pipeline.vat_rates import ANY_RATE
from app.pipeline.words import Layout, Line

COLUMNS = {
    "desc": re.compile(
        r"(?i)^(omschrijving|beschrijving|description|artikelomschrijving|product|dienst|"
        r"specificatie|werkzaamheden|service|details|activiteit|prestatie|d[ée]signation|libell[ée]|"
        r"bezeichnung|beschreibung|leistung|artikelbezeichnung)s?$"
    ),
    "qty": re.compile(
        r"(?i)^(aantal|aant\.?|qty\.?|quantity|hoeveelheid|uren|hours|units|st\.?|stuks|quantit[ée]|"
        r"qt[ée]\.?|menge|anzahl|stunden)$"
    ),
    "price": re.compile(
        r"(?i)^(prijs|stukprijs|stuksprijs|eenheidsprijs|tarief|unit\s?price|price|rate|prijs/st\.?|"
        r"prijs\s+per\s+\w+|per\s+stuk|p/st|à|a|unit\s+cost|uurtarief|prix\s+unitaire(?:\s+ht)?|"
        r"p\.?\s?u\.?(?:\s+ht)?|einzelpreis|preis|e-preis)$"
    ),
    "amount": re.compile(
        r"(?i)^(bedrag|totaal|amount|total|line\s+total|subtotaal|bedrag\s+excl\.?(?:\s+btw)?|"
        r"totaal\s+excl\.?(?:\s+btw)?|netto|net|regeltotaal|montant(?:\s+ht)?|prix\s+ht|total\s+ht|"
        r"betrag|gesamt|gesamtpreis)$"
    ),
    "vat": re.compile(
        r"(?i)^(btw|vat|btw\s?%|vat\s?%|%\s?btw|tax|btw-tarief|tarief\s+btw|tva(?:\s?%)?|"
        r"mwst\.?(?:\s?%)?|ust\.?(?:\s?%)?)$"
    ),
    "code": re.compile(
        r"(?i)^(code|item|artikel|art\.?\s?nr\.?|artikelnummer|artikelcode|sku|item\s+no\.?|nr\.?)$"
    ),
}


@dataclass
class Column:
    name: str
    x0: float
    x1: float


def _header(line: Line) -> list[Column] | None:
    cols: list[Column] = []
    for seg in line.segs:
        # a segment may hold several header words separated by single spaces
        text = seg.text.strip()
        name = _col_name(text)
        if name:
            cols.append(Column(name, seg.x0, seg.x1))
            continue
        for w in seg.words:
            n = _col_name(w.text)
            if n:
                cols.append(Column(n, w.bbox[0], w.bbox[2]))
    names = [c.name for c in cols]
    if (
        len(set(names)) >= 3
        and "amount" in names
        or ("desc" in names and len(set(names)) >= 2 and ("amount" in names or "price" in names))
    ):
        return cols
    return None


def _col_name(text: str) -> str | None:
    t = text.strip(" :")
    for name, rx in COLUMNS.items():
        if rx.match(t):
            return name
    return None


_NUMERIC = ("qty", "price", "amount", "vat")
_TOTALS_START = re.compile(
    r"(?i)^(sub[\s\-]?)?tota(al|l)\b|^te\s+betalen|^b\.?t\.?w\b|^vat\b|^netto|^net\s+(amount|total)|"
    r"^amount\s+due|^grondslag|^excl|^incl|^balance|^grand\s+total|^transport\s*:?$|^transport\s+(?:van|from)\b|^\d{1,2}\s?%"
)
# the header of a VAT table under the lines ("Tax  Base  Amount", "Taxe  Base  Montant")
_TAX_TABLE = re.compile(r"(?i)^(tax|taxe|taxes|tva|btw|vat|mwst|ust)\.?$")
_NUM_START = re.compile(r"^[-−]?\d")
_VAT_WORD = re.compile(r"(?i)^(rc|verl\.?|verlegd|vrij|vrijgest\.?|ex|n\.?v\.?t\.?|icp|-)$")


def _assign(word: Word, cols: list[Column]) -> Column:
    cx = (word.bbox[0] + word.bbox[2]) / 2
    best, dist = cols[0], 1e9
    numeric = any(ch.isdigit() for ch in word.text) or word.text in ("€", "-", "%", "EUR")
    vat_word = bool(_VAT_WORD.match(word.text))
    for c in cols:
        if c.name in _NUMERIC and not numeric and not (vat_word and c.name == "vat"):
            continue
        d = 0.0 if c.x0 - 2 <= cx <= c.x1 + 2 else min(abs(cx - c.x0), abs(cx - c.x1))
        if c.name in ("qty", "price", "amount", "vat"):
            d = min(d, abs(word.bbox[2] - c.x1))  # right-aligned numbers
        if d < dist:
            best, dist = c, d
    return best


def read_lines(layouts: list[Layout]) -> tuple[list[InvoiceLine], set[tuple[int, int]]]:
    """The invoice lines and the (page, line index) of every table row used."""
    out: list[InvoiceLine] = []
    used: set[tuple[int, int]] = set()
    dec = decimal_separator(" ".join(ln.text for ly in layouts for ln in ly.lines))
    for layout in layouts:
        cols = None
        start = 0
        for line in layout.lines:
            cols = _header(line)
            if cols:
                start = line.index + 1
                break
        if not cols:
            continue
        cols.sort(key=lambda c: c.x0)
        for i, c in enumerate(cols):
            if c.name == "desc":  # a description may run on up to the next column
                c.x1 = cols[i + 1].x0 - 4 if i + 1 < len(cols) else layout.page.width
        desc_x1 = min((c.x0 for c in cols if c.name not in ("desc", "code")), default=1e9)
        desc_col = next((c for c in cols if c.name == "desc"), None)
        prev_y = layout.lines[start - 1].y1
        last: InvoiceLine | None = None
        for line in layout.lines[start:]:
            if line.y0 - prev_y > 4 * line.height:
                break
            amounts = find_amounts(line.text)
            first_label = line.segs[0].text
            if amounts and classify(first_label)[0] is not None and line.segs[0].x0 >= desc_x1 - 5:
                break
            if amounts and _TOTALS_START.match(first_label):
                break
            if _TAX_TABLE.match(first_label.strip()) and len(line.segs) >= 3:
                break
            if re.match(r"(?i)^(sub)?tota(al|l)\b|^transport\s*:?$", line.text.strip()):
                break
            prev_y = line.y1
            if not amounts:
                if last is not None and _in_desc(line, desc_col, desc_x1) and len(line.words) < 25:
                    last.description = f"{last.description or ''} {line.text}".strip()
                    used.add((line.page, line.index))
                    continue
                if last is not None:
                    break
                continue
            row = _row(line, cols, dec)
            if row is not None:
                out.append(row)
                last = row
                used.add((line.page, line.index))
    return out, used


def _in_desc(line: Line, desc: Column | None, desc_x1: float) -> bool:
    """Whether a line without amounts sits in the description column (a wrapped description).

    The description column may stand anywhere, also right of the quantity ("Aantal
    Omschrijving Prijs Bedrag"); without one, the words must end before the first number column.
    """
    if desc is None:
        return all(w.bbox[2] <= desc_x1 + 2 for w in line.words)
    return all(w.bbox[0] >= desc.x0 - 4 and w.bbox[2] <= desc.x1 + 4 for w in line.words)


def _row(line: Line, cols: list[Column], dec: str | None) -> InvoiceLine | None:
    cells: dict[str, list[Word]] = {}
    desc_cols = [c for c in cols if c.name == "desc"]
    for seg in line.segs:
        if desc_cols and _mostly_in(seg.x0, seg.x1, desc_cols[0], cols):
            d = desc_cols[0]
            for w in seg.words:
                cx = (w.bbox[0] + w.bbox[2]) / 2
                inside = d.x0 - 2 <= cx <= d.x1 + 2
                name = "desc" if inside or not _NUM_START.match(w.text) else _assign(w, cols).name
                cells.setdefault(name, []).append(w)
            continue
        for w in seg.words:
            cells.setdefault(_assign(w, cols).name, []).append(w)

    def text(name: str) -> str:
        return " ".join(w.text for w in cells.get(name, []))

    amount_vals = find_amounts(text("amount"))
    if not amount_vals:
        allv = find_amounts(line.text)
        if not allv:
            return None
        amount = allv[-1][0]
    else:
        amount = amount_vals[-1][0]
    price_vals = [v for v in (parse_number(t, dec) for t in text("price").split()) if v is not None]
    qty = parse_number(text("qty").replace("x", "").strip(), dec) if cells.get("qty") else None
    vat_rate = find_percent(text("vat"))
    if vat_rate is None and text("vat"):
        # a bare number in the VAT column is a rate only if it is one somewhere (or zero): an
        # amount that slid into that column ("59,75") is not a 59.75 % rate
        bare = find_percent(text("vat") + "%")
        vat_rate = bare if bare is not None and (bare == 0 or bare in ANY_RATE) else None
    desc = text("desc").strip() or None
    unit_price = price_vals[-1] if price_vals else None
    if unit_price is None and qty and not any(c.name == "price" for c in cols):
        unit_price = (amount / qty).quantize(Decimal("0.0001")).normalize()
        if unit_price * qty != amount:
            unit_price = None
    return InvoiceLine(
        description=desc,
        quantity=qty,
        unit_price=unit_price,
        amount=amount,
        vat_rate=vat_rate,
        article_code=text("code") or None,
    )


def _mostly_in(x0: float, x1: float, col: Column, cols: list[Column]) -> bool:
    """Whether the span [x0, x1] overlaps ``col`` more than any other column (text cells)."""

    def overlap(c: Column) -> float:
        return min(x1, c.x1) - max(x0, c.x0)

    best = max(cols, key=overlap)
    return best is col and overlap(col) > 0


def lines_sum(lines: list[InvoiceLine]) -> Decimal | None:
    vals = [ln.amount for ln in lines if ln.amount is not None]
    return sum(vals, Decimal(0)) if vals else None
