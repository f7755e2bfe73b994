"""The departments page: create a department, assign administrations by searching them,
remove one again, rename, and delete with confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_demo import BEHEERDER


def _dep_row(page, name):
    for r in range(page.proxy.rowCount()):
        if page.proxy.row_at(r).name == name:
            return r
    return None


def test_create_department_and_assign_administrations(
    qtbot, page_as, settle, monkeypatch, services_as
):
    _window, page = page_as("departments")
    assert page.model.rowCount() == 2
    monkeypatch.setattr(page, "ask_name", lambda: "Team Horeca")
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle()
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text() == "Team Horeca"
    checklist = dialog.checklist
    qtbot.keyClicks(checklist.search, "bakkerij")
    qtbot.mouseClick(checklist.select_all, Qt.MouseButton.LeftButton)
    checklist.search.clear()
    qtbot.keyClicks(checklist.search, "fysio")
    qtbot.mouseClick(checklist.select_all, Qt.MouseButton.LeftButton)
    checklist.search.clear()
    assert len(checklist.checked_ids()) == 2
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    settle()
    row = _dep_row(page, "Team Horeca")
    assert page.proxy.index(row, 1).data() == "2"
    assert page.proxy.index(row, 2).data() == "0"
    saved = services_as(BEHEERDER).departments.find("Team Horeca")
    names = {a.id: a.name for a in services_as(BEHEERDER).administrations.list()}
    assert sorted(names[i] for i in saved.administration_ids) == [
        "Bakkerij Van der Meulen B.V.",
        "Fysiotherapie Het Middelpunt",
    ]

    page.table.selectRow(row)
    dialog = page.edit_selected()
    dialog.name.setText("Team Horeca & Bakkers")
    item = next(
        dialog.checklist.item_for(i)
        for i in saved.administration_ids
        if names[i].startswith("Fysio")
    )
    item.setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    settle()
    saved = services_as(BEHEERDER).departments.find("Team Horeca & Bakkers")
    assert [names[i] for i in saved.administration_ids] == ["Bakkerij Van der Meulen B.V."]
    assert page.proxy.index(_dep_row(page, "Team Horeca & Bakkers"), 1).data() == "1"


def test_empty_name_is_refused_inline(qtbot, page_as):
    _window, page = page_as("departments")
    page.table.selectRow(0)
    dialog = page.edit_selected()
    dialog.name.clear()
    dialog.save()
    assert dialog.name_error.isVisibleTo(dialog)
    assert dialog.isVisible()
    dialog.reject()


def test_delete_department_after_confirmation(qtbot, page_as, settle, monkeypatch):
    _window, page = page_as("departments")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.table.selectRow(_dep_row(page, "Team MKB"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    settle()
    assert _dep_row(page, "Team MKB") is None
    assert page.model.rowCount() == 1
