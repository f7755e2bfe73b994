"""Delivering files from the window: drag and drop onto the Document Hub or the main window, the
"Upload voor handmatige verwerking" file dialog, and the watched folders. Every path goes
through the one intake service (``take_in`` with origin ``drag_drop``, ``manual_upload`` or
``folder``) in the background; the received files show up at once (``queue_changed``) and are
then read by ``processing.process_pending`` in the background, while :class:`Deliveries` tells
the hub how many files are still being read. :func:`install_on` is the main window's small hook:
drops anywhere on the window go to the chosen administration, and the folder watcher starts
for the visible administrations (with a catch-up scan).
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from app.services.intake import expand
from app.ui.crash import handle_error
from app.ui.session import UiSession
from app.ui.tasks import run_task

log = logging.getLogger(__name__)
ACCEPTED = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".xml"}


def accepted_files(paths: list[Path]) -> list[Path]:
    """The PDFs, images and XML files among ``paths`` (folders expanded)."""
    return [p for p in expand([Path(p) for p in paths]) if p.suffix.lower() in ACCEPTED]


def dropped_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def _alive(widget: QObject | None) -> QObject | None:
    """``widget`` while it exists, else None (an error then goes to the active window)."""
    return widget if widget is not None and shiboken6.isValid(widget) else None


class Deliveries(QObject):
    """Files being read in the background, per administration (``busy_changed(admin_id)``)."""

    busy_changed = Signal(int)
    delivered = Signal(int, int)  # administration id, number of files taken in

    def __init__(self):
        super().__init__()
        self.busy: dict[int, int] = {}

    def deliver(
        self,
        session: UiSession,
        admin_id: int,
        paths: list[Path],
        origin: str,
        parent: QObject | None = None,
    ) -> int:
        """Take in the accepted files among ``paths``, then read them; returns how many."""
        files = accepted_files(paths)
        if not files:
            return 0
        services = session.services

        def taken(dtos) -> None:
            session.events.queue_changed.emit(admin_id)
            self.delivered.emit(admin_id, len(dtos))
            ids = [d.id for d in dtos if d.state == "stored"]
            if not ids:
                return
            self.busy[admin_id] = self.busy.get(admin_id, 0) + len(ids)
            self.busy_changed.emit(admin_id)
            run_task(
                lambda: services.processing.process_pending(admin_id, file_ids=ids),
                lambda _report: self._done(session, admin_id, len(ids)),
                lambda exc: self._failed(session, admin_id, len(ids), exc, parent),
            )

        run_task(
            lambda: services.intake.take_in(admin_id, files, origin=origin),
            taken,
            lambda exc: handle_error(exc, _alive(parent)),
        )
        return len(files)

    def _done(self, session: UiSession, admin_id: int, n: int) -> None:
        self.busy[admin_id] = max(0, self.busy.get(admin_id, 0) - n)
        self.busy_changed.emit(admin_id)
        session.events.queue_changed.emit(admin_id)

    def _failed(self, session, admin_id: int, n: int, exc: BaseException, parent) -> None:
        self._done(session, admin_id, n)
        handle_error(exc, _alive(parent))


_deliveries: Deliveries | None = None


def deliveries() -> Deliveries:
    global _deliveries
    if _deliveries is None:
        _deliveries = Deliveries()
    return _deliveries


def upload_dialog(parent: QWidget, session: UiSession, admin_id: int) -> int:
    """The "Upload voor handmatige verwerking" button: choose files, take them in, read them."""
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("Dropzone", "Bestanden uploaden"),
        "",
        QCoreApplication.translate("Dropzone", "Facturen (*.pdf *.png *.jpg *.jpeg *.tif *.xml)"),
    )
    if not names:
        return 0
    return deliveries().deliver(
        session, admin_id, [Path(n) for n in names], "manual_upload", parent
    )


class _WindowDrops(QObject):
    """Event filter: files dropped anywhere on the main window go to its administration."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            ok = bool(dropped_paths(event)) and self.window.administration is not None
            if ok:
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            admin = self.window.administration
            paths = dropped_paths(event)
            if admin is not None and paths:
                event.acceptProposedAction()
                deliveries().deliver(self.window.session, admin.id, paths, "drag_drop", self.window)
                if self.window.current_key != "hub":
                    self.window.show_page("hub")
            return True
        return False


class WatcherBridge(QObject):
    """Runs the folder watcher for the window; its hooks come back here as signals."""

    file_taken = Signal(int, int)
    error = Signal(object, str)

    def __init__(self, session: UiSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.watcher = None
        self.holder: list = []  # plain Python, still reachable while the window is destroyed
        self.file_taken.connect(lambda admin_id, _rf: session.events.queue_changed.emit(admin_id))

    def start(self) -> None:
        from app.services.watcher import FolderWatcher

        session = self.session
        self.watcher = FolderWatcher(
            session.app,
            lambda: session.actor,
            on_file_taken=lambda a, rf: self.file_taken.emit(a, rf),
            on_error=lambda a, msg: self.error.emit(a, msg),
        )
        watcher = self.watcher
        self.holder.append(watcher)

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

    def stop(self) -> None:
        _stop_all(self.holder)


def _stop_all(watchers: list) -> None:
    for watcher in watchers:
        watcher.stop(timeout=5)


def install_on(window) -> None:
    """The main window's hook: accept drops anywhere, watch the administrations' folders."""
    window.setAcceptDrops(True)
    window.installEventFilter(_WindowDrops(window))
    bridge = WatcherBridge(window.session, window)
    holder = bridge.holder
    window.destroyed.connect(lambda *_: _stop_all(holder))
    bridge.start()
    window.folder_watcher = bridge
