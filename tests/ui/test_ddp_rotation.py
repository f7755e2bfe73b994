"""The DDP viewer on turned pages: the read fields' highlights land on their words, and clicking a
word or dragging a box around words fills the focused field, for every view rotation (the rotate
button) on a page without and with a /Rotate attribute. The expected places come from PyMuPDF
itself (the word's box through the page's rotation matrix and the render matrix, relative to the
rendered pixmap) and from the ink in the rendered image, not from the viewer's own transform.
"""

from __future__ import annotations

import pymupdf
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from test_hub_support import open_hub
from ui_demo import BEHEERDER

from app.ui.ddp.geometry import PageGeometry, page_transform
from app.ui.ddp.render import page_geometry, pending_renders

VIEW_ROTATIONS = (0, 90, 180, 270)


def invoice_pdf(seed: int, rotation: int) -> tuple[bytes, dict]:
    """The first page of a generated BAK invoice, carrying ``/Rotate rotation``, and its truth."""
    from app.samples.generator import generate_invoice
    from app.samples.office import demo_administrations
    from app.services.demo_documents import RECENT

    bak = demo_administrations()[0]
    g = generate_invoice(
        seed, supplier=bak.suppliers[seed % 8], customer=bak.company, date_range=RECENT
    )
    with pymupdf.open(stream=g.pdf, filetype="pdf") as pdf:
        pdf.select([0])  # one page, so focusing a field never turns the page
        pdf[0].set_rotation(rotation)
        return pdf.tobytes(), g.truth


def expected_rect(page: pymupdf.Page, box, zoom: float, view: int) -> QRectF:
    """Where PyMuPDF draws an unrotated-page box in the image rendered at ``zoom``/``view``."""
    matrix = pymupdf.Matrix(zoom, zoom).prerotate(view)
    pix = page.get_pixmap(matrix=matrix, alpha=False)
    r = pymupdf.Rect(box) * page.rotation_matrix * matrix
    return QRectF(r.x0 - pix.x, r.y0 - pix.y, r.width, r.height)


def ink(image: QImage, rect: QRectF) -> int:
    """Dark pixels of ``image`` inside ``rect``."""
    r = rect.toAlignedRect().intersected(image.rect())
    return sum(
        image.pixelColor(x, y).lightness() < 170
        for x in range(r.left(), r.right() + 1)
        for y in range(r.top(), r.bottom() + 1)
    )


def close(a: QRectF, b: QRectF, tolerance: float) -> bool:
    return all(
        abs(p - q) <= tolerance
        for p, q in zip(
            (a.left(), a.top(), a.right(), a.bottom()),
            (b.left(), b.top(), b.right(), b.bottom()),
            strict=True,
        )
    )


def settled_at(viewer, view: int):
    """Wait until the page is shown at ``view`` at its final (fit-width) zoom."""

    def done() -> bool:
        canvas = viewer.canvas
        return (
            canvas.image is not None
            and canvas.rotation == view
            and pending_renders() == 0
            and abs(canvas.zoom - viewer._zoom_for_request()) < 0.01
        )

    return done


