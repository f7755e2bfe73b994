"""Fixtures for the window tests: a themed QApplication, the window as any demo user, a way to
wait until background tasks have delivered, and the language reset to Dutch after each test.
"""

from __future__ import annotations

import pytest
from ui_demo import BEHEERDER

from app.ui.tasks import pending_tasks


def pytest_collection_modifyitems(config, items):
    # The offscreen platform plugin warns that it cannot honour window-manager requests
    # (size hints, raise, keyboard grab of popups); that is the test platform, not our code.
    for item in items:
        if "/tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(r"^This plugin does not support "))


@pytest.fixture(autouse=True)
def themed_app(qapp):
    from app.ui.i18n import set_language
    from app.ui.theme import STYLESHEET, apply_theme

    if qapp.styleSheet() != STYLESHEET:  # once: re-styling repolishes every live widget
        apply_theme(qapp)
    set_language("nl")
    yield qapp
    set_language("nl")


@pytest.fixture
def settle(qtbot):
    """``settle()`` waits until every background task has delivered its result."""

    def wait(timeout: int = 10_000) -> None:
        qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=timeout)

    return wait


@pytest.fixture
def session_as(services_as):
    from app.ui.session import UiSession

    def make(email: str = BEHEERDER):
        services = services_as(email)
        return UiSession.start(services.app, services.actor)

    return make


@pytest.fixture
def window_as(qtbot, session_as, settle):
    """``window_as(email)`` → a shown MainWindow for that demo user, data loaded."""
    from app.ui.main_window import MainWindow

    def make(email: str = BEHEERDER):
        window = MainWindow(session_as(email), restore=False)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        settle()
        return window

    return make


@pytest.fixture
def page_as(window_as, settle):
    """``page_as(key, email)`` → (window, page widget) with the page's data loaded."""

    def make(key: str, email: str = BEHEERDER):
        window = window_as(email)
        page = window.show_page(key)
        assert page is not None, f"{email} may not open {key}"
        settle()
        page.setFocus()
        return window, page

    return make
