"""The frame every page shares: margins, the header with title and actions, Ctrl+F to the
search field and Ctrl+N for the page's "new" action, plus small helpers for loading data in the
background and showing errors where they belong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.dto import AdministrationDTO
from app.ui.crash import handle_error
from app.ui.session import UiSession
from app.ui.tasks import run_task
from app.ui.widgets import PageHeader, SearchField


class Page(QWidget):
    """Base of the navigation pages; subclasses call :meth:`set_header` first."""

    def __init__(
        self,
        session: UiSession,
        administration: AdministrationDTO | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.administration = administration
        self.search: SearchField | None = None
        self.page_layout = QVBoxLayout(self)
        self.page_layout.setContentsMargins(28, 22, 28, 22)
        self.page_layout.setSpacing(14)
        self.header = PageHeader("")

    @property
    def services(self):
        return self.session.services

    def set_header(self, title: str, subtitle: str = "") -> PageHeader:
        self.header.title.setText(title)
        self.header.subtitle.setText(subtitle)
        self.header.subtitle.setVisible(bool(subtitle))
        self.page_layout.addWidget(self.header)
        return self.header

    def add_search(self, placeholder: str) -> SearchField:
        self.search = SearchField(placeholder)
        self.search.bind_shortcut(self)
        self.header.add_action(self.search)
        return self.search

    def add_shortcut(
        self, sequence: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], Any]
    ) -> QShortcut:
        shortcut = QShortcut(QKeySequence(sequence), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def load(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn`` in the background; the result comes back to ``on_success``."""
        run_task(fn, on_success, on_error or (lambda exc: handle_error(exc, self)), owner=self)

    def reload(self) -> None:
        """Fetch the page's data again (pages override)."""
