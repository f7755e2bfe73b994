"""The login dialog: e-mail and password, the last user's address filled in, a clear message
for a wrong password or a deactivated account; on the very first start (no user yet) it shows
the "Organisatie aanmaken" form that creates the organisation and its first Beheerder.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserFacingError
from app.services import auth
from app.services.context import Actor, AppContext
from app.ui.crash import handle_error
from app.ui.service_text import error_text
from app.ui.tasks import run_task
from app.ui.widgets import button, icon, label, set_invalid


class LoginDialog(QDialog):
    """Accepts with :attr:`actor` set to the user who logged in (or was just created)."""

    def __init__(
        self, app: AppContext, parent: QWidget | None = None, *, setup: bool | None = None
    ):
        super().__init__(parent)
        self.app = app
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Factuurflow — aanmelden"))
        self.setFixedWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addLayout(self._brand())
        first_start = auth.needs_setup(app) if setup is None else setup
        self.first_start = first_start
        layout.addWidget(self._setup_page() if first_start else self._login_page())
        layout.addStretch(1)
        if first_start:
            self.setWindowTitle(self.tr("Factuurflow — organisatie aanmaken"))
            self.org_name.setFocus()
        elif self.email.text():
            self.password.setFocus()

    def _brand(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(44, 44))
        row.addWidget(logo)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        texts.addWidget(label("Factuurflow", object_name="loginBrand"))
        texts.addWidget(label(self.tr("Facturen lezen, coderen en boeken"), "hint"))
        row.addLayout(texts, 1)
        return row

    # -- login ----------------------------------------------------------------------------
    def _login_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            label(self.tr("Meld u aan met uw e-mailadres en wachtwoord."), "hint", wrap=True)
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.email = QLineEdit(self.app.settings.get("last_user_email") or "")
        self.email.setPlaceholderText(self.tr("naam@kantoor.nl"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("E-mailadres"), self.email)
        form.addRow(self.tr("Wachtwoord"), self.password)
        layout.addLayout(form)
        self.login_error = label("", "errorBanner", wrap=True)
        self.login_error.setObjectName("loginError")
        self.login_error.hide()
        layout.addWidget(self.login_error)
        self.login_button = button(self.tr("Aanmelden"), "primary")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.try_login)
        self.password.returnPressed.connect(self.try_login)
        self.email.returnPressed.connect(self.password.setFocus)
        layout.addWidget(self.login_button)
        return page

    def try_login(self) -> None:
        email, password = self.email.text().strip(), self.password.text()
        if not email or not password:
            self._show_login_error(self.tr("Vul uw e-mailadres en wachtwoord in."))
            return
        self.login_button.setEnabled(False)
        self.login_error.hide()
        run_task(
            lambda: auth.login(self.app, email, password),
            self._logged_in,
            self._login_failed,
            owner=self,
        )

    def _logged_in(self, actor: Actor) -> None:
        for name in ("login_button", "setup_button"):
            if hasattr(self, name):
                getattr(self, name).setEnabled(True)
        self.actor = actor
        self.app.settings.set("last_user_email", actor.email)
        self.accept()

    def _login_failed(self, exc: BaseException) -> None:
        self.login_button.setEnabled(True)
        if not isinstance(exc, UserFacingError):
            handle_error(exc, self)
            return
        if "gedeactiveerd" in str(exc):
            text = self.tr("Dit account is gedeactiveerd. Neem contact op met uw beheerder.")
        else:
            text = self.tr("Onjuist e-mailadres of wachtwoord.")
        self._show_login_error(text)
        self.password.selectAll()
        self.password.setFocus()

    def _show_login_error(self, text: str) -> None:
        self.login_error.setText(text)
        self.login_error.show()

    # -- first start ----------------------------------------------------------------------
    def _setup_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.tr("Organisatie aanmaken"), object_name="sectionTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Welkom! Maak uw kantoor aan. U wordt de eerste Beheerder en kunt daarna "
                    "collega's en administraties toevoegen."
                ),
                "hint",
                wrap=True,
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.org_name = QLineEdit()
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.setup_email = QLineEdit()
        self.setup_email.setPlaceholderText(self.tr("naam@kantoor.nl"))
        self.setup_password = QLineEdit()
        self.setup_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.setup_password.setPlaceholderText(self.tr("minstens 8 tekens"))
        self.setup_repeat = QLineEdit()
        self.setup_repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Naam van het kantoor"), self.org_name)
        form.addRow(self.tr("Voornaam"), self.first_name)
        form.addRow(self.tr("Achternaam"), self.last_name)
        form.addRow(self.tr("E-mailadres"), self.setup_email)
        form.addRow(self.tr("Wachtwoord"), self.setup_password)
        form.addRow(self.tr("Herhaal wachtwoord"), self.setup_repeat)
        layout.addLayout(form)
        self.setup_error = label("", "errorBanner", wrap=True)
        self.setup_error.hide()
        layout.addWidget(self.setup_error)
        self.setup_button = button(self.tr("Organisatie aanmaken"), "primary")
        self.setup_button.clicked.connect(self.try_setup)
        layout.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def try_setup(self) -> None:
        fields = [
            (self.org_name, self.tr("Vul de naam van het kantoor in.")),
            (self.first_name, self.tr("Vul uw voornaam in.")),
            (self.last_name, self.tr("Vul uw achternaam in.")),
            (self.setup_email, self.tr("Vul uw e-mailadres in.")),
        ]
        problems = []
        for widget, message in fields:
            empty = not widget.text().strip()
            set_invalid(widget, empty)
            if empty:
                problems.append(message)
        short = len(self.setup_password.text()) < auth.MIN_PASSWORD
        differ = not short and self.setup_password.text() != self.setup_repeat.text()
        set_invalid(self.setup_password, short)
        set_invalid(self.setup_repeat, differ)
        if short:
            problems.append(self.tr("Het wachtwoord moet minstens 8 tekens hebben."))
        elif differ:
            problems.append(self.tr("De wachtwoorden zijn niet gelijk."))
        if problems:
            self.setup_error.setText("\n".join(problems))
            self.setup_error.show()
            return
        values = dict(
            organisation=self.org_name.text(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.setup_email.text(),
            password=self.setup_password.text(),
        )
        self.setup_button.setEnabled(False)
        run_task(
            lambda: auth.setup_organisation(self.app, **values),
            self._logged_in,
            self._setup_failed,
            owner=self,
        )

    def _setup_failed(self, exc: BaseException) -> None:
        self.setup_button.setEnabled(True)
        if not isinstance(exc, UserFacingError):
            handle_error(exc, self)
            return
        self.setup_error.setText(error_text(exc))
        self.setup_error.show()
