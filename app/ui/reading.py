"""Reading delivered files in the background with visible progress, without flooding the window.

:func:`read_in_background` runs ``processing.process_pending`` for the files of one delivery in
the thread pool (:func:`app.ui.tasks.run_task`). The service reports every file it has read;
those reports cross to the GUI thread as one queued signal each, where ``on_read(n)`` lowers the
hub's "files being read" counter at once (a cheap label update), while the lists that show the
files' states are refreshed through :class:`QueueRefresh`: at most one ``queue_changed`` per
administration every :data:`REFRESH_MS`, however many files are read in between (one hub
refresh per file would reload every listening page 500 times for a drop of 500 files).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.ui.events import AppEvents
from app.ui.session import UiSession
from app.ui.tasks import run_task

REFRESH_MS = 1000


class QueueRefresh(QObject):
    """``soon(admin_id)``: one ``queue_changed(admin_id)`` within :data:`REFRESH_MS` (a throttle,
    not a debounce: a steady stream of reports still refreshes the lists every interval)."""

    def __init__(self, events: AppEvents, interval_ms: int = REFRESH_MS):
        super().__init__(events)
        self.events, self.interval_ms = events, interval_ms
        self.timers: dict[int, QTimer] = {}

    def soon(self, admin_id: int) -> None:
        timer = self.timers.get(admin_id)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(self.interval_ms)
            timer.timeout.connect(lambda: self.events.queue_changed.emit(admin_id))
            self.timers[admin_id] = timer
        if not timer.isActive():
            timer.start()

    def now(self, admin_id: int) -> None:
        """Refresh at once (and drop a pending throttled refresh)."""
        timer = self.timers.get(admin_id)
        if timer is not None:
            timer.stop()
        self.events.queue_changed.emit(admin_id)


def queue_refresh(events: AppEvents) -> QueueRefresh:
    """The throttle of this event hub (one per window session, made on first use)."""
    found = events.queue_refresh
    if found is None:
        found = events.queue_refresh = QueueRefresh(events)
    return found


class _Reports(QObject):
    """Made on the GUI thread; ``read`` emitted from the worker arrives there queued."""

    read = Signal(int)  # files of this run read so far


def read_in_background(
    session: UiSession,
    admin_id: int,
    file_ids: list[int],
    *,
    on_read: Callable[[int], None],
    on_done: Callable[[int], None],
    on_error: Callable[[int, BaseException], None],
) -> None:
    """Read the received files ``file_ids`` of ``admin_id`` in the background.

    On the GUI thread: ``on_read(n)`` when ``n`` more files have been read (the lists follow
    within :data:`REFRESH_MS`); at the end ``on_done(left)`` or ``on_error(left, exc)`` with how
    many files were not reported as read (normally 0) — the lists are then refreshed by them.
    """
    services, total = session.services, len(file_ids)
    refresh = queue_refresh(session.events)
    reports = _Reports()
    counted = [0]

    def account(done: int) -> None:
        more = min(done, total) - counted[0]
        if more > 0:
            counted[0] += more
            on_read(more)
            refresh.soon(admin_id)

    def finish() -> int:
        reports.read.disconnect(account)
        reports.deleteLater()
        if admin_id in refresh.timers:  # the caller refreshes the lists now
            refresh.timers[admin_id].stop()
        return total - counted[0]

    reports.read.connect(account)
    run_task(
        lambda: services.processing.process_pending(  # (imports the pipeline off the GUI)
            admin_id, file_ids=file_ids, progress=lambda done, _all: reports.read.emit(done)
        ),
        lambda _report: on_done(finish()),
        lambda exc: on_error(finish(), exc),
    )
