"""A thin drawing layer over PyMuPDF pages for the invoice renderer.

:class:`Canvas` writes text with embedded fonts (PyMuPDF's Base-14 look-alikes Helvetica, Times
and Courier through :class:`pymupdf.Font`, so ``€`` and accents survive text extraction), aligns
left/right/centre, draws rules, boxes and the shape "logos" of fictional suppliers, and keeps the
pages of one document together. Coordinates are PDF points, origin top left.
"""

from __future__ import annotations

import random
from functools import cache

import pymupdf

FAMILIES = {
    "helv": ("helv", "hebo"),
    "tiro": ("tiro", "tibo"),
    "cour": ("cour", "cobo"),
}
BLACK = (0, 0, 0)
GREY = (0.35, 0.35, 0.35)
LIGHT = (0.9, 0.9, 0.9)


@cache
def font(name: str) -> pymupdf.Font:
    return pymupdf.Font(name)


class Canvas:
    """One PDF document being drawn, page by page."""

    def __init__(self, family: str = "helv", size: tuple[float, float] = (595, 842)):
        self.doc = pymupdf.open()
        self.family = family
        self.width, self.height = size
        self._page: pymupdf.Page | None = None
        self._writers: dict[tuple[float, float, float], pymupdf.TextWriter] = {}

    # pages -------------------------------------------------------------
    def new_page(self) -> pymupdf.Page:
        self._flush()
        self._page = self.doc.new_page(width=self.width, height=self.height)
        return self._page

    @property
    def page(self) -> pymupdf.Page:
        assert self._page is not None, "call new_page() first"
        return self._page

    def _flush(self) -> None:
        if self._page is not None:
            for color, writer in self._writers.items():
                writer.write_text(self._page, color=color)
        self._writers = {}

    def to_bytes(self) -> bytes:
        self._flush()
        self._page = None
        data = self.doc.tobytes(garbage=3, deflate=True)
        self.doc.close()
        return data

    # text --------------------------------------------------------------
    def font_for(self, bold: bool = False, family: str | None = None) -> pymupdf.Font:
        regular, heavy = FAMILIES[family or self.family]
        return font(heavy if bold else regular)

    def text_width(self, s: str, size: float, bold: bool = False) -> float:
        return self.font_for(bold).text_length(s, size)

    def text(self, x: float, y: float, s: str, size: float = 9, *, bold: bool = False,
             align: str = "left", color: tuple[float, float, float] = BLACK,
             family: str | None = None) -> float:  # fmt: skip
        """Write one line with its baseline at ``y``; returns the right edge."""
        if not s:
            return x
        f = self.font_for(bold, family)
        w = f.text_length(s, size)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        writer = self._writers.setdefault(color, pymupdf.TextWriter(self.page.rect))
        writer.append((x, y), s, font=f, fontsize=size)
        return x + w

    def lines(self, x: float, y: float, rows: list[str], size: float = 9, leading: float = 1.3,
              **kw) -> float:  # fmt: skip
        """Write several lines downward; returns the baseline after the last one."""
        for row in rows:
            self.text(x, y, row, size, **kw)
            y += size * leading
        return y

    def fit(self, s: str, size: float, width: float, bold: bool = False) -> str:
        """Cut ``s`` with an ellipsis so it fits in ``width``."""
        if self.text_width(s, size, bold) <= width:
            return s
        while s and self.text_width(s + "…", size, bold) > width:
            s = s[:-1]
        return s.rstrip() + "…"

    # shapes ------------------------------------------------------------
    def hline(self, x0: float, x1: float, y: float, width: float = 0.6,
              color: tuple[float, float, float] = BLACK) -> None:  # fmt: skip
        self.page.draw_line((x0, y), (x1, y), color=color, width=width)

    def vline(self, x: float, y0: float, y1: float, width: float = 0.6) -> None:
        self.page.draw_line((x, y0), (x, y1), color=BLACK, width=width)

    def box(self, x0: float, y0: float, x1: float, y1: float, *, fill=None, color=BLACK,
            width: float = 0.6) -> None:  # fmt: skip
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width)

    def logo(self, kind: str, x: float, y: float, seed: str, size: float = 36) -> None:
        """A fictional company logo made of shapes, coloured from ``seed``."""
        rng = random.Random(seed)
        c1 = (rng.uniform(0, 0.7), rng.uniform(0.1, 0.6), rng.uniform(0.2, 0.9))
        c2 = (rng.uniform(0.5, 1), rng.uniform(0.3, 0.9), rng.uniform(0, 0.4))
        p = self.page
        if kind == "circle":
            p.draw_circle((x + size / 2, y + size / 2), size / 2, color=c1, fill=c1)
            p.draw_circle((x + size * 0.65, y + size * 0.4), size / 4, color=c2, fill=c2)
        elif kind == "rects":
            p.draw_rect(pymupdf.Rect(x, y, x + size * 0.6, y + size), color=c1, fill=c1)
            p.draw_rect(pymupdf.Rect(x + size * 0.45, y + size * 0.3, x + size * 1.2, y + size),
                        color=c2, fill=c2)  # fmt: skip
        elif kind == "triangle":
            pts = [(x, y + size), (x + size / 2, y), (x + size, y + size), (x, y + size)]
            p.draw_polyline(pts, color=c1, fill=c1, closePath=True)
            p.draw_line((x, y + size + 3), (x + size * 2.5, y + size + 3), color=c2, width=2)
        elif kind == "bar":
            p.draw_rect(pymupdf.Rect(0, 0, self.width, size * 0.35), color=c1, fill=c1)
