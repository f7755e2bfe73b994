"""Delivering files from the window: drag and drop onto the main window, the Document Hub or an
administration in the navigation, the "Upload voor handmatige verwerking" file dialog, and the
watched folders (:mod:`app.ui.folder_watch`). Every path goes through the one intake service
(``take_in`` with origin ``drag_drop``, ``manual_upload`` or ``folder``) in the background; the
received files show up at once (``queue_changed``) and are then read by
``processing.process_pending`` in the background, while :class:`Deliveries` tells the hub how
many files are still being read and the window what was received (``delivered``) or refused
(``refused``). :func:`install_on` is the main window's small hook: drops anywhere on the window
go to the chosen administration, and the folder watcher starts for the visible administrations
(with a catch-up scan).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import PermissionDenied, UserFacingError
from app.services.intake import expand
from app.services.permissions import Right, require
from app.ui.crash import handle_error
from app.ui.reading import queue_refresh, read_in_background
from app.ui.service_text import error_text, shown
from app.ui.session import UiSession
from app.ui.tasks import run_task

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


INTAKE_CHUNK = 20  # files stored per step of a delivery; the list is refreshed after each


class _Stored(QObject):
    """Made on the GUI thread; ``stored(n)`` emitted by the intake task arrives there queued."""

    stored = Signal(int)  # files of this delivery stored so far


class Deliveries(QObject):
    """Files being read in the background, per administration (``busy_changed(admin_id)``),
    and what became of each delivery (for the window's messages)."""

    busy_changed = Signal(int)
    delivered = Signal(int, int, int)  # administration id, files taken in, of which duplicates
    refused = Signal(int, str)  # administration id, why intake refused the files
    nothing_accepted = Signal(int)  # administration id: no PDF, image or XML among the files

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
            self.nothing_accepted.emit(admin_id)
            return 0
        services = session.services
        refresh = queue_refresh(session.events)
        progress = _Stored()
        progress.stored.connect(
            lambda n: refresh.now(admin_id) if n <= INTAKE_CHUNK else refresh.soon(admin_id)
        )

        def store_all() -> tuple[list, BaseException | None]:
            """In the background: store the files a chunk at a time, so the first ones show
            in Ontvangen bestanden at once while the rest are still being copied."""
            out: list = []
            for start in range(0, len(files), INTAKE_CHUNK):
                try:
                    out.extend(services.intake.take_in(
                        admin_id, files[start : start + INTAKE_CHUNK], origin=origin))  # fmt: skip
                except Exception as exc:  # noqa: BLE001 - what was stored is still read
                    if not out:
                        raise
                    return out, exc
                progress.stored.emit(len(out))
            return out, None

        def taken(result: tuple[list, BaseException | None]) -> None:
            progress.deleteLater()
            dtos, stopped = result
            if stopped is not None:
                not_taken(stopped)
            session.events.queue_changed.emit(admin_id)
            duplicates = sum(1 for d in dtos if d.state == "duplicate")
            self.delivered.emit(admin_id, len(dtos), duplicates)
            ids = [d.id for d in dtos if d.state == "stored"]
            if not ids:
                return
            self.busy[admin_id] = self.busy.get(admin_id, 0) + len(ids)
            self.busy_changed.emit(admin_id)
            read_in_background(
                session,
                admin_id,
                ids,
                on_read=lambda n: self._read(admin_id, n),
                on_done=lambda left: self._done(session, admin_id, left),
                on_error=lambda left, exc: self._failed(session, admin_id, left, exc, parent),
            )

        def not_taken(exc: BaseException) -> None:
            if isinstance(exc, UserFacingError):
                self.refused.emit(admin_id, error_text(exc))
            handle_error(exc, _alive(parent))

        def nothing_taken(exc: BaseException) -> None:
            progress.deleteLater()
            not_taken(exc)

        run_task(store_all, taken, nothing_taken)
        return len(files)

    def _read(self, admin_id: int, n: int) -> None:
        """``n`` more files were read: the counter goes down now, the lists follow (throttled)."""
        self.busy[admin_id] = max(0, self.busy.get(admin_id, 0) - n)
        self.busy_changed.emit(admin_id)

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


def accept_drag(event: QDragEnterEvent | QDropEvent, ok: bool) -> bool:
    """Accept ``event`` as a copy when ``ok``, else refuse it (the cursor says so)."""
    if ok:
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
    else:
        event.ignore()
    return ok


class _WindowDrops(QObject):
    """Event filter: files dropped anywhere on the main window go to its administration."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not isinstance(event, QDropEvent):  # drag enter/move events are QDropEvents too
            return False
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            has_files = bool(dropped_paths(event))
            if kind == QEvent.Type.DragEnter and has_files and self.window.administration is None:
                self.window.notify(
                    QCoreApplication.translate(
                        "Dropzone",
                        "Kies eerst een administratie, of zet de bestanden neer op een "
                        "administratie in de navigatie.",
                    )
                )
            accept_drag(event, has_files and self.window.administration is not None)
            return True
        if kind == QEvent.Type.Drop:
            admin = self.window.administration
            paths = dropped_paths(event)
            if accept_drag(event, admin is not None and bool(paths)):
                deliveries().deliver(self.window.session, admin.id, paths, "drag_drop", self.window)
                if self.window.current_key != "hub":
                    self.window.show_page("hub")
            return True
        return False


def received_text(name: str, count: int, duplicates: int) -> str:
    """ "3 bestanden ontvangen voor Bakkerij …" (with how many were received before)."""
    translate = QCoreApplication.translate
    if count == 1:
        text = translate("Dropzone", "1 bestand ontvangen voor %1.")
    else:
        text = translate("Dropzone", "%2 bestanden ontvangen voor %1.").replace("%2", str(count))
    text = text.replace("%1", name)
    if duplicates == 1 and count == 1:
        text += " " + translate("Dropzone", "Het was al eerder ontvangen.")
    elif duplicates:
        more = translate("Dropzone", "%1 daarvan waren al eerder ontvangen.")
        text += " " + more.replace("%1", str(duplicates))
    return text


def _may_deliver(session: UiSession, admin) -> str | None:
    """Why this user may not deliver files to ``admin`` (None: they may)."""
    try:
        require(session.actor.role, Right.DELIVER_DOCUMENTS)
    except PermissionDenied as exc:
        return error_text(exc)
    return None


class _Feedback(QObject):
    """The window's messages about deliveries (a child of the window, so the process-wide
    :class:`Deliveries` signals stop reaching it when the window is gone)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._hint = ""
        flow = deliveries()
        flow.delivered.connect(self.delivered)
        flow.refused.connect(self.refused)
        flow.nothing_accepted.connect(self.nothing_accepted)
        recent = window.recent_admins
        recent.may_deliver = lambda admin: _may_deliver(window.session, admin)
        recent.drag_over.connect(self.drag_over)
        recent.drag_refused.connect(lambda _admin, why: window.notify(why))
        recent.files_dropped.connect(self.files_dropped)

    def delivered(self, admin_id: int, count: int, duplicates: int) -> None:
        self.window.notify(received_text(self.window.admin_name(admin_id), count, duplicates))

    def refused(self, admin_id: int, why: str) -> None:
        self.window.notify(
            self.tr("Niet aangeleverd voor %1: %2")
            .replace("%1", self.window.admin_name(admin_id))
            .replace("%2", why)
        )

    def nothing_accepted(self, _admin_id: int) -> None:
        self.window.notify(
            self.tr("Geen PDF's, afbeeldingen of e-facturen (XML) gevonden; niets aangeleverd.")
        )

    def drag_over(self, admin) -> None:
        status = self.window.status
        if admin is None:  # the drag left the row: take back only our own hint
            if status.currentMessage() == self._hint:
                status.clearMessage()
            return
        self._hint = self.tr("Loslaten om de bestanden aan te leveren voor %1").replace(
            "%1", admin.name
        )
        self.window.notify(self._hint)

    def files_dropped(self, admin, paths: list[Path]) -> None:
        deliveries().deliver(self.window.session, admin.id, paths, "drag_drop", self.window)

    def folder_problem(self, admin_id: int, message: str) -> None:
        name = self.window.admin_name(admin_id) if admin_id else ""
        message = shown(message)
        self.window.notify(f"{name}: {message}" if name else message, 0)


def install_on(window) -> None:
    """The main window's hook: accept drops anywhere and on the recent administrations, say
    what became of them, watch the administrations' folders."""
    window.setAcceptDrops(True)
    window.installEventFilter(_WindowDrops(window))
    feedback = _Feedback(window)
    from app.ui.folder_watch import WatcherBridge

    bridge = WatcherBridge(window.session, window)
    bridge.problem.connect(feedback.folder_problem)
    bridge.stop_with(window)
    bridge.start()
    window.folder_watcher = bridge
