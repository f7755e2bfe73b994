"""The content-addressed store of received files in the data folder.

A file is written once under ``store/ab/cd/<sha256>``: first to a temporary name, fsynced,
renamed into place, and the folder fsynced, so once :meth:`FileStore.put` returns the bytes
survive a crash. Putting the same bytes again is a no-op, which is what makes intake
idempotent: a crash between storing and recording in the database loses nothing and doubles
nothing.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from app.errors import UserFacingError

CHUNK = 1024 * 1024


class FileStore:
    def __init__(self, root: Path):
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put_bytes(self, data: bytes) -> tuple[str, int]:
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_for(digest)
        if not target.exists():
            self._write(target, [data])
        return digest, len(data)

    def put_file(self, source: Path, max_bytes: int | None = None) -> tuple[str, int]:
        """Store ``source``; returns (sha256, size). Reads it once, streaming."""
        try:
            size = source.stat().st_size
            if max_bytes is not None and size > max_bytes:
                raise UserFacingError(
                    f"{source.name}: bestand te groot ({size // 1_048_576} MB, maximaal "
                    f"{max_bytes // 1_048_576} MB)"
                )
            h = hashlib.sha256()
            chunks = []
            with source.open("rb") as fh:
                while chunk := fh.read(CHUNK):
                    h.update(chunk)
                    chunks.append(chunk)
        except FileNotFoundError as exc:
            raise UserFacingError(f"Bestand niet gevonden: {source}") from exc
        except IsADirectoryError as exc:
            raise UserFacingError(f"{source} is een map, geen bestand") from exc
        except PermissionError as exc:
            raise UserFacingError(f"Geen leesrechten op {source}") from exc
        digest = h.hexdigest()
        target = self.path_for(digest)
        if not target.exists():
            self._write(target, chunks)
        return digest, size

    def read(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def _write(self, target: Path, chunks: list[bytes]) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as fh:
                for chunk in chunks:
                    fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
