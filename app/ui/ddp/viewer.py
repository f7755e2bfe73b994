"""The left side of the DDP: one page of the document at a time, rendered by
:mod:`app.ui.ddp.render`, with pages, zoom in/out, fit width and rotate. The boxes of the fields
the system read are drawn over the page (the focused field's box stronger); clicking a word or
dragging a box around words emits ``picked(text)`` so the focused field can be filled. Stored
boxes are in PyMuPDF's unrotated page space (PDF points, origin top-left of the page before its
/Rotate); :func:`app.ui.ddp.geometry.page_transform` places them on the page as shown, turned by
its /Rotate and the view rotation, and maps clicks back, so both work on any turned page.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QTransform
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QToolButton, QVBoxLayout, QWidget

from app.services.viewer import PageWords, word_at, words_in
from app.ui import theme
from app.ui.ddp.geometry import PageGeometry, page_transform
from app.ui.ddp.render import Renderer
from app.ui.widgets import label

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


class PageCanvas(QWidget):
    """Paints the page image and the read boxes; turns clicks and drags into stored points.

    ``transform`` maps stored (unrotated page) points to pixels of the image; the viewer sets it
    with every image and whenever the stored page size arrives.
    """

    clicked = Signal(float, float)
    boxed = Signal(float, float, float, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image: QImage | None = None
        self.zoom = 1.0
        self.rotation = 0
        self.transform = QTransform()
        self.boxes: list[tuple[str, tuple[float, float, float, float]]] = []
        self.focused: str | None = None
        self.message = ""
        self._start: QPoint | None = None
        self._rubber: QRect | None = None
        self.setMouseTracking(False)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def set_image(
        self,
        image: QImage | None,
        zoom: float,
        rotation: int,
        transform: QTransform | None = None,
    ) -> None:
        self.image, self.zoom, self.rotation = image, zoom, rotation
        self.transform = transform if transform is not None else QTransform.fromScale(zoom, zoom)
        self.message = ""
        size = image.size() if image is not None else self.size()
        self.setFixedSize(size)
        self.update()

    def to_widget(self, x: float, y: float) -> QPointF:
        """A stored point (unrotated page points) in widget pixels."""
        return self.transform.map(QPointF(x, y))

    def box_rect(self, box: tuple[float, float, float, float]) -> QRectF:
        """A stored box in widget pixels, as the upright rectangle it covers on screen."""
        x0, y0, x1, y1 = box
        return self.transform.mapRect(QRectF(QPointF(x0, y0), QPointF(x1, y1)).normalized())

    def highlight_rects(self) -> dict[str, QRectF]:
        """The drawn rectangle of every field box on this page, by field name."""
        return {name: self.box_rect(box).adjusted(-2, -2, 2, 2) for name, box in self.boxes}

    def _to_pdf(self, p: QPoint) -> tuple[float, float]:
        inverse, ok = self.transform.inverted()
        if not ok:
            return p.x() / self.zoom, p.y() / self.zoom
        point = inverse.map(QPointF(p))
        return point.x(), point.y()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.SURFACE))
        if self.image is None:
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.message)
            return
        painter.drawImage(0, 0, self.image)
        for name, rect in self.highlight_rects().items():
            strong = name == self.focused
            color = QColor(theme.ACCENT if strong else theme.WARNING)
            color.setAlpha(70 if strong else 35)
            painter.fillRect(rect, color)
            color.setAlpha(200)
            painter.setPen(QPen(color, 2 if strong else 1))
            painter.drawRect(rect)
        if self._rubber is not None:
            painter.setPen(QPen(QColor(theme.ACCENT), 1, Qt.PenStyle.DashLine))
            painter.drawRect(self._rubber)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.image is not None:
            self._start = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self._rubber = QRect(self._start, event.position().toPoint()).normalized()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None:
            return
        end = event.position().toPoint()
        start, self._start, self._rubber = self._start, None, None
        self.update()
        if (end - start).manhattanLength() < 4:
            self.clicked.emit(*self._to_pdf(end))
        else:
            self.boxed.emit(*self._to_pdf(start), *self._to_pdf(end))


class DocumentViewer(QWidget):
    """Toolbar + scrollable page; ``picked(text)`` when a word is clicked or boxed."""

    picked = Signal(str)
    page_shown = Signal(int, int)  # document id, page index

    def __init__(self, renderer: Renderer, parent: QWidget | None = None):
        super().__init__(parent)
        self.renderer = renderer
        self.doc_id: int | None = None
        self.page = 0
        self.page_count = 1
        self.zoom = 1.0
        self.fit = True
        self.rotation = 0
        self.words: dict[int, PageWords] = {}
        self._sizes: list[PageGeometry] | None = None
        self.field_boxes: dict[str, tuple[int, tuple[float, float, float, float]]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.buttons = {}
        for key, text, tip, slot in (
            ("prev", "◀", self.tr("Vorige pagina (Ctrl+PgUp)"), lambda: self.go_page(-1)),
            ("next", "▶", self.tr("Volgende pagina (Ctrl+PgDn)"), lambda: self.go_page(1)),
            ("out", "−", self.tr("Uitzoomen (Ctrl+-)"), lambda: self.step_zoom(-1)),
            ("in", "+", self.tr("Inzoomen (Ctrl++)"), lambda: self.step_zoom(1)),
            (
                "fit",
                self.tr("Paginabreedte"),
                self.tr("Passend op breedte (Ctrl+0)"),
                self.fit_width,
            ),
            ("rotate", "⟳", self.tr("Draaien"), self.rotate),
        ):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.buttons[key] = b
            bar.addWidget(b)
            if key == "next":
                self.page_label = label("", "hint")
                bar.addWidget(self.page_label)
                bar.addSpacing(12)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.canvas = PageCanvas()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setObjectName("documentScroll")
        layout.addWidget(self.scroll_area, 1)
        self.canvas.clicked.connect(self._clicked)
        self.canvas.boxed.connect(self._boxed)
        renderer.rendered.connect(self._rendered)
        renderer.failed.connect(self._failed)

    # -- showing --------------------------------------------------------------------------
    def show_document(self, doc_id: int) -> None:
        self.doc_id, self.page, self.rotation = doc_id, 0, 0
        self.words, self.field_boxes = {}, {}
        self.page_count, self._sizes = 1, None
        self.canvas.boxes = []
        self.canvas.set_image(None, self.zoom, 0)
        self.canvas.message = self.tr("Document laden…")
        self._request()

    def effective_zoom(self, page_width: float | None = None) -> float:
        if not self.fit:
            return self.zoom
        width = page_width or 595.0
        available = max(200, self.scroll_area.viewport().width() - 24)
        return round(max(0.4, min(3.0, available / width)), 2)

    def _request(self) -> None:
        if self.doc_id is None:
            return
        self.renderer.request(self.doc_id, self.page, self._zoom_for_request(), self.rotation)

    def _zoom_for_request(self) -> float:
        geometry = self.geometry_of(self.page)
        width = geometry.shown_size(self.rotation)[0] if geometry is not None else None
        return self.effective_zoom(width)

    def geometry_of(self, page: int) -> PageGeometry | None:
        """The shown PDF page's unrotated size and /Rotate, once the renderer has told."""
        sizes = self._sizes
        return sizes[page] if sizes and 0 <= page < len(sizes) else None

    def _transform(self, zoom: float, rotation: int) -> QTransform:
        """Stored points of the current page → pixels of its image at ``zoom``/``rotation``."""
        geometry = self.geometry_of(self.page)
        if geometry is None:
            return QTransform.fromScale(zoom, zoom)
        words = self.words.get(self.page)
        stored = (words.width, words.height) if words is not None else None
        return page_transform(geometry, rotation, zoom, stored)

    def _rendered(self, doc_id, page, zoom, rotation, sizes, image) -> None:
        if doc_id != self.doc_id or page != self.page or rotation != self.rotation:
            return
        self._sizes = sizes
        self.page_count = len(sizes)
        wanted = self._zoom_for_request()
        if abs(wanted - zoom) > 0.01 and self.fit:  # the page width is known now
            self.renderer.request(doc_id, page, wanted, rotation)
            if self.canvas.image is not None and self.canvas.zoom == wanted:
                return
        self.canvas.set_image(image, zoom, rotation, self._transform(zoom, rotation))
        self._update_boxes()
        self.page_label.setText(
            self.tr("Pagina %1 van %2")
            .replace("%1", str(page + 1))
            .replace("%2", str(self.page_count))
        )
        self.buttons["prev"].setEnabled(page > 0)
        self.buttons["next"].setEnabled(page < self.page_count - 1)
        self.page_shown.emit(doc_id, page)

    def _failed(self, doc_id: int, message: str) -> None:
        if doc_id == self.doc_id:
            self.canvas.set_image(None, self.zoom, 0)
            self.canvas.message = message
            self.canvas.setFixedSize(max(300, self.scroll_area.viewport().width() - 4), 200)

    def has_image(self) -> bool:
        return self.canvas.image is not None

    # -- navigation -----------------------------------------------------------------------
    def go_page(self, step: int) -> None:
        target = max(0, min(self.page_count - 1, self.page + step))
        if target != self.page:
            self.page = target
            self._request()

    def show_page(self, page: int) -> None:
        if page != self.page and 0 <= page < self.page_count:
            self.page = page
            self._request()

    def step_zoom(self, direction: int) -> None:
        current = self.canvas.zoom if self.fit else self.zoom
        bigger = [z for z in ZOOMS if z > current + 0.01]
        smaller = [z for z in ZOOMS if z < current - 0.01]
        self.zoom = (
            (bigger[0] if bigger else ZOOMS[-1])
            if direction > 0
            else (smaller[-1] if smaller else ZOOMS[0])
        )
        self.fit = False
        self._request()

    def fit_width(self) -> None:
        self.fit = True
        self._request()

    def rotate(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self._request()

    # -- fields and words -----------------------------------------------------------------
    def set_words(self, doc_id: int, pages) -> None:
        if doc_id == self.doc_id:
            self.words = {p.number - 1: p for p in pages}
            if self.canvas.image is not None:  # the stored page size may scale the boxes
                self.canvas.transform = self._transform(self.canvas.zoom, self.canvas.rotation)
                self.canvas.update()

    def set_field_boxes(self, fields: dict) -> None:
        self.field_boxes = {}
        for name, info in (fields or {}).items():
            if info and info.get("bbox") and info.get("page"):
                self.field_boxes[name] = (int(info["page"]) - 1, tuple(info["bbox"]))
        self._update_boxes()

    def focus_field(self, name: str | None) -> None:
        self.canvas.focused = name
        where = self.field_boxes.get(name or "")
        if where is not None and where[0] != self.page:
            self.show_page(where[0])
        self._update_boxes()
        if where is not None and where[0] == self.page and self.canvas.image is not None:
            centre = self.canvas.box_rect(where[1]).center()
            self.scroll_area.ensureVisible(int(centre.x()), int(centre.y()), 80, 80)

    def _update_boxes(self) -> None:
        self.canvas.boxes = [(n, box) for n, (p, box) in self.field_boxes.items() if p == self.page]
        self.canvas.update()

    def _clicked(self, x: float, y: float) -> None:
        page = self.words.get(self.page)
        word = word_at(page, x, y) if page else None
        if word is not None:
            self.picked.emit(word.text)

    def _boxed(self, x0: float, y0: float, x1: float, y1: float) -> None:
        page = self.words.get(self.page)
        text = words_in(page, x0, y0, x1, y1) if page else ""
        if text:
            self.picked.emit(text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit and self.canvas.image is not None:
            self._request()
