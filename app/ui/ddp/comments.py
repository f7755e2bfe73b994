"""The DDP's comment thread: every comment (open ones first marked as such) with its replies in
a tree, a text field to add a comment or answer the selected one, and buttons to close, reopen
or close all. Each action calls :class:`app.services.documents.DocumentService` in the
background and hands the fresh ``DocumentDetail`` back through ``detail_changed``.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme
from app.ui.crash import handle_error
from app.ui.i18n import format_datetime
from app.ui.service_text import comment_text
from app.ui.tasks import run_task
from app.ui.widgets import button, label

ID_ROLE = Qt.ItemDataRole.UserRole


class CommentsPanel(QWidget):
    detail_changed = Signal(object)

    def __init__(self, documents, parent: QWidget | None = None):
        super().__init__(parent)
        self.documents = documents
        self.doc_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = label(self.tr("Commentaar"), object_name="sectionTitle")
        layout.addWidget(self.title)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.header().setStretchLastSection(True)
        self.tree.setMinimumHeight(150)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Nieuw commentaar of antwoord…"))
        self.text.returnPressed.connect(self.add)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.add_button = button(self.tr("Toevoegen"))
        self.add_button.clicked.connect(self.add)
        self.reply_button = button(self.tr("Beantwoorden"))
        self.reply_button.clicked.connect(self.reply)
        self.close_button = button(self.tr("Sluiten"))
        self.close_button.clicked.connect(self.close_selected)
        self.reopen_button = button(self.tr("Heropenen"))
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.close_all_button = button(self.tr("Sluit alles"))
        self.close_all_button.clicked.connect(self.close_all)
        for b in (
            self.add_button,
            self.reply_button,
            self.close_button,
            self.reopen_button,
            self.close_all_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.read_only = False

    def set_detail(self, detail) -> None:
        self.doc_id = detail.id
        selected = self.selected_id()
        self.tree.clear()
        average = max(1, self.tree.fontMetrics().averageCharWidth())
        width = max(30, (self.tree.viewport().width() - 60) // average)
        bold = QFont()
        bold.setBold(True)
        for c in detail.comments:
            is_open = c.state == "open"
            head = self.tr("Open") if is_open else self.tr("Gesloten")
            who = f" — {c.created_by}" if c.created_by else ""
            body = comment_text(c.text, c.code, c.created_by)
            text = f"[{head}] {body}{who}, {format_datetime(c.created_at)}"
            item = QTreeWidgetItem([textwrap.fill(text, width)])
            item.setData(0, ID_ROLE, c.id)
            item.setData(0, Qt.ItemDataRole.UserRole + 1, c.state)
            item.setToolTip(0, body)
            if is_open:
                item.setFont(0, bold)
                item.setForeground(0, QColor(theme.WARNING))
            else:
                item.setForeground(0, QColor(theme.MUTED))
            for r in c.replies:
                reply = f"{r.user or ''}: {r.text} ({format_datetime(r.created_at)})"
                child = QTreeWidgetItem([textwrap.fill(reply, width - 4)])
                child.setData(0, ID_ROLE, c.id)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if c.id == selected:
                self.tree.setCurrentItem(item)
        open_n = sum(1 for c in detail.comments if c.state == "open")
        self.title.setText(
            self.tr("Commentaar (%1 open, %2 totaal)")
            .replace("%1", str(open_n))
            .replace("%2", str(len(detail.comments)))
        )
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.text.setVisible(not read_only)
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _selected_state(self) -> str | None:
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, Qt.ItemDataRole.UserRole + 1) if item is not None else None

    def _update_buttons(self) -> None:
        state, editable = self._selected_state(), not self.read_only
        self.add_button.setVisible(editable)
        self.reply_button.setVisible(editable)
        self.close_all_button.setVisible(editable)
        self.close_button.setVisible(editable)
        self.reopen_button.setVisible(editable)
        self.reply_button.setEnabled(state is not None)
        self.close_button.setEnabled(state == "open")
        self.reopen_button.setEnabled(state == "closed")

    def _run(self, fn) -> None:
        run_task(fn, self._done, lambda exc: handle_error(exc, self), owner=self)

    def _done(self, detail) -> None:
        self.text.clear()
        self.set_detail(detail)
        self.detail_changed.emit(detail)

    def add(self) -> None:
        text, doc_id, documents = self.text.text().strip(), self.doc_id, self.documents
        if text and doc_id is not None and not self.read_only:
            self._run(lambda: documents.add_comment(doc_id, text))

    def reply(self) -> None:
        text, cid, documents = self.text.text().strip(), self.selected_id(), self.documents
        if text and cid is not None:
            self._run(lambda: documents.reply(cid, text))

    def close_selected(self) -> None:
        text, cid, documents = self.text.text().strip(), self.selected_id(), self.documents
        if cid is not None:
            self._run(lambda: documents.close_comment(cid, text or None))

    def reopen_selected(self) -> None:
        cid, documents = self.selected_id(), self.documents
        if cid is not None:
            self._run(lambda: documents.reopen_comment(cid))

    def close_all(self) -> None:
        doc_id, documents = self.doc_id, self.documents
        if doc_id is not None:
            self._run(lambda: documents.close_all_comments(doc_id))
