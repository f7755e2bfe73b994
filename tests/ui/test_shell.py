"""The shell around the windows: start shows the login dialog in the remembered language,
logging in opens the main window as that user, logging out returns to the login dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_demo import PASSWORD, TEAMLEIDER

from app.ui.i18n import current_language
from app.ui.main import Shell


def test_login_window_logout_cycle(qtbot, demo_app, settle):
    demo_app.settings.set("language", "en")
    shell = Shell(demo_app)
    shell.start()
    assert current_language() == "en"
    login = shell.login
    qtbot.addWidget(login)
    assert login.isVisible()
    assert login.login_button.text() == "Sign in"
    login.email.setText(TEAMLEIDER)
    qtbot.keyClicks(login.password, PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.window is not None, timeout=10_000)
    window = shell.window
    settle()
    assert window.session.actor.email == TEAMLEIDER
    assert current_language() == "nl"  # Joost's own language
    assert window.user_role.text() == "Teamleider"
    qtbot.mouseClick(window.logout_button, Qt.MouseButton.LeftButton)
    assert shell.window is None
    assert shell.login is not None and shell.login.isVisible()
    qtbot.addWidget(shell.login)
    assert shell.login.email.text() == TEAMLEIDER
