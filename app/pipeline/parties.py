"""Supplier versus customer: names and identifiers (KvK, VAT id, IBAN) of both parties.

The customer is the addressee: the block after "Aan", "Factuuradres", "Bill to" and the like, or,
without such a label, the address block in the envelope window (left, upper third, with a postcode
line). The supplier is the issuer: the most prominent name at the top (largest type, often next to
the logo, frequently with a legal form such as B.V.), confirmed when the same name reappears in the
footer or the payment line ("t.n.v."). Identifiers are self-checking (VAT id and IBAN checksums,
KvK after its label) and belong to the supplier unless they sit in the customer's block or carry a
customer label ("Uw btw-nummer", "Customer VAT"); a G-rekening IBAN is set aside for the normal one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from app.pipeline.addressee import (
    ATTN,
    CUSTOMER_LABEL,
    LEGAL,
    customer_block,
    name_from_block,
)
from app.pipeline.invoice import FieldInfo, Party
from app.pipeline.labels import CUSTOMER_HINT, G_ACCOUNT, KVK, find_labelled, preceding_text
from app.pipeline.parse_values import find_ibans, find_kvks, find_vat_ids
from app.pipeline.words import Layout, Line, Seg, union

Box = tuple[float, float, float, float]

_NOT_NAME = re.compile(
    r"(?i)(factuur|invoice|creditnota|credit\s?note|orderbevestiging|herinnering|offerte|"
    r"pagina|\bpage\b|datum|\bdate\b|nummer|number|kvk|btw|vat|iban|bic|\btel\b|telefoon|phone|e-?mail|"
    r"www\.|http|@|postbus|\d{4}\s?[A-Z]{2}\b|straat|weg\b|laan\b|plein\b|t\.a\.v|attn|"
    r"^aan\b|^to\b|bill\s+to|factuuradres|rekeningoverzicht|proforma|pakbon|quotation|reminder|"
    r"omschrijving|description|aantal|quantity|bedrag|amount|artikel|totaal|total|prijs|price)"
)
_TNV_END = re.compile(r"(?i)\s+(?:o\.?\s?v\.?\s?v\.?|onder\s+vermelding|quoting|with|met)\b|,")
_TNV = re.compile(
    r"(?i)(?:t\.?\s?n\.?\s?v\.?|ten\s+name\s+van|in\s+(?:the\s+)?name\s+of|account\s+holder)\s*:?\s*(.+)"
)


_PAY_CONTEXT = re.compile(r"(?i)(\biban\b|\bop\b|\bnaar\b|\bto\b|rekening)\W*$")
_GARBLED = re.compile(r"[—_=~<>{}\[\]|\\]")


@dataclass
class Found:
    value: str
    page: int
    bbox: Box
    customer: bool
    g_account: bool = False
    score: float = 0.0


def _ident_hits(layouts: list[Layout], cust_box: Box | None) -> tuple[list[Found], list[Found]]:
    vats: list[Found] = []
    ibans: list[Found] = []
    for layout in layouts:
        for line in layout.lines:
            text = line.text
            for kind, finder, out in (("vat", find_vat_ids, vats), ("iban", find_ibans, ibans)):
                for value, s, e in finder(text):
                    ws = line.words_in_span(s, e)
                    box = union(ws)
                    ctx = preceding_text(line, s, 30)
                    cust = bool(CUSTOMER_HINT.search(ctx)) or _inside(box, cust_box, line.page)
                    g = kind == "iban" and bool(G_ACCOUNT.search(ctx))
                    score = 1.0 if kind == "iban" and _PAY_CONTEXT.search(ctx) else 0.0
                    out.append(Found(value, line.page, box, cust, g, score))
    return vats, ibans


def _inside(box: Box, region: Box | None, page: int) -> bool:
    if region is None or page != 1:
        return False
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return region[0] - 2 <= cx <= region[2] + 40 and region[1] - 2 <= cy <= region[3] + 2


def _kvk_hits(layouts: list[Layout], cust_box: Box | None) -> list[Found]:
    def parse(text: str):
        m = find_kvks(text[:40])
        if m and m[0][1] <= 3:
            return m[0]
        loose = re.match(r"\s*(\d[\d .]{7,11}\d)(?!\d)", text)  # OCR spacing: "6039631 1"
        if loose and len(re.sub(r"\D", "", loose.group(1))) == 8:
            return re.sub(r"\D", "", loose.group(1)), loose.start(1), loose.end(1)
        return None

    out = []
    for h in find_labelled(layouts, KVK, parse):
        ctx = preceding_text(h.line, h.label_start, 25)
        cust = bool(CUSTOMER_HINT.search(ctx)) or _inside(h.bbox, cust_box, h.page)
        out.append(Found(h.value, h.page, h.bbox, cust))
    return out


def supplier_name(layouts: list[Layout]) -> tuple[Seg | str | None, float]:
    """The issuer's name: prominent text at the top, confirmed by footer or payment line."""
    first = layouts[0]
    page_h = first.page.height or 842
    heights = [w.bbox[3] - w.bbox[1] for w in first.page.words] or [10.0]
    med = median(heights)
    elsewhere = " ".join(
        ln.text for ly in layouts for ln in ly.lines if ln.y0 > 0.6 * page_h
    ).lower()
    tnv = [m.group(1) for ly in layouts for ln in ly.lines if (m := _TNV.search(ln.text))]
    scored: list[tuple[float, Seg]] = []
    for line in first.lines:
        if line.y0 > 0.35 * page_h:
            break
        for seg0 in line.segs:
            if _is_continuation(first, line, seg0):
                continue
            seg = _continued(first, line, seg0)
            t = seg.text.strip()
            if _NOT_NAME.search(t) or CUSTOMER_LABEL.match(t):
                continue
            letters = len(re.sub(r"[^A-Za-z]", "", t))
            if letters < 3 or sum(c.isdigit() for c in t) > 3:
                continue
            if _GARBLED.search(t) or letters < 0.6 * len(t.replace(" ", "")):
                continue  # a logo read by OCR
            if re.search(r"\s\d{1,5}\s?[a-zA-Z]?$", t):
                continue  # a street and house number
            hgt = median(w.bbox[3] - w.bbox[1] for w in seg.words)
            score = 1.5 * min(hgt / med, 3.0) - 2.0 * line.y0 / page_h
            if LEGAL.search(t):
                score += 0.5
            if t.lower() in elsewhere:
                score += 2.0
            if any(t.lower() in x.lower() for x in tnv):
                score += 1.0
            if _addressee(first, line, seg):
                score -= 2.0
            scored.append((score, seg))
    if scored:
        scored.sort(key=lambda x: -x[0])
        score, seg = scored[0]
        return seg, 0.9 if score > 2.5 else 0.75
    if tnv:
        return tnv[-1].strip(" .,"), 0.6
    return None, 0.0


