"""The Document Hub's Review tab: the counters ("Documenten", "Inkoopdocumenten te reviewen x/y",
"Verkoopdocumenten te reviewen x/y", "Overig x/y", "U heeft open acties"), the buttons (Bekijk
alles, Commentaar weergeven, Exporteer alles, Sluit alles, Upload voor handmatige verwerking)
and the three groups — with open comments, without comments, with closed comments — each a lazy
table over ids from ``hub.review_ids``. Enter, a double click or the magnifier opens the DDP on
that document; Previous/Next there walk through all three groups in this order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.hub_dto import ReviewGroup
from app.ui.crash import handle_error
from app.ui.dropzone import upload_dialog
from app.ui.hub.models import ReviewGroupModel
from app.ui.hub.tables import CounterCard, OpenableTable, table_box
from app.ui.i18n import format_number
from app.ui.session import UiSession
from app.ui.tasks import run_task
from app.ui.widgets import SearchField, button, label

GROUPS = (ReviewGroup.OPEN_COMMENTS, ReviewGroup.NO_COMMENTS, ReviewGroup.CLOSED_COMMENTS)


class ReviewTab(QWidget):
    open_document = Signal(list, int)  # the ids of all groups in order, the index to show

    def __init__(self, session: UiSession, admin_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.admin_id = session, admin_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        cards = QGridLayout()
        cards.setSpacing(10)
        self.cards = {
            "documents": CounterCard(self.tr("Documenten")),
            "purchase": CounterCard(self.tr("Inkoopdocumenten te reviewen")),
            "sales": CounterCard(self.tr("Verkoopdocumenten te reviewen")),
            "other": CounterCard(self.tr("Overig")),
            "actions": CounterCard(self.tr("U heeft open acties")),
        }
        for n, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, n)
        layout.addLayout(cards)
        bar = QHBoxLayout()
        self.view_all = button(self.tr("Bekijk alles"), "primary")
        self.view_all.clicked.connect(lambda: self._open_all(0))
        self.show_comments = button(self.tr("Commentaar weergeven"))
        self.show_comments.setCheckable(True)
        self.show_comments.toggled.connect(self._toggle_comments)
        self.export_all = button(self.tr("Exporteer alles"))
        self.export_all.setToolTip(self.tr("Exporteer alle documenten zonder commentaar"))
        self.export_all.clicked.connect(self.export_without_comments)
        self.close_all = button(self.tr("Sluit alles"))
        self.close_all.setToolTip(self.tr("Sluit al het open commentaar van het gekozen document"))
        self.close_all.clicked.connect(self.close_all_selected)
        self.upload = button(self.tr("Upload voor handmatige verwerking"))
        self.upload.clicked.connect(lambda: upload_dialog(self, session, admin_id))
        for b in (self.view_all, self.show_comments, self.export_all, self.close_all):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.upload)
        layout.addLayout(bar)
        self.search = SearchField(self.tr("Zoek op nummer, relatie of bestand"))
        self.search.setMinimumWidth(240)
        self.search.setMaximumWidth(420)
        self.search.bind_shortcut(self)
        layout.addWidget(self.search)
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        self.models: dict[str, ReviewGroupModel] = {}
        self.views: dict[str, OpenableTable] = {}
        self.titles: dict[str, QLabel] = {}
        captions = {
            ReviewGroup.OPEN_COMMENTS: self.tr("Met open commentaar — actie nodig"),
            ReviewGroup.NO_COMMENTS: self.tr("Zonder commentaar — klaar voor export"),
            ReviewGroup.CLOSED_COMMENTS: self.tr("Met gesloten commentaar — ter controle"),
        }
        empties = {
            ReviewGroup.OPEN_COMMENTS: self.tr("Geen documenten met open commentaar."),
            ReviewGroup.NO_COMMENTS: self.tr("Geen documenten zonder commentaar."),
            ReviewGroup.CLOSED_COMMENTS: self.tr("Geen documenten met gesloten commentaar."),
        }
        for group in GROUPS:
            model = ReviewGroupModel(session.services.hub, admin_id, group.value, self)
            model.loaded.connect(self._update_titles)
            view = OpenableTable(model, open_column=ReviewGroupModel.COL_OPEN)
            view.fit(stretch=ReviewGroupModel.COL_RELATION)
            view.setColumnHidden(ReviewGroupModel.COL_COMMENTS, True)
            view.open_row.connect(lambda row, g=group: self._open_in(g, row))
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 6, 0, 0)
            title = label(captions[group], object_name="sectionTitle")
            inner.addWidget(title)
            inner.addWidget(table_box(view, empties[group]), 1)
            split.addWidget(box)
            self.models[group.value], self.views[group.value] = model, view
            self.titles[group.value] = title
            self.search.textChanged.connect(model.search)
        self.captions = captions
        layout.addWidget(split, 1)

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        for model in self.models.values():
            model.refresh()
        hub, aid = self.session.services.hub, self.admin_id
        run_task(lambda: hub.counters(aid), self._counters, owner=self)

    def _counters(self, c) -> None:
        self.cards["documents"].set_value(format_number(c.documents))
        self.cards["purchase"].set_value(f"{c.purchase_to_review}/{c.purchase_this_month}")
        self.cards["sales"].set_value(f"{c.sales_to_review}/{c.sales_this_month}")
        self.cards["other"].set_value(f"{c.other_to_review}/{c.other_this_month}")
        self.cards["actions"].set_value(format_number(c.open_actions))
        self.counters = c

    def _update_titles(self) -> None:
        for group, title in self.titles.items():
            n = self.models[group].total
            title.setText(f"{self.captions[ReviewGroup(group)]} ({n})")
        # each group as tall as its rows need (within limits), the rest to the biggest
        self.split.setSizes([90 + 34 * min(max(m.total, 1), 12) for m in self.models.values()])

    def focus_first(self) -> None:
        """Put the keyboard in the first group that has documents (row selected)."""
        for view in self.views.values():
            if view.model().rowCount():
                view.setFocus()
                if view.current_row() is None:
                    view.selectRow(0)
                return
        self.search.setFocus()

    def all_ids(self) -> list[int]:
        return [i for group in GROUPS for i in self.models[group.value].ids]

    # -- actions --------------------------------------------------------------------------
    def _open_in(self, group: ReviewGroup, row: int) -> None:
        offset = 0
        for g in GROUPS:
            if g == group:
                break
            offset += len(self.models[g.value].ids)
        self._open_all(offset + row)

    def _open_all(self, index: int) -> None:
        ids = self.all_ids()
        if ids:
            self.open_document.emit(ids, min(index, len(ids) - 1))

    def _toggle_comments(self, shown: bool) -> None:
        for view in self.views.values():
            view.setColumnHidden(ReviewGroupModel.COL_COMMENTS, not shown)

    def selected_id(self) -> int | None:
        focus = self.focusWidget()
        for group, view in self.views.items():
            if view is focus or (focus is None and view.current_row() is not None):
                row = view.current_row()
                found = self.models[group].ids[row] if row is not None else None
                if found is not None:
                    return found
        for group, view in self.views.items():
            row = view.current_row()
            if row is not None:
                return self.models[group].ids[row]
        return None

    def export_without_comments(self) -> None:
        ids = list(self.models[ReviewGroup.NO_COMMENTS.value].ids)
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Exporteer alles"),
            self.tr("Documenten zonder commentaar naar het boekhoudpakket exporteren: %1?").replace(
                "%1", str(len(ids))
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._export(ids)

    def _export(self, ids: list[int]) -> None:
        export, aid = self.session.services.export, self.admin_id
        self.export_all.setEnabled(False)

        def done(outcomes) -> None:
            self.export_all.setEnabled(True)
            self.session.events.queue_changed.emit(aid)
            failed = [o for o in outcomes if o.status != "exported"]
            if failed:
                QMessageBox.information(
                    self,
                    self.tr("Exporteer alles"),
                    self.tr("%1 van %2 geëxporteerd; de andere staan bij Exportfouten.")
                    .replace("%1", str(len(outcomes) - len(failed)))
                    .replace("%2", str(len(outcomes))),
                )

        def failed(exc: BaseException) -> None:
            self.export_all.setEnabled(True)
            handle_error(exc, self)

        run_task(lambda: export.export(aid, ids), done, failed, owner=self)

    def close_all_selected(self) -> None:
        doc_id = self.selected_id()
        if doc_id is None:
            QMessageBox.information(
                self, self.tr("Sluit alles"), self.tr("Kies eerst een document in de lijst.")
            )
            return
        documents, aid = self.session.services.documents, self.admin_id
        run_task(
            lambda: documents.close_all_comments(doc_id),
            lambda _d: self.session.events.queue_changed.emit(aid),
            lambda exc: handle_error(exc, self),
            owner=self,
        )
