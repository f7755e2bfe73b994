"""The addressee (customer) block of an invoice: found by its label or by its shape.

With a label ("Aan", "Factuuradres", "Bill to", "Invoice to") the block is the label's remainder
and the lines under it. Without one it is an address block in the upper half of page 1 — a name,
perhaps an attention line ("t.a.v."), a street and a postcode line, left or right aligned — that
is not the supplier's own block (whose name is already known). The first line that is neither an
attention line nor part of the address is the customer's name.
"""

from __future__ import annotations

import re

from app.pipeline.words import Layout, Line, Seg

CUSTOMER_LABEL = re.compile(
    r"(?i)^(?:aan|factuuradres|factuur\s+aan|gefactureerd\s+aan|geadresseerde|afleveradres|"
    r"bill(?:ed)?\s+to|invoice(?:d)?\s+to|sold\s+to|klant(?:gegevens)?|afnemer|customer|"
    r"debiteur|client|buyer|koper|to|ontvanger|recipient|opdrachtgever)\s*:?(?=\s|$)"
)
_DELIVERY = re.compile(r"(?i)^(?:afleveradres|ship(?:ped)?\s+to|delivery\s+address)")
_POSTCODE = re.compile(r"\b\d{4}\s?[A-Z]{2}\b|\b\d{4,5}\s+[A-Z][a-z]")
_STREET = re.compile(r"(?i)(\d+\s?[a-z]?(?:[-\s]\d+)?$|^postbus\b|^p\.?o\.?\s?box\b)")
_STREET_LINE = re.compile(r"^[A-Z][\w'.\-]+(?:\s[\w'.\-]+){0,3}\s\d{1,5}\s?[a-zA-Z]?$")
ATTN = re.compile(
    r"(?i)^([t.]?\.?\s?a\.?\s?v\.?|attn\.?|attention|ter\s+attentie|afdeling|dept\.?)\b"
)
LEGAL = re.compile(
    r"(?i)\b(b\.?\s?v\.?|n\.?\s?v\.?|v\.?o\.?f\.?|c\.?v\.?|holding|stichting|vereniging|"
    r"ltd\.?|gmbh|bvba|inc\.?|llc|eenmanszaak|coöperatie|u\.?a\.?)(?:\W|$)"
)


def customer_block(layout: Layout, supplier: str | None) -> tuple[list[Seg], float]:
    """The addressee's block on page 1 (its segments, top to bottom) and a confidence."""
    lines = layout.lines
    for line in lines[: max(60, len(lines) // 2)]:
        for seg in line.segs:
            m = CUSTOMER_LABEL.match(seg.text)
            if not m or _DELIVERY.match(seg.text):
                continue
            rest = seg.text[m.end() :].strip(" :")
            if rest and ":" not in seg.text[m.start() : m.end() + 2]:
                continue  # "Customer VAT ID: ..." is not an addressee label
            block: list[Seg] = []
            if rest and not re.match(r"(?i)^(?:nummer|nr|number|no|id)\b", rest):
                words = [w for w in seg.words if w.bbox[0] >= _x_after(seg, m.end())]
                block.append(Seg(words, line.page, line.index))
            elif rest:
                continue
            x0 = block[0].x0 if block else seg.x0
            block.extend(_column_below(layout, line, x0))
            block = [b for b in block if b.words]
            if block:
                return block, 0.9
    return address_block(layout, supplier)


def _x_after(seg: Seg, pos: int) -> float:
    acc = 0
    for w in seg.words:
        if acc >= pos:
            return w.bbox[0]
        acc += len(w.text) + 1
    return seg.x1 + 1


def _same_column(a: Seg, b: Seg, h: float) -> bool:
    return abs(a.x0 - b.x0) < 2 * h or abs(a.x1 - b.x1) < 2 * h


def _column_below(layout: Layout, line: Line, x0: float, n: int = 6) -> list[Seg]:
    out: list[Seg] = []
    prev = line
    for nxt in layout.lines[line.index + 1 : line.index + 1 + 8]:
        if nxt.y0 - prev.y1 > 1.6 * prev.height:
            break
        segs = [s for s in nxt.segs if abs(s.x0 - x0) < 2.5 * nxt.height]
        if not segs:
            if out:
                break
            continue
        out.append(segs[0])
        prev = nxt
        if len(out) >= n:
            break
    return out


def address_block(layout: Layout, supplier: str | None) -> tuple[list[Seg], float]:
    """Without a label: the address block (name, t.a.v., street, postcode) that is not the
    supplier's, in the upper half of page 1."""
    h_page = layout.page.height or 842
    best: tuple[float, list[Seg]] | None = None
    sup = (supplier or "").lower()
    for line in layout.lines:
        if line.y0 > 0.5 * h_page:
            break
        for seg in line.segs:
            postcode = bool(_POSTCODE.search(seg.text))
            if not (postcode or _STREET_LINE.match(seg.text)) or len(seg.words) > 6:
                continue
            block = [seg]
            k = line.index - 1
            name: Seg | None = None
            attn = False
            while k >= 0 and len(block) < 6:
                up = layout.lines[k]
                h = up.height
                if block[0].words[0].bbox[1] - up.y1 > 1.8 * h:
                    break
                cand = [s for s in up.segs if _same_column(s, seg, h)]
                if not cand:
                    break
                block.insert(0, cand[0])
                t = cand[0].text.strip()
                if ATTN.match(t):
                    attn = True
                elif not _STREET.search(t):
                    name = cand[0]
                    break
                k -= 1
            if name is None:
                continue
            block.extend(_column_below(layout, line, seg.x0, 2))
            score = 1.0 + (1.5 if attn else 0.0) + (0.5 if LEGAL.search(name.text) else 0.0)
            score -= 0 if postcode else 0.5
            if sup and (name.text.lower() in sup or sup in name.text.lower()):
                continue  # the supplier's own address block
            if best is None or score > best[0]:
                best = (score, block)
    if best is None:
        return [], 0.0
    return best[1], 0.85 if best[0] >= 2 else 0.6 if best[0] > 0 else 0.3


def name_from_block(block: list[Seg]) -> Seg | None:
    for seg in block:
        t = seg.text.strip()
        if len(re.sub(r"[^A-Za-z]", "", t)) < 2:
            continue
        if re.match(r"(?i)^([t.]?\.?\s?a\.?\s?v\.?|attn|attention|dhr|mevr|de heer|mevrouw)\b", t):
            continue
        return seg
    return None
