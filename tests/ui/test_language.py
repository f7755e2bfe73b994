"""Dutch by default, English per user: the translation is loaded from the compiled .ts, the
language menu saves the user's choice and reopens the window in that language on the same
page, and dates and amounts follow the language."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from ui_demo import BEHEERDER

from app.ui.i18n import format_amount, format_date, format_datetime, set_language
from app.ui.main import Shell


def _nav_texts(window):
    return [window.office_nav.item(i).text() for i in range(window.office_nav.count())]


def test_dutch_is_the_default(window_as):
    window = window_as(BEHEERDER)
    assert _nav_texts(window) == [
        "Dashboard",
        "Administraties",
        "Gebruikers",
        "Afdelingen",
        "Organisatie-instellingen",
    ]
    assert window.user_role.text() == "Beheerder"


def test_english_translation_is_loaded(window_as, settle):
    set_language("en")
    window = window_as(BEHEERDER)
    assert _nav_texts(window) == [
        "Dashboard",
        "Administrations",
        "Users",
        "Departments",
        "Organisation settings",
    ]
    assert window.logout_button.text() == "Sign out"
    page = window.show_page("users")
    settle()
    assert page.header.title.text() == "Users"
    assert page.model.headers()[4] == "Created"
    assert page.proxy.index(0, 2).data() in ("Active", "Created", "Deactivated")


def test_language_menu_saves_choice_and_reopens_window(qtbot, demo_app, services_as, settle):
    shell = Shell(demo_app)
    actor = services_as(BEHEERDER).actor
    window = shell.open_window(actor)  # the shell deletes replaced windows itself
    settle()
    window.show_page("departments")
    with qtbot.waitSignal(window.language_changed, timeout=10_000) as blocker:
        window.language_actions["en"].trigger()
    assert blocker.args == ["en"]
    assert services_as(BEHEERDER).users.get(actor.user_id).language == "en"
    qtbot.waitUntil(lambda: shell.window is not window)
    new = shell.window
    settle()
    assert new.current_key == "departments"
    assert new.page_widget().header.title.text() == "Departments"
    assert new.language_button.text() == "English"
    assert demo_app.settings.get("language") == "en"
    with qtbot.waitSignal(new.language_changed, timeout=10_000):
        new.language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: shell.window is not new)
    settle()
    assert shell.window.page_widget().header.title.text() == "Afdelingen"
    # pages of the replaced windows no longer listen: an event reaches only live widgets
    shell.events.administrations_changed.emit()
    shell.events.users_changed.emit()
    settle()
    shell.window.close()


def test_dates_and_amounts_follow_the_language():
    set_language("nl")
    assert format_date(date(2026, 11, 27)) == "27-11-2026"
    assert format_amount(Decimal("1234.56")) == "€ 1.234,56"
    assert format_amount(Decimal("-1234567.5")) == "€ -1.234.567,50"
    assert format_datetime(datetime(2026, 11, 27, 12, 0, tzinfo=UTC)).startswith("27-11-2026")
    set_language("en")
    assert format_date(date(2026, 11, 27)) == "27 Nov 2026"
    assert format_amount(Decimal("1234.56")) == "€1,234.56"
