"""The "+ Administratie toevoegen" wizard: choose one of the eight packages (those without a
connector say so), sign in through the system browser, pick administrations ("Alles
selecteren"), enter or confirm each KvK number (8 digits) and import them with a progress bar.
It drives the package service through :mod:`app.ui.capabilities`; a user who may not sign in
to a package (only Beheerder and Teamleider may) is told so plainly on the sign-in page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import UserFacingError
from app.ui.capabilities import PackageImportClient, import_client, packages
from app.ui.crash import handle_error
from app.ui.pages.wizard_pages import KvkPage, SelectPage
from app.ui.service_text import error_text
from app.ui.session import UiSession
from app.ui.tasks import run_task
from app.ui.widgets import button, label

KEY_ROLE = Qt.ItemDataRole.UserRole


class PackagePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setObjectName("packagePage")
        self.setTitle(self.tr("Kies het boekhoudpakket"))
        self.setSubTitle(self.tr("Uit welk pakket wilt u administraties importeren?"))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("packageList")
        for choice in packages():
            text = (
                choice.name
                if choice.available
                else self.tr("%1 — nog niet beschikbaar").replace("%1", choice.name)
            )
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, choice.key)
            if not choice.available:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(self.tr("De koppeling met dit pakket wordt nog gebouwd."))
            self.list.addItem(item)
        layout.addWidget(self.list)
        layout.addWidget(
            label(
                self.tr("Pakketten die nog niet beschikbaar zijn, kunnen later worden gekoppeld."),
                "hint",
                wrap=True,
            )
        )
        self.list.itemSelectionChanged.connect(self.completeChanged)

    def package(self) -> str | None:
        items = self.list.selectedItems()
        return items[0].data(KEY_ROLE) if items else None

    def select(self, key: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(KEY_ROLE) == key:
                self.list.setCurrentRow(i)

    def isComplete(self) -> bool:
        return self.package() is not None


class SignInPage(QWizardPage):
    url_found = Signal(str)

    def __init__(self, wizard: AddAdministrationWizard):
        super().__init__()
        self.wiz = wizard
        self.handle: Any = None
        self.setObjectName("signInPage")
        self.setTitle(self.tr("Aanmelden bij het pakket"))
        layout = QVBoxLayout(self)
        self.intro = label("", wrap=True)
        layout.addWidget(self.intro)
        self.sign_in_button = button(self.tr("Aanmelden in de browser"), "primary")
        self.sign_in_button.clicked.connect(self.sign_in)
        layout.addWidget(self.sign_in_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.existing_box = QWidget()
        row = QHBoxLayout(self.existing_box)
        row.setContentsMargins(0, 8, 0, 0)
        row.addWidget(label(self.tr("Of gebruik een bestaande koppeling:")))
        self.existing = QComboBox()
        row.addWidget(self.existing, 1)
        self.use_existing = button(self.tr("Deze koppeling gebruiken"))
        self.use_existing.clicked.connect(self._use_existing)
        row.addWidget(self.use_existing)
        layout.addWidget(self.existing_box)
        self.status = label("", "hint", wrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.unavailable = label("", "banner", wrap=True)
        self.unavailable.setObjectName("signInUnavailable")
        layout.addWidget(self.unavailable)
        layout.addStretch(1)
        self.url_found.connect(self._open_url)

    def initializePage(self) -> None:
        name, client = self.wiz.package_name(), self.wiz.client
        self.handle = None
        self.status.clear()
        self.existing.clear()
        self.existing_box.hide()
        self.setSubTitle(
            self.tr("Meld u aan bij %1 met het account van uw kantoor.").replace("%1", name)
        )
        sandbox = client is not None and client.sandbox
        self.intro.setText(
            self.tr(
                "Sandbox: Factuurflow meldt zich aan bij de lokale proefomgeving van %1, "
                "zonder browser."
            ).replace("%1", name)
            if sandbox
            else self.tr(
                "Factuurflow opent de aanmeldpagina van %1 in uw browser. Meld u daar aan en "
                "geef toestemming; daarna komt u vanzelf hier terug."
            ).replace("%1", name)
        )
        self.sign_in_button.setText(
            self.tr("Aanmelden") if sandbox else self.tr("Aanmelden in de browser")
        )
        message = None
        if client is None:
            message = self.tr(
                "Aanmelden bij een boekhoudpakket is in deze versie nog niet beschikbaar."
            )
        elif not client.can_sign_in():
            message = self.tr(
                "Alleen een Beheerder of Teamleider mag zich aanmelden bij een boekhoudpakket. "
                "Vraag een van hen om de administraties toe te voegen."
            )
        self.unavailable.setText(message or "")
        self.unavailable.setVisible(message is not None)
        self.sign_in_button.setEnabled(message is None)
        package = self.wiz.package()
        if message is None and client is not None and package is not None:
            run_task(lambda: client.connections(package), self._connections_loaded, owner=self)

    def _connections_loaded(self, connections: list[Any]) -> None:
        for conn in connections:
            self.existing.addItem(conn.name, conn.id)
        self.existing_box.setVisible(bool(connections))

    def _use_existing(self) -> None:
        self._signed_in(self.existing.currentData())

    def sign_in(self) -> None:
        client, package = self.wiz.client, self.wiz.package()
        if client is None or package is None:
            return
        self.sign_in_button.setEnabled(False)
        self.status.setText(self.tr("Bezig met aanmelden…"))
        emit = self.url_found.emit
        run_task(lambda: client.sign_in(package, emit), self._signed_in, self._failed, owner=self)

    def _open_url(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))
        self.status.setText(
            self.tr(
                "Wachten op de aanmelding in de browser… Opent er niets? Ga dan naar: %1"
            ).replace("%1", url)
        )

    def _signed_in(self, handle: Any) -> None:
        self.handle = handle
        self.sign_in_button.setEnabled(True)
        self.status.setText(self.tr("Aangemeld. Klik op Volgende."))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        self.status.setText(self.tr("Aanmelden is niet gelukt: %1").replace("%1", error_text(exc)))
        if not isinstance(exc, UserFacingError):
            handle_error(exc, self)

    def isComplete(self) -> bool:
        return self.handle is not None


class _Progress(QObject):
    step = Signal(int, int, str)


class ImportPage(QWizardPage):
    def __init__(self, wizard: AddAdministrationWizard):
        super().__init__()
        self.wiz = wizard
        self.done = False
        self.imported: list[Any] = []
        self.setObjectName("importPage")
        self.setTitle(self.tr("Importeren"))
        self.setSubTitle(self.tr("De administraties en hun stamgegevens worden opgehaald."))
        layout = QVBoxLayout(self)
        self.bar = QProgressBar()
        layout.addWidget(self.bar)
        self.status = label("", wrap=True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.progress = _Progress(self)
        self.progress.step.connect(self._step)

    def initializePage(self) -> None:
        selection = self.wiz.kvk_page.selection()
        client, handle = self.wiz.client, self.wiz.sign_in_page.handle
        self.done = False
        if client is None:
            return
        self.bar.setRange(0, 0)  # busy until the first step arrives
        self.status.setText(self.tr("Bezig met importeren…"))
        emit = self.progress.step.emit
        run_task(
            lambda: client.import_administrations(handle, selection, progress=emit),
            self._finished,
            self._failed,
            owner=self,
        )

    def _step(self, number: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(number - 1)
        self.status.setText(
            self.tr("Bezig met %1 (%2 van %3)…")
            .replace("%1", name)
            .replace("%2", str(number))
            .replace("%3", str(total))
        )

    def _finished(self, imported: list[Any]) -> None:
        self.imported = imported
        self.done = True
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        text = self.tr("Klaar: %1 administratie(s) geïmporteerd.").replace("%1", str(len(imported)))
        incomplete = [a for a in imported if getattr(a, "incomplete_reason", None)]
        if incomplete:
            text += " " + self.tr("Onvolledig: %1").replace(
                "%1", "; ".join(f"{a.name} ({a.incomplete_reason})" for a in incomplete)
            )
        self.status.setText(text)
        self.wiz.session.events.administrations_changed.emit()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status.setText(self.tr("Importeren is niet gelukt: %1").replace("%1", error_text(exc)))
        self.wiz.session.events.administrations_changed.emit()
        if not isinstance(exc, UserFacingError):
            handle_error(exc, self)

    def isComplete(self) -> bool:
        return self.done


class AddAdministrationWizard(QWizard):
    """``client`` defaults to the client over ``Services.packages``; tests may pass another
    object with the same methods."""

    def __init__(
        self,
        session: UiSession,
        client: Any = "auto",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.client: PackageImportClient | Any | None = (
            import_client(session.services) if client == "auto" else client
        )
        self.setObjectName("addAdministrationWizard")
        self.setWindowTitle(self.tr("Administratie toevoegen"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(720, 520)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Vorige"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Voltooien"))
        self.package_page = PackagePage()
        self.sign_in_page = SignInPage(self)
        self.select_page = SelectPage(self)
        self.kvk_page = KvkPage(self)
        self.import_page = ImportPage(self)
        for page in (
            self.package_page,
            self.sign_in_page,
            self.select_page,
            self.kvk_page,
            self.import_page,
        ):
            self.addPage(page)

    def package(self) -> str | None:
        return self.package_page.package()

    def package_name(self) -> str:
        key = self.package()
        return next((p.name for p in packages() if p.key == key), key or "")
