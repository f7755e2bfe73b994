"""The main window: a left navigation panel (office pages, the administration picker and the
chosen administration's pages, the recently opened administrations — drop targets for files —,
the user's name and role, language and log-out), the page area and a status bar that shows
short messages (:meth:`MainWindow.notify`) and hides when there is none. Pages come from
:mod:`app.ui.registry` and are built lazily; items the user's role may not use are not shown.
Geometry, last page and last administration are remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import AdministrationDTO
from app.ui import registry
from app.ui.admin_drop_list import AdminDropList
from app.ui.admin_picker import AdminPicker
from app.ui.i18n import LANGUAGES, current_language, role_label
from app.ui.session import UiSession
from app.ui.tasks import run_task
from app.ui.widgets import icon, label

KEY_ROLE = Qt.ItemDataRole.UserRole


class NavList(QListWidget):
    """One section of the navigation; sized to its items, no scroll bar."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIconSize(QSize(18, 18))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def fit(self) -> None:
        height = sum(self.sizeHintForRow(i) + 2 for i in range(self.count())) + 6
        self.setFixedHeight(max(height, 0))

    def select_key(self, key: str | None) -> None:
        self.blockSignals(True)
        self.clearSelection()
        for i in range(self.count()):
            if self.item(i).data(KEY_ROLE) == key:
                self.setCurrentRow(i)
                break
        self.blockSignals(False)