def _addressee(layout: Layout, line: Line, seg: Seg) -> bool:
    """Whether ``seg`` opens an addressee block: an attention line follows, or a label precedes."""
    nxt = layout.lines[line.index + 1] if line.index + 1 < len(layout.lines) else None
    if nxt and any(ATTN.match(s.text) and abs(s.x0 - seg.x0) < 10 for s in nxt.segs):
        return True
    prev = layout.lines[line.index - 1] if line.index > 0 else None
    return bool(
        prev and any(CUSTOMER_LABEL.match(s.text) and abs(s.x0 - seg.x0) < 10 for s in prev.segs)
    )


def _size(seg: Seg, ocr: bool) -> float:
    """Type size of a segment: the word-box height (the tallest word for OCR, whose boxes hug
    the ink)."""
    heights = [w.bbox[3] - w.bbox[1] for w in seg.words]
    return max(heights) if ocr else median(heights)


def _same_size(a: Seg, b: Seg, ocr: bool) -> bool:
    ha, hb = _size(a, ocr), _size(b, ocr)
    return abs(ha - hb) < (0.2 if ocr else 0.08) * ha


def _is_continuation(layout: Layout, line: Line, seg: Seg) -> bool:
    """Whether ``seg`` continues a same-size text on the line just above (a wrapped name)."""
    if line.index == 0:
        return False
    ocr = layout.page.source == "ocr"
    up = layout.lines[line.index - 1]
    if line.y0 - up.y1 > 0.8 * _size(seg, True):
        return False
    return any(abs(s.x0 - seg.x0) < 4 and _same_size(s, seg, ocr) for s in up.segs)


