"""Reading one received file for intake: extract it and, when a PDF holds several invoices,
split it into page ranges and read each range as its own invoice.

Runs in a worker process (see :func:`app.pipeline.batch.extract_many`); returns plain data.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from app.pipeline.extract import ExtractionResult, extract_bytes, extract_file
from app.pipeline.invoice import InvoiceData
from app.pipeline.limits import DEFAULT_LIMITS, Limits
from app.pipeline.processing_types import AdminIdentity
from app.pipeline.splitting import PageRange, split_pages


@dataclass
class ReadPart:
    first_page: int | None
    last_page: int | None
    invoice: InvoiceData
    split_reason: str | None = None


@dataclass
class IntakeRead(ExtractionResult):
    """An extraction result plus the documents found in the file (one unless split)."""

    parts: list[ReadPart] = field(default_factory=list)


def pdf_pages(data: bytes, first: int, last: int) -> bytes:
    """A new PDF holding pages ``first``..``last`` (1-based, inclusive) of ``data``."""
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as src, pymupdf.open() as out:
        out.insert_pdf(src, from_page=first - 1, to_page=last - 1)
        return out.tobytes(garbage=3, deflate=True)


def read_for_intake(
    path: str | Path, *, limits: Limits = DEFAULT_LIMITS, identity: AdminIdentity | None = None
) -> IntakeRead:
    start = time.perf_counter()
    result = extract_file(path, limits=limits)
    out = IntakeRead(result.file, result.status, result.error, result.seconds, result.invoice)
    if not result.ok or result.invoice is None:
        return out
    inv = result.invoice
    ranges: list[PageRange] = []
    if inv.source in ("text", "ocr") and (inv.pages or 0) > 1 and inv.page_texts:
        ranges = split_pages(inv.page_texts, identity)
    if len(ranges) <= 1:
        out.parts = [ReadPart(1 if inv.pages else None, inv.pages, inv)]
        return out
    data = Path(path).read_bytes()
    for r in ranges:
        part = extract_bytes(pdf_pages(data, r.first, r.last), Path(path).name, limits=limits)
        if part.ok and part.invoice is not None:
            out.parts.append(ReadPart(r.first, r.last, part.invoice, r.reason))
        else:  # keep the pages as a document of their own; the reviewer sees the error
            out.parts.append(
                ReadPart(
                    r.first,
                    r.last,
                    InvoiceData(source=inv.source, pages=r.last - r.first + 1),
                    f"{r.reason}; {part.error}",
                )
            )
    out.seconds = time.perf_counter() - start
    return out
