"""Limits that keep a hostile or broken file from hanging or exhausting the reader.

Every reader takes a :class:`Limits`; exceeding one raises :class:`ReadError` with a clear message,
which the caller reports for that one file.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import UserFacingError


class ReadError(UserFacingError):
    """A file could not be read; the message says why in words a user understands."""


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * 1024 * 1024
    max_pages: int = 200
    max_ocr_pages: int = 30
    max_image_pixels: int = 60_000_000  # e.g. 7750 x 7750
    max_xml_bytes: int = 20 * 1024 * 1024
    seconds_per_file: float = 120.0
    ocr_dpi: int = 300


DEFAULT_LIMITS = Limits()