def _continued(layout: Layout, line: Line, seg: Seg) -> Seg:
    """The name plus its wrapped continuation (same column, same type size) on the next lines."""
    ocr = layout.page.source == "ocr"
    h = _size(seg, True)
    words = list(seg.words)
    cur = line
    for nxt in layout.lines[line.index + 1 : line.index + 4]:
        if nxt.y0 - cur.y1 > 0.8 * h:
            break
        cont = [
            s
            for s in nxt.segs
            if abs(s.x0 - seg.x0) < 4
            and _same_size(seg, s, ocr)
            and not any(c.isdigit() for c in s.text)
            and not _NOT_NAME.search(s.text)
        ]
        if not cont:
            break
        words.extend(cont[0].words)
        cur = nxt
    return seg if len(words) == len(seg.words) else Seg(words, seg.page, seg.line)


def _key(text: str) -> str:
    return re.sub(r"[\W_]", "", text.lower())


def consensus_name(name: str, layouts: list[Layout]) -> str:
    """The supplier's name as most often printed (header, footer, "t.n.v." in the payment line).

    OCR splits or drops bits of a name ("Brandstof pas", a wrapped "B.V." missed); the footer and
    the payment line print it again, so the variant seen most often, or the one that only adds a
    legal form, wins."""
    variants = [name]
    for ly in layouts:
        h = ly.page.height or 842
        for ln in ly.lines:
            if m := _TNV.search(ln.text):
                variants.append(_TNV_END.split(m.group(1))[0].strip(" .,"))
            if ln.y0 > 0.75 * h:
                variants.extend(re.split(r"\s*[|·•]\s*|\s+[-–]\s+", ln.segs[0].text)[:1])
    key = _key(name)
    same = [v for v in variants if _key(v) == key]
    best = max(set(same), key=lambda v: (same.count(v), -v.count(" "), v == name))
    for v in variants:
        rest = v[len(best) :].strip() if v.lower().startswith(best.lower()) else ""
        if rest and LEGAL.fullmatch(rest + " "):
            return v
    return best


def read_parties(layouts: list[Layout]) -> tuple[Party, Party, dict[str, FieldInfo]]:
    """Both parties with a FieldInfo per field found."""
    supplier, customer = Party(), Party()
    info: dict[str, FieldInfo] = {}
    if not layouts:
        return supplier, customer, info
    sname, sconf = supplier_name(layouts)
    if isinstance(sname, Seg):
        supplier.name = consensus_name(clean_name(sname.text), layouts)
        info["supplier.name"] = FieldInfo(sconf, sname.page, sname.bbox)
    elif sname:
        supplier.name = clean_name(sname)
        info["supplier.name"] = FieldInfo(sconf, 1, None)
    block, bconf = customer_block(layouts[0], supplier.name)
    cust_box = union([w for s in block for w in s.words]) if block else None
    name_seg = name_from_block(block)
    if name_seg is not None:
        customer.name = clean_name(name_seg.text)
        info["customer.name"] = FieldInfo(bconf, 1, name_seg.bbox)
        customer.address = " ".join(s.text for s in block if s is not name_seg) or None
    vats, ibans = _ident_hits(layouts, cust_box)
    kvks = _kvk_hits(layouts, cust_box)
    for key, hits, conf in (("vat_number", vats, 0.95), ("kvk", kvks, 0.9), ("iban", ibans, 0.95)):
        sup = [h for h in hits if not h.customer and not h.g_account]
        if key == "iban" and not sup:
            sup = [h for h in hits if not h.customer]
        sup.sort(key=lambda h: -h.score)  # stable: the first of the best
        if sup:
            setattr(supplier, key, sup[0].value)
            info[f"supplier.{key}"] = FieldInfo(conf, sup[0].page, sup[0].bbox)
        cus = [h for h in hits if h.customer and not h.g_account]
        if cus and key != "iban":
            setattr(customer, key, cus[0].value)
            info[f"customer.{key}"] = FieldInfo(conf * 0.9, cus[0].page, cus[0].bbox)
    return supplier, customer, info


def clean_name(text: str) -> str:
    t = re.sub(r"\s*[|•·]\s*.*$", "", text.strip())
    return t.strip(" ,;:-")
