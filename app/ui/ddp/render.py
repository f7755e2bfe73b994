"""Rendering document pages for the viewer in one dedicated worker thread.

PyMuPDF objects must not be shared across threads, so every open document lives in
``_docs`` and is touched only by tasks on ``_pool``, a thread pool of exactly one thread that
never expires. A task loads the PDF through :class:`app.services.viewer.ViewerService`, renders
a page at a zoom and rotation into a ``QImage`` (safe to create off the GUI thread) and hands it
back through a signal, with every page's :class:`~app.ui.ddp.geometry.PageGeometry` (unrotated
size and /Rotate), so the viewer can place the stored word boxes on the turned page. The
:class:`Renderer` keeps the recent images on the GUI side, so prefetching the next document's
first page makes "next" instant.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import pymupdf
import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from app.ui.ddp.geometry import PageGeometry
from app.ui.service_text import error_text

_pool = QThreadPool()
_pool.setMaxThreadCount(1)
_pool.setExpiryTimeout(-1)
_docs: OrderedDict[tuple[str, int], pymupdf.Document] = OrderedDict()  # worker thread only
MAX_OPEN = 6
_pending = 0


def pending_renders() -> int:
    """Render tasks started and not yet delivered (the screenshot command waits on these)."""
    return _pending


def wait_for_renders(timeout_ms: int = 10_000) -> None:
    import time

    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout_ms / 1000
    while _pending and time.monotonic() < deadline:
        _pool.waitForDone(20)
        QCoreApplication.processEvents()


def _open(source: str, doc_id: int, load_pdf: Callable[[int], tuple[str, bytes]]):
    key = (source, doc_id)  # document ids are only unique within one database
    doc = _docs.get(key)
    if doc is None:
        _name, data = load_pdf(doc_id)
        doc = pymupdf.open(stream=data, filetype="pdf")
        _docs[key] = doc
        while len(_docs) > MAX_OPEN:
            _docs.popitem(last=False)[1].close()
    else:
        _docs.move_to_end(key)
    return doc


def page_geometry(page: pymupdf.Page) -> PageGeometry:
    """The page's unrotated size in points and its /Rotate (what stored boxes are relative to)."""
    unrotated = page.rect * page.derotation_matrix
    return PageGeometry(abs(unrotated.width), abs(unrotated.height), page.rotation % 360)


def _render(
    source: str,
    doc_id: int,
    page: int,
    zoom: float,
    rotation: int,
    load_pdf: Callable[[int], tuple[str, bytes]],
) -> tuple[int, list[PageGeometry], QImage]:
    doc = _open(source, doc_id, load_pdf)
    sizes = [page_geometry(p) for p in doc]
    page = max(0, min(page, doc.page_count - 1))
    pix = doc[page].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom).prerotate(rotation), alpha=False)
    image = QImage(
        pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888
    ).copy()
    return page, sizes, image


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.fn, self.signals = fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - shown in the viewer as its message
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Renderer(QObject):
    """``rendered(doc_id, page, zoom, rotation, sizes, image)`` or ``failed(doc_id, message)``.

    ``sizes`` holds a :class:`PageGeometry` per page of the document; ``rotation`` is the view's.
    """

    rendered = Signal(int, int, float, int, object, object)
    failed = Signal(int, str)

    def __init__(self, load_pdf: Callable[[int], tuple[str, bytes]], source: str = "", parent=None):
        super().__init__(parent)
        self.load_pdf = load_pdf
        self.source = source  # which database the ids belong to
        self.cache: OrderedDict[tuple, tuple[list, QImage]] = OrderedDict()
        self._asked: set[tuple] = set()
        self._live: set[_Signals] = set()

    def cached(self, doc_id: int, page: int, zoom: float, rotation: int):
        return self.cache.get((doc_id, page, round(zoom, 3), rotation))

    def request(self, doc_id: int, page: int, zoom: float, rotation: int) -> bool:
        """Render (or deliver from the cache at once); True when it was cached."""
        key = (doc_id, page, round(zoom, 3), rotation)
        hit = self.cache.get(key)
        if hit is not None:
            self.cache.move_to_end(key)
            self.rendered.emit(doc_id, page, zoom, rotation, hit[0], hit[1])
            return True
        if key in self._asked:
            return False
        self._asked.add(key)
        global _pending
        _pending += 1
        signals = _Signals()
        self._live.add(signals)
        load, source = self.load_pdf, self.source

        def finish() -> None:
            global _pending
            _pending -= 1
            self._asked.discard(key)
            self._live.discard(signals)
            signals.deleteLater()

        def done(result) -> None:
            finish()
            if not shiboken6.isValid(self):
                return
            real_page, sizes, image = result
            self.cache[(doc_id, real_page, round(zoom, 3), rotation)] = (sizes, image)
            while len(self.cache) > 40:
                self.cache.popitem(last=False)
            self.rendered.emit(doc_id, real_page, zoom, rotation, sizes, image)

        def failed(exc) -> None:
            finish()
            if shiboken6.isValid(self):
                self.failed.emit(doc_id, error_text(exc))

        signals.done.connect(done)
        signals.failed.connect(failed)
        _pool.start(_Task(lambda: _render(source, doc_id, page, zoom, rotation, load), signals))
        return False
