"""A simple dashboard for now: counters over the administrations the user may see and a table
of documents per administration, from ``status.overview``. The full dashboard of SPEC §8
replaces this page later (same key, ``dashboard``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHeaderView, QTableView, QVBoxLayout

from app.services.administrations import PACKAGES
from app.ui.i18n import format_number
from app.ui.registry import OFFICE, PageSpec, register_page
from app.ui.table_models import DtoTableModel, SortProxy
from app.ui.widgets import TableWithEmptyState, label, setup_table

from .base import Page


class OverviewModel(DtoTableModel):
    """Rows are the per-administration dicts of ``status.overview``."""

    COL_NAME, COL_PACKAGE, COL_FILES, COL_REVIEW, COL_ERRORS, COL_EXPORTED = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Administratie"),
            self.tr("Pakket"),
            self.tr("Ontvangen bestanden"),
            self.tr("Te reviewen"),
            self.tr("Exportfouten"),
            self.tr("Geëxporteerd"),
        ]

    def _number(self, row: dict[str, Any], column: int) -> int:
        docs = row["documents"]
        return {
            self.COL_FILES: row["received_files"],
            self.COL_REVIEW: docs.get("review", 0),
            self.COL_ERRORS: docs.get("export_error", 0),
            self.COL_EXPORTED: docs.get("exported", 0) + docs.get("archived", 0),
        }[column]

    def display(self, row: dict[str, Any], column: int) -> str:
        if column == self.COL_NAME:
            return row["name"]
        if column == self.COL_PACKAGE:
            return PACKAGES.get(row["package"], row["package"])
        return format_number(self._number(row, column))

    def sort_key(self, row: dict[str, Any], column: int) -> Any:
        if column in (self.COL_NAME, self.COL_PACKAGE):
            return self.display(row, column).lower()
        return self._number(row, column)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() > 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class DashboardPage(Page):
    def __init__(self, session, administration=None):
        super().__init__(session, administration)
        self.setObjectName("dashboardPage")
        first = session.actor.name.split(" ")[0]
        self.set_header(
            self.tr("Goedendag, %1").replace("%1", first),
            self.tr("Een overzicht van de administraties die u kunt zien."),
        )
        cards = QGridLayout()
        cards.setSpacing(14)
        self.card_values: dict[str, Any] = {}
        for n, (key, text) in enumerate(
            [
                ("admins", self.tr("Administraties")),
                ("files", self.tr("Ontvangen bestanden")),
                ("review", self.tr("Klaar voor review")),
                ("errors", self.tr("Exportfouten")),
            ]
        ):
            card = QFrame()
            card.setObjectName("card")
            box = QVBoxLayout(card)
            box.setContentsMargins(18, 14, 18, 14)
            value = label("–", object_name="cardValue")
            box.addWidget(value)
            box.addWidget(label(text, object_name="cardLabel"))
            self.card_values[key] = value
            cards.addWidget(card, 0, n)
        self.page_layout.addLayout(cards)
        self.page_layout.addWidget(
            label(self.tr("Documenten per administratie"), object_name="sectionTitle")
        )
        self.model = OverviewModel(self)
        self.proxy = SortProxy(self.model, self)
        self.table = QTableView()
        self.table.setObjectName("overviewTable")
        setup_table(self.table)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(OverviewModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(OverviewModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.holder = TableWithEmptyState(
            self.table, self.tr("Nog geen administraties — voeg er een toe via Administraties."), ""
        )
        self.holder.watch(self.proxy)
        self.page_layout.addWidget(self.holder, 1)
        session.events.administrations_changed.connect(self.reload)
        session.events.queue_changed.connect(self.reload)
        self.reload()

    def reload(self, *_args) -> None:
        self.load(self.services.status.overview, self._loaded)

    def _loaded(self, data: dict[str, Any]) -> None:
        rows = data["administrations"]
        self.model.set_rows(rows)
        totals = {
            "admins": len(rows),
            "files": sum(r["received_files"] for r in rows),
            "review": sum(r["documents"].get("review", 0) for r in rows),
            "errors": sum(r["documents"].get("export_error", 0) for r in rows),
        }
        for key, value in totals.items():
            self.card_values[key].setText(format_number(value))


register_page(
    PageSpec(
        "dashboard",
        lambda: QCoreApplication.translate("Navigation", "Dashboard"),
        "dashboard",
        DashboardPage,
        OFFICE,
        None,
        10,
    )
)
