"""The one entry point of the reading engine: a delivered file in, an :class:`ExtractionResult` out.

The type is decided by content, never by extension, and the exact sources win: an XML e-invoice
(UBL or CII) first, then a PDF that carries one (Factur-X/ZUGFeRD or attached UBL), then the
visual reader for text and scanned PDFs (:func:`app.pipeline.visual.read_pdf`), then images
(:func:`app.pipeline.visual.read_image`). Bad input never raises: empty, corrupt, encrypted or
oversized files, decompression bombs and XML bombs each give ``status="error"`` with a one-line
message. In-process, runaway files are held back by the page and pixel limits; a hard time limit
per file needs a separate process (:mod:`app.pipeline.batch`).
"""

from __future__ import annotations

import importlib
import logging
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf

from app.pipeline import filetype
from app.pipeline.einvoice import parse_einvoice
from app.pipeline.einvoice.pdf import find_embedded_einvoice
from app.pipeline.einvoice.render import render_einvoice_pdf
from app.pipeline.invoice import InvoiceData, invoice_to_json
from app.pipeline.limits import DEFAULT_LIMITS, Limits, ReadError

__all__ = ["ExtractionResult", "extract_bytes", "extract_file", "render_einvoice_pdf"]

log = logging.getLogger(__name__)


@dataclass
class ExtractionResult:
    """What reading one file gave: the invoice, or a clear error for that file."""

    file: str
    status: str  # "ok" | "error"
    error: str | None = None
    seconds: float = 0.0
    invoice: InvoiceData | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def to_json(self) -> dict[str, Any]:
        """The ``extract --json`` object: always the same keys, ``null`` where unknown."""
        body = invoice_to_json(self.invoice or InvoiceData())
        out: dict[str, Any] = {
            "file": self.file,
            "status": self.status,
            "error": self.error,
            "source": body.pop("source"),
            "pages": body.pop("pages"),
            "seconds": round(self.seconds, 3),
        }
        out.update(body)
        return out


def extract_file(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> ExtractionResult:
    """Read one file from disk. Never raises for bad input."""
    path = Path(path)
    start = time.perf_counter()
    try:
        if not path.exists():
            raise ReadError("Bestand niet gevonden")
        if not path.is_file():
            raise ReadError("Geen bestand (een map of apparaat)")
        size = path.stat().st_size
        _check_size(size, limits)
        data = path.read_bytes()
        inv = _extract(data, path.name, limits, path=path)
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the caller
        return _error(str(path), exc, start)
    return ExtractionResult(str(path), "ok", None, time.perf_counter() - start, inv)


def extract_bytes(
    data: bytes, filename: str, *, limits: Limits = DEFAULT_LIMITS
) -> ExtractionResult:
    """Read a file given as bytes (an e-mail attachment, an upload). Never raises for bad input."""
    start = time.perf_counter()
    try:
        _check_size(len(data), limits)
        inv = _extract(data, Path(filename).name, limits, path=None)
    except Exception as exc:  # noqa: BLE001
        return _error(filename, exc, start)
    return ExtractionResult(filename, "ok", None, time.perf_counter() - start, inv)


def _error(name: str, exc: Exception, start: float) -> ExtractionResult:
    if isinstance(exc, ReadError):
        message = str(exc)
    elif isinstance(exc, MemoryError):
        message = "Onvoldoende geheugen om dit bestand te lezen"
    else:
        log.exception("unexpected error reading %s", name)
        message = f"Onverwachte fout bij het lezen ({type(exc).__name__}: {exc})"
    message = " ".join(message.split()) or type(exc).__name__
    return ExtractionResult(name, "error", message, time.perf_counter() - start, None)


def _check_size(size: int, limits: Limits) -> None:
    if size == 0:
        raise ReadError("Leeg bestand (0 bytes)")
    if size > limits.max_file_bytes:
        mb = 1024 * 1024
        raise ReadError(
            f"Bestand te groot ({size / mb:.0f} MB, maximum {limits.max_file_bytes / mb:.0f} MB)"
        )


def _extract(data: bytes, name: str, limits: Limits, *, path: Path | None) -> InvoiceData:
    kind = filetype.sniff(data)
    if kind == filetype.XML and filetype.looks_like_html(data):
        raise ReadError("Geen e-factuur: dit is een HTML-bestand (webpagina of e-mail)")
    if kind == filetype.XML:
        return parse_einvoice(data, limits=limits)
    if kind == filetype.PDF:
        return _extract_pdf(data, limits)
    if kind == filetype.IMAGE:
        return _extract_image(data, limits, path=path)
    suffix = Path(name).suffix.lower()
    if suffix == ".pdf":
        raise ReadError("Geen PDF: het bestand is beschadigd of van een ander type")
    if suffix == ".xml":
        raise ReadError("Geen XML: het bestand is beschadigd of van een ander type")
    if suffix in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".bmp", ".webp"):
        raise ReadError("Geen geldige afbeelding: het bestand is beschadigd of van een ander type")
    raise ReadError("Onbekend bestandstype: geen PDF, afbeelding of e-factuur (XML)")


