"""Keyboard-only review of ten documents: from the window, with key presses only (sent to
whatever widget has the focus — no mouse, no method calls on the pages), choose the
administration (Ctrl+K), open the Review tab (Alt+2) and its first document (Enter), and for each
of the ten: Tab to the invoice number, correct it, save (Ctrl+S), handle an open comment (Tab to
"Sluit alles", Space) and "Exporteer en volgende" (Ctrl+Shift+E). The database then holds ten
exported documents with the corrected numbers. The test only *waits* for what happens in the
background (qtbot.waitUntil) and looks at where the focus is.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_hub_support import read_invoices
from ui_demo import BEHEERDER

from app.services import sandbox
from app.services.demo_documents import connect_demo_to_sandbox

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def ten_documents(demo_app, services_as, tmp_path):
    connect_demo_to_sandbox(demo_app)
    services = services_as(BEHEERDER)
    ids = read_invoices(services, tmp_path / "in", range(1, 11))
    assert len(ids) == 10
    yield services, ids
    sandbox.stop_all()


def focus():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifiers)


def tab_to(qtbot, target, limit: int = 80) -> int:
    """Press Tab until ``target`` (or the widget it delegates its focus to) has the focus."""
    wanted = {target, target.focusProxy()} - {None}
    for presses in range(limit):
        if focus() in wanted:
            return presses
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.objectName() or target} is not reachable with Tab")


def test_ten_documents_reviewed_with_the_keyboard_only(ten_documents, window_as, settle, qtbot):
    services, ids = ten_documents
    window = window_as()
    # choose the administration: Ctrl+K, type, Enter; its first page is the Document Hub
    press(qtbot, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(focus(), "Bakkerij")
    press(qtbot, Qt.Key.Key_Return)
    # the offscreen platform does not hand the activation back when a popup closes (a window
    # manager does): give it back, as the window system would
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.administration is not None and window.administration.code == "BAK"
    assert window.current_key == "hub"
    page = window.page_widget()
    settle()
    review = page.tab_widgets["review"]
    order = review.all_ids()
    assert sorted(order) == sorted(ids)
    press(qtbot, Qt.Key.Key_2, ALT)  # the Review tab, the keyboard on its first document
    assert page.current_tab_key() == "review"
    assert focus() in review.views.values() and focus().current_row() == 0
    press(qtbot, Qt.Key.Key_Return)
    ddp = page.ddp
    assert ddp is not None and page.stack.currentWidget() is ddp
    numbers: dict[int, str] = {}
    for n in range(10):
        expected = order[n]
        qtbot.waitUntil(
            lambda e=expected: ddp.detail is not None and ddp.detail.id == e, timeout=15_000
        )
        assert ddp.title.text().startswith(f"Document 1 van {10 - n}")
        # Tab down to the invoice number and correct it
        tab_to(qtbot, ddp.fields.edits["invoice_number"])
        press(qtbot, Qt.Key.Key_A, CTRL)
        numbers[expected] = f"KB-2026-{n + 1:03d}"
        qtbot.keyClicks(focus(), numbers[expected])
        press(qtbot, Qt.Key.Key_S, CTRL)
        qtbot.waitUntil(
            lambda e=expected: ddp.detail.read.get("invoice_number") == numbers[e], timeout=15_000
        )
        assert "invoice_number" in ddp.detail.corrected_fields
        if ddp.detail.open_comments:  # handle the question first: Tab to "Sluit alles"
            tab_to(qtbot, ddp.comments.close_all_button)
            press(qtbot, Qt.Key.Key_Space)
            qtbot.waitUntil(lambda: ddp.detail.open_comments == 0, timeout=10_000)
        press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)  # export and next
        qtbot.waitUntil(
            lambda e=expected: services.documents.show(e).state != "review", timeout=30_000
        )
        if n < 9:  # the next document, the keyboard back at its first field
            qtbot.waitUntil(
                lambda e=expected: ddp.detail is not None and ddp.detail.id != e, timeout=15_000
            )
            assert focus() in (ddp.fields.relation, ddp.fields.relation.lineEdit())
    # the last one exported: back to the (now empty) review list
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.tabs, timeout=15_000)
    settle()
    for doc_id in ids:
        detail = services.documents.show(doc_id)
        assert detail.state == "exported", (doc_id, detail.state)
        assert detail.read.get("invoice_number") == numbers[doc_id]
        assert "invoice_number" in detail.corrected_fields
        assert detail.open_comments == 0
    assert all(not review.models[g].ids for g in review.models)
    assert page.current_tab_key() == "review"
