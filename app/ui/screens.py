"""Rendering a page or dialog offscreen to a PNG with the current data, for the ``screenshot``
command, the tests and for looking at what was built. Every registered page renders under its
page key; dialogs (``login``, ``add-administration``, ``user-edit``) are registered here with
:func:`register_screen` and drawn centred over their page with a dimmed backdrop. Later work adds
its own screens (``hub-*``, ``ddp`` ...) the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from app.errors import UserFacingError
from app.services.dto import AdministrationDTO
from app.ui import registry, theme
from app.ui.main_window import MainWindow
from app.ui.session import UiSession
from app.ui.tasks import wait_for_tasks

ScreenFn = Callable[[UiSession, AdministrationDTO | None, QSize], QPixmap]
_SCREENS: dict[str, ScreenFn] = {}


def register_screen(name: str, fn: ScreenFn) -> None:
    _SCREENS[name] = fn


def screen_names() -> list[str]:
    return sorted(set(_SCREENS) | {p.key for p in registry.pages()})


def settle(*widgets: QWidget) -> None:
    """Let layouts run and background loads deliver before grabbing."""
    for _ in range(3):
        QCoreApplication.processEvents()
        wait_for_tasks()
    for w in widgets:
        w.repaint()
    QCoreApplication.processEvents()


def window_on(
    session: UiSession, key: str, admin: AdministrationDTO | None, size: QSize
) -> MainWindow:
    """A main window of ``size`` showing page ``key`` (for ``admin`` when the page needs one)."""
    window = MainWindow(session, restore=False)
    window.resize(size)
    window.show()
    settle(window)
    spec = registry.page(key)
    if spec.needs_administration or admin is not None:
        if admin is None:
            raise UserFacingError(
                f"Pagina {key} hoort bij een administratie; geef --admin op "
                "of maak eerst een administratie aan."
            )
        window.choose_administration(admin)
    if window.show_page(key) is None:
        raise UserFacingError(f"De rol van {session.actor.email} mag pagina {key} niet zien.")
    settle(window)
    return window


def over_backdrop(background: QWidget | None, dialog: QWidget, size: QSize) -> QPixmap:
    """``dialog`` drawn centred over ``background`` (dimmed), or over the plain window colour."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor(theme.WINDOW))
    painter = QPainter(pixmap)
    if background is not None:
        painter.drawPixmap(0, 0, background.grab())
        painter.fillRect(pixmap.rect(), QColor(15, 23, 42, 90))
    dialog.show()
    dialog.adjustSize()
    settle(dialog)
    shot = dialog.grab()
    top_left = QPoint((size.width() - shot.width()) // 2, (size.height() - shot.height()) // 2)
    painter.fillRect(
        top_left.x() - 1,
        top_left.y() - 1,
        shot.width() + 2,
        shot.height() + 2,
        QColor(theme.BORDER),
    )
    painter.drawPixmap(top_left, shot)
    painter.end()
    dialog.close()
    return pixmap


def render(name: str, session: UiSession, admin: AdministrationDTO | None, size: QSize) -> QPixmap:
    if name in _SCREENS:
        return _SCREENS[name](session, admin, size)
    try:
        registry.page(name)
    except KeyError:
        raise UserFacingError(
            f"Onbekende pagina: {name} (kies uit {', '.join(screen_names())})"
        ) from None
    window = window_on(session, name, admin, size)
    pixmap = window.grab()
    window.hide()
    window.deleteLater()
    return pixmap


def save_screenshot(
    name: str, session: UiSession, admin: AdministrationDTO | None, size: QSize, out: Path
) -> Path:
    pixmap = render(name, session, admin, size)
    if pixmap.size() != size:
        pixmap = pixmap.scaled(
            size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    if not pixmap.save(str(out), "PNG"):
        raise UserFacingError(f"Kon {out} niet opslaan.")
    return out


# -- the built-in dialog screens -------------------------------------------------------------
def _login(session: UiSession, admin, size: QSize) -> QPixmap:
    from app.ui.login import LoginDialog

    dialog = LoginDialog(session.app, setup=False)
    dialog.email.setText(session.actor.email)
    return over_backdrop(None, dialog, size)


def _add_administration(session: UiSession, admin, size: QSize) -> QPixmap:
    from app.ui.pages.admin_wizard import AddAdministrationWizard

    window = window_on(session, "administrations", None, size)
    wizard = AddAdministrationWizard(session, parent=window)
    wizard.package_page.select("exact_online")
    wizard.resize(760, 560)
    return over_backdrop(window, wizard, size)


def _user_edit(session: UiSession, admin, size: QSize) -> QPixmap:
    from app.ui.pages.users import UsersPage

    window = window_on(session, "users", None, size)
    page = window.page_widget()
    assert isinstance(page, UsersPage)
    users = page.model.rows
    target = next(
        (u for u in users if u.department_id and u.status == "actief"), users[0] if users else None
    )
    if target is None:
        raise UserFacingError("Er zijn geen gebruikers om te bewerken.")
    page.select_user(target.id)
    dialog = page.edit_selected()
    assert dialog is not None
    dialog.resize(600, 480)
    return over_backdrop(window, dialog, size)


register_screen("login", _login)
register_screen("add-administration", _add_administration)
register_screen("user-edit", _user_edit)