def _extract_pdf(data: bytes, limits: Limits) -> InvoiceData:
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:  # noqa: BLE001 - MuPDF raises several types for broken files
        raise ReadError("Geen PDF: het bestand is beschadigd") from exc
    with doc:
        if doc.needs_pass:
            raise ReadError("PDF is versleuteld met een wachtwoord")
        if doc.page_count == 0:
            raise ReadError("PDF bevat geen pagina's (beschadigd of afgekapt)")
        if doc.page_count > limits.max_pages:
            raise ReadError(f"Te veel pagina's ({doc.page_count}, maximum {limits.max_pages})")
        embedded = find_embedded_einvoice(doc, limits=limits)
        if embedded is not None:
            return embedded
        if doc.is_repaired and not _pages_have_content(doc):
            raise ReadError("PDF is beschadigd of afgekapt: geen leesbare inhoud")
        visual = _visual()
        try:
            inv = visual.read_pdf(doc, limits=limits)
        except (RuntimeError, ValueError) as exc:
            if doc.is_repaired:
                raise ReadError("PDF is beschadigd of afgekapt en kon niet gelezen worden") from exc
            raise
        if doc.is_repaired and not _has_content(inv):
            raise ReadError("PDF is beschadigd of afgekapt: geen leesbare inhoud")
        if inv.pages is None:
            inv.pages = doc.page_count
        return inv


def _pages_have_content(doc: pymupdf.Document) -> bool:
    return any(page.get_text("text").strip() or page.get_images() for page in doc.pages())


def _has_content(inv: InvoiceData) -> bool:
    return any(p.words for p in inv.page_texts) or inv.invoice_number is not None


def _extract_image(data: bytes, limits: Limits, *, path: Path | None) -> InvoiceData:
    from PIL import Image

    try:
        size = filetype.image_size(data)
    except Image.DecompressionBombError as exc:
        raise ReadError(f"Afbeelding te groot ({exc})") from exc
    if size is None:
        raise ReadError("Afbeelding is beschadigd: de afmetingen zijn niet te lezen")
    width, height = size
    if width <= 0 or height <= 0:
        raise ReadError(f"Afbeelding is leeg ({width}×{height} pixels)")
    if width * height > limits.max_image_pixels:
        raise ReadError(
            f"Afbeelding te groot ({width}×{height} pixels, "
            f"maximum {limits.max_image_pixels / 1e6:.0f} megapixel)"
        )
    fmt = filetype.image_format(data)
    if fmt in ("tiff", "gif", "webp"):
        _check_frames(data, limits)
    visual = _visual()
    if path is not None:
        return visual.read_image(path, limits=limits)
    suffix = filetype.IMAGE_SUFFIX.get(filetype.image_format(data) or "", ".img")
    with tempfile.TemporaryDirectory(prefix="factuurflow-") as tmp:
        tmp_path = Path(tmp) / f"upload{suffix}"
        tmp_path.write_bytes(data)
        return visual.read_image(tmp_path, limits=limits)


def _check_frames(data: bytes, limits: Limits) -> None:
    try:
        sizes = filetype.frame_sizes(data, limits.max_pages + 1)
    except Exception as exc:  # noqa: BLE001 - Pillow raises many types for broken files
        raise ReadError("Afbeelding is beschadigd en kan niet gelezen worden") from exc
    if len(sizes) > limits.max_pages:
        raise ReadError(f"Te veel pagina's (meer dan {limits.max_pages}) in deze afbeelding")
    for number, (width, height) in enumerate(sizes, start=1):
        if width * height > limits.max_image_pixels:
            raise ReadError(f"Afbeelding te groot (pagina {number}: {width}×{height} pixels)")


def _visual():
    try:
        return importlib.import_module("app.pipeline.visual")
    except ModuleNotFoundError as exc:
        if exc.name != "app.pipeline.visual":
            raise
        raise ReadError("De PDF-/beeldlezer is in deze installatie niet beschikbaar") from exc
