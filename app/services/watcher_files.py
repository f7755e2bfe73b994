"""The file side of watched inbox folders: stability signatures, taking a batch in, moving aside.

:func:`take_batch` is what :class:`app.services.watcher.FolderWatcher` does with files that have
settled: one :meth:`IntakeService.take_in` call per file (so one refused file never hides whether
the others were recorded), one :meth:`ProcessingService.process_pending` for the batch, and only
then the move to ``verwerkt/`` (read, or a duplicate of a file already taken in) or ``fout/`` with
a ``<name>.reden.txt`` holding the Dutch reason. Name clashes in those folders get a
`` (2)``, `` (3)``… suffix, so nothing is ever overwritten.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.errors import NotFound, PermissionDenied, UserFacingError
from app.models import ReceivedFile
from app.models.enums import FileOrigin, FileState

log = logging.getLogger(__name__)

DONE_DIR = "verwerkt"
ERROR_DIR = "fout"
REASON_SUFFIX = ".reden.txt"

Signature = tuple[int, int]  # (size, mtime in ns)


@dataclass(frozen=True)
class FolderOutcome:
    """What happened to one file from a watched folder."""

    administration_id: int
    source: Path  # where it was found
    moved_to: Path | None  # None: left in place (intake refused it for a reason not the file's)
    received_file_id: int | None
    state: str  # a FileState value, or "refused" when intake raised
    error: str | None

    @property
    def name(self) -> str:
        return self.source.name


def signature(path: Path) -> Signature | None:
    """Size and modification time, or None when the file is gone."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def free_name(folder: Path, name: str, *, with_reason: bool = False) -> Path:
    """``folder/name``, or ``folder/stem (n).suffix`` for the first n ≥ 2 that is free."""
    stem, suffix = os.path.splitext(name)
    candidate, n = folder / name, 1
    while candidate.exists() or (with_reason and reason_path(candidate).exists()):
        n += 1
        candidate = folder / f"{stem} ({n}){suffix}"
    return candidate


def reason_path(moved: Path) -> Path:
    return moved.with_name(moved.name + REASON_SUFFIX)


def move_aside(path: Path, subdir: str, reason: str | None = None) -> Path:
    """Move ``path`` into ``subdir`` beside it (created when missing); write the reason file."""
    target_dir = path.parent / subdir
    target_dir.mkdir(exist_ok=True)
    target = free_name(target_dir, path.name, with_reason=reason is not None)
    os.replace(path, target)
    if reason is not None:
        when = datetime.now().strftime("%d-%m-%Y %H:%M")
        text = (
            f"{reason}\n\nBestand: {path.name}\nAangeboden: {when}\n"
            "Het bestand is niet verwerkt. Herstel het en zet het opnieuw in de map.\n"
        )
        try:
            reason_path(target).write_text(text, encoding="utf-8")
        except OSError:
            log.exception("could not write the reason file beside %s", target)
    return target


def take_batch(
    services, admin_id: int, paths: list[Path], report_error: Callable[[int | None, str], None]
) -> list[FolderOutcome]:
    """Take ``paths`` in for the administration, read them, and move each one aside."""
    outcomes: list[FolderOutcome] = []
    recorded: list[tuple[Path, int, str]] = []
    for path in paths:
        try:
            dto = services.intake.take_in(admin_id, [path], origin=FileOrigin.FOLDER)[0]
        except (PermissionDenied, NotFound) as exc:  # the user or the setup, not the file
            report_error(admin_id, f"{path.name}: {exc}")
            outcomes.append(FolderOutcome(admin_id, path, None, None, "refused", str(exc)))
            continue
        except UserFacingError as exc:
            if not path.exists():
                continue  # taken away meanwhile
            if isinstance(exc.__cause__, PermissionError):  # locked: try again on the next scan
                report_error(admin_id, str(exc))
                outcomes.append(FolderOutcome(admin_id, path, None, None, "refused", str(exc)))
                continue
            outcomes.append(
                _aside(admin_id, path, ERROR_DIR, None, "refused", str(exc), report_error)
            )
            continue
        recorded.append((path, dto.id, dto.state))
    to_read = [rf_id for _, rf_id, state in recorded if state == FileState.STORED]
    if to_read:
        try:
            services.processing.process_pending(admin_id, file_ids=to_read)
        except Exception as exc:  # recorded and stored: it is read later, never lost
            log.exception("reading files from the watched folder failed")
            report_error(admin_id, f"Verwerken mislukt: {exc}")
    states = _states(services.app, [rf_id for _, rf_id, _ in recorded])
    for path, rf_id, _ in recorded:
        state, error = states.get(rf_id, (FileState.STORED, None))
        if state == FileState.ERROR:
            outcomes.append(
                _aside(
                    admin_id,
                    path,
                    ERROR_DIR,
                    rf_id,
                    state,
                    error or "Bestand kon niet worden gelezen",
                    report_error,
                )
            )
        else:
            outcomes.append(_aside(admin_id, path, DONE_DIR, rf_id, state, error, report_error))
    return outcomes


def _aside(
    admin_id: int,
    path: Path,
    subdir: str,
    rf_id: int | None,
    state: str,
    error: str | None,
    report_error,
) -> FolderOutcome:
    try:
        moved = move_aside(path, subdir, error if subdir == ERROR_DIR else None)
    except OSError as exc:
        report_error(admin_id, f"{path.name} kon niet naar '{subdir}' worden verplaatst: {exc}")
        moved = None
    return FolderOutcome(admin_id, path, moved, rf_id, str(state), error)


def _states(app, ids: list[int]) -> dict[int, tuple[str, str | None]]:
    if not ids:
        return {}
    with app.transaction() as s:
        rows = s.execute(
            select(ReceivedFile.id, ReceivedFile.state, ReceivedFile.error).where(
                ReceivedFile.id.in_(ids)
            )
        )
        return {rf_id: (state, error) for rf_id, state, error in rows}
