"""What the document detail page shows on its left side: the document's PDF as a person sees it
(its own pages, an image turned into a PDF, or an e-invoice rendered as a readable PDF, via
:func:`app.services.export_payload.document_pdf`) and the words stored with the document per
page, with their boxes in PDF points (origin top-left), so a click on a word or a dragged box
can fill a field. Reading needs only the document's administration to be visible. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import NotFound
from app.pipeline.invoice import page_texts_from_json
from app.services.context import BaseService
from app.services.documents import DocumentService
from app.services.export_payload import document_pdf


@dataclass(frozen=True)
class PageWord:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class PageWords:
    number: int  # 1-based, relative to the document's own pages
    width: float
    height: float
    words: tuple[PageWord, ...]


class ViewerService(BaseService):
    def pdf(self, doc_id: int) -> tuple[str, bytes]:
        """(file name, PDF bytes) of the document (the administration must be visible)."""
        with self.tx() as s:
            doc = DocumentService(self.app, self.actor).load(s, doc_id)
            found = document_pdf(self.app, doc)
        if found is None:
            raise NotFound(f"Van document {doc_id} is geen weer te geven bestand bewaard.")
        return found

    def words(self, doc_id: int) -> tuple[PageWords, ...]:
        """The words read from each page of the document, with their boxes."""
        with self.tx() as s:
            doc = DocumentService(self.app, self.actor).load(s, doc_id)
            raw = (doc.extraction or {}).get("page_texts")
        return tuple(
            PageWords(
                p.number, p.width, p.height, tuple(PageWord(w.text, *w.bbox) for w in p.words)
            )
            for p in page_texts_from_json(raw)
        )


def words_in(page: PageWords, x0: float, y0: float, x1: float, y1: float) -> str:
    """The words whose centre lies inside the box, in reading order, joined by spaces."""
    left, right = min(x0, x1), max(x0, x1)
    top, bottom = min(y0, y1), max(y0, y1)
    inside = [
        w
        for w in page.words
        if left <= (w.x0 + w.x1) / 2 <= right and top <= (w.y0 + w.y1) / 2 <= bottom
    ]
    inside.sort(key=lambda w: (round(w.y0 / 4), w.x0))
    return " ".join(w.text for w in inside)


def word_at(page: PageWords, x: float, y: float, margin: float = 1.5) -> PageWord | None:
    """The word under the point (in PDF points), if any."""
    for w in page.words:
        if w.x0 - margin <= x <= w.x1 + margin and w.y0 - margin <= y <= w.y1 + margin:
            return w
    return None
