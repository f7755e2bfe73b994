"""The PDF that goes along with a booking: the document's own pages from the stored file, an
image turned into a PDF, or an e-invoice without a PDF rendered as a readable one."""

from __future__ import annotations

from pathlib import PurePath

import pymupdf
from sqlalchemy.orm import Session

from app.connectors.base import Attachment
from app.models import Document
from app.services.context import AppContext
from app.services.store import FileStore


def document_pdf(app: AppContext, doc: Document) -> tuple[str, bytes] | None:
    """(file name, PDF bytes) of the document as a person sees it."""
    rf = doc.received_file
    if rf is None:
        return None
    data = FileStore(app.paths.store).read(rf.sha256)
    stem = PurePath(rf.original_name).stem or f"document-{doc.id}"
    if data[:5] == b"%PDF-":
        if doc.page_from and doc.page_to:
            with pymupdf.open(stream=data, filetype="pdf") as src:
                if (doc.page_from, doc.page_to) != (1, src.page_count):
                    from app.pipeline.intake_read import pdf_pages

                    return f"{stem}-p{doc.page_from}-{doc.page_to}.pdf", pdf_pages(
                        data, doc.page_from, doc.page_to
                    )
        return f"{stem}.pdf", data
    if doc.source in ("ubl", "cii"):
        from app.pipeline.extract import render_einvoice_pdf
        from app.services.corrections import document_invoice

        return f"{stem}.pdf", render_einvoice_pdf(document_invoice(doc))
    try:
        with pymupdf.open(stream=data) as img:
            return f"{stem}.pdf", img.convert_to_pdf()
    except Exception:  # noqa: BLE001 - not an image PyMuPDF knows: send nothing rather than fail
        return None


def attachment_for(app: AppContext, s: Session, doc: Document) -> Attachment | None:
    pdf = document_pdf(app, doc)
    return Attachment(pdf[0], pdf[1]) if pdf else None
