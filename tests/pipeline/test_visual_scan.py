"""The visual reader on scans: a 200 dpi scanned PDF, a multi-page TIFF, a page turned a quarter,
a missing Tesseract and the OCR limits. Few tests, because OCR is slow."""

from __future__ import annotations

import io
from decimal import Decimal

import pymupdf
import pytest
from PIL import Image

from app.pipeline import ocr
from app.pipeline.limits import Limits, ReadError
from app.pipeline.visual import read_image, read_pdf
from app.samples.degrade import degrade_to_scan
from app.samples.generator import generate_invoice


def _word_box(pdf: bytes, text: str) -> pymupdf.Rect:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        hits = doc[0].search_for(text)
    assert hits, text
    return hits[0]


def _center_distance(a, b) -> float:
    ra, rb = pymupdf.Rect(a), pymupdf.Rect(b)
    return abs((ra.x0 + ra.x1) / 2 - (rb.x0 + rb.x1) / 2) + abs(
        (ra.y0 + ra.y1) / 2 - (rb.y0 + rb.y1) / 2
    )


def test_scanned_pdf_at_200_dpi():
    g = generate_invoice(21, layout="classic")
    scan = degrade_to_scan(g.pdf, dpi=200, seed=21, rotation_deg=0.8, noise=0.06, blur=0.3)
    with pymupdf.open(stream=scan, filetype="pdf") as doc:
        assert doc[0].get_text("words") == []  # really image-only
        inv = read_pdf(doc)
    t = g.truth
    assert inv.source == "ocr" and inv.page_texts[0].source == "ocr"
    assert inv.invoice_number == t["invoice_number"]
    assert inv.invoice_date.isoformat() == t["invoice_date"]
    assert inv.due_date.isoformat() == t["due_date"]
    assert inv.total_incl_vat == Decimal(t["total_incl_vat"])
    assert inv.total_vat == Decimal(t["total_vat"])
    assert inv.supplier.vat_number == t["supplier"]["vat_number"]
    assert inv.supplier.iban == t["supplier"]["iban"]
    assert inv.supplier.name == t["supplier"]["name"]
    assert inv.customer.name == t["customer"]["name"]
    # boxes are on the original (tilted) page, in points, close to where the PDF printed them
    expected = _word_box(g.pdf, t["invoice_number"])
    assert _center_distance(inv.fields["invoice_number"].bbox, expected) < 8


def test_multipage_tiff_image(tmp_path):
    g = generate_invoice(33, layout="modern")
    png = degrade_to_scan(g.pdf, dpi=200, seed=33, as_image=True, image_format="png")
    page = Image.open(io.BytesIO(png))
    blank = Image.new("L", page.size, 255)
    path = tmp_path / "scan.tif"
    page.save(path, "TIFF", save_all=True, append_images=[blank], dpi=(200, 200))
    inv = read_image(path)
    assert inv.pages == 2 and inv.source == "ocr"
    assert inv.page_texts[0].width == pytest.approx(595, abs=2)  # points at the image's 200 dpi
    assert inv.invoice_number == g.truth["invoice_number"]
    assert inv.total_incl_vat == Decimal(g.truth["total_incl_vat"])


@pytest.mark.slow
def test_page_turned_a_quarter_is_read_upright(tmp_path):
    g = generate_invoice(8, layout="classic")
    png = degrade_to_scan(g.pdf, dpi=200, seed=8, as_image=True, image_format="png")
    path = tmp_path / "turned.png"
    Image.open(io.BytesIO(png)).rotate(90, expand=True).save(path, dpi=(200, 200))
    inv = read_image(path)
    assert inv.invoice_number == g.truth["invoice_number"]
    assert inv.total_incl_vat == Decimal(g.truth["total_incl_vat"])
    # the box is on the turned image as stored: landscape, x and y swapped against the PDF
    x0, y0, x1, y1 = inv.fields["invoice_number"].bbox
    assert inv.page_texts[0].width > inv.page_texts[0].height
    exp = _word_box(g.pdf, g.truth["invoice_number"])
    # rotate(90) is counter-clockwise: PDF point (x, y) lands at (y, W - x)
    turned = (exp.y0, 595 - exp.x1, exp.y1, 595 - exp.x0)
    assert _center_distance((x0, y0, x1, y1), turned) < 8


def test_missing_tesseract_is_a_clear_error(monkeypatch):
    import pytesseract

    def missing():
        raise pytesseract.TesseractNotFoundError()

    monkeypatch.setattr(pytesseract, "get_tesseract_version", missing)
    doc = pymupdf.open()
    doc.new_page()
    with pytest.raises(ReadError, match="Tesseract"):
        read_pdf(pymupdf.open("pdf", doc.tobytes()))


def test_limits_on_scanned_pages_and_pixels(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "_data", lambda *a: pytest.fail("OCR must not start"))
    doc = pymupdf.open()
    for _ in range(3):
        doc.new_page()
    scanned = pymupdf.open("pdf", doc.tobytes())
    with pytest.raises(ReadError, match="scanned pages"):
        read_pdf(scanned, limits=Limits(max_ocr_pages=2))
    with pytest.raises(ReadError, match="too large"):
        read_pdf(scanned, limits=Limits(max_image_pixels=1000))
    path = tmp_path / "big.png"
    Image.new("L", (400, 400), 255).save(path)
    with pytest.raises(ReadError, match="too large"):
        read_image(path, limits=Limits(max_image_pixels=10_000))
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    with pytest.raises(ReadError):
        read_image(bad)


def test_scan_with_a_caption_goes_to_ocr():
    from app.pipeline.visual import _has_text_layer, _pdf_words

    img = Image.new("L", (400, 560), 255)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_image(page.rect, stream=buf.getvalue())
    page.insert_text((20, 830), "Scanned with PhoneScanner app", fontsize=6)
    page = pymupdf.open("pdf", doc.tobytes())[0]
    assert not _has_text_layer(page, _pdf_words(page))
    text_doc = pymupdf.open(stream=generate_invoice(2, layout="classic").pdf, filetype="pdf")
    assert _has_text_layer(text_doc[0], _pdf_words(text_doc[0]))
