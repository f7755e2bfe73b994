"""The Document Hub page (key ``hub``) of the chosen administration: the tabs Ontvangen
bestanden, Review, Exporteren, Exportfouten and Archief, and — in the same place — the document
detail page opened from them (Esc or "Terug" returns to the tabs). Files dropped on the page
are taken in (origin ``drag_drop``). The page reloads the visible tab when ``queue_changed`` or
``document_changed`` arrive, and the other tabs when they are shown next.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget

from app.services.dto import AdministrationDTO
from app.services.permissions import Right
from app.ui.dropzone import accept_drag, deliveries, dropped_paths
from app.ui.folder_watch import folder_problems
from app.ui.hub.review_tab import ReviewTab
from app.ui.hub.tabs import ErrorsTab, ExportTab, ReceivedTab, RecentArchiveTab
from app.ui.pages.base import Page
from app.ui.registry import ADMINISTRATION, PageSpec, register_page
from app.ui.session import UiSession
from app.ui.widgets import icon

TAB_KEYS = ("received", "review", "export", "errors", "archive")

HubTab = ReceivedTab | ReviewTab | ExportTab | ErrorsTab | RecentArchiveTab

if TYPE_CHECKING:
    from app.ui.ddp.page import DocumentDetailPage


class HubPage(Page):
    administration: AdministrationDTO  # the hub always belongs to one administration

    def __init__(self, session: UiSession, administration: AdministrationDTO):
        super().__init__(session, administration)
        self.setObjectName("hubPage")
        self.setAcceptDrops(True)
        self.admin_id = administration.id
        self.set_header(self.tr("Document Hub"), administration.name)
        self.stack = QStackedWidget()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tab_widgets: dict[str, HubTab] = {}
        reviewer = session.can(Right.REVIEW_DOCUMENTS)
        archive = session.can(Right.ACCESS_ARCHIVE)
        specs: list[tuple[str, type[HubTab], str, bool]] = [
            ("received", ReceivedTab, self.tr("Ontvangen bestanden"), True),
            ("review", ReviewTab, self.tr("Review"), reviewer),
            ("export", ExportTab, self.tr("Exporteren"), reviewer),
            ("errors", ErrorsTab, self.tr("Exportfouten"), reviewer),
            ("archive", RecentArchiveTab, self.tr("Archief"), archive),
        ]
        for key, cls, title, allowed in specs:
            if not allowed:
                continue
            widget = cls(session, self.admin_id)
            if hasattr(widget, "open_document"):
                widget.open_document.connect(
                    lambda ids, index, k=key: self.open_document(
                        ids, index, read_only=k == "archive"
                    )
                )
            self.tab_widgets[key] = widget
            self.tabs.addTab(widget, title)
        for n, key in enumerate(self.tab_widgets, start=1):
            self.add_shortcut(f"Alt+{n}", partial(self.focus_tab, key))
            self.tabs.setTabToolTip(n - 1, f"Alt+{n}")
        self._stale = set(self.tab_widgets)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        self.stack.addWidget(self.tabs)
        self.page_layout.addWidget(self.stack, 1)
        self.ddp: DocumentDetailPage | None = None
        session.events.queue_changed.connect(self._queue_changed)
        session.events.document_changed.connect(self._document_changed)
        folder_problems().changed.connect(self._folder_problems_changed)
        self._folder_problems_changed(self.admin_id)
        if "review" in self.tab_widgets:
            self.show_tab("review")
        self._refresh_current()

    # -- tabs -----------------------------------------------------------------------------
    def show_tab(self, key: str) -> HubTab:
        widget = self.tab_widgets[key]
        self.stack.setCurrentWidget(self.tabs)
        self.header.setVisible(True)
        self.tabs.setCurrentWidget(widget)
        return widget

    def select_document(self, document_id: int) -> bool:
        """Select ``document_id`` in the tab shown, when that tab can (the dashboard's
        "Oplossen" of an export error lands on its row); False when it cannot."""
        select = getattr(self.tabs.currentWidget(), "select_document", None)
        if not callable(select):
            return False
        select(document_id)
        return True

    def focus_tab(self, key: str) -> None:
        """Show the tab and give the keyboard to its list (Alt+1 … Alt+5)."""
        widget = self.show_tab(key)
        if hasattr(widget, "focus_first"):
            widget.focus_first()
        elif hasattr(widget, "view"):
            widget.view.setFocus()
        else:
            widget.setFocus()

    def current_tab_key(self) -> str:
        current = self.tabs.currentWidget()
        return next((k for k, w in self.tab_widgets.items() if w is current), "")

    def _refresh_current(self) -> None:
        key = self.current_tab_key()
        if key in self._stale:
            self._stale.discard(key)
            self.tab_widgets[key].refresh()

    def _queue_changed(self, admin_id: int) -> None:
        if admin_id != self.admin_id:
            return
        self._stale = set(self.tab_widgets)
        if self.stack.currentWidget() is self.tabs:
            self._refresh_current()

    def _document_changed(self, _doc_id: int) -> None:
        self._queue_changed(self.admin_id)

    def reload(self) -> None:
        self._queue_changed(self.admin_id)

    def _folder_problems_changed(self, admin_id: int) -> None:
        """A warning sign on Ontvangen bestanden while its banner shows a problem."""
        if admin_id != self.admin_id:
            return
        index = self.tabs.indexOf(self.tab_widgets["received"])
        problems = bool(folder_problems().of(admin_id))
        self.tabs.setTabIcon(index, icon("warning") if problems else QIcon())
        self.tabs.setTabToolTip(
            index,
            self.tr("Probleem met de bewaakte map (Alt+1)") if problems else "Alt+1",
        )

    # -- the document detail page ---------------------------------------------------------
    def open_document(self, ids: list[int], index: int, *, read_only: bool = False):
        from app.ui.ddp.page import DocumentDetailPage

        if self.ddp is not None:
            self.stack.removeWidget(self.ddp)
            self.ddp.deleteLater()
        self.ddp = DocumentDetailPage(
            self.session, self.administration, ids, index, read_only=read_only
        )
        self.ddp.closed.connect(self.close_document)
        self.stack.addWidget(self.ddp)
        self.stack.setCurrentWidget(self.ddp)
        self.header.setVisible(False)
        self.ddp.setFocus()
        return self.ddp

    def close_document(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.header.setVisible(True)
        self._refresh_current()
        self.focus_tab(self.current_tab_key())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):  # the keyboard follows the page
            QTimer.singleShot(0, self, self._focus_current)

    def _focus_current(self) -> None:
        if self.isVisible() and self.stack.currentWidget() is self.tabs:
            self.focus_tab(self.current_tab_key())

    # -- drag and drop --------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_drag(event, bool(dropped_paths(event)))

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if not accept_drag(event, bool(paths)):
            return
        if deliveries().deliver(self.session, self.admin_id, paths, "drag_drop", self):
            self.show_tab("received")


def _hub(session: UiSession, admin: AdministrationDTO) -> HubPage:
    return HubPage(session, admin)


register_page(
    PageSpec(
        "hub",
        lambda: QCoreApplication.translate("Navigation", "Document Hub"),
        "hub",
        _hub,
        ADMINISTRATION,
        Right.DELIVER_DOCUMENTS,
        10,
    )
)

from app.ui.hub import screens as _screens  # noqa: E402, F401  (registers hub-* and ddp)
