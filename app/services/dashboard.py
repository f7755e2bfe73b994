"""The dashboard (SPEC.md §8) for the acting user: ten panels in one :class:`DashboardData`.

:meth:`DashboardService.build` computes every panel with aggregate SQL
(:mod:`app.services.dashboard_queries`) over the administrations the user may see, or a chosen
subset of them (the dashboard's filter). "This month" and the six-month windows follow the
calendar in Europe/Amsterdam. The inactive-users panel is filled only for users with
MANAGE_USERS. :meth:`DashboardService.set_monthly_target` sets the organisation's target
(MANAGE_ORGANISATION) or one administration's (CHANGE_PROCESSING_SETTINGS).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import Administration, Organisation
from app.models.enums import DocumentState
from app.services import dashboard_queries as q
from app.services.context import BaseService
from app.services.dashboard_types import DashboardData, InactiveUsersPanel
from app.services.permissions import (
    Right,
    has_right,
    sees_all_administrations,
    visible_admin_ids_query,
)

LOCAL = ZoneInfo("Europe/Amsterdam")


def _month_start(year: int, month: int) -> datetime:
    while month < 1:
        year, month = year - 1, month + 12
    while month > 12:
        year, month = year + 1, month - 12
    return datetime(year, month, 1, tzinfo=LOCAL).astimezone(UTC)


def make_clock(now: datetime | None = None) -> q.Clock:
    """Month boundaries of the local calendar for ``now`` (default: the current time)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    local = now.astimezone(LOCAL)
    months = []
    for i in range(5, -1, -1):
        start = _month_start(local.year, local.month - i)
        first = start.astimezone(LOCAL)
        months.append(
            (first.year, first.month, start, _month_start(local.year, local.month - i + 1))
        )
    back = _month_start(local.year, local.month - 6).astimezone(LOCAL)
    day = min(
        local.day,
        ((_month_start(back.year, back.month + 1) - timedelta(seconds=1)).astimezone(LOCAL).day),
    )
    six_months_ago = local.replace(year=back.year, month=back.month, day=day).astimezone(UTC)
    return q.Clock(now, months[-1][2], tuple(months), six_months_ago)


class DashboardService(BaseService):
    def build(
        self,
        admin_ids: Iterable[int] | None = None,
        *,
        now: datetime | None = None,
        action_limit: int = 50,
    ) -> DashboardData:
        """Every panel for the selected administrations (None: all the user may see)."""
        clock = make_clock(now)
        with self.tx() as s:
            scope = self.scope(s, admin_ids)
            if not scope.ids:
                return self._empty(s, scope, clock)
            waiting = q.waiting_counts(s, scope)
            errors = q.state_total(waiting, DocumentState.EXPORT_ERROR)
            return DashboardData(
                generated_at=clock.now,
                month_start=clock.month_start,
                administration_ids=scope.ids,
                files_received=q.files_received(s, scope, clock),
                export_errors=errors,
                ready_for_review=q.state_total(waiting, DocumentState.REVIEW),
                recent_administrations=q.recent_administrations(
                    s, scope, clock, self.actor.user_id, waiting
                ),
                open_actions=q.open_actions(s, scope, errors.count, action_limit),
                processed_per_month=q.processed_per_month(s, scope, clock),
                monthly_target=q.monthly_target(s, scope, clock),
                incomplete_administrations=q.incomplete_administrations(s, scope),
                inactive_users=self._inactive_users(s, clock),
                inactive_administrations=q.inactive_administrations(s, scope, clock),
            )

    def scope(self, s: Session, admin_ids: Iterable[int] | None = None) -> q.Scope:
        """The selection: every visible administration, or the chosen ones (all must be
        visible, else NotFound)."""
        if sees_all_administrations(self.actor.role):
            visible = set(s.scalars(select(Administration.id)))
        else:
            visible = set(s.scalars(visible_admin_ids_query(self.actor.user_id, self.actor.role)))
        if admin_ids is None:
            chosen = visible
        else:
            chosen = {int(i) for i in admin_ids}
            hidden = sorted(chosen - visible)
            if hidden:
                raise NotFound(
                    f"Administratie {hidden[0]} bestaat niet of is niet zichtbaar voor u."
                )
        total = s.scalar(select(func.count()).select_from(Administration)) or 0
        return q.Scope(tuple(sorted(chosen)), bool(chosen) and len(chosen) == total)

    def set_monthly_target(self, target: Any, admin: int | str | None = None) -> int | None:
        """Set the organisation's monthly target, or one administration's; None clears it."""
        value = _target(target)
        if admin is None:
            self.require(Right.MANAGE_ORGANISATION)
        else:
            self.require(Right.CHANGE_PROCESSING_SETTINGS)
        with self.tx() as s:
            if admin is None:
                org = s.scalar(select(Organisation).order_by(Organisation.id).limit(1))
                if org is None:
                    raise NotFound("Er is nog geen organisatie.")
                org.monthly_target = value
                self.audit(s, "organisation.monthly_target", "organisation", org.id, str(value))
            else:
                a = self._admin(s, admin)
                a.monthly_target = value
                self.audit(s, "administration.monthly_target", "administration", a.id, str(value))
            return value

    def _admin(self, s: Session, admin: int | str) -> Administration:
        from app.services.administrations import AdministrationService

        return AdministrationService(self.app, self.actor).resolve(s, admin)

    def _inactive_users(self, s: Session, clock: q.Clock) -> InactiveUsersPanel:
        if not has_right(self.actor.role, Right.MANAGE_USERS):
            return InactiveUsersPanel(False, ())
        return q.inactive_users(s, clock)

    def _empty(self, s: Session, scope: q.Scope, clock: q.Clock) -> DashboardData:
        from app.services import dashboard_types as t

        zero = t.CountPanel(0)
        return DashboardData(
            clock.now,
            clock.month_start,
            (),
            t.CountPanel(0, clock.month_start),
            zero,
            zero,
            t.RecentAdministrationsPanel(()),
            t.OpenActionsPanel(0, 0, ()),
            t.ProcessedPerMonthPanel(
                tuple(
                    t.MonthCount(y, m, f"{t.MONTHS_NL[m - 1]} {y}", 0)
                    for y, m, _, _ in clock.months
                )
            ),
            t.MonthlyTargetPanel(
                None,
                0,
                s.scalar(select(Organisation.monthly_target).order_by(Organisation.id).limit(1)),
                (),
            ),
            t.IncompleteAdministrationsPanel(()),
            self._inactive_users(s, clock),
            t.InactiveAdministrationsPanel(()),
        )


def _target(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        n = int(value)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"Maanddoel: geef een geheel getal op, niet {value!r}.") from exc
    if n < 0:
        raise InvalidInput("Maanddoel mag niet negatief zijn.")
    return n
