"""What the window does with an exception: a :class:`UserFacingError` becomes a short message
where it happened; anything else is a bug, logged with its traceback and shown in a crash dialog
from which the details can be copied (qutebrowser's KnownError/BugError split).
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserFacingError
from app.ui.service_text import error_text

log = logging.getLogger("app.ui.crash")


class CrashDialog(QDialog):
    """Says that something went wrong in the program itself and shows the details."""

    def __init__(self, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Er ging iets mis"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Factuurflow stuitte op een fout in het programma. Uw gegevens zijn niet verloren. "
                "De details staan in het logbestand; stuur ze mee als u dit meldt."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            self.tr("Details kopiëren"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _widget(parent: QObject | None) -> QWidget | None:
    if isinstance(parent, QWidget):
        return parent.window()
    return QApplication.activeWindow()


def show_user_error(exc: BaseException, parent: QObject | None = None) -> None:
    QMessageBox.warning(
        _widget(parent), QApplication.translate("crash", "Niet gelukt"), error_text(exc)
    )


def report_bug(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    parent: QObject | None = None,
) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unhandled error in the window:\n%s", details)
    if QApplication.instance() is None:
        return
    CrashDialog(details, _widget(parent)).exec()


def handle_error(exc: BaseException, parent: QObject | None = None) -> None:
    """Show ``exc`` the right way: a message for a user-facing error, the crash dialog else."""
    if isinstance(exc, UserFacingError):
        show_user_error(exc, parent)
    else:
        report_bug(type(exc), exc, exc.__traceback__, parent)


def install_excepthook() -> None:
    """Route exceptions raised in slots (which Qt would only print) to the crash dialog."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if issubclass(exc_type, UserFacingError):
            show_user_error(exc)
            return
        report_bug(exc_type, exc, tb)

    sys.excepthook = hook
