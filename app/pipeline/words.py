"""Reading order rebuilt from word geometry: lines, phrases (segments) and neighbour look-ups.

Both the PDF text layer and OCR give loose words with boxes. This module turns them into visual
lines (words sharing a baseline band, left to right, across columns) and splits each line into
segments wherever a gap wider than about one character height separates words, so that a label and
its value in another column, or two columns of an address block, stay apart. :class:`Layout` offers
the geometric look-ups the field readers need: the rest of a segment, the segment to the right, and
the words just below a label. Everything is plain sorting over a few hundred words, so it is cheap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from statistics import median

from app.pipeline.invoice import PageText, Word

SEGMENT_GAP = 0.8  # gap between words, in line heights, that starts a new segment


@dataclass(eq=False)
class Seg:
    """A run of words on one line with no wide gap: a label, a value, a cell, a phrase.

    Built once by :func:`build_lines` and never changed afterwards, so its text and box are
    computed on construction (the field readers ask for them thousands of times per page).
    """

    words: list[Word]
    page: int
    line: int  # index of the line within the page layout
    start: int = 0  # character span of the segment in its line's ``text``
    end: int = 0
    text: str = field(init=False)
    bbox: tuple[float, float, float, float] = field(init=False)

    def __post_init__(self) -> None:
        self.text = " ".join(w.text for w in self.words)
        self.bbox = union(self.words)

    @property
    def x0(self) -> float:
        return self.words[0].bbox[0]

    @property
    def x1(self) -> float:
        return self.bbox[2]


@dataclass(eq=False)
class Line:
    """One visual line of a page: its words left to right and their segments.

    ``y0``, ``y1`` and ``height`` (the median word height) are fixed when the line is built.
    """

    words: list[Word]
    page: int
    index: int
    segs: list[Seg] = field(default_factory=list)
    text: str = ""
    offsets: list[int] = field(default_factory=list)  # start of each word in ``text``
    y0: float = field(init=False)
    y1: float = field(init=False)
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.y0 = min(w.bbox[1] for w in self.words)
        self.y1 = max(w.bbox[3] for w in self.words)
        self.height = median([w.bbox[3] - w.bbox[1] for w in self.words])

    def words_in_span(self, start: int, end: int) -> list[Word]:
        """The words whose text overlaps the character span ``[start, end)`` of ``text``."""
        out = []
        for w, off in zip(self.words, self.offsets, strict=True):
            if off < end and off + len(w.text) > start:
                out.append(w)
        return out

    def seg_of(self, word: Word) -> Seg:
        for s in self.segs:
            if any(w is word for w in s.words):
                return s
        raise ValueError("word not on this line")


def union(words: list[Word]) -> tuple[float, float, float, float]:
    return (
        min(w.bbox[0] for w in words),
        min(w.bbox[1] for w in words),
        max(w.bbox[2] for w in words),
        max(w.bbox[3] for w in words),
    )


def build_lines(words: list[Word], page: int, ocr: bool = False) -> list[Line]:
    """Group words into visual lines (top to bottom) and split each line into segments.

    OCR boxes hug the ink (a word without ascenders is only half an em high), so for OCR pages
    the gap that splits segments is measured against the tallest word of the line instead.
    """
    if not words:
        return []
    keyed = [((w.bbox[1] + w.bbox[3]) / 2, max(w.bbox[3] - w.bbox[1], 0.1), w) for w in words]
    keyed.sort(key=lambda k: k[0])
    groups: list[list[Word]] = []
    # per line: mean centre, mean height, sum of centres, sum of heights, count
    stats: list[list[float]] = []
    for cy, h, w in keyed:
        best, best_d = -1, 0.0
        for k in range(len(groups) - 1, max(len(groups) - 5, -1), -1):
            st = stats[k]
            d = abs(cy - st[0])
            # same line: centres within 0.4 of the taller type (a big title next to small
            # text on one baseline still joins; small text under a big title does not)
            if d <= 0.4 * (h if h > st[1] else st[1]) and (best < 0 or d < best_d):
                best, best_d = k, d
        if best >= 0:
            groups[best].append(w)
            st = stats[best]
            st[2] += cy
            st[3] += h
            st[4] += 1
            st[0], st[1] = st[2] / st[4], st[3] / st[4]
        else:
            groups.append([w])
            stats.append([cy, h, cy, h, 1])
    lines: list[Line] = []
    for g in sorted(groups, key=lambda g: min(w.bbox[1] for w in g)):
        g.sort(key=lambda w: w.bbox[0])
        lines.append(Line(words=g, page=page, index=len(lines)))
    for ln in lines:
        _finish_line(ln, ocr)
    return lines


def _finish_line(ln: Line, ocr: bool) -> None:
    h = 1.5 * max(w.bbox[3] - w.bbox[1] for w in ln.words) / SEGMENT_GAP if ocr else ln.height
    cur: list[Word] = []
    parts = []
    pos = 0
    for w in ln.words:
        if cur and w.bbox[0] - cur[-1].bbox[2] > SEGMENT_GAP * h:
            ln.segs.append(Seg(cur, ln.page, ln.index))
            cur = []
        cur.append(w)
        ln.offsets.append(pos)
        parts.append(w.text)
        pos += len(w.text) + 1
    if cur:
        ln.segs.append(Seg(cur, ln.page, ln.index))
    ln.text = " ".join(parts)
    k = 0
    for seg in ln.segs:
        seg.start = ln.offsets[k]
        k += len(seg.words)
        seg.end = ln.offsets[k - 1] + len(ln.words[k - 1].text)
    for si, s in enumerate(ln.segs):
        for w in s.words:
            w.line = ln.index
            w.block = si


@dataclass
class Layout:
    """The lines of one page plus the geometric look-ups used to pair labels with values."""

    page: PageText
    lines: list[Line]

    @cached_property
    def joined(self) -> tuple[str, list[int]]:
        """The page's line texts joined by newlines, and where each line starts in it."""
        starts, pos = [], 0
        for ln in self.lines:
            starts.append(pos)
            pos += len(ln.text) + 1
        return "\n".join(ln.text for ln in self.lines), starts

    @classmethod
    def of(cls, page: PageText) -> Layout:
        return cls(page, build_lines(page.words, page.number, page.source == "ocr"))

    def right_of(self, line: Line, x: float) -> list[Word]:
        """Words on ``line`` starting at or after ``x``."""
        return [w for w in line.words if w.bbox[0] >= x - 0.5]

    def below(
        self, line: Line, x0: float, x1: float, *, max_lines: int = 2, slack: float = 2.5
    ) -> list[tuple[Line, list[Word]]]:
        """For the next lines under ``line`` (within ``slack`` line heights), the words that
        overlap the column ``[x0, x1]``, grown to their whole segment."""
        out = []
        h = line.height
        last_y = line.y1
        for nxt in self.lines[line.index + 1 : line.index + 1 + max_lines]:
            if nxt.y0 - last_y > slack * h:
                break
            hit = [w for w in nxt.words if min(w.bbox[2], x1) - max(w.bbox[0], x0) > -0.3 * h]
            if hit:
                seg_words: list[Word] = []
                for s in nxt.segs:
                    if any(w in hit for w in s.words):
                        seg_words.extend(
                            w for w in s.words if w.bbox[2] > x0 - 2 * h and w.bbox[0] < x1 + 4 * h
                        )
                out.append((nxt, seg_words or hit))
            last_y = nxt.y1
        return out
