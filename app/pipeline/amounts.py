"""Labelled amounts of an invoice: every amount with the label that announces it.

Every line that carries an amount is read: the amounts are grouped under the words in front of
them (``Btw 21% over 1.000,00   210,00`` is one group, a VAT row), and each group's label is
classified as net ("Totaal excl. btw", "Subtotaal", "Total HT", "Nettobetrag"), VAT ("BTW 21%",
"Totaal btw", "Total TVA", "MwSt") or total ("Totaal incl. btw", "Te betalen", "Amount due",
"Total TTC", "Net à payer", "Gesamtbetrag"), with a strength. A row of amounts under a row of
labels (a grid) takes its labels from above. :mod:`app.pipeline.totals` chooses among them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from app.pipeline.parse_values import find_amounts, find_percent
from app.pipeline.words import Layout, Line

CENT = Decimal("0.01")
TOL = Decimal("0.02")

NET, VAT, TOTAL = "net", "vat", "total"
_NET = re.compile(
    r"(?i)(excl(?:\.|usief|uding)?\b|ex\.?\s+(?:btw|vat)|sub[\s\-]?tota(?:al|l)|netto|\bnet\b|"
    r"grondslag|taxable|before\s+(?:tax|vat)|\bht\b|hors\s+taxes?|exkl\.?|zwischensumme|"
    r"warenwert)"
)
_NET_STRONG = re.compile(r"(?i)excl|sub|\bht\b|hors\s+tax|exkl|zwischensumme")
# totals whose words outweigh a "net" word in the same label ("Net à payer", "Bruttobetrag")
_TOTAL_STRONG = re.compile(
    r"(?i)(incl|\bttc\b|(?:à|a)\s+payer|zu\s+zahlen|zahlbetrag|brutto|inkl\.?\b)"
)
_TOTAL = re.compile(
    r"(?i)(incl(?:\.|usief|uding)?\b|te\s+betalen|te\s+voldoen|amount\s+due|total\s+due|"
    r"balance\s+due|grand\s+total|eindtotaal|factuurbedrag|totaalbedrag|invoice\s+total|"
    r"total\s+amount|openstaand|\btota(?:al|l)\b|payable|to\s+pay|factuurtotaal|eindbedrag|"
    r"verschuldigd|montant\s+total|gesamtbetrag|gesamtsumme|rechnungsbetrag|endbetrag)"
)
_VAT = re.compile(
    r"(?i)(b\.?t\.?w\.?|\bvat\b|omzetbelasting|\btax\b|\bmwst\b|\bbtw-bedrag|\btva\b|"
    r"\btaxes?\b|\bust\b|umsatzsteuer|mehrwertsteuer)"
)
_VAT_TOTAL = re.compile(
    r"(?i)tota(?:al|l)\s*(?:b\.?t\.?w|vat|tax|tva|mwst|ust)|"
    r"(?:btw|vat|tax|tva|mwst|ust)[\s\-]*(?:bedrag|amount|total|betrag)|"
    r"montant\s+(?:de\s+(?:la\s+)?)?tva|summe\s+(?:mwst|ust)"
)
_NOT_AMOUNT_LABEL = re.compile(
    r"(?i)(nummer|\bnr\b|number|\bno\b|\bid\b|identificatie|kvk|iban|^transport\b|"
    r"betaald|paid|korting\s+bij|voldaan|saldo\s+vorige)"
)
_HIGH_LOW = re.compile(r"(?i)\b(hoog|high|laag|low)\b")
ZERO_VAT = re.compile(
    r"(?i)(verlegd|reverse[\s\-]charge|vrijgesteld|exempt|\bicp\b|intracommunautair)"
)


@dataclass
class Amount:
    value: Decimal
    kind: str | None
    strength: float
    page: int
    bbox: tuple[float, float, float, float]
    order: int  # reading order over the whole document
    rate: Decimal | None = None
    base: Decimal | None = None
    label: str = ""


def classify(label: str) -> tuple[str | None, float]:
    """The kind of amount a label announces, with the label's strength (0..1)."""
    t = label.strip().lower()
    if not t or _NOT_AMOUNT_LABEL.search(t):
        return None, 0.0
    if len(t.split()) >= 3 and re.search(r"\b(van|of|voor|vóór|by|to|is|bedraagt)$", t):
        kind, strength = classify(" ".join(t.split()[:-1][-3:]))
        return kind, strength * 0.6  # a sentence: "Gelieve het totaalbedrag van € 1.210,00"
    if len(t.split()) > 5:
        kind, strength = classify(" ".join(t.split()[-4:]))
        return kind, strength * 0.6
    if _TOTAL_STRONG.search(t):
        return TOTAL, 0.9
    if _VAT.search(t) and find_percent(t) is not None:
        return VAT, 0.85
    if _NET.search(t):
        return NET, 0.9 if _NET_STRONG.search(t) else 0.75
    if _VAT_TOTAL.search(t):
        return VAT, 0.9
    if _TOTAL.search(t) and not re.fullmatch(r"[^a-z]*tota(?:al|l)[^a-z]*", t):
        return TOTAL, 0.9
    if _VAT.search(t):
        return VAT, 0.8
    if _TOTAL.search(t):
        return TOTAL, 0.75
    return None, 0.0


