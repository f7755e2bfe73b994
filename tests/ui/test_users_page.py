"""The users page driven like a user would: create with inline validation, edit (Basis and
Administraties tabs), deactivate and activate, delete with confirmation, search, and the
blocked e-mail addresses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_demo import BEHEERDER, TEAMLEIDER

from app.models.enums import Role


def _row_of(page, email):
    for r in range(page.proxy.rowCount()):
        if page.proxy.row_at(r).email == email:
            return r
    return None


def _select(qtbot, page, email):
    row = _row_of(page, email)
    assert row is not None, email
    rect = page.table.visualRect(page.proxy.index(row, 2))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_user().email == email


def test_create_user_with_inline_validation(qtbot, page_as, settle, services_as):
    _window, page = page_as("users")
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Nieuwe gebruiker"
    qtbot.keyClicks(dialog.first_name, "Eva")
    qtbot.keyClicks(dialog.email, "geen-adres")
    dialog.save()
    assert dialog.errors["last_name"].text() == "Vul de achternaam in."
    assert dialog.errors["email"].text() == "Dit is geen geldig e-mailadres."
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.last_name, "de Boer")
    dialog.email.setText("eva@vdbdewit.nl")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.REVIEWER.value))
    dialog.department.setCurrentIndex(dialog.department.findText("Team MKB"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    settle()
    row = _row_of(page, "eva@vdbdewit.nl")
    assert row is not None
    assert page.proxy.index(row, 0).data() == "Eva de Boer"
    assert page.proxy.index(row, 2).data() == "Aangemaakt"
    saved = services_as(BEHEERDER).users.find_by_email("eva@vdbdewit.nl")
    assert (saved.role, saved.department, saved.language) == ("reviewer", "Team MKB", "en")


def test_duplicate_email_is_shown_at_the_field(qtbot, page_as):
    _window, page = page_as("users")
    dialog = page.new_user()
    dialog.first_name.setText("Dubbel")
    dialog.last_name.setText("Persoon")
    dialog.email.setText("sanne@vdbdewit.nl")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors["email"].isVisibleTo(dialog))
    assert "bestaat al" in dialog.errors["email"].text()
    assert dialog.isVisible()


def test_edit_user_by_clicking_the_name_and_assign_administrations(
    qtbot, page_as, settle, services_as
):
    _window, page = page_as("users")
    row = _row_of(page, "pieter@vdbdewit.nl")
    rect = page.table.visualRect(page.proxy.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert dialog.windowTitle() == "Gebruiker bewerken"
    assert dialog.email.text() == "pieter@vdbdewit.nl"
    dialog.last_name.setText("Visser-Bos")
    dialog.tabs.setCurrentIndex(1)
    checklist = dialog.checklist
    qtbot.keyClicks(checklist.search, "installatie")
    shown = [
        checklist.list.item(i)
        for i in range(checklist.list.count())
        if not checklist.list.item(i).isHidden()
    ]
    assert len(shown) == 1
    for item in [checklist.list.item(i) for i in range(checklist.list.count())]:
        item.setCheckState(Qt.CheckState.Unchecked)
    shown[0].setCheckState(Qt.CheckState.Checked)
    assert checklist.count.text() == "Geselecteerd: 1"
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.save()
    settle()
    saved = services_as(BEHEERDER).users.find_by_email("pieter@vdbdewit.nl")
    assert saved.last_name == "Visser-Bos"
    admins = {a.id: a.name for a in services_as(BEHEERDER).administrations.list()}
    assert [admins[i] for i in saved.administration_ids] == [
        "Installatiebedrijf De Graaf & Zn. B.V."
    ]
    assert page.proxy.index(_row_of(page, "pieter@vdbdewit.nl"), 0).data() == "Pieter Visser-Bos"


def test_department_administrations_are_shown_locked(page_as, services_as):
    _window, page = page_as("users")
    sanne = services_as(BEHEERDER).users.find_by_email("sanne@vdbdewit.nl")
    page.select_user(sanne.id)
    dialog = page.edit_selected()
    dep = next(d for d in page.departments if d.id == sanne.department_id)
    assert dep.administration_ids
    item = dialog.checklist.item_for(dep.administration_ids[0])
    assert item.checkState() == Qt.CheckState.Checked
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "via afdeling" in item.text()
    assert dialog.checklist.checked_ids() == set(sanne.administration_ids)
    dialog.reject()


def test_deactivate_and_activate(qtbot, page_as, settle, services_as):
    _window, page = page_as("users")
    _select(qtbot, page, "sanne@vdbdewit.nl")
    assert page.toggle_button.text() == "Deactiveren"
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    settle()
    row = _row_of(page, "sanne@vdbdewit.nl")
    assert page.proxy.index(row, 2).data() == "Gedeactiveerd"
    assert services_as(BEHEERDER).users.find_by_email("sanne@vdbdewit.nl").status == "gedeactiveerd"
    assert page.toggle_button.text() == "Activeren"
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.proxy.index(_row_of(page, "sanne@vdbdewit.nl"), 2).data() == "Actief"


def test_own_account_cannot_be_deactivated_or_deleted(qtbot, page_as):
    _window, page = page_as("users")
    _select(qtbot, page, BEHEERDER)
    assert page.edit_button.isEnabled()
    assert not page.toggle_button.isEnabled()
    assert not page.delete_button.isEnabled()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_delete_asks_for_confirmation(qtbot, page_as, settle, monkeypatch, answer):
    _window, page = page_as("users")
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or answer
    )
    _select(qtbot, page, "pieter@vdbdewit.nl")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    settle()
    assert "Pieter Visser" in asked[0]
    gone = _row_of(page, "pieter@vdbdewit.nl") is None
    assert gone == (answer == QMessageBox.StandardButton.Yes)


def test_search_filters_and_shows_empty_state(qtbot, page_as):
    _window, page = page_as("users")
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.search, "fatima")
    assert page.proxy.rowCount() == 1
    page.search.setText("niemand-heet-zo")
    assert page.proxy.rowCount() == 0
    assert page.holder.currentIndex() == 1
    assert page.holder.empty.text() == "Geen gebruikers gevonden voor deze zoekopdracht."


def test_teamleider_cannot_make_a_beheerder(page_as):
    _window, page = page_as("users", TEAMLEIDER)
    dialog = page.new_user()
    assert dialog.role.findData(Role.BEHEERDER.value) == -1
    dialog.reject()


def test_blocked_senders_add_and_remove(qtbot, page_as, settle, services_as):
    _window, page = page_as("users")
    page.tabs.setCurrentIndex(1)
    tab = page.blocked
    assert tab.model.rowCount() == 0
    qtbot.keyClicks(tab.address, "geen adres")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    settle()
    assert tab.error.isVisibleTo(tab)
    tab.address.setText("@nieuwsbrief.nl")
    qtbot.keyClicks(tab.reason, "reclame")
    qtbot.keyClick(tab.reason, Qt.Key.Key_Return)
    settle()
    assert [b.address for b in services_as(BEHEERDER).users.blocked_senders()] == [
        "@nieuwsbrief.nl"
    ]
    assert tab.model.rowCount() == 1
    assert not tab.error.isVisibleTo(tab)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    settle()
    assert tab.model.rowCount() == 0
    assert services_as(BEHEERDER).users.blocked_senders() == []


def _next_tab_stop(widget):
    nxt = widget.nextInFocusChain()
    while not (nxt.focusPolicy() & Qt.FocusPolicy.TabFocus) or not nxt.isVisibleTo(widget.window()):
        nxt = nxt.nextInFocusChain()
    return nxt


def test_tab_order_follows_the_form(page_as):
    _window, page = page_as("users")
    dialog = page.new_user()
    order = [
        dialog.first_name,
        dialog.last_name,
        dialog.role,
        dialog.email,
        dialog.department,
        dialog.language,
    ]
    for first, second in zip(order, order[1:], strict=False):
        assert _next_tab_stop(first) is second, (first, second)
    dialog.reject()
