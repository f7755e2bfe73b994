"""Watched inbox folders in the window: :class:`WatcherBridge` runs the folder watcher
(:mod:`app.services.watcher`) while the main window is open and turns its hooks, which run on
the watcher's thread, into signals on the GUI thread. What went wrong — a folder that is missing
or cannot be read, a file that could not be read and was moved to ``fout`` — is kept per
administration in :func:`folder_problems`, which the Ontvangen bestanden tab shows as a banner
(:class:`FolderProblemBanner`, with "Opnieuw proberen" and "Verbergen") and the window announces
in its status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.ui.i18n import format_datetime
from app.ui.service_text import shown
from app.ui.session import UiSession
from app.ui.tasks import run_task
from app.ui.widgets import button, label

if TYPE_CHECKING:
    from app.services.watcher import FolderWatcher

log = logging.getLogger(__name__)
KEEP = 20  # problems kept per administration


@dataclass(frozen=True)
class FolderProblem:
    admin_id: int
    message: str  # what went wrong, ready to show
    at: datetime
    file: str | None = None  # the file moved to "fout"; None: the folder itself


class FolderProblems(QObject):
    """The watched-folder problems per administration since they were last dismissed."""

    changed = Signal(int)  # administration id

    def __init__(self):
        super().__init__()
        self.by_admin: dict[int, list[FolderProblem]] = {}
        self.retry: Callable[[int], None] | None = None  # set by the running WatcherBridge

    def add(self, admin_id: int, message: str, file: str | None = None) -> None:
        kept = [p for p in self.by_admin.get(admin_id, []) if p.message != message]
        kept.append(FolderProblem(admin_id, message, datetime.now(UTC), file))
        self.by_admin[admin_id] = kept[-KEEP:]
        self.changed.emit(admin_id)

    def reset(self) -> None:
        """Forget everything (a new window starts a new watcher)."""
        changed = list(self.by_admin)
        self.by_admin.clear()
        for admin_id in changed:
            self.changed.emit(admin_id)

    def of(self, admin_id: int) -> list[FolderProblem]:
        """Newest first."""
        return list(reversed(self.by_admin.get(admin_id, [])))

    def clear(self, admin_id: int, *, folder_only: bool = False) -> None:
        kept = [p for p in self.by_admin.get(admin_id, []) if folder_only and p.file]
        if kept:
            self.by_admin[admin_id] = kept
        else:
            self.by_admin.pop(admin_id, None)
        self.changed.emit(admin_id)


_problems: FolderProblems | None = None


def folder_problems() -> FolderProblems:
    global _problems
    if _problems is None:
        _problems = FolderProblems()
    return _problems


class WatcherBridge(QObject):
    """Runs the folder watcher for the window; its hooks come back here as signals."""

    file_taken = Signal(int, int)  # administration id, received file id
    file_failed = Signal(int, str, str)  # administration id, where the file went, why
    error = Signal(object, str)  # administration id (or None), message
    folder_ok = Signal(int)  # administration id: its folder is watched (again)
    problem = Signal(int, str)  # administration id, the message as shown (for the status bar)

    def __init__(self, session: UiSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.watcher: FolderWatcher | None = None
        self.holder: list = []  # plain Python, still reachable while the window is destroyed
        self.file_taken.connect(lambda admin_id, _rf: session.events.queue_changed.emit(admin_id))
        self.file_failed.connect(self._file_failed)
        self.error.connect(self._error)
        self.folder_ok.connect(lambda admin_id: folder_problems().clear(admin_id, folder_only=True))

    def start(self) -> None:
        from app.services.watcher import FolderWatcher

        session = self.session
        self.watcher = FolderWatcher(
            session.app,
            lambda: session.actor,
            on_file_taken=lambda a, rf: self.file_taken.emit(a, rf),
            on_file_failed=lambda a, path, why: self.file_failed.emit(a, str(path), why),
            on_error=lambda a, msg: self.error.emit(a, msg),
            on_folder_ok=lambda a: self.folder_ok.emit(a),
        )
        watcher = self.watcher
        self.holder.append(watcher)
        folder_problems().reset()
        folder_problems().retry = self.retry

        def start_watching() -> list[int]:
            watched = watcher.watch_all(catch_up=True)
            if watched:
                watcher.start()
            return watched

        run_task(
            start_watching,
            lambda ids: log.info("watching folders of %s", ids),
            lambda exc: log.warning("folder watcher did not start: %s", exc),
            owner=self,
        )

    def retry(self, admin_id: int) -> None:
        """Watch the administration's folder again (after the user fixed it)."""
        watcher = self.watcher
        if watcher is None:
            return

        def work() -> str:
            folder = watcher.watch(admin_id)
            if not watcher.running:
                watcher.start()
            return str(folder)

        run_task(
            work,
            lambda _folder: self.folder_ok.emit(admin_id),
            lambda exc: self.error.emit(admin_id, str(exc)),
            owner=self,
        )

    def _error(self, admin_id: int | None, message: str) -> None:
        if admin_id is not None:
            folder_problems().add(admin_id, message)
        self.problem.emit(admin_id or 0, message)

    def _file_failed(self, admin_id: int, moved_to: str, reason: str) -> None:
        name = Path(moved_to).name
        text = (
            self.tr("%1 kon niet worden gelezen en staat nu in de map \u201cfout\u201d: %2")
            .replace("%1", name)
            .replace("%2", reason or self.tr("onbekende reden"))
        )
        folder_problems().add(admin_id, text, file=moved_to)
        self.session.events.queue_changed.emit(admin_id)
        self.problem.emit(admin_id, text)

    def stop(self) -> None:
        _stop_all(self.holder)

    def stop_with(self, window: QObject) -> None:
        """Stop the watcher when ``window`` is destroyed (the bridge goes with it)."""
        holder = self.holder
        window.destroyed.connect(lambda *_: _stop_all(holder))