@pytest.mark.parametrize("page_rotation", [0, 90])
def test_highlights_clicks_and_boxes_follow_rotation(
    page_rotation, demo_app, services_as, window_as, settle, qtbot, tmp_path
):
    services = services_as(BEHEERDER)
    data, truth = invoice_pdf(3, page_rotation)
    path = tmp_path / f"gedraaid-{page_rotation}.pdf"
    path.write_bytes(data)
    services.intake.take_in("BAK", [path])
    [doc_id] = services.processing.process_pending("BAK").documents
    fields = services.documents.show(doc_id).read["fields"]
    number_box = fields["invoice_number"]["bbox"]
    supplier_box = fields["supplier.name"]["bbox"]

    pdf = pymupdf.open(stream=data, filetype="pdf")
    page = pdf[0]
    assert page.rotation == page_rotation
    words = page.get_text("words")
    [number_word] = [w for w in words if w[4] == truth["invoice_number"]]
    inside = pymupdf.Rect(supplier_box)
    supplier_words = [w for w in words if pymupdf.Rect(w[:4]).intersects(inside)]
    assert len(supplier_words) >= 2  # a box around more than one word

    hub = open_hub(window_as(), settle)
    ddp = hub.open_document([doc_id], 0)
    viewer = ddp.viewer
    qtbot.waitUntil(lambda: ddp.detail is not None and viewer.has_image(), timeout=15_000)
    qtbot.waitUntil(lambda: bool(viewer.words), timeout=10_000)
    settle()
    assert viewer.geometry_of(0) == page_geometry(page)
    field = ddp.fields.edits["payment_reference"]
    field.setFocus()
    qtbot.waitUntil(lambda: ddp.fields.focused_name == "payment_reference")

    for view in VIEW_ROTATIONS:
        if view:
            viewer.buttons["rotate"].click()
        qtbot.waitUntil(settled_at(viewer, view), timeout=10_000)
        canvas = viewer.canvas
        zoom, image = canvas.zoom, canvas.image
        where = f"page /Rotate {page_rotation}, view {view}"

        # (1) the highlight of the invoice number lies over the printed number
        word_rect = expected_rect(page, number_word[:4], zoom, view)
        assert ink(image, word_rect) >= 12, where
        highlight = canvas.highlight_rects()["invoice_number"]
        assert close(highlight, expected_rect(page, number_box, zoom, view), 2 + 1.5), where
        assert highlight.contains(word_rect.center()), where
        for name, rect in canvas.highlight_rects().items():
            box = fields[name]["bbox"]
            assert close(rect, expected_rect(page, box, zoom, view), 3.5), (where, name)

        # (2) a click on the number fills the focused field with it
        field.setText("")
        centre = word_rect.center()
        qtbot.mouseClick(
            canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(centre.x()), round(centre.y()))
        )
        assert field.text() == truth["invoice_number"], where

        # ... and a box dragged around the supplier's name fills it with those words
        field.setText("")
        box = QRectF()
        for w in supplier_words:
            box = box.united(expected_rect(page, w[:4], zoom, view))
        box.adjust(-3, -3, 3, 3)
        start, end = box.topLeft().toPoint(), box.bottomRight().toPoint()
        if view in (90, 270):  # drag from another corner too: the box is normalised
            start, end = box.bottomLeft().toPoint(), box.topRight().toPoint()
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(canvas, pos=end)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
        assert field.text() == " ".join(w[4] for w in supplier_words), where
        assert ddp.fields.focused_name == "payment_reference"
    pdf.close()


@pytest.mark.parametrize("page_rotation", [0, 90, 180, 270])
def test_transform_matches_pymupdf_rendering(page_rotation):
    """Every page /Rotate × view rotation, with a crop box off the origin and a zoom."""
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    page.insert_text((120, 150), "Factuurnummer", fontsize=14)
    page.set_cropbox(pymupdf.Rect(20, 30, 560, 800))
    page.set_rotation(page_rotation)
    [word] = page.get_text("words")
    geometry = page_geometry(page)
    assert geometry.rotation == page_rotation
    for view in VIEW_ROTATIONS:
        for zoom in (1.0, 1.37):
            transform = page_transform(geometry, view, zoom, (page.rect.width, page.rect.height))
            x0, y0, x1, y1 = word[:4]
            got = transform.mapRect(QRectF(QPointF(x0, y0), QPointF(x1, y1)))
            assert close(got, expected_rect(page, word[:4], zoom, view), 1.0), (view, zoom)
            back, ok = transform.inverted()
            assert ok
            centre = back.map(got.center())
            assert abs(centre.x() - (x0 + x1) / 2) < 0.01
            assert abs(centre.y() - (y0 + y1) / 2) < 0.01


def test_boxes_scale_to_an_image_page_of_another_size():
    """An image read as 595 x 842 points but shown as a PDF page of 1240.5 x 1754.25."""
    geometry = PageGeometry(1240.5, 1754.25, 0)
    transform = page_transform(geometry, 0, 0.5, (595.4, 842.0))
    corner = transform.map(QPointF(595.4, 842.0))
    assert abs(corner.x() - 1240.5 * 0.5) < 0.01 and abs(corner.y() - 1754.25 * 0.5) < 0.01
    same = page_transform(PageGeometry(595, 842, 90), 0, 1.0, (842, 595))  # stored turned: fine
    assert same.map(QPointF(0, 0)) == QPointF(842, 0)
