"""The frozen dataclasses of the dashboard (SPEC.md §8): one per panel and :class:`DashboardData`.

Links ("Oplossen", a row of the recent administrations) carry a :class:`Target`: either a
document (open the DDP) or an administration with the tab of its document hub to open (see
:data:`HUB_TABS`; ``settings`` is the administration's settings page, ``administrations`` the
office's list of administrations with this one selected).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# Tab keys of the document hub (SPEC.md §5; ``app.ui.hub.page.TAB_KEYS``) plus "settings", the
# administration's settings page, and "administrations", the office's list of administrations
# with this one selected (where it is synchronised and its KvK number is set).
HUB_TABS = ("received", "review", "export", "errors", "archive", "settings", "administrations")
MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


@dataclass(frozen=True)
class Target:
    kind: str  # "document": open the DDP of document_id; "administration": open its hub at tab
    administration_id: int
    tab: str | None = None  # one of HUB_TABS when kind == "administration"
    document_id: int | None = None  # the document to open or to select in the tab


@dataclass(frozen=True)
class CountPanel:
    """Panels 1–3: one number, with the moment it counts from (None: right now)."""

    count: int
    since: datetime | None = None


@dataclass(frozen=True)
class RecentAdministration:
    administration_id: int
    code: str
    name: str
    received_this_month: int
    in_progress_this_month: int  # received this month and not yet exported/archived/rejected
    to_authorise: int
    to_confirm: int
    review: int
    export_errors: int
    last_visit: datetime
    target: Target


@dataclass(frozen=True)
class RecentAdministrationsPanel:
    rows: tuple[RecentAdministration, ...]


@dataclass(frozen=True)
class OpenAction:
    kind: str  # "comment" | "export_error"
    administration_id: int
    administration_code: str
    document_id: int
    invoice_number: str | None
    text: str
    at: datetime | None
    target: Target


@dataclass(frozen=True)
class OpenActionsPanel:
    open_comments: int  # all open comments on documents still in the workflow
    export_errors: int
    items: tuple[OpenAction, ...]  # the most recent ones, newest first (limited)

    @property
    def total(self) -> int:
        return self.open_comments + self.export_errors


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int
    label: str  # "nov 2026"
    count: int


@dataclass(frozen=True)
class ProcessedPerMonthPanel:
    months: tuple[MonthCount, ...]  # oldest first, the current month last


@dataclass(frozen=True)
class AdministrationTarget:
    administration_id: int
    code: str
    name: str
    target: int | None
    done: int


@dataclass(frozen=True)
class MonthlyTargetPanel:
    """Exported this month against the target: the organisation's target when the selection is
    the whole office, else the sum of the selected administrations' targets."""

    target: int | None
    done: int
    organisation_target: int | None
    administrations: tuple[AdministrationTarget, ...]

    @property
    def percentage(self) -> int | None:
        if not self.target:
            return None
        return round(100 * self.done / self.target)


@dataclass(frozen=True)
class IncompleteAdministration:
    administration_id: int
    code: str
    name: str
    reason: str
    sync_state: str
    target: Target


@dataclass(frozen=True)
class IncompleteAdministrationsPanel:
    rows: tuple[IncompleteAdministration, ...]


@dataclass(frozen=True)
class InactiveUser:
    user_id: int
    name: str
    email: str
    role: str
    last_login_at: datetime | None


@dataclass(frozen=True)
class InactiveUsersPanel:
    allowed: bool  # False: the acting user may not manage users; rows is empty
    rows: tuple[InactiveUser, ...]


@dataclass(frozen=True)
class InactiveAdministration:
    administration_id: int
    code: str
    name: str
    last_visit: datetime | None  # None: never opened
    marked_inactive: bool
    target: Target


@dataclass(frozen=True)
class InactiveAdministrationsPanel:
    rows: tuple[InactiveAdministration, ...]


@dataclass(frozen=True)
class DashboardData:
    generated_at: datetime
    month_start: datetime  # start of the current month (Europe/Amsterdam), in UTC
    administration_ids: tuple[int, ...]  # the selection the figures are about
    files_received: CountPanel
    export_errors: CountPanel
    ready_for_review: CountPanel
    recent_administrations: RecentAdministrationsPanel
    open_actions: OpenActionsPanel
    processed_per_month: ProcessedPerMonthPanel
    monthly_target: MonthlyTargetPanel
    incomplete_administrations: IncompleteAdministrationsPanel
    inactive_users: InactiveUsersPanel
    inactive_administrations: InactiveAdministrationsPanel
