"""The screenshot command's screens of issue 7: ``hub-received``, ``hub-review``, ``hub-export``,
``hub-errors``, ``hub-archive`` (the Document Hub on that tab) and ``ddp`` (the document
detail page on :data:`DDP_DOC`, set by ``screenshot --doc``, default the first document in
review). Each waits until the background loads and the page renders have arrived.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPixmap

from app.errors import UserFacingError
from app.ui.ddp.render import wait_for_renders
from app.ui.hub.page import HubPage
from app.ui.hub.review_tab import ReviewTab
from app.ui.hub.tabs import ErrorsTab
from app.ui.main_window import MainWindow
from app.ui.screens import register_screen, settle, window_on

DDP_DOC: int | None = None


def _admin(session, admin):
    if admin is not None:
        return admin
    admins = session.services.administrations.list()
    if not admins:
        raise UserFacingError("Er is nog geen administratie; maak eerst de demo aan.")
    return admins[0]


def _settled(window) -> None:
    for _ in range(4):
        settle(window)
        wait_for_renders()
    settle(window)


def _grab(window) -> QPixmap:
    _settled(window)
    pixmap = window.grab()
    window.hide()
    window.deleteLater()
    return pixmap


def _hub_page(window: MainWindow) -> HubPage:
    page = window.page_widget()
    if not isinstance(page, HubPage):
        raise RuntimeError(f"expected the Document Hub, the window shows {type(page).__name__}")
    return page


def _review_tab(page: HubPage) -> ReviewTab:
    tab = page.tab_widgets["review"]
    if not isinstance(tab, ReviewTab):
        raise RuntimeError(f"expected the review tab, found {type(tab).__name__}")
    return tab


def _hub_tab(key: str):
    def render(session, admin, size: QSize) -> QPixmap:
        window = window_on(session, "hub", _admin(session, admin), size)
        page = _hub_page(window)
        page.show_tab(key)
        _settled(window)
        tab = page.tab_widgets[key]
        if (
            isinstance(tab, ErrorsTab)
            and tab.relation_model.rowCount() + tab.document_model.rowCount()
        ):
            tab._view().selectRow(0)
        return _grab(window)

    return render


def _ddp(session, admin, size: QSize) -> QPixmap:
    if DDP_DOC is not None and admin is None:  # the document's own administration
        detail = session.services.documents.show(DDP_DOC)
        admin = session.services.administrations.get(detail.administration_id)
    admin = _admin(session, admin)
    window = window_on(session, "hub", admin, size)
    page = _hub_page(window)
    page.show_tab("review")
    _settled(window)
    ids = _review_tab(page).all_ids()
    if DDP_DOC is not None:
        detail = session.services.documents.show(DDP_DOC)
        if detail.administration_id != admin.id:
            window.hide()
            window.deleteLater()
            raise UserFacingError(
                f"Document {DDP_DOC} hoort niet bij {admin.code}; "
                f"geef --admin {detail.administration_code} op."
            )
        ids = ids if DDP_DOC in ids else [DDP_DOC]
        index = ids.index(DDP_DOC)
    else:
        index = 0
    if not ids:
        window.hide()
        window.deleteLater()
        raise UserFacingError(f"Er wacht geen document op review in {admin.code}.")
    page.open_document(
        ids,
        index,
        read_only=DDP_DOC is not None and DDP_DOC not in _review_tab(page).all_ids(),
    )
    return _grab(window)


for _key in ("received", "review", "export", "errors", "archive"):
    register_screen(f"hub-{_key}", _hub_tab(_key))
register_screen("ddp", _ddp)