def _rate_of(text: str) -> Decimal | None:
    r = find_percent(text)
    if r is not None:
        return r
    m = _HIGH_LOW.search(text)
    if m and _VAT.search(text):
        return Decimal("21") if m.group(1).lower() in ("hoog", "high") else Decimal("9")
    return None


def collect(layouts: list[Layout], skip_lines: set[tuple[int, int]] | None = None) -> list[Amount]:
    """Every labelled amount of the document, in reading order."""
    out: list[Amount] = []
    order = 0
    for layout in layouts:
        for line in layout.lines:
            if skip_lines and (line.page, line.index) in skip_lines:
                continue
            found = find_amounts(line.text)
            if not found:
                continue
            order += 1
            out.extend(_line_amounts(layout, line, found, order))
    return out


def _line_amounts(layout: Layout, line: Line, found, order: int) -> list[Amount]:
    """Group the amounts of a line under the label in front of each group, then read each group."""
    words_of = [line.words_in_span(s, e) for _, s, e in found]
    groups: list[tuple[str, list[int]]] = []
    prev_end = 0
    for k, (_v, s, _e) in enumerate(found):
        label = _label_between(line, prev_end, s)
        if label and not classify(label)[0] and _rate_of(label) is None:
            wide = line.text[prev_end:s].strip()
            if _rate_of(wide) is not None:
                label = wide  # "21%  SS  737,68": the rate column, a misread base, the VAT
        if label or not groups:
            groups.append((label, [k]))
        else:
            groups[-1][1].append(k)
        prev_end = found[k][2]
    out: list[Amount] = []
    if not groups[0][0]:
        n = len(groups[0][1])
        out = _grid_amounts(layout, line, found[:n], words_of[:n], order)
        groups = groups[1:]
    for label, idx in groups:
        amt = _group_amount(
            line, label, [found[i][0] for i in idx], [words_of[i] for i in idx], order
        )
        if amt is not None:
            out.append(amt)
    return out


def _group_amount(line: Line, label: str, vals, words, order: int) -> Amount | None:
    kind, strength = classify(label)
    rate = _rate_of(label) if kind in (VAT, None) else None
    if kind is None and rate is None:
        return None
    if kind is None:
        kind, strength = VAT, 0.5  # "21%  1.000,00  210,00" in a VAT table
    amt = Amount(vals[-1], kind, strength, line.page, bbox_of(words[-1]), order, rate, label=label)
    if kind == VAT and len(vals) >= 3 and abs(vals[-3] + vals[-2] - vals[-1]) <= CENT:
        amt.value, amt.base, amt.bbox = vals[-2], vals[-3], bbox_of(words[-2])
    elif kind == VAT and len(vals) >= 2:
        amt.base = vals[-2]
    elif (
        kind == VAT
        and rate is not None
        and re.search(r"(?i)\b(over|of|van|on)\s*$", label)
        and _same_segment(line, label, words[0])
    ):
        return None  # "21% btw over 1.000,00": the base; the VAT amount itself is elsewhere
    return amt


def _same_segment(line: Line, label: str, amount_words: list) -> bool:
    """Whether the amount follows its label within one segment (no column gap between)."""
    seg = line.seg_of(amount_words[0])
    return seg.text.startswith(label.split()[0]) if label else False


def _label_between(line: Line, start: int, end: int) -> str:
    """The label in front of an amount: the words of the last segment between two amounts."""
    words = [w for w, off in zip(line.words, line.offsets, strict=True) if start <= off < end]
    if not words:
        return ""
    last_seg = line.seg_of(words[-1])
    own = [w for w in words if any(x is w for x in last_seg.words)]
    text = " ".join(w.text for w in own)
    if any(c.isalpha() for c in text.replace("EUR", "")) or "%" in text:
        return text
    return ""


def _grid_amounts(layout: Layout, line: Line, found, words_of, order: int) -> list[Amount]:
    if line.index == 0:
        return []
    out = []
    for k in range(line.index - 1, max(line.index - 3, -1), -1):
        above = layout.lines[k]
        if line.y0 - above.y1 > 2.5 * line.height:
            break
        for (value, _s, _e), ws in zip(found, words_of, strict=True):
            x0, x1 = ws[0].bbox[0], ws[-1].bbox[2]
            for seg in above.segs:
                if min(seg.x1, x1) - max(seg.x0, x0) > -0.5 * line.height:
                    kind, strength = classify(seg.text)
                    if kind:
                        rate = _rate_of(seg.text) if kind == VAT else None
                        out.append(
                            Amount(
                                value,
                                kind,
                                strength * 0.9,
                                line.page,
                                bbox_of(ws),
                                order,
                                rate,
                                label=seg.text,
                            )
                        )
                    break
        if out:
            return out
    return out


def bbox_of(words) -> tuple[float, float, float, float]:
    return (
        min(w.bbox[0] for w in words),
        min(w.bbox[1] for w in words),
        max(w.bbox[2] for w in words),
        max(w.bbox[3] for w in words),
    )
