"""Recognise a delivered file by its content (magic bytes), never by its name.

:func:`sniff` says whether the bytes are a PDF, an image (PNG, JPEG, TIFF, GIF, BMP, WebP) or
XML; :func:`image_size` reads an image's width and height from its header without decoding any
pixels, so a decompression bomb (a tiny file declaring 20000×20000 pixels) is refused before
Pillow allocates memory for it. Pure functions over bytes; nothing here opens a file.
"""

from __future__ import annotations

import io
import struct
import warnings

from app.pipeline.einvoice import looks_like_xml

PDF, IMAGE, XML, UNKNOWN = "pdf", "image", "xml", "unknown"

IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpeg",
    b"II*\x00": "tiff",
    b"MM\x00*": "tiff",
    b"GIF87a": "gif",
    b"GIF89a": "gif",
    b"BM": "bmp",
}
IMAGE_SUFFIX = {
    "png": ".png",
    "jpeg": ".jpg",
    "tiff": ".tif",
    "gif": ".gif",
    "bmp": ".bmp",
    "webp": ".webp",
}


def image_format(data: bytes) -> str | None:
    for magic, fmt in IMAGE_MAGIC.items():
        if data.startswith(magic):
            return fmt
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def sniff(data: bytes) -> str:
    """``pdf``, ``image``, ``xml`` or ``unknown`` from the first bytes."""
    # The PDF header may be preceded by junk; readers accept it within the first 1024 bytes.
    if b"%PDF-" in data[:1024]:
        return PDF
    if image_format(data):
        return IMAGE
    if looks_like_xml(data):
        return XML
    return UNKNOWN


def looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def image_size(data: bytes) -> tuple[int, int] | None:
    """``(width, height)`` from the header, or ``None`` when the header cannot be read."""
    fmt = image_format(data)
    try:
        if fmt == "png" and data[12:16] == b"IHDR":
            return struct.unpack(">II", data[16:24])
        if fmt == "gif":
            return struct.unpack("<HH", data[6:10])
        if fmt == "bmp":
            w, h = struct.unpack("<ii", data[18:26])
            return abs(w), abs(h)
        if fmt == "jpeg":
            return _jpeg_size(data)
    except struct.error:
        return None
    return _pillow_size(data)


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    pos = 2
    while pos + 9 < len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker in _SOF:
            h, w = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return w, h
        pos += 2 + length
    return None


def _pillow_size(data: bytes) -> tuple[int, int] | None:
    """TIFF and WebP: Pillow reads only the header on ``open``; the bomb check is ours."""
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as img:
                return img.size
        except Image.DecompressionBombError:
            raise  # refused at twice Pillow's own limit before the size can be asked
        except Exception:
            return None


def frame_sizes(data: bytes, cap: int) -> list[tuple[int, int]]:
    """Sizes of the frames (pages) of a multi-page TIFF/GIF/WebP, at most ``cap`` of them.

    Seeking reads only each frame's header, so a 10 000-page TIFF or a huge second page is
    noticed without decoding anything.
    """
    from PIL import Image

    sizes: list[tuple[int, int]] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(io.BytesIO(data)) as img:
            while len(sizes) < cap:
                sizes.append(img.size)
                try:
                    img.seek(img.tell() + 1)
                except EOFError:
                    break
    return sizes
