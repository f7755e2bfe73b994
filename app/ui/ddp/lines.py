"""The DDP's booking lines: an editable table model (GL account, description, amount, VAT code,
VAT amount, cost centre, project) that records each edit as a ``line.N.field`` change for
``corrections.correct``, and the live balance check — lines plus VAT must equal the total incl.
VAT — shown green or red under the table.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.pipeline.parse_values import parse_amount
from app.services.document_dto import BookingLineDTO
from app.ui import theme
from app.ui.ddp.fields import show_amount
from app.ui.table_models import RowRole, SortRole

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("gl_account", "description", "amount", "vat_code", "vat_amount", "cost_centre", "project")
MONEY = ("amount", "vat_amount")


class BookingLinesModel(QAbstractTableModel):
    COL_GL, COL_DESCRIPTION, COL_AMOUNT, COL_VAT_CODE, COL_VAT, COL_COST_CENTRE, COL_PROJECT = (
        range(7)
    )
    balance_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[dict[str, Any]] = []
        self.edits: dict[str, str] = {}
        self.read_only = False

    def headers(self) -> list[str]:
        return [
            self.tr("Grootboek"),
            self.tr("Omschrijving"),
            self.tr("Bedrag"),
            self.tr("Btw-code"),
            self.tr("Btw"),
            self.tr("Kostenplaats"),
            self.tr("Project"),
        ]

    def set_lines(self, lines: tuple[BookingLineDTO, ...]) -> None:
        self.beginResetModel()
        self.lines = [
            {"position": ln.position, **{f: getattr(ln, f) for f in FIELDS}} for ln in lines
        ]
        self.edits = {}
        self.endResetModel()
        self.balance_changed.emit()

    def add_line(self) -> int:
        position = max((ln["position"] for ln in self.lines), default=0) + 1
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(
            {
                "position": position,
                "gl_account": None,
                "description": "",
                "amount": Decimal("0"),
                "vat_code": None,
                "vat_amount": Decimal("0"),
                "cost_centre": None,
                "project": None,
            }
        )
        self.edits[f"line.{position}.amount"] = "0"
        self.endInsertRows()
        return row

    def booked(self) -> Decimal:
        return sum(
            (Decimal(ln["amount"] or 0) + Decimal(ln["vat_amount"] or 0) for ln in self.lines),
            Decimal("0"),
        )

    # -- Qt API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, field = self.lines[index.row()], FIELDS[index.column()]
        value = line[field]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if field in MONEY:
                return show_amount(value)
            return "" if value is None else str(value)
        if role == SortRole:
            return value if value is not None else ""
        if role == RowRole:
            return line
        if role == Qt.ItemDataRole.TextAlignmentRole and field in MONEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and field == "gl_account" and not value:
            return QColor(theme.DANGER)
        if role == Qt.ItemDataRole.ToolTipRole and field == "gl_account" and not value:
            return self.tr("Kies een grootboekrekening")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        line, field = self.lines[index.row()], FIELDS[index.column()]
        text = str(value or "").strip()
        if field in MONEY:
            parsed = parse_amount(text) if text else Decimal("0")
            if parsed is None:
                return False
            line[field] = Decimal(parsed).quantize(Decimal("0.01"))
            text = str(line[field])
        else:
            line[field] = text or None
        self.edits[f"line.{line['position']}.{field}"] = text
        self.dataChanged.emit(index, index)
        if field in MONEY:
            self.balance_changed.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(FIELDS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and FIELDS[section] in MONEY:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def balance_text(booked: Decimal, total: Decimal | None) -> tuple[str, bool]:
    """(message, balanced) for the live check."""
    if total is None:
        return QCoreApplication.translate(
            "BookingBalance", "Geen totaalbedrag: vul Totaal incl. btw in."
        ), False
    if booked == total:
        text = QCoreApplication.translate(
            "BookingBalance", "In balans: regels en btw %1 = totaal %2"
        )
        return text.replace("%1", show_amount(booked)).replace("%2", show_amount(total)), True
    text = QCoreApplication.translate(
        "BookingBalance", "Niet in balans: regels en btw %1 ≠ totaal %2 (verschil %3)"
    )
    return text.replace("%1", show_amount(booked)).replace("%2", show_amount(total)).replace(
        "%3", show_amount(total - booked)
    ), False
