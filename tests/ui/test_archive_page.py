"""The Archive page: exported documents older than 7 days, searched through the archive service
(number, amount range, bad input shown inline), opened read-only in the DDP, and the original
file downloaded through the save dialog."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import update
from test_hub_support import read_invoices
from ui_demo import BEHEERDER

from app.models import Document
from app.models.base import utcnow
from app.services import sandbox
from app.services.demo_documents import connect_demo_to_sandbox


@pytest.fixture
def archived(demo_app, services_as, tmp_path):
    connect_demo_to_sandbox(demo_app)
    services = services_as(BEHEERDER)
    ids = read_invoices(services, tmp_path / "in", range(1, 4))
    for doc_id in ids:
        services.documents.close_all_comments(doc_id)
    outcomes = services.export.export("BAK", ids)
    assert {o.status for o in outcomes} == {"exported"}
    with demo_app.transaction() as s:
        s.execute(
            update(Document)
            .where(Document.id.in_(ids[:2]))
            .values(exported_at=utcnow() - timedelta(days=12))
        )
    yield services, ids
    sandbox.stop_all()


def open_archive(window_as, settle):
    window = window_as()
    window.choose_administration(next(a for a in window.admins if a.code == "BAK"))
    page = window.show_page("archive")
    settle()
    return page


def test_archive_lists_older_exports_and_searches(archived, window_as, settle, qtmodeltester):
    services, ids = archived
    page = open_archive(window_as, settle)
    assert sorted(page.model.ids) == sorted(ids[:2])  # the third was exported just now
    qtmodeltester.check(page.model, force_py=True)
    settle()
    row = services.archive.rows([ids[0]])[0]
    page.number.setText(row.invoice_number)
    page.run_search()
    settle()
    assert page.model.ids == [ids[0]]
    page.clear()
    settle()
    page.amount_min.setText("abc")
    page.run_search()
    assert page.error.isVisibleTo(page) and "abc" in page.error.text()
    page.amount_min.setText(str(row.total_incl_vat).replace(".", ","))
    page.amount_max.setText(str(row.total_incl_vat).replace(".", ","))
    page.run_search()
    settle()
    assert not page.error.isVisibleTo(page)
    assert ids[0] in page.model.ids
    page.amount_min.setText("100")
    page.amount_max.setText("10")
    page.run_search()
    assert page.error.isVisibleTo(page)


def test_open_read_only_and_download_original(
    archived, window_as, settle, qtbot, monkeypatch, tmp_path
):
    services, ids = archived
    page = open_archive(window_as, settle)
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    ddp = page.ddp
    qtbot.waitUntil(lambda: ddp.detail is not None and ddp.viewer.has_image(), timeout=15_000)
    assert ddp.read_only and not ddp.action_buttons["export"].isVisibleTo(ddp)
    assert ddp.fields.edits["invoice_number"].isReadOnly()
    target = tmp_path / "download.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClick(ddp, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=10_000)
    name, data = services.archive.original(ddp.current_id())
    assert target.read_bytes() == data and name.endswith(".pdf")
    qtbot.keyClick(ddp, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0
