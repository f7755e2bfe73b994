"""Counts for ``factuurflow status``: per visible administration, documents per workflow state,
received files per state and duplicates, computed with aggregate queries."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app.models import Administration, Document, ExportAttempt, ReceivedFile
from app.models.enums import DocumentState, FileState
from app.services.context import BaseService
from app.services.permissions import sees_all_administrations, visible_admin_ids_query


class StatusService(BaseService):
    def overview(self) -> dict[str, Any]:
        with self.tx() as s:
            q = select(Administration).order_by(Administration.name)
            if not sees_all_administrations(self.actor.role):
                q = q.where(
                    Administration.id.in_(
                        visible_admin_ids_query(self.actor.user_id, self.actor.role)
                    )
                )
            admins = list(s.scalars(q))
            ids = [a.id for a in admins]
            docs: dict[int, dict[str, int]] = {i: {} for i in ids}
            for admin_id, state, n in s.execute(
                select(Document.administration_id, Document.state, func.count())
                .where(Document.administration_id.in_(ids))
                .group_by(Document.administration_id, Document.state)
            ):
                docs[admin_id][state] = n
            files: dict[int, dict[str, int]] = {i: {} for i in ids}
            for admin_id, state, n in s.execute(
                select(ReceivedFile.administration_id, ReceivedFile.state, func.count())
                .where(ReceivedFile.administration_id.in_(ids))
                .group_by(ReceivedFile.administration_id, ReceivedFile.state)
            ):
                files[admin_id][state] = n
            exports: dict[int, dict[str, int]] = {i: {} for i in ids}
            for admin_id, status, n in s.execute(
                select(Document.administration_id, ExportAttempt.status, func.count())
                .join(Document, Document.id == ExportAttempt.document_id)
                .where(Document.administration_id.in_(ids))
                .group_by(Document.administration_id, ExportAttempt.status)
            ):
                exports[admin_id][status] = n
            out = []
            for a in admins:
                counts = {st.value: docs[a.id].get(st.value, 0) for st in DocumentState}
                out.append(
                    {
                        "id": a.id,
                        "code": a.code,
                        "name": a.name,
                        "package": a.package,
                        "sync_state": a.sync_state,
                        "incomplete_reason": a.incomplete_reason,
                        "documents": counts,
                        "documents_total": sum(counts.values()),
                        "received_files": sum(files[a.id].values()),
                        "received_files_by_state": {
                            st.value: files[a.id].get(st.value, 0) for st in FileState
                        },
                        "duplicates": files[a.id].get(FileState.DUPLICATE.value, 0),
                        "file_errors": files[a.id].get(FileState.ERROR.value, 0),
                        "exports": exports[a.id],
                    }
                )
            return {"administrations": out}
