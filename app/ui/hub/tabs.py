"""The Document Hub's simpler tabs: Ontvangen bestanden (with the upload button, the progress
of files being read and a banner when the watched folder has a problem), Exporteren,
Exportfouten (relation and document errors, the package's message beside the selected row,
"Her-exporteer"; :meth:`ErrorsTab.select_document` lands on one document's error, as the
dashboard's "Oplossen" asks) and Archief (the last 7 days). Each tab only asks the services and
reloads itself on :meth:`refresh`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.crash import handle_error
from app.ui.dropzone import deliveries, upload_dialog
from app.ui.folder_watch import FolderProblemBanner
from app.ui.hub.export_models import ExportErrorModel, ExportModel, RecentArchiveModel
from app.ui.hub.models import ReceivedFilesModel
from app.ui.hub.tables import OpenableTable, table_box
from app.ui.service_text import shown
from app.ui.session import UiSession
from app.ui.tasks import run_task
from app.ui.widgets import SearchField, button, label


class ReceivedTab(QWidget):
    def __init__(self, session: UiSession, admin_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.admin_id = session, admin_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        bar = QHBoxLayout()
        self.search = SearchField(self.tr("Zoek op bestandsnaam, afzender of melding"))
        self.search.setMinimumWidth(380)
        bar.addWidget(self.search)
        bar.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setFixedWidth(160)
        self.progress_label = label("", "hint")
        bar.addWidget(self.progress_label)
        bar.addWidget(self.progress)
        self.upload = button(self.tr("Upload voor handmatige verwerking"), "primary", "upload")
        self.upload.clicked.connect(lambda: upload_dialog(self, session, admin_id))
        bar.addWidget(self.upload)
        layout.addLayout(bar)
        self.banner = FolderProblemBanner(admin_id)
        layout.addWidget(self.banner)
        self.model = ReceivedFilesModel(session.services.hub, admin_id, self)
        self.search.textChanged.connect(lambda text: self.model.search(text))
        self.view = OpenableTable(self.model)
        self.view.fit(stretch=5)
        layout.addWidget(
            table_box(
                self.view,
                self.tr(
                    "Nog geen bestanden ontvangen. Sleep PDF's, afbeeldingen of e-facturen hierheen of "
                    "gebruik \u201cUpload voor handmatige verwerking\u201d."
                ),
            ),
            1,
        )
        self._reading = 0  # files to read in the current run (the bar's maximum)
        deliveries().busy_changed.connect(self._busy_changed)
        self._busy_changed(admin_id)

    def _busy_changed(self, admin_id: int) -> None:
        if admin_id != self.admin_id:
            return
        n = deliveries().busy.get(admin_id, 0)
        text = self.tr("Bestanden worden gelezen: %1")
        # the bar fills from 0 to the most files waiting at once since it was last empty
        if n > self._reading:
            # a fixed size (that of the largest count) while counting down: a label that
            # changes size re-lays out the tab, and the list then measures its columns again
            self.progress_label.setMinimumSize(0, 0)
            self.progress_label.setMaximumSize(16_777_215, 16_777_215)
            self.progress_label.setText(text.replace("%1", str(n)))
            self.progress_label.setFixedSize(self.progress_label.sizeHint())
        self._reading = max(self._reading, n) if n else 0
        self.progress.setRange(0, self._reading)
        self.progress.setValue(self._reading - n)
        self.progress.setVisible(n > 0)
        self.progress_label.setVisible(n > 0)
        self.progress_label.setText(text.replace("%1", str(n)))

    def refresh(self) -> None:
        self.model.refresh()


class ExportTab(QWidget):
    def __init__(self, session: UiSession, admin_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        self.search = SearchField(self.tr("Zoek op nummer, relatie, boeking of melding"))
        self.search.setMinimumWidth(380)
        layout.addWidget(self.search, 0, Qt.AlignmentFlag.AlignLeft)
        self.model = ExportModel(session.services.hub, admin_id, self)
        self.search.textChanged.connect(lambda text: self.model.search(text))
        self.view = OpenableTable(self.model)
        self.view.fit(stretch=7)
        layout.addWidget(table_box(self.view, self.tr("Er is nog niets geëxporteerd.")), 1)

    def refresh(self) -> None:
        self.model.refresh()


class ErrorsTab(QWidget):
    """Relation errors and document errors; the package's message beside the selection."""

    open_document = Signal(list, int)  # document ids, index

    def __init__(self, session: UiSession, admin_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.admin_id = session, admin_id
        self.wanted: int | None = None  # the document to keep selected across reloads
        self.requested: int | None = None  # asked for by select_document, not yet loaded
        self.loading = 0  # export-error lists being fetched
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        self.notice = label("", "hint", wrap=True)
        self.notice.setObjectName("errorsNotice")
        self.notice.setVisible(False)
        layout.addWidget(self.notice)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.kinds = QTabWidget()
        self.relation_model = ExportErrorModel(self)
        self.document_model = ExportErrorModel(self)
        self.relation_view = OpenableTable(self.relation_model)
        self.document_view = OpenableTable(self.document_model)
        for view, title in (
            (self.relation_view, self.tr("Relatiefouten")),
            (self.document_view, self.tr("Documentfouten")),
        ):
            view.fit(stretch=3)
            view.selectionModel().currentRowChanged.connect(self._show_message)
            view.open_row.connect(lambda row, v=view: self._open(v, row))
            self.kinds.addTab(table_box(view, self.tr("Geen exportfouten.")), title)
        self.kinds.currentChanged.connect(lambda _i: self._show_message())
        split.addWidget(self.kinds)
        side = QWidget()
        side.setObjectName("card")
        box = QVBoxLayout(side)
        box.addWidget(label(self.tr("Melding van het boekhoudpakket"), object_name="sectionTitle"))
        self.message = label(self.tr("Kies een exportfout om de melding te zien."), wrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.message)
        row = QHBoxLayout()
        self.fix = button(self.tr("Herstellen"), None, "edit")
        self.fix.setToolTip(self.tr("Open het document om het te herstellen (Enter)"))
        self.fix.clicked.connect(lambda: self._open(self._view(), self._view().current_row()))
        self.reexport = button(self.tr("Her-exporteer"), "primary", "export")
        self.reexport.clicked.connect(self.reexport_selected)
        row.addWidget(self.fix)
        row.addWidget(self.reexport)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        split.addWidget(side)
        split.setSizes([640, 360])
        layout.addWidget(split, 1)
        self._show_message()

    def _view(self) -> OpenableTable:
        return self.relation_view if self.kinds.currentIndex() == 0 else self.document_view

    def _model(self, view: OpenableTable) -> ExportErrorModel:
        return self.relation_model if view is self.relation_view else self.document_model

    def selected(self):
        view = self._view()
        row = view.current_row()
        return None if row is None else self._model(view).row_of(row)

    def _show_message(self, *_args) -> None:
        err = self.selected()
        if err is not None:
            self.wanted = err.document_id
        self.fix.setEnabled(err is not None)
        self.reexport.setEnabled(err is not None)
        if err is None:
            self.message.setText(self.tr("Kies een exportfout om de melding te zien."))
            return
        code = f" [{err.error_code}]" if err.error_code else ""
        self.message.setText(f"{shown(err.message) or self.tr('Geen melding ontvangen.')}{code}")

    def _open(self, view: OpenableTable, row: int | None) -> None:
        if row is None:
            return
        ids = [r.document_id for r in self._model(view).rows]
        self.open_document.emit(ids, row)

    def reexport_selected(self) -> None:
        err = self.selected()
        if err is None:
            return
        export, aid, doc_id = self.session.services.export, self.admin_id, err.document_id
        self.reexport.setEnabled(False)

        def failed(exc: BaseException) -> None:
            handle_error(exc, self)
            self._show_message()

        run_task(
            lambda: export.export(aid, [doc_id], force=True), self._reexported, failed, owner=self
        )

    def _reexported(self, outcomes) -> None:
        self.session.events.queue_changed.emit(self.admin_id)
        for outcome in outcomes:
            self.session.events.document_changed.emit(outcome.document_id)

    def focus_first(self) -> None:
        self._view().setFocus()

    def select_document(self, document_id: int) -> None:
        """Select the export error of ``document_id`` (relation or document list), scroll to it
        and show the package's message; waits for the list when it is (re)loading."""
        self.wanted = self.requested = document_id
        self.notice.setVisible(False)
        if not self.loading and self._select(document_id):
            self.requested = None
        elif not self.loading:
            self.refresh()  # not in the list shown: perhaps it is newer than the list

    def _select(self, document_id: int) -> bool:
        for kind, view in enumerate((self.relation_view, self.document_view)):
            rows = self._model(view).rows
            row = next((i for i, r in enumerate(rows) if r.document_id == document_id), None)
            if row is None:
                continue
            self.kinds.setCurrentIndex(kind)
            index = view.model().index(row, 0)
            view.setCurrentIndex(index)
            view.selectRow(row)
            view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            self._show_message()
            return True
        return False

    def refresh(self) -> None:
        hub, aid = self.session.services.hub, self.admin_id
        self.loading += 1

        def failed(exc: BaseException) -> None:
            self.loading -= 1
            handle_error(exc, self)

        run_task(lambda: hub.export_errors(aid), self._loaded, failed, owner=self)

    def _loaded(self, errors) -> None:
        self.loading -= 1
        wanted = self.wanted  # resetting a focused view makes its first row current
        self.relation_model.set_rows(list(errors.relation_errors))
        self.document_model.set_rows(list(errors.document_errors))
        self.kinds.setTabText(
            0, self.tr("Relatiefouten (%1)").replace("%1", str(len(errors.relation_errors)))
        )
        self.kinds.setTabText(
            1, self.tr("Documentfouten (%1)").replace("%1", str(len(errors.document_errors)))
        )
        if wanted is not None and self._select(wanted):
            self.requested = None
            self.notice.setVisible(False)
            return
        if self.requested is not None and not self.loading:  # the newest list: it is gone
            self.requested = None
            self.notice.setText(
                self.tr(
                    "Het gekozen document staat niet (meer) bij de exportfouten: het is "
                    "intussen opnieuw geëxporteerd of afgewezen."
                )
            )
            self.notice.setVisible(True)
        if not errors.relation_errors and errors.document_errors:
            self.kinds.setCurrentIndex(1)
        view = self._view()
        if view.model().rowCount() and view.current_row() is None:
            view.selectRow(0)
        self._show_message()


class RecentArchiveTab(QWidget):
    open_document = Signal(list, int)

    def __init__(self, session: UiSession, admin_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addWidget(
            label(
                self.tr(
                    "Wat de afgelopen 7 dagen is geëxporteerd. Oudere documenten staan op de pagina "
                    "Archief."
                ),
                "hint",
                wrap=True,
            )
        )
        self.model = RecentArchiveModel(session.services.hub, admin_id, self)
        self.view = OpenableTable(self.model)
        self.view.fit(stretch=RecentArchiveModel.COL_RELATION)
        self.view.open_row.connect(
            lambda row: self.open_document.emit([r.id for r in self.model.rows()], row)
        )
        layout.addWidget(
            table_box(self.view, self.tr("De afgelopen 7 dagen is niets geëxporteerd.")), 1
        )

    def refresh(self) -> None:
        self.model.refresh()
