"""Turned pages for generated invoices: a page with a /Rotate, or with its content drawn turned.

Real PDFs arrive turned in several ways, and the reader must read them all:

- ``"rotate"``: the page carries ``/Rotate`` 90, 180 or 270 and its content is drawn as usual,
  so a viewer shows it turned (text runs sideways or upside down on screen);
- ``"sideways"``: the content is drawn turned on a page of the turned size (a landscape page
  holding a portrait invoice on its side), no ``/Rotate``: the text runs vertically;
- ``"upright"``: the content is drawn turned and the page's ``/Rotate`` turns it back, so a viewer
  shows it upright (what many scanners and print drivers produce).

The truth of the invoice does not change; only its geometry does.
"""

from __future__ import annotations

import pymupdf

MODES = ("rotate", "sideways", "upright")


def turn_pdf(pdf: bytes, mode: str, degrees: int) -> bytes:
    """Every page of ``pdf`` turned by ``degrees`` (90, 180 or 270) in the given ``mode``."""
    if mode not in MODES or degrees not in (90, 180, 270):
        raise ValueError(f"mode must be one of {MODES} and degrees 90, 180 or 270")
    src = pymupdf.open("pdf", pdf)
    if mode == "rotate":
        for number in range(src.page_count):
            src[number].set_rotation(degrees)
        data = src.tobytes(garbage=3, deflate=True)
        src.close()
        return data
    out = pymupdf.open()
    for number in range(src.page_count):
        page = src[number]
        w, h = page.rect.width, page.rect.height
        if degrees in (90, 270):
            w, h = h, w
        turned = out.new_page(width=w, height=h)
        # show_pdf_page turns the content counter-clockwise; /Rotate turns the view clockwise
        turned.show_pdf_page(turned.rect, src, number, rotate=degrees)
        if mode == "upright":
            turned.set_rotation(degrees)
    data = out.tobytes(garbage=3, deflate=True)
    out.close()
    src.close()
    return data
