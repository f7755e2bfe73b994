"""The two readers under test, wrapped to give the same dict shape and a wall-clock time.

Factuurflow: :func:`app.pipeline.extract.extract_file` and its ``to_json()``. invoice2data: its
``extract_data`` with the templates it ships, text from its own default PDF backend (pdfium) and,
for scans and images, Tesseract OCR through pytesseract (invoice2data's own tesseract backend
needs ImageMagick). Its output keys are mapped onto the ``extract --json`` names; it reports no
document type, so a template match is read as "invoice". No template match gives an empty result,
which scores as all-wrong for that document.
"""

from __future__ import annotations

import logging
import time
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any


def run_factuurflow(path: Path) -> dict[str, Any]:
    from app.pipeline.extract import extract_file

    start = time.perf_counter()
    result = extract_file(path)
    seconds = time.perf_counter() - start
    data = result.to_json()
    data.pop("fields", None)
    return {"output": data, "seconds": seconds, "status": data.get("status"),
            "error": data.get("error")}  # fmt: skip


def text_layer_seconds(path: Path) -> dict[str, float]:
    """How long the text layer alone takes to get out of a text PDF, with no reading at all.

    ``pymupdf_words`` is the first step of Factuurflow's reader (open, words with boxes of every
    page); ``pdfium_text`` is invoice2data's default backend (open, plain text of every page).
    Both must load the PDF's embedded fonts, which is most of the cost, so these are the floors
    under the two readers' times on the same file.
    """
    import pymupdf
    import pypdfium2

    start = time.perf_counter()
    with pymupdf.open(path) as doc:
        for page in doc:
            page.get_text("words")
    mid = time.perf_counter()
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for i in range(len(pdf)):
            pdf[i].get_textpage().get_text_bounded()
    finally:
        pdf.close()
    end = time.perf_counter()
    return {"pymupdf_words": mid - start, "pdfium_text": end - mid}


class _TesseractText:
    """An invoice2data input backend: OCR text of an image or an image-only PDF."""

    __name__ = "pytesseract"

    @staticmethod
    def to_text(path: str, area_details: Any = None) -> str:
        import pymupdf
        import pytesseract
        from PIL import Image

        images = []
        if path.lower().endswith(".pdf"):
            with pymupdf.open(path) as doc:
                for page in doc:
                    pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
                    images.append(Image.frombytes("L", (pix.width, pix.height), pix.samples))
        else:
            with Image.open(path) as img:
                frames = getattr(img, "n_frames", 1)
                for i in range(frames):
                    img.seek(i)
                    images.append(img.convert("L"))
        return "\n".join(pytesseract.image_to_string(im, lang="nld+eng") for im in images)


class Invoice2Data:
    """invoice2data with its shipped templates, loaded once."""

    def __init__(self) -> None:
        from invoice2data.extract.loader import read_templates

        for name in ("invoice2data", "pdfminer", "pypdfium2"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        self.templates = read_templates()

    def run(self, path: Path, *, ocr: bool) -> dict[str, Any]:
        from invoice2data import extract_data

        start = time.perf_counter()
        error = None
        try:
            if path.suffix.lower() == ".xml":
                raw: dict[str, Any] = {}  # invoice2data reads no XML e-invoices
                error = "XML not supported"
            else:
                raw = extract_data(str(path), templates=self.templates,
                                   input_module=_TesseractText if ocr else None) or {}  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - a crash of the other tool is one failed doc
            raw, error = {}, f"{type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - start
        return {"output": map_invoice2data(raw) if raw else None, "seconds": seconds,
                "matched": bool(raw), "status": "ok" if raw else "no_template",
                "error": error, "template": raw.get("template_name") if raw else None}  # fmt: skip


def _money(v: Any) -> str | None:
    if v is None or isinstance(v, bool):
        return None
    try:
        return str(Decimal(str(v)).quantize(Decimal("0.01")))
    except InvalidOperation:
        return None


def _date(v: Any) -> str | None:
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    return str(v) if v else None


def map_invoice2data(raw: dict[str, Any]) -> dict[str, Any]:
    """invoice2data's result keys → the ``extract --json`` shape."""
    return {
        "document_type": "invoice",
        "invoice_number": str(raw["invoice_number"]) if raw.get("invoice_number") else None,
        "invoice_date": _date(raw.get("date")),
        "due_date": _date(raw.get("date_due")),
        "currency": raw.get("currency"),
        "total_excl_vat": _money(raw.get("amount_untaxed")),
        "total_vat": _money(raw.get("amount_tax")),
        "total_incl_vat": _money(raw.get("amount")),
        "vat_breakdown": [],
        "payment_reference": raw.get("payment_reference"),
        "supplier": {"name": raw.get("issuer"), "vat_number": raw.get("vat"),
                     "iban": raw.get("iban"), "kvk": raw.get("kvk")},
        "customer": {"name": raw.get("partner_name"), "vat_number": raw.get("partner_vat")},
    }  # fmt: skip
