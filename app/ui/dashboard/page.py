"""The dashboard page (SPEC.md §8, registry key ``dashboard``; replaces the simple one): a
filter on all or some administrations, and ten collapsible panels in a grid — three counters,
the monthly target, open actions with "Oplossen", the six-month bar chart, the document status of
the last visited administrations, incomplete administrations with "Synchroniseer alle",
inactive users (only for roles that manage users) and inactive administrations. Figures
reload when documents or queues change (:class:`AppEvents`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

import app.ui.pages.dashboard  # noqa: F401  (the simple dashboard registers first; this one wins)
from app.services.dashboard_types import DashboardData, Target
from app.services.dto import AdministrationDTO
from app.services.permissions import Right
from app.ui.dashboard import models as m
from app.ui.dashboard.chart import BarChart
from app.ui.dashboard.navigation import Navigator
from app.ui.dashboard.panels import ListPanel, Panel, StatPanel
from app.ui.dashboard.target_panel import TargetPanel
from app.ui.i18n import format_date, format_number
from app.ui.pages.base import Page
from app.ui.registry import OFFICE, PageSpec, register_page
from app.ui.tasks import run_task
from app.ui.widgets import button, label


class DashboardPage(Page):
    def __init__(self, session, administration=None):
        super().__init__(session, administration)
        self.setObjectName("fullDashboardPage")
        self.data: DashboardData | None = None
        self.admins: list[AdministrationDTO] = []
        self.selected: set[int] | None = None  # None: every administration
        self._request = 0
        self.navigator: Navigator | None = None
        first = session.actor.name.split(" ")[0]
        self.set_header(self.tr("Goedendag, %1").replace("%1", first), "")
        self.filter_button = QToolButton()
        self.filter_button.setObjectName("adminFilter")
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filter_menu = QMenu(self.filter_button)
        self.filter_button.setMenu(self.filter_menu)
        self.header.add_action(self.filter_button)
        self._build_panels()
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(300)
        self.refresh_timer.timeout.connect(self.reload)
        events = session.events
        for signal in (events.document_changed, events.queue_changed):
            signal.connect(lambda *_a: self.refresh_timer.start())
        events.administrations_changed.connect(self._reload_all)
        self._reload_all()

    # -- building ---------------------------------------------------------------------------
    def _build_panels(self) -> None:
        settings = self.session.window_settings()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder.setObjectName("dashboardGrid")
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setSpacing(14)
        for col in range(12):
            grid.setColumnStretch(col, 1)
        self.files = StatPanel("files", self.tr("Ontvangen bestanden"), "", settings)
        self.errors = StatPanel("errors", self.tr("Exportfouten"), self.tr("nu"), settings)
        self.review = StatPanel("review", self.tr("Klaar voor review"), self.tr("nu"), settings)
        self.target = TargetPanel(self.session, settings)
        self.target.saved.connect(lambda _v: self.reload())
        for i, panel in enumerate((self.files, self.errors, self.review, self.target)):
            grid.addWidget(panel, 0, 3 * i, 1, 3)
        self.open_actions = ListPanel(
            "actions",
            self.tr("Openstaande acties"),
            m.OpenActionsModel(self),
            self.tr("Geen openstaande acties. Alles is bijgewerkt."),
            settings,
            max_rows=6,
        )
        self.open_actions.stretch(m.OpenActionsModel.COL_TEXT)
        self.open_actions.sort(m.OpenActionsModel.COL_AT, Qt.SortOrder.DescendingOrder)
        self.open_actions.link_clicked.connect(lambda r: self._open(self.open_actions.model, r))
        grid.addWidget(self.open_actions, 1, 0, 1, 8)
        self.chart_panel = Panel("chart", self.tr("Verwerkte documenten per maand"), settings)
        self.chart = BarChart()
        self.chart_panel.add(self.chart, 1)
        grid.addWidget(self.chart_panel, 1, 8, 1, 4)
        self.recent = ListPanel(
            "recent",
            self.tr("Laatst bezochte administraties"),
            m.RecentAdministrationsModel(self),
            self.tr("U heeft deze maand nog geen administratie geopend."),
            settings,
            max_rows=10,
        )
        self.recent.stretch(m.RecentAdministrationsModel.COL_NAME)
        self.recent.sort(m.RecentAdministrationsModel.COL_VISIT, Qt.SortOrder.DescendingOrder)
        self.recent.link_clicked.connect(lambda r: self._open(self.recent.model, r))
        self.recent.title.setToolTip(self.tr("Cijfers van deze maand"))
        grid.addWidget(self.recent, 2, 0, 1, 12)
        self.incomplete = ListPanel(
            "incomplete",
            self.tr("Onvolledige administraties"),
            m.IncompleteAdministrationsModel(self),
            self.tr("Alle administraties hebben hun stamgegevens."),
            settings,
        )
        self.incomplete.stretch(m.IncompleteAdministrationsModel.COL_REASON)
        self.incomplete.link_clicked.connect(lambda r: self._open(self.incomplete.model, r))
        self.sync_button = button(self.tr("Synchroniseer alle"), icon_name="sync")
        self.sync_button.setObjectName("syncAll")
        self.sync_button.clicked.connect(self.sync_all)
        self.sync_button.setVisible(self.session.can(Right.ADD_ADMINISTRATIONS))
        sync_row = QHBoxLayout()
        sync_row.setContentsMargins(0, 0, 0, 0)
        self.sync_status = label("", "hint", wrap=True)
        self.sync_status.setObjectName("syncStatus")
        sync_row.addWidget(self.sync_status, 1)
        sync_row.addWidget(self.sync_button)
        self.incomplete.body_layout.addLayout(sync_row)
        grid.addWidget(self.incomplete, 3, 0, 1, 4)
        self.users = ListPanel(
            "users",
            self.tr("Inactieve gebruikers"),
            m.InactiveUsersModel(self),
            self.tr("Iedereen heeft het afgelopen halfjaar ingelogd."),
            settings,
        )
        self.users.stretch(m.InactiveUsersModel.COL_NAME)
        self.users.table.hideColumn(m.InactiveUsersModel.COL_EMAIL)
        self.users.table.hideColumn(m.InactiveUsersModel.COL_ROLE)
        may_manage_users = self.session.can(Right.MANAGE_USERS)
        self.users.setVisible(may_manage_users)
        grid.addWidget(self.users, 3, 4, 1, 4)
        self.inactive = ListPanel(
            "inactive",
            self.tr("Inactieve administraties"),
            m.InactiveAdministrationsModel(self),
            self.tr("Alle administraties zijn het afgelopen halfjaar geopend."),
            settings,
        )
        self.inactive.stretch(m.InactiveAdministrationsModel.COL_NAME)
        self.inactive.link_clicked.connect(lambda r: self._open(self.inactive.model, r))
        grid.addWidget(
            self.inactive, 3, 8 if may_manage_users else 4, 1, 4 if may_manage_users else 8
        )
        for panel in holder.findChildren(Panel):
            policy = panel.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            panel.setSizePolicy(policy)
        grid.setRowStretch(4, 1)
        scroll.setWidget(holder)
        self.page_layout.addWidget(scroll, 1)

    # -- filter -----------------------------------------------------------------------------
    def _reload_all(self) -> None:
        self.load(self.services.administrations.list, self._admins_loaded)
        self.reload()

    def _admins_loaded(self, admins: list[AdministrationDTO]) -> None:
        self.admins = admins
        if self.selected is not None:
            self.selected &= {a.id for a in admins}
        self._fill_filter()

    def _fill_filter(self) -> None:
        self.filter_menu.clear()
        every = self.filter_menu.addAction(self.tr("Alle administraties"))
        every.setCheckable(True)
        every.setChecked(self.selected is None)
        every.triggered.connect(lambda: self.set_selection(None))
        self.filter_menu.addSeparator()
        for admin in self.admins:
            action: QAction = self.filter_menu.addAction(
                f"{admin.name} ({admin.code})".replace("&", "&&")
            )
            action.setCheckable(True)
            action.setChecked(self.selected is not None and admin.id in self.selected)
            action.toggled.connect(lambda on, a=admin.id: self._toggle(a, on))
        if self.selected is None:
            text = self.tr("Alle administraties (%1)").replace("%1", str(len(self.admins)))
        else:
            text = (
                self.tr("%1 van %2 administraties")
                .replace("%1", str(len(self.selected)))
                .replace("%2", str(len(self.admins)))
            )
        self.filter_button.setText(text + "  ▾")

    def _toggle(self, admin_id: int, on: bool) -> None:
        chosen = set(self.selected or ())
        chosen = chosen | {admin_id} if on else chosen - {admin_id}
        self.set_selection(chosen or None)

    def set_selection(self, admin_ids: set[int] | None) -> None:
        """Show the figures of ``admin_ids`` (None: every administration)."""
        self.selected = set(admin_ids) if admin_ids else None
        self._fill_filter()
        self.reload()

    # -- data -------------------------------------------------------------------------------
    def reload(self, *_args) -> None:
        self._request += 1
        request = self._request
        ids = sorted(self.selected) if self.selected is not None else None
        self.load(lambda: self.services.dashboard.build(ids), lambda d: self._built(request, d))

    def _built(self, request: int, data: DashboardData) -> None:
        if request == self._request:  # an older selection answered after a newer one
            self.show_data(data)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        n = format_number
        self.files.set_value(
            n(data.files_received.count),
            self.tr("sinds %1").replace(
                "%1", format_date(data.files_received.since or data.month_start)
            ),
        )
        self.errors.set_value(n(data.export_errors.count))
        self.review.set_value(n(data.ready_for_review.count))
        self.target.show_panel(data.monthly_target, self.selected, self.admins)
        self.open_actions.model.set_rows(list(data.open_actions.items))
        self.open_actions.set_badge(f"({n(data.open_actions.total)})")
        self.chart.set_bars(
            [(self._month(mc.month, mc.year), mc.count) for mc in data.processed_per_month.months]
        )
        self.recent.model.set_rows(list(data.recent_administrations.rows))
        self.incomplete.model.set_rows(list(data.incomplete_administrations.rows))
        self.users.model.set_rows(list(data.inactive_users.rows))
        self.users.setVisible(data.inactive_users.allowed)
        self.inactive.model.set_rows(list(data.inactive_administrations.rows))

    def _month(self, month: int, year: int) -> str:
        from PySide6.QtCore import QDate, QLocale

        return QLocale().toString(QDate(year, month, 1), "MMM yy").replace(".", "")

    # -- actions ----------------------------------------------------------------------------
    def _open(self, model, row: int) -> None:
        target = model.target_at(row)
        if target is not None:
            self.open_target(target)

    def open_target(self, target: Target) -> QWidget | None:
        window = self.window()
        if not hasattr(window, "choose_administration"):
            return None
        if self.navigator is None or self.navigator.window is not window:
            self.navigator = Navigator(window, self)
        return self.navigator.open_target(target)

    def sync_all(self) -> None:
        self.sync_button.setEnabled(False)
        self.sync_status.setText(self.tr("Bezig met synchroniseren…"))
        run_task(self.services.packages.sync_all, self._synced, self._sync_failed, owner=self)

    def _synced(self, results) -> None:
        self.sync_button.setEnabled(True)
        failed = [r for r in results if getattr(r, "error", None)]
        self.sync_status.setText(
            self.tr("%1 gesynchroniseerd, %2 mislukt.")
            .replace("%1", str(len(results) - len(failed)))
            .replace("%2", str(len(failed)))
        )
        self.session.events.administrations_changed.emit()

    def _sync_failed(self, exc: BaseException) -> None:
        self.sync_button.setEnabled(True)
        self.sync_status.setText(str(exc))


register_page(
    PageSpec(
        "dashboard",
        lambda: QCoreApplication.translate("Navigation", "Dashboard"),
        "dashboard",
        DashboardPage,
        OFFICE,
        None,
        10,
    )
)
