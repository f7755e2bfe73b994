"""Read many files in a process pool where one broken or hanging file never stops the batch.

:func:`extract_many` yields one :class:`ExtractionResult` per path, in input order
(:func:`extract_as_done` as each file is done). Workers are
spawned (safe on every platform and with PyMuPDF, which must not be shared across threads or
forks) and warmed up before the clock starts. A file that runs past ``limits.seconds_per_file``
gets a time-limit error; the pool is then killed and rebuilt, and the files that were running
beside it are simply run again. When a worker dies (a crash in native code, ``BrokenProcessPool``)
the culprit is unknown, so the files that were in flight are retried one at a time; the one that
kills its worker alone gets a crash error. Everything else keeps going.
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from app.errors import UserFacingError
from app.pipeline.extract import ExtractionResult, extract_file
from app.pipeline.limits import DEFAULT_LIMITS, Limits

log = logging.getLogger(__name__)

Worker = Callable[..., ExtractionResult]
WARMUP_SECONDS = 120.0


def _warmup() -> bool:
    """Runs once per worker before timing starts, so imports do not count against a file."""
    import app.pipeline.extract  # noqa: F401

    return True


def _error(path: str, message: str, started: float | None = None) -> ExtractionResult:
    seconds = time.monotonic() - started if started is not None else 0.0
    return ExtractionResult(file=path, status="error", error=message, seconds=seconds)


def extract_many(
    paths: Sequence[str | Path],
    *,
    jobs: int,
    limits: Limits = DEFAULT_LIMITS,
    worker: Worker = extract_file,
) -> Iterator[ExtractionResult]:
    """Yield one result per path, in input order, using ``jobs`` worker processes.

    ``worker(path, limits=limits)`` must be a picklable module-level function returning an
    :class:`ExtractionResult`; it defaults to :func:`extract_file`.
    """
    waiting: dict[int, ExtractionResult] = {}
    next_out = 0
    for idx, result in extract_as_done(paths, jobs=jobs, limits=limits, worker=worker):
        waiting[idx] = result
        while next_out in waiting:
            yield waiting.pop(next_out)
            next_out += 1


def extract_as_done(
    paths: Sequence[str | Path],
    *,
    jobs: int,
    limits: Limits = DEFAULT_LIMITS,
    worker: Worker = extract_file,
) -> Iterator[tuple[int, ExtractionResult]]:
    """Yield ``(index into paths, result)`` for every path as soon as it is read, so one slow
    scan does not hold back the files behind it (what a progress display wants)."""
    files = [str(p) for p in paths]
    timeout = limits.seconds_per_file
    jobs = max(1, min(jobs, len(files) or 1))
    results: dict[int, ExtractionResult] = {}
    pending: deque[int] = deque(range(len(files)))
    suspects: deque[int] = deque()  # in flight when a worker died: rerun alone
    running: dict[Future, tuple[int, float]] = {}
    alone = False  # the running task is a suspect, run alone
    pool: ProcessPoolExecutor | None = None
    given = 0
    try:
        while given < len(files):
            for idx in list(results):
                yield idx, results.pop(idx)
                given += 1
            if given >= len(files):
                break
            if pool is None:
                pool = _new_pool(jobs)
            try:
                if suspects and not running:
                    alone = True
                    _submit(pool, worker, suspects, files, limits, running)
                while not suspects and not alone and pending and len(running) < jobs:
                    _submit(pool, worker, pending, files, limits, running)
            except BrokenProcessPool:
                pass  # a worker died meanwhile: the running futures report it below
            if not running:
                _kill(pool)
                pool = None
                continue
            deadline = min(start for _, start in running.values()) + timeout
            done, _ = wait(
                running,
                timeout=max(0.0, deadline - time.monotonic()) + 0.05,
                return_when=FIRST_COMPLETED,
            )
            broken = False
            for fut in done:
                idx, start = running.pop(fut)
                try:
                    results[idx] = fut.result()
                except BrokenProcessPool:
                    broken = True
                    _on_broken(idx, start, alone, files, results, suspects)
                except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
                    log.exception("worker failed on %s", files[idx])
                    results[idx] = _error(files[idx], f"Interne fout bij het lezen ({exc})", start)
            if done and not running:
                alone = False
            now = time.monotonic()
            expired = [f for f, (_, start) in running.items() if now - start > timeout]
            for fut in expired:
                idx, start = running.pop(fut)
                results[idx] = _error(
                    files[idx], f"Tijdslimiet overschreden ({timeout:g} s)", start
                )
            if expired or broken:
                for idx, start in running.values():  # collateral: innocent, run again
                    if broken:
                        _on_broken(idx, start, alone, files, results, suspects)
                    else:
                        pending.appendleft(idx)
                running.clear()
                alone = False
                _kill(pool)
                pool = None
    finally:
        if pool is not None and running:
            _kill(pool)
        elif pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _submit(
    pool: ProcessPoolExecutor,
    worker: Worker,
    queue: deque[int],
    files: list[str],
    limits: Limits,
    running: dict[Future, tuple[int, float]],
) -> None:
    idx = queue[0]
    future = pool.submit(worker, files[idx], limits=limits)  # raises when the pool is broken
    queue.popleft()
    running[future] = (idx, time.monotonic())


def _on_broken(
    idx: int,
    start: float,
    alone: bool,
    files: list[str],
    results: dict[int, ExtractionResult],
    suspects: deque[int],
) -> None:
    if alone:
        results[idx] = _error(
            files[idx], "Het leesproces is vastgelopen op dit bestand (crash)", start
        )
    elif idx not in suspects:
        suspects.append(idx)


def _new_pool(jobs: int) -> ProcessPoolExecutor:
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))
    warm = [pool.submit(_warmup) for _ in range(jobs)]
    done, _ = wait(warm, timeout=WARMUP_SECONDS)
    if not done or any(f.exception() is not None for f in done):
        _kill(pool)
        raise UserFacingError("Kan geen leesprocessen starten (--jobs); probeer het zonder --jobs")
    return pool


def _kill(pool: ProcessPoolExecutor) -> None:
    """Stop this pool's own workers now (a hung one never returns by itself)."""
    kill_workers = getattr(pool, "kill_workers", None)  # Python 3.14+
    if kill_workers is not None:
        kill_workers()
        return
    processes = list(getattr(pool, "_processes", {}).values())  # no public API before 3.14
    for proc in processes:
        if proc.is_alive():
            proc.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        proc.join(timeout=10)
