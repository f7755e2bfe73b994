"""Starting the window: ``run_gui(args)`` creates the QApplication with theme and translation,
opens the :class:`AppContext` for ``--data-dir``/``--db``, routes unexpected errors to the crash
dialog and the log, and runs the :class:`Shell` (login → main window → log-out → login).
"""

from __future__ import annotations

import logging
import sys
from argparse import Namespace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from app.services.context import Actor, AppContext
from app.ui.crash import install_excepthook
from app.ui.events import AppEvents
from app.ui.i18n import set_language
from app.ui.login import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.session import UiSession
from app.ui.theme import apply_theme
from app.ui.widgets import icon

log = logging.getLogger(__name__)


def ensure_qapplication(argv: list[str] | None = None) -> QApplication:
    """The running QApplication (created, themed and named on first call)."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("Factuurflow")
        QCoreApplication.setApplicationName("Factuurflow")
        app = QApplication(argv or [sys.argv[0]])
        apply_theme(app)
        app.setWindowIcon(icon("app"))
    return app  # type: ignore[return-value]


class Shell:
    """Runs the login dialog and the main window in turn; switching the language reopens
    the window in the new language on the same page."""

    def __init__(self, app: AppContext):
        self.app = app
        self.events = AppEvents()
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None

    def start(self) -> None:
        set_language(self.app.settings.get("language"))
        self.show_login()

    def show_login(self) -> None:
        self.login = LoginDialog(self.app)
        self.login.finished.connect(self._login_finished)
        self.login.show()

    def _login_finished(self, result: int) -> None:
        dialog, self.login = self.login, None
        if result == QDialog.DialogCode.Accepted and dialog is not None and dialog.actor:
            self.open_window(dialog.actor)
        else:
            QApplication.quit()

    def open_window(self, actor: Actor, page: str | None = None) -> MainWindow:
        set_language(actor.language)
        self.app.settings.set("language", actor.language)
        session = UiSession.start(self.app, actor, self.events)
        self.window = MainWindow(session)
        self.window.logout_requested.connect(self.logout)
        self.window.language_changed.connect(self.change_language)
        if page:
            self.window.show_page(page)
        self.window.show()
        return self.window

    def logout(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.show_login()

    def change_language(self, lang: str) -> None:
        old = self.window
        if old is None:
            return
        from dataclasses import replace

        page, admin = old.current_key, old.administration
        actor = replace(old.session.actor, language=lang)
        old.save_state()
        old.hide()
        new = self.open_window(actor)
        if admin is not None:
            new.choose_administration(admin)
        if page:
            new.show_page(page)
        old.deleteLater()


def run_gui(args: Namespace) -> int:
    """Entry point of ``factuurflow`` without a subcommand."""
    qt_app = ensure_qapplication()
    install_excepthook()
    app = AppContext.open(getattr(args, "data_dir", None), getattr(args, "db", None))
    log.info("window started (data folder %s)", app.paths.data)
    try:
        shell = Shell(app)
        shell.start()
        return qt_app.exec()
    finally:
        app.close()