class MainWindow(QMainWindow):
    """``logout_requested`` and ``language_changed(lang)`` are handled by the shell."""

    logout_requested = Signal()
    language_changed = Signal(str)

    def __init__(self, session: UiSession, parent: QWidget | None = None, *, restore: bool = True):
        super().__init__(parent)
        self.session = session
        self.administration: AdministrationDTO | None = None
        self.admins: list[AdministrationDTO] = []
        self.current_key: str | None = None
        self._pages: dict[tuple[str, int | None], QWidget] = {}
        self._pending_admin_id: int | None = None
        self._pending_page: str | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Factuurflow"))
        self.setWindowIcon(icon("app"))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._build_nav())
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = QStatusBar()
        self.status.setObjectName("statusBar")
        self.status.messageChanged.connect(lambda text: self.status.setVisible(bool(text)))
        self.setStatusBar(self.status)
        self.status.hide()
        self.resize(1280, 800)
        picker_shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        picker_shortcut.activated.connect(self.picker.open_popup)
        session.events.administrations_changed.connect(self.reload_administrations)
        start = self._restore_state() if restore else "dashboard"
        self.show_page(start if self._allowed(start) else "dashboard")
        self.reload_administrations()
        # -- issue 7: files dropped on the window go to the chosen administration, files
        # dropped on a recent administration to that one; the watched folders are watched
        # while the window is open (app.ui.dropzone) -------------------------------------
        from app.ui.dropzone import install_on

        install_on(self)
        # -- end issue 7 ---------------------------------------------------------------------

    # -- navigation panel -----------------------------------------------------------------
    def _build_nav(self) -> QWidget:
        nav = QFrame()
        nav.setObjectName("nav")
        nav.setFixedWidth(248)
        outer = QVBoxLayout(nav)
        outer.setContentsMargins(0, 0, 0, 8)
        outer.setSpacing(2)
        outer.addWidget(label("Factuurflow", object_name="brand"))
        # the sections scroll when the window is low, so the navigation never sets its height
        sections = QWidget()
        sections.setObjectName("navSections")
        layout = QVBoxLayout(sections)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        scroll = QScrollArea()
        scroll.setObjectName("navScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(sections)
        outer.addWidget(scroll, 1)
        layout.addWidget(label(self.tr("KANTOOR"), object_name="navSection"))
        self.office_nav = NavList()
        layout.addWidget(self.office_nav)
        layout.addWidget(label(self.tr("ADMINISTRATIE"), object_name="navSection"))
        self.picker = AdminPicker()
        self.picker.chosen.connect(self.choose_administration)
        picker_box = QHBoxLayout()
        picker_box.setContentsMargins(10, 2, 10, 4)
        picker_box.addWidget(self.picker)
        layout.addLayout(picker_box)
        self.admin_hint = label(
            self.tr("Kies een administratie voor documenten, relaties en instellingen."),
            "hint",
            wrap=True,
        )
        self.admin_hint.setContentsMargins(16, 0, 12, 0)
        layout.addWidget(self.admin_hint)
        self.admin_nav = NavList()
        layout.addWidget(self.admin_nav)
        role = self.session.actor.role
        for spec in registry.pages(registry.OFFICE):
            if registry.allowed(spec, role):
                self._add_item(self.office_nav, spec)
        for spec in registry.pages(registry.ADMINISTRATION):
            if registry.allowed(spec, role):
                self._add_item(self.admin_nav, spec)
        self.office_nav.fit()
        self.admin_nav.fit()
        self.admin_nav.hide()
        self.recent_title = label(self.tr("RECENT"), object_name="navSection")
        self.recent_title.setToolTip(
            self.tr("Sleep bestanden op een administratie om ze daar aan te leveren")
        )
        layout.addWidget(self.recent_title)
        self.recent_admins = AdminDropList()
        self.recent_admins.chosen.connect(self.open_administration)
        layout.addWidget(self.recent_admins)
        self.recent_title.hide()
        self.recent_admins.hide()
        self.office_nav.itemSelectionChanged.connect(lambda: self._nav_clicked(self.office_nav))
        self.admin_nav.itemSelectionChanged.connect(lambda: self._nav_clicked(self.admin_nav))
        layout.addStretch(1)
        outer.addWidget(self._build_user_box())
        return nav

    def _add_item(self, nav: NavList, spec: registry.PageSpec) -> None:
        item = QListWidgetItem(icon(spec.icon), spec.title())
        item.setData(KEY_ROLE, spec.key)
        nav.addItem(item)

    def _build_user_box(self) -> QWidget:
        box = QFrame()
        box.setObjectName("userBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 10, 12, 0)
        actor = self.session.actor
        self.user_name = label(actor.name, object_name="userName")
        layout.addWidget(self.user_name)
        self.user_role = label(role_label(actor.role), "hint")
        layout.addWidget(self.user_role)
        row = QHBoxLayout()
        row.setContentsMargins(0, 6, 0, 0)
        self.language_button = QToolButton()
        self.language_button.setObjectName("languageButton")
        self.language_button.setIcon(icon("language"))
        self.language_button.setText(LANGUAGES[current_language()])
        self.language_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.language_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.language_button.setToolTip(self.tr("Taal van de interface"))
        menu = QMenu(self.language_button)
        group = QActionGroup(menu)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _=False, c=code: self.change_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        self.language_button.setMenu(menu)
        row.addWidget(self.language_button)
        row.addStretch(1)
        self.logout_button = QToolButton()
        self.logout_button.setObjectName("logoutButton")
        self.logout_button.setIcon(icon("logout"))
        self.logout_button.setText(self.tr("Afmelden"))
        self.logout_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.logout_button.clicked.connect(self.logout_requested)
        row.addWidget(self.logout_button)
        layout.addLayout(row)
        return box

    def _nav_clicked(self, nav: NavList) -> None:
        items = nav.selectedItems()
        if items:
            self.show_page(items[0].data(KEY_ROLE))

    # -- pages ----------------------------------------------------------------------------
    def _allowed(self, key: str | None) -> bool:
        try:
            spec = registry.page(key or "")
        except KeyError:
            return False
        return registry.allowed(spec, self.session.actor.role) and (
            not spec.needs_administration or self.administration is not None
        )

    def nav_keys(self) -> list[str]:
        """The keys the navigation shows now (office pages and, if chosen, admin pages)."""
        keys = [self.office_nav.item(i).data(KEY_ROLE) for i in range(self.office_nav.count())]
        if not self.admin_nav.isHidden():
            keys += [self.admin_nav.item(i).data(KEY_ROLE) for i in range(self.admin_nav.count())]
        return keys

    def show_page(self, key: str) -> QWidget | None:
        """Show (building it on first use) the page ``key``; None when it is not allowed."""
        if not self._allowed(key):
            return None
        spec = registry.page(key)
        admin = self.administration if spec.needs_administration else None
        admin_id = admin.id if admin is not None else None
        widget = self._pages.get((key, admin_id))
        if widget is None:
            widget = registry.build(
                spec, self.session, self.administration if spec.needs_administration else None
            )
            self._pages[(key, admin_id)] = widget
            if hasattr(widget, "open_requested"):
                widget.open_requested.connect(self.open_administration)
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.current_key = key
        self.office_nav.select_key(key)
        self.admin_nav.select_key(key)
        self.setWindowTitle(f"{spec.title()} — Factuurflow")
        return widget

    def page_widget(self) -> QWidget:
        return self.stack.currentWidget()

    def choose_administration(self, admin: AdministrationDTO | None) -> None:
        for (key, admin_id), widget in list(self._pages.items()):
            if admin_id is not None and (admin is None or admin_id != admin.id):
                self.stack.removeWidget(widget)
                widget.deleteLater()
                del self._pages[(key, admin_id)]
        self.administration = admin
        self.picker.set_current(admin)
        self.admin_nav.setVisible(admin is not None)
        self.admin_hint.setVisible(admin is None)
        if admin is None:
            if self.current_key and not self._allowed(self.current_key):
                self.show_page("dashboard")
            return
        admin_id = admin.id
        run_task(
            lambda: self.session.services.administrations.record_visit(admin_id),
            lambda _none: self.reload_recent(),
            owner=self,
        )
        if self.current_key and registry.page(self.current_key).needs_administration:
            self.show_page(self.current_key)
        elif self.admin_nav.count():
            self.show_page(self.admin_nav.item(0).data(KEY_ROLE))

    def open_administration(self, admin: AdministrationDTO) -> None:
        """Choose ``admin`` and show its first page (from "Openen" on the list page)."""
        self.current_key = None
        self.choose_administration(admin)

    def reload_administrations(self) -> None:
        run_task(
            self.session.services.administrations.list, self._administrations_loaded, owner=self
        )
        self.reload_recent()

    def reload_recent(self) -> None:
        """The recently opened administrations in the navigation (drop targets)."""

        def loaded(admins: list[AdministrationDTO]) -> None:
            self.recent_admins.set_administrations(admins)
            self.recent_title.setVisible(bool(admins))

        run_task(lambda: self.session.services.administrations.recent(5), loaded, owner=self)

    def notify(self, text: str, timeout_ms: int = 10_000) -> None:
        """A short message in the status bar (gone after ``timeout_ms``; 0 keeps it)."""
        self.status.showMessage(text, timeout_ms)

    def admin_name(self, admin_id: int) -> str:
        known = [*self.admins, *self.recent_admins.administrations()]
        return next((a.name for a in known if a.id == admin_id), str(admin_id))

    def _administrations_loaded(self, admins: list[AdministrationDTO]) -> None:
        self.admins = admins
        self.picker.set_administrations(admins)
        if self._pending_admin_id is not None:
            match = [a for a in admins if a.id == self._pending_admin_id]
            pending_page, self._pending_admin_id = self._pending_page, None
            if match:
                self.choose_administration(match[0])
                if pending_page:
                    self.show_page(pending_page)

    # -- language, state ------------------------------------------------------------------
    def change_language(self, lang: str) -> None:
        if lang == self.session.actor.language and lang == current_language():
            return
        user_id = self.session.actor.user_id
        run_task(
            lambda: self.session.services.users.edit(user_id, language=lang),
            lambda _user: self.language_changed.emit(lang),
            owner=self,
        )

    def _restore_state(self) -> str:
        settings = self.session.window_settings()
        geometry = settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        key = str(settings.value("last_page", "dashboard"))
        admin_id = settings.value("last_administration")
        self._pending_page = None
        if admin_id not in (None, ""):
            self._pending_admin_id = int(admin_id)
            try:
                if registry.page(key).needs_administration:
                    self._pending_page = key
                    return "dashboard"
            except KeyError:
                return "dashboard"
        return key

    def save_state(self) -> None:
        settings = self.session.window_settings()
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("last_page", self.current_key or "dashboard")
        settings.setValue(
            "last_administration", self.administration.id if self.administration else ""
        )
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
