"""Where a stored word or field box lands on the rendered page, and back, for the DDP viewer.

Stored boxes (the reader's words and field boxes) are in the *unrotated* page space of PyMuPDF:
PDF points, origin at the top left of the page's crop box as it is before its ``/Rotate`` is
applied, exactly as ``page.get_text("words")`` returns them. The viewer shows the page turned by
its own ``/Rotate`` and then by the user's view rotation (both clockwise, as PyMuPDF renders
``get_pixmap(matrix=Matrix(zoom, zoom).prerotate(view))``), scaled by the zoom. One
:class:`PySide6.QtGui.QTransform` maps stored points to widget pixels; its inverse turns a click
or a dragged box back into stored points.

When the stored page size differs from the shown PDF page (an image turned into a PDF at another
resolution than the reader assumed), the boxes are scaled to the shown page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTransform


@dataclass(frozen=True)
class PageGeometry:
    """One PDF page as the renderer found it: its unrotated size in points and its /Rotate."""

    width: float  # unrotated (crop box) width in points
    height: float  # unrotated (crop box) height in points
    rotation: int = 0  # the page's own /Rotate: 0, 90, 180 or 270 (clockwise)

    def turned(self, view_rotation: int) -> int:
        """The total clockwise turn of the shown page: its /Rotate plus the view rotation."""
        return (self.rotation + view_rotation) % 360

    def shown_size(self, view_rotation: int = 0) -> tuple[float, float]:
        """Width and height in points of the page as shown at ``view_rotation``."""
        if self.turned(view_rotation) in (90, 270):
            return self.height, self.width
        return self.width, self.height


def _same_size(a: tuple[float, float], b: tuple[float, float], tolerance: float = 1.5) -> bool:
    return abs(a[0] - b[0]) <= tolerance and abs(a[1] - b[1]) <= tolerance


def stored_scale(geometry: PageGeometry, stored: tuple[float, float] | None) -> tuple[float, float]:
    """Factors from stored points to the shown page's points (1, 1 when the sizes agree).

    The stored size may be given either unrotated or as the page is shown with its /Rotate;
    both count as agreeing. Otherwise (an image page read at another resolution than the one it
    was turned into a PDF at) the stored size is taken as unrotated and scaled per axis.
    """
    if not stored or stored[0] <= 0 or stored[1] <= 0:
        return 1.0, 1.0
    own = (geometry.width, geometry.height)
    if _same_size(stored, own) or _same_size(stored, (own[1], own[0])):
        return 1.0, 1.0
    return geometry.width / stored[0], geometry.height / stored[1]


def page_transform(
    geometry: PageGeometry,
    view_rotation: int,
    zoom: float,
    stored: tuple[float, float] | None = None,
) -> QTransform:
    """Stored (unrotated page) points → pixels of the page image rendered at ``zoom``.

    Args:
        geometry: the page as the renderer found it.
        view_rotation: the user's rotation of the view, 0/90/180/270 clockwise.
        zoom: pixels per point of the rendered image.
        stored: the page size stored with the words, to scale boxes when it differs.
    """
    sx, sy = stored_scale(geometry, stored)
    w, h, z = geometry.width, geometry.height, zoom
    turn = geometry.turned(view_rotation)
    # QTransform(m11, m12, m21, m22, dx, dy): x' = m11*x + m21*y + dx, y' = m12*x + m22*y + dy
    if turn == 90:
        rotate = QTransform(0, z, -z, 0, z * h, 0)
    elif turn == 180:
        rotate = QTransform(-z, 0, 0, -z, z * w, z * h)
    elif turn == 270:
        rotate = QTransform(0, -z, z, 0, 0, z * w)
    else:
        rotate = QTransform(z, 0, 0, z, 0, 0)
    return QTransform.fromScale(sx, sy) * rotate  # scale first, then turn and zoom
