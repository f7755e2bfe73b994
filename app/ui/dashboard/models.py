"""The table models of the dashboard's list panels (recent administrations, open actions,
incomplete administrations, inactive users and administrations), each a :class:`DtoTableModel`
over the panel's frozen rows. A row's ``target`` (if any) is what its "Oplossen"/"Openen" cell
navigates to; ``COL_LINK`` is that cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from app.services import dashboard_types as t
from app.ui import theme
from app.ui.i18n import format_date, format_datetime, format_number, role_label
from app.ui.service_text import shown
from app.ui.table_models import DtoTableModel, Index


class _LinkModel(DtoTableModel):
    """A model whose ``COL_LINK`` column looks like a link; ``COL_NUMBERS`` align right."""

    COL_LINK = -1
    COL_NUMBERS: tuple[int, ...] = ()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.COL_LINK:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(theme.ACCENT)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                return font
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and index.isValid()
            and index.column() in self.COL_NUMBERS
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def target_at(self, row: int) -> t.Target | None:
        return getattr(self.rows[row], "target", None)


class RecentAdministrationsModel(_LinkModel):
    (
        COL_NAME,
        COL_RECEIVED,
        COL_PROGRESS,
        COL_AUTHORISE,
        COL_CONFIRM,
        COL_REVIEW,
        COL_ERRORS,
        COL_VISIT,
    ) = range(8)
    COL_LINK = COL_NAME
    COL_NUMBERS = (1, 2, 3, 4, 5, 6)

    def headers(self) -> list[str]:
        return [
            self.tr("Administratie"),
            self.tr("Ontvangen"),
            self.tr("In behandeling"),
            self.tr("Autoriseren"),
            self.tr("Bevestigen"),
            self.tr("Review"),
            self.tr("Exportfouten"),
            self.tr("Laatste bezoek"),
        ]

    def _value(self, row: t.RecentAdministration, column: int) -> Any:
        return [
            row.name,
            row.received_this_month,
            row.in_progress_this_month,
            row.to_authorise,
            row.to_confirm,
            row.review,
            row.export_errors,
            row.last_visit,
        ][column]

    def display(self, row: t.RecentAdministration, column: int) -> str:
        value = self._value(row, column)
        if column == self.COL_VISIT:
            return format_date(value)
        return value if column == self.COL_NAME else format_number(value)

    def sort_key(self, row: t.RecentAdministration, column: int) -> Any:
        value = self._value(row, column)
        return value.lower() if column == self.COL_NAME else value

    def tooltip(self, row: t.RecentAdministration, column: int) -> str | None:
        if column == self.COL_VISIT:
            return format_datetime(row.last_visit)
        return self.tr("Open de Document Hub van %1").replace("%1", row.name)


class OpenActionsModel(_LinkModel):
    COL_KIND, COL_DOCUMENT, COL_TEXT, COL_AT, COL_LINK = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Soort"), self.tr("Document"), self.tr("Wat"), self.tr("Sinds"), ""]

    def display(self, row: t.OpenAction, column: int) -> str:
        if column == self.COL_KIND:
            return self.tr("Exportfout") if row.kind == "export_error" else self.tr("Opmerking")
        if column == self.COL_DOCUMENT:
            return f"{row.administration_code} · {row.invoice_number or '#' + str(row.document_id)}"
        if column == self.COL_TEXT:  # system comments and our messages in the UI's language
            return shown(row.text)
        if column == self.COL_AT:
            return format_date(row.at)
        return self.tr("Oplossen")

    def sort_key(self, row: t.OpenAction, column: int) -> Any:
        if column == self.COL_AT:
            return row.at.timestamp() if row.at else 0
        return self.display(row, column).lower()

    def tooltip(self, row: t.OpenAction, column: int) -> str | None:
        return shown(row.text) if column == self.COL_TEXT else None


class IncompleteAdministrationsModel(_LinkModel):
    COL_NAME, COL_REASON, COL_LINK = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Administratie"), self.tr("Reden"), ""]

    def display(self, row: t.IncompleteAdministration, column: int) -> str:
        return [f"{row.name} ({row.code})", row.reason, self.tr("Oplossen")][column]

    def tooltip(self, row: t.IncompleteAdministration, column: int) -> str | None:
        return row.reason if column == self.COL_REASON else None


class InactiveUsersModel(_LinkModel):
    COL_NAME, COL_EMAIL, COL_ROLE, COL_LOGIN = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Naam"), self.tr("E-mail"), self.tr("Rol"), self.tr("Laatste login")]

    def display(self, row: t.InactiveUser, column: int) -> str:
        if column == self.COL_LOGIN:
            return format_date(row.last_login_at) if row.last_login_at else self.tr("nooit")
        return [row.name, row.email, role_label(row.role)][column]

    def tooltip(self, row: t.InactiveUser, column: int) -> str | None:
        return f"{row.name} · {role_label(row.role)} · {row.email}"

    def sort_key(self, row: t.InactiveUser, column: int) -> Any:
        if column == self.COL_LOGIN:
            return row.last_login_at.timestamp() if row.last_login_at else 0
        return self.display(row, column).lower()


class InactiveAdministrationsModel(_LinkModel):
    COL_NAME, COL_VISIT, COL_LINK = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Administratie"), self.tr("Laatst geopend"), ""]

    def display(self, row: t.InactiveAdministration, column: int) -> str:
        if column == self.COL_NAME:
            return f"{row.name} ({row.code})"
        if column == self.COL_VISIT:
            return format_date(row.last_visit) if row.last_visit else self.tr("nooit")
        return self.tr("Openen")

    def sort_key(self, row: t.InactiveAdministration, column: int) -> Any:
        if column == self.COL_VISIT:
            return row.last_visit.timestamp() if row.last_visit else 0
        return self.display(row, column).lower()
