"""Turned PDF pages: which way the text runs, and boxes turned by quarter turns.

A PDF page can be turned in two ways, often both at once: by its ``/Rotate`` entry (the viewer
shows the page turned, the content stream is untouched) and by drawing the text itself turned
(a landscape page printed sideways, a scanner that turned its text layer). PyMuPDF's
``get_text`` boxes are always in the page's *unrotated* space, whatever ``/Rotate`` says, so the
words of a sideways page come out as tall, narrow boxes that run top to bottom (or bottom to top).

:func:`text_turn` finds the clockwise quarter turn that makes the page's text run left to right,
from the writing direction of its lines; :func:`turn_box` turns a box by such a turn inside a page
of a given size, so the reader can work on upright words and map every box back afterwards.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from app.pipeline.invoice import Word

if TYPE_CHECKING:
    import pymupdf

Box = tuple[float, float, float, float]


def unrotated_size(page: pymupdf.Page) -> tuple[float, float]:
    """The page's width and height in points before its /Rotate (the space of ``get_text``)."""
    rect = page.rect * page.derotation_matrix
    return abs(rect.width), abs(rect.height)


def _mostly_vertical(words: list[Word]) -> bool:
    tall = wide = 0
    for w in words:
        if len(w.text) < 3:
            continue
        x0, y0, x1, y1 = w.bbox
        if y1 - y0 > x1 - x0:
            tall += 1
        else:
            wide += 1
    return tall > wide


def _mostly_backwards(words: list[Word]) -> bool:
    """Whether words of one line follow each other right to left (upside-down text)."""
    forward = backward = 0
    for a, b in zip(words, words[1:], strict=False):
        ay, by = (a.bbox[1] + a.bbox[3]) / 2, (b.bbox[1] + b.bbox[3]) / 2
        if abs(ay - by) > 0.3 * (a.bbox[3] - a.bbox[1]):
            continue
        if b.bbox[0] >= a.bbox[2] - 1:
            forward += 1
        elif b.bbox[2] <= a.bbox[0] + 1:
            backward += 1
    return backward > forward


def text_turn(page: pymupdf.Page, words: list[Word]) -> int:
    """The clockwise turn (0, 90, 180 or 270) that makes most of the page's text upright.

    ``words`` are the page's words in the order ``get_text("words", sort=False)`` gives them.
    Cheap for the usual page: only a page with a /Rotate, with mostly tall words or with words
    running right to left has its line directions read (``get_text("dict")``); the direction of
    the most characters wins.
    """
    if page.rotation % 360 == 0 and not _mostly_vertical(words) and not _mostly_backwards(words):
        return 0
    weight = {0: 0, 90: 0, 180: 0, 270: 0}
    for block in page.get_text("dict")["blocks"]:
        for line in block.get("lines", ()):
            dx, dy = line["dir"]
            chars = sum(len(span["text"].strip()) for span in line["spans"])
            if abs(dx) >= abs(dy):
                weight[0 if dx > 0 else 180] += chars
            else:  # (0, -1) runs upwards: a quarter turn clockwise sets it upright
                weight[90 if dy < 0 else 270] += chars
    return max(weight, key=lambda t: (weight[t], t == 0))


def turned_size(width: float, height: float, turn: int) -> tuple[float, float]:
    return (height, width) if turn in (90, 270) else (width, height)


def turn_box(box: Box, turn: int, width: float, height: float) -> Box:
    """``box`` of a page ``width`` x ``height`` turned clockwise by ``turn`` degrees (y down).

    The inverse of a turn ``t`` on a page of size (w, h) is the turn ``360 - t`` on the turned
    page, of size :func:`turned_size` (w, h, t).
    """
    x0, y0, x1, y1 = box
    if turn == 90:
        return (height - y1, x0, height - y0, x1)
    if turn == 180:
        return (width - x1, height - y1, width - x0, height - y0)
    if turn == 270:
        return (y0, width - x1, y1, width - x0)
    return box


def turn_words(words: list[Word], turn: int, width: float, height: float) -> list[Word]:
    """The words with their boxes turned (new :class:`Word` objects; the input is untouched)."""
    if not turn:
        return words
    return [replace(w, bbox=turn_box(w.bbox, turn, width, height)) for w in words]
