"""The main window's navigation per role: items the role may not use are not shown, the
administration pages appear after choosing an administration, the picker lists only what the
user may see, and geometry plus last page are remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_demo import AANLEVERAAR, BEHEERDER, GEBRUIKER, REVIEWER, TEAMLEIDER

from app.errors import PermissionDenied
from app.ui.main_window import MainWindow

OFFICE = {
    BEHEERDER: ["dashboard", "administrations", "users", "departments", "organisation"],
    TEAMLEIDER: ["dashboard", "administrations", "users", "departments"],
    GEBRUIKER: ["dashboard", "administrations"],
    REVIEWER: ["dashboard", "administrations"],
    AANLEVERAAR: ["dashboard", "administrations"],
}
ADMIN = {
    BEHEERDER: ["hub", "relations", "processing-settings", "archive"],
    TEAMLEIDER: ["hub", "relations", "processing-settings", "archive"],
    GEBRUIKER: ["hub", "relations", "processing-settings", "archive"],
    REVIEWER: ["hub", "relations", "archive"],
    AANLEVERAAR: ["hub", "archive"],
}


@pytest.mark.parametrize("email", list(OFFICE))
def test_navigation_shows_only_what_the_role_may_use(window_as, services_as, settle, email):
    window = window_as(email)
    assert window.nav_keys() == OFFICE[email]
    assert window.user_name.text() == services_as(email).actor.name
    visible = services_as(email).administrations.list()
    assert [a.id for a in window.picker.admins] == [a.id for a in visible]
    window.choose_administration(visible[0])
    settle()
    assert window.nav_keys() == OFFICE[email] + ADMIN[email]
    assert window.current_key == ADMIN[email][0]
    for key in {"users", "departments", "organisation", "processing-settings", "relations"} - set(
        OFFICE[email] + ADMIN[email]
    ):
        assert window.show_page(key) is None, key


def test_services_refuse_what_the_navigation_hides(services_as):
    with pytest.raises(PermissionDenied):
        services_as(REVIEWER).users.list()
    with pytest.raises(PermissionDenied):
        services_as(TEAMLEIDER).organisation.update(name="Ander kantoor")


def test_picker_lists_only_visible_administrations(qtbot, window_as, services_as):
    window = window_as(AANLEVERAAR)
    everything = services_as(BEHEERDER).administrations.list()
    assert 0 < len(window.picker.admins) < len(everything)
    popup = window.picker.open_popup()
    qtbot.addWidget(popup)
    assert popup.list.model().rowCount() == len(window.picker.admins)
    popup.search.setText("zzz-niets")
    assert popup.list.model().rowCount() == 0
    assert popup.empty.isVisibleTo(popup)


def test_picker_search_and_enter_chooses_administration(qtbot, window_as, settle):
    window = window_as(BEHEERDER)
    popup = window.picker.open_popup()
    qtbot.addWidget(popup)
    qtbot.keyClicks(popup.search, "fysio")
    assert popup.list.model().rowCount() == 1
    with qtbot.waitSignal(window.picker.chosen):
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
    settle()
    assert window.administration.name == "Fysiotherapie Het Middelpunt"
    assert window.current_key == "hub"
    assert window.picker.text().startswith("Fysiotherapie")
    page = window.page_widget()
    assert page.header.subtitle.text() == "Fysiotherapie Het Middelpunt"


def test_clicking_navigation_switches_page(qtbot, window_as):
    window = window_as(TEAMLEIDER)
    item = window.office_nav.item(OFFICE[TEAMLEIDER].index("departments"))
    rect = window.office_nav.visualItemRect(item)
    qtbot.mouseClick(window.office_nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key == "departments"
    assert window.page_widget().objectName() == "departmentsPage"


def test_geometry_and_last_page_are_remembered(qtbot, session_as, settle):
    session = session_as(BEHEERDER)
    window = MainWindow(session, restore=False)
    qtbot.addWidget(window)
    window.show()
    settle()
    window.resize(1100, 700)
    admin = window.picker.admins[1]
    window.choose_administration(admin)
    window.show_page("archive")
    window.close()
    again = MainWindow(session)
    qtbot.addWidget(again)
    again.show()
    settle()
    assert again.height() == 700  # the width is clamped to the small offscreen screen
    qtbot.waitUntil(lambda: again.current_key == "archive")
    assert again.administration.id == admin.id


def test_a_real_page_replaces_its_placeholder_whatever_the_order(monkeypatch):
    from app.ui import registry

    monkeypatch.setattr(registry, "_PAGES", dict(registry._PAGES))
    monkeypatch.setattr(registry, "_PLACEHOLDERS", set(registry._PLACEHOLDERS))
    placeholder = registry.page("hub")

    def real(session, admin):
        raise AssertionError("not built here")

    spec = registry.PageSpec("hub", lambda: "Hub", "hub", real, registry.ADMINISTRATION)
    registry.register_page(spec)
    registry.register_page(placeholder, placeholder=True)  # imported later: must not win
    assert registry.page("hub").factory is real
