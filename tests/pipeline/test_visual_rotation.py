"""Turned PDF pages: a /Rotate over normal content, text drawn sideways, and both at once.

Every field must read as on the upright page, and every word and field box must stay in the
page's unrotated space (PyMuPDF's ``get_text`` space, which the DDP viewer turns with the page):
the words under a field's box in that space are the field's printed value.
"""

from __future__ import annotations

import pymupdf
import pytest

from app.pipeline.invoice import invoice_to_json
from app.pipeline.visual import read_pdf
from app.samples.degrade import degrade_to_scan
from app.samples.generator import generate_invoice
from app.samples.turn import turn_pdf


def _flat(d: dict) -> dict:
    out = {}
    for k, v in d.items():
        if isinstance(v, dict) and k != "fields":
            out.update({f"{k}.{k2}": v2 for k2, v2 in v.items()})
        elif k != "fields":
            out[k] = v
    return out


def _read(pdf: bytes):
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return read_pdf(doc)


def _words_under(pdf: bytes, page: int, box) -> str:
    """The text the page's own text layer has under ``box`` (unrotated space)."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        rect = pymupdf.Rect(box)
        return " ".join(w[4] for w in doc[page - 1].get_text("words") if rect.intersects(w[:4]))


@pytest.mark.parametrize("mode", ["rotate", "sideways", "upright"])
@pytest.mark.parametrize("degrees", [90, 180, 270])
@pytest.mark.parametrize("layout", ["classic", "compact_right"])
def test_turned_text_pdf_reads_every_field(mode, degrees, layout):
    g = generate_invoice(41, layout=layout, long_descriptions=True, discount="line")
    pdf = turn_pdf(g.pdf, mode, degrees)
    inv = _read(pdf)
    got, exp = _flat(invoice_to_json(inv)), _flat(g.truth)
    assert {k: (exp[k], got.get(k)) for k in exp if got.get(k) != exp[k]} == {}
    # boxes in the unrotated page space: the text under the box is the value
    for name in ("invoice_number", "total_incl_vat", "supplier.vat_number"):
        info = inv.fields[name]
        under = _words_under(pdf, info.page, info.bbox)
        printed = {"invoice_number": g.truth["invoice_number"],
                   "supplier.vat_number": g.truth["supplier"]["vat_number"]}.get(name)  # fmt: skip
        if printed:
            assert printed in under.replace(" ", ""), (name, under)
        else:
            assert under, name


@pytest.mark.parametrize("mode", ["rotate", "sideways", "upright"])
def test_turned_page_keeps_unrotated_size_and_word_boxes(mode):
    g = generate_invoice(42, layout="modern")
    pdf = turn_pdf(g.pdf, mode, 90)
    inv = _read(pdf)
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        page = doc[0]
        size = page.rect * page.derotation_matrix
        raw = {(round(w[0], 1), round(w[1], 1), w[4]) for w in page.get_text("words")}
    text = inv.page_texts[0]
    assert (text.width, text.height) == pytest.approx((abs(size.width), abs(size.height)))
    got = {(round(w.bbox[0], 1), round(w.bbox[1], 1), w.text) for w in text.words}
    assert len(got & raw) >= 0.95 * len(raw)


def test_multipage_sideways_pdf_keeps_all_lines():
    g = generate_invoice(43, layout="multipage")
    inv = _read(turn_pdf(g.pdf, "sideways", 270))
    assert invoice_to_json(inv)["lines"] == g.truth["lines"]
    assert str(inv.total_incl_vat) == g.truth["total_incl_vat"]


def test_scanned_page_stored_turned_with_rotate_maps_ocr_boxes_back():
    """A scanner's page: the image lies sideways and /Rotate 90 shows it upright."""
    g = generate_invoice(44, layout="classic")
    scan = degrade_to_scan(g.pdf, dpi=200, seed=44, as_image=False)
    pdf = turn_pdf(scan, "upright", 90)
    inv = _read(pdf)
    assert inv.source == "ocr"
    assert inv.invoice_number == g.truth["invoice_number"]
    assert str(inv.total_incl_vat) == g.truth["total_incl_vat"]
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        shown = pymupdf.Rect(inv.fields["invoice_number"].bbox) * doc[0].rotation_matrix
    with pymupdf.open(stream=g.pdf, filetype="pdf") as upright:
        printed = [pymupdf.Rect(w[:4]) for w in upright[0].get_text("words")
                   if g.truth["invoice_number"] in w[4]]  # fmt: skip
    # turned with the page as the viewer shows it, the box lies on the printed number
    assert any(shown.intersects(r) for r in printed), (shown, printed)
    text = inv.page_texts[0]
    assert (text.width, text.height) == pytest.approx((842, 595), abs=1)
