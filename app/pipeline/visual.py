# Box convention (shared with the DDP viewer, app/ui/ddp/geometry.py): Word/FieldInfo boxes and
# PageText sizes are in the PDF page's UNROTATED space (PyMuPDF get_text space, before /Rotate).
"""The template-free reader of visual invoices: text PDFs, scanned PDFs and images.

:func:`read_pdf` takes the words with their boxes from each page's text layer and sends pages
without one (scans) through OCR, page by page, so mixed PDFs work; :func:`read_image` OCRs PNG,
JPEG and (multi-page) TIFF files. Both rebuild the reading order from geometry
(:mod:`app.pipeline.words`) and read the fields with label dictionaries and arithmetic checks
(:mod:`~app.pipeline.fields`, :mod:`~app.pipeline.parties`, :mod:`~app.pipeline.totals`,
:mod:`~app.pipeline.lines`), into one :class:`InvoiceData` with a :class:`FieldInfo` per field and
the page words for the viewer. No supplier templates: the same rules read every layout.

Boxes are PDF points with the origin top left. For images a point is 1/72 inch at the image's
resolution (its dpi metadata when plausible, else estimated as an A4 page), so a 200 dpi A4 scan
measures 595 x 842 points like its PDF. Scanned PDF pages are rendered at their own image
resolution (at least 200 dpi, at most ``Limits.ocr_dpi``).

Box convention for PDFs (what the DDP viewer relies on): every :class:`Word` and
:class:`FieldInfo` box, and each :class:`PageText`'s width and height, are in the page's
*unrotated* space, the space of PyMuPDF's ``page.get_text("words")``: PDF points, origin at the
top left of the page before its ``/Rotate`` is applied (``page.rect * page.derotation_matrix``).
The viewer turns them with the page (``/Rotate`` plus its own view rotation). Reading happens on
upright words: a page whose text runs sideways or upside down (by ``/Rotate`` or drawn turned) is
read turned upright (:mod:`app.pipeline.page_turn`) and its boxes are turned back; OCR boxes of
a scanned page with a ``/Rotate`` (rendered as shown) are turned back the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.pipeline.assemble import assemble
from app.pipeline.invoice import InvoiceData, PageText, Word
from app.pipeline.limits import DEFAULT_LIMITS, Limits, ReadError
from app.pipeline.ocr import Box, check_pixels, ocr_image
from app.pipeline.page_turn import text_turn, turn_box, turn_words, turned_size, unrotated_size

if TYPE_CHECKING:
    import pymupdf

MIN_TEXT_WORDS = 3
FEW_WORDS = 25  # fewer words than this over a full-page image: a scan with a caption
SCAN_DPI = 200  # lowest render resolution; OCR enlarges small scans itself (see ocr.py)


_LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00a0": " ",
    }
)


def _pdf_words(page: pymupdf.Page) -> list[Word]:
    out = []
    for x0, y0, x1, y1, text, *_ in page.get_text("words", sort=False):
        text = text.translate(_LIGATURES).strip()
        if text:
            out.append(Word(text=text, bbox=(x0, y0, x1, y1)))
    return out


def _has_text_layer(page: pymupdf.Page, words: list[Word]) -> bool:
    """Whether the page's own text is the invoice; a scan with only a stamp or a scanner's
    caption as text ("Scanned with ...") over a full-page image goes to OCR."""
    good = [w for w in words if any(c.isalnum() for c in w.text) and "\ufffd" not in w.text]
    if len(good) < MIN_TEXT_WORDS or len(good) < 0.5 * len(words):
        return False
    return len(good) >= FEW_WORDS or not _full_page_image(page)


def _full_page_image(page: pymupdf.Page) -> bool:
    area = page.rect.width * page.rect.height or 1.0
    try:
        infos = page.get_image_info()
    except Exception:  # noqa: BLE001 - damaged image dictionaries: treat as no image
        return False
    for info in infos:
        x0, y0, x1, y1 = info.get("bbox", (0, 0, 0, 0))
        if (x1 - x0) * (y1 - y0) > 0.5 * area:
            return True
    return False


def _scan_dpi(page: pymupdf.Page, limits: Limits) -> int:
    """The resolution to render a scanned page at: its own image resolution, within 200..limit."""
    dpi = SCAN_DPI
    try:
        infos = page.get_image_info()
    except Exception:  # noqa: BLE001 - damaged image dictionaries: fall back to the default
        infos = []
    for info in infos:
        bbox = info.get("bbox")
        width = info.get("width")
        if bbox and width and bbox[2] - bbox[0] > 0.5 * page.rect.width:
            native = width / ((bbox[2] - bbox[0]) / 72)
            dpi = int(max(SCAN_DPI, min(native, 300)))
            break
    return min(dpi, limits.ocr_dpi)


def read_pdf(doc: pymupdf.Document, *, limits: Limits = DEFAULT_LIMITS) -> InvoiceData:
    """Read a visual (text or scanned) PDF invoice."""
    import pymupdf
    from PIL import Image

    if doc.page_count > limits.max_pages:
        raise ReadError(f"PDF has too many pages ({doc.page_count}, limit {limits.max_pages}).")
    words_of = [_pdf_words(doc[i]) for i in range(doc.page_count)]
    scanned = [i for i, words in enumerate(words_of) if not _has_text_layer(doc[i], words)]
    if len(scanned) > limits.max_ocr_pages:
        raise ReadError(
            f"Too many scanned pages to read ({len(scanned)}, limit {limits.max_ocr_pages})."
        )
    pages: list[PageText] = []
    mappers: dict[int, Callable[[Box], Box]] = {}
    sizes: list[tuple[float, float]] = []
    for i, words in enumerate(words_of):
        page = doc[i]
        rect = page.rect
        width, height = unrotated_size(page)
        sizes.append((width, height))
        if i not in scanned:
            turn = text_turn(page, words)
            upright = turn_words(words, turn, width, height)
            pages.append(PageText(i + 1, *turned_size(width, height, turn), upright, "text"))
            if turn:
                mappers[i + 1] = _turn_back(turn, *turned_size(width, height, turn))
            continue
        dpi = _scan_dpi(page, limits)
        check_pixels(int(rect.width * dpi / 72), int(rect.height * dpi / 72), limits)
        pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
        img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
        res = ocr_image(img, 72 / dpi, limits)
        pages.append(PageText(i + 1, rect.width, rect.height, res.words, "ocr"))
        mappers[i + 1] = _shown_to_unrotated(res.to_page, page.rotation % 360, rect)
    inv = assemble(pages, "ocr" if scanned else "text", mappers)
    for page_text, (width, height) in zip(inv.page_texts, sizes, strict=True):
        page_text.width, page_text.height = width, height
    return inv


def _turn_back(turn: int, width: float, height: float) -> Callable[[Box], Box]:
    """From the upright reading space (``width`` x ``height``) back to the unrotated page."""
    return lambda box: turn_box(box, (360 - turn) % 360, width, height)


def _shown_to_unrotated(
    to_page: Callable[[Box], Box], rotation: int, shown: pymupdf.Rect
) -> Callable[[Box], Box]:
    """OCR boxes on the page as rendered (turned by its /Rotate) into the unrotated page."""
    if not rotation:
        return to_page
    back = (360 - rotation) % 360
    return lambda box: turn_box(to_page(box), back, shown.width, shown.height)


def _image_dpi(frame) -> float:
    """The resolution of a page image: from its metadata when plausible, else estimated from
    its size as an A4 page (phone photos and many JPEGs say 72 or 96 dpi whatever they hold)."""
    meta = frame.info.get("dpi")
    try:
        dpi = float(meta[0]) if meta else 0.0
    except (TypeError, ValueError, IndexError):
        dpi = 0.0
    estimate = max(frame.width / 8.27, frame.height / 11.69)
    if dpi >= 100 or (dpi > 0 and estimate < 100):
        return dpi
    return max(estimate, 72.0)


def read_image(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> InvoiceData:
    """Read a scanned invoice from a PNG, JPEG or (multi-page) TIFF file."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"Cannot open the image: {exc.strerror or exc}.") from exc
    if size > limits.max_file_bytes:
        raise ReadError(f"File too large ({size} bytes, limit {limits.max_file_bytes}).")
    pages: list[PageText] = []
    mappers: dict[int, Callable[[Box], Box]] = {}
    try:
        with Image.open(path) as img:
            check_pixels(img.width, img.height, limits)
            for i, frame in enumerate(ImageSequence.Iterator(img)):
                if i >= limits.max_ocr_pages:
                    raise ReadError(f"Too many pages in the image (limit {limits.max_ocr_pages}).")
                check_pixels(frame.width, frame.height, limits)
                scale = 72 / _image_dpi(frame)
                res = ocr_image(frame.copy(), scale, limits)
                page = PageText(i + 1, frame.width * scale, frame.height * scale, res.words, "ocr")
                pages.append(page)
                mappers[i + 1] = res.to_page
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ReadError(f"The image cannot be read: {exc}.") from exc
    except Image.DecompressionBombError as exc:
        raise ReadError("Image too large to read.") from exc
    return assemble(pages, "ocr", mappers)
