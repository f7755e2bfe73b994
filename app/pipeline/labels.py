"""Label dictionaries (Dutch and English first, French and German too) and label/value pairing.

A label is found in a line's text with a regular expression; its value is looked for in three
places, in this order: after the label in the same segment ("Factuurnr.: 2026-001"), in the next
segment to the right (a two-column block), and in the lines just below within the label's column
(a header row over a value row). The caller passes a parser that turns a candidate text into a
value; the first candidate that parses wins, and the kind of place sets the confidence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.pipeline.invoice import Word
from app.pipeline.words import Layout, Line, Seg, union

_SEP = r"[\s.\-:]*"
_NO = r"(?:n[°ºo]\.?|num[ée]ro)"  # French "N°", "No", "Numéro"
_APO = r"['’]"


_WORD_BOUNDED: set[re.Pattern[str]] = set()


def _rx(*alts: str) -> re.Pattern[str]:
    body = "|".join(alts)
    pattern = re.compile(r"(?i)(?<![\w])(?:" + body + r")(?![\w])")
    if "$" not in body and "^" not in body.replace("[^", ""):
        # only word-boundary assertions: a match inside a segment is also a match in the
        # page text, so one search over the page can rule out the lines without one
        _WORD_BOUNDED.add(pattern)
    return pattern


INVOICE_NUMBER = _rx(
    rf"factuur{_SEP}(?:nummer|nr|no|num)\.?",
    rf"credit{_SEP}(?:nota|factuur|note){_SEP}(?:nummer|nr|no|number)\.?",
    rf"nota{_SEP}(?:nummer|nr)\.?",
    rf"invoice{_SEP}(?:number|no|nr|num|\#)\.?",
    r"inv\.?\s?(?:no|\#)\.?",
    r"document\s?(?:nummer|number|nr|no)\.?",
    r"fact\.?\s?(?:nr|no)\.?",
    rf"(?:facture|avoir){_SEP}{_NO}",
    rf"{_NO}\s*(?:de\s+(?:la\s+)?facture|d{_APO}avoir|de\s+l{_APO}avoir)",
    rf"(?:rechnungs?|gutschrifts?|beleg){_SEP}(?:nummer|nr|no)\.?",
)
INVOICE_NUMBER_WEAK = _rx(
    r"nummer",
    r"number",
    r"nr\.?",
    r"no\.?",
    r"factuur",
    r"invoice",
    r"\#",
    _NO,
    r"facture",
    r"avoir",
    r"rechnung",
    r"gutschrift",
)
DUE_DATE_WEAK = _rx(r"v[óo]{1,2}r", r"by", r"before", r"uiterlijk")
PAYMENT_TERM = _rx(
    r"betalings?\s?termijn",
    r"betaling\s+binnen",
    r"payment\s+terms?",
    r"te\s+betalen\s+binnen",
    r"binnen",
    r"within",
    r"terms",
    r"betaalconditie",
)
INVOICE_DATE = _rx(
    rf"factuur{_SEP}datum",
    rf"credit{_SEP}(?:nota|factuur){_SEP}datum",
    r"nota\s?datum",
    r"invoice\s+date",
    r"date\s+of\s+invoice",
    r"datum\s+factuur",
    r"document\s?datum",
    r"credit\s+note\s+date",
    r"date\s+issued",
    r"issue\s+date",
    r"date\s+of\s+issue",
    r"issued\s+on",
    r"dagtekening",
    r"fact\.?\s?datum",
    r"date\s+(?:de\s+(?:la\s+)?)?facture",
    rf"date\s+(?:de\s+l{_APO}|d{_APO})(?:avoir|émission|emission)",
    r"(?:rechnungs|gutschrifts|beleg)\s?datum",
)
INVOICE_DATE_WEAK = _rx(r"datum", r"date", r"dated")
DUE_DATE = _rx(
    r"verval\s?datum",
    r"vervaldag",
    r"te\s+voldoen\s+(?:voor|vóór|uiterlijk)",
    r"vervalt\s+op",
    r"uiterste\s+betaal\s?datum",
    r"uiterlijke?\s+betaal\s?datum",
    r"betaal\s?datum",
    r"(?:te\s+)?betalen\s+(?:voor|vóór|uiterlijk|op\s+of\s+voor)",
    r"gelieve\s+te\s+betalen\s+(?:voor|vóór)",
    r"uiterlijk\s+(?:op|te\s+voldoen\s+op)?",
    r"due\s+date",
    r"payment\s+due(?:\s+date)?",
    r"due\s+(?:on|by)",
    r"pay(?:able)?\s+(?:before|by)",
    rf"date\s+d{_APO}[ée]ch[ée]ance",
    r"[ée]ch[ée]ance",
    r"date\s+limite\s+de\s+(?:paiement|r[èe]glement)",
    r"(?:à|a)\s+payer\s+avant\s+le",
    r"f[äa]llig(?:keitsdatum|\s+am|\s+bis)?",
    r"zahlbar\s+bis",
)
PAYMENT_REFERENCE = _rx(
    r"betalings?\s?kenmerk",
    r"betaal\s?kenmerk",
    r"betaalreferentie",
    r"betalingsreferentie",
    r"o\.?\s?v\.?\s?v\.?",
    r"onder\s+vermelding\s+van",
    r"payment\s+reference",
    r"payment\s+ref\.?",
    r"please\s+quote",
    r"quoting",
    r"stating",
)
KVK = _rx(
    r"k\.?\s?v\.?\s?k\.?(?:[\s\-]?(?:nummer|nr\.?|no\.?))?",
    r"kamer\s+van\s+koophandel",
    r"handelsregister",
    r"coc(?:\s?(?:number|no\.?|nr\.?))?",
    r"chamber\s+of\s+commerce(?:\s+(?:number|no\.?))?",
)
VAT_LABEL = _rx(
    rf"b\.?t\.?w\.?{_SEP}(?:nummer|nr|id|identificatienummer|no)\.?",
    r"btw-id",
    r"vat\s?(?:number|no|nr|id|reg\.?\s?no)\.?",
    r"ust-?id(?:nr)?\.?",
    r"omzetbelastingnummer",
    rf"{_NO}\s*(?:de\s+)?tva(?:\s+intracommunautaire)?",
    r"tva\s+intracommunautaire",
    r"ust[\s\-]?id[\s\-]?nr\.?",
)
IBAN_LABEL = _rx(r"iban", r"rekening(?:nummer)?", r"bank(?:rekening)?", r"account")
G_ACCOUNT = _rx(r"g[\s\-]?rek(?:ening)?\.?", r"g[\s\-]?account", r"geblokkeerde\s+rekening")
CUSTOMER_HINT = _rx(
    r"uw", r"your", r"klant", r"customer", r"afnemer", r"debiteur", r"client", r"buyer", r"koper"
)


@dataclass
class Hit:
    """A value read next to a label."""

    value: Any
    page: int
    bbox: tuple[float, float, float, float]
    confidence: float
    line: Line
    label_start: int  # character offsets of the label in ``line.text``
    label_end: int


def _clean_rest(text: str) -> str:
    return re.sub(r"^[\s:.#\-–=]+", "", text)


def candidates(
    layout: Layout, line: Line, start: int, end: int
) -> Iterable[tuple[str, list[Word], float]]:
    """Texts to try as the value of a label at ``line.text[start:end]``, best place first."""
    label_words = line.words_in_span(start, end)
    if not label_words:
        return
    last = label_words[-1]
    seg = line.seg_of(last)
    # 1. the rest of the label's own segment (same word may hold "Factuurnr:2026-1")
    tail_in_word = line.text[end : line.offsets[line.words.index(last)] + len(last.text)]
    rest_words = [w for w in seg.words if w.bbox[0] > last.bbox[0]]
    if tail_in_word.strip(" :.#-"):
        rest_words = [last, *rest_words]
        yield (
            _clean_rest(tail_in_word + " " + " ".join(w.text for w in rest_words[1:])),
            rest_words,
            0.95,
        )
    elif rest_words:
        yield _clean_rest(" ".join(w.text for w in rest_words)), rest_words, 0.95
    # 2. the next segment to the right
    si = line.segs.index(seg)
    if si + 1 < len(line.segs):
        nxt = line.segs[si + 1]
        yield _clean_rest(nxt.text), nxt.words, 0.9
        wrapped = _wrapped(layout, line, nxt)
        if wrapped:
            yield _clean_rest(nxt.text + " " + wrapped.text), [*nxt.words, *wrapped.words], 0.85
    # 3. the start of the next line, when the sentence wraps ("o.v.v. factuurnummer\n2026-1")
    if si + 1 == len(line.segs) and line.index + 1 < len(layout.lines):
        nxt_line = layout.lines[line.index + 1]
        if nxt_line.y0 - line.y1 < 1.2 * line.height and nxt_line.segs:
            first = nxt_line.segs[0]
            rest = " ".join(w.text for w in rest_words)
            yield _clean_rest(rest + " " + first.text), [*rest_words, *first.words], 0.8
    # 4. below, in the label's column: only when no value stands next to the label
    right = line.segs[si + 1].text if si + 1 < len(line.segs) else ""
    if rest_words or (right and not _looks_like_label(right)):
        return
    x0 = label_words[0].bbox[0]
    x1 = last.bbox[2]
    for _ln, ws in layout.below(line, x0, x1, max_lines=2):
        yield _clean_rest(" ".join(w.text for w in ws)), ws, 0.8


def _wrapped(layout: Layout, line: Line, seg: Seg) -> Seg | None:
    """The continuation of a value cell wrapped onto the next line (same left edge)."""
    if line.index + 1 >= len(layout.lines):
        return None
    nxt = layout.lines[line.index + 1]
    if nxt.y0 - line.y1 > 0.8 * line.height:
        return None
    for s in nxt.segs:
        if abs(s.x0 - seg.x0) < 2:
            return s
    return None


_ANY_LABEL = re.compile(
    r"(?i)^(factuur|invoice|datum|date|verval|due|klant|customer|debiteur|relatie|referentie|"
    r"reference|kenmerk|uw|your|betreft|original|nummer|number|order|payment|betalings|btw|vat|"
    r"facture|num[ée]ro|[ée]ch[ée]ance|rechnung|f[äa]llig)"
)


def _looks_like_label(text: str) -> bool:
    """A segment that is itself a label (a header row of a grid), not a value."""
    t = text.strip()
    return t.endswith(":") or bool(_ANY_LABEL.match(t) and not any(c.isdigit() for c in t))


def find_labelled(
    layouts: list[Layout],
    pattern: re.Pattern[str],
    parse: Callable[[str], tuple[Any, int, int] | None],
    *,
    seg_start_only: bool = False,
    reject: Callable[[Line, int], bool] | None = None,
) -> list[Hit]:
    """Every value found next to a match of ``pattern``, in reading order.

    ``parse`` gets a candidate text and returns ``(value, start, end)`` with the span it used, or
    None. ``seg_start_only`` accepts only labels that open a segment (for weak, generic labels).
    ``reject(line, start)`` can veto a label match (e.g. "Uw btw-nummer" for the supplier).
    """
    hits = []
    for layout in layouts:
        for line in _lines_with(layout, pattern):
            for m in _seg_matches(line, pattern):
                if seg_start_only and not _opens_segment(line, m[0]):
                    continue
                if reject and reject(line, m[0]):
                    continue
                for text, words, conf in candidates(layout, line, m[0], m[1]):
                    got = parse(text)
                    if got is None:
                        continue
                    value, s, e = got
                    used = _words_for_span(words, text, s, e) or words
                    hits.append(Hit(value, line.page, union(used), conf, line, m[0], m[1]))
                    break
    return hits


def _lines_with(layout: Layout, pattern: re.Pattern[str]) -> list[Line]:
    """The lines of ``layout`` that may hold a match of ``pattern``: one search over the whole
    page instead of one per segment (most lines hold no label at all)."""
    if pattern not in _WORD_BOUNDED:
        return layout.lines
    text, starts = layout.joined
    found: list[Line] = []
    for m in pattern.finditer(text):
        first = bisect_right(starts, m.start()) - 1
        last = bisect_right(starts, max(m.end() - 1, m.start())) - 1
        for i in range(max(first, found[-1].index + 1 if found else 0), last + 1):
            found.append(layout.lines[i])
    return found


def _seg_matches(line: Line, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans (in ``line.text``) of the matches of ``pattern`` inside each segment of ``line``."""
    out: list[tuple[int, int]] = []
    for seg in line.segs:
        text = line.text[seg.start : seg.end]
        out.extend((seg.start + m.start(), seg.start + m.end()) for m in pattern.finditer(text))
    return out


def _opens_segment(line: Line, start: int) -> bool:
    words = line.words_in_span(start, start + 1)
    if not words:
        return False
    w = words[0]
    seg = line.seg_of(w)
    return seg.words[0] is w and line.offsets[line.words.index(w)] == start


def _words_for_span(words: list[Word], text: str, s: int, e: int) -> list[Word]:
    """Map a span of a candidate text back to the words it came from (best effort)."""
    target = text[s:e].split()
    if not target:
        return []
    out = [w for w in words if any(t in w.text or w.text in t for t in target)]
    return out[: len(target)] if out else []


def preceding_text(line: Line, start: int, chars: int = 25) -> str:
    """Up to ``chars`` characters in front of ``start``, whole words only, lower case."""
    a = max(0, start - chars)
    text = line.text[a:start]
    if a > 0 and line.text[a - 1].isalnum():
        text = text.partition(" ")[2]  # drop the cut-off word ("Bla|uw" is not "uw")
    return text.lower()
