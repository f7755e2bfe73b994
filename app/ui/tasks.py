"""One way to run background work: :func:`run_task` runs a plain function on the global
``QThreadPool`` and hands its result (or exception) back on the GUI thread.

Worker functions take and return plain data (DTOs) and never touch widgets; each service call
opens its own short-lived database session. Results for an ``owner`` widget that was deleted in
the meantime are dropped. :func:`pending_tasks` lets tests and the screenshot command wait until
every task has delivered its result.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_live: set[_TaskSignals] = set()


class _TaskSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _TaskSignals):
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:  # worker thread
        try:
            result = self.fn()
        except Exception as exc:  # handed to on_error on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_task(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    owner: QObject | None = None,
) -> None:
    """Run ``fn()`` in the thread pool; call ``on_success(result)`` or ``on_error(exc)`` later on
    the GUI thread. Without ``on_error`` the error goes to :func:`app.ui.crash.handle_error`."""
    signals = _TaskSignals()
    _live.add(signals)

    def alive() -> bool:
        return owner is None or shiboken6.isValid(owner)

    def finish() -> None:
        _live.discard(signals)
        signals.deleteLater()

    def done(result: Any) -> None:
        try:
            if alive() and on_success is not None:
                on_success(result)
        finally:
            finish()

    def failed(exc: BaseException) -> None:
        try:
            if not alive():
                log.info("task error after its owner closed: %r", exc)
            elif on_error is not None:
                on_error(exc)
            else:
                from app.ui.crash import handle_error

                handle_error(exc, owner if isinstance(owner, QObject) else None)
        finally:
            finish()

    signals.done.connect(done)
    signals.failed.connect(failed)
    QThreadPool.globalInstance().start(_Task(fn, signals))


def pending_tasks() -> int:
    """How many started tasks have not delivered their result yet."""
    return len(_live)


def wait_for_tasks(timeout_ms: int = 10_000) -> bool:
    """Block until every task has delivered (for the screenshot command; never in the UI)."""
    pool = QThreadPool.globalInstance()
    import time

    deadline = time.monotonic() + timeout_ms / 1000
    while _live and time.monotonic() < deadline:
        pool.waitForDone(50)
        QCoreApplication.processEvents()
    return not _live
