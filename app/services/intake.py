"""Taking files in: one path for every channel (drag-and-drop, folder, e-mail, CLI, upload).

A file is first stored durably in the content-addressed store, then recorded as a received file
of the administration. The same bytes received twice for one administration are recorded as a
duplicate of the first and never processed twice. Processing happens afterwards, by
:class:`app.services.processing.ProcessingService`, so no caller waits on reading.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from app.errors import InvalidInput, PermissionDenied
from app.models import BlockedSender, ReceivedFile
from app.models.enums import FileOrigin, FileState
from app.pipeline.limits import DEFAULT_LIMITS
from app.services.context import BaseService
from app.services.permissions import Right
from app.services.store import FileStore

SYSTEM_FILES = {"thumbs.db", "desktop.ini", ".ds_store"}


@dataclass(frozen=True)
class ReceivedFileDTO:
    id: int
    administration_id: int
    original_name: str
    origin: str
    sha256: str
    size: int
    state: str
    error: str | None
    received_at: datetime
    duplicate_of_id: int | None
    document_ids: tuple[int, ...] = ()


def received_dto(f: ReceivedFile, document_ids: tuple[int, ...] = ()) -> ReceivedFileDTO:
    return ReceivedFileDTO(
        f.id,
        f.administration_id,
        f.original_name,
        f.origin,
        f.sha256,
        f.size,
        f.state,
        f.error,
        f.received_at,
        f.duplicate_of_id,
        document_ids,
    )


def is_system_file(path: Path) -> bool:
    name = path.name.lower()
    return name in SYSTEM_FILES or name.startswith(("~$", ".")) or name.endswith((".tmp", ".part"))


class IntakeService(BaseService):
    @property
    def store(self) -> FileStore:
        return FileStore(self.app.paths.store)

    def take_in(
        self,
        admin_ref: int | str,
        files: list[Path],
        *,
        origin: str = FileOrigin.CLI,
        sender: str | None = None,
    ) -> list[ReceivedFileDTO]:
        """Store and record ``files`` (folders are expanded); returns one DTO per file."""
        self.require(Right.DELIVER_DOCUMENTS)
        if origin not in {o.value for o in FileOrigin}:
            raise InvalidInput(f"Onbekende herkomst: {origin}")
        from app.services.administrations import AdministrationService

        with self.tx() as s:
            admin = AdministrationService(self.app, self.actor).resolve(s, admin_ref)
            admin_id = admin.id
            if sender and self._blocked(s, sender):
                raise PermissionDenied(f"Afzender {sender} staat op de zwarte lijst.")
        out = []
        for path in expand(files):
            digest, size = self.store.put_file(path, DEFAULT_LIMITS.max_file_bytes)
            out.append(self._record(admin_id, path.name, digest, size, origin, sender))
        return out

    def take_in_bytes(
        self,
        admin_ref: int | str,
        name: str,
        data: bytes,
        *,
        origin: str = FileOrigin.CLI,
        sender: str | None = None,
    ) -> ReceivedFileDTO:
        self.require(Right.DELIVER_DOCUMENTS)
        from app.services.administrations import AdministrationService

        with self.tx() as s:
            admin_id = AdministrationService(self.app, self.actor).resolve(s, admin_ref).id
            if sender and self._blocked(s, sender):
                raise PermissionDenied(f"Afzender {sender} staat op de zwarte lijst.")
        digest, size = self.store.put_bytes(data)
        return self._record(admin_id, name, digest, size, origin, sender)

    def _record(
        self, admin_id: int, name: str, digest: str, size: int, origin: str, sender: str | None
    ) -> ReceivedFileDTO:
        with self.tx() as s:
            first = s.scalar(
                select(ReceivedFile)
                .where(
                    ReceivedFile.administration_id == admin_id,
                    ReceivedFile.sha256 == digest,
                    ReceivedFile.state != FileState.DUPLICATE,
                )
                .order_by(ReceivedFile.id)
                .limit(1)
            )
            rf = ReceivedFile(
                administration_id=admin_id,
                sha256=digest,
                size=size,
                origin=origin,
                original_name=name[:500],
                sender=sender,
                received_by_id=self.actor.user_id,
                mime=mimetypes.guess_type(name)[0],
                state=FileState.DUPLICATE if first else FileState.STORED,
                duplicate_of_id=first.id if first else None,
                error=(
                    f"Dubbel bestand: dezelfde inhoud als '{first.original_name}' "
                    f"(ontvangen {first.received_at:%d-%m-%Y %H:%M})"
                )
                if first
                else None,
            )
            s.add(rf)
            s.flush()
            self.audit(s, "file.receive", "received_file", rf.id, f"{origin}: {name}")
            return received_dto(rf)

    def _blocked(self, s, sender: str) -> bool:
        addr = sender.strip().lower()
        domain = "@" + addr.split("@")[-1]
        return bool(
            s.scalar(
                select(func.count(BlockedSender.id)).where(
                    BlockedSender.address.in_([addr, domain])
                )
            )
        )

    def received(self, admin_ref: int | str, limit: int = 500) -> list[ReceivedFileDTO]:
        from app.services.administrations import AdministrationService

        with self.tx() as s:
            admin = AdministrationService(self.app, self.actor).resolve(s, admin_ref)
            rows = s.scalars(
                select(ReceivedFile)
                .where(ReceivedFile.administration_id == admin.id)
                .order_by(ReceivedFile.id.desc())
                .limit(limit)
            )
            return [received_dto(f, tuple(d.id for d in f.documents)) for f in rows]


def expand(files: list[Path]) -> list[Path]:
    """Files as given, folders expanded to the files inside (sorted), system files left out."""
    out: list[Path] = []
    for f in files:
        f = Path(f)
        if f.is_dir():
            out.extend(p for p in sorted(f.rglob("*")) if p.is_file() and not is_system_file(p))
        else:
            out.append(f)
    return out
