"""The document detail page against real read invoices and the local sandbox package: edit →
live balance check → save → export → archive; an export error fixed and re-exported; clicking a
word fills the focused field; "remember" reports what was learned; reject asks first; and the
time to show the next document is measured and reported (printed, not asserted)."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from test_hub_support import open_hub, read_invoices
from ui_demo import BEHEERDER

from app.services import sandbox
from app.services.demo_documents import connect_demo_to_sandbox
from app.ui.ddp.lines import BookingLinesModel


@pytest.fixture
def office(demo_app, services_as, tmp_path):
    connect_demo_to_sandbox(demo_app)
    services = services_as(BEHEERDER)
    ids = read_invoices(services, tmp_path / "in", range(1, 6))
    yield services, ids
    sandbox.stop_all()


def open_ddp(window_as, settle, qtbot, ids, index=0):
    page = open_hub(window_as(), settle)
    ddp = page.open_document(ids, index)
    qtbot.waitUntil(lambda: ddp.detail is not None and ddp.viewer.has_image(), timeout=15_000)
    settle()
    return page, ddp


def test_booking_lines_model(office, window_as, settle, qtbot, qtmodeltester):
    _services, ids = office
    _page, ddp = open_ddp(window_as, settle, qtbot, ids)
    assert ddp.lines.rowCount() >= 1
    qtmodeltester.check(ddp.lines, force_py=True)


def test_edit_balance_save_export_archive(office, window_as, settle, qtbot):
    services, ids = office
    page, ddp = open_ddp(window_as, settle, qtbot, ids)
    doc_id = ddp.current_id()
    assert ddp.balanced, ddp.balance.text()
    amount = ddp.lines.index(0, BookingLinesModel.COL_AMOUNT)
    original = ddp.lines.lines[0]["amount"]
    ddp.lines.setData(amount, "1,00")
    assert not ddp.balanced and "Niet in balans" in ddp.balance.text()
    ddp.lines.setData(amount, str(original).replace(".", ","))
    assert ddp.balanced and "In balans" in ddp.balance.text()
    number = ddp.fields.edits["invoice_number"]
    number.setFocus()
    number.selectAll()
    qtbot.keyClicks(number, "NR-2026-001")
    qtbot.keyClick(ddp, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ddp.detail.read.get("invoice_number") == "NR-2026-001", timeout=15_000)
    assert "invoice_number" in ddp.detail.corrected_fields
    ddp.comments.close_all()
    qtbot.waitUntil(lambda: ddp.detail.open_comments == 0, timeout=10_000)
    qtbot.keyClick(ddp, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: services.documents.show(doc_id).state == "exported", timeout=20_000)
    qtbot.waitUntil(
        lambda: ddp.detail is not None and ddp.detail.state == "exported", timeout=10_000
    )
    assert "Geëxporteerd" in ddp.message.text()
    qtbot.keyClick(ddp, Qt.Key.Key_Escape)
    archive = page.show_tab("archive")
    settle()
    assert [r.id for r in archive.model.rows()] == [doc_id]
    assert archive.model.rows()[0].invoice_number == "NR-2026-001"


def test_export_error_fixed_and_reexported(office, window_as, settle, qtbot):
    services, ids = office
    doc_id = ids[1]
    services.corrections.correct(doc_id, {"invoice_date": "2026-03-16", "period": "2026/03"})
    services.documents.close_all_comments(doc_id)
    [outcome] = services.export.export("BAK", [doc_id])
    assert outcome.status == "export_error"
    page = open_hub(window_as(), settle)
    errors = page.show_tab("errors")
    settle()
    rows = errors.relation_model.rows + errors.document_model.rows
    assert [r.document_id for r in rows] == [doc_id]
    assert errors.selected() is not None
    assert outcome.message in errors.message.text()
    errors._view().setFocus()
    qtbot.keyClick(errors._view(), Qt.Key.Key_Return)
    ddp = page.ddp
    qtbot.waitUntil(lambda: ddp.detail is not None, timeout=10_000)
    today = dt.date.today()
    ddp.fields.edits["invoice_date"].setText(today.strftime("%d-%m-%Y"))
    ddp.fields.edits["period"].setText(f"{today.year}/{today.month:02d}")
    ddp.save()
    qtbot.waitUntil(lambda: ddp.detail.period == (today.year, today.month), timeout=10_000)
    ddp.closed.emit()
    settle()
    errors.reexport.click()
    qtbot.waitUntil(lambda: services.documents.show(doc_id).state == "exported", timeout=20_000)
    settle()
    assert errors.document_model.rowCount() + errors.relation_model.rowCount() == 0


def test_clicking_a_word_fills_the_focused_field(office, window_as, settle, qtbot):
    _services, ids = office
    _page, ddp = open_ddp(window_as, settle, qtbot, ids)
    qtbot.waitUntil(lambda: bool(ddp.viewer.words), timeout=10_000)
    field = ddp.fields.edits["payment_reference"]
    field.setFocus()
    qtbot.waitUntil(lambda: ddp.fields.focused_name == "payment_reference")
    words = ddp.viewer.words[0].words
    word = next(w for w in words if w.text.isalpha() and len(w.text) > 4)
    zoom = ddp.viewer.canvas.zoom
    at = QPoint(int((word.x0 + word.x1) / 2 * zoom), int((word.y0 + word.y1) / 2 * zoom))
    qtbot.mouseClick(ddp.viewer.canvas, Qt.MouseButton.LeftButton, pos=at)
    assert field.text() == word.text
    assert ddp.changes()["payment_reference"] == word.text


def test_remember_reports_what_was_learned(office, window_as, settle, qtbot):
    _services, ids = office
    _page, ddp = open_ddp(window_as, settle, qtbot, ids)
    ddp.fields.edits["invoice_number"].setText(ddp.fields.edits["invoice_number"].text())
    ddp.setFocus()
    qtbot.keyClick(ddp, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(ddp, "last_learned", None) is not None, timeout=15_000)
    assert ddp.message.text().startswith("Onthouden voor")
    assert ddp.detail.relation_name in ddp.message.text()


def test_reject_asks_and_moves_on(office, window_as, settle, qtbot, monkeypatch):
    services, ids = office
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes
    )
    _page, ddp = open_ddp(window_as, settle, qtbot, ids[:3])
    qtbot.keyClick(ddp, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: services.documents.show(ids[0]).state == "rejected", timeout=10_000)
    assert len(asked) == 1
    qtbot.waitUntil(lambda: ddp.detail is not None and ddp.detail.id == ids[1], timeout=10_000)
    assert ddp.ids == ids[1:3]


def test_next_document_time_is_reported(office, window_as, settle, qtbot):
    _services, ids = office
    _page, ddp = open_ddp(window_as, settle, qtbot, ids)
    times = []
    for _ in range(len(ids) - 1):
        target = ddp.ids[ddp.index + 1]
        qtbot.waitUntil(lambda t=target: t in ddp._details, timeout=10_000)  # prefetched
        start = time.perf_counter()
        with qtbot.waitSignal(ddp.document_shown, timeout=10_000):
            ddp.step(1)
        times.append(time.perf_counter() - start)
        assert ddp.current_id() == target
    print(
        f"\nDDP next document shown in (ms): {[round(t * 1000, 1) for t in times]}; "
        f"mean {Decimal(sum(times) / len(times) * 1000).quantize(Decimal('0.1'))} ms; "
        f"first open (nothing prefetched) {ddp.timings[0] * 1000:.1f} ms"
    )


def test_einvoice_without_pdf_is_shown_rendered(
    demo_app, services_as, window_as, settle, qtbot, tmp_path
):
    from app.samples.generator import generate_invoice
    from app.samples.office import demo_administrations
    from app.samples.ubl_writer import truth_to_ubl
    from app.services.demo_documents import RECENT
    from app.services.viewer import ViewerService

    services = services_as(BEHEERDER)
    bak = demo_administrations()[0]
    g = generate_invoice(77, supplier=bak.suppliers[2], customer=bak.company, date_range=RECENT)
    path = tmp_path / "einvoice.xml"
    path.write_bytes(truth_to_ubl(g.truth))
    services.intake.take_in("BAK", [path])
    [doc_id] = services.processing.process_pending("BAK").documents
    name, data = ViewerService(services.app, services.actor).pdf(doc_id)
    assert data[:5] == b"%PDF-" and name.endswith(".pdf")
    _page, ddp = open_ddp(window_as, settle, qtbot, [doc_id])
    assert ddp.viewer.canvas.image.width() > 300
    assert ddp.fields.edits["invoice_number"].text() == g.truth["invoice_number"]


def test_gl_account_is_completed_from_master_data(office, window_as, settle, qtbot):
    _services, ids = office
    _page, ddp = open_ddp(window_as, settle, qtbot, ids)
    qtbot.waitUntil(lambda: bool(ddp.master.lists.get("gl")), timeout=10_000)
    label = ddp.master.lists["gl"][0]
    index = ddp.lines.index(0, BookingLinesModel.COL_GL)
    editor = ddp.master.createEditor(ddp.lines_view.viewport(), None, index)
    assert editor.completer() is not None
    editor.setText(label)
    ddp.master.setModelData(editor, ddp.lines, index)
    code = label.split(" – ")[0]
    assert ddp.lines.lines[0]["gl_account"] == code
    assert ddp.changes()["line.1.gl_account"] == code


def test_split_asks_page_ranges_and_shows_the_parts(
    demo_app, services_as, window_as, settle, qtbot, tmp_path, monkeypatch
):
    import pymupdf
    from PySide6.QtWidgets import QInputDialog
    from test_hub_support import invoice_files

    services = services_as(BEHEERDER)
    [single] = invoice_files(tmp_path, range(21, 22))
    with pymupdf.open(single) as pdf:
        pdf.new_page(width=pdf[0].rect.width, height=pdf[0].rect.height).insert_text(
            (72, 72), "Bijlage: algemene voorwaarden"
        )
        data = pdf.tobytes()
    path = tmp_path / "met_bijlage.pdf"
    path.write_bytes(data)
    services.intake.take_in("BAK", [path])
    [doc_id] = services.processing.process_pending("BAK").documents
    detail = services.documents.show(doc_id)
    assert (detail.page_from, detail.page_to) == (1, 2)
    asked = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("1, 2", True))
    _page, ddp = open_ddp(window_as, settle, qtbot, [doc_id])
    assert ddp.viewer.page_count == 2
    ddp.split()
    qtbot.waitUntil(
        lambda: len(ddp.ids) == 2 and ddp.detail is not None and ddp.detail.id == ddp.ids[0],
        timeout=15_000,
    )
    assert asked and services.documents.show(doc_id).state == "rejected"
    assert "2" in ddp.message.text()
    qtbot.waitUntil(ddp.viewer.has_image, timeout=10_000)
    assert ddp.viewer.page_count == 1


def test_viewer_zoom_fit_and_rotate(office, window_as, settle, qtbot):
    _services, ids = office
    _page, ddp = open_ddp(window_as, settle, qtbot, ids)
    viewer = ddp.viewer
    fitted = viewer.canvas.image.size()
    assert abs(fitted.width() - (viewer.scroll_area.viewport().width() - 24)) < 40
    qtbot.keyClick(ddp, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: viewer.canvas.image.width() > fitted.width(), timeout=10_000)
    viewer.buttons["rotate"].click()
    qtbot.waitUntil(lambda: viewer.canvas.rotation == 90, timeout=10_000)
    rotated = viewer.canvas.image.size()
    assert rotated.width() > rotated.height()  # an A4 page on its side
    viewer.buttons["rotate"].click()
    viewer.buttons["rotate"].click()
    viewer.buttons["rotate"].click()
    qtbot.keyClick(ddp, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            viewer.canvas.rotation == 0 and abs(viewer.canvas.image.width() - fitted.width()) < 30
        ),
        timeout=10_000,
    )


def test_choosing_another_relation_is_saved(office, window_as, settle, qtbot):
    _services, ids = office
    _page, ddp = open_ddp(window_as, settle, qtbot, ids)
    qtbot.waitUntil(lambda: ddp.relations_loaded is True, timeout=10_000)
    combo = ddp.fields.relation
    other = next(
        i
        for i in range(1, combo.count())
        if combo.itemData(i) not in (None, ddp.detail.relation_code)
    )
    code = combo.itemData(other)
    combo.setCurrentIndex(other)
    assert ddp.changes() == {"relation": code}
    qtbot.keyClick(ddp, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ddp.detail.relation_code == code, timeout=10_000)
    assert ddp.changes() == {}


def test_comment_thread_add_answer_close_reopen(office, window_as, settle, qtbot):
    _services, ids = office
    _page, ddp = open_ddp(window_as, settle, qtbot, ids)
    panel = ddp.comments
    before = len(ddp.detail.comments)
    panel.text.setFocus()
    qtbot.keyClicks(panel.text, "Klopt de btw?")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(ddp.detail.comments) == before + 1, timeout=10_000)
    new = ddp.detail.comments[-1]
    assert (new.text, new.state) == ("Klopt de btw?", "open")
    item = panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1)
    panel.tree.setCurrentItem(item)
    panel.text.setText("Ja, 21%.")
    panel.reply_button.click()
    qtbot.waitUntil(lambda: len(ddp.detail.comments[-1].replies) == 1, timeout=10_000)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1))
    panel.close_button.click()
    qtbot.waitUntil(lambda: ddp.detail.comments[-1].state == "closed", timeout=10_000)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1))
    assert panel.reopen_button.isEnabled() and not panel.close_button.isEnabled()
    panel.reopen_button.click()
    qtbot.waitUntil(lambda: ddp.detail.comments[-1].state == "open", timeout=10_000)
    assert "open" in panel.title.text()


def test_moving_on_saves_the_edits_first(office, window_as, settle, qtbot):
    services, ids = office
    _page, ddp = open_ddp(window_as, settle, qtbot, ids)
    first = ddp.current_id()
    ddp.fields.edits["payment_reference"].setText("REF-777")
    qtbot.keyClick(ddp, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: ddp.detail is not None and ddp.detail.id == ids[1], timeout=10_000)
    assert services.documents.show(first).read["payment_reference"] == "REF-777"


def test_new_relation_button_creates_and_sets_it(office, window_as, settle, qtbot, monkeypatch):
    from app.ui.ddp.new_relation import NewRelationDialog

    services, ids = office
    _page, ddp = open_ddp(window_as, settle, qtbot, ids)
    qtbot.waitUntil(lambda: ddp.relations_loaded is True, timeout=10_000)
    proposed = ddp.detail.read.get("proposed_relation") or {}

    def fake_exec(dialog):
        assert dialog.edits["name"].text() == (proposed.get("name") or "")
        dialog.edits["name"].setText("Testrelatie BV")
        dialog.edits["kvk"].setText("12345678")
        dialog.edits["iban"].setText("NL91ABNA0417164300")
        return 1

    monkeypatch.setattr(NewRelationDialog, "exec", fake_exec)
    button = ddp.fields.new_relation_button
    assert button.isVisible() and button.text() == "Nieuwe relatie…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ddp.detail.relation_name == "Testrelatie BV", timeout=10_000)
    code = ddp.detail.relation_code
    assert services.relations.find(ddp.administration.id, code).kvk == "12345678"
    qtbot.waitUntil(lambda: ddp.fields.relation.findData(code) > 0, timeout=10_000)
    assert ddp.fields.relation_code() == code and ddp.changes() == {}
    assert "Testrelatie BV" in ddp.message.text()


def test_journal_is_picked_from_master_data(office, window_as, settle, qtbot):
    _services, ids = office
    _page, ddp = open_ddp(window_as, settle, qtbot, ids)
    fields = ddp.fields
    qtbot.waitUntil(lambda: bool(fields.journals), timeout=10_000)
    assert ddp.detail.type == "purchase"
    combo = fields.journal
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == ["60 – Inkoopboek"]  # BAK's purchase journal only, by code and name
    assert fields.edits["journal"].text() == "60 – Inkoopboek"  # the proposed one, by name
    assert combo.completer().filterMode() == Qt.MatchFlag.MatchContains
    # a code that is not in the master data is refused at once, and not saved
    edit = fields.edits["journal"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "99")
    edit.editingFinished.emit()
    assert "Dagboek 99 bestaat niet" in ddp.message.text()
    assert combo.property("invalid") == "true"
    version = ddp.detail.version
    ddp.save()
    settle()
    assert ddp.detail.version == version and "Dagboek 99" in ddp.message.text()
    # a sales journal does not fit a purchase invoice
    edit.setText("70")
    edit.editingFinished.emit()
    assert "70 – Verkoopboek past niet" in ddp.message.text()
    # a sales document offers the sales journal
    fields.type.setCurrentIndex(fields.type.findData("sales"))
    assert [combo.itemText(i) for i in range(combo.count())] == ["70 – Verkoopboek"]
    assert combo.property("invalid") == "false" and ddp.message.text() == ""
    fields.type.setCurrentIndex(fields.type.findData("purchase"))
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert fields.journal_code() == "60" and fields.journal_problem() is None
    assert "journal" not in ddp.changes()
