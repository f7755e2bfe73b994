"""The Document Hub page: every model passes qtmodeltester, the review groups and counters say
what the hub service says, a dropped file appears at once and is read in the background, and a
reviewer gets from the list into the DDP and through it with the keyboard alone."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_hub_support import drag_files, invoice_files, open_hub, read_invoices
from ui_demo import AANLEVERAAR, BEHEERDER

from app.services import sandbox
from app.services.demo_documents import connect_demo_to_sandbox
from app.services.hub_dto import ReviewGroup
from app.ui.dropzone import deliveries
from app.ui.hub.models import ReviewGroupModel


@pytest.fixture
def office(demo_app, services_as, tmp_path):
    connect_demo_to_sandbox(demo_app)
    services = services_as(BEHEERDER)
    ids = read_invoices(services, tmp_path / "in", range(1, 5))
    for doc_id in ids[:3]:  # a reviewer's question on three, so every group has documents
        services.documents.add_comment(doc_id, "Klopt het bedrag?")
    services.documents.close_all_comments(ids[0])  # one in "met gesloten commentaar"
    yield services, ids
    sandbox.stop_all()


def test_every_hub_model_passes_the_model_tester(office, window_as, settle, qtmodeltester):
    services, ids = office
    services.export.export("BAK", [ids[0]])  # an export row and a recent archive row
    page = open_hub(window_as(), settle)
    for key in ("received", "review", "export", "errors", "archive"):
        page.show_tab(key)
        settle()
    tabs = page.tab_widgets
    models = [
        tabs["received"].model,
        tabs["export"].model,
        tabs["archive"].model,
        tabs["errors"].relation_model,
        tabs["errors"].document_model,
        *tabs["review"].models.values(),
    ]
    assert tabs["received"].model.rowCount() == 4
    assert tabs["export"].model.rowCount() == 1
    assert tabs["archive"].model.rowCount() == 1
    for model in models:
        qtmodeltester.check(model, force_py=True)
    settle()


def test_review_groups_and_counters_match_the_service(office, window_as, settle):
    services, ids = office
    page = open_hub(window_as(), settle)
    review = page.show_tab("review")
    settle()
    for group in ReviewGroup:
        expected = services.hub.review_ids("BAK", group)
        model = review.models[group.value]
        assert model.ids == expected
        assert [model.row_at(i).id for i in range(model.rowCount())] == expected
    assert review.models["closed"].ids == [ids[0]]
    counters = services.hub.counters("BAK")
    assert review.cards["documents"].value.text() == str(counters.documents) == "4"
    assert review.cards["purchase"].value.text() == (
        f"{counters.purchase_to_review}/{counters.purchase_this_month}"
    )
    assert review.cards["actions"].value.text() == str(counters.open_actions)
    assert review.all_ids() == [
        *services.hub.review_ids("BAK", "open"),
        *services.hub.review_ids("BAK", "none"),
        ids[0],
    ]


def test_sorting_a_review_group_asks_the_service(office, window_as, settle):
    services, _ids = office
    page = open_hub(window_as(), settle)
    view = page.show_tab("review").views["open"]
    view.horizontalHeader().sectionClicked.emit(ReviewGroupModel.COL_AMOUNT)
    settle()
    assert view.model().ids == services.hub.review_ids("BAK", "open", sort="amount")
    view.horizontalHeader().sectionClicked.emit(ReviewGroupModel.COL_AMOUNT)
    settle()
    assert view.model().ids == services.hub.review_ids(
        "BAK", "open", sort="amount", descending=True
    )


def test_dropped_files_appear_at_once_and_are_read(services_as, window_as, settle, qtbot, tmp_path):
    page = open_hub(window_as(AANLEVERAAR), settle)  # a deliverer sees only received files
    assert list(page.tab_widgets) == ["received", "archive"]
    folder = tmp_path / "drop"
    folder.mkdir()
    invoice_files(folder, range(7, 9))
    (folder / "notities.txt").write_text("geen factuur")
    # a real drag onto the received-files table: the page (which accepts drops) gets it
    received = page.tab_widgets["received"]
    enter, _move, drop = drag_files(received.view.viewport(), [folder])
    assert enter.isAccepted() and drop.isAccepted()
    assert page.current_tab_key() == "received"
    qtbot.waitUntil(lambda: received.model.rowCount() == 2, timeout=10_000)
    qtbot.waitUntil(lambda: deliveries().busy.get(page.admin_id, 0) == 0, timeout=60_000)
    settle()
    rows = received.model.rows()
    assert {r.original_name for r in rows} == {"factuur-7.pdf", "factuur-8.pdf"}
    assert {r.origin for r in rows} == {"drag_drop"}
    qtbot.waitUntil(
        lambda: all(r.state == "processed" for r in received.model.rows()), timeout=10_000
    )
    assert all(r.document_count == 1 for r in received.model.rows())


def test_keyboard_only_review(office, window_as, settle, qtbot, monkeypatch):
    services, ids = office
    page = open_hub(window_as(), settle)
    review = page.show_tab("review")
    settle()
    view = review.views["open"]
    qtbot.keyClick(page.tabs.currentWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert page.current_tab_key() == "received"
    qtbot.keyClick(page.tabs.currentWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert page.current_tab_key() == "review" and view.current_row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current_row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    ddp = page.ddp
    assert ddp is not None and page.stack.currentWidget() is ddp
    qtbot.waitUntil(lambda: ddp.detail is not None and ddp.viewer.has_image(), timeout=10_000)
    first = ddp.current_id()
    assert first == review.all_ids()[0]
    qtbot.keyClick(ddp, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: ddp.detail is not None and ddp.detail.id == review.all_ids()[1], timeout=10_000
    )
    qtbot.keyClick(ddp, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: ddp.detail is not None and ddp.detail.id == first, timeout=10_000)
    # close the open comment and export with Ctrl+Shift+E: the next document follows
    ddp.comments.close_all()
    qtbot.waitUntil(lambda: ddp.detail.open_comments == 0, timeout=10_000)
    qtbot.keyClick(
        ddp, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(
        lambda: services.documents.show(first).state in ("exported", "export_error"), timeout=20_000
    )
    qtbot.waitUntil(lambda: ddp.detail is not None and ddp.detail.id != first, timeout=10_000)
    assert first not in ddp.ids
    qtbot.keyClick(ddp, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.tabs
    settle()
    qtbot.keyClick(page.tabs.currentWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert page.current_tab_key() == "export"
    settle()
    assert first in [r.document_id for r in page.tab_widgets["export"].model.rows()]


def test_show_comments_reveals_the_comment_column(office, window_as, settle):
    page = open_hub(window_as(), settle)
    review = page.show_tab("review")
    settle()
    view = review.views["open"]
    assert view.isColumnHidden(ReviewGroupModel.COL_COMMENTS)
    review.show_comments.click()
    assert not view.isColumnHidden(ReviewGroupModel.COL_COMMENTS)
    index = view.model().index(0, ReviewGroupModel.COL_COMMENTS)
    assert index.data() == "1 open"


def test_review_tab_follows_queue_changed(office, window_as, settle, qtbot):
    services, ids = office
    window = window_as()
    page = open_hub(window, settle)
    review = page.show_tab("review")
    settle()
    moved = review.models["open"].ids[0]
    services.documents.close_all_comments(moved)
    window.session.events.queue_changed.emit(page.admin_id)
    qtbot.waitUntil(lambda: moved in review.models["closed"].ids, timeout=10_000)
    assert moved not in review.models["open"].ids
    settle()
    assert review.cards["actions"].value.text() == str(services.hub.counters("BAK").open_actions)


def test_a_closed_hub_ignores_later_events(office, window_as, settle, qtbot):
    window = window_as()
    page = open_hub(window, settle)
    page.open_document(page.show_tab("review").all_ids(), 0)
    settle()
    other = next(a for a in window.admins if a.code != "BAK")
    window.choose_administration(other)  # the BAK hub (and its DDP) are deleted
    qtbot.waitUntil(lambda: not shiboken6.isValid(page), timeout=5_000)
    bak = next(a for a in window.admins if a.code == "BAK")
    window.session.events.queue_changed.emit(bak.id)
    window.session.events.document_changed.emit(1)
    settle()
    assert window.show_page("hub").administration.id == other.id
    settle()


def test_received_files_are_searched_in_sql_and_archive_tab_opens_read_only(
    office, window_as, settle, qtbot
):
    services, ids = office
    services.export.export("BAK", [ids[0]])
    page = open_hub(window_as(), settle)
    received = page.show_tab("received")
    settle()
    received.search.setText("factuur-3")
    settle()
    assert [r.original_name for r in received.model.rows()] == ["factuur-3.pdf"]
    assert received.model.rowCount() == services.hub.received_files("BAK", text="factuur-3").total
    archive = page.show_tab("archive")
    settle()
    archive.view.setFocus()
    archive.view.selectRow(0)
    qtbot.keyClick(archive.view, Qt.Key.Key_Return)
    ddp = page.ddp
    qtbot.waitUntil(lambda: ddp.detail is not None and ddp.detail.id == ids[0], timeout=10_000)
    assert ddp.read_only and ddp.fields.edits["invoice_number"].isReadOnly()
    settle()


def test_export_all_sends_the_documents_without_comments(
    office, window_as, settle, qtbot, monkeypatch, tmp_path
):
    from app.samples.generator import generate_invoice
    from app.samples.office import demo_administrations
    from app.services.demo_documents import RECENT

    services, ids = office
    bak = demo_administrations()[0]
    g = generate_invoice(
        35, supplier=bak.suppliers[5], customer=bak.company, layout="utility", date_range=RECENT
    )
    path = tmp_path / "zonder_vragen.pdf"
    path.write_bytes(g.pdf)
    services.intake.take_in("BAK", [path])
    [clean] = services.processing.process_pending("BAK").documents
    ready = services.hub.review_ids("BAK", "none")
    assert clean in ready
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes
    )
    page = open_hub(window_as(), settle)
    review = page.show_tab("review")
    settle()
    assert review.models["none"].ids == ready
    review.export_all.click()
    qtbot.waitUntil(
        lambda: all(services.documents.show(i).state == "exported" for i in ready), timeout=30_000
    )
    settle()
    assert len(asked) == 1 and review.models["none"].ids == []
    others = [i for i in ids if i not in ready]
    assert all(services.documents.show(i).state == "review" for i in others)
