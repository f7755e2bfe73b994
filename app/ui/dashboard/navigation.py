"""Where a dashboard link goes: :func:`open_target` turns a :class:`Target` into navigation of
the main window — choose the administration, then show its document hub at the right tab and
select the document the link is about (the Exportfouten tab selects its row), or the
Verwerkingsinstellingen page for ``settings``; ``administrations`` shows the office's
Administraties page with that administration selected (sync it, fix its KvK number). A document target asks the window to open
the DDP (``MainWindow.open_document`` if the window offers it, else the hub's
``open_document``); ``document_requested(document_id)`` is emitted either way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.services.dashboard_types import Target

HUB = "hub"
SETTINGS_PAGE = "processing-settings"
ADMINISTRATIONS_PAGE = "administrations"
# the dashboard's tab names → the keys of the document hub's tabs
HUB_TABS = {"export_errors": "errors"}


class Navigator(QObject):
    """Opens targets in ``window`` (a :class:`MainWindow`); remembers where it landed."""

    document_requested = Signal(int)  # document id, for the DDP

    def __init__(self, window, parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.landed: tuple[str | None, int | None, str | None, int | None] | None = None

    def _administration(self, admin_id: int):
        admin = next((a for a in self.window.admins if a.id == admin_id), None)
        if admin is None:  # the window's list is not loaded yet
            admin = self.window.session.services.administrations.get(admin_id)
        return admin

    def open_target(self, target: Target) -> QWidget | None:
        """Navigate to ``target``; returns the page shown (None when not allowed)."""
        if target.tab == ADMINISTRATIONS_PAGE:  # the office's list, that administration chosen
            page = self.window.show_page(ADMINISTRATIONS_PAGE)
            select = getattr(page, "select_administration", None)
            if callable(select):
                select(target.administration_id)
            self.landed = (ADMINISTRATIONS_PAGE, target.administration_id, target.tab, None)
            return page
        admin = self._administration(target.administration_id)
        self.window.current_key = None
        self.window.choose_administration(admin)
        if target.kind == "document" and target.document_id is not None:
            return self._open_document(admin, target.document_id)
        key = SETTINGS_PAGE if target.tab == "settings" else HUB
        page = self.window.show_page(key)
        if key == HUB:
            self._ask_tab(page, target.tab, target.document_id)
        self.landed = (key, admin.id, target.tab, target.document_id)
        return page

    def _open_document(self, admin, document_id: int) -> QWidget | None:
        """The DDP of ``document_id``: the window's opener, else the hub's, else a signal."""
        self.document_requested.emit(document_id)
        opener = getattr(self.window, "open_document", None)
        if callable(opener):
            opener(document_id)
            self.landed = ("document", admin.id, None, document_id)
            return self.window.page_widget()
        page = self.window.show_page(HUB)
        hub_opener = getattr(page, "open_document", None)
        if callable(hub_opener):
            hub_opener([document_id], 0)
            self.landed = ("document", admin.id, None, document_id)
        else:
            self.landed = (HUB, admin.id, None, document_id)
        return page

    @staticmethod
    def _ask_tab(page: QWidget | None, tab: str | None, document_id: int | None) -> None:
        """The hub opens ``tab`` (and selects the document) when it offers ``show_tab``."""
        key = HUB_TABS.get(tab or "", tab)
        show_tab = getattr(page, "show_tab", None)
        known = getattr(page, "tab_widgets", None)
        if callable(show_tab) and key and (known is None or key in known):
            show_tab(key)
        select = getattr(page, "select_document", None)
        if callable(select) and document_id is not None:
            select(document_id)
