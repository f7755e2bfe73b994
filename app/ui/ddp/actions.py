"""The DDP's actions, each in the background through the services: Opslaan (Ctrl+S, the changed
fields and booking lines through ``corrections.correct``), "Onthoud voor de volgende keer"
(Ctrl+R, the same with ``remember=True``, reporting what was learned), Exporteer (Ctrl+E),
Exporteer en volgende (Ctrl+Shift+E), Afwijzen (Ctrl+Delete, after a confirmation) and
Splitsen (a dialog asking the page ranges), Nieuwe relatie (a dialog prefilled from the read
relation; creates it and sets it on the document in one background task). A document that leaves review is taken out of the
page's list, so "next" never shows it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from app.ui.crash import handle_error
from app.ui.ddp.host import DdpHost
from app.ui.ddp.new_relation import NewRelationDialog
from app.ui.service_text import error_text
from app.ui.tasks import run_task

if TYPE_CHECKING:
    from app.services.corrections import CorrectionResult
    from app.services.document_dto import DocumentDetail
    from app.services.export import ExportOutcome
    from app.services.relations_dto import RelationRow


class DdpActions(DdpHost):
    """Mixed into :class:`app.ui.ddp.page.DocumentDetailPage`."""

    busy = False
    # the last result of each, for inspection (tests); unset before the first one
    last_learned: CorrectionResult
    last_outcome: ExportOutcome
    new_relation_dialog: NewRelationDialog

    def changes(self) -> dict[str, str]:
        return {**self.fields.changes(), **self.lines.edits}

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        for b in self.action_buttons.values():
            b.setEnabled(not busy)

    def _call(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], message: str = ""
    ) -> None:
        if self.busy or self.read_only or self.detail is None:
            return
        self._busy(True)
        if message:
            self.message.setText(message)

        def done(result: Any) -> None:
            self._busy(False)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._busy(False)
            self.message.setText(error_text(exc))
            handle_error(exc, self)

        run_task(fn, done, failed, owner=self)

    def _saved(self, result: CorrectionResult) -> None:
        self._details.pop(result.detail.id, None)
        self._apply(result.detail)
        self.session.events.document_changed.emit(result.detail.id)

    # -- save / remember ------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> None:
        if self.detail is None or self.read_only or self.busy:
            return
        problem = self.fields.journal_problem()
        if problem:  # before the round trip: the reviewer sees at once what to pick
            self.message.setText(problem)
            self.fields.journal.setFocus()
            return
        changes = self.changes()
        if not changes:
            if then:
                then()
            else:
                self.message.setText(self.tr("Er is niets gewijzigd."))
            return
        corrections, doc_id = self.session.services.corrections, self.detail.id
        version = self.detail.version

        def done(result: CorrectionResult) -> None:
            self._saved(result)
            self.message.setText(self.tr("Opgeslagen."))
            if then:
                then()

        self._call(
            lambda: corrections.correct(doc_id, changes, expected_version=version),
            done,
            self.tr("Opslaan…"),
        )

    def remember(self) -> None:
        if self.detail is None or self.read_only:
            return
        changes = self.changes()
        corrections, doc_id = self.session.services.corrections, self.detail.id

        def done(result: CorrectionResult) -> None:
            self._saved(result)
            learned = ", ".join(result.learned) or self.tr("de codering")
            text = (
                self.tr("Onthouden voor %1: %2.")
                .replace("%1", result.detail.relation_name or "")
                .replace("%2", learned)
            )
            if result.not_learned:
                text += " " + self.tr("Niet op het document gevonden: %1.").replace(
                    "%1", ", ".join(result.not_learned)
                )
            self.message.setText(text)
            self.last_learned = result

        self._call(
            lambda: corrections.correct(doc_id, changes, remember=True), done, self.tr("Onthouden…")
        )

    # -- export ---------------------------------------------------------------------------
    def export(self, and_next: bool = False) -> None:
        if self.detail is None or self.read_only or self.busy:
            return
        if self.detail.open_comments:
            answer = QMessageBox.question(
                self,
                self.tr("Exporteer"),
                self.tr("Dit document heeft nog open commentaar. Toch exporteren?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        force = bool(self.detail.open_comments)
        export, aid, doc_id = self.session.services.export, self.administration.id, self.detail.id

        def run_export() -> None:
            self._call(
                lambda: export.export(aid, [doc_id], force=force),
                lambda outcomes: self._exported(outcomes, and_next),
                self.tr("Exporteren…"),
            )

        self.save(then=run_export)

    def export_next(self) -> None:
        self.export(and_next=True)

    def _exported(self, outcomes: list[ExportOutcome], and_next: bool) -> None:
        outcome = outcomes[0]
        self.session.events.queue_changed.emit(self.administration.id)
        self.session.events.document_changed.emit(outcome.document_id)
        self.last_outcome = outcome
        if outcome.status == "exported":
            text = self.tr("Geëxporteerd (%1).").replace("%1", outcome.package_reference or "")
            self._leave_current() if and_next else self.reload_current()
        else:
            text = self.tr("Niet geëxporteerd: %1").replace("%1", outcome.message or outcome.status)
            self.reload_current()
        self.message.setText(text)

    def reload_current(self) -> None:
        doc_id = self.current_id()
        if doc_id is not None:
            self._details.pop(doc_id, None)
            self.go_to(self.index)

    def _leave_current(self) -> None:
        """The current document left review: drop it from the list and show the next one
        (the keyboard, if it was on this page, starts again at the first field)."""
        del self.ids[self.index]
        if not self.ids:
            self.closed.emit()
            return
        focus = QApplication.focusWidget()
        self.go_to(min(self.index, len(self.ids) - 1))
        if focus is not None and (focus is self or self.isAncestorOf(focus)):
            self.focus_first_field()

    # -- reject / split -------------------------------------------------------------------
    def reject(self) -> None:
        if self.detail is None or self.read_only or self.busy:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Afwijzen"),
            self.tr("Document %1 afwijzen? Het wordt niet geëxporteerd.").replace(
                "%1", self.detail.read.get("invoice_number") or str(self.detail.id)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        documents, doc_id = self.session.services.documents, self.detail.id

        def done(_detail: DocumentDetail) -> None:
            self.session.events.queue_changed.emit(self.administration.id)
            self._leave_current()

        self._call(lambda: documents.reject(doc_id), done, self.tr("Afwijzen…"))

    def split(self) -> None:
        if self.detail is None or self.read_only or self.busy:
            return
        pages = (self.detail.page_to or 1) - (self.detail.page_from or 1) + 1
        text, ok = QInputDialog.getText(
            self,
            self.tr("Splitsen"),
            self.tr(
                "Paginabereiken, gescheiden door komma's (dit document heeft %1 pagina's), "
                "bijv. 1-2, 3:"
            ).replace("%1", str(pages)),
        )
        specs = [s.strip() for s in text.replace(";", ",").split(",") if s.strip()]
        if not ok or not specs:
            return
        splitting, doc_id = self.session.services.splitting, self.detail.id

        def done(new_ids: list[int]) -> None:
            self.ids[self.index : self.index + 1] = new_ids
            self.session.events.queue_changed.emit(self.administration.id)
            self.go_to(self.index)
            self.message.setText(
                self.tr("Gesplitst in %1 documenten.").replace("%1", str(len(new_ids)))
            )

        self._call(lambda: splitting.split(doc_id, specs), done, self.tr("Splitsen…"))

    # -- new relation ---------------------------------------------------------------------
    def new_relation(self) -> None:
        """Create a relation from the read data and put it on the document (with other edits)."""
        if self.detail is None or self.read_only or self.busy:
            return
        dialog = NewRelationDialog(self.detail.read.get("proposed_relation"), self)
        self.new_relation_dialog = dialog
        if not dialog.exec():  # Rejected is 0
            return
        values = dialog.values()
        changes = self.changes()
        relations, corrections = self.session.services.relations, self.session.services.corrections
        aid, doc_id, version = self.administration.id, self.detail.id, self.detail.version

        def run() -> tuple[RelationRow, CorrectionResult]:
            row = relations.create(aid, **values)
            return row, corrections.correct(
                doc_id, {**changes, "relation": row.code}, expected_version=version
            )

        def done(outcome: tuple[RelationRow, CorrectionResult]) -> None:
            row, result = outcome
            self.relations_loaded = None
            self._load_relations()
            self._saved(result)
            self.message.setText(self.tr("Relatie %1 aangemaakt.").replace("%1", row.display))

        self._call(run, done, self.tr("Relatie aanmaken…"))
