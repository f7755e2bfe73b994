"""Panel 7 of the dashboard: the monthly target with its progress ("Hoeveel documenten wil je
verwerken?"). The number is editable where the user may set it: the organisation's target for
the whole office (MANAGE_ORGANISATION), one administration's target when the filter holds
exactly that administration (CHANGE_PROCESSING_SETTINGS); saved with
:meth:`DashboardService.set_monthly_target` in the background.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QSpinBox, QWidget

from app.errors import UserFacingError
from app.services.dashboard_types import MonthlyTargetPanel
from app.services.permissions import Right
from app.ui.crash import handle_error
from app.ui.dashboard.panels import Panel
from app.ui.i18n import format_number
from app.ui.tasks import run_task
from app.ui.widgets import button, label


class TargetPanel(Panel):
    saved = Signal(object)  # the new target (int or None)

    def __init__(self, session, settings=None, parent=None):
        super().__init__("target", self.tr("Maanddoel"), settings, parent)
        self.session = session
        self.admin_id: int | None = None  # the administration whose target is edited
        self.editable = False
        self.progress = QProgressBar()
        self.progress.setObjectName("targetProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.add(self.progress)
        self.summary = label("–", object_name="cardLabel", wrap=True)
        self.add(self.summary)
        self.question = label(self.tr("Hoeveel documenten wil je verwerken?"), "hint", wrap=True)
        self.add(self.question)
        self.input_row = row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.spin = QSpinBox()
        self.spin.setObjectName("targetInput")
        self.spin.setRange(0, 1_000_000)
        self.spin.setSpecialValueText(self.tr("geen doel"))
        box.addWidget(self.spin, 1)
        self.save_button = button(self.tr("Opslaan"))
        self.save_button.setObjectName("saveTarget")
        self.save_button.clicked.connect(self.save)
        box.addWidget(self.save_button)
        self.add(row)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        self.add(self.error)

    def show_panel(self, panel: MonthlyTargetPanel, selected: set[int] | None, admins) -> None:
        target, done = panel.target, panel.done
        if target:
            self.progress.setRange(0, target)
            self.progress.setValue(min(done, target))
            self.summary.setText(
                self.tr("%1 van %2 documenten (%3%)")
                .replace("%1", format_number(done))
                .replace("%2", format_number(target))
                .replace("%3", str(panel.percentage))
            )
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.summary.setText(
                self.tr("%1 documenten verwerkt; nog geen doel").replace("%1", format_number(done))
            )
        if selected is None:
            self.admin_id = None
            self.editable = self.session.can(Right.MANAGE_ORGANISATION)
            value = panel.organisation_target
        elif len(selected) == 1:
            self.admin_id = next(iter(selected))
            self.editable = self.session.can(Right.CHANGE_PROCESSING_SETTINGS)
            value = next(
                (a.target for a in panel.administrations if a.administration_id == self.admin_id),
                None,
            )
        else:
            self.admin_id, self.editable, value = None, False, target
        self.spin.setValue(value or 0)
        self.question.setVisible(self.editable)
        self.input_row.setVisible(self.editable)
        self.save_button.setEnabled(self.editable)

    def save(self) -> None:
        value = self.spin.value() or None
        admin_id = self.admin_id
        self.error.hide()
        service = self.session.services.dashboard
        run_task(
            lambda: service.set_monthly_target(value, admin_id),
            self.saved.emit,
            self._failed,
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserFacingError):
            self.error.setText(str(exc))
            self.error.show()
        else:
            handle_error(exc, self)