def _stop_all(watchers: list) -> None:
    for watcher in watchers:
        watcher.stop(timeout=5)


class FolderProblemBanner(QFrame):
    """The Ontvangen bestanden tab's banner: the administration's watched-folder problems."""

    SHOWN = 3

    def __init__(self, admin_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.admin_id = admin_id
        self.setObjectName("problemBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        text_box = QVBoxLayout()
        text_box.setSpacing(2)
        self.title = label(self.tr("Probleem met de bewaakte map"), object_name="bannerTitle")
        self.text = label("", wrap=True, object_name="bannerText")
        text_box.addWidget(self.title)
        text_box.addWidget(self.text)
        layout.addLayout(text_box, 1)
        self.retry_button = button(self.tr("Opnieuw proberen"))
        self.retry_button.setToolTip(self.tr("De map opnieuw proberen te bewaken"))
        self.retry_button.clicked.connect(self.retry)
        self.hide_button = button(self.tr("Verbergen"))
        self.hide_button.clicked.connect(lambda: folder_problems().clear(self.admin_id))
        layout.addWidget(self.retry_button)
        layout.addWidget(self.hide_button)
        folder_problems().changed.connect(self._changed)
        self._changed(admin_id)

    def _changed(self, admin_id: int) -> None:
        if admin_id != self.admin_id:
            return
        problems = folder_problems().of(admin_id)
        self.setVisible(bool(problems))
        if not problems:
            return
        lines = [f"• {shown(p.message)} ({format_datetime(p.at)})" for p in problems[: self.SHOWN]]
        if len(problems) > self.SHOWN:
            more = str(len(problems) - self.SHOWN)
            lines.append(self.tr("en nog %1 eerdere meldingen").replace("%1", more))
        self.text.setText("\n".join(lines))
        folder = any(p.file is None for p in problems)
        self.title.setText(
            self.tr("Probleem met de bewaakte map")
            if folder
            else self.tr("Bestanden uit de bewaakte map die niet te lezen waren")
        )
        self.retry_button.setVisible(folder)

    def retry(self) -> None:
        retry = folder_problems().retry
        if retry is not None:
            retry(self.admin_id)
