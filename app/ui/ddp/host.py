"""For type checking only: what the DDP's mixins (:class:`app.ui.ddp.layout.DdpLayout` and
:class:`app.ui.ddp.actions.DdpActions`) use of the :class:`app.ui.ddp.page.DocumentDetailPage`
they are mixed into, and of each other. To mypy :class:`DdpHost` is a ``QWidget`` declaring
those attributes and methods; at run time it is plain ``object``, so the page's MRO and
behaviour are exactly as without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import ClassVar

    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    from app.services.document_dto import DocumentDetail
    from app.services.dto import AdministrationDTO
    from app.ui.ddp.fields import FieldsPanel
    from app.ui.ddp.lines import BookingLinesModel
    from app.ui.ddp.viewer import DocumentViewer
    from app.ui.session import UiSession

    class DdpHost(QWidget):
        # -- set up by DocumentDetailPage.__init__ ------------------------------------------
        closed: ClassVar[Signal]
        session: UiSession
        administration: AdministrationDTO
        ids: list[int]
        index: int
        read_only: bool
        detail: DocumentDetail | None  # None while (re)loading: no action may run then
        viewer: DocumentViewer
        relations_loaded: bool | None
        _details: dict[int, DocumentDetail]  # prefetched details by document id

        # -- built by DdpLayout -------------------------------------------------------------
        fields: FieldsPanel
        lines: BookingLinesModel
        action_buttons: dict[str, QPushButton]
        message: QLabel

        # -- methods of DocumentDetailPage ------------------------------------------------
        def current_id(self) -> int | None: ...
        def step(self, direction: int) -> None: ...
        def go_to(self, index: int) -> None: ...
        def _apply(self, detail: DocumentDetail) -> None: ...
        def _load_relations(self) -> None: ...
        def _add_line(self) -> None: ...

        # -- methods of DdpLayout -----------------------------------------------------------
        def focus_first_field(self) -> None: ...

        # -- methods of DdpActions ----------------------------------------------------------
        def save(self, then: Callable[[], None] | None = None) -> None: ...
        def remember(self) -> None: ...
        def export(self, and_next: bool = False) -> None: ...
        def export_next(self) -> None: ...
        def reject(self) -> None: ...
else:
    DdpHost = object
