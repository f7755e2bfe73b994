"""The document detail page (DDP): a split pane with the rendered document on the left and the
fields, booking lines with the live balance check and the comment thread on the right, over a
list of document ids to walk with Previous/Next (Alt+Left/Alt+Right or PgUp/PgDn). The next
document's detail and first page are fetched ahead, so "next" shows at once. The actions
(save, export, reject, split, remember) are in :mod:`app.ui.ddp.actions`. Opened from the
Document Hub or the Archive page (read-only); Esc goes back.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.permissions import Right
from app.services.viewer import ViewerService
from app.ui import theme
from app.ui.ddp.actions import DdpActions
from app.ui.ddp.layout import DdpLayout
from app.ui.ddp.lines import balance_text
from app.ui.ddp.render import Renderer
from app.ui.ddp.viewer import DocumentViewer
from app.ui.hub import labels
from app.ui.service_text import error_text
from app.ui.session import UiSession
from app.ui.tasks import run_task

if TYPE_CHECKING:
    from app.services.document_dto import DocumentDetail
    from app.services.dto import AdministrationDTO
    from app.services.relations_dto import RelationRow


class DocumentDetailPage(DdpLayout, DdpActions, QWidget):
    closed = Signal()
    document_shown = Signal(int)  # the document's detail and first page are both on screen

    def __init__(
        self,
        session: UiSession,
        administration: AdministrationDTO,
        ids: list[int],
        index: int = 0,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ddpPage")
        self.session, self.administration = session, administration
        self.ids, self.index, self.read_only = list(ids), index, read_only
        self.detail = None
        self.viewer_service = ViewerService(session.app, session.actor)
        self.renderer = Renderer(self.viewer_service.pdf, session.app.db_url, self)
        self._details: dict[int, DocumentDetail] = {}
        self._started = 0.0
        self._waiting: set[str] = set()
        self.timings: list[float] = []
        self.relations_loaded: bool | None = None
        self.balanced = False
        self._journal_said = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(self._build_top())
        split = QSplitter(Qt.Orientation.Horizontal)
        self.viewer = DocumentViewer(self.renderer)
        split.addWidget(self.viewer)
        split.addWidget(self._build_right())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([540, 620])
        layout.addWidget(split, 1)
        self.viewer.picked.connect(self._picked)
        self.viewer.page_shown.connect(self._page_shown)
        self.fields.field_focused.connect(self.viewer.focus_field)
        self.fields.edited.connect(self._update_balance)
        self.fields.new_relation_requested.connect(self.new_relation)
        self.fields.journal_message.connect(self._journal_message)
        self.lines.balance_changed.connect(self._update_balance)
        self.comments.detail_changed.connect(self._detail_updated)
        self._shortcuts()
        self._tab_order()
        self.set_read_only(read_only)
        self.go_to(index)

    # -- navigation and loading -----------------------------------------------------------
    def current_id(self) -> int | None:
        return self.ids[self.index] if 0 <= self.index < len(self.ids) else None

    def step(self, direction: int) -> None:
        target = self.index + direction
        if not 0 <= target < len(self.ids):
            return
        if not self.read_only and self.detail is not None and self.changes():
            self.save(then=lambda: self.go_to(target))  # never lose an edit by moving on
        else:
            self.go_to(target)

    def go_to(self, index: int) -> None:
        if not self.ids:
            self.closed.emit()
            return
        self.index = max(0, min(index, len(self.ids) - 1))
        doc_id = self.ids[self.index]
        self._started = time.perf_counter()
        self._waiting = {"detail", "page"}
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.ids) - 1)
        self.message.setText("")
        self.viewer.show_document(doc_id)
        self.detail = None  # no action may reach the previous document from here on
        cached = self._details.pop(doc_id, None)
        if cached is not None:
            self._apply(cached)
        else:
            documents = self.session.services.documents
            run_task(lambda: documents.show(doc_id), self._loaded, self._load_failed, owner=self)
        viewer = self.viewer_service
        run_task(
            lambda: viewer.words(doc_id),
            lambda pages: self.viewer.set_words(doc_id, pages),
            lambda _exc: None,
            owner=self,
        )
        self._prefetch()

    def _prefetch(self) -> None:
        if self.index + 1 >= len(self.ids):
            return
        next_id = self.ids[self.index + 1]
        self.renderer.request(next_id, 0, self.viewer.effective_zoom(), 0)
        if next_id not in self._details:
            documents = self.session.services.documents
            run_task(
                lambda: documents.show(next_id),
                lambda d: self._details.__setitem__(d.id, d),
                lambda _exc: None,
                owner=self,
            )

    def _loaded(self, detail: DocumentDetail) -> None:
        if detail.id == self.current_id():
            self._apply(detail)

    def _load_failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))

    def _apply(self, detail: DocumentDetail) -> None:
        self.detail = detail
        self.fields.set_detail(detail)
        self.viewer.set_field_boxes(detail.read.get("fields") or {})
        self.lines.set_lines(detail.lines)
        self._fit_lines()
        self.comments.set_detail(detail)
        self._update_title()
        self._update_balance()
        editable = detail.state in ("review", "to_authorise", "to_confirm", "export_error")
        if not self.read_only:
            for key in ("save", "remember", "split", "reject", "export", "export_next"):
                self.action_buttons[key].setEnabled(editable)
            self.fields.new_relation_button.setEnabled(
                editable and self.session.can(Right.CHANGE_PROCESSING_SETTINGS)
            )
        self._arrived("detail")
        if self.relations_loaded is None:
            self._load_relations()
            if not self.read_only:
                self.master.load(self.session.services.relations, self.administration.id, self)

    def _load_relations(self) -> None:
        relations, aid = self.session.services.relations, self.administration.id
        self.relations_loaded = False

        def done(rows: list[RelationRow]) -> None:
            self.relations_loaded = True
            self.fields.set_relations(rows)

        run_task(lambda: relations.list(aid), done, lambda _exc: None, owner=self)
        run_task(
            lambda: relations.journals(aid), self.fields.set_journals, lambda _exc: None, owner=self
        )

    def _detail_updated(self, detail: DocumentDetail) -> None:
        self.detail = detail
        self._update_title()
        self.session.events.document_changed.emit(detail.id)

    def _page_shown(self, doc_id: int, _page: int) -> None:
        if doc_id == self.current_id():
            self._arrived("page")

    def _arrived(self, what: str) -> None:
        if what in self._waiting:
            self._waiting.discard(what)
            if not self._waiting:
                self.timings.append(time.perf_counter() - self._started)
                self.document_shown.emit(self.current_id())

    def _update_title(self) -> None:
        d = self.detail
        if d is None:
            return
        parts = [
            self.tr("Document %1 van %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.ids))),
            labels.document_type(d.type, d.is_credit_note),
            d.read.get("invoice_number") or self.tr("zonder nummer"),
            labels.document_state(d.state),
        ]
        self.title.setText(" · ".join(parts))
        self.title.setToolTip(self.title.text())

    def _update_balance(self) -> None:
        text, ok = balance_text(self.lines.booked(), self.fields.total_incl_vat())
        self.balance.setText(("✓ " if ok else "✗ ") + text)
        color = theme.SUCCESS if ok else theme.DANGER
        self.balance.setStyleSheet(f"color: {color}; font-weight: 600;")
        self.balanced = ok

    def _fit_lines(self) -> None:
        rows = self.lines.rowCount()
        height = (
            self.lines_view.horizontalHeader().sizeHint().height()
            + 34 * max(rows, 1)
            + self.lines_view.horizontalScrollBar().sizeHint().height()
            + 8
        )
        self.lines_view.setFixedHeight(min(height, 220))

    def _add_line(self) -> None:
        row = self.lines.add_line()
        self._fit_lines()
        self.lines_view.setCurrentIndex(self.lines.index(row, 0))
        self.lines_view.edit(self.lines.index(row, 0))

    def _journal_message(self, text: str) -> None:
        """Say at once why a typed journal cannot be used; clear that when it is fixed."""
        if text:
            self.message.setText(text)
        elif self.message.text() == self._journal_said:
            self.message.setText("")
        self._journal_said = text

    def _picked(self, text: str) -> None:
        if not self.read_only and self.fields.fill(text):
            self.message.setText(self.tr("Ingevuld: %1").replace("%1", text))
