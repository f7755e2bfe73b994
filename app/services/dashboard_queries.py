"""The SQL behind the dashboard panels: one aggregate query (or two) per panel, no loop over
documents in Python.

Each function takes a Session, the :class:`Scope` (the administrations the figures are about)
and the :class:`Clock` (now, month boundaries in Europe/Amsterdam, the six-month cutoff) and
returns its panel dataclass from :mod:`app.services.dashboard_types`. The benchmark
(``benchmarks/dashboard_bench.py``) times them one by one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, case, func, literal, select, union_all
from sqlalchemy.orm import Session

from app.models import (
    Administration,
    AdministrationVisit,
    Comment,
    Document,
    ExportAttempt,
    Organisation,
    ReceivedFile,
    User,
)
from app.models.enums import CommentState, DocumentState, ExportStatus, UserStatus
from app.services.dashboard_types import (
    MONTHS_NL,
    AdministrationTarget,
    CountPanel,
    InactiveAdministration,
    InactiveAdministrationsPanel,
    InactiveUser,
    InactiveUsersPanel,
    IncompleteAdministration,
    IncompleteAdministrationsPanel,
    MonthCount,
    MonthlyTargetPanel,
    OpenAction,
    OpenActionsPanel,
    ProcessedPerMonthPanel,
    RecentAdministration,
    RecentAdministrationsPanel,
    Target,
)

D = DocumentState
FINISHED = (D.EXPORTED.value, D.ARCHIVED.value, D.REJECTED.value)
UNFINISHED = tuple(s.value for s in D if s.value not in FINISHED)
WAITING = (D.TO_AUTHORISE.value, D.TO_CONFIRM.value, D.REVIEW.value, D.EXPORT_ERROR.value)
# up to this many documents in export error, their last refusals are looked up one by one
DOCUMENT_DRIVEN_MAX = 1000


@dataclass(frozen=True)
class Scope:
    ids: tuple[int, ...]
    whole_office: bool  # every administration in the database (no filter needed)

    def where(self, column):
        """Always the explicit id list, also for the whole office: it lets the composite
        (administration_id, …) indexes seek per administration instead of scanning them all."""
        return column.in_(self.ids)


@dataclass(frozen=True)
class Clock:
    now: datetime  # UTC
    month_start: datetime  # UTC instant of the local month start
    # (year, month, start, end) of the last six months, oldest first
    months: tuple[tuple[int, int, datetime, datetime], ...]
    six_months_ago: datetime


def waiting_counts(s: Session, scope: Scope) -> dict[int, dict[str, int]]:
    """Per administration, documents waiting now per state (panels 2, 3 and 4)."""
    out: dict[int, dict[str, int]] = {}
    for admin_id, state, n in s.execute(
        select(Document.administration_id, Document.state, func.count())
        .where(scope.where(Document.administration_id), Document.state.in_(WAITING))
        .group_by(Document.administration_id, Document.state)
    ):
        out.setdefault(admin_id, {})[state] = n
    return out


def state_total(waiting: dict[int, dict[str, int]], state: str) -> CountPanel:
    return CountPanel(sum(c.get(state, 0) for c in waiting.values()))


def files_received(s: Session, scope: Scope, clock: Clock) -> CountPanel:
    n = s.scalar(
        select(func.count())
        .select_from(ReceivedFile)
        .where(
            scope.where(ReceivedFile.administration_id),
            ReceivedFile.received_at >= clock.month_start,
        )
    )
    return CountPanel(n or 0, clock.month_start)


def recent_administrations(
    s: Session, scope: Scope, clock: Clock, user_id: int, waiting: dict[int, dict[str, int]]
) -> RecentAdministrationsPanel:
    visits = s.execute(
        select(
            Administration.id,
            Administration.code,
            Administration.name,
            AdministrationVisit.visited_at,
        )
        .join(Administration, Administration.id == AdministrationVisit.administration_id)
        .where(AdministrationVisit.user_id == user_id, scope.where(Administration.id))
        .order_by(AdministrationVisit.visited_at.desc())
        .limit(10)
    ).all()
    ids = [v.id for v in visits]
    month: dict[int, tuple[int, int]] = {}
    if ids:
        unfinished = func.sum(case((Document.state.in_(FINISHED), 0), else_=1))
        for admin_id, received, busy in s.execute(
            select(Document.administration_id, func.count(), unfinished)
            .where(Document.administration_id.in_(ids), Document.created_at >= clock.month_start)
            .group_by(Document.administration_id)
        ):
            month[admin_id] = (received, int(busy or 0))
    rows = []
    for v in visits:
        w = waiting.get(v.id, {})
        received, busy = month.get(v.id, (0, 0))
        rows.append(
            RecentAdministration(
                v.id,
                v.code,
                v.name,
                received,
                busy,
                w.get(D.TO_AUTHORISE, 0),
                w.get(D.TO_CONFIRM, 0),
                w.get(D.REVIEW, 0),
                w.get(D.EXPORT_ERROR, 0),
                v.visited_at,
                Target("administration", v.id, "review"),
            )
        )
    return RecentAdministrationsPanel(tuple(rows))


def open_actions(s: Session, scope: Scope, export_errors: int, limit: int) -> OpenActionsPanel:
    in_workflow = and_(
        Comment.state == CommentState.OPEN,
        scope.where(Document.administration_id),
        Document.state.in_(UNFINISHED),
    )  # positive: lets the index be used
    n_comments = (
        s.scalar(
            select(func.count())
            .select_from(Comment)
            .join(Document, Document.id == Comment.document_id)
            .where(in_workflow)
        )
        or 0
    )
    codes = {
        i: c
        for i, c in s.execute(
            select(Administration.id, Administration.code).where(scope.where(Administration.id))
        )
    }
    items = [
        OpenAction(
            "comment", a, codes.get(a, ""), doc, number, text, at, Target("document", a, None, doc)
        )
        for a, doc, number, text, at in s.execute(
            select(
                Document.administration_id,
                Document.id,
                Document.invoice_number,
                Comment.text,
                Comment.created_at,
            )
            .join(Document, Document.id == Comment.document_id)
            .where(in_workflow)
            .order_by(Comment.created_at.desc(), Comment.id.desc())
            .limit(limit)
        )
    ]
    errors = latest_export_errors(s, scope, export_errors, limit)
    items += [
        OpenAction(
            "export_error",
            a,
            codes.get(a, ""),
            doc,
            number,
            message or "Export geweigerd door het pakket",
            at,
            Target("administration", a, "errors", doc),
        )
        for a, doc, number, at, message in errors
    ]
    items.sort(key=lambda i: i.at or datetime.min.replace(tzinfo=UTC), reverse=True)
    return OpenActionsPanel(n_comments, export_errors, tuple(items[:limit]))


def latest_export_errors(
    s: Session, scope: Scope, in_scope: int, limit: int
) -> list[tuple[int, int, str | None, datetime | None, str]]:
    """The scope's documents in export error whose last refusal by the package is the newest,
    as (administration id, document id, invoice number, refused at, message), newest first.

    Ordered by the last refused attempt, not by documents.updated_at, which every later edit
    moves. Two plans, chosen by ``in_scope`` (the scope's documents in export error, already
    counted): a few — join each to its last refused attempt and sort (a document without any
    attempt counts from its last change); a backlog — walk the refused attempts newest first
    (ix_export_attempts_status_attempt) and keep those of the scope's documents still in
    error, which stops after about ``limit`` attempts instead of reading and sorting every
    erroneous document (13,000 in the backlog benchmark). Every refusal writes an attempt
    (:mod:`app.services.export`), so the walk misses nothing the application made.
    """
    if limit <= 0:
        return []
    at = func.coalesce(ExportAttempt.finished_at, ExportAttempt.started_at, Document.updated_at)
    if in_scope > DOCUMENT_DRIVEN_MAX:
        picked = _walk_refusals(s, set(scope.ids), limit)
        rows = (
            s.execute(
                select(
                    Document.administration_id,
                    Document.id,
                    Document.invoice_number,
                    at,
                    ExportAttempt.error_message,
                )
                .join(Document, Document.id == ExportAttempt.document_id)
                .where(ExportAttempt.id.in_(picked))
                .order_by(ExportAttempt.id.desc())
            ).all()
            if picked
            else []
        )
    else:
        in_error = and_(scope.where(Document.administration_id), Document.state == D.EXPORT_ERROR)
        last = (
            select(ExportAttempt.document_id, func.max(ExportAttempt.id).label("id"))
            .where(
                ExportAttempt.status == ExportStatus.REFUSED,
                ExportAttempt.document_id.in_(select(Document.id).where(in_error)),
            )
            .group_by(ExportAttempt.document_id)
            .subquery()
        )
        rows = s.execute(
            select(
                Document.administration_id,
                Document.id,
                Document.invoice_number,
                at,
                ExportAttempt.error_message,
            )
            .outerjoin(last, last.c.document_id == Document.id)
            .outerjoin(ExportAttempt, ExportAttempt.id == last.c.id)
            .where(in_error)
            .order_by(at.desc(), Document.id.desc())
            .limit(limit)
        ).all()
    return [(a, d, n, _utc(t), m or "") for a, d, n, t, m in rows]


def _walk_refusals(s: Session, admin_ids: set[int], limit: int) -> list[int]:
    """The last refused attempt of each of the ``limit`` documents of ``admin_ids`` still in
    export error that were refused last, newest first: the refused attempts newest first in
    growing batches, their documents looked up by primary key (so no plan can prefer reading
    every erroneous document of the scope instead)."""
    picked: list[int] = []
    seen: set[int] = set()
    before: int | None = None
    batch = 4 * limit
    while len(picked) < limit:
        q = select(ExportAttempt.id, ExportAttempt.document_id).where(
            ExportAttempt.status == ExportStatus.REFUSED
        )
        if before is not None:
            q = q.where(ExportAttempt.id < before)
        attempts = s.execute(q.order_by(ExportAttempt.id.desc()).limit(batch)).all()
        if not attempts:
            break
        docs = {
            d: (a, st)
            for d, a, st in s.execute(
                select(Document.id, Document.administration_id, Document.state).where(
                    Document.id.in_({d for _a, d in attempts})
                )
            )
        }
        for attempt_id, doc_id in attempts:  # a document's first attempt seen is its last
            admin_id, state = docs.get(doc_id, (None, None))
            if doc_id in seen or admin_id not in admin_ids or state != D.EXPORT_ERROR:
                continue
            seen.add(doc_id)
            picked.append(attempt_id)
            if len(picked) == limit:
                break
        if len(attempts) < batch:
            break
        before, batch = attempts[-1][0], min(batch * 4, 4000)
    return picked


def processed_per_month(s: Session, scope: Scope, clock: Clock) -> ProcessedPerMonthPanel:
    # One range count per month (UNION ALL): each walks only its month of the
    # (administration_id, exported_at) index; no per-row CASE over six months.
    counts = union_all(
        *(
            select(literal(i).label("i"), func.count().label("n"))
            .select_from(Document)
            .where(
                scope.where(Document.administration_id),
                Document.exported_at >= start,
                Document.exported_at < end,
            )
            for i, (_, _, start, end) in enumerate(clock.months)
        )
    )
    found: dict[int, int] = {i: n for i, n in s.execute(counts)}
    return ProcessedPerMonthPanel(
        tuple(
            MonthCount(y, m, f"{MONTHS_NL[m - 1]} {y}", int(found.get(i) or 0))
            for i, (y, m, _, _) in enumerate(clock.months)
        )
    )


def monthly_target(s: Session, scope: Scope, clock: Clock) -> MonthlyTargetPanel:
    done: dict[int, int] = {
        a: n
        for a, n in s.execute(
            select(Document.administration_id, func.count())
            .where(
                scope.where(Document.administration_id), Document.exported_at >= clock.month_start
            )
            .group_by(Document.administration_id)
        )
    }
    org_target = s.scalar(select(Organisation.monthly_target).order_by(Organisation.id).limit(1))
    admins = s.execute(
        select(
            Administration.id,
            Administration.code,
            Administration.name,
            Administration.monthly_target,
        )
        .where(scope.where(Administration.id))
        .order_by(Administration.name)
    ).all()
    rows = tuple(
        AdministrationTarget(a.id, a.code, a.name, a.monthly_target, done.get(a.id, 0))
        for a in admins
        if a.monthly_target or done.get(a.id)
    )
    targets = [a.monthly_target for a in admins if a.monthly_target]
    target = org_target if scope.whole_office else (sum(targets) if targets else None)
    return MonthlyTargetPanel(target, sum(done.values()), org_target, rows)


def incomplete_administrations(s: Session, scope: Scope) -> IncompleteAdministrationsPanel:
    rows = []
    for a in s.execute(
        select(
            Administration.id,
            Administration.code,
            Administration.name,
            Administration.incomplete_reason,
            Administration.sync_state,
            Administration.sync_error,
        )
        .where(
            scope.where(Administration.id),
            (Administration.incomplete_reason.is_not(None))
            | Administration.sync_state.in_(("failed", "needs_sign_in")),
        )
        .order_by(Administration.name)
    ):
        reason = a.incomplete_reason or (
            "Opnieuw aanmelden bij het pakket nodig"
            if a.sync_state == "needs_sign_in"
            else f"Synchronisatie mislukt: {a.sync_error or 'onbekende fout'}"
        )
        rows.append(
            IncompleteAdministration(
                a.id,
                a.code,
                a.name,
                reason,
                a.sync_state,
                Target("administration", a.id, "administrations"),
            )
        )
    return IncompleteAdministrationsPanel(tuple(rows))


def inactive_users(s: Session, clock: Clock) -> InactiveUsersPanel:
    rows = s.execute(
        select(User.id, User.first_name, User.last_name, User.email, User.role, User.last_login_at)
        .where(
            User.status != UserStatus.DEACTIVATED,
            func.coalesce(User.last_login_at, User.created_at) < clock.six_months_ago,
        )
        .order_by(User.last_login_at, User.id)
    ).all()
    return InactiveUsersPanel(
        True,
        tuple(
            InactiveUser(
                u.id, f"{u.first_name} {u.last_name}".strip(), u.email, u.role, u.last_login_at
            )
            for u in rows
        ),
    )


def inactive_administrations(
    s: Session, scope: Scope, clock: Clock
) -> InactiveAdministrationsPanel:
    last = func.max(AdministrationVisit.visited_at)
    rows = s.execute(
        select(
            Administration.id,
            Administration.code,
            Administration.name,
            Administration.inactive,
            last.label("last"),
        )
        .outerjoin(AdministrationVisit, AdministrationVisit.administration_id == Administration.id)
        .where(scope.where(Administration.id))
        .group_by(
            Administration.id,
            Administration.code,
            Administration.name,
            Administration.inactive,
            Administration.created_at,
        )
        .having(func.coalesce(last, Administration.created_at) < clock.six_months_ago)
        .order_by(Administration.name)
    ).all()
    return InactiveAdministrationsPanel(
        tuple(
            InactiveAdministration(
                a.id,
                a.code,
                a.name,
                _utc(a.last),
                bool(a.inactive),
                Target("administration", a.id, "received"),
            )
            for a in rows
        )
    )


def _utc(value: datetime | str | None) -> datetime | None:
    """max() over a UTCDateTime loses the type on SQLite (a string comes back)."""
    if value is None or isinstance(value, datetime):
        return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
