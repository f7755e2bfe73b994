"""Turns a clean text PDF into what a scanner or phone camera delivers: image-only pages.

:func:`degrade_to_scan` renders each page with PyMuPDF at the given dpi, then with Pillow tilts it,
blurs it, adds sensor noise and a paper tint, and re-encodes it as JPEG at the given quality. The
result is either a scanned PDF (one JPEG per page, no text layer) or an image file (PNG, JPEG, or
a multi-page TIFF). Deterministic in ``seed``.
"""

from __future__ import annotations

import io
import random

import pymupdf
from PIL import Image, ImageChops, ImageFilter

IMAGE_FORMATS = ("png", "jpeg", "tiff")


def _degrade_page(img: Image.Image, rng: random.Random, rotation_deg: float, blur: float,
                  noise: float) -> Image.Image:  # fmt: skip
    img = img.convert("L")
    if rotation_deg:
        img = img.rotate(rotation_deg, resample=Image.Resampling.BICUBIC, expand=False,
                         fillcolor=255)  # fmt: skip
    if blur > 0:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if noise > 0:
        # uniform grain from the seeded RNG (Image.effect_noise is not seedable)
        grain = Image.frombytes("L", img.size, rng.randbytes(img.width * img.height))
        strength = min(1.0, noise * 2)
        grain = grain.point(lambda v: int(128 + (v - 128) * strength))
        img = ImageChops.add(img, grain, scale=1.0, offset=-128)
    tint = rng.randrange(232, 250)
    # darken white paper slightly: map 0..255 to 0..tint
    return img.point(lambda v: v * tint // 255)


def _encode(img: Image.Image, fmt: str, jpeg_quality: int) -> bytes:
    buf = io.BytesIO()
    if fmt == "jpeg":
        img.save(buf, "JPEG", quality=jpeg_quality)
    elif fmt == "png":
        img.save(buf, "PNG", optimize=False)
    else:
        raise ValueError(fmt)
    return buf.getvalue()


def degrade_to_scan(
    pdf: bytes,
    *,
    dpi: int = 200,
    seed: int = 0,
    rotation_deg: float = 0.0,
    blur: float = 0.0,
    noise: float = 0.0,
    jpeg_quality: int = 80,
    as_image: bool = False,
    image_format: str = "png",
) -> bytes:
    """A scanned version of ``pdf``: an image-only PDF, or (``as_image``) an image file.

    Args:
        dpi: scan resolution.
        rotation_deg: skew of the paper, degrees counter-clockwise.
        blur: Gaussian blur radius in pixels.
        noise: sensor noise strength, 0 (none) .. 1 (very heavy); 0.05-0.15 is realistic.
        jpeg_quality: JPEG quality of the page images (PDF) or of a ``jpeg`` image.
        image_format: ``png``, ``jpeg`` or ``tiff`` (multi-page) when ``as_image`` is set.
    """
    rng = random.Random(f"degrade:{seed}")
    src = pymupdf.open("pdf", pdf)
    pages: list[tuple[Image.Image, pymupdf.Rect]] = []
    try:
        for page_no in range(src.page_count):
            page = src[page_no]
            pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
            img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
            pages.append((_degrade_page(img, rng, rotation_deg, blur, noise), page.rect))
    finally:
        src.close()
    if as_image:
        fmt = {"jpg": "jpeg", "tif": "tiff"}.get(image_format.lower(), image_format.lower())
        if fmt not in IMAGE_FORMATS:
            raise ValueError(f"image_format must be one of {IMAGE_FORMATS}")
        if fmt == "tiff":
            buf = io.BytesIO()
            first, *rest = [img for img, _ in pages]
            first.save(buf, "TIFF", save_all=True, append_images=rest, compression="tiff_lzw",
                       dpi=(dpi, dpi))  # fmt: skip
            return buf.getvalue()
        img = pages[0][0]
        if fmt == "jpeg":
            return _encode(img, "jpeg", jpeg_quality)
        return _encode(img, "png", jpeg_quality)
    out = pymupdf.open()
    for img, rect in pages:
        page = out.new_page(width=rect.width, height=rect.height)
        page.insert_image(page.rect, stream=_encode(img, "jpeg", jpeg_quality))
    data = out.tobytes(garbage=3, deflate=True)
    out.close()
    return data
