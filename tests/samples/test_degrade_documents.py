"""Tests for scan degradation, non-invoice documents and multi-invoice PDFs."""

from __future__ import annotations

import io

import pymupdf
import pytest
from PIL import Image

from app.samples.degrade import degrade_to_scan
from app.samples.documents import OTHER_KINDS, multi_invoice_pdf, other_document
from app.samples.generator import generate_invoice


@pytest.fixture(scope="module")
def invoice():
    return generate_invoice(21, layout="classic")


def test_scanned_pdf_has_image_pages_only(invoice):
    scan = degrade_to_scan(invoice.pdf, dpi=100, seed=1, rotation_deg=0.7, blur=0.5, noise=0.05,
                           jpeg_quality=60, as_image=False)  # fmt: skip
    with pymupdf.open("pdf", scan) as doc:
        assert doc.page_count == invoice.truth["pages"]
        assert doc[0].get_text().strip() == ""
        assert doc[0].get_images()


@pytest.mark.parametrize("fmt,pil_name", [("png", "PNG"), ("jpeg", "JPEG"), ("tiff", "TIFF")])
def test_image_outputs_open(invoice, fmt, pil_name):
    data = degrade_to_scan(invoice.pdf, dpi=72, seed=2, rotation_deg=-1.0, blur=0.3, noise=0.1,
                           jpeg_quality=50, as_image=True, image_format=fmt)  # fmt: skip
    img = Image.open(io.BytesIO(data))
    assert img.format == pil_name
    assert abs(img.width - 595) <= 2  # 72 dpi: one pixel per point


def test_degrade_is_deterministic(invoice):
    kw = dict(
        dpi=72, seed=5, rotation_deg=0.5, blur=0.4, noise=0.08, jpeg_quality=70, as_image=True
    )
    assert degrade_to_scan(invoice.pdf, **kw) == degrade_to_scan(invoice.pdf, **kw)


@pytest.mark.parametrize("kind", OTHER_KINDS)
def test_other_documents_are_not_invoices(kind):
    doc = other_document(4, kind)
    assert doc.truth["document_type"] == "other"
    assert doc.truth["invoice_number"] is None and doc.truth["total_incl_vat"] is None
    with pymupdf.open("pdf", doc.pdf) as pdf:
        text = pdf[0].get_text()
    assert doc.truth["supplier"]["name"] in text
    assert "Factuur\n" not in text


def test_multi_invoice_pdf_page_ranges():
    multi = multi_invoice_pdf([1, 2, 3])
    with pymupdf.open("pdf", multi.pdf) as doc:
        assert multi.page_ranges[-1][1] == doc.page_count
        for truth, (start, end) in zip(multi.truths, multi.page_ranges, strict=True):
            assert end - start + 1 == truth["pages"]
            assert truth["invoice_number"] in doc[start - 1].get_text()
