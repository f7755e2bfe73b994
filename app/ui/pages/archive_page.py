"""The Archive page (key ``archive``) of the chosen administration: documents exported more than
7 days ago (newer ones are on the hub's Archief tab), searched in SQL through
:class:`app.services.archive.ArchiveService` by relation, invoice number, amount range, invoice
date range, type and full text. Enter or a double click opens a document in a read-only DDP;
"Origineel downloaden" (Ctrl+D) saves the file it was read from.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput
from app.pipeline.parse_values import parse_amount, parse_date
from app.services.archive import ArchiveQuery
from app.services.dto import AdministrationDTO
from app.services.permissions import Right
from app.ui.crash import handle_error
from app.ui.hub import labels
from app.ui.hub.export_models import ArchiveModel
from app.ui.hub.tables import OpenableTable, table_box
from app.ui.pages.base import Page
from app.ui.registry import ADMINISTRATION, PageSpec, register_page
from app.ui.service_text import error_text
from app.ui.session import UiSession
from app.ui.tasks import run_task
from app.ui.widgets import SearchField, button, label

if TYPE_CHECKING:
    from app.ui.ddp.page import DocumentDetailPage


class ArchivePage(Page):
    administration: AdministrationDTO  # the archive always belongs to one administration

    def __init__(self, session: UiSession, administration: AdministrationDTO):
        super().__init__(session, administration)
        self.setObjectName("archivePage")
        self.admin_id = administration.id
        self.set_header(self.tr("Archief"), administration.name)
        self.stack = QStackedWidget()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_filters())
        self.error = label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        self.model = ArchiveModel(session.services.archive, self.admin_id, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        self.view = OpenableTable(self.model)
        self.view.fit(stretch=ArchiveModel.COL_RELATION)
        self.view.open_row.connect(self.open_row)
        self.box = table_box(
            self.view,
            self.tr(
                "Geen gearchiveerde documenten gevonden. Documenten komen hier 7 dagen na de export."
            ),
        )
        layout.addWidget(self.box, 1)
        self.stack.addWidget(body)
        self.page_layout.addWidget(self.stack, 1)
        self.download = button(self.tr("Origineel downloaden"))
        self.download.setToolTip(self.tr("Het originele bestand opslaan (Ctrl+D)"))
        self.download.clicked.connect(self.download_selected)
        self.header.add_action(self.download)
        self.add_shortcut("Ctrl+D", self.download_selected)
        self.ddp: DocumentDetailPage | None = None
        session.events.queue_changed.connect(self._queue_changed)
        self.model.refresh()

    def _build_filters(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.text = SearchField(self.tr("Volledige tekst: woorden in het document"))
        self.search = self.text
        self.text.bind_shortcut(self)
        self.relation = QLineEdit()
        self.relation.setPlaceholderText(self.tr("Naam of code"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("(deel van) nummer"))
        self.amount_min, self.amount_max = QLineEdit(), QLineEdit()
        self.date_from, self.date_to = QLineEdit(), QLineEdit()
        for edit, hint in (
            (self.amount_min, self.tr("van")),
            (self.amount_max, self.tr("tot")),
            (self.date_from, self.tr("dd-mm-jjjj")),
            (self.date_to, self.tr("dd-mm-jjjj")),
        ):
            edit.setPlaceholderText(hint)
            edit.setMinimumWidth(130 if edit in (self.date_from, self.date_to) else 90)
        self.type = QComboBox()
        self.type.addItem(self.tr("Alle typen"), None)
        for code in ("purchase", "sales", "other"):
            self.type.addItem(labels.document_type(code), code)
        for edit in (
            self.text,
            self.relation,
            self.number,
            self.amount_min,
            self.amount_max,
            self.date_from,
            self.date_to,
        ):
            edit.returnPressed.connect(self.run_search)
        grid.addWidget(self.text, 0, 0, 1, 4)
        grid.addWidget(label(self.tr("Type")), 0, 4)
        grid.addWidget(self.type, 0, 5)
        grid.addWidget(label(self.tr("Relatie")), 1, 0)
        grid.addWidget(self.relation, 1, 1)
        grid.addWidget(label(self.tr("Nummer")), 1, 2)
        grid.addWidget(self.number, 1, 3)
        grid.addWidget(label(self.tr("Bedrag van – tot")), 1, 4)
        amounts = QHBoxLayout()
        amounts.addWidget(self.amount_min)
        amounts.addWidget(self.amount_max)
        grid.addLayout(amounts, 1, 5)
        grid.addWidget(label(self.tr("Factuurdatum van – tot")), 1, 6)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        grid.addLayout(dates, 1, 7)
        buttons = QHBoxLayout()
        self.search_button = button(self.tr("Zoeken"), "primary")
        self.search_button.clicked.connect(self.run_search)
        self.clear_button = button(self.tr("Wissen"))
        self.clear_button.clicked.connect(self.clear)
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.clear_button)
        grid.addLayout(buttons, 0, 6, 1, 2)
        for col, stretch in ((1, 2), (3, 2), (5, 1), (7, 1)):
            grid.setColumnStretch(col, stretch)
        return grid

    # -- searching ------------------------------------------------------------------------
    def query(self) -> ArchiveQuery:
        def amount(edit: QLineEdit) -> Decimal | None:
            text = edit.text().strip()
            if not text:
                return None
            value = parse_amount(text)
            if value is None:
                raise InvalidInput(self.tr("'%1' is geen bedrag.").replace("%1", text))
            return Decimal(value)

        def day(edit: QLineEdit):
            text = edit.text().strip()
            if not text:
                return None
            value = parse_date(text)
            if value is None:
                raise InvalidInput(self.tr("'%1' is geen datum (dd-mm-jjjj).").replace("%1", text))
            return value

        return ArchiveQuery(
            relation=self.relation.text().strip() or None,
            number=self.number.text().strip() or None,
            amount_min=amount(self.amount_min),
            amount_max=amount(self.amount_max),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            text=self.text.text().strip() or None,
            type=self.type.currentData(),
        )

    def run_search(self) -> None:
        try:
            query = self.query()
            query.where()  # the service's own checks (ranges the right way round)
        except InvalidInput as exc:
            self._failed(exc)
            return
        self.error.hide()
        self.model.query = query
        self.box.filtering = query != ArchiveQuery()
        self.model.refresh()

    def clear(self) -> None:
        for edit in (
            self.text,
            self.relation,
            self.number,
            self.amount_min,
            self.amount_max,
            self.date_from,
            self.date_to,
        ):
            edit.clear()
        self.type.setCurrentIndex(0)
        self.run_search()

    def _loaded(self) -> None:
        self.error.hide()
        self.box.no_match_text = self.tr("Geen documenten gevonden die aan de zoekvragen voldoen.")
        self.box.refresh()
        if self.model.rowCount() and self.view.current_row() is None:
            self.view.selectRow(0)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidInput):
            self.error.setText(error_text(exc))
            self.error.show()
        else:
            handle_error(exc, self)

    def _queue_changed(self, admin_id: int) -> None:
        if admin_id == self.admin_id:
            self.model.refresh()

    def reload(self) -> None:
        self.model.refresh()

    # -- opening and downloading ----------------------------------------------------------
    def open_row(self, row: int) -> None:
        from app.ui.ddp.page import DocumentDetailPage

        ids = list(self.model.ids)
        if not 0 <= row < len(ids):
            return
        if self.ddp is not None:
            self.stack.removeWidget(self.ddp)
            self.ddp.deleteLater()
        self.ddp = DocumentDetailPage(self.session, self.administration, ids, row, read_only=True)
        self.ddp.closed.connect(self.close_document)
        self.stack.addWidget(self.ddp)
        self.stack.setCurrentWidget(self.ddp)
        self.header.setVisible(False)
        self.ddp.setFocus()

    def close_document(self) -> None:
        self.stack.setCurrentIndex(0)
        self.header.setVisible(True)
        self.view.setFocus()

    def selected_id(self) -> int | None:
        if self.ddp is not None and self.stack.currentWidget() is self.ddp:
            return self.ddp.current_id()
        row = self.view.current_row()
        return self.model.ids[row] if row is not None and row < len(self.model.ids) else None

    def download_selected(self) -> None:
        doc_id = self.selected_id()
        if doc_id is None:
            return
        archive = self.session.services.archive
        run_task(
            lambda: archive.original(doc_id),
            self._save_original,
            lambda exc: handle_error(exc, self),
            owner=self,
        )

    def _save_original(self, found: tuple[str, bytes]) -> None:
        name, data = found
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Origineel opslaan"), str(Path.home() / name)
        )
        if target:
            Path(target).write_bytes(data)
            self.saved_to = Path(target)


register_page(
    PageSpec(
        "archive",
        lambda: QCoreApplication.translate("Navigation", "Archief"),
        "archive",
        lambda session, admin: ArchivePage(session, admin),
        ADMINISTRATION,
        Right.ACCESS_ARCHIVE,
        40,
    )
)
