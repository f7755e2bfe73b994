"""Watched inbox folders: files dropped into an administration's folder are taken in and read.

A :class:`FolderWatcher` watches ``Administration.watched_folder`` of one or more administrations
with watchdog (native events, or polling when the ``watch_polling`` setting is on, for network
shares). A file is taken only once it has stopped changing: its size and modification time must
stay the same for ``settle_seconds``. It then goes through the one intake path
(:meth:`IntakeService.take_in` with origin "folder"), is read at once
(:meth:`ProcessingService.process_pending`) and only *after* intake returned — the bytes are in
the store and the received file is recorded — is it moved out of the way: to ``verwerkt/`` when
it was read (or was a duplicate), to ``fout/`` with a ``<name>.reden.txt`` beside it holding the
Dutch reason when it could not be read. Only files directly in the folder count (not
subfolders); system and temporary files are left alone. :meth:`FolderWatcher.scan_once` catches
up synchronously on what arrived while the app was closed; the running watcher also lists its
folders at start and every ``rescan_seconds``, so a lost event never loses a file. Hooks tell the
UI what happened (a file taken, a file moved to ``fout/``, a folder missing or unreadable and
readable again); they run on the watcher's thread, so a Qt caller re-emits them as signals.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver, ObservedWatch
from watchdog.observers.polling import PollingObserver

from app.errors import UserFacingError
from app.services.context import Actor, AppContext, Services
from app.services.intake import is_system_file
from app.services.watcher_files import (
    DONE_DIR,
    ERROR_DIR,
    FolderOutcome,
    Signature,
    signature,
    take_batch,
)

log = logging.getLogger(__name__)


@dataclass
class _Pending:
    admin_id: int
    signature: Signature | None
    since: float  # clock reading when this signature was first seen


class _Handler(FileSystemEventHandler):
    def __init__(self, watcher: FolderWatcher, admin_id: int, folder: Path):
        self.watcher, self.admin_id, self.folder = watcher, admin_id, folder

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type in ("deleted", "opened", "closed_no_write"):
            return
        path = getattr(event, "dest_path", "") or event.src_path
        path = Path(path.decode() if isinstance(path, bytes) else path)
        if path.parent == self.folder:
            self.watcher.notice(self.admin_id, path)


class FolderWatcher:
    """Watches the inbox folders of administrations and takes in what settles there.

    Args:
        app: the application context.
        actor_factory: returns the user the files are taken in as (called for every batch).
        settle_seconds: how long size and mtime must stay unchanged before a file is taken.
        poll_interval: how often pending files are looked at (and the polling observer polls).
        rescan_seconds: how often the running watcher also lists every folder, so a file is
            never missed (an event lost on a network share, a file dropped while watching
            started); ``None``: events only.
        polling: force the polling observer on/off; ``None`` follows the ``watch_polling`` setting.
        clock: a monotonic clock (tests pass a fake one and drive :meth:`tick`).
    """

    def __init__(
        self,
        app: AppContext,
        actor_factory: Callable[[], Actor],
        *,
        settle_seconds: float = 2.0,
        poll_interval: float = 1.0,
        rescan_seconds: float | None = 60.0,
        polling: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
        on_file_taken: Callable[[int, int], None] | None = None,
        on_file_failed: Callable[[int, Path, str], None] | None = None,
        on_error: Callable[[int | None, str], None] | None = None,
        on_folder_ok: Callable[[int], None] | None = None,
    ):
        self.app = app
        self.actor_factory = actor_factory
        self.settle_seconds = settle_seconds
        self.poll_interval = poll_interval
        self.rescan_seconds = rescan_seconds
        self.polling = bool(app.settings.get("watch_polling")) if polling is None else polling
        self.clock = clock
        self.on_file_taken = on_file_taken
        self.on_file_failed = on_file_failed
        self.on_error = on_error
        self.on_folder_ok = on_folder_ok
        self._unreadable: dict[int, str] = {}  # admin id -> the problem last reported
        self.folders: dict[int, Path] = {}
        self._pending: dict[Path, _Pending] = {}
        self._lock = threading.Lock()  # guards _pending and folders
        self._work = threading.Lock()  # one intake batch at a time
        self._stop = threading.Event()
        self._observer: BaseObserver | None = None
        self._thread: threading.Thread | None = None
        self._watches: dict[int, ObservedWatch] = {}
        self._refused: dict[Path, Signature | None] = {}  # left in place: retry once changed

    # -- which folders ----------------------------------------------------------------------
    def watch(self, admin_id: int) -> Path:
        """Watch the administration's folder (the acting user must see it and deliver)."""
        admin = self._services().administrations.get(admin_id)
        if not admin.watched_folder:
            raise UserFacingError(f"Administratie {admin.code} heeft geen bewaakte map.")
        folder = Path(admin.watched_folder).expanduser()
        if not folder.is_dir():
            raise UserFacingError(f"Bewaakte map van {admin.code} bestaat niet: {folder}")
        folder = folder.resolve()
        with self._lock:
            self.folders[admin_id] = folder
        if self._observer is not None:
            self._schedule(admin_id, folder)
            self._queue_existing(admin_id, folder)
        return folder

    def unwatch(self, admin_id: int) -> None:
        with self._lock:
            self.folders.pop(admin_id, None)
            self._pending = {p: e for p, e in self._pending.items() if e.admin_id != admin_id}
        watch = self._watches.pop(admin_id, None)
        if watch is not None and self._observer is not None:
            self._observer.unschedule(watch)

    def watch_all(self, *, catch_up: bool = True) -> list[int]:
        """Watch every visible administration with a folder; returns the ids now watched.

        With ``catch_up`` the files already in the folders are queued now, and taken in the
        background once the watcher runs and they are stable (a running watcher also finds
        them at its next rescan; :meth:`scan_once` catches up synchronously instead). A folder
        that is missing is reported through ``on_error`` and skipped.
        """
        watched = []
        for admin in self._services().administrations.list():
            if not admin.watched_folder:
                continue
            try:
                self.watch(admin.id)
            except UserFacingError as exc:
                self._report_error(admin.id, str(exc))
                continue
            watched.append(admin.id)
            if catch_up:
                self._queue_existing(admin.id, self.folders[admin.id])
        return watched

    # -- running ----------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._observer = (
            PollingObserver(timeout=self.poll_interval)
            if self.polling
            else Observer(timeout=self.poll_interval)
        )
        with self._lock:
            folders = dict(self.folders)
        for admin_id, folder in folders.items():
            self._schedule(admin_id, folder)
        self._observer.start()
        self._thread = threading.Thread(target=self._run, name="folder-watcher", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = None) -> None:
        """Stop watching; a batch being taken in is finished first (nothing is half-moved)."""
        self._stop.set()
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout)
            self._observer = None
            self._watches.clear()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _schedule(self, admin_id: int, folder: Path) -> None:
        assert self._observer is not None
        old = self._watches.pop(admin_id, None)
        if old is not None:
            self._observer.unschedule(old)
        handler = _Handler(self, admin_id, folder)
        self._watches[admin_id] = self._observer.schedule(handler, str(folder), recursive=False)

    def _queue_existing(self, admin_id: int, folder: Path) -> None:
        for path in self._list(admin_id, folder):
            self.notice(admin_id, path)

    def _list(self, admin_id: int, folder: Path) -> list[Path]:
        """The candidate files in a watched folder; a folder that cannot be listed (gone, no
        rights, share offline) is reported once through ``on_error`` until it can be again,
        which ``on_folder_ok`` announces."""
        try:
            paths = sorted(p for p in folder.iterdir() if p.is_file() and not is_system_file(p))
        except OSError as exc:
            if isinstance(exc, FileNotFoundError | NotADirectoryError):
                why = "bestaat niet (meer)"
            elif isinstance(exc, PermissionError):
                why = "is niet te lezen: geen toegang"
            else:
                why = f"is niet te lezen: {exc.strerror or exc}"
            message = f"Bewaakte map {folder} {why}."
            with self._lock:
                new = self._unreadable.get(admin_id) != message
                self._unreadable[admin_id] = message
            if new:
                self._report_error(admin_id, message)
            return []
        with self._lock:
            recovered = self._unreadable.pop(admin_id, None) is not None
        if recovered:
            self._call(self.on_folder_ok, admin_id)
        return paths

    def _run(self) -> None:
        last_scan: float | None = None
        while True:
            try:
                if last_scan is None or (
                    self.rescan_seconds is not None
                    and self.clock() - last_scan >= self.rescan_seconds
                ):
                    last_scan = self.clock()
                    with self._lock:
                        folders = dict(self.folders)
                    for admin_id, folder in folders.items():
                        self._queue_existing(admin_id, folder)
                self.tick()
            except Exception:  # a bug must not silently end watching
                log.exception("folder watcher tick failed")
            if self._stop.wait(self.poll_interval):
                return

    # -- settling ---------------------------------------------------------------------------
    def notice(self, admin_id: int, path: Path) -> None:
        """A file appeared or changed; it is taken once it has been stable long enough."""
        if is_system_file(path):
            return
        with self._lock:
            if path in self._refused:
                if self._refused[path] == signature(path):
                    return  # refused before and unchanged since: not again and again
                del self._refused[path]
            if path not in self._pending:
                self._pending[path] = _Pending(admin_id, None, self.clock())

    def tick(self) -> list[FolderOutcome]:
        """Look at every pending file once; take those stable for ``settle_seconds``."""
        now = self.clock()
        ready: dict[int, list[Path]] = {}
        with self._lock:
            for path, entry in list(self._pending.items()):
                sig = signature(path)
                if sig is None:  # gone (moved away by the user, or by us)
                    del self._pending[path]
                elif sig != entry.signature:
                    entry.signature, entry.since = sig, now
                elif now - entry.since >= self.settle_seconds:
                    del self._pending[path]
                    ready.setdefault(entry.admin_id, []).append(path)
        outcomes = []
        for admin_id, paths in ready.items():
            outcomes += self.take(admin_id, paths)
        return outcomes

    @property
    def pending(self) -> list[Path]:
        with self._lock:
            return sorted(self._pending)

    def scan_once(self, admin_id: int) -> list[FolderOutcome]:
        """Take in, synchronously, every stable file now in the administration's folder.

        Files are looked at twice, ``settle_seconds`` apart; those that changed in between are
        left for the running watcher (queued) or for the next scan.
        """
        folder = self.folders.get(admin_id) or self.watch(admin_id)
        first = {p: signature(p) for p in self._list(admin_id, folder)}
        if not first:
            return []
        time.sleep(self.settle_seconds)
        stable = [p for p, sig in first.items() if sig is not None and signature(p) == sig]
        for path in set(first) - set(stable):
            self.notice(admin_id, path)
        return self.take(admin_id, sorted(stable))

    # -- taking in --------------------------------------------------------------------------
    def take(self, admin_id: int, paths: list[Path]) -> list[FolderOutcome]:
        """Take in ``paths`` (one intake call per file), read them, then move each aside."""
        with self._work:
            paths = [p for p in paths if p.is_file()]  # a scan and a tick may race for a file
            if not paths:
                return []
            outcomes = take_batch(self._services(), admin_id, paths, self._report_error)
        for outcome in outcomes:
            if outcome.moved_to is None:  # refused, or could not be moved: not again unchanged
                with self._lock:
                    self._refused[outcome.source] = signature(outcome.source)
        for outcome in outcomes:
            if outcome.received_file_id is not None:
                self._call(self.on_file_taken, admin_id, outcome.received_file_id)
            if outcome.moved_to is not None and outcome.moved_to.parent.name == ERROR_DIR:
                self._call(self.on_file_failed, admin_id, outcome.moved_to, outcome.error or "")
        return outcomes

    def _services(self) -> Services:
        return Services(self.app, self.actor_factory())

    def _report_error(self, admin_id: int | None, message: str) -> None:
        log.warning("folder watcher (administration %s): %s", admin_id, message)
        self._call(self.on_error, admin_id, message)

    @staticmethod
    def _call(hook, *args) -> None:
        if hook is None:
            return
        try:
            hook(*args)
        except Exception:  # the UI's problem must not stop intake
            log.exception("folder watcher hook %r failed", hook)


__all__ = ["DONE_DIR", "ERROR_DIR", "FolderOutcome", "FolderWatcher"]
