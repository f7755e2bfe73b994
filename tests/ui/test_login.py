"""The login dialog: a clear message for a wrong password and for a deactivated account, the
last user remembered, and the first start creating the organisation and its Beheerder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_demo import BEHEERDER, DEACTIVATED, PASSWORD

from app.services import auth
from app.ui.login import LoginDialog


def _login(qtbot, dialog, email, password):
    dialog.email.setText(email)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)


def test_wrong_password_shows_message(qtbot, demo_app):
    dialog = LoginDialog(demo_app)
    qtbot.addWidget(dialog)
    _login(qtbot, dialog, BEHEERDER, "verkeerd!")
    qtbot.waitUntil(lambda: dialog.login_error.isVisibleTo(dialog))
    assert dialog.login_error.text() == "Onjuist e-mailadres of wachtwoord."
    assert dialog.actor is None
    assert dialog.result() != LoginDialog.DialogCode.Accepted


def test_deactivated_account_shows_message(qtbot, demo_app):
    dialog = LoginDialog(demo_app)
    qtbot.addWidget(dialog)
    _login(qtbot, dialog, DEACTIVATED, PASSWORD)
    qtbot.waitUntil(lambda: dialog.login_error.isVisibleTo(dialog))
    assert "gedeactiveerd" in dialog.login_error.text()
    assert dialog.actor is None


def test_empty_fields_are_reported_without_a_service_call(qtbot, demo_app):
    dialog = LoginDialog(demo_app)
    qtbot.addWidget(dialog)
    dialog.email.clear()
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    assert dialog.login_error.text() == "Vul uw e-mailadres en wachtwoord in."


def test_login_succeeds_and_remembers_the_user(qtbot, demo_app):
    dialog = LoginDialog(demo_app)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _login(qtbot, dialog, "  Marieke@VDBdeWit.nl ", PASSWORD)
    assert dialog.actor.email == BEHEERDER
    assert demo_app.settings.get("last_user_email") == BEHEERDER
    again = LoginDialog(demo_app)
    qtbot.addWidget(again)
    assert again.email.text() == BEHEERDER


def test_first_start_creates_the_organisation(qtbot, app_ctx):
    assert auth.needs_setup(app_ctx)
    dialog = LoginDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert dialog.first_start
    qtbot.keyClicks(dialog.org_name, "Kantoor Jansen")
    qtbot.keyClicks(dialog.first_name, "Anna")
    qtbot.keyClicks(dialog.last_name, "Jansen")
    qtbot.keyClicks(dialog.setup_email, "anna@jansen.nl")
    qtbot.keyClicks(dialog.setup_password, "geheim123")
    qtbot.keyClicks(dialog.setup_repeat, "anders123")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert "niet gelijk" in dialog.setup_error.text()
    assert auth.needs_setup(app_ctx)
    dialog.setup_repeat.setText("geheim123")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert dialog.actor.role == "beheerder"
    assert not auth.needs_setup(app_ctx)
    assert auth.login(app_ctx, "anna@jansen.nl", "geheim123").name == "Anna Jansen"


def test_first_start_requires_every_field(qtbot, app_ctx):
    dialog = LoginDialog(app_ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert "Vul de naam van het kantoor in." in dialog.setup_error.text()
    assert dialog.org_name.property("invalid") == "true"
    assert auth.needs_setup(app_ctx)
