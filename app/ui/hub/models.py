"""The Document Hub's table models for received files and the review groups, each with
``COL_*`` constants, lazy, sorted and filtered in SQL by :mod:`app.services.hub` (the export,
export-error and recent-archive models are in :mod:`app.ui.hub.export_models`).
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.services.hub_dto import ReceivedFileRow
from app.ui import theme
from app.ui.hub import labels
from app.ui.hub.lazy_model import IdListModel, PagedModel
from app.ui.i18n import format_amount, format_date, format_datetime
from app.ui.service_text import shown
from app.ui.widgets import icon

RIGHT = Qt.AlignmentFlag.AlignRight


def _count(n: int) -> str:
    return str(n) if n else ""


class ReceivedFilesModel(PagedModel):
    COL_NAME, COL_ORIGIN, COL_RECEIVED, COL_STATE, COL_DOCS, COL_ERROR = range(6)
    SORT_KEYS = {
        COL_NAME: "name",
        COL_ORIGIN: "origin",
        COL_RECEIVED: "received_at",
        COL_STATE: "state",
        COL_DOCS: "documents",
    }
    UPDATE_IN_PLACE = True  # the states change while a large delivery is being read

    def __init__(self, hub, admin_id: int, parent=None):
        super().__init__(parent, sort="received_at", descending=True)
        self.hub, self.admin_id = hub, admin_id

    def headers(self) -> list[str]:
        return [
            self.tr("Bestand"),
            self.tr("Herkomst"),
            self.tr("Ontvangen"),
            self.tr("Status"),
            self.tr("Documenten"),
            self.tr("Melding"),
        ]

    def page_query(self):
        return functools.partial(self.hub.received_files, self.admin_id)

    def display(self, row: ReceivedFileRow, column: int) -> str:
        return {
            self.COL_NAME: row.original_name,
            self.COL_ORIGIN: labels.file_origin(row.origin)
            + (f" ({row.sender})" if row.sender else ""),
            self.COL_RECEIVED: format_datetime(row.received_at),
            self.COL_STATE: labels.file_state(row.state),
            self.COL_DOCS: _count(row.document_count),
            self.COL_ERROR: shown(row.error),
        }.get(column, "")

    def alignment(self, column: int):
        return RIGHT if column == self.COL_DOCS else None

    def tooltip(self, row: ReceivedFileRow, column: int) -> str | None:
        return shown(row.error) if column == self.COL_ERROR and row.error else None

    def foreground(self, row: ReceivedFileRow, column: int) -> Any:
        if column in (self.COL_STATE, self.COL_ERROR) and row.state == "error":
            return QColor(theme.DANGER)
        return None


class ReviewGroupModel(IdListModel):
    """One review group (open / no / closed comments): ids from ``hub.review_ids``."""

    COL_OPEN, COL_TYPE, COL_NUMBER, COL_DATE, COL_RELATION, COL_AMOUNT, COL_STATE, COL_COMMENTS = (
        range(8)
    )
    SORT_KEYS = {
        COL_TYPE: "type",
        COL_NUMBER: "invoice_number",
        COL_DATE: "invoice_date",
        COL_RELATION: "relation",
        COL_AMOUNT: "amount",
        COL_STATE: "state",
    }

    def __init__(self, hub, admin_id: int, group: str, parent=None):
        super().__init__(parent)
        self.hub, self.admin_id, self.group = hub, admin_id, group

    def headers(self) -> list[str]:
        return [
            "",
            self.tr("Type"),
            self.tr("Factuurnummer"),
            self.tr("Datum"),
            self.tr("Relatie"),
            self.tr("Bedrag"),
            self.tr("Status"),
            self.tr("Commentaar"),
        ]

    def fetch_ids(self):
        hub, aid, group, sort, desc, text = (
            self.hub,
            self.admin_id,
            self.group,
            self.sort_name,
            self.descending,
            self.text,
        )
        return lambda: hub.review_ids(aid, group, sort=sort, descending=desc, text=text)

    def fetch_rows(self):
        return self.hub.rows

    def display(self, row, column: int) -> str:
        if column == self.COL_COMMENTS:
            parts = []
            if row.open_comments:
                parts.append(self.tr("%1 open").replace("%1", str(row.open_comments)))
            if row.closed_comments:
                parts.append(self.tr("%1 gesloten").replace("%1", str(row.closed_comments)))
            return ", ".join(parts)
        return {
            self.COL_TYPE: labels.document_type(row.type, row.is_credit_note),
            self.COL_NUMBER: row.invoice_number or "",
            self.COL_DATE: format_date(row.invoice_date),
            self.COL_RELATION: _relation(row.relation_name, row.relation_code),
            self.COL_AMOUNT: format_amount(row.total_incl_vat),
            self.COL_STATE: labels.document_state(row.state),
        }.get(column, "")

    def decoration(self, row, column: int) -> Any:
        return icon("search") if column == self.COL_OPEN else None

    def tooltip(self, row, column: int) -> str | None:
        return self.tr("Openen (Enter)") if column == self.COL_OPEN else None

    def alignment(self, column: int):
        return RIGHT if column == self.COL_AMOUNT else None


def _relation(name: str | None, code: str | None) -> str:
    if name and code:
        return f"{name} ({code})"
    return name or code or ""
