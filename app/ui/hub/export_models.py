"""The models of what was sent, each with ``COL_*`` constants: the hub's export list and last 7
days of the archive (lazy, sorted and filtered in SQL by :mod:`app.services.hub`), the export
errors of one category (a short list, loaded whole) and the Archive page's list (ids from
:meth:`app.services.archive.ArchiveService.ids`, rows from ``rows``).
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtGui import QColor

from app.services.archive import ArchiveQuery
from app.services.hub_dto import ArchiveRow, ExportErrorRow, ExportRow
from app.ui import theme
from app.ui.hub import labels
from app.ui.hub.lazy_model import IdListModel, PagedModel
from app.ui.hub.models import RIGHT
from app.ui.i18n import format_amount, format_date, format_datetime
from app.ui.service_text import shown
from app.ui.table_models import DtoTableModel


class ExportModel(PagedModel):
    COL_STARTED, COL_TYPE, COL_NUMBER, COL_DATE, COL_RELATION, COL_AMOUNT, COL_STATUS, COL_INFO = (
        range(8)
    )
    SORT_KEYS = {
        COL_STARTED: "started_at",
        COL_TYPE: "type",
        COL_NUMBER: "invoice_number",
        COL_DATE: "invoice_date",
        COL_RELATION: "relation",
        COL_AMOUNT: "amount",
        COL_STATUS: "status",
    }

    def __init__(self, hub, admin_id: int, parent=None):
        super().__init__(parent, sort="id", descending=True)
        self.hub, self.admin_id = hub, admin_id

    def headers(self) -> list[str]:
        return [
            self.tr("Verzonden"),
            self.tr("Type"),
            self.tr("Factuurnummer"),
            self.tr("Datum"),
            self.tr("Relatie"),
            self.tr("Bedrag"),
            self.tr("Status"),
            self.tr("Boeking / melding"),
        ]

    def page_query(self):
        return functools.partial(self.hub.exports, self.admin_id)

    def display(self, row: ExportRow, column: int) -> str:
        info = row.entry_number or row.package_reference or shown(row.error_message)
        return {
            self.COL_STARTED: format_datetime(row.started_at),
            self.COL_TYPE: labels.document_type(row.type, row.is_credit_note),
            self.COL_NUMBER: row.invoice_number or "",
            self.COL_DATE: format_date(row.invoice_date),
            self.COL_RELATION: row.relation,
            self.COL_AMOUNT: format_amount(row.total_incl_vat),
            self.COL_STATUS: labels.export_status(row.status),
            self.COL_INFO: info,
        }.get(column, "")

    def alignment(self, column: int):
        return RIGHT if column == self.COL_AMOUNT else None

    def tooltip(self, row: ExportRow, column: int) -> str | None:
        return shown(row.error_message) if column == self.COL_INFO and row.error_message else None

    def foreground(self, row: ExportRow, column: int) -> Any:
        if column == self.COL_STATUS:
            return QColor(
                {"success": theme.SUCCESS, "refused": theme.DANGER}.get(row.status, theme.MUTED)
            )
        return None


class ExportErrorModel(DtoTableModel):
    """The export errors of one category (relation or document); short, loaded whole."""

    COL_TYPE, COL_NUMBER, COL_DATE, COL_RELATION = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Type"), self.tr("Factuurnummer"), self.tr("Datum"), self.tr("Relatie")]

    def display(self, row: ExportErrorRow, column: int) -> str:
        return {
            self.COL_TYPE: labels.document_type(row.type, row.is_credit_note),
            self.COL_NUMBER: row.invoice_number or "",
            self.COL_DATE: format_date(row.invoice_date),
            self.COL_RELATION: row.relation,
        }.get(column, "")

    def sort_key(self, row: ExportErrorRow, column: int) -> Any:
        if column == self.COL_DATE:
            return row.invoice_date.isoformat() if row.invoice_date else ""
        return super().sort_key(row, column)

    def tooltip(self, row: ExportErrorRow, column: int) -> str | None:
        return shown(row.message) or None


class RecentArchiveModel(PagedModel):
    COL_TYPE, COL_NUMBER, COL_DATE, COL_RELATION, COL_AMOUNT, COL_AGE = range(6)
    SORT_KEYS = {
        COL_TYPE: "type",
        COL_NUMBER: "invoice_number",
        COL_DATE: "invoice_date",
        COL_RELATION: "relation",
        COL_AMOUNT: "amount",
        COL_AGE: "exported_at",
    }

    def __init__(self, hub, admin_id: int, parent=None):
        super().__init__(parent, sort="exported_at", descending=True)
        self.hub, self.admin_id = hub, admin_id

    def headers(self) -> list[str]:
        return [
            self.tr("Type"),
            self.tr("Factuurnummer"),
            self.tr("Datum"),
            self.tr("Relatie"),
            self.tr("Bedrag"),
            self.tr("Gearchiveerd"),
        ]

    def page_query(self):
        return functools.partial(self.hub.recent_archive, self.admin_id)

    def display(self, row: ArchiveRow, column: int) -> str:
        return {
            self.COL_TYPE: labels.document_type(row.type, row.is_credit_note),
            self.COL_NUMBER: row.invoice_number or "",
            self.COL_DATE: format_date(row.invoice_date),
            self.COL_RELATION: row.relation,
            self.COL_AMOUNT: format_amount(row.total_incl_vat),
            self.COL_AGE: row.age,
        }.get(column, "")

    def tooltip(self, row: ArchiveRow, column: int) -> str | None:
        return format_datetime(row.exported_at) if column == self.COL_AGE else None

    def alignment(self, column: int):
        return RIGHT if column == self.COL_AMOUNT else None


class ArchiveModel(IdListModel):
    COL_TYPE, COL_NUMBER, COL_DATE, COL_RELATION, COL_AMOUNT, COL_EXPORTED, COL_FILE = range(7)
    SORT_KEYS = {
        COL_TYPE: "type",
        COL_NUMBER: "invoice_number",
        COL_DATE: "invoice_date",
        COL_RELATION: "relation",
        COL_AMOUNT: "amount",
        COL_EXPORTED: "exported_at",
    }

    def __init__(self, archive, admin_id: int, parent=None):
        super().__init__(parent, sort="exported_at", descending=True)
        self.archive, self.admin_id = archive, admin_id
        self.query = ArchiveQuery()

    def headers(self) -> list[str]:
        return [
            self.tr("Type"),
            self.tr("Factuurnummer"),
            self.tr("Datum"),
            self.tr("Relatie"),
            self.tr("Bedrag"),
            self.tr("Geëxporteerd"),
            self.tr("Bestand"),
        ]

    def fetch_ids(self):
        archive, aid, query = self.archive, self.admin_id, self.query
        sort, desc = self.sort_name, self.descending
        return lambda: archive.ids(aid, query, sort=sort, descending=desc)

    def fetch_rows(self):
        return self.archive.rows

    def display(self, row: ArchiveRow, column: int) -> str:
        return {
            self.COL_TYPE: labels.document_type(row.type, row.is_credit_note),
            self.COL_NUMBER: row.invoice_number or "",
            self.COL_DATE: format_date(row.invoice_date),
            self.COL_RELATION: row.relation,
            self.COL_AMOUNT: format_amount(row.total_incl_vat),
            self.COL_EXPORTED: format_date(row.exported_at),
            self.COL_FILE: row.original_name or "",
        }.get(column, "")

    def tooltip(self, row: ArchiveRow, column: int) -> str | None:
        return format_datetime(row.exported_at) if column == self.COL_EXPORTED else None

    def alignment(self, column: int):
        return RIGHT if column == self.COL_AMOUNT else None
